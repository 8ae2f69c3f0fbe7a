//! Three worked example plans a new user can start from, each with good and flawed goals so the
//! feedback shows. Dates are set relative to `today`, so an example never opens already overdue.

use crate::calendar::{Date, Timestamp};
use crate::goal_type::{GoalType, MetricFamily};
use crate::people::EngagementModel;
use crate::plan::{
    Audience, AudienceId, BusinessGoal, BusinessGoalId, EngagementShare, Goal, GoalId,
    GroundswellObjective, KeyResult, KeyResultId, Measurement, Objective, ObjectiveId, Plan,
    PlanId, Platform, PlatformId, StakeholderLinkage, Strategy,
};

/// The example plans on offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Example {
    Cafe,
    Municipality,
    B2bSoftware,
}

impl Example {
    pub const ALL: [Example; 3] = [Example::Cafe, Example::Municipality, Example::B2bSoftware];

    pub fn key(self) -> &'static str {
        match self {
            Example::Cafe => "cafe",
            Example::Municipality => "municipality",
            Example::B2bSoftware => "b2b",
        }
    }

    /// Builds the example as a new plan with the given id, made `now`, with dates around `today`.
    pub fn build(self, id: PlanId, now: Timestamp, today: Date) -> Plan {
        let mut plan = match self {
            Example::Cafe => cafe(id, now, today),
            Example::Municipality => municipality(id, now, today),
            Example::B2bSoftware => b2b(id, now, today),
        };
        // A goal that names its date ("innen 31. mars") gets that date in its field, so the example does
        // not contradict itself; the others keep the example's period.
        for goal in &mut plan.goals {
            if let Some(said) = crate::scoring::deadline_in_text(&goal.statement, today) {
                goal.deadline = Some(said);
            }
        }
        plan
    }
}

fn platform(id: &str, name: &str) -> Platform {
    Platform {
        id: PlatformId::new(id),
        name: name.into(),
    }
}

fn audience(
    id: &str,
    name: &str,
    description: &str,
    linkage: StakeholderLinkage,
    platforms: &[&str],
    model: Option<EngagementModel>,
) -> Audience {
    Audience {
        id: AudienceId::new(id),
        name: name.into(),
        description: description.into(),
        linkage: Some(linkage),
        engagement_profile: model
            .map(EngagementModel::starting_profile)
            .unwrap_or_default(),
        platforms: platforms.iter().map(|p| PlatformId::new(*p)).collect(),
    }
}

fn business_goal(id: &str, statement: &str, approaches: &[GroundswellObjective]) -> BusinessGoal {
    BusinessGoal {
        id: BusinessGoalId::new(id),
        statement: statement.into(),
        approaches: approaches.to_vec(),
    }
}

#[allow(clippy::too_many_arguments)]
fn goal(
    id: &str,
    bg: &str,
    statement: &str,
    main: bool,
    goal_type: GoalType,
    family: MetricFamily,
    numbers: Option<(f64, f64)>,
    period: (Date, Date),
) -> Goal {
    Goal {
        id: GoalId::new(id),
        statement: statement.into(),
        business_goal: Some(BusinessGoalId::new(bg)),
        is_main: main,
        goal_type: Some(goal_type),
        family: Some(family),
        baseline: numbers.map(|n| n.0),
        target: numbers.map(|n| n.1),
        start: Some(period.0),
        deadline: Some(period.1),
        ..Goal::default()
    }
}

fn measured(mut goal: Goal, values: &[(Date, f64)]) -> Goal {
    goal.measurements = values
        .iter()
        .map(|(date, value)| Measurement {
            date: *date,
            value: *value,
            note: String::new(),
        })
        .collect();
    goal
}

fn key_result(
    id: &str,
    statement: &str,
    baseline: f64,
    target: f64,
    latest: Option<(Date, f64)>,
) -> KeyResult {
    KeyResult {
        id: KeyResultId::new(id),
        statement: statement.into(),
        baseline: Some(baseline),
        target: Some(target),
        measurements: latest
            .map(|(date, value)| {
                vec![Measurement {
                    date,
                    value,
                    note: String::new(),
                }]
            })
            .unwrap_or_default(),
        ..KeyResult::default()
    }
}

