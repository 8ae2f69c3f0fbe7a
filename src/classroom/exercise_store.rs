use goal_ladder_core::classroom::{write_exercise_file, Exercise, KeptExercise};
use goal_ladder_core::plan::PlanId;
use goal_ladder_core::Plan;

use crate::browser;
use crate::state::PlanBook;
use crate::storage::{self, StorageError, StorageKey};

/// The exercise a plan was started from: none, read, or kept but unreadable (which is said, never
/// taken for none).
pub fn exercise_for(plan: &PlanId) -> KeptExercise {
    KeptExercise::read(storage::read_setting(&StorageKey::Exercise(plan.clone())).as_deref())
}

fn keep_exercise_for(plan: &PlanId, exercise: &Exercise) -> Result<(), StorageError> {
    storage::write_setting(
        &StorageKey::Exercise(plan.clone()),
        &write_exercise_file(exercise, browser::now()),
    )
}

/// Starts a student's plan from an exercise: the case, business goals and audiences come along, and
/// the exercise is kept beside the plan for the live rubric and the hand-in.
pub fn start_exercise(exercise: &Exercise, book: PlanBook) -> Plan {
    let plan = exercise.start_plan(PlanId::new(browser::new_id("plan")), browser::now());
    if let Err(e) = keep_exercise_for(&plan.id, exercise) {
        book.notices().storage_error(&e);
    }
    book.add(plan.clone());
    plan
}
