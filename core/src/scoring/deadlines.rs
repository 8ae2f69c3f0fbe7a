//! Deadlines and periods in a goal's text: "by 1 June 2027", "innen utgangen av Q2", "före årsskiftet",
//! "within six months", "før seriestart".
//!
//! Two look-alikes are kept apart on purpose: a rate ("3 posts a week") repeats without ending, and a
//! response limit ("answer within 2 hours") bounds each reply, not the goal. Neither makes a goal
//! time-bound.

use std::cell::RefCell;

use super::reading::Reading;
use super::text::{Span, TokKind};
use super::vocab::{c, Classes};
use crate::calendar::Date;

#[derive(Debug, Clone, Default)]
pub(crate) struct TimeReading {
    /// The text names a deadline or a period.
    pub bound: bool,
    /// The text names a rate ("per month") — and, unless `bound`, nothing else.
    pub rate: bool,
    /// The text names a response limit ("within 2 hours").
    pub response_limit: bool,
    /// The deadline as a date, where the text pins one down: the first date not yet passed, so that "fra
    /// 800 i 2025 til 1 000 inden december 2027" ends in 2027, not in 2025.
    pub deadline: Option<Date>,
    /// Where the first deadline or period was read.
    pub span: Option<Span>,
    /// Tokens that belong to a time expression, so their numbers are not targets.
    pub consumed: Vec<bool>,
    /// Years that are already past ("i 2025"): the time of a baseline, not a deadline.
    pub past_years: Vec<usize>,
    /// A bare four-digit number read as a count that could also be a year ("til 2030"): a hint.
    pub year_like_count: Option<i32>,
    /// The first date read, and the first not yet passed: all the deadline needs of the dates read,
    /// kept without a list of them.
    first_date: Option<Date>,
    first_ahead: Option<Date>,
}

thread_local! {
    /// The `consumed` of the last reading dropped, for the next: an allocation and a free a goal.
    static SPARE_CONSUMED: RefCell<Vec<bool>> = const { RefCell::new(Vec::new()) };
}

impl Drop for TimeReading {
    fn drop(&mut self) {
        super::spare::give_back(&SPARE_CONSUMED, std::mem::take(&mut self.consumed));
    }
}

pub(crate) fn read(r: &Reading, today: Date) -> TimeReading {
    let mut consumed = super::spare::take(&SPARE_CONSUMED);
    consumed.clear();
    consumed.resize(r.text.len(), false);
    // (Written out field by field: a type with a destructor cannot be built from a default.)
    let mut out = TimeReading {
        bound: false,
        rate: false,
        response_limit: false,
        deadline: None,
        span: None,
        consumed,
        past_years: Vec::new(),
        year_like_count: None,
        first_date: None,
        first_ahead: None,
    };
    let mut s = Scan {
        r,
        today,
        out: &mut out,
    };
    for i in 0..r.text.len() {
        if s.out.consumed[i] {
            continue;
        }
        match r.text.toks[i].kind {
            TokKind::NumericDate { day, month, year } => {
                let date = year
                    .and_then(|y| Date::new(y, month, day))
                    .or_else(|| next_occurrence(today, month, day));
                s.bound(i, i, date);
            }
            TokKind::Number { value, integer, .. } => match day_month(&s, i) {
                Some((day, month)) => s.bound(i, i, next_occurrence(today, month, day)),
                None => s.number(i, value, integer),
            },
            TokKind::Word => s.word(i),
            // "2 klipp/vecka": a slash before a unit is a rate.
            TokKind::Punct(_) => s.rate_before_unit(i, r.facts[i].classes),
        }
    }
    out.deadline = out.first_ahead.or(out.first_date);
    out
}

/// "innen 30.6", "inden 31.3.": after a deadline word, a day and a month written like a decimal.
fn day_month(s: &Scan, i: usize) -> Option<(u8, u8)> {
    if !s.before_has(i, c::DEADLINE_PREP) {
        return None;
    }
    let span = s.r.text.toks[i].span;
    let raw = s.r.text.original.get(span.start..span.end)?;
    let (day, month) = raw.split_once('.')?;
    let short = |p: &str| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
    if !(short(day) && short(month)) {
        return None;
    }
    let (day, month) = (day.parse::<u8>().ok()?, month.parse::<u8>().ok()?);
    ((1..=31).contains(&day) && (1..=12).contains(&month)).then_some((day, month))
}

