use goal_ladder_core::plan::{BusinessGoal, BusinessGoalId};
use leptos::prelude::*;

use crate::browser;
use crate::classroom::example_pairs::ExamplePairs;
use crate::components::focus::focus_later;
use crate::i18n::{section_name, tr, T};
use crate::objectives::business_goal_card::{BusinessGoalCard, GoalList};
use crate::state::use_open_plan;
use goal_ladder_core::classroom::Section;

#[component]
pub fn ObjectivesSection() -> impl IntoView {
    let plan = use_open_plan();
    let ids = move || {
        plan.with(|p| {
            p.business_goals
                .iter()
                .map(|b| b.id.clone())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    let has_unlinked = move || {
        plan.with(|p| {
            p.goals.iter().any(|g| {
                g.business_goal
                    .as_ref()
                    .is_none_or(|b| !p.business_goals.iter().any(|x| &x.id == b))
            })
        })
        .unwrap_or(false)
    };
    let add = move |_| {
        let id = BusinessGoalId::new(browser::new_id("bg"));
        let focus = format!("business-goal-{id}");
        plan.update(|p| {
            p.business_goals.push(BusinessGoal {
                id,
                ..Default::default()
            })
        });
        focus_later(focus);
    };
    view! {
        <section class="screen" aria-labelledby="objectives-heading">
            <div class="section-head">
                <h2 id="objectives-heading">{section_name(Section::Objectives)}</h2>
                <button class="button primary" data-testid="add-business-goal" on:click=add>{tr(T::AddBusinessGoal)}</button>
            </div>
            <p class="lead">{tr(T::ObjectivesLead)}</p>
            <ExamplePairs />
            <Show when=move || ids().is_empty()>
                <p class="empty-state">{tr(T::NoBusinessGoals)}</p>
            </Show>
            <ul class="stack" role="list">
                <For each=ids key=|id| id.clone() let(id)>
                    <li><BusinessGoalCard id=id /></li>
                </For>
            </ul>
            <Show when=has_unlinked>
                <section class="card business-goal-card unlinked">
                    <h3>{tr(T::UnlinkedGoals)}</h3>
                    <GoalList business_goal=None />
                </section>
            </Show>
        </section>
    }
}
