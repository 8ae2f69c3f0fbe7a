//! Turning a goal's text into tokens: words folded for case and diacritics, numbers in local formats.
//!
//! Folding maps ø/ö to o, æ/ä/å to a and strips accents, so "følgere", "följare" and "folgere" (typed
//! on a keyboard without the letters) meet the same stems. Spans stay byte offsets into the original.

/// A span of the original text in bytes, for highlighting evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum TokKind {
    /// A word; hyphens and apostrophes inside it are dropped from the folded form ("e-boka" → "eboka").
    Word,
    /// A number already read in its local format: "10 000", "10.000", "1,200", "10,5", "3k".
    Number {
        value: f64,
        integer: bool,
        /// Written as bare digits, no separator or suffix: only such a number can be a year.
        plain: bool,
    },
    /// A calendar date written in digits: "30.09.2027", "2027-06-01", "1/6".
    NumericDate {
        day: u8,
        month: u8,
        year: Option<i32>,
    },
    Punct(char),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Tok {
    pub span: Span,
    /// Range of the folded form in [`Text::forms`].
    pub folded: (u32, u32),
    /// Range of the lower-case form, diacritics kept, in [`Text::forms`]: the folded form's own
    /// where the two are equal, as for every word in plain ASCII.
    pub lower: (u32, u32),
    pub kind: TokKind,
    /// The original was a single capital letter, alone or before a hyphen: "X" and "X-kontot" are
    /// the platform, "x" is not.
    pub single_capital: bool,
    /// The original holds a hyphen: most tokens do not, and several readings split at one.
    pub hyphen: bool,
}

/// The allocations of a [`Text`], passed on from one text to the next (see `reading::SPARE`).
#[derive(Debug, Default)]
pub(crate) struct Buffers {
    forms: String,
    toks: Vec<Tok>,
    lower: String,
}

impl Buffers {
    pub const EMPTY: Buffers = Buffers {
        forms: String::new(),
        toks: Vec::new(),
        lower: String::new(),
    };
}

/// A goal's text, tokenized once and read by every rule.
#[derive(Debug, Clone)]
pub(crate) struct Text<'a> {
    pub original: &'a str,
    /// Both forms of every token, one after the other: one buffer, and one copy of most words.
    forms: String,
    pub toks: Vec<Tok>,
    /// The tokenizer's lower-case form of a word being read, kept with the other buffers.
    lower: String,
}

