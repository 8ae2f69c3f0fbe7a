//! The versioned JSON file a plan travels in, and the errors a user sees when a file is not one.
//!
//! The same envelope is used for exported files and for what the app keeps in browser storage, so one
//! reader (with its migrations) serves both.

use std::fmt;

use serde::Serialize;
use serde_json::Value;

use crate::calendar::Timestamp;
use crate::plan::Plan;

/// The `format` tag that marks a Goal Ladder plan file.
pub const PLAN_FORMAT: &str = "goal-ladder-plan";
/// The newest version of the plan file this build writes and reads.
pub const PLAN_VERSION: u32 = 1;
/// Files larger than this are refused before parsing.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format: &'static str,
    version: u32,
    exported_at: Timestamp,
    plan: &'a Plan,
}

/// Writes `plan` as a pretty-printed plan file. Field order is fixed by the types, so the same plan
/// always gives the same text.
pub fn write_plan_file(plan: &Plan, exported_at: Timestamp) -> String {
    let envelope = EnvelopeOut {
        format: PLAN_FORMAT,
        version: PLAN_VERSION,
        exported_at,
        plan,
    };
    // Serialising plain structs with string keys cannot fail.
    serde_json::to_string_pretty(&envelope).unwrap_or_default()
}

/// The same as [`write_plan_file`], compact: for browser storage, where every byte counts against the quota.
pub fn write_plan_compact(plan: &Plan, saved_at: Timestamp) -> String {
    let envelope = EnvelopeOut {
        format: PLAN_FORMAT,
        version: PLAN_VERSION,
        exported_at: saved_at,
        plan,
    };
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// A plan read from a file, with what the reader had to do to it.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadPlan {
    pub plan: Plan,
    /// The version the file was written in (older ones were migrated).
    pub from_version: u32,
    pub exported_at: Option<Timestamp>,
}

/// Why a text is not a plan this build can open. Each says what is wrong in terms a user can act on.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadError {
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    Empty,
    NotJson {
        line: usize,
        column: usize,
        detail: String,
    },
    NotAPlanFile {
        found_format: Option<String>,
    },
    NewerVersion {
        found: u64,
        supported: u32,
    },
    BadVersion,
    InvalidPlan {
        detail: String,
    },
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::TooLarge { bytes, limit } => write!(
                f,
                "The file is {:.1} MB; Goal Ladder opens plan files up to {:.0} MB.",
                *bytes as f64 / 1_048_576.0,
                *limit as f64 / 1_048_576.0
            ),
            ReadError::Empty => write!(f, "The file is empty."),
            ReadError::NotJson { line, column, detail } => {
                write!(f, "The file is not valid JSON: {detail} at line {line}, column {column}.")
            }
            ReadError::NotAPlanFile { found_format: Some(found) } => {
                write!(f, "This is a \"{found}\" file, not a Goal Ladder plan.")
            }
            ReadError::NotAPlanFile { found_format: None } => {
                write!(f, "This JSON file is not a Goal Ladder plan (it has no \"format\": \"{PLAN_FORMAT}\").")
            }
            ReadError::NewerVersion { found, supported } => write!(
                f,
                "This plan was made with a newer Goal Ladder (file version {found}; this one reads up to {supported}). Open it in the newest version of the app."
            ),
            ReadError::BadVersion => write!(f, "The file's \"version\" is missing or not a whole number."),
            ReadError::InvalidPlan { detail } => write!(f, "The plan in the file is damaged: {detail}."),
        }
    }
}

impl std::error::Error for ReadError {}

