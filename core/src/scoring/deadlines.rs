//! Deadlines and periods in a goal's text: "by 1 June 2027", "innen utgangen av Q2", "före årsskiftet",
//! "within six months", "før seriestart".
//!
//! Two look-alikes are kept apart on purpose: a rate ("3 posts a week") repeats without ending, and a
//! response limit ("answer within 2 hours") bounds each reply, not the goal. Neither makes a goal
//! time-bound.

use super::reading::Reading;
use super::text::{Span, TokKind};
use super::vocab::c;
use crate::calendar::Date;

#[derive(Debug, Clone, Default)]
pub(crate) struct TimeReading {
    /// The text names a deadline or a period.
    pub bound: bool,
    /// The text names a rate ("per month") — and, unless `bound`, nothing else.
    pub rate: bool,
    /// The text names a response limit ("within 2 hours").
    pub response_limit: bool,
    /// The deadline as a date, where the text pins one down.
    pub deadline: Option<Date>,
    /// Where the first deadline or period was read.
    pub span: Option<Span>,
    /// Tokens that belong to a time expression, so their numbers are not targets.
    pub consumed: Vec<bool>,
}

pub(crate) fn read(r: &Reading, today: Date) -> TimeReading {
    let mut out = TimeReading {
        consumed: vec![false; r.text.len()],
        ..TimeReading::default()
    };
    let mut s = Scan {
        r,
        today,
        out: &mut out,
    };
    for i in 0..r.text.len() {
        match r.text.toks[i].kind {
            TokKind::NumericDate { day, month, year } => {
                let date = year
                    .and_then(|y| Date::new(y, month, day))
                    .or_else(|| next_occurrence(today, month, day));
                s.bound(i, i, date);
            }
            TokKind::Number { value, integer } => s.number(i, value, integer),
            TokKind::Word => s.word(i),
            TokKind::Punct(_) => {}
        }
    }
    out
}

struct Scan<'r, 'a, 'o> {
    r: &'r Reading<'a>,
    today: Date,
    out: &'o mut TimeReading,
}

