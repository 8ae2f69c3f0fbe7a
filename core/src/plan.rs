//! A social-media plan built on the POST method: People, Objectives, Strategy, Technology.
//!
//! Plain data: ids and times are given by the caller, so the same plan is built the same way in tests
//! and in the browser.

use serde::{Deserialize, Serialize};

use crate::calendar::{Date, Timestamp};
use crate::goal_type::{GoalType, MetricFamily};
use crate::ladder::LadderLevel;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

id_type!(
    /// Identifies a plan across browsers and files.
    PlanId
);
id_type!(AudienceId);
id_type!(BusinessGoalId);
id_type!(GoalId);
id_type!(ObjectiveId);
id_type!(KeyResultId);
id_type!(PlatformId);

/// One social-media plan: the unit a user creates, exports and hands in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Plan {
    pub id: PlanId,
    pub title: String,
    /// The business and its situation, in the user's words.
    pub description: String,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// Counts saved edits, so two tabs editing the same plan notice each other.
    pub revision: u64,
    /// People: who the audiences are and how they take part.
    pub audiences: Vec<Audience>,
    /// Objectives: the business goals that the social goals serve.
    pub business_goals: Vec<BusinessGoal>,
    pub goals: Vec<Goal>,
    pub objectives: Vec<Objective>,
    pub strategy: Strategy,
    /// Technology: the platforms chosen, decided last.
    pub platforms: Vec<Platform>,
    /// Technology too: how the results are counted (a code per channel, a tagged link), taken from the
    /// goal coach's ways to measure a metric.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub measuring: Vec<MeasuringWay>,
    pub review: Review,
    /// The teacher's feedback on the plan as it was handed in, once the student opened it. Left out of
    /// the file when there is none, so plans without feedback are written as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback: Option<Box<Feedback>>,
}

impl Plan {
    /// A new, empty plan.
    pub fn new(id: PlanId, title: impl Into<String>, now: Timestamp) -> Plan {
        Plan {
            id,
            title: title.into(),
            created_at: now,
            updated_at: now,
            ..Plan::default()
        }
    }

    /// The title to show and to name files after: never empty.
    pub fn display_title(&self) -> &str {
        let title = self.title.trim();
        if title.is_empty() {
            "Untitled plan"
        } else {
            title
        }
    }

    /// Marks the plan as edited at `now`.
    pub fn touch(&mut self, now: Timestamp) {
        self.updated_at = self.updated_at.max(now);
        self.revision += 1;
    }

    /// A copy under a new id and title, with its own times; the content is kept as it is.
    pub fn duplicate(&self, id: PlanId, title: impl Into<String>, now: Timestamp) -> Plan {
        Plan {
            id,
            title: title.into(),
            created_at: now,
            updated_at: now,
            revision: 0,
            ..self.clone()
        }
    }
}

/// How a group of stakeholders is linked to the organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum StakeholderLinkage {
    /// Customers, employees, suppliers.
    Functional,
    /// Authorities, industry bodies.
    Normative,
    /// Owners, regulators, funders.
    Enabling,
    /// Media, the public, interest groups.
    Diffuse,
}

/// One degree of how active an audience is, with the share of the audience at that degree.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct EngagementShare {
    pub degree: String,
    // A `null` here reads as NaN, and the list then leaves the entry out (see `crate::file_numbers`).
    #[serde(deserialize_with = "crate::file_numbers::number_or_nan")]
    pub percent: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Audience {
    pub id: AudienceId,
    pub name: String,
    pub description: String,
    pub linkage: Option<StakeholderLinkage>,
    #[serde(
        serialize_with = "crate::file_numbers::write_finite",
        deserialize_with = "crate::file_numbers::read_finite"
    )]
    pub engagement_profile: Vec<EngagementShare>,
    pub platforms: Vec<PlatformId>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct BusinessGoal {
    pub id: BusinessGoalId,
    /// E.g. "more bookings in the low season".
    pub statement: String,
    /// Groundswell objectives chosen to serve this business goal.
    pub approaches: Vec<GroundswellObjective>,
}

/// Groundswell's five objectives for a social strategy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum GroundswellObjective {
    Listening,
    Talking,
    Energizing,
    Supporting,
    Embracing,
}

