use std::collections::HashMap;

use goal_ladder_core::plan::{Goal, GoalId, PlanId};
use goal_ladder_core::Plan;
use leptos::prelude::*;

use super::PlanBook;

/// The plan that is open, for the components of its screens.
///
/// Fine-grained updates come from one trigger per goal rather than a keyed `reactive_stores` store: a
/// store's field access needs `#[derive(Store)]` on the core's `Plan` and `Goal`, which would tie the
/// domain crate to Leptos, and a minimal keyed store alone added 13.2 KB gzip to the release wasm
/// (measured 2026-12-06: 637 599 → 651 100 bytes after wasm-opt), over the 10 KB the change could cost.
#[derive(Debug, Clone, Copy)]
pub struct OpenPlan {
    id: StoredValue<PlanId>,
    book: PlanBook,
    /// One trigger per goal, told of edits inside that goal only.
    goal_edits: StoredValue<HashMap<GoalId, ArcTrigger>>,
}

impl OpenPlan {
    pub fn new(id: PlanId, book: PlanBook) -> Self {
        OpenPlan {
            id: StoredValue::new(id),
            book,
            goal_edits: StoredValue::new(HashMap::new()),
        }
    }

    pub fn id(&self) -> PlanId {
        self.id.get_value()
    }

    pub fn book(&self) -> PlanBook {
        self.book
    }

    /// Reads the plan, tracked: the caller re-runs when the plan changes.
    pub fn with<R>(&self, f: impl FnOnce(&Plan) -> R) -> Option<R> {
        self.book.with_plan(&self.id.get_value(), f)
    }

    pub fn update(&self, edit: impl FnOnce(&mut Plan)) {
        self.book.update(&self.id.get_value(), edit);
    }

    /// One goal, as a copy, tracked narrowly: the caller re-runs when this goal is edited or when the plan
    /// changes in any other way than an edit inside another goal.
    pub fn goal(&self, id: &GoalId) -> Option<Goal> {
        self.book.track_broad();
        self.goal_edits(id).track();
        self.book
            .with_plan_untracked(&self.id.get_value(), |p| {
                p.goals.iter().find(|g| &g.id == id).cloned()
            })
            .flatten()
    }

    /// Applies an edit to one goal and tells only that goal's followers, and whatever reads the whole plan.
    pub fn edit_goal(&self, id: &GoalId, edit: impl FnOnce(&mut Goal)) {
        self.book.update_within_goal(&self.id.get_value(), |p| {
            if let Some(g) = p.goals.iter_mut().find(|g| &g.id == id) {
                edit(g);
            }
        });
        self.goal_edits(id).notify();
    }

    fn goal_edits(&self, id: &GoalId) -> ArcTrigger {
        self.goal_edits
            .try_update_value(|edits| edits.entry(id.clone()).or_default().clone())
            .unwrap_or_default()
    }
}

pub fn use_open_plan() -> OpenPlan {
    expect_context::<OpenPlan>()
}
