//! The sentences behind each rule, in the four languages, with parameters filled in.
//!
//! Placeholders: `{metric}`, `{aim}`, `{measured}` take a catalogue id and show its name; `{level}` a
//! number and `{level_name}` its rung; the others are shown as given.

use super::findings::{Finding, Rule};
use crate::catalogue;
use crate::ladder::LadderLevel;
use crate::lang::{Lang, Localized};

/// What an audience without a name is called in a message.
const UNNAMED_AUDIENCE: Localized = Localized {
    en: "Unnamed audience",
    nb: "Målgruppe uten navn",
    sv: "Namnlös målgrupp",
    da: "Unavngiven målgruppe",
};

fn template(rule: Rule) -> Localized {
    let l = |en, nb, sv, da| Localized { en, nb, sv, da };
    match rule {
        Rule::LevelRead => l(
            "Measures {metric}: level {level}, {level_name}.",
            "Måler {metric}: nivå {level}, {level_name}.",
            "Mäter {metric}: nivå {level}, {level_name}.",
            "Måler {metric}: niveau {level}, {level_name}.",
        ),
        Rule::LevelUnrecognised => l(
            "We could not tell what this goal measures. Name the result you want, such as sales, sign-ups or followers.",
            "Vi klarte ikke å se hva målet måler. Skriv hvilket resultat dere vil ha, for eksempel salg, påmeldinger eller følgere.",
            "Vi kunde inte avgöra vad målet mäter. Skriv vilket resultat ni vill ha, till exempel försäljning, anmälningar eller följare.",
            "Vi kunne ikke se, hvad målet måler. Skriv, hvilket resultat I vil have, f.eks. salg, tilmeldinger eller følgere.",
        ),
        Rule::ActivityNotGoal => l(
            "This is something you will do, not a result. Keep it as a step in the plan, and set the goal on what the audience does in return.",
            "Dette er noe dere skal gjøre, ikke et resultat. Behold det som et tiltak i planen, og sett målet på det publikum gjør som svar.",
            "Det här är något ni ska göra, inte ett resultat. Behåll det som en åtgärd i planen och sätt målet på det publiken gör som svar.",
            "Det her er noget, I skal gøre, ikke et resultat. Behold det som et tiltag i planen, og sæt målet på det, publikum gør til gengæld.",
        ),
        Rule::MainGoalLow => l(
            "A main goal belongs on level 4 or 5. Level {level}, {level_name}, works better as a sub-goal or an indicator.",
            "Et hovedmål hører hjemme på nivå 4 eller 5. Nivå {level}, {level_name}, passer bedre som delmål eller indikator.",
            "Ett huvudmål hör hemma på nivå 4 eller 5. Nivå {level}, {level_name}, passar bättre som delmål eller indikator.",
            "Et hovedmål hører til på niveau 4 eller 5. Niveau {level}, {level_name}, passer bedre som delmål eller indikator.",
        ),
        Rule::MeasureAim => l(
            "Measure {aim}, which is what you are really after, not {measured}.",
            "Mål {aim}, som er det dere egentlig er ute etter, ikke {measured}.",
            "Mät {aim}, som är det ni egentligen är ute efter, inte {measured}.",
            "Mål {aim}, som er det, I egentlig er ude efter, ikke {measured}.",
        ),
        Rule::SpecificMet => l(
            "Names the result and where it should come from.",
            "Sier hvilket resultat dere vil ha, og hvor det skal komme fra.",
            "Säger vilket resultat ni vill ha och var det ska komma ifrån.",
            "Siger, hvilket resultat I vil have, og hvor det skal komme fra.",
        ),
        Rule::SpecificUmbrella => l(
            "\"{metric}\" is too broad. Say which reaction you want, such as shares, comments or clicks, and on which channel.",
            "«{metric}» er for vidt. Si hvilken reaksjon dere vil ha, for eksempel delinger, kommentarer eller klikk, og i hvilken kanal.",
            "”{metric}” är för brett. Säg vilken reaktion ni vill ha, till exempel delningar, kommentarer eller klick, och i vilken kanal.",
            "»{metric}« er for bredt. Sig, hvilken reaktion I vil have, f.eks. delinger, kommentarer eller klik, og på hvilken kanal.",
        ),
        Rule::SpecificNoChannelOrAudience => l(
            "Say on which channel, or among which people, the result should come.",
            "Si i hvilken kanal, eller blant hvem, resultatet skal komme.",
            "Säg i vilken kanal, eller bland vilka, resultatet ska komma.",
            "Sig, på hvilken kanal eller blandt hvem resultatet skal komme.",
        ),
        Rule::SpecificNoResult => l(
            "Name the concrete result you want, such as bookings, sign-ups or shares.",
            "Skriv hvilket konkret resultat dere vil ha, for eksempel bestillinger, påmeldinger eller delinger.",
            "Skriv vilket konkret resultat ni vill ha, till exempel bokningar, anmälningar eller delningar.",
            "Skriv, hvilket konkret resultat I vil have, f.eks. bookinger, tilmeldinger eller delinger.",
        ),
        Rule::MeasurableMet => l(
            "Has a metric and a number to measure it by.",
            "Har et måltall og en størrelse å måle det på.",
            "Har ett mått och en siffra att mäta det med.",
            "Har et måltal og en størrelse at måle det på.",
        ),
        Rule::MeasurableNoNumber => l(
            "Put a number on {metric}: a target, or a change in percent.",
            "Sett et tall på {metric}: et måltall, eller en endring i prosent.",
            "Sätt en siffra på {metric}: ett målvärde eller en förändring i procent.",
            "Sæt et tal på {metric}: et måltal eller en ændring i procent.",
        ),
        Rule::MeasurableNoMetric => l(
            "Say what the number counts: sales, sign-ups, followers?",
            "Si hva tallet teller: salg, påmeldinger, følgere?",
            "Säg vad siffran räknar: försäljning, anmälningar, följare?",
            "Sig, hvad tallet tæller: salg, tilmeldinger, følgere?",
        ),
        Rule::MeasurableOwnWords => l(
            "Has a number, counting something in your own words: check the level offered for it.",
            "Har et tall som teller noe med dine egne ord: sjekk nivået som foreslås for det.",
            "Har en siffra som räknar något med dina egna ord: kontrollera nivån som föreslås för den.",
            "Har et tal, der tæller noget med dine egne ord: tjek det niveau, der foreslås for det.",
        ),
        Rule::MeasurableNoBaseline => l(
            "Note today's figure as well, so progress can be measured against it.",
            "Noter dagens tall også, så fremgangen kan måles mot det.",
            "Notera dagens siffra också, så att utvecklingen kan mätas mot den.",
            "Notér også dagens tal, så fremskridtet kan måles op imod det.",
        ),
        Rule::AttainableUnknown => l(
            "Add today's figure, a target and a deadline to judge whether the goal is within reach.",
            "Legg inn dagens tall, et måltall og en frist for å vurdere om målet er innen rekkevidde.",
            "Lägg in dagens siffra, ett målvärde och ett slutdatum för att bedöma om målet är inom räckhåll.",
            "Tilføj dagens tal, et måltal og en frist for at vurdere, om målet er inden for rækkevidde.",
        ),
        Rule::AttainableNoBaseline => l(
            "Add today's figure too: with it and the target, the deadline shows whether the goal is within reach.",
            "Legg inn dagens tall også: sammen med måltallet viser fristen da om målet er innen rekkevidde.",
            "Lägg in dagens siffra också: tillsammans med målvärdet visar slutdatumet då om målet är inom räckhåll.",
            "Tilføj også dagens tal: sammen med måltallet viser fristen så, om målet er inden for rækkevidde.",
        ),
        Rule::AttainableRealistic => l(
            "Growing ×{factor} in {months} months is a reasonable stretch.",
            "Å vokse ×{factor} på {months} måneder er en rimelig strekk.",
            "Att växa ×{factor} på {months} månader är en rimlig utmaning.",
            "At vokse ×{factor} på {months} måneder er en rimelig udfordring.",
        ),
        Rule::AttainableStretch => l(
            "×{factor} in {months} months is ambitious: check that time and money match it.",
            "×{factor} på {months} måneder er ambisiøst: sjekk at tid og penger står i forhold til det.",
            "×{factor} på {months} månader är ambitiöst: kontrollera att tid och pengar räcker till.",
            "×{factor} på {months} måneder er ambitiøst: tjek, at tid og penge står mål med det.",
        ),
        Rule::AttainableUnrealistic => l(
            "×{factor} in {months} months is hardly realistic. Lower the target or allow more time.",
            "×{factor} på {months} måneder er neppe realistisk. Senk måltallet eller gi det mer tid.",
            "×{factor} på {months} månader är knappast realistiskt. Sänk målvärdet eller ge det mer tid.",
            "×{factor} på {months} måneder er næppe realistisk. Sænk måltallet, eller giv det mere tid.",
        ),
        Rule::AttainableNoChange => l(
            "The target equals today's figure. Set one that asks for progress.",
            "Måltallet er det samme som dagens tall. Sett et som krever fremgang.",
            "Målvärdet är detsamma som dagens siffra. Sätt ett som kräver utveckling.",
            "Måltallet er det samme som dagens tal. Sæt et, der kræver fremgang.",
        ),
        Rule::RelevantLinked => l(
            "Serves the business goal \"{business_goal}\".",
            "Støtter forretningsmålet «{business_goal}».",
            "Stödjer affärsmålet ”{business_goal}”.",
            "Understøtter forretningsmålet »{business_goal}«.",
        ),
        Rule::RelevantUnlinked => l(
            "Link the goal to one of the plan's business goals, so it is clear what it is for.",
            "Knytt målet til et av forretningsmålene i planen, så det er klart hva det skal være godt for.",
            "Koppla målet till ett av affärsmålen i planen, så att det är tydligt vad det ska leda till.",
            "Knyt målet til et af planens forretningsmål, så det er tydeligt, hvad det skal føre til.",
        ),
        Rule::RelevantNoBusinessGoal => l(
            "Add the business goal this serves: social media are a means, not an end.",
            "Legg til forretningsmålet dette skal støtte: sosiale medier er et middel, ikke et mål i seg selv.",
            "Lägg till affärsmålet som detta ska stödja: sociala medier är ett medel, inte ett mål i sig.",
            "Tilføj det forretningsmål, det skal understøtte: sociale medier er et middel, ikke et mål i sig selv.",
        ),
        Rule::VanityMetric => l(
            "{metric} is a vanity metric for \"{business_goal}\". It counts who saw or reacted, not what the business needs. Measure {instead} and keep {metric} as an indicator.",
            "{metric} er et forfengelig mål for «{business_goal}». Det teller hvem som så eller reagerte, ikke det virksomheten trenger. Mål {instead}, og behold {metric} som en indikator.",
            "{metric} är ett fåfängt mått för ”{business_goal}”. Det räknar vilka som såg eller reagerade, inte det verksamheten behöver. Mät {instead} och behåll {metric} som en indikator.",
            "{metric} er et forfængeligt mål for »{business_goal}«. Det tæller, hvem der så eller reagerede, ikke det virksomheden har brug for. Mål {instead}, og behold {metric} som en indikator.",
        ),
        Rule::VanityFitsAwareness => l(
            "{metric} is a fair measure here, since the business goal is about being known.",
            "{metric} er et greit mål her, siden forretningsmålet handler om å bli kjent.",
            "{metric} är ett rimligt mått här, eftersom affärsmålet handlar om att bli känd.",
            "{metric} er et fint mål her, da forretningsmålet handler om at blive kendt.",
        ),
        Rule::TimeBoundMet => l(
            "Has a deadline or a period.",
            "Har en frist eller en periode.",
            "Har ett slutdatum eller en period.",
            "Har en frist eller en periode.",
        ),
        Rule::TimeBoundMissing => l(
            "Add a deadline or a period, for example \"by the end of Q3\".",
            "Legg til en frist eller en periode, for eksempel «innen utgangen av Q3».",
            "Lägg till ett slutdatum eller en period, till exempel ”före utgången av Q3”.",
            "Tilføj en frist eller en periode, f.eks. »inden udgangen af Q3«.",
        ),
        Rule::TimeBoundRateOnly => l(
            "A rate such as \"per month\" is not a deadline. Say for how long, for example \"throughout 2027\".",
            "En takt som «per måned» er ingen frist. Si hvor lenge, for eksempel «gjennom hele 2027».",
            "En takt som ”per månad” är inget slutdatum. Säg hur länge, till exempel ”under hela 2027”.",
            "Et tempo som »om måneden« er ingen frist. Sig hvor længe, f.eks. »i hele 2027«.",
        ),
        Rule::TimeBoundResponseLimit => l(
            "A response time bounds each reply, not the goal. Say from when, and for how long, the promise should hold.",
            "En svartid gjelder hvert svar, ikke målet. Si fra når, og hvor lenge, løftet skal gjelde.",
            "En svarstid gäller varje svar, inte målet. Säg från när, och hur länge, löftet ska gälla.",
            "En svartid gælder hvert svar, ikke målet. Sig fra hvornår, og hvor længe, løftet skal gælde.",
        ),
        Rule::DeadlinePassed => l(
            "The deadline {deadline} has passed. Set a new one, or close the goal and note what you learned.",
            "Fristen {deadline} er passert. Sett en ny, eller avslutt målet og noter hva dere lærte.",
            "Slutdatumet {deadline} har passerat. Sätt ett nytt, eller avsluta målet och notera vad ni lärde er.",
            "Fristen {deadline} er overskredet. Sæt en ny, eller afslut målet og notér, hvad I lærte.",
        ),
        Rule::DeadlineDiffers => l(
            "The goal says {text_deadline}, but its deadline field says {deadline}. Make them agree: progress and the review follow the field.",
            "Målet sier {text_deadline}, men fristfeltet sier {deadline}. Få dem til å stemme: fremdriften og gjennomgangen følger feltet.",
            "Målet säger {text_deadline}, men fältet för slutdatum säger {deadline}. Få dem att stämma: utvecklingen och uppföljningen följer fältet.",
            "Målet siger {text_deadline}, men fristfeltet siger {deadline}. Få dem til at stemme: fremskridtet og opfølgningen følger feltet.",
        ),
        Rule::KeyResultIsTask => l(
            "This key result reads as a task. Make it the outcome the task should bring about; the task itself is an initiative.",
            "Dette nøkkelresultatet er formulert som en oppgave. Gjør det om til resultatet oppgaven skal gi; selve oppgaven er et tiltak.",
            "Det här nyckelresultatet är formulerat som en uppgift. Gör om det till resultatet uppgiften ska ge; själva uppgiften är en aktivitet.",
            "Dette nøgleresultat er formuleret som en opgave. Gør det til det resultat, opgaven skal give; selve opgaven er et initiativ.",
        ),
        Rule::KeyResultNotMeasurable => l(
            "A key result needs a number, so it can be scored from 0 to 1.",
            "Et nøkkelresultat trenger et tall, så det kan scores fra 0 til 1.",
            "Ett nyckelresultat behöver en siffra, så att det kan poängsättas från 0 till 1.",
            "Et nøgleresultat skal have et tal, så det kan scores fra 0 til 1.",
        ),
        Rule::TooFewKeyResults => l(
            "An objective needs about three key results; this one has {count}.",
            "Et mål trenger omtrent tre nøkkelresultater; dette har {count}.",
            "Ett mål behöver ungefär tre nyckelresultat; det här har {count}.",
            "Et mål skal have omkring tre nøgleresultater; dette har {count}.",
        ),
        Rule::TooManyKeyResults => l(
            "{count} key results spread the focus thin. Keep the three to five that matter most.",
            "{count} nøkkelresultater sprer fokuset. Behold de tre til fem som betyr mest.",
            "{count} nyckelresultat sprider fokus. Behåll de tre till fem som betyder mest.",
            "{count} nøgleresultater spreder fokus. Behold de tre til fem, der betyder mest.",
        ),
        Rule::EmptyGoal => l(
            "This goal has no words yet: say what the audience should do, how much, and by when.",
            "Dette målet har ingen tekst ennå: skriv hva målgruppen skal gjøre, hvor mye og innen når.",
            "Det här målet saknar text: skriv vad målgruppen ska göra, hur mycket och till när.",
            "Dette mål har ingen tekst endnu: skriv, hvad målgruppen skal gøre, hvor meget og hvornår.",
        ),
        Rule::NoMainGoalHigh => l(
            "This goal is on level {level}, yet no main goal is on level 4 or 5: make it a main goal (the tick beside it).",
            "Dette målet er på nivå {level}, men ingen hovedmål er på nivå 4 eller 5: gjør det til et hovedmål (haken ved siden av).",
            "Det här målet ligger på nivå {level}, men inget huvudmål ligger på nivå 4 eller 5: gör det till ett huvudmål (bocken bredvid).",
            "Dette mål er på niveau {level}, men intet hovedmål er på niveau 4 eller 5: gør det til et hovedmål (fluebenet ved siden af).",
        ),
        Rule::PlatformWithoutAudience => l(
            "None of your audiences is on {platform}: it costs effort and reaches no one you aim for.",
            "Ingen av målgruppene er på {platform}: den koster innsats og når ingen dere sikter mot.",
            "Ingen av målgrupperna finns på {platform}: den kostar arbete och når ingen ni siktar på.",
            "Ingen af målgrupperne er på {platform}: den koster indsats og når ingen, I sigter efter.",
        ),
        Rule::AudienceUnreached => l(
            "No chosen platform reaches “{audience}”.",
            "Ingen valgt plattform når «{audience}».",
            "Ingen vald plattform når ”{audience}”.",
            "Ingen valgt platform når »{audience}«.",
        ),
    }
}

