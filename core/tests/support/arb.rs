//! proptest strategies for whole plans: every field, arbitrary Unicode text, finite numbers.

use goal_ladder_core::goal_type::{GoalType, MetricFamily};
use goal_ladder_core::plan::{
    Audience, AudienceId, BusinessGoal, BusinessGoalId, EngagementShare, Goal, GoalId,
    GroundswellObjective, KeyResult, KeyResultId, LevelOverride, Measurement, MeasuringWay,
    MetricChoice, Objective, ObjectiveId, PlanId, Platform, PlatformId, Review, ReviewRecord,
    StakeholderLinkage, Strategy as PlanStrategy,
};
use goal_ladder_core::{Date, LadderLevel, Plan, Timestamp};
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::select;

/// Pieces that break naive writers and readers of JSON and HTML.
const NASTY: &[&str] = &[
    "\"",
    "\\",
    "\\\"",
    "/",
    "</script>",
    "<script>alert(1)</script>",
    "'",
    "\n",
    "\r\n",
    "\t",
    "\u{0}",
    "\u{1f}",
    "\u{7f}",
    "\u{feff}",
    "\u{200b}",
    "\u{202e}",
    "\u{2028}",
    "😀",
    "👩‍👩‍👧",
    "🇳🇴",
    "e\u{301}",
    "שלום",
    "مرحبا",
    "Bodø",
    "Tromsø",
    "中文",
    "\u{10ffff}",
    " ",
    "",
    "{\"a\":[1,2]}",
    "null",
    "%s",
];

/// Arbitrary text: any Unicode scalar values, or a mix of nasty pieces.
pub fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => vec(any::<char>(), 0..24).prop_map(String::from_iter),
        2 => vec(select(NASTY), 0..6).prop_map(|pieces| pieces.concat()),
        1 => "[a-zA-Z0-9 æøåÆØÅäöÄÖ.,%-]{0,40}",
    ]
}

/// Any finite `f64`: zero, subnormal and normal numbers of either sign.
pub fn finite() -> impl Strategy<Value = f64> {
    use proptest::num::f64::{NEGATIVE, NORMAL, POSITIVE, SUBNORMAL, ZERO};
    prop_oneof![
        (POSITIVE | NEGATIVE | NORMAL | SUBNORMAL | ZERO),
        -1_000_000.0..1_000_000.0f64,
        (0i64..100_000).prop_map(|n| n as f64),
    ]
}

/// Any date the file format can hold: years 0 to 9999.
pub fn date() -> impl Strategy<Value = Date> {
    (-719_528i64..=2_932_896).prop_map(Date::from_days_since_epoch)
}

pub fn timestamp() -> impl Strategy<Value = Timestamp> {
    (-719_528i64 * 86_400_000..2_932_897 * 86_400_000).prop_map(Timestamp::from_millis)
}

pub fn level() -> impl Strategy<Value = LadderLevel> {
    select(LadderLevel::ALL.to_vec())
}

pub fn measurement() -> impl Strategy<Value = Measurement> {
    (date(), finite(), text()).prop_map(|(date, value, note)| Measurement { date, value, note })
}

pub fn metric_choice() -> impl Strategy<Value = MetricChoice> {
    prop_oneof![
        text().prop_map(|metric| MetricChoice::Catalogue { metric }),
        (text(), level()).prop_map(|(name, level)| MetricChoice::Custom { name, level }),
    ]
}

pub fn audience() -> impl Strategy<Value = Audience> {
    (
        text(),
        text(),
        text(),
        option::of(select(vec![
            StakeholderLinkage::Functional,
            StakeholderLinkage::Normative,
            StakeholderLinkage::Enabling,
            StakeholderLinkage::Diffuse,
        ])),
        vec(
            (text(), finite()).prop_map(|(degree, percent)| EngagementShare { degree, percent }),
            0..4,
        ),
        vec(text().prop_map(PlatformId), 0..3),
    )
        .prop_map(
            |(id, name, description, linkage, engagement_profile, platforms)| Audience {
                id: AudienceId(id),
                name,
                description,
                linkage,
                engagement_profile,
                platforms,
            },
        )
}

pub fn business_goal() -> impl Strategy<Value = BusinessGoal> {
    (
        text(),
        text(),
        vec(
            select(vec![
                GroundswellObjective::Listening,
                GroundswellObjective::Talking,
                GroundswellObjective::Energizing,
                GroundswellObjective::Supporting,
                GroundswellObjective::Embracing,
            ]),
            0..3,
        ),
    )
        .prop_map(|(id, statement, approaches)| BusinessGoal {
            id: BusinessGoalId(id),
            statement,
            approaches,
        })
}

