//! Brings a plan written by an older Goal Ladder up to the current model, one version step at a time.

use serde_json::Value;

use crate::file::{FEEDBACK_VERSION, PLAN_VERSION};

/// Migrates the `plan` object of a file written in `version` to [`PLAN_VERSION`].
/// Each step is a pure function on JSON, so old files keep opening as the model grows. This is the one
/// chain every reader goes through. When raising [`PLAN_VERSION`], keep the fixtures of the old version
/// in `core/tests/fixtures/` (tests check that every version has them and that they still open), add
/// fixtures of the new one, and regenerate the schema (`schema/goal-ladder-plan.v<N>.json`).
pub fn to_current(mut plan: Value, version: u32) -> Value {
    let mut v = version;
    while v < PLAN_VERSION {
        plan = step(plan, v);
        v += 1;
    }
    plan
}

fn step(plan: Value, _from: u32) -> Value {
    // Version 1 is the first; steps are added here as the format changes.
    plan
}

/// Migrates the `feedback` object of a feedback file written in `version` to [`FEEDBACK_VERSION`], one
/// step at a time like [`to_current`]. Version 1 is the first, so there is no step yet.
pub fn feedback_to_current(mut feedback: Value, version: u32) -> Value {
    let mut v = version;
    while v < FEEDBACK_VERSION {
        feedback = feedback_step(feedback, v);
        v += 1;
    }
    feedback
}

fn feedback_step(feedback: Value, _from: u32) -> Value {
    // Steps are added here as the feedback file changes.
    feedback
}