impl Finding {
    /// A sentence for the user, in `lang`, with the parameters filled in.
    pub fn message(&self, lang: Lang) -> String {
        render(self, lang)
    }
}

pub(crate) fn render(finding: &Finding, lang: Lang) -> String {
    let template = template(finding.rule).get(lang);
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            rest = "";
            break;
        };
        let key = &after[..close];
        out.push_str(&value(finding, key, lang));
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    capitalise_first(out)
}

fn value(finding: &Finding, key: &str, lang: Lang) -> String {
    match key {
        "metric" | "aim" | "measured" | "instead" => finding
            .param(key)
            .map(|id| metric_name(id, lang))
            .unwrap_or_default(),
        // Names the user gave, shown as written; an audience without one is called so.
        "platform" => finding.param(key).unwrap_or_default().to_string(),
        "audience" => match finding.param(key).map(str::trim) {
            Some(name) if !name.is_empty() => name.to_string(),
            _ => UNNAMED_AUDIENCE.get(lang).to_string(),
        },
        "level_name" => finding
            .param("level")
            .and_then(|n| n.parse::<u8>().ok())
            .and_then(LadderLevel::from_number)
            .map(|l| l.name(lang).to_string())
            .unwrap_or_default(),
        // "×11 på 2,9 måneder": numbers as the language writes them.
        other => {
            let raw = finding.param(other).unwrap_or_default();
            match raw.parse::<f64>() {
                Ok(x) if x.is_finite() => crate::numerals::number(x, 1, lang),
                _ => raw.to_string(),
            }
        }
    }
}

