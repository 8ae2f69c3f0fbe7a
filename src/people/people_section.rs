use goal_ladder_core::plan::{Audience, AudienceId};
use leptos::prelude::*;

use crate::browser;
use crate::components::focus::focus_later;
use crate::i18n::{section_name, tr, T};
use crate::people::audience_card::AudienceCard;
use crate::state::use_open_plan;
use goal_ladder_core::classroom::Section;

#[component]
pub fn PeopleSection() -> impl IntoView {
    let plan = use_open_plan();
    let ids = move || {
        plan.with(|p| p.audiences.iter().map(|a| a.id.clone()).collect::<Vec<_>>())
            .unwrap_or_default()
    };
    let add = move |_| {
        let id = AudienceId::new(browser::new_id("aud"));
        let focus_id = format!("audience-name-{id}");
        plan.update(|p| {
            p.audiences.push(Audience {
                id,
                ..Default::default()
            })
        });
        focus_later(focus_id);
    };
    view! {
        <section class="screen" aria-labelledby="people-heading">
            <div class="section-head">
                <h2 id="people-heading">{section_name(Section::People)}</h2>
                <button class="button primary" data-testid="add-audience" on:click=add>{tr(T::AddAudience)}</button>
            </div>
            <p class="lead">{tr(T::PeopleLead)}</p>
            <Show when=move || ids().is_empty()>
                <p class="empty-state">{tr(T::NoAudiences)}</p>
            </Show>
            <ul class="stack" role="list">
                <For each=ids key=|id| id.clone() let(id)>
                    <li><AudienceCard id=id /></li>
                </For>
            </ul>
        </section>
    }
}
