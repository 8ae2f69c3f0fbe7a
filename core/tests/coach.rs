//! The coach over every goal of the public set and of our corpus's dev files (never `test2.jsonl`, the
//! scorer's held-out half): each suggestion is placed by the scorer as it claims, and every weak goal
//! with words gets at least one.

use std::path::{Path, PathBuf};
use std::time::Instant;

use goal_ladder_core::coach::{self, is_weak};
use goal_ladder_core::plan::{BusinessGoal, BusinessGoalId, Goal, GoalId, Plan};
use goal_ladder_core::scoring::assess_goal;
use goal_ladder_core::Date;
use serde_json::Value;

fn today() -> Date {
    Date::new(2026, 11, 23).expect("a date")
}

fn sets() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    let public = dir.join("../../shared/eval/goals.jsonl");
    if public.exists() {
        out.push(public);
    } else {
        println!("{} is not beside the repository: skipped", public.display());
    }
    let mut dev: Vec<PathBuf> = std::fs::read_dir(dir.join("tests/corpus"))
        .expect("the corpus folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.starts_with("dev") && name.ends_with(".jsonl")
        })
        .collect();
    dev.sort();
    out.extend(dev);
    out
}

fn goals(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .expect("a JSONL file")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("a JSON line");
            v["text"].as_str().unwrap_or_default().to_string()
        })
        .collect()
}

/// The same goals alone and under a café's business goal, so both the defaults and a plan's aim are used.
fn plans() -> [Plan; 2] {
    let mut cafe = Plan::default();
    cafe.business_goals.push(BusinessGoal {
        id: BusinessGoalId::new("b1"),
        statement: "More guests".into(),
        approaches: Vec::new(),
    });
    [Plan::default(), cafe]
}

#[test]
fn every_suggestion_scores_as_claimed_and_every_weak_goal_gets_one() {
    let (mut n, mut weak, mut offered, mut dropped, mut none) = (0, 0, 0, 0, Vec::new());
    let mut slowest = 0.0_f64;
    for path in sets() {
        for text in goals(&path) {
            for plan in plans() {
                let goal = Goal {
                    id: GoalId::new("g"),
                    statement: text.clone(),
                    business_goal: plan.business_goals.first().map(|b| b.id.clone()),
                    ..Goal::default()
                };
                n += 1;
                let start = Instant::now();
                let coached = coach::coach(&goal, &plan, today());
                slowest = slowest.max(start.elapsed().as_secs_f64() * 1000.0);
                dropped += coached.dropped;
                let a = assess_goal(&goal, &plan, today());
                if is_weak(&a) {
                    weak += 1;
                    if coached.suggestions.is_empty() {
                        none.push(text.clone());
                    }
                }
                for s in &coached.suggestions {
                    offered += 1;
                    let rewritten = Goal {
                        statement: s.text.clone(),
                        business_goal: goal.business_goal.clone(),
                        is_main: true,
                        ..Goal::default()
                    };
                    let r = assess_goal(&rewritten, &plan, today());
                    assert_eq!(r.level, s.level, "{} (from {text})", s.text);
                    assert!(s.level.fits_main_goal(), "{}", s.text);
                    assert_eq!(r.metric, Some(s.metric), "{}", s.text);
                    assert!(
                        r.smart.specific.is_met()
                            && r.smart.measurable.is_met()
                            && r.smart.time_bound.is_met(),
                        "{} (from {text})",
                        s.text
                    );
                    for p in &s.proposals {
                        assert!(s.text.contains(&p.value), "{} lacks {:?}", s.text, p);
                    }
                }
            }
        }
    }
    println!(
        "coach: {n} goal readings, {weak} weak, {offered} suggestions, {dropped} rewrites dropped by the check, {} weak goals with none; slowest {slowest:.2} ms (debug build)",
        none.len()
    );
    assert!(none.is_empty(), "weak goals with no suggestion: {none:#?}");
}
