use goal_ladder_core::limits;
use goal_ladder_core::plan::PlanId;
use leptos::html;
use leptos::prelude::*;

use crate::browser;
use crate::i18n::{counted, fill, long_date, tr, use_lang, T};
use crate::plans::export::export_plan;
use crate::state::{href, CurrentRoute, Notices, PlanBook, Route, Tab};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Viewing,
    Renaming,
    ConfirmingDelete,
}

/// One plan in the list: what it is, when it changed, and what can be done with it.
#[component]
pub fn PlanCard(id: PlanId) -> impl IntoView {
    let book = expect_context::<PlanBook>();
    let notices = expect_context::<Notices>();
    let route = expect_context::<CurrentRoute>().0;
    let lang = use_lang();
    let id = StoredValue::new(id);
    let mode = RwSignal::new(Mode::Viewing);
    let title_input = NodeRef::<html::Input>::new();

    let read = move |f: fn(&goal_ladder_core::Plan) -> String| {
        book.with_plan(&id.get_value(), f).unwrap_or_default()
    };
    let title = Memo::new(move |_| {
        let title = read(|p| p.title.trim().to_string());
        if title.is_empty() {
            T::Untitled.get(lang.get()).to_string()
        } else {
            title
        }
    });
    let description = move || read(|p| p.description.trim().to_string());
    let updated = move || {
        let at = book
            .with_plan(&id.get_value(), |p| p.updated_at)
            .unwrap_or_default();
        let (date, time) = browser::local_date_time(at);
        format!(
            "{} {}, {time}",
            T::Updated.get(lang.get()),
            long_date(date, lang.get())
        )
    };
    let goal_count = move || {
        let n = book
            .with_plan(&id.get_value(), |p| p.goals.len())
            .unwrap_or(0);
        counted(n, T::GoalsOne, T::GoalsOther, lang.get())
    };

    let open = move |_| route.set(Route::Plan(id.get_value(), Tab::Overview));
    let start_rename = move |_| {
        mode.set(Mode::Renaming);
        request_animation_frame(move || {
            if let Some(input) = title_input.get_untracked() {
                let _ = input.focus();
                input.select();
            }
        });
    };
    let save_rename = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        if let Some(input) = title_input.get_untracked() {
            let new_title = input.value();
            book.update(&id.get_value(), |p| p.title = new_title.trim().to_string());
        }
        mode.set(Mode::Viewing);
    };
    let duplicate = move |_| {
        if let Some(plan) = book.plan(&id.get_value()) {
            let title = format!(
                "{} {}",
                plan.display_title(),
                T::CopySuffix.get(lang.get_untracked())
            );
            let copy = plan.duplicate(PlanId::new(browser::new_id("plan")), title, browser::now());
            book.add(copy);
        }
    };
    let export = move |_| {
        if let Some(plan) = book.plan(&id.get_value()) {
            export_plan(&plan, notices);
        }
    };
    let delete = move |_| {
        if let Some(plan) = book.remove(&id.get_value()) {
            let text = fill(
                T::PlanDeleted.get(lang.get_untracked()),
                &[("title", plan.display_title())],
            );
            book.deleted(text, move || book.restore(plan.clone()));
        }
    };

    view! {
        <article class="card plan-card" data-testid="plan-card">
            <Show
                when=move || mode.get() == Mode::Renaming
                fallback=move || {
                    view! {
                        <h2 class="card-title">
                            <a href=move || href(&Route::Plan(id.get_value(), Tab::Overview)) data-testid="plan-title">{move || title.get()}</a>
                        </h2>
                    }
                }
            >
                <form class="rename-form" on:submit=save_rename>
                    <label class="field">
                        <span>{tr(T::NewTitleLabel)}</span>
                        <input node_ref=title_input type="text" maxlength=limits::MAX_NAME_CHARS prop:value=move || title.get_untracked() data-testid="rename-input" />
                    </label>
                    <div class="actions">
                        <button type="submit" class="button primary small">{tr(T::Save)}</button>
                        <button type="button" class="button small" on:click=move |_| mode.set(Mode::Viewing)>{tr(T::Cancel)}</button>
                    </div>
                </form>
            </Show>
            <p class="card-description">
                {move || {
                    let d = description();
                    if d.is_empty() { T::NoDescription.get(lang.get()).to_string() } else { d }
                }}
            </p>
            <p class="card-meta">
                <span>{goal_count}</span>
                <span>{updated}</span>
            </p>
            <Show
                when=move || mode.get() == Mode::ConfirmingDelete
                fallback=move || {
                    view! {
                        <div class="actions" role="group" aria-label=tr(T::PlanActions)>
                            <button class="button primary small" on:click=open>{tr(T::Open)}</button>
                            <button class="button small" on:click=start_rename>{tr(T::Rename)}</button>
                            <button class="button small" on:click=duplicate>{tr(T::Duplicate)}</button>
                            <button class="button small" on:click=export>{tr(T::Export)}</button>
                            <button class="button small danger-text" on:click=move |_| mode.set(Mode::ConfirmingDelete)>
                                {tr(T::Delete)}
                            </button>
                        </div>
                    }
                }
            >
                <div class="confirm" role="alertdialog" aria-label=move || title.get()>
                    <p>{move || fill(T::ConfirmDelete.get(lang.get()), &[("title", &title.get())])}</p>
                    <div class="actions">
                        <button class="button danger small" on:click=delete data-testid="confirm-delete">{tr(T::Delete)}</button>
                        <button class="button small" on:click=move |_| mode.set(Mode::Viewing)>{tr(T::Cancel)}</button>
                    </div>
                </div>
            </Show>
        </article>
    }
}
