use goal_ladder_core::limits::MAX_COMMENT_CHARS;
use goal_ladder_core::plan::GoalId;
use leptos::prelude::*;

use crate::class_review::feedback_draft::FeedbackDraftState;
use crate::i18n::{fill, tr, use_lang, T};

/// The teacher's comment for the student on one goal, kept in the review's feedback draft. Shows
/// nothing where no draft is provided.
#[component]
pub fn GoalCommentField(goal: GoalId, statement: String) -> impl IntoView {
    let Some(state) = use_context::<FeedbackDraftState>() else {
        return ().into_any();
    };
    let goal = StoredValue::new(goal);
    let value = move || {
        state
            .draft
            .with(|d| d.goal_comments.get(&goal.get_value()).cloned())
            .unwrap_or_default()
    };
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        state.draft.update(|d| {
            if text.is_empty() {
                d.goal_comments.remove(&goal.get_value());
            } else {
                d.goal_comments.insert(goal.get_value(), text);
            }
        });
    };
    // Every goal has such a box: its name says which goal, beginning with the label that is seen.
    let lang = use_lang();
    let name = move || {
        fill(
            T::CommentForStudentOn.get(lang.get()),
            &[("goal", statement.trim())],
        )
    };
    view! {
        <label class="field teacher-comment-field no-print">
            <span>{tr(T::CommentForStudent)}</span>
            <textarea
                rows="2"
                aria-label=name
                data-testid="goal-comment"
                maxlength=MAX_COMMENT_CHARS
                prop:value=value
                on:input=on_input
            ></textarea>
        </label>
    }
    .into_any()
}
