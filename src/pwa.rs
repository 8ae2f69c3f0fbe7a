//! Offline use: registers the service worker (`sw.js`, built from `public/sw.js`) that keeps the app's own
//! files, so that after one visit the app opens and works with no network, and a new build is picked up
//! on the next visit.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{RegistrationOptions, ServiceWorkerContainer};

/// Registers `./sw.js` for the page's own directory once the page has loaded, so the worker's downloads
/// do not compete with the first start.
///
/// Does nothing where service workers are unavailable (plain http on a host other than localhost, browsers
/// or modes without them) and reports nothing when the registration is refused: the app works the same
/// without the worker, only not offline.
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if !window.is_secure_context() {
        return;
    }
    // `navigator.serviceWorker` is missing in some contexts and its getter throws in others.
    let Some(container) =
        js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("serviceWorker"))
            .ok()
            .and_then(|found| found.dyn_into::<ServiceWorkerContainer>().ok())
    else {
        return;
    };
    let loaded = window
        .document()
        .is_some_and(|document| document.ready_state() == "complete");
    if loaded {
        register(&container);
    } else {
        let later = Closure::once_into_js(move || register(&container));
        let _ = window.add_event_listener_with_callback("load", later.unchecked_ref());
    }
}

fn register(container: &ServiceWorkerContainer) {
    let options = RegistrationOptions::new();
    options.set_scope("./");
    let registration = container.register_with_options("./sw.js", &options);
    wasm_bindgen_futures::spawn_local(async move {
        // A refusal (a host that serves no sw.js, storage turned off) leaves the app as it is.
        let _ = wasm_bindgen_futures::JsFuture::from(registration).await;
    });
}
