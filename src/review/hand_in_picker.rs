use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{tr, use_lang, T};
use crate::plans::import::files_of;
use crate::review::load::Review;

/// The file picker for hand-ins (many at once), in the box that shows where files can be dropped.
#[component]
pub fn HandInPicker(dragging: RwSignal<bool>) -> impl IntoView {
    let review = expect_context::<Review>();
    let lang = use_lang();
    let on_change = move |ev: web_sys::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let files = files_of(input.files());
        // Clearing lets the same files be picked again.
        input.set_value("");
        review.load(files);
    };
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
