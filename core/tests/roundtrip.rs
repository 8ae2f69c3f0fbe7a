//! Writing a plan and reading the file back gives the same plan (with its ids made unique), for any
//! plan; and numbers a file cannot hold (NaN, infinities, beyond ±`MAX_NUMBER`) never make a file that
//! cannot be read back.

mod support;

use goal_ladder_core::ids::make_ids_unique;
use goal_ladder_core::limits::MAX_NUMBER;
use goal_ladder_core::plan::{EngagementShare, Measurement};
use goal_ladder_core::plan_file::{
    is_writable, read_plan_file, write_plan_compact, write_plan_file,
};
use goal_ladder_core::Plan;
use proptest::prelude::*;
use support::{arb, full_plan, now, sample_plans};

/// The plan a file holds after writing `plan` and reading it back: optional numbers that are not
/// writable become `None`, measurements and engagement shares whose number is not are left out, and
/// ids are made unique.
fn as_written(plan: &Plan) -> Plan {
    fn finite(n: Option<f64>) -> Option<f64> {
        n.filter(|n| is_writable(*n))
    }
    fn keep(m: &[Measurement]) -> Vec<Measurement> {
        m.iter().filter(|m| is_writable(m.value)).cloned().collect()
    }
    let mut plan = plan.clone();
    make_ids_unique(&mut plan);
    for a in &mut plan.audiences {
        a.engagement_profile
            .retain(|s: &EngagementShare| is_writable(s.percent));
    }
    for g in &mut plan.goals {
        g.baseline = finite(g.baseline);
        g.target = finite(g.target);
        g.measurements = keep(&g.measurements);
    }
    for kr in plan.objectives.iter_mut().flat_map(|o| &mut o.key_results) {
        kr.baseline = finite(kr.baseline);
        kr.target = finite(kr.target);
        kr.manual_score = finite(kr.manual_score);
        kr.measurements = keep(&kr.measurements);
    }
    plan
}

