//! The user's choices apart from plans (language and theme): read at start, applied to the page and
//! saved whenever they change.

use goal_ladder_core::Lang;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::browser;
use crate::i18n::UiLang;
use crate::storage::{self, StorageKey};

/// How the page is coloured: following the system, or chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

/// What the app remembers about the user's choices, apart from plans.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Settings {
    pub lang: Option<Lang>,
    pub theme: Theme,
}

#[derive(Debug, Clone, Copy)]
pub struct UiTheme(pub RwSignal<Theme>);

fn initial_lang(settings: &Settings) -> Lang {
    settings
        .lang
        .or_else(|| {
            browser::preferred_languages()
                .iter()
                .find_map(|tag| Lang::from_tag(tag))
        })
        .unwrap_or_default()
}

/// Reads the saved settings (or the browser's language), provides them as `UiLang` and `UiTheme`, and
/// keeps the page's `lang` and `data-theme` and the saved copy in step with them. Returns the language.
pub fn provide_settings() -> RwSignal<Lang> {
    let settings: Settings = storage::read_setting(&StorageKey::Settings)
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default();
    let lang = RwSignal::new(initial_lang(&settings));
    let theme = RwSignal::new(settings.theme);
    provide_context(UiLang(lang));
    provide_context(UiTheme(theme));
    Effect::new(move |_| {
        let settings = Settings {
            lang: Some(lang.get()),
            theme: theme.get(),
        };
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", settings.lang.unwrap_or_default().code());
            let _ = match settings.theme {
                Theme::Auto => root.remove_attribute("data-theme"),
                Theme::Light => root.set_attribute("data-theme", "light"),
                Theme::Dark => root.set_attribute("data-theme", "dark"),
            };
        }
        if let Ok(text) = serde_json::to_string(&settings) {
            // A lost setting is harmless: the next start falls back to the browser's language.
            let _ = storage::write_setting(&StorageKey::Settings, &text);
        }
    });
    lang
}
