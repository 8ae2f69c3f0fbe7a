use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::class_review::class_table::ClassTable;
use crate::class_review::hand_in_picker::HandInPicker;
use crate::class_review::load::{Outcome, Review};
use crate::class_review::load_report::LoadReport;
use crate::class_review::review_actions::ReviewActions;
use crate::class_review::student_plan::StudentPlan;
use crate::i18n::{counted, fill, tr, use_lang, T};
use crate::plans::import::files_of;

/// The teacher's review of a class: hand-in files in, a sortable table out, each plan readable.
/// The whole screen takes dropped files; the app's own drop handling (plan import) does not see them.
#[component]
pub fn ReviewPage() -> impl IntoView {
    let review = Review::restore();
    provide_context(review);
    let lang = use_lang();
    let dragging = RwSignal::new(false);
    let section = NodeRef::<leptos::html::Section>::new();

    let on_dragover = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        ev.stop_propagation();
        if !dragging.get_untracked() {
            dragging.set(true);
            hide_app_overlay();
        }
    };
    let on_dragleave = move |ev: web_sys::DragEvent| {
        ev.stop_propagation();
        let inside = match (section.get_untracked(), ev.related_target()) {
            (Some(section), Some(to)) => to
                .dyn_ref::<web_sys::Node>()
                .is_some_and(|node| section.contains(Some(node))),
            _ => false,
        };
        if !inside {
            dragging.set(false);
        }
    };
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        ev.stop_propagation();
        dragging.set(false);
        hide_app_overlay();
        review.open.set(None);
        review.load(files_of(ev.data_transfer().and_then(|d| d.files())));
    };

    let status = move || {
        let lang = lang.get();
        match review.outcome.get()? {
            Outcome::Loaded {
                loaded,
                failed,
                replaced,
            } => {
                let mut text = counted(loaded, T::HandInsLoadedOne, T::HandInsLoadedOther, lang);
                if failed > 0 {
                    text.push_str(", ");
                    text.push_str(&counted(
                        failed,
                        T::FilesUnreadOne,
                        T::FilesUnreadOther,
                        lang,
                    ));
                }
                text.push('.');
                if replaced > 0 {
                    text.push(' ');
                    text.push_str(&fill(
                        T::ReviewReplaced.get(lang),
                        &[("n", &replaced.to_string())],
                    ));
                }
                Some(text)
            }
            Outcome::Cleared => Some(T::ReviewCleared.get(lang).to_string()),
        }
    };

    view! {
        <section
            class="screen review"
            class:dragging=move || dragging.get()
            aria-labelledby="review-heading"
            data-testid="review"
            node_ref=section
            on:dragenter=on_dragover
            on:dragover=on_dragover
            on:dragleave=on_dragleave
            on:drop=on_drop
        >
            <h1 id="review-heading">{tr(T::TeacherReview)}</h1>
            <p class="lead">{tr(T::ReviewLead)}</p>
            <p class="review-privacy" data-testid="review-privacy">{tr(T::ReviewPrivacy)}</p>
            <p class="review-status" role="status" data-testid="review-status">{status}</p>
            {move || match review.open.get() {
                Some(index) => view! { <StudentPlan index=index /> }.into_any(),
                None => view! {
                    <HandInPicker dragging=dragging />
                    <LoadReport />
                    <ReviewActions />
                    <ClassTable />
                }
                .into_any(),
            }}
        </section>
    }
}

/// The app shows a "drop to import a plan" overlay while files are dragged over it; over this screen
/// the files go to the review instead, so the overlay is told the drag has left.
fn hide_app_overlay() {
    let app = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".app").ok().flatten());
    if let (Some(app), Ok(leave)) = (app, web_sys::DragEvent::new("dragleave")) {
        let _ = app.dispatch_event(&leave);
    }
}