/// The metric a goal is measured by: one from the catalogue, or the user's own with a level they chose.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MetricChoice {
    Catalogue { metric: String },
    Custom { name: String, level: LadderLevel },
}

/// A level the user set by hand, with why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct LevelOverride {
    pub level: LadderLevel,
    pub justification: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Measurement {
    pub date: Date,
    // A `null` here reads as NaN, and the list then leaves the entry out (see `crate::file_numbers`).
    #[serde(deserialize_with = "crate::file_numbers::number_or_nan")]
    pub value: f64,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// A social-media goal, as the user wrote it and with what they know of its numbers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Goal {
    pub id: GoalId,
    pub statement: String,
    pub business_goal: Option<BusinessGoalId>,
    /// A main goal answers to the business goal directly; the others are sub-goals or indicators.
    pub is_main: bool,
    /// The main goal this one is an indicator of, if the user (or the coach) linked it to one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<GoalId>,
    pub goal_type: Option<GoalType>,
    pub family: Option<MetricFamily>,
    pub metric: Option<MetricChoice>,
    #[serde(serialize_with = "crate::file_numbers::write_number")]
    pub baseline: Option<f64>,
    #[serde(serialize_with = "crate::file_numbers::write_number")]
    pub target: Option<f64>,
    pub unit: String,
    pub start: Option<Date>,
    pub deadline: Option<Date>,
    pub owner: String,
    #[serde(
        serialize_with = "crate::file_numbers::write_finite",
        deserialize_with = "crate::file_numbers::read_finite"
    )]
    pub measurements: Vec<Measurement>,
    pub level_override: Option<LevelOverride>,
    pub notes: String,
}

/// What a goal is in its plan: a main goal, an indicator under a main goal, or a goal linked to none yet.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum GoalRole<'a> {
    Main,
    IndicatorOf(&'a Goal),
    Unlinked,
}

impl Plan {
    /// The role of `goal` in this plan. A link to a goal that is gone, not main, or the goal itself counts as
    /// none: files from elsewhere may carry either, and reading them stays lenient.
    pub fn goal_role(&self, goal: &Goal) -> GoalRole<'_> {
        if goal.is_main {
            return GoalRole::Main;
        }
        goal.parent
            .as_ref()
            .filter(|p| **p != goal.id)
            .and_then(|p| self.goals.iter().find(|g| g.id == *p))
            // A link to a goal that is no longer main is kept, to count again if it becomes main again.
            .filter(|parent| parent.is_main)
            .map_or(GoalRole::Unlinked, GoalRole::IndicatorOf)
    }

    /// The goals `goal` can be linked under: the plan's main goals, itself left out.
    pub fn parent_choices<'a>(&'a self, goal: &'a Goal) -> impl Iterator<Item = &'a Goal> + 'a {
        self.goals
            .iter()
            .filter(move |g| g.is_main && g.id != goal.id)
    }
}

/// An OKR objective: qualitative and ambitious, with about three key results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Objective {
    pub id: ObjectiveId,
    pub statement: String,
    pub business_goal: Option<BusinessGoalId>,
    pub key_results: Vec<KeyResult>,
}

/// A measurable outcome of an objective, scored 0.0-1.0.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct KeyResult {
    pub id: KeyResultId,
    pub statement: String,
    #[serde(serialize_with = "crate::file_numbers::write_number")]
    pub baseline: Option<f64>,
    #[serde(serialize_with = "crate::file_numbers::write_number")]
    pub target: Option<f64>,
    pub unit: String,
    #[serde(
        serialize_with = "crate::file_numbers::write_finite",
        deserialize_with = "crate::file_numbers::read_finite"
    )]
    pub measurements: Vec<Measurement>,
    /// A score set by hand, used instead of the one computed from measurements.
    #[serde(serialize_with = "crate::file_numbers::write_number")]
    pub manual_score: Option<f64>,
}

/// How the relationship with the audience should change, and what we will do about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Strategy {
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Platform {
    pub id: PlatformId,
    pub name: String,
}

/// One way the plan counts its results, as the coach worded it when it was taken.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct MeasuringWay {
    /// The coach's id of the way (`code_per_channel`): a plan takes each way once.
    pub way: String,
    pub text: String,
}

