use goal_ladder_core::people::{self, EngagementModel};
use goal_ladder_core::plan::AudienceId;
use leptos::prelude::*;

use crate::i18n::{decimal, fill, tr, use_lang, T};
use crate::people::audience_card::edit_audience;
use crate::state::use_open_plan;

fn model_code(model: Option<EngagementModel>) -> &'static str {
    match model {
        None => "",
        Some(EngagementModel::FiveDegrees) => "five",
        Some(EngagementModel::Technographics) => "technographics",
    }
}

/// How active the audience is: shares per degree of a model, which must add up to 100 %.
#[component]
pub fn EngagementProfile(id: AudienceId) -> impl IntoView {
    let plan = use_open_plan();
    let lang = use_lang();
    let id = StoredValue::new(id);
    let profile = Memo::new(move |_| {
        plan.with(|p| {
            p.audiences
                .iter()
                .find(|a| a.id == id.get_value())
                .map(|a| a.engagement_profile.clone())
        })
        .flatten()
        .unwrap_or_default()
    });
    let model = move || EngagementModel::of_profile(&profile.get());
    let total = move || people::profile_total(&profile.get());
    let complete = move || people::profile_is_complete(&profile.get());
    let choose = move |ev| {
        let code = event_target_value(&ev);
        let model = EngagementModel::ALL
            .into_iter()
            .find(|m| model_code(Some(*m)) == code);
        edit_audience(plan, &id.get_value(), move |a| {
            a.engagement_profile = model
                .map(EngagementModel::starting_profile)
                .unwrap_or_default();
        });
    };
    view! {
        <fieldset class="field-group">
            <legend>{tr(T::EngagementProfile)}</legend>
            <label class="field inline">
                <span>{tr(T::EngagementModel)}</span>
                <select prop:value=move || model_code(model()) on:change=choose>
                    <option value="">{tr(T::NotChosen)}</option>
                    {EngagementModel::ALL
                        .into_iter()
                        .map(|m| view! { <option value=model_code(Some(m))>{move || m.name().get(lang.get())}</option> })
                        .collect_view()}
                </select>
            </label>
            <Show when=move || model().is_some()>
                <div class="shares">
                    {move || {
                        profile
                            .get()
                            .into_iter()
                            .enumerate()
                            .map(|(i, share)| {
                                let name = people::degree(&share.degree).map(|d| d.name.get(lang.get())).unwrap_or("?");
                                view! {
                                    <label class="share">
                                        <span>{name}</span>
                                        <span class="with-unit">
                                            <input
                                                type="number"
                                                min="0"
                                                max="100"
                                                step="1"
                                                prop:value=share.percent.to_string()
                                                on:change=move |ev| {
                                                    let v = event_target_value(&ev).replace(',', ".").parse::<f64>().unwrap_or(0.0).clamp(0.0, 100.0);
                                                    edit_audience(plan, &id.get_value(), move |a| {
                                                        if let Some(s) = a.engagement_profile.get_mut(i) {
                                                            s.percent = v;
                                                        }
                                                    });
                                                }
                                            />
                                            "%"
                                        </span>
                                    </label>
                                }
                            })
                            .collect_view()
                    }}
                </div>
                <p class="total" class:warning=move || !complete() role="status">
                    {move || fill(T::ProfileTotal.get(lang.get()), &[("total", &decimal(total(), 0, lang.get()))])}
                    {move || (!complete()).then(|| format!(" – {}", T::ProfileMustSum.get(lang.get())))}
                </p>
            </Show>
        </fieldset>
    }
}
