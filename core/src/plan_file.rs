//! The versioned JSON file a plan travels in (its envelope and errors are shared with every Goal Ladder
//! file: see [`crate::file`]).
//!
//! The same envelope is used for exported files and for what the app keeps in browser storage, so one
//! reader (with its migrations) serves both.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::calendar::Timestamp;
use crate::file::{damaged, read_envelope, Envelope, FileError, FileKind};
use crate::ids::{make_ids_unique, Renumbered};
use crate::limits::path_to_key;
use crate::plan::Plan;

/// The file's `format` tag and newest version, kept with the envelope ([`crate::file`]).
pub use crate::file::{PLAN_FORMAT, PLAN_VERSION};

#[derive(Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct EnvelopeOut<'a> {
    /// Always `goal-ladder-plan`.
    format: &'static str,
    /// The version of this format the file was written in.
    version: u32,
    /// When the file was written (or, in browser storage, saved).
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
    /// Paths of the fields in the file that this build does not know and so did not keep, such as
    /// `plan.goals[2].colour` or `comment` (in the envelope): object keys at any depth, in file order.
    /// A field inside an unknown field is not listed again. Empty for files this build wrote.
    pub unknown_fields: Vec<String>,
    /// Ids the reader changed so that each goal, key result, objective, audience, business goal and
    /// platform has its own (a repeated or empty one), and the plan's id can be opened (one with `/`,
    /// spaces or other letters): see [`crate::ids`]. Empty for files this build wrote.
    pub renumbered: Vec<Renumbered>,
}

/// Reads a plan file (or a stored entry), migrating older versions to the current model.
pub fn read_plan_file(text: &str) -> Result<ReadPlan, FileError> {
    let Envelope {
        version,
        exported_at,
        body: plan_value,
        rest: envelope,
    } = read_envelope(text, FileKind::Plan)?;
    let plan_value = crate::migrate::to_current(plan_value, version);
    let mut plan = Plan::deserialize(&plan_value).map_err(damaged)?;
    let mut unknown_fields: Vec<String> = envelope
        .keys()
        .filter(|k| !matches!(k.as_str(), "format" | "version" | "exported_at"))
        .map(|k| path_to_key("", k))
        .collect();
    // Serialising plain structs with string keys cannot fail.
    let known = serde_json::to_value(&plan).unwrap_or(Value::Null);
    collect_unknown(&plan_value, &known, "plan", &mut unknown_fields);
    let renumbered = make_ids_unique(&mut plan);
    Ok(ReadPlan {
        plan,
        from_version: version,
        exported_at,
        unknown_fields,
        renumbered,
    })
}

/// Keys the writer leaves out when their value is the empty string, so they are known even though the
/// re-serialised plan lacks them.
const OMITTED_WHEN_EMPTY: &[&str] = &["note"];

