//! The app's shared state: the plans in this browser and the messages shown to the user.
//! Each is a narrow, typed handle provided through context.

use goal_ladder_core::plan::PlanId;
use goal_ladder_core::Plan;
use leptos::prelude::*;

use crate::browser;
use crate::i18n::{use_lang, T};
use crate::storage::{self, StorageError};

/// What the user is looking at. Mirrored in the address's fragment so Back works.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Plans,
    Plan(PlanId),
}

impl Route {
    pub fn from_hash(hash: &str) -> Route {
        match hash.trim_start_matches('#').strip_prefix("/plan/") {
            Some(id) if !id.is_empty() => Route::Plan(PlanId::new(id)),
            _ => Route::Plans,
        }
    }

    pub fn to_hash(&self) -> String {
        match self {
            Route::Plans => "#/".to_string(),
            Route::Plan(id) => format!("#/plan/{id}"),
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct CurrentRoute(pub RwSignal<Route>);

#[derive(Debug, Clone, PartialEq)]
pub enum NoticeKind {
    Success,
    Info,
    Error,
}

/// Something the user can do from a message.
#[derive(Debug, Clone, PartialEq)]
pub enum NoticeAction {
    UndoDelete(Box<Plan>),
    Download { file_name: String, text: String },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub id: u64,
    pub kind: NoticeKind,
    pub text: String,
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
        Notices { list: RwSignal::new(Vec::new()), next_id: StoredValue::new(1) }
    }

    pub fn list(&self) -> Signal<Vec<Notice>> {
        self.list.into()
    }

    pub fn push(&self, kind: NoticeKind, text: String, action: Option<NoticeAction>) -> u64 {
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        let lasting = kind == NoticeKind::Error || matches!(action, Some(NoticeAction::Download { .. }));
        self.list.update(|l| l.push(Notice { id, kind, text, action }));
        if !lasting {
            let this = *self;
            set_timeout(move || this.dismiss(id), std::time::Duration::from_secs(8));
        }
        id
    }

    pub fn dismiss(&self, id: u64) {
        // The timer may fire after the app is gone (tests unmount it); then there is nothing to dismiss.
        let _ = self.list.try_update(|l| l.retain(|n| n.id != id));
    }

    pub fn storage_error(&self, error: &StorageError) {
        let lang = use_lang().get_untracked();
        let text = match error {
            StorageError::Unavailable => T::StorageUnavailable.get(lang).to_string(),
            StorageError::Full => T::StorageFull.get(lang).to_string(),
            StorageError::Refused(why) => crate::i18n::fill(T::StorageRefused.get(lang), &[("why", why)]),
        };
        // One message per kind of storage problem is enough while it lasts.
        if !self.list.with_untracked(|l| l.iter().any(|n| n.text == text)) {
            self.push(NoticeKind::Error, text, None);
        }
    }
}

impl Default for Notices {
    fn default() -> Self {
        Self::new()
    }
}

/// The plans kept in this browser. Every change goes through here and is saved at once.
#[derive(Debug, Clone, Copy)]
pub struct PlanBook {
    plans: RwSignal<Vec<Plan>>,
    notices: Notices,
}

impl PlanBook {
    pub fn new(plans: Vec<Plan>, notices: Notices) -> Self {
        PlanBook { plans: RwSignal::new(plans), notices }
    }

    /// All plans, most recently edited first as loaded; new ones are added at the top.
    pub fn plans(&self) -> Signal<Vec<Plan>> {
        self.plans.into()
    }

    /// One plan, tracked: re-reads when the plans change.
    pub fn plan(&self, id: &PlanId) -> Option<Plan> {
        self.plans.with(|plans| plans.iter().find(|p| &p.id == id).cloned())
    }

    pub fn with_plan<R>(&self, id: &PlanId, f: impl FnOnce(&Plan) -> R) -> Option<R> {
        self.plans.with(|plans| plans.iter().find(|p| &p.id == id).map(f))
    }

    pub fn contains(&self, id: &PlanId) -> bool {
        self.plans.with_untracked(|plans| plans.iter().any(|p| &p.id == id))
    }

    /// Adds a plan at the top of the list and saves it.
    pub fn add(&self, plan: Plan) {
        self.persist(&plan);
        self.plans.update(|plans| plans.insert(0, plan));
    }

    /// Creates an empty plan and returns its id.
    pub fn create(&self, title: &str) -> PlanId {
        let plan = Plan::new(PlanId::new(browser::new_id("plan")), title, browser::now());
        let id = plan.id.clone();
        self.add(plan);
        id
    }

    /// Applies an edit to one plan, marks it changed and saves it.
    pub fn update(&self, id: &PlanId, edit: impl FnOnce(&mut Plan)) {
        let mut saved = None;
        self.plans.update(|plans| {
            if let Some(plan) = plans.iter_mut().find(|p| &p.id == id) {
                edit(plan);
                plan.touch(browser::now());
                saved = Some(plan.clone());
            }
        });
        if let Some(plan) = saved {
            self.persist(&plan);
        }
    }

    /// Removes a plan and returns it, so the deletion can be undone.
    pub fn remove(&self, id: &PlanId) -> Option<Plan> {
        let mut removed = None;
        self.plans.update(|plans| {
            if let Some(i) = plans.iter().position(|p| &p.id == id) {
                removed = Some(plans.remove(i));
            }
        });
        if removed.is_some() {
            if let Err(e) = storage::delete_plan(id) {
                self.notices.storage_error(&e);
            }
        }
        removed
    }

    /// Puts back a removed plan where its last edit places it.
    pub fn restore(&self, plan: Plan) {
        self.persist(&plan);
        self.plans.update(|plans| {
            let at = plans.iter().position(|p| p.updated_at < plan.updated_at).unwrap_or(plans.len());
            plans.insert(at, plan);
        });
    }

    fn persist(&self, plan: &Plan) {
        if let Err(e) = storage::save_plan(plan, browser::now()) {
            self.notices.storage_error(&e);
        }
    }
}