impl<'a> Text<'a> {
    #[cfg(test)]
    pub fn new(original: &'a str) -> Text<'a> {
        Text::in_buffers(original, Buffers::default())
    }

    /// The text of `original`, tokenized into buffers kept from an earlier text.
    pub fn in_buffers(original: &'a str, buffers: Buffers) -> Text<'a> {
        let Buffers {
            mut forms,
            mut toks,
            lower,
        } = buffers;
        forms.clear();
        forms.reserve(original.len() + 8);
        toks.clear();
        toks.reserve(original.len() / 5 + 1);
        let mut text = Text {
            original,
            forms,
            toks,
            lower,
        };
        text.tokenize();
        text
    }

    /// The text's buffers, for the next text to reuse; the text is left empty.
    pub fn take_buffers(&mut self) -> Buffers {
        Buffers {
            forms: std::mem::take(&mut self.forms),
            toks: std::mem::take(&mut self.toks),
            lower: std::mem::take(&mut self.lower),
        }
    }

    /// The folded form of token `i`, or "" past the end.
    pub fn word(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .and_then(|t| self.forms.get(t.folded.0 as usize..t.folded.1 as usize))
            .unwrap_or("")
    }

    /// Lower case with diacritics kept: "før" (before) and "for" stay apart here.
    pub fn lower(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .and_then(|t| self.forms.get(t.lower.0 as usize..t.lower.1 as usize))
            .unwrap_or("")
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn is_punct(&self, i: usize, c: char) -> bool {
        matches!(self.toks.get(i), Some(Tok { kind: TokKind::Punct(p), .. }) if *p == c)
    }

    pub fn number(&self, i: usize) -> Option<f64> {
        match self.toks.get(i)?.kind {
            TokKind::Number { value, .. } => Some(value),
            _ => None,
        }
    }

    /// Token `i` as written, hyphens and case kept ("fb-følgere", "Instagram-profilen").
    pub fn raw(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .and_then(|t| self.original.get(t.span.start..t.span.end))
            .unwrap_or("")
    }

    /// Token `i` as written, where it holds a hyphen: a search for one in every token was a tenth of
    /// the reading's time.
    pub fn hyphenated(&self, i: usize) -> Option<&str> {
        self.toks.get(i).filter(|t| t.hyphen).map(|_| self.raw(i))
    }

    pub fn span(&self, first: usize, last: usize) -> Span {
        let start = self.toks.get(first).map_or(0, |t| t.span.start);
        let end = self.toks.get(last).map_or(start, |t| t.span.end);
        Span { start, end }
    }

    /// Which tokens stand inside quotation marks: «Bestill bord», 'Book a table', ”Byt & Köp Falun”.
    /// Such words name a page, a button or a campaign; they are not what the goal counts. A mark opens
    /// with a space before it and a word glued after, closes glued to the word before, within a few
    /// words ("parents' evening" opens nothing).
    pub fn quoted(&self) -> Vec<bool> {
        const MAX_WORDS: usize = 12;
        // (Most goals hold no quotation mark at all; only a mark standing as a token can quote.)
        let marks = self
            .toks
            .iter()
            .any(|t| matches!(t.kind, TokKind::Punct(ch) if quote_kind(ch).is_some()));
        if !marks {
            return Vec::new();
        }
        let mut inside = vec![false; self.toks.len()];
        let mut open: Option<(usize, bool)> = None;
        for (i, tok) in self.toks.iter().enumerate() {
            let TokKind::Punct(ch) = tok.kind else {
                continue;
            };
            let Some(double) = quote_kind(ch) else {
                continue;
            };
            let glued_before = i > 0 && self.toks[i - 1].span.end == tok.span.start;
            let glued_after = self
                .toks
                .get(i + 1)
                .is_some_and(|t| t.span.start == tok.span.end && t.kind != TokKind::Punct(ch));
            match open {
                Some((o, kind)) if kind == double && glued_before && i - o <= MAX_WORDS + 1 => {
                    inside[o + 1..i].iter_mut().for_each(|x| *x = true);
                    open = None;
                }
                _ if glued_after && !glued_before => open = Some((i, double)),
                Some((o, _)) if i - o > MAX_WORDS + 1 => open = None,
                _ => {}
            }
        }
        inside
    }

    fn tokenize(&mut self) {
        let s = self.original;
        let b = s.as_bytes();
        // Walked by byte position, a run of ASCII letters at a time: most text is ASCII, and decoding
        // it a character at a time, each pushed twice, was most of the reading's tokenizing.
        let mut pos = 0;
        // The lower-case form of the word being read, where it differs from the folded one.
        let mut lower = std::mem::take(&mut self.lower);
        while pos < b.len() {
            if b[pos].is_ascii_digit() {
                let (kind, end) = read_number(s, pos);
                let from = self.forms.len();
                self.forms.push_str(&s[pos..end]);
                // (A date in digits may hold one: "2027-06-01".)
                let hyphen = b[pos..end].contains(&b'-');
                self.push(pos, end, self.same_forms(from), kind, false, hyphen);
                pos = end;
                continue;
            }
            let c = char_at(s, pos);
            if is_word_char(c) {
                let start = pos;
                let from = self.forms.len();
                // Whether the lower-case form is kept apart from the folded one, in `lower`: from
                // the first letter past ASCII on, before which it is the folded form so far.
                let mut split = false;
                let mut end = pos;
                let mut capitals = 0;
                let mut letters = 0;
                let mut letters_before_joiner = None;
                // (Only letters and joiners are taken: a hyphen in the word is one of the joiners.)
                let mut hyphen = false;
                loop {
                    let run = pos;
                    // (Whether the run holds a capital, not how many: the count matters only for a
                    // word of one letter, whose one run then has at most one.)
                    let mut kinds = 0;
                    while let Some(&byte) = b.get(pos) {
                        let kind = ASCII_KIND[usize::from(byte)];
                        if kind & ALNUM == 0 {
                            break;
                        }
                        kinds |= kind;
                        pos += 1;
                    }
                    if pos > run {
                        // (ASCII letters: one lower-case byte is both forms, and most runs are
                        // lower case already, copied whole; the others are lowered in place.)
                        let at = self.forms.len();
                        self.forms.push_str(&s[run..pos]);
                        let upper = kinds & CAPITAL != 0;
                        if upper {
                            self.forms[at..].make_ascii_lowercase();
                        }
                        if split {
                            lower.push_str(&self.forms[at..]);
                        }
                        capitals += usize::from(upper);
                        letters += pos - run;
                        end = pos;
                    }
                    if pos >= b.len() {
                        break;
                    }
                    let ch = char_at(s, pos);
                    let after = pos + ch.len_utf8();
                    if is_word_char(ch) {
                        letters += 1;
                        if !split {
                            split = true;
                            lower.clear();
                            lower.push_str(&self.forms[from..]);
                        }
                        if let Some((small, capital)) = latin1_lower(ch) {
                            capitals += usize::from(capital);
                            self.forms.push(fold_lower(small));
                            lower.push(small);
                        } else {
                            capitals += usize::from(ch.is_uppercase());
                            fold_into(ch, &mut self.forms);
                            lower.extend(ch.to_lowercase());
                        }
                        end = after;
                        pos = after;
                    } else if is_joiner(ch) && s[after..].chars().next().is_some_and(is_word_char) {
                        letters_before_joiner.get_or_insert(letters);
                        hyphen |= ch == '-';
                        pos = after; // "e-boka", "follower's": one word
                    } else {
                        break;
                    }
                }
                let lone_initial = letters_before_joiner == Some(1) && c.is_uppercase();
                let single_capital = (letters == 1 && capitals == 1) || lone_initial;
                let forms = if split && lower != self.forms[from..] {
                    let folded = (from as u32, self.forms.len() as u32);
                    self.forms.push_str(&lower);
                    (folded, (folded.1, self.forms.len() as u32))
                } else {
                    self.same_forms(from)
                };
                self.push(start, end, forms, TokKind::Word, single_capital, hyphen);
            } else {
                let i = pos;
                pos += c.len_utf8();
                if !c.is_whitespace() {
                    let from = self.forms.len();
                    self.forms.push(c);
                    self.push(
                        i,
                        pos,
                        self.same_forms(from),
                        TokKind::Punct(c),
                        false,
                        c == '-',
                    );
                }
            }
        }
        self.lower = lower;
    }

    /// The ranges of a token whose folded and lower-case forms are one, written from `from` on.
    fn same_forms(&self, from: usize) -> ((u32, u32), (u32, u32)) {
        let range = (from as u32, self.forms.len() as u32);
        (range, range)
    }

    fn push(
        &mut self,
        start: usize,
        end: usize,
        (folded, lower): ((u32, u32), (u32, u32)),
        kind: TokKind,
        single_capital: bool,
        hyphen: bool,
    ) {
        self.toks.push(Tok {
            span: Span { start, end },
            folded,
            lower,
            kind,
            single_capital,
            hyphen,
        });
    }
}

/// [`ASCII_KIND`]: an ASCII letter or digit, and a capital.
const ALNUM: u8 = 1;
const CAPITAL: u8 = 2;

/// What each byte is, as [`ALNUM`] and [`CAPITAL`] bits: the tokenizer's inner loop asks of every
/// letter, and two range tests each were most of its time.
const ASCII_KIND: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        if byte.is_ascii_alphanumeric() {
            table[b] |= ALNUM;
        }
        if byte.is_ascii_uppercase() {
            table[b] |= CAPITAL;
        }
        b += 1;
    }
    table
};

/// Whether `c` is a quotation mark, and of the double kind (single ones pair only with single ones).
pub(crate) fn quote_kind(c: char) -> Option<bool> {
    match c {
        '"' | '“' | '”' | '„' | '«' | '»' => Some(true),
        '\'' | '‘' | '’' => Some(false),
        _ => None,
    }
}

/// The character starting at byte `pos` of `s`, a char boundary.
fn char_at(s: &str, pos: usize) -> char {
    match s.as_bytes()[pos] {
        byte @ 0..=0x7f => char::from(byte),
        _ => s[pos..].chars().next().unwrap_or_default(),
    }
}

/// [`char::is_alphanumeric`], answered at once for the letters of Latin-1 ('À' to 'ÿ' but '×' and
/// '÷'): every Nordic letter of a goal asked the library's Unicode tables.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    if ('À'..='ÿ').contains(&c) {
        return c != '×' && c != '÷';
    }
    c.is_alphanumeric()
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '\u{2011}')
}

