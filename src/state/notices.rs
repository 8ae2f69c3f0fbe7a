use goal_ladder_core::plan::PlanId;
use goal_ladder_core::Lang;
use leptos::prelude::*;

use crate::i18n::{use_lang, T};
use crate::storage::StorageError;

#[derive(Debug, Clone, PartialEq)]
pub enum NoticeKind {
    Success,
    Info,
    Error,
}

/// Something the user can do from a message.
/// What a button of a message does. A plain shared closure rather than a reactive callback, because the
/// component that made the message (a deleted item's card) may be gone when the button is pressed.
pub type Action = std::sync::Arc<dyn Fn() + Send + Sync>;

#[derive(Clone)]
pub enum NoticeAction {
    /// Puts back what was just deleted.
    Undo(Action),
    /// Does again what was just undone.
    Redo(Action),
    /// Exports the plan as it is on screen now: offered when it could not be saved.
    ExportPlan(PlanId),
    Download {
        file_name: String,
        text: String,
    },
    /// Writes back a plan that another tab deleted while it was open here.
    Restore(Action),
    /// Two versions of one plan meet (another tab, or an import): keep both, or take one of them.
    Resolve {
        keep_both: Action,
        alternative: Action,
        alternative_label: T,
    },
}

impl std::fmt::Debug for NoticeAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            NoticeAction::Undo(_) => "Undo",
            NoticeAction::Redo(_) => "Redo",
            NoticeAction::Restore(_) => "Restore",
            NoticeAction::ExportPlan(_) => "ExportPlan",
            NoticeAction::Download { .. } => "Download",
            NoticeAction::Resolve { .. } => "Resolve",
        })
    }
}

/// What a message says: fixed words (an error the browser gave), or words in whichever language the
/// interface is in, so a message on screen follows a switch of language.
#[derive(Clone)]
pub enum NoticeText {
    Fixed(String),
    Said(std::sync::Arc<dyn Fn(Lang) -> String + Send + Sync>),
}

impl NoticeText {
    /// The words of a message that follows the interface's language.
    pub fn said(words: impl Fn(Lang) -> String + Send + Sync + 'static) -> NoticeText {
        NoticeText::Said(std::sync::Arc::new(words))
    }

    pub fn in_lang(&self, lang: Lang) -> String {
        match self {
            NoticeText::Fixed(text) => text.clone(),
            NoticeText::Said(words) => words(lang),
        }
    }
}

impl From<String> for NoticeText {
    fn from(text: String) -> NoticeText {
        NoticeText::Fixed(text)
    }
}

impl std::fmt::Debug for NoticeText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_lang(Lang::En))
    }
}

#[derive(Debug, Clone)]
pub struct Notice {
    pub id: u64,
    pub kind: NoticeKind,
    pub text: NoticeText,
    pub action: Option<NoticeAction>,
}

/// The messages on screen. Errors stay until dismissed; the rest fade after a while.
#[derive(Debug, Clone, Copy)]
pub struct Notices {
    list: RwSignal<Vec<Notice>>,
    next_id: StoredValue<u64>,
}

impl Notices {
    pub fn new() -> Self {
        Notices {
            list: RwSignal::new(Vec::new()),
            next_id: StoredValue::new(1),
        }
    }

    pub fn list(&self) -> Signal<Vec<Notice>> {
        self.list.into()
    }

    pub fn push(
        &self,
        kind: NoticeKind,
        text: impl Into<NoticeText>,
        action: Option<NoticeAction>,
    ) -> u64 {
        let text = text.into();
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        let lasting = kind == NoticeKind::Error
            || matches!(
                action,
                Some(
                    NoticeAction::Download { .. }
                        | NoticeAction::Resolve { .. }
                        | NoticeAction::Restore(_)
                )
            );
        self.list.update(|l| {
            l.push(Notice {
                id,
                kind,
                text,
                action,
            })
        });
        if !lasting {
            let this = *self;
            set_timeout(move || this.dismiss(id), std::time::Duration::from_secs(8));
        }
        id
    }

    /// Says what was just done, with an Undo button that takes the focus: the control that did it may
    /// be gone (a choice made, a field filled), and the way back should be the next thing in reach.
    pub fn push_undo(&self, text: NoticeText, undo: impl Fn() + Send + Sync + 'static) -> u64 {
        let id = self.push(
            NoticeKind::Info,
            text,
            Some(NoticeAction::Undo(std::sync::Arc::new(undo))),
        );
        crate::components::focus::focus_later(format!("undo-{id}"));
        id
    }

    /// Like [`Notices::push_undo`], for a choice worth taking back and forth: Undo runs `undo` and puts
    /// up a message whose Redo runs `redo`, which again offers Undo, and so on. `redo` must make exactly
    /// the change that was undone (the same ids), so the plan ends as the user chose.
    pub fn push_undo_redo(&self, text: NoticeText, undo: Action, redo: Action) -> u64 {
        let this = *self;
        let again = text.clone();
        self.push_undo(text, move || {
            undo();
            this.push_redo(again.clone(), undo.clone(), redo.clone());
        })
    }

    fn push_redo(&self, text: NoticeText, undo: Action, redo: Action) -> u64 {
        let this = *self;
        let undone = NoticeText::said(|lang| T::Undone.get(lang).to_string());
        let action: Action = std::sync::Arc::new(move || {
            redo();
            this.push_undo_redo(text.clone(), undo.clone(), redo.clone());
        });
        let id = self.push(NoticeKind::Info, undone, Some(NoticeAction::Redo(action)));
        crate::components::focus::focus_later(format!("redo-{id}"));
        id
    }

    /// The message `id` is still on screen.
    pub fn is_shown(&self, id: u64) -> bool {
        self.list.with_untracked(|l| l.iter().any(|n| n.id == id))
    }

    pub fn dismiss(&self, id: u64) {
        // The timer may fire after the app is gone (tests unmount it); then there is nothing to dismiss.
        let _ = self.list.try_update(|l| l.retain(|n| n.id != id));
    }

    pub fn storage_error(&self, error: &StorageError) {
        self.storage_error_for(error, None);
    }

    /// A storage problem while saving `plan`: the edit stays on screen, and its export is offered.
    pub fn storage_error_for(&self, error: &StorageError, plan: Option<&PlanId>) {
        let said = {
            let error = error.clone();
            move |lang: Lang| match &error {
                StorageError::Unavailable => T::StorageUnavailable.get(lang).to_string(),
                StorageError::Full => T::StorageFull.get(lang).to_string(),
                StorageError::Refused(why) => {
                    crate::i18n::fill(T::StorageRefused.get(lang), &[("why", why)])
                }
            }
        };
        // One message per kind of storage problem is enough while it lasts.
        let lang = use_lang().get_untracked();
        let text = said(lang);
        if !self
            .list
            .with_untracked(|l| l.iter().any(|n| n.text.in_lang(lang) == text))
        {
            let action = plan
                .filter(|_| *error != StorageError::Unavailable)
                .map(|id| NoticeAction::ExportPlan(id.clone()));
            self.push(NoticeKind::Error, NoticeText::said(said), action);
        }
    }
}

impl Default for Notices {
    fn default() -> Self {
        Self::new()
    }
}
