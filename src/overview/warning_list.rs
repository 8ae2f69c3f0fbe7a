use leptos::prelude::*;

use crate::assess;
use crate::components::focus::focus_later;
use crate::i18n::{tr, use_lang, T};
use crate::state::{use_open_plan, Route};

/// Every warning of the plan in one list, each linking to where it can be fixed.
#[component]
pub fn WarningList() -> impl IntoView {
    let plan = use_open_plan();
    let warnings = assess::plan_warnings_signal();
    let nothing_yet = move || {
        plan.with(|p| p.goals.is_empty() && p.objectives.is_empty() && p.platforms.is_empty())
            .unwrap_or(true)
    };
    let lang = use_lang();
    let all_clear = move || {
        let text = if nothing_yet() {
            T::NothingToCheckYet
        } else {
            T::NoWarnings
        };
        text.get(lang.get())
    };
    view! {
        <section class="card" aria-labelledby="warnings-heading">
            <h3 id="warnings-heading">{tr(T::Warnings)}</h3>
            <Show when=move || !warnings.get().is_empty() fallback=move || view! { <p class="hint" data-testid="no-warnings">{all_clear}</p> }>
                <ul class="warnings" role="list" data-testid="warning-list">
                    {move || warnings
                        .get()
                        .into_iter()
                        .map(|w| {
                            let href = Route::Plan(plan.id(), w.section).to_hash();
                            let focus = w.focus.clone();
                            view! {
                                <li class="warning-item" data-rule=w.rule>
                                    <a href=href on:click=move |_| {
                                        if let Some(id) = focus.clone() {
                                            focus_later(id);
                                        }
                                    }>{w.subject}</a>
                                    <span>{w.text}</span>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </Show>
        </section>
    }
}
