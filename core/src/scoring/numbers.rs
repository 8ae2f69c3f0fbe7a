//! Targets and changes in a goal's text: "10 000", "20 prosent", "£20,000", "fordoble", "halvdelen",
//! "fra 2 til 5 %".
//!
//! Numbers that belong to a date, a period or an age are not targets; "en", "ett" and "a" count as
//! one only before a unit ("innen en time"), elsewhere they are articles.

use std::cell::RefCell;

use super::reading::Reading;
use super::text::TokKind;
use super::vocab::{c, Classes};

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum QuantityKind {
    Count,
    Percent,
    Money,
    /// "double" (2), "halve" (0.5): a change relative to today.
    Multiplier,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Quantity {
    pub first: usize,
    pub last: usize,
    pub value: f64,
    pub kind: QuantityKind,
}

thread_local! {
    /// The quantities of the last analysis dropped, for the next ([`give_back`]): an allocation and a
    /// free a goal.
    static SPARE: RefCell<Vec<Quantity>> = const { RefCell::new(Vec::new()) };
}

/// Keeps a list of quantities no longer needed for the next [`read`].
pub(crate) fn give_back(quantities: Vec<Quantity>) {
    super::spare::give_back(&SPARE, quantities);
}

/// Every target-like quantity, in text order.
pub(crate) fn read(r: &Reading, consumed: &[bool]) -> Vec<Quantity> {
    let mut out = super::spare::take(&SPARE);
    out.clear();
    let n = r.text.len();
    let mut i = 0;
    while i < n {
        // A number inside a name ("'fix a puncture in 3 minutes'") counts nothing either.
        if consumed.get(i).copied().unwrap_or(false) || r.quoted.get(i).copied().unwrap_or(false) {
            i += 1;
            continue;
        }
        if is_age(r, i) {
            i = range_end(r, i);
            continue;
        }
        let q = match r.text.toks[i].kind {
            TokKind::Number { value, .. } => Some(number_at(r, i, value)),
            // "halvparten av studentene", "half of our members": a share, 50 %.
            TokKind::Word
                if r.has(i, c::MULTIPLIER)
                    && r.has(i + 1, c::OF)
                    // English "half" is also a half-year, whose length its value holds.
                    && (r.facts[i].value == 0.5 || r.has(i, c::QUARTER_WORD)) =>
            {
                Some(Quantity {
                    first: i,
                    last: i,
                    value: 50.0,
                    kind: QuantityKind::Percent,
                })
            }
            // "half a million": half of a number.
            TokKind::Word
                if r.has(i, c::MULTIPLIER)
                    && (r.facts[i].value == 0.5 || r.has(i, c::QUARTER_WORD))
                    && r.has(i + 1, c::ARTICLE_ONE)
                    && r.has(i + 2, c::MAGNITUDE) =>
            {
                Some(Quantity {
                    first: i,
                    last: i + 2,
                    value: 0.5 * r.facts[i + 2].value,
                    kind: QuantityKind::Count,
                })
            }
            TokKind::Word if r.has(i, c::MULTIPLIER) => Some(Quantity {
                first: i,
                last: i,
                value: r.facts[i].value,
                kind: QuantityKind::Multiplier,
            }),
            TokKind::Word if r.has(i, c::NUMBER_WORD) => Some(number_at(r, i, r.facts[i].value)),
            // "en" before a unit is the numeral one; "en miljon", "a thousand" are numbers.
            TokKind::Word
                if r.has(i, c::ARTICLE_ONE)
                    && r.has(i + 1, c::UNIT_SHORT | c::UNIT_LONG | c::MAGNITUDE)
                    && !r.has(i, c::RATE_PREP) =>
            {
                Some(number_at(r, i, 1.0))
            }
            TokKind::Word if r.has(i, c::CURRENCY) => r.text.number(i + 1).map(|v| Quantity {
                kind: QuantityKind::Money,
                ..number_at(r, i + 1, v)
            }),
            // "seventy-five": the tens and the units joined by a hyphen.
            TokKind::Word => tens_and_units(r, i).map(|v| number_at(r, i, v)),
            _ => None,
        };
        match q {
            Some(q) => {
                i = q.last + 1;
                out.push(q);
            }
            None => i += 1,
        }
    }
    out
}

/// A number with what follows it: a magnitude ("2 millioner"), a percent sign, a currency.
fn number_at(r: &Reading, i: usize, value: f64) -> Quantity {
    let mut q = Quantity {
        first: i,
        last: i,
        value,
        kind: QuantityKind::Count,
    };
    if r.text.toks[i].kind == TokKind::Word {
        words_on(r, &mut q);
    } else if r.has(q.last + 1, c::MAGNITUDE) {
        q.last += 1;
        q.value *= r.facts[q.last].value;
    }
    if r.has(q.last + 1, c::PERCENT) {
        q.last += 1;
        q.kind = QuantityKind::Percent;
    } else if r.has(q.last + 1, c::CURRENCY) {
        q.last += 1;
        if r.text.is_punct(q.last + 1, '.') {
            q.last += 1;
        }
        q.kind = QuantityKind::Money;
    } else if i > 0 && r.has(i - 1, c::CURRENCY) {
        q.kind = QuantityKind::Money;
    }
    q
}

/// The value of a hyphenated number word such as "seventy-five", "forty-two".
fn tens_and_units(r: &Reading, i: usize) -> Option<f64> {
    let (tens, units) = r.text.hyphenated(i)?.split_once('-')?;
    let lex = super::lexicon::Lexicon::get();
    let value = |w: &str| {
        lex.word(&w.to_lowercase())
            .filter(|info| info.classes(r.lang) & c::NUMBER_WORD != 0)
            .map(|info| info.value)
    };
    let (t, u) = (value(tens)?, value(units)?);
    ((20.0..100.0).contains(&t) && t % 10.0 == 0.0 && (1.0..10.0).contains(&u)).then_some(t + u)
}

/// A number written in words goes on over the words after it: "two hundred and fifty", "a hundred
/// and fifty thousand", "twenty five thousand", "to hundre og femti".
fn words_on(r: &Reading, q: &mut Quantity) {
    let word = |k: usize| r.has(k, c::NUMBER_WORD) && !r.has(k, c::MAGNITUDE);
    let (mut total, mut current) = (0.0, q.value);
    // ("a hundred and fifty": the number may start at its magnitude.)
    let mut magnified = r.has(q.first, c::MAGNITUDE);
    let mut k = q.last + 1;
    loop {
        let value = r.facts.get(k).map_or(0.0, |f| f.value);
        if r.has(k, c::MAGNITUDE) && value == 100.0 && current < 100.0 {
            current *= value;
            magnified = true;
            k += 1;
        } else if r.has(k, c::MAGNITUDE) && value >= 1e3 && total + current < value {
            total += current * value;
            current = 0.0;
            magnified = true;
            k += 1;
        } else if magnified
            && r.has(k, c::AND)
            && word(k + 1)
            && r.facts[k + 1].value < 100.0
            && current % 100.0 == 0.0
        {
            current += r.facts[k + 1].value;
            k += 2;
        } else if word(k)
            && value < 10.0
            && (20.0..100.0).contains(&current)
            && current % 10.0 == 0.0
        {
            // ("twenty five": the tens and the units apart.)
            current += value;
            k += 1;
        } else {
            break;
        }
    }
    q.value = total + current;
    q.last = k - 1;
}

/// "aged 65+", "18–30 year olds", "16–19 år", "unge under 25": numbers that describe the audience.
pub(crate) fn is_age(r: &Reading, i: usize) -> bool {
    if r.text.number(i).is_none() {
        return false;
    }
    let prev_age = i > 0 && r.has(i - 1, c::AGE);
    let j = range_end(r, i);
    let next_age = r.has(j, c::AGE)
        || (r.has(j, c::YEAR_UNIT)
            && (r.has(j + 1, c::AGE) || j > i + 1 || r.facts.get(j + 1).is_none()));
    let under_after_people = i >= 2 && r.has(i - 1, c::UNDER_OVER) && r.facts[i - 2].people;
    // "blant 65+", "among 60+": a lower bound of age, not a target.
    let plus_among = i >= 1 && r.has(i - 1, c::AMONG) && r.text.is_punct(i + 1, '+');
    prev_age || next_age || under_after_people || plus_among
}

/// The token after a number and the rest of its range: "18–30", "65+".
fn range_end(r: &Reading, i: usize) -> usize {
    let mut j = i + 1;
    while r.text.number(j).is_some()
        || matches!(
            r.text.toks.get(j).map(|t| t.kind),
            Some(TokKind::Punct('–' | '-' | '+'))
        )
    {
        j += 1;
    }
    j
}

/// Where a goal starts and what it aims at, as its words give them.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub(crate) struct StartAndTarget {
    pub baseline: Option<f64>,
    pub target: Option<f64>,
}

