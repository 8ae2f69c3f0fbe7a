//! The committed JSON Schemas of the exercise and hand-in files are the ones the types give, and every
//! such file the app writes is valid under them (so a teacher's own tools can check hand-ins).

mod support;

use std::path::PathBuf;

use goal_ladder_core::classroom::exercise::{
    exercise_file_schema, write_exercise_file, Exercise, EXERCISE_VERSION,
};
use goal_ladder_core::classroom::feedback::{
    feedback_file_schema, feedback_on, write_feedback_file, Criterion, FEEDBACK_VERSION,
};
use goal_ladder_core::classroom::hand_in::{hand_in_file_schema, HAND_IN_VERSION};
use goal_ladder_core::classroom::{write_hand_in_file, HandIn};
use goal_ladder_core::plan_file::schema_text;
use serde_json::{json, Value};
use support::{example_plans, full_plan, now, today};

const REGENERATE: &str = "cargo run -p goal-ladder-core --example write_schema";

fn committed(name: &str) -> (PathBuf, String) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../schema")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    (path, text)
}

fn validator(name: &str) -> jsonschema::Validator {
    let (path, text) = committed(name);
    let schema: Value = serde_json::from_str(&text).unwrap_or_else(|e| {
        panic!(
            "{} is not JSON ({e}); write it with: {REGENERATE}",
            path.display()
        )
    });
    jsonschema::validator_for(&schema).expect("the committed schema is a valid schema")
}

fn exercise_name() -> String {
    format!("goal-ladder-exercise.v{EXERCISE_VERSION}.json")
}

fn hand_in_name() -> String {
    format!("goal-ladder-hand-in.v{HAND_IN_VERSION}.json")
}

fn feedback_name() -> String {
    format!("goal-ladder-feedback.v{FEEDBACK_VERSION}.json")
}

fn exercises() -> Vec<Exercise> {
    example_plans()
        .iter()
        .enumerate()
        .map(|(i, p)| Exercise::from_plan(p, format!("exercise-{i}")))
        .collect()
}

fn hand_ins() -> Vec<HandIn> {
    let mut out = Vec::new();
    for (plan, exercise) in example_plans().into_iter().zip(exercises()) {
        out.push(HandIn::new(
            "Øyvind Ås",
            "2STB",
            plan.clone(),
            Some(exercise),
            "0.1.0",
            now(),
            today(),
        ));
        out.push(HandIn::new("", "", plan, None, "0.1.0", now(), today()));
    }
    out.push(HandIn::new(
        "Ann",
        "1A",
        full_plan(),
        None,
        "0.1.0",
        now(),
        today(),
    ));
    out
}

fn assert_valid(validator: &jsonschema::Validator, what: &str, text: &str) {
    let instance: Value = serde_json::from_str(text).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&instance)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{what} is not valid:\n{}",
        errors.join("\n")
    );
}

#[test]
fn the_committed_schemas_are_current() {
    for (name, schema) in [
        (exercise_name(), exercise_file_schema()),
        (hand_in_name(), hand_in_file_schema()),
        (feedback_name(), feedback_file_schema()),
    ] {
        let (path, text) = committed(&name);
        assert!(
            text == schema_text(&schema),
            "{} is stale: the classroom types changed since it was written.\nRegenerate it with: {REGENERATE}",
            path.display()
        );
    }
}

#[test]
fn written_exercise_and_hand_in_files_are_valid() {
    let exercise = validator(&exercise_name());
    for e in exercises() {
        assert_valid(
            &exercise,
            &format!("exercise {}", e.id),
            &write_exercise_file(&e, now()),
        );
    }
    let hand_in = validator(&hand_in_name());
    for h in hand_ins() {
        assert_valid(
            &hand_in,
            &format!("hand-in of {}", h.plan.id),
            &write_hand_in_file(&h),
        );
    }
}

#[test]
fn written_feedback_files_are_valid_and_wrong_ones_are_not() {
    let schema = validator(&feedback_name());
    let mut first = None;
    for h in hand_ins() {
        let goals: Vec<_> = h
            .plan
            .goals
            .iter()
            .take(2)
            .map(|g| (g.id.clone(), format!("Om «{}»", g.statement)))
            .collect();
        let overrides = match &h.summary.grade {
            Some(g) => vec![(
                Criterion::Sections,
                g.section_max,
                "Alt er med.".to_string(),
            )],
            None => vec![(Criterion::Smart, 3, "Godt.".to_string())],
        };
        let fb = feedback_on(&h, "Bra plan.", &goals, &overrides, now()).unwrap();
        let text = write_feedback_file(&fb);
        assert_valid(&schema, &format!("feedback on {}", h.plan.id), &text);
        first.get_or_insert(text);
    }
    let good: Value = serde_json::from_str(&first.unwrap()).unwrap();
    let mut wrong = good.clone();
    wrong["feedback"]["overrides"][0]["criterion"] = json!("style");
    assert!(!schema.is_valid(&wrong));
    let mut wrong = good.clone();
    wrong["format"] = json!("goal-ladder-plan");
    assert!(!schema.is_valid(&wrong));
    let mut wrong = good;
    wrong["feedback"]["goal_comments"] = json!("none");
    assert!(!schema.is_valid(&wrong));
}

#[test]
fn the_schemas_refuse_other_files_and_wrong_values() {
    let exercise = validator(&exercise_name());
    let hand_in = validator(&hand_in_name());
    let good_exercise: Value =
        serde_json::from_str(&write_exercise_file(&exercises()[0], now())).unwrap();
    let good_hand_in: Value = serde_json::from_str(&write_hand_in_file(&hand_ins()[0])).unwrap();
    assert!(exercise.is_valid(&good_exercise) && hand_in.is_valid(&good_hand_in));

    // Each file kind is refused by the other's schema.
    assert!(!exercise.is_valid(&good_hand_in));
    assert!(!hand_in.is_valid(&good_exercise));

    let exercise_mutations: [Mutation; 3] = [
        ("newer version", |v| {
            v["version"] = json!(EXERCISE_VERSION + 1)
        }),
        ("unknown section", |v| {
            v["exercise"]["required_sections"] = json!(["finance"])
        }),
        ("negative points", |v| {
            v["exercise"]["rubric"]["points_per_section"] = json!(-1)
        }),
    ];
    assert_refused(&exercise, &good_exercise, &exercise_mutations, "exercise");
    let hand_in_mutations: [Mutation; 3] = [
        ("the plan as text", |v| {
            v["hand_in"]["plan"] = json!("my plan")
        }),
        ("a name as a number", |v| {
            v["hand_in"]["student_name"] = json!(7)
        }),
        ("level 9 in the summary", |v| {
            v["hand_in"]["summary"]["goals"][0]["level"] = json!(9)
        }),
    ];
    assert_refused(&hand_in, &good_hand_in, &hand_in_mutations, "hand-in");
}

/// A change to a valid file, named.
type Mutation = (&'static str, fn(&mut Value));

/// Each mutation of a valid file makes it invalid under `validator`.
fn assert_refused(
    validator: &jsonschema::Validator,
    good: &Value,
    mutations: &[Mutation],
    kind: &str,
) {
    for (name, mutate) in mutations {
        let mut bad = good.clone();
        mutate(&mut bad);
        assert!(
            !validator.is_valid(&bad),
            "the {kind} schema accepts: {name}"
        );
    }
}
