//! OKR helpers: key results must be outcomes, an objective wants about three, and scores run 0.0-1.0
//! with 0.7 counting as success, because OKRs are stretch goals.

use super::findings::{Finding, Rule};
use super::Analysis;
use crate::calendar::Date;
use crate::ladder::LadderLevel;
use crate::lang::Lang;
use crate::plan::{KeyResult, Objective};

/// An objective scoring this much or more has succeeded; 1.0 is not expected of a stretch goal.
pub const SUCCESS_SCORE: f64 = 0.7;

/// Warnings for one key result's text: a task rather than an outcome, or nothing to score.
pub fn assess_key_result(text: &str, lang: Option<Lang>) -> Vec<Finding> {
    key_result_findings(&read(text, lang))
}

/// A key result's text read once: the language it is written in, and its warnings
/// ([`assess_key_result`]) for a message in that language.
pub fn read_key_result(text: &str) -> (Lang, Vec<Finding>) {
    let a = read(text, None);
    (a.reading.lang, key_result_findings(&a))
}

fn read(text: &str, lang: Option<Lang>) -> Analysis<'_> {
    // The date only resolves deadlines to days, which these checks do not use.
    Analysis::new(text, lang, Date::from_days_since_epoch(0))
}

fn key_result_findings(a: &Analysis) -> Vec<Finding> {
    let mut out = Vec::new();
    if a.placement.level() == Some(LadderLevel::Activity) {
        out.push(Finding::new(Rule::KeyResultIsTask));
    }
    if a.quantities.is_empty() {
        out.push(Finding::new(Rule::KeyResultNotMeasurable));
    }
    out
}

/// About three key results per objective: fewer than two or more than five is worth a word.
pub fn assess_objective_key_results(count: usize) -> Option<Finding> {
    match count {
        0 | 1 => Some(Finding::new(Rule::TooFewKeyResults).with("count", count)),
        2..=5 => None,
        _ => Some(Finding::new(Rule::TooManyKeyResults).with("count", count)),
    }
}

/// Progress from `baseline` to `target`, clamped to 0.0-1.0; works for targets below the baseline too.
/// A manual score wins over the measured one.
pub fn key_result_score(
    baseline: f64,
    target: f64,
    latest: Option<f64>,
    manual: Option<f64>,
) -> Option<f64> {
    if let Some(m) = manual.filter(|m| m.is_finite()) {
        return Some(m.clamp(0.0, 1.0));
    }
    let latest = latest.filter(|v| v.is_finite())?;
    if !baseline.is_finite() || !target.is_finite() {
        return None;
    }
    let span = target - baseline;
    if span == 0.0 {
        return Some(if latest == target { 1.0 } else { 0.0 });
    }
    Some(((latest - baseline) / span).clamp(0.0, 1.0))
}

/// A plan's key result scored from its latest measurement (by date), or its manual score.
pub fn score_key_result(kr: &KeyResult) -> Option<f64> {
    let latest = kr
        .measurements
        .iter()
        .max_by_key(|m| m.date)
        .map(|m| m.value);
    match (kr.baseline, kr.target) {
        (Some(b), Some(t)) => key_result_score(b, t, latest, kr.manual_score),
        _ => kr.manual_score.map(|m| m.clamp(0.0, 1.0)),
    }
}

/// The mean of the key results that have a score.
pub fn objective_score(scores: &[Option<f64>]) -> Option<f64> {
    let known: Vec<f64> = scores.iter().flatten().copied().collect();
    (!known.is_empty()).then(|| known.iter().sum::<f64>() / known.len() as f64)
}

/// A plan's objective scored: the mean of its key results' scores ([`score_key_result`]). The one
/// score the app, the review, the hand-in summary and the Markdown show.
pub fn score_objective(objective: &Objective) -> Option<f64> {
    objective_score(
        &objective
            .key_results
            .iter()
            .map(score_key_result)
            .collect::<Vec<_>>(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_task_is_not_a_key_result_in_any_language() {
        for (text, lang) in [
            ("Publish 12 blog posts this quarter", Lang::En),
            ("Publisere to videoer i uka på TikTok", Lang::Nb),
            ("Lansera en ny kampanj på Instagram i mars", Lang::Sv),
            ("Afholde fire webinarer inden sommer", Lang::Da),
        ] {
            let rules: Vec<Rule> = assess_key_result(text, Some(lang))
                .iter()
                .map(|f| f.rule)
                .collect();
            assert!(rules.contains(&Rule::KeyResultIsTask), "{text}");
        }
    }

    #[test]
    fn an_outcome_with_a_number_passes() {
        assert!(assess_key_result("Raise newsletter sign-ups from 200 to 500", None).is_empty());
        assert!(assess_key_result("Øke antall henvendelser i Messenger med 40 %", None).is_empty());
    }

    #[test]
    fn an_outcome_without_a_number_cannot_be_scored() {
        let rules: Vec<Rule> = assess_key_result("Fler bokningar via Instagram", None)
            .iter()
            .map(|f| f.rule)
            .collect();
        assert_eq!(rules, vec![Rule::KeyResultNotMeasurable]);
    }

    #[test]
    fn about_three_key_results_per_objective() {
        assert_eq!(
            assess_objective_key_results(1).map(|f| f.rule),
            Some(Rule::TooFewKeyResults)
        );
        assert_eq!(assess_objective_key_results(3), None);
        assert_eq!(assess_objective_key_results(5), None);
        assert_eq!(
            assess_objective_key_results(7).map(|f| f.rule),
            Some(Rule::TooManyKeyResults)
        );
    }

    #[test]
    fn scores_progress_and_clamps_it() {
        assert_eq!(key_result_score(100.0, 200.0, Some(170.0), None), Some(0.7));
        assert_eq!(key_result_score(100.0, 200.0, Some(250.0), None), Some(1.0));
        assert_eq!(key_result_score(100.0, 200.0, Some(50.0), None), Some(0.0));
        assert_eq!(key_result_score(100.0, 200.0, None, None), None);
        assert_eq!(
            key_result_score(100.0, 200.0, Some(120.0), Some(1.4)),
            Some(1.0)
        );
    }

    #[test]
    fn scores_decreasing_targets() {
        // Response time from 10 hours down to 2: at 4 hours, three quarters of the way.
        assert_eq!(key_result_score(10.0, 2.0, Some(4.0), None), Some(0.75));
        assert_eq!(key_result_score(10.0, 2.0, Some(12.0), None), Some(0.0));
    }

    #[test]
    fn an_objective_scores_the_mean_and_succeeds_at_seven_tenths() {
        let score = objective_score(&[Some(0.6), Some(0.9), None, Some(0.6)]).unwrap();
        assert!((score - 0.7).abs() < 1e-9);
        assert!(score >= SUCCESS_SCORE - 1e-9);
        assert_eq!(objective_score(&[None, None]), None);
    }
}
