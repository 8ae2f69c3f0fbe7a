use leptos::html::Article;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

/// How far outside the screen an item is still kept built, so scrolling rarely shows a placeholder.
const MARGIN: &str = "1200px 0px";

/// Keeps `near` true while the item is within a screen or so of the viewport, or holds the focus. While it
/// is false the item keeps the height it last had, so letting it go does not move the page.
///
/// A big list builds its heavy items only then. With 500 goal cards on the page the browser itself spent
/// over 20 ms per keystroke (layout, layers and hit testing of every form field), far more than the app.
pub fn follow_nearness(node: NodeRef<Article>, near: RwSignal<bool>) {
    let observer =
        StoredValue::new_local(None::<(IntersectionObserver, Closure<dyn FnMut(js_sys::Array)>)>);
    Effect::new(move |_| {
        let Some(element) = node.get() else { return };
        if observer.with_value(Option::is_some) {
            return;
        }
        let watched = element.clone();
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let seen = entries
                .iter()
                .filter_map(|e| e.dyn_into::<IntersectionObserverEntry>().ok())
                .next_back()
                .map(|e| e.is_intersecting());
            match seen {
                Some(true) => near.set(true),
                // The card being typed in stays, wherever the user scrolls.
                Some(false) if near.get_untracked() && !holds_focus(&watched) => {
                    // Set through the CSSOM: the page's CSP refuses style attributes.
                    let height = format!("{}px", watched.offset_height());
                    let _ = watched.style().set_property("min-height", &height);
                    near.set(false);
                }
                _ => {}
            }
        });
        let options = IntersectionObserverInit::new();
        options.set_root_margin(MARGIN);
        if let Ok(o) =
            IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options)
        {
            o.observe(&element);
            observer.set_value(Some((o, callback)));
        }
    });
    Effect::new(move |_| {
        if near.get() {
            if let Some(element) = node.get_untracked() {
                let _ = element.style().remove_property("min-height");
            }
        }
    });
    on_cleanup(move || {
        observer.with_value(|o| {
            if let Some((o, _)) = o {
                o.disconnect();
            }
        })
    });
}

fn holds_focus(element: &web_sys::Element) -> bool {
    document()
        .active_element()
        .is_some_and(|active| element.contains(Some(&active)))
}
