use goal_ladder_core::classroom::{class_table, sort_rows, ClassRow, Column};
use leptos::prelude::*;

use crate::browser;
use crate::class_review::load::Review;
use crate::class_review::sort_header::SortHeader;
use crate::class_review::table_cell::TableCell;
use crate::i18n::{counted, fill, tr, use_lang, T};

/// The columns shown on screen; the CSV has them all.
pub const SHOWN: [Column; 11] = [
    Column::Student,
    Column::Class,
    Column::Assignment,
    Column::Goals,
    Column::MainGoalsFit,
    Column::ToCheck,
    Column::Smart,
    Column::Warnings,
    Column::Okr,
    Column::Sections,
    Column::Grade,
];

/// The class's rows, summarised afresh and in the chosen order. Tracks the hand-ins and the sort.
pub fn sorted_rows(review: Review) -> Vec<ClassRow> {
    let today = browser::today();
    let mut rows = review.hand_ins.with(|h| class_table(h, today));
    sort_rows(&mut rows, review.sort.get());
    rows
}

/// One row per hand-in, sortable by each column's heading. Wide, so it scrolls sideways on its own
/// rather than widening the page.
#[component]
pub fn ClassTable() -> impl IntoView {
    let review = expect_context::<Review>();
    let lang = use_lang();
    let rows = Memo::new(move |_| sorted_rows(review));
    let count = move || review.hand_ins.with(Vec::len);
    let has_rows = move || count() != 0;
    view! {
        <Show
            when=has_rows
            fallback=|| view! { <p class="empty-state" data-testid="review-empty">{tr(T::ReviewEmpty)}</p> }
        >
            <p class="hint review-table-hint">{tr(T::ReviewTableHint)}</p>
            <div class="table-scroll" role="region" aria-labelledby="review-caption" tabindex="0">
                <table class="table review-table" data-testid="review-table">
                    <caption id="review-caption">
                        {move || fill(T::ReviewCaption.get(lang.get()), &[("hand_ins", &counted(count(), T::HandInsOne, T::HandInsOther, lang.get()))])}
                    </caption>
                    <thead>
                        <tr>
                            {SHOWN.into_iter().map(|column| view! { <SortHeader column=column /> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            rows.get()
                                .into_iter()
                                .map(|row| {
                                    let row = StoredValue::new(row);
                                    view! {
                                        <tr data-testid="review-row">
                                            {SHOWN.into_iter().map(|column| view! { <TableCell row=row column=column /> }).collect_view()}
                                        </tr>
                                    }
                                })
                                .collect_view()
                        }}
                    </tbody>
                </table>
            </div>
        </Show>
    }
}
