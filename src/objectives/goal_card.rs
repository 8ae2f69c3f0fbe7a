use goal_ladder_core::plan::{Goal, GoalId};
use goal_ladder_core::scoring;
use leptos::prelude::*;

use crate::browser;
use crate::i18n::{fill, tr, use_lang, T};
use crate::objectives::goal_details::GoalDetails;
use crate::objectives::goal_feedback::GoalFeedback;
use crate::objectives::measurements::Measurements;
use crate::state::{use_open_plan, OpenPlan};

/// Applies an edit to one goal of the open plan.
pub fn edit_goal(plan: OpenPlan, id: &GoalId, edit: impl FnOnce(&mut Goal)) {
    plan.update(|p| {
        if let Some(g) = p.goals.iter_mut().find(|g| &g.id == id) {
            edit(g);
        }
    });
}

/// One social goal: its statement, the live feedback on it, and its numbers.
#[component]
pub fn GoalCard(id: GoalId) -> impl IntoView {
    let plan = use_open_plan();
    let lang = use_lang();
    let id = StoredValue::new(id);
    // Each card follows only its own goal, so typing in one goal does not redraw the others.
    let goal = Memo::new(move |_| {
        plan.with(|p| p.goals.iter().find(|g| g.id == id.get_value()).cloned())
            .flatten()
    });
    let today = browser::today();
    let assessment = Memo::new(move |_| {
        goal.with(|g| {
            g.as_ref()
                .and_then(|g| plan.with(|p| scoring::assess_goal(g, p, today)))
        })
    });
    let shown_level = move || {
        assessment.with(|a| {
            a.as_ref()
                .map(|a| a.level_override.unwrap_or(a.level).number().to_string())
        })
    };
    let statement =
        move || goal.with(|g| g.as_ref().map(|g| g.statement.clone()).unwrap_or_default());
    let is_main = move || goal.with(|g| g.as_ref().is_some_and(|g| g.is_main));
    let remove = move |_| {
        let mut removed = None;
        plan.update(|p| {
            if let Some(i) = p.goals.iter().position(|g| g.id == id.get_value()) {
                removed = Some((i, p.goals.remove(i)));
            }
        });
        if let Some((i, kept)) = removed {
            let text = fill(
                T::GoalDeleted.get(lang.get_untracked()),
                &[("goal", kept.statement.trim())],
            );
            plan.book().deleted(text, move || {
                plan.update(|p| p.goals.insert(i.min(p.goals.len()), kept.clone()))
            });
        }
    };
    let statement_id = move || format!("goal-statement-{}", id.get_value());
    view! {
        <article class="goal-card" class:main=is_main data-level=shown_level data-testid="goal-card" id=move || format!("goal-{}", id.get_value())>
            <div class="goal-main">
                <label class="field">
                    <span>{tr(T::GoalStatement)}</span>
                    <textarea
                        rows="2"
                        id=statement_id
                        data-testid="goal-statement"
                        placeholder=tr(T::GoalPlaceholder)
                        prop:value=statement
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            edit_goal(plan, &id.get_value(), |g| g.statement = v);
                        }
                    ></textarea>
                </label>
                <label class="check">
                    <input
                        type="checkbox"
                        data-testid="goal-is-main"
                        prop:checked=is_main
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            edit_goal(plan, &id.get_value(), |g| g.is_main = on);
                        }
                    />
                    <span>{tr(T::MainGoal)}</span>
                </label>
            </div>
            <GoalFeedback goal=goal assessment=assessment />
            <details class="goal-more">
                <summary>{tr(T::GoalNumbers)}</summary>
                <GoalDetails goal=goal />
                <Measurements goal=goal />
            </details>
            <div class="actions end">
                <button class="button small danger-text" on:click=remove>{tr(T::DeleteGoal)}</button>
            </div>
        </article>
    }
}
