//! Feedback back to the student, with no server: the teacher's comment on a handed-in plan, one per
//! goal, and rubric points set by hand with a reason. The teacher's review makes it ([`feedback_on`]) and
//! writes one file per student ([`write_feedback_file`]); the student opens it ([`read_feedback_file`]),
//! and [`attach_feedback`] keeps it with the matching plan. [`comment_states`] tells, per comment, what
//! changed in the goal since the hand-in.
//!
//! While the teacher writes, the comments are kept as a [`FeedbackDraft`] beside the hand-in, so a tab
//! switch or a reload loses nothing.

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use serde::{Deserialize, Serialize};

use super::grading::Grade;
use super::hand_in::HandIn;
use crate::calendar::Timestamp;
use crate::file::{damaged, read_envelope, FileError, FileKind};
use crate::lang::{Lang, Localized};
use crate::limits::{MAX_COMMENT_CHARS, MAX_GOAL_COMMENTS, MAX_POINT_OVERRIDES};
use crate::plan::{GoalId, Plan};
use crate::plan_file::file_stem;

pub use crate::file::{FEEDBACK_FORMAT, FEEDBACK_VERSION};
pub use crate::plan::{Criterion, Feedback, GoalComment, PointOverride};

/// Why feedback cannot be made from what the teacher wrote. Nothing is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeedbackError {
    /// A comment on a goal the handed-in plan does not have.
    UnknownGoal(GoalId),
    /// A comment or a reason longer than [`MAX_COMMENT_CHARS`].
    TooLong { what: String, chars: usize },
    /// More comments or overrides than a feedback file holds.
    TooMany {
        what: &'static str,
        found: usize,
        limit: usize,
    },
    /// Points set by hand beyond what the criterion gives.
    PointsOverMax {
        criterion: Criterion,
        points: u32,
        max: u32,
    },
    /// Points set by hand with no reason.
    NoReason(Criterion),
}

impl fmt::Display for FeedbackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FeedbackError::UnknownGoal(id) => {
                write!(f, "The handed-in plan has no goal with the id \"{id}\".")
            }
            FeedbackError::TooLong { what, chars } => write!(
                f,
                "The {what} has {chars} characters; a comment holds at most {MAX_COMMENT_CHARS}."
            ),
            FeedbackError::TooMany { what, found, limit } => {
                write!(f, "{found} {what}; feedback holds at most {limit}.")
            }
            FeedbackError::PointsOverMax {
                criterion,
                points,
                max,
            } => write!(
                f,
                "{points} points for {} is more than its {max}.",
                criterion.key()
            ),
            FeedbackError::NoReason(criterion) => {
                write!(
                    f,
                    "Points set by hand for {} need a reason.",
                    criterion.key()
                )
            }
        }
    }
}

impl std::error::Error for FeedbackError {}

/// The criterion's name in `lang`, as the rubric calls it.
pub fn criterion_name(criterion: Criterion, lang: Lang) -> &'static str {
    let l = |en, nb, sv, da| Localized { en, nb, sv, da };
    match criterion {
        Criterion::Smart => l("SMART", "SMART", "SMART", "SMART"),
        Criterion::Ladder => l(
            "Ladder level",
            "Nivå på stigen",
            "Nivå på stegen",
            "Niveau på stigen",
        ),
        Criterion::Sections => l("Sections", "Deler", "Delar", "Dele"),
    }
    .get(lang)
}

/// The points the rubric gave for a criterion, and the most it gives.
pub fn rubric_points(grade: &Grade, criterion: Criterion) -> (u32, u32) {
    match criterion {
        Criterion::Smart => (grade.smart_points, grade.smart_max),
        Criterion::Ladder => (grade.ladder_points, grade.ladder_max),
        Criterion::Sections => (grade.section_points, grade.section_max),
    }
}

