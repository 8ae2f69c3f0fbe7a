//! A new period: the plan (or chosen goals) carried forward, where the last measurement becomes the baseline.

use crate::calendar::{Date, Timestamp};
use crate::plan::{GoalId, Measurement, Plan, PlanId};
use crate::progress;

fn carry_forward(baseline: &mut Option<f64>, measurements: &mut Vec<Measurement>) {
    if let Some(last) = progress::latest(measurements) {
        *baseline = Some(last.value);
    }
    measurements.clear();
}

/// A copy of `plan` for the next period. With `only`, just those goals come along (all key results do).
/// Targets, notes and the rest are kept; the period starts `today` and lasts as long as the last one did.
pub fn next_period(
    plan: &Plan,
    id: PlanId,
    title: impl Into<String>,
    now: Timestamp,
    today: Date,
    only: Option<&[GoalId]>,
) -> Plan {
    let mut next = plan.duplicate(id, title, now);
    if let Some(chosen) = only {
        next.goals.retain(|g| chosen.contains(&g.id));
    }
    for goal in &mut next.goals {
        carry_forward(&mut goal.baseline, &mut goal.measurements);
        goal.deadline = match (goal.start, goal.deadline) {
            (Some(start), Some(end)) => Some(today.add_days(start.days_until(end).max(1))),
            _ => None,
        };
        goal.start = Some(today);
    }
    for kr in next
        .objectives
        .iter_mut()
        .flat_map(|o| o.key_results.iter_mut())
    {
        carry_forward(&mut kr.baseline, &mut kr.measurements);
        kr.manual_score = None;
    }
    next.review = Default::default();
    next
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{Goal, KeyResult, Objective};

    fn d(m: u8, day: u8) -> Date {
        Date::new(2027, m, day).unwrap()
    }

    fn measured_goal(id: &str, values: &[(Date, f64)]) -> Goal {
        Goal {
            id: GoalId::new(id),
            baseline: Some(100.0),
            target: Some(200.0),
            notes: "keep me".into(),
            start: Some(d(1, 1)),
            deadline: Some(d(3, 1)),
            measurements: values
                .iter()
                .map(|(date, value)| Measurement {
                    date: *date,
                    value: *value,
                    note: String::new(),
                })
                .collect(),
            ..Goal::default()
        }
    }

    #[test]
    fn the_last_measurement_becomes_the_new_baseline() {
        let mut plan = Plan::new(PlanId::new("p1"), "Spring", Timestamp::from_millis(0));
        plan.goals
            .push(measured_goal("a", &[(d(2, 1), 150.0), (d(2, 20), 170.0)]));
        plan.goals.push(measured_goal("b", &[]));
        plan.objectives.push(Objective {
            key_results: vec![KeyResult {
                baseline: Some(1.0),
                target: Some(5.0),
                manual_score: Some(0.4),
                measurements: vec![Measurement {
                    date: d(2, 2),
                    value: 3.0,
                    note: String::new(),
                }],
                ..Default::default()
            }],
            ..Default::default()
        });
        let next = next_period(
            &plan,
            PlanId::new("p2"),
            "Summer",
            Timestamp::from_millis(9),
            d(3, 2),
            None,
        );
        assert_eq!(next.id.as_str(), "p2");
        assert_eq!(next.goals[0].baseline, Some(170.0));
        assert_eq!(next.goals[0].target, Some(200.0));
        assert_eq!(next.goals[0].notes, "keep me");
        assert!(next.goals[0].measurements.is_empty());
        assert_eq!(next.goals[0].start, Some(d(3, 2)));
        assert_eq!(next.goals[0].deadline, Some(d(3, 2).add_days(59)));
        assert_eq!(
            next.goals[1].baseline,
            Some(100.0),
            "an unmeasured goal keeps its baseline"
        );
        let kr = &next.objectives[0].key_results[0];
        assert_eq!((kr.baseline, kr.manual_score), (Some(3.0), None));
    }

    #[test]
    fn only_the_chosen_goals_come_along() {
        let mut plan = Plan::new(PlanId::new("p1"), "x", Timestamp::from_millis(0));
        plan.goals = vec![
            measured_goal("a", &[]),
            measured_goal("b", &[]),
            measured_goal("c", &[]),
        ];
        let next = next_period(
            &plan,
            PlanId::new("p2"),
            "y",
            Timestamp::from_millis(0),
            d(4, 1),
            Some(&[GoalId::new("c"), GoalId::new("a")]),
        );
        let ids: Vec<&str> = next.goals.iter().map(|g| g.id.as_str()).collect();
        assert_eq!(ids, ["a", "c"]);
    }
}