fn cafe(id: PlanId, now: Timestamp, today: Date) -> Plan {
    let start = today.add_months(-1);
    let end = today.add_months(4);
    let mut plan = Plan::new(id, "Kafé Nordlys, Tromsø", now);
    plan.description = "En liten kafé i sentrum av Tromsø med lunsj og bakst. Sommeren og nordlyssesongen er travle; januar til mars er stille, og det er da vi trenger flere gjester.".into();
    plan.platforms = vec![
        platform("ig", "Instagram"),
        platform("fb", "Facebook"),
        platform("tt", "TikTok"),
    ];
    plan.audiences = vec![
        audience(
            "students",
            "Studenter ved UiT",
            "Studerer i byen, leter etter et sted å sitte med laptop og kaffe.",
            StakeholderLinkage::Functional,
            &["ig"],
            Some(EngagementModel::FiveDegrees),
        ),
        audience(
            "locals",
            "Folk som jobber i sentrum",
            "Kjøper lunsj i ukedagene og tar med kaker til møter.",
            StakeholderLinkage::Functional,
            &["fb", "ig"],
            None,
        ),
    ];
    plan.business_goals = vec![business_goal(
        "bg-guests",
        "Flere gjester i lavsesongen (januar–mars)",
        &[
            GroundswellObjective::Talking,
            GroundswellObjective::Energizing,
        ],
    )];
    plan.goals = vec![
        measured(
            goal(
                "g-bookings",
                "bg-guests",
                "200 bordbestillinger via Instagram innen 31. mars",
                true,
                GoalType::ConversionsAndSales,
                MetricFamily::Roi,
                Some((60.0, 200.0)),
                (start, end),
            ),
            &[(start.add_days(14), 75.0), (today.add_days(-3), 96.0)],
        ),
        goal(
            "g-followers",
            "bg-guests",
            "Få 5000 følgere på Instagram innen sommeren for å øke salget",
            true,
            GoalType::BrandAwareness,
            MetricFamily::Reach,
            Some((2100.0, 5000.0)),
            (start, end),
        ),
        goal(
            "g-posts",
            "bg-guests",
            "Legge ut 3 reels i uka",
            false,
            GoalType::EngagedCommunity,
            MetricFamily::Engagement,
            None,
            (start, end),
        ),
        goal(
            "g-newsletter",
            "bg-guests",
            "150 nye abonnenter på nyhetsbrevet med lunsjtilbud innen 1. mars",
            false,
            GoalType::Leads,
            MetricFamily::Roi,
            Some((340.0, 490.0)),
            (start, end),
        ),
    ];
    plan.objectives = vec![Objective {
        id: ObjectiveId::new("o-winter"),
        statement: "Bli studentenes faste vinterkafé".into(),
        business_goal: Some(BusinessGoalId::new("bg-guests")),
        key_results: vec![
            key_result(
                "kr-stamp",
                "300 stempelkort fylt ut av studenter innen 31. mars",
                40.0,
                300.0,
                Some((today.add_days(-2), 150.0)),
            ),
            key_result(
                "kr-reviews",
                "40 nye anmeldelser på Google med minst 4 stjerner",
                112.0,
                152.0,
                Some((today.add_days(-2), 140.0)),
            ),
            key_result(
                "kr-campaign",
                "Lansere en studentkampanje i januar",
                0.0,
                1.0,
                None,
            ),
        ],
    }];
    plan.strategy = Strategy { text: "Fra en kafé studentene har hørt om, til stedet de velger når de skal lese sammen – og anbefaler videre.".into() };
    plan
}

