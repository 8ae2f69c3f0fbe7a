//! Scores 1 000 varied goals in the four languages and prints the best and median of several runs.
//!
//!     cargo run --profile native -p goal-ladder-core --example bench_scoring
//!
//! Budget: under 5 ms for the 1 000 goals natively; the coach's suggestions for one goal well under 2 ms.

use std::hint::black_box;
use std::time::Instant;

use goal_ladder_core::coach::suggest;
use goal_ladder_core::plan::{Goal, Plan};
use goal_ladder_core::scoring::{assess, sample_goals, GoalInput, PlanContext};
use goal_ladder_core::Date;

const GOALS: usize = 1000;
const RUNS: usize = 15;

fn main() {
    let goals = sample_goals(GOALS);
    let ctx = PlanContext::new(Date::new(2026, 11, 23).expect("a valid date"));
    let score_all = || {
        for text in &goals {
            black_box(assess(&GoalInput::from_text(black_box(text)), &ctx));
        }
    };
    score_all(); // builds the dictionary once, as the first goal in the browser would
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            score_all();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!(
        "scoring {GOALS} goals natively: {:.2} ms (best of {RUNS}; median {:.2} ms)",
        times[0],
        times[RUNS / 2]
    );
    bench_coach(&goals[..100]);
}

/// The coach reads the goal, writes up to three rewrites and reads each back: the slowest goal counts.
fn bench_coach(texts: &[String]) {
    let today = Date::new(2026, 11, 23).expect("a valid date");
    let plan = Plan::default();
    let mut worst = 0.0_f64;
    let mut total = 0.0;
    for text in texts {
        let goal = Goal {
            statement: text.clone(),
            ..Goal::default()
        };
        let start = Instant::now();
        black_box(suggest(black_box(&goal), &plan, today));
        let ms = start.elapsed().as_secs_f64() * 1000.0;
        worst = worst.max(ms);
        total += ms;
    }
    println!(
        "coach suggestions for one goal natively: {:.3} ms on average, {worst:.3} ms at worst ({} goals)",
        total / texts.len().max(1) as f64,
        texts.len()
    );
}
