use goal_ladder_core::plan::Goal;
use leptos::prelude::*;

use crate::components::progress_chart::ProgressChart;
use crate::i18n::{tr, T};
use crate::state::use_open_plan;

/// A progress chart for every goal with a baseline and a target.
#[component]
pub fn ProgressList() -> impl IntoView {
    let plan = use_open_plan();
    let ids = move || {
        plan.with(|p| {
            p.goals
                .iter()
                .filter(|g| g.baseline.is_some() && g.target.is_some())
                .map(|g| g.id.clone())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    view! {
        <Show when=move || !ids().is_empty()>
            <section class="card">
                <h3>{tr(T::Progress)}</h3>
                <ul class="progress-grid" role="list">
                    <For each=ids key=|id| id.clone() let(id)>
                        {
                            let id = StoredValue::new(id);
                            let goal: Memo<Option<Goal>> = Memo::new(move |_| plan.with(|p| p.goals.iter().find(|g| g.id == id.get_value()).cloned()).flatten());
                            view! {
                                <li class="progress-item" data-testid="progress-item">
                                    <p class="progress-title">{move || goal.with(|g| g.as_ref().map(|g| g.statement.clone()).unwrap_or_default())}</p>
                                    <Show when=move || goal.with(|g| g.as_ref().and_then(goal_ladder_core::progress::progress).is_some_and(|p| p.falling_behind))>
                                        <p class="badge warn" data-testid="falling-behind">{tr(T::FallingBehind)}</p>
                                    </Show>
                                    <ProgressChart goal=goal />
                                </li>
                            }
                        }
                    </For>
                </ul>
            </section>
        </Show>
    }
}
