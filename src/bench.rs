//! A figure for `scripts/bench`: scoring in the browser build, timed by the browser's clock.

use goal_ladder_core::scoring::{self, GoalInput, PlanContext};
use wasm_bindgen::prelude::wasm_bindgen;

/// Scores `count` varied goals (the same corpus as the native benchmark) and returns the milliseconds
/// it took. Exported for the benchmark script; the app itself never calls it.
#[wasm_bindgen(js_name = benchScoring)]
pub fn bench_scoring(count: usize) -> f64 {
    let goals = scoring::sample_goals(count);
    let ctx = PlanContext::new(crate::browser::today());
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else {
        return f64::NAN;
    };
    let start = performance.now();
    let mut levels = 0u32;
    for text in &goals {
        levels += u32::from(
            scoring::assess(&GoalInput::from_text(text), &ctx)
                .level
                .number(),
        );
    }
    let elapsed = performance.now() - start;
    // Using the result keeps the optimiser from skipping the work.
    if levels == u32::MAX {
        return f64::NAN;
    }
    elapsed
}
