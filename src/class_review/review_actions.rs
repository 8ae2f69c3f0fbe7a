use goal_ladder_core::classroom::{class_csv, Separator};
use leptos::prelude::*;

use crate::browser;
use crate::class_review::class_table::sorted_rows;
use crate::class_review::feedback_draft::{export_feedback, stored_draft};
use crate::class_review::load::Review;
use crate::i18n::{counted, fill, tr, use_lang, T};
use crate::state::{NoticeKind, NoticeText, Notices};

const CSV_FILE: &str = "class-review.csv";

/// Export the table as CSV (in the order shown, headings in the interface's language), or empty it.
/// The separator starts as spreadsheet programs in the interface's language expect and can be changed,
/// since a teacher's spreadsheet program need not follow the interface's language.
#[component]
pub fn ReviewActions() -> impl IntoView {
    let review = expect_context::<Review>();
    let notices = expect_context::<Notices>();
    let lang = use_lang();
    let chosen = RwSignal::new(None::<Separator>);
    let separator = move || {
        chosen
            .get()
            .unwrap_or_else(|| Separator::for_lang(lang.get()))
    };
    let export = move |_| {
        let csv = class_csv(
            &sorted_rows(review),
            Some(lang.get_untracked()),
            separator(),
        );
        match browser::download_text(CSV_FILE, "text/csv;charset=utf-8", &csv) {
            Ok(()) => notices.push(
                NoticeKind::Success,
                NoticeText::said(|lang| fill(T::Exported.get(lang), &[("file", CSV_FILE)])),
                None,
            ),
            Err(e) => notices.push(NoticeKind::Error, e, None),
        };
    };
    // One download per student with feedback written; the others are passed over.
    let export_all = move |_| {
        let lang = lang.get_untracked();
        let hand_ins = review.hand_ins.get_untracked();
        let mut exported = 0;
        for hand_in in &hand_ins {
            let draft = stored_draft(&hand_in.plan.id);
            if draft.is_empty() {
                continue;
            }
            match export_feedback(hand_in, &draft, lang) {
                Ok(_) => exported += 1,
                Err(e) => {
                    notices.push(NoticeKind::Error, e, None);
                }
            }
        }
        if exported == 0 {
            notices.push(
                NoticeKind::Info,
                T::FeedbackEmpty.get(lang).to_string(),
                None,
            );
        } else {
            notices.push(
                NoticeKind::Success,
                NoticeText::said(move |lang| {
                    fill(
                        T::FeedbackExportedFor.get(lang),
                        &[(
                            "count",
                            &counted(exported, T::StudentsOne, T::StudentsOther, lang),
                        )],
                    )
                }),
                None,
            );
        }
    };
    let has_rows = move || review.hand_ins.with(|h| !h.is_empty());
    view! {
        <Show when=has_rows>
            <div class="actions review-actions">
                <label class="compact-field">
                    {tr(T::CsvSeparator)}" "
                    <select
                        data-testid="review-separator"
                        prop:value=move || separator_code(separator())
                        on:change=move |ev| chosen.set(Some(separator_from_code(&event_target_value(&ev))))
                    >
                        <option value="semicolon" selected=move || separator() == Separator::Semicolon>{tr(T::CsvSemicolon)}</option>
                        <option value="comma" selected=move || separator() == Separator::Comma>{tr(T::CsvComma)}</option>
                    </select>
                </label>
                <button type="button" class="button secondary" data-testid="review-export" on:click=export>
                    {tr(T::ReviewExportCsv)}
                </button>
                <button type="button" class="button secondary" data-testid="review-export-feedback" on:click=export_all>
                    {tr(T::ExportAllFeedback)}
                </button>
                <button type="button" class="button danger-text" data-testid="review-clear" on:click=move |_| review.clear()>
                    {tr(T::ReviewClear)}
                </button>
            </div>
        </Show>
    }
}

fn separator_code(separator: Separator) -> &'static str {
    match separator {
        Separator::Comma => "comma",
        Separator::Semicolon => "semicolon",
    }
}

fn separator_from_code(code: &str) -> Separator {
    if code == "comma" {
        Separator::Comma
    } else {
        Separator::Semicolon
    }
}
