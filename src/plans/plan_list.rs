use goal_ladder_core::examples::Example;
use leptos::prelude::*;

use crate::i18n::{tr, use_lang, T};
use crate::plans::backup_reminder::BackupReminder;
use crate::plans::import::ImportButton;
use crate::plans::plan_card::PlanCard;
use crate::state::{CurrentRoute, PlanBook, Route, Tab};

/// Every plan in this browser, with the ways to start or bring in another.
#[component]
pub fn PlanList() -> impl IntoView {
    let book = expect_context::<PlanBook>();
    let route = expect_context::<CurrentRoute>().0;
    let lang = use_lang();
    let new_plan = move |_| {
        let id = book.create(T::NewPlanTitle.get(lang.get_untracked()));
        route.set(Route::Plan(id, Tab::Overview));
    };
    let ids = move || {
        book.plans()
            .with(|plans| plans.iter().map(|p| p.id.clone()).collect::<Vec<_>>())
    };
    let empty = move || book.plans().with(Vec::is_empty);
    view! {
        <section class="plan-list" aria-labelledby="plans-heading">
            <div class="section-head">
                <h1 id="plans-heading">{tr(T::YourPlans)}</h1>
                <div class="actions">
                    <button class="button primary" data-testid="new-plan" on:click=new_plan>
                        {tr(T::NewPlan)}
                    </button>
                    <ImportButton />
                </div>
            </div>
            <p class="hint">{tr(T::DropHint)}</p>
            <BackupReminder />
            <div class="examples">
                <span>{tr(T::StartFromExample)}</span>
                {Example::ALL
                    .into_iter()
                    .map(|example| {
                        let label = match example {
                            Example::Cafe => T::ExampleCafe,
                            Example::Municipality => T::ExampleMunicipality,
                            Example::B2bSoftware => T::ExampleB2b,
                        };
                        view! {
                            <button
                                class="button small"
                                data-testid=format!("example-{}", example.key())
                                on:click=move |_| route.set(Route::NewExample(example))
                            >
                                {tr(label)}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <Show when=empty>
                <p class="empty-state" data-testid="no-plans">{tr(T::NoPlans)}</p>
            </Show>
            <ul class="cards" role="list">
                <For each=ids key=|id| id.clone() let(id)>
                    <li><PlanCard id=id /></li>
                </For>
            </ul>
            <aside class="card teacher-paths" data-testid="for-teachers" aria-labelledby="for-teachers-heading">
                <h2 id="for-teachers-heading">{tr(T::ForTeachers)}</h2>
                <p class="hint">{tr(T::ForTeachersExercise)}</p>
                <a class="button small" href=crate::state::href(&Route::Review) data-testid="start-review">{tr(T::ReviewHandIns)}</a>
            </aside>
        </section>
    }
}
