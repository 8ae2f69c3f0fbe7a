//! One reading of a goal's text: its language, what each word is, and the metrics it names.

use std::cell::RefCell;

use super::langdetect;
use super::lexicon::{holds, inflects, lang_bit, Lexicon, StemHits, WordInfo};
use super::text::{Buffers, Text, TokKind};
use super::vocab::{c, Classes, NORDIC_DIGRAPHS};
use crate::catalogue::{self, Metric};
use crate::ladder::LadderLevel;
use crate::lang::Lang;

/// Our own output whose object is content: what is posted or sent, not what the audience does.
const PUBLISHING: [&str; 2] = ["posts_published", "newsletters_sent"];
const RESPONSE_TIME: &str = "response_time";
const SATISFACTION: &str = "customer_satisfaction";
const REACH: &str = "reach";

/// What one token is, in the language the goal is read in.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Fact {
    pub classes: Classes,
    pub value: f64,
    pub channel: bool,
    pub people: bool,
    pub event_head: bool,
    pub event_word: bool,
}

/// A metric the text names, as a noun ("followers"), a verb ("sell") or both.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Mention {
    pub first: usize,
    pub last: usize,
    pub noun: Option<u16>,
    pub verb: Option<u16>,
}

impl Mention {
    pub fn noun_metric(&self) -> Option<&'static Metric> {
        self.noun.map(metric)
    }
    pub fn verb_metric(&self) -> Option<&'static Metric> {
        self.verb.map(metric)
    }
    /// The metrics the mention names, as a noun and as a verb.
    pub fn metrics(&self) -> impl Iterator<Item = &'static Metric> {
        [self.noun_metric(), self.verb_metric()]
            .into_iter()
            .flatten()
    }
    /// Phrases ("share of voice") are nouns by construction, never an activity verb.
    pub fn is_phrase(&self) -> bool {
        self.last > self.first
    }
}

pub(crate) fn metric(index: u16) -> &'static Metric {
    &catalogue::metrics()[usize::from(index)]
}

/// What the dictionary knows of one token: as a function word, as a metric word, and the stems
/// heading it.
#[derive(Clone, Copy)]
struct Looked {
    info: Option<&'static WordInfo>,
    metric: Option<&'static WordInfo>,
    stems: StemHits,
}

thread_local! {
    /// [`Reading::new`]'s per-token lookups, reused from goal to goal.
    static LOOKED: RefCell<Vec<Looked>> = const { RefCell::new(Vec::new()) };
    /// The buffers of the last reading dropped, for the next one: five allocations and five frees a
    /// goal were some 2 % of the scorer's time.
    static SPARE: RefCell<Spare> = const { RefCell::new(Spare::EMPTY) };
    /// [`Reading::set_aside_topics`]'s marks, reused from goal to goal: an allocation and a free a goal.
    static TOPICS: RefCell<Vec<bool>> = const { RefCell::new(Vec::new()) };
}

/// A reading's buffers, kept between goals ([`SPARE`]).
struct Spare {
    text: Buffers,
    facts: Vec<Fact>,
    mentions: Vec<Mention>,
    mention_at: Vec<Option<u16>>,
}

impl Spare {
    const EMPTY: Spare = Spare {
        text: Buffers::EMPTY,
        facts: Vec::new(),
        mentions: Vec::new(),
        mention_at: Vec::new(),
    };
}

impl Default for Spare {
    fn default() -> Spare {
        Spare::EMPTY
    }
}

impl Drop for Reading<'_> {
    fn drop(&mut self) {
        let spare = Spare {
            text: self.text.take_buffers(),
            facts: std::mem::take(&mut self.facts),
            mentions: std::mem::take(&mut self.mentions),
            mention_at: std::mem::take(&mut self.mention_at),
        };
        super::spare::give_back(&SPARE, spare);
    }
}

pub(crate) struct Reading<'a> {
    pub text: Text<'a>,
    pub lang: Lang,
    /// The language was given, or the words leave no doubt about it.
    pub lang_clear: bool,
    pub facts: Vec<Fact>,
    pub mentions: Vec<Mention>,
    /// For each token, the mention covering it.
    pub mention_at: Vec<Option<u16>>,
    /// Every class some word of the text has: rules whose words are absent are skipped cheaply.
    pub present: Classes,
    /// For each token, whether it stands inside quotation marks (a name: its numbers count nothing).
    pub quoted: Vec<bool>,
}

