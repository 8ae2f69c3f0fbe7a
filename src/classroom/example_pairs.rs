use goal_ladder_core::classroom::example_pairs;
use leptos::prelude::*;

use crate::i18n::{tr, use_lang, T};

/// Weak goals next to stronger versions of them, to show what a better goal looks like.
#[component]
pub fn ExamplePairs() -> impl IntoView {
    let lang = use_lang();
    view! {
        <details class="card example-pairs" data-testid="example-pairs">
            <summary><h3>{tr(T::BetterGoals)}</h3></summary>
            <ul class="stack" role="list">
                {move || {
                    let ui = lang.get();
                    // Only the pairs in the interface's language: a gallery in four languages at once
                    // reads as noise to a student.
                    example_pairs()
                        .iter()
                        .filter(|p| p.lang == ui)
                        .map(|pair| view! {
                            <li class="pair" lang=pair.lang.code()>
                                <p class="weak"><span class="badge bad">{T::Weak.get(ui)}</span> " " {pair.weak}</p>
                                <p class="strong"><span class="badge good">{T::Strong.get(ui)}</span> " " {pair.strong}</p>
                                <p class="hint">{pair.change}</p>
                            </li>
                        })
                        .collect_view()
                }}
            </ul>
        </details>
    }
}
