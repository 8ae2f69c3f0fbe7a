//! Classroom: exercises a teacher hands out, a rubric that grades a plan against one, the file a
//! student hands in, the teacher's feedback back to the student, the teacher's class table and its CSV, share links, Markdown export, and worked
//! weak → strong example goals.
//!
//! Everything is plain data and functions, like the rest of the crate: the app passes in ids, "now",
//! "today" and the app version.

pub mod class_review;
pub mod csv;
pub mod draft;
pub mod example_pairs;
pub mod exercise;
pub mod feedback;
pub mod grading;
pub mod hand_in;
pub mod letters;
pub mod markdown;
pub mod rubric;
pub mod share;
pub mod summary;

pub use class_review::{
    class_table, merge_hand_ins, same_work, sort_rows, ClassRow, Column, Direction, Merged, SortKey,
};
pub use csv::{class_csv, Separator};
pub use draft::ExerciseDraft;
pub use example_pairs::{example_pairs, ExamplePair};
pub use exercise::{
    exercise_file_name, read_exercise_file, write_exercise_file, Exercise, KeptExercise, Section,
};
pub use feedback::{
    attach_feedback, comment_state, comment_states, feedback_file_name, feedback_on,
    read_feedback_file, write_feedback_file, AttachedFeedback, CommentState, Criterion,
    DraftOverride, Feedback, FeedbackDraft, FeedbackError, FeedbackMismatch, GoalComment,
    PointOverride,
};
pub use grading::{grade, grade_assessed, GoalGrade, Grade, SectionGrade};
pub use hand_in::{hand_in_file_name, read_hand_in_file, write_hand_in_file, HandIn};
pub use letters::{Letters, SmartLetter, SmartStatus};
pub use markdown::plan_markdown;
pub use rubric::{LadderRubric, Rubric, SmartScale};
#[cfg(feature = "deflate")]
pub use share::{decode_share, encode_share};
pub use share::{
    link_json, pack_share, unpack_share, InflateError, PackedShare, ShareError, ShareKind,
    SharePayload, SHARE_LIMIT,
};
pub use summary::{summarize, GoalSummary, ObjectiveSummary, SectionStatus, Summary};
