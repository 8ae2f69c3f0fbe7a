use goal_ladder_core::limits;
use goal_ladder_core::plan::{KeyResult, KeyResultId, Measurement, ObjectiveId};
use leptos::html;
use leptos::prelude::*;

use crate::assess;
use crate::browser;
use crate::components::fields::{parse_kept_number, NumberField, TextField};
use crate::i18n::{decimal, fill, tr, use_lang, T};
use crate::okr::objective_card::edit_objective;
use crate::state::use_open_plan;

/// A key result: a measurable outcome with baseline, target and measurements, scored 0.0-1.0.
#[component]
pub fn KeyResultCard(objective: ObjectiveId, id: KeyResultId) -> impl IntoView {
    let plan = use_open_plan();
    let lang = use_lang();
    let (oid, id) = (StoredValue::new(objective), StoredValue::new(id));
    let kr = Memo::new(move |_| {
        plan.with(|p| {
            p.objectives
                .iter()
                .find(|o| o.id == oid.get_value())
                .and_then(|o| {
                    o.key_results
                        .iter()
                        .find(|k| k.id == id.get_value())
                        .cloned()
                })
        })
        .flatten()
    });
    let edit = move |f: Box<dyn FnOnce(&mut KeyResult)>| {
        edit_objective(plan, &oid.get_value(), |o| {
            if let Some(k) = o.key_results.iter_mut().find(|k| k.id == id.get_value()) {
                f(k);
            }
        })
    };
    let read = move |f: fn(&KeyResult) -> String| {
        Signal::derive(move || kr.with(|k| k.as_ref().map(f).unwrap_or_default()))
    };
    let score = move || kr.with(|k| k.as_ref().and_then(assess::key_result_score));
    let warnings = move || {
        kr.with(|k| {
            k.as_ref()
                .map(|k| assess::key_result_warnings(&k.statement, lang.get()))
                .unwrap_or_default()
        })
    };
    let set_manual = move |v: Option<f64>| {
        edit(Box::new(move |k| {
            k.manual_score = v.map(|s| s.clamp(0.0, 1.0))
        }))
    };
    let value_input = NodeRef::<html::Input>::new();
    let add_measurement = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        if let Some(value) = value_input
            .get_untracked()
            .and_then(|i| parse_kept_number(&i.value()))
        {
            edit(Box::new(move |k| {
                k.measurements.push(Measurement {
                    date: browser::today(),
                    value,
                    note: String::new(),
                })
            }));
            if let Some(i) = value_input.get_untracked() {
                i.set_value("");
            }
        }
    };
    let latest = move || {
        kr.with(|k| {
            k.as_ref()
                .and_then(|k| goal_ladder_core::progress::latest(&k.measurements).map(|m| m.value))
        })
    };
    let remove = move |_| {
        let mut removed = None;
        edit_objective(plan, &oid.get_value(), |o| {
            if let Some(i) = o.key_results.iter().position(|k| k.id == id.get_value()) {
                removed = Some((i, o.key_results.remove(i)));
            }
        });
        if let Some((i, kept)) = removed {
            let text = fill(
                T::KeyResultDeleted.get(lang.get_untracked()),
                &[("kr", kept.statement.trim())],
            );
            let objective = oid.get_value();
            plan.book().deleted(text, move || {
                edit_objective(plan, &objective, |o| {
                    o.key_results
                        .insert(i.min(o.key_results.len()), kept.clone())
                })
            });
        }
    };
    view! {
        <div class="kr-card" data-testid="key-result">
            <TextField
                label=tr(T::KeyResult)
                id=format!("kr-{}", id.get_value())
                test_id="kr-statement"
                max=limits::MAX_STATEMENT_CHARS
                placeholder=tr(T::KeyResultPlaceholder)
                value=read(|k| k.statement.clone())
                on_input=move |v: String| edit(Box::new(move |k| k.statement = v))
            />
            <ul class="advice" aria-live="polite">
                {move || warnings().into_iter().map(|w| view! { <li class="advice-item warn" data-testid="kr-warning">{w}</li> }).collect_view()}
            </ul>
            <div class="grid-4">
                <NumberField label=tr(T::Baseline) test_id="kr-baseline" value=Signal::derive(move || kr.with(|k| k.as_ref().and_then(|k| k.baseline))) on_change=move |v| edit(Box::new(move |k| k.baseline = v)) />
                <NumberField label=tr(T::Target) test_id="kr-target" value=Signal::derive(move || kr.with(|k| k.as_ref().and_then(|k| k.target))) on_change=move |v| edit(Box::new(move |k| k.target = v)) />
                <NumberField label=tr(T::ManualScore) value=Signal::derive(move || kr.with(|k| k.as_ref().and_then(|k| k.manual_score))) on_change=set_manual />
                <div class="kr-score" data-testid="kr-score">
                    <span class="score-label">{tr(T::Score)}</span>
                    <meter min="0" max="1" low="0.4" high="0.7" optimum="1" value=move || score().unwrap_or(0.0)></meter>
                    <span class="score-value">{move || score().map(|s| decimal(s, 2, lang.get())).unwrap_or_else(|| "–".into())}</span>
                </div>
            </div>
            <form class="inline-form" on:submit=add_measurement>
                <label class="field">
                    <span>{tr(T::MeasuredToday)}</span>
                    <input type="text" inputmode="decimal" node_ref=value_input data-testid="kr-measurement" />
                </label>
                <button type="submit" class="button small">{tr(T::AddMeasurement)}</button>
                <span class="hint">{move || latest().map(|v| format!("{}: {}", T::Latest.get(lang.get()), decimal(v, if v.fract() == 0.0 { 0 } else { 2 }, lang.get())))}</span>
            </form>
            <div class="actions end">
                <button class="button small danger-text" data-testid="delete-key-result" on:click=remove>{tr(T::DeleteKeyResult)}</button>
            </div>
        </div>
    }
}
