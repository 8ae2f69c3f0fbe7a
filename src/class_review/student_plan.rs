use goal_ladder_core::classroom::class_table;
use leptos::prelude::*;

use crate::browser;
use crate::class_review::feedback_draft::FeedbackDraftState;
use crate::class_review::feedback_form::FeedbackForm;
use crate::class_review::load::Review;
use crate::class_review::reviewed_goal::ReviewedGoal;
use crate::class_review::reviewed_objective::ReviewedObjective;
use crate::class_review::reviewed_parts::{ReviewedPeople, ReviewedStrategy, ReviewedTechnology};
use crate::class_review::table_cell::student_button_id;
use crate::components::focus::focus_later;
use crate::i18n::{fill, long_date, tr, use_lang, T};
use crate::state::Notices;

/// One student's plan, read-only and whole, in the editor's order (people, goals, OKR, strategy,
/// technology), with the feedback the app gives: each goal's level on the ladder, its SMART checks and
/// advice, and the OKR scores. Assessed as of the day of the hand-in, like the
/// table, so the teacher sees what the student saw.
#[component]
pub fn StudentPlan(index: usize) -> impl IntoView {
    let review = expect_context::<Review>();
    let lang = use_lang();
    let Some(hand_in) = review.hand_ins.with_untracked(|h| h.get(index).cloned()) else {
        return ().into_any();
    };
    // The teacher's comments for this student, kept as they are typed.
    provide_context(FeedbackDraftState::restore(
        &hand_in.plan.id,
        expect_context::<Notices>(),
    ));
    let as_of = hand_in.handed_in_at.date().min(browser::today());
    let row = class_table(std::slice::from_ref(&hand_in), browser::today()).remove(0);
    let back = move |_| {
        review.open.set(None);
        focus_later(student_button_id(index));
    };
    let plan = StoredValue::new(hand_in.plan.clone());
    let name = hand_in.student_name.trim().to_string();
    let class_name = hand_in.class_name.clone();
    let handed_in = hand_in.handed_in_at;
    let meta = move || {
        let lang = lang.get();
        let name = if name.is_empty() {
            T::ReviewNoName.get(lang).to_string()
        } else {
            name.clone()
        };
        fill(
            T::ReviewHandedIn.get(lang),
            &[
                ("name", &name),
                ("class", &class_name),
                (
                    "date",
                    &long_date(browser::local_date_time(handed_in).0, lang),
                ),
            ],
        )
    };
    let assignment = hand_in.assignment_title().to_string();
    let grade = row.grade();
    let full_grade = row.summary.grade.clone();
    let differs = row.summary_differs.join(", ");
    let title = hand_in.plan.display_title().to_string();
    let description = hand_in.plan.description.trim().to_string();
    let goals = hand_in.plan.goals.clone();
    let objectives = hand_in.plan.objectives.clone();
    view! {
        <article class="student-plan" aria-labelledby="student-plan-heading" data-testid="student-plan">
            <div>
                <button type="button" class="button small" data-testid="review-back" on:click=back>
                    <span aria-hidden="true">"← "</span>
                    {tr(T::ReviewBack)}
                </button>
            </div>
            <div class="card">
                <h2 id="student-plan-heading" tabindex="-1" data-testid="student-plan-title">{title}</h2>
                <p class="card-meta">
                    <span data-testid="student-plan-meta">{meta}</span>
                    <span>{move || fill(T::ReviewAssignment.get(lang.get()), &[("title", &assignment)])}</span>
                    {grade.map(|(points, max)| view! {
                        <span>{move || fill(T::ReviewPoints.get(lang.get()), &[("points", &points.to_string()), ("max", &max.to_string())])}</span>
                    })}
                </p>
                {if description.is_empty() {
                    view! { <p class="hint">{tr(T::NoDescription)}</p> }.into_any()
                } else {
                    view! { <p class="plan-description">{description}</p> }.into_any()
                }}
                {(!differs.is_empty()).then(|| view! {
                    <p class="banner warn">{move || fill(T::ReviewSummaryDiffers.get(lang.get()), &[("fields", &differs)])}</p>
                })}
            </div>
            <ReviewedPeople plan=plan />
            <section class="card" aria-labelledby="student-goals-heading">
                <h3 id="student-goals-heading">{tr(T::ReviewGoals)}</h3>
                {if goals.is_empty() {
                    view! { <p class="hint">{tr(T::ReviewNoGoals)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="goal-list">
                            {goals.into_iter().map(|goal| view! { <ReviewedGoal goal=goal plan=plan as_of=as_of /> }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }}
            </section>
            <section class="card" aria-labelledby="student-okr-heading">
                <h3 id="student-okr-heading">{tr(T::OkrHeading)}</h3>
                {if objectives.is_empty() {
                    view! { <p class="hint">{tr(T::NoObjectives)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="stack">
                            {objectives.into_iter().map(|objective| view! { <ReviewedObjective objective=objective /> }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }}
            </section>
            <ReviewedStrategy plan=plan />
            <ReviewedTechnology plan=plan />
            <FeedbackForm index=index grade=full_grade />
        </article>
    }
    .into_any()
}
