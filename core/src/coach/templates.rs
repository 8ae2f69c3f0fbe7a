//! The rewrites as data: one template per metric (and per kind of booking) and language, with slots the
//! coach fills from the user's goal and plan. Rule code never builds a sentence; it only fills slots.
//!
//! Slot syntax: `{count}`, `{channel}`, `{audience}`, `{deadline}`. A part in square brackets is written
//! only when every slot inside it has a value: `[ from {audience}]`.

use crate::calendar::Date;
use crate::lang::{Lang, Localized};

const fn l(en: &'static str, nb: &'static str, sv: &'static str, da: &'static str) -> Localized {
    Localized { en, nb, sv, da }
}

/// A rewrite towards one level-4 or level-5 metric.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Template {
    /// `metric` or `metric.kind` ("bookings.table"): what the business words and the goal type pick.
    pub key: &'static str,
    /// The catalogue metric the rewrite measures; the scorer must read it there.
    pub metric: &'static str,
    pub text: Localized,
    /// One line on why the rewrite is better than a count of who saw or clicked.
    pub why: Localized,
    /// The number the coach proposes when the goal gives none: modest for a small business in a season.
    pub proposed_number: u32,
    /// The channel the coach proposes when neither the goal nor the plan names one.
    pub proposed_channel: &'static str,
}

