use goal_ladder_core::classroom::{hand_in_file_name, write_hand_in_file, HandIn, KeptExercise};
use goal_ladder_core::limits;
use leptos::prelude::*;

use crate::browser;
use crate::classroom::exercise_store::exercise_for;
use crate::i18n::{file_error_text, fill, tr, use_lang, T};
use crate::state::{use_open_plan, NoticeKind, NoticeText, Notices};

const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The student's hand-in: name and class, then a file with the plan, its assessment and the exercise.
#[component]
pub fn HandInForm() -> impl IntoView {
    let plan = use_open_plan();
    let notices = expect_context::<Notices>();
    let lang = use_lang();
    let name = RwSignal::new(String::new());
    let class = RwSignal::new(String::new());
    let missing = RwSignal::new(false);
    let hand_in = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        if name.get_untracked().trim().is_empty() || class.get_untracked().trim().is_empty() {
            missing.set(true);
            return;
        }
        missing.set(false);
        let Some(p) = plan.book().plan(&plan.id()) else {
            return;
        };
        let exercise = match exercise_for(&p.id) {
            KeptExercise::Unreadable(e) => {
                // Handing in without it would pass for a plan with no exercise.
                let said = move |lang| {
                    let reason = file_error_text(&e, lang);
                    fill(
                        T::HandInExerciseUnreadable.get(lang),
                        &[("reason", &reason)],
                    )
                };
                notices.push(NoticeKind::Error, NoticeText::said(said), None);
                return;
            }
            KeptExercise::Read(exercise) => Some(exercise),
            KeptExercise::None => None,
        };
        let hand_in = HandIn::new(
            name.get_untracked().trim(),
            class.get_untracked().trim(),
            p,
            exercise,
            APP_VERSION,
            browser::now(),
            browser::today(),
        );
        let file = hand_in_file_name(&hand_in);
        match browser::download_text(&file, "application/json", &write_hand_in_file(&hand_in)) {
            Ok(()) => notices.push(
                NoticeKind::Success,
                fill(T::HandedIn.get(lang.get_untracked()), &[("file", &file)]),
                None,
            ),
            Err(e) => notices.push(NoticeKind::Error, e, None),
        };
    };
    view! {
        <section class="card no-print" aria-labelledby="hand-in-heading">
            <h3 id="hand-in-heading">{tr(T::HandInHeading)}</h3>
            <p class="hint">{tr(T::HandInHelp)}</p>
            <form class="inline-form" on:submit=hand_in>
                <label class="field grow">
                    <span>{tr(T::StudentName)}</span>
                    <input type="text" data-testid="student-name" autocomplete="name" maxlength=limits::MAX_NAME_CHARS prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
                </label>
                <label class="field">
                    <span>{tr(T::ClassName)}</span>
                    <input type="text" data-testid="class-name" maxlength=limits::MAX_NAME_CHARS prop:value=move || class.get() on:input=move |ev| class.set(event_target_value(&ev)) />
                </label>
                <button type="submit" class="button primary small" data-testid="hand-in">{tr(T::HandInButton)}</button>
            </form>
            <Show when=move || missing.get()>
                <p class="field-error" role="alert">{tr(T::HandInNeedsName)}</p>
            </Show>
        </section>
    }
}
