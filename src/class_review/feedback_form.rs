use goal_ladder_core::classroom::feedback::{criterion_name, rubric_points};
use goal_ladder_core::classroom::{Criterion, DraftOverride, Grade};
use goal_ladder_core::limits::MAX_COMMENT_CHARS;
use leptos::prelude::*;

use crate::class_review::feedback_draft::{export_feedback, FeedbackDraftState};
use crate::class_review::load::Review;
use crate::i18n::{fill, tr, use_lang, T};
use crate::state::{NoticeKind, NoticeText, Notices};

/// The teacher's feedback on one student's plan as a whole: a comment, rubric points set by hand with a
/// reason (where the hand-in answers an exercise), and the export of the feedback file.
#[component]
pub fn FeedbackForm(index: usize, grade: Option<Grade>) -> impl IntoView {
    let state = expect_context::<FeedbackDraftState>();
    let review = expect_context::<Review>();
    let notices = expect_context::<Notices>();
    let lang = use_lang();
    let export = move |_| {
        let Some(hand_in) = review.hand_ins.with_untracked(|h| h.get(index).cloned()) else {
            return;
        };
        let lang = lang.get_untracked();
        match state
            .draft
            .with_untracked(|d| export_feedback(&hand_in, d, lang))
        {
            Ok(file) => notices.push(
                NoticeKind::Success,
                NoticeText::said(move |lang| fill(T::Exported.get(lang), &[("file", &file)])),
                None,
            ),
            Err(e) => notices.push(NoticeKind::Error, e, None),
        };
    };
    let overrides = grade.map(|grade| {
        view! {
            <fieldset class="override-fields">
                <legend>{tr(T::OverrideLegend)}</legend>
                {Criterion::ALL
                    .into_iter()
                    .map(|c| view! { <OverrideField criterion=c grade=grade.clone() /> })
                    .collect_view()}
            </fieldset>
        }
    });
    view! {
        <section class="card feedback-form no-print" aria-labelledby="feedback-heading" data-testid="feedback-form">
            <h3 id="feedback-heading">{tr(T::FeedbackHeading)}</h3>
            <p class="hint">{tr(T::FeedbackHelp)}</p>
            <label class="field">
                <span>{tr(T::PlanCommentForStudent)}</span>
                <textarea
                    rows="3"
                    data-testid="plan-comment"
                    maxlength=MAX_COMMENT_CHARS
                    prop:value=move || state.draft.with(|d| d.comment.clone())
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        state.draft.update(|d| d.comment = text);
                    }
                ></textarea>
            </label>
            {overrides}
            <div class="actions">
                <button type="button" class="button primary" data-testid="export-feedback" on:click=export>
                    {tr(T::ExportFeedback)}
                </button>
            </div>
        </section>
    }
}

/// Points for one criterion set by hand, and the reason.
#[component]
fn OverrideField(criterion: Criterion, grade: Grade) -> impl IntoView {
    let state = expect_context::<FeedbackDraftState>();
    let lang = use_lang();
    let (points, max) = rubric_points(&grade, criterion);
    let key = criterion.key();
    let current = move || state.draft.with(|d| d.overrides.get(&criterion).cloned());
    let edit = move |f: &dyn Fn(&mut DraftOverride)| {
        state.draft.update(|d| {
            let entry = d.overrides.entry(criterion).or_default();
            f(entry);
            if entry.points.is_none() && entry.reason.trim().is_empty() {
                d.overrides.remove(&criterion);
            }
        });
    };
    view! {
        <div class="override-field" data-testid=format!("override-{key}")>
            <label class="field">
                <span>{move || fill(T::OverridePoints.get(lang.get()), &[
                    ("criterion", criterion_name(criterion, lang.get())),
                    ("points", &points.to_string()),
                    ("max", &max.to_string()),
                ])}</span>
                <input
                    type="number"
                    inputmode="numeric"
                    min="0"
                    max=max
                    step="1"
                    data-testid=format!("override-points-{key}")
                    prop:value=move || current().and_then(|o| o.points).map(|p| p.to_string()).unwrap_or_default()
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        edit(&|o| o.points = text.trim().parse().ok());
                    }
                />
            </label>
            <label class="field">
                <span>{tr(T::OverrideReason)}</span>
                <input
                    type="text"
                    aria-label=move || fill(T::OverrideReasonFor.get(lang.get()), &[("criterion", criterion_name(criterion, lang.get()))])
                    maxlength=MAX_COMMENT_CHARS
                    data-testid=format!("override-reason-{key}")
                    prop:value=move || current().map(|o| o.reason).unwrap_or_default()
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        edit(&|o| o.reason = text.clone());
                    }
                />
            </label>
        </div>
    }
}