/// Reads a plan file (or a stored entry), migrating older versions to the current model.
pub fn read_plan_file(text: &str) -> Result<ReadPlan, ReadError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ReadError::TooLarge {
            bytes: text.len(),
            limit: MAX_IMPORT_BYTES,
        });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| ReadError::NotJson {
        line: e.line(),
        column: e.column(),
        detail: json_error_detail(&e),
    })?;
    let Value::Object(mut envelope) = value else {
        return Err(ReadError::NotAPlanFile { found_format: None });
    };
    match envelope.get("format") {
        Some(Value::String(f)) if f == PLAN_FORMAT => {}
        Some(Value::String(f)) => {
            return Err(ReadError::NotAPlanFile {
                found_format: Some(f.clone()),
            })
        }
        _ => return Err(ReadError::NotAPlanFile { found_format: None }),
    }
    let version = envelope
        .get("version")
        .and_then(Value::as_u64)
        .ok_or(ReadError::BadVersion)?;
    if version == 0 {
        return Err(ReadError::BadVersion);
    }
    if version > u64::from(PLAN_VERSION) {
        return Err(ReadError::NewerVersion {
            found: version,
            supported: PLAN_VERSION,
        });
    }
    let exported_at = envelope
        .get("exported_at")
        .and_then(Value::as_str)
        .and_then(|s| s.parse().ok());
    let plan_value = envelope
        .remove("plan")
        .ok_or_else(|| ReadError::InvalidPlan {
            detail: "it has no \"plan\"".into(),
        })?;
    let plan_value = crate::migrate::to_current(plan_value, version as u32);
    let plan: Plan = serde_json::from_value(plan_value).map_err(|e| ReadError::InvalidPlan {
        detail: e.to_string(),
    })?;
    Ok(ReadPlan {
        plan,
        from_version: version as u32,
        exported_at,
    })
}

