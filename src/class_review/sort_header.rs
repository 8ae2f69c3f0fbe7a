use goal_ladder_core::classroom::csv::column_header;
use goal_ladder_core::classroom::{Column, Direction, SortKey};
use leptos::prelude::*;

use crate::class_review::load::{column_key, Review};
use crate::i18n::use_lang;

/// A column heading: a button that sorts by the column, and again to reverse the order.
#[component]
pub fn SortHeader(column: Column) -> impl IntoView {
    let review = expect_context::<Review>();
    let lang = use_lang();
    let direction = move || {
        review
            .sort
            .with(|s| (s.column == column).then_some(s.direction))
    };
    let aria_sort = move || {
        direction().map(|d| match d {
            Direction::Ascending => "ascending",
            Direction::Descending => "descending",
        })
    };
    let mark = move || match direction() {
        Some(Direction::Ascending) => "▲",
        Some(Direction::Descending) => "▼",
        None => "↕",
    };
    let sort = move |_| {
        let direction = match direction() {
            Some(Direction::Ascending) => Direction::Descending,
            _ => Direction::Ascending,
        };
        review.sort.set(SortKey { column, direction });
    };
    let numeric = !matches!(column, Column::Student | Column::Class | Column::Assignment);
    view! {
        <th scope="col" class:num=numeric aria-sort=aria_sort data-col=column_key(column)>
            <button
                type="button"
                class="sort-button"
                class:sorted=move || direction().is_some()
                data-testid=format!("sort-{}", column_key(column))
                on:click=sort
            >
                <span>{move || column_header(column, lang.get())}</span>
                <span class="sort-mark" aria-hidden="true">{mark}</span>
            </button>
        </th>
    }
}
