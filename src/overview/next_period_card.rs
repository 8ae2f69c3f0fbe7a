use goal_ladder_core::period;
use goal_ladder_core::plan::set_chosen;
use goal_ladder_core::plan::{GoalId, PlanId};
use leptos::prelude::*;

use crate::browser;
use crate::components::focus::focus_later;
use crate::i18n::{fill, tr, use_lang, T};
use crate::state::{use_open_plan, CurrentRoute, Route, Tab};

/// Carries the plan, or chosen goals, into a new period: the last measurement becomes the new baseline.
#[component]
pub fn NextPeriodCard() -> impl IntoView {
    let plan = use_open_plan();
    let route = expect_context::<CurrentRoute>().0;
    let lang = use_lang();
    let chosen = RwSignal::new(Vec::<GoalId>::new());
    let open = RwSignal::new(false);
    let goals = move || {
        plan.with(|p| {
            p.goals
                .iter()
                .map(|g| (g.id.clone(), g.statement.clone()))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    let start = move |_| {
        chosen.set(goals().into_iter().map(|(id, _)| id).collect());
        open.set(true);
        // The button that had the focus is gone: the choice that replaced it takes it.
        focus_later("next-period-goals".to_string());
    };
    let create = move |_| {
        let Some(current) = plan.book().plan(&plan.id()) else {
            return;
        };
        let title = fill(
            T::NextPeriodTitle.get(lang.get_untracked()),
            &[("title", current.display_title())],
        );
        let only = chosen.get_untracked();
        let next = period::next_period(
            &current,
            PlanId::new(browser::new_id("plan")),
            title,
            browser::now(),
            browser::today(),
            Some(&only),
        );
        let id = next.id.clone();
        plan.book().add(next);
        open.set(false);
        route.set(Route::Plan(id, Tab::Overview));
        focus_later("plan-heading".to_string());
    };
    let cancel = move |_| {
        open.set(false);
        focus_later("next-period-start".to_string());
    };
    view! {
        <section class="card" aria-labelledby="next-period-heading">
            <h3 id="next-period-heading">{tr(T::NextPeriod)}</h3>
            <p class="hint">{tr(T::NextPeriodHelp)}</p>
            <Show
                when=move || open.get()
                fallback=move || view! { <div class="actions"><button class="button secondary small" id="next-period-start" data-testid="next-period" on:click=start>{tr(T::StartNextPeriod)}</button></div> }
            >
                <fieldset class="field-group" id="next-period-goals" tabindex="-1">
                    <legend>{tr(T::GoalsToCarry)}</legend>
                    {move || goals()
                        .into_iter()
                        .map(|(id, statement)| {
                            let gid = StoredValue::new(id);
                            view! {
                                <label class="check">
                                    <input
                                        type="checkbox"
                                        prop:checked=move || chosen.with(|c| c.contains(&gid.get_value()))
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            chosen.update(|c| {
                                                set_chosen(c, gid.get_value(), on);
                                            });
                                        }
                                    />
                                    <span>{statement}</span>
                                </label>
                            }
                        })
                        .collect_view()}
                </fieldset>
                <div class="actions">
                    <button class="button primary small" data-testid="create-next-period" on:click=create>{tr(T::CreateNextPeriod)}</button>
                    <button class="button small" data-testid="cancel-next-period" on:click=cancel>{tr(T::Cancel)}</button>
                </div>
            </Show>
        </section>
    }
}
