//! The small words that give a goal its shape: prepositions, number words, months, markers of purpose.
//!
//! Each word carries, per language, a set of classes; the rules ask "is this a time preposition in
//! Danish?" with one bit test. Metric words live in the catalogue, not here.

/// Language bits, one per [`crate::Lang`].
pub(crate) const EN: u8 = 1;
pub(crate) const NB: u8 = 2;
pub(crate) const SV: u8 = 4;
pub(crate) const DA: u8 = 8;
pub(crate) const SCAND: u8 = NB | SV | DA;
pub(crate) const ALL: u8 = EN | SCAND;

/// A set of word classes, one bit each.
pub(crate) type Classes = u128;

/// Word classes, as bits.
/// The Nordic letters as typed on a keyboard without them: "foelgere", "koeber", "paa".
pub(crate) const NORDIC_DIGRAPHS: [(&str, &str); 3] = [("ae", "æ"), ("oe", "ø"), ("aa", "å")];

pub(crate) mod c {
    use super::Classes;

    /// Skipped inside a noun phrase: articles, possessives, "new", "number of".
    pub const FILLER: Classes = 1 << 0;
    /// Ends a noun phrase.
    pub const PREP: Classes = 1 << 1;
    /// Introduces a group of people: "among", "blant", "fra".
    pub const AUDIENCE_PREP: Classes = 1 << 2;
    /// Can introduce a point in time: "in", "by", "i", "til".
    pub const TIME_PREP: Classes = 1 << 3;
    /// "before", "innen", "inför": what follows is a deadline, an event if nothing else.
    pub const DEADLINE_PREP: Classes = 1 << 4;
    /// "per", "a", "om": with a unit, a rate ("3 posts a week").
    pub const RATE_PREP: Classes = 1 << 5;
    /// "within", "inom", "over": with a number and a unit, a period or a response limit.
    pub const WITHIN: Classes = 1 << 6;
    pub const NUMBER_WORD: Classes = 1 << 7;
    /// "en", "ett", "a": a numeral only before a unit ("innen en time").
    pub const ARTICLE_ONE: Classes = 1 << 8;
    pub const MULTIPLIER: Classes = 1 << 9;
    /// "more", "increase", "flere", "øke": a change without a number.
    pub const MORE: Classes = 1 << 10;
    pub const PERCENT: Classes = 1 << 11;
    pub const CURRENCY: Classes = 1 << 12;
    /// "thousand", "millioner": multiplies the number before it.
    pub const MAGNITUDE: Classes = 1 << 13;
    pub const MONTH: Classes = 1 << 14;
    /// "may", "march": a month only next to a number or after a time preposition.
    pub const AMBIGUOUS_MONTH: Classes = 1 << 15;
    /// "våren", "summer": a season, bound after a time preposition.
    pub const SEASON: Classes = 1 << 16;
    /// "jul", "Christmas", "årsskiftet": a fixed point in the year.
    pub const HOLIDAY: Classes = 1 << 17;
    /// Minutes, hours, days: a response limit when bounded.
    pub const UNIT_SHORT: Classes = 1 << 18;
    /// Weeks, months, quarters, years: a period.
    pub const UNIT_LONG: Classes = 1 << 19;
    /// The year unit itself: "i år" is this year, not a rate.
    pub const YEAR_UNIT: Classes = 1 << 20;
    /// "uke", "vecka": with a number, a week number.
    pub const WEEK: Classes = 1 << 21;
    /// "quarter", "kvartal", "halvår".
    pub const QUARTER_WORD: Classes = 1 << 22;
    pub const ORDINAL: Classes = 1 << 23;
    /// "end", "utgangen", "slutet".
    pub const END: Classes = 1 << 24;
    pub const THIS_NEXT: Classes = 1 << 25;
    /// Verbs that follow "to" in a clause of purpose ("to increase sales").
    pub const PURPOSE_VERB: Classes = 1 << 26;
    /// "get", "få": "get more people to apply" is one result, not a purpose.
    pub const CAUSATIVE: Classes = 1 << 27;
    /// "and", "that", "som": ends a noun phrase.
    pub const CONJ: Classes = 1 << 28;
    /// Subjects and modals before the verb: "we", "vi ska", "want to".
    pub const MODAL: Classes = 1 << 29;
    /// "aged", "år", "year-olds": numbers nearby are ages.
    pub const AGE: Classes = 1 << 30;
    /// Adverbs of rate: "weekly", "månedlig".
    pub const RATE_ADVERB: Classes = 1 << 31;
    /// "during", "under": with a noun, a period.
    pub const DURING: Classes = 1 << 32;
    /// "from" in "from 900 to 1 100".
    pub const FROM: Classes = 1 << 33;
    /// "to" in "from 900 to 1 100".
    pub const TO: Classes = 1 << 34;
    /// Infinitive and purpose particles: "å", "att", "at".
    pub const PARTICLE: Classes = 1 << 35;
    /// Words that mark a survey or a count, used for nothing but language detection.
    pub const COMMON: Classes = 1 << 36;
    /// "decrease", "reduce", "færre": a change downwards.
    pub const LESS: Classes = 1 << 37;
    /// "the", "den", "det": skipped before a time word.
    pub const ARTICLE: Classes = 1 << 38;
    /// "of", "av", "af": "end of", "utgangen av".
    pub const OF: Classes = 1 << 39;
    /// "next", "neste", "nästa": the period after the current one.
    pub const NEXT: Classes = 1 << 40;
    /// "today", "i dag", "currently": a number beside it is where we stand, a baseline.
    pub const NOW: Classes = 1 << 41;
    /// "last year", "i fjor", "sidste år": a number beside it is a baseline.
    pub const PAST: Classes = 1 << 42;
    /// "in", "i".
    pub const IN: Classes = 1 << 43;
    /// "år" in its bare form: after "i" it is this year ("i år"), where "i året" is a rate.
    pub const YEAR_BARE: Classes = 1 << 44;
    /// "therefore", "derfor", "därför": what comes before is the aim, what follows the goal.
    pub const THEREFORE: Classes = 1 << 45;
    /// "newsletter", "nyhetsbrev", "e-mail": subscribers there are a dialogue, not an audience.
    pub const NEWSLETTER: Classes = 1 << 46;
    /// "the goal", "målet": with a copula after it ("målet är …"), what follows is the aim.
    pub const AIM_NOUN: Classes = 1 << 47;
    pub const COPULA: Classes = 1 << 48;
    /// "free", "gratis": a free booking or trial is a sign-up, not a sale.
    pub const FREE: Classes = 1 << 49;
    /// "on average", "i snitt": with viewing or visiting, a measure of time.
    pub const AVERAGE: Classes = 1 << 50;
    /// "video", "klipp": views of these are video views, not impressions.
    pub const VIDEO: Classes = 1 << 51;
    /// "new" in "by new year".
    pub const NEW: Classes = 1 << 52;
    /// "so", "så": a clause of purpose follows, unless a quantifier does ("so many", "så mange").
    pub const SO: Classes = 1 << 53;
    /// "many", "mange", "langt": after "so", a degree, not a purpose.
    pub const SO_DEGREE: Classes = 1 << 54;
    /// "order" in "in order to".
    pub const ORDER: Classes = 1 << 55;
    /// "like", "want", "hope": before "to", a wish, not a purpose ("would like to sell").
    pub const WISH: Classes = 1 << 56;
    /// "by", "through", "ved", "gjennom": a clause of means follows (with an -ing word or a particle).
    pub const MEANS_PREP: Classes = 1 << 57;
    /// "for", "för": with a particle after it ("for å"), a clause of purpose.
    pub const PURPOSE_PREP: Classes = 1 << 58;
    /// "slik", "sådan": with "at"/"att" after it, a clause of purpose.
    pub const SUCH: Classes = 1 << 59;
    /// "would", "we", "i": before "like", a wish ("we'd like to"), not likes.
    pub const WISHER: Classes = 1 << 60;
    /// "nå": the verb "reach" in Norwegian, but also "now".
    pub const NOW_OR_REACH: Classes = 1 << 61;
    /// "ut", "ud": after "nå", the verb "reach out".
    pub const OUT: Classes = 1 << 62;
    /// "by", "med", "with": before a percentage, a change ("by 30 %"), not a level.
    pub const CHANGE_BY: Classes = 1 << 63;
    /// "among", "blant": the people after it are the audience.
    pub const AMONG: Classes = 1 << 64;
    /// "under", "over": before a number after people, an age ("barn under 6").
    pub const UNDER_OVER: Classes = 1 << 65;
    /// "that", "at", "att" after "so" or "slik".
    pub const THAT: Classes = 1 << 66;
    /// "see", "ses", "sees": with people counted ("seen by 30 000 people"), reach.
    pub const SEE: Classes = 1 << 67;
    /// "share", "dele", "dela": after "get people to", the audience's sharing, not our posting.
    pub const SHARE: Classes = 1 << 68;
    /// "under", "below": before a length of time, a limit to keep under ("svartid under en time").
    pub const BELOW: Classes = 1 << 69;
    /// "watch", "lytte", "läsa": taking content in, as [`SEE`] does, which a share of it measures
    /// ("hear 70 % of each episode").
    pub const TAKE_IN: Classes = 1 << 70;
    /// "paid", "betalte": what follows costs money, so it is a transaction.
    pub const PAID: Classes = 1 << 71;
    /// "ferdig", "klart", "færdige", "bunden": with a verb of taking content in before it, the content was
    /// taken in to its end ("ses helt færdige"), as [`END`] after "to" is ("watch to the end").
    pub const COMPLETE: Classes = 1 << 72;
    /// Small words only one or two of the languages use ("seg", "hvad", "mycket"): they place no goal,
    /// but tell the languages apart where the goal's own words are shared ("At flere melder seg på").
    pub const LANG_MARK: Classes = 1 << 73;
    /// "tag", "tagger": people who tag us post about us, so their posts are not ours.
    pub const TAG: Classes = 1 << 74;
    /// "open", "åpne", "öppna": with a newsletter and a share, the open rate.
    pub const OPEN: Classes = 1 << 75;
    /// "survey", "undersøkelse", "spontant": a mention asked for in a survey is recall, not visibility.
    pub const SURVEY: Classes = 1 << 76;
    /// "impressions", "eksponeringer": named outright, impressions stay impressions, also of a video
    /// (where "views" of a video are its views).
    pub const IMPRESSION: Classes = 1 << 77;
    /// "svar", "reply": a reply named as a noun; before a short time limit, our response time.
    pub const REPLY: Classes = 1 << 78;
    /// "halvt", "half": with a unit, half of it ("innen et halvt år", "within half a year").
    pub const HALF: Classes = 1 << 79;
    /// "fornøyde", "nöjda", "satisfied": people so described are counted for their satisfaction.
    pub const SATISFIED: Classes = 1 << 80;
    /// "vår": "our", but "i vår" at the end of a clause is this spring.
    pub const SPRING_OR_OUR: Classes = 1 << 81;
    /// "be", "bli", "blive": before "tagged", we are the ones named in others' posts.
    pub const BECOME: Classes = 1 << 82;
    /// "som", "who", "der": a verb just after it belongs to a clause about the noun before.
    pub const RELATIVE: Classes = 1 << 83;
    /// "page", "link", "skjema": after a result noun, the noun names the place ("booking page"), not
    /// the result.
    pub const WEB_PLACE: Classes = 1 << 84;
    /// "and", "og", "och": two of the audience's verbs joined ("clicking through and buying").
    pub const AND: Classes = 1 << 85;
    /// "same", "samme": before "day", a limit on each reply ("svar samme dag"), as "within a day" is.
    pub const SAME: Classes = 1 << 86;
    /// "Trustpilot", "Tripadvisor": sites of reviews, where what is said about us is a review.
    pub const REVIEW_SITE: Classes = 1 << 87;
    /// "for jul", "fore påsk", "ved årsskiftet": "før"/"före" typed without its accent, and "at", point
    /// at a time only before a holiday, a season or an event ("for bakeriet" is not a time).
    pub const LOOSE_BEFORE: Classes = 1 << 88;
    /// "about", "on", "om": after our content ("post about the pay campaign", "en serie om at købe
    /// bolig"), what follows is its topic, not a result.
    pub const TOPIC: Classes = 1 << 89;
    /// "öppettiderna", "office hours": the hours in which we answer bound each reply, not the goal.
    pub const HOURS: Classes = 1 << 90;
    /// "fredag", "Friday": after "every", "hver", a day of the week makes a rate.
    pub const WEEKDAY: Classes = 1 << 91;
    /// "until", "fram (till)": whatever occasion follows ends the goal's period.
    pub const UNTIL: Classes = 1 << 92;
    /// "stars", "stjerner": after a number, a score given ("fem stjerner").
    pub const STARS: Classes = 1 << 93;
    /// "say", "svarar", "sier": what people say, most often in a survey.
    pub const SAY: Classes = 1 << 94;
    /// "raise", "samle inn": collecting money, a verb right before the sum.
    pub const RAISE_MONEY: Classes = 1 << 95;
    /// Swedish "når", "nått": reaches. Folded, they would meet "när" (when), so they are read by their
    /// own spelling.
    pub const REACHES: Classes = 1 << 96;
    /// "räknat på visningar", "counting likes … against views": what a named rate is made of follows.
    pub const DEFINED_AS: Classes = 1 << 97;
    /// "join the WhatsApp volunteer group", "join the closed beta": what is joined for free.
    pub const FREE_TO_JOIN: Classes = 1 << 98;
    /// "sign the petition", "namninsamlingen": a signature on a petition is a sign-up, not a contract.
    pub const PETITION: Classes = 1 << 99;
    /// "9 or 10", "9 eller 10": two scores on a scale.
    pub const OR: Classes = 1 << 100;
    /// "pay survey", "pay talks", "book club": after a verb's spelling, a noun that makes it a noun.
    pub const NOUN_AFTER: Classes = 1 << 101;
    /// "on", "på": a lone letter after it names a platform ("2k mentions on x").
    pub const ON_SITE: Classes = 1 << 102;
    /// "dag" bare: after "i" it is today ("i dag 1 100"), where "om dagen" is a rate.
    pub const DAY_BARE: Classes = 1 << 103;
    /// "seg", "sig": the reflexive that belongs to a verb ("melder seg på").
    pub const REFLEXIVE: Classes = 1 << 104;
    /// "stannar (kvar)", "blir værende": staying, on a page or as a member.
    pub const STAY: Classes = 1 << 105;
    /// "hashtag", "emneknagg": the label on a post, which names us but is no act of tagging.
    pub const HASHTAG: Classes = 1 << 106;
    /// "Visit" before a place's name: a tourist board's name ("Visit Skarvøy"), not visits.
    pub const NAME_OPENER: Classes = 1 << 107;
    /// "people", "persons": anyone, counted, who is to act ("wants 40 people to book"); read only
    /// before an English wish's "to".
    pub const ANYONE: Classes = 1 << 108;
    /// "app", "appen", "klubbappen": our app, a channel where people act on it ("bookinger i appen"),
    /// though not when it is what is downloaded.
    pub const APP: Classes = 1 << 109;
    /// "via", "i", "through": before the app, the place where something happens.
    pub const PLACE_PREP: Classes = 1 << 110;
    /// "eve" after a holiday: the day before it ("Christmas Eve").
    pub const EVE: Classes = 1 << 111;
    /// "whose", "vars" ("hvis" is also "if"): a clause about people and what is theirs ("patients whose questions we
    /// answered").
    pub const WHOSE: Classes = 1 << 112;
    /// "hopp", "håp", "håb", "hope", "hoping": after "i"/"in" and before "om"/"of", a purpose ("annonserar
    /// … i hopp om fler uppdrag").
    pub const HOPE: Classes = 1 << 113;
    /// "not", "inte", "ikke": a result named after it is contrasted with the goal, not counted
    /// ("tittar klart …, inte bara klickar").
    pub const NOT: Classes = 1 << 114;
    /// "group", "club", "gruppe", "klubb": a community on a platform, whose members are its followers
    /// ("fb group members from 850 to 1,300").
    pub const GROUP: Classes = 1 << 115;
    /// "members", "medlemmer", "medlemmar": people who belong to something.
    pub const MEMBER: Classes = 1 << 116;
    /// "list", "broadcast", "liste", "lista": a list we send to, whose subscribers signed up for it
    /// as for a newsletter ("WhatsApp broadcast subscribers").
    pub const SEND_LIST: Classes = 1 << 117;
    /// "every", "each", "hver", "varje": a thing named after it is what each of our outputs is made
    /// for ("a video of every session"), not a result counted.
    pub const EVERY: Classes = 1 << 118;

