//! The overview of a plan: the business, the ladder with the goals on it, the warnings, progress and review.

pub mod about_card;
pub mod ladder_picture;
pub mod next_period_card;
pub mod overview_section;
pub mod progress_list;
pub mod review_card;
pub mod teacher_feedback_card;
pub mod warning_list;