pub const TEMPLATES: &[Template] = &[
    Template {
        key: "bookings.table",
        metric: "bookings",
        text: l(
            "{count} table bookings via {channel}[ from {audience}] {deadline}",
            "{count} bordbestillinger via {channel}[ fra {audience}] {deadline}",
            "{count} bordsbokningar via {channel}[ från {audience}] {deadline}",
            "{count} bordreservationer via {channel}[ fra {audience}] {deadline}",
        ),
        why: l(
            "Measures what guests do – book a table – not how many see us.",
            "Måler hva gjestene gjør – bestiller bord – ikke hvor mange som ser oss.",
            "Mäter vad gästerna gör – bokar bord – inte hur många som ser oss.",
            "Måler, hvad gæsterne gør – reserverer bord – ikke hvor mange der ser os.",
        ),
        proposed_number: 40,
        proposed_channel: "Instagram",
    },
    Template {
        key: "bookings.room",
        metric: "bookings",
        text: l(
            "{count} room bookings via {channel}[ from {audience}] {deadline}",
            "{count} rombestillinger via {channel}[ fra {audience}] {deadline}",
            "{count} rumsbokningar via {channel}[ från {audience}] {deadline}",
            "{count} værelsesbookinger via {channel}[ fra {audience}] {deadline}",
        ),
        why: l(
            "Measures stays booked, not how many see us.",
            "Måler opphold som blir bestilt, ikke hvor mange som ser oss.",
            "Mäter vistelser som bokas, inte hur många som ser oss.",
            "Måler ophold, der bliver booket, ikke hvor mange der ser os.",
        ),
        proposed_number: 30,
        proposed_channel: "Instagram",
    },
    Template {
        key: "bookings.appointment",
        metric: "bookings",
        text: l(
            "{count} appointments booked via {channel}[ by {audience}] {deadline}",
            "{count} timebestillinger via {channel}[ fra {audience}] {deadline}",
            "{count} tidsbokningar via {channel}[ från {audience}] {deadline}",
            "{count} tidsbestillinger via {channel}[ fra {audience}] {deadline}",
        ),
        why: l(
            "Measures appointments customers book, not how many see us.",
            "Måler timer kundene bestiller, ikke hvor mange som ser oss.",
            "Mäter tider som kunderna bokar, inte hur många som ser oss.",
            "Måler tider, kunderne bestiller, ikke hvor mange der ser os.",
        ),
        proposed_number: 40,
        proposed_channel: "Instagram",
    },
    Template {
        key: "bookings",
        metric: "bookings",
        text: l(
            "{count} bookings via {channel}[ from {audience}] {deadline}",
            "{count} bookinger via {channel}[ fra {audience}] {deadline}",
            "{count} bokningar via {channel}[ från {audience}] {deadline}",
            "{count} bookinger via {channel}[ fra {audience}] {deadline}",
        ),
        why: l(
            "Measures what customers do – book – not how many see us.",
            "Måler hva kundene gjør – booker – ikke hvor mange som ser oss.",
            "Mäter vad kunderna gör – bokar – inte hur många som ser oss.",
            "Måler, hvad kunderne gør – booker – ikke hvor mange der ser os.",
        ),
        proposed_number: 40,
        proposed_channel: "Instagram",
    },
    Template {
        key: "sales",
        metric: "sales",
        text: l(
            "{count} orders via {channel}[ from {audience}] {deadline}",
            "{count} salg via {channel}[ til {audience}] {deadline}",
            "{count} beställningar via {channel}[ från {audience}] {deadline}",
            "{count} ordrer via {channel}[ fra {audience}] {deadline}",
        ),
        why: l(
            "Measures what customers buy, not how many see or like us.",
            "Måler hva kundene kjøper, ikke hvor mange som ser eller liker oss.",
            "Mäter vad kunderna köper, inte hur många som ser eller gillar oss.",
            "Måler, hvad kunderne køber, ikke hvor mange der ser eller synes om os.",
        ),
        proposed_number: 50,
        proposed_channel: "Instagram",
    },
    Template {
        key: "new_customers",
        metric: "new_customers",
        text: l(
            "{count} new customers via {channel}[ among {audience}] {deadline}",
            "{count} nye kunder via {channel}[ blant {audience}] {deadline}",
            "{count} nya kunder via {channel}[ bland {audience}] {deadline}",
            "{count} nye kunder via {channel}[ blandt {audience}] {deadline}",
        ),
        why: l(
            "Counts customers won, the result the posts are for.",
            "Teller vunne kunder, det innleggene er til for.",
            "Räknar vunna kunder, det som inläggen är till för.",
            "Tæller vundne kunder, det opslagene er til for.",
        ),
        proposed_number: 20,
        proposed_channel: "Instagram",
    },
    Template {
        key: "inquiries",
        metric: "inquiries",
        text: l(
            "{count} inquiries via {channel}[ from {audience}] {deadline}",
            "{count} henvendelser via {channel}[ fra {audience}] {deadline}",
            "{count} förfrågningar via {channel}[ från {audience}] {deadline}",
            "{count} henvendelser via {channel}[ fra {audience}] {deadline}",
        ),
        why: l(
            "Measures people who start a dialogue with us, not how many see us.",
            "Måler folk som tar kontakt med oss, ikke hvor mange som ser oss.",
            "Mäter folk som tar kontakt med oss, inte hur många som ser oss.",
            "Måler folk, der tager kontakt med os, ikke hvor mange der ser os.",
        ),
        proposed_number: 30,
        proposed_channel: "Facebook",
    },
    Template {
        key: "leads",
        metric: "leads",
        text: l(
            "{count} qualified leads via {channel}[ from {audience}] {deadline}",
            "{count} kvalifiserte leads via {channel}[ fra {audience}] {deadline}",
            "{count} kvalificerade leads via {channel}[ från {audience}] {deadline}",
            "{count} kvalificerede leads via {channel}[ fra {audience}] {deadline}",
        ),
        why: l(
            "Counts buyers who want to talk to us, not how many see our posts.",
            "Teller kjøpere som vil snakke med oss, ikke hvor mange som ser innleggene.",
            "Räknar köpare som vill prata med oss, inte hur många som ser inläggen.",
            "Tæller købere, der vil tale med os, ikke hvor mange der ser opslagene.",
        ),
        proposed_number: 25,
        proposed_channel: "LinkedIn",
    },
    Template {
        key: "sign_ups",
        metric: "sign_ups",
        text: l(
            "{count} sign-ups via {channel}[ from {audience}] {deadline}",
            "{count} påmeldinger via {channel}[ fra {audience}] {deadline}",
            "{count} anmälningar via {channel}[ från {audience}] {deadline}",
            "{count} tilmeldinger via {channel}[ fra {audience}] {deadline}",
        ),
        why: l(
            "Measures people who sign up, a step that can create value.",
            "Måler folk som melder seg på, et steg som kan skape verdi.",
            "Mäter folk som anmäler sig, ett steg som kan skapa värde.",
            "Måler folk, der tilmelder sig, et skridt der kan skabe værdi.",
        ),
        proposed_number: 50,
        proposed_channel: "Facebook",
    },
    Template {
        key: "newsletter_subscribers",
        metric: "newsletter_subscribers",
        text: l(
            "{count} new newsletter subscribers via {channel}[ among {audience}] {deadline}",
            "{count} nye nyhetsbrevabonnenter via {channel}[ blant {audience}] {deadline}",
            "{count} nya nyhetsbrevsprenumeranter via {channel}[ bland {audience}] {deadline}",
            "{count} nye nyhedsbrevsabonnenter via {channel}[ blandt {audience}] {deadline}",
        ),
        why: l(
            "Counts people who give us their email, not passers-by.",
            "Teller folk som gir oss e-postadressen sin, ikke forbipasserende.",
            "Räknar folk som ger oss sin e-postadress, inte förbipasserande.",
            "Tæller folk, der giver os deres e-mail, ikke forbipasserende.",
        ),
        proposed_number: 100,
        proposed_channel: "Instagram",
    },
    Template {
        key: "downloads",
        metric: "downloads",
        text: l(
            "{count} downloads of our guide via {channel}[ by {audience}] {deadline}",
            "{count} nedlastinger av guiden vår via {channel}[ blant {audience}] {deadline}",
            "{count} nedladdningar av vår guide via {channel}[ bland {audience}] {deadline}",
            "{count} downloads af vores guide via {channel}[ blandt {audience}] {deadline}",
        ),
        why: l(
            "Counts people who take a step towards us, not views.",
            "Teller folk som tar et steg mot oss, ikke visninger.",
            "Räknar folk som tar ett steg mot oss, inte visningar.",
            "Tæller folk, der tager et skridt mod os, ikke visninger.",
        ),
        proposed_number: 100,
        proposed_channel: "LinkedIn",
    },
    Template {
        key: "reviews",
        metric: "reviews",
        text: l(
            "{count} new Google reviews from customers reached via {channel} {deadline}",
            "{count} nye Google-anmeldelser fra kunder vi når via {channel} {deadline}",
            "{count} nya Google-omdömen från kunder vi når via {channel} {deadline}",
            "{count} nye Google-anmeldelser fra kunder, vi når via {channel} {deadline}",
        ),
        why: l(
            "Counts customers who speak up for us, not likes.",
            "Teller kunder som snakker for oss, ikke likerklikk.",
            "Räknar kunder som talar för oss, inte gillamarkeringar.",
            "Tæller kunder, der taler for os, ikke likes.",
        ),
        proposed_number: 30,
        proposed_channel: "Facebook",
    },
    Template {
        key: "applications",
        metric: "applications",
        text: l(
            "{count} job applications via {channel}[ from {audience}] {deadline}",
            "{count} søknader via {channel}[ fra {audience}] {deadline}",
            "{count} ansökningar via {channel}[ från {audience}] {deadline}",
            "{count} ansøgninger via {channel}[ fra {audience}] {deadline}",
        ),
        why: l(
            "Counts people who apply, not people who scroll past the ad.",
            "Teller folk som søker, ikke folk som blar forbi annonsen.",
            "Räknar folk som söker, inte folk som scrollar förbi annonsen.",
            "Tæller folk, der søger, ikke folk, der scroller forbi annoncen.",
        ),
        proposed_number: 30,
        proposed_channel: "LinkedIn",
    },
    Template {
        key: "hires",
        metric: "hires",
        text: l(
            "{count} new hires recruited via {channel}[ among {audience}] {deadline}",
            "{count} nyansatte rekruttert via {channel}[ blant {audience}] {deadline}",
            "{count} nyanställda rekryterade via {channel}[ bland {audience}] {deadline}",
            "{count} nyansatte rekrutteret via {channel}[ blandt {audience}] {deadline}",
        ),
        why: l(
            "Measures people hired, the result recruitment is for.",
            "Måler folk som blir ansatt, det rekrutteringen er til for.",
            "Mäter folk som anställs, det rekryteringen är till för.",
            "Måler folk, der bliver ansat, det rekrutteringen er til for.",
        ),
        proposed_number: 5,
        proposed_channel: "LinkedIn",
    },
    Template {
        key: "donations",
        metric: "donations",
        text: l(
            "{count} donations via {channel}[ from {audience}] {deadline}",
            "{count} donasjoner via {channel}[ fra {audience}] {deadline}",
            "{count} donationer via {channel}[ från {audience}] {deadline}",
            "{count} donationer via {channel}[ fra {audience}] {deadline}",
        ),
        why: l(
            "Counts gifts to the cause, not how many see the appeal.",
            "Teller gaver til saken, ikke hvor mange som ser oppropet.",
            "Räknar gåvor till saken, inte hur många som ser uppropet.",
            "Tæller gaver til sagen, ikke hvor mange der ser opråbet.",
        ),
        proposed_number: 100,
        proposed_channel: "Facebook",
    },
    Template {
        key: "paid_subscriptions",
        metric: "paid_subscriptions",
        text: l(
            "{count} new paying members via {channel}[ among {audience}] {deadline}",
            "{count} nye betalende medlemmer via {channel}[ blant {audience}] {deadline}",
            "{count} nya betalande medlemmar via {channel}[ bland {audience}] {deadline}",
            "{count} nye betalende medlemmer via {channel}[ blandt {audience}] {deadline}",
        ),
        why: l(
            "Counts people who pay to belong, not followers.",
            "Teller folk som betaler for å være med, ikke følgere.",
            "Räknar folk som betalar för att vara med, inte följare.",
            "Tæller folk, der betaler for at være med, ikke følgere.",
        ),
        proposed_number: 40,
        proposed_channel: "Facebook",
    },
    Template {
        key: "support_cases_solved",
        metric: "support_cases_solved",
        text: l(
            "{count} support cases solved via {channel}[ for {audience}] {deadline}",
            "{count} løste kundesaker via {channel}[ for {audience}] {deadline}",
            "{count} lösta kundärenden via {channel}[ för {audience}] {deadline}",
            "{count} løste kundesager via {channel}[ for {audience}] {deadline}",
        ),
        why: l(
            "Counts customers helped, not messages sent.",
            "Teller kunder som fikk hjelp, ikke meldinger vi sendte.",
            "Räknar kunder som fick hjälp, inte meddelanden vi skickade.",
            "Tæller kunder, der fik hjælp, ikke beskeder vi sendte.",
        ),
        proposed_number: 200,
        proposed_channel: "Facebook",
    },
];

