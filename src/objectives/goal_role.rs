use goal_ladder_core::plan::{Goal, GoalId, GoalRole};
use goal_ladder_core::scoring::Assessment;
use goal_ladder_core::warnings::proposes_main;
use leptos::prelude::*;

use crate::i18n::{fill, tr, use_lang, T};
use crate::state::use_open_plan;

/// What the card needs to know of the goal's place in the plan, read whenever the plan's shape changes.
#[derive(Debug, Clone, PartialEq)]
struct Place {
    is_main: bool,
    /// The linked main goal, as (id, statement).
    parent: Option<(GoalId, String)>,
    /// Main goals the goal can be linked under, as (id, statement).
    choices: Vec<(GoalId, String)>,
    propose_main: bool,
}

/// The goal's role (main goal, indicator of a main goal, or linked to none), the switch between them,
/// and, for a goal on level 4-5 that answers to no main goal, the proposal to make it one.
#[component]
pub fn GoalRoleLine(
    goal: Memo<Option<Goal>>,
    assessment: Memo<Option<Assessment>>,
) -> impl IntoView {
    let plan = use_open_plan();
    let lang = use_lang();
    let place = Memo::new(move |_| {
        let goal = goal.get()?;
        assessment.with(|a| {
            let a = a.as_ref()?;
            plan.with(|p| {
                let named = |g: &Goal| (g.id.clone(), g.statement.trim().to_string());
                Place {
                    is_main: goal.is_main,
                    parent: match p.goal_role(&goal) {
                        GoalRole::IndicatorOf(parent) => Some(named(parent)),
                        _ => None,
                    },
                    choices: p.parent_choices(&goal).map(named).collect(),
                    propose_main: proposes_main(p, &goal, a),
                }
            })
        })
    });
    let id = move || goal.with(|g| g.as_ref().map(|g| g.id.clone()));
    // A change of role changes other cards' choices too, so it is a plan-wide edit, not one inside the goal.
    let set_role = move |is_main: bool, parent: Option<GoalId>| {
        let Some(id) = id() else { return };
        plan.update(|p| {
            if let Some(g) = p.goals.iter_mut().find(|g| g.id == id) {
                g.is_main = is_main;
                g.parent = if is_main { None } else { parent };
            }
        });
    };
    let role_text = move || {
        place.with(|p| {
            let Some(p) = p else { return String::new() };
            let l = lang.get();
            match (&p.parent, p.is_main) {
                (_, true) => T::RoleMain.get(l).to_string(),
                (Some((_, statement)), false) => {
                    fill(T::RoleIndicatorOf.get(l), &[("goal", statement)])
                }
                (None, false) => T::RoleUnlinked.get(l).to_string(),
            }
        })
    };
    let untitled = move || T::UntitledGoal.get(lang.get());
    view! {
        <div class="goal-role">
            <label class="check">
                <input
                    type="checkbox"
                    data-testid="goal-is-main"
                    prop:checked=move || place.with(|p| p.as_ref().is_some_and(|p| p.is_main))
                    on:change=move |ev| set_role(event_target_checked(&ev), None)
                />
                <span>{tr(T::MainGoal)}</span>
            </label>
            <p class="role-text" data-testid="goal-role">{role_text}</p>
            <Show when=move || place.with(|p| p.as_ref().is_some_and(|p| !p.is_main && !p.choices.is_empty()))>
                <label class="field compact">
                    <span>{tr(T::IndicatorOf)}</span>
                    <select
                        data-testid="goal-parent"
                        prop:value=move || place.with(|p| p.as_ref().and_then(|p| p.parent.as_ref()).map(|(id, _)| id.to_string()).unwrap_or_default())
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            set_role(false, (!v.is_empty()).then(|| GoalId::new(v)));
                        }
                    >
                        <option value="">{tr(T::NoMainGoalLinked)}</option>
                        {move || place.with(|p| p.as_ref().map(|p| p.choices.iter().map(|(id, statement)| {
                            let text = if statement.is_empty() { untitled().to_string() } else { statement.clone() };
                            let chosen = p.parent.as_ref().is_some_and(|(parent, _)| parent == id);
                            view! { <option value=id.to_string() selected=chosen>{text}</option> }
                        }).collect_view()))}
                    </select>
                </label>
            </Show>
            <Show when=move || place.with(|p| p.as_ref().is_some_and(|p| p.propose_main))>
                <p class="role-proposal" data-testid="main-proposal" role="status">
                    <span>{tr(T::ProposeMain)}</span>
                    " "
                    <button type="button" class="button small" data-testid="make-main" on:click=move |_| set_role(true, None)>
                        {tr(T::MakeMain)}
                    </button>
                </p>
            </Show>
        </div>
    }
}
