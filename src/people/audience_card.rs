use goal_ladder_core::limits;
use goal_ladder_core::plan::set_chosen;
use goal_ladder_core::plan::{Audience, AudienceId, StakeholderLinkage};
use leptos::prelude::*;

use crate::i18n::{fill, section_name, tr, use_lang, T};
use crate::people::engagement_profile::EngagementProfile;
use crate::state::{use_open_plan, OpenPlan, Route, Tab};
use goal_ladder_core::classroom::Section;

/// Applies an edit to one audience of the open plan.
pub fn edit_audience(plan: OpenPlan, id: &AudienceId, edit: impl FnOnce(&mut Audience)) {
    plan.update(|p| {
        if let Some(a) = p.audiences.iter_mut().find(|a| &a.id == id) {
            edit(a);
        }
    });
}

fn linkage_code(l: Option<StakeholderLinkage>) -> &'static str {
    match l {
        None => "",
        Some(StakeholderLinkage::Functional) => "functional",
        Some(StakeholderLinkage::Normative) => "normative",
        Some(StakeholderLinkage::Enabling) => "enabling",
        Some(StakeholderLinkage::Diffuse) => "diffuse",
    }
}

const LINKAGES: [(StakeholderLinkage, T); 4] = [
    (StakeholderLinkage::Functional, T::LinkageFunctional),
    (StakeholderLinkage::Normative, T::LinkageNormative),
    (StakeholderLinkage::Enabling, T::LinkageEnabling),
    (StakeholderLinkage::Diffuse, T::LinkageDiffuse),
];

#[component]
pub fn AudienceCard(id: AudienceId) -> impl IntoView {
    let plan = use_open_plan();
    let lang = use_lang();
    let id = StoredValue::new(id);
    let audience = Memo::new(move |_| {
        plan.with(|p| p.audiences.iter().find(|a| a.id == id.get_value()).cloned())
            .flatten()
    });
    let get = move |f: fn(&Audience) -> String| {
        move || audience.with(|a| a.as_ref().map(f).unwrap_or_default())
    };
    let edit = move |f: Box<dyn FnOnce(&mut Audience)>| edit_audience(plan, &id.get_value(), f);
    let dom_id = move |what: &str| format!("audience-{what}-{}", id.get_value());
    let platforms = move || plan.with(|p| p.platforms.clone()).unwrap_or_default();

    let remove = move |_| {
        let mut removed = None;
        plan.update(|p| {
            if let Some(i) = p.audiences.iter().position(|a| a.id == id.get_value()) {
                removed = Some((i, p.audiences.remove(i)));
            }
        });
        if let Some((index, audience)) = removed {
            let name = if audience.name.trim().is_empty() {
                T::UnnamedAudience.get(lang.get_untracked()).to_string()
            } else {
                audience.name.clone()
            };
            let text = fill(
                T::AudienceDeleted.get(lang.get_untracked()),
                &[("name", &name)],
            );
            let kept = audience;
            plan.book().deleted(text, move || {
                plan.update(|p| {
                    let at = index.min(p.audiences.len());
                    p.audiences.insert(at, kept.clone());
                })
            });
        }
    };

    view! {
        <article class="card audience-card" data-testid="audience-card">
            <div class="grid-2">
                <label class="field">
                    <span>{tr(T::AudienceName)}</span>
                    <input
                        type="text"
                        id=dom_id("name")
                        placeholder=tr(T::AudienceNamePlaceholder)
                        maxlength=limits::MAX_NAME_CHARS
                        prop:value=get(|a| a.name.clone())
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            edit(Box::new(move |a| a.name = v));
                        }
                    />
                </label>
                <label class="field">
                    <span>{tr(T::StakeholderLinkage)}</span>
                    <select
                        prop:value=move || audience.with(|a| linkage_code(a.as_ref().and_then(|a| a.linkage)))
                        on:change=move |ev| {
                            let code = event_target_value(&ev);
                            let linkage = LINKAGES.iter().map(|(l, _)| *l).find(|l| linkage_code(Some(*l)) == code);
                            edit(Box::new(move |a| a.linkage = linkage));
                        }
                    >
                        <option value="">{tr(T::NotChosen)}</option>
                        {LINKAGES
                            .iter()
                            .map(|(l, label)| view! { <option value=linkage_code(Some(*l))>{tr(*label)}</option> })
                            .collect_view()}
                    </select>
                </label>
            </div>
            <label class="field">
                <span>{tr(T::AudienceDescription)}</span>
                <textarea
                    rows="2"
                    maxlength=limits::MAX_TEXT_CHARS
                    prop:value=get(|a| a.description.clone())
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        edit(Box::new(move |a| a.description = v));
                    }
                ></textarea>
            </label>
            <EngagementProfile id=id.get_value() />
            <fieldset class="field-group">
                <legend>{tr(T::WhereTheyAre)}</legend>
                <Show
                    when=move || !platforms().is_empty()
                    fallback=move || view! {
                        <p class="hint">
                            {tr(T::NoPlatformsYet)} " "
                            <a href=move || Route::Plan(plan.id(), Tab::Technology).to_hash()>{section_name(Section::Technology)}</a>
                        </p>
                    }
                >
                    <div class="chips">
                        <For each=platforms key=|p| p.id.clone() let(platform)>
                            {
                                let pid = StoredValue::new(platform.id.clone());
                                let checked = move || audience.with(|a| a.as_ref().is_some_and(|a| a.platforms.contains(&pid.get_value())));
                                view! {
                                    <label class="chip">
                                        <input
                                            type="checkbox"
                                            prop:checked=checked
                                            on:change=move |ev| {
                                                let on = event_target_checked(&ev);
                                                let pid = pid.get_value();
                                                edit(Box::new(move |a| {
                                                    set_chosen(&mut a.platforms, pid, on);
                                                }));
                                            }
                                        />
                                        <span>{platform.name.clone()}</span>
                                    </label>
                                }
                            }
                        </For>
                    </div>
                </Show>
            </fieldset>
            <div class="actions end">
                <button class="button small danger-text" on:click=remove>{tr(T::DeleteAudience)}</button>
            </div>
        </article>
    }
}
