//! The app's shell: it sets up the shared state (settings, notices, the plan book, the route), follows
//! other tabs, and shows the header and the screen the route names. Each of those jobs is its own module.

mod address;
mod file_drop;
mod header;
mod review_app;
mod settings;
mod stored_plans;

use leptos::prelude::*;

use crate::classroom::shared_link::SharedLink;
use crate::components::notice_list::NoticeList;
use crate::i18n::{tr, T};
use crate::library::kpi_library::KpiLibrary;
use crate::open_plan::plan_page::PlanPage;
use crate::plans::plan_list::PlanList;
use crate::state::{Notices, Route};
use file_drop::FileDrop;
pub use header::REVIEW_PAGE;
use header::{AppHeader, Nav};
pub use review_app::ReviewApp;
pub use settings::{Theme, UiTheme};

/// What fills the page under the header; a plan's section tabs are within `Plan`. The teacher's review
/// is a page of its own (review.html, [`ReviewApp`]): students never load it.
#[derive(Debug, Clone, PartialEq)]
enum Screen {
    Plans,
    Plan(goal_ladder_core::plan::PlanId),
    Library,
    Shared(String),
}

#[component]
pub fn App() -> impl IntoView {
    settings::provide_settings();
    let notices = Notices::new();
    provide_context(notices);
    let book = stored_plans::provide_plan_book(notices);
    let persisted = RwSignal::new(None);
    provide_context(crate::durability::Persistence(persisted));
    crate::durability::request_persistence(persisted);
    let route = address::provide_route();
    stored_plans::follow_other_tabs(book, route);

    // Switching between a plan's sections keeps the plan page; only a change of screen rebuilds it.
    let screen = Memo::new(move |_| match route.get() {
        Route::Plans => Screen::Plans,
        Route::Plan(id, _) => Screen::Plan(id),
        Route::Library => Screen::Library,
        // The review's old address (`#/review`, in bookmarks and links) leads to its page.
        Route::Review => {
            open_review_page();
            Screen::Plans
        }
        Route::Shared(link) => Screen::Shared(link),
    });
    let current = Signal::derive(move || match screen.get() {
        Screen::Plans | Screen::Plan(_) => Nav::Plans,
        Screen::Library => Nav::Library,
        Screen::Shared(_) => Nav::None,
    });

    view! {
        <FileDrop book=book notices=notices>
            <a class="skip-link" href="#main">{tr(T::SkipToContent)}</a>
            <AppHeader current=current home="" />
            <main id="main" class="app-main" tabindex="-1">
                {move || match screen.get() {
                    Screen::Plans => view! { <PlanList /> }.into_any(),
                    Screen::Plan(id) => view! { <PlanPage id=id /> }.into_any(),
                    Screen::Library => view! { <KpiLibrary /> }.into_any(),
                    Screen::Shared(link) => view! { <SharedLink link=link /> }.into_any(),
                }}
            </main>
            <NoticeList />
            <span hidden=true data-testid="app-ready">{ready_mark()}</span>
        </FileDrop>
    }
}

/// Goes to the review page in place of the current address, so Back skips the address that led here.
pub fn open_review_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().replace(REVIEW_PAGE);
    }
}

/// Marks the moment the app has rendered, for the end-to-end tests and the load benchmark.
fn ready_mark() -> &'static str {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("goal-ladder-ready");
    }
    "ready"
}