/// The baseline and the target: "from 900 to 1 100" (also with a year between: "fra 800 i 2025 til
/// 1 000"), a number beside "today" or a past year ("300 i dag", "800 i 2025") is the baseline; the
/// target is the number after "to", else the first number that is not the baseline. Multipliers
/// ("double") give no target number.
pub(crate) fn start_and_target(
    r: &Reading,
    qs: &[Quantity],
    past_years: &[usize],
) -> StartAndTarget {
    // (Most goals have no multiplier: then the quantities are the numbers, and nothing is copied.)
    let without_multipliers: Vec<Quantity>;
    let numbers: &[Quantity] = if qs.iter().any(|q| q.kind == QuantityKind::Multiplier) {
        without_multipliers = qs
            .iter()
            .copied()
            .filter(|q| q.kind != QuantityKind::Multiplier)
            .collect();
        &without_multipliers
    } else {
        qs
    };
    let after = |q: &Quantity, class: Classes| {
        let k = if q.first > 0 && q.kind == QuantityKind::Money && r.has(q.first - 1, c::CURRENCY) {
            q.first - 1
        } else {
            q.first
        };
        k > 0 && r.has(k - 1, class)
    };
    // "Vi mätte 9 % … – målet är 20 %": the number after "the goal is" is the target, one before it
    // the baseline.
    let aim = (1..r.text.len()).find(|&k| r.has(k, c::AIM_NOUN) && r.has(k + 1, c::COPULA));
    if let Some(p) = aim {
        let target = numbers.iter().find(|q| q.first > p);
        let baseline = numbers.iter().rev().find(|q| q.last < p);
        if let Some(t) = target {
            return StartAndTarget {
                baseline: baseline.map(|q| q.value),
                target: Some(t.value),
            };
        }
    }
    // "600 → 2k", "0.8% -> 1.5%": a number, an arrow, a number.
    // (Compared as it is read, not written out first: a string a pair of numbers.)
    let arrow = |from: &Quantity, to: &Quantity| {
        let between = (from.last + 1..to.first).map(|k| match r.text.toks[k].kind {
            TokKind::Punct(ch) => ch,
            _ => ' ',
        });
        ["→", "->", "=>", "⇒", "➔"]
            .iter()
            .any(|a| a.chars().eq(between.clone()))
    };
    if let Some(w) = numbers.windows(2).find(|w| arrow(&w[0], &w[1])) {
        return StartAndTarget {
            baseline: Some(w[0].value),
            target: Some(w[1].value),
        };
    }
    let from = numbers.iter().position(|q| after(q, c::FROM));
    if let Some(a) = from {
        let to = numbers[a + 1..].iter().find(|q| after(q, c::TO));
        if let Some(b) = to.or_else(|| numbers.get(a + 1)) {
            return StartAndTarget {
                baseline: Some(numbers[a].value),
                target: Some(b.value),
            };
        }
    }
    // "300 i dag", "today 450", "2.400 abonnenter i dag": "now" within a few words, no number between.
    // ("to 0.8% (now 0.45%)": a "now" right before a number of its own is that number's; "5% now,
    // 12% by Q3": nor does a "now" reach across a comma.)
    let own_number = |k: usize| {
        (k + 1..k + 3)
            .take_while(|&j| !r.text.is_punct(j, ','))
            .any(|j| r.text.number(j).is_some())
    };
    let now_near = |q: &Quantity| {
        let before = (q.first.saturating_sub(2)..q.first)
            .any(|k| is_now(r, k) && !(k + 1..q.first).any(|j| r.text.is_punct(j, ',')));
        let after = (q.last + 1..q.last + 5)
            .take_while(|&k| r.text.number(k).is_none() && !r.text.is_punct(k, ','))
            .any(|k| (is_now(r, k) && !own_number(k)) || r.has(k, c::PAST));
        before || after
    };
    let is_baseline = |q: &Quantity| {
        from.is_some_and(|a| std::ptr::eq(&numbers[a], q))
            || now_near(q)
            || past_years.iter().any(|&y| y > q.last && y <= q.last + 2)
    };
    let baseline = numbers.iter().find(|q| is_baseline(q)).map(|q| q.value);
    let target = numbers
        .iter()
        .filter(|q| !is_baseline(q))
        .find(|q| after(q, c::TO))
        .or_else(|| numbers.iter().find(|q| !is_baseline(q)))
        .map(|q| q.value);
    StartAndTarget { baseline, target }
}

