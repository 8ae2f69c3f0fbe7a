//! Plans in the browser's localStorage: one entry per plan, under keys that carry the storage format version.
//!
//! Every failure is a value: a refused write leaves the earlier entry whole (a single `setItem` either
//! replaces it or not), and an entry that cannot be read is copied aside, never deleted.

use std::fmt;

use gloo_storage::{LocalStorage, Storage};
use goal_ladder_core::file::FileError;
use goal_ladder_core::plan::PlanId;
use goal_ladder_core::plan_file::{read_plan_file, write_plan_compact};
use goal_ladder_core::revision::Revision;
use goal_ladder_core::{Plan, Timestamp};
use wasm_bindgen::JsCast;

const PREFIX: &str = "goal-ladder.v1.";

/// Every key the app writes. The version in the prefix changes when the layout of storage does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageKey {
    Plan(PlanId),
    /// The raw text of an entry that could not be read, kept for the user to download.
    Recovered(String),
    Settings,
    /// When each plan was last exported, for the backup reminder.
    Exports,
    /// The exercise a plan was started from, shown beside it and graded live.
    Exercise(PlanId),
    /// The exercise a teacher is writing from a plan, kept while it is written.
    ExerciseDraft(PlanId),
    /// The feedback a teacher is writing on a handed-in plan (by its id), kept until exported.
    FeedbackDraft(PlanId),
    /// The class loaded in the teacher's review, in this tab's sessionStorage only (the review is a page
    /// of its own, so going to the plans and back is a new page): gone when the tab closes or reloads.
    ReviewClass,
}

