use leptos::prelude::*;

use crate::i18n::{tr, T};

/// The class table of hand-ins.
#[component]
pub fn ReviewPage() -> impl IntoView {
    view! {
        <section class="screen" aria-labelledby="review-heading">
            <h1 id="review-heading">{tr(T::TeacherReview)}</h1>
        </section>
    }
}
