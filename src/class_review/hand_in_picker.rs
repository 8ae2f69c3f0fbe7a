use leptos::prelude::*;

use crate::class_review::load::Review;
use crate::i18n::{tr, use_lang, T};
use crate::plans::import::take_picked_files;

/// The file picker for hand-ins (many at once), in the box that shows where files can be dropped.
#[component]
pub fn HandInPicker(dragging: RwSignal<bool>) -> impl IntoView {
    let review = expect_context::<Review>();
    let lang = use_lang();
    let on_change = move |ev: web_sys::Event| review.load(take_picked_files(&ev));
    view! {
        <div class="review-drop" class:active=move || dragging.get() data-testid="review-drop">
            <label class="button primary file-button">
                <input
                    type="file"
                    accept=".json,application/json"
                    multiple=true
                    class="visually-hidden"
                    data-testid="review-input"
                    on:change=on_change
                />
                <span>{tr(T::ReviewPick)}</span>
            </label>
            <p class="hint">
                {move || if dragging.get() { T::ReviewDropActive } else { T::ReviewDropHint }.get(lang.get())}
            </p>
        </div>
    }
}
