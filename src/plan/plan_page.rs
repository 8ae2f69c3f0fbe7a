use goal_ladder_core::plan::PlanId;
use leptos::prelude::*;

use crate::i18n::{tr, use_lang, T};
use crate::plans::export::export_plan;
use crate::state::{Notices, PlanBook, Route};

/// The opened plan. A plan that is not here (deleted, or a stale link) leads back to the list.
#[component]
pub fn PlanPage(id: PlanId) -> impl IntoView {
    let book = expect_context::<PlanBook>();
    let notices = expect_context::<Notices>();
    let lang = use_lang();
    let id = StoredValue::new(id);
    let exists = move || book.with_plan(&id.get_value(), |_| ()).is_some();
    let field = move |f: fn(&goal_ladder_core::Plan) -> String| move || book.with_plan(&id.get_value(), f).unwrap_or_default();

    view! {
        <Show
            when=exists
            fallback=move || view! {
                <p class="empty-state">
                    <a href=Route::Plans.to_hash()>{tr(T::AllPlans)}</a>
                </p>
            }
        >
            <article class="plan-page">
                <nav class="breadcrumbs">
                    <a href=Route::Plans.to_hash() data-testid="back-to-plans">"← " {tr(T::AllPlans)}</a>
                </nav>
                <div class="section-head">
                    <h1 data-testid="plan-heading">{field(|p| p.display_title().to_string())}</h1>
                    <div class="actions">
                        <button
                            class="button secondary"
                            data-testid="export-plan"
                            on:click=move |_| {
                                if let Some(plan) = book.plan(&id.get_value()) {
                                    export_plan(&plan, notices, lang.get_untracked());
                                }
                            }
                        >
                            {tr(T::Export)}
                        </button>
                    </div>
                </div>
                <div class="card form-card">
                    <label class="field">
                        <span>{tr(T::TitleLabel)}</span>
                        <input
                            type="text"
                            data-testid="plan-title-input"
                            prop:value=field(|p| p.title.clone())
                            on:input=move |ev| {
                                let value = event_target_value(&ev);
                                book.update(&id.get_value(), |p| p.title = value);
                            }
                        />
                    </label>
                    <label class="field">
                        <span>{tr(T::DescriptionLabel)}</span>
                        <textarea
                            rows="4"
                            data-testid="plan-description-input"
                            placeholder=tr(T::DescriptionPlaceholder)
                            prop:value=field(|p| p.description.clone())
                            on:input=move |ev| {
                                let value = event_target_value(&ev);
                                book.update(&id.get_value(), |p| p.description = value);
                            }
                        ></textarea>
                    </label>
                </div>
            </article>
        </Show>
    }
}
