use goal_ladder_core::plan::Goal;
use goal_ladder_core::scoring::{Assessment, Check, EvidenceRole, Status};
use goal_ladder_core::LadderLevel;
use leptos::prelude::*;

use crate::i18n::{fill, tr, use_lang, T};
use crate::objectives::figures_offer::FiguresOffer;
use crate::objectives::level_choice::LevelChoice;

fn status_class(status: Status) -> &'static str {
    match status {
        Status::Met => "smart met",
        Status::Partly => "smart partly",
        Status::NotMet => "smart not-met",
        Status::Unknown => "smart unknown",
    }
}

fn status_code(status: Status) -> &'static str {
    match status {
        Status::Met => "met",
        Status::Partly => "partly",
        Status::NotMet => "not_met",
        Status::Unknown => "unknown",
    }
}

fn status_mark(status: Status) -> &'static str {
    match status {
        Status::Met => "✓",
        Status::Partly => "~",
        Status::NotMet => "✗",
        Status::Unknown => "?",
    }
}

fn status_text(status: Status) -> T {
    match status {
        Status::Met => T::StatusMet,
        Status::Partly => T::StatusPartly,
        Status::NotMet => T::StatusNotMet,
        Status::Unknown => T::StatusUnknown,
    }
}

/// The five SMART checks in order, with their names.
fn smart_checks(a: &Assessment) -> [(&'static str, T, &Check); 5] {
    [
        ("specific", T::SmartSpecific, &a.smart.specific),
        ("measurable", T::SmartMeasurable, &a.smart.measurable),
        ("attainable", T::SmartAttainable, &a.smart.attainable),
        ("relevant", T::SmartRelevant, &a.smart.relevant),
        ("time_bound", T::SmartTimeBound, &a.smart.time_bound),
    ]
}

/// The live verdict on a goal: its ladder level with the reasons, the SMART checks and the advice.
/// Reasons and advice are written in the goal's own language.
#[component]
pub fn GoalFeedback(
    goal: Memo<Option<Goal>>,
    assessment: Memo<Option<Assessment>>,
) -> impl IntoView {
    let lang = use_lang();
    let empty = move || goal.with(|g| g.as_ref().is_none_or(|g| g.statement.trim().is_empty()));

    let level_line = move || {
        let ui = lang.get();
        let (a, text) = (
            assessment.get()?,
            goal.with(|g| g.as_ref().map(|g| g.statement.clone()))?,
        );
        let shown = a.shown_level();
        let read_from: Vec<String> = a
            .evidence
            .iter()
            .filter(|e| e.role == EvidenceRole::Level)
            .map(|e| e.words(&text).to_string())
            .filter(|w| !w.is_empty())
            .collect();
        let aim_words: Vec<String> = a
            .evidence
            .iter()
            .filter(|e| e.role == EvidenceRole::Aim)
            .map(|e| e.words(&text).to_string())
            .filter(|w| !w.is_empty())
            .collect();
        // Not placed: "to check" and the two likeliest levels, never the scorer's guess as a level.
        if let (true, Some(choices)) = (a.needs_check(), a.unsure) {
            let id = goal.with(|g| g.as_ref().map(|g| g.id.clone()))?;
            return Some(view! {
                <div class="level-line">
                    <span class="level-badge level-check" data-testid="goal-level" data-level="check">{T::ToCheck.get(ui)}</span>
                </div>
                <LevelChoice goal=id choices=choices />
            }
            .into_any());
        }
        // A level the user chose for a goal the scorer could not place: no guess of the scorer's beside it.
        let scored_as = if a.unsure.is_some() {
            T::ChosenByYou.get(ui).to_string()
        } else {
            fill(
                T::ScoredAs.get(ui),
                &[(
                    "level",
                    &format!("{} {}", a.level.number(), a.level.name(ui)),
                )],
            )
        };
        Some(view! {
            <div class="level-line">
                <span class=format!("level-badge level-{}", shown.number()) data-testid="goal-level" data-level=shown.number().to_string()>
                    {format!("{} {}", shown.number(), shown.name(ui))}
                </span>
                {a.level_override.map(|_| view! { <span class="confidence" data-testid="level-source">{scored_as}</span> })}
                {(a.confidence > 0.0 && a.level_override.is_none()).then(|| view! {
                    <span class="confidence">{fill(T::Confidence.get(ui), &[("percent", &format!("{:.0}", a.confidence * 100.0))])}</span>
                })}
                {(!read_from.is_empty()).then(|| view! {
                    <span class="evidence">{T::ReadFrom.get(ui)} " " {read_from.into_iter().map(|w| view! { <mark>{w}</mark> " " }).collect_view()}</span>
                })}
                {(!aim_words.is_empty()).then(|| view! {
                    <span class="evidence">{T::AimNamed.get(ui)} " " {aim_words.into_iter().map(|w| view! { <mark>{w}</mark> " " }).collect_view()}</span>
                })}
            </div>
        }
        .into_any())
    };

    let smart_row = move || {
        let ui = lang.get();
        let a = assessment.get()?;
        Some(view! {
            <ul class="smart-row" aria-label=T::SmartChecks.get(ui)>
                {smart_checks(&a)
                    .into_iter()
                    .map(|(key, name, check)| {
                        let reason = check.reason.message(a.advice_lang(ui));
                        view! {
                            <li class=status_class(check.status) data-testid=format!("smart-{key}") data-status=status_code(check.status) title=reason>
                                <span aria-hidden="true">{status_mark(check.status)}</span>
                                {name.get(ui)}
                                <span class="visually-hidden">{format!(": {}", status_text(check.status).get(ui))}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            // A gap the advice below already names (in its colour) is not written out a second time here.
            <ul class="reasons">
                {smart_checks(&a)
                    .into_iter()
                    .filter(|(_, _, c)| !c.is_met())
                    .filter(|(_, _, c)| !a.advice.iter().any(|f| f.rule == c.reason.rule))
                    .map(|(_, name, check)| view! { <li><strong>{name.get(ui)}</strong>": " {check.reason.message(a.advice_lang(ui))}</li> })
                    .collect_view()}
            </ul>
        })
    };

    let advice = move || {
        let ui = lang.get();
        let a = assessment.get()?;
        Some(
            a.advice
                .iter()
                .map(|f| {
                    let class = match f.rule.id() {
                        "ladder.main_goal_low" | "vanity.metric_for_business_goal" | "ladder.activity_not_goal" => "advice-item bad",
                        _ => "advice-item warn",
                    };
                    view! { <li class=class data-testid="advice" data-rule=f.rule.id()>{f.message(a.advice_lang(ui))}</li> }
                })
                .collect_view(),
        )
    };

    // Only the level is announced: reading every check aloud at each keystroke would drown the typing.
    let announcement = move || {
        let ui = lang.get();
        assessment.with(|a| {
            a.as_ref().map(|a| {
                if a.needs_check() {
                    return T::CheckAnnouncement.get(ui).to_string();
                }
                let l: LadderLevel = a.shown_level();
                fill(
                    T::LevelAnnouncement.get(ui),
                    &[("level", &format!("{} {}", l.number(), l.name(ui)))],
                )
            })
        })
    };

    view! {
        <div class="goal-feedback" data-testid="goal-feedback">
            <Show when=move || !empty() fallback=move || view! { <p class="hint">{tr(T::TypeAGoal)}</p> }>
                {level_line}
                <FiguresOffer goal=goal assessment=assessment />
                {smart_row}
                <ul class="advice">{advice}</ul>
            </Show>
            <p class="visually-hidden" aria-live="polite">{announcement}</p>
        </div>
    }
}
