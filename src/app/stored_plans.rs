//! The plans saved in this browser, opened at start. What cannot be read is kept aside and offered for
//! download, never dropped: each such entry gets a notice with the raw text to save.

use leptos::prelude::*;

use crate::i18n::{file_error_text, fill, T};
use crate::state::{NoticeAction, NoticeKind, NoticeText, Notices, PlanBook};
use crate::storage;

/// Loads the stored plans into a `PlanBook`, provides it, and tells the user of entries set aside or
/// moved to a new id.
pub fn provide_plan_book(notices: Notices) -> PlanBook {
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
    book
}

/// Another tab of this browser saved or deleted a plan: the book takes the change (or, for the plan open
/// here, asks). A value that cannot be read is left to the next start, which sets it aside for recovery.
pub fn follow_other_tabs(book: PlanBook, route: RwSignal<crate::state::Route>) {
    let _ = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
        let Some(id) = ev.key().as_deref().and_then(storage::plan_id_of_key) else {
            return;
        };
        let theirs = ev
            .new_value()
            .and_then(|text| goal_ladder_core::plan_file::read_plan_file(&text).ok())
            .map(|read| read.plan);
        if ev.new_value().is_none() || theirs.is_some() {
            let open_here = matches!(route.get_untracked(), crate::state::Route::Plan(ref open, _) if *open == id);
            book.external_change(id, theirs, open_here);
        }
    });
}
