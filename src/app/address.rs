//! The route lives in the address's hash, so a link, a bookmark and the back button all work.

use leptos::prelude::*;

use crate::state::{CurrentRoute, Route};

fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Provides the current route, read from the address now and on every hash change, and writes a route
/// set in the app back into the address.
pub fn provide_route() -> RwSignal<Route> {
    let route = RwSignal::new(Route::from_hash(&current_hash()));
    provide_context(CurrentRoute(route));
    let on_hash = leptos::ev::Custom::<web_sys::Event>::new("hashchange");
    let _ = window_event_listener(on_hash, move |_| {
        route.set(Route::from_hash(&current_hash()))
    });
    Effect::new(move |_| {
        let hash = route.get().to_hash();
        if current_hash() != hash {
            if let Some(w) = web_sys::window() {
                let _ = w.location().set_hash(&hash);
            }
        }
    });
    route
}
