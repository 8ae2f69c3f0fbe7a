use goal_ladder_core::limits;
use goal_ladder_core::plan::set_chosen;
use goal_ladder_core::plan::{Platform, PlatformId};
use goal_ladder_core::technology::COMMON_PLATFORMS;
use leptos::html;
use leptos::prelude::*;

use crate::assess;
use crate::browser;
use crate::i18n::{fill, section_name, tr, use_lang, T};
use crate::state::use_open_plan;
use goal_ladder_core::classroom::Section;

#[component]
pub fn TechnologySection() -> impl IntoView {
    let plan = use_open_plan();
    let lang = use_lang();
    let name_input = NodeRef::<html::Input>::new();
    let platforms = move || plan.with(|p| p.platforms.clone()).unwrap_or_default();
    let audiences = move || {
        plan.with(|p| {
            p.audiences
                .iter()
                .map(|a| (a.id.clone(), a.name.clone()))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    let add = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let Some(input) = name_input.get_untracked() else {
            return;
        };
        let name = input.value().trim().to_string();
        if name.is_empty() {
            return;
        }
        let taken = plan
            .with(|p| {
                p.platforms
                    .iter()
                    .any(|x| x.name.eq_ignore_ascii_case(&name))
            })
            .unwrap_or(false);
        if !taken {
            plan.update(|p| {
                p.platforms.push(Platform {
                    id: PlatformId::new(browser::new_id("pf")),
                    name,
                })
            });
        }
        input.set_value("");
        let _ = input.focus();
    };
    let warnings = move || {
        plan.with(|p| {
            assess::platform_warnings(p, lang.get())
                .into_iter()
                .map(|w| w.text)
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };

    view! {
        <section class="screen" aria-labelledby="technology-heading">
            <h2 id="technology-heading">{section_name(Section::Technology)}</h2>
            <p class="lead">{tr(T::TechnologyLead)}</p>
            <form class="card inline-form" on:submit=add>
                <label class="field grow">
                    <span>{tr(T::PlatformName)}</span>
                    <input type="text" node_ref=name_input list="platform-suggestions" data-testid="platform-name" maxlength=limits::MAX_NAME_CHARS />
                </label>
                <datalist id="platform-suggestions">
                    {COMMON_PLATFORMS.iter().map(|p| view! { <option value=*p></option> }).collect_view()}
                </datalist>
                <button type="submit" class="button primary">{tr(T::AddPlatform)}</button>
            </form>
            <ul class="warnings" role="list" data-testid="platform-warnings">
                {move || warnings().into_iter().map(|w| view! { <li class="warning-item">{w}</li> }).collect_view()}
            </ul>
            <ul class="stack" role="list">
                <For each=platforms key=|p| p.id.clone() let(platform)>
                    {
                        let pid = StoredValue::new(platform.id.clone());
                        let remove = move |_| {
                            let pid = pid.get_value();
                            let mut removed = None;
                            plan.update(|p| {
                                if let Some(i) = p.platforms.iter().position(|x| x.id == pid) {
                                    removed = Some((i, p.platforms.remove(i)));
                                }
                            });
                            if let Some((i, kept)) = removed {
                                let text = fill(T::PlatformDeleted.get(lang.get_untracked()), &[("platform", &kept.name)]);
                                                                plan.book().deleted(text, move || plan.update(|p| p.platforms.insert(i.min(p.platforms.len()), kept.clone())));
                            }
                        };
                        view! {
                            <li class="card platform-card" data-testid="platform-card">
                                <div class="section-head">
                                    <h3>{platform.name.clone()}</h3>
                                    <button class="button small danger-text" on:click=remove>{tr(T::Delete)}</button>
                                </div>
                                <fieldset class="field-group">
                                    <legend>{tr(T::AudiencesHere)}</legend>
                                    <div class="chips">
                                        {move || audiences()
                                            .into_iter()
                                            .map(|(aid, name)| {
                                                let aid = StoredValue::new(aid);
                                                let here = move || plan.with(|p| p.audiences.iter().any(|a| a.id == aid.get_value() && a.platforms.contains(&pid.get_value()))).unwrap_or(false);
                                                let label = if name.trim().is_empty() { T::UnnamedAudience.get(lang.get()).to_string() } else { name };
                                                view! {
                                                    <label class="chip">
                                                        <input
                                                            type="checkbox"
                                                            prop:checked=here
                                                            on:change=move |ev| {
                                                                let on = event_target_checked(&ev);
                                                                let (aid, pid) = (aid.get_value(), pid.get_value());
                                                                plan.update(|p| {
                                                                    if let Some(a) = p.audiences.iter_mut().find(|a| a.id == aid) {
                                                                        set_chosen(&mut a.platforms, pid, on);
                                                                    }
                                                                });
                                                            }
                                                        />
                                                        <span>{label}</span>
                                                    </label>
                                                }
                                            })
                                            .collect_view()}
                                    </div>
                                </fieldset>
                            </li>
                        }
                    }
                </For>
            </ul>
            <MeasuringWays />
        </section>
    }
}

/// How the plan counts its results: the ways taken from the goal coach, each removable (and undoable).
#[component]
fn MeasuringWays() -> impl IntoView {
    let plan = use_open_plan();
    let lang = use_lang();
    let ways = move || plan.with(|p| p.measuring.clone()).unwrap_or_default();
    view! {
        <section class="card measuring" aria-labelledby="measuring-heading" data-testid="measuring">
            <h3 id="measuring-heading">{tr(T::MeasuringHeading)}</h3>
            <p class="hint">{tr(T::MeasuringLead)}</p>
            <ul class="stack" role="list">
                <For each=ways key=|m| m.way.clone() let(measuring)>
                    {
                        let way = StoredValue::new(measuring.way.clone());
                        let remove = move |_| {
                            let id = way.get_value();
                            let mut removed = None;
                            plan.update(|p| {
                                if let Some(i) = p.measuring.iter().position(|m| m.way == id) {
                                    removed = Some((i, p.measuring.remove(i)));
                                }
                            });
                            if let Some((i, kept)) = removed {
                                let text = fill(T::MeasuringDeleted.get(lang.get_untracked()), &[("way", &kept.text)]);
                                plan.book().deleted(text, move || plan.update(|p| {
                                    if !p.measuring.iter().any(|m| m.way == kept.way) {
                                        p.measuring.insert(i.min(p.measuring.len()), kept.clone());
                                    }
                                }));
                            }
                        };
                        view! {
                            <li class="measuring-way" data-testid="measuring-way" data-way=measuring.way.clone()>
                                <span>{measuring.text.clone()}</span>
                                " "
                                <button class="button small danger-text" on:click=remove>{tr(T::Delete)}</button>
                            </li>
                        }
                    }
                </For>
            </ul>
        </section>
    }
}
