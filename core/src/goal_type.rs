//! What kind of result a social goal is after: Hootsuite's ten goal types and the four KPI families.

use serde::{Deserialize, Serialize};

use crate::lang::{Lang, Localized};

/// Hootsuite's ten types of social-media goal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalType {
    BrandAwareness,
    Reputation,
    EngagedCommunity,
    ConversionsAndSales,
    CustomerInsight,
    Leads,
    CustomerService,
    Recruitment,
    CrisisManagement,
    InternalCommunication,
}

impl GoalType {
    pub const ALL: [GoalType; 10] = [
        GoalType::BrandAwareness,
        GoalType::Reputation,
        GoalType::EngagedCommunity,
        GoalType::ConversionsAndSales,
        GoalType::CustomerInsight,
        GoalType::Leads,
        GoalType::CustomerService,
        GoalType::Recruitment,
        GoalType::CrisisManagement,
        GoalType::InternalCommunication,
    ];

    /// The name in plan files, for form values too (the app then needs no JSON writer for it).
    pub fn code(self) -> &'static str {
        match self {
            GoalType::BrandAwareness => "brand_awareness",
            GoalType::Reputation => "reputation",
            GoalType::EngagedCommunity => "engaged_community",
            GoalType::ConversionsAndSales => "conversions_and_sales",
            GoalType::CustomerInsight => "customer_insight",
            GoalType::Leads => "leads",
            GoalType::CustomerService => "customer_service",
            GoalType::Recruitment => "recruitment",
            GoalType::CrisisManagement => "crisis_management",
            GoalType::InternalCommunication => "internal_communication",
        }
    }

    pub fn name(self, lang: Lang) -> &'static str {
        let l = match self {
            GoalType::BrandAwareness => Localized {
                en: "Brand awareness",
                nb: "Merkevarekjennskap",
                sv: "Varumärkeskännedom",
                da: "Brandkendskab",
            },
            GoalType::Reputation => Localized {
                en: "Reputation",
                nb: "Omdømme",
                sv: "Rykte",
                da: "Omdømme",
            },
            GoalType::EngagedCommunity => Localized {
                en: "Engaged community",
                nb: "Engasjert fellesskap",
                sv: "Engagerad gemenskap",
                da: "Engageret fællesskab",
            },
            GoalType::ConversionsAndSales => Localized {
                en: "Conversions and sales",
                nb: "Konverteringer og salg",
                sv: "Konverteringar och försäljning",
                da: "Konverteringer og salg",
            },
            GoalType::CustomerInsight => Localized {
                en: "Customer and market insight",
                nb: "Kunde- og markedsinnsikt",
                sv: "Kund- och marknadsinsikt",
                da: "Kunde- og markedsindsigt",
            },
            GoalType::Leads => Localized {
                en: "Leads",
                nb: "Leads",
                sv: "Leads",
                da: "Leads",
            },
            GoalType::CustomerService => Localized {
                en: "Customer service",
                nb: "Kundeservice",
                sv: "Kundservice",
                da: "Kundeservice",
            },
            GoalType::Recruitment => Localized {
                en: "Recruitment",
                nb: "Rekruttering",
                sv: "Rekrytering",
                da: "Rekruttering",
            },
            GoalType::CrisisManagement => Localized {
                en: "Crisis management",
                nb: "Krisehåndtering",
                sv: "Krishantering",
                da: "Krisehåndtering",
            },
            GoalType::InternalCommunication => Localized {
                en: "Internal communication",
                nb: "Intern kommunikasjon",
                sv: "Intern kommunikation",
                da: "Intern kommunikation",
            },
        };
        l.get(lang)
    }
}

/// The four families KPIs fall into (seed 004).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MetricFamily {
    Reach,
    Engagement,
    Roi,
    Loyalty,
}

impl MetricFamily {
    pub const ALL: [MetricFamily; 4] = [
        MetricFamily::Reach,
        MetricFamily::Engagement,
        MetricFamily::Roi,
        MetricFamily::Loyalty,
    ];

    /// The name in plan files, for form values too.
    pub fn code(self) -> &'static str {
        match self {
            MetricFamily::Reach => "reach",
            MetricFamily::Engagement => "engagement",
            MetricFamily::Roi => "roi",
            MetricFamily::Loyalty => "loyalty",
        }
    }

    pub fn name(self, lang: Lang) -> &'static str {
        let l = match self {
            MetricFamily::Reach => Localized {
                en: "Reach",
                nb: "Rekkevidde",
                sv: "Räckvidd",
                da: "Rækkevidde",
            },
            MetricFamily::Engagement => Localized {
                en: "Engagement",
                nb: "Engasjement",
                sv: "Engagemang",
                da: "Engagement",
            },
            MetricFamily::Roi => Localized {
                en: "Return on investment",
                nb: "Avkastning",
                sv: "Avkastning",
                da: "Afkast",
            },
            MetricFamily::Loyalty => Localized {
                en: "Loyalty and retention",
                nb: "Lojalitet og gjenkjøp",
                sv: "Lojalitet och återköp",
                da: "Loyalitet og fastholdelse",
            },
        };
        l.get(lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_the_names_in_plan_files() {
        for t in GoalType::ALL {
            assert_eq!(serde_json::to_value(t).unwrap(), t.code(), "{t:?}");
        }
        for f in MetricFamily::ALL {
            assert_eq!(serde_json::to_value(f).unwrap(), f.code(), "{f:?}");
        }
    }
}
