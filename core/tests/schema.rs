//! The committed JSON Schema of the plan file is the one the types give, and every file the writer
//! makes is valid under it.

mod support;

use std::path::PathBuf;

use goal_ladder_core::plan_file::{
    plan_file_schema, plan_file_schema_text, write_plan_compact, write_plan_file, PLAN_VERSION,
};
use proptest::prelude::*;
use serde_json::{json, Value};
use support::{arb, now, sample_plans};

const REGENERATE: &str = "cargo run -p goal-ladder-core --example write_schema";

fn schema_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join(format!("../schema/goal-ladder-plan.v{PLAN_VERSION}.json"))
}

fn committed_schema() -> Value {
    let path = schema_path();
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e}\nWrite it with: {REGENERATE}",
            path.display()
        )
    });
    serde_json::from_str(&text).expect("the committed schema is JSON")
}

fn validator() -> jsonschema::Validator {
    jsonschema::validator_for(&committed_schema()).expect("the committed schema is a valid schema")
}

/// The validation errors of `instance`, one a line, or an empty string.
fn errors(validator: &jsonschema::Validator, instance: &Value) -> String {
    validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_committed_schema_is_current() {
    let committed = std::fs::read_to_string(schema_path()).unwrap_or_default();
    let current = plan_file_schema_text();
    assert!(
        committed == current,
        "{} is stale: the plan types changed since it was written.\nRegenerate it with: {REGENERATE}\n\
         (and if the change is not backwards compatible, raise PLAN_VERSION and add a migration).",
        schema_path().display()
    );
}

#[test]
fn the_schema_describes_the_envelope_and_the_hand_written_types() {
    let schema = plan_file_schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(
        schema["required"],
        json!(["format", "version", "exported_at", "plan"])
    );
    assert_eq!(schema["properties"]["format"]["const"], "goal-ladder-plan");
    assert_eq!(schema["properties"]["version"]["const"], PLAN_VERSION);
    let defs = &schema["$defs"];
    assert_eq!(defs["Date"]["type"], "string");
    assert_eq!(defs["Timestamp"]["format"], "date-time");
    assert_eq!(
        (
            &defs["LadderLevel"]["type"],
            &defs["LadderLevel"]["minimum"],
            &defs["LadderLevel"]["maximum"]
        ),
        (&json!("integer"), &json!(0), &json!(5))
    );
    assert_eq!(defs["PlanId"]["type"], "string");
    assert_eq!(defs["GoalType"]["enum"].as_array().map(Vec::len), Some(10));
    let kinds: Vec<&Value> = defs["MetricChoice"]["oneOf"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| &v["properties"]["kind"]["const"])
        .collect();
    assert_eq!(kinds, [&json!("catalogue"), &json!("custom")]);
}

#[test]
fn written_files_and_fixtures_are_valid() {
    let validator = validator();
    let mut files: Vec<(String, String)> = Vec::new();
    for plan in sample_plans() {
        files.push((
            format!("{} (pretty)", plan.id),
            write_plan_file(&plan, now()),
        ));
        files.push((
            format!("{} (compact)", plan.id),
            write_plan_compact(&plan, now()),
        ));
    }
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for entry in std::fs::read_dir(&fixtures).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with(&format!("v{PLAN_VERSION}-")) && !name.contains("minimal") {
            files.push((name, std::fs::read_to_string(&path).unwrap()));
        }
    }
    assert!(files.len() >= 11);
    for (name, text) in files {
        let instance: Value = serde_json::from_str(&text).unwrap();
        let errors = errors(&validator, &instance);
        assert!(errors.is_empty(), "{name} is not valid:\n{errors}");
    }
}

#[test]
fn the_schema_refuses_what_the_writer_never_writes() {
    let validator = validator();
    let good: Value = serde_json::from_str(&write_plan_file(&support::full_plan(), now())).unwrap();
    assert!(validator.is_valid(&good));
    type Mutation = (&'static str, fn(&mut Value));
    let mutations: [Mutation; 9] = [
        ("wrong format", |v| v["format"] = json!("photoshop")),
        ("other version", |v| v["version"] = json!(PLAN_VERSION + 1)),
        ("no plan", |v| {
            v.as_object_mut().unwrap().remove("plan");
        }),
        ("level 6", |v| {
            v["plan"]["goals"][0]["metric"]["level"] = json!(6)
        }),
        ("unknown metric kind", |v| {
            v["plan"]["goals"][0]["metric"]["kind"] = json!("other")
        }),
        ("date without zero padding", |v| {
            v["plan"]["goals"][0]["deadline"] = json!("2027-3-1")
        }),
        ("local time", |v| {
            v["exported_at"] = json!("2026-11-23T10:54:56.789+01:00")
        }),
        ("a number as text", |v| {
            v["plan"]["goals"][0]["target"] = json!("300")
        }),
        ("a null measurement", |v| {
            v["plan"]["goals"][0]["measurements"][0]["value"] = Value::Null
        }),
    ];
    for (name, mutate) in mutations {
        let mut bad = good.clone();
        mutate(&mut bad);
        assert!(!validator.is_valid(&bad), "the schema accepts: {name}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_written_plan_is_valid(plan in arb::plan()) {
        let instance: Value = serde_json::from_str(&write_plan_file(&plan, now())).unwrap();
        let errors = errors(&validator(), &instance);
        prop_assert!(errors.is_empty(), "{}", errors);
    }
}
