//! Objectives: the plan's business goals, and under each the social goals that serve it, scored as typed.

pub mod business_goal_card;
pub mod figures_offer;
pub mod goal_card;
pub mod goal_coach;
pub mod goal_details;
pub mod goal_feedback;
pub mod goal_role;
pub mod level_choice;
pub mod measurements;
pub mod objectives_section;
pub mod teacher_comment;
