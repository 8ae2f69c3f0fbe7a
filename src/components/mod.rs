//! Pieces shared by several screens.

pub mod fields;
pub mod focus;
pub mod near_view;
pub mod notice_list;
pub mod progress_chart;
pub mod settings_bar;