fn check_comment(what: impl Fn() -> String, text: &str) -> Result<String, FeedbackError> {
    let text = text.trim();
    let chars = text.chars().take(MAX_COMMENT_CHARS + 1).count();
    if chars > MAX_COMMENT_CHARS {
        return Err(FeedbackError::TooLong {
            what: what(),
            chars: text.chars().count(),
        });
    }
    Ok(text.to_string())
}

/// The teacher's feedback on `hand_in`, given at `given_at`. Comments are trimmed and empty ones left
/// out; goal comments follow the plan's goal order. `overrides` are (criterion, points, reason); the
/// rubric's own points and maximum are taken from the hand-in's grade, when it has one.
pub fn feedback_on(
    hand_in: &HandIn,
    comment: &str,
    goal_comments: &[(GoalId, String)],
    overrides: &[(Criterion, u32, String)],
    given_at: Timestamp,
) -> Result<Feedback, FeedbackError> {
    if goal_comments.len() > MAX_GOAL_COMMENTS {
        return Err(FeedbackError::TooMany {
            what: "comments on goals",
            found: goal_comments.len(),
            limit: MAX_GOAL_COMMENTS,
        });
    }
    if overrides.len() > MAX_POINT_OVERRIDES {
        return Err(FeedbackError::TooMany {
            what: "points set by hand",
            found: overrides.len(),
            limit: MAX_POINT_OVERRIDES,
        });
    }
    let plan = &hand_in.plan;
    let comment = check_comment(|| "comment on the plan".into(), comment)?;
    let known: HashSet<&GoalId> = plan.goals.iter().map(|g| &g.id).collect();
    let mut by_goal: BTreeMap<&GoalId, String> = BTreeMap::new();
    for (id, text) in goal_comments {
        if !known.contains(id) {
            return Err(FeedbackError::UnknownGoal(id.clone()));
        }
        let text = check_comment(|| format!("comment on goal \"{id}\""), text)?;
        if !text.is_empty() {
            by_goal.insert(id, text);
        }
    }
    let goal_comments = plan
        .goals
        .iter()
        .filter_map(|g| {
            by_goal.remove(&g.id).map(|comment| GoalComment {
                goal: g.id.clone(),
                statement_at_hand_in: g.statement.clone(),
                comment,
            })
        })
        .collect();
    let grade = hand_in.summary.grade.as_ref();
    let mut out: Vec<PointOverride> = Vec::new();
    for (criterion, points, reason) in overrides {
        let reason = check_comment(|| format!("reason for {}", criterion.key()), reason)?;
        let (given, max) = grade.map_or((0, 0), |g| rubric_points(g, *criterion));
        if grade.is_some() && *points > max {
            return Err(FeedbackError::PointsOverMax {
                criterion: *criterion,
                points: *points,
                max,
            });
        }
        if reason.is_empty() {
            return Err(FeedbackError::NoReason(*criterion));
        }
        // The last one given for a criterion counts.
        out.retain(|o| o.criterion != *criterion);
        out.push(PointOverride {
            criterion: *criterion,
            points: *points,
            rubric_points: given,
            max,
            reason,
        });
    }
    out.sort_by_key(|o| o.criterion);
    Ok(Feedback {
        plan_id: plan.id.clone(),
        student_name: hand_in.student_name.trim().to_string(),
        plan_title: plan.display_title().to_string(),
        handed_in_at: hand_in.handed_in_at,
        given_at,
        comment,
        goal_comments,
        overrides: out,
    })
}

impl Feedback {
    /// How many comments it holds: the plan's (if any) and the goals'.
    pub fn comment_count(&self) -> usize {
        usize::from(!self.comment.trim().is_empty()) + self.goal_comments.len()
    }

    /// The teacher's comment on a goal, if any.
    pub fn on_goal(&self, goal: &GoalId) -> Option<&GoalComment> {
        self.goal_comments.iter().find(|c| &c.goal == goal)
    }
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format: &'static str,
    version: u32,
    exported_at: Timestamp,
    feedback: &'a Feedback,
}

