//! The scorer's dictionary, built once from the vocabulary and the catalogue.
//!
//! Metric stems sit in a trie of reversed words, so one walk from a word's end finds the stem that
//! heads a compound ("Instagram-følgere", "videovisninger") without trying every split.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use super::text::fold;
use super::vocab::{Classes, DA, EN, NB, ROWS, SV};
use crate::catalogue::{self, Words};
use crate::lang::Lang;

/// No metric word, compound or not, is longer; a longer "word" is not looked up.
const MAX_WORD_BYTES: usize = 64;

/// Endings a stem may take: plural, definite and genitive forms in the four languages.
const SUFFIXES: &[&str] = &[
    "", "s", "e", "r", "n", "t", "a", "er", "en", "et", "ar", "or", "na", "ne", "es", "ns", "ts",
    "rs", "te", "ene", "ets", "ens", "ers", "ere", "ern", "erne", "arna", "erna", "orna", "enes",
    "ernes", "arnas",
];
// One bit per ending in `Lexicon::suffixes_by_last`.
const _: () = assert!(SUFFIXES.len() <= 32);

pub(crate) fn lang_bit(lang: Lang) -> u8 {
    match lang {
        Lang::En => EN,
        Lang::Nb => NB,
        Lang::Sv => SV,
        Lang::Da => DA,
    }
}

fn lang_index(lang: Lang) -> usize {
    match lang {
        Lang::En => 0,
        Lang::Nb => 1,
        Lang::Sv => 2,
        Lang::Da => 3,
    }
}

/// FxHash: the words are short and trusted (they come from our own tables), so a fast hash is safe.
#[derive(Default)]
pub(crate) struct FxHasher(u64);

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        // Eight bytes a step: a word was hashed a byte at a time, for each of its two lookups.
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // (Shifted in by hand: a copy of a length not known ahead is a library call.)
            let word = rest
                .iter()
                .rev()
                .fold(rest.len() as u64, |acc, &b| acc << 8 | u64::from(b));
            self.add(word);
        }
    }
    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type FxMap<V> = HashMap<Box<str>, V, BuildHasherDefault<FxHasher>>;

/// What the dictionary knows of one exact word.
#[derive(Debug, Default)]
pub(crate) struct WordInfo {
    /// Classes per language, indexed like [`Lang::ALL`].
    pub classes: [Classes; 4],
    pub value: f64,
    /// Metrics this form names as a verb, with the languages it does so in.
    pub verbs: Vec<(u16, u8)>,
    /// Metrics this form names as an exact noun (`=nps` in the catalogue).
    pub nouns: Vec<(u16, u8)>,
    /// Phrases that start with this word.
    pub phrases: Vec<u16>,
    /// The languages the word votes for, set once the dictionary is built ([`WordInfo::langs`]).
    votes: u8,
}

impl WordInfo {
    /// Gives the word `classes` in each of `langs`.
    fn add_classes(&mut self, langs: u8, classes: Classes) {
        for (i, bit) in [EN, NB, SV, DA].into_iter().enumerate() {
            if langs & bit != 0 {
                self.classes[i] |= classes;
            }
        }
    }

    pub fn classes(&self, lang: Lang) -> Classes {
        self.classes[lang_index(lang)]
    }
    /// The languages the word belongs to: for language detection and to tell function words.
    pub fn langs(&self) -> u8 {
        self.votes
    }

    /// [`WordInfo::langs`] from the classes and metrics; every word of a goal asks, so it is kept.
    fn count_votes(&self) -> u8 {
        let mut bits = 0;
        for (i, c) in self.classes.iter().enumerate() {
            if *c & super::vocab::c::VOTES != 0 {
                bits |= 1 << i;
            }
        }
        for &(_, m) in self.verbs.iter().chain(&self.nouns) {
            bits |= m;
        }
        bits
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Target {
    Metric(u16),
    /// A group of people: "students", "småbarnsforeldre".
    People,
    /// The head of an event compound: "höstterminen", "festivalugen", "seriestart".
    EventHead,
    /// A word that ends in a metric's stem but names something else ("avdelning" is no "delning").
    NotMetric,
}

#[derive(Debug, Clone, Copy)]
struct Hit {
    target: Target,
    langs: u8,
}

#[derive(Debug, Default)]
struct Node {
    children: Vec<(u8, u32)>,
    hits: Vec<Hit>,
}

#[derive(Debug)]
pub(crate) struct Phrase {
    /// Folded words; the last may carry an inflection.
    pub words: Vec<Box<str>>,
    pub metric: u16,
    pub langs: u8,
}

/// One stem found heading a word.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct StemHits {
    /// The longest metric stem per language, indexed like [`Lang::ALL`].
    pub metric: [Option<u16>; 4],
    pub people: bool,
    pub event_head: bool,
    /// The word is an event word on its own: "season", "premieren".
    pub event_word: bool,
    /// Languages any hit belongs to, for language detection.
    pub langs: u8,
}

impl StemHits {
    /// Nothing found: no stem of any kind in the word.
    pub fn is_empty(&self) -> bool {
        self.langs == 0
            && !self.people
            && !self.event_head
            && !self.event_word
            && self.metric.iter().all(Option::is_none)
    }

    /// Names `metric` in each of `langs`.
    pub fn put(&mut self, metric: u16, langs: u8) {
        for (slot, bit) in self.metric.iter_mut().zip([EN, NB, SV, DA]) {
            if langs & bit != 0 {
                *slot = Some(metric);
            }
        }
    }

