//! Every version of the plan file ever written still opens: a fixture per version under
//! `tests/fixtures/` (named `v<version>-<what>.goal-ladder.json`), migrated by the one chain in
//! `migrate::to_current`. When PLAN_VERSION is raised, keep the old fixtures and add new ones.

mod support;

use std::path::PathBuf;

use goal_ladder_core::file::FileError;
use goal_ladder_core::plan::MetricChoice;
use goal_ladder_core::plan_file::{read_plan_file, write_plan_file, PLAN_VERSION};
use goal_ladder_core::{migrate, LadderLevel, Plan};
use serde_json::json;
use support::now;

fn fixtures() -> Vec<(u32, String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut found = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let version = name
            .strip_prefix('v')
            .and_then(|rest| rest.split('-').next())
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| {
                panic!("{name}: fixtures are named v<version>-<what>.goal-ladder.json")
            });
        assert!(name.ends_with(".goal-ladder.json"), "{name}");
        found.push((version, name, std::fs::read_to_string(&path).unwrap()));
    }
    found.sort();
    found
}

#[test]
fn every_version_has_a_realistic_and_a_minimal_fixture() {
    let fixtures = fixtures();
    for version in 1..=PLAN_VERSION {
        let names: Vec<&str> = fixtures
            .iter()
            .filter(|f| f.0 == version)
            .map(|f| f.1.as_str())
            .collect();
        assert!(
            names.iter().any(|n| n.contains("minimal")) && names.len() >= 2,
            "version {version} needs a realistic and a minimal fixture, found {names:?}"
        );
    }
    assert!(fixtures.iter().all(|f| f.0 <= PLAN_VERSION));
}

#[test]
fn every_fixture_migrates_reads_and_round_trips() {
    for (version, name, text) in fixtures() {
        let read = read_plan_file(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(read.from_version, version, "{name}");
        assert!(
            read.unknown_fields.is_empty(),
            "{name}: {:?}",
            read.unknown_fields
        );
        let again = read_plan_file(&write_plan_file(&read.plan, now())).unwrap();
        assert_eq!(again.plan, read.plan, "{name}");
        assert_eq!(again.from_version, PLAN_VERSION);
    }
}

#[test]
fn the_realistic_v1_fixture_keeps_everything() {
    let text = include_str!("fixtures/v1-cafe-full.goal-ladder.json");
    let read = read_plan_file(text).unwrap();
    let plan = read.plan;
    assert_eq!(
        read.exported_at.unwrap().to_string(),
        "2026-11-23T10:54:56.789Z"
    );
    assert_eq!(plan.title, "Kafé Nordlys, Tromsø");
    assert_eq!(plan.revision, 12);
    assert!(plan.audiences.len() >= 3 && plan.goals.len() >= 5);
    assert_eq!(plan.audiences[0].engagement_profile.len(), 5);
    let pre_orders = plan.goals.iter().find(|g| g.id.as_str() == "g-1").unwrap();
    assert_eq!(
        pre_orders.metric,
        Some(MetricChoice::Custom {
            name: "Pre-orders".into(),
            level: LadderLevel::Transaction
        })
    );
    assert_eq!(pre_orders.measurements[0].value, 150.25);
    assert_eq!(
        pre_orders.measurements[0].note,
        "after the Christmas campaign"
    );
    assert_eq!(
        pre_orders.level_override.as_ref().unwrap().level,
        LadderLevel::Interaction
    );
    let kr = plan
        .objectives
        .iter()
        .flat_map(|o| &o.key_results)
        .find(|k| k.id.as_str() == "kr-1")
        .unwrap();
    assert_eq!(kr.manual_score, Some(0.3));
    assert_eq!(plan.review.history.len(), 2);
}

#[test]
fn the_minimal_v1_fixture_is_the_default_plan() {
    let read = read_plan_file(include_str!("fixtures/v1-minimal.goal-ladder.json")).unwrap();
    assert_eq!(read.plan, Plan::default());
    assert_eq!(read.exported_at, None);
}

#[test]
fn the_current_version_needs_no_migration() {
    let plan = json!({"title": "x", "goals": [{"statement": "y"}]});
    assert_eq!(migrate::to_current(plan.clone(), PLAN_VERSION), plan);
}

#[test]
fn version_zero_missing_or_malformed_is_refused() {
    for version in [
        Some(json!(0)),
        None,
        Some(json!(-1)),
        Some(json!(1.5)),
        Some(json!("1")),
        Some(json!(null)),
        Some(json!([1])),
    ] {
        let mut file = json!({"format": "goal-ladder-plan", "plan": {"title": "x"}});
        if let Some(v) = &version {
            file["version"] = v.clone();
        }
        assert_eq!(
            read_plan_file(&file.to_string()).unwrap_err(),
            FileError::BadVersion,
            "version {version:?}"
        );
    }
    let err = read_plan_file(r#"{"format":"goal-ladder-plan","version":0,"plan":{}}"#).unwrap_err();
    assert!(err.to_string().contains("\"version\""), "{err}");
}
