//! How to measure it: for each level-4/5 metric, two or three ways a small business can count it without
//! a data team. Data keyed by metric id, plus a link builder for tagged links.

use crate::lang::{Lang, Localized};

const fn l(en: &'static str, nb: &'static str, sv: &'static str, da: &'static str) -> Localized {
    Localized { en, nb, sv, da }
}

/// One practical way to measure a result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Way {
    /// Stable id, for the app's keys.
    pub id: &'static str,
    pub text: Localized,
}

impl Way {
    pub fn text(&self, lang: Lang) -> &'static str {
        self.text.get(lang)
    }
}

const TAGGED_LINK: Way = Way {
    id: "tagged_link",
    text: l(
        "Use a tagged link (UTM) per channel, and read in your web statistics which channel the visits that ended in a result came from.",
        "Bruk en merket lenke (UTM) per kanal, og se i nettstatistikken hvilken kanal besøkene som endte i et resultat, kom fra.",
        "Använd en märkt länk (UTM) per kanal och se i webbstatistiken vilken kanal besöken som gav resultat kom från.",
        "Brug et mærket link (UTM) pr. kanal, og se i webstatistikken, hvilken kanal besøgene der endte i et resultat, kom fra.",
    ),
};
const CODE: Way = Way {
    id: "code_per_channel",
    text: l(
        "Give each channel its own discount or booking code, and count the codes used.",
        "Gi hver kanal sin egen rabatt- eller bestillingskode, og tell kodene som blir brukt.",
        "Ge varje kanal en egen rabatt- eller bokningskod och räkna de koder som används.",
        "Giv hver kanal sin egen rabat- eller bestillingskode, og tæl de koder, der bliver brugt.",
    ),
};
const HEARD_FROM: Way = Way {
    id: "heard_from",
    text: l(
        "Add a \"Where did you hear about us?\" choice to the form, with each channel as an option.",
        "Legg til valget «Hvor hørte du om oss?» i skjemaet, med hver kanal som alternativ.",
        "Lägg till valet ”Var hörde du om oss?” i formuläret, med varje kanal som alternativ.",
        "Tilføj valget »Hvor hørte du om os?« i formularen, med hver kanal som mulighed.",
    ),
};
const LANDING_PAGE: Way = Way {
    id: "landing_page",
    text: l(
        "Send the campaign to a landing page of its own, and count what is done on it.",
        "Send kampanjen til en egen landingsside, og tell det som blir gjort der.",
        "Skicka kampanjen till en egen landningssida och räkna det som görs där.",
        "Send kampagnen til en landingsside for sig, og tæl det, der bliver gjort der.",
    ),
};
const PLATFORM_FORM: Way = Way {
    id: "platform_form",
    text: l(
        "Use the platform's own lead or booking form (such as Instagram's \"Book\" button or LinkedIn's lead form): it counts for you.",
        "Bruk plattformens eget lead- eller bestillingsskjema (som Instagrams «Bestill»-knapp eller LinkedIns leadskjema): det teller for deg.",
        "Använd plattformens eget lead- eller bokningsformulär (som Instagrams ”Boka”-knapp eller LinkedIns leadformulär): det räknar åt dig.",
        "Brug platformens egen lead- eller bookingformular (som Instagrams »Book«-knap eller LinkedIns leadformular): den tæller for dig.",
    ),
};
const INBOX_LABEL: Way = Way {
    id: "inbox_label",
    text: l(
        "Label each message or case in the inbox by channel, and count the labels every month.",
        "Merk hver melding eller sak i innboksen med kanal, og tell merkene hver måned.",
        "Märk varje meddelande eller ärende i inkorgen med kanal och räkna märkningarna varje månad.",
        "Mærk hver besked eller sag i indbakken med kanal, og tæl mærkerne hver måned.",
    ),
};
const SHORT_SURVEY: Way = Way {
    id: "short_survey",
    text: l(
        "Send a one-question survey after each contact, and keep the answers in a spreadsheet.",
        "Send en undersøkelse med ett spørsmål etter hver kontakt, og samle svarene i et regneark.",
        "Skicka en enkät med en fråga efter varje kontakt och samla svaren i ett kalkylark.",
        "Send en undersøgelse med ét spørgsmål efter hver kontakt, og saml svarene i et regneark.",
    ),
};
const REVIEW_COUNT: Way = Way {
    id: "review_count",
    text: l(
        "Note the number of reviews on Google or Tripadvisor on the first of each month.",
        "Noter antall anmeldelser på Google eller Tripadvisor den første i hver måned.",
        "Anteckna antalet omdömen på Google eller Tripadvisor den första varje månad.",
        "Notér antallet anmeldelser på Google eller Tripadvisor den første i hver måned.",
    ),
};
const CRM_SOURCE: Way = Way {
    id: "crm_source",
    text: l(
        "Record the source of every new customer or member in the customer list (a column in a spreadsheet will do).",
        "Før opp kilden til hver nye kunde eller hvert nye medlem i kundelisten (en kolonne i et regneark holder).",
        "Skriv upp källan till varje ny kund eller medlem i kundlistan (en kolumn i ett kalkylark räcker).",
        "Notér kilden til hver ny kunde eller hvert nyt medlem i kundelisten (en kolonne i et regneark er nok).",
    ),
};