/// "today", "currently", "i dag": where the goal starts.
fn is_now(r: &Reading, i: usize) -> bool {
    if !r.has(i, c::NOW) {
        return false;
    }
    // "dag" is today only after "i": "i dag", not "per dag".
    !r.has(i, c::UNIT_SHORT) || (i > 0 && r.has(i - 1, c::IN))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::deadlines;
    use crate::{Date, Lang};

    fn quantities(text: &str, lang: Lang) -> Vec<(f64, QuantityKind)> {
        let r = Reading::new(text, Some(lang));
        let t = deadlines::read(&r, Date::new(2026, 11, 23).unwrap());
        read(&r, &t.consumed)
            .into_iter()
            .map(|q| (q.value, q.kind))
            .collect()
    }

    #[test]
    fn reads_targets_in_local_formats() {
        use QuantityKind::*;
        assert_eq!(
            quantities("Øke salget med 20 prosent", Lang::Nb),
            vec![(20.0, Percent)]
        );
        assert_eq!(
            quantities("1,5 millioner visninger", Lang::Nb),
            vec![(1_500_000.0, Count)]
        );
        assert_eq!(
            quantities("Raise £20,000 in donations", Lang::En),
            vec![(20_000.0, Money)]
        );
        assert_eq!(
            quantities("Sælge for 500.000 kr. i webshoppen", Lang::Da),
            vec![(500_000.0, Money)]
        );
        assert_eq!(
            quantities("Fördubbla antalet kunder", Lang::Sv),
            vec![(2.0, Multiplier)]
        );
        assert_eq!(
            quantities("Halvdelen af de unge", Lang::Da),
            vec![(50.0, Percent)]
        );
        assert_eq!(
            quantities("Halvere svartiden", Lang::Da),
            vec![(0.5, Multiplier)]
        );
        assert_eq!(
            quantities("Publish two case studies", Lang::En),
            vec![(2.0, Count)]
        );
    }

    #[test]
    fn dates_ages_and_articles_are_not_targets() {
        assert!(quantities("Lansere kontoen innen 1. juni 2027", Lang::Nb).is_empty());
        assert!(quantities("Lancere kampagnen i uge 12", Lang::Da).is_empty());
        assert!(quantities("Reach parents aged 30–45 on Facebook", Lang::En).is_empty());
        assert!(quantities("Få en share of voice blant unge under 25", Lang::Nb).is_empty());
        assert_eq!(
            quantities("Svare innen en time", Lang::Nb),
            vec![(1.0, QuantityKind::Count)]
        );
    }

    #[test]
    fn finds_a_baseline_and_a_target() {
        let r = Reading::new("Öka medlemmarna från 600 till 750", Some(Lang::Sv));
        let qs = read(&r, &vec![false; r.text.len()]);
        let st = start_and_target(&r, &qs, &[]);
        assert_eq!((st.baseline, st.target), (Some(600.0), Some(750.0)));
    }
}
