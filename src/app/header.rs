//! The page's header: the brand, the main navigation (marking the current screen) and the settings.

use leptos::prelude::*;

use crate::components::settings_bar::SettingsBar;
use crate::i18n::{tr, T};
use crate::state::{Page, Route};

/// The entry of the main navigation the page shows, marked as the current one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Nav {
    Plans,
    Library,
    Review,
    /// A screen of no entry (a share link's preview).
    None,
}

/// The header of every page (`page`, the one it is on: each link leads to the page that shows it).
#[component]
pub(super) fn AppHeader(#[prop(into)] current: Signal<Nav>, page: Page) -> impl IntoView {
    let mark = move |nav: Nav| move || (current.get() == nav).then_some("page");
    let (plans, library, review) = (
        page.href(&Route::Plans),
        page.href(&Route::Library),
        page.href(&Route::Review),
    );
    view! {
        <header class="app-header">
            <a class="brand" href=plans.clone()>
                <LadderMark />
                <span class="brand-text">
                    <span class="brand-name">{tr(T::AppName)}</span>
                    <span class="brand-tagline">{tr(T::Tagline)}</span>
                </span>
            </a>
            <nav class="top-nav" aria-label=tr(T::MainNavigation)>
                <a href=plans aria-current=mark(Nav::Plans)>{tr(T::NavPlans)}</a>
                <a href=library data-testid="nav-library" aria-current=mark(Nav::Library)>{tr(T::KpiLibrary)}</a>
                <a href=review data-testid="nav-review" aria-current=mark(Nav::Review)>{tr(T::TeacherReview)}</a>
            </nav>
            <SettingsBar />
        </header>
    }
}

/// The ladder motif: five rungs, the top two (where main goals belong) in the accent colour.
#[component]
fn LadderMark() -> impl IntoView {
    view! {
        <svg class="ladder-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <rect x="6" y="2" width="3" height="28" rx="1.5" class="rail" />
            <rect x="23" y="2" width="3" height="28" rx="1.5" class="rail" />
            <rect x="8" y="5" width="16" height="3" rx="1" class="rung top" />
            <rect x="8" y="10.5" width="16" height="3" rx="1" class="rung top" />
            <rect x="8" y="16" width="16" height="3" rx="1" class="rung" />
            <rect x="8" y="21.5" width="16" height="3" rx="1" class="rung" />
            <rect x="8" y="27" width="16" height="2.5" rx="1" class="rung" />
        </svg>
    }
}