/// How each language writes the parts around the metric: a count with or without a starting point, a
/// change in percent, and a deadline.
struct LangForms {
    count: &'static str,
    from_to: &'static str,
    percent_more: &'static str,
    deadline: &'static str,
    decimal: char,
    thousands: char,
}

fn forms(lang: Lang) -> &'static LangForms {
    match lang {
        Lang::En => &EN,
        Lang::Nb => &NB,
        Lang::Sv => &SV,
        Lang::Da => &DA,
    }
}

const EN: LangForms = LangForms {
    count: "{number}",
    from_to: "From {baseline} to {number}",
    percent_more: "{number} more",
    deadline: "by {date}",
    decimal: '.',
    thousands: ',',
};
const NB: LangForms = LangForms {
    count: "{number}",
    from_to: "Fra {baseline} til {number}",
    percent_more: "{number} flere",
    deadline: "innen {date}",
    decimal: ',',
    thousands: ' ',
};
const SV: LangForms = LangForms {
    count: "{number}",
    from_to: "Från {baseline} till {number}",
    percent_more: "{number} fler",
    deadline: "senast {date}",
    decimal: ',',
    thousands: ' ',
};
const DA: LangForms = LangForms {
    count: "{number}",
    from_to: "Fra {baseline} til {number}",
    percent_more: "{number} flere",
    deadline: "inden {date}",
    decimal: ',',
    thousands: '.',
};

