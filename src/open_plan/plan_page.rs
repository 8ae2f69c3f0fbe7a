use goal_ladder_core::plan::PlanId;
use goal_ladder_core::Lang;
use leptos::prelude::*;

use crate::classroom::case_panel::CasePanel;
use crate::i18n::{tr, use_lang, T};
use crate::objectives::objectives_section::ObjectivesSection;
use crate::okr::okr_section::OkrSection;
use crate::open_plan::print_view::{PrintView, Printing};
use crate::overview::overview_section::OverviewSection;
use crate::people::people_section::PeopleSection;
use crate::plans::export::export_plan;
use crate::state::{href, CurrentRoute, Notices, OpenPlan, PlanBook, Route, Tab};
use crate::strategy::strategy_section::StrategySection;
use crate::technology::technology_section::TechnologySection;

/// The opened plan with its sections. A plan that is not here (deleted, or a stale link) leads back to the list.
#[component]
pub fn PlanPage(id: PlanId) -> impl IntoView {
    let book = expect_context::<PlanBook>();
    let notices = expect_context::<Notices>();
    let route = expect_context::<CurrentRoute>().0;
    let lang = use_lang();
    let plan = OpenPlan::new(id, book);
    provide_context(plan);
    provide_context(crate::assess::ScoredGoals::new(plan));
    provide_context(Printing(RwSignal::new(false)));
    let exists = move || plan.with(|_| ()).is_some();
    let section = Memo::new(move |_| match route.get() {
        Route::Plan(_, section) => section,
        _ => Tab::Overview,
    });
    let title = move || {
        let title = plan
            .with(|p| p.title.trim().to_string())
            .unwrap_or_default();
        if title.is_empty() {
            T::Untitled.get(lang.get()).to_string()
        } else {
            title
        }
    };

    view! {
        <Show
            when=exists
            fallback=move || view! {
                <p class="empty-state">
                    <a href=href(&Route::Plans)>{tr(T::AllPlans)}</a>
                </p>
            }
        >
            <article class="plan-page">
                <nav class="breadcrumbs">
                    <a href=href(&Route::Plans) data-testid="back-to-plans">"← " {tr(T::AllPlans)}</a>
                </nav>
                <div class="section-head">
                    <h1 id="plan-heading" tabindex="-1" data-testid="plan-heading">{title}</h1>
                    <div class="actions">
                        <button
                            class="button secondary"
                            data-testid="export-plan"
                            on:click=move |_| {
                                if let Some(p) = book.plan(&plan.id()) {
                                    export_plan(&p, notices);
                                }
                            }
                        >
                            {tr(T::Export)}
                        </button>
                    </div>
                </div>
                <CasePanel />
                <SectionTabs current=section />
                <PrintView />
                <div class="section-body">
                    {move || match section.get() {
                        Tab::Overview => view! { <OverviewSection /> }.into_any(),
                        Tab::People => view! { <PeopleSection /> }.into_any(),
                        Tab::Objectives => view! { <ObjectivesSection /> }.into_any(),
                        Tab::Okr => view! { <OkrSection /> }.into_any(),
                        Tab::Strategy => view! { <StrategySection /> }.into_any(),
                        Tab::Technology => view! { <TechnologySection /> }.into_any(),
                    }}
                </div>
            </article>
        </Show>
    }
}

/// A tab's name: the overview's, or the name of the part of the plan it shows (the one table of section
/// names, `Section::name`, which the exercise form uses too).
fn tab_label(tab: Tab, lang: Lang) -> &'static str {
    match tab.part() {
        Some(section) => section.name(lang),
        None => T::SectionOverview.get(lang),
    }
}

/// Links to the plan's sections; the current one is marked for screen readers too.
#[component]
fn SectionTabs(current: Memo<Tab>) -> impl IntoView {
    let plan = expect_context::<OpenPlan>();
    let lang = use_lang();
    view! {
        <nav class="section-tabs" aria-label=tr(T::PlanSections)>
            <ul role="list">
                {Tab::ALL
                    .into_iter()
                    .map(|tab| {
                        view! {
                            <li>
                                <a
                                    href=move || Route::Plan(plan.id(), tab).to_hash()
                                    aria-current=move || (current.get() == tab).then_some("page")
                                    data-testid=format!("tab-{}", tab.slug())
                                >
                                    {move || tab_label(tab, lang.get())}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
