use goal_ladder_core::plan::Objective;
use goal_ladder_core::scoring::{score_key_result, score_objective};
use leptos::prelude::*;

use crate::i18n::{decimal, use_lang, T};

/// An OKR objective of a student's plan, read-only, with its score and its key results' scores.
#[component]
pub fn ReviewedObjective(objective: Objective) -> impl IntoView {
    let lang = use_lang();
    let scores: Vec<Option<f64>> = objective.key_results.iter().map(score_key_result).collect();
    let total = score_objective(&objective);
    let shown = move |score: Option<f64>| {
        let lang = lang.get();
        match score {
            Some(x) => format!("{} {}", T::Score.get(lang), decimal(x, 2, lang)),
            None => T::ReviewNotScored.get(lang).to_string(),
        }
    };
    view! {
        <li class="review-objective" data-testid="reviewed-objective">
            <p class="review-objective-head">
                <strong>{objective.statement.clone()}</strong>
                <span class="badge">{move || shown(total)}</span>
            </p>
            <ul class="review-key-results">
                {objective
                    .key_results
                    .iter()
                    .zip(scores)
                    .map(|(kr, score)| view! {
                        <li>
                            <span>{kr.statement.clone()}</span>
                            " "
                            <span class="confidence">{move || format!("({})", shown(score))}</span>
                        </li>
                    })
                    .collect_view()}
            </ul>
        </li>
    }
}
