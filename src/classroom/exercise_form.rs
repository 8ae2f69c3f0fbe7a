use goal_ladder_core::classroom::{
    exercise_file_name, write_exercise_file, Exercise, ExerciseDraft, Rubric, Section,
    SharePayload, SmartScale,
};
use goal_ladder_core::limits;
use goal_ladder_core::plan::set_chosen;
use leptos::prelude::*;

use crate::browser;
use crate::classroom::share_card::share_link;
use crate::i18n::{tr, use_lang, T};
use crate::state::{use_open_plan, NoticeKind, Notices};
use crate::storage::{self, StorageKey};

/// For teachers: this plan as an exercise, with a case, the sections to fill in and the rubric.
#[component]
pub fn ExerciseForm() -> impl IntoView {
    let plan = use_open_plan();
    let notices = expect_context::<Notices>();
    let lang = use_lang();
    // What the teacher has written so far is kept beside the plan, so a tab switch or a reload loses
    // nothing.
    let key = StorageKey::ExerciseDraft(plan.id());
    let draft = storage::read_setting(&key)
        .as_deref()
        .and_then(ExerciseDraft::read)
        .unwrap_or_else(|| {
            ExerciseDraft::new(&plan.with(|p| p.description.clone()).unwrap_or_default())
        });
    let case_text = RwSignal::new(draft.case_text);
    let required = RwSignal::new(draft.required_sections);
    let scale = RwSignal::new(draft.smart_scale);
    let key = StoredValue::new(key);
    let keep = move || {
        let draft = ExerciseDraft {
            case_text: case_text.get_untracked(),
            required_sections: required.get_untracked(),
            smart_scale: scale.get_untracked(),
        };
        if let Err(e) = storage::write_setting(&key.get_value(), &draft.write()) {
            notices.storage_error(&e);
        }
    };
    let link = RwSignal::new(None::<Result<String, String>>);
    let exercise = move || {
        let p = plan.book().plan(&plan.id())?;
        let mut exercise = Exercise::from_plan(&p, browser::new_id("ex"));
        exercise.case_text = case_text.get_untracked();
        exercise.required_sections = required.get_untracked();
        exercise.rubric = Rubric {
            smart_scale: scale.get_untracked(),
            ..Rubric::default()
        };
        Some(exercise)
    };
    let export = move |_| {
        let Some(ex) = exercise() else { return };
        if let Err(e) = browser::download_text(
            &exercise_file_name(&ex),
            "application/json",
            &write_exercise_file(&ex, browser::now()),
        ) {
            notices.push(NoticeKind::Error, e, None);
        }
    };
    let share = move |_| {
        let Some(ex) = exercise() else { return };
        leptos::task::spawn_local(async move {
            let made = share_link(SharePayload::Exercise(ex), lang.get_untracked(), notices).await;
            let _ = link.try_set(Some(made));
        });
    };
    view! {
        <details class="card no-print exercise-form">
            <summary><h3>{tr(T::MakeExercise)}</h3></summary>
            <p class="hint">{tr(T::MakeExerciseHelp)}</p>
            <label class="field">
                <span>{tr(T::CaseText)}</span>
                <textarea rows="4" data-testid="exercise-case" maxlength=limits::MAX_TEXT_CHARS prop:value=move || case_text.get() on:input=move |ev| {
                    case_text.set(event_target_value(&ev));
                    keep();
                }></textarea>
            </label>
            <fieldset class="field-group">
                <legend>{tr(T::RequiredSections)}</legend>
                <div class="chips">
                    {Section::ALL
                        .into_iter()
                        .map(|section| view! {
                            <label class="chip">
                                <input
                                    type="checkbox"
                                    prop:checked=move || required.with(|r| r.contains(&section))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        required.update(|r| {
                                            set_chosen(r, section, on);
                                        });
                                        keep();
                                    }
                                />
                                <span>{move || section.name(lang.get())}</span>
                            </label>
                        })
                        .collect_view()}
                </div>
            </fieldset>
            <label class="field">
                <span>{tr(T::RubricScale)}</span>
                <select
                    data-testid="exercise-scale"
                    on:change=move |ev| {
                        scale.set(if event_target_value(&ev) == "four" { SmartScale::FourPoint } else { SmartScale::TwoOneZero });
                        keep();
                    }
                >
                    <option value="two" selected=move || scale.get() == SmartScale::TwoOneZero>{tr(T::ScaleTwoOneZero)}</option>
                    <option value="four" selected=move || scale.get() == SmartScale::FourPoint>{tr(T::ScaleFour)}</option>
                </select>
            </label>
            <div class="actions">
                <button class="button small" data-testid="export-exercise" on:click=export>{tr(T::ExportExercise)}</button>
                <button class="button small" data-testid="share-exercise" on:click=share>{tr(T::ShareExercise)}</button>
            </div>
            {move || link.get().map(|made| match made {
                Ok(url) => view! {
                    <label class="field">
                        <span>{tr(T::LinkToExercise)}</span>
                        <input type="text" readonly=true data-testid="exercise-link-value" prop:value=url />
                    </label>
                }
                .into_any(),
                Err(why) => view! { <p class="field-error" role="alert">{why}</p> }.into_any(),
            })}
        </details>
    }
}