    pub fn metric_for(&self, lang: Lang) -> Option<u16> {
        self.metric[lang_index(lang)].or_else(|| self.metric.iter().flatten().copied().next())
    }
}

pub(crate) struct Lexicon {
    /// Function words, keyed by their lower-case spelling: folding would merge "før" and "for".
    words: FxMap<WordInfo>,
    /// Metric verbs, exact nouns and phrase starts, keyed by the folded form.
    metric_words: FxMap<WordInfo>,
    /// Both tables above in one once built, keyed by spelling: a word whose lower-case and folded
    /// spellings are equal (most are plain ASCII) is found in both with one lookup, not two.
    spelled: FxMap<[Option<WordInfo>; 2]>,
    nodes: Vec<Node>,
    pub phrases: Vec<Phrase>,
    /// Stems and their one-letter deletions, for typos.
    fuzzy: FxMap<(u16, u8)>,
    /// A bit per shape (first byte, last byte, length, sum of the bytes) some key of `fuzzy` has:
    /// most tries of an unknown word have a shape no key has, and skip building and hashing the try.
    fuzzy_shapes: Vec<u64>,
    /// The words for video, folded, as heads of compounds ("älgvideorna", "TikTok-filmer").
    video_heads: Vec<String>,
    /// The Nordic words for a survey or for paying, folded, with their class, as heads of compounds
    /// ("uppföljningsenkäten", "innbyggerundersøkelsen", "kontingentbetalende").
    /// Kept by their last byte: every long word the dictionary does not know asks, and most heads
    /// cannot end it.
    class_heads: Vec<Vec<(String, Classes)>>,
    /// Per first byte, a bit per entry of `CHANNELS` whose name starts with it.
    channels_by_first: [u32; 256],
    /// The trie's first step by byte (0 where none): every walk starts there, and the root has a child
    /// for nearly every letter, too many to scan for each of a word's endings.
    root_children: [u32; 256],
    /// The children of the trie's wide nodes by letter ('a' to 'z'), 0 where none: each ending of
    /// each word walks the trie, and a node with many children was scanned through at each step.
    wide_children: Vec<[u32; 26]>,
    /// Per node, one more than its row of `wide_children`, or 0 for a node of few children.
    wide_at: Vec<u32>,
    /// Per last byte, a bit per entry of `SUFFIXES` a word ending in it can carry ("" always).
    suffixes_by_last: [u32; 256],
}

const PEOPLE: &[(u8, &str)] = &[
    (EN, "=users student goer donor parent resident senior pensioner retiree adult commuter organiser organizer youth teen teenager customer client guest member employee staff manager =cfo =cfos =ceo =ceos =cmo director entrepreneur founder craftsman tradesman tradespeople teacher nurse family families household driver patient voter citizen tourist farmer buyer developer engineer professional leader owner homeowner mother father mum mom dad child children kid woman women graduate jobseeker recruiter volunteer smb business businesses company companies startup =year passenger traveller traveler pupil learner visitor shopper consumer reader listener viewer neighbour neighbor tenant landlord account accounts player runner cyclist skier hiker camper diner carer caregiver relative doctor dentist midwife firm =smes =sme couple decision-maker employer apprentice alumni local locals boy girl men man year-old year-olds =olds target group =holders"),
    (NB, "=brukere giver givere student elev forelder foreldre voksen voksne pendler innbygger beboer senior pensjonist ungdom ungdomm =unge tenåring kunde gjest medlem medlemm ansatt ansatte leder sjef gründer håndverker lærer sykepleier familie husstand sjåfør bilist pasient velger turist besøkende konto kontoer konti bonde bønder innkjøper utvikler ingeniør eier huseier mødre fedre barn kvinne bedrift virksomhet frivillig jobbsøker passasjer reisende leser lytter seer nabo naboer leietaker spiller løper syklist skiløper pårørende lege tannlege jordmor firma småbedrift forbruker kjøper foresatte arbeidsgiver arbeidstaker lærling fagarbeider tilreisende gutt jente jenter menn åring åringer åringene målgruppe målgruppen innehaver kortholder"),
    (SV, "=användare student elev givare förälder föräldrar vuxen vuxna pendlare invånare boende senior pensionär ungdom ungdomar =unga tonåring kund gäst medlem medlemm anställd anställda chef ledare grundare entreprenör företagare hantverkare lärare sjuksköterska familj hushåll förare bilist patient väljare turist besökare konto konton bonde inköpare utvecklare ingenjör ägare husägare mamma pappa barn kvinna kvinnor företag volontär resenär passagerare läsare lyssnare tittare granne grannar hyresgäst spelare löpare cyklist skidåkare vandrare anhörig anhöriga läkare tandläkare barnmorska firma konsument köpare vårdnadshavare arbetsgivare arbetstagare arbetssökande lärling medborgare tjej tjejer kille killar män åring åringar åringarna målgrupp målgruppen innehavare"),
    (DA, "=brugere studerende student elev forælder forældre voksen voksne pendler borger indbygger beboer senior pensionist =unge ungdom teenager kunde gæst medlem medlemm medarbejder ansat ansatte chef leder iværksætter håndværker lærer pædagog sygeplejerske familie husstand bilist patient vælger turist besøgende konto konti kontoer landmand indkøber udvikler ingeniør ejer boligejer mødre fædre børn kvinde virksomhed frivillig passager rejsende læser lytter seer nabo naboer lejer spiller løber cyklist pårørende læge tandlæge jordemoder firma forbruger køber arbejdsgiver lønmodtager ledig ledige lærling pige piger dreng drenge mænd årig årige åring åringer målgruppe målgruppen indehaver kortholder"),
];

/// Words, and heads of compounds, that end in a metric's stem without being that metric.
// "report" is one letter swap from "repost": known, so the typo matcher leaves it alone.
const NOT_METRICS: &[(u8, &str)] = &[
    (SV, "avdelning rådgivare handeln arbetsgivare"),
    (NB | DA, "avdeling rådgiver"),
    // Accounting, teaching, referrals, directions, evidence, a penalty: not views ("visning").
    // (In every Nordic language: a reader falls back on a neighbour's words.)
    (
        NB | SV | DA,
        "redovisning undervisning hänvisning henvisning anvisning bevisning utvisning",
    ),
    (NB, "arbeidsgiver"),
    // A picture, one letter from a ticket ("billet").
    (DA, "arbejdsgiver billede"),
    (EN, "report"),
    // Our own contacting, in English text or as a loanword: no reach.
    (EN | NB | SV | DA, "outreach"),
];

const EVENT_HEADS: &[(u8, &str)] = &[
    (EN, "season launch opening kickoff premiere period deadline election congress conference"),
    (
        NB,
        "termin semester ferie ferien start slipp uke uka helg sesong lansering åpning premiere halvår periode frist kongress konferanse",
    ),
    (
        SV,
        "termin terminen lov lovet start släpp vecka veckan helg säsong lansering öppning premiär halvår period frist kongress kongressen konferens",
    ),
    (
        DA,
        "termin semester ferie ferien start uge ugen weekend sæson lancering åbning premiere halvår periode frist kongres kongressen konference",
    ),
];

/// Channels named at the start of a word ("Facebookinlägg", "Instagram-profilen").
const CHANNELS: &[&str] = &[
    "facebook",
    "instagram",
    "tiktok",
    "snapchat",
    "linkedin",
    "youtube",
    "twitter",
    "messenger",
    "whatsapp",
    "pinterest",
    "bluesky",
    "reddit",
    "google",
    "trustpilot",
    "tripadvisor",
    "newsletter",
    "nyhetsbrev",
    "nyhedsbrev",
    "podcast",
    "podkast",
    "podd",
    "vimeo",
    "twitch",
    "discord",
    "mastodon",
    "spotify",
    "threads",
    "sms",
];
// One bit per channel in `Lexicon::channels_by_first`.
const _: () = assert!(CHANNELS.len() <= 32);

/// Whether `word` starts with `name` typed with one slip: a letter missing, extra, changed or two
/// swapped ("instgram", "facbook", "thraeds", "Instagarm-følgere"). Only names of six letters or more,
/// where one slip cannot make another word.
fn starts_with_typo_of(word: &str, name: &str) -> bool {
    // "thread" is a word of its own, not "threads" with a letter missing.
    if name.len() < 6 || name.starts_with(word) {
        return false;
    }
    (name.len() - 1..=name.len() + 1).any(|len| {
        word.is_char_boundary(len.min(word.len()))
            && len <= word.len()
            && one_slip(&word.as_bytes()[..len], name.as_bytes())
    })
}

/// `a` and `b` differ by exactly one letter missing, extra, changed, or two neighbours swapped.
fn one_slip(a: &[u8], b: &[u8]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let start = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    match long.len() - short.len() {
        0 if start == short.len() => false,
        0 => {
            let changed = short[start + 1..] == long[start + 1..];
            let swapped = start + 1 < short.len()
                && short[start] == long[start + 1]
                && short[start + 1] == long[start]
                && short[start + 2..] == long[start + 2..];
            changed || swapped
        }
        1 => short[start..] == long[start + 1..],
        _ => false,
    }
}

/// Short names that count only as whole words.
const CHANNEL_ALIASES: &[&str] = &[
    "insta",
    "li",
    "reels",
    "ig",
    "fb",
    "yt",
    "snap",
    "sms",
    "email",
    "epost",
    "mail",
    "ukebrev",
    "veckobrev",
    "ugebrev",
    "meta",
];

/// Channels long enough to be told apart at the end of a compound: "landbrugspodcast",
/// "forældrenyhedsbrevet", "medlemsnyhetsbrev".
const CHANNEL_HEADS: &[&str] = &["podcast", "nyhetsbrev", "nyhedsbrev", "newsletter"];

impl Lexicon {
    pub fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::build)
    }

    #[inline]
    pub fn word(&self, lower: &str) -> Option<&WordInfo> {
        self.spelled.get(lower).and_then(|[word, _]| word.as_ref())
    }

    #[inline]
    pub fn metric_word(&self, folded: &str) -> Option<&WordInfo> {
        self.spelled
            .get(folded)
            .and_then(|[_, metric]| metric.as_ref())
    }

    /// [`Lexicon::word`] of `lower` and [`Lexicon::metric_word`] of `folded`, with one lookup where
    /// the two spellings are equal.
    #[inline]
    pub fn word_and_metric(
        &self,
        lower: &str,
        folded: &str,
    ) -> (Option<&WordInfo>, Option<&WordInfo>) {
        if lower != folded {
            return (self.word(lower), self.metric_word(folded));
        }
        self.spelled
            .get(lower)
            .map_or((None, None), |[word, metric]| {
                (word.as_ref(), metric.as_ref())
            })
    }

    pub fn is_channel(&self, folded: &str, single_capital: bool) -> bool {
        // "X", "X-kontot": the platform only with its capital, never the letter inside a word.
        if single_capital && folded.starts_with('x') {
            return true;
        }
        CHANNEL_ALIASES.contains(&folded)
            || self.channels_from(folded).any(|c| folded.starts_with(c))
            || CHANNEL_HEADS.iter().any(|c| holds(folded, c))
    }

    /// A short name before a hyphen: "fb-siden", "insta-postene", "yt-kanalen".
    /// `original` is the word as written, hyphen kept.
    pub fn is_alias_compound(&self, original: &str) -> bool {
        // "x-kontoen", "x-annonserna": the letter alone is no channel, but before a hyphen it is X.
        CHANNEL_ALIASES.iter().chain(&["x"]).any(|a| {
            original
                .get(..a.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(a))
                && original
                    .get(a.len()..)
                    .is_some_and(|rest| rest.len() > 1 && rest.starts_with('-'))
        })
    }

    /// The channels whose name starts with `word`'s first byte: every word of every goal asks,
    /// and a scan of all names was a tenth of the reading's time.
    fn channels_from(&self, word: &str) -> impl Iterator<Item = &'static str> {
        let mut mask = word
            .as_bytes()
            .first()
            .map_or(0, |&b| self.channels_by_first[usize::from(b)]);
        std::iter::from_fn(move || {
            (mask != 0).then(|| {
                let at = mask.trailing_zeros() as usize;
                mask &= mask - 1;
                CHANNELS[at]
            })
        })
    }

    /// A word the dictionary does not know that starts with a channel's name typed with one slip.
    pub fn is_channel_typo(&self, folded: &str) -> bool {
        self.channel_typo(folded).is_some()
    }

    /// The channel whose name `folded` starts with, typed with one slip.
    pub fn channel_typo(&self, folded: &str) -> Option<&'static str> {
        self.channels_from(folded)
            .find(|c| starts_with_typo_of(folded, c))
    }

    /// The endings of `SUFFIXES`, in their order, that `word`'s last letter allows: most of the 32
    /// cannot end it, and each check was a library call.
    fn endings(&self, word: &str) -> impl Iterator<Item = &'static str> {
        let last = word.as_bytes().last().map_or(0, |&b| usize::from(b));
        let mut mask = self.suffixes_by_last[last];
        std::iter::from_fn(move || {
            (mask != 0).then(|| {
                let at = mask.trailing_zeros() as usize;
                mask &= mask - 1;
                SUFFIXES[at]
            })
        })
    }

    /// Stems that head `word`, the longest per language.
    pub fn stems(&self, word: &str) -> StemHits {
        let mut out = StemHits::default();
        if word.len() > MAX_WORD_BYTES {
            return out;
        }
        let mut best_len = [0usize; 4];
        let bytes = word.as_bytes();
        for suffix in self.endings(word) {
            let Some(core) = strip_suffix(bytes, suffix.as_bytes()) else {
                continue;
            };
            let mut node = 0usize;
            for k in (0..core.len()).rev() {
                let Some(next) = self.step(node, core[k]) else {
                    break;
                };
                node = next;
                let stem_len = core.len() - k;
                let whole = k == 0;
                for hit in &self.nodes[node].hits {
                    // A compound needs a real modifier and a stem long enough not to hide in other words.
                    let compound_ok = match hit.target {
                        Target::EventHead => k >= 3,
                        // "IT-chefer": a short modifier is common before people.
                        // (Not in English: "remember" is no "member".)
                        Target::People => k >= 2 && stem_len >= 4 && (k >= 3 || hit.langs != EN),
                        // (English writes its compounds apart: "Yorkshire" is no "hire".)
                        Target::Metric(_) => k >= 3 && stem_len >= 4 && hit.langs != EN,
                        Target::NotMetric => true,
                    };
                    if !(whole || compound_ok) {
                        continue;
                    }
                    out.langs |= hit.langs;
                    match hit.target {
                        Target::People => out.people = true,
                        Target::EventHead => {
                            out.event_head |= !whole;
                            out.event_word |= whole;
                        }
                        // The longest stem wins; a word that is no metric, longer than the metric stem
                        // inside it ("avdelning" around "delning"), leaves none.
                        Target::Metric(_) | Target::NotMetric => {
                            let metric = match hit.target {
                                Target::Metric(m) => Some(m),
                                _ => None,
                            };
                            for (i, bit) in [EN, NB, SV, DA].into_iter().enumerate() {
                                if hit.langs & bit != 0 && stem_len > best_len[i] {
                                    best_len[i] = stem_len;
                                    out.metric[i] = metric;
                                }
                            }
                        }
                    }
                }
            }
        }
        out
    }

    /// A metric stem one typo away from `word`: a letter missing, extra or changed.
    pub fn fuzzy(&self, word: &str) -> Option<(u16, u8)> {
        // Each try removes one letter, so the work grows with the square of the length: only words
        // of a plausible length are tried.
        if word.len() < 6 || word.len() > MAX_WORD_BYTES || !word.chars().all(char::is_lowercase) {
            return None;
        }
        // (Allocated at the first try built: most words build none.)
        let mut buf = String::new();
        for suffix in self.endings(word) {
            let Some(core) = word.strip_suffix(suffix) else {
                continue;
            };
            if core.chars().count() < 5 {
                continue;
            }
            let bytes = core.as_bytes();
            let first = bytes[0];
            let check = |key: &str| {
                self.fuzzy
                    .get(key)
                    .filter(|_| key.as_bytes().first() == Some(&first))
                    .copied()
            };
            let last = bytes[bytes.len() - 1];
            let sum = byte_sum(bytes);
            if self.has_shape(first, last, core.len(), sum) {
                if let Some(hit) = check(core) {
                    return Some(hit);
                }
            }
            for (skip, letter) in core.char_indices().skip(1) {
                // The try is `core` without `letter`: its shape is known before it is built.
                let cut = skip + letter.len_utf8();
                let try_last = if cut == core.len() {
                    bytes[skip - 1]
                } else {
                    last
                };
                let try_sum = sum - byte_sum(&bytes[skip..cut]);
                if !self.has_shape(first, try_last, core.len() - letter.len_utf8(), try_sum) {
                    continue;
                }
                buf.clear();
                buf.push_str(&core[..skip]);
                buf.push_str(&core[skip + letter.len_utf8()..]);
                if let Some(hit) = check(&buf) {
                    return Some(hit);
                }
            }
        }
        None
    }

    /// Whether `folded` is a compound whose head is a word for video: "boligvideoer", "tiktokfilmer".
    pub fn is_video_compound(&self, folded: &str) -> bool {
        // ("yt-videoen": two letters are modifier enough before a word for video.)
        self.video_heads
            .iter()
            .any(|h| folded.len() >= h.len() + 2 && ends_with(folded, h))
    }

    /// The classes of a compound's head, where the head is a Nordic word for a survey or for paying:
    /// "kundeundersøgelsen", "fullbetalande".
    pub fn compound_classes(&self, folded: &str) -> Classes {
        let last = folded.as_bytes().last().map_or(0, |&b| usize::from(b));
        self.class_heads[last]
            .iter()
            .filter(|(h, _)| folded.len() >= h.len() + 3 && ends_with(folded, h))
            .fold(0, |acc, (_, classes)| acc | classes)
    }

    /// [`Lexicon::child`] for reading: the root's children from their table.
    fn step(&self, node: usize, byte: u8) -> Option<usize> {
        if node == 0 {
            let next = self.root_children[usize::from(byte)];
            return (next != 0).then_some(next as usize);
        }
        let wide = self.wide_at[node];
        if wide != 0 && byte.is_ascii_lowercase() {
            let next = self.wide_children[wide as usize - 1][usize::from(byte - b'a')];
            return (next != 0).then_some(next as usize);
        }
        self.child(node, byte)
    }

    fn child(&self, node: usize, byte: u8) -> Option<usize> {
        self.nodes[node]
            .children
            .iter()
            .find(|(b, _)| *b == byte)
            .map(|&(_, n)| n as usize)
    }

    /// The Nordic languages write "two hundred" and "five thousand" as one word ("tohundre",
    /// "tvåhundra", "femtusind"): each small number word joined to each magnitude of its language.
    fn add_joined_numbers(&mut self) {
        use super::vocab::c::{MAGNITUDE, NUMBER_WORD};
        let numbers = || {
            ROWS.iter().filter(|r| {
                r.classes & NUMBER_WORD != 0
                    && r.classes & MAGNITUDE == 0
                    && r.value >= 2.0
                    && r.value < 100.0
            })
        };
        let magnitudes = ROWS.iter().filter(|r| {
            r.classes & MAGNITUDE != 0 && (r.value == 100.0 || r.value == 1e3) && r.langs & EN == 0
        });
        for m in magnitudes {
            for n in numbers().filter(|n| n.langs & m.langs != 0) {
                for mw in m.words.split_whitespace() {
                    for nw in n.words.split_whitespace() {
                        let info = self.words.entry(format!("{nw}{mw}").into()).or_default();
                        if info.value == 0.0 {
                            info.value = n.value * m.value;
                        }
                        info.add_classes(n.langs & m.langs, NUMBER_WORD);
                    }
                }
            }
        }
    }

    fn build() -> Lexicon {
        let mut lex = Lexicon {
            words: FxMap::default(),
            metric_words: FxMap::default(),
            spelled: FxMap::default(),
            nodes: vec![Node::default()],
            phrases: Vec::new(),
            fuzzy: FxMap::default(),
            fuzzy_shapes: vec![0; SHAPE_BITS / 64],
            video_heads: Vec::new(),
            class_heads: vec![Vec::new(); 256],
            channels_by_first: [0; 256],
            root_children: [0; 256],
            wide_children: Vec::new(),
            wide_at: Vec::new(),
            suffixes_by_last: [0; 256],
        };
        for (at, name) in CHANNELS.iter().enumerate() {
            lex.channels_by_first[usize::from(name.as_bytes()[0])] |= 1 << at;
        }
        for row in ROWS {
            for w in row.words.split_whitespace() {
                if row.classes & super::vocab::c::VIDEO != 0 && w.len() >= 4 {
                    lex.video_heads.push(fold(w));
                }
                let heads = row.classes
                    & (super::vocab::c::SURVEY
                        | super::vocab::c::PAID
                        | super::vocab::c::NEWSLETTER
                        | super::vocab::c::APP);
                // ("klubbappen": the app is a short head, and "knappen" no compound of it.)
                let long_enough = w.len() >= 6 || heads == super::vocab::c::APP;
                if heads != 0 && row.langs & EN == 0 && long_enough {
                    let head = fold(w);
                    let last = head.as_bytes().last().map_or(0, |&b| usize::from(b));
                    lex.class_heads[last].push((head, heads));
                }
                let info = lex.words.entry(w.into()).or_default();
                info.add_classes(row.langs, row.classes);
                if row.value != 0.0 {
                    info.value = row.value;
                }
            }
        }
        lex.add_joined_numbers();
        for (index, metric) in catalogue::metrics().iter().enumerate() {
            let id = index as u16;
            for_each_word(&metric.words, |langs, pattern| {
                lex.add_noun(pattern, Target::Metric(id), langs)
            });
            for_each_word(&metric.verbs, |langs, verb| lex.add_verb(verb, id, langs));
        }
        // Inflected forms last, and only where no listed word stands: "deles" is listed for shares,
        // so the passive of "dele" (our own posting) does not take it.
        let mut forms = Vec::new();
        for (index, metric) in catalogue::metrics().iter().enumerate() {
            for_each_word(&metric.verbs, |langs, verb| {
                for form in verb_forms(langs, verb) {
                    if !lex.metric_words.contains_key::<str>(&fold(&form)) {
                        forms.push((form, index as u16, langs));
                    }
                }
            });
        }
        for (form, id, langs) in forms {
            lex.add_verb(&form, id, langs);
        }
        for (table, target) in [
            (PEOPLE, Target::People),
            (EVENT_HEADS, Target::EventHead),
            (NOT_METRICS, Target::NotMetric),
        ] {
            for (langs, list) in table {
                for w in list.split_whitespace() {
                    lex.add_noun(w, target, *langs);
                }
            }
        }
        lex.index_first_steps();
        for info in lex.words.values_mut().chain(lex.metric_words.values_mut()) {
            info.votes = info.count_votes();
        }
        for (word, info) in std::mem::take(&mut lex.words) {
            lex.spelled.entry(word).or_default()[0] = Some(info);
        }
        for (word, info) in std::mem::take(&mut lex.metric_words) {
            lex.spelled.entry(word).or_default()[1] = Some(info);
        }
        lex
    }

    /// Fills the tables [`Lexicon::stems`] starts from, once the trie is complete.
    fn index_first_steps(&mut self) {
        for &(byte, node) in &self.nodes[0].children {
            self.root_children[usize::from(byte)] = node;
        }
        self.wide_at = vec![0; self.nodes.len()];
        for (at, node) in self.nodes.iter().enumerate() {
            if node.children.len() < WIDE_NODE {
                continue;
            }
            let mut row = [0u32; 26];
            for &(byte, child) in &node.children {
                if byte.is_ascii_lowercase() {
                    row[usize::from(byte - b'a')] = child;
                }
            }
            self.wide_children.push(row);
            self.wide_at[at] = self.wide_children.len() as u32;
        }
        for (last, mask) in self.suffixes_by_last.iter_mut().enumerate() {
            for (at, suffix) in SUFFIXES.iter().enumerate() {
                if suffix
                    .as_bytes()
                    .last()
                    .is_none_or(|&b| usize::from(b) == last)
                {
                    *mask |= 1 << at;
                }
            }
        }
    }

    fn add_verb(&mut self, verb: &str, id: u16, langs: u8) {
        let info = self.metric_words.entry(fold(verb).into()).or_default();
        if let Some(v) = info.verbs.iter_mut().find(|(m, _)| *m == id) {
            v.1 |= langs;
        } else {
            info.verbs.push((id, langs));
        }
    }

    fn add_noun(&mut self, pattern: &str, target: Target, langs: u8) {
        if let Some(exact) = pattern.strip_prefix('=') {
            if let Target::Metric(m) = target {
                let info = self.metric_words.entry(fold(exact).into()).or_default();
                info.nouns.push((m, langs));
            } else {
                self.insert_stem(&fold(exact), Hit { target, langs });
            }
            return;
        }
        if pattern.contains(' ') {
            if let Target::Metric(metric) = target {
                let words: Vec<Box<str>> =
                    pattern.split_whitespace().map(|w| fold(w).into()).collect();
                let index = self.phrases.len() as u16;
                if let Some(first) = words.first() {
                    self.metric_words
                        .entry(first.clone())
                        .or_default()
                        .phrases
                        .push(index);
                }
                self.phrases.push(Phrase {
                    words,
                    metric,
                    langs,
                });
            }
            return;
        }
        let stem = fold(pattern);
        if let Target::Metric(m) = target {
            if stem.len() >= 5 {
                self.add_fuzzy(&stem, m, langs);
            }
        }
        // Swedish nouns in "-are" drop the "e" before the plural's "-na": "följare", "följarna".
        if langs & SV != 0 && stem.ends_with("are") && stem.len() >= 6 {
            self.insert_stem(&stem[..stem.len() - 1], Hit { target, langs: SV });
        }
        // Swedish nouns in "-ning" are cut after the "n" in hurried notes: "bokn", "försäljn".
        if langs & SV != 0 && stem.ends_with("ning") && stem.len() >= 7 {
            self.insert_stem(&stem[..stem.len() - 3], Hit { target, langs: SV });
        }
        self.insert_stem(&stem, Hit { target, langs });
    }

    /// Whether some key of `fuzzy` may have this shape ([`shape`]).
    fn has_shape(&self, first: u8, last: u8, len: usize, sum: u32) -> bool {
        let at = shape(first, last, len, sum);
        self.fuzzy_shapes[at / 64] & (1 << (at % 64)) != 0
    }

    fn add_fuzzy(&mut self, stem: &str, metric: u16, langs: u8) {
        // A loanword is one stem in several languages: its entries join their language bits.
        let mut add = |key: String| {
            let bytes = key.as_bytes();
            if let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) {
                let at = shape(first, last, bytes.len(), byte_sum(bytes));
                self.fuzzy_shapes[at / 64] |= 1 << (at % 64);
            }
            self.fuzzy
                .entry(key.into())
                .and_modify(|(m, l)| {
                    if *m == metric {
                        *l |= langs;
                    }
                })
                .or_insert((metric, langs));
        };
        add(stem.to_string());
        for (i, _) in stem.char_indices().skip(1) {
            let mut variant = String::with_capacity(stem.len());
            variant.push_str(&stem[..i]);
            let rest = &stem[i..];
            variant.push_str(&rest[rest.chars().next().map_or(0, char::len_utf8)..]);
            add(variant);
        }
    }

    fn insert_stem(&mut self, stem: &str, hit: Hit) {
        let mut node = 0usize;
        for &b in stem.as_bytes().iter().rev() {
            node = match self.child(node, b) {
                Some(n) => n,
                None => {
                    self.nodes.push(Node::default());
                    let n = self.nodes.len() - 1;
                    self.nodes[node].children.push((b, n as u32));
                    n
                }
            };
        }
        self.nodes[node].hits.push(hit);
    }
}

