//! The parts of a student's plan beside its goals, read-only and in the editor's order: the audiences
//! (People), the strategy and the platforms (Technology). A teacher grading a plan reads all of it.

use goal_ladder_core::classroom::Section;
use goal_ladder_core::plan::{Audience, Plan};
use leptos::prelude::*;

use crate::i18n::{use_lang, T};

/// A part of the plan as a card: the part's name as its heading, then its content, or `empty` where
/// the student left the part empty.
fn part_card(
    section: Section,
    key: &'static str,
    empty: T,
    content: Option<AnyView>,
) -> impl IntoView {
    let lang = use_lang();
    let content = content.unwrap_or_else(|| {
        view! { <p class="hint">{move || empty.get(lang.get())}</p> }.into_any()
    });
    view! {
        <section class="card" aria-labelledby=format!("student-{key}-heading") data-testid=format!("student-{key}")>
            <h3 id=format!("student-{key}-heading")>{move || section.name(lang.get())}</h3>
            {content}
        </section>
    }
}

/// The audiences, each with its description and the platforms it is reached on.
#[component]
pub fn ReviewedPeople(plan: StoredValue<Plan>) -> impl IntoView {
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
    let list = (!audiences.is_empty()).then(|| {
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
    });
    part_card(Section::People, "people", T::ReviewNoAudiences, list)
}

/// The strategy as the student wrote it.
#[component]
pub fn ReviewedStrategy(plan: StoredValue<Plan>) -> impl IntoView {
    let text = plan.with_value(|p| p.strategy.text.trim().to_string());
    let written =
        (!text.is_empty()).then(|| view! { <p class="plan-description">{text}</p> }.into_any());
    part_card(Section::Strategy, "strategy", T::ReviewNoStrategy, written)
}

/// The platforms the plan chose.
#[component]
pub fn ReviewedTechnology(plan: StoredValue<Plan>) -> impl IntoView {
    let names: Vec<String> = plan.with_value(|p| {
        p.platforms
            .iter()
            .map(|x| x.name.trim().to_string())
            .filter(|name| !name.is_empty())
            .collect()
    });
    let chosen = (!names.is_empty())
        .then(|| view! { <p data-testid="reviewed-platforms">{names.join(", ")}</p> }.into_any());
    part_card(
        Section::Technology,
        "technology",
        T::ReviewNoPlatforms,
        chosen,
    )
}
