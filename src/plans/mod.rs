//! The start screen: every plan in this browser, and plan files going in and out.

pub mod backup_reminder;
pub mod export;
pub mod import;
pub mod plan_card;
pub mod plan_list;
