use goal_ladder_core::classroom::{SmartLetter, SmartStatus};
use goal_ladder_core::plan::Goal;
use goal_ladder_core::scoring::assess_goal;
use goal_ladder_core::{Date, Plan};
use leptos::prelude::*;

use crate::class_review::goal_comment_field::GoalCommentField;
use crate::i18n::{fill, tr, use_lang, T};

fn status_class(status: SmartStatus) -> &'static str {
    match status {
        SmartStatus::Met => "smart met",
        SmartStatus::Partly => "smart partly",
        SmartStatus::NotMet => "smart not-met",
        SmartStatus::Unknown => "smart unknown",
    }
}

fn status_text(status: SmartStatus) -> T {
    match status {
        SmartStatus::Met => T::StatusMet,
        SmartStatus::Partly => T::StatusPartly,
        SmartStatus::NotMet => T::StatusNotMet,
        SmartStatus::Unknown => T::StatusUnknown,
    }
}

/// Advice that says the goal measures the wrong thing stands out from advice on the details.
fn advice_class(rule: &str) -> &'static str {
    match rule {
        "ladder.main_goal_low" | "vanity.metric_for_business_goal" | "ladder.activity_not_goal" => {
            "advice-item bad"
        }
        _ => "advice-item warn",
    }
}

/// A goal of a student's plan, read-only: the level the scorer reads, the SMART checks and the advice
/// (in the goal's own language, as the student saw it).
#[component]
pub fn ReviewedGoal(goal: Goal, plan: StoredValue<Plan>, as_of: Date) -> impl IntoView {
    let lang = use_lang();
    let a = plan.with_value(|plan| assess_goal(&goal, plan, as_of));
    // The goal's own language where its words make it clear, else the teacher's.
    let said_in = a.advice_lang(lang.get_untracked());
    let level = a.level;
    // A goal the scorer could not place is "to check", with the student's own level beside it if any.
    let to_check = a.unsure.is_some();
    let own = a.level_override.filter(|own| to_check || *own != level);
    let data_level = if to_check {
        "check".to_string()
    } else {
        level.number().to_string()
    };
    let smart = goal_ladder_core::classroom::Letters::from_smart(&a.smart);
    let checks = [
        (SmartLetter::Specific, &a.smart.specific),
        (SmartLetter::Measurable, &a.smart.measurable),
        (SmartLetter::Attainable, &a.smart.attainable),
        (SmartLetter::Relevant, &a.smart.relevant),
        (SmartLetter::TimeBound, &a.smart.time_bound),
    ]
    .map(|(letter, check)| (letter, smart.get(letter), check.reason.message(said_in)));
    let advice: Vec<(String, String)> = a
        .advice
        .iter()
        .map(|f| (f.rule.id().to_string(), f.message(said_in)))
        .collect();
    view! {
        <li class="goal-card" class:main=goal.is_main data-level=data_level.clone() data-goal-id=goal.id.to_string() data-testid="reviewed-goal">
            <div class="level-line">
                <span class=format!("level-badge level-{data_level}") data-testid="review-goal-level" data-level=data_level.clone()>
                    {move || if to_check { T::ToCheck.get(lang.get()).to_string() } else { format!("{} {}", level.number(), level.name(lang.get())) }}
                </span>
                {to_check.then(|| view! { <span class="confidence">{tr(T::ReviewCouldNotPlace)}</span> })}
                {goal.is_main.then(|| view! { <span class="badge review-main">{tr(T::MainGoal)}</span> })}
                {own.map(|own| view! {
                    <span class="confidence">{move || fill(T::ReviewOwnLevel.get(lang.get()), &[("level", &format!("{} {}", own.number(), own.name(lang.get())))])}</span>
                })}
            </div>
            <p class="goal-statement">{goal.statement.clone()}</p>
            <ul class="smart-row" aria-label=move || T::SmartChecks.get(lang.get())>
                {checks
                    .into_iter()
                    .map(|(letter, status, reason)| view! {
                        <li class=status_class(status) title=reason data-status=format!("{status:?}")>
                            <span aria-hidden="true">{status.symbol()}</span>
                            {move || letter.name(lang.get())}
                            <span class="visually-hidden">{move || format!(": {}", status_text(status).get(lang.get()))}</span>
                        </li>
                    })
                    .collect_view()}
            </ul>
            {(!advice.is_empty()).then(|| view! {
                <ul class="advice">
                    {advice.into_iter().map(|(rule, message)| view! { <li class=advice_class(&rule) data-rule=rule>{message}</li> }).collect_view()}
                </ul>
            })}
            <GoalCommentField goal=goal.id.clone() statement=goal.statement.clone() />
        </li>
    }
}
