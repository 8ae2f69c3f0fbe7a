//! The app's shell: it sets up the shared state (settings, notices, the plan book, the route), follows
//! other tabs, and shows the header and the screen the route names. Each of those jobs is its own module.
//!
//! The app is three pages, each its own wasm (see [`Page`]): the start page ([`App`], index.html: the plan
//! list and share links), the plan page ([`PlanApp`], plan.html: an open plan and the KPI library) and the
//! teacher's review ([`ReviewApp`], review.html). A page links only the screens it shows, so a student's
//! first visit loads the plan list, not the editor.

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
use crate::state::{Notices, Page, PlanBook, Route, Tab};
pub use address::foreign_route;
use file_drop::FileDrop;
use header::{AppHeader, Nav};
pub use review_app::ReviewApp;
pub use settings::{Theme, UiTheme};

/// The start page (index.html): the plans in this browser and the preview of a share link.
#[component]
pub fn App() -> impl IntoView {
    view! { <Shell page=Page::Start screen=start_screen arrive=|_, _| {} /> }
}

fn start_screen(route: &Route) -> AnyView {
    match route {
        Route::Shared(link) => view! { <SharedLink link=link.clone() /> }.into_any(),
        _ => view! { <PlanList /> }.into_any(),
    }
}

/// The plan page (plan.html): an open plan, a new copy of an example, and the KPI library.
#[component]
pub fn PlanApp() -> impl IntoView {
    view! { <Shell page=Page::Plans screen=plan_screen arrive=open_example /> }
}

fn plan_screen(route: &Route) -> AnyView {
    match route {
        Route::Plan(id, _) => view! { <PlanPage id=id.clone() /> }.into_any(),
        Route::Library => view! { <KpiLibrary /> }.into_any(),
        _ => ().into_any(),
    }
}

/// What fills the page under the header. Switching between a plan's section tabs keeps the plan page; only
/// a change of screen rebuilds it, so the plan's tab is left out.
fn screen_of(route: Route) -> Route {
    match route {
        Route::Plan(id, _) => Route::Plan(id, Tab::Overview),
        other => other,
    }
}

/// The shell both the start page and the plan page share; `screen` draws the routes the page shows and
/// `arrive` acts on the address the page was opened with. Both are the page's own, so a page's wasm
/// carries only its own screens.
#[component]
fn Shell(
    page: Page,
    screen: fn(&Route) -> AnyView,
    arrive: fn(PlanBook, RwSignal<Route>),
) -> impl IntoView {
    settings::provide_settings();
    let notices = Notices::new();
    provide_context(notices);
    let book = stored_plans::provide_plan_book(notices);
    let persisted = RwSignal::new(None);
    provide_context(crate::durability::Persistence(persisted));
    crate::durability::request_persistence(persisted);
    let route = address::provide_route(page);
    stored_plans::follow_other_tabs(book, route);
    arrive(book, route);

    let shown = Memo::new(move |_| screen_of(route.get()));
    let current = Signal::derive(move || match route.get() {
        Route::Plans | Route::Plan(..) => Nav::Plans,
        Route::Library => Nav::Library,
        Route::Review => Nav::Review,
        Route::Shared(_) | Route::NewExample(_) => Nav::None,
    });

    view! {
        <FileDrop book=book notices=notices>
            <a class="skip-link" href="#main">{tr(T::SkipToContent)}</a>
            <AppHeader current=current page=page />
            <main id="main" class="app-main" tabindex="-1">
                {move || shown.with(screen)}
            </main>
            <NoticeList />
            <span hidden=true data-testid="app-ready">{ready_mark()}</span>
        </FileDrop>
    }
}

/// Opened with an example's address: adds a new copy of the example and opens it in place of that address,
/// so neither Back nor a reload makes a second copy.
fn open_example(book: PlanBook, route: RwSignal<Route>) {
    use crate::browser;
    use goal_ladder_core::plan::PlanId;
    let Route::NewExample(example) = route.get_untracked() else {
        return;
    };
    let plan = example.build(
        PlanId::new(browser::new_id("plan")),
        browser::now(),
        browser::today(),
    );
    let id = plan.id.clone();
    book.add(plan);
    address::replace_route(route, Route::Plan(id, Tab::Overview));
}

/// Loads the page that shows the address's route in place of this one, when that is not `page`; true if
/// it did (the caller then starts nothing).
pub fn leave_if_foreign(page: Page) -> bool {
    match foreign_route(page) {
        Some(route) => {
            address::leave_for(page, &route, true);
            true
        }
        None => false,
    }
}

/// Marks the moment the app has rendered, for the end-to-end tests and the load benchmark.
fn ready_mark() -> &'static str {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("goal-ladder-ready");
    }
    "ready"
}