fn for_each_word(words: &Words, mut f: impl FnMut(u8, &str)) {
    for lang in Lang::ALL {
        for w in words.get(lang) {
            f(lang_bit(lang), w);
        }
    }
}

/// Forms people write as often as the verb listed: for a Nordic infinitive its present, passive and
/// past ("kontakte": "kontakter", "kontaktes", "kontaktet"; "anmäla": "anmälar", "anmälas", "anmälat").
/// An English verb in its base form also as "-s", "-ed" and "-ing" ("save": "saves", "saved",
/// "saving").
fn verb_forms(langs: u8, verb: &str) -> Vec<String> {
    if verb.contains(' ') || verb.len() < 3 {
        return Vec::new();
    }
    match langs {
        NB | DA if verb.ends_with('e') => {
            let stem = &verb[..verb.len() - 1];
            // A short stem's "-et" is seldom its participle and often a noun: "køre" gives no
            // "køret" to stand for "koret" (the choir).
            if stem.chars().count() < 4 {
                return vec![format!("{verb}r"), format!("{verb}s")];
            }
            vec![format!("{verb}r"), format!("{verb}s"), format!("{stem}et")]
        }
        SV if verb.ends_with('a') => {
            let stem = &verb[..verb.len() - 1];
            vec![
                format!("{verb}r"),
                format!("{verb}s"),
                format!("{stem}at"),
                format!("{stem}ade"),
            ]
        }
        EN if verb.ends_with('e') => {
            let stem = &verb[..verb.len() - 1];
            vec![format!("{verb}s"), format!("{verb}d"), format!("{stem}ing")]
        }
        EN if !verb.ends_with('s') && !verb.ends_with("ed") && !verb.ends_with("ing") => {
            let s = if verb.ends_with("sh") || verb.ends_with("ch") || verb.ends_with('x') {
                "es"
            } else {
                "s"
            };
            vec![
                format!("{verb}{s}"),
                format!("{verb}ed"),
                format!("{verb}ing"),
            ]
        }
        _ => Vec::new(),
    }
}

