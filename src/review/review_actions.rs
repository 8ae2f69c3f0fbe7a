use goal_ladder_core::classroom::{class_csv, Separator};
use leptos::prelude::*;

use crate::browser;
use crate::i18n::{fill, tr, use_lang, T};
use crate::review::class_table::sorted_rows;
use crate::review::load::Review;
use crate::state::{NoticeKind, NoticeText, Notices};

const CSV_FILE: &str = "class-review.csv";

/// Export the table as CSV (in the order shown, headings in the interface's language, separated as
/// spreadsheet programs in that language expect), or empty it.
#[component]
pub fn ReviewActions() -> impl IntoView {
    let review = expect_context::<Review>();
    let notices = expect_context::<Notices>();
    let lang = use_lang();
    let export = move |_| {
        let lang = lang.get_untracked();
        let csv = class_csv(&sorted_rows(review), Some(lang), Separator::for_lang(lang));
        match browser::download_text(CSV_FILE, "text/csv;charset=utf-8", &csv) {
            Ok(()) => notices.push(
                NoticeKind::Success,
                NoticeText::said(|lang| fill(T::Exported.get(lang), &[("file", CSV_FILE)])),
                None,
            ),
            Err(e) => notices.push(NoticeKind::Error, e, None),
        };
    };
    let has_rows = move || review.hand_ins.with(|h| !h.is_empty());
    view! {
        <Show when=has_rows>
            <div class="actions review-actions">
                <button type="button" class="button secondary" data-testid="review-export" on:click=export>
                    {tr(T::ReviewExportCsv)}
                </button>
                <button type="button" class="button danger-text" data-testid="review-clear" on:click=move |_| review.clear()>
                    {tr(T::ReviewClear)}
                </button>
            </div>
        </Show>
    }
}