impl Plan {
    /// Adds a way of measuring unless the plan has it already; true when it was added.
    pub fn add_measuring_way(&mut self, way: &str, text: &str) -> bool {
        if self.measuring.iter().any(|m| m.way == way) {
            return false;
        }
        self.measuring.push(MeasuringWay {
            way: way.to_string(),
            text: text.to_string(),
        });
        true
    }
}

/// When the goals are looked at again: every 3-6 months.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Review {
    pub next_review: Option<Date>,
    pub history: Vec<ReviewRecord>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ReviewRecord {
    pub date: Date,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// Ticks or unticks `item` in a list of choices (an audience's platforms, a business goal's approaches):
/// ticked, it is in the list once; unticked, not at all.
pub fn set_chosen<T: PartialEq>(chosen: &mut Vec<T>, item: T, on: bool) {
    chosen.retain(|x| *x != item);
    if on {
        chosen.push(item);
    }
}

impl crate::file_numbers::FiniteEntry for Measurement {
    fn is_finite(&self) -> bool {
        crate::limits::is_writable(self.value)
    }
}

impl crate::file_numbers::FiniteEntry for EngagementShare {
    fn is_finite(&self) -> bool {
        crate::limits::is_writable(self.percent)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(ms: i64) -> Timestamp {
        Timestamp::from_millis(ms)
    }

    #[test]
    fn a_new_plan_is_empty_and_dated() {
        let plan = Plan::new(PlanId::new("p1"), "Café Sol", at(1000));
        assert_eq!(plan.created_at, at(1000));
        assert_eq!(plan.updated_at, at(1000));
        assert!(plan.goals.is_empty() && plan.audiences.is_empty());
    }

    #[test]
    fn touching_moves_time_forward_and_counts_revisions() {
        let mut plan = Plan::new(PlanId::new("p1"), "x", at(5000));
        plan.touch(at(7000));
        plan.touch(at(6000)); // a clock that goes backwards never moves updated_at back
        assert_eq!(plan.updated_at, at(7000));
        assert_eq!(plan.revision, 2);
    }

    #[test]
    fn a_duplicate_keeps_content_under_a_new_identity() {
        let mut plan = Plan::new(PlanId::new("p1"), "Original", at(1));
        plan.description = "A bakery in Bergen".into();
        plan.touch(at(2));
        let copy = plan.duplicate(PlanId::new("p2"), "Original (copy)", at(9));
        assert_eq!(copy.id.as_str(), "p2");
        assert_eq!(copy.description, "A bakery in Bergen");
        assert_eq!((copy.created_at, copy.revision), (at(9), 0));
    }

    #[test]
    fn untitled_plans_still_have_a_display_title() {
        let plan = Plan::new(PlanId::new("p"), "   ", at(0));
        assert_eq!(plan.display_title(), "Untitled plan");
    }

    #[test]
    fn a_goal_is_main_an_indicator_of_an_existing_main_goal_or_unlinked() {
        let goal = |id: &str, is_main: bool, parent: Option<&str>| Goal {
            id: GoalId::new(id),
            is_main,
            parent: parent.map(GoalId::new),
            ..Goal::default()
        };
        let mut plan = Plan::new(PlanId::new("p"), "x", at(0));
        plan.goals = vec![
            goal("main", true, None),
            goal("under", false, Some("main")),
            goal("gone", false, Some("deleted")),
            goal("self", false, Some("self")),
            goal("free", false, None),
        ];
        let roles: Vec<_> = plan.goals.iter().map(|g| plan.goal_role(g)).collect();
        assert_eq!(roles[0], GoalRole::Main);
        assert_eq!(roles[1], GoalRole::IndicatorOf(&plan.goals[0]));
        assert_eq!(&roles[2..], [GoalRole::Unlinked; 3]);
        let choices: Vec<_> = plan
            .parent_choices(&plan.goals[4])
            .map(|g| g.id.as_str())
            .collect();
        assert_eq!(choices, ["main"]);
        assert_eq!(plan.parent_choices(&plan.goals[0]).count(), 0);

        // Under a goal that stops being main, a goal is linked to none until that goal is main again.
        plan.goals[0].is_main = false;
        assert_eq!(plan.goal_role(&plan.goals[1]), GoalRole::Unlinked);
        plan.goals[0].is_main = true;
        assert_eq!(
            plan.goal_role(&plan.goals[1]),
            GoalRole::IndicatorOf(&plan.goals[0])
        );
    }

    #[test]
    fn a_goal_without_a_link_writes_no_parent_field() {
        let text = serde_json::to_string(&Goal::default()).unwrap();
        assert!(!text.contains("parent"), "{text}");
        let linked = Goal {
            parent: Some(GoalId::new("g-1")),
            ..Goal::default()
        };
        let back: Goal = serde_json::from_str(&serde_json::to_string(&linked).unwrap()).unwrap();
        assert_eq!(back.parent, Some(GoalId::new("g-1")));
    }

    #[test]
    fn a_choice_is_in_the_list_once_or_not_at_all() {
        let mut chosen = vec![1, 2];
        super::set_chosen(&mut chosen, 2, true);
        super::set_chosen(&mut chosen, 3, true);
        assert_eq!(chosen, [1, 2, 3]);
        super::set_chosen(&mut chosen, 1, false);
        super::set_chosen(&mut chosen, 9, false);
        assert_eq!(chosen, [2, 3]);
    }
}

/// What a teacher said about a handed-in plan: a comment on the plan, one per goal, and rubric points
/// set by hand with a reason. Made in the teacher's review (`classroom::feedback::feedback_on`), carried
/// in a feedback file, and kept with the student's plan once opened there.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Feedback {
    /// The plan the feedback is on: the id of the handed-in plan.
    pub plan_id: PlanId,
    /// The student's name as handed in (the file is named after it).
    pub student_name: String,
    /// The title of the plan as handed in.
    pub plan_title: String,
    /// When the plan was handed in: with `plan_id`, the hand-in the feedback answers.
    pub handed_in_at: Timestamp,
    /// When the teacher exported the feedback.
    pub given_at: Timestamp,
    /// The teacher's comment on the whole plan (may be empty).
    pub comment: String,
    /// Comments on single goals, in the plan's order.
    pub goal_comments: Vec<GoalComment>,
    /// Rubric points the teacher set by hand.
    pub overrides: Vec<PointOverride>,
}

/// The teacher's comment on one goal, with the goal's statement as handed in, so the student sees when
/// the goal changed since.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct GoalComment {
    pub goal: GoalId,
    pub statement_at_hand_in: String,
    pub comment: String,
}