/// The template for a key.
pub fn find(key: &str) -> Option<&'static Template> {
    TEMPLATES.iter().find(|t| t.key == key)
}

/// The number the goal aims at, as the coach will write it.
#[derive(Debug, Clone, PartialEq)]
pub enum Count {
    Plain(f64),
    FromTo {
        baseline: f64,
        target: f64,
    },
    /// A change in percent, written as the user wrote it ("30 %").
    PercentMore(String),
    /// The target in the user's own words, as written ("1000", "10k", "tohundre").
    Written(String),
    /// The starting point and the target in the user's own words.
    WrittenFromTo {
        baseline: String,
        target: String,
    },
}

/// What fills a template's slots. `None` leaves out an optional part; a required slot left empty makes
/// no sentence at all.
pub struct Slots<'a> {
    pub count: &'a Count,
    pub channel: Option<&'a str>,
    pub audience: Option<&'a str>,
    pub deadline: Date,
}

/// A number as the language writes it, with the language's thousands separator and decimal mark. The
/// separator is not decoration: a bare "2100" beside a month reads as a year, "2 100" never does.
pub fn number(lang: Lang, x: f64) -> String {
    let f = forms(lang);
    let rounded = (x.abs() * 100.0).round() / 100.0;
    let whole = rounded.trunc();
    let digits = if whole < 1e15 {
        format!("{}", whole as i64)
    } else {
        format!("{whole}")
    };
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 && digits.len() > 3 {
            grouped.push(f.thousands);
        }
        grouped.push(c);
    }
    let cents = ((rounded - whole) * 100.0).round() as u32;
    if cents > 0 {
        let decimals = format!("{cents:02}");
        grouped.push(f.decimal);
        grouped.push_str(decimals.trim_end_matches('0'));
    }
    if x < 0.0 {
        grouped.insert(0, '-');
    }
    grouped
}

