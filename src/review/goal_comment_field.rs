use goal_ladder_core::limits::MAX_COMMENT_CHARS;
use goal_ladder_core::plan::GoalId;
use leptos::prelude::*;

use crate::i18n::tr;
use crate::i18n::T;
use crate::review::feedback_draft::FeedbackDraftState;

/// The teacher's comment for the student on one goal, kept in the review's feedback draft. Shows
/// nothing where no draft is provided.
#[component]
pub fn GoalCommentField(goal: GoalId) -> impl IntoView {
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
    view! {
        <label class="field teacher-comment-field no-print">
            <span>{tr(T::CommentForStudent)}</span>
            <textarea
                rows="2"
                data-testid="goal-comment"
                maxlength=MAX_COMMENT_CHARS
                prop:value=value
                on:input=on_input
            ></textarea>
        </label>
    }
    .into_any()
}
