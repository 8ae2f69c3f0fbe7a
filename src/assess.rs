//! The bridge from the open plan to the scorer of `goal-ladder-core`: derived signals the screens share.

use std::sync::Arc;

use goal_ladder_core::plan::{BusinessGoal, Goal, KeyResult};
use goal_ladder_core::scoring;
use goal_ladder_core::warnings::{self, About, SmartTally};
use goal_ladder_core::{LadderLevel, Lang, Plan};
use leptos::prelude::*;

use crate::browser;
use crate::i18n::{use_lang, T};
use crate::state::{use_open_plan, OpenPlan, Tab};

pub use scoring::SUCCESS_SCORE as OKR_SUCCESS;

/// All of a plan that scoring a goal reads: its business goals. Goals scored against this are not
/// re-scored when anything else in the plan changes.
pub fn scoring_context(business_goals: &[BusinessGoal]) -> Plan {
    Plan {
        business_goals: business_goals.to_vec(),
        ..Plan::default()
    }
}

pub fn key_result_score(kr: &KeyResult) -> Option<f64> {
    scoring::score_key_result(kr)
}

/// Advice on the number of key results, in the interface's language.
pub fn key_result_count_advice(count: usize, lang: Lang) -> Option<String> {
    scoring::assess_objective_key_results(count).map(|f| f.message(lang))
}

/// Warnings on a key result's text (a task, not an outcome), in the text's own language: the same
/// reading the overview's list makes ([`scoring::read_key_result`]).
pub fn key_result_warnings(text: &str, _ui: Lang) -> Vec<String> {
    if text.trim().is_empty() {
        return Vec::new();
    }
    let (lang, findings) = scoring::read_key_result(text);
    findings.iter().map(|f| f.message(lang)).collect()
}

/// One problem of the plan, with where to fix it: a section, and the element to focus there.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanWarning {
    pub section: Tab,
    pub focus: Option<String>,
    pub subject: String,
    pub text: String,
    pub rule: &'static str,
}

fn subject(text: &str, fallback: T, lang: Lang) -> String {
    let text = text.trim();
    if text.is_empty() {
        return fallback.get(lang).to_string();
    }
    let short: String = text.chars().take(60).collect();
    if text.chars().count() > 60 {
        format!("{}…", short.trim_end())
    } else {
        short
    }
}

/// One goal of the open plan with the scorer's verdict on it.
#[derive(Debug, Clone)]
pub struct ScoredGoal {
    pub goal: Goal,
    pub assessment: scoring::Assessment,
}

impl ScoredGoal {
    /// The level the goal counts at: the user's own where they set one. Not to be counted for a goal
    /// [`to_check`](Self::to_check).
    pub fn level(&self) -> LadderLevel {
        self.assessment.shown_level()
    }

    /// The scorer could not place the goal and the user has not: it counts on no level.
    pub fn to_check(&self) -> bool {
        self.assessment.needs_check()
    }
}

#[derive(Debug, Clone)]
struct Scored(Arc<Vec<ScoredGoal>>);

impl PartialEq for Scored {
    // Recomputed only when the goals changed, so a new value is a changed one.
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// Every goal of the open plan, scored once per change of the goals or business goals and shared by the
/// views of all goals (ladder, warnings, SMART count). Typing the plan's title or description re-scores
/// nothing: in a 500-goal plan that was three times 500 assessments a keystroke.
#[derive(Debug, Clone, Copy)]
pub struct ScoredGoals(Memo<Scored>);

impl ScoredGoals {
    /// Provided with the open plan; nothing is scored until something reads it.
    pub fn new(plan: OpenPlan) -> Self {
        let today = browser::today();
        let input = Memo::new(move |_| {
            plan.with(|p| (p.goals.clone(), p.business_goals.clone()))
                .unwrap_or_default()
        });
        ScoredGoals(Memo::new(move |_| {
            input.with(|(goals, business_goals)| {
                let context = scoring_context(business_goals);
                Scored(Arc::new(
                    goals
                        .iter()
                        .map(|g| ScoredGoal {
                            goal: g.clone(),
                            assessment: scoring::assess_goal(g, &context, today),
                        })
                        .collect(),
                ))
            })
        }))
    }

    /// Reads the scored goals, tracked.
    pub fn with<R>(&self, f: impl FnOnce(&[ScoredGoal]) -> R) -> R {
        self.0.with(|s| f(&s.0))
    }
}

pub fn use_scored_goals() -> ScoredGoals {
    expect_context::<ScoredGoals>()
}

/// A core warning with where the app shows it and in which words.
fn placed(w: warnings::PlanWarning, ui: Lang) -> PlanWarning {
    let text = w.message(ui);
    let rule = w.rule().id();
    let (section, focus, subject) = match &w.about {
        About::Goal(id) => (
            Tab::Objectives,
            Some(format!("goal-statement-{id}")),
            subject(&w.words, T::GoalStatement, ui),
        ),
        About::Objective(id) => (
            Tab::Okr,
            Some(format!("objective-{id}")),
            subject(&w.words, T::Objective, ui),
        ),
        About::KeyResult(id) => (
            Tab::Okr,
            Some(format!("kr-{id}")),
            subject(&w.words, T::KeyResult, ui),
        ),
        About::Platform(_) => (Tab::Technology, None, w.words.clone()),
        About::Audience(id) => (
            Tab::People,
            Some(format!("audience-name-{id}")),
            subject(&w.words, T::UnnamedAudience, ui),
        ),
    };
    PlanWarning {
        section,
        focus,
        subject,
        text,
        rule,
    }
}

/// Every warning of the open plan: goals, key results and platforms ([`warnings::plan_warnings`]).
pub fn plan_warnings_signal() -> Memo<Vec<PlanWarning>> {
    let plan = use_open_plan();
    let scored = use_scored_goals();
    let lang = use_lang();
    // The goals' warnings change with the goals; the rest is cheap and follows the whole plan.
    let goal_warnings = Memo::new(move |_| {
        let ui = lang.get();
        scored.with(|goals| {
            let pairs: Vec<_> = goals.iter().map(|s| (&s.goal, &s.assessment)).collect();
            warnings::goal_warnings(&pairs)
                .into_iter()
                .map(|w| placed(w, ui))
                .collect::<Vec<_>>()
        })
    });
    Memo::new(move |_| {
        let ui = lang.get();
        let mut out = goal_warnings.get();
        plan.with(|p| {
            out.extend(
                warnings::okr_warnings(p)
                    .into_iter()
                    .chain(warnings::platform_warnings(p))
                    .map(|w| placed(w, ui)),
            );
        });
        out
    })
}

/// SMART checks met, out of all checks, over the goals of the open plan ([`warnings::smart_tally`]).
pub fn smart_completeness_signal() -> Memo<SmartTally> {
    let scored = use_scored_goals();
    Memo::new(move |_| {
        scored.with(|goals| warnings::smart_tally(goals.iter().map(|s| (&s.goal, &s.assessment))))
    })
}

/// A platform none of the audiences is on, and an audience no platform reaches.
pub fn platform_warnings(p: &Plan, ui: Lang) -> Vec<PlanWarning> {
    warnings::platform_warnings(p)
        .into_iter()
        .map(|w| placed(w, ui))
        .collect()
}