/// Children from which a trie node's children are found in a table rather than by a scan.
const WIDE_NODE: usize = 3;

/// Bits of `Lexicon::fuzzy_shapes` (32 KB): the seven thousand keys set about one in forty, and a word
/// tries some twenty shapes.
const SHAPE_BITS: usize = 1 << 18;

/// Where a key of `len` bytes from `first` to `last`, its bytes summing to `sum`, falls among the
/// [`SHAPE_BITS`]. (Without the sum, the tries of one word had nearly all one shape: one key of that
/// shape had each of them built and looked up. The sum of a try is known from the letter it drops.)
fn shape(first: u8, last: u8, len: usize, sum: u32) -> usize {
    let packed =
        u64::from(first) | u64::from(last) << 8 | (len as u64) << 16 | u64::from(sum) << 24;
    (packed.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - SHAPE_BITS.trailing_zeros())) as usize
}

fn byte_sum(bytes: &[u8]) -> u32 {
    bytes.iter().map(|&b| u32::from(b)).sum()
}

/// Whether `word` holds `part`. Most words are shorter than the part or lack its first letter: a
/// library search, set up anew for every word, cost more than the whole scan.
pub(crate) fn holds(word: &str, part: &str) -> bool {
    let (word, part) = (word.as_bytes(), part.as_bytes());
    let Some(&first) = part.first() else {
        return true;
    };
    word.len() >= part.len() && word.windows(part.len()).any(|w| w[0] == first && w == part)
}

