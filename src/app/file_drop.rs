//! Files dropped anywhere on the page are imported (plans, exercises, hand-ins each go where they belong).

use leptos::prelude::*;

use crate::plans::import::{files_of, import_files, ImportZone};
use crate::state::{Notices, PlanBook};

/// The page's outer box: takes dropped files and shows the drop zone while files are dragged over it.
#[component]
pub fn FileDrop(book: PlanBook, notices: Notices, children: Children) -> impl IntoView {
    let lang = crate::i18n::use_lang();
    let dragging = RwSignal::new(false);
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        let files = files_of(ev.data_transfer().and_then(|d| d.files()));
        if !files.is_empty() {
            import_files(files, book, notices, lang.get_untracked());
        }
    };
    view! {
        <div
            class="app"
            on:dragover=move |ev: web_sys::DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |ev: web_sys::DragEvent| {
                if ev.related_target().is_none() {
                    dragging.set(false);
                }
            }
            on:drop=on_drop
        >
            {children()}
            <ImportZone active=dragging />
        </div>
    }
}
