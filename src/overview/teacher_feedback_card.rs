use goal_ladder_core::classroom::feedback::criterion_name;
use leptos::prelude::*;

use crate::browser;
use crate::i18n::{fill, long_date, tr, use_lang, T};
use crate::objectives::teacher_comment::is_on_gone_goal;
use crate::state::use_open_plan;

/// The teacher's feedback on the plan as a whole, once opened: the comment, points set by hand with
/// their reasons, and comments on goals no longer in the plan. Nothing when there is no feedback.
#[component]
pub fn TeacherFeedbackCard() -> impl IntoView {
    let plan = use_open_plan();
    let lang = use_lang();
    let feedback = Memo::new(move |_| {
        plan.with(|p| {
            p.feedback.as_ref().map(|f| {
                let gone: Vec<_> = f
                    .goal_comments
                    .iter()
                    .filter(|c| is_on_gone_goal(p, c))
                    .cloned()
                    .collect();
                ((**f).clone(), gone)
            })
        })
        .flatten()
    });
    move || {
        let (f, gone) = feedback.get()?;
        let given = f.given_at;
        let handed_in = f.handed_in_at;
        let comment = f.comment.trim().to_string();
        Some(view! {
            <section class="card teacher-feedback" aria-labelledby="teacher-feedback-heading" data-testid="teacher-feedback">
                <h3 id="teacher-feedback-heading">{tr(T::TeacherFeedback)}</h3>
                <p class="card-meta">{move || {
                    let lang = lang.get();
                    fill(T::TeacherFeedbackGiven.get(lang), &[
                        ("date", &long_date(browser::local_date_time(given).0, lang)),
                        ("handed_in", &long_date(browser::local_date_time(handed_in).0, lang)),
                    ])
                }}</p>
                {(!comment.is_empty()).then(|| view! {
                    <p class="teacher-comment-text plan-comment" data-testid="teacher-plan-comment">{comment}</p>
                })}
                {(!f.overrides.is_empty()).then(|| view! {
                    <ul class="stack teacher-points">
                        {f.overrides.iter().map(|o| {
                            let o = o.clone();
                            let reason = o.reason.clone();
                            view! {
                                <li data-testid="teacher-points" data-criterion=o.criterion.key()>
                                    <strong>{move || {
                                        let lang = lang.get();
                                        fill(T::PointsByTeacher.get(lang), &[
                                            ("criterion", criterion_name(o.criterion, lang)),
                                            ("points", &o.points.to_string()),
                                            ("max", &o.max.to_string()),
                                            ("rubric", &o.rubric_points.to_string()),
                                        ])
                                    }}</strong>
                                    " "
                                    <span>{reason}</span>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                })}
                {(!gone.is_empty()).then(|| view! {
                    <h4>{tr(T::CommentsOnGoneGoals)}</h4>
                    <ul class="stack">
                        {gone.into_iter().map(|c| view! {
                            <li data-testid="teacher-comment-gone">
                                <q>{c.statement_at_hand_in}</q>
                                " "
                                <span>{c.comment}</span>
                            </li>
                        }).collect_view()}
                    </ul>
                })}
            </section>
        })
    }
}