impl<'a> Reading<'a> {
    pub fn new(original: &'a str, lang: Option<Lang>) -> Reading<'a> {
        let lex = Lexicon::get();
        let spare = super::spare::take(&SPARE);
        let text = Text::in_buffers(original, spare.text);
        let n = text.len();
        // What the dictionary says of each token, in a buffer kept between goals: three vectors a
        // goal were three allocations and three frees.
        let mut looked = LOOKED.with(|cell| std::mem::take(&mut *cell.borrow_mut()));
        looked.clear();
        looked.reserve(n);
        let mut scores = [0f32; 4];
        for i in 0..n {
            let is_word = text.toks[i].kind == TokKind::Word;
            let word = text.word(i);
            let (info, metric_info) = if is_word {
                lex.word_and_metric(text.lower(i), word)
            } else if matches!(text.toks[i].kind, TokKind::Punct(_)) {
                (lex.word(text.lower(i)), None)
            } else {
                (None, None)
            };
            if let Some(m) = metric_info {
                langdetect::vote_word(&mut scores, m);
            }
            // Function words are never metric stems; skipping them saves most of the trie walks.
            let function_word = info.is_some_and(|w| w.langs() != 0);
            let mut hits = if is_word && word.len() >= 3 && !function_word {
                lex.stems(word)
            } else {
                StemHits::default()
            };
            // "foelgere", "koeber", "paa": the Nordic letters written as two on a keyboard without
            // them. A word unknown as written is read again as the letters they stand for.
            let unknown = info.is_none() && metric_info.is_none() && hits.is_empty();
            let (info, metric_info) = if unknown && is_word && has_digraph(word) {
                let letters = nordic_letters(text.lower(i));
                let folded = super::text::fold(&letters);
                let again = lex.word_and_metric(&letters, &folded);
                if again.0.is_none_or(|w| w.langs() == 0) {
                    hits = lex.stems(&folded);
                }
                if let Some(m) = again.1 {
                    langdetect::vote_word(&mut scores, m);
                }
                again
            } else {
                (info, metric_info)
            };
            // "fb-følgere", "DM-förfrågningar": a modifier too short to trust when glued on is plain
            // to see before a hyphen, so the part after it is read on its own.
            if is_word && hits.metric.iter().all(Option::is_none) {
                if let Some((head, tail)) = text.hyphenated(i).and_then(|raw| raw.rsplit_once('-'))
                {
                    let tail = super::text::fold(tail);
                    // "CTR-en", "ROAS-en", "NPS-et": a short word known whole, with a Nordic ending
                    // after a hyphen, is that word.
                    let ending = (1..=3).contains(&tail.len())
                        && tail.chars().all(|ch| ch.is_ascii_lowercase());
                    if let Some(exact) = ending
                        .then(|| lex.metric_word(&super::text::fold(head)))
                        .flatten()
                    {
                        for &(m, langs) in &exact.nouns {
                            hits.put(m, langs);
                        }
                    }
                    // ("on-call firefighters", "in-store sales": a preposition before the hyphen
                    // makes the whole a modifier, not the word after it.)
                    let prep_head = lex.word(&super::text::fold(head)).is_some_and(|w| {
                        [Lang::En, Lang::Nb, Lang::Sv, Lang::Da]
                            .iter()
                            .any(|&l| w.classes(l) & c::ON_SITE != 0)
                    });
                    if tail.len() >= 4 && !prep_head {
                        let tail_hits = lex.stems(&tail);
                        if tail_hits.metric.iter().any(Option::is_some) {
                            hits.metric = tail_hits.metric;
                            hits.langs |= tail_hits.langs;
                        } else if let Some((m, langs)) = lex
                            .fuzzy(&tail)
                            .filter(|_| lex.is_channel(&super::text::fold(head), false))
                        {
                            // "YouTube-abonenter": a typo after a channel and a hyphen.
                            hits.put(m, langs);
                        } else if let Some(exact) = lex.metric_word(&tail) {
                            // "pinterest-saves": a word known only whole is whole after a hyphen.
                            // (Results only: "Instagram-stories" stays where the stories are.)
                            let results = exact
                                .nouns
                                .iter()
                                .filter(|(m, _)| !metric(*m).is_activity());
                            for &(m, langs) in results {
                                hits.put(m, langs);
                            }
                        }
                    }
                }
            }
            if let Some(info) = info {
                langdetect::vote_word(&mut scores, info);
            }
            langdetect::vote(&mut scores, hits.langs, 0.5);
            looked.push(Looked {
                info,
                metric: metric_info,
                stems: hits,
            });
        }
        let given = lang.is_some();
        let lang = lang.unwrap_or_else(|| {
            langdetect::vote_letters(&mut scores, original);
            langdetect::decide(&scores)
        });
        let lang_clear = given || langdetect::is_clear(&scores);

        // "2k mentions on x": a lone small letter after "on" is the platform too.
        let after_on = |i: usize, word: &str| {
            i > 0
                && word.len() == 1
                && looked[i - 1]
                    .info
                    .is_some_and(|w| w.classes(lang) & c::ON_SITE != 0)
        };
        let mut facts = spare.facts;
        facts.clear();
        // (Each token's word and dictionary entry taken once: each look at them checked its bounds.)
        facts.extend(
            text.toks
                .iter()
                .zip(looked.iter())
                .enumerate()
                .map(|(i, (tok, look))| {
                    let is_word = tok.kind == TokKind::Word;
                    let word = text.word(i);
                    let hyphenated = text.hyphenated(i);
                    Fact {
                        classes: hyphenated.map_or(0, |raw| hyphen_head_classes(lex, raw, lang))
                            | look.info.map_or_else(
                                || {
                                    // "i uppföljningsenkäten", "fullbetalande": a compound takes its head's
                                    // class.
                                    let long_word = is_word && word.len() >= 9;
                                    if long_word {
                                        lex.compound_classes(word)
                                    } else {
                                        0
                                    }
                                },
                                |w| w.classes(lang),
                            ),
                        value: look.info.map_or(0.0, |w| w.value),
                        channel: is_word
                            && (lex.is_channel(word, tok.single_capital || after_on(i, word))
                        || hyphenated.is_some_and(|raw| lex.is_alias_compound(raw))
                        // A misspelt newsletter ("nyhetbrev") is known as one and is still a channel.
                        || (look.info.is_none_or(|w| w.classes(lang) & !c::NEWSLETTER == 0)
                            && look.metric.is_none()
                            && look.stems.langs == 0
                            && !look.stems.people
                            && lex.is_channel_typo(word))),
                        people: look.stems.people,
                        event_head: look.stems.event_head,
                        event_word: look.stems.event_word,
                    }
                }),
        );
        acronyms_are_no_units(&text, &mut facts);
        // "600 new newsleter subscribers", "abonnenter på nyhetbrevet": a misspelt newsletter is one.
        for (k, f) in facts.iter_mut().enumerate() {
            let newsletter = |name: &str| {
                lex.word(name)
                    .is_some_and(|w| w.classes(lang) & c::NEWSLETTER != 0)
            };
            if f.channel
                && f.classes & c::NEWSLETTER == 0
                && lex
                    .channel_typo(text.word(k))
                    // ("nyhetsbrevsprenumerater" names the newsletter whole: a compound, read as one.)
                    .is_some_and(|name| {
                        let word = text.word(k);
                        newsletter(name) && !(word.starts_with(name) && word.len() > name.len() + 1)
                    })
            {
                f.classes |= c::NEWSLETTER;
            }
        }
        let present = facts
            .iter()
            .fold(0, |all: Classes, f: &Fact| all | f.classes);
        let (mut mentions, mut mention_at) = (spare.mentions, spare.mention_at);
        // (At most one mention a token: reserved once rather than grown.)
        mentions.clear();
        mentions.reserve(n);
        mention_at.clear();
        mention_at.resize(n, None);
        let mut reading = Reading {
            text,
            lang,
            lang_clear,
            facts,
            mentions,
            mention_at,
            present,
            quoted: Vec::new(),
        };
        reading.find_mentions(lex, &looked);
        LOOKED.with(|cell| *cell.borrow_mut() = looked);
        reading.set_aside_quoted();
        reading.set_aside_name_label();
        reading.mark_app_channels();
        reading
    }

    /// "bookinger i appen", "orders through our app", "via den nye klubbappen": the app where people
    /// act is a channel; "downloads of the app" names what is downloaded.
    fn mark_app_channels(&mut self) {
        let lex = Lexicon::get();
        // ("bib-appen": the word after a hyphen heads it.)
        let app_after_hyphen = |i: usize| {
            self.text
                .hyphenated(i)
                .and_then(|raw| raw.rsplit_once('-'))
                .and_then(|(_, tail)| lex.word(&tail.to_lowercase()))
                .is_some_and(|w| w.classes(self.lang) & c::APP != 0)
        };
        for i in 1..self.text.len() {
            if !self.has(i, c::APP) && !app_after_hyphen(i) {
                continue;
            }
            let place = (i.saturating_sub(3)..i)
                .rev()
                .find(|&p| self.has(p, c::PLACE_PREP));
            let between_plain = place.is_some_and(|p| {
                (p + 1..i).all(|k| {
                    self.text.toks[k].kind == TokKind::Word
                        && self.mention(k).is_none()
                        && !self.has(k, c::PREP)
                })
            });
            if between_plain {
                self.facts[i].channel = true;
            }
        }
    }

    /// Forgets what the words of a label opening the text are: a name of two to five capitalised
    /// words before a colon ("Kestrel Car Hire: push the CTR …", a hire firm, not hires), the
    /// capitalised words of a longer label, and words read only as verbs before a colon or a dash.
    fn set_aside_name_label(&mut self) {
        // "vet: 120 bokade hälsokontroller": one word before a colon names who, even where it
        // could be read as a verb ("vet", knows); a metric noun there ("Leads: 40") still counts.
        // ("inkwell books - 3 tiktoks a week": so do a few words before a dash.)
        let label_end = (1..self.text.len().min(4)).find(|&k| {
            self.text.is_punct(k, ':') || self.text.is_punct(k, '-') || self.text.is_punct(k, '–')
        });
        // (A label counts nothing: "Ansætte 15 social- og …" is no label.)
        let verb_only_label = label_end.filter(|&end| {
            (end == 1 || !self.text.is_punct(end, ':'))
                && (0..end).all(|k| self.text.number(k).is_none())
        });
        for k in 0..verb_only_label.unwrap_or(0) {
            let verb_only = self.mention_at[k]
                .map(|i| &self.mentions[usize::from(i)])
                .is_some_and(|m| m.noun.is_none());
            if verb_only {
                self.mention_at[k] = None;
            }
        }
        // "Visit Skarvøy vil nå …", "visit skarvoy: 1 tiktok om dagen": a tourist board opening the
        // text by its name, not visits.
        let board_name = self.text.len() > 2
            && self.has(0, c::NAME_OPENER)
            && self.text.toks[1].kind == TokKind::Word
            && self.text.number(1).is_none()
            && ((capitalised(&self.text, 0) && capitalised(&self.text, 1))
                || self.text.is_punct(2, ':')
                || self.text.is_punct(2, '-')
                || self.text.is_punct(2, '–'));
        if board_name {
            self.mention_at[0] = None;
            self.mention_at[1] = None;
        }
        // "Inkwell Books wants 90 families to sign up …": a capitalised word after a capitalised one and
        // before the goal's modal ends a name, even where it could be read as a verb ("books").
        for k in 1..self.text.len().saturating_sub(1).min(6) {
            let verb_only = self.mention_at[k]
                .map(|i| &self.mentions[usize::from(i)])
                .is_some_and(|m| m.noun.is_none());
            if verb_only
                && capitalised(&self.text, k - 1)
                && capitalised(&self.text, k)
                && self.has(k + 1, c::MODAL)
            {
                self.mention_at[k] = None;
            }
        }
        // "Nordmark Trafik vil have 1 mio. visninger …": capitalised words from the start up to the
        // goal's modal are a name, nouns too, unless the first is a platform ("Facebook Leads skal …").
        if let Some(modal) = (2..self.text.len().min(6)).find(|&k| self.has(k, c::MODAL)) {
            if (0..modal).all(|k| capitalised(&self.text, k) && !self.facts[k].channel) {
                // ("Open Door Recovery wants …": the first word too, where it is only a verb.)
                let first_verb_only = self.mention_at[0]
                    .map(|i| &self.mentions[usize::from(i)])
                    .is_some_and(|m| m.noun.is_none());
                let from = usize::from(!first_verb_only);
                for slot in &mut self.mention_at[from..modal] {
                    *slot = None;
                }
                for f in &mut self.facts[..modal] {
                    f.classes &= !c::NUMBER_WORD;
                }
                self.forget_opening(modal);
            }
        }
        // ("open door recovery: no message waits …", "pixel den - answer …": the words of a label
        // before a colon or a dash open nothing either.)
        let colon = (1..self.text.len().min(6)).find(|&k| self.text.is_punct(k, ':'));
        if let Some(end) = label_end.or(colon) {
            self.forget_opening(end);
        }
        let Some(colon) = colon else {
            return;
        };
        // "nordmark trafik: 80 % tilfredse …", "norrmarkstrafiken: 2.5k nya …": where the words after
        // the colon name a result of their own, the label names who, not what ("Leads: 40" keeps).
        // (Only a number right after the colon counting a result: "Impressions på Pinterest: minst
        // 150 000 per månad" names its result in the label.)
        let n = self.text.len();
        let number_after = (colon + 1..n.min(colon + 4)).find(|&k| self.text.number(k).is_some());
        let result_after = number_after.is_some_and(|at| {
            (at + 1..n.min(at + 6))
                .take_while(|&k| !self.has(k, c::PREP))
                .any(|k| {
                    self.mention(k)
                        .is_some_and(|m| m.metrics().any(|x| x.level > LadderLevel::Activity))
                })
        });
        // ("Hearth & Harbour Cottages:": signs between the words of a name.)
        let named = colon >= 2
            && capitalised(&self.text, 0)
            && (0..colon).all(|k| {
                capitalised(&self.text, k) || matches!(self.text.toks[k].kind, TokKind::Punct(_))
            });
        if named {
            // ("Three Bridges Half: 400 volunteers", "Two Vans: 60 moves": a number word in a name
            // counts nothing.)
            for f in &mut self.facts[..colon] {
                f.classes &= !c::NUMBER_WORD;
            }
        }
        if result_after || named {
            for slot in &mut self.mention_at[..colon] {
                *slot = None;
            }
            self.forget_opening(colon);
        } else if colon >= 2 && capitalised(&self.text, 0) {
            // "Hospice Hearts charity shop: …": a capitalised word after the first is part of the
            // name the label gives.
            for k in 1..colon {
                if capitalised(&self.text, k) {
                    self.mention_at[k] = None;
                }
            }
        }
    }

    /// "Open Pages: 50 % more views …": the words of a name set aside open nothing.
    fn forget_opening(&mut self, end: usize) {
        for f in &mut self.facts[..end] {
            f.classes &= !c::OPEN;
        }
        self.present = self.facts.iter().fold(0, |all, f| all | f.classes);
    }

    /// Forgets what the words inside quotation marks are ("klikk på «Kjøp billett»", "our 'fix a
    /// puncture in 3 minutes' Short"): a name, not the goal's result. An answer quoted from a survey
    /// ("svarar ”mycket nöjd”") is still how satisfied people are.
    fn set_aside_quoted(&mut self) {
        let quoted = self.text.quoted();
        if !quoted.contains(&true) {
            return;
        }
        for (k, _) in quoted.iter().enumerate().filter(|(_, q)| **q) {
            self.facts[k].classes &= c::SATISFIED;
            let satisfied = self.mention_at[k]
                .map(|i| &self.mentions[usize::from(i)])
                .is_some_and(|m| m.metrics().any(|x| x.id == SATISFACTION));
            if !satisfied {
                self.mention_at[k] = None;
            }
        }
        self.present = self.facts.iter().fold(0, |all, f| all | f.classes);
        self.quoted = quoted;
    }

    /// Whether token `k` names something watched: a video or a channel ("slutet på yt", "the end of
    /// the video" is no date).
    pub fn is_watched(&self, k: usize) -> bool {
        self.has(k, c::VIDEO) || self.facts.get(k).is_some_and(|f| f.channel)
    }

    /// Whether any word of the text has `class`.
    pub fn anywhere(&self, class: Classes) -> bool {
        self.present & class != 0
    }

    pub fn has(&self, i: usize, class: Classes) -> bool {
        self.facts.get(i).is_some_and(|f| f.classes & class != 0)
    }

    pub fn mention(&self, i: usize) -> Option<&Mention> {
        self.mention_at
            .get(i)
            .copied()
            .flatten()
            .map(|m| &self.mentions[usize::from(m)])
    }

    fn find_mentions(&mut self, lex: &Lexicon, looked: &[Looked]) {
        let bit = lang_bit(self.lang);
        let n = self.text.len();
        let mut i = 0;
        while i < n {
            if self.text.toks[i].kind != TokKind::Word {
                i += 1;
                continue;
            }
            if let Some(len) = looked[i]
                .metric
                .and_then(|info| self.phrase_at(lex, info, i))
            {
                self.push(i, i + len.1 - 1, Some(len.0), None);
                i += len.1;
                continue;
            }
            // "the share of parents who know us": a proportion, not shares of a post (those are
            // counted: "500 shares of the video").
            // (Singular: "shares of our reels" are shares.)
            let proportion = self.has(i, c::SHARE)
                && !self.text.word(i).ends_with('s')
                && self.has(i + 1, c::OF)
                && i.checked_sub(1).is_none_or(|b| {
                    self.text.number(b).is_none() && !self.has(b, c::NUMBER_WORD | c::MORE)
                });
            if proportion {
                i += 1;
                continue;
            }
            // "we'd like to", "would like": a wish, not likes.
            let wish = self.has(i, c::WISH) && i > 0 && self.has(i - 1, c::WISHER);
            if wish {
                i += 1;
                continue;
            }
            let info = looked[i].metric;
            let stems = &looked[i].stems;
            let known_word = info.is_some() || self.facts[i].classes != 0;
            let exact = info.and_then(|w| pick(&w.nouns, bit));
            // A verb in one language can be a loanword noun in another ("reach" in Swedish text):
            // its stems were skipped before the language was known.
            let loanword = || {
                let word = self.text.word(i);
                (info.is_some_and(|w| {
                    w.classes(self.lang) & c::VOTES == 0
                        && !w.verbs.iter().chain(&w.nouns).any(|(_, l)| l & bit != 0)
                }) && stems.langs == 0
                    && word.len() >= 3)
                    .then(|| lex.stems(word).metric_for(self.lang))
                    .flatten()
            };
            let noun = exact
                .or_else(|| stems.metric_for(self.lang))
                .or_else(loanword)
                .or_else(|| {
                    (!known_word && stems.langs == 0)
                        .then(|| {
                            lex.fuzzy(self.text.word(i))
                                .filter(|(_, langs)| langs & bit != 0)
                                .map(|(m, _)| m)
                        })
                        .flatten()
                });
            // "the campsite's booking page", "order link": the result names the place.
            // ("får frågan": a survey's question is no enquiry; "unprompted" stays awareness.)
            let noun = noun.filter(|&m| {
                let survey_word = self.has(i, c::SURVEY)
                    && metric(m).level != crate::ladder::LadderLevel::Attention;
                !self.has(i + 1, c::WEB_PLACE) && !survey_word
            });
            let verb = info
                .and_then(|w| {
                    w.verbs
                        .iter()
                        .find(|(_, langs)| langs & bit != 0)
                        .map(|(m, _)| *m)
                })
                .filter(|_| self.verb_reads_as_verb(i))
                // ("our pay survey", "the bus pay dispute": a noun after it makes the word a noun.)
                .filter(|_| !self.has(i + 1, c::NOUN_AFTER))
                // ("budskapserinran … når 40 %": a result that reaches a value is no reach.)
                .or_else(|| {
                    // ("kännedomen om den nya elbilshallen i Västerås når 45 %": a few words more.)
                    let result_before = || {
                        (i.saturating_sub(9)..i).any(|k| {
                            self.mention(k)
                                .and_then(|m| m.noun_metric())
                                .is_some_and(|m| !m.is_activity())
                        })
                    };
                    (self.has(i, c::REACHES) && !result_before())
                        .then(reach_index)
                        .flatten()
                });
            if noun.is_some() || verb.is_some() {
                self.push(i, i, noun, verb);
            }
            i += 1;
        }
    }

    /// "nå" is the verb "reach" only where a verb can stand; elsewhere it means "now".
    fn verb_reads_as_verb(&self, i: usize) -> bool {
        if !self.has(i, c::NOW_OR_REACH) {
            return true;
        }
        let before = i.checked_sub(1);
        let after = i + 1;
        // "(nå 4,2)": after an opening bracket, "nå" is "now" before a baseline.
        if before.is_some_and(|b| self.text.is_punct(b, '(')) {
            return false;
        }
        before.is_none_or(|b| {
            self.has(b, c::PARTICLE | c::MODAL | c::CAUSATIVE)
                || matches!(self.text.toks[b].kind, TokKind::Punct(_))
        }) || self.text.number(after).is_some()
            || self.has(after, c::MORE | c::NUMBER_WORD)
            || self.has(after, c::OUT)
    }

    /// The longest catalogue phrase starting at `i`: (metric, length in tokens).
    fn phrase_at(&self, lex: &Lexicon, info: &WordInfo, i: usize) -> Option<(u16, usize)> {
        let bit = lang_bit(self.lang);
        let mut best: Option<(u16, usize, bool)> = None;
        for &p in &info.phrases {
            let phrase = &lex.phrases[usize::from(p)];
            let len = phrase.words.len();
            let matches = phrase.words.iter().enumerate().all(|(k, w)| {
                let tok = self.text.word(i + k);
                if k + 1 == len {
                    // "ad recall-lyft", "brand lift-studie": a Nordic compound on a loan phrase.
                    inflects(tok, w)
                        || (len > 1
                            && self
                                .text
                                .raw(i + k)
                                .split_once('-')
                                .is_some_and(|(head, _)| super::text::fold(head) == **w))
                } else {
                    tok == &**w
                }
            });
            if !matches {
                continue;
            }
            let in_lang = phrase.langs & bit != 0;
            let better = best.is_none_or(|(_, l, lang_ok)| (in_lang, len) > (lang_ok, l));
            if better {
                best = Some((phrase.metric, len, in_lang));
            }
        }
        best.map(|(m, l, _)| (m, l))
    }

    /// Forgets a metric that names the topic of our content: "post about the pay campaign", "a
    /// YouTube series on buying your first flat", "innlegg om salg av hytter".
    pub fn set_aside_topics(&mut self) {
        let content = |r: &Self, k: usize| {
            r.has(k, c::VIDEO | c::NEWSLETTER)
                || r.mention(k)
                    .is_some_and(|m| m.metrics().any(|x| x.is_activity()))
        };
        let mut topics = super::spare::take(&TOPICS);
        topics.clear();
        topics.resize(self.mentions.len(), false);
        for (index, m) in self.mentions.iter().enumerate() {
            let mut j = m.first;
            // At most three such words: a longer run is no article before a noun (and the walk stays
            // linear in the text).
            while j > 0
                && m.first - j < 3
                && self.has(j - 1, c::ARTICLE | c::FILLER)
                && !self.has(j - 1, c::TOPIC)
            {
                j -= 1;
            }
            let Some(t) = j.checked_sub(1) else { continue };
            if self.has(t, c::TOPIC) && t >= 1 && content(self, t - 1) {
                topics[index] = true;
            }
            // "poste kundernes nye frisurer": what we post is our content, whoever is in it.
            let posted = !self.has(t, c::SHARE)
                && self.mention(t).is_some_and(|v| {
                    // ("post reach" is a compound noun in English; the Nordic verb is its own word.)
                    (v.noun.is_none() || self.lang != Lang::En)
                        && v.verb_metric().is_some_and(|x| PUBLISHING.contains(&x.id))
                });
            let result = m.noun_metric().is_some_and(|x| !x.is_activity()) && m.verb.is_none();
            // "få flere til å skrive anmeldelser": after "get people to", the verb is theirs.
            let caused = (t.saturating_sub(6)..t).any(|k| self.has(k, c::CAUSATIVE));
            // "flere pasienter sender spørsmål": with people just before it, the verb is theirs too.
            let theirs = t >= 1 && self.facts[t - 1].people;
            if posted && result && !caused && !theirs {
                topics[index] = true;
            }
            // "Två nyhetsbrev i månaden till våra givare": people our output goes to are its
            // recipients, not a result (unless counted: "to 2,000 subscribers").
            let recipients = self.facts.get(m.first).is_some_and(|f| f.people)
                && self.has(t, c::TO)
                && (t + 1..m.first).all(|k| self.text.number(k).is_none());
            if recipients {
                topics[index] = true;
            }
            // "svarar att de känner till …", "svarer 'tilfreds' i spørgeskemaet": people answering a
            // survey report a result; the answer is theirs, not a reply of ours.
            let answer = m
                .noun_metric()
                .or(m.verb_metric())
                .is_some_and(|x| x.id == RESPONSE_TIME);
            if answer && (self.has(m.last + 1, c::THAT) || self.anywhere(c::SURVEY)) {
                topics[index] = true;
            }
        }
        // "inlägg om katterna som söker nytt hem": a clause about the topic of our content is the
        // topic's too. Each topic word looks at most six tokens on, so this stays linear.
        for k in 1..self.text.len() {
            // ("innleggene våre om …": our content, then a word such as "our".)
            let after_content = content(self, k - 1)
                || (k >= 2 && self.has(k - 1, c::ARTICLE | c::FILLER) && content(self, k - 2));
            if !(self.has(k, c::TOPIC) && after_content) {
                continue;
            }
            let end = (k + 7).min(self.text.len());
            let Some(rel) = (k + 1..end).find(|&j| self.has(j, c::RELATIVE)) else {
                continue;
            };
            let plain = (k + 1..rel).all(|j| self.mention(j).is_none());
            if let Some(index) = (rel + 1..(rel + 3).min(self.text.len()))
                .filter(|_| plain)
                .find_map(|j| self.mention_at[j])
            {
                if let Some(slot) = topics.get_mut(usize::from(index)) {
                    *slot = true;
                }
            }
        }
        for slot in self.mention_at.iter_mut() {
            if slot.is_some_and(|i| topics.get(usize::from(i)).copied().unwrap_or(false)) {
                *slot = None;
            }
        }
        super::spare::give_back(&TOPICS, topics);
    }

    /// Forgets what a rate named first is made of: "engagement rate på LinkedIn, räknat som
    /// reaktioner … delat med visningar, ska öka": the parts are no result of their own. The
    /// definition runs to the modal or a closing bracket, else to the next comma.
    pub fn set_aside_definitions(&mut self) {
        if !self.anywhere(c::DEFINED_AS) {
            return;
        }
        let n = self.text.len();
        let Some(start) = (1..n).find(|&k| self.has(k, c::DEFINED_AS)) else {
            return;
        };
        let named_before = (0..start).any(|k| self.mention(k).is_some());
        if !named_before {
            return;
        }
        // (A list of parts has commas of its own: the modal or a bracket ends it first.)
        let end = (start + 1..n)
            .find(|&k| self.text.is_punct(k, ')') || self.has(k, c::MODAL))
            .or_else(|| (start + 1..n).find(|&k| self.text.is_punct(k, ',')))
            .unwrap_or(n);
        for slot in &mut self.mention_at[start + 1..end] {
            *slot = None;
        }
    }

    /// Forgets the metrics named inside a time phrase: in "before applications open" the applications
    /// name a moment, not what the goal counts. `in_time[i]` is whether token `i` is part of one.
    pub fn set_aside_mentions_in(&mut self, in_time: &[bool]) {
        let timed = |k: usize| in_time.get(k).copied().unwrap_or(false);
        for slot in self.mention_at.iter_mut() {
            if let Some(index) = *slot {
                let m = &self.mentions[usize::from(index)];
                if (m.first..=m.last).all(timed) {
                    *slot = None;
                }
            }
        }
    }

    fn push(&mut self, first: usize, last: usize, noun: Option<u16>, verb: Option<u16>) {
        let index = self.mentions.len() as u16;
        self.mentions.push(Mention {
            first,
            last,
            noun,
            verb,
        });
        for slot in &mut self.mention_at[first..=last] {
            *slot = Some(index);
        }
    }
}

/// The first entry valid in the language, else any.
fn pick(entries: &[(u16, u8)], bit: u8) -> Option<u16> {
    entries
        .iter()
        .find(|(_, langs)| langs & bit != 0)
        .or_else(|| entries.first())
        .map(|(m, _)| *m)
}

/// A word that opens with a capital letter ("Nordmark", "Open").
fn capitalised(text: &Text, k: usize) -> bool {
    text.toks[k].kind == TokKind::Word && text.raw(k).chars().next().is_some_and(char::is_uppercase)
}

/// "350 HR managers": a short word in capitals among lower-case ones is an acronym, not a unit of time
/// ("hr" hours, "min", "sek"); a text typed all in capitals keeps its units.
fn acronyms_are_no_units(text: &Text, facts: &mut [Fact]) {
    // (Most goals have no unit at all: then there is nothing to set aside, and no word to look at.)
    if facts.iter().all(|f| f.classes & c::UNIT_SHORT == 0) {
        return;
    }
    let letters = |k: usize| text.raw(k).chars().filter(|ch| ch.is_alphabetic());
    let shouted = |k: usize| letters(k).count() >= 2 && letters(k).all(char::is_uppercase);
    let words = (0..text.len()).filter(|&k| text.toks[k].kind == TokKind::Word);
    if words.clone().all(shouted) {
        return;
    }
    for k in words {
        if facts[k].classes & c::UNIT_SHORT != 0 && shouted(k) {
            facts[k].classes &= !c::UNIT_SHORT;
        }
    }
}

/// "tripadvisor-omtaler", "trustpilot-snittet": a word joined to a site of reviews by a hyphen is
/// about that site.
fn hyphen_head_classes(lex: &Lexicon, raw: &str, lang: Lang) -> Classes {
    let first = raw
        .split_once('-')
        .and_then(|(head, _)| lex.word(&head.to_lowercase()))
        .map_or(0, |w| {
            w.classes(lang) & (c::REVIEW_SITE | c::VIDEO | c::NEWSLETTER)
        });
    // ("abonnenter på WhatsApp-lista": the last part says it is a list we send to.)
    let last = raw
        .rsplit_once('-')
        .and_then(|(_, tail)| lex.word(&tail.to_lowercase()))
        .map_or(0, |w| w.classes(lang) & c::SEND_LIST);
    first | last
}

/// Whether a folded word holds one of the two-letter spellings of a Nordic letter.
fn has_digraph(word: &str) -> bool {
    // (Scanned by hand: a library search set up for each of them, for every word the dictionary
    // does not know, cost more than the scans.)
    NORDIC_DIGRAPHS.iter().any(|(two, _)| holds(word, two))
}

/// "foelgere" → "følgere", "paa" → "på".
fn nordic_letters(lower: &str) -> String {
    // (A word holds one of the spellings, seldom more: a library search set up for each of them, and a
    // copy of the word made by each, cost more than looking first.)
    NORDIC_DIGRAPHS
        .iter()
        .fold(lower.to_string(), |word, (two, one)| {
            if holds(&word, two) {
                word.replace(two, one)
            } else {
                word
            }
        })
}

/// The catalogue index of reach, for the Swedish verb read by its spelling ([`c::REACHES`]).
fn reach_index() -> Option<u16> {
    catalogue::metrics()
        .iter()
        .position(|m| m.id == REACH)
        .and_then(|i| u16::try_from(i).ok())
}
