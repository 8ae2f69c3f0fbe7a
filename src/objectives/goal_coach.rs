use std::sync::Arc;

use goal_ladder_core::coach::answer::{read_answer, Offer, WayText};
use goal_ladder_core::coach::{self};
use goal_ladder_core::plan::{Goal, GoalId};
use goal_ladder_core::scoring::Assessment;
use goal_ladder_core::Lang;
use leptos::prelude::*;

use crate::browser;
use crate::i18n::{fill, tr, use_lang, T};
use crate::objectives::coach_engine;
use crate::state::{use_open_plan, Action};
use crate::storage;

/// Where the coach's engine stands for one panel.
#[derive(Debug, Clone, PartialEq)]
enum Engine {
    /// Not asked for yet: the panel has not been opened.
    Idle,
    Loading,
    Ready,
    Failed,
}

/// "Improve this goal" on a weak goal's card: the coach's rewrites, each with how to measure it, to put in
/// place of the goal or above it as the main goal. The coach's engine is a wasm of its own, loaded the first
/// time a panel opens (see [`coach_engine`]); rewrites are written only while the panel is open.
#[component]
pub fn GoalCoach(goal: Memo<Option<Goal>>, assessment: Memo<Option<Assessment>>) -> impl IntoView {
    let plan = use_open_plan();
    let lang = use_lang();
    let open = RwSignal::new(false);
    let engine = RwSignal::new(Engine::Idle);
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
    // Loads the engine (once for the page: a panel opened later finds it ready). The panel may be gone by
    // the time the load ends, hence `try_set`.
    let load = move || {
        if coach_engine::is_loaded() {
            engine.set(Engine::Ready);
            return;
        }
        engine.set(Engine::Loading);
        leptos::task::spawn_local(async move {
            let state = if coach_engine::load().await {
                Engine::Ready
            } else {
                Engine::Failed
            };
            let _ = engine.try_set(state);
        });
    };
    let toggle = move |_| {
        open.update(|o| *o = !*o);
        if open.get_untracked() && matches!(engine.get_untracked(), Engine::Idle) {
            load();
        }
    };
    // The whole plan is read (platforms, review date, business goals) only while the panel is open, and
    // handed to the engine as the app stores it. The answer carries the language it was asked in, so a
    // change of language redraws the list, whose labels are then plain text. It is kept as the engine's
    // JSON: an edit that leaves the suggestions as they were (adding a way to Technology) compares equal
    // and redraws nothing, at the cost of comparing strings, not suggestions.
    let answer = Memo::new(move |_| {
        if !open.get() || engine.get() != Engine::Ready {
            return None;
        }
        let id = goal.with(|g| g.as_ref().map(|g| g.id.clone()))?;
        let lang = lang.get();
        let stored = plan.with(|p| storage::plan_text(p, browser::now()))?;
        let today = today.to_string();
        Some((
            lang,
            coach_engine::ask(&stored, id.as_str(), &today, lang.code()),
        ))
    });
    // One kind of line for every state but the list: the loading note, "no rewrite", and a failure (the
    // engine's load, which can be tried again, or its answer); each kind of view costs first-load code.
    let body = move || {
        let (lang, text) = match engine.get() {
            Engine::Idle | Engine::Loading => (lang.get(), T::CoachLoading),
            Engine::Failed => (lang.get(), T::CoachLoadFailed),
            Engine::Ready => match answer.get().map(|(lang, json)| (lang, read_answer(&json))) {
                None => return ().into_any(),
                Some((lang, Err(_))) => (lang, T::CoachFailed),
                Some((lang, Ok(offers))) if offers.is_empty() => (lang, T::CoachNone),
                Some((lang, Ok(offers))) => {
                    return view! {
                        <ol class="coach-list" role="list">
                            {offers.into_iter().map(|offer| view! {
                                <CoachSuggestion offer=offer lang=lang goal=goal close=open />
                            }).collect_view()}
                        </ol>
                    }
                    .into_any()
                }
            },
        };
        let failed = matches!(text, T::CoachLoadFailed | T::CoachFailed);
        let testid = match text {
            T::CoachLoading => "coach-loading",
            T::CoachNone => "coach-none",
            _ => "coach-error",
        };
        view! {
            <p
                class=if failed { "field-error" } else { "hint" }
                role=failed.then_some("alert")
                data-testid=testid
            >
                {text.get(lang)}
            </p>
            {(text == T::CoachLoadFailed).then(|| view! {
                <button type="button" class="button small" data-testid="coach-retry" on:click=move |_| load()>
                    {T::CoachRetry.get(lang)}
                </button>
            })}
        }
        .into_any()
    };
    view! {
        <Show when=weak>
            <div class="goal-coach" data-testid="goal-coach">
                <button
                    type="button"
                    class="button small"
                    data-testid="coach-open"
                    aria-expanded=move || open.get().to_string()
                    aria-controls=panel_id
                    on:click=toggle
                >
                    {tr(T::CoachOpen)}
                </button>
                <div id=panel_id class="coach-panel" aria-live="polite" data-testid="coach-panel">
                    {move || open.get().then(|| view! {
                        <p class="hint">{tr(T::CoachLead)}</p>
                        {body}
                    })}
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
    offer: Offer,
    lang: Lang,
    goal: Memo<Option<Goal>>,
    close: RwSignal<bool>,
) -> impl IntoView {
    let plan = use_open_plan();
    let notices = plan.book().notices();
    let Offer {
        text,
        parts,
        metric,
        level,
        smart,
        why,
        proposals,
        ways,
    } = offer;
    let text = StoredValue::new(text);
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
            T::CoachReplaced.get(lang),
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
            T::CoachMadeMain.get(lang),
            &[("goal", old.statement.trim())],
        );
        notices.push_undo_redo(note.into(), undo, apply);
    };
    let mark = |met: bool| if met { "✓" } else { "✗" };
    let parts = parts
        .into_iter()
        .map(|part| {
            let words = part.words;
            if part.proposed {
                view! {
                    <mark class="coach-proposal" data-testid="coach-proposal" title=T::CoachProposedMark.get(lang)>{words}</mark>
                }
                .into_any()
            } else {
                words.into_any()
            }
        })
        .collect_view();
    let proposed = (!proposals.is_empty()).then(|| {
        let values = fill(
            T::CoachProposed.get(lang),
            &[("values", &proposals.join(", "))],
        );
        view! { <p class="hint" data-testid="coach-proposed">{values}</p> }
    });
    view! {
        <li class="coach-suggestion card" data-testid="coach-suggestion" data-level=level.number().to_string() data-metric=metric>
            <p class="coach-text" data-testid="coach-text">{parts}</p>
            <div class="level-line">
                <span class=format!("level-badge level-{}", level.number())>
                    {format!("{} {}", level.number(), level.name(lang))}
                </span>
                <ul class="smart-row" aria-label=T::SmartChecks.get(lang)>
                    <li class="smart met">{mark(smart.specific)} " " {T::SmartSpecific.get(lang)}</li>
                    <li class="smart met">{mark(smart.measurable)} " " {T::SmartMeasurable.get(lang)}</li>
                    <li class="smart met">{mark(smart.time_bound)} " " {T::SmartTimeBound.get(lang)}</li>
                </ul>
            </div>
            <p class="coach-why">{why}</p>
            {proposed}
            <details class="coach-ways" data-testid="coach-ways">
                <summary>{T::CoachWays.get(lang)}</summary>
                <ul class="coach-way-list" role="list">
                    {ways.into_iter().map(|way| view! { <CoachWay way=way lang=lang /> }).collect_view()}
                </ul>
            </details>
            <div class="actions">
                <button type="button" class="button small" data-testid="coach-replace" on:click=replace>{T::CoachReplace.get(lang)}</button>
                <button type="button" class="button small primary" data-testid="coach-make-main" on:click=make_main>{T::CoachMakeMain.get(lang)}</button>
            </div>
        </li>
    }
}

