use leptos::prelude::*;

use crate::browser;
use crate::i18n::{tr, use_lang, T};
use crate::plans::export::export_plan;
use crate::state::{Notice, NoticeAction, NoticeKind, Notices, PlanBook};

/// The messages of the app, announced politely to screen readers.
#[component]
pub fn NoticeList() -> impl IntoView {
    let notices = expect_context::<Notices>();
    view! {
        <section class="notices" aria-live="polite" aria-label=tr(T::Notifications)>
            <For each=move || notices.list().get() key=|n| n.id let(notice)>
                <NoticeItem notice=notice />
            </For>
        </section>
    }
}

#[component]
fn NoticeItem(notice: Notice) -> impl IntoView {
    // Read here, not in the click handler: handlers run outside the component tree.
    let book = use_context::<PlanBook>();
    let lang = use_lang();
    let notices = expect_context::<Notices>();
    let id = notice.id;
    let class = match notice.kind {
        NoticeKind::Success => "notice success",
        NoticeKind::Info => "notice info",
        NoticeKind::Error => "notice error",
    };
    let role = if notice.kind == NoticeKind::Error {
        "alert"
    } else {
        "status"
    };
    let action = notice.action.map(|action| match action {
        NoticeAction::Undo(undo) => view! {
            <button class="button small" id=format!("undo-{id}") on:click=move |_| {
                undo();
                notices.dismiss(id);
            }>{tr(T::Undo)}</button>
        }
        .into_any(),
        NoticeAction::Redo(redo) => view! {
            <button class="button small" id=format!("redo-{id}") data-testid="redo" on:click=move |_| {
                redo();
                notices.dismiss(id);
            }>{tr(T::Redo)}</button>
        }
        .into_any(),
        NoticeAction::Restore(restore) => view! {
            <button class="button small" data-testid="restore" on:click=move |_| {
                restore();
                notices.dismiss(id);
            }>{tr(T::Restore)}</button>
        }
        .into_any(),
        NoticeAction::ExportPlan(plan_id) => {
            let plan_id = StoredValue::new(plan_id);
            view! {
                <button class="button small" data-testid="notice-export" on:click=move |_| {
                    if let Some(plan) = book.and_then(|b| b.plan(&plan_id.get_value())) {
                        export_plan(&plan, notices);
                    }
                }>{tr(T::Export)}</button>
            }
            .into_any()
        }
        NoticeAction::Resolve {
            keep_both,
            alternative,
            alternative_label,
        } => view! {
            <button class="button small" data-testid="keep-both" on:click=move |_| {
                keep_both();
                notices.dismiss(id);
            }>{tr(T::KeepBoth)}</button>
            <button class="button small" data-testid="resolve-alternative" on:click=move |_| {
                alternative();
                notices.dismiss(id);
            }>{tr(alternative_label)}</button>
        }
        .into_any(),
        NoticeAction::Download { file_name, text } => view! {
            <button class="button small" on:click=move |_| {
                if let Err(e) = browser::download_text(&file_name, "application/json", &text) {
                    notices.push(NoticeKind::Error, e, None);
                }
            }>{tr(T::Download)}</button>
        }
        .into_any(),
    });
    view! {
        <div class=class role=role data-testid="notice">
            <p class="notice-text">{move || notice.text.in_lang(lang.get())}</p>
            {action}
            <button class="icon-button" aria-label=tr(T::Dismiss) title=tr(T::Dismiss) on:click=move |_| notices.dismiss(id)>
                "×"
            </button>
        </div>
    }
}
