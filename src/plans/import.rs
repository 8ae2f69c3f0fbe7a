use goal_ladder_core::classroom::{
    attach_feedback, read_exercise_file, read_feedback_file, Exercise, Feedback,
};
use goal_ladder_core::file::{FileError, FileKind, MAX_FILE_BYTES};
use goal_ladder_core::ids::Renumbered;
use goal_ladder_core::plan::PlanId;
use goal_ladder_core::plan_file::read_plan_file;
use goal_ladder_core::{Lang, Plan};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::{self, read_file_text, FileReadError};
use crate::classroom::exercise_store::start_exercise;
use crate::i18n::{counted, file_error_text, fill, megabytes, tr, use_lang, T};
use crate::state::{Action, NoticeAction, NoticeKind, NoticeText, Notices, PlanBook};

/// The files of a picker or a drop, in order.
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// What a file brought in: a plan (with the fields this version did not know), or an exercise.
enum Imported {
    /// A plan, the fields this version did not know, and the ids the reader changed.
    Plan(Plan, Vec<String>, Vec<Renumbered>),
    Exercise(Exercise),
    /// A teacher's feedback on a plan handed in from here.
    Feedback(Feedback),
}

/// The files chosen in a file input's change event. The input is cleared, so the same file can be
/// picked again after it was fixed.
pub fn take_picked_files(ev: &web_sys::Event) -> Vec<web_sys::File> {
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let files = files_of(input.files());
    input.set_value("");
    files
}

/// Reads each file and adds every readable plan as a new plan; an exercise file starts a new plan from
/// the exercise. A file that fails changes nothing.
pub fn import_files(files: Vec<web_sys::File>, book: PlanBook, notices: Notices, lang: Lang) {
    leptos::task::spawn_local(async move {
        for file in files {
            let name = file.name();
            match read_import(&file, lang).await {
                Ok(Imported::Exercise(exercise)) => {
                    start_exercise(&exercise, book);
                    let text = fill(
                        T::ExerciseStarted.get(lang),
                        &[("title", exercise.display_title())],
                    );
                    notices.push(NoticeKind::Success, text, None);
                }
                Ok(Imported::Feedback(feedback)) => {
                    attach_to_plan(&name, feedback, book, notices, lang);
                }
                Ok(Imported::Plan(plan, unknown, renumbered)) => {
                    if !unknown.is_empty() {
                        report_unknown_fields(&name, &unknown, notices, lang);
                    }
                    if !renumbered.is_empty() {
                        report_renumbered(&name, &renumbered, notices);
                    }
                    add_plan(plan, book, notices, lang);
                }
                Err(reason) => {
                    let text = fill(
                        T::ImportFailed.get(lang),
                        &[("file", &name), ("reason", &reason)],
                    );
                    notices.push(NoticeKind::Error, text, None);
                }
            }
        }
    });
}

/// Keeps a teacher's feedback with the plan it is on (by the plan's id), replacing earlier feedback and
/// changing nothing else; feedback on no plan here changes nothing and says so.
fn attach_to_plan(file: &str, feedback: Feedback, book: PlanBook, notices: Notices, lang: Lang) {
    let id = feedback.plan_id.clone();
    let attached = book.with_plan_untracked(&id, |plan| attach_feedback(plan, feedback.clone()));
    let Some(Ok(attached)) = attached else {
        let name = if feedback.student_name.is_empty() {
            T::ReviewNoName.get(lang).to_string()
        } else {
            feedback.student_name.clone()
        };
        let text = fill(
            T::FeedbackNoPlan.get(lang),
            &[
                ("file", file),
                ("title", &feedback.plan_title),
                ("name", &name),
            ],
        );
        notices.push(NoticeKind::Error, text, None);
        return;
    };
    let kept = attached.plan.feedback.clone();
    book.update(&id, move |plan| plan.feedback = kept);
    let title = attached.plan.display_title().to_string();
    let (comments, replaced) = (attached.comments, attached.replaced);
    let text = NoticeText::said(move |lang| {
        let mut text = fill(
            T::FeedbackAttached.get(lang),
            &[
                ("title", &title),
                (
                    "comments",
                    &counted(comments, T::CommentsOne, T::CommentsOther, lang),
                ),
            ],
        );
        if replaced {
            text.push(' ');
            text.push_str(T::FeedbackReplacedEarlier.get(lang));
        }
        text
    });
    notices.push(NoticeKind::Success, text, None);
}

fn add_plan(mut plan: Plan, book: PlanBook, notices: Notices, lang: Lang) {
    if !plan.id.as_str().is_empty() && book.contains(&plan.id) {
        return offer_choice(plan, book, notices, lang);
    }
    if plan.id.as_str().is_empty() {
        plan.id = PlanId::new(browser::new_id("plan"));
    }
    let title = plan.display_title().to_string();
    book.add(plan);
    notices.push(
        NoticeKind::Success,
        fill(T::Imported.get(lang), &[("title", &title)]),
        None,
    );
}

