//! The goal coach's engine: a wasm of its own that the app loads the first time a coach panel opens, so the
//! students' first load does not carry the coach's rules, its templates in four languages and its ways to
//! measure (each rewrite re-checked by the scorer, which this wasm carries a copy of). Built by
//! scripts/build-coach.mjs, a Trunk hook; the app finds its files through index.html's
//! `<meta name="goal-ladder-coach">` and talks to it in JSON (`goal_ladder_core::coach::answer`).
//!
//! It links the domain crate only, none of the app's interface.

use goal_ladder_core::coach::{self, answer};
use wasm_bindgen::prelude::wasm_bindgen;

/// Nothing to start: the app calls the exports.
fn main() {}

/// The suggestions for the goal `goal` of `plan` (the plan's JSON as the app stores it), as of `today`
/// (YYYY-MM-DD), with the ways to measure in the interface language `lang`: an
/// [`answer::Answer`] as JSON. Bad input is an error in the answer, never a panic.
#[wasm_bindgen]
pub fn suggest(plan: &str, goal: &str, today: &str, lang: &str) -> String {
    answer::answer_json(plan, goal, today, lang)
}

/// Runs the goal coach over the weak ones of `count` varied goals (the scoring corpus) in a café plan as of
/// `today` (YYYY-MM-DD), timing the suggestions, and returns `[mean ms per weak goal, slowest goal's ms,
/// weak goals]`. For scripts/bench (tests/e2e/bench/run.mjs loads the engine as the app does); the app
/// itself never calls it.
#[wasm_bindgen(js_name = benchCoach)]
pub fn bench_coach(count: usize, today: &str) -> Vec<f64> {
    use goal_ladder_core::plan::{
        BusinessGoal, BusinessGoalId, Goal, GoalId, Platform, PlatformId,
    };
    use goal_ladder_core::scoring;
    use goal_ladder_core::{Date, Plan};

    let (Some(performance), Ok(today)) = (
        web_sys::window().and_then(|w| w.performance()),
        today.parse::<Date>(),
    ) else {
        return vec![f64::NAN; 3];
    };
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