/// Writes a pretty-printed feedback file; `exported_at` is when the feedback was given.
pub fn write_feedback_file(feedback: &Feedback) -> String {
    let envelope = EnvelopeOut {
        format: FEEDBACK_FORMAT,
        version: FEEDBACK_VERSION,
        exported_at: feedback.given_at,
        feedback,
    };
    // Serialising plain structs with string keys cannot fail.
    serde_json::to_string_pretty(&envelope).unwrap_or_default()
}

/// The JSON Schema of the feedback file this build writes (`schema/goal-ladder-feedback.v1.json`).
#[cfg(feature = "schema")]
pub fn feedback_file_schema() -> serde_json::Value {
    crate::plan_file::file_schema::<EnvelopeOut<'static>>(
        FileKind::Feedback,
        "Goal Ladder feedback file",
        format!(
            "A teacher's feedback on a plan handed in from Goal Ladder: a comment on the plan, comments \
             on single goals (with each goal's statement as handed in) and rubric points set by hand \
             with a reason, version {FEEDBACK_VERSION} of the file."
        ),
    )
}

/// Reads a feedback file. The size, comment lengths and list lengths are checked before anything is
/// built ([`crate::limits`]); a goal commented twice, a comment on no goal id or a plan id missing
/// mean the file is damaged.
pub fn read_feedback_file(text: &str) -> Result<Feedback, FileError> {
    let envelope = read_envelope(text, FileKind::Feedback)?;
    let body = crate::migrate::feedback_to_current(envelope.body, envelope.version);
    let mut feedback = Feedback::deserialize(&body).map_err(damaged)?;
    if feedback.plan_id.as_str().trim().is_empty() {
        return Err(damaged("it does not say which plan it is on"));
    }
    let mut seen = HashSet::new();
    for c in &feedback.goal_comments {
        if c.goal.as_str().trim().is_empty() {
            return Err(damaged("a comment on a goal has no goal id"));
        }
        if !seen.insert(&c.goal) {
            return Err(damaged(format!("the goal \"{}\" has two comments", c.goal)));
        }
    }
    if feedback.given_at == Timestamp::default() {
        feedback.given_at = envelope.exported_at.unwrap_or_default();
    }
    Ok(feedback)
}

/// `feedback-<name>-<plan>.goal-ladder.json`, named after the student (see [`file_stem`]).
pub fn feedback_file_name(feedback: &Feedback) -> String {
    let part = |text: &str, fallback: &str| {
        let stem = file_stem(text);
        if stem.trim().is_empty() {
            fallback.to_string()
        } else {
            stem
        }
    };
    format!(
        "feedback-{}-{}.goal-ladder.json",
        part(&feedback.student_name, "student"),
        part(&feedback.plan_title, "plan")
    )
}

/// Why feedback does not fit a plan. The plan is left as it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeedbackMismatch {
    /// The feedback is on another plan (`on` is its plan id).
    OtherPlan { on: String },
}

impl fmt::Display for FeedbackMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FeedbackMismatch::OtherPlan { on } => {
                write!(f, "The feedback is on another plan (\"{on}\").")
            }
        }
    }
}

impl std::error::Error for FeedbackMismatch {}

/// A plan with feedback attached.
#[derive(Debug, Clone, PartialEq)]
pub struct AttachedFeedback {
    pub plan: Plan,
    /// The plan had feedback before, now replaced.
    pub replaced: bool,
    /// Comments in the new feedback (see [`Feedback::comment_count`]).
    pub comments: usize,
}

