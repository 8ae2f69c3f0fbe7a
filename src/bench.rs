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

/// Saves and loads a plan of `goals` goals the way the app does (its stored JSON written to and read back
/// from localStorage, under a key no plan uses) and returns `[save ms, load ms, stored characters]`.
#[wasm_bindgen(js_name = benchSaveLoad)]
pub fn bench_save_load(goals: usize) -> Vec<f64> {
    use goal_ladder_core::plan::{BusinessGoal, BusinessGoalId, Goal, GoalId, PlanId};
    use goal_ladder_core::Plan;

    const KEY: &str = "goal-ladder.bench.save-load";
    let now = crate::browser::now();
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
    let text = crate::storage::plan_text(&plan, now);
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

/// Runs the goal coach over the weak ones of `count` varied goals (the scoring corpus) in a café plan,
/// timing the suggestions, and returns `[mean ms per weak goal, slowest goal's ms, weak goals]`.
/// Exported for the benchmark script; the app itself never calls it.
#[cfg(feature = "coach")]
#[wasm_bindgen(js_name = benchCoach)]
pub fn bench_coach(count: usize) -> Vec<f64> {
    use goal_ladder_core::coach;
    use goal_ladder_core::plan::{
        BusinessGoal, BusinessGoalId, Goal, GoalId, Platform, PlatformId,
    };
    use goal_ladder_core::Plan;

    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else {
        return vec![f64::NAN; 3];
    };
    let today = crate::browser::today();
    let mut plan = Plan::default();
    plan.business_goals.push(BusinessGoal {
        id: BusinessGoalId::new("b"),
        statement: "More guests".into(),
        ..Default::default()
    });
    plan.platforms.push(Platform {
        id: PlatformId::new("p"),
        name: "Instagram".into(),
    });
    let weak: Vec<Goal> = scoring::sample_goals(count)
        .into_iter()
        .enumerate()
        .map(|(i, statement)| Goal {
            id: GoalId::new(format!("g{i}")),
            statement,
            business_goal: Some(BusinessGoalId::new("b")),
            ..Default::default()
        })
        .filter(|goal| coach::is_weak(&scoring::assess_goal(goal, &plan, today)))
        .collect();
    // Three passes: the mean comes from the fastest pass's total (the browser's clock is too coarse
    // for one goal), the slowest goal from each goal's best run (on a busy machine one run can be
    // stopped by the scheduler for many milliseconds, which says nothing about the coach).
    let (mut best_pass, mut offered) = (f64::INFINITY, 0usize);
    let mut per_goal = vec![f64::INFINITY; weak.len()];
    for _ in 0..3 {
        let pass = performance.now();
        for (goal, best) in weak.iter().zip(per_goal.iter_mut()) {
            let start = performance.now();
            offered += coach::suggest(goal, &plan, today).len();
            *best = best.min(performance.now() - start);
        }
        best_pass = best_pass.min(performance.now() - pass);
    }
    let slowest = per_goal.iter().copied().fold(0.0, f64::max);
    let (total, weak) = (best_pass, weak.len());
    // Using the result keeps the optimiser from skipping the work.
    if weak == 0 || offered == usize::MAX {
        return vec![f64::NAN; 3];
    }
    vec![total / weak as f64, slowest, weak as f64]
}
