//! Reading plan files from elsewhere: unknown fields are reported, missing ones take defaults, and
//! hostile shapes (deep nesting, huge strings) give clean answers quickly.

mod support;

use std::time::{Duration, Instant};

use goal_ladder_core::file::{FileError, MAX_FILE_BYTES};
use goal_ladder_core::format::{read_plan_file, write_plan_file};
use goal_ladder_core::plan::{Goal, KeyResult, Measurement, Review};
use goal_ladder_core::Plan;
use serde_json::{json, Value};
use support::{full_plan, now, sample_plans};

fn file_of(plan: Value) -> String {
    json!({"format": "goal-ladder-plan", "version": 1, "exported_at": "2026-11-23T10:54:56.789Z", "plan": plan})
        .to_string()
}

#[test]
fn files_this_build_writes_have_no_unknown_fields() {
    for plan in sample_plans() {
        let read = read_plan_file(&write_plan_file(&plan, now())).unwrap();
        assert_eq!(read.unknown_fields, Vec::<String>::new(), "{}", plan.id);
    }
}

#[test]
fn unknown_fields_are_listed_by_path_at_any_depth() {
    let mut file: Value = serde_json::from_str(&write_plan_file(&full_plan(), now())).unwrap();
    file["comment"] = json!("from another tool");
    file["plan"]["colour"] = json!("teal");
    file["plan"]["goals"][1]["colour"] = json!({"nested": {"deeper": 1}});
    file["plan"]["goals"][0]["metric"]["unit"] = json!("pcs");
    file["plan"]["goals"][0]["measurements"][1]["source"] = json!("GA4");
    file["plan"]["objectives"][0]["key_results"][0]["weight"] = json!(2);
    file["plan"]["review"]["history"][0]["by"] = json!("Kari");
    file["plan"]["strategy"]["odd key"] = json!(true);
    file["plan"]["audiences"][0]["engagement_profile"][1]["x"] = json!(null);

    let read = read_plan_file(&file.to_string()).unwrap();
    assert_eq!(read.plan, full_plan(), "unknown fields change nothing");
    let mut found = read.unknown_fields.clone();
    found.sort();
    let mut expected = vec![
        "comment",
        "plan.colour",
        "plan.goals[1].colour",
        "plan.goals[0].metric.unit",
        "plan.goals[0].measurements[1].source",
        "plan.objectives[0].key_results[0].weight",
        "plan.review.history[0].by",
        "plan.strategy[\"odd key\"]",
        "plan.audiences[0].engagement_profile[1].x",
    ];
    expected.sort();
    assert_eq!(found, expected);
}

#[test]
fn fields_the_writer_leaves_out_when_empty_are_not_unknown() {
    let text = file_of(json!({
        "goals": [{"measurements": [{"date": "2027-01-01", "value": 1, "note": ""}]}],
        "review": {"history": [{"date": "2027-01-01", "note": ""}]}
    }));
    assert!(read_plan_file(&text).unwrap().unknown_fields.is_empty());
}

