use goal_ladder_core::limits;
use goal_ladder_core::plan::{BusinessGoalId, Goal, GoalId};
use leptos::prelude::*;

use crate::browser;
use crate::components::focus::focus_later;
use crate::i18n::{fill, tr, use_lang, T};
use crate::objectives::goal_card::GoalCard;
use crate::state::use_open_plan;

/// A business goal with the social goals that serve it.
#[component]
pub fn BusinessGoalCard(id: BusinessGoalId) -> impl IntoView {
    let plan = use_open_plan();
    let lang = use_lang();
    let id = StoredValue::new(id);
    let statement = move || {
        plan.with(|p| {
            p.business_goals
                .iter()
                .find(|b| b.id == id.get_value())
                .map(|b| b.statement.clone())
        })
        .flatten()
        .unwrap_or_default()
    };
    let remove = move |_| {
        let mut removed = None;
        plan.update(|p| {
            if let Some(i) = p.business_goals.iter().position(|b| b.id == id.get_value()) {
                removed = Some((i, p.business_goals.remove(i)));
                // Goals stay in the plan, unlinked, so no written goal is lost with its business goal.
                for g in p
                    .goals
                    .iter_mut()
                    .filter(|g| g.business_goal.as_ref() == Some(&id.get_value()))
                {
                    g.business_goal = None;
                }
            }
        });
        if let Some((i, kept)) = removed {
            let text = fill(
                T::BusinessGoalDeleted.get(lang.get_untracked()),
                &[("goal", kept.statement.trim())],
            );
            plan.book().deleted(text, move || {
                plan.update(|p| {
                    p.business_goals
                        .insert(i.min(p.business_goals.len()), kept.clone())
                })
            });
        }
    };
    view! {
        <section class="card business-goal-card" data-testid="business-goal">
            <div class="business-goal-head">
                <label class="field grow">
                    <span>{tr(T::BusinessGoal)}</span>
                    <input
                        type="text"
                        id=move || format!("business-goal-{}", id.get_value())
                        data-testid="business-goal-input"
                        placeholder=tr(T::BusinessGoalPlaceholder)
                        maxlength=limits::MAX_STATEMENT_CHARS
                        prop:value=statement
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            plan.update(|p| {
                                if let Some(b) = p.business_goals.iter_mut().find(|b| b.id == id.get_value()) {
                                    b.statement = v;
                                }
                            });
                        }
                    />
                </label>
                <button class="button small danger-text" on:click=remove>{tr(T::Delete)}</button>
            </div>
            <GoalList business_goal=Some(id.get_value()) />
        </section>
    }
}

/// From this many goals in a plan, goal cards far from the screen are not built.
const WINDOW_FROM: usize = 40;

/// The goals under one business goal (or under none), with a button to add another.
#[component]
pub fn GoalList(business_goal: Option<BusinessGoalId>) -> impl IntoView {
    let plan = use_open_plan();
    let business_goal = StoredValue::new(business_goal);
    let ids = move || {
        plan.with(|p| {
            let bg = business_goal.get_value();
            p.goals
                .iter()
                .filter(|g| match &bg {
                    Some(b) => g.business_goal.as_ref() == Some(b),
                    None => g
                        .business_goal
                        .as_ref()
                        .is_none_or(|b| !p.business_goals.iter().any(|x| &x.id == b)),
                })
                .map(|g| g.id.clone())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    let add = move |_| {
        let id = GoalId::new(browser::new_id("goal"));
        let focus = format!("goal-statement-{id}");
        let today = browser::today();
        plan.update(|p| {
            let first = !p
                .goals
                .iter()
                .any(|g| g.business_goal == business_goal.get_value());
            p.goals.push(Goal {
                id,
                business_goal: business_goal.get_value(),
                is_main: first,
                start: Some(today),
                ..Default::default()
            })
        });
        focus_later(focus);
    };
    // A big plan builds only the goal cards near the screen (see GoalCard); a small one builds them all.
    let windowed = plan
        .book()
        .with_plan_untracked(&plan.id(), |p| p.goals.len() > WINDOW_FROM)
        .unwrap_or(false);
    view! {
        <ul class="goal-list" role="list">
            <For each=ids key=|id| id.clone() let(id)>
                <li><GoalCard id=id windowed=windowed /></li>
            </For>
        </ul>
        <Show when=move || business_goal.get_value().is_some()>
            <button class="button secondary small" data-testid="add-goal" on:click=add>{tr(T::AddGoal)}</button>
        </Show>
    }
}