    /// The classes whose words vote in language detection. The classes from `ARTICLE` on give rules
    /// their shape and repeat words the older classes already place; letting them vote as well would
    /// tip short texts ("for at" is Danish, though "at" is Norwegian too).
    pub const VOTES: Classes = (ARTICLE - 1) | LANG_MARK;
}

/// The ending of an English gerund: "by getting" opens a clause of means.
pub(crate) const GERUND: &str = "ing";

/// One row of the table: languages, classes, a value, and the words. The value is a number, a factor,
/// a month (1-12), an ordinal (1-4), a unit's length in days (a month is 30), or a holiday's date as
/// month.day (12.24); zero where nothing is meant.
pub(crate) struct Row {
    pub langs: u8,
    pub classes: Classes,
    pub value: f64,
    /// The words, separated by spaces.
    pub words: &'static str,
}

/// A row of the table, written on one line.
const fn row(langs: u8, classes: Classes, value: f64, words: &'static str) -> Row {
    Row {
        langs,
        classes,
        value,
        words,
    }
}

use c::*;

pub(crate) static ROWS: &[Row] = &[
    // noun-phrase filler
    row(EN, FILLER, 0.0, "the our my their your its this these new qualified total average monthly weekly number amount count level all more extra additional at least over just around about some unique verified organic paid active"),
    row(NB, FILLER, 0.0, "den det de vår våre vårt nye ny nytt antall antallet totale totalt samlede samlet gjennomsnittlig gjennomsnittlige kvalifiserte minst alle flere mer ekstra organiske unike månedlige ukentlige egne"),
    row(SV, FILLER, 0.0, "den det de vår våra vårt nya ny nytt antal antalet totala totalt totalen samlade genomsnittlig genomsnittliga kvalificerade minst alla fler flera mer extra organiska unika månatliga egna spontana spontan"),
    row(DA, FILLER, 0.0, "den det de vores nye ny nyt antal antallet samlede samlet gennemsnitlig gennemsnitlige gennemsnitligt kvalificerede mindst alle flere mere ekstra organiske unikke månedlige ugentlige egne så mange"),
    row(ALL, FILLER, 0.0, "min max"),
    // Their own: "forny deres tilmelding", "förnya sina medlemskap".
    row(NB | DA, FILLER, 0.0, "deres sine"),
    row(NB, FILLER, 0.0, "sitt"),
    row(DA, FILLER, 0.0, "sit"),
    row(SV, FILLER, 0.0, "deras sina sitt"),
    row(EN, FILLER, 0.0, "share proportion percentage"),
    row(SCAND, FILLER, 0.0, "andel andelen"),
    // prepositions that end a noun phrase
    row(EN, PREP, 0.0, "on in at from to via through thru with by for of per among across into onto within during before after until till than about around between without like as"),
    row(NB, PREP, 0.0, "på i fra til via gjennom med av for per blant hos om innen inen før etter mot fram frem mellom under over uten enn ved"),
    row(SV, PREP, 0.0, "på i från till via genom med av för per bland hos om inom innan före efter mot fram mellan under över utan än vid inför senast"),
    row(DA, PREP, 0.0, "på i fra til via gennem med af for pr per blandt hos om inden før efter mod frem mellem under over uden end ved senest"),
    row(EN, AUDIENCE_PREP, 0.0, "among from for amongst"),
    row(NB, AUDIENCE_PREP, 0.0, "blant fra for hos"),
    row(SV, AUDIENCE_PREP, 0.0, "bland från för hos"),
    row(DA, AUDIENCE_PREP, 0.0, "blandt fra for hos"),
    row(EN, TIME_PREP, 0.0, "in by before until till through throughout during over within from of ahead prior"),
    row(NB, TIME_PREP, 0.0, "i innen inen før til fram frem under gjennom av fra om mot"),
    row(SV, TIME_PREP, 0.0, "i inom innan före till fram under genom av från senast inför om mot"),
    row(DA, TIME_PREP, 0.0, "i inden før til frem under gennem af fra senest om mod"),
    row(EN, DEADLINE_PREP, 0.0, "before prior ahead b4"),
    row(EN, UNTIL, 0.0, "until"),
    row(NB | DA, UNTIL, 0.0, "fram frem"),
    row(SV, UNTIL, 0.0, "fram"),
    // "inen" is a slip for "innen" that people type often enough to read as meant.
    row(NB, DEADLINE_PREP, 0.0, "innen inen før senest"),
    row(SV, DEADLINE_PREP, 0.0, "innan före inför senast"),
    row(DA, DEADLINE_PREP, 0.0, "inden før senest"),
    row(EN, RATE_PREP, 0.0, "per a an each every"),
    row(NB, RATE_PREP, 0.0, "per pr i om hver hvert hverandre"),
    row(SV, RATE_PREP, 0.0, "per i om varje varannan"),
    row(DA, RATE_PREP, 0.0, "pr per i om hver hvert"),
    row(EN, WITHIN, 0.0, "within in over next inside"),
    row(NB, WITHIN, 0.0, "innen inen i på om neste kommende av senest"),
    row(SV, WITHIN, 0.0, "inom på om nästa kommande närmaste av senast"),
    row(DA, WITHIN, 0.0, "inden i på om næste kommende af senest"),
    row(EN, DURING, 0.0, "during throughout"),
    row(SCAND, DURING, 0.0, "under"),
    row(EN, FROM, 0.0, "from"),
    row(NB | DA, FROM, 0.0, "fra"),
    row(SV, FROM, 0.0, "från"),
    row(EN, TO, 0.0, "to"),
    row(NB | DA, TO, 0.0, "til"),
    row(SV, TO, 0.0, "till"),
    // Hurried Swedish: "t slutet", "t sommarn".
    row(SV, TO, 0.0, "t"),
    // numbers in words
    row(ALL, ARTICLE_ONE, 1.0, ""),
    row(EN, ARTICLE_ONE, 1.0, "a an"),
    row(SCAND, ARTICLE_ONE, 1.0, "en et ett"),
    row(EN, NUMBER_WORD, 1.0, "one"),
    row(EN, NUMBER_WORD, 2.0, "two"),
    row(EN, NUMBER_WORD, 3.0, "three"),
    row(EN, NUMBER_WORD, 4.0, "four"),
    row(EN, NUMBER_WORD, 5.0, "five"),
    row(EN, NUMBER_WORD, 6.0, "six"),
    row(EN, NUMBER_WORD, 7.0, "seven"),
    row(EN, NUMBER_WORD, 8.0, "eight"),
    row(EN, NUMBER_WORD, 9.0, "nine"),
    row(EN, NUMBER_WORD, 10.0, "ten"),
    row(EN, NUMBER_WORD, 12.0, "twelve dozen"),
    row(EN, NUMBER_WORD, 20.0, "twenty"),
    row(EN, NUMBER_WORD, 50.0, "fifty"),
    row(EN, NUMBER_WORD, 15.0, "fifteen"),
    row(EN, NUMBER_WORD, 11.0, "eleven"),
    row(EN, NUMBER_WORD, 13.0, "thirteen"),
    row(EN, NUMBER_WORD, 14.0, "fourteen"),
    row(EN, NUMBER_WORD, 16.0, "sixteen"),
    row(EN, NUMBER_WORD, 17.0, "seventeen"),
    row(EN, NUMBER_WORD, 18.0, "eighteen"),
    row(EN, NUMBER_WORD, 19.0, "nineteen"),
    row(NB | DA, NUMBER_WORD, 11.0, "elleve"),
    row(NB | DA, NUMBER_WORD, 13.0, "tretten"),
    row(NB | DA, NUMBER_WORD, 14.0, "fjorten"),
    row(NB | DA, NUMBER_WORD, 16.0, "seksten"),
    row(NB | DA, NUMBER_WORD, 17.0, "sytten"),
    row(NB | DA, NUMBER_WORD, 18.0, "atten"),
    row(NB | DA, NUMBER_WORD, 19.0, "nitten"),
    row(SV, NUMBER_WORD, 11.0, "elva"),
    row(SV, NUMBER_WORD, 13.0, "tretton"),
    row(SV, NUMBER_WORD, 14.0, "fjorton"),
    row(SV, NUMBER_WORD, 16.0, "sexton"),
    row(SV, NUMBER_WORD, 17.0, "sjutton"),
    row(SV, NUMBER_WORD, 18.0, "arton"),
    row(SV, NUMBER_WORD, 19.0, "nitton"),
    row(EN, NUMBER_WORD, 25.0, "twentyfive"),
    row(EN, NUMBER_WORD, 30.0, "thirty"),
    row(EN, NUMBER_WORD, 40.0, "forty"),
    row(EN, NUMBER_WORD, 60.0, "sixty"),
    row(EN, NUMBER_WORD, 70.0, "seventy"),
    row(EN, NUMBER_WORD, 80.0, "eighty"),
    row(EN, NUMBER_WORD, 90.0, "ninety"),
    row(NB, NUMBER_WORD, 15.0, "femten"),
    row(NB, NUMBER_WORD, 25.0, "tjuefem"),
    row(NB, NUMBER_WORD, 30.0, "tretti"),
    row(NB, NUMBER_WORD, 40.0, "førti"),
    row(NB, NUMBER_WORD, 50.0, "femti"),
    row(NB, NUMBER_WORD, 60.0, "seksti"),
    row(NB, NUMBER_WORD, 70.0, "sytti"),
    row(NB, NUMBER_WORD, 80.0, "åtti"),
    row(NB, NUMBER_WORD, 90.0, "nitti"),
    row(NB, NUMBER_WORD, 10_000.0, "titusen"),
    row(SV, NUMBER_WORD, 15.0, "femton"),
    row(SV, NUMBER_WORD, 25.0, "tjugofem"),
    row(SV, NUMBER_WORD, 30.0, "trettio"),
    row(SV, NUMBER_WORD, 40.0, "fyrtio"),
    row(SV, NUMBER_WORD, 50.0, "femtio"),
    row(SV, NUMBER_WORD, 60.0, "sextio"),
    row(SV, NUMBER_WORD, 70.0, "sjuttio"),
    row(SV, NUMBER_WORD, 80.0, "åttio"),
    row(SV, NUMBER_WORD, 90.0, "nittio"),
    row(SV, NUMBER_WORD, 10_000.0, "tiotusen"),
    row(SV, NUMBER_WORD, 20_000.0, "tjugotusen"),
    row(DA, NUMBER_WORD, 15.0, "femten"),
    row(DA, NUMBER_WORD, 25.0, "femogtyve"),
    row(DA, NUMBER_WORD, 30.0, "tredive"),
    row(DA, NUMBER_WORD, 40.0, "fyrre"),
    row(DA, NUMBER_WORD, 50.0, "halvtreds"),
    row(DA, NUMBER_WORD, 60.0, "tres"),
    row(DA, NUMBER_WORD, 70.0, "halvfjerds"),
    row(DA, NUMBER_WORD, 80.0, "firs"),
    row(DA, NUMBER_WORD, 90.0, "halvfems"),
    row(NB | DA, NUMBER_WORD, 2.0, "to"),
    row(SV, NUMBER_WORD, 2.0, "två"),
    row(NB, NUMBER_WORD, 1.5, "halvannen halvannet"),
    row(SV, NUMBER_WORD, 1.5, "halvannan halvannat"),
    row(DA, NUMBER_WORD, 1.5, "halvanden halvandet"),
    row(SCAND, NUMBER_WORD, 3.0, "tre"),
    row(NB | DA, NUMBER_WORD, 4.0, "fire"),
    row(SV, NUMBER_WORD, 4.0, "fyra"),
    row(SCAND, NUMBER_WORD, 5.0, "fem"),
    row(NB | DA, NUMBER_WORD, 6.0, "seks"),
    row(SV, NUMBER_WORD, 6.0, "sex"),
    row(NB | SV, NUMBER_WORD, 7.0, "sju"),
    row(NB | DA, NUMBER_WORD, 7.0, "syv"),
    row(NB, NUMBER_WORD, 8.0, "åtte"),
    row(SV, NUMBER_WORD, 8.0, "åtta"),
    row(DA, NUMBER_WORD, 8.0, "otte"),
    row(NB | DA, NUMBER_WORD, 9.0, "ni"),
    row(SV, NUMBER_WORD, 9.0, "nio"),
    row(NB | DA, NUMBER_WORD, 10.0, "ti"),
    row(SV, NUMBER_WORD, 10.0, "tio"),
    row(SCAND, NUMBER_WORD, 12.0, "tolv"),
    row(NB, NUMBER_WORD, 20.0, "tjue"),
    row(SV, NUMBER_WORD, 20.0, "tjugo"),
    row(DA, NUMBER_WORD, 20.0, "tyve"),
    // "three hundred", "to tusen": a magnitude after a number word; alone, a number itself.
    row(EN, MAGNITUDE | NUMBER_WORD, 100.0, "hundred"),
    row(NB, MAGNITUDE | NUMBER_WORD, 100.0, "hundre"),
    row(SV, MAGNITUDE | NUMBER_WORD, 100.0, "hundra"),
    row(DA, MAGNITUDE | NUMBER_WORD, 100.0, "hundrede"),
    row(EN, NUMBER_WORD, 1e3, "thousand"),
    row(NB | SV, NUMBER_WORD, 1e3, "tusen"),
    row(DA, NUMBER_WORD, 1e3, "tusind"),
    row(EN, MAGNITUDE, 1e3, "thousand"),
    row(EN, MAGNITUDE, 1e6, "million millions mill mln"),
    row(NB | SV, MAGNITUDE, 1e3, "tusen"),
    row(DA, MAGNITUDE, 1e3, "tusind"),
    row(NB | DA, MAGNITUDE, 1e6, "million millioner mill mio"),
    row(SV, MAGNITUDE, 1e6, "miljon miljoner milj mkr mill mn"),
    row(EN, MULTIPLIER, 2.0, "double doubled doubling twice"),
    row(EN, MULTIPLIER, 3.0, "triple tripled tripling treble threefold"),
    row(EN, MULTIPLIER, 4.0, "quadruple fourfold"),
    row(EN, MULTIPLIER, 10.0, "tenfold"),
    row(EN, MULTIPLIER, 0.5, "halve halved halving half"),
    row(NB, MULTIPLIER, 2.0, "doble doblet dobla dobling fordoble fordobling dobbelt dobbel dobles fordobles fordoblet"),
    row(NB, MULTIPLIER, 3.0, "tredoble tredobling tredobbel tredobles tredoblet"),
    row(NB, MULTIPLIER, 0.5, "halvere halvering halvparten halvdelen"),
    row(SV, MULTIPLIER, 2.0, "dubbla dubblera fördubbla fördubbling dubbelt fördubblas dubbleras dubblas dubblad dubblats"),
    row(SV, MULTIPLIER, 3.0, "tredubbla tredubbling tredubblas tredubblad tredubblats"),
    row(SV, MULTIPLIER, 0.5, "halvera halvering hälften"),
    row(DA, MULTIPLIER, 2.0, "doble fordoble fordobling dobbelt fordoblet fordobles dobles"),
    row(DA, MULTIPLIER, 3.0, "tredoble tredobling tredobles tredoblet"),
    // "klik x3", "saves x2": a multiplier as hurried writers type it.
    row(ALL, MULTIPLIER, 2.0, "x2"),
    row(ALL, MULTIPLIER, 3.0, "x3"),
    row(ALL, MULTIPLIER, 4.0, "x4"),
    row(ALL, MULTIPLIER, 5.0, "x5"),
    row(ALL, MULTIPLIER, 10.0, "x10"),
    row(DA, MULTIPLIER, 0.5, "halvere halvering halvdelen halvdel"),
    row(ALL, PERCENT, 0.0, "% ‰"),
    row(EN, PERCENT, 0.0, "percent pct percentage"),
    row(NB, PERCENT, 0.0, "prosent pst prosentpoeng"),
    row(SV | DA, PERCENT, 0.0, "procent procentenheter procentpoint"),
    row(ALL, CURRENCY, 0.0, "kr nok sek dkk eur euro euros usd gbp £ $ € kroner kronor kr"),
    row(EN, CURRENCY, 0.0, "dollars pounds"),
    // changes without a number
    row(EN, MORE, 0.0, "more increase increased increases increasing grow grows growing raise raises improve improved boost higher longer better lift strengthen greater bigger"),
    row(NB, MORE, 0.0, "flere mer mere økt øke økes økning høyere lengre bedre styrke større"),
    row(SV, MORE, 0.0, "fler flera mer mera öka ökad ökat ökade ökning högre längre bättre stärka större"),
    row(DA, MORE, 0.0, "flere mere øge øget øgede øges øgning højere længere bedre styrke større"),
    row(EN, LESS, 0.0, "fewer less lower reduce reduced cut shorter decrease"),
    row(NB, LESS, 0.0, "færre mindre lavere redusere redusert kortere senke"),
    row(SV, LESS, 0.0, "färre mindre lägre minska minskad kortare sänka"),
    row(DA, LESS, 0.0, "færre mindre lavere reducere reduceret kortere sænke"),
    // time
    row(EN, MONTH, 1.0, "january jan"),
    row(EN, MONTH, 2.0, "february feb"),
    row(EN, AMBIGUOUS_MONTH, 3.0, "march"),
    row(EN, MONTH, 4.0, "april"),
    row(EN, AMBIGUOUS_MONTH, 5.0, "may"),
    row(EN, MONTH, 6.0, "june"),
    row(EN, MONTH, 7.0, "july"),
    row(EN, MONTH, 8.0, "august aug"),
    row(EN, MONTH, 9.0, "september sept sep"),
    row(EN, MONTH, 10.0, "october oct"),
    row(EN, MONTH, 11.0, "november nov"),
    row(EN, MONTH, 12.0, "december dec"),
    row(NB | DA, MONTH, 1.0, "januar"),
    row(SV, MONTH, 1.0, "januari"),
    row(NB | DA, MONTH, 2.0, "februar"),
    row(SV, MONTH, 2.0, "februari"),
    row(SCAND, MONTH, 3.0, "mars marts"),
    row(SCAND, MONTH, 4.0, "april"),
    row(NB, MONTH, 5.0, "mai"),
    row(SV | DA, MONTH, 5.0, "maj"),
    row(SCAND, MONTH, 6.0, "juni"),
    row(SCAND, MONTH, 7.0, "juli"),
    row(SCAND, MONTH, 8.0, "august augusti"),
    row(SCAND, MONTH, 9.0, "september"),
    row(SCAND, MONTH, 10.0, "oktober"),
    row(SCAND, MONTH, 11.0, "november"),
    row(NB, MONTH, 12.0, "desember"),
    row(SV | DA, MONTH, 12.0, "december"),
    // Months shortened as people type them ("inden udgangen af feb"); "jun" and "jul" are left out,
    // "jul" being Christmas.
    row(SCAND, MONTH, 1.0, "jan"),
    row(SCAND, MONTH, 2.0, "feb"),
    row(SCAND, MONTH, 4.0, "apr"),
    row(SCAND, MONTH, 8.0, "aug"),
    row(SCAND, MONTH, 9.0, "sep sept"),
    row(SCAND, MONTH, 10.0, "okt"),
    row(SCAND, MONTH, 11.0, "nov"),
    row(NB, MONTH, 12.0, "des"),
    row(SV | DA, MONTH, 12.0, "dec"),
    row(EN, SEASON, 3.0, "spring"),
    row(EN, SEASON, 6.0, "summer"),
    row(EN, SEASON, 9.0, "autumn fall"),
    row(EN, SEASON, 12.0, "winter"),
    row(NB | SV, SPRING_OR_OUR, 3.0, "vår"),
    row(NB, SEASON, 3.0, "våren"),
    row(SV, SEASON, 3.0, "våren"),
    row(DA, SEASON, 3.0, "foråret forår"),
    row(NB | DA, SEASON, 6.0, "sommeren sommer"),
    row(SV, SEASON, 6.0, "sommaren sommar sommarn"),
    row(NB, SEASON, 9.0, "høsten høst"),
    row(SV, SEASON, 9.0, "hösten höst"),
    row(DA, SEASON, 9.0, "efteråret efterår"),
    row(NB | DA, SEASON, 12.0, "vinteren vinter"),
    row(SV, SEASON, 12.0, "vintern vinter"),
    // Christmas Day in English, Christmas Eve in the Nordic countries.
    row(EN, HOLIDAY, 12.25, "christmas xmas"),
    row(EN, EVE, 0.0, "eve"),
    row(EN, HOLIDAY, 12.31, "newyear yearend"),
    // Days counted from Easter Sunday: 200 is Easter Sunday, 199 the Saturday before.
    row(EN, HOLIDAY, 200.0, "easter"),
    row(SCAND, HOLIDAY, 12.24, "jul julen julaften julafton juleaften"),
    row(NB | DA, HOLIDAY, 200.0, "påske påsken"),
    row(SV, HOLIDAY, 200.0, "påsk påsken"),
    row(NB, HOLIDAY, 12.31, "nyttår nyttårsaften årsskiftet årsskifte"),
    row(SV, HOLIDAY, 12.31, "nyår nyårsafton årsskiftet årsskifte"),
    row(DA, HOLIDAY, 12.31, "nytår nytårsaften årsskiftet årsskifte"),
    row(SV, HOLIDAY, 0.0, "midsommar"),
    row(SV, HOLIDAY, 199.0, "påskafton"),
    row(NB | DA, HOLIDAY, 199.0, "påskeaften"),
    // Days whose date moves from year to year: a deadline without a fixed date.
    row(SCAND, HOLIDAY, 0.0, "morsdag morsdagen farsdag farsdagen mors fars"),
    row(EN, HOLIDAY, 0.0, "mother's father's mothers fathers mothersday fathersday"),
    // Valentine's Day is 14 February in all four countries ("alla hjärtans dag" in Swedish).
    row(SCAND, HOLIDAY, 2.14, "valentinsdag valentinsdagen valentins"),
    row(SV, HOLIDAY, 2.14, "hjärtans hjartans"),
    row(EN, HOLIDAY, 2.14, "valentine's valentines valentine"),
    row(ALL, HOLIDAY, 10.31, "halloween"),
    row(EN, HOLIDAY, 11.05, "bonfire"),
    row(NB | DA, HOLIDAY, 6.23, "sankthans"),
    // Periods of the church year whose dates move with Easter or Christmas: "i advent", "i fastetiden".
    row(EN, HOLIDAY, 0.0, "advent lent"),
    row(NB | DA, HOLIDAY, 0.0, "advent adventstiden fasten fastetiden"),
    row(SV, HOLIDAY, 0.0, "advent adventstiden fastan fastetiden"),
    row(EN, UNIT_SHORT, 0.0, "seconds sec secs minute minutes min hour hours hrs hr h mins"),
    row(NB, UNIT_SHORT, 0.0, "sekund sekunder sek minutt minutter min time timer t"),
    row(SV, UNIT_SHORT, 0.0, "sekund sekunder sek minut minuter min timme timmar timmen tim"),
    // "svar inom 4 h": the SI symbol of an hour, in every language.
    row(SCAND, UNIT_SHORT, 0.0, "h"),
    row(DA, UNIT_SHORT, 0.0, "sekund sekunder sek minut minutter min time timer timers t"),
    row(EN, SAME, 0.0, "same"),
    row(EN, TOPIC, 0.0, "about on"),
    row(EN, HOURS, 0.0, "hours"),
    row(SV, HOURS, 0.0, "öppettid öppettiden öppettider öppettiderna kontorstid kontorstiden arbetstid arbetstiden"),
    row(NB, HOURS, 0.0, "åpningstid åpningstiden åpningstidene kontortid kontortiden kontortida arbeidstid arbeidstiden"),
    row(DA, HOURS, 0.0, "åbningstid åbningstiden åbningstiderne kontortid kontortiden arbejdstid arbejdstiden"),
    row(SCAND, TOPIC, 0.0, "om"),
    row(NB | DA, LOOSE_BEFORE, 0.0, "for ved"),
    row(SV, LOOSE_BEFORE, 0.0, "for fore vid"),
    row(ALL, REVIEW_SITE, 0.0, "trustpilot tripadvisor yelp"),
    row(NB | DA, SAME, 0.0, "samme"),
    row(SV, SAME, 0.0, "samma"),
    row(EN, UNIT_SHORT, 1.0, "day days"),
    row(NB, UNIT_SHORT, 1.0, "døgn døgnet dag dager dagen arbeidsdag arbeidsdager virkedag virkedager"),
    row(SV, UNIT_SHORT, 1.0, "dygn dygnet dag dagar dagen arbetsdag arbetsdagar vardag vardagar"),
    row(DA, UNIT_SHORT, 1.0, "døgn døgnet dag dage dagen arbejdsdag arbejdsdage hverdag hverdage"),
    row(EN, UNIT_LONG, 7.0, "week weeks"),
    row(NB, UNIT_LONG, 7.0, "uke uker uka uken"),
    row(SV, UNIT_LONG, 7.0, "vecka veckor veckan"),
    row(DA, UNIT_LONG, 7.0, "uge uger ugen"),
    row(EN, UNIT_LONG, 30.0, "month months"),
    row(NB | DA, UNIT_LONG, 30.0, "måned måneder måneden månedene"),
    row(NB, UNIT_LONG, 30.0, "mnd"),
    row(DA, UNIT_LONG, 30.0, "mdr mnd"),
    row(SV, UNIT_LONG, 30.0, "månad månader månaden månaderna mån"),
    // "2 nyhedsbreve om md.", "5 reels a mth": months shortened.
    row(DA, UNIT_LONG, 30.0, "md"),
    row(EN, UNIT_LONG, 30.0, "mth mths"),
    row(EN, UNIT_LONG, 7.0, "wk wks"),
    row(EN, UNIT_LONG, 91.0, "quarter quarters"),
    row(SCAND, UNIT_LONG, 91.0, "kvartal kvartaler kvartalet"),
    row(SCAND, UNIT_LONG, 182.0, "halvår halvåret"),
    row(EN, HALF, 0.0, "half"),
    row(EN, SATISFIED, 0.0, "satisfied"),
    row(NB, SATISFIED, 0.0, "fornøyde fornøgde tilfredse fornøyd tilfreds fornoyde fornoyd"),
    row(SV, SATISFIED, 0.0, "nöjda nöjd"),
    // (Typed without "ö", a Swedish text may be read as Norwegian.)
    row(SCAND, SATISFIED, 0.0, "nojda nojd"),
    row(DA, SATISFIED, 0.0, "tilfredse tilfreds"),
    row(SCAND, HALF, 0.0, "halvt halv"),
    row(EN, UNIT_LONG, 365.0, "year years yr yrs"),
    row(SCAND, UNIT_LONG, 365.0, "år året"),
    row(EN, YEAR_UNIT, 0.0, "year years yr"),
    row(SCAND, YEAR_UNIT, 0.0, "år året årets"),
    row(EN, WEEK, 0.0, "week wk weeks"),
    row(NB, WEEK, 0.0, "uke veke uker ukene"),
    row(SV, WEEK, 0.0, "vecka v veckorna"),
    row(DA, WEEK, 0.0, "uge uger ugerne"),
    row(EN, QUARTER_WORD, 91.0, "quarter"),
    row(EN, QUARTER_WORD, 182.0, "half"),
    row(SCAND, QUARTER_WORD, 91.0, "kvartal kvartalet"),
    row(SCAND, QUARTER_WORD, 182.0, "halvår halvåret"),
    row(SCAND, QUARTER_WORD, 0.0, "tertial"),
    row(EN, ORDINAL, 1.0, "first 1st"),
    row(EN, ORDINAL, 2.0, "second 2nd"),
    row(EN, ORDINAL, 3.0, "third 3rd"),
    row(EN, ORDINAL, 4.0, "fourth 4th last"),
    row(SCAND, ORDINAL, 1.0, "første första"),
    row(SCAND, ORDINAL, 2.0, "andre andra anden andet"),
    row(SCAND, ORDINAL, 3.0, "tredje"),
    row(SCAND, ORDINAL, 4.0, "fjerde fjärde siste sista sidste"),
    row(EN, END, 0.0, "end yearend close"),
    row(NB, END, 0.0, "utgangen utgang slutten slutt utløpet resten"),
    row(SV, END, 0.0, "slutet slut utgången utgång resten"),
    row(DA, END, 0.0, "udgangen udgang slutningen slut resten"),
    row(EN, NEW, 0.0, "new"),
    row(EN, SO, 0.0, "so"),
    row(SCAND, SO, 0.0, "så"),
    // Typed without the ring in a hurry: "sa fler söker".
    row(SCAND, SO, 0.0, "sa"),
    row(EN, SO_DEGREE, 0.0, "many much far as"),
    row(SCAND, SO_DEGREE, 0.0, "mange många mye mycket meget langt snart"),
    row(EN, ORDER, 0.0, "order"),
    row(EN, WISH, 0.0, "like want wants need needs aim aims plan hope going try"),
    row(EN, MEANS_PREP, 0.0, "by through"),
    row(NB, MEANS_PREP, 0.0, "ved gjennom"),
    row(SV, MEANS_PREP, 0.0, "genom"),
    row(DA, MEANS_PREP, 0.0, "ved gennem"),
    row(NB | DA | EN, PURPOSE_PREP, 0.0, "for"),
    row(SV, PURPOSE_PREP, 0.0, "för"),
    row(NB, SUCH, 0.0, "slik sånn"),
    row(SV, SUCH, 0.0, "sådan således så"),
    row(DA, SUCH, 0.0, "sådan således"),
    row(EN, WISHER, 0.0, "would wed id we i should really"),
    row(NB, NOW_OR_REACH, 0.0, "nå"),
    row(NB, OUT, 0.0, "ut"),
    row(DA, OUT, 0.0, "ud"),
    row(EN, STARS, 0.0, "stars star"),
    row(NB | DA, STARS, 0.0, "stjerner stjerne"),
    row(SV, STARS, 0.0, "stjärnor stjärna"),
    row(EN, SAY, 0.0, "say says said rate rates"),
    row(NB, SAY, 0.0, "sier si svarer"),
    row(SV, SAY, 0.0, "säger säga svarar"),
    row(DA, SAY, 0.0, "siger sige svarer"),
    row(SV, REACHES, 0.0, "når nått nådde"),
    row(EN, DEFINED_AS, 0.0, "counting calculated defined"),
    row(NB, DEFINED_AS, 0.0, "regnet beregnet"),
    row(SV, DEFINED_AS, 0.0, "räknat räknad beräknat beräknad"),
    row(DA, DEFINED_AS, 0.0, "regnet beregnet"),
    row(EN, OR, 0.0, "or"),
    row(EN, NOUN_AFTER, 0.0, "survey dispute talks rise gap claim scale club"),
    row(EN, ON_SITE, 0.0, "on"),
    row(SCAND, ON_SITE, 0.0, "på pa"),
    row(DA, ON_SITE, 0.0, "paa"),
    row(SCAND, OR, 0.0, "eller"),
    row(EN, PETITION, 0.0, "petition petitions pledge pledges"),
    row(NB, PETITION, 0.0, "opprop oppropet underskriftskampanje underskriftskampanjen"),
    row(SV, PETITION, 0.0, "namninsamling namninsamlingen upprop uppropet"),
    row(DA, PETITION, 0.0, "underskriftindsamling underskriftindsamlingen underskriftsindsamling underskriftsindsamlingen borgerforslag borgerforslaget"),
    row(EN, FREE_TO_JOIN, 0.0, "group groups list waitlist beta community server chat band choir panel"),
    row(EN, RAISE_MONEY, 0.0, "raise raises raised raising"),
    row(NB, RAISE_MONEY, 0.0, "samle samler innsamle"),
    row(SV, RAISE_MONEY, 0.0, "samla samlar insamla"),
    row(DA, RAISE_MONEY, 0.0, "samle samler indsamle"),
    // "9 out of 10": a score on a scale.
    row(EN, OUT, 0.0, "out"),
    row(EN, SEE, 0.0, "see sees seen seeing viewed"),
    row(NB, SEE, 0.0, "se ser sett sees ses"),
    row(SV, SEE, 0.0, "se ser sett ses setts"),
    row(DA, SEE, 0.0, "se ser set ses"),
    row(EN, TAKE_IN, 0.0, "watch watches watched watching listen listens listened listening read reads reading hear hears stay stays"),
    // "60% of Spotify listeners should finish each episode": those who take content in, named as people.
    row(EN, TAKE_IN, 0.0, "listeners viewers"),
    row(NB, TAKE_IN, 0.0, "lytte lytter lyttet høre hører lese leser lest"),
    row(SV, TAKE_IN, 0.0, "titta tittar lyssna lyssnar läsa läser läst höra hör"),
    row(DA, TAKE_IN, 0.0, "lytte lytter høre hører læse læser læst"),
    row(EN, BELOW, 0.0, "under below"),
    row(SCAND, BELOW, 0.0, "under"),
    row(EN, SHARE, 0.0, "share shares"),
    row(NB | DA, SHARE, 0.0, "dele deler"),
    row(SV, SHARE, 0.0, "dela delar"),
    row(EN, THAT, 0.0, "that"),
    row(NB | DA, THAT, 0.0, "at"),
    row(SV, THAT, 0.0, "att"),
    row(EN, AMONG, 0.0, "among amongst"),
    row(NB, AMONG, 0.0, "blant"),
    row(SV, AMONG, 0.0, "bland"),
    row(DA, AMONG, 0.0, "blandt"),
    row(EN, UNDER_OVER, 0.0, "under over"),
    row(SCAND, UNDER_OVER, 0.0, "under over"),
    row(EN, CHANGE_BY, 0.0, "by with"),
    row(SCAND, CHANGE_BY, 0.0, "med"),
    row(NB | DA, NUMBER_WORD, 1.0, "én ét"),
    row(EN, FREE, 0.0, "free complimentary"),
    row(NB, FREE, 0.0, "gratis kostnadsfri kostnadsfrie kostnadsfritt"),
    row(SV, FREE, 0.0, "gratis kostnadsfri kostnadsfria kostnadsfritt avgiftsfri avgiftsfria"),
    row(DA, FREE, 0.0, "gratis gratis- omkostningsfri"),
    row(ALL, IMPRESSION, 0.0, "impression impressions"),
    row(SCAND, REPLY, 0.0, "svar svaret svarene svaren svarene"),
    row(EN, REPLY, 0.0, "reply replies response responses answer answers unanswered"),
    // "ingen anmeldelse skal stå ubesvart": a reply promised, said the other way round.
    row(NB, REPLY, 0.0, "ubesvart ubesvarte"),
    row(SV, REPLY, 0.0, "obesvarad obesvarat obesvarade"),
    row(DA, REPLY, 0.0, "ubesvaret ubesvarede"),
    row(NB | DA, IMPRESSION, 0.0, "eksponering eksponeringer eksponeringene eksponeringerne"),
    row(SV, IMPRESSION, 0.0, "exponering exponeringar exponeringarna"),
    // "ska exponeras 1,5 miljoner gånger": exposure named as a verb.
    row(NB | DA, IMPRESSION, 0.0, "eksponeres eksponert eksponeret"),
    row(SV, IMPRESSION, 0.0, "exponeras exponerad exponerade"),
    row(EN, IMPRESSION, 0.0, "exposed"),
    row(EN, TAG, 0.0, "tag tags tagged tagging"),
    row(EN, HASHTAG, 0.0, "hashtag hashtags"),
    row(NB, TAG, 0.0, "tagge tagger tagget tagges"),
    row(NB, HASHTAG, 0.0, "hashtag hashtaggen emneknagg emneknaggen"),
    row(SV, TAG, 0.0, "tagga taggar taggat taggad taggade taggas"),
    row(SV, HASHTAG, 0.0, "hashtag hashtaggen hashtagg hashtaggar"),
    row(EN, BECOME, 0.0, "be being become get getting"),
    row(EN, RELATIVE, 0.0, "who which that"),
    row(EN, WHOSE, 0.0, "whose"),
    row(SV, WHOSE, 0.0, "vars"),
    row(EN, HOPE, 0.0, "hope hopes hoping"),
    row(NB, HOPE, 0.0, "håp håpet"),
    row(SV, HOPE, 0.0, "hopp hoppet"),
    row(DA, HOPE, 0.0, "håb håbet"),
    row(EN, NOT, 0.0, "not"),
    row(NB, NOT, 0.0, "ikke ikkje"),
    row(SV, NOT, 0.0, "inte ej"),
    row(DA, NOT, 0.0, "ikke"),
    row(EN, GROUP, 0.0, "group groups club community server"),
    row(NB, GROUP, 0.0, "gruppe gruppa gruppen klubb klubben"),
    row(SV, GROUP, 0.0, "grupp gruppen klubb klubben"),
    row(DA, GROUP, 0.0, "gruppe gruppen klub klubben"),
    row(EN, SEND_LIST, 0.0, "list lists broadcast broadcasts"),
    row(NB | DA, SEND_LIST, 0.0, "liste listen lista lister"),
    row(SV, SEND_LIST, 0.0, "lista listan listor"),
    row(EN, EVERY, 0.0, "every each"),
    row(NB | DA, EVERY, 0.0, "hver hvert"),
    row(SV, EVERY, 0.0, "varje"),
    row(EN, MEMBER, 0.0, "members"),
    row(NB, MEMBER, 0.0, "medlemmer"),
    row(SV, MEMBER, 0.0, "medlemmar"),
    row(DA, MEMBER, 0.0, "medlemmer"),
    row(NB | SV, RELATIVE, 0.0, "som"),
    row(DA, RELATIVE, 0.0, "som der"),
    row(EN, WEB_PLACE, 0.0, "page pages link links site form button guide guides list lists"),
    row(NB, WEB_PLACE, 0.0, "side siden lenke lenken skjema skjemaet knapp knappen"),
    row(SV, WEB_PLACE, 0.0, "sida sidan länk länken formulär formuläret knapp knappen"),
    row(DA, WEB_PLACE, 0.0, "side siden link linket formular formularen knap knappen"),
    row(NB, BECOME, 0.0, "bli blir"),
    row(SV, BECOME, 0.0, "bli blir"),
    row(DA, BECOME, 0.0, "blive bliver"),
    row(DA, TAG, 0.0, "tagge tagger tagget tagges"),
    row(DA, HASHTAG, 0.0, "hashtag hashtagget"),
    row(EN | NB | SV | DA, NAME_OPENER, 0.0, "visit"),
    row(EN, ANYONE, 0.0, "people persons"),
    row(EN, APP, 0.0, "app apps"),
    row(NB, APP, 0.0, "app appen apper appene appa"),
    row(SV, APP, 0.0, "app appen appar apparna"),
    row(DA, APP, 0.0, "app appen apps appene"),
    row(EN, PLACE_PREP, 0.0, "via through thru in on from"),
    row(NB, PLACE_PREP, 0.0, "via gjennom i på pa fra"),
    row(SV, PLACE_PREP, 0.0, "via genom i på pa från"),
    row(DA, PLACE_PREP, 0.0, "via gennem i på pa paa fra"),
    row(EN, OPEN, 0.0, "open opens opened"),
    row(NB, OPEN, 0.0, "åpne åpner åpnet åpnes"),
    row(SV, OPEN, 0.0, "öppna öppnar öppnat öppnas"),
    row(DA, OPEN, 0.0, "åbne åbner åbnet åbnes"),
    row(EN, SURVEY, 0.0, "survey surveys poll polls unprompted spontaneously"),
    row(NB, SURVEY, 0.0, "undersøkelse undersøkelsen spørreundersøkelse spørreundersøkelsen måling målingen spontant uoppfordret"),
    row(SV, SURVEY, 0.0, "undersökning undersökningen enkät enkäten mätning mätningen kännedomsmätning kännedomsmätningen kännedomsundersökning kännedomsundersökningen varumärkesmätning varumärkesmätningen spontant"),
    row(DA, SURVEY, 0.0, "undersøgelse undersøgelsen spørgeskema måling målingen exit-undersøgelsen spontant uopfordret"),
    // "svarer på kommunens høring": a public consultation is answered like a survey.
    row(NB | DA, SURVEY, 0.0, "høring høringen"),
    row(SV, SURVEY, 0.0, "remiss remissen samråd samrådet"),
    // "när de får frågan om tandvård": the question a survey asks, not an enquiry to us.
    row(NB, SURVEY, 0.0, "spørsmålet"),
    row(SV, SURVEY, 0.0, "frågan"),
    row(DA, SURVEY, 0.0, "spørgsmålet"),
    row(NB, LANG_MARK, 0.0, "seg meg deg hva ble noen mye gjennom etter enn slik ikkje"),
    row(DA, LANG_MARK, 0.0, "hvad bliver nogen nogle meget gennem sådan"),
    row(SV, LANG_MARK, 0.0, "inte vad hur några mycket bara genom också"),
    row(SV | DA, LANG_MARK, 0.0, "sig mig dig efter blev"),
    row(NB | DA, LANG_MARK, 0.0, "bare"),
    row(EN, COMPLETE, 0.0, "finish finishes full"),
    row(NB, COMPLETE, 0.0, "ferdig ferdige bunnen veien"),
    row(SV, COMPLETE, 0.0, "klart färdigt färdiga botten vägen"),
    row(DA, COMPLETE, 0.0, "færdig færdige færdigt bunden ende vejen"),
    row(EN, PAID, 0.0, "paid paying sold"),
    // Buyers: after a conversion, the purchase ("konvertera besökare till köpare").
    row(EN, PAID, 0.0, "buyers"),
    row(NB, PAID, 0.0, "kjøpere"),
    row(SV, PAID, 0.0, "köpare"),
    row(DA, PAID, 0.0, "købere"),
    row(NB, PAID, 0.0, "betalt betalte betalende betallende signert signerte solgt solgte"),
    row(SV, PAID, 0.0, "betald betalda betalt betalande betallande signerad signerade såld sålda sålt"),
    row(DA, PAID, 0.0, "betalt betalte betalende betallende signeret signerede underskrevne solgt solgte"),
    // Rented out or adopted, counted: a deal closed, like something sold.
    row(EN, PAID, 0.0, "rented leased adopted"),
    // (The Nordic forms differ, so each reads in any Nordic language: a short goal's language is a guess.)
    row(SCAND, PAID, 0.0, "utleid utleide uthyrd uthyrda uthyrt udlejet udlejede"),
    row(SCAND, PAID, 0.0, "adoptert adopterte adopterad adopterade adopterat adopteret adopterede"),
    row(EN, AVERAGE, 0.0, "average avg"),
    row(NB, AVERAGE, 0.0, "snitt gjennomsnitt gjennomsnittlig gjennomsnittlige"),
    row(SV, AVERAGE, 0.0, "snitt genomsnitt genomsnittlig genomsnittliga"),
    row(DA, AVERAGE, 0.0, "snit gennemsnit gennemsnitlig gennemsnitlige"),
    row(EN, VIDEO, 0.0, "video videos vid vids clip clips reel reels film films shorts trailer trailers series"),
    row(ALL, VIDEO, 0.0, "youtube yt"),
    // "aftermovie", "aftermovien": the film of an event, a loanword in every language.
    row(ALL, VIDEO, 0.0, "aftermovie aftermovien aftermovies aftermoviet"),
    // "thrift flip tiktoks": the videos themselves.
    row(ALL, VIDEO, 0.0, "tiktoks tiktokene tiktokerne tiktokarna"),
    // (English writers count views on TikTok as video views; the Nordic ones split, so only English.)
    row(EN, VIDEO, 0.0, "tiktok"),
    row(NB, VIDEO, 0.0, "video videoer videoene videoen klipp klippet klippene film filmer filmene reels filmen traileren filmserie filmserien videoserie videoserien serie serien"),
    row(SV, VIDEO, 0.0, "video videor videorna videon klipp klippet klippen film filmer filmerna reels filmen trailern filmserie filmserien videoserie videoserien serie serien"),
    row(DA, VIDEO, 0.0, "video videoer videoerne videoen klip klippet klippene film filmene reels filmen traileren filmserie filmserien videoserie videoserien serie serien"),
    row(EN, AIM_NOUN, 0.0, "goal aim purpose"),
    row(SCAND, AIM_NOUN, 0.0, "målet formålet hensikten hensigten syftet"),
    // ("while we're open" is read as "were": the apostrophe is dropped.)
    row(EN, COPULA, 0.0, "is are be were"),
    row(NB | DA, COPULA, 0.0, "er være"),
    row(SV, COPULA, 0.0, "är vara"),
    row(EN, THEREFORE, 0.0, "therefore hence"),
    row(NB | DA, THEREFORE, 0.0, "derfor"),
    row(SV, THEREFORE, 0.0, "därför"),
    row(EN, NEWSLETTER, 0.0, "newsletter newsletters e-mail email mailing e-newsletter e-newsletters enewsletter"),
    row(NB, NEWSLETTER, 0.0, "nyhetsbrev nyhetsbrevet nyhetsbrevene nyhetsbrevets e-post epost ukebrev ukebrevet ukeskriv"),
    row(SV, NEWSLETTER, 0.0, "nyhetsbrev nyhetsbrevet nyhetsbreven nyhetsbrevs nyhetsbrevets nyhetbrev nyhetbrevet e-post epost mejl veckobrev veckobrevet"),
    row(DA, NEWSLETTER, 0.0, "nyhedsbrev nyhedsbrevet nyhedsbrevene nyhedsbrevs nyhedsbrevets e-mail mail ugebrev ugebrevet"),
    // "abonnenter på SMS-varsling": text messages to those who asked for them are a list too.
    row(ALL, NEWSLETTER, 0.0, "sms"),
    row(EN, IN, 0.0, "in"),
    row(SCAND, IN, 0.0, "i"),
    row(SCAND, YEAR_BARE, 0.0, "år"),
    row(SCAND, DAY_BARE, 0.0, "dag"),
    row(NB, REFLEXIVE, 0.0, "seg"),
    row(SV | DA, REFLEXIVE, 0.0, "sig"),
    row(SV, STAY, 0.0, "stanna stannar"),
    row(NB, STAY, 0.0, "bli blir"),
    row(DA, STAY, 0.0, "blive bliver"),
    row(EN, ARTICLE, 0.0, "the a"),
    row(SCAND, ARTICLE, 0.0, "den det de"),
    row(EN, OF, 0.0, "of"),
    row(NB | SV, OF, 0.0, "av på"),
    row(DA, OF, 0.0, "af på"),
    // "på" typed without its ring ("paa fb", "pa insta") is "på" in every class it has.
    row(SCAND, PREP | OF | WITHIN, 0.0, "paa pa"),
    row(EN, NEXT, 0.0, "next coming"),
    row(NB, NEXT, 0.0, "neste kommende"),
    row(SV, NEXT, 0.0, "nästa kommande"),
    row(DA, NEXT, 0.0, "næste kommende"),
    row(EN, NOW, 0.0, "today currently now presently"),
    row(NB, NOW, 0.0, "idag nåværende dagens"),
    row(SV, NOW, 0.0, "idag nu nuvarande dagens"),
    row(DA, NOW, 0.0, "idag nu nuværende dagens"),
    // "i dag": "dag" is now only after "i" (see `numbers::is_now`).
    row(SCAND, NOW, 0.0, "dag"),
    row(NB, PAST, 0.0, "fjor fjoråret"),
    row(SV, PAST, 0.0, "fjol fjolåret"),
    row(EN, THIS_NEXT, 0.0, "this next coming current"),
    row(NB, THIS_NEXT, 0.0, "denne dette neste kommende inneværende hele"),
    row(SV, THIS_NEXT, 0.0, "denna detta nästa kommande innevarande här hela"),
    row(DA, THIS_NEXT, 0.0, "denne dette næste kommende indeværende hele"),
    row(EN, RATE_ADVERB, 0.0, "daily weekly monthly yearly annually hourly"),
    row(NB, RATE_ADVERB, 0.0, "daglig ukentlig månedlig ukentlige"),
    row(SV, RATE_ADVERB, 0.0, "dagligen dagligt veckovis varje månatligen"),
    row(DA, RATE_ADVERB, 0.0, "dagligt ugentligt månedligt ugentlig"),
    // Days of the week in the plural recur: "on Fridays", "på fredager".
    row(EN, RATE_ADVERB, 0.0, "mondays tuesdays wednesdays thursdays fridays saturdays sundays weekends"),
    row(NB, RATE_ADVERB, 0.0, "mandager tirsdager onsdager torsdager fredager lørdager søndager"),
    row(SV, RATE_ADVERB, 0.0, "måndagar tisdagar onsdagar torsdagar fredagar lördagar söndagar"),
    row(DA, RATE_ADVERB, 0.0, "mandage tirsdage onsdage torsdage fredage lørdage søndage"),
    row(EN, WEEKDAY, 0.0, "monday tuesday wednesday thursday friday saturday sunday weekend"),
    row(NB | DA, WEEKDAY, 0.0, "mandag tirsdag onsdag torsdag fredag lørdag søndag morgen aften kveld"),
    row(SV, WEEKDAY, 0.0, "måndag tisdag onsdag torsdag fredag lördag söndag morgon kväll helg"),
    // "2 klipp/vecka": a slash before a unit reads "per".
    row(ALL, RATE_PREP, 0.0, "/"),
    // the shape of a sentence
    row(EN, PURPOSE_VERB, 0.0, "increase get grow sell drive boost win attract generate build raise gain bring help reach improve support encourage convert secure book recruit land lift strengthen make fill sign achieve create save protect keep"),
    row(EN, CAUSATIVE, 0.0, "get gets getting make encourage persuade convince inspire invite ask"),
    row(NB, CAUSATIVE, 0.0, "få inspirere"),
    row(SV, CAUSATIVE, 0.0, "få inspirera"),
    row(DA, CAUSATIVE, 0.0, "få inspirere"),
    row(EN, CONJ, 0.0, "and or but that which who whose where so while"),
    row(EN, AND, 0.0, "and"),
    row(SCAND, AND, 0.0, "og och"),
    row(NB, CONJ, 0.0, "og eller men som der slik så"),
    row(SV, CONJ, 0.0, "och eller men som där så"),
    row(DA, CONJ, 0.0, "og eller men som der hvor så"),
    row(EN, MODAL, 0.0, "we i will shall want wants need needs must should would to aim aims goal is our be are let us"),
    row(NB, MODAL, 0.0, "vi jeg skal vil ønsker må bør å mål er målet"),
    row(SV, MODAL, 0.0, "vi jag ska skall vill önskar måste bör att mål är målet"),
    row(DA, MODAL, 0.0, "vi jeg skal vil ønsker må bør at mål er målet"),
    row(EN, AGE, 0.0, "aged age olds old"),
    row(NB, AGE, 0.0, "alder åringer åring årige"),
    row(SV, AGE, 0.0, "ålder åringar åring åriga"),
    row(DA, AGE, 0.0, "alder årige årig"),
    row(NB, PARTICLE, 0.0, "å"),
    row(SV, PARTICLE, 0.0, "att"),
    row(DA, PARTICLE, 0.0, "at"),
    // frequent words that tell the languages apart
    row(EN, COMMON, 0.0, "the and of our we to by with is are more get people customers"),
    row(NB, COMMON, 0.0, "og av ikke våre vår innen løpet ut uka økt øke mer hos kjøpe selge gjennom slik fram hver blant nye ønsker"),
    row(SV, COMMON, 0.0, "och av inte våra vår inom från till fler mer öka ska vill genom bland nya köpa sälja hos efter"),
    row(DA, COMMON, 0.0, "og af ikke vores inden løbet ud ugen øget øge mere hos købe sælge gennem sådan frem hver blandt nye"),
    // Words of urgency that tell the Nordic languages from English in a short goal ("hurtigst muligt").
    row(NB | DA, COMMON, 0.0, "hurtigst snarest mulig"),
    row(NB, COMMON, 0.0, "snart"),
    row(DA, COMMON, 0.0, "muligt snart"),
    row(SV, COMMON, 0.0, "snarast möjligt snart småningom"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::text::fold;

    #[test]
    fn table_words_are_single_and_already_lower_case() {
        for row in ROWS {
            for w in row.words.split_whitespace() {
                assert_eq!(w, w.to_lowercase(), "{w}");
                assert!(!fold(w).is_empty(), "{w}");
            }
        }
    }
}