/// Fields of a file that this version does not know are left out, and the user is told which.
fn report_unknown_fields(file: &str, unknown: &[String], notices: Notices, lang: Lang) {
    const SHOWN: usize = 8;
    let mut list = unknown
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if unknown.len() > SHOWN {
        list.push_str(&format!(" (+{})", unknown.len() - SHOWN));
    }
    let text = fill(
        T::UnknownFields.get(lang),
        &[
            ("file", file),
            (
                "fields_count",
                &counted(unknown.len(), T::FieldsOne, T::FieldsOther, lang),
            ),
            ("fields", &list),
        ],
    );
    notices.push(NoticeKind::Info, text, None);
}

/// Ids the reader changed (repeated ones, a plan id that could not be opened) are named, so nothing
/// looks the same as in the file without a word.
fn report_renumbered(file: &str, renumbered: &[Renumbered], notices: Notices) {
    const SHOWN: usize = 8;
    let mut list = renumbered
        .iter()
        .take(SHOWN)
        .map(Renumbered::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    if renumbered.len() > SHOWN {
        list.push_str(&format!(" (+{})", renumbered.len() - SHOWN));
    }
    let (file, count) = (file.to_string(), renumbered.len().to_string());
    let text = NoticeText::said(move |lang| {
        fill(
            T::IdsRenumbered.get(lang),
            &[("file", &file), ("count", &count), ("ids", &list)],
        )
    });
    notices.push(NoticeKind::Info, text, None);
}

/// Reads a plan file: the plan, and the paths of fields this version did not recognise.
async fn read_import(file: &web_sys::File, lang: Lang) -> Result<Imported, String> {
    let text = read_file_text(file, MAX_FILE_BYTES)
        .await
        .map_err(|e| match e {
            FileReadError::TooLarge { bytes, limit } => fill(
                T::ErrTooLarge.get(lang),
                &[
                    ("size", &megabytes(bytes, lang)),
                    ("limit", &megabytes(limit, lang)),
                ],
            ),
            FileReadError::Unreadable(detail) => fill(
                T::ErrUnreadableFile.get(lang),
                &[("detail", &crate::i18n::technical(&detail, " (", ")", lang))],
            ),
        })?;
    match read_plan_file(&text) {
        Ok(read) => Ok(Imported::Plan(
            read.plan,
            read.unknown_fields,
            read.renumbered,
        )),
        Err(FileError::WrongFormat {
            found_format: Some(format),
            ..
        }) if format == FileKind::Exercise.format() => read_exercise_file(&text)
            .map(Imported::Exercise)
            .map_err(|e| file_error_text(&e, lang)),
        Err(FileError::WrongFormat {
            found_format: Some(format),
            ..
        }) if format == FileKind::Feedback.format() => read_feedback_file(&text)
            .map(Imported::Feedback)
            .map_err(|e| file_error_text(&e, lang)),
        // The review of hand-ins is a page of its own (review.html); the file is for that page.
        Err(FileError::WrongFormat {
            found_format: Some(format),
            ..
        }) if format == FileKind::HandIn.format() => Err(T::ErrHandInHere.get(lang).to_string()),
        Err(e) => Err(file_error_text(&e, lang)),
    }
}

/// The same plan is here already: the user chooses between keeping both and replacing the one here,
/// and a replaced plan can still be had back.
fn offer_choice(plan: Plan, book: PlanBook, notices: Notices, lang: Lang) {
    let title = plan.display_title().to_string();
    let copy = plan.clone();
    // The copy is named apart, or the list would show two plans of the same name and nothing to tell them by.
    let keep_both: Action = std::sync::Arc::new(move || {
        let mut copy = copy.clone();
        copy.id = PlanId::new(browser::new_id("plan"));
        copy.title = format!("{} {}", copy.display_title(), T::ImportedSuffix.get(lang));
        book.add(copy);
    });
    let replace: Action = std::sync::Arc::new(move || {
        if let Some(old) = book.replace(plan.clone()) {
            let text = fill(T::PlanReplaced.get(lang), &[("title", old.display_title())]);
            book.deleted(text, move || {
                book.replace(old.clone());
            });
        }
    });
    notices.push(
        NoticeKind::Info,
        fill(T::SamePlanHere.get(lang), &[("title", &title)]),
        Some(NoticeAction::Resolve {
            keep_both,
            alternative: replace,
            alternative_label: T::ReplaceHere,
        }),
    );
}

/// A button that opens the file picker for plan files.
#[component]
pub fn ImportButton() -> impl IntoView {
    let book = expect_context::<PlanBook>();
    let notices = expect_context::<Notices>();
    let lang = use_lang();
    let on_change = move |ev: web_sys::Event| {
        import_files(take_picked_files(&ev), book, notices, lang.get_untracked());
    };
    view! {
        <label class="button secondary file-button">
            <input
                type="file"
                accept=".json,application/json"
                multiple=true
                class="visually-hidden"
                data-testid="import-input"
                on:change=on_change
            />
            <span>{tr(T::ImportPlan)}</span>
        </label>
    }
}

/// The overlay shown while a file is dragged over the page.
#[component]
pub fn ImportZone(active: RwSignal<bool>) -> impl IntoView {
    view! {
        <div class="drop-overlay" class:visible=move || active.get() aria-hidden="true">
            <p>{tr(T::DropHere)}</p>
        </div>
    }
}
