//! The app's shared state: the plans in this browser and the messages shown to the user.
//! Each is a narrow, typed handle provided through context.

mod notices;
mod open_plan;
mod plan_book;
mod route;

pub use notices::{Action, Notice, NoticeAction, NoticeKind, NoticeText, Notices};
pub use open_plan::{use_open_plan, OpenPlan};
pub use plan_book::PlanBook;
pub use route::{href, CurrentPage, CurrentRoute, Page, Route, Tab};