struct Scan<'r, 'a, 'o> {
    r: &'r Reading<'a>,
    today: Date,
    out: &'o mut TimeReading,
}

impl Scan<'_, '_, '_> {
    fn has(&self, i: usize, class: Classes) -> bool {
        self.r.has(i, class)
    }

    fn value(&self, i: usize) -> f64 {
        self.r.facts.get(i).map_or(0.0, |f| f.value)
    }

    /// The token before `i`, stepping over "the", "de", "den".
    fn before(&self, i: usize) -> Option<usize> {
        let mut j = i.checked_sub(1)?;
        while self.has(j, c::ARTICLE) {
            j = j.checked_sub(1)?;
        }
        Some(j)
    }

    fn after(&self, i: usize) -> usize {
        let mut j = i + 1;
        while self.has(j, c::ARTICLE) {
            j += 1;
        }
        j
    }

    fn before_has(&self, i: usize, class: Classes) -> bool {
        self.before(i).is_some_and(|j| self.has(j, class))
    }

    fn bound(&mut self, first: usize, last: usize, date: Option<Date>) {
        self.out.bound = true;
        if self.out.span.is_none() {
            self.out.span = Some(self.r.text.span(first, last));
        }
        if let Some(date) = date {
            self.out.first_date.get_or_insert(date);
            if date >= self.today && self.out.first_ahead.is_none() {
                self.out.first_ahead = Some(date);
            }
        }
        self.consume(first, last);
    }

    /// Marks tokens `first..=last` as read, so no number among them counts as a target.
    fn consume(&mut self, first: usize, last: usize) {
        for k in first..=last.min(self.out.consumed.len().saturating_sub(1)) {
            self.out.consumed[k] = true;
        }
    }

    /// A four-digit number written as bare digits, in the range of years.
    fn year_at(&self, i: usize) -> Option<i32> {
        match self.r.text.toks.get(i)?.kind {
            TokKind::Number {
                value,
                integer: true,
                plain: true,
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
        if self.reply_wait(i, j) {
            return;
        }
        // "1. juni 2027", "30 September"
        if small && self.has(j, c::MONTH | c::AMBIGUOUS_MONTH) {
            let month = self.value(j) as u8;
            let year = self.year_at(j + 1);
            let last = if year.is_some() { j + 1 } else { j };
            let date = match year {
                Some(y) => Date::new(y, month, value as u8),
                None => next_occurrence(self.today, month, value as u8),
            };
            self.bound(i, last, date);
            return;
        }
        // "3. kvartal", "2. halvår 2027"
        if small && value <= 4.0 && self.has(j, c::QUARTER_WORD) {
            let year = self.year_at(j + 1);
            let date = self.part_of_year(value as u8, self.value(j), year);
            self.bound(i, if year.is_some() { j + 1 } else { j }, date);
            return;
        }
        if let Some(year) = self.year_at(i) {
            if self.is_year(i, year) {
                if year < self.today.year() {
                    self.out.past_years.push(i);
                    self.out.consumed[i] = true;
                } else {
                    self.bound(i, i, Date::new(year, 12, 31));
                }
                return;
            }
            self.out.year_like_count.get_or_insert(year);
        }
        // "within six months", "the next 3 months", "innen 2 timer", "inden for 3 måneder"; not
        // "barn under 6 år", an age.
        // "ses i 2 000 timer", "holde seerne i 4 minutter": hours or minutes after a bare "i" are how
        // long the audience stays, not when the goal ends.
        let how_long =
            self.has(i + 1, c::UNIT_SHORT) && self.before(i).is_some_and(|p| self.has(p, c::IN));
        if self.has(i + 1, c::UNIT_SHORT | c::UNIT_LONG)
            && self.within_before(i)
            && !how_long
            && !super::numbers::is_age(r, i)
        {
            self.duration(i, value);
        }
    }

    /// "within", "the next", "during" before `i`, also as "inden for".
    fn within_before(&self, i: usize) -> bool {
        let class = c::WITHIN | c::THIS_NEXT | c::DURING;
        self.before(i).is_some_and(|p| {
            self.has(p, class) || (self.has(p, c::PREP) && p > 0 && self.has(p - 1, c::WITHIN))
        })
    }

    /// A bare number is a year where the words around it make it one: "i 2027", "by the end of 2027",
    /// "december 2027"; never the end of a range begun with "fra 1 200", nor a count before its noun.
    fn is_year(&self, i: usize, year: i32) -> bool {
        let r = self.r;
        let prev = self.before(i);
        if prev.is_some_and(|p| self.has(p, c::TO)) && self.range_began_before(i) {
            return false;
        }
        let counts_a_noun =
            r.mention(i + 1).is_some() || r.facts.get(i + 1).is_some_and(|f| f.people);
        if counts_a_noun {
            return false;
        }
        let prev_says_time = prev.is_some_and(|p| {
            self.has(
                p,
                c::TIME_PREP
                    | c::DEADLINE_PREP
                    | c::DURING
                    | c::END
                    | c::MONTH
                    | c::QUARTER_WORD
                    | c::OF,
            ) || is_quarter_token(r.text.word(p))
        });
        let this_year = self.today.year();
        let stands_alone = (this_year - 6..=this_year + 15).contains(&year)
            && (i + 1 >= r.text.len()
                || matches!(r.text.toks[i + 1].kind, TokKind::Punct(_))
                || self.has(i + 1, c::PREP | c::CONJ));
        prev_says_time || stands_alone
    }

    /// "fra 1 200 til …": a number after "from" a few words before.
    fn range_began_before(&self, i: usize) -> bool {
        (i.saturating_sub(12)..i).any(|k| {
            self.has(k, c::FROM)
                && (self.r.text.number(k + 1).is_some()
                    || (self.has(k + 1, c::CURRENCY) && self.r.text.number(k + 2).is_some()))
        })
    }

    /// A number (or "a", "en") and a unit after "within": a period, or a response limit if short.
    fn duration(&mut self, i: usize, count: f64) {
        let unit = i + 1;
        let days = self.value(unit) * count;
        // "under 30 år", "for 25 years": an age or a history, not the span of a goal.
        if days > 5.0 * 366.0 {
            self.consume(i, unit);
            return;
        }
        if self.has(unit, c::UNIT_LONG) || days >= 7.0 {
            let date = add_period(self.today, self.value(unit), count);
            self.bound(i, unit, date);
        } else {
            self.out.response_limit = true;
        }
    }

    /// The end of the `n`th quarter (or half, when `unit_days` is a half-year's) of `year`, else the
    /// next such end.
    fn part_of_year(&self, n: u8, unit_days: f64, year: Option<i32>) -> Option<Date> {
        if unit_days >= 150.0 {
            quarter_end(self.today, n.clamp(1, 2) * 2, year)
        } else if unit_days > 0.0 {
            quarter_end(self.today, n, year)
        } else {
            None
        }
    }

    /// "per month", "i uka", "/vecka": a rate preposition at `i` (with classes `f`) before a unit.
    fn rate_before_unit(&mut self, i: usize, f: Classes) {
        // (Every token asks; most are no rate preposition.)
        if f & c::RATE_PREP == 0 {
            return;
        }
        let today = f & c::IN != 0 && self.has(i + 1, c::DAY_BARE);
        // ("pr. måned": the abbreviation's full stop.)
        let next = if self.r.text.is_punct(i + 1, '.') {
            i + 2
        } else {
            i + 1
        };
        if self.has(next, c::UNIT_SHORT | c::UNIT_LONG) && !today {
            self.out.rate = true;
        }
    }

    /// "vente mer enn 20 minutter på svar", "wait more than an hour for a reply": the longest wait
    /// for a reply bounds each reply. `unit` is where the unit after the number at `i` stands.
    fn reply_wait(&mut self, i: usize, unit: usize) -> bool {
        let wait = self.r.anywhere(c::REPLY)
            && self.has(unit, c::UNIT_SHORT)
            && self.value(unit) == 0.0
            && (i.saturating_sub(3)..i).any(|k| self.has(k, c::MORE));
        if wait {
            self.out.response_limit = true;
        }
        wait
    }

    fn word(&mut self, i: usize) {
        let r = self.r;
        let f = r.facts[i].classes;
        let w = r.text.word(i);

        if f & (c::NUMBER_WORD | c::ARTICLE_ONE) != 0 && self.reply_wait(i, i + 1) {
            return;
        }
        // "svar samme dag": a reply the same day is a limit on each reply, not the goal's end.
        if f & c::SAME != 0 && self.has(i + 1, c::UNIT_SHORT) && self.value(i + 1) >= 1.0 {
            self.out.response_limit = true;
            self.consume(i, i + 1);
            return;
        }

        // "between March and May", "March to June": two months joined are both months.
        let months = c::MONTH | c::AMBIGUOUS_MONTH;
        let joins = |k: usize| {
            self.has(k, c::CONJ | c::TO) || r.text.is_punct(k, '-') || r.text.is_punct(k, '–')
        };
        // (Closures, here and below: asked only of the few words whose class needs the answer.)
        let paired = || {
            (joins(i + 1) && self.has(i + 2, months))
                || (i >= 2 && joins(i - 1) && self.has(i - 2, months))
        };
        if f & c::MONTH != 0
            || (f & c::AMBIGUOUS_MONTH != 0
                && (self.before_has(i, c::TIME_PREP | c::END | c::DEADLINE_PREP)
                    || paired()
                    || r.text.number(i + 1).is_some()))
        {
            let month = self.value(i) as u8;
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
            // "i juni og juli", "fra mai til august", "maj–juni": the later month ends the period.
            let joined = self.has(i + 1, c::CONJ | c::TO)
                || r.text.is_punct(i + 1, '-')
                || r.text.is_punct(i + 1, '–');
            if year.is_none() && day.is_none() && joined && self.has(i + 2, months) {
                self.bound(i, i, None);
                return;
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
        if f & c::WEEK != 0 {
            let week_at = |k: usize| r.text.number(k).filter(|w| (1.0..=53.0).contains(w));
            // "v. 20", "uke. 12": the abbreviation's full stop.
            let at = if r.text.is_punct(i + 1, '.') {
                i + 2
            } else {
                i + 1
            };
            if let Some(week) = week_at(at) {
                // "weeks 20–24", "uke 3 til 8": the range ends with its last week.
                let joined = r.text.is_punct(at + 1, '–')
                    || r.text.is_punct(at + 1, '-')
                    || self.has(at + 1, c::TO);
                let (last, week) = match week_at(at + 2).filter(|_| joined) {
                    Some(end) if end > week => (at + 2, end),
                    _ => (at, week),
                };
                let date = week_end(self.today, week as u32, self.year_at(last + 1));
                self.bound(i, last, date);
                return;
            }
        }
        // "første kvartal 2027", "the second half"
        if f & c::QUARTER_WORD != 0 && self.before_has(i, c::ORDINAL) {
            let ordinal = self.before(i).map_or(0.0, |p| self.value(p)) as u8;
            let year = self.year_at(i + 1);
            let date = self.part_of_year(ordinal, self.value(i), year);
            let first = self.before(i).unwrap_or(i);
            self.bound(first, if year.is_some() { i + 1 } else { i }, date);
            return;
        }
        if f & (c::UNIT_LONG | c::QUARTER_WORD) != 0 && self.before_has(i, c::THIS_NEXT) {
            let date = self.this_or_next(i);
            self.bound(i, i, date);
            return;
        }
        // "i år": this year, in the Nordic languages.
        if f & c::YEAR_BARE != 0 && i > 0 && self.has(i - 1, c::IN) {
            self.bound(i - 1, i, Date::new(self.today.year(), 12, 31));
            return;
        }
        if f & c::END != 0 {
            // "end of", "utgangen av", "årets udgang", "by year-end"
            // ("se trailern till slutet på yt", "to the end of the video": the end of something
            // watched, not of a period.)
            let of = self.has(i + 1, c::OF) && !self.r.is_watched(self.after(i + 1));
            // "ser filmen helt til slutt", "till slutet på yt": "to the end" with no "of" and no year
            // after it is the end of what is watched or read ("til slutt" is also "finally").
            let bare_to = !of
                && self.before_has(i, c::TO)
                && !self.before_has(i, c::DEADLINE_PREP)
                && self.year_at(i + 1).is_none();
            let says_time = of
                || !bare_to
                    && self.before_has(
                        i,
                        c::TIME_PREP | c::DEADLINE_PREP | c::YEAR_UNIT | c::QUARTER_WORD,
                    );
            if says_time {
                // "the end of the year", "årets udgang": this year's end; a year, month or quarter
                // after "end of" gives its own date as the scan reaches it.
                let year_word = if of { self.after(i + 1) } else { i };
                let this_year = self.has(year_word, c::YEAR_UNIT)
                    || self.before_has(i, c::YEAR_UNIT)
                    || f & c::HOLIDAY != 0;
                let date = this_year
                    .then(|| Date::new(self.today.year(), 12, 31))
                    .flatten();
                let last = if this_year && of {
                    year_word
                } else {
                    i + usize::from(of)
                };
                self.bound(i, last, date);
            }
            return;
        }
        let time_before = c::TIME_PREP | c::DEADLINE_PREP | c::THIS_NEXT | c::DURING;
        // "by new year"
        if f & c::YEAR_UNIT != 0
            && i > 0
            && self.has(i - 1, c::NEW)
            && self.before_has(i - 1, time_before)
        {
            self.bound(i - 1, i, Date::new(self.today.year(), 12, 31));
            return;
        }
        // "shares of the Christmas blend reveal": a holiday after "of" names a thing, not a time.
        let named_thing = || self.before_has(i, c::OF);
        let time_before = time_before | c::LOOSE_BEFORE;
        // ("före alla hjärtans dag": a filler word may stand between.)
        let after_filler = || {
            self.before(i)
                .filter(|&j| self.has(j, c::FILLER) && !self.before_has(j, c::OF))
                .is_some_and(|j| self.before_has(j, time_before))
        };
        if f & c::HOLIDAY != 0
            && (self.before_has(i, time_before) || after_filler())
            && !named_thing()
        {
            // "inden nytår 2027", "før jul 2027": the holiday of the year written after it.
            if let Some(year) = self.year_at(i + 1) {
                let date = holiday_in(year, self.value(i));
                self.bound(i, i + 1, date);
                return;
            }
            // "by Christmas Eve": the day before the holiday.
            if self.has(i + 1, c::EVE) {
                let eve = holiday(self.today.add_days(1), self.value(i)).map(|d| d.add_days(-1));
                self.bound(i, i + 1, eve);
                return;
            }
            let date = holiday(self.today, self.value(i));
            self.bound(i, i, date);
            return;
        }
        // "før sommeren 2027": a season has no date, and its year is part of it.
        if f & c::SEASON != 0 && self.before_has(i, time_before) {
            let last = if self.year_at(i + 1).is_some() {
                i + 1
            } else {
                i
            };
            self.bound(i, last, None);
            return;
        }
        // "impressions på pinsen i vår", "i vår, før sesongen": "vår" ending its clause after "i" is
        // the spring, where "i vår butikk" is "our".
        let clause_ends = |k: usize| {
            matches!(
                r.text.toks.get(k).map(|t| t.kind),
                None | Some(TokKind::Punct(_))
            ) || self.has(k, c::CONJ | c::SO)
        };
        if f & c::SPRING_OR_OUR != 0 && i > 0 && self.has(i - 1, c::IN) && clause_ends(i + 1) {
            self.bound(i - 1, i, None);
            return;
        }
        if r.facts[i].event_head && self.before_has(i, time_before) && !self.has(i + 1, c::HOURS) {
            self.bound(i, i, None);
            return;
        }
        // "denne sesongen", "until the premiere": the event word alone names one occasion after a word
        // that points at it, but not after a rate's "i" ("to innlegg i uka").
        let points_at = self.before(i).is_some_and(|j| {
            self.has(j, c::THIS_NEXT | c::DEADLINE_PREP | c::LOOSE_BEFORE)
                || (self.has(j, c::TIME_PREP)
                    && !self.has(j, c::WITHIN | c::RATE_PREP | c::FROM | c::OF))
        });
        if r.facts[i].event_word && points_at {
            self.bound(i, i, None);
            return;
        }
        // "fram till mässan", "until the planning decision": an occasion, named any way, ends it.
        // ("vise fram nye ruter": the Nordic particle needs its "til".)
        let until = if f & c::UNTIL == 0 {
            None
        } else if self.has(i + 1, c::TO) {
            Some(i + 1)
        } else {
            (r.lang == crate::Lang::En).then_some(i)
        };
        if let Some(to) = until.filter(|&to| self.event_follows(to)) {
            let next = self.after(to);
            self.bound(i, next, None);
            return;
        }
        if f & c::DEADLINE_PREP != 0 && self.event_follows(i) {
            let next = self.after(i);
            // "before the college's application deadline": the words up to the event are its name.
            let event = (next + 1..(next + 5).min(r.text.len()))
                .take_while(|&k| r.text.toks[k].kind == TokKind::Word || r.text.is_punct(k, '\''))
                .find(|&k| r.facts[k].event_head || r.facts[k].event_word);
            self.bound(i, event.unwrap_or(next), None);
            return;
        }
        if f & c::DURING != 0 {
            let next = self.after(i);
            // "under öppettiderna", "during opening hours": when we answer, not when the goal ends.
            // ("during 48 hours" is a period: a number before "hours" is a count of them.)
            let opening = self.has(next + 1, c::HOURS) && r.text.number(next).is_none();
            if self.has(next, c::HOURS) || opening {
                self.consume(i, next);
                return;
            }
            if r.text
                .toks
                .get(next)
                .is_some_and(|t| t.kind == TokKind::Word)
                && !self.has(next, c::NUMBER_WORD | c::ARTICLE_ONE)
            {
                // The word after "under" is read in its turn: "under Q3 2027" has a date.
                if self.out.span.is_none() {
                    self.out.span = Some(r.text.span(i, next));
                }
                self.bound(i, i, None);
                return;
            }
        }
        if f & c::RATE_ADVERB != 0 {
            self.out.rate = true;
        }
        self.rate_before_unit(i, f);
        // "hver fredag", "every morning" ("i fredag" is one Friday).
        if f & c::RATE_PREP != 0 && f & c::IN == 0 && self.has(i + 1, c::WEEKDAY) {
            self.out.rate = true;
        }
        // "within a month", "innen en time", "innen seks måneder"
        if f & (c::WITHIN | c::THIS_NEXT) != 0 {
            // "inden for en måned": the preposition after "inden" belongs to it.
            let n = if self.has(i + 1, c::PREP) && !self.has(i + 1, c::WITHIN) {
                i + 2
            } else {
                i + 1
            };
            let unit = |k: usize| self.has(k, c::UNIT_SHORT | c::UNIT_LONG);
            // "innen et halvt år", "within half a year": half the unit.
            let half = (self.has(n, c::ARTICLE_ONE) && self.has(n + 1, c::HALF))
                || (self.has(n, c::HALF) && self.has(n + 1, c::ARTICLE_ONE));
            if half && unit(n + 2) {
                self.duration(n + 1, 0.5);
            } else if self.has(n, c::NUMBER_WORD | c::ARTICLE_ONE) && unit(n + 1) {
                let count = self.value(n).max(1.0);
                self.duration(n, count);
            }
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
                // "målt før og etter kampanjen": a measurement on both sides, not a deadline.
                c::NUMBER_WORD
                    | c::ARTICLE_ONE
                    | c::UNIT_SHORT
                    | c::UNIT_LONG
                    | c::MORE
                    | c::PREP
                    | c::CONJ,
            )
        {
            return false;
        }
        // A time word after it is read in its own turn, with its date: "før jul", "innen utgangen av".
        let time_word = c::SEASON
            | c::HOLIDAY
            | c::MONTH
            | c::AMBIGUOUS_MONTH
            | c::END
            | c::QUARTER_WORD
            | c::THIS_NEXT
            | c::WEEK;
        !self.has(next, time_word) && !is_quarter_token(r.text.word(next))
    }

    /// "this year", "next quarter", "denne måneden": the end of the current or the next period.
    fn this_or_next(&self, i: usize) -> Option<Date> {
        let next = self.before_has(i, c::NEXT);
        let days = self.value(i);
        let today = self.today;
        let steps = i32::from(next);
        if days >= 300.0 {
            Date::new(today.year() + steps, 12, 31)
        } else if days >= 150.0 {
            let half_end = if today.month() <= 6 { 6 } else { 12 };
            month_end(today.year(), half_end)
                .map(|d| d.add_months(6 * steps))
                .and_then(|d| month_end(d.year(), d.month()))
        } else if days >= 80.0 {
            let quarter_end_month = today.month().div_ceil(3) * 3;
            month_end(today.year(), quarter_end_month)
                .map(|d| d.add_months(3 * steps))
                .and_then(|d| month_end(d.year(), d.month()))
        } else if days >= 28.0 {
            month_end(today.year(), today.month())
                .map(|d| d.add_months(steps))
                .and_then(|d| month_end(d.year(), d.month()))
        } else if days >= 7.0 {
            // The week ends on Sunday.
            let to_sunday = 6 - weekday(today);
            Some(today.add_days(to_sunday + 7 * i64::from(steps)))
        } else {
            None
        }
    }
}

/// `count` units of `unit_days` days after `today`, by the calendar: months, quarters and years move
/// the month ("within 6 months" of 23 November is 23 May), days and weeks count days.
fn add_period(today: Date, unit_days: f64, count: f64) -> Option<Date> {
    if !(count.is_finite() && count > 0.0 && count <= 1200.0) {
        return None;
    }
    if unit_days >= 28.0 {
        let months_per_unit = (unit_days / 30.4).round();
        let months = months_per_unit * count;
        if months.fract() == 0.0 {
            return Some(today.add_months(months as i32));
        }
        return Some(today.add_days((months * 30.44).round() as i64));
    }
    (unit_days > 0.0).then(|| today.add_days((unit_days * count).round() as i64))
}

/// A holiday's date (value month.day, or days from Easter Sunday plus 200), the next one not yet
/// passed.
fn holiday(today: Date, value: f64) -> Option<Date> {
    next_in_year(today, |year| holiday_in(year, value))
}

/// A holiday's date in `year`: a fixed day, or a day counted from Easter ("påskeaften" is 199).
fn holiday_in(year: i32, value: f64) -> Option<Date> {
    if value >= 100.0 {
        let offset = value.round() as i64 - 200;
        return easter_sunday(year).map(|d| d.add_days(offset));
    }
    holiday_day(value).and_then(|(month, day)| Date::new(year, month, day))
}

/// Easter Sunday of `year` (the Gregorian computus).
fn easter_sunday(year: i32) -> Option<Date> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
}

/// A holiday's month and day from its value, month.day (12.24); none for a holiday that moves.
fn holiday_day(value: f64) -> Option<(u8, u8)> {
    (value > 0.0).then(|| {
        (
            value.trunc() as u8,
            ((value - value.trunc()) * 100.0).round() as u8,
        )
    })
}

/// Monday is 0.
fn weekday(d: Date) -> i64 {
    // 1970-01-01 was a Thursday.
    (d.days_since_epoch() + 3).rem_euclid(7)
}

/// The Sunday that ends ISO week `week` of `year`, else of the next year in which it is still ahead.
fn week_end(today: Date, week: u32, year: Option<i32>) -> Option<Date> {
    let sunday = |y: i32| {
        let jan4 = Date::new(y, 1, 4)?;
        let monday1 = jan4.add_days(-weekday(jan4));
        Some(monday1.add_days(7 * (i64::from(week) - 1) + 6))
    };
    match year {
        Some(y) => sunday(y),
        None => {
            let this = sunday(today.year())?;
            if this >= today {
                Some(this)
            } else {
                sunday(today.year() + 1)
            }
        }
    }
}

fn is_quarter_token(w: &str) -> bool {
    matches!(w.as_bytes(), [b'q', b'1'..=b'4'] | [b'h', b'1'..=b'2'])
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
    next_in_year(today, |year| Date::new(year, month, day))
}

/// This year's date as `date_in` gives it, or next year's once this year's has passed.
fn next_in_year(today: Date, date_in: impl Fn(i32) -> Option<Date>) -> Option<Date> {
    let this_year = date_in(today.year())?;
    if this_year >= today {
        Some(this_year)
    } else {
        date_in(today.year() + 1)
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
    fn hurried_spellings_point_at_a_time_only_before_a_time_word() {
        assert!(bound(
            "20 bestillinger pa resåling via insta for jul",
            Lang::Da
        ));
        assert!(bound(
            "femtio nya recensioner pa google fore påsk",
            Lang::Sv
        ));
        assert!(bound(
            "glasmager 12k følgere pa pinterest ved årsskiftet",
            Lang::Da
        ));
        assert!(bound(
            "wedding planner pinterest saves up 60% by valentines",
            Lang::En
        ));
        assert!(bound(
            "dobbelt så mange delinger på linkedin innen seks mnd",
            Lang::Nb
        ));
        assert!(!bound(
            "flere bestillinger for bakeriet via insta",
            Lang::Nb
        ));
        // Measured on both sides of an event, not by it.
        assert!(!bound(
            "Spontant kendskab blandt studerende skal fordobles, målt i en survey før og efter kampagnen",
            Lang::Da
        ));
    }

    #[test]
    fn opening_hours_bound_each_reply_and_a_congress_bounds_the_goal() {
        assert!(!bound(
            "Svara på alla DM inom två timmar under öppettiderna",
            Lang::Sv
        ));
        assert!(!bound(
            "Answer every DM within an hour during opening hours",
            Lang::En
        ));
        assert!(bound(
            "Partiet publicerar fyra klipp i veckan fram till partikongressen",
            Lang::Sv
        ));
        // "festivalen" holds no election: no event heads that hide in other words.
        assert!(!bound("Flere omtaler af festivalen på X", Lang::Da));
    }

    #[test]
    fn any_occasion_after_until_or_b4_ends_the_goal() {
        assert!(bound("Tre reels i uka fram til vårmarkedet", Lang::Nb));
        assert!(bound(
            "To klipp i veckan på TikTok fram till skördefesten",
            Lang::Sv
        ));
        assert!(bound("To opslag om ugen frem til loppemarkedet", Lang::Da));
        assert!(bound("Two reels a week until the harvest supper", Lang::En));
        assert!(bound("200 new members from insta b4 the regatta", Lang::En));
        assert!(bound("Double our TikTok reach next yr", Lang::En));
        assert!(bound("500 nya följare till sommarn", Lang::Sv));
        // The longest wait for a reply bounds each reply, not the goal.
        let wait = time("Ingen skal vente mer enn 20 minutter på svar", Lang::Nb);
        assert!(!wait.bound && wait.response_limit);
        let wait = time("Ingen kund ska vänta mer än en timme på svar", Lang::Sv);
        assert!(!wait.bound && wait.response_limit);
        // "vise fram": the particle of a verb, with no "til" after it.
        assert!(!bound(
            "Vise fram nye klatreruter i tre reels i uka",
            Lang::Nb
        ));
        // A rate at a day of the week, or per unit after a slash.
        assert!(time("Et nyhetsbrev hver fredag", Lang::Nb).rate);
        assert!(time("2 klipp/vecka på tiktok", Lang::Sv).rate);
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
            Some("2027-02-23")
        );
    }

    #[test]
    fn months_joined_weeks_abbreviated_and_this_spring_are_periods() {
        assert!(bound(
            "sell 80 packages via Pinterest between March and May",
            Lang::En
        ));
        assert!(bound("400 bookings from March to May", Lang::En));
        assert!(bound(
            "1 500 timmars visningstid på YouTube senast v. 20",
            Lang::Sv
        ));
        assert!(bound(
            "en halv miljon visningar på Pinterest i vår",
            Lang::Sv
        ));
        assert!(bound("3 000 følgere i vår, så flere handler", Lang::Nb));
        assert!(!bound(
            "Flere følgere i vår nettbutikk på Instagram",
            Lang::Nb
        ));
        // Hours after a bare "i" are how long, not when.
        assert!(!bound("Videoene skal ses i 2 000 timer", Lang::Nb));
        let deadline = time("1 500 timmars visningstid senast v. 20", Lang::Sv).deadline;
        assert_eq!(
            deadline.map(|d| d.to_string()).as_deref(),
            Some("2027-05-23")
        );
    }

    #[test]
    fn an_event_named_over_several_words_is_read_to_its_end() {
        let t = time(
            "Triple the reach among students before the college's application deadline",
            Lang::En,
        );
        assert!(t.bound);
        let words = "Triple the reach among students before the college's application deadline";
        let span = t.span.map(|s| &words[s.start..s.end]);
        assert_eq!(span, Some("before the college's application deadline"));
    }
}
