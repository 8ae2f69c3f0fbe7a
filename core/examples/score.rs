//! Scores goals for the evaluation: JSON lines in (`id`, optional `lang`, `text`), JSON lines out.
//!
//!     cargo run --release -p goal-ladder-core --example score < goals.jsonl > pred.jsonl
//!
//! A SMART criterion counts as true only when it is fully met; "partly" is false.

use std::io::{self, BufRead, BufWriter, Write};

use goal_ladder_core::scoring::{assess, GoalInput, PlanContext};
use goal_ladder_core::{Date, Lang};
use serde_json::{json, Value};

fn main() -> io::Result<()> {
    // The scorer never reads a clock; a fixed "today" keeps the output reproducible.
    let today = Date::new(2026, 11, 23).expect("a valid date");
    let ctx = PlanContext::new(today);
    let stdin = io::stdin();
    let mut out = BufWriter::new(io::stdout().lock());
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let goal: Value = match serde_json::from_str(&line) {
            Ok(v) => v,
            Err(e) => {
                eprintln!("line {}: not JSON: {e}", n + 1);
                continue;
            }
        };
        let text = goal["text"].as_str().unwrap_or_default();
        let lang = goal["lang"].as_str().and_then(Lang::from_tag);
        // An optional business goal the goal serves: relevance and the vanity rule read it.
        let business_goal = goal["business_goal"].as_str();
        let input = GoalInput {
            lang,
            business_goal,
            ..GoalInput::from_text(text)
        };
        let mut ctx = ctx.clone();
        ctx.business_goals.extend(business_goal);
        let a = assess(&input, &ctx);
        let row = json!({
            "id": goal["id"],
            "level": a.level.number(),
            "aim_level": a.aim_level.map(|l| l.number()),
            "specific": a.smart.specific.is_met(),
            "measurable": a.smart.measurable.is_met(),
            "time_bound": a.smart.time_bound.is_met(),
            "baseline": a.figures.baseline,
            "target": a.figures.target,
            "deadline": a.figures.deadline.map(|d| d.to_string()),
            // For reading the scorer's misses: how the level was found and by which metric.
            "confidence": a.confidence,
            "metric": a.metric,
        });
        let mut row = row;
        if a.unsure.is_some() {
            row["unsure"] = Value::Bool(true);
        }
        if business_goal.is_some() {
            row["relevant"] = Value::Bool(a.smart.relevant.is_met());
            row["advice"] = a
                .advice
                .iter()
                .map(|f| Value::String(f.message(a.advice_lang(a.lang))))
                .collect();
        }
        writeln!(out, "{row}")?;
    }
    out.flush()
}