/// Lower case without diacritics; Nordic letters fold to their plain neighbours.
pub(crate) fn fold_into(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if let Some((small, _)) = latin1_lower(c) {
        out.push(fold_lower(small));
        return;
    }
    for l in c.to_lowercase() {
        out.push(fold_lower(l));
    }
}

/// A lower-case letter without its diacritics.
fn fold_lower(l: char) -> char {
    match l {
        'ø' | 'ö' | 'ó' | 'ò' | 'ô' | 'õ' => 'o',
        'æ' | 'ä' | 'å' | 'á' | 'à' | 'â' | 'ã' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'ü' | 'ú' | 'ù' | 'û' => 'u',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ç' => 'c',
        'ñ' => 'n',
        other => other,
    }
}

/// The lower case of a letter of Latin-1 ('À' to 'ÿ'), and whether it was a capital; `None` for any
/// other character. The Nordic letters are most of a goal's letters past ASCII, and each asked the
/// library's Unicode tables twice.
fn latin1_lower(c: char) -> Option<(char, bool)> {
    match c {
        '×' | '÷' => None,
        // (Each capital of the range is its small letter less 0x20.)
        'À'..='Þ' => char::from_u32(u32::from(c) + 0x20).map(|small| (small, true)),
        'ß'..='ÿ' => Some((c, false)),
        _ => None,
    }
}

pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !is_joiner(c) {
            fold_into(c, &mut out);
        }
    }
    out
}

/// Reads the number (or digit-written date) starting at byte `start`; returns it and where it ends.
fn read_number(s: &str, start: usize) -> (TokKind, usize) {
    let b = s.as_bytes();
    let digits_from = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let first = digits_from(start);
    let mut end = start + first;

    if let Some(date) = read_numeric_date(b, start, first) {
        return date;
    }

    let mut integer: u64 = parse_digits(&b[start..end]);
    let grouped = first <= 3;
    let mut fraction: Option<f64> = None;
    loop {
        let sep = b.get(end).copied();
        let after = end + 1;
        // A space-like separator: plain space, no-break space (2 bytes), narrow no-break space (3 bytes).
        let space_len = match sep {
            Some(b' ') => 1,
            Some(0xC2) if b.get(end + 1) == Some(&0xA0) => 2,
            Some(0xE2) if b.get(end + 1) == Some(&0x80) && b.get(end + 2) == Some(&0xAF) => 3,
            _ => 0,
        };
        if grouped && space_len > 0 && digits_from(end + space_len) == 3 {
            let g = end + space_len;
            let next = b.get(g + 3).copied();
            // "10 000" but not "10 000,5 %"-like runs into a second number, nor "2 1000".
            if !matches!(next, Some(b'0'..=b'9')) {
                integer = integer
                    .saturating_mul(1000)
                    .saturating_add(parse_digits(&b[g..g + 3]));
                end = g + 3;
                continue;
            }
        }
        match sep {
            Some(b'.' | b',') if b.get(after).is_some_and(u8::is_ascii_digit) => {
                let n = digits_from(after);
                if n == 3 && grouped {
                    // "10.000", "1,200": thousands, in every language this tool reads.
                    integer = integer
                        .saturating_mul(1000)
                        .saturating_add(parse_digits(&b[after..after + 3]));
                    end = after + 3;
                    continue;
                }
                let digits = &b[after..after + n];
                let frac = parse_digits(&digits[..n.min(9)]) as f64 / 10f64.powi(n.min(9) as i32);
                fraction = Some(frac);
                end = after + n;
            }
            _ => {}
        }
        break;
    }
    let plain = end == start + first;
    let mut value = integer as f64 + fraction.unwrap_or(0.0);
    // "3k", "2M": a suffix letter that stands alone.
    if let Some(&m) = b.get(end) {
        let factor = match m {
            b'k' | b'K' => 1e3,
            b'm' | b'M' => 1e6,
            _ => 0.0,
        };
        let alone = !b.get(end + 1).is_some_and(|c| c.is_ascii_alphanumeric());
        if factor > 0.0 && alone {
            value *= factor;
            end += 1;
        }
    }
    let plain = plain && end == start + first;
    // Digits glued to letters ("4g", "2nd") end where the letters begin; the letters become a word.
    (
        TokKind::Number {
            value,
            integer: fraction.is_none(),
            plain,
        },
        end,
    )
}