impl Scan<'_, '_, '_> {
    fn has(&self, i: usize, class: u64) -> bool {
        self.r.has(i, class)
    }

    /// The token before `i`, stepping over "the", "de", "den".
    fn before(&self, i: usize) -> Option<usize> {
        let mut j = i.checked_sub(1)?;
        while matches!(self.r.text.word(j), "the" | "de" | "den" | "det" | "a") {
            j = j.checked_sub(1)?;
        }
        Some(j)
    }

    fn after(&self, i: usize) -> usize {
        let mut j = i + 1;
        while matches!(self.r.text.word(j), "the" | "de" | "den" | "det") {
            j += 1;
        }
        j
    }

    fn before_has(&self, i: usize, class: u64) -> bool {
        self.before(i).is_some_and(|j| self.has(j, class))
    }

    fn bound(&mut self, first: usize, last: usize, date: Option<Date>) {
        self.out.bound = true;
        if self.out.span.is_none() {
            self.out.span = Some(self.r.text.span(first, last));
        }
        if self.out.deadline.is_none() {
            self.out.deadline = date;
        }
        for k in first..=last.min(self.out.consumed.len().saturating_sub(1)) {
            self.out.consumed[k] = true;
        }
    }

    fn year_at(&self, i: usize) -> Option<i32> {
        match self.r.text.toks.get(i)?.kind {
            TokKind::Number {
                value,
                integer: true,
            } if (1990.0..=2100.0).contains(&value) => Some(value as i32),
            _ => None,
        }
    }

    fn number(&mut self, i: usize, value: f64, integer: bool) {
        let r = self.r;
        let j = if r.text.is_punct(i + 1, '.') {
            i + 2
        } else {
            i + 1
        };
        let small = integer && (1.0..=31.0).contains(&value);
        // "1. juni 2027", "30 September"
        if small && self.has(j, c::MONTH | c::AMBIGUOUS_MONTH) {
            let month = r.facts[j].value as u8;
            let year = self.year_at(j + 1);
            let last = if year.is_some() { j + 1 } else { j };
            let date = match year {
                Some(y) => Date::new(y, month, value as u8),
                None => next_occurrence(self.today, month, value as u8),
            };
            self.bound(i, last, date);
            return;
        }
        // "3. kvartal"
        if small && value <= 4.0 && self.has(j, c::QUARTER_WORD) {
            let date = quarter_end(self.today, value as u8, self.year_at(j + 1));
            self.bound(i, j, date);
            return;
        }
        if let Some(year) = self.year_at(i) {
            if self.is_year(i, year) {
                let date = Date::new(year, 12, 31);
                self.bound(i, i, date);
                return;
            }
        }
        // "within six months", "the next 3 months", "innen 2 timer"
        if self.has(i + 1, c::UNIT_SHORT | c::UNIT_LONG)
            && self.before_has(i, c::WITHIN | c::THIS_NEXT | c::DURING)
        {
            self.duration(i, value);
        }
    }

    fn is_year(&self, i: usize, year: i32) -> bool {
        let r = self.r;
        let prev = self.before(i);
        let prev_says_time = prev.is_some_and(|p| {
            self.has(
                p,
                c::TIME_PREP | c::DEADLINE_PREP | c::DURING | c::END | c::MONTH | c::QUARTER_WORD,
            ) || is_quarter_token(r.text.word(p))
        });
        let stands_alone = (2020..=2040).contains(&year)
            && (i + 1 >= r.text.len()
                || matches!(r.text.toks[i + 1].kind, TokKind::Punct(_))
                || self.has(i + 1, c::PREP | c::CONJ));
        prev_says_time || stands_alone
    }

    /// A number (or "a", "en") and a unit after "within" and its kind.
    fn duration(&mut self, i: usize, value: f64) {
        let unit = i + 1;
        let months = unit_months(self.r.text.word(unit)).map(|m| m * value);
        let long = self.has(unit, c::UNIT_LONG) || months.is_some_and(|m| m >= 0.25);
        if long {
            let date = months.map(|m| self.today.add_days((m * 30.44).round() as i64));
            self.bound(i, unit, date);
        } else {
            self.out.response_limit = true;
        }
    }

    fn word(&mut self, i: usize) {
        let r = self.r;
        let f = r.facts[i].classes;
        let w = r.text.word(i);

        if f & c::MONTH != 0
            || (f & c::AMBIGUOUS_MONTH != 0
                && (self.before_has(i, c::TIME_PREP | c::END | c::DEADLINE_PREP)
                    || r.text.number(i + 1).is_some()))
        {
            let month = r.facts[i].value as u8;
            // "September 30, 2027", "december 2027"
            let mut last = i;
            let mut day = None;
            if let Some(d) = r.text.number(i + 1).filter(|d| (1.0..=31.0).contains(d)) {
                if self.year_at(i + 1).is_none() {
                    day = Some(d as u8);
                    last = i + 1;
                }
            }
            let year_at = if r.text.is_punct(last + 1, ',') {
                last + 2
            } else {
                last + 1
            };
            let year = self.year_at(year_at);
            if year.is_some() {
                last = year_at;
            }
            let date = match (year, day) {
                (Some(y), Some(d)) => Date::new(y, month, d),
                (Some(y), None) => month_end(y, month),
                (None, Some(d)) => next_occurrence(self.today, month, d),
                (None, None) => next_month_end(self.today, month),
            };
            self.bound(i, last, date);
            return;
        }
        if is_quarter_token(w) {
            let year = self.year_at(i + 1);
            let last = if year.is_some() { i + 1 } else { i };
            let n = w.as_bytes()[1] - b'0';
            let date = if w.starts_with('h') {
                quarter_end(self.today, n * 2, year)
            } else {
                quarter_end(self.today, n, year)
            };
            self.bound(i, last, date);
            return;
        }
        if f & c::WEEK != 0 && r.text.number(i + 1).is_some() {
            self.bound(i, i + 1, None);
            return;
        }
        if f & (c::UNIT_LONG | c::QUARTER_WORD) != 0
            && self.before_has(i, c::THIS_NEXT | c::ORDINAL)
        {
            let date = self.this_or_next(i);
            self.bound(i, i, date);
            return;
        }
        // "i år": this year, in the Nordic languages.
        if f & c::YEAR_UNIT != 0 && i > 0 && r.text.word(i - 1) == "i" {
            self.bound(i - 1, i, Date::new(self.today.year(), 12, 31));
            return;
        }
        if f & c::END != 0 {
            let of = r.text.word(i + 1);
            // "end of", "utgangen av", "årets udgang", "by year-end"
            let says_time = matches!(of, "of" | "av" | "af" | "pa")
                || w == "yearend"
                || self.before_has(
                    i,
                    c::TIME_PREP | c::DEADLINE_PREP | c::YEAR_UNIT | c::QUARTER_WORD,
                );
            if says_time {
                self.bound(i, i + 1, None);
            }
            return;
        }
        let time_before = c::TIME_PREP | c::DEADLINE_PREP | c::THIS_NEXT | c::DURING;
        if f & (c::SEASON | c::HOLIDAY) != 0 && self.before_has(i, time_before) {
            self.bound(i, i, None);
            return;
        }
        if r.facts[i].event_head && self.before_has(i, time_before) {
            self.bound(i, i, None);
            return;
        }
        if f & c::DEADLINE_PREP != 0 && self.event_follows(i) {
            let next = self.after(i);
            self.bound(i, next, None);
            return;
        }
        if f & c::DURING != 0 {
            let next = self.after(i);
            if r.text
                .toks
                .get(next)
                .is_some_and(|t| t.kind == TokKind::Word)
                && !self.has(next, c::NUMBER_WORD | c::ARTICLE_ONE)
            {
                self.bound(i, next, None);
                return;
            }
        }
        if f & c::RATE_ADVERB != 0 {
            self.out.rate = true;
        }
        if f & c::RATE_PREP != 0 && self.has(i + 1, c::UNIT_SHORT | c::UNIT_LONG) {
            self.out.rate = true;
        }
        // "within a month", "innen en time", "innen to uker"
        if f & (c::WITHIN | c::THIS_NEXT) != 0
            && self.has(i + 1, c::NUMBER_WORD | c::ARTICLE_ONE)
            && self.has(i + 2, c::UNIT_SHORT | c::UNIT_LONG)
        {
            let value = r.facts[i + 1].value.max(1.0);
            self.duration(i + 1, value);
        }
    }

    /// After "before", "innen", "inför": any event is a deadline ("before applications open",
    /// "inden mors dag"), but not a duration ("innen en time") nor "inden for".
    fn event_follows(&self, i: usize) -> bool {
        let r = self.r;
        let next = self.after(i);
        let Some(tok) = r.text.toks.get(next) else {
            return false;
        };
        if tok.kind != TokKind::Word
            || self.has(
                next,
                c::NUMBER_WORD | c::ARTICLE_ONE | c::UNIT_SHORT | c::UNIT_LONG | c::MORE | c::PREP,
            )
        {
            return false;
        }
        true
    }

    fn this_or_next(&self, i: usize) -> Option<Date> {
        let w = self.r.text.word(i);
        let next = self.before(i).is_some_and(|p| {
            matches!(
                self.r.text.word(p),
                "next" | "neste" | "nasta" | "naste" | "kommende" | "kommande" | "coming"
            )
        });
        let months = unit_months(w)?;
        if months >= 12.0 {
            let y = self.today.year() + i32::from(next);
            return Date::new(y, 12, 31);
        }
        let months = if next { months * 2.0 } else { months };
        Some(self.today.add_days((months * 30.44).round() as i64))
    }
}