impl StorageKey {
    pub fn name(&self) -> String {
        match self {
            StorageKey::Plan(id) => format!("{PREFIX}plan.{id}"),
            StorageKey::Recovered(original) => format!("{PREFIX}recovered.{original}"),
            StorageKey::Settings => format!("{PREFIX}settings"),
            StorageKey::Exports => format!("{PREFIX}exports"),
            StorageKey::Exercise(id) => format!("{PREFIX}exercise.{id}"),
            StorageKey::ExerciseDraft(id) => format!("{PREFIX}exercise-draft.{id}"),
            StorageKey::FeedbackDraft(id) => format!("{PREFIX}feedback-draft.{id}"),
            StorageKey::ReviewClass => format!("{PREFIX}review-class"),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum StorageError {
    /// The browser gives this page no localStorage (private mode, blocked by settings).
    Unavailable,
    /// The browser's storage is full.
    Full,
    Refused(String),
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Unavailable => write!(f, "This browser does not let the page save anything, so changes last only until the tab is closed. Export your plan to keep it."),
            StorageError::Full => write!(f, "The browser's storage for this page is full, so the last change was not saved. It is still on screen: export the plan to keep it."),
            StorageError::Refused(why) => write!(f, "The browser refused to save ({why}). Your change is still on screen: export the plan to keep it."),
        }
    }
}

/// A stored entry that could not be read as a plan.
#[derive(Debug, Clone, PartialEq)]
pub struct UnreadableEntry {
    pub key: String,
    pub raw: String,
    pub error: FileError,
}

/// A stored plan whose id could not stand in a link, moved at this start to the key of a safe id.
#[derive(Debug, Clone, PartialEq)]
pub struct MovedEntry {
    pub name: String,
    pub from: String,
    pub to: PlanId,
    /// The entry as it was stored, kept aside under its recovered key too.
    pub raw: String,
    pub key: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct StoredPlans {
    pub plans: Vec<Plan>,
    pub unreadable: Vec<UnreadableEntry>,
    pub moved: Vec<MovedEntry>,
}

fn storage() -> Result<web_sys::Storage, StorageError> {
    // `LocalStorage::raw` panics where storage is blocked, so ask the window first.
    match web_sys::window().map(|w| w.local_storage()) {
        Some(Ok(Some(_))) => Ok(LocalStorage::raw()),
        _ => Err(StorageError::Unavailable),
    }
}

fn write_error(e: wasm_bindgen::JsValue) -> StorageError {
    match e.dyn_ref::<web_sys::DomException>() {
        Some(ex) if ex.name() == "QuotaExceededError" || ex.code() == 22 => StorageError::Full,
        _ => StorageError::Refused(crate::browser::js_error_text(&e)),
    }
}

/// Reads every stored plan, newest edit first. Unreadable entries are copied aside and reported.
pub fn load_plans() -> Result<StoredPlans, StorageError> {
    let store = storage()?;
    let plan_prefix = format!("{PREFIX}plan.");
    let mut keys = Vec::new();
    for i in 0..store.length().unwrap_or(0) {
        if let Ok(Some(key)) = store.key(i) {
            if key.starts_with(&plan_prefix) {
                keys.push(key);
            }
        }
    }
    let mut found = StoredPlans::default();
    for key in keys {
        let Ok(Some(raw)) = store.get_item(&key) else {
            continue;
        };
        match read_plan_file(&raw) {
            Ok(read) if StorageKey::Plan(read.plan.id.clone()).name() != key => {
                // Stored under an id the reader made safe: the plan moves to the key of its new id
                // (else every save would go to a key the next start reads as another plan). The old
                // entry is kept aside, as an unreadable one is.
                let new_key = StorageKey::Plan(read.plan.id.clone()).name();
                let aside = StorageKey::Recovered(key.clone()).name();
                let moved_before = matches!(store.get_item(&new_key), Ok(Some(_)));
                let kept_aside = matches!(store.get_item(&aside), Ok(Some(_)))
                    || store.set_item(&aside, &raw).is_ok();
                let moved = moved_before
                    || store
                        .set_item(
                            &new_key,
                            &write_plan_compact(&read.plan, read.plan.updated_at),
                        )
                        .is_ok();
                if kept_aside && moved {
                    let _ = store.remove_item(&key);
                }
                if !moved_before {
                    if moved {
                        found.moved.push(MovedEntry {
                            name: read.plan.title.clone(),
                            from: plan_id_of_key(&key)
                                .map(|id| id.to_string())
                                .unwrap_or_default(),
                            to: read.plan.id.clone(),
                            raw: raw.clone(),
                            key: key.clone(),
                        });
                    }
                    found.plans.push(read.plan);
                }
            }
            Ok(read) => found.plans.push(read.plan),
            Err(error) => {
                let aside = StorageKey::Recovered(key.clone()).name();
                if !matches!(store.get_item(&aside), Ok(Some(_))) {
                    // If even this copy fails the original is still in place, so nothing is lost.
                    let _ = store.set_item(&aside, &raw);
                }
                found.unreadable.push(UnreadableEntry { key, raw, error });
            }
        }
    }
    found.plans.sort_by(|a, b| {
        b.updated_at
            .cmp(&a.updated_at)
            .then_with(|| a.id.cmp(&b.id))
    });
    Ok(found)
}

/// The plan a storage key belongs to, for changes announced by other tabs.
pub fn plan_id_of_key(key: &str) -> Option<PlanId> {
    key.strip_prefix(PREFIX)?
        .strip_prefix("plan.")
        .filter(|id| !id.is_empty())
        .map(PlanId::new)
}

/// Writes one plan. On failure the previously stored version stays as it was.
pub fn save_plan(plan: &Plan, now: Timestamp) -> Result<(), StorageError> {
    save_plan_text(&plan.id, &plan_text(plan, now))
}

/// The stored form of a plan, for [`save_plan_text`].
pub fn plan_text(plan: &Plan, now: Timestamp) -> String {
    write_plan_compact(plan, now)
}

pub fn save_plan_text(id: &PlanId, text: &str) -> Result<(), StorageError> {
    storage()?
        .set_item(&StorageKey::Plan(id.clone()).name(), text)
        .map_err(write_error)
}

/// The revision of the plan as stored now (`None`: no entry), read without parsing the whole plan: this
/// runs on every edit. In the compact JSON the app writes, the first `"revision":` is the plan's own (a
/// string value could only hold it with escaped quotes). An entry whose revision cannot be found is
/// `Unreadable`.
pub fn stored_revision(id: &PlanId) -> Result<StoredRevision, StorageError> {
    let raw = storage()?
        .get_item(&StorageKey::Plan(id.clone()).name())
        .map_err(write_error)?;
    Ok(match raw {
        None => StoredRevision::Absent,
        Some(raw) => revision_in(&raw).map_or(StoredRevision::Unreadable, StoredRevision::At),
    })
}

/// What storage holds of one plan, as far as its revision goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoredRevision {
    Absent,
    At(Revision),
    /// An entry is there, but no revision can be read from it.
    Unreadable,
}

fn revision_in(raw: &str) -> Option<u64> {
    let at = raw.find("\"revision\":")? + "\"revision\":".len();
    let digits: String = raw[at..]
        .chars()
        .skip_while(|c| c.is_whitespace())
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// Reads one plan as it is stored now, for comparing revisions with another tab.
pub fn load_plan(id: &PlanId) -> Result<Option<Plan>, StorageError> {
    let raw = storage()?
        .get_item(&StorageKey::Plan(id.clone()).name())
        .map_err(write_error)?;
    Ok(raw
        .and_then(|raw| read_plan_file(&raw).ok())
        .map(|read| read.plan))
}

pub fn delete_plan(id: &PlanId) -> Result<(), StorageError> {
    storage()?
        .remove_item(&StorageKey::Plan(id.clone()).name())
        .map_err(write_error)
}

pub fn read_setting(key: &StorageKey) -> Option<String> {
    storage().ok()?.get_item(&key.name()).ok().flatten()
}

pub fn write_setting(key: &StorageKey, value: &str) -> Result<(), StorageError> {
    storage()?.set_item(&key.name(), value).map_err(write_error)
}

#[cfg(test)]
mod tests {
    use super::*;
    use goal_ladder_core::plan_file::write_plan_compact;

    #[test]
    fn the_stored_revision_is_read_from_the_plan_not_from_its_text() {
        let mut plan = Plan::new(
            PlanId::new("p"),
            "\"revision\":99",
            Timestamp::from_millis(0),
        );
        plan.description = "\"revision\": 7".into();
        plan.revision = 12;
        assert_eq!(
            revision_in(&write_plan_compact(&plan, Timestamp::from_millis(0))),
            Some(12)
        );
        assert_eq!(revision_in("not a plan"), None);
    }
}
