//! Pieces shared by several screens.

pub mod notice_list;
pub mod settings_bar;
