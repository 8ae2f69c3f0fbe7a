//! The shell of the review page (review.html, its own wasm): the same settings, notices and header as the
//! main app, around the teacher's review of hand-ins. Plans and the KPI library are in the main app
//! (index.html); the header links there.

use leptos::prelude::*;

use super::header::{AppHeader, Nav};
use super::{ready_mark, settings};
use crate::class_review::review_page::ReviewPage;
use crate::components::notice_list::NoticeList;
use crate::i18n::{tr, T};
use crate::state::{CurrentPage, Notices, Page};

#[component]
pub fn ReviewApp() -> impl IntoView {
    settings::provide_settings();
    provide_context(Notices::new());
    provide_context(CurrentPage(Page::Review));
    // The review screen takes the files dropped on it; a drop beside it (the header) would otherwise make
    // the browser leave the page to show the file.
    let ignore = |ev: web_sys::DragEvent| ev.prevent_default();
    view! {
        <div class="app" on:dragover=ignore on:drop=ignore>
            <a class="skip-link" href="#main">{tr(T::SkipToContent)}</a>
            <AppHeader current=Nav::Review page=Page::Review />
            <main id="main" class="app-main" tabindex="-1">
                <ReviewPage />
            </main>
            <NoticeList />
            <span hidden=true data-testid="app-ready">{ready_mark()}</span>
        </div>
    }
}
