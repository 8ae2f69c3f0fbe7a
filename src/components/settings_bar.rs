use goal_ladder_core::Lang;
use leptos::prelude::*;

use crate::app::{Theme, UiTheme};
use crate::i18n::{tr, use_lang, T};

/// The language and theme switches in the page header.
#[component]
pub fn SettingsBar() -> impl IntoView {
    let lang = use_lang();
    let theme = expect_context::<UiTheme>().0;
    let theme_code = move || match theme.get() {
        Theme::Auto => "auto",
        Theme::Light => "light",
        Theme::Dark => "dark",
    };
    view! {
        <div class="settings-bar">
            <label class="compact-field">
                <span class="visually-hidden">{tr(T::Language)}</span>
                <select
                    data-testid="language"
                    prop:value=move || lang.get().code()
                    on:change=move |ev| {
                        if let Some(l) = Lang::from_tag(&event_target_value(&ev)) {
                            lang.set(l);
                        }
                    }
                >
                    {Lang::ALL
                        .iter()
                        .map(|l| view! { <option value=l.code() selected=move || lang.get() == *l>{l.endonym()}</option> })
                        .collect_view()}
                </select>
            </label>
            <label class="compact-field">
                <span class="visually-hidden">{tr(T::Theme)}</span>
                <select
                    data-testid="theme"
                    prop:value=theme_code
                    on:change=move |ev| {
                        theme.set(match event_target_value(&ev).as_str() {
                            "light" => Theme::Light,
                            "dark" => Theme::Dark,
                            _ => Theme::Auto,
                        })
                    }
                >
                    <option value="auto">{tr(T::ThemeAuto)}</option>
                    <option value="light">{tr(T::ThemeLight)}</option>
                    <option value="dark">{tr(T::ThemeDark)}</option>
                </select>
            </label>
        </div>
    }
}