pub fn goal() -> impl Strategy<Value = Goal> {
    let head = (
        text(),
        text(),
        option::of(text()),
        any::<bool>(),
        option::of(select(GoalType::ALL.to_vec())),
        option::of(select(MetricFamily::ALL.to_vec())),
        option::of(metric_choice()),
    );
    let tail = (
        option::of(finite()),
        option::of(finite()),
        text(),
        option::of(date()),
        option::of(date()),
        text(),
        vec(measurement(), 0..4),
        option::of(
            (level(), text()).prop_map(|(level, justification)| LevelOverride {
                level,
                justification,
            }),
        ),
        text(),
        option::of(text()),
    );
    (head, tail).prop_map(
        |(
            (id, statement, business_goal, is_main, goal_type, family, metric),
            (
                baseline,
                target,
                unit,
                start,
                deadline,
                owner,
                measurements,
                level_override,
                notes,
                parent,
            ),
        )| Goal {
            id: GoalId(id),
            statement,
            business_goal: business_goal.map(BusinessGoalId),
            is_main,
            goal_type,
            family,
            metric,
            baseline,
            target,
            unit,
            start,
            deadline,
            owner,
            measurements,
            level_override,
            notes,
            parent: parent.map(GoalId),
        },
    )
}

pub fn key_result() -> impl Strategy<Value = KeyResult> {
    (
        text(),
        text(),
        option::of(finite()),
        option::of(finite()),
        text(),
        vec(measurement(), 0..3),
        option::of(finite()),
    )
        .prop_map(
            |(id, statement, baseline, target, unit, measurements, manual_score)| KeyResult {
                id: KeyResultId(id),
                statement,
                baseline,
                target,
                unit,
                measurements,
                manual_score,
            },
        )
}

pub fn objective() -> impl Strategy<Value = Objective> {
    (text(), text(), option::of(text()), vec(key_result(), 0..4)).prop_map(
        |(id, statement, business_goal, key_results)| Objective {
            id: ObjectiveId(id),
            statement,
            business_goal: business_goal.map(BusinessGoalId),
            key_results,
        },
    )
}

pub fn review() -> impl Strategy<Value = Review> {
    (
        option::of(date()),
        vec(
            (date(), text()).prop_map(|(date, note)| ReviewRecord { date, note }),
            0..4,
        ),
    )
        .prop_map(|(next_review, history)| Review {
            next_review,
            history,
        })
}

/// A whole plan with every part present in some cases.
pub fn plan() -> impl Strategy<Value = Plan> {
    let head = (
        text(),
        text(),
        text(),
        timestamp(),
        timestamp(),
        any::<u64>(),
    );
    let body = (
        vec(audience(), 0..3),
        vec(business_goal(), 0..3),
        vec(goal(), 0..5),
        vec(objective(), 0..3),
        text(),
        vec(
            (text(), text()).prop_map(|(id, name)| Platform {
                id: PlatformId(id),
                name,
            }),
            0..3,
        ),
        vec(
            (text(), text()).prop_map(|(way, text)| MeasuringWay { way, text }),
            0..3,
        ),
        review(),
        option::of(feedback()),
    );
    (head, body).prop_map(
        |(
            (id, title, description, created_at, updated_at, revision),
            (
                audiences,
                business_goals,
                goals,
                objectives,
                strategy,
                platforms,
                measuring,
                review,
                feedback,
            ),
        )| Plan {
            id: PlanId(id),
            title,
            description,
            created_at,
            updated_at,
            revision,
            audiences,
            business_goals,
            goals,
            objectives,
            strategy: PlanStrategy { text: strategy },
            platforms,
            measuring,
            review,
            feedback: feedback.map(Box::new),
        },
    )
}

/// A teacher's feedback, as a plan keeps it.
pub fn feedback() -> impl Strategy<Value = goal_ladder_core::plan::Feedback> {
    use goal_ladder_core::plan::{Criterion, Feedback, GoalComment, GoalId, PointOverride};
    (
        (text(), text(), text(), timestamp(), timestamp(), text()),
        vec(
            (text(), text(), text()).prop_map(|(goal, statement_at_hand_in, comment)| {
                GoalComment {
                    goal: GoalId(goal),
                    statement_at_hand_in,
                    comment,
                }
            }),
            0..3,
        ),
        vec(
            (
                select(Criterion::ALL.to_vec()),
                any::<u32>(),
                any::<u32>(),
                any::<u32>(),
                text(),
            )
                .prop_map(|(criterion, points, rubric_points, max, reason)| {
                    PointOverride {
                        criterion,
                        points,
                        rubric_points,
                        max,
                        reason,
                    }
                }),
            0..3,
        ),
    )
        .prop_map(
            |(
                (plan_id, student_name, plan_title, handed_in_at, given_at, comment),
                goal_comments,
                overrides,
            )| Feedback {
                plan_id: PlanId(plan_id),
                student_name,
                plan_title,
                handed_in_at,
                given_at,
                comment,
                goal_comments,
                overrides,
            },
        )
}

/// A non-finite number, as a plan in memory may hold after a bad calculation.
pub fn non_finite() -> impl Strategy<Value = f64> {
    select(vec![f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -f64::NAN])
}
