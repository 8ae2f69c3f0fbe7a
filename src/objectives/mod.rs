//! Objectives: the plan's business goals, and under each the social goals that serve it, scored as typed.

pub mod business_goal_card;
#[cfg(feature = "coach")]
pub mod coach_engine;
pub mod figures_offer;
pub mod goal_card;
#[cfg(feature = "coach")]
pub mod goal_coach;
/// The build without the coach (`--no-default-features`), made only by `scripts/bench` to measure what the
/// coach adds to the first load: the card's slot for it renders nothing, so the coach's code is dead and
/// the release build's link-time optimisation leaves it out.
#[cfg(not(feature = "coach"))]
pub mod goal_coach {
    use goal_ladder_core::plan::Goal;
    use goal_ladder_core::scoring::Assessment;
    use leptos::prelude::*;

    #[component]
    pub fn GoalCoach(
        goal: Memo<Option<Goal>>,
        assessment: Memo<Option<Assessment>>,
    ) -> impl IntoView {
        let _ = (goal, assessment);
    }
}
pub mod goal_details;
pub mod goal_feedback;
pub mod goal_role;
pub mod level_choice;
pub mod measurements;
pub mod objectives_section;
pub mod teacher_comment;
