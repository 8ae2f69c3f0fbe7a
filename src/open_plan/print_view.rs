use goal_ladder_core::scoring::{self, Status};
use leptos::prelude::*;

use crate::assess;
use crate::browser;
use crate::i18n::{decimal, long_date, tr, use_lang, T};
use crate::overview::ladder_picture::LadderPicture;
use crate::state::use_open_plan;
use goal_ladder_core::classroom::Section;

fn mark(status: Status) -> &'static str {
    match status {
        Status::Met => "✓",
        Status::Partly => "~",
        Status::NotMet => "✗",
        Status::Unknown => "?",
    }
}

/// Whether the page is being printed. The print view is built only then, since it scores every goal.
#[derive(Debug, Clone, Copy)]
pub struct Printing(pub RwSignal<bool>);

/// Prints the plan: builds the print view first, then opens the browser's print dialog.
pub fn print_plan(printing: Printing) {
    printing.0.set(true);
    request_animation_frame(|| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
}

/// The plan on paper: shown only when printing (or saving as PDF), whatever section is open.
#[component]
pub fn PrintView() -> impl IntoView {
    let printing = expect_context::<Printing>();
    let before = leptos::ev::Custom::<web_sys::Event>::new("beforeprint");
    let after = leptos::ev::Custom::<web_sys::Event>::new("afterprint");
    let on_before = window_event_listener(before, move |_| printing.0.set(true));
    let on_after = window_event_listener(after, move |_| printing.0.set(false));
    on_cleanup(move || {
        on_before.remove();
        on_after.remove();
    });
    view! {
        <Show when=move || printing.0.get()>
            <PrintBody />
        </Show>
    }
}

#[component]
fn PrintBody() -> impl IntoView {
    let plan = use_open_plan();
    let lang = use_lang();
    let today = browser::today();
    let body = move || {
        let ui = lang.get();
        plan.with(|p| {
            let goals = p
                .goals
                .iter()
                .map(|g| {
                    let a = scoring::assess_goal(g, p, today);
                    let level = a.shown_level();
                    let smart = [
                        (T::SmartSpecific, a.smart.specific.status),
                        (T::SmartMeasurable, a.smart.measurable.status),
                        (T::SmartAttainable, a.smart.attainable.status),
                        (T::SmartRelevant, a.smart.relevant.status),
                        (T::SmartTimeBound, a.smart.time_bound.status),
                    ]
                    .iter()
                    .map(|(name, status)| format!("{} {}", mark(*status), name.get(ui)))
                    .collect::<Vec<_>>()
                    .join("  ");
                    let advice: Vec<String> = a.advice.iter().map(|f| f.message(a.advice_lang(ui))).collect();
                    view! {
                        <li class="print-goal">
                            <p>
                                <strong>{if a.needs_check() { T::ToCheck.get(ui).to_string() } else { format!("{} {}", level.number(), level.name(ui)) }}</strong>
                                {g.is_main.then(|| format!(" · {}", T::MainGoal.get(ui)))}
                                " — " {g.statement.clone()}
                            </p>
                            <p class="print-smart">{smart}</p>
                            <ul>{advice.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
                        </li>
                    }
                })
                .collect_view();
            let okrs = p
                .objectives
                .iter()
                .map(|o| {
                    let score = scoring::score_objective(o).map(|s| decimal(s, 2, ui)).unwrap_or_else(|| "–".into());
                    view! {
                        <li>
                            <p><strong>{o.statement.clone()}</strong> {format!(" ({}: {score})", T::Score.get(ui))}</p>
                            <ul>
                                {o.key_results.iter().map(|k| {
                                    let s = assess::key_result_score(k).map(|s| decimal(s, 2, ui)).unwrap_or_else(|| "–".into());
                                    view! { <li>{format!("{} — {s}", k.statement)}</li> }
                                }).collect_view()}
                            </ul>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h1>{p.display_title().to_string()}</h1>
                <p class="print-description">{p.description.clone()}</p>
                <p class="hint">{format!("{} {}", T::NextReview.get(ui), long_date(goal_ladder_core::review::next_review(p), ui))}</p>
                <h2>{T::TheLadder.get(ui)}</h2>
                <LadderPicture />
                <h2>{Section::Objectives.name(ui)}</h2>
                <ul class="print-goals">{goals}</ul>
                <h2>{T::OkrHeading.get(ui)}</h2>
                <ul>{okrs}</ul>
            }
        })
    };
    view! {
        <div class="print-only" aria-hidden="true" data-testid="print-view">
            <p class="print-brand">{tr(T::AppName)}</p>
            {body}
        </div>
    }
}
