//! The domain of Goal Ladder: plans built on the POST method, the five-level ladder, and the plan file.
//!
//! Plain data and functions, no web crate: the app passes in ids, "now" and "today".

pub mod calendar;
pub mod catalogue;
pub mod classroom;
pub mod coach;
pub mod examples;
pub mod file;
pub mod file_numbers;
pub mod goal_type;
pub mod ids;
pub mod ladder;
pub mod lang;
pub mod limits;
pub mod migrate;
pub mod numerals;
pub mod people;
pub mod period;
pub mod plan;
pub mod plan_file;
pub mod progress;
pub mod review;
pub mod revision;
pub mod scoring;
pub mod technology;
pub mod warnings;

pub use calendar::{Date, Timestamp};
pub use ladder::LadderLevel;
pub use lang::Lang;
pub use plan::Plan;
