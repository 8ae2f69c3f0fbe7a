//! Which level-4/5 results fit a plan: read from the business goal, the goal type and the plan's own
//! description, with defaults where the plan says nothing.

use crate::goal_type::GoalType;

/// Words of a business goal or a plan description that point at a kind of result, as template keys. The
/// first word found wins, so the more telling words come first. Matched at the start of a word, folded
/// to lower case: "gjest" matches "gjester" and "gjestene".
const BUSINESS_WORDS: &[(&[&str], &[&str])] = &[
    (
        &[
            "guest",
            "diner",
            "table",
            "café",
            "cafe",
            "restaurant",
            "gjest",
            "bord",
            "kafé",
            "kafe",
            "gäst",
            "gæst",
            "servering",
            "bistro",
            "brunch",
        ],
        &["bookings.table", "inquiries"],
    ),
    (
        &[
            "hotel",
            "room",
            "stay",
            "overnatting",
            "rom ",
            "hotell",
            "rum ",
            "værelse",
            "camping",
        ],
        &["bookings.room", "inquiries"],
    ),
    (
        &[
            "appointment",
            "salon",
            "salong",
            "frisør",
            "frisör",
            "klinikk",
            "klinik",
            "clinic",
            "treatment",
            "behandling",
        ],
        &["bookings.appointment", "inquiries"],
    ),
    (
        &[
            "recruit",
            "hire",
            "hiring",
            "applicant",
            "candidate",
            "rekrutt",
            "ansett",
            "søker",
            "kandidat",
            "rekryt",
            "anställ",
            "sökande",
            "ansæt",
            "ansøg",
            "medarbeider",
            "medarbetare",
            "medarbejder",
        ],
        &["applications", "hires"],
    ),
    (
        &[
            "b2b",
            "lead",
            "demo",
            "bedriftskunde",
            "företagskund",
            "erhvervskunde",
            "quote",
            "offert",
        ],
        &["leads", "inquiries"],
    ),
    (
        &[
            "donat",
            "donor",
            "giver",
            "givare",
            "innsamling",
            "insamling",
            "indsamling",
            "fundrais",
        ],
        &["donations", "sign_ups"],
    ),
    (&["member", "medlem"], &["paid_subscriptions", "sign_ups"]),
    (
        &["booking", "bestilling", "bokning", "reserv"],
        &["bookings", "inquiries"],
    ),
    (
        &[
            "sale",
            "sell",
            "shop",
            "order",
            "salg",
            "selg",
            "nettbutikk",
            "butikk",
            "försälj",
            "sälj",
            "butik",
            "sælg",
            "revenue",
            "omsetning",
            "omsättning",
            "omsætning",
        ],
        &["sales", "new_customers"],
    ),
    (
        &["customer", "client", "kunde", "kund", "klient"],
        &["new_customers", "inquiries"],
    ),
    (
        &[
            "event",
            "course",
            "kurs",
            "webinar",
            "arrangement",
            "evenemang",
            "påmeld",
            "anmäl",
            "tilmeld",
        ],
        &["sign_ups", "sales"],
    ),
    (
        &["support", "service", "kundeservice", "kundtjänst"],
        &["support_cases_solved", "inquiries"],
    ),
    (
        &[
            "review",
            "reputation",
            "omdømme",
            "anmeld",
            "rykte",
            "omdöme",
        ],
        &["reviews", "inquiries"],
    ),
];

/// The results a goal type is after, as template keys (the catalogue's level-4/5 metrics of that type).
fn for_goal_type(goal_type: GoalType) -> &'static [&'static str] {
    match goal_type {
        GoalType::ConversionsAndSales => &["sales", "new_customers"],
        GoalType::Leads => &["leads", "inquiries"],
        GoalType::Recruitment => &["applications", "hires"],
        GoalType::CustomerService => &["support_cases_solved", "inquiries"],
        GoalType::Reputation => &["reviews", "inquiries"],
        GoalType::EngagedCommunity => &["sign_ups", "newsletter_subscribers"],
        GoalType::BrandAwareness | GoalType::InternalCommunication => &["inquiries", "sign_ups"],
        GoalType::CustomerInsight | GoalType::CrisisManagement => &["inquiries"],
    }
}

/// Where the plan says nothing: a dialogue started and a customer won fit almost any small business.
pub const DEFAULTS: &[&str] = &["inquiries", "new_customers", "sales"];

/// Template keys that words of `text` point at, most telling first.
pub fn from_words(text: &str) -> Vec<&'static str> {
    // Only the start of a long text: a plan description can be long, and the telling words come early.
    let lower: String = text.chars().take(2000).collect::<String>().to_lowercase();
    let padded = format!(" {lower} ");
    let starts_word = |word: &str| {
        padded.match_indices(word).any(|(i, _)| {
            padded[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
        })
    };
    let mut out = Vec::new();
    for (words, keys) in BUSINESS_WORDS {
        if words.iter().any(|w| starts_word(w)) {
            out.extend(keys.iter().copied());
        }
    }
    out
}

/// Template keys for a goal type.
pub fn from_goal_type(goal_type: Option<GoalType>) -> &'static [&'static str] {
    goal_type.map_or(&[], for_goal_type)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coach::templates;

    #[test]
    fn every_key_named_here_has_a_template() {
        let all = BUSINESS_WORDS
            .iter()
            .flat_map(|(_, keys)| keys.iter())
            .chain(GoalType::ALL.iter().flat_map(|g| for_goal_type(*g).iter()))
            .chain(DEFAULTS.iter());
        for key in all {
            assert!(templates::find(key).is_some(), "{key}");
        }
    }

    #[test]
    fn goal_types_get_metrics_of_their_own_type_where_the_catalogue_has_some() {
        for gt in GoalType::ALL {
            let of_type: Vec<&str> = crate::catalogue::for_goal_type(gt).map(|m| m.id).collect();
            for key in for_goal_type(gt) {
                let metric = templates::find(key).map(|t| t.metric).unwrap_or_default();
                let has_high = crate::catalogue::for_goal_type(gt)
                    .any(|m| m.level >= crate::ladder::LadderLevel::Interaction);
                assert!(!has_high || of_type.contains(&metric), "{gt:?} {key}");
            }
        }
    }

    #[test]
    fn a_cafe_wanting_more_guests_gets_table_bookings_and_b2b_gets_leads() {
        assert_eq!(
            from_words("Flere gjester i lavsesongen")[0],
            "bookings.table"
        );
        assert_eq!(from_words("More guests on weekdays")[0], "bookings.table");
        assert_eq!(from_words("Fler gäster på vardagar")[0], "bookings.table");
        assert_eq!(from_words("Flere B2B-kunder")[0], "leads");
        assert_eq!(from_words("Rekruttere fem sykepleiere")[0], "applications");
        assert!(from_words("").is_empty());
        assert!(from_words("Something else entirely").is_empty());
    }
}