fn read_back(text: &str) -> Plan {
    let read = read_plan_file(text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    assert!(read.unknown_fields.is_empty(), "{:?}", read.unknown_fields);
    read.plan
}

#[test]
fn the_sample_plans_round_trip() {
    for plan in sample_plans() {
        assert_eq!(read_back(&write_plan_file(&plan, now())), plan);
        assert_eq!(read_back(&write_plan_compact(&plan, now())), plan);
    }
}

#[test]
fn extreme_numbers_within_the_limit_round_trip_exactly() {
    let mut plan = full_plan();
    let values = [
        MAX_NUMBER,
        -MAX_NUMBER,
        f64::MIN_POSITIVE,
        5e-324,
        -5e-324,
        0.1 + 0.2,
        1.0 / 3.0,
        999_999_999_999.937_5,
        -0.0,
        123_456_789.123_456_78,
    ];
    for (i, v) in values.into_iter().enumerate() {
        plan.goals[0].measurements[0].value = v;
        plan.goals[0].baseline = Some(v);
        plan.objectives[0].key_results[0].manual_score = Some(-v);
        let back = read_back(&write_plan_file(&plan, now()));
        assert_eq!(back, plan, "value {i}: {v:e}");
        assert_eq!(
            back.goals[0].measurements[0].value.to_bits(),
            v.to_bits(),
            "{v:e} changed its bits"
        );
    }
}

#[test]
fn non_finite_numbers_are_left_out_and_the_file_reads_back() {
    let mut plan = full_plan();
    plan.goals[0].baseline = Some(f64::NAN);
    plan.goals[0].target = Some(f64::INFINITY);
    plan.goals[0].measurements[1].value = f64::NEG_INFINITY;
    plan.audiences[0].engagement_profile[0].percent = f64::NAN;
    let kr = &mut plan.objectives[0].key_results[0];
    kr.manual_score = Some(f64::NAN);
    kr.measurements[0].value = f64::INFINITY;

    for text in [
        write_plan_file(&plan, now()),
        write_plan_compact(&plan, now()),
    ] {
        assert!(!text.contains("NaN") && !text.contains("inf"), "{text}");
        let back = read_back(&text);
        assert_eq!(back, as_written(&plan));
        let goal = &back.goals[0];
        assert_eq!((goal.baseline, goal.target), (None, None));
        assert_eq!(goal.measurements.len(), 1, "the finite measurement stays");
        assert_eq!(goal.measurements[0].value, 150.25);
        assert_eq!(back.audiences[0].engagement_profile.len(), 1);
        let kr = &back.objectives[0].key_results[0];
        assert_eq!((kr.manual_score, kr.measurements.len()), (None, 0));
    }
}

#[test]
fn null_numbers_from_other_writers_are_skipped_not_refused() {
    let text = r#"{"format":"goal-ladder-plan","version":1,"plan":{
        "audiences":[{"engagement_profile":[{"degree":"a","percent":null},{"degree":"b","percent":40}]}],
        "goals":[{"baseline":null,"measurements":[
            {"date":"2027-01-01","value":null},
            {"date":"2027-02-01","value":5,"note":"kept"}]}],
        "objectives":[{"key_results":[{"manual_score":null,"measurements":[{"date":"2027-01-01","value":null}]}]}]
    }}"#;
    let plan = read_plan_file(text).unwrap().plan;
    assert_eq!(plan.audiences[0].engagement_profile.len(), 1);
    assert_eq!(plan.audiences[0].engagement_profile[0].degree, "b");
    assert_eq!(plan.goals[0].baseline, None);
    assert_eq!(plan.goals[0].measurements.len(), 1);
    assert_eq!(plan.goals[0].measurements[0].note, "kept");
    assert!(plan.objectives[0].key_results[0].measurements.is_empty());
    // A measurement without a value at all is still a damaged file, not a silent loss.
    let missing = r#"{"format":"goal-ladder-plan","version":1,"plan":{"goals":[{"measurements":[{"date":"2027-01-01"}]}]}}"#;
    assert!(read_plan_file(missing).is_err());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn any_plan_reads_back_the_same(plan in arb::plan(), millis in 0i64..4_102_444_800_000) {
        let at = goal_ladder_core::Timestamp::from_millis(millis);
        let pretty = write_plan_file(&plan, at);
        let read = read_plan_file(&pretty).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let written = plan.clone();
        let plan = as_written(&plan);
        prop_assert_eq!(&read.plan, &plan);
        prop_assert_eq!(read.exported_at, Some(at));
        prop_assert!(read.unknown_fields.is_empty(), "{:?}", read.unknown_fields);
        // The same plan always gives the same text.
        prop_assert_eq!(write_plan_file(&read.plan, at), write_plan_file(&plan, at));
        let compact = read_plan_file(&write_plan_compact(&written, at))
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(compact.plan, plan);
    }

    #[test]
    fn a_plan_with_non_finite_or_huge_numbers_still_makes_a_readable_file(
        plan in arb::plan(),
        bad in prop_oneof![arb::non_finite(), Just(f64::MAX), Just(-1e13)],
        picks in proptest::collection::vec(0usize..6, 1..6),
    ) {
        let mut plan = plan;
        for pick in picks {
            match pick {
                0 => if let Some(g) = plan.goals.first_mut() { g.baseline = Some(bad) },
                1 => if let Some(g) = plan.goals.last_mut() { g.target = Some(bad) },
                2 => if let Some(m) = plan.goals.iter_mut().flat_map(|g| &mut g.measurements).next() { m.value = bad },
                3 => if let Some(s) = plan.audiences.iter_mut().flat_map(|a| &mut a.engagement_profile).next() { s.percent = bad },
                4 => if let Some(k) = plan.objectives.iter_mut().flat_map(|o| &mut o.key_results).next() { k.manual_score = Some(bad) },
                _ => if let Some(m) = plan.objectives.iter_mut().flat_map(|o| &mut o.key_results).flat_map(|k| &mut k.measurements).last() { m.value = bad },
            }
        }
        let read = read_plan_file(&write_plan_file(&plan, now()))
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(read.plan, as_written(&plan));
    }
}
