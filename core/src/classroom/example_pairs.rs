//! Worked examples for the classroom: a weak goal and a strong rewrite of it, with what changed.
//!
//! Each pair is in one language and has a business goal, so the scorer can judge relevance too.

use serde::Serialize;

use crate::calendar::Date;
use crate::lang::Lang;
use crate::scoring::{self, Assessment, GoalInput, PlanContext};

/// A weak goal, a strong rewrite, and one line on what changed (in the pair's language).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ExamplePair {
    pub lang: Lang,
    /// The business goal both goals serve.
    pub business_goal: &'static str,
    pub weak: &'static str,
    pub strong: &'static str,
    pub change: &'static str,
}

impl ExamplePair {
    /// Assesses one of the pair's goals as a main goal serving the pair's business goal.
    pub fn assess(&self, strong: bool, today: Date) -> Assessment {
        let text = if strong { self.strong } else { self.weak };
        let input = GoalInput {
            lang: Some(self.lang),
            is_main: true,
            business_goal: Some(self.business_goal),
            ..GoalInput::from_text(text)
        };
        let ctx = PlanContext {
            today,
            business_goals: vec![self.business_goal],
        };
        scoring::assess(&input, &ctx)
    }
}

const fn pair(
    lang: Lang,
    business_goal: &'static str,
    weak: &'static str,
    strong: &'static str,
    change: &'static str,
) -> ExamplePair {
    ExamplePair {
        lang,
        business_goal,
        weak,
        strong,
        change,
    }
}

const PAIRS: &[ExamplePair] = &[
    pair(
        Lang::En,
        "More table bookings in the quiet spring months",
        "Get more followers on Instagram",
        "Grow table bookings via Instagram from 40 to 70 by 1 May 2027",
        "Counts bookings, what the business needs, instead of followers, and adds a channel, a baseline, a target and a date.",
    ),
    pair(
        Lang::En,
        "More qualified leads for our accounting software",
        "Post on LinkedIn every day",
        "Get 60 demo requests from small-business owners on LinkedIn by the end of Q2 2027",
        "Posting is our own activity; a demo request is something the audience does, and it has a number, a group and a deadline.",
    ),
    pair(
        Lang::En,
        "Hire ten nurses for the care homes",
        "More engagement on our posts",
        "Receive 30 job applications from nurses via Facebook by 1 March 2027",
        "Likes and comments do not fill positions: applications do, so the goal counts them, from nurses, with a date.",
    ),
    pair(
        Lang::Nb,
        "Selge flere billetter til sommerfestivalen",
        "Øke synligheten på TikTok",
        "Selge 800 billetter via TikTok innen 1. juni 2027",
        "Synlighet er bare første trinn; målet teller nå billettsalg, med kanal, antall og frist.",
    ),
    pair(
        Lang::Nb,
        "Flere medlemmer i treningssenteret",
        "Flere likes på innleggene våre på Instagram",
        "Få 150 nye medlemskap fra studenter via Instagram innen 31. desember 2027",
        "Likes gir ikke medlemmer; målet måler innmeldinger blant studenter, med et tall og en dato.",
    ),
    pair(
        Lang::Nb,
        "Flere bestillinger av kaker til selskaper",
        "Legge ut tre innlegg i uka på Facebook",
        "120 kakebestillinger via Facebook fra foreldre i bydelen innen 1. juni 2027",
        "Innlegg er noe vi gjør; bestillinger er det kundene gjør, og målet sier hvor mange, fra hvem og når.",
    ),
    pair(
        Lang::Sv,
        "Fler bokningar under lågsäsongen",
        "Synas mer på Instagram",
        "Öka antalet bokningar via Instagram från 50 till 80 före 1 april 2027",
        "Att synas mäter bara räckvidd; målet räknar nu bokningar, med kanal, utgångsläge, mål och datum.",
    ),
    pair(
        Lang::Sv,
        "Fler kunder till webbshopen",
        "Nå 10 000 följare",
        "Få 400 beställningar i webbshopen från Instagram bland unga vuxna före 31 december 2027",
        "Följare är inte kunder; beställningar är det, och målet säger från vilken kanal, från vilka och när.",
    ),
    pair(
        Lang::Da,
        "Flere tilmeldinger til vores aftenkurser",
        "Flere følgere på vores Facebook-side",
        "Få 200 tilmeldinger til aftenkurserne via Facebook inden 1. juli 2027",
        "Følgere er kun synlighed; tilmeldinger er en handling, der skaber værdi, og målet har kanal, tal og frist.",
    ),
    pair(
        Lang::Da,
        "Flere kunder i butikken i Aarhus",
        "Mere engagement på Instagram",
        "Øge salget fra Instagram med 20 % blandt kunder i Aarhus inden udgangen af 2027",
        "Engagement er et mellemtrin; målet måler nu salg med en ændring i procent, en målgruppe og en frist.",
    ),
];

/// The built-in weak → strong pairs: at least two in each language.
pub fn example_pairs() -> &'static [ExamplePair] {
    PAIRS
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classroom::letters::Letters;

    #[test]
    fn every_strong_goal_beats_its_weak_one() {
        let today = Date::new(2026, 11, 23).unwrap();
        let mut failures = Vec::new();
        for p in example_pairs() {
            let weak = p.assess(false, today);
            let strong = p.assess(true, today);
            let (wm, sm) = (
                Letters::from_smart(&weak.smart).met(),
                Letters::from_smart(&strong.smart).met(),
            );
            if !(strong.level.fits_main_goal() && sm > wm && strong.level >= weak.level) {
                failures.push(format!(
                    "{:?} {:?}\n  weak {:?} met {wm}: {:?}\n  strong {:?} met {sm}: {:?}",
                    p.lang,
                    p.strong,
                    weak.level,
                    Letters::from_smart(&weak.smart),
                    strong.level,
                    Letters::from_smart(&strong.smart),
                ));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn the_scorer_reads_each_pair_in_its_own_language() {
        let ctx = PlanContext::new(Date::new(2026, 11, 23).unwrap());
        let misread: Vec<String> = example_pairs()
            .iter()
            .flat_map(|p| [(p.weak, p.lang), (p.strong, p.lang)])
            .map(|(text, lang)| {
                (
                    text,
                    lang,
                    scoring::assess(&GoalInput::from_text(text), &ctx).lang,
                )
            })
            .filter(|(_, lang, detected)| lang != detected)
            .map(|(text, lang, detected)| format!("{text}: {lang:?} read as {detected:?}"))
            .collect();
        assert!(misread.is_empty(), "{}", misread.join("\n"));
    }

    #[test]
    fn at_least_two_pairs_per_language_each_explained() {
        assert!(example_pairs().len() >= 8);
        for lang in Lang::ALL {
            assert!(example_pairs().iter().filter(|p| p.lang == lang).count() >= 2);
        }
        for p in example_pairs() {
            assert!(!p.change.contains('\n') && p.change.len() > 20);
            assert_ne!(p.weak, p.strong);
        }
    }
}
