//! Labelled form fields bound to a value of the open plan: the label is always there for screen readers.

use goal_ladder_core::limits::MAX_NUMBER;
use goal_ladder_core::Date;
use leptos::prelude::*;

use crate::i18n::{fill, use_lang, T};

/// Whether a field's text has reached `max`, counted as the browser's `maxlength` counts (UTF-16
/// units, so never more characters than the core's limit keeps).
pub fn at_limit(text: &str, max: usize) -> bool {
    text.encode_utf16().count() >= max
}

/// Says under a text field that it is full: the browser's `maxlength` stops typing there silently.
#[component]
pub fn LimitNote(#[prop(into)] reached: Signal<bool>, max: usize) -> impl IntoView {
    let lang = use_lang();
    view! {
        <Show when=move || reached.get()>
            <p class="hint limit-note" role="status" data-testid="limit-note">
                {move || {
                    let lang = lang.get();
                    fill(T::TextLimitReached.get(lang), &[("max", &goal_ladder_core::numerals::number(max as f64, 0, lang))])
                }}
            </p>
        </Show>
    }
}

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
    /// The most characters the core keeps in this field (a `goal_ladder_core::limits` constant).
    max: usize,
) -> impl IntoView {
    let reached = RwSignal::new(false);
    let input = move |ev| {
        let text = event_target_value(&ev);
        reached.set(at_limit(&text, max));
        on_input.run(text)
    };
    let placeholder = move || placeholder.map(|p| p.get()).unwrap_or("");
    view! {
        <label class="field">
            <span>{move || label.get()}</span>
            {if multiline {
                view! { <textarea rows="3" id=id data-testid=test_id placeholder=placeholder maxlength=max prop:value=move || value.get() on:input=input></textarea> }.into_any()
            } else {
                view! { <input type="text" id=id data-testid=test_id placeholder=placeholder maxlength=max prop:value=move || value.get() on:input=input /> }.into_any()
            }}
            <LimitNote reached=reached max=max />
        </label>
    }
}

/// A number as [`parse_number`] reads it, if a plan file can keep it (within ±[`MAX_NUMBER`]).
pub fn parse_kept_number(text: &str) -> Option<f64> {
    parse_number(text).filter(|v| v.abs() <= MAX_NUMBER)
}

/// What a number field's text means: nothing (empty), a number, or one the plan cannot keep.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NumberInput {
    Empty,
    Number(f64),
    /// Not a number, or beyond ±[`MAX_NUMBER`], which a plan file does not keep.
    Refused,
}

/// Reads a number field's text, refusing what the plan could not keep rather than dropping it on save.
pub fn read_number_input(text: &str) -> NumberInput {
    if text.trim().is_empty() {
        return NumberInput::Empty;
    }
    match parse_number(text) {
        Some(v) if v.abs() <= MAX_NUMBER => NumberInput::Number(v),
        _ => NumberInput::Refused,
    }
}

/// A number field that accepts local formats; an empty field is "not known". A number that is not one,
/// or is beyond ±`limits::MAX_NUMBER`, is refused with a message and the value stays as it was.
#[component]
pub fn NumberField(
    #[prop(into)] label: Signal<&'static str>,
    #[prop(into)] value: Signal<Option<f64>>,
    #[prop(into)] on_change: Callback<Option<f64>>,
    #[prop(optional, into)] test_id: Option<&'static str>,
    #[prop(optional, into)] id: Option<String>,
) -> impl IntoView {
    let lang = use_lang();
    let refused = RwSignal::new(false);
    let on_input_change = move |ev| match read_number_input(&event_target_value(&ev)) {
        NumberInput::Empty => {
            refused.set(false);
            on_change.run(None)
        }
        NumberInput::Number(v) => {
            refused.set(false);
            on_change.run(Some(v))
        }
        NumberInput::Refused => refused.set(true),
    };
    view! {
        <label class="field">
            <span>{move || label.get()}</span>
            <input
                type="text"
                inputmode="decimal"
                id=id
                data-testid=test_id
                aria-invalid=move || refused.get().then_some("true")
                prop:value=move || number_text(value.get())
                on:change=on_input_change
            />
            <Show when=move || refused.get()>
                <p class="field-error" role="alert" data-testid="number-refused">
                    {move || {
                        let lang = lang.get();
                        fill(T::NumberRefused.get(lang), &[("max", &goal_ladder_core::numerals::number(MAX_NUMBER, 0, lang))])
                    }}
                </p>
            </Show>
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

    #[test]
    fn a_number_beyond_the_files_range_is_refused_not_dropped() {
        assert_eq!(read_number_input(""), NumberInput::Empty);
        assert_eq!(read_number_input("1e12"), NumberInput::Number(1e12));
        assert_eq!(read_number_input("-1e308"), NumberInput::Refused);
        assert_eq!(read_number_input("1e400"), NumberInput::Refused);
        assert_eq!(read_number_input("many"), NumberInput::Refused);
    }

    #[test]
    fn the_limit_is_counted_as_maxlength_counts() {
        assert!(at_limit(&"a".repeat(200), 200));
        assert!(!at_limit(&"a".repeat(199), 200));
        assert!(at_limit(&"😀".repeat(100), 200));
    }
}