/// `plan` with `feedback` kept in it, when the feedback is on this plan (by plan id). Nothing else in
/// the plan changes; older feedback is replaced.
pub fn attach_feedback(
    plan: &Plan,
    feedback: Feedback,
) -> Result<AttachedFeedback, FeedbackMismatch> {
    if feedback.plan_id != plan.id {
        return Err(FeedbackMismatch::OtherPlan {
            on: feedback.plan_id.to_string(),
        });
    }
    let comments = feedback.comment_count();
    let mut plan = plan.clone();
    let replaced = plan.feedback.replace(Box::new(feedback)).is_some();
    Ok(AttachedFeedback {
        plan,
        replaced,
        comments,
    })
}

/// The goal a teacher's comment is on, as it is now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommentState {
    /// The goal reads as it did when handed in.
    Current,
    /// The goal's statement changed since: `now` is how it reads now.
    StatementChanged { now: String },
    /// The goal is no longer in the plan.
    GoalGone,
}

/// Each goal comment of `feedback` with the state of its goal in `plan`, in the feedback's order.
/// Linear in the goals and comments.
pub fn comment_states<'a>(
    plan: &Plan,
    feedback: &'a Feedback,
) -> Vec<(&'a GoalComment, CommentState)> {
    let goals: BTreeMap<&GoalId, &str> = plan
        .goals
        .iter()
        .map(|g| (&g.id, g.statement.as_str()))
        .collect();
    feedback
        .goal_comments
        .iter()
        .map(|c| (c, c.state_against(goals.get(&c.goal).copied())))
        .collect()
}

/// The state of one goal's comment (see [`comment_states`]).
pub fn comment_state(plan: &Plan, comment: &GoalComment) -> CommentState {
    let now = plan.goals.iter().find(|g| g.id == comment.goal);
    comment.state_against(now.map(|g| g.statement.as_str()))
}

impl GoalComment {
    /// The comment's state against its goal's statement now, `None` when the goal is gone.
    pub fn state_against(&self, now: Option<&str>) -> CommentState {
        match now {
            None => CommentState::GoalGone,
            Some(now) if now.trim() == self.statement_at_hand_in.trim() => CommentState::Current,
            Some(now) => CommentState::StatementChanged {
                now: now.to_string(),
            },
        }
    }
}

/// What a teacher has typed for one hand-in and not yet exported, kept so that a tab switch or a reload
/// loses nothing. Read leniently (it is the teacher's own) but within limits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct FeedbackDraft {
    pub comment: String,
    pub goal_comments: BTreeMap<GoalId, String>,
    /// Points and reason per criterion; points `None` while only a reason is typed.
    pub overrides: BTreeMap<Criterion, DraftOverride>,
}

/// One criterion's points as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct DraftOverride {
    pub points: Option<u32>,
    pub reason: String,
}

/// The longest stored draft that is read at all.
const MAX_DRAFT_BYTES: usize = 4 * (MAX_GOAL_COMMENTS + 10) * (MAX_COMMENT_CHARS + 100);

impl FeedbackDraft {
    pub fn read(text: &str) -> Option<FeedbackDraft> {
        if text.len() > MAX_DRAFT_BYTES {
            return None;
        }
        let mut draft: FeedbackDraft = serde_json::from_str(text).ok()?;
        let clamp = |t: &mut String| *t = t.chars().take(MAX_COMMENT_CHARS).collect();
        clamp(&mut draft.comment);
        draft.goal_comments.values_mut().for_each(clamp);
        draft
            .overrides
            .values_mut()
            .for_each(|o| clamp(&mut o.reason));
        Some(draft)
    }

