use goal_ladder_core::plan::PlanId;
use goal_ladder_core::Plan;
use leptos::prelude::*;

use super::{Action, NoticeAction, NoticeKind, Notices};
use crate::browser;
use crate::i18n::{use_lang, T};
use crate::storage;

/// The plans kept in this browser. Every change goes through here and is saved at once.
#[derive(Debug, Clone, Copy)]
pub struct PlanBook {
    plans: RwSignal<Vec<Plan>>,
    /// Notified by every change except an edit inside one goal. A goal's card follows this and its own
    /// goal's trigger instead of the whole plan, so typing in one of 500 goals re-reads one goal, not 500.
    broad: Trigger,
    notices: Notices,
    /// Plans changed in another tab while edited here; they are not saved until the user chooses.
    conflicts: RwSignal<Vec<PlanId>>,
}

impl PlanBook {
    pub fn new(plans: Vec<Plan>, notices: Notices) -> Self {
        PlanBook {
            plans: RwSignal::new(plans),
            broad: Trigger::new(),
            notices,
            conflicts: RwSignal::new(Vec::new()),
        }
    }

    /// All plans, most recently edited first as loaded; new ones are added at the top.
    pub fn plans(&self) -> Signal<Vec<Plan>> {
        self.plans.into()
    }

    /// One plan, tracked: re-reads when the plans change.
    pub fn plan(&self, id: &PlanId) -> Option<Plan> {
        self.plans
            .with(|plans| plans.iter().find(|p| &p.id == id).cloned())
    }

    pub fn notices(&self) -> Notices {
        self.notices
    }

    /// Tells the user what was deleted and lets them put it back.
    pub fn deleted(&self, text: String, undo: impl Fn() + Send + Sync + 'static) {
        let id = self.notices.push(
            NoticeKind::Info,
            text,
            Some(NoticeAction::Undo(std::sync::Arc::new(undo))),
        );
        // The deleted item's button is gone; focus goes to the way back rather than to the page's top.
        crate::components::focus::focus_later(format!("undo-{id}"));
    }

    pub fn with_plan<R>(&self, id: &PlanId, f: impl FnOnce(&Plan) -> R) -> Option<R> {
        self.plans
            .with(|plans| plans.iter().find(|p| &p.id == id).map(f))
    }

    pub fn contains(&self, id: &PlanId) -> bool {
        self.plans
            .with_untracked(|plans| plans.iter().any(|p| &p.id == id))
    }

    /// Adds a plan at the top of the list and saves it.
    pub fn add(&self, plan: Plan) {
        self.persist(&plan);
        self.change(|plans| plans.insert(0, plan));
    }

    /// Creates an empty plan and returns its id.
    pub fn create(&self, title: &str) -> PlanId {
        let plan = Plan::new(PlanId::new(browser::new_id("plan")), title, browser::now());
        let id = plan.id.clone();
        self.add(plan);
        id
    }

    fn change(&self, f: impl FnOnce(&mut Vec<Plan>)) {
        self.plans.update(f);
        self.broad.notify();
    }

    /// Tracks every change but those made by [`PlanBook::update_within_goal`].
    pub fn track_broad(&self) {
        self.broad.track();
    }

    /// Reads one plan without tracking it.
    pub fn with_plan_untracked<R>(&self, id: &PlanId, f: impl FnOnce(&Plan) -> R) -> Option<R> {
        self.plans
            .with_untracked(|plans| plans.iter().find(|p| &p.id == id).map(f))
    }

    /// Applies an edit to one plan, marks it changed and saves it.
    pub fn update(&self, id: &PlanId, edit: impl FnOnce(&mut Plan)) {
        self.apply(id, edit);
        self.broad.notify();
    }

    /// Like [`PlanBook::update`], for an edit that changes one goal and nothing else: the caller tells that
    /// goal's followers (see [`crate::state::OpenPlan::edit_goal`]).
    pub fn update_within_goal(&self, id: &PlanId, edit: impl FnOnce(&mut Plan)) {
        self.apply(id, edit);
    }

    fn apply(&self, id: &PlanId, edit: impl FnOnce(&mut Plan)) {
        let mut written = None;
        self.plans.update(|plans| {
            if let Some(plan) = plans.iter_mut().find(|p| &p.id == id) {
                let seen = plan.revision;
                edit(plan);
                let now = browser::now();
                plan.touch(now);
                // Written here rather than from a copy: copying a big plan costs as much as writing it.
                written = Some((seen, storage::plan_text(plan, now)));
            }
        });
        if let Some((seen, text)) = written {
            self.save_unless_conflict(id, seen, &text);
        }
    }

