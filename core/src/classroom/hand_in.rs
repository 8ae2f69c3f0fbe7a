//! What a student hands in: their plan, the exercise it answers, and a summary computed at the time.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::exercise::Exercise;
use super::summary::{summarize, Summary};
use crate::calendar::{Date, Timestamp};
use crate::file::{damaged, read_envelope, FileError, FileKind};
use crate::plan::Plan;
use crate::plan_file::{file_stem, PLAN_VERSION};

/// The file's `format` tag and newest version, kept with the envelope ([`crate::file`]).
pub use crate::file::{HAND_IN_FORMAT, HAND_IN_VERSION};

/// A student's hand-in.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct HandIn {
    pub student_name: String,
    pub class_name: String,
    pub plan: Plan,
    /// The exercise the plan answers, if any.
    pub exercise: Option<Exercise>,
    /// Computed when handed in. A teacher's view recomputes it rather than trusting the file.
    pub summary: Summary,
    /// The version of the app that made the hand-in.
    pub app_version: String,
    pub handed_in_at: Timestamp,
}

impl HandIn {
    /// A hand-in made `now`, summarised (and graded, with an exercise) as of `today`.
    pub fn new(
        student_name: impl Into<String>,
        class_name: impl Into<String>,
        plan: Plan,
        exercise: Option<Exercise>,
        app_version: impl Into<String>,
        now: Timestamp,
        today: Date,
    ) -> HandIn {
        let summary = summarize(&plan, exercise.as_ref(), today);
        HandIn {
            student_name: student_name.into(),
            class_name: class_name.into(),
            plan,
            exercise,
            summary,
            app_version: app_version.into(),
            handed_in_at: now,
        }
    }

    /// The exercise's title, else the plan's.
    pub fn assignment_title(&self) -> &str {
        match &self.exercise {
            Some(e) => e.display_title(),
            None => self.plan.display_title(),
        }
    }
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format: &'static str,
    version: u32,
    exported_at: Timestamp,
    /// The plan-file version of the plan inside, so later builds can migrate it.
    plan_version: u32,
    hand_in: &'a HandIn,
}

/// Writes a pretty-printed hand-in file; `exported_at` is the time of the hand-in.
pub fn write_hand_in_file(hand_in: &HandIn) -> String {
    let envelope = EnvelopeOut {
        format: HAND_IN_FORMAT,
        version: HAND_IN_VERSION,
        exported_at: hand_in.handed_in_at,
        plan_version: PLAN_VERSION,
        hand_in,
    };
    // Serialising plain structs with string keys cannot fail.
    serde_json::to_string_pretty(&envelope).unwrap_or_default()
}

/// The JSON Schema of the hand-in file this build writes (`schema/goal-ladder-hand-in.v1.json`).
#[cfg(feature = "schema")]
pub fn hand_in_file_schema() -> serde_json::Value {
    crate::plan_file::file_schema::<EnvelopeOut<'static>>(
        FileKind::HandIn,
        "Goal Ladder hand-in file",
        format!(
            "A student's plan handed in from Goal Ladder, with the exercise it answers and a summary \
             made at hand-in time, version {HAND_IN_VERSION} of the file. The plan inside follows the \
             plan file's schema of version `plan_version`."
        ),
    )
}

/// Reads a hand-in file. The plan inside is migrated like a plan file; a summary that cannot be read
/// is left empty (a teacher's view recomputes it anyway, and notes that it disagrees).
pub fn read_hand_in_file(text: &str) -> Result<HandIn, FileError> {
    let envelope = read_envelope(text, FileKind::HandIn)?;
    let plan_version = match envelope.rest.get("plan_version") {
        None => 1,
        Some(v) => v.as_u64().filter(|v| *v > 0).ok_or(FileError::BadVersion)?,
    };
    if plan_version > u64::from(PLAN_VERSION) {
        return Err(FileError::NewerVersion {
            expected: FileKind::HandIn,
            found: plan_version,
            supported: PLAN_VERSION,
        });
    }
    let Value::Object(mut body) = envelope.body else {
        return Err(damaged("it has no hand-in"));
    };
    if let Some(plan) = body.remove("plan") {
        let plan = crate::migrate::to_current(plan, plan_version as u32);
        body.insert("plan".into(), plan);
    }
    let summary = body.remove("summary");
    // Read from a borrowed Value, as the plan and exercise readers do: one copy of the deserializing code
    // (an owned Value made a second one of every type in a plan: 24 KB gzip of the wasm, NOTES-16.md).
    let mut hand_in = HandIn::deserialize(&Value::Object(body)).map_err(damaged)?;
    // The teacher sees every goal: none hidden behind another with the same id.
    crate::ids::make_part_ids_unique(&mut hand_in.plan);
    hand_in.summary = summary
        .and_then(|s| Summary::deserialize(&s).ok())
        .unwrap_or_default();
    if hand_in.handed_in_at == Timestamp::default() {
        hand_in.handed_in_at = envelope.exported_at.unwrap_or_default();
    }
    Ok(hand_in)
}