/// The ways for each level-4/5 metric of the catalogue.
const WAYS: &[(&str, &[Way])] = &[
    ("inquiries", &[INBOX_LABEL, HEARD_FROM, PLATFORM_FORM]),
    ("sign_ups", &[TAGGED_LINK, HEARD_FROM, LANDING_PAGE]),
    (
        "newsletter_subscribers",
        &[TAGGED_LINK, LANDING_PAGE, HEARD_FROM],
    ),
    ("leads", &[PLATFORM_FORM, TAGGED_LINK, HEARD_FROM]),
    ("downloads", &[LANDING_PAGE, TAGGED_LINK]),
    ("reviews", &[REVIEW_COUNT, TAGGED_LINK]),
    ("applications", &[HEARD_FROM, TAGGED_LINK, PLATFORM_FORM]),
    ("support_cases_solved", &[INBOX_LABEL, SHORT_SURVEY]),
    ("customer_satisfaction", &[SHORT_SURVEY, INBOX_LABEL]),
    ("nps", &[SHORT_SURVEY, HEARD_FROM]),
    ("conversion_rate", &[TAGGED_LINK, LANDING_PAGE]),
    ("sales", &[CODE, TAGGED_LINK, HEARD_FROM]),
    ("revenue", &[CODE, TAGGED_LINK]),
    ("bookings", &[CODE, PLATFORM_FORM, HEARD_FROM]),
    ("donations", &[TAGGED_LINK, LANDING_PAGE, HEARD_FROM]),
    ("paid_subscriptions", &[CODE, CRM_SOURCE, TAGGED_LINK]),
    ("new_customers", &[CRM_SOURCE, CODE, HEARD_FROM]),
    ("hires", &[CRM_SOURCE, HEARD_FROM]),
    ("renewals", &[CODE, CRM_SOURCE]),
    ("customer_lifetime_value", &[CRM_SOURCE, CODE]),
    ("roi", &[CODE, TAGGED_LINK]),
];

/// The ways to measure a metric; none for a metric below level 4.
pub fn for_metric(metric: &str) -> &'static [Way] {
    WAYS.iter()
        .find(|(id, _)| *id == metric)
        .map_or(&[], |(_, ways)| ways)
}

/// The longest base address the link builder takes; longer is not a link anyone types.
const MAX_URL_CHARS: usize = 2000;
const MAX_TAG_CHARS: usize = 100;

/// `base_url` tagged with the platform as source and the campaign, so web statistics can tell which
/// channel a visit came from. Values are percent-encoded; a fragment stays at the end.
pub fn utm_link(base_url: &str, platform: &str, campaign: &str) -> String {
    let base: String = base_url.trim().chars().take(MAX_URL_CHARS).collect();
    let (address, fragment) = match base.find('#') {
        Some(i) => (&base[..i], &base[i..]),
        None => (base.as_str(), ""),
    };
    let tag = |s: &str| {
        encode(
            &s.trim()
                .chars()
                .take(MAX_TAG_CHARS)
                .collect::<String>()
                .to_lowercase(),
        )
    };
    let joiner = if !address.contains('?') {
        "?"
    } else if address.ends_with('?') || address.ends_with('&') {
        ""
    } else {
        "&"
    };
    format!(
        "{address}{joiner}utm_source={}&utm_medium=social&utm_campaign={}{fragment}",
        tag(platform),
        tag(campaign)
    )
}

/// Percent-encoding of everything but the unreserved characters (RFC 3986), byte by byte.
fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ladder::LadderLevel;

    #[test]
    fn every_level_four_and_five_metric_has_two_or_three_ways_in_four_languages() {
        for m in crate::catalogue::metrics()
            .iter()
            .filter(|m| m.level >= LadderLevel::Interaction)
        {
            let ways = for_metric(m.id);
            assert!((2..=3).contains(&ways.len()), "{}", m.id);
            for w in ways {
                for lang in Lang::ALL {
                    assert!(w.text(lang).len() > 20, "{} {lang:?}", w.id);
                }
            }
        }
        for (id, _) in WAYS {
            assert!(crate::catalogue::find(id).is_some(), "{id}");
        }
        assert!(for_metric("followers").is_empty());
    }

    #[test]
    fn tagged_links_name_source_medium_and_campaign() {
        assert_eq!(
            utm_link("https://cafe.no/bord", "Instagram", "Vinter 2027"),
            "https://cafe.no/bord?utm_source=instagram&utm_medium=social&utm_campaign=vinter%202027"
        );
        assert_eq!(
            utm_link("https://x.no/?lang=nb#book", "Facebook", "mars&april"),
            "https://x.no/?lang=nb&utm_source=facebook&utm_medium=social&utm_campaign=mars%26april#book"
        );
        assert_eq!(
            utm_link("https://x.se/", "TikTok", "Påsk"),
            "https://x.se/?utm_source=tiktok&utm_medium=social&utm_campaign=p%C3%A5sk"
        );
    }

    #[test]
    fn tagged_links_stay_bounded_for_any_input() {
        let long = "x".repeat(100_000);
        let link = utm_link(&long, &long, &long);
        assert!(link.len() < MAX_URL_CHARS + 3 * 2 * MAX_TAG_CHARS + 100);
        assert_eq!(
            utm_link("", "", ""),
            "?utm_source=&utm_medium=social&utm_campaign="
        );
    }
}
