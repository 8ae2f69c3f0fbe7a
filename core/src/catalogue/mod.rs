//! The metric catalogue: every metric the tool knows, in one table that both the scorer and the KPI
//! library read.
//!
//! Recognition words use a small pattern language, folded for case and diacritics when the scorer loads
//! them:
//! - `følger`: a stem; matches the word itself with an inflection (`følgere`, `følgerne`) and as the head
//!   of a compound (`Instagram-følgere`, `sidefølgere`);
//! - `=nps`: the exact word only;
//! - `share of voice`: a phrase; the last word may be inflected.

mod data;
mod examples;
mod formula;

pub use formula::{Formula, FormulaInput, Operation};

use crate::goal_type::{GoalType, MetricFamily};
use crate::ladder::LadderLevel;
use crate::lang::{Lang, Localized};

/// Words in each of the four languages.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Words {
    pub en: &'static [&'static str],
    pub nb: &'static [&'static str],
    pub sv: &'static [&'static str],
    pub da: &'static [&'static str],
}

impl Words {
    pub const NONE: Words = Words {
        en: &[],
        nb: &[],
        sv: &[],
        da: &[],
    };

    pub fn get(&self, lang: Lang) -> &'static [&'static str] {
        match lang {
            Lang::En => self.en,
            Lang::Nb => self.nb,
            Lang::Sv => self.sv,
            Lang::Da => self.da,
        }
    }
}

/// A metric (or, on level 0, an activity of our own) with what the app shows and what the scorer reads.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Metric {
    /// Stable id, stored in plan files: never rename.
    pub id: &'static str,
    pub level: LadderLevel,
    pub family: MetricFamily,
    pub goal_types: &'static [GoalType],
    pub name: Localized,
    pub definition: Localized,
    pub formula: Option<Formula>,
    /// Nouns that name the metric (patterns, see the module docs).
    pub words: Words,
    /// Verb forms that name the audience's action ("sell", "selge") or, on level 0, our own.
    pub verbs: Words,
    /// A result so broad ("more engagement") that naming it is never specific.
    pub umbrella: bool,
    /// A count of who saw or reacted (followers, reach, views, likes): vanity when the business goal
    /// is inquiries or sales.
    pub vanity_prone: bool,
}

impl Metric {
    pub fn is_activity(&self) -> bool {
        self.level == LadderLevel::Activity
    }
}

/// All metrics and activities, ordered by level.
pub fn metrics() -> &'static [Metric] {
    data::METRICS
}

/// The metric with this id.
pub fn find(id: &str) -> Option<&'static Metric> {
    data::METRICS.iter().find(|m| m.id == id)
}

/// Metrics (not activities) on one level of the ladder.
pub fn on_level(level: LadderLevel) -> impl Iterator<Item = &'static Metric> {
    data::METRICS.iter().filter(move |m| m.level == level)
}

/// Metrics that serve a goal type.
pub fn for_goal_type(goal_type: GoalType) -> impl Iterator<Item = &'static Metric> {
    data::METRICS
        .iter()
        .filter(move |m| m.goal_types.contains(&goal_type))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_snake_case() {
        let mut ids: Vec<&str> = metrics().iter().map(|m| m.id).collect();
        ids.sort_unstable();
        let before = ids.len();
        ids.dedup();
        assert_eq!(before, ids.len(), "duplicate metric id");
        for id in ids {
            assert!(
                id.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                "{id}"
            );
        }
    }

    #[test]
    fn every_metric_speaks_all_four_languages() {
        for m in metrics() {
            for lang in Lang::ALL {
                assert!(
                    !m.name.get(lang).trim().is_empty(),
                    "{} name {lang:?}",
                    m.id
                );
                assert!(
                    m.definition.get(lang).len() > 15,
                    "{} definition {lang:?}",
                    m.id
                );
                assert!(
                    !m.words.get(lang).is_empty() || !m.verbs.get(lang).is_empty(),
                    "{} has no words in {lang:?}",
                    m.id
                );
                if let Some(f) = m.formula {
                    assert!(!f.text.get(lang).is_empty(), "{} formula {lang:?}", m.id);
                    for input in f.inputs {
                        assert!(!input.name.get(lang).is_empty(), "{} input {lang:?}", m.id);
                    }
                }
            }
        }
    }

    #[test]
    fn every_ladder_level_has_metrics() {
        for level in LadderLevel::ALL {
            assert!(on_level(level).count() >= 2, "{level:?}");
        }
    }

    #[test]
    fn the_named_rate_metrics_have_formulas() {
        for id in [
            "engagement_rate",
            "click_through_rate",
            "conversion_rate",
            "amplification_rate",
            "applause_rate",
            "virality_rate",
            "cost_per_click",
            "cpm",
            "nps",
            "roi",
            "bounce_rate",
            "audience_growth_rate",
        ] {
            let metric = find(id).unwrap_or_else(|| panic!("{id} missing"));
            let formula = metric
                .formula
                .unwrap_or_else(|| panic!("{id} has no formula"));
            assert_eq!(formula.inputs.len(), 2, "{id}");
        }
    }

    #[test]
    fn formulas_compute_rates_costs_and_scores() {
        let f = |id: &str, values: &[f64]| {
            find(id)
                .and_then(|m| m.formula)
                .and_then(|f| f.compute(values))
                .unwrap_or(f64::NAN)
        };
        let close = |a: f64, b: f64| (a - b).abs() < 1e-9;
        assert!(close(f("engagement_rate", &[50.0, 1000.0]), 5.0));
        assert!(close(f("click_through_rate", &[9.0, 1000.0]), 0.9));
        assert!(close(f("conversion_rate", &[30.0, 600.0]), 5.0));
        assert!(close(f("amplification_rate", &[12.0, 400.0]), 3.0));
        assert!(close(f("applause_rate", &[80.0, 1000.0]), 8.0));
        assert!(close(f("virality_rate", &[20.0, 10_000.0]), 0.2));
        assert!(close(f("bounce_rate", &[450.0, 1000.0]), 45.0));
        assert!(close(f("cpm", &[300.0, 60_000.0]), 5.0));
        assert!(close(f("cost_per_click", &[500.0, 250.0]), 2.0));
        assert!(close(f("nps", &[62.0, 12.0]), 50.0));
        assert!(close(f("roi", &[25_000.0, 10_000.0]), 150.0));
        assert!(close(f("audience_growth_rate", &[300.0, 1200.0]), 25.0));
    }

    #[test]
    fn formulas_refuse_what_they_cannot_compute() {
        let ctr = find("click_through_rate").and_then(|m| m.formula).unwrap();
        assert_eq!(ctr.compute(&[5.0, 0.0]), None);
        assert_eq!(ctr.compute(&[5.0]), None);
        assert_eq!(ctr.compute(&[5.0, 1.0, 2.0]), None);
        assert_eq!(ctr.compute(&[f64::NAN, 10.0]), None);
        assert_eq!(ctr.compute(&[f64::INFINITY, 10.0]), None);
    }

    #[test]
    fn every_goal_type_with_social_metrics_has_some() {
        for gt in GoalType::ALL {
            if matches!(gt, GoalType::CustomerInsight | GoalType::CrisisManagement) {
                continue; // served by internal milestones, not metrics
            }
            assert!(for_goal_type(gt).count() > 0, "{gt:?}");
        }
    }
}