    /// Saves an edit made on top of revision `seen`, unless another tab saved a newer revision since:
    /// then neither version overwrites the other until the user chooses.
    fn save_unless_conflict(&self, id: &PlanId, seen: u64, text: &str) {
        if self.conflicts.with_untracked(|c| c.contains(id)) {
            return;
        }
        // The cheap check first: only a newer revision in storage needs the whole stored plan read.
        let newer = storage::stored_revision(id).is_some_and(|stored| stored > seen);
        match newer.then(|| storage::load_plan(id)) {
            Some(Ok(Some(theirs))) if theirs.revision > seen => self.conflict(theirs),
            _ => {
                if let Err(e) = storage::save_plan_text(id, text) {
                    self.notices.storage_error_for(&e, Some(id));
                }
            }
        }
    }

    fn conflict(&self, theirs: Plan) {
        let id = theirs.id.clone();
        self.conflicts.update(|c| c.push(id.clone()));
        let lang = use_lang().get_untracked();
        let text = crate::i18n::fill(
            T::EditConflict.get(lang),
            &[("title", theirs.display_title())],
        );
        let this = *self;
        let theirs_b = theirs.clone();
        let keep_both: Action = std::sync::Arc::new(move || {
            if let Some(mine) = this.plan(&id) {
                let title = format!("{} {}", mine.display_title(), T::ThisTabSuffix.get(lang));
                let mut copy =
                    mine.duplicate(PlanId::new(browser::new_id("plan")), title, browser::now());
                copy.created_at = mine.created_at;
                this.persist(&copy);
                this.change(|plans| plans.insert(0, copy));
            }
            this.take(theirs.clone());
        });
        let take_theirs: Action = std::sync::Arc::new(move || this.take(theirs_b.clone()));
        self.notices.push(
            NoticeKind::Error,
            text,
            Some(NoticeAction::Resolve {
                keep_both,
                alternative: take_theirs,
                alternative_label: T::TakeTheirs,
            }),
        );
    }

    /// Replaces the plan here with the version in storage and ends any conflict over it.
    fn take(&self, theirs: Plan) {
        let id = theirs.id.clone();
        self.conflicts.update(|c| c.retain(|x| x != &id));
        let latest = storage::load_plan(&id)
            .ok()
            .flatten()
            .filter(|p| p.revision >= theirs.revision)
            .unwrap_or(theirs);
        self.change(|plans| match plans.iter_mut().find(|p| p.id == id) {
            Some(plan) => *plan = latest,
            None => plans.insert(0, latest),
        });
    }

    /// Follows a change another tab made to storage: a plan saved or deleted there shows here too.
    pub fn external_change(&self, id: PlanId, stored: Option<Plan>) {
        if self.conflicts.with_untracked(|c| c.contains(&id)) {
            return;
        }
        match stored {
            None => self.change(|plans| plans.retain(|p| p.id != id)),
            Some(theirs) => {
                let newer = self.plans.with_untracked(|plans| {
                    plans.iter().find(|p| p.id == id).is_none_or(|mine| {
                        theirs.revision > mine.revision || theirs.updated_at > mine.updated_at
                    })
                });
                if newer {
                    self.change(|plans| match plans.iter_mut().find(|p| p.id == id) {
                        Some(plan) => *plan = theirs,
                        None => plans.insert(0, theirs),
                    });
                }
            }
        }
    }

    /// Removes a plan and returns it, so the deletion can be undone.
    pub fn remove(&self, id: &PlanId) -> Option<Plan> {
        let mut removed = None;
        self.change(|plans| {
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

    /// Puts `plan` in the place of the plan with its id and returns the one it replaced.
    pub fn replace(&self, plan: Plan) -> Option<Plan> {
        self.persist(&plan);
        let mut old = None;
        self.change(|plans| match plans.iter_mut().find(|p| p.id == plan.id) {
            Some(slot) => old = Some(std::mem::replace(slot, plan)),
            None => plans.insert(0, plan),
        });
        old
    }

    /// Puts back a removed plan where its last edit places it.
    pub fn restore(&self, plan: Plan) {
        self.persist(&plan);
        self.change(|plans| {
            let at = plans
                .iter()
                .position(|p| p.updated_at < plan.updated_at)
                .unwrap_or(plans.len());
            plans.insert(at, plan);
        });
    }

    fn persist(&self, plan: &Plan) {
        if let Err(e) = storage::save_plan(plan, browser::now()) {
            self.notices.storage_error_for(&e, Some(&plan.id));
        }
    }
}