fn is_quarter_token(w: &str) -> bool {
    matches!(w.as_bytes(), [b'q', b'1'..=b'4'] | [b'h', b'1'..=b'2'])
}

/// Months in one unit: weeks, months, quarters, years; days as a fraction.
fn unit_months(w: &str) -> Option<f64> {
    let starts = |p: &[&str]| p.iter().any(|s| w.starts_with(s));
    if starts(&["week", "uke", "uka", "uge", "veck", "veke"]) {
        Some(0.23)
    } else if starts(&["month", "maned", "manad"]) {
        Some(1.0)
    } else if starts(&["quarter", "kvartal"]) {
        Some(3.0)
    } else if starts(&["halvar"]) {
        Some(6.0)
    } else if starts(&["year", "ar"]) && w.len() <= 5 {
        Some(12.0)
    } else if starts(&["day", "dag", "dogn", "dygn"]) {
        Some(1.0 / 30.44)
    } else {
        None
    }
}

fn month_end(year: i32, month: u8) -> Option<Date> {
    Date::new(year, month, 1).map(|d| d.add_months(1).add_days(-1))
}

fn next_month_end(today: Date, month: u8) -> Option<Date> {
    let this_year = month_end(today.year(), month)?;
    if this_year >= today {
        Some(this_year)
    } else {
        month_end(today.year() + 1, month)
    }
}

