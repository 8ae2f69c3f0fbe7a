//! Keeping the only copy safe: ask the browser to keep storage for good, and remind about backups.

use std::collections::BTreeMap;

use goal_ladder_core::plan::PlanId;
use goal_ladder_core::{Plan, Timestamp};
use leptos::prelude::*;

use crate::storage::{self, StorageKey};

/// A week: after that long without an export, a changed plan gets a reminder.
const REMIND_AFTER_MS: i64 = 7 * 24 * 60 * 60 * 1000;

/// Whether the browser promised to keep this site's storage (`None` while asking, or if it cannot say).
#[derive(Debug, Clone, Copy)]
pub struct Persistence(pub RwSignal<Option<bool>>);

/// Asks for persistent storage once at start; browsers that cannot say leave the answer unknown.
pub fn request_persistence(answer: RwSignal<Option<bool>>) {
    let Some(manager) = web_sys::window().map(|w| w.navigator().storage()) else {
        return;
    };
    let Ok(promise) = manager.persist() else {
        return;
    };
    leptos::task::spawn_local(async move {
        if let Ok(granted) = wasm_bindgen_futures::JsFuture::from(promise).await {
            answer.set(granted.as_bool());
        }
    });
}

/// When each plan was last exported, kept apart from the plans so an export never counts as an edit.
pub fn exports() -> BTreeMap<String, i64> {
    storage::read_setting(&StorageKey::Exports)
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default()
}

pub fn record_export(id: &PlanId, at: Timestamp) {
    let mut all = exports();
    all.insert(id.to_string(), at.millis());
    if let Ok(text) = serde_json::to_string(&all) {
        // A lost record only means one reminder too many.
        let _ = storage::write_setting(&StorageKey::Exports, &text);
    }
}

/// Plans changed since their last export (or never exported) and older than a week since then.
pub fn needing_backup<'a>(
    plans: &'a [Plan],
    exports: &BTreeMap<String, i64>,
    now: Timestamp,
) -> Vec<&'a Plan> {
    plans
        .iter()
        .filter(|p| {
            let since = exports
                .get(p.id.as_str())
                .copied()
                .unwrap_or(p.created_at.millis());
            p.updated_at.millis() > since && now.millis() - since > REMIND_AFTER_MS
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use goal_ladder_core::plan::PlanId;

    const DAY: i64 = 24 * 60 * 60 * 1000;

    fn plan(id: &str, created: i64, updated: i64) -> Plan {
        let mut p = Plan::new(PlanId::new(id), id, Timestamp::from_millis(created));
        p.updated_at = Timestamp::from_millis(updated);
        p
    }

    #[test]
    fn a_plan_changed_and_not_exported_for_a_week_needs_a_backup() {
        let now = Timestamp::from_millis(30 * DAY);
        let plans = vec![
            plan("old-never-exported", 0, 2 * DAY),
            plan("new", 25 * DAY, 26 * DAY),
            plan("exported-after-change", 0, 2 * DAY),
            plan("changed-after-export", 0, 20 * DAY),
            plan("untouched", 0, 0),
        ];
        let exports = BTreeMap::from([
            ("exported-after-change".to_string(), 3 * DAY),
            ("changed-after-export".to_string(), 10 * DAY),
        ]);
        let ids: Vec<&str> = needing_backup(&plans, &exports, now)
            .iter()
            .map(|p| p.id.as_str())
            .collect();
        assert_eq!(ids, ["old-never-exported", "changed-after-export"]);
    }
}
