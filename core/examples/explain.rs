//! Prints what the scorer read in one goal: `echo "text" | cargo run -p goal-ladder-core --example explain`.

use std::io::Read;

use goal_ladder_core::scoring::{assess, GoalInput, PlanContext};
use goal_ladder_core::Date;

fn main() {
    let mut text = String::new();
    if std::io::stdin().read_to_string(&mut text).is_err() {
        return;
    }
    let Some(today) = Date::new(2026, 11, 23) else {
        return;
    };
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let a = assess(&GoalInput::from_text(line), &PlanContext::new(today));
        println!("{line}");
        println!(
            "  level {} metric {:?} unsure {:?} lang {:?}",
            a.level.number(),
            a.metric,
            a.unsure,
            a.lang
        );
        for e in &a.evidence {
            println!("  {:?} {:?} {:?}", e.role, e.words(line), e.metric);
        }
    }
}
