//! The feedback a teacher is writing on one hand-in: kept in storage beside the hand-in's plan id as it
//! is typed (a tab switch or a reload loses nothing), and exported as a feedback file.

use goal_ladder_core::classroom::feedback::criterion_name;
use goal_ladder_core::classroom::{
    feedback_file_name, summarize, write_feedback_file, FeedbackDraft, FeedbackError, HandIn,
};
use goal_ladder_core::limits::MAX_COMMENT_CHARS;
use goal_ladder_core::plan::PlanId;
use goal_ladder_core::Lang;
use leptos::prelude::*;

use crate::browser;
use crate::i18n::{fill, T};
use crate::state::Notices;
use crate::storage::{self, StorageKey};

/// The draft of the student shown, shared with the goal comment fields through context.
#[derive(Debug, Clone, Copy)]
pub struct FeedbackDraftState {
    pub draft: RwSignal<FeedbackDraft>,
}

impl FeedbackDraftState {
    /// The stored draft for the hand-in of plan `id`, saved again on every change.
    pub fn restore(id: &PlanId, notices: Notices) -> FeedbackDraftState {
        let draft = RwSignal::new(stored_draft(id));
        let key = StorageKey::FeedbackDraft(id.clone());
        Effect::new(move |first: Option<()>| {
            let text = draft.with(FeedbackDraft::write);
            // Opening a student's plan writes nothing; the first edit does.
            if first.is_some() {
                if let Err(e) = storage::write_setting(&key, &text) {
                    notices.storage_error(&e);
                }
            }
        });
        FeedbackDraftState { draft }
    }
}

/// The stored draft for the hand-in of plan `id`, or an empty one.
pub fn stored_draft(id: &PlanId) -> FeedbackDraft {
    storage::read_setting(&StorageKey::FeedbackDraft(id.clone()))
        .as_deref()
        .and_then(FeedbackDraft::read)
        .unwrap_or_default()
}

/// Writes the feedback file of `draft` on `hand_in` and offers it as a download; the file's name, or
/// why it was not written, in `lang`. The rubric's points are the ones the review shows (recomputed as
/// of the hand-in's day), not the file's own summary.
pub fn export_feedback(
    hand_in: &HandIn,
    draft: &FeedbackDraft,
    lang: Lang,
) -> Result<String, String> {
    if draft.is_empty() {
        return Err(T::FeedbackEmpty.get(lang).to_string());
    }
    let mut graded = hand_in.clone();
    let as_of = hand_in.handed_in_at.date().min(browser::today());
    graded.summary = summarize(&graded.plan, graded.exercise.as_ref(), as_of);
    let feedback = draft.feedback(&graded, browser::now()).map_err(|e| {
        fill(
            T::FeedbackNotMade.get(lang),
            &[("reason", &error_text(&e, lang))],
        )
    })?;
    let name = feedback_file_name(&feedback);
    browser::download_text(&name, "application/json", &write_feedback_file(&feedback))?;
    Ok(name)
}

fn error_text(e: &FeedbackError, lang: Lang) -> String {
    match e {
        FeedbackError::NoReason(c) => fill(
            T::FeedbackNoReason.get(lang),
            &[("criterion", criterion_name(*c, lang))],
        ),
        FeedbackError::PointsOverMax {
            criterion,
            points,
            max,
        } => fill(
            T::FeedbackOverMax.get(lang),
            &[
                ("criterion", criterion_name(*criterion, lang)),
                ("points", &points.to_string()),
                ("max", &max.to_string()),
            ],
        ),
        FeedbackError::TooLong { chars, .. } => fill(
            T::FeedbackTooLong.get(lang),
            &[
                ("chars", &chars.to_string()),
                ("limit", &MAX_COMMENT_CHARS.to_string()),
            ],
        ),
        // The form cannot make these (it offers only the plan's goals, one field each).
        FeedbackError::UnknownGoal(_) | FeedbackError::TooMany { .. } => e.to_string(),
    }
}
