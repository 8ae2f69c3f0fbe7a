use goal_ladder_core::catalogue::{self, Metric};
use goal_ladder_core::{LadderLevel, Lang};
use leptos::prelude::*;

use crate::i18n::{counted, tr, use_lang, T};
use crate::library::calculator::Calculator;

/// Folds case and Nordic letters so "folger" finds "følgere" and "Följare".
fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ø' | 'ö' => 'o',
            'æ' | 'ä' => 'a',
            'å' => 'a',
            'é' | 'è' => 'e',
            other => other,
        })
        .collect()
}

fn matches(metric: &Metric, query: &str, lang: Lang) -> bool {
    if query.is_empty() {
        return true;
    }
    let haystack = Lang::ALL
        .iter()
        .map(|l| metric.name.get(*l))
        .chain([metric.definition.get(lang)])
        .chain(metric.words.get(lang).iter().copied())
        .map(fold)
        .collect::<Vec<_>>()
        .join(" ");
    query.split_whitespace().all(|word| haystack.contains(word))
}

#[component]
pub fn KpiLibrary() -> impl IntoView {
    let lang = use_lang();
    let query = RwSignal::new(String::new());
    let level_filter = RwSignal::new(String::new());
    let shown = Memo::new(move |_| {
        let q = fold(query.get().trim());
        let level = level_filter
            .get()
            .parse::<u8>()
            .ok()
            .and_then(LadderLevel::from_number);
        catalogue::metrics()
            .iter()
            .filter(|m| level.is_none_or(|l| m.level == l))
            .filter(|m| matches(m, &q, lang.get()))
            .map(|m| m.id)
            .collect::<Vec<_>>()
    });
    view! {
        <section class="screen library" aria-labelledby="library-heading">
            <h1 id="library-heading">{tr(T::KpiLibrary)}</h1>
            <p class="lead">{tr(T::LibraryLead)}</p>
            <div class="card inline-form">
                <label class="field grow">
                    <span>{tr(T::SearchMetrics)}</span>
                    <input type="search" data-testid="library-search" prop:value=move || query.get() on:input=move |ev| query.set(event_target_value(&ev)) />
                </label>
                <label class="field">
                    <span>{tr(T::Level)}</span>
                    <select prop:value=move || level_filter.get() on:change=move |ev| level_filter.set(event_target_value(&ev))>
                        <option value="">{tr(T::AllLevels)}</option>
                        {LadderLevel::ALL.into_iter().map(|l| view! { <option value=l.number().to_string()>{move || format!("{} {}", l.number(), l.name(lang.get()))}</option> }).collect_view()}
                    </select>
                </label>
            </div>
            <p class="hint" role="status" data-testid="library-count">{move || match shown.get().len() {
                0 => T::NoMetricMatches.get(lang.get()).to_string(),
                n => counted(n, T::MetricsOne, T::MetricsOther, lang.get()),
            }}</p>
            <ul class="cards" role="list">
                <For each=move || shown.get() key=|id| *id let(id)>
                    <li><MetricCard id=id /></li>
                </For>
            </ul>
        </section>
    }
}

#[component]
fn MetricCard(id: &'static str) -> impl IntoView {
    let lang = use_lang();
    let Some(metric) = catalogue::find(id) else {
        return ().into_any();
    };
    let level = metric.level;
    view! {
        <article class="card metric-card" data-testid="metric-card">
            <div class="metric-head">
                <h2>{move || metric.name.get(lang.get())}</h2>
                <span class=format!("level-badge level-{}", level.number())>{move || format!("{} {}", level.number(), level.name(lang.get()))}</span>
            </div>
            <p>{move || metric.definition.get(lang.get())}</p>
            {metric.formula.map(|f| view! { <p class="formula"><code>{move || f.text.get(lang.get())}</code></p> })}
            <p class="card-meta">
                <span>{move || metric.family.name(lang.get())}</span>
                <span>{move || metric.goal_types.iter().map(|t| t.name(lang.get())).collect::<Vec<_>>().join(" · ")}</span>
            </p>
            {metric.formula.map(|f| view! { <Calculator formula=f /> })}
        </article>
    }
    .into_any()
}