fn municipality(id: PlanId, now: Timestamp, today: Date) -> Plan {
    let start = today.add_months(-2);
    let end = today.add_months(7);
    let mut plan = Plan::new(id, "Norrbacka kommun – rekrytering", now);
    plan.description = "En kommun med 40 000 invånare som behöver anställa undersköterskor och lärare de kommande åren. Få vet hur det är att arbeta hos oss.".into();
    plan.platforms = vec![
        platform("li", "LinkedIn"),
        platform("fb", "Facebook"),
        platform("ig", "Instagram"),
        platform("x", "X"),
    ];
    plan.audiences = vec![
        audience(
            "nurses",
            "Undersköterskor i regionen",
            "Arbetar ofta i privat omsorg eller i grannkommuner.",
            StakeholderLinkage::Functional,
            &["fb", "ig"],
            Some(EngagementModel::FiveDegrees),
        ),
        audience(
            "teachers",
            "Lärarstudenter",
            "Sista året på lärarutbildningen i Umeå och Luleå.",
            StakeholderLinkage::Functional,
            &["ig", "li"],
            None,
        ),
        audience(
            "residents",
            "Invånare",
            "Påverkar genom synpunkter och val.",
            StakeholderLinkage::Diffuse,
            &[],
            None,
        ),
    ];
    plan.business_goals = vec![business_goal(
        "bg-hire",
        "Fylla 25 tjänster inom vård och skola",
        &[
            GroundswellObjective::Talking,
            GroundswellObjective::Listening,
        ],
    )];
    plan.goals = vec![
        goal(
            "g-apps",
            "bg-hire",
            "120 ansökningar till våra tjänster inom äldreomsorgen via LinkedIn före 1 september",
            true,
            GoalType::Recruitment,
            MetricFamily::Roi,
            Some((45.0, 120.0)),
            (start, end),
        ),
        goal(
            "g-hires",
            "bg-hire",
            "Anställa 10 lärare före skolstarten",
            true,
            GoalType::Recruitment,
            MetricFamily::Roi,
            Some((0.0, 10.0)),
            (start, end),
        ),
        measured(
            goal(
                "g-views",
                "bg-hire",
                "Öka räckvidden på Facebook med 50 procent",
                true,
                GoalType::BrandAwareness,
                MetricFamily::Reach,
                Some((8000.0, 12000.0)),
                (start, end),
            ),
            &[(start.add_days(20), 8600.0), (today.add_days(-5), 7400.0)],
        ),
        goal(
            "g-engagement",
            "bg-hire",
            "Mer engagemang i sociala medier",
            false,
            GoalType::EngagedCommunity,
            MetricFamily::Engagement,
            None,
            (start, end),
        ),
    ];
    plan
}

