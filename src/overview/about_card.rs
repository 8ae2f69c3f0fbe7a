use goal_ladder_core::limits;
use leptos::prelude::*;

use crate::components::fields::TextField;
use crate::i18n::{tr, T};
use crate::state::use_open_plan;

/// The plan's title and the business it is for.
#[component]
pub fn AboutCard() -> impl IntoView {
    let plan = use_open_plan();
    view! {
        <div class="card form-card">
            <h3>{tr(T::AboutBusiness)}</h3>
            <TextField
                label=tr(T::TitleLabel)
                test_id="plan-title-input"
                max=limits::MAX_NAME_CHARS
                value=Signal::derive(move || plan.with(|p| p.title.clone()).unwrap_or_default())
                on_input=move |v: String| plan.update(|p| p.title = v)
            />
            <TextField
                label=tr(T::DescriptionLabel)
                test_id="plan-description-input"
                max=limits::MAX_TEXT_CHARS
                multiline=true
                placeholder=tr(T::DescriptionPlaceholder)
                value=Signal::derive(move || plan.with(|p| p.description.clone()).unwrap_or_default())
                on_input=move |v: String| plan.update(|p| p.description = v)
            />
        </div>
    }
}
