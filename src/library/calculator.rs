use goal_ladder_core::catalogue::Formula;
use goal_ladder_core::numerals::with_unit;
use leptos::prelude::*;

use crate::components::fields::parse_number;
use crate::i18n::{decimal, tr, use_lang, T};

/// Computes a rate metric from the numbers the user types.
#[component]
pub fn Calculator(formula: Formula) -> impl IntoView {
    let lang = use_lang();
    let values: Vec<RwSignal<String>> = formula
        .inputs
        .iter()
        .map(|_| RwSignal::new(String::new()))
        .collect();
    let values = StoredValue::new(values);
    let result = move || {
        let numbers: Option<Vec<f64>> =
            values.with_value(|v| v.iter().map(|s| parse_number(&s.get())).collect());
        numbers.and_then(|n| formula.compute(&n))
    };
    view! {
        <details class="calculator">
            <summary>{tr(T::Calculate)}</summary>
            <div class="grid-2">
                {formula
                    .inputs
                    .iter()
                    .enumerate()
                    .map(|(i, input)| {
                        let signal = values.with_value(|v| v[i]);
                        view! {
                            <label class="field">
                                <span>{move || input.name.get(lang.get())}</span>
                                <input type="text" inputmode="decimal" data-testid=format!("calc-{}", input.key) prop:value=move || signal.get() on:input=move |ev| signal.set(event_target_value(&ev)) />
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
            <p class="calc-result" role="status" data-testid="calc-result">
                {move || result().map(|r| format!("= {}", with_unit(&decimal(r, 2, lang.get()), formula.unit, lang.get()))).unwrap_or_default()}
            </p>
        </details>
    }
}
