//! Plans shared by the integration tests: the three worked examples with fixed ids and dates, and one
//! plan that sets every field of the model.
#![allow(dead_code)]

pub mod arb;
pub mod fuzz;

use goal_ladder_core::examples::Example;
use goal_ladder_core::goal_type::{GoalType, MetricFamily};
use goal_ladder_core::plan::{
    Audience, AudienceId, BusinessGoal, BusinessGoalId, EngagementShare, Goal, GoalId,
    GroundswellObjective, KeyResult, KeyResultId, LevelOverride, Measurement, MetricChoice,
    Objective, ObjectiveId, PlanId, Platform, PlatformId, Review, ReviewRecord, StakeholderLinkage,
    Strategy,
};
use goal_ladder_core::{Date, LadderLevel, Plan, Timestamp};

pub fn now() -> Timestamp {
    Timestamp::from_millis(1_795_431_296_789)
}

pub fn today() -> Date {
    Date::new(2026, 11, 23).unwrap()
}

pub fn date(y: i32, m: u8, d: u8) -> Date {
    Date::new(y, m, d).unwrap()
}

/// The three worked examples, built with fixed ids and dates.
pub fn example_plans() -> Vec<Plan> {
    Example::ALL
        .iter()
        .map(|e| e.build(PlanId::new(format!("example-{}", e.key())), now(), today()))
        .collect()
}

/// A plan in which every field of every type holds a value other than its default.
pub fn full_plan() -> Plan {
    let mut plan = Plan::new(PlanId::new("plan-full"), "Bakeriet \"Brød & Sånt\"", now());
    plan.description = "A bakery in Bodø; <script>alert('x')</script> stays text. 🥐 مرحبا".into();
    plan.updated_at = Timestamp::from_millis(now().millis() + 60_000);
    plan.revision = 7;
    plan.audiences.push(Audience {
        id: AudienceId::new("a-1"),
        name: "Students nearby".into(),
        description: "18-25, live within 2 km".into(),
        linkage: Some(StakeholderLinkage::Functional),
        engagement_profile: vec![
            EngagementShare {
                degree: "watching".into(),
                percent: 70.5,
            },
            EngagementShare {
                degree: "sharing".into(),
                percent: 29.5,
            },
        ],
        platforms: vec![PlatformId::new("pf-ig")],
    });
    plan.business_goals.push(BusinessGoal {
        id: BusinessGoalId::new("bg-1"),
        statement: "More weekday sales".into(),
        approaches: vec![
            GroundswellObjective::Talking,
            GroundswellObjective::Energizing,
        ],
    });
    plan.goals.push(Goal {
        id: GoalId::new("g-1"),
        statement: "300 orders via Instagram by 1 March 2027".into(),
        business_goal: Some(BusinessGoalId::new("bg-1")),
        is_main: true,
        parent: None,
        goal_type: Some(GoalType::ConversionsAndSales),
        family: Some(MetricFamily::Roi),
        metric: Some(MetricChoice::Custom {
            name: "Pre-orders".into(),
            level: LadderLevel::Transaction,
        }),
        baseline: Some(120.0),
        target: Some(300.0),
        unit: "orders".into(),
        start: Some(date(2026, 12, 1)),
        deadline: Some(date(2027, 3, 1)),
        owner: "Kari".into(),
        measurements: vec![
            Measurement {
                date: date(2027, 1, 1),
                value: 150.25,
                note: "after the Christmas campaign".into(),
            },
            Measurement {
                date: date(2027, 2, 1),
                value: -0.5,
                note: String::new(),
            },
        ],
        level_override: Some(LevelOverride {
            level: LadderLevel::Interaction,
            justification: "pre-orders are a dialogue".into(),
        }),
        notes: "check weekly".into(),
    });
    plan.goals.push(Goal {
        id: GoalId::new("g-2"),
        statement: "Reach 10 000 accounts a month".into(),
        metric: Some(MetricChoice::Catalogue {
            metric: "reach".into(),
        }),
        ..Goal::default()
    });
    plan.objectives.push(Objective {
        id: ObjectiveId::new("o-1"),
        statement: "Become the students' bakery".into(),
        business_goal: Some(BusinessGoalId::new("bg-1")),
        key_results: vec![KeyResult {
            id: KeyResultId::new("kr-1"),
            statement: "1 000 student-card sales".into(),
            baseline: Some(0.0),
            target: Some(1000.0),
            unit: "sales".into(),
            measurements: vec![Measurement {
                date: date(2027, 1, 15),
                value: 1e-7,
                note: "first count".into(),
            }],
            manual_score: Some(0.3),
        }],
    });
    plan.strategy = Strategy {
        text: "From watching to sharing: user photos of the week.".into(),
    };
    plan.platforms.push(Platform {
        id: PlatformId::new("pf-ig"),
        name: "Instagram".into(),
    });
    plan.review = Review {
        next_review: Some(date(2027, 3, 1)),
        history: vec![
            ReviewRecord {
                date: date(2026, 9, 1),
                note: "first plan".into(),
            },
            ReviewRecord {
                date: date(2026, 10, 1),
                note: String::new(),
            },
        ],
    };
    plan
}

/// The plans the tests write and read: the examples, the full plan and an empty one.
pub fn sample_plans() -> Vec<Plan> {
    let mut plans = example_plans();
    plans.push(full_plan());
    plans.push(Plan::new(
        PlanId::new("plan-empty"),
        "",
        Timestamp::from_millis(0),
    ));
    plans
}
