//! Reads one Goal Ladder file of any kind (plan, exercise, hand-in, feedback) or a share link (its fragment, or
//! a whole URL) from stdin, and writes one JSON line of what it is:
//!
//!     {"ok": true, "kind": "plan", "goals": 12}
//!     {"ok": false, "error": "The file holds more than Goal Ladder opens: plan.goals: …"}
//!
//! It exits 0 either way (2 only when stdin cannot be read). For probing the readers with hostile
//! input: `/usr/bin/time -v cargo run --release -p goal-ladder-core --example read_file < file.json`.

use std::io::Read;

use goal_ladder_core::classroom::{
    decode_share, read_exercise_file, read_feedback_file, read_hand_in_file, SharePayload,
};
use goal_ladder_core::file::{FileError, FileKind, MAX_FILE_BYTES};
use goal_ladder_core::plan_file::read_plan_file;
use serde_json::{json, Value};

fn main() {
    let mut bytes = Vec::new();
    // One byte more than a file may have, so a larger input is still told apart as too large.
    let limit = (MAX_FILE_BYTES + 1) as u64;
    if let Err(e) = std::io::stdin().take(limit).read_to_end(&mut bytes) {
        eprintln!("read_file: cannot read stdin: {e}");
        std::process::exit(2);
    }
    println!("{}", describe(&bytes));
}

fn describe(bytes: &[u8]) -> Value {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => return refused(format!("The file is not UTF-8 text ({e}).")),
    };
    if bytes.len() > MAX_FILE_BYTES {
        return refused(
            FileError::TooLarge {
                bytes: bytes.len(),
                limit: MAX_FILE_BYTES,
            }
            .to_string(),
        );
    }
    if !text.trim_start().starts_with(['{', '\u{feff}']) && text.contains("gl") {
        return match decode_share(text.trim()) {
            Ok(SharePayload::Plan(plan)) => json!({
                "ok": true, "kind": "plan", "source": "link", "goals": plan.goals.len()
            }),
            Ok(SharePayload::Exercise(exercise)) => json!({
                "ok": true, "kind": "exercise", "source": "link",
                "business_goals": exercise.business_goals.len(),
                "audiences": exercise.audiences.len()
            }),
            Err(e) => refused(e.to_string()),
        };
    }
    match read_plan_file(text) {
        Ok(read) => json!({
            "ok": true, "kind": "plan", "goals": read.plan.goals.len(),
            "unknown_fields": read.unknown_fields.len(),
            "renumbered": read.renumbered.iter().map(ToString::to_string).collect::<Vec<_>>()
        }),
        Err(FileError::WrongFormat {
            found_format: Some(tag),
            ..
        }) => match FileKind::of_format(&tag) {
            Some(FileKind::Exercise) => match read_exercise_file(text) {
                Ok(exercise) => json!({
                    "ok": true, "kind": "exercise",
                    "business_goals": exercise.business_goals.len(),
                    "audiences": exercise.audiences.len()
                }),
                Err(e) => refused(e.to_string()),
            },
            Some(FileKind::HandIn) => match read_hand_in_file(text) {
                Ok(hand_in) => json!({
                    "ok": true, "kind": "hand-in", "goals": hand_in.plan.goals.len(),
                    "exercise": hand_in.exercise.is_some()
                }),
                Err(e) => refused(e.to_string()),
            },
            Some(FileKind::Feedback) => match read_feedback_file(text) {
                Ok(feedback) => json!({
                    "ok": true, "kind": "feedback", "plan": feedback.plan_id.as_str(),
                    "goal_comments": feedback.goal_comments.len(),
                    "overrides": feedback.overrides.len()
                }),
                Err(e) => refused(e.to_string()),
            },
            _ => refused(
                FileError::WrongFormat {
                    expected: FileKind::Plan,
                    found_format: Some(tag),
                }
                .to_string(),
            ),
        },
        Err(e) => refused(e.to_string()),
    }
}

fn refused(error: String) -> Value {
    json!({ "ok": false, "error": error })
}
