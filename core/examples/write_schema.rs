//! Writes the JSON Schemas of Goal Ladder's files to `schema/` at the repository root (or to the folder
//! given): `cargo run -p goal-ladder-core --example write_schema`.

use std::path::PathBuf;

use goal_ladder_core::classroom::{exercise, feedback, hand_in};
use goal_ladder_core::plan_file;

fn main() {
    let dir = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../schema"));
    let files = [
        (
            format!("goal-ladder-plan.v{}.json", plan_file::PLAN_VERSION),
            plan_file::plan_file_schema(),
        ),
        (
            format!("goal-ladder-exercise.v{}.json", exercise::EXERCISE_VERSION),
            exercise::exercise_file_schema(),
        ),
        (
            format!("goal-ladder-hand-in.v{}.json", hand_in::HAND_IN_VERSION),
            hand_in::hand_in_file_schema(),
        ),
        (
            format!("goal-ladder-feedback.v{}.json", feedback::FEEDBACK_VERSION),
            feedback::feedback_file_schema(),
        ),
    ];
    for (name, schema) in files {
        let path = dir.join(name);
        if let Err(e) = std::fs::write(&path, plan_file::schema_text(&schema)) {
            eprintln!("write_schema: cannot write {}: {e}", path.display());
            std::process::exit(1);
        }
        println!("write_schema: wrote {}", path.display());
    }
}
