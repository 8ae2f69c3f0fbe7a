use goal_ladder_core::plan::{Goal, Measurement};
use leptos::html;
use leptos::prelude::*;

use crate::browser;
use crate::components::fields::parse_kept_number;
use crate::components::progress_chart::ProgressChart;
use crate::i18n::{decimal, long_date, tr, use_lang, T};
use crate::state::use_open_plan;

/// The dated measurements of a goal, newest last, with a form to add one and the progress chart.
#[component]
pub fn Measurements(goal: Memo<Option<Goal>>) -> impl IntoView {
    let plan = use_open_plan();
    let lang = use_lang();
    let date_input = NodeRef::<html::Input>::new();
    let value_input = NodeRef::<html::Input>::new();
    let invalid = RwSignal::new(false);
    let id = move || goal.with_untracked(|g| g.as_ref().map(|g| g.id.clone()).unwrap_or_default());
    let rows = move || {
        let mut rows: Vec<(usize, Measurement)> = goal.with(|g| {
            g.as_ref()
                .map(|g| g.measurements.iter().cloned().enumerate().collect())
                .unwrap_or_default()
        });
        rows.sort_by_key(|(i, m)| (m.date, *i));
        rows
    };
    let add = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let (Some(date_el), Some(value_el)) =
            (date_input.get_untracked(), value_input.get_untracked())
        else {
            return;
        };
        let date = date_el.value().parse().ok();
        let value = parse_kept_number(&value_el.value());
        match (date, value) {
            (Some(date), Some(value)) => {
                invalid.set(false);
                plan.edit_goal(&id(), |g| {
                    g.measurements.push(Measurement {
                        date,
                        value,
                        note: String::new(),
                    })
                });
                value_el.set_value("");
            }
            _ => invalid.set(true),
        }
    };
    view! {
        <fieldset class="field-group measurements">
            <legend>{tr(T::Measurements)}</legend>
            <ProgressChart goal=goal />
            <Show when=move || !rows().is_empty()>
                <table class="table">
                    <thead>
                        <tr><th scope="col">{tr(T::Date)}</th><th scope="col">{tr(T::Value)}</th><th scope="col"><span class="visually-hidden">{tr(T::Delete)}</span></th></tr>
                    </thead>
                    <tbody>
                        {move || rows()
                            .into_iter()
                            .map(|(i, m)| {
                                view! {
                                    <tr data-testid="measurement-row">
                                        <td>{long_date(m.date, lang.get())}</td>
                                        <td class="num">{decimal(m.value, if m.value.fract() == 0.0 { 0 } else { 2 }, lang.get())}</td>
                                        <td class="num">
                                            <button class="icon-button" aria-label=tr(T::Delete) title=tr(T::Delete) on:click=move |_| plan.edit_goal(&id(), |g| {
                                                if i < g.measurements.len() {
                                                    g.measurements.remove(i);
                                                }
                                            })>"×"</button>
                                        </td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </Show>
            <form class="inline-form" on:submit=add>
                <label class="field">
                    <span>{tr(T::Date)}</span>
                    <input type="date" node_ref=date_input prop:value=browser::today().to_string() data-testid="measurement-date" />
                </label>
                <label class="field">
                    <span>{tr(T::Value)}</span>
                    <input type="text" inputmode="decimal" node_ref=value_input data-testid="measurement-value" aria-invalid=move || invalid.get().then_some("true") />
                </label>
                <button type="submit" class="button small" data-testid="add-measurement">{tr(T::AddMeasurement)}</button>
            </form>
            <Show when=move || invalid.get()>
                <p class="field-error" role="alert">{tr(T::MeasurementInvalid)}</p>
            </Show>
        </fieldset>
    }
}
