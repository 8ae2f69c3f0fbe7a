use std::sync::Arc;

use goal_ladder_core::coach::{self, Suggestion, Way};
use goal_ladder_core::plan::{Goal, GoalId};
use goal_ladder_core::scoring::Assessment;
use leptos::prelude::*;

use crate::browser;
use crate::i18n::{fill, tr, use_lang, T};
use crate::state::{use_open_plan, Action};

/// "Improve this goal" on a weak goal's card: the coach's rewrites, each with how to measure it, to put in
/// place of the goal or above it as the main goal. Rewrites are written only while the panel is open.
#[component]
pub fn GoalCoach(goal: Memo<Option<Goal>>, assessment: Memo<Option<Assessment>>) -> impl IntoView {
    let plan = use_open_plan();
    let open = RwSignal::new(false);
    let today = browser::today();
    let weak = move || {
        let has_words = goal.with(|g| g.as_ref().is_some_and(|g| !g.statement.trim().is_empty()));
        has_words && assessment.with(|a| a.as_ref().is_some_and(coach::is_weak))
    };
    let panel_id = move || {
        goal.with(|g| {
            g.as_ref()
                .map(|g| format!("coach-{}", g.id))
                .unwrap_or_default()
        })
    };
    // The whole plan is read (platforms, review date, business goals) only while the panel is open.
    let suggestions = Memo::new(move |_| {
        if !open.get() {
            return Vec::new();
        }
        let Some(g) = goal.get() else {
            return Vec::new();
        };
        plan.with(|p| coach::suggest(&g, p, today))
            .unwrap_or_default()
    });
    view! {
        <Show when=weak>
            <div class="goal-coach" data-testid="goal-coach">
                <button
                    type="button"
                    class="button small"
                    data-testid="coach-open"
                    aria-expanded=move || open.get().to_string()
                    aria-controls=panel_id
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    {tr(T::CoachOpen)}
                </button>
                <div id=panel_id class="coach-panel" aria-live="polite" data-testid="coach-panel">
                    <Show when=move || open.get()>
                        <p class="hint">{tr(T::CoachLead)}</p>
                        <Show
                            when=move || suggestions.with(|s| !s.is_empty())
                            fallback=move || view! { <p class="hint">{tr(T::CoachNone)}</p> }
                        >
                            <ol class="coach-list" role="list">
                                {move || suggestions.get().into_iter().map(|s| view! {
                                    <CoachSuggestion suggestion=s goal=goal close=open />
                                }).collect_view()}
                            </ol>
                        </Show>
                    </Show>
                </div>
            </div>
        </Show>
    }
}

