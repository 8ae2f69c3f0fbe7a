use std::collections::HashMap;

use goal_ladder_core::plan::PlanId;
use goal_ladder_core::revision::{self, ExternalDecision, Held, Revision, SaveDecision};
use goal_ladder_core::Plan;
use leptos::prelude::*;

use super::{Action, NoticeAction, NoticeKind, NoticeText, Notices};
use crate::browser;
use crate::i18n::{use_lang, T};
use crate::storage::{self, StoredRevision};

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
    /// Per plan, the revision this tab last read from storage or wrote there.
    bases: StoredValue<HashMap<PlanId, Revision>>,
    /// Plans another tab deleted while open or edited here, with the message that says so.
    deleted_elsewhere: RwSignal<Vec<(PlanId, u64)>>,
}

impl PlanBook {
    pub fn new(plans: Vec<Plan>, notices: Notices) -> Self {
        let bases = plans.iter().map(|p| (p.id.clone(), p.revision)).collect();
        PlanBook {
            bases: StoredValue::new(bases),
            deleted_elsewhere: RwSignal::new(Vec::new()),
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
    pub fn add(&self, mut plan: Plan) {
        self.persist(&mut plan);
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
                edit(plan);
                let now = browser::now();
                plan.touch(now);
                // Written here rather than from a copy: copying a big plan costs as much as writing it.
                written = Some((plan.revision, storage::plan_text(plan, now)));
            }
        });
        if let Some((revision, text)) = written {
            self.save_unless_conflict(id, revision, &text);
        }
    }

    /// The revision of `id` this tab last read from storage or wrote there.
    fn base(&self, id: &PlanId) -> Option<Revision> {
        self.bases.with_value(|b| b.get(id).copied())
    }

    fn set_base(&self, id: &PlanId, revision: Option<Revision>) {
        self.bases.update_value(|b| match revision {
            Some(r) => {
                b.insert(id.clone(), r);
            }
            None => {
                b.remove(id);
            }
        });
    }

    /// Saves an edit as `revision`, unless another tab saved or deleted the plan since this tab's base:
    /// then neither version overwrites the other until the user chooses (see [`revision::decide_save`]).
    fn save_unless_conflict(&self, id: &PlanId, revision: Revision, text: &str) {
        if self.conflicts.with_untracked(|c| c.contains(id)) {
            return;
        }
        if self.is_deleted_elsewhere(id) {
            self.remind_deleted(id);
            return;
        }
        let base = self.base(id);
        let stored = match storage::stored_revision(id) {
            Ok(StoredRevision::At(r)) => Some(r),
            Ok(StoredRevision::Absent) => None,
            // An entry with no readable revision was set aside at start; it is written over.
            Ok(StoredRevision::Unreadable) => base,
            Err(e) => {
                self.notices.storage_error_for(&e, Some(id));
                return;
            }
        };
        match revision::decide_save(stored, base) {
            SaveDecision::Write => self.write_text(id, revision, text),
            SaveDecision::Conflict => match storage::load_plan(id) {
                Ok(Some(theirs)) => self.conflict(theirs),
                // The other version cannot be read: there is nothing to choose between.
                _ => self.write_text(id, revision, text),
            },
            SaveDecision::DeletedElsewhere => self.deleted_elsewhere(id),
        }
    }

    fn write_text(&self, id: &PlanId, revision: Revision, text: &str) {
        match storage::save_plan_text(id, text) {
            Ok(()) => self.set_base(id, Some(revision)),
            Err(e) => self.notices.storage_error_for(&e, Some(id)),
        }
    }

    fn is_deleted_elsewhere(&self, id: &PlanId) -> bool {
        self.deleted_elsewhere
            .with_untracked(|d| d.iter().any(|(x, _)| x == id))
    }

    /// Another tab deleted `id`: it stays here, with a message and a way to write it back.
    fn deleted_elsewhere(&self, id: &PlanId) {
        if self.is_deleted_elsewhere(id) {
            return;
        }
        let notice = self.deleted_notice(id);
        self.deleted_elsewhere
            .update(|d| d.push((id.clone(), notice)));
    }

    fn deleted_notice(&self, id: &PlanId) -> u64 {
        let title = self
            .with_plan_untracked(id, |p| p.display_title().to_string())
            .unwrap_or_default();
        let text = NoticeText::said(move |lang| {
            crate::i18n::fill(T::DeletedElsewhere.get(lang), &[("title", &title)])
        });
        let this = *self;
        let plan_id = id.clone();
        let restore: Action = std::sync::Arc::new(move || this.restore_deleted(&plan_id));
        self.notices.push(
            NoticeKind::Error,
            text,
            Some(NoticeAction::Restore(restore)),
        )
    }

    /// An edit of a plan deleted elsewhere is not saved: if its message was dismissed, it comes back.
    fn remind_deleted(&self, id: &PlanId) {
        let shown = self.deleted_elsewhere.with_untracked(|d| {
            d.iter()
                .find(|(x, _)| x == id)
                .is_some_and(|(_, notice)| self.notices.is_shown(*notice))
        });
        if !shown {
            let notice = self.deleted_notice(id);
            self.deleted_elsewhere.update(|d| {
                for entry in d.iter_mut().filter(|(x, _)| x == id) {
                    entry.1 = notice;
                }
            });
        }
    }

    /// Ends the deleted-elsewhere state of `id`, taking its message away.
    fn clear_deleted(&self, id: &PlanId) {
        let mut notice = None;
        self.deleted_elsewhere.update(|d| {
            if let Some(i) = d.iter().position(|(x, _)| x == id) {
                notice = Some(d.remove(i).1);
            }
        });
        if let Some(n) = notice {
            self.notices.dismiss(n);
        }
    }

    /// Writes back the plan on screen that another tab deleted; if a tab saved it again meanwhile, the
    /// two versions meet as in any conflict.
    fn restore_deleted(&self, id: &PlanId) {
        self.clear_deleted(id);
        if let Ok(StoredRevision::At(_)) = storage::stored_revision(id) {
            if let Ok(Some(theirs)) = storage::load_plan(id) {
                self.conflict(theirs);
                return;
            }
        }
        let Some(mut plan) = self.with_plan_untracked(id, Plan::clone) else {
            return;
        };
        self.persist(&mut plan);
        self.change(|plans| {
            if let Some(slot) = plans.iter_mut().find(|p| p.id == plan.id) {
                *slot = plan;
            }
        });
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
                let id = PlanId::new(browser::new_id("plan"));
                let mut copy = revision::kept_copy(&mine, id, title, browser::now());
                this.persist(&mut copy);
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
        let latest = revision::version_to_take(theirs, storage::load_plan(&id).ok().flatten());
        self.set_base(&id, Some(latest.revision));
        self.clear_deleted(&id);
        self.change(|plans| match plans.iter_mut().find(|p| p.id == id) {
            Some(plan) => *plan = latest,
            None => plans.insert(0, latest),
        });
    }

    /// Follows a change another tab made to storage (see [`revision::decide_external`]): a plan saved
    /// there shows here too unless this tab has unsaved edits of it; a plan deleted there stays here,
    /// said so, while it is open (`open_here`) or edited.
    pub fn external_change(&self, id: PlanId, stored: Option<Plan>, open_here: bool) {
        if self.conflicts.with_untracked(|c| c.contains(&id)) {
            return;
        }
        let held = self.with_plan_untracked(&id, |p| Held {
            base: self.base(&id),
            current: p.revision,
        });
        let decision =
            revision::decide_external(held, stored.as_ref().map(|p| p.revision), open_here);
        match (decision, stored) {
            (ExternalDecision::Ignore, _) => {}
            (ExternalDecision::KeepDeleted, _) => self.deleted_elsewhere(&id),
            (ExternalDecision::Remove, _) => {
                self.set_base(&id, None);
                self.change(|plans| plans.retain(|p| p.id != id));
            }
            (ExternalDecision::Conflict, Some(theirs)) => {
                self.clear_deleted(&id);
                self.conflict(theirs);
            }
            (ExternalDecision::Add | ExternalDecision::Adopt, Some(theirs)) => {
                self.clear_deleted(&id);
                self.set_base(&id, Some(theirs.revision));
                if open_here && decision == ExternalDecision::Adopt {
                    let title = theirs.display_title().to_string();
                    let text = NoticeText::said(move |lang| {
                        crate::i18n::fill(T::ChangedElsewhere.get(lang), &[("title", &title)])
                    });
                    self.notices.push(NoticeKind::Info, text, None);
                }
                self.change(|plans| match plans.iter_mut().find(|p| p.id == id) {
                    Some(plan) => *plan = theirs,
                    None => plans.insert(0, theirs),
                });
            }
            (
                ExternalDecision::Conflict | ExternalDecision::Add | ExternalDecision::Adopt,
                None,
            ) => {}
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
            self.clear_deleted(id);
            match storage::delete_plan(id) {
                Ok(()) => self.set_base(id, None),
                Err(e) => self.notices.storage_error(&e),
            }
        }
        removed
    }

    /// Puts `plan` in the place of the plan with its id and returns the one it replaced.
    pub fn replace(&self, mut plan: Plan) -> Option<Plan> {
        self.clear_deleted(&plan.id);
        self.persist(&mut plan);
        let mut old = None;
        self.change(|plans| match plans.iter_mut().find(|p| p.id == plan.id) {
            Some(slot) => old = Some(std::mem::replace(slot, plan)),
            None => plans.insert(0, plan),
        });
        old
    }

    /// Puts back a removed plan where its last edit places it.
    pub fn restore(&self, mut plan: Plan) {
        self.persist(&mut plan);
        self.change(|plans| {
            let at = plans
                .iter()
                .position(|p| p.updated_at < plan.updated_at)
                .unwrap_or(plans.len());
            plans.insert(at, plan);
        });
    }

    /// Writes a plan as a whole. Over a stored or known version it takes a revision no tab has seen
    /// ([`revision::fresh_revision`]), so another tab holding the plan learns that it changed.
    fn persist(&self, plan: &mut Plan) {
        let stored = match storage::stored_revision(&plan.id) {
            Ok(StoredRevision::At(r)) => Some(r),
            _ => None,
        };
        plan.revision = revision::whole_write_revision(stored, self.base(&plan.id), plan.revision);
        match storage::save_plan(plan, browser::now()) {
            Ok(()) => self.set_base(&plan.id, Some(plan.revision)),
            Err(e) => self.notices.storage_error_for(&e, Some(&plan.id)),
        }
    }
}
