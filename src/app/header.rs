//! The page's header: the brand, the main navigation (marking the current screen) and the settings.

use leptos::prelude::*;

use super::Screen;
use crate::components::settings_bar::SettingsBar;
use crate::i18n::{tr, T};

#[component]
pub(super) fn AppHeader(screen: Memo<Screen>) -> impl IntoView {
    view! {
        <header class="app-header">
            <a class="brand" href="#/">
                <LadderMark />
                <span class="brand-text">
                    <span class="brand-name">{tr(T::AppName)}</span>
                    <span class="brand-tagline">{tr(T::Tagline)}</span>
                </span>
            </a>
            <nav class="top-nav" aria-label=tr(T::MainNavigation)>
                <a href="#/" aria-current=move || matches!(screen.get(), Screen::Plans | Screen::Plan(_)).then_some("page")>{tr(T::NavPlans)}</a>
                <a href="#/library" data-testid="nav-library" aria-current=move || matches!(screen.get(), Screen::Library).then_some("page")>{tr(T::KpiLibrary)}</a>
                <a href="#/review" data-testid="nav-review" aria-current=move || matches!(screen.get(), Screen::Review).then_some("page")>{tr(T::TeacherReview)}</a>
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