/// A part of the exercise's rubric (`classroom::rubric::Rubric`) whose points a teacher can set by hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Criterion {
    /// SMART points of the graded goals.
    Smart,
    /// Points for the ladder level of the graded goals.
    Ladder,
    /// Points for the required sections filled in.
    Sections,
}

impl Criterion {
    pub const ALL: [Criterion; 3] = [Criterion::Smart, Criterion::Ladder, Criterion::Sections];

    /// The name in files and test ids.
    pub fn key(self) -> &'static str {
        match self {
            Criterion::Smart => "smart",
            Criterion::Ladder => "ladder",
            Criterion::Sections => "sections",
        }
    }
}

/// Points of one rubric criterion set by the teacher, with the reason and what the rubric gave.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PointOverride {
    pub criterion: Criterion,
    /// The points the teacher gives.
    pub points: u32,
    /// The points the rubric gave when the feedback was written.
    #[serde(default)]
    pub rubric_points: u32,
    /// The most the criterion gives.
    #[serde(default)]
    pub max: u32,
    pub reason: String,
}

#[cfg(test)]
mod measuring_tests {
    use super::*;

    #[test]
    fn a_way_of_measuring_is_taken_once() {
        let mut plan = Plan::default();
        assert!(plan.add_measuring_way("code_per_channel", "A code per channel."));
        assert!(!plan.add_measuring_way("code_per_channel", "Another wording."));
        assert!(plan.add_measuring_way("tagged_link", "A tagged link."));
        assert_eq!(plan.measuring.len(), 2);
        assert_eq!(plan.measuring[0].text, "A code per channel.");
    }

    #[test]
    fn a_plan_with_no_ways_writes_no_field_and_reads_back_the_same() {
        let mut plan = Plan::default();
        let json = serde_json::to_string(&plan).expect("json");
        assert!(!json.contains("measuring"));
        plan.add_measuring_way("tagged_link", "A tagged link.");
        let json = serde_json::to_string(&plan).expect("json");
        let back: Plan = serde_json::from_str(&json).expect("a plan");
        assert_eq!(back, plan);
    }
}
