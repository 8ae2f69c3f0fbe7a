//! A figure for `scripts/bench`: scoring in the browser build, timed by the browser's clock.

use goal_ladder_core::scoring::{self, GoalInput, PlanContext};
use wasm_bindgen::prelude::wasm_bindgen;

/// Scores `count` varied goals (the same corpus as the native benchmark) and returns the milliseconds
/// it took. Exported for the benchmark script; the app itself never calls it.
#[wasm_bindgen(js_name = benchScoring)]
pub fn bench_scoring(count: usize) -> f64 {
    let goals = scoring::sample_goals(count);
    let ctx = PlanContext::new(goal_ladder::browser::today());
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

/// Saves and loads a plan of `goals` goals the way the app does (its stored JSON written to and read back
/// from localStorage, under a key no plan uses) and returns `[save ms, load ms, stored characters]`.
#[wasm_bindgen(js_name = benchSaveLoad)]
pub fn bench_save_load(goals: usize) -> Vec<f64> {
    use goal_ladder_core::plan::{BusinessGoal, BusinessGoalId, Goal, GoalId, PlanId};
    use goal_ladder_core::Plan;

    const KEY: &str = "goal-ladder.bench.save-load";
    let now = goal_ladder::browser::now();
    let mut plan = Plan::new(PlanId::new("bench"), "Bench", now);
    let business_goal = BusinessGoalId::new("bg1");
    plan.business_goals.push(BusinessGoal {
        id: business_goal.clone(),
        statement: "More sales".into(),
        ..Default::default()
    });
    for (i, statement) in scoring::sample_goals(goals).into_iter().enumerate() {
        plan.goals.push(Goal {
            id: GoalId::new(format!("g{i}")),
            statement,
            business_goal: Some(business_goal.clone()),
            is_main: i % 10 == 0,
            ..Default::default()
        });
    }
    let (Some(performance), Ok(Some(store))) = (
        web_sys::window().and_then(|w| w.performance()),
        web_sys::window().map_or(Ok(None), |w| w.local_storage()),
    ) else {
        return vec![f64::NAN; 3];
    };
    let start = performance.now();
    let text = goal_ladder::storage::plan_text(&plan, now);
    let stored = store.set_item(KEY, &text).is_ok();
    let saved = performance.now();
    let read = store
        .get_item(KEY)
        .ok()
        .flatten()
        .and_then(|raw| goal_ladder_core::plan_file::read_plan_file(&raw).ok());
    let loaded = performance.now();
    let _ = store.remove_item(KEY);
    match (stored, read) {
        (true, Some(read)) if read.plan.goals.len() == goals => {
            vec![saved - start, loaded - saved, text.len() as f64]
        }
        _ => vec![f64::NAN; 3],
    }
}
