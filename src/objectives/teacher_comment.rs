use goal_ladder_core::classroom::{comment_state, CommentState, GoalComment};
use goal_ladder_core::plan::Goal;
use leptos::prelude::*;

use crate::i18n::{fill, tr, use_lang, T};
use crate::state::use_open_plan;

/// The teacher's comment on this goal from feedback the student opened, apart from the app's own
/// advice; marked when the goal was changed since the hand-in. Nothing when there is none.
#[component]
pub fn TeacherComment(goal: Memo<Option<Goal>>) -> impl IntoView {
    let plan = use_open_plan();
    let lang = use_lang();
    // Feedback changes only when a file is opened: follow the plan broadly, not every keystroke.
    let comment = Memo::new(move |_| {
        plan.book().track_broad();
        let id = goal.with(|g| g.as_ref().map(|g| g.id.clone()))?;
        plan.book()
            .with_plan_untracked(&plan.id(), |p| {
                p.feedback.as_ref().and_then(|f| f.on_goal(&id).cloned())
            })
            .flatten()
    });
    let state = move |c: &GoalComment| {
        goal.with(|g| c.state_against(g.as_ref().map(|g| g.statement.as_str())))
    };
    move || {
        let c = comment.get()?;
        let changed = !matches!(state(&c), CommentState::Current);
        let was = c.statement_at_hand_in.clone();
        Some(view! {
            <aside
                class="teacher-comment"
                class:changed=changed
                data-testid="teacher-comment"
                data-state=if changed { "changed" } else { "current" }
            >
                <p class="teacher-comment-title">{tr(T::TeacherComment)}</p>
                <p class="teacher-comment-text" data-testid="teacher-comment-text">{c.comment.clone()}</p>
                {changed.then(|| view! {
                    <p class="hint" data-testid="teacher-comment-changed">
                        {move || fill(T::TeacherCommentChanged.get(lang.get()), &[("statement", &was)])}
                    </p>
                })}
            </aside>
        })
    }
}

/// Whether `comment` is on a goal still in `plan`, for the overview's list of the others.
pub fn is_on_gone_goal(plan: &goal_ladder_core::Plan, comment: &GoalComment) -> bool {
    comment_state(plan, comment) == CommentState::GoalGone
}