/// One way to measure the rewrite's metric (in the interface's language `lang`: the engine is asked
/// again when it changes), and the button that adds it to the plan's Technology (once: a way the plan has
/// already shows that instead). Adding is undoable.
#[component]
fn CoachWay(way: WayText, lang: Lang) -> impl IntoView {
    let plan = use_open_plan();
    let WayText { id, text } = way;
    let id = StoredValue::new(id);
    let words = StoredValue::new(text);
    let taken = move || {
        plan.with(|p| id.with_value(|id| p.measuring.iter().any(|m| &m.way == id)))
            .unwrap_or(false)
    };
    let add = move |_| {
        let (way, words) = (id.get_value(), words.get_value());
        let mut added = false;
        plan.update(|p| added = p.add_measuring_way(&way, &words));
        if added {
            let note = fill(T::CoachAddedToTechnology.get(lang), &[("way", &words)]);
            plan.book().notices().push_undo(note.into(), move || {
                plan.update(|p| p.measuring.retain(|m| m.way != way))
            });
        }
    };
    view! {
        <li class="coach-way" data-testid="coach-way" data-way=id.get_value()>
            <span>{words.get_value()}</span>
            " "
            <button type="button" class="button small" data-testid="coach-add-way" disabled=taken on:click=add>
                {move || if taken() { T::CoachInTechnology.get(lang) } else { T::CoachAddToTechnology.get(lang) }}
            </button>
        </li>
    }
}
