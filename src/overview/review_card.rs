use goal_ladder_core::limits;
use goal_ladder_core::review::{self, ReviewStatus};
use leptos::prelude::*;

use crate::browser;
use crate::i18n::{fill, long_date, tr, use_lang, T};
use crate::state::use_open_plan;

/// Says when a review is due, on every section's overview.
#[component]
pub fn ReviewBanner() -> impl IntoView {
    let plan = use_open_plan();
    let lang = use_lang();
    let today = browser::today();
    let due = move || {
        plan.with(|p| review::status(p, today))
            .and_then(|s| match s {
                ReviewStatus::Due { date, .. } => Some(date),
                ReviewStatus::Upcoming { .. } => None,
            })
    };
    view! {
        <Show when=move || due().is_some()>
            <div class="banner warn" role="status" data-testid="review-due">
                <p>{move || due().map(|d| fill(T::ReviewDue.get(lang.get()), &[("date", &long_date(d, lang.get()))]))}</p>
                <a href="#review">{tr(T::GoToReview)}</a>
            </div>
        </Show>
    }
}

/// The next review date (3-6 months after the last), the action to mark a review, and the history.
#[component]
pub fn ReviewCard() -> impl IntoView {
    let plan = use_open_plan();
    let lang = use_lang();
    let today = browser::today();
    let note = RwSignal::new(String::new());
    let next = move || plan.with(review::next_review);
    let history = move || plan.with(|p| p.review.history.clone()).unwrap_or_default();
    view! {
        <section class="card" id="review" aria-labelledby="review-heading">
            <h3 id="review-heading">{tr(T::Review)}</h3>
            <p class="hint">{tr(T::ReviewHelp)}</p>
            <div class="grid-2">
                <label class="field">
                    <span>{tr(T::NextReview)}</span>
                    <input
                        type="date"
                        data-testid="next-review"
                        prop:value=move || next().map(|d| d.to_string()).unwrap_or_default()
                        on:change=move |ev| {
                            if let Ok(wanted) = event_target_value(&ev).parse() {
                                plan.update(|p| p.review.next_review = Some(review::clamp_review_date(p, wanted)));
                            }
                        }
                    />
                </label>
                <label class="field">
                    <span>{tr(T::ReviewNote)}</span>
                    <input type="text" maxlength=limits::MAX_NOTE_CHARS prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev)) />
                </label>
            </div>
            <div class="actions">
                <button
                    class="button primary small"
                    data-testid="mark-reviewed"
                    on:click=move |_| {
                        let text = note.get_untracked();
                        plan.update(|p| review::mark_reviewed(p, today, text));
                        note.set(String::new());
                    }
                >
                    {tr(T::MarkReviewed)}
                </button>
            </div>
            <Show when=move || !history().is_empty()>
                <h4>{tr(T::ReviewHistory)}</h4>
                <ul class="history" data-testid="review-history">
                    {move || history().into_iter().rev().map(|r| view! {
                        <li><strong>{long_date(r.date, lang.get())}</strong>{(!r.note.is_empty()).then(|| format!(" – {}", r.note))}</li>
                    }).collect_view()}
                </ul>
            </Show>
        </section>
    }
}
