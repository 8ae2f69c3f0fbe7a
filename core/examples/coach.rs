//! Suggests better goals for the evaluation's goals: JSON lines in (`id`, `text`, optional `business_goal`
//! and `goal_type`), one JSON line out per goal with its `id` and `suggestions` (`text`, `level`, `smart`).
//!
//!     cargo run --release -p goal-ladder-core --example coach < goals.jsonl

use std::io::{self, BufRead, BufWriter, Write};

use goal_ladder_core::coach::suggest;
use goal_ladder_core::goal_type::GoalType;
use goal_ladder_core::plan::{BusinessGoal, BusinessGoalId, Goal, GoalId, Plan};
use goal_ladder_core::Date;
use serde_json::{json, Value};

fn main() -> io::Result<()> {
    // The coach never reads a clock; a fixed "today" keeps the output reproducible.
    let today = Date::new(2026, 11, 23).expect("a valid date");
    let stdin = io::stdin();
    let mut out = BufWriter::new(io::stdout().lock());
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let row: Value = match serde_json::from_str(&line) {
            Ok(v) => v,
            Err(e) => {
                eprintln!("line {}: not JSON: {e}", n + 1);
                continue;
            }
        };
        let mut plan = Plan::default();
        let mut goal = Goal {
            id: GoalId::new("g"),
            statement: row["text"].as_str().unwrap_or_default().to_string(),
            goal_type: serde_json::from_value::<GoalType>(row["goal_type"].clone()).ok(),
            ..Goal::default()
        };
        if let Some(statement) = row["business_goal"].as_str() {
            plan.business_goals.push(BusinessGoal {
                id: BusinessGoalId::new("b"),
                statement: statement.to_string(),
                approaches: Vec::new(),
            });
            goal.business_goal = Some(BusinessGoalId::new("b"));
        }
        let suggestions: Vec<Value> = suggest(&goal, &plan, today)
            .iter()
            .map(|s| {
                json!({
                    "text": s.text,
                    "level": s.level.number(),
                    "metric": s.metric,
                    "smart": {
                        "specific": s.smart.specific,
                        "measurable": s.smart.measurable,
                        "time_bound": s.smart.time_bound,
                    },
                    "why": s.why,
                    "proposed": s.proposals.iter().map(|p| p.value.as_str()).collect::<Vec<_>>(),
                })
            })
            .collect();
        writeln!(
            out,
            "{}",
            json!({ "id": row["id"], "suggestions": suggestions })
        )?;
    }
    out.flush()
}