fn b2b(id: PlanId, now: Timestamp, today: Date) -> Plan {
    let start = today.add_months(-1);
    let end = today.add_months(5);
    let mut plan = Plan::new(id, "Ledgerly – B2B accounting software", now);
    plan.description = "A Nordic software firm selling accounting software to companies with 20–200 employees. Sales cycles are long; the sales team wants more qualified leads.".into();
    plan.platforms = vec![
        platform("li", "LinkedIn"),
        platform("yt", "YouTube"),
        platform("nl", "Newsletter"),
    ];
    let mut cfos = audience(
        "cfos",
        "Finance managers at mid-sized firms",
        "Decide on or strongly influence the choice of accounting software.",
        StakeholderLinkage::Functional,
        &["li", "nl"],
        Some(EngagementModel::Technographics),
    );
    for (share, pct) in cfos
        .engagement_profile
        .iter_mut()
        .zip([4.0, 8.0, 10.0, 18.0, 15.0, 35.0, 10.0])
    {
        *share = EngagementShare {
            degree: share.degree.clone(),
            percent: pct,
        };
    }
    plan.audiences = vec![
        cfos,
        audience(
            "accountants",
            "Accounting firms",
            "Recommend software to their clients.",
            StakeholderLinkage::Enabling,
            &["li"],
            None,
        ),
    ];
    plan.business_goals = vec![
        business_goal(
            "bg-leads",
            "More qualified leads for the sales team",
            &[
                GroundswellObjective::Talking,
                GroundswellObjective::Listening,
            ],
        ),
        business_goal(
            "bg-churn",
            "Keep more customers at renewal",
            &[
                GroundswellObjective::Supporting,
                GroundswellObjective::Embracing,
            ],
        ),
    ];
    plan.goals = vec![
        goal("g-demos", "bg-leads", "80 demo requests from finance managers via LinkedIn by the end of Q2", true, GoalType::Leads, MetricFamily::Roi, Some((25.0, 80.0)), (start, end)),
        goal("g-impressions", "bg-leads", "Reach 1 million impressions on LinkedIn", true, GoalType::BrandAwareness, MetricFamily::Reach, Some((200000.0, 1000000.0)), (start, end)),
        goal("g-webinar", "bg-leads", "Run a webinar every month", false, GoalType::Leads, MetricFamily::Engagement, None, (start, end)),
        goal("g-renewals", "bg-churn", "Raise the renewal rate among customers in our user community from 82 % to 90 % within 12 months", true, GoalType::CustomerService, MetricFamily::Loyalty, Some((82.0, 90.0)), (start, today.add_months(11))),
    ];
    plan.objectives = vec![Objective {
        id: ObjectiveId::new("o-pipeline"),
        statement: "Make LinkedIn our best source of qualified leads".into(),
        business_goal: Some(BusinessGoalId::new("bg-leads")),
        key_results: vec![
            key_result(
                "kr-demos",
                "80 demo requests from LinkedIn",
                25.0,
                80.0,
                Some((today.add_days(-1), 52.0)),
            ),
            key_result(
                "kr-ctr",
                "Click-through rate on sponsored posts from 0.4 % to 0.9 %",
                0.4,
                0.9,
                Some((today.add_days(-1), 0.7)),
            ),
            key_result(
                "kr-posts",
                "Publish 12 customer stories",
                0.0,
                12.0,
                Some((today.add_days(-1), 5.0)),
            ),
        ],
    }];
    plan.strategy = Strategy { text: "From a vendor finance managers have not heard of, to the one whose guides they read and whose demo they book.".into() };
    plan
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_example_has_audiences_business_goals_and_several_goals() {
        let today = Date::new(2026, 11, 23).unwrap();
        for example in Example::ALL {
            let plan = example.build(PlanId::new(example.key()), Timestamp::from_millis(0), today);
            assert!(!plan.audiences.is_empty(), "{example:?}");
            assert!(!plan.business_goals.is_empty(), "{example:?}");
            assert!(plan.goals.len() >= 4, "{example:?}");
            assert!(plan.goals.iter().any(|g| g.is_main) && plan.goals.iter().any(|g| !g.is_main));
            for g in &plan.goals {
                assert!(
                    plan.business_goals
                        .iter()
                        .any(|b| Some(&b.id) == g.business_goal.as_ref()),
                    "{} is linked",
                    g.id
                );
            }
        }
    }

    #[test]
    fn no_example_goal_names_another_date_than_its_deadline_field() {
        for today in [
            Date::new(2026, 11, 23).unwrap(),
            Date::new(2027, 4, 15).unwrap(),
        ] {
            for example in Example::ALL {
                let plan = example.build(PlanId::new("x"), Timestamp::from_millis(0), today);
                for g in &plan.goals {
                    let a = crate::scoring::assess_goal(g, &plan, today);
                    let rules: Vec<_> = a.advice.iter().map(|f| f.rule.id()).collect();
                    assert!(
                        !rules.contains(&"smart.time_bound.field_differs")
                            && !rules.contains(&"smart.time_bound.deadline_passed"),
                        "{example:?} {}: {rules:?}",
                        g.statement
                    );
                }
            }
        }
    }

    #[test]
    fn examples_open_with_their_deadlines_ahead() {
        let today = Date::new(2027, 5, 2).unwrap();
        let plan = Example::Cafe.build(PlanId::new("x"), Timestamp::from_millis(0), today);
        assert!(plan
            .goals
            .iter()
            .all(|g| g.deadline.is_some_and(|d| d > today)));
    }
}
