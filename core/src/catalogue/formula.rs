//! Formulas of rate metrics, structured so the UI can turn each into a small calculator.

use crate::lang::Localized;

/// One number the user types into a formula's calculator.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FormulaInput {
    /// Stable key, e.g. `engagements`.
    pub key: &'static str,
    pub name: Localized,
}

/// How the inputs combine, in the order of [`Formula::inputs`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Operation {
    /// `inputs[0] ÷ inputs[1] × scale`: rates (scale 100), CPM (scale 1000), cost per click (scale 1).
    Ratio { scale: f64 },
    /// `inputs[0] − inputs[1]`: NPS from the shares of promoters and detractors, in percent.
    Difference,
    /// `(inputs[0] − inputs[1]) ÷ inputs[1] × 100`: return on investment, growth from a starting value.
    Gain,
}

/// A metric's formula: readable text plus a computable form.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Formula {
    /// E.g. "engagements ÷ impressions × 100".
    pub text: Localized,
    pub inputs: &'static [FormulaInput],
    pub operation: Operation,
    /// Unit of the result, e.g. "%", "kr", or empty.
    pub unit: &'static str,
}

impl Formula {
    /// Computes the metric from `values`, given in the order of [`Formula::inputs`].
    ///
    /// `None` when a value is missing or not finite, or a divisor is zero: a calculator shows nothing
    /// rather than infinity.
    pub fn compute(&self, values: &[f64]) -> Option<f64> {
        let (a, b) = match values {
            [a, b] if a.is_finite() && b.is_finite() => (*a, *b),
            _ => return None,
        };
        let result = match self.operation {
            Operation::Ratio { scale } => (b != 0.0).then(|| a / b * scale)?,
            Operation::Difference => a - b,
            Operation::Gain => (b != 0.0).then(|| (a - b) / b * 100.0)?,
        };
        result.is_finite().then_some(result)
    }
}

/// Shorthand for the catalogue's tables.
pub(crate) const fn input(
    key: &'static str,
    en: &'static str,
    nb: &'static str,
    sv: &'static str,
    da: &'static str,
) -> FormulaInput {
    FormulaInput {
        key,
        name: Localized { en, nb, sv, da },
    }
}

pub(crate) const fn text(
    en: &'static str,
    nb: &'static str,
    sv: &'static str,
    da: &'static str,
) -> Localized {
    Localized { en, nb, sv, da }
}