/// `word` without `suffix`; compared by hand, since a library call per ending costs more than the check.
fn strip_suffix<'w>(word: &'w [u8], suffix: &[u8]) -> Option<&'w [u8]> {
    let cut = word.len().checked_sub(suffix.len())?;
    let matches = word[cut..].iter().zip(suffix).all(|(a, b)| a == b);
    matches.then(|| &word[..cut])
}

/// Whether `word` ends with `end`, compared from the last byte: most heads differ there, and a
/// library comparison per head was a call to `memcmp` each.
fn ends_with(word: &str, end: &str) -> bool {
    let (word, end) = (word.as_bytes(), end.as_bytes());
    word.len() >= end.len() && word.iter().rev().zip(end.iter().rev()).all(|(a, b)| a == b)
}

/// True when `word` is `stem` plus one of the inflection endings.
pub(crate) fn inflects(word: &str, stem: &str) -> bool {
    word.strip_prefix(stem)
        .is_some_and(|rest| SUFFIXES.contains(&rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn metric_id(word: &str, lang: Lang) -> Option<&'static str> {
        let hits = Lexicon::get().stems(&fold(word));
        hits.metric_for(lang)
            .map(|m| catalogue::metrics()[m as usize].id)
    }

    #[test]
    fn a_short_stem_makes_no_participle_in_et() {
        let lex = Lexicon::get();
        assert!(lex.metric_word("koret").is_none_or(|w| w.verbs.is_empty()));
        assert!(lex
            .metric_word("booket")
            .is_some_and(|w| !w.verbs.is_empty()));
    }

    #[test]
    fn a_short_english_prefix_makes_no_person() {
        let lex = Lexicon::get();
        assert!(!lex.stems("remember").people);
        assert!(lex.stems("homeowners").people);
        assert!(lex.stems("it-chefer").people);
    }

    #[test]
    fn swedish_words_in_ning_cut_after_the_n_are_known() {
        assert_eq!(metric_id("bokn", Lang::Sv), Some("bookings"));
        assert_eq!(metric_id("honungsförsäljn", Lang::Sv), Some("sales"));
        // A shop ends in "-deln" without being a share ("delning").
        assert_eq!(metric_id("bokhandeln", Lang::Sv), None);
        assert_eq!(metric_id("lanthandeln", Lang::Sv), None);
    }

    #[test]
    fn stems_head_compounds_and_take_inflections() {
        assert_eq!(metric_id("Instagram-følgere", Lang::Nb), Some("followers"));
        assert_eq!(metric_id("følgertallet", Lang::Nb), Some("followers"));
        assert_eq!(metric_id("videovisninger", Lang::Nb), Some("video_views"));
        assert_eq!(metric_id("visningstiden", Lang::Sv), Some("time_spent"));
        assert_eq!(
            metric_id("nyhetsbrevabonnenter", Lang::Nb),
            Some("newsletter_subscribers")
        );
        assert_eq!(
            metric_id("abonnenter", Lang::Da),
            Some("channel_subscribers")
        );
        assert_eq!(metric_id("kundehenvendelser", Lang::Nb), Some("inquiries"));
        assert_eq!(metric_id("webbshopsförsäljning", Lang::Sv), Some("sales"));
        assert_eq!(
            metric_id("tilbudsforespørgsler", Lang::Da),
            Some("inquiries")
        );
    }

    #[test]
    fn short_stems_do_not_hide_inside_other_words() {
        assert_eq!(metric_id("sesongkort", Lang::Nb), None);
        assert_eq!(metric_id("hytteopphold", Lang::Nb), None);
    }

    #[test]
    fn a_typo_still_finds_its_stem() {
        let lex = Lexicon::get();
        let id = |w: &str| {
            lex.fuzzy(w)
                .map(|(m, _)| catalogue::metrics()[m as usize].id)
        };
        assert_eq!(id("folowers"), Some("followers"));
        assert_eq!(id("follovers"), Some("followers"));
        assert_eq!(id("folgeree"), Some("followers"));
        assert_eq!(id("kommunen"), None);
    }

    #[test]
    fn channels_typed_with_one_slip_are_found() {
        let lex = Lexicon::get();
        for word in [
            "instgram",
            "facbook",
            "thraeds",
            "pinterst",
            "instagarmfølgere",
            "facebok",
        ] {
            assert!(lex.is_channel_typo(word), "{word}");
        }
        for word in [
            "fashion", "factory", "thread", "instant", "linkeds", "google",
        ] {
            let read = lex.is_channel(word, false) || lex.is_channel_typo(word);
            assert_eq!(read, word == "google", "{word}");
        }
        assert!(!one_slip(b"abc", b"abc"));
        assert!(one_slip(b"abdc", b"abcd"));
    }

    #[test]
    fn channels_are_found_inside_compounds() {
        let lex = Lexicon::get();
        assert!(lex.is_channel("facebookinlagg", false));
        assert!(lex.is_channel("nyhedsbrevstilmeldinger", false));
        assert!(lex.is_channel("x", true));
        assert!(!lex.is_channel("x", false));
        assert!(!lex.is_channel("nettside", false));
        assert!(lex.is_channel("landbrugspodcast", false));
        assert!(lex.is_channel("forældrenyhedsbrevet", false));
        assert!(lex.is_alias_compound("Meta-annonserna"));
        assert!(lex.is_alias_compound("x-kontoen"));
        assert!(!lex.is_channel("x", false));
    }
}
