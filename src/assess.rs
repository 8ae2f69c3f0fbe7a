//! The bridge from the open plan to the scorer of `goal-ladder-core`: derived signals the screens share.

use std::sync::Arc;

use goal_ladder_core::plan::{BusinessGoal, Goal, KeyResult};
use goal_ladder_core::scoring;
use goal_ladder_core::technology::{self, PlatformWarning};
use goal_ladder_core::{LadderLevel, Lang, Plan};
use leptos::prelude::*;

use crate::browser;
use crate::i18n::{fill, use_lang, T};
use crate::state::{use_open_plan, OpenPlan, Section};

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

/// Warnings on a key result's text (a task, not an outcome), in the text's own language.
pub fn key_result_warnings(text: &str, _ui: Lang) -> Vec<String> {
    if text.trim().is_empty() {
        return Vec::new();
    }
    let lang = text_lang(text);
    scoring::assess_key_result(text, Some(lang))
        .iter()
        .map(|f| f.message(lang))
        .collect()
}

/// The language a text is written in, as the scorer reads it.
fn text_lang(text: &str) -> Lang {
    scoring::assess(
        &scoring::GoalInput::from_text(text),
        &scoring::PlanContext::new(browser::today()),
    )
    .lang
}

/// One problem of the plan, with where to fix it: a section, and the element to focus there.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanWarning {
    pub section: Section,
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

/// A plan whose main goals all sit on levels 1-3 while a sub-goal reaches 4 or 5: the goal that matters
/// most is there, only not marked as the main one.
/// A main goal to check may well be on 4-5, so it is no evidence that none is.
fn unpromoted_goal(goals: &[ScoredGoal], ui: Lang) -> Option<PlanWarning> {
    let high = |s: &&ScoredGoal| !s.to_check() && s.level() >= LadderLevel::Interaction;
    if goals
        .iter()
        .filter(|s| s.goal.is_main)
        .any(|s| s.to_check() || high(&s))
    {
        return None;
    }
    let candidate = goals.iter().filter(|s| !s.goal.is_main).find(high)?;
    Some(PlanWarning {
        section: Section::Objectives,
        focus: Some(format!("goal-statement-{}", candidate.goal.id)),
        subject: subject(&candidate.goal.statement, T::GoalStatement, ui),
        text: fill(
            T::MakeMainGoal.get(ui),
            &[("level", &candidate.level().number().to_string())],
        ),
        rule: "ladder.no_main_goal_high",
    })
}

/// Every warning of the open plan: goals, key results and platforms.
pub fn plan_warnings_signal() -> Memo<Vec<PlanWarning>> {
    let plan = use_open_plan();
    let scored = use_scored_goals();
    let lang = use_lang();
    // The goals' warnings change with the goals; the rest is cheap and follows the whole plan.
    let goal_warnings = Memo::new(move |_| {
        let ui = lang.get();
        scored.with(|goals| {
            let mut out: Vec<PlanWarning> = goals
                .iter()
                .flat_map(|s| {
                    let a = &s.assessment;
                    let focus = Some(format!("goal-statement-{}", s.goal.id));
                    // An empty goal has nothing to judge, and no language of its own to judge it in.
                    if s.goal.statement.trim().is_empty() {
                        return vec![PlanWarning {
                            section: Section::Objectives,
                            focus,
                            subject: T::GoalStatement.get(ui).to_string(),
                            text: T::EmptyGoal.get(ui).to_string(),
                            rule: "goal.empty",
                        }];
                    }
                    a.advice
                        .iter()
                        .filter(|f| f.rule.is_warning())
                        .map(|f| PlanWarning {
                            section: Section::Objectives,
                            focus: focus.clone(),
                            subject: subject(&s.goal.statement, T::GoalStatement, ui),
                            text: f.message(a.advice_lang(ui)),
                            rule: f.rule.id(),
                        })
                        .collect::<Vec<_>>()
                })
                .collect();
            out.extend(unpromoted_goal(goals, ui));
            out
        })
    });
    Memo::new(move |_| {
        let ui = lang.get();
        let mut out = goal_warnings.get();
        plan.with(|p| {
            for o in &p.objectives {
                if let Some(f) = scoring::assess_objective_key_results(o.key_results.len()) {
                    out.push(PlanWarning {
                        section: Section::Okr,
                        focus: Some(format!("objective-{}", o.id)),
                        subject: subject(&o.statement, T::Objective, ui),
                        text: f.message(ui),
                        rule: f.rule.id(),
                    });
                }
                for kr in &o.key_results {
                    if kr.statement.trim().is_empty() {
                        continue;
                    }
                    let kl = text_lang(&kr.statement);
                    for f in scoring::assess_key_result(&kr.statement, Some(kl)) {
                        out.push(PlanWarning {
                            section: Section::Okr,
                            focus: Some(format!("kr-{}", kr.id)),
                            subject: subject(&kr.statement, T::KeyResult, ui),
                            text: f.message(kl),
                            rule: f.rule.id(),
                        });
                    }
                }
            }
            out.extend(platform_warnings(p, ui));
        });
        out
    })
}

/// SMART checks met, out of all checks, over the goals of the open plan.
pub fn smart_completeness_signal() -> Memo<Option<(usize, usize)>> {
    let scored = use_scored_goals();
    Memo::new(move |_| {
        scored.with(|goals| {
            let checks: Vec<bool> = goals
                .iter()
                .filter(|s| !s.goal.statement.trim().is_empty())
                .flat_map(|s| {
                    let smart = &s.assessment.smart;
                    [
                        smart.specific.is_met(),
                        smart.measurable.is_met(),
                        smart.attainable.is_met(),
                        smart.relevant.is_met(),
                        smart.time_bound.is_met(),
                    ]
                })
                .collect();
            (!checks.is_empty()).then(|| (checks.iter().filter(|c| **c).count(), checks.len()))
        })
    })
}

/// A platform none of the audiences is on, and an audience no platform reaches.
pub fn platform_warnings(p: &Plan, ui: Lang) -> Vec<PlanWarning> {
    technology::warnings(p)
        .into_iter()
        .map(|w| match w {
            PlatformWarning::NoAudience(id) => {
                let name = p
                    .platforms
                    .iter()
                    .find(|x| x.id == id)
                    .map(|x| x.name.clone())
                    .unwrap_or_default();
                PlanWarning {
                    section: Section::Technology,
                    focus: None,
                    subject: name.clone(),
                    text: fill(T::PlatformNoAudience.get(ui), &[("platform", &name)]),
                    rule: "technology.platform_without_audience",
                }
            }
            PlatformWarning::Unreached(id) => {
                let name = p
                    .audiences
                    .iter()
                    .find(|a| a.id == id)
                    .map(|a| a.name.clone())
                    .unwrap_or_default();
                let name = subject(&name, T::UnnamedAudience, ui);
                PlanWarning {
                    section: Section::People,
                    focus: Some(format!("audience-name-{id}")),
                    subject: name.clone(),
                    text: fill(T::AudienceUnreached.get(ui), &[("audience", &name)]),
                    rule: "technology.audience_unreached",
                }
            }
        })
        .collect()
}
