use goal_ladder_core::plan::{GoalId, LevelOverride};
use goal_ladder_core::LadderLevel;
use leptos::prelude::*;

use crate::components::focus::focus_later;
use crate::i18n::{fill, tr, use_lang, T};
use crate::state::{use_open_plan, NoticeText};

/// The id of a choice button, to give the focus back to it after an undo.
fn choice_id(goal: &GoalId, index: usize) -> String {
    format!("level-choice-{goal}-{index}")
}

/// For a goal the scorer could not place: says so, and offers its two likeliest levels. One click sets
/// the goal's own level (as "Your own level" under the numbers does); the notice it leaves can undo it.
#[component]
pub fn LevelChoice(goal: GoalId, choices: [LadderLevel; 2]) -> impl IntoView {
    let plan = use_open_plan();
    let lang = use_lang();
    let goal = StoredValue::new(goal);
    let choose = move |level: LadderLevel| {
        let id = goal.get_value();
        let mut previous = None;
        plan.edit_goal(&id, |g| {
            previous = Some(g.level_override.clone());
            let justification = g
                .level_override
                .take()
                .map(|o| o.justification)
                .unwrap_or_default();
            g.level_override = Some(LevelOverride {
                level,
                justification,
            });
        });
        let Some(previous) = previous else {
            return;
        };
        let text = NoticeText::said(move |ui| {
            fill(
                T::LevelChosen.get(ui),
                &[("level", &format!("{} {}", level.number(), level.name(ui)))],
            )
        });
        let back_to = choice_id(&id, 0);
        let undo = move || {
            plan.edit_goal(&id, |g| g.level_override = previous.clone());
            focus_later(back_to.clone());
        };
        // The buttons are gone with the choice made; the focus goes to the way back.
        plan.book().notices().push_undo(text, undo);
    };
    view! {
        <div class="level-choice" data-testid="level-choice">
            <p>{tr(T::CouldNotPlace)}</p>
            <div class="actions" role="group" aria-label=tr(T::LikeliestLevels)>
                {choices
                    .into_iter()
                    .enumerate()
                    .map(|(i, level)| view! {
                        <button
                            type="button"
                            class=format!("button small level-option level-{}", level.number())
                            id=move || choice_id(&goal.get_value(), i)
                            data-testid="level-option"
                            data-level=level.number().to_string()
                            on:click=move |_| choose(level)
                        >
                            <span class=format!("level-dot level-{}", level.number()) aria-hidden="true"></span>
                            {move || format!("{} {}", level.number(), level.name(lang.get()))}
                        </button>
                    })
                    .collect_view()}
            </div>
        </div>
    }
}
