//! The route lives in the address's hash, so a link, a bookmark and the back button all work. A route that
//! another page shows (see [`Page`]) is reached by loading that page.

use leptos::prelude::*;

use crate::state::{CurrentPage, CurrentRoute, Page, Route};

pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The route in the address when it belongs to another page than `page`.
pub fn foreign_route(page: Page) -> Option<Route> {
    let route = Route::from_hash(&current_hash());
    (Page::of(&route) != page).then_some(route)
}

/// Loads the page that shows `route`. `replace`: in place of the current entry of the history (the
/// address already names the route, so Back must skip it), else as a new entry.
pub fn leave_for(from: Page, route: &Route, replace: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let url = from.href(route);
    let location = window.location();
    let _ = if replace {
        location.replace(&url)
    } else {
        location.assign(&url)
    };
}

/// Provides the current route, read from the address now and on every hash change, and writes a route
/// set in the app back into the address; a route of another page loads that page.
pub fn provide_route(page: Page) -> RwSignal<Route> {
    provide_context(CurrentPage(page));
    let route = RwSignal::new(Route::from_hash(&current_hash()));
    provide_context(CurrentRoute(route));
    let on_hash = leptos::ev::Custom::<web_sys::Event>::new("hashchange");
    let _ = window_event_listener(on_hash, move |_| {
        route.set(Route::from_hash(&current_hash()))
    });
    Effect::new(move |_| {
        let route = route.get();
        let hash = route.to_hash();
        if Page::of(&route) != page {
            leave_for(page, &route, current_hash() == hash);
        } else if current_hash() != hash {
            if let Some(w) = web_sys::window() {
                let _ = w.location().set_hash(&hash);
            }
        }
    });
    route
}

/// Puts `route` in the address in place of the current entry of the history, then in the app.
pub fn replace_route(route: RwSignal<Route>, next: Route) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ =
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&next.to_hash()));
    }
    route.set(next);
}