/// A date as the language writes it in running text.
pub fn date(lang: Lang, d: Date) -> String {
    crate::calendar::long_date(d, lang)
}

fn count_text(lang: Lang, count: &Count) -> String {
    let f = forms(lang);
    match count {
        Count::Plain(n) => f.count.replace("{number}", &number(lang, *n)),
        Count::FromTo { baseline, target } => f
            .from_to
            .replace("{baseline}", &number(lang, *baseline))
            .replace("{number}", &number(lang, *target)),
        Count::PercentMore(words) => f.percent_more.replace("{number}", words),
        Count::Written(words) => f.count.replace("{number}", words),
        Count::WrittenFromTo { baseline, target } => f
            .from_to
            .replace("{baseline}", baseline)
            .replace("{number}", target),
    }
}

/// The template written out in `lang`, or `None` when a required slot is empty or the template is broken.
pub fn fill(template: &Template, lang: Lang, slots: &Slots) -> Option<String> {
    let f = forms(lang);
    let deadline = f.deadline.replace("{date}", &date(lang, slots.deadline));
    let count = count_text(lang, slots.count);
    let value = |name: &str| -> Option<Option<&str>> {
        match name {
            "count" => Some(Some(count.as_str())),
            "channel" => Some(slots.channel),
            "audience" => Some(slots.audience),
            "deadline" => Some(Some(deadline.as_str())),
            _ => None,
        }
    };
    let written = write(template.text.get(lang), &value)?;
    Some(capitalised(written.trim()))
}

