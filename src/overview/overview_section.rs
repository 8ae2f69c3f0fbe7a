use leptos::prelude::*;

use goal_ladder_core::classroom::KeptExercise;

use crate::classroom::exercise_form::ExerciseForm;
use crate::classroom::exercise_store::exercise_for;
use crate::classroom::hand_in_form::HandInForm;
use crate::classroom::share_card::ShareCard;
use crate::i18n::{tr, T};
use crate::overview::about_card::AboutCard;
use crate::overview::ladder_picture::{LadderPicture, LevelCounts};
use crate::overview::next_period_card::NextPeriodCard;
use crate::overview::progress_list::ProgressList;
use crate::overview::review_card::{ReviewBanner, ReviewCard};
use crate::overview::teacher_feedback_card::TeacherFeedbackCard;
use crate::overview::warning_list::WarningList;
use crate::state::use_open_plan;

#[component]
pub fn OverviewSection() -> impl IntoView {
    // A student's plan (started from an exercise) is handed in; a teacher's own plan can become an
    // exercise. Each sees only their own action.
    let from_exercise = !matches!(exercise_for(&use_open_plan().id()), KeptExercise::None);
    view! {
        <section class="screen overview" aria-labelledby="overview-heading">
            <h2 id="overview-heading" class="visually-hidden">{tr(T::SectionOverview)}</h2>
            <ReviewBanner />
            <AboutCard />
            <TeacherFeedbackCard />
            <div class="overview-grid">
                <div class="card">
                    <h3>{tr(T::TheLadder)}</h3>
                    <LadderPicture />
                </div>
                <div class="card">
                    <h3>{tr(T::Summary)}</h3>
                    <LevelCounts />
                </div>
            </div>
            <WarningList />
            <ProgressList />
            <ReviewCard />
            <NextPeriodCard />
            <Show when=move || from_exercise>
                <HandInForm />
            </Show>
            <ShareCard />
            <Show when=move || !from_exercise>
                <ExerciseForm />
            </Show>
        </section>
    }
}