/// One rewrite: its text (the coach's proposed values marked), level, S/M/T, why, what the coach
/// proposed, how to measure it (each way one click from the plan's Technology), and the two ways to
/// take it. Both are undoable, and an undo can be redone.
#[component]
fn CoachSuggestion(
    suggestion: Suggestion,
    goal: Memo<Option<Goal>>,
    close: RwSignal<bool>,
) -> impl IntoView {
    let plan = use_open_plan();
    let lang = use_lang();
    let notices = plan.book().notices();
    let text = StoredValue::new(suggestion.text.clone());
    let level = suggestion.level;
    let smart = suggestion.smart;
    let proposals = suggestion
        .proposals
        .iter()
        .map(|p| p.value.clone())
        .collect::<Vec<_>>()
        .join(", ");
    let ways = suggestion.ways();
    let replace = move |_| {
        let Some(old) = goal.get_untracked() else {
            return;
        };
        let set = |statement: String| -> Action {
            let id = old.id.clone();
            Arc::new(move || plan.edit_goal(&id, |g| g.statement = statement.clone()))
        };
        let (undo, redo) = (set(old.statement.clone()), set(text.get_value()));
        redo();
        close.set(false);
        let note = fill(
            T::CoachReplaced.get(lang.get_untracked()),
            &[("goal", old.statement.trim())],
        );
        notices.push_undo_redo(note.into(), undo, redo);
    };
    let make_main = move |_| {
        let Some(old) = goal.get_untracked() else {
            return;
        };
        let new_id = GoalId::new(browser::new_id("goal"));
        let main = Goal {
            id: new_id.clone(),
            statement: text.get_value(),
            business_goal: old.business_goal.clone(),
            is_main: true,
            goal_type: old.goal_type,
            ..Goal::default()
        };
        // The old goal stays under the same business goal as the new main goal's indicator, right below
        // it. Redo makes the same change again: the same new goal, with the same id.
        let (old_id, was_main, old_parent) = (old.id.clone(), old.is_main, old.parent.clone());
        let apply: Action = {
            let old_id = old_id.clone();
            Arc::new(move || {
                plan.update(|p| {
                    if p.goals.iter().any(|g| g.id == main.id) {
                        return;
                    }
                    let at = p
                        .goals
                        .iter()
                        .position(|g| g.id == old_id)
                        .unwrap_or(p.goals.len());
                    if let Some(g) = p.goals.iter_mut().find(|g| g.id == old_id) {
                        g.is_main = false;
                        g.parent = Some(main.id.clone());
                    }
                    p.goals.insert(at, main.clone());
                })
            })
        };
        let undo: Action = Arc::new(move || {
            plan.update(|p| {
                p.goals.retain(|g| g.id != new_id);
                if let Some(g) = p.goals.iter_mut().find(|g| g.id == old_id) {
                    g.is_main = was_main;
                    g.parent = old_parent.clone();
                }
            });
        });
        apply();
        close.set(false);
        let note = fill(
            T::CoachMadeMain.get(lang.get_untracked()),
            &[("goal", old.statement.trim())],
        );
        notices.push_undo_redo(note.into(), undo, apply);
    };
    let mark = |met: bool| if met { "✓" } else { "✗" };
    let parts = suggestion
        .parts()
        .into_iter()
        .map(|(words, proposed)| {
            let words = words.to_string();
            if proposed {
                view! {
                    <mark class="coach-proposal" data-testid="coach-proposal" title=move || T::CoachProposedMark.get(lang.get())>{words}</mark>
                }
                .into_any()
            } else {
                words.into_any()
            }
        })
        .collect_view();
    view! {
        <li class="coach-suggestion card" data-testid="coach-suggestion" data-level=level.number().to_string() data-metric=suggestion.metric>
            <p class="coach-text" data-testid="coach-text">{parts}</p>
            <div class="level-line">
                <span class=format!("level-badge level-{}", level.number())>
                    {move || format!("{} {}", level.number(), level.name(lang.get()))}
                </span>
                <ul class="smart-row" aria-label=move || T::SmartChecks.get(lang.get())>
                    <li class="smart met">{mark(smart.specific)} " " {tr(T::SmartSpecific)}</li>
                    <li class="smart met">{mark(smart.measurable)} " " {tr(T::SmartMeasurable)}</li>
                    <li class="smart met">{mark(smart.time_bound)} " " {tr(T::SmartTimeBound)}</li>
                </ul>
            </div>
            <p class="coach-why">{suggestion.why}</p>
            {(!proposals.is_empty()).then(|| {
                let proposals = proposals.clone();
                view! { <p class="hint" data-testid="coach-proposed">{move || fill(T::CoachProposed.get(lang.get()), &[("values", &proposals)])}</p> }
            })}
            <details class="coach-ways" data-testid="coach-ways">
                <summary>{tr(T::CoachWays)}</summary>
                <ul class="coach-way-list" role="list">
                    {ways.iter().copied().map(|way| view! { <CoachWay way=way /> }).collect_view()}
                </ul>
            </details>
            <div class="actions">
                <button type="button" class="button small" data-testid="coach-replace" on:click=replace>{tr(T::CoachReplace)}</button>
                <button type="button" class="button small primary" data-testid="coach-make-main" on:click=make_main>{tr(T::CoachMakeMain)}</button>
            </div>
        </li>
    }
}

/// One way to measure the rewrite's metric, and the button that adds it to the plan's Technology
/// (once: a way the plan has already shows that instead). Adding is undoable.
#[component]
fn CoachWay(way: Way) -> impl IntoView {
    let plan = use_open_plan();
    let lang = use_lang();
    let taken = move || {
        plan.with(|p| p.measuring.iter().any(|m| m.way == way.id))
            .unwrap_or(false)
    };
    let add = move |_| {
        let l = lang.get_untracked();
        let words = way.text(l);
        let mut added = false;
        plan.update(|p| added = p.add_measuring_way(way.id, words));
        if added {
            let note = fill(T::CoachAddedToTechnology.get(l), &[("way", words)]);
            plan.book().notices().push_undo(note.into(), move || {
                plan.update(|p| p.measuring.retain(|m| m.way != way.id))
            });
        }
    };
    view! {
        <li class="coach-way" data-testid="coach-way" data-way=way.id>
            <span>{move || way.text(lang.get())}</span>
            " "
            <button type="button" class="button small" data-testid="coach-add-way" disabled=taken on:click=add>
                {move || if taken() { T::CoachInTechnology.get(lang.get()) } else { T::CoachAddToTechnology.get(lang.get()) }}
            </button>
        </li>
    }
}