/// `<class>-<name>-<exercise>.goal-ladder.json`, each part with the characters file systems refuse
/// replaced (see [`file_stem`]); the plan's title stands in for a missing exercise.
pub fn hand_in_file_name(hand_in: &HandIn) -> String {
    let part = |text: &str, fallback: &str| {
        if text.trim().is_empty() {
            fallback.to_string()
        } else {
            file_stem(text)
        }
    };
    format!(
        "{}-{}-{}.goal-ladder.json",
        part(&hand_in.class_name, "class"),
        part(&hand_in.student_name, "student"),
        part(hand_in.assignment_title(), "plan")
    )
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::classroom::exercise::tests::sample_exercise;
    use crate::plan::{BusinessGoalId, Goal, GoalId, PlanId};

    pub(crate) fn today() -> Date {
        Date::new(2026, 11, 23).unwrap()
    }

    pub(crate) fn sample_hand_in(name: &str) -> HandIn {
        let ex = sample_exercise();
        let mut plan = ex.start_plan(PlanId::new(format!("p-{name}")), Timestamp::default());
        plan.goals.push(Goal {
            id: GoalId::new("g-1"),
            statement: "120 kakebestillinger via Facebook innen 1. juni 2027".into(),
            business_goal: Some(BusinessGoalId::new("bg-1")),
            is_main: true,
            ..Goal::default()
        });
        HandIn::new(
            name,
            "2STB",
            plan,
            Some(ex),
            "0.1.0",
            Timestamp::from_millis(1_795_000_000_000),
            today(),
        )
    }

    #[test]
    fn a_hand_in_reads_back_the_same() {
        let h = sample_hand_in("Kari Nordmann");
        let text = write_hand_in_file(&h);
        assert!(text.starts_with("{\n  \"format\": \"goal-ladder-hand-in\",\n  \"version\": 1,"));
        assert_eq!(read_hand_in_file(&text).unwrap(), h);
        assert!(h.summary.grade.is_some());
        assert_eq!(h.summary.main_goals_fit, 1);
    }

    #[test]
    fn a_hand_in_with_a_damaged_summary_still_opens() {
        let h = sample_hand_in("Kari");
        let mut v: Value = serde_json::from_str(&write_hand_in_file(&h)).unwrap();
        v["hand_in"]["summary"] = Value::String("all good".into());
        let read = read_hand_in_file(&v.to_string()).unwrap();
        assert_eq!(read.plan, h.plan);
        assert_eq!(read.summary, Summary::default());
    }

    #[test]
    fn hand_in_errors_are_clear() {
        let err = read_hand_in_file("{\"format\": \"goal-ladder-hand-in\",\n\"version\": 1,,}")
            .unwrap_err();
        assert!(matches!(err, FileError::NotJson { line: 2, .. }), "{err:?}");
        let plan_file = crate::plan_file::write_plan_file(&Plan::default(), Timestamp::default());
        let err = read_hand_in_file(&plan_file).unwrap_err();
        assert_eq!(
            err.to_string(),
            "This is a Goal Ladder plan, not a Goal Ladder hand-in."
        );
        let err = read_hand_in_file(r#"{"format":"goal-ladder-hand-in","version":2,"hand_in":{}}"#)
            .unwrap_err();
        assert!(matches!(
            err,
            FileError::NewerVersion {
                found: 2,
                supported: 1,
                ..
            }
        ));
        let err = read_hand_in_file(
            r#"{"format":"goal-ladder-hand-in","version":1,"plan_version":9,"hand_in":{}}"#,
        )
        .unwrap_err();
        assert!(matches!(err, FileError::NewerVersion { found: 9, .. }));
        let err = read_hand_in_file(
            r#"{"format":"goal-ladder-hand-in","version":1,"hand_in":{"plan":{"goals":3}}}"#,
        )
        .unwrap_err();
        assert!(matches!(err, FileError::Damaged { .. }), "{err:?}");
        assert!(
            err.to_string().starts_with("The file is damaged: "),
            "{err}"
        );
    }

    #[test]
    fn file_names_are_class_name_and_exercise() {
        let mut h = sample_hand_in("Øyvind \"Ø\" Ås, jr.");
        assert_eq!(
            hand_in_file_name(&h),
            "2STB-Øyvind Ø Ås jr-Bakeriet på hjørnet.goal-ladder.json"
        );
        h.class_name = "../".into();
        h.student_name = " ".into();
        h.exercise = None;
        h.plan.title = "Plan: Q3/Q4".into();
        assert_eq!(
            hand_in_file_name(&h),
            "plan-student-Plan Q3 Q4.goal-ladder.json"
        );
    }
}
