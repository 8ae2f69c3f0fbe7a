//! Objectives: the plan's business goals, and under each the social goals that serve it, scored as typed.

pub mod business_goal_card;
pub mod goal_card;
pub mod goal_details;
pub mod goal_feedback;
pub mod measurements;
pub mod objectives_section;
