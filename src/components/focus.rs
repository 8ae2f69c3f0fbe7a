use wasm_bindgen::JsCast;

/// Moves focus to the element with `id` once it has been rendered, e.g. the first field of a new item
/// or the goal a warning links to. Tries for a few frames, since a section may render a little later.
pub fn focus_later(id: String) {
    try_focus(id, 10);
}

fn try_focus(id: String, tries_left: u32) {
    leptos::prelude::request_animation_frame(move || {
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        match element {
            Some(element) => {
                let _ = element.focus();
            }
            None if tries_left > 0 => try_focus(id, tries_left - 1),
            None => {}
        }
    });
}
