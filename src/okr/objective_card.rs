use goal_ladder_core::limits;
use goal_ladder_core::plan::{KeyResult, KeyResultId, Objective, ObjectiveId};
use goal_ladder_core::scoring;
use leptos::prelude::*;

use crate::assess;
use crate::browser;
use crate::components::focus::focus_later;
use crate::i18n::{decimal, fill, tr, use_lang, T};
use crate::okr::key_result_card::KeyResultCard;
use crate::state::{use_open_plan, OpenPlan};

pub fn edit_objective(plan: OpenPlan, id: &ObjectiveId, edit: impl FnOnce(&mut Objective)) {
    plan.update(|p| {
        if let Some(o) = p.objectives.iter_mut().find(|o| &o.id == id) {
            edit(o);
        }
    });
}

/// An objective with its key results and its score, the mean of theirs.
#[component]
pub fn ObjectiveCard(id: ObjectiveId) -> impl IntoView {
    let plan = use_open_plan();
    let lang = use_lang();
    let id = StoredValue::new(id);
    let objective = Memo::new(move |_| {
        plan.with(|p| {
            p.objectives
                .iter()
                .find(|o| o.id == id.get_value())
                .cloned()
        })
        .flatten()
    });
    let kr_ids = move || {
        objective.with(|o| {
            o.as_ref()
                .map(|o| {
                    o.key_results
                        .iter()
                        .map(|k| k.id.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let score = move || objective.with(|o| o.as_ref().and_then(scoring::score_objective));
    let count_advice = move || {
        objective.with(|o| {
            o.as_ref()
                .and_then(|o| assess::key_result_count_advice(o.key_results.len(), lang.get()))
        })
    };
    let business_goals = move || {
        plan.with(|p| {
            p.business_goals
                .iter()
                .map(|b| (b.id.clone(), b.statement.clone()))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    let add_kr = move |_| {
        let kid = KeyResultId::new(browser::new_id("kr"));
        let focus = format!("kr-{kid}");
        edit_objective(plan, &id.get_value(), |o| {
            o.key_results.push(KeyResult {
                id: kid,
                ..Default::default()
            })
        });
        focus_later(focus);
    };
    let remove = move |_| {
        let mut removed = None;
        plan.update(|p| {
            if let Some(i) = p.objectives.iter().position(|o| o.id == id.get_value()) {
                removed = Some((i, p.objectives.remove(i)));
            }
        });
        if let Some((i, kept)) = removed {
            let text = fill(
                T::ObjectiveDeleted.get(lang.get_untracked()),
                &[("objective", kept.statement.trim())],
            );
            plan.book().deleted(text, move || {
                plan.update(|p| p.objectives.insert(i.min(p.objectives.len()), kept.clone()))
            });
        }
    };
    view! {
        <article class="card objective-card" data-testid="objective">
            <div class="business-goal-head">
                <label class="field grow">
                    <span>{tr(T::Objective)}</span>
                    <input
                        type="text"
                        id=move || format!("objective-{}", id.get_value())
                        data-testid="objective-input"
                        placeholder=tr(T::ObjectivePlaceholder)
                        maxlength=limits::MAX_STATEMENT_CHARS
                        prop:value=move || objective.with(|o| o.as_ref().map(|o| o.statement.clone()).unwrap_or_default())
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            edit_objective(plan, &id.get_value(), |o| o.statement = v);
                        }
                    />
                </label>
                <div class="score-badge" class:success=move || score().is_some_and(|s| s >= assess::OKR_SUCCESS) data-testid="objective-score">
                    <span class="score-label">{tr(T::Score)}</span>
                    <span class="score-value">{move || score().map(|s| decimal(s, 2, lang.get())).unwrap_or_else(|| "–".into())}</span>
                </div>
            </div>
            <label class="field">
                <span>{tr(T::ServesBusinessGoal)}</span>
                <select
                    prop:value=move || objective.with(|o| o.as_ref().and_then(|o| o.business_goal.as_ref()).map(|b| b.to_string()).unwrap_or_default())
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        let bg = (!v.is_empty()).then(|| goal_ladder_core::plan::BusinessGoalId::new(v));
                        edit_objective(plan, &id.get_value(), |o| o.business_goal = bg);
                    }
                >
                    <option value="">{tr(T::NotChosen)}</option>
                    {move || business_goals().into_iter().map(|(bid, s)| view! { <option value=bid.to_string()>{s}</option> }).collect_view()}
                </select>
            </label>
            <Show when=move || count_advice().is_some()>
                <p class="advice-item warn" data-testid="kr-count-advice">{count_advice}</p>
            </Show>
            <ol class="kr-list">
                <For each=kr_ids key=|k| k.clone() let(kid)>
                    <li><KeyResultCard objective=id.get_value() id=kid /></li>
                </For>
            </ol>
            <div class="actions">
                <button class="button secondary small" data-testid="add-key-result" on:click=add_kr>{tr(T::AddKeyResult)}</button>
                <button class="button small danger-text" on:click=remove>{tr(T::DeleteObjective)}</button>
            </div>
        </article>
    }
}
