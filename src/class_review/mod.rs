//! The teacher's review: many hand-in files in, a sortable table of the class out, nothing uploaded.

pub mod class_table;
pub mod feedback_draft;
pub mod feedback_form;
pub mod goal_comment_field;
pub mod hand_in_picker;
pub mod load;
pub mod load_report;
pub mod review_actions;
pub mod review_page;
pub mod reviewed_goal;
pub mod reviewed_objective;
pub mod reviewed_parts;
pub mod sort_header;
pub mod student_plan;
pub mod table_cell;
