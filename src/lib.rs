//! Goal Ladder in the browser: renders the domain of `goal-ladder-core` and wires it to signals and storage.

pub mod assess;
pub mod bench;
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

pub use app::{App, ReviewApp};

/// Mounts the app on the page's body. Called once by `main`.
pub fn start() {
    // The review's old address leads to its own page, with the loading note still shown meanwhile.
    if web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .as_deref()
        == Some("#/review")
    {
        app::open_review_page();
        return;
    }
    // With "goal-ladder-ready" (set when the first screen is built) this splits the load benchmark's time
    // to ready into loading and compiling the wasm, and the app's own start.
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("goal-ladder-start");
    }
    remove_loading_note();
    leptos::mount::mount_to_body(App);
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
