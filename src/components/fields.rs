//! Labelled form fields bound to a value of the open plan: the label is always there for screen readers.

use goal_ladder_core::Date;
use leptos::prelude::*;

/// Reads a number as people type it: "10 000", "10,5", "1.5".
pub fn parse_number(text: &str) -> Option<f64> {
    let cleaned: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .collect();
    let cleaned = cleaned.trim_end_matches('%');
    // A comma is a decimal sign unless a dot is there too (then it separates thousands).
    let normal = if cleaned.contains('.') {
        cleaned.replace(',', "")
    } else {
        cleaned.replace(',', ".")
    };
    normal.parse::<f64>().ok().filter(|v| v.is_finite())
}

fn number_text(value: Option<f64>) -> String {
    value
        .map(|v| {
            if v.fract() == 0.0 && v.abs() < 1e15 {
                format!("{v:.0}")
            } else {
                v.to_string()
            }
        })
        .unwrap_or_default()
}

#[component]
pub fn TextField(
    #[prop(into)] label: Signal<&'static str>,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_input: Callback<String>,
    #[prop(optional, into)] placeholder: Option<Signal<&'static str>>,
    #[prop(optional, into)] test_id: Option<&'static str>,
    #[prop(optional)] multiline: bool,
    #[prop(optional, into)] id: Option<String>,
) -> impl IntoView {
    let input = move |ev| on_input.run(event_target_value(&ev));
    let placeholder = move || placeholder.map(|p| p.get()).unwrap_or("");
    view! {
        <label class="field">
            <span>{move || label.get()}</span>
            {if multiline {
                view! { <textarea rows="3" id=id data-testid=test_id placeholder=placeholder prop:value=move || value.get() on:input=input></textarea> }.into_any()
            } else {
                view! { <input type="text" id=id data-testid=test_id placeholder=placeholder prop:value=move || value.get() on:input=input /> }.into_any()
            }}
        </label>
    }
}

/// A number field that accepts local formats; an empty field is "not known".
#[component]
pub fn NumberField(
    #[prop(into)] label: Signal<&'static str>,
    #[prop(into)] value: Signal<Option<f64>>,
    #[prop(into)] on_change: Callback<Option<f64>>,
    #[prop(optional, into)] test_id: Option<&'static str>,
    #[prop(optional, into)] id: Option<String>,
) -> impl IntoView {
    view! {
        <label class="field">
            <span>{move || label.get()}</span>
            <input
                type="text"
                inputmode="decimal"
                id=id
                data-testid=test_id
                prop:value=move || number_text(value.get())
                on:change=move |ev| on_change.run(parse_number(&event_target_value(&ev)))
            />
        </label>
    }
}

#[component]
pub fn DateField(
    #[prop(into)] label: Signal<&'static str>,
    #[prop(into)] value: Signal<Option<Date>>,
    #[prop(into)] on_change: Callback<Option<Date>>,
    #[prop(optional, into)] test_id: Option<&'static str>,
    #[prop(optional, into)] id: Option<String>,
) -> impl IntoView {
    view! {
        <label class="field">
            <span>{move || label.get()}</span>
            <input
                type="date"
                id=id
                data-testid=test_id
                prop:value=move || value.get().map(|d| d.to_string()).unwrap_or_default()
                on:change=move |ev| on_change.run(event_target_value(&ev).parse().ok())
            />
        </label>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_numbers_in_local_formats() {
        assert_eq!(parse_number("10 000"), Some(10_000.0));
        assert_eq!(parse_number("10,5"), Some(10.5));
        assert_eq!(parse_number("1,234.5"), Some(1234.5));
        assert_eq!(parse_number("12 %"), Some(12.0));
        assert_eq!(parse_number(""), None);
        assert_eq!(parse_number("many"), None);
    }
}