    pub fn write(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn is_empty(&self) -> bool {
        self.comment.trim().is_empty()
            && self.goal_comments.values().all(|c| c.trim().is_empty())
            && self.overrides.values().all(|o| o.points.is_none())
    }

    /// The feedback this draft gives on `hand_in` (overrides without points are left out).
    pub fn feedback(
        &self,
        hand_in: &HandIn,
        given_at: Timestamp,
    ) -> Result<Feedback, FeedbackError> {
        let goals: Vec<(GoalId, String)> = self
            .goal_comments
            .iter()
            .filter(|(id, _)| hand_in.plan.goals.iter().any(|g| &g.id == *id))
            .map(|(id, c)| (id.clone(), c.clone()))
            .collect();
        let overrides: Vec<(Criterion, u32, String)> = self
            .overrides
            .iter()
            .filter_map(|(c, o)| o.points.map(|p| (*c, p, o.reason.clone())))
            .collect();
        feedback_on(hand_in, &self.comment, &goals, &overrides, given_at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classroom::hand_in::tests::sample_hand_in;
    use crate::limits::MAX_STATEMENT_CHARS;
    use crate::plan::Goal;

    fn given() -> Timestamp {
        Timestamp::from_millis(1_796_000_000_000)
    }

    /// Kari's hand-in with a second goal, and feedback on both goals, the plan and the ladder points.
    fn sample() -> (HandIn, Feedback) {
        let mut hand_in = sample_hand_in("Kari Nordmann");
        hand_in.plan.goals.push(Goal {
            id: GoalId::new("g-2"),
            statement: "2 000 følgere på Instagram".into(),
            ..Goal::default()
        });
        let feedback = feedback_on(
            &hand_in,
            "  Godt arbeid med målgruppene. ",
            &[
                (GoalId::new("g-2"), "Følgere er et indikatormål.".into()),
                (GoalId::new("g-1"), "Sterkt hovedmål!".into()),
            ],
            &[(Criterion::Ladder, 1, "Nivået er lest for strengt.".into())],
            given(),
        )
        .unwrap();
        (hand_in, feedback)
    }

    #[test]
    fn feedback_is_made_in_the_plans_order_and_trimmed() {
        let (hand_in, fb) = sample();
        assert_eq!(fb.plan_id, hand_in.plan.id);
        assert_eq!(fb.comment, "Godt arbeid med målgruppene.");
        let goals: Vec<&str> = fb.goal_comments.iter().map(|c| c.goal.as_str()).collect();
        assert_eq!(goals, ["g-1", "g-2"]);
        assert_eq!(
            fb.goal_comments[1].statement_at_hand_in,
            "2 000 følgere på Instagram"
        );
        assert_eq!(fb.overrides.len(), 1);
        let grade = hand_in.summary.grade.as_ref().unwrap();
        assert_eq!(fb.overrides[0].max, grade.ladder_max);
        assert_eq!(fb.overrides[0].rubric_points, grade.ladder_points);
        assert_eq!(fb.comment_count(), 3);
    }

    #[test]
    fn a_feedback_file_reads_back_the_same() {
        let (_, fb) = sample();
        let text = write_feedback_file(&fb);
        assert!(text.starts_with("{\n  \"format\": \"goal-ladder-feedback\",\n  \"version\": 1,"));
        assert_eq!(read_feedback_file(&text).unwrap(), fb);
        assert_eq!(
            feedback_file_name(&fb),
            "feedback-Kari Nordmann-Bakeriet på hjørnet.goal-ladder.json"
        );
    }

    #[test]
    fn the_migration_of_version_1_changes_nothing() {
        let (_, fb) = sample();
        let value = serde_json::to_value(&fb).unwrap();
        assert_eq!(crate::migrate::feedback_to_current(value.clone(), 1), value);
    }

    #[test]
    fn a_plan_keeps_its_feedback_and_says_what_changed() {
        let (hand_in, fb) = sample();
        let mut plan = hand_in.plan.clone();
        plan.goals[1].statement = "500 bestillinger via Instagram innen mai 2027".into();
        plan.goals.remove(0);
        let attached = attach_feedback(&plan, fb.clone()).unwrap();
        assert!(!attached.replaced);
        assert_eq!(attached.comments, 3);
        let states = comment_states(&attached.plan, &fb);
        assert_eq!(states[0].1, CommentState::GoalGone);
        assert_eq!(
            states[1].1,
            CommentState::StatementChanged {
                now: "500 bestillinger via Instagram innen mai 2027".into()
            }
        );
        let again = attach_feedback(&attached.plan, fb.clone()).unwrap();
        assert!(again.replaced);
        assert_eq!(
            comment_state(&hand_in.plan, &fb.goal_comments[0]),
            CommentState::Current
        );
        // The plan file keeps it, and a plan without feedback is written as before.
        let text = crate::plan_file::write_plan_file(&again.plan, Timestamp::default());
        let read = crate::plan_file::read_plan_file(&text).unwrap();
        assert_eq!(read.plan.feedback.as_deref(), Some(&fb));
        assert!(read.unknown_fields.is_empty(), "{:?}", read.unknown_fields);
        let plain = crate::plan_file::write_plan_file(&hand_in.plan, Timestamp::default());
        assert!(!plain.contains("feedback"));
    }

    #[test]
    fn feedback_on_another_plan_changes_nothing() {
        let (hand_in, fb) = sample();
        let mut other = hand_in.plan.clone();
        other.id = crate::plan::PlanId::new("p-someone-else");
        let err = attach_feedback(&other, fb).unwrap_err();
        assert_eq!(
            err.to_string(),
            "The feedback is on another plan (\"p-Kari Nordmann\")."
        );
        assert!(other.feedback.is_none());
    }

    #[test]
    fn bad_comments_are_refused_with_a_clear_message() {
        let (hand_in, _) = sample();
        let err = feedback_on(
            &hand_in,
            "",
            &[(GoalId::new("g-404"), "?".into())],
            &[],
            given(),
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "The handed-in plan has no goal with the id \"g-404\"."
        );
        let long = "x".repeat(MAX_COMMENT_CHARS + 1);
        let err = feedback_on(&hand_in, &long, &[], &[], given()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "The comment on the plan has 2001 characters; a comment holds at most 2000."
        );
        let err = feedback_on(
            &hand_in,
            "",
            &[],
            &[(Criterion::Ladder, 99, "x".into())],
            given(),
        )
        .unwrap_err();
        assert!(
            matches!(err, FeedbackError::PointsOverMax { points: 99, .. }),
            "{err}"
        );
        let err = feedback_on(
            &hand_in,
            "",
            &[],
            &[(Criterion::Smart, 1, " ".into())],
            given(),
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "Points set by hand for smart need a reason."
        );
    }

    #[test]
    fn bad_files_are_refused_with_a_clear_message() {
        let (_, fb) = sample();
        let good: serde_json::Value = serde_json::from_str(&write_feedback_file(&fb)).unwrap();
        let err = read_feedback_file("{\"format\": \"goal-ladder-feedback\",\n\"version\": 1,,}")
            .unwrap_err();
        assert!(matches!(err, FileError::NotJson { line: 2, .. }), "{err:?}");
        let mut long = good.clone();
        long["feedback"]["goal_comments"][0]["comment"] = "x".repeat(MAX_COMMENT_CHARS + 1).into();
        let err = read_feedback_file(&long.to_string()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "The file holds more than Goal Ladder opens: feedback.goal_comments[0].comment: 2\u{a0}001 characters, at most 2\u{a0}000."
        );
        let mut statement = good.clone();
        statement["feedback"]["goal_comments"][0]["statement_at_hand_in"] =
            "x".repeat(MAX_STATEMENT_CHARS + 1).into();
        assert!(matches!(
            read_feedback_file(&statement.to_string()),
            Err(FileError::OverLimit(_))
        ));
        let mut many = good.clone();
        let one = good["feedback"]["goal_comments"][0].clone();
        many["feedback"]["goal_comments"] = vec![one; MAX_GOAL_COMMENTS + 1].into();
        let err = read_feedback_file(&many.to_string()).unwrap_err();
        assert!(
            err.to_string()
                .contains("501 comments on goals, at most 500"),
            "{err}"
        );
        let mut twice = good.clone();
        twice["feedback"]["goal_comments"][1]["goal"] = "g-1".into();
        let err = read_feedback_file(&twice.to_string()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "The file is damaged: the goal \"g-1\" has two comments."
        );
        let mut no_plan = good.clone();
        no_plan["feedback"]["plan_id"] = "".into();
        assert!(matches!(
            read_feedback_file(&no_plan.to_string()),
            Err(FileError::Damaged { .. })
        ));
        let mut wrong = good.clone();
        wrong["feedback"]["overrides"][0]["criterion"] = "style".into();
        assert!(matches!(
            read_feedback_file(&wrong.to_string()),
            Err(FileError::Damaged { .. })
        ));
        let plan_file = crate::plan_file::write_plan_file(&Plan::default(), Timestamp::default());
        assert_eq!(
            read_feedback_file(&plan_file).unwrap_err().to_string(),
            "This is a Goal Ladder plan, not a Goal Ladder feedback file."
        );
        let newer = r#"{"format":"goal-ladder-feedback","version":2,"feedback":{}}"#;
        assert!(matches!(
            read_feedback_file(newer),
            Err(FileError::NewerVersion { found: 2, .. })
        ));
    }

    #[test]
    fn a_huge_comment_is_refused_in_linear_time() {
        let (_, fb) = sample();
        let mut v: serde_json::Value = serde_json::from_str(&write_feedback_file(&fb)).unwrap();
        v["feedback"]["comment"] = "é".repeat(4 * 1024 * 1024 / 2 - 1000).into();
        let started = std::time::Instant::now();
        assert!(matches!(
            read_feedback_file(&v.to_string()),
            Err(FileError::OverLimit(_))
        ));
        assert!(started.elapsed().as_secs() < 5);
    }

    #[test]
    fn a_draft_reads_back_and_gives_the_feedback() {
        let (hand_in, _) = sample();
        let mut draft = FeedbackDraft::default();
        assert!(draft.is_empty());
        draft.comment = "Bra!".into();
        draft
            .goal_comments
            .insert(GoalId::new("g-1"), "Sterkt.".into());
        draft
            .goal_comments
            .insert(GoalId::new("g-gone"), "Borte.".into());
        draft.overrides.insert(
            Criterion::Ladder,
            DraftOverride {
                points: None,
                reason: "ennå ikke".into(),
            },
        );
        let read = FeedbackDraft::read(&draft.write()).unwrap();
        assert_eq!(read, draft);
        let fb = read.feedback(&hand_in, given()).unwrap();
        assert_eq!(fb.goal_comments.len(), 1);
        assert!(fb.overrides.is_empty());
        assert_eq!(FeedbackDraft::read("not json"), None);
    }

    #[test]
    fn the_markdown_shows_the_comments_under_the_goals_and_the_plan_comment() {
        let (hand_in, fb) = sample();
        let mut plan = attach_feedback(&hand_in.plan, fb).unwrap().plan;
        plan.goals[1].statement = "3 000 følgere på Instagram".into();
        let md = crate::classroom::plan_markdown(&plan, Lang::Nb, hand_in.handed_in_at.date());
        assert!(
            md.contains("- Lærerens kommentar: Sterkt hovedmål\\!\n"),
            "{md}"
        );
        assert!(
            md.contains("- Lærerens kommentar: Følgere er et indikatormål. (på målet slik det ble levert \"2 000 følgere på Instagram\")"),
            "{md}"
        );
        assert!(
            md.contains("## Tilbakemelding fra læreren\n\nGodt arbeid med målgruppene.\n"),
            "{md}"
        );
        assert!(md.contains("- Nivå på stigen: 1/"), "{md}");
        let plain =
            crate::classroom::plan_markdown(&hand_in.plan, Lang::En, hand_in.handed_in_at.date());
        assert!(!plain.contains("Teacher"));
    }
}
