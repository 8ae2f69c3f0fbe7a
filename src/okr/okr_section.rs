use goal_ladder_core::plan::{Objective, ObjectiveId};
use leptos::prelude::*;

use crate::browser;
use crate::components::focus::focus_later;
use crate::i18n::{tr, T};
use crate::okr::objective_card::ObjectiveCard;
use crate::state::use_open_plan;

#[component]
pub fn OkrSection() -> impl IntoView {
    let plan = use_open_plan();
    let ids = move || {
        plan.with(|p| {
            p.objectives
                .iter()
                .map(|o| o.id.clone())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    let add = move |_| {
        let id = ObjectiveId::new(browser::new_id("obj"));
        let focus = format!("objective-{id}");
        plan.update(|p| {
            p.objectives.push(Objective {
                id,
                ..Default::default()
            })
        });
        focus_later(focus);
    };
    view! {
        <section class="screen" aria-labelledby="okr-heading">
            <div class="section-head">
                <h2 id="okr-heading">{tr(T::OkrHeading)}</h2>
                <button class="button primary" data-testid="add-objective" on:click=add>{tr(T::AddObjective)}</button>
            </div>
            <p class="lead">{tr(T::OkrLead)}</p>
            <Show when=move || ids().is_empty()>
                <p class="empty-state">{tr(T::NoObjectives)}</p>
            </Show>
            <ul class="stack" role="list">
                <For each=ids key=|id| id.clone() let(id)>
                    <li><ObjectiveCard id=id /></li>
                </For>
            </ul>
        </section>
    }
}
