//! One plan, opened: its description now, and the POST sections as they are built.

pub mod plan_page;
pub mod print_view;