/// A catalogue name as it reads inside a sentence: "followers", but "Net Promoter Score (NPS)".
fn metric_name(id: &str, lang: Lang) -> String {
    let Some(metric) = catalogue::find(id) else {
        return id.to_string();
    };
    let name = metric.name.get(lang);
    let second_word_capital = name
        .split_whitespace()
        .nth(1)
        .and_then(|w| w.chars().next())
        .is_some_and(char::is_uppercase);
    if second_word_capital {
        return name.to_string();
    }
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn capitalise_first(s: String) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) if first.is_lowercase() => first.to_uppercase().chain(chars).collect(),
        _ => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(rule: Rule) -> Finding {
        Finding::new(rule)
            .with("metric", "followers")
            .with("aim", "sales")
            .with("measured", "followers")
            .with("level", 1)
            .with("factor", 10)
            .with("months", 1)
            .with("business_goal", "More bookings in the low season")
            .with("deadline", "2027-06-01")
            .with("count", 7)
            .with("platform", "Instagram")
            .with("audience", "Students")
    }

    #[test]
    fn every_rule_has_a_message_in_every_language_with_parameters_filled_in() {
        for rule in Rule::ALL {
            for lang in Lang::ALL {
                let text = sample(rule).message(lang);
                assert!(text.len() > 15, "{} {lang:?}: {text}", rule.id());
                assert!(
                    !text.contains('{') && !text.contains('}'),
                    "{} {lang:?}: {text}",
                    rule.id()
                );
                assert!(
                    text.chars().next().is_some_and(|c| !c.is_lowercase()),
                    "{text}"
                );
            }
        }
    }

    #[test]
    fn advice_names_the_metrics_in_the_users_language() {
        let f = Finding::new(Rule::MeasureAim)
            .with("aim", "sales")
            .with("measured", "followers");
        assert_eq!(
            f.message(Lang::En),
            "Measure sales and orders, which is what you are really after, not followers."
        );
        assert_eq!(
            f.message(Lang::Nb),
            "Mål salg og bestillinger, som er det dere egentlig er ute etter, ikke følgere."
        );
        let low = Finding::new(Rule::MainGoalLow).with("level", 1);
        assert!(low.message(Lang::Sv).contains("Nivå 1, synlighet"));
        assert!(low.message(Lang::Da).contains("Niveau 1, synlighed"));
    }
}
