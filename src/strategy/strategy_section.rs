use crate::components::fields::{at_limit, LimitNote};
use goal_ladder_core::limits;
use goal_ladder_core::plan::set_chosen;
use goal_ladder_core::plan::GroundswellObjective;
use leptos::prelude::*;

use crate::i18n::{section_name, tr, use_lang, T};
use crate::state::{use_open_plan, Route, Tab};
use goal_ladder_core::classroom::Section;

const APPROACHES: [(GroundswellObjective, T, T); 5] = [
    (
        GroundswellObjective::Listening,
        T::Listening,
        T::ListeningHelp,
    ),
    (GroundswellObjective::Talking, T::Talking, T::TalkingHelp),
    (
        GroundswellObjective::Energizing,
        T::Energizing,
        T::EnergizingHelp,
    ),
    (
        GroundswellObjective::Supporting,
        T::Supporting,
        T::SupportingHelp,
    ),
    (
        GroundswellObjective::Embracing,
        T::Embracing,
        T::EmbracingHelp,
    ),
];

#[component]
pub fn StrategySection() -> impl IntoView {
    let plan = use_open_plan();
    let lang = use_lang();
    let business_goals = move || {
        plan.with(|p| {
            p.business_goals
                .iter()
                .map(|b| (b.id.clone(), b.statement.clone()))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    let strategy_full = RwSignal::new(false);
    view! {
        <section class="screen" aria-labelledby="strategy-heading">
            <h2 id="strategy-heading">{section_name(Section::Strategy)}</h2>
            <p class="lead">{tr(T::StrategyLead)}</p>
            <div class="card">
                <label class="field">
                    <span>{tr(T::StrategyText)}</span>
                    <textarea
                        rows="5"
                        data-testid="strategy-text"
                        placeholder=tr(T::StrategyPlaceholder)
                        maxlength=limits::MAX_TEXT_CHARS
                        prop:value=move || plan.with(|p| p.strategy.text.clone()).unwrap_or_default()
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            strategy_full.set(at_limit(&v, limits::MAX_TEXT_CHARS));
                            plan.update(|p| p.strategy.text = v);
                        }
                    ></textarea>
                    <LimitNote reached=strategy_full max=limits::MAX_TEXT_CHARS />
                </label>
            </div>
            <Show
                when=move || !business_goals().is_empty()
                fallback=move || view! {
                    <p class="empty-state">
                        {tr(T::StrategyNeedsBusinessGoals)} " "
                        <a href=move || Route::Plan(plan.id(), Tab::Objectives).to_hash()>{section_name(Section::Objectives)}</a>
                    </p>
                }
            >
                <ul class="stack" role="list">
                    <For each=business_goals key=|(id, _)| id.clone() let((bid, statement))>
                        {
                            let bid = StoredValue::new(bid);
                            let label = if statement.trim().is_empty() { T::UnnamedBusinessGoal.get(lang.get_untracked()).to_string() } else { statement };
                            view! {
                                <li class="card">
                                    <fieldset class="field-group">
                                        <legend>{label}</legend>
                                        <div class="approach-grid">
                                            {APPROACHES
                                                .iter()
                                                .map(|(approach, name, help)| {
                                                    let approach = *approach;
                                                    let checked = move || plan.with(|p| p.business_goals.iter().any(|b| b.id == bid.get_value() && b.approaches.contains(&approach))).unwrap_or(false);
                                                    view! {
                                                        <label class="approach">
                                                            <input
                                                                type="checkbox"
                                                                prop:checked=checked
                                                                on:change=move |ev| {
                                                                    let on = event_target_checked(&ev);
                                                                    plan.update(|p| {
                                                                        if let Some(b) = p.business_goals.iter_mut().find(|b| b.id == bid.get_value()) {
                                                                            set_chosen(&mut b.approaches, approach, on);
                                                                        }
                                                                    });
                                                                }
                                                            />
                                                            <span>
                                                                <strong>{tr(*name)}</strong>
                                                                <small>{tr(*help)}</small>
                                                            </span>
                                                        </label>
                                                    }
                                                })
                                                .collect_view()}
                                        </div>
                                    </fieldset>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </Show>
        </section>
    }
}
