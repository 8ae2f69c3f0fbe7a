use goal_ladder_core::Lang;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::browser;
use crate::classroom::shared_link::SharedLink;
use crate::components::notice_list::NoticeList;
use crate::components::settings_bar::SettingsBar;
use crate::i18n::{file_error_text, fill, tr, UiLang, T};
use crate::library::kpi_library::KpiLibrary;
use crate::open_plan::plan_page::PlanPage;
use crate::plans::import::{files_of, import_files, ImportZone};
use crate::plans::plan_list::PlanList;
use crate::review::review_page::ReviewPage;
use crate::state::{CurrentRoute, NoticeAction, NoticeKind, NoticeText, Notices, PlanBook, Route};
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

#[derive(Debug, Clone, PartialEq)]
enum Screen {
    Plans,
    Plan(goal_ladder_core::plan::PlanId),
    Library,
    Review,
    Shared(String),
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

fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

#[component]
pub fn App() -> impl IntoView {
    let settings: Settings = storage::read_setting(&StorageKey::Settings)
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default();
    let lang = RwSignal::new(initial_lang(&settings));
    let theme = RwSignal::new(settings.theme);
    provide_context(UiLang(lang));
    provide_context(UiTheme(theme));

    let notices = Notices::new();
    provide_context(notices);
    let stored = match storage::load_plans() {
        Ok(stored) => stored,
        Err(e) => {
            notices.storage_error(&e);
            Default::default()
        }
    };
    for entry in stored.unreadable {
        let error = entry.error.clone();
        notices.push(
            NoticeKind::Error,
            NoticeText::said(move |lang| {
                let reason = file_error_text(&error, lang);
                fill(T::UnreadableStored.get(lang), &[("reason", &reason)])
            }),
            Some(NoticeAction::Download {
                file_name: format!("{}.recovered.json", entry.key),
                text: entry.raw,
            }),
        );
    }
    for entry in stored.moved {
        let (name, from, to) = (entry.name.clone(), entry.from.clone(), entry.to.to_string());
        notices.push(
            NoticeKind::Info,
            NoticeText::said(move |lang| {
                fill(
                    T::StoredPlanMoved.get(lang),
                    &[("name", &name), ("from", &from), ("to", &to)],
                )
            }),
            Some(NoticeAction::Download {
                file_name: format!("{}.recovered.json", entry.key),
                text: entry.raw,
            }),
        );
    }
    let book = PlanBook::new(stored.plans, notices);
    provide_context(book);
    let persisted = RwSignal::new(None);
    provide_context(crate::durability::Persistence(persisted));
    crate::durability::request_persistence(persisted);

    let route = RwSignal::new(Route::from_hash(&current_hash()));
    provide_context(CurrentRoute(route));
    let _ = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
        let Some(id) = ev.key().as_deref().and_then(storage::plan_id_of_key) else {
            return;
        };
        let theirs = ev
            .new_value()
            .and_then(|text| goal_ladder_core::format::read_plan_file(&text).ok())
            .map(|read| read.plan);
        // A value that cannot be read is left to the next start, which sets it aside for recovery.
        if ev.new_value().is_none() || theirs.is_some() {
            let open_here =
                matches!(route.get_untracked(), Route::Plan(ref open, _) if *open == id);
            book.external_change(id, theirs, open_here);
        }
    });

    let on_hash = leptos::ev::Custom::<web_sys::Event>::new("hashchange");
    let _ = window_event_listener(on_hash, move |_| {
        route.set(Route::from_hash(&current_hash()))
    });
    Effect::new(move |_| {
        let hash = route.get().to_hash();
        if current_hash() != hash {
            if let Some(w) = web_sys::window() {
                let _ = w.location().set_hash(&hash);
            }
        }
    });

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

    // Switching between a plan's sections keeps the plan page; only a change of screen rebuilds it.
    let screen = Memo::new(move |_| match route.get() {
        Route::Plans => Screen::Plans,
        Route::Plan(id, _) => Screen::Plan(id),
        Route::Library => Screen::Library,
        Route::Review => Screen::Review,
        Route::Shared(link) => Screen::Shared(link),
    });

    let dragging = RwSignal::new(false);
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        let files = files_of(ev.data_transfer().and_then(|d| d.files()));
        if !files.is_empty() {
            import_files(files, book, notices, lang.get_untracked());
        }
    };

    view! {
        <div
            class="app"
            on:dragover=move |ev: web_sys::DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |ev: web_sys::DragEvent| {
                if ev.related_target().is_none() {
                    dragging.set(false);
                }
            }
            on:drop=on_drop
        >
            <a class="skip-link" href="#main">{tr(T::SkipToContent)}</a>
            <header class="app-header">
                <a class="brand" href="#/">
                    <LadderMark />
                    <span class="brand-text">
                        <span class="brand-name">{tr(T::AppName)}</span>
                        <span class="brand-tagline">{tr(T::Tagline)}</span>
                    </span>
                </a>
                <nav class="top-nav" aria-label=tr(T::MainNavigation)>
                    <a href="#/" aria-current=move || matches!(screen.get(), Screen::Plans | Screen::Plan(_)).then_some("page")>{tr(T::NavPlans)}</a>
                    <a href="#/library" data-testid="nav-library" aria-current=move || matches!(screen.get(), Screen::Library).then_some("page")>{tr(T::KpiLibrary)}</a>
                    <a href="#/review" data-testid="nav-review" aria-current=move || matches!(screen.get(), Screen::Review).then_some("page")>{tr(T::TeacherReview)}</a>
                </nav>
                <SettingsBar />
            </header>
            <main id="main" class="app-main" tabindex="-1">
                {move || match screen.get() {
                    Screen::Plans => view! { <PlanList /> }.into_any(),
                    Screen::Plan(id) => view! { <PlanPage id=id /> }.into_any(),
                    Screen::Library => view! { <KpiLibrary /> }.into_any(),
                    Screen::Review => view! { <ReviewPage /> }.into_any(),
                    Screen::Shared(link) => view! { <SharedLink link=link /> }.into_any(),
                }}
            </main>
            <NoticeList />
            <ImportZone active=dragging />
            <span hidden=true data-testid="app-ready">{ready_mark()}</span>
        </div>
    }
}

/// Marks the moment the app has rendered, for the end-to-end tests and the load benchmark.
fn ready_mark() -> &'static str {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("goal-ladder-ready");
    }
    "ready"
}

/// The ladder motif: five rungs, the top two (where main goals belong) in the accent colour.
#[component]
fn LadderMark() -> impl IntoView {
    view! {
        <svg class="ladder-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <rect x="6" y="2" width="3" height="28" rx="1.5" class="rail" />
            <rect x="23" y="2" width="3" height="28" rx="1.5" class="rail" />
            <rect x="8" y="5" width="16" height="3" rx="1" class="rung top" />
            <rect x="8" y="10.5" width="16" height="3" rx="1" class="rung top" />
            <rect x="8" y="16" width="16" height="3" rx="1" class="rung" />
            <rect x="8" y="21.5" width="16" height="3" rx="1" class="rung" />
            <rect x="8" y="27" width="16" height="2.5" rx="1" class="rung" />
        </svg>
    }
}
