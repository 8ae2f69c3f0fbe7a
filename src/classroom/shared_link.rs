use leptos::prelude::*;

/// A plan or exercise opened from a link: previewed, then imported as a new plan.
#[component]
pub fn SharedLink(link: String) -> impl IntoView {
    let _ = link;
    view! { <section class="screen"></section> }
}
