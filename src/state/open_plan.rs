use goal_ladder_core::plan::PlanId;
use goal_ladder_core::Plan;
use leptos::prelude::*;

use super::PlanBook;

/// The plan that is open, for the components of its screens.
#[derive(Debug, Clone, Copy)]
pub struct OpenPlan {
    id: StoredValue<PlanId>,
    book: PlanBook,
}

impl OpenPlan {
    pub fn new(id: PlanId, book: PlanBook) -> Self {
        OpenPlan {
            id: StoredValue::new(id),
            book,
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
}

pub fn use_open_plan() -> OpenPlan {
    expect_context::<OpenPlan>()
}
