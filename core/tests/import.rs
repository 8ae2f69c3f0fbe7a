//! Reading plan files from elsewhere: unknown fields are reported, missing ones take defaults, and
//! hostile shapes (deep nesting, huge strings) give clean answers quickly.

mod support;

use std::time::{Duration, Instant};

use goal_ladder_core::file::{FileError, MAX_FILE_BYTES};
use goal_ladder_core::ids::is_safe_plan_id;
use goal_ladder_core::limits::{self, Limited};
use goal_ladder_core::plan::{Goal, GoalId, KeyResult, KeyResultId, Measurement, Review};
use goal_ladder_core::plan_file::{read_plan_file, write_plan_file};
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
    let plan = &read.plan;
    assert_eq!(plan.title, "Only some fields");
    assert_eq!(plan.id.as_str(), "");
    assert_eq!((plan.revision, plan.created_at), (0, Default::default()));
    assert_eq!(
        plan.goals[0],
        Goal {
            id: GoalId::new("goal-1"),
            statement: "More leads".into(),
            ..Goal::default()
        }
    );
    // Goals without an id get one each (two empty ids would hide one goal behind the other).
    assert_eq!(
        plan.goals[1],
        Goal {
            id: GoalId::new("goal-2"),
            ..Goal::default()
        }
    );
    let renumbered: Vec<&str> = read.renumbered.iter().map(|r| r.path.as_str()).collect();
    assert_eq!(
        renumbered,
        [
            "plan.goals[0].id",
            "plan.goals[1].id",
            "plan.objectives[0].id",
            "plan.objectives[0].key_results[0].id",
            "plan.audiences[0].id"
        ]
    );
    assert_eq!(
        plan.objectives[0].key_results[0],
        KeyResult {
            id: KeyResultId::new("kr-1"),
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
    assert!(took < Duration::from_secs(10), "took {took:?}");
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
fn a_four_megabyte_string_is_refused_by_its_limit_without_being_built() {
    let mut plan = full_plan();
    plan.description = "Å🙂\"<".repeat(4 * 1024 * 1024 / 8); // 4 MiB of text
    let text = write_plan_file(&plan, now());
    assert!(text.len() > 4_000_000 && text.len() <= MAX_FILE_BYTES);
    let started = Instant::now();
    let err = read_plan_file(&text).unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(10));
    match err {
        FileError::OverLimit(over) => {
            assert_eq!(over.path, "plan.description");
            assert_eq!(over.limit, limits::MAX_TEXT_CHARS as u64);
        }
        other => panic!("expected OverLimit, got {other:?}"),
    }

    // The same in a field this build does not know: refused too, by the same limit.
    let big = "x".repeat(4 * 1024 * 1024);
    let text = file_of(json!({"title": "t", "attachment": big}));
    assert!(matches!(
        read_plan_file(&text),
        Err(FileError::OverLimit(over)) if over.path == "plan.attachment"
    ));
    // At the limit, a text is read in full.
    plan.description = "Å🙂\"<".repeat(limits::MAX_TEXT_CHARS / 4);
    let read = read_plan_file(&write_plan_file(&plan, now())).unwrap();
    assert_eq!(read.plan, plan);
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

fn plan_of_goals(n: usize, goal: &str) -> String {
    let goals = vec![goal; n].join(",");
    format!(r#"{{"format":"goal-ladder-plan","version":1,"plan":{{"goals":[{goals}]}}}}"#)
}

#[test]
fn seven_hundred_thousand_empty_goals_are_refused_quickly_and_named() {
    let text = plan_of_goals(700_000, "{}");
    assert!(text.len() > 2_000_000 && text.len() <= MAX_FILE_BYTES);
    let started = Instant::now();
    let err = read_plan_file(&text).unwrap_err();
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
    let FileError::OverLimit(over) = &err else {
        panic!("expected OverLimit, got {err:?}");
    };
    assert_eq!((over.what, over.found), (Limited::Goals, 700_000));
    assert_eq!(
        over.to_string(),
        "plan.goals: 700\u{a0}000 goals, at most 1\u{a0}000"
    );
    assert!(err.to_string().contains("plan.goals: 700"), "{err}");
}

// The time bounds in this file guard against a hang or a reading that grows faster than the input, on a
// loaded CI machine and in an unoptimised build; the speed itself is a figure of scripts/bench.
#[test]
fn a_hundred_thousand_goals_are_refused_quickly() {
    let goal = r#"{"statement":"More leads","target":200}"#;
    let text = plan_of_goals(100_000, goal);
    assert!(text.len() <= MAX_FILE_BYTES);
    let started = Instant::now();
    let err = read_plan_file(&text).unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(10));
    assert!(
        matches!(err, FileError::OverLimit(ref o) if o.found == 100_000),
        "{err:?}"
    );
}

#[test]
fn a_plan_at_the_goal_limit_is_read() {
    let text = plan_of_goals(limits::MAX_GOALS, r#"{"statement":"More leads"}"#);
    let read = read_plan_file(&text).unwrap();
    assert_eq!(read.plan.goals.len(), limits::MAX_GOALS);
}

#[test]
fn huge_numbers_lists_and_objects_anywhere_are_refused() {
    let text = plan_of_goals(1, r#"{"target":1e308}"#);
    assert!(matches!(
        read_plan_file(&text),
        Err(FileError::OverLimit(o)) if o.what == Limited::Number && o.path == "plan.goals[0].target"
    ));
    let zeros = vec!["0"; limits::MAX_LIST_ENTRIES + 1].join(",");
    let text = file_of(serde_json::from_str(&format!(r#"{{"extra":[{zeros}]}}"#)).unwrap());
    assert!(matches!(
        read_plan_file(&text),
        Err(FileError::OverLimit(o)) if o.path == "plan.extra"
    ));
    let measurements =
        vec![r#"{"date":"2027-01-01","value":1}"#; limits::MAX_MEASUREMENTS + 1].join(",");
    let text = plan_of_goals(1, &format!(r#"{{"measurements":[{measurements}]}}"#));
    assert!(matches!(
        read_plan_file(&text),
        Err(FileError::OverLimit(o)) if o.what == Limited::Measurements
    ));
}

#[test]
fn a_foreign_file_over_a_limit_is_still_called_foreign() {
    let text = format!(r#"{{"format":"zip","x":[{}]}}"#, vec!["1"; 5_000].join(","));
    assert_eq!(
        read_plan_file(&text).unwrap_err(),
        FileError::WrongFormat {
            expected: goal_ladder_core::file::FileKind::Plan,
            found_format: Some("zip".into())
        }
    );
}

#[test]
fn two_goals_with_the_same_id_are_both_kept_and_the_renumbering_is_reported() {
    let text = plan_of_goals(2, r#"{"id":"g-1","statement":"Same id"}"#);
    let read = read_plan_file(&text).unwrap();
    let ids: Vec<&str> = read.plan.goals.iter().map(|g| g.id.as_str()).collect();
    assert_eq!(ids, ["g-1", "g-1-1"]);
    assert_eq!(read.renumbered.len(), 1);
    assert_eq!(read.renumbered[0].path, "plan.goals[1].id");
}

#[test]
fn a_plan_id_with_a_slash_space_or_other_letters_imports_as_one_that_opens() {
    for odd in ["a/b", "my plan", "plän", "p#1?x"] {
        let text = file_of(json!({"id": odd, "title": "t"}));
        let read = read_plan_file(&text).unwrap();
        assert!(
            is_safe_plan_id(read.plan.id.as_str()),
            "{odd}: {}",
            read.plan.id
        );
        assert_eq!(read.renumbered[0].path, "plan.id");
        assert_eq!(read.renumbered[0].from, odd);
    }
    let read = read_plan_file(&file_of(json!({"id": "plan-abc_1"}))).unwrap();
    assert_eq!(read.plan.id.as_str(), "plan-abc_1");
    assert!(read.renumbered.is_empty());
}
