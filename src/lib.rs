//! Goal Ladder in the browser: renders the domain of `goal-ladder-core` and wires it to signals and storage.

pub mod assess;
pub mod browser;
pub mod class_review;
pub mod classroom;
pub mod components;
pub mod durability;
pub mod i18n;
pub mod library;
pub mod objectives;
pub mod okr;
pub mod open_plan;
pub mod overview;
pub mod people;
pub mod plans;
pub mod pwa;
pub mod state;
pub mod storage;
pub mod strategy;
pub mod technology;

mod app;

pub use app::{App, PlanApp, ReviewApp};
use state::Page;

/// Mounts the start page (index.html) on the page's body. Called once by `main`.
pub fn start() {
    start_page(Page::Start, || leptos::mount::mount_to_body(App));
}

/// Mounts the plan page (plan.html) on the page's body. Called once by the `plan` binary.
pub fn start_plan() {
    start_page(Page::Plans, || leptos::mount::mount_to_body(PlanApp));
}

/// An address of another page (a bookmark of a plan on index.html, the review's old `#/review`) loads that
/// page instead, with the loading note still shown meanwhile.
fn start_page(page: Page, mount: impl FnOnce()) {
    if app::leave_if_foreign(page) {
        return;
    }
    // With "goal-ladder-ready" (set when the first screen is built) this splits the load benchmark's time
    // to ready into loading and compiling the wasm, and the app's own start.
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("goal-ladder-start");
    }
    remove_loading_note();
    mount();
    crate::pwa::register_service_worker();
}

/// Mounts the teacher's review (review.html) on the page's body. Called once by the `review` binary.
pub fn start_review() {
    remove_loading_note();
    leptos::mount::mount_to_body(ReviewApp);
    crate::pwa::register_service_worker();
}

/// Takes away index.html's (or review.html's) loading note once the app is about to draw.
fn remove_loading_note() {
    if let Some(loading) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app-loading"))
    {
        loading.remove();
    }
}
