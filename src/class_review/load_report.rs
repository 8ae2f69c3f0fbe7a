use leptos::prelude::*;

use crate::class_review::load::{problem_text, Review};
use crate::i18n::{tr, use_lang, T};

/// The files of the last batch that could not be loaded, each with the reason.
#[component]
pub fn LoadReport() -> impl IntoView {
    let review = expect_context::<Review>();
    let lang = use_lang();
    move || {
        let problems = review.problems.get();
        (!problems.is_empty()).then(|| {
            view! {
                <section class="review-problems" aria-labelledby="review-problems-heading" data-testid="review-problems">
                    <h2 id="review-problems-heading">{tr(T::ReviewProblems)}</h2>
                    <ul>
                        {problems
                            .into_iter()
                            .map(|p| view! {
                                <li data-testid="review-problem">
                                    <strong class="file-name">{p.file}</strong>
                                    ": "
                                    {move || problem_text(&p.problem, lang.get())}
                                </li>
                            })
                            .collect_view()}
                    </ul>
                </section>
            }
        })
    }
}