/// Writes `pattern`, one pass over it: slots replaced, optional parts kept only when all their slots have
/// a value. `None` for an unknown slot, an empty required slot, or unbalanced brackets.
fn write<'v>(pattern: &str, value: &dyn Fn(&str) -> Option<Option<&'v str>>) -> Option<String> {
    let mut out = String::with_capacity(pattern.len() + 64);
    let mut optional: Option<(String, bool)> = None;
    let mut rest = pattern;
    while let Some(c) = rest.chars().next() {
        rest = &rest[c.len_utf8()..];
        match c {
            '[' if optional.is_none() => optional = Some((String::new(), true)),
            ']' => {
                let (part, complete) = optional.take()?;
                if complete {
                    out.push_str(&part);
                }
            }
            '{' => {
                let end = rest.find('}')?;
                let name = &rest[..end];
                rest = &rest[end + 1..];
                let slot = value(name)?;
                match (&mut optional, slot) {
                    (Some((part, _)), Some(v)) => part.push_str(v),
                    (Some((_, complete)), None) => *complete = false,
                    (None, Some(v)) => out.push_str(v),
                    (None, None) => return None,
                }
            }
            '[' => return None,
            c => match &mut optional {
                Some((part, _)) => part.push(c),
                None => out.push(c),
            },
        }
    }
    optional.is_none().then_some(out)
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Every language's text of a template.
#[cfg(test)]
fn texts(t: &Template) -> impl Iterator<Item = (Lang, &'static str)> + '_ {
    Lang::ALL
        .into_iter()
        .map(move |lang| (lang, t.text.get(lang)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ladder::LadderLevel;

    fn date_of(y: i32, m: u8, d: u8) -> Date {
        Date::new(y, m, d).expect("a date")
    }

    #[test]
    fn every_template_aims_at_a_level_four_or_five_metric_and_fills_in_every_language() {
        for t in TEMPLATES {
            let metric = crate::catalogue::find(t.metric).expect("a catalogue metric");
            assert!(metric.level >= LadderLevel::Interaction, "{}", t.key);
            assert!(t.key == t.metric || t.key.starts_with(&format!("{}.", t.metric)));
            for (lang, _) in texts(t) {
                let slots = Slots {
                    count: &Count::Plain(10.0),
                    channel: Some("Instagram"),
                    audience: None,
                    deadline: date_of(2027, 3, 1),
                };
                let text = fill(t, lang, &slots).unwrap_or_default();
                assert!(
                    text.contains("Instagram") && text.contains("10"),
                    "{} {lang:?}",
                    t.key
                );
                assert!(!text.contains('{') && !text.contains('['), "{text}");
                assert!(!t.why.get(lang).is_empty());
            }
        }
    }

    #[test]
    fn keys_are_unique() {
        let mut keys: Vec<&str> = TEMPLATES.iter().map(|t| t.key).collect();
        keys.sort_unstable();
        let n = keys.len();
        keys.dedup();
        assert_eq!(n, keys.len());
    }

    #[test]
    fn optional_parts_are_written_only_with_their_slot() {
        let t = find("bookings.table").expect("a template");
        let mut slots = Slots {
            count: &Count::Plain(1000.0),
            channel: Some("Instagram"),
            audience: None,
            deadline: date_of(2027, 3, 1),
        };
        assert_eq!(
            fill(t, Lang::Nb, &slots).as_deref(),
            Some("1 000 bordbestillinger via Instagram innen 1. mars 2027")
        );
        slots.audience = Some("studenter");
        assert_eq!(
            fill(t, Lang::Nb, &slots).as_deref(),
            Some("1 000 bordbestillinger via Instagram fra studenter innen 1. mars 2027")
        );
        slots.channel = None;
        assert_eq!(fill(t, Lang::Nb, &slots), None, "the channel is required");
    }

    #[test]
    fn dates_and_numbers_are_written_as_each_language_writes_them() {
        let d = date_of(2027, 3, 1);
        assert_eq!(date(Lang::En, d), "1 March 2027");
        assert_eq!(date(Lang::Nb, d), "1. mars 2027");
        assert_eq!(date(Lang::Sv, d), "1 mars 2027");
        assert_eq!(date(Lang::Da, d), "1. marts 2027");
        assert_eq!(number(Lang::Nb, 2.5), "2,5");
        assert_eq!(number(Lang::En, 2.5), "2.5");
        assert_eq!(number(Lang::Da, 10000.0), "10.000");
        assert_eq!(number(Lang::Nb, 2100.0), "2 100");
        assert_eq!(number(Lang::En, 1234567.25), "1,234,567.25");
        assert_eq!(number(Lang::Sv, 999.0), "999");
    }

    #[test]
    fn a_starting_point_and_a_change_in_percent_have_their_own_words() {
        let t = find("sales").expect("a template");
        let slots = |count| Slots {
            count,
            channel: Some("TikTok"),
            audience: None,
            deadline: date_of(2027, 6, 30),
        };
        let from_to = Count::FromTo {
            baseline: 20.0,
            target: 50.0,
        };
        assert_eq!(
            fill(t, Lang::En, &slots(&from_to)).as_deref(),
            Some("From 20 to 50 orders via TikTok by 30 June 2027")
        );
        let more = Count::PercentMore("30 %".into());
        assert_eq!(
            fill(t, Lang::Sv, &slots(&more)).as_deref(),
            Some("30 % fler beställningar via TikTok senast 30 juni 2027")
        );
    }

    #[test]
    fn broken_patterns_write_nothing() {
        let none = |_: &str| -> Option<Option<&str>> { Some(Some("x")) };
        assert_eq!(write("a [b", &none), None);
        assert_eq!(write("a {b", &none), None);
        assert_eq!(write("a ]", &none), None);
        assert_eq!(write("a [[b]]", &none), None);
    }
}