fn next_occurrence(today: Date, month: u8, day: u8) -> Option<Date> {
    let this_year = Date::new(today.year(), month, day)?;
    if this_year >= today {
        Some(this_year)
    } else {
        Date::new(today.year() + 1, month, day)
    }
}

fn quarter_end(today: Date, quarter: u8, year: Option<i32>) -> Option<Date> {
    let month = quarter.clamp(1, 4) * 3;
    match year {
        Some(y) => month_end(y, month),
        None => next_month_end(today, month),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    fn time(text: &str, lang: Lang) -> TimeReading {
        let r = Reading::new(text, Some(lang));
        read(&r, Date::new(2026, 11, 23).unwrap())
    }

    fn bound(text: &str, lang: Lang) -> bool {
        time(text, lang).bound
    }

    #[test]
    fn dates_quarters_and_years_bound_a_goal_in_every_language() {
        assert!(bound("Reach 5,000 sign-ups by 15 March 2027", Lang::En));
        assert!(bound("Grow revenue by end of Q2", Lang::En));
        assert!(bound("200 påmeldinger innen 1. april", Lang::Nb));
        assert!(bound("Øke salget i andre halvår", Lang::Nb));
        assert!(bound("Fler bokningar under tredje kvartalet", Lang::Sv));
        assert!(bound("500 ordrer inden udgangen af 2028", Lang::Da));
        assert!(bound("Flere leads i 2027", Lang::Da));
    }

    #[test]
    fn seasons_holidays_and_events_are_deadlines() {
        assert!(bound("Sell 300 tickets before the season opener", Lang::En));
        assert!(bound("Få 80 anmeldelser før påske", Lang::Nb));
        assert!(bound("Fler ansökningar inför terminsstarten", Lang::Sv));
        assert!(bound("Flere bookinger i løbet af sommeren", Lang::Da));
        assert!(bound("Dubbla försäljningen till julen", Lang::Sv));
    }

    #[test]
    fn periods_count_but_rates_and_response_limits_do_not() {
        assert!(bound("Double our leads within six months", Lang::En));
        assert!(bound("Doble salget i løpet av tre måneder", Lang::Nb));
        let rate = time("Publish 4 posts per month", Lang::En);
        assert!(!rate.bound && rate.rate);
        let nb = time("To innlegg i uka", Lang::Nb);
        assert!(!nb.bound && nb.rate);
        let reply = time("Svara på alla meddelanden inom två timmar", Lang::Sv);
        assert!(!reply.bound && reply.response_limit);
        let da = time("Besvare alle beskeder inden for en time", Lang::Da);
        assert!(!da.bound);
    }

    #[test]
    fn a_count_is_not_a_year() {
        assert!(!bound("Få 2000 likerklikk per innlegg", Lang::Nb));
        assert!(!bound("Sell 2030 bikes", Lang::En));
    }

    #[test]
    fn resolves_deadlines_to_dates() {
        let d = |s: &str, l| time(s, l).deadline.map(|d| d.to_string());
        assert_eq!(d("by 1 June 2027", Lang::En).as_deref(), Some("2027-06-01"));
        assert_eq!(
            d("innen 31. desember", Lang::Nb).as_deref(),
            Some("2026-12-31")
        );
        assert_eq!(d("under Q3 2027", Lang::Sv).as_deref(), Some("2027-09-30"));
        assert_eq!(
            d("within 3 months", Lang::En).as_deref(),
            Some("2027-02-22")
        );
    }
}
