use goal_ladder_core::classroom::{grade, KeptExercise};
use leptos::prelude::*;

use crate::browser;
use crate::classroom::exercise_store::exercise_for;
use crate::i18n::{counted, file_error_text, fill, tr, use_lang, T};
use crate::state::use_open_plan;

/// For a plan started from an exercise: the case beside the plan, and the rubric applied as the student works.
#[component]
pub fn CasePanel() -> impl IntoView {
    let plan = use_open_plan();
    let lang = use_lang();
    let kept = exercise_for(&plan.id());
    let unreadable = match &kept {
        KeptExercise::Unreadable(e) => Some(e.clone()),
        _ => None,
    };
    let exercise = StoredValue::new(kept.exercise().cloned());
    let today = browser::today();
    let graded = Memo::new(move |_| {
        exercise.with_value(|e| e.as_ref().and_then(|e| plan.with(|p| grade(p, e, today))))
    });
    let unreadable = unreadable.map(|e| {
        view! {
            <aside class="card case-panel" data-testid="exercise-unreadable">
                <p class="field-error" role="alert">
                    {move || {
                        let lang = lang.get();
                        fill(T::ExerciseUnreadable.get(lang), &[("reason", &file_error_text(&e, lang))])
                    }}
                </p>
            </aside>
        }
    });
    let readable = move || {
        exercise.get_value().map(|ex| {
            view! {
                <aside class="card case-panel" aria-labelledby="case-heading" data-testid="case-panel">
                    <h2 id="case-heading">{fill(T::CaseHeading.get(lang.get()), &[("title", ex.display_title())])}</h2>
                    <p class="case-text">{ex.case_text.clone()}</p>
                    {move || graded.get().map(|g| view! {
                        <div class="rubric" data-testid="rubric">
                            <p class="rubric-total">
                                <strong>{move || fill(T::RubricTotal.get(lang.get()), &[("total", &g.total.to_string()), ("max", &g.max.to_string())])}</strong>
                            </p>
                            <ul class="chips" role="list">
                                <li class="chip">{move || fill(T::RubricSmart.get(lang.get()), &[("points", &g.smart_points.to_string()), ("max", &g.smart_max.to_string())])}</li>
                                <li class="chip">{move || fill(T::RubricLadder.get(lang.get()), &[("points", &g.ladder_points.to_string()), ("max", &g.ladder_max.to_string())])}</li>
                                // A goal the scorer could not place earns no ladder points until the teacher has looked at it.
                                {(g.to_check > 0).then(|| {
                                    let n = g.to_check;
                                    view! { <li class="chip to-check" data-testid="rubric-to-check">{move || counted(n, T::RubricToCheckOne, T::RubricToCheckOther, lang.get())}</li> }
                                })}
                                {g.sections.iter().map(|s| {
                                    let (section, filled) = (s.section, s.filled);
                                    view! { <li class="chip" class:done=filled>{move || format!("{} {}", if filled { "✓" } else { "○" }, section.name(lang.get()))}</li> }
                                }).collect_view()}
                            </ul>
                            <p class="hint">{tr(T::RubricHelp)}</p>
                        </div>
                    })}
                </aside>
            }
        })
    };
    view! { {unreadable} {readable} }
}
