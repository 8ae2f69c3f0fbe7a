use goal_ladder_core::coach::{self, Suggestion};
use goal_ladder_core::plan::{Goal, GoalId};
use goal_ladder_core::scoring::Assessment;
use leptos::prelude::*;

use crate::browser;
use crate::i18n::{fill, tr, use_lang, T};
use crate::state::use_open_plan;

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

/// One rewrite: its text, level, S/M/T, why, what the coach proposed, how to measure it, and the two
/// ways to take it.
#[component]
fn CoachSuggestion(
    suggestion: Suggestion,
    goal: Memo<Option<Goal>>,
    close: RwSignal<bool>,
) -> impl IntoView {
    let plan = use_open_plan();
    let lang = use_lang();
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
        let id = old.id.clone();
        let new_text = text.get_value();
        plan.edit_goal(&id, |g| g.statement = new_text);
        close.set(false);
        let note = fill(
            T::CoachReplaced.get(lang.get_untracked()),
            &[("goal", old.statement.trim())],
        );
        let before = old.statement;
        plan.book().deleted(note, move || {
            let before = before.clone();
            plan.edit_goal(&id, |g| g.statement = before);
        });
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
        // The old goal stays under the same business goal as the new main goal's indicator, right below it.
        plan.update(|p| {
            let at = p
                .goals
                .iter()
                .position(|g| g.id == old.id)
                .unwrap_or(p.goals.len());
            if let Some(g) = p.goals.iter_mut().find(|g| g.id == old.id) {
                g.is_main = false;
                g.parent = Some(new_id.clone());
            }
            p.goals.insert(at, main);
        });
        close.set(false);
        let note = fill(
            T::CoachMadeMain.get(lang.get_untracked()),
            &[("goal", old.statement.trim())],
        );
        let (old_id, was_main, old_parent) = (old.id.clone(), old.is_main, old.parent.clone());
        plan.book().deleted(note, move || {
            plan.update(|p| {
                p.goals.retain(|g| g.id != new_id);
                if let Some(g) = p.goals.iter_mut().find(|g| g.id == old_id) {
                    g.is_main = was_main;
                    g.parent = old_parent.clone();
                }
            });
        });
    };
    let mark = |met: bool| if met { "✓" } else { "✗" };
    view! {
        <li class="coach-suggestion card" data-testid="coach-suggestion" data-level=level.number().to_string() data-metric=suggestion.metric>
            <p class="coach-text" data-testid="coach-text">{suggestion.text.clone()}</p>
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
            <details class="coach-ways">
                <summary>{tr(T::CoachWays)}</summary>
                <ul>
                    {ways.iter().map(|w| view! { <li>{move || w.text(lang.get())}</li> }).collect_view()}
                </ul>
            </details>
            <div class="actions">
                <button type="button" class="button small" data-testid="coach-replace" on:click=replace>{tr(T::CoachReplace)}</button>
                <button type="button" class="button small primary" data-testid="coach-make-main" on:click=make_main>{tr(T::CoachMakeMain)}</button>
            </div>
        </li>
    }
}