#[test]
fn missing_fields_take_their_defaults() {
    let text = file_of(json!({
        "title": "Only some fields",
        "goals": [{"statement": "More leads"}, {}],
        "objectives": [{"key_results": [{"statement": "kr"}]}],
        "audiences": [{"name": "a"}],
        "review": {},
    }));
    let read = read_plan_file(&text).unwrap();
    assert!(read.unknown_fields.is_empty());
    let plan = read.plan;
    assert_eq!(plan.title, "Only some fields");
    assert_eq!(plan.id.as_str(), "");
    assert_eq!((plan.revision, plan.created_at), (0, Default::default()));
    assert_eq!(
        plan.goals[0],
        Goal {
            statement: "More leads".into(),
            ..Goal::default()
        }
    );
    assert_eq!(plan.goals[1], Goal::default());
    assert_eq!(
        plan.objectives[0].key_results[0],
        KeyResult {
            statement: "kr".into(),
            ..KeyResult::default()
        }
    );
    assert!(plan.audiences[0].engagement_profile.is_empty());
    assert_eq!(plan.review, Review::default());
    assert!(plan.platforms.is_empty() && plan.strategy.text.is_empty());

    // A measurement without a note is read with an empty one.
    let text =
        file_of(json!({"goals": [{"measurements": [{"date": "2027-01-01", "value": 3.5}]}]}));
    assert_eq!(
        read_plan_file(&text).unwrap().plan.goals[0].measurements,
        vec![Measurement {
            date: "2027-01-01".parse().unwrap(),
            value: 3.5,
            note: String::new(),
        }]
    );
    // And an empty plan object is the default plan.
    let empty = read_plan_file(r#"{"format":"goal-ladder-plan","version":1,"plan":{}}"#).unwrap();
    assert_eq!((empty.plan, empty.exported_at), (Plan::default(), None));
}

fn assert_quick_not_json(text: &str) {
    let started = Instant::now();
    let err = read_plan_file(text).unwrap_err();
    let took = started.elapsed();
    assert!(
        matches!(err, FileError::NotJson { line: 1, .. }),
        "expected NotJson on line 1, got {err:?}"
    );
    assert!(
        err.to_string().contains("recursion limit"),
        "the message names the cause: {err}"
    );
    assert!(took < Duration::from_secs(1), "took {took:?}");
}

#[test]
fn deep_nesting_is_refused_cleanly_and_quickly() {
    // Bare, closed and inside an otherwise valid plan file: the parser stops at depth 128.
    assert_quick_not_json(&"[".repeat(100_000));
    assert_quick_not_json(&format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)));
    assert_quick_not_json(&"{\"a\":".repeat(100_000));
    let inside = format!(
        r#"{{"format":"goal-ladder-plan","version":1,"plan":{{"goals":{}{}}}}}"#,
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    assert_quick_not_json(&inside);
}

#[test]
fn nesting_below_the_limit_in_an_unknown_field_is_read_and_reported() {
    let nested = format!("{}{}", "[".repeat(120), "]".repeat(120));
    let text =
        format!(r#"{{"format":"goal-ladder-plan","version":1,"plan":{{"extra":{nested}}}}}"#);
    let read = read_plan_file(&text).unwrap();
    assert_eq!(read.unknown_fields, ["plan.extra"]);
}

#[test]
fn a_four_megabyte_string_is_read_in_full() {
    let mut plan = full_plan();
    plan.description = "Å🙂\"<".repeat(4 * 1024 * 1024 / 8); // 4 MiB of text
    let text = write_plan_file(&plan, now());
    assert!(text.len() > 4_000_000 && text.len() <= MAX_FILE_BYTES);
    let started = Instant::now();
    let read = read_plan_file(&text).unwrap();
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(read.plan, plan);

    // The same in a field this build does not know: read, ignored and reported.
    let big = "x".repeat(4 * 1024 * 1024);
    let text = file_of(json!({"title": "t", "attachment": big}));
    let read = read_plan_file(&text).unwrap();
    assert_eq!(read.unknown_fields, ["plan.attachment"]);
    assert_eq!(read.plan.title, "t");
}

#[test]
fn numbers_out_of_range_are_damage_not_a_crash() {
    for number in ["1e309", "-1e400"] {
        let text = format!(
            r#"{{"format":"goal-ladder-plan","version":1,"plan":{{"goals":[{{"target":{number}}}]}}}}"#
        );
        assert!(matches!(
            read_plan_file(&text),
            Err(FileError::NotJson { .. } | FileError::Damaged { .. })
        ));
    }
    let text = r#"{"format":"goal-ladder-plan","version":1,"plan":{"revision":-1}}"#;
    assert!(matches!(
        read_plan_file(text),
        Err(FileError::Damaged { .. })
    ));
}
