//! The parts of a student's plan beside its goals, read-only and in the editor's order: the audiences
//! (People), the strategy and the platforms (Technology). A teacher grading a plan reads all of it.

use goal_ladder_core::classroom::Section;
use goal_ladder_core::plan::{Audience, Plan};
use leptos::prelude::*;

use crate::i18n::{use_lang, T};

/// The audiences, each with its description and the platforms it is reached on.
#[component]
pub fn ReviewedPeople(plan: StoredValue<Plan>) -> impl IntoView {
    let lang = use_lang();
    let audiences = plan.with_value(|p| p.audiences.clone());
    let platform_names = move |audience: &Audience| {
        plan.with_value(|p| {
            audience
                .platforms
                .iter()
                .filter_map(|id| p.platforms.iter().find(|x| &x.id == id))
                .map(|x| x.name.trim().to_string())
                .filter(|name| !name.is_empty())
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    view! {
        <section class="card" aria-labelledby="student-people-heading" data-testid="student-people">
            <h3 id="student-people-heading">{move || Section::People.name(lang.get())}</h3>
            {if audiences.is_empty() {
                view! { <p class="hint">{move || T::ReviewNoAudiences.get(lang.get())}</p> }.into_any()
            } else {
                view! {
                    <ul class="stack">
                        {audiences
                            .into_iter()
                            .map(|audience| {
                                let platforms = platform_names(&audience);
                                let description = audience.description.trim().to_string();
                                view! {
                                    <li data-testid="reviewed-audience">
                                        <strong>{audience.name.clone()}</strong>
                                        {(!platforms.is_empty()).then(|| view! { <span class="audience-platforms">" · " {platforms}</span> })}
                                        {(!description.is_empty()).then(|| view! { <p class="plan-description">{description}</p> })}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>
    }
}

/// The strategy as the student wrote it.
#[component]
pub fn ReviewedStrategy(plan: StoredValue<Plan>) -> impl IntoView {
    let lang = use_lang();
    let text = plan.with_value(|p| p.strategy.text.trim().to_string());
    view! {
        <section class="card" aria-labelledby="student-strategy-heading" data-testid="student-strategy">
            <h3 id="student-strategy-heading">{move || Section::Strategy.name(lang.get())}</h3>
            {if text.is_empty() {
                view! { <p class="hint">{move || T::ReviewNoStrategy.get(lang.get())}</p> }.into_any()
            } else {
                view! { <p class="plan-description">{text}</p> }.into_any()
            }}
        </section>
    }
}

/// The platforms the plan chose.
#[component]
pub fn ReviewedTechnology(plan: StoredValue<Plan>) -> impl IntoView {
    let lang = use_lang();
    let names: Vec<String> = plan.with_value(|p| {
        p.platforms
            .iter()
            .map(|x| x.name.trim().to_string())
            .filter(|name| !name.is_empty())
            .collect()
    });
    view! {
        <section class="card" aria-labelledby="student-technology-heading" data-testid="student-technology">
            <h3 id="student-technology-heading">{move || Section::Technology.name(lang.get())}</h3>
            {if names.is_empty() {
                view! { <p class="hint">{move || T::ReviewNoPlatforms.get(lang.get())}</p> }.into_any()
            } else {
                view! { <p data-testid="reviewed-platforms">{names.join(", ")}</p> }.into_any()
            }}
        </section>
    }
}