fn json_error_detail(e: &serde_json::Error) -> String {
    // serde_json appends " at line L column C" itself; the position is reported separately.
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// A file name for the plan: `<title>.goal-ladder.json`, with characters that file systems refuse replaced.
pub fn plan_file_name(plan: &Plan) -> String {
    format!("{}.goal-ladder.json", file_stem(plan.display_title()))
}

/// Turns a free text into a safe file-name stem, keeping letters such as æ, ø, å, ä, ö.
pub fn file_stem(text: &str) -> String {
    let mut stem = String::new();
    for c in text.trim().chars() {
        if c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ' ') {
            stem.push(c);
        } else if !stem.ends_with(' ') {
            stem.push(' ');
        }
    }
    let stem: String = stem.split_whitespace().collect::<Vec<_>>().join(" ");
    let stem = stem.trim_matches(|c: char| c == '.' || c.is_whitespace());
    let stem: String = stem.chars().take(80).collect();
    if stem.is_empty() {
        "plan".to_string()
    } else {
        stem
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{BusinessGoal, BusinessGoalId, Goal, GoalId, PlanId};

    fn sample_plan() -> Plan {
        let mut plan = Plan::new(
            PlanId::new("plan-1"),
            "Café Sol",
            Timestamp::from_millis(1_795_000_000_000),
        );
        plan.description = "A café in Tromsø with \"quiet\" winters".into();
        plan.business_goals.push(BusinessGoal {
            id: BusinessGoalId::new("bg-1"),
            statement: "More guests in the low season".into(),
            ..Default::default()
        });
        plan.goals.push(Goal {
            id: GoalId::new("g-1"),
            statement: "200 bookings via Instagram by 1 March 2027".into(),
            business_goal: Some(BusinessGoalId::new("bg-1")),
            is_main: true,
            target: Some(200.0),
            ..Default::default()
        });
        plan
    }

    #[test]
    fn a_written_plan_reads_back_the_same() {
        let plan = sample_plan();
        let text = write_plan_file(&plan, Timestamp::from_millis(1_795_100_000_000));
        let read = read_plan_file(&text).unwrap();
        assert_eq!(read.plan, plan);
        assert_eq!(read.from_version, PLAN_VERSION);
        assert_eq!(
            read.exported_at,
            Some(Timestamp::from_millis(1_795_100_000_000))
        );
        assert_eq!(
            read_plan_file(&write_plan_compact(&plan, Timestamp::default()))
                .unwrap()
                .plan,
            plan
        );
    }

    #[test]
    fn the_file_starts_with_format_and_version_and_is_stable() {
        let plan = sample_plan();
        let text = write_plan_file(&plan, Timestamp::from_millis(0));
        assert!(text.starts_with("{\n  \"format\": \"goal-ladder-plan\",\n  \"version\": 1,\n  \"exported_at\": \"1970-01-01T00:00:00.000Z\",\n  \"plan\": {"));
        assert_eq!(text, write_plan_file(&plan, Timestamp::from_millis(0)));
    }

    #[test]
    fn broken_json_is_reported_with_line_and_column() {
        let err = read_plan_file("{\n  \"format\": \"goal-ladder-plan\",\n  \"version\": 1,,\n}")
            .unwrap_err();
        match &err {
            ReadError::NotJson { line, column, .. } => assert_eq!((*line, *column), (3, 16)),
            other => panic!("expected NotJson, got {other:?}"),
        }
        assert!(err.to_string().contains("line 3, column 16"), "{err}");
    }

    #[test]
    fn other_json_is_not_a_plan() {
        assert_eq!(
            read_plan_file("[1,2]").unwrap_err(),
            ReadError::NotAPlanFile { found_format: None }
        );
        assert_eq!(
            read_plan_file(r#"{"format":"photoshop","version":1}"#).unwrap_err(),
            ReadError::NotAPlanFile {
                found_format: Some("photoshop".into())
            }
        );
        assert!(read_plan_file(r#"{"name":"x"}"#)
            .unwrap_err()
            .to_string()
            .contains("not a Goal Ladder plan"));
    }

    #[test]
    fn a_newer_version_is_refused_with_a_clear_message() {
        let err =
            read_plan_file(r#"{"format":"goal-ladder-plan","version":99,"plan":{}}"#).unwrap_err();
        assert_eq!(
            err,
            ReadError::NewerVersion {
                found: 99,
                supported: PLAN_VERSION
            }
        );
        assert!(err.to_string().contains("newer Goal Ladder"));
    }

    #[test]
    fn empty_oversized_and_shapeless_files_are_refused() {
        assert_eq!(read_plan_file("  \n").unwrap_err(), ReadError::Empty);
        let big = " ".repeat(MAX_IMPORT_BYTES + 1);
        assert!(matches!(
            read_plan_file(&big).unwrap_err(),
            ReadError::TooLarge { .. }
        ));
        assert_eq!(
            read_plan_file(r#"{"format":"goal-ladder-plan","version":"one"}"#).unwrap_err(),
            ReadError::BadVersion
        );
        let err =
            read_plan_file(r#"{"format":"goal-ladder-plan","version":1,"plan":{"goals":"many"}}"#)
                .unwrap_err();
        assert!(matches!(err, ReadError::InvalidPlan { .. }), "{err:?}");
    }

    #[test]
    fn missing_fields_take_defaults() {
        let read = read_plan_file(
            r#"{"format":"goal-ladder-plan","version":1,"plan":{"id":"x","title":"Only a title"}}"#,
        )
        .unwrap();
        assert_eq!(read.plan.title, "Only a title");
        assert!(read.plan.goals.is_empty());
    }

    #[test]
    fn a_byte_order_mark_is_tolerated() {
        let text = format!(
            "\u{feff}{}",
            write_plan_file(&sample_plan(), Timestamp::default())
        );
        assert!(read_plan_file(&text).is_ok());
    }

    #[test]
    fn file_names_are_safe_and_keep_nordic_letters() {
        assert_eq!(plan_file_name(&sample_plan()), "Café Sol.goal-ladder.json");
        assert_eq!(file_stem("Plan: Q3/Q4 <Bodø>"), "Plan Q3 Q4 Bodø");
        assert_eq!(file_stem("../.."), "plan");
        assert_eq!(file_stem("  "), "plan");
    }
}