/// Lists the object keys of `input` that the re-serialised plan `known` does not have.
/// The depth of `input` is bounded by serde_json's recursion limit (128).
fn collect_unknown(input: &Value, known: &Value, path: &str, out: &mut Vec<String>) {
    match (input, known) {
        (Value::Object(input), Value::Object(known)) => {
            for (key, value) in input {
                let here = path_to_key(path, key);
                match known.get(key) {
                    Some(known) => collect_unknown(value, known, &here, out),
                    None if OMITTED_WHEN_EMPTY.contains(&key.as_str())
                        && value.as_str() == Some("") => {}
                    None => out.push(here),
                }
            }
        }
        (Value::Array(input), Value::Array(known)) => {
            for (i, (value, known)) in input.iter().zip(known).enumerate() {
                collect_unknown(value, known, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

// Numbers a file cannot hold: see `crate::file_numbers`.
pub use crate::file_numbers::{
    number_or_nan, read_finite, write_finite, write_number, FiniteEntry,
};
pub use crate::limits::is_writable;

/// The JSON Schema (draft 2020-12) of the plan file this build writes, derived from the Rust types.
/// `schema/goal-ladder-plan.v1.json` at the repository root is this value, pretty-printed; a test fails
/// when it is stale (`cargo run -p goal-ladder-core --example write_schema` rewrites it).
#[cfg(feature = "schema")]
pub fn plan_file_schema() -> Value {
    file_schema::<EnvelopeOut<'static>>(
        FileKind::Plan,
        "Goal Ladder plan file",
        format!(
            "A social-media plan exported by Goal Ladder, version {PLAN_VERSION} of the file. \
             Readers ignore fields they do not know (and report them); fields that are missing \
             take their defaults."
        ),
    )
}

/// The schema of a Goal Ladder file of `kind` whose envelope is `T`, with its title, description, and
/// its `format` and `version` fixed to this build's.
#[cfg(feature = "schema")]
pub(crate) fn file_schema<T: schemars::JsonSchema>(
    kind: FileKind,
    title: &str,
    description: String,
) -> Value {
    let (format, version) = (kind.format(), kind.version());
    let generator = schemars::generate::SchemaSettings::draft2020_12().into_generator();
    let schema = generator.into_root_schema_for::<T>();
    let mut schema = schema.to_value();
    if let Some(root) = schema.as_object_mut() {
        root.insert("title".into(), title.into());
        root.insert("description".into(), description.into());
        if let Some(Value::Object(props)) = root.get_mut("properties") {
            props.insert(
                "format".into(),
                serde_json::json!({ "description": format!("Always `{format}`."), "const": format }),
            );
            props.insert(
                "version".into(),
                serde_json::json!({
                    "description": "The version of this format the file was written in.",
                    "const": version
                }),
            );
        }
    }
    schema
}

/// A schema as the committed files hold it: pretty-printed, with a final newline.
#[cfg(feature = "schema")]
pub fn schema_text(schema: &Value) -> String {
    let mut text = serde_json::to_string_pretty(schema).unwrap_or_default();
    text.push('\n');
    text
}

/// [`plan_file_schema`] as the committed file holds it.
#[cfg(feature = "schema")]
pub fn plan_file_schema_text() -> String {
    schema_text(&plan_file_schema())
}

#[cfg(feature = "schema")]
mod schema_impls {
    //! Schemas of the types whose serde form is written by hand (or lives in files this module owns).
    use std::borrow::Cow;

    use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
    use serde::Serialize;
    use serde_json::Value;

    use crate::calendar::{Date, Timestamp};
    use crate::goal_type::{GoalType, MetricFamily};
    use crate::ladder::LadderLevel;

    impl JsonSchema for Date {
        fn schema_name() -> Cow<'static, str> {
            "Date".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "description": "A calendar date, YYYY-MM-DD.",
                "type": "string",
                "format": "date",
                "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
            })
        }
    }

    impl JsonSchema for Timestamp {
        fn schema_name() -> Cow<'static, str> {
            "Timestamp".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "description": "An instant in UTC, RFC 3339 with milliseconds: 2026-11-23T10:15:00.000Z.",
                "type": "string",
                "format": "date-time",
                "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$"
            })
        }
    }

    impl JsonSchema for LadderLevel {
        fn schema_name() -> Cow<'static, str> {
            "LadderLevel".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "description": "A level of the ladder: 0 activity (our own output), 1 visibility, 2 attention, 3 engagement, 4 interaction, 5 transaction.",
                "type": "integer",
                "minimum": LadderLevel::ALL[0].number(),
                "maximum": LadderLevel::ALL[LadderLevel::ALL.len() - 1].number()
            })
        }
    }

    fn names<T: Serialize>(all: &[T]) -> Vec<Value> {
        all.iter()
            .map(|v| serde_json::to_value(v).unwrap_or(Value::Null))
            .collect()
    }

    impl JsonSchema for GoalType {
        fn schema_name() -> Cow<'static, str> {
            "GoalType".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "description": "Hootsuite's ten types of social-media goal.",
                "type": "string",
                "enum": names(&GoalType::ALL)
            })
        }
    }

    impl JsonSchema for MetricFamily {
        fn schema_name() -> Cow<'static, str> {
            "MetricFamily".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "description": "The family a KPI falls into.",
                "type": "string",
                "enum": names(&MetricFamily::ALL)
            })
        }
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
            FileError::NotJson { line, column, .. } => assert_eq!((*line, *column), (3, 16)),
            other => panic!("expected NotJson, got {other:?}"),
        }
        assert!(err.to_string().contains("line 3, column 16"), "{err}");
    }

    #[test]
    fn other_json_is_not_a_plan() {
        assert_eq!(
            read_plan_file("[1,2]").unwrap_err(),
            FileError::WrongFormat {
                expected: FileKind::Plan,
                found_format: None
            }
        );
        assert_eq!(
            read_plan_file(r#"{"format":"photoshop","version":1}"#).unwrap_err(),
            FileError::WrongFormat {
                expected: FileKind::Plan,
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
            FileError::NewerVersion {
                expected: FileKind::Plan,
                found: 99,
                supported: PLAN_VERSION
            }
        );
        assert!(err.to_string().contains("newer Goal Ladder"));
    }

    #[test]
    fn empty_oversized_and_shapeless_files_are_refused() {
        assert_eq!(read_plan_file("  \n").unwrap_err(), FileError::Empty);
        let big = " ".repeat(crate::file::MAX_FILE_BYTES + 1);
        assert!(matches!(
            read_plan_file(&big).unwrap_err(),
            FileError::TooLarge { .. }
        ));
        assert_eq!(
            read_plan_file(r#"{"format":"goal-ladder-plan","version":"one"}"#).unwrap_err(),
            FileError::BadVersion
        );
        let err =
            read_plan_file(r#"{"format":"goal-ladder-plan","version":1,"plan":{"goals":"many"}}"#)
                .unwrap_err();
        assert!(matches!(err, FileError::Damaged { .. }), "{err:?}");
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
