use goal_ladder_core::plan::Goal;
use goal_ladder_core::{progress, scoring};
use leptos::prelude::*;

use crate::i18n::{decimal, fill, long_date, use_lang, T};

const W: f64 = 320.0;
const H: f64 = 120.0;
const PAD: f64 = 14.0;

/// Baseline, measurements and target of a goal over time, as a small SVG with a text alternative.
#[component]
pub fn ProgressChart(goal: Memo<Option<Goal>>) -> impl IntoView {
    let lang = use_lang();
    move || {
        let lang = lang.get();
        goal.with(|g| {
            let g = g.as_ref()?;
            let p = progress::progress(g)?;
            // With the field empty, the date the goal's words give ("by March 2027") is its deadline.
            let deadline = g.deadline.or_else(|| scoring::deadline_in_text(&g.statement, crate::browser::today()));
            let mut points: Vec<(i64, f64)> = g.measurements.iter().map(|m| (m.date.days_since_epoch(), m.value)).collect();
            points.sort_by_key(|(d, _)| *d);
            let start = g.start.map(|d| d.days_since_epoch()).or(points.first().map(|p| p.0))?;
            let end = deadline.map(|d| d.days_since_epoch()).or(points.last().map(|p| p.0)).unwrap_or(start + 1).max(start + 1);
            let first = points.first().map_or(start, |p| p.0).min(start);
            let last = points.last().map_or(end, |p| p.0).max(end);
            let values = points.iter().map(|p| p.1).chain([p.baseline, p.target]);
            let (lo, hi) = values.fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
            let (lo, hi) = if (hi - lo).abs() < f64::EPSILON { (lo - 1.0, hi + 1.0) } else { (lo, hi) };
            let x = |d: i64| PAD + (d - first) as f64 / (last - first).max(1) as f64 * (W - 2.0 * PAD);
            let y = |v: f64| H - PAD - (v - lo) / (hi - lo) * (H - 2.0 * PAD);
            let line: String = std::iter::once((start, p.baseline)).chain(points.iter().copied()).map(|(d, v)| format!("{:.1},{:.1}", x(d), y(v))).collect::<Vec<_>>().join(" ");
            let num = |v: f64| decimal(v, if v.fract() == 0.0 { 0 } else { 1 }, lang);
            let summary = fill(
                T::ChartSummary.get(lang),
                &[
                    ("baseline", &num(p.baseline)),
                    ("target", &num(p.target)),
                    ("latest", &p.latest.map(num).unwrap_or_else(|| "–".into())),
                    ("deadline", &deadline.map(|d| long_date(d, lang)).unwrap_or_else(|| "–".into())),
                ],
            );
            let behind = p.falling_behind;
            Some(view! {
                <figure class="progress-chart" class:behind=behind>
                    <svg viewBox=format!("0 0 {W} {H}") role="img" aria-label=summary.clone()>
                        <line class="target-line" x1=PAD x2=W - PAD y1=y(p.target) y2=y(p.target) />
                        <line class="baseline-line" x1=PAD x2=W - PAD y1=y(p.baseline) y2=y(p.baseline) />
                        <line class="deadline-line" x1=x(end) x2=x(end) y1=PAD y2=H - PAD />
                        <polyline class="measured" points=line />
                        {points.iter().map(|(d, v)| view! { <circle class="point" cx=x(*d) cy=y(*v) r="3.5" /> }).collect_view()}
                    </svg>
                    <figcaption>{summary}</figcaption>
                </figure>
            })
        })
    }
}