/// `d.m.yyyy`, `d/m`, `yyyy-mm-dd`: dates written in digits.
fn read_numeric_date(b: &[u8], start: usize, first: usize) -> Option<(TokKind, usize)> {
    let run = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let sep = *b.get(start + first)?;
    if !matches!(sep, b'.' | b'/' | b'-') {
        return None;
    }
    let second_at = start + first + 1;
    let second = run(second_at);
    if second == 0 || second > 2 {
        return None;
    }
    let a = parse_digits(&b[start..start + first]);
    let m = parse_digits(&b[second_at..second_at + second]);
    let after_second = second_at + second;
    let third = (b.get(after_second) == Some(&sep))
        .then(|| run(after_second + 1))
        .filter(|&n| n == 2 || n == 4);
    if first == 4 && sep == b'-' {
        let n = third?;
        let d = parse_digits(&b[after_second + 1..after_second + 1 + n]);
        let end = after_second + 1 + n;
        return valid(d, m, Some(a as i32)).map(|k| (k, end));
    }
    if first > 2 {
        return None;
    }
    match third {
        Some(n) => {
            let y = parse_digits(&b[after_second + 1..after_second + 1 + n]) as i32;
            let y = if n == 2 { 2000 + y } else { y };
            valid(a, m, Some(y)).map(|k| (k, after_second + 1 + n))
        }
        // "1/6" is a date; "1.6" and "4-5" are a decimal and a range.
        None if sep == b'/' => valid(a, m, None).map(|k| (k, after_second)),
        None => None,
    }
}

fn valid(day: u64, month: u64, year: Option<i32>) -> Option<TokKind> {
    ((1..=31).contains(&day) && (1..=12).contains(&month)).then_some(TokKind::NumericDate {
        day: day as u8,
        month: month as u8,
        year,
    })
}

fn parse_digits(d: &[u8]) -> u64 {
    d.iter().fold(0u64, |acc, c| {
        acc.saturating_mul(10).saturating_add(u64::from(c - b'0'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(s: &str) -> Vec<f64> {
        Text::new(s)
            .toks
            .iter()
            .filter_map(|t| match t.kind {
                TokKind::Number { value, .. } => Some(value),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn reads_numbers_in_local_formats() {
        assert_eq!(numbers("10 000 følgere"), vec![10_000.0]);
        assert_eq!(
            numbers("10\u{a0}000 och 1\u{202f}000"),
            vec![10_000.0, 1000.0]
        );
        assert_eq!(numbers("10.000 visninger"), vec![10_000.0]);
        assert_eq!(numbers("1,200 downloads"), vec![1200.0]);
        assert_eq!(numbers("10,5 %"), vec![10.5]);
        assert_eq!(numbers("from 0.4% to 0.9%"), vec![0.4, 0.9]);
        assert_eq!(numbers("grow to 3k"), vec![3000.0]);
        assert_eq!(numbers("1.000.000 kr"), vec![1_000_000.0]);
        assert_eq!(numbers("fra 2 til 5 %"), vec![2.0, 5.0]);
    }

    #[test]
    fn reads_dates_written_in_digits() {
        let t = Text::new("innen 30.09.2027 eller 2027-06-01");
        let dates: Vec<_> = t
            .toks
            .iter()
            .filter(|t| matches!(t.kind, TokKind::NumericDate { .. }))
            .collect();
        assert_eq!(dates.len(), 2);
    }

    #[test]
    fn folds_case_and_nordic_letters() {
        let t = Text::new("Følgere Följare ÆØÅ e-boka Instagram-følgere");
        let words: Vec<&str> = (0..t.len()).map(|i| t.word(i)).collect();
        assert_eq!(
            words,
            vec!["folgere", "foljare", "aoa", "eboka", "instagramfolgere"]
        );
    }

    #[test]
    fn spans_point_into_the_original() {
        let s = "Öka räckvidden";
        let t = Text::new(s);
        assert_eq!(&s[t.toks[1].span.start..t.toks[1].span.end], "räckvidden");
    }

    #[test]
    fn the_quick_answers_for_latin1_are_the_library_s() {
        for c in (0..0x3000).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
            if let Some((small, capital)) = latin1_lower(c) {
                assert_eq!(c.to_lowercase().collect::<String>(), small.to_string());
                assert_eq!(capital, c.is_uppercase(), "{c:?}");
            }
        }
    }
}
