//! How far a goal has come: from its baseline, through dated measurements, towards its target.

use crate::calendar::Date;
use crate::plan::{Goal, Measurement};

/// A goal's progress as the numbers stand.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Progress {
    pub baseline: f64,
    pub target: f64,
    pub latest: Option<f64>,
    /// The share of the way from baseline to target, 0.0-1.0 (and beyond, or below, as measured).
    pub fraction: Option<f64>,
    /// The latest measurement is on the wrong side of the baseline.
    pub falling_behind: bool,
}

/// The most recent measurement by date (the later one of two on the same day).
pub fn latest(measurements: &[Measurement]) -> Option<&Measurement> {
    measurements
        .iter()
        .enumerate()
        .max_by_key(|(i, m)| (m.date, *i))
        .map(|(_, m)| m)
}

/// Progress of a goal with a baseline and a target; a goal may aim down (fewer complaints) as well as up.
pub fn progress(goal: &Goal) -> Option<Progress> {
    let (baseline, target) = (goal.baseline?, goal.target?);
    let latest = latest(&goal.measurements).map(|m| m.value);
    let span = target - baseline;
    let fraction = latest
        .filter(|_| span != 0.0)
        .map(|v| (v - baseline) / span);
    let falling_behind = match latest {
        Some(v) if span > 0.0 => v < baseline,
        Some(v) if span < 0.0 => v > baseline,
        _ => false,
    };
    Some(Progress {
        baseline,
        target,
        latest,
        fraction,
        falling_behind,
    })
}

/// Where the goal should be by `today` if it moved in a straight line from start to deadline.
pub fn expected_by(goal: &Goal, today: Date) -> Option<f64> {
    let (baseline, target, start, deadline) =
        (goal.baseline?, goal.target?, goal.start?, goal.deadline?);
    let total = start.days_until(deadline);
    if total <= 0 {
        return None;
    }
    let elapsed = start.days_until(today).clamp(0, total);
    Some(baseline + (target - baseline) * elapsed as f64 / total as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(day: u8, value: f64) -> Measurement {
        Measurement {
            date: Date::new(2027, 1, day).unwrap(),
            value,
            note: String::new(),
        }
    }

    fn goal(baseline: f64, target: f64, measurements: Vec<Measurement>) -> Goal {
        Goal {
            baseline: Some(baseline),
            target: Some(target),
            measurements,
            ..Goal::default()
        }
    }

    #[test]
    fn progress_is_the_share_of_the_way_to_the_target() {
        let p = progress(&goal(
            100.0,
            300.0,
            vec![m(3, 150.0), m(20, 250.0), m(10, 200.0)],
        ))
        .unwrap();
        assert_eq!(p.latest, Some(250.0));
        assert_eq!(p.fraction, Some(0.75));
        assert!(!p.falling_behind);
    }

    #[test]
    fn a_goal_that_aims_down_counts_down() {
        let p = progress(&goal(40.0, 20.0, vec![m(5, 30.0)])).unwrap();
        assert_eq!(p.fraction, Some(0.5));
        let worse = progress(&goal(40.0, 20.0, vec![m(5, 45.0)])).unwrap();
        assert!(worse.falling_behind);
    }

    #[test]
    fn below_the_baseline_is_falling_behind() {
        let p = progress(&goal(100.0, 200.0, vec![m(1, 120.0), m(9, 90.0)])).unwrap();
        assert!(p.falling_behind);
        assert!(p.fraction.unwrap() < 0.0);
    }

    #[test]
    fn without_baseline_or_target_there_is_no_progress() {
        assert_eq!(
            progress(&Goal {
                target: Some(5.0),
                ..Goal::default()
            }),
            None
        );
        let p = progress(&goal(1.0, 5.0, vec![])).unwrap();
        assert_eq!((p.latest, p.fraction), (None, None));
    }

    #[test]
    fn the_straight_line_expectation_is_clamped_to_the_period() {
        let mut g = goal(0.0, 100.0, vec![]);
        g.start = Date::new(2027, 1, 1);
        g.deadline = Date::new(2027, 1, 11);
        assert_eq!(expected_by(&g, Date::new(2027, 1, 6).unwrap()), Some(50.0));
        assert_eq!(expected_by(&g, Date::new(2028, 1, 1).unwrap()), Some(100.0));
        assert_eq!(expected_by(&g, Date::new(2026, 1, 1).unwrap()), Some(0.0));
    }
}
