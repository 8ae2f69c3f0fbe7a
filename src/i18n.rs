//! The interface's texts in English, Norwegian bokmål, Swedish and Danish: a typed table, one row per text.
//!
//! A typed table costs no parsing at start and no runtime crate; a missing language is a compile error.

use goal_ladder_core::file::{FileError, FileKind};
use goal_ladder_core::Lang;
use leptos::prelude::*;

macro_rules! texts {
    ($($key:ident => $en:literal, $nb:literal, $sv:literal, $da:literal;)*) => {
        /// A text of the interface.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum T { $($key),* }

        impl T {
            pub const ALL: &'static [T] = &[$(T::$key),*];
            pub const NAMES: &'static [&'static str] = &[$(stringify!($key)),*];

            pub fn get(self, lang: Lang) -> &'static str {
                match self {
                    $(T::$key => match lang { Lang::En => $en, Lang::Nb => $nb, Lang::Sv => $sv, Lang::Da => $da }),*
                }
            }
        }
    };
}

texts! {
    SkipToContent => "Skip to content", "Gå til innholdet", "Hoppa till innehållet", "Gå til indholdet";
    PlanSections => "Plan sections", "Deler av planen", "Planens delar", "Planens dele";
    SectionOverview => "Overview", "Oversikt", "Översikt", "Overblik";
    KpiLibrary => "KPI library", "KPI-bibliotek", "KPI-bibliotek", "KPI-bibliotek";
    NotChosen => "Not chosen", "Ikke valgt", "Inte valt", "Ikke valgt";
    AddAudience => "Add audience", "Legg til målgruppe", "Lägg till målgrupp", "Tilføj målgruppe";
    PeopleLead => "Start with people: who you want to reach, how they are linked to you, and how actively they take part. Platforms come last.", "Start med menneskene: hvem dere vil nå, hvordan de er knyttet til dere, og hvor aktivt de deltar. Plattformene kommer til slutt.", "Börja med människorna: vilka ni vill nå, hur de är knutna till er och hur aktivt de deltar. Plattformarna kommer sist.", "Start med menneskene: hvem I vil nå, hvordan de er knyttet til jer, og hvor aktivt de deltager. Platformene kommer til sidst.";
    NoAudiences => "No audiences yet. Add the first group of people you want to reach.", "Ingen målgrupper ennå. Legg til den første gruppen dere vil nå.", "Inga målgrupper än. Lägg till den första gruppen ni vill nå.", "Ingen målgrupper endnu. Tilføj den første gruppe, I vil nå.";
    AudienceName => "Audience", "Målgruppe", "Målgrupp", "Målgruppe";
    AudienceNamePlaceholder => "e.g. Students in Tromsø", "f.eks. Studenter i Tromsø", "t.ex. Studenter i Umeå", "f.eks. Studerende i Aarhus";
    AudienceDescription => "Who they are and what they need", "Hvem de er og hva de trenger", "Vilka de är och vad de behöver", "Hvem de er, og hvad de har brug for";
    StakeholderLinkage => "Stakeholder linkage", "Tilknytning", "Intressentkoppling", "Tilknytning";
    LinkageFunctional => "Functional (customers, employees, suppliers)", "Funksjonell (kunder, ansatte, leverandører)", "Funktionell (kunder, anställda, leverantörer)", "Funktionel (kunder, medarbejdere, leverandører)";
    LinkageNormative => "Normative (authorities, industry bodies)", "Normativ (myndigheter, bransjeorganisasjoner)", "Normativ (myndigheter, branschorganisationer)", "Normativ (myndigheder, brancheorganisationer)";
    LinkageEnabling => "Enabling (owners, regulators, funders)", "Tilretteleggende (eiere, tilsyn, finansiører)", "Möjliggörande (ägare, tillsyn, finansiärer)", "Muliggørende (ejere, tilsyn, finansiering)";
    LinkageDiffuse => "Diffuse (media, the public, interest groups)", "Diffus (media, allmennheten, interessegrupper)", "Diffus (medier, allmänheten, intressegrupper)", "Diffus (medier, offentligheden, interessegrupper)";
    EngagementProfile => "Engagement profile", "Engasjementsprofil", "Engagemangsprofil", "Engagementsprofil";
    EngagementModel => "Model", "Modell", "Modell", "Model";
    ProfileTotal => "Total: {total} %", "Sum: {total} %", "Summa: {total} %", "I alt: {total} %";
    ProfileMustSum => "the shares should add up to 100 %", "andelene bør bli 100 % til sammen", "andelarna bör bli 100 % tillsammans", "andelene bør give 100 % tilsammen";
    WhereTheyAre => "Platforms where they are", "Plattformer der de er", "Plattformar där de finns", "Platforme, hvor de er";
    NoPlatformsYet => "No platforms in the plan yet. Add them under", "Ingen plattformer i planen ennå. Legg dem til under", "Inga plattformar i planen än. Lägg till dem under", "Ingen platforme i planen endnu. Tilføj dem under";
    DeleteAudience => "Delete audience", "Slett målgruppe", "Radera målgrupp", "Slet målgruppe";
    UnnamedAudience => "Unnamed audience", "Målgruppe uten navn", "Namnlös målgrupp", "Unavngiven målgruppe";
    AudienceDeleted => "Audience “{name}” was deleted.", "Målgruppen «{name}» ble slettet.", "Målgruppen ”{name}” raderades.", "Målgruppen »{name}« blev slettet.";
    TechnologyLead => "Choose platforms last, and only where your audiences actually are: a platform without your audience is a cost with no gain.", "Velg plattformer til slutt, og bare der målgruppene faktisk er: en plattform uten målgruppen er en kostnad uten gevinst.", "Välj plattformar sist, och bara där målgrupperna faktiskt finns: en plattform utan målgruppen är en kostnad utan vinst.", "Vælg platforme til sidst, og kun hvor målgrupperne faktisk er: en platform uden målgruppen er en udgift uden gevinst.";
    PlatformName => "Platform", "Plattform", "Plattform", "Platform";
    AddPlatform => "Add platform", "Legg til plattform", "Lägg till plattform", "Tilføj platform";
    AudiencesHere => "Audiences on this platform", "Målgrupper på denne plattformen", "Målgrupper på den här plattformen", "Målgrupper på denne platform";
    PlatformDeleted => "Platform “{platform}” was deleted.", "Plattformen «{platform}» ble slettet.", "Plattformen ”{platform}” raderades.", "Platformen »{platform}« blev slettet.";
    StrategyLead => "How should the relationship with your audiences change, and what will you do? Choose the approaches that serve each business goal.", "Hvordan skal forholdet til målgruppene endre seg, og hva skal dere gjøre? Velg tilnærmingene som tjener hvert virksomhetsmål.", "Hur ska relationen till målgrupperna förändras, och vad ska ni göra? Välj de angreppssätt som tjänar varje verksamhetsmål.", "Hvordan skal forholdet til målgrupperne ændre sig, og hvad vil I gøre? Vælg de tilgange, der tjener hvert forretningsmål.";
    StrategyText => "How the relationship should change", "Hvordan forholdet skal endre seg", "Hur relationen ska förändras", "Hvordan forholdet skal ændre sig";
    StrategyPlaceholder => "From people who know our name to people who book with us and tell their friends…", "Fra folk som kjenner navnet vårt til folk som bestiller hos oss og forteller det videre…", "Från folk som känner till vårt namn till folk som bokar hos oss och berättar för andra…", "Fra folk, der kender vores navn, til folk, der booker hos os og fortæller det videre…";
    StrategyNeedsBusinessGoals => "Add business goals first, under", "Legg først til virksomhetsmål, under", "Lägg först till verksamhetsmål, under", "Tilføj først forretningsmål, under";
    UnnamedBusinessGoal => "Unnamed business goal", "Virksomhetsmål uten navn", "Namnlöst verksamhetsmål", "Unavngivet forretningsmål";
    Listening => "Listening", "Lytte", "Lyssna", "Lytte";
    ListeningHelp => "learn what customers say and need (research)", "lær hva kundene sier og trenger (innsikt)", "ta reda på vad kunderna säger och behöver (insikt)", "lær, hvad kunderne siger og har brug for (indsigt)";
    Talking => "Talking", "Snakke", "Prata", "Tale";
    TalkingHelp => "spread the message in a dialogue (marketing)", "spre budskapet i dialog (markedsføring)", "sprida budskapet i dialog (marknadsföring)", "spred budskabet i dialog (markedsføring)";
    Energizing => "Energizing", "Engasjere", "Entusiasmera", "Begejstre";
    EnergizingHelp => "let enthusiasts sell for you (sales)", "la entusiastene selge for dere (salg)", "låt entusiasterna sälja åt er (försäljning)", "lad entusiasterne sælge for jer (salg)";
    Supporting => "Supporting", "Støtte", "Stödja", "Støtte";
    SupportingHelp => "help customers help each other (support)", "hjelp kundene å hjelpe hverandre (kundeservice)", "hjälp kunderna att hjälpa varandra (support)", "hjælp kunderne med at hjælpe hinanden (support)";
    Embracing => "Embracing", "Involvere", "Involvera", "Involvere";
    EmbracingHelp => "develop products with customers (development)", "utvikle produkter sammen med kundene (utvikling)", "utveckla produkter tillsammans med kunderna (utveckling)", "udvikl produkter sammen med kunderne (udvikling)";
    AboutBusiness => "About the business", "Om virksomheten", "Om verksamheten", "Om virksomheden";
    AddBusinessGoal => "Add business goal", "Legg til virksomhetsmål", "Lägg till verksamhetsmål", "Tilføj forretningsmål";
    ObjectivesLead => "Start from what the business needs, then write the social-media goals that serve it. Each goal is placed on the ladder as you type: main goals belong on level 4 (interaction) or 5 (transaction).", "Start med det virksomheten trenger, og skriv så målene for sosiale medier som tjener det. Hvert mål plasseres på stigen mens du skriver: hovedmål hører hjemme på nivå 4 (interaksjon) eller 5 (transaksjon).", "Börja med vad verksamheten behöver och skriv sedan målen för sociala medier som tjänar det. Varje mål placeras på stegen medan du skriver: huvudmål hör hemma på nivå 4 (interaktion) eller 5 (transaktion).", "Start med det, virksomheden har brug for, og skriv så målene for sociale medier, der tjener det. Hvert mål placeres på stigen, mens du skriver: hovedmål hører til på niveau 4 (interaktion) eller 5 (transaktion).";
    NoBusinessGoals => "No business goals yet. What should the business achieve? For example: more bookings in the low season.", "Ingen virksomhetsmål ennå. Hva skal virksomheten oppnå? For eksempel: flere bestillinger i lavsesongen.", "Inga verksamhetsmål än. Vad ska verksamheten uppnå? Till exempel: fler bokningar under lågsäsongen.", "Ingen forretningsmål endnu. Hvad skal virksomheden opnå? For eksempel: flere bookinger i lavsæsonen.";
    UnlinkedGoals => "Goals not linked to a business goal", "Mål uten virksomhetsmål", "Mål utan verksamhetsmål", "Mål uden forretningsmål";
    BusinessGoal => "Business goal", "Virksomhetsmål", "Verksamhetsmål", "Forretningsmål";
    BusinessGoalPlaceholder => "e.g. More bookings in the low season", "f.eks. Flere bestillinger i lavsesongen", "t.ex. Fler bokningar under lågsäsongen", "f.eks. Flere bookinger i lavsæsonen";
    BusinessGoalDeleted => "Business goal “{goal}” was deleted; its goals are kept, unlinked.", "Virksomhetsmålet «{goal}» ble slettet; målene under det er beholdt, uten kobling.", "Verksamhetsmålet ”{goal}” raderades; målen under det finns kvar, utan koppling.", "Forretningsmålet »{goal}« blev slettet; målene under det er bevaret, uden tilknytning.";
    AddGoal => "Add social-media goal", "Legg til mål for sosiale medier", "Lägg till mål för sociala medier", "Tilføj mål for sociale medier";
    GoalStatement => "Goal", "Mål", "Mål", "Mål";
    GoalPlaceholder => "e.g. 200 table bookings via Instagram by 1 March 2027", "f.eks. 200 bordbestillinger via Instagram innen 1. mars 2027", "t.ex. 200 bordsbokningar via Instagram före 1 mars 2027", "f.eks. 200 bordbestillinger via Instagram inden 1. marts 2027";
    MainGoal => "Main goal", "Hovedmål", "Huvudmål", "Hovedmål";
    RoleMain => "Answers to the business goal directly.", "Svarer direkte på virksomhetsmålet.", "Svarar direkt mot verksamhetsmålet.", "Svarer direkte på forretningsmålet.";
    RoleIndicatorOf => "Indicator of the main goal “{goal}”.", "Indikator for hovedmålet «{goal}».", "Indikator för huvudmålet ”{goal}”.", "Indikator for hovedmålet »{goal}«.";
    RoleUnlinked => "Sub-goal, not linked to a main goal.", "Delmål, ikke koblet til et hovedmål.", "Delmål, inte kopplat till ett huvudmål.", "Delmål, ikke knyttet til et hovedmål.";
    IndicatorOf => "Indicator of", "Indikator for", "Indikator för", "Indikator for";
    NoMainGoalLinked => "No main goal", "Intet hovedmål", "Inget huvudmål", "Intet hovedmål";
    UntitledGoal => "Goal without text", "Mål uten tekst", "Mål utan text", "Mål uden tekst";
    ProposeMain => "This goal measures what the audience does for the business and answers to no main goal: it can be a main goal itself.", "Dette målet måler hva målgruppen gjør for virksomheten, og hører ikke under noe hovedmål: det kan selv være et hovedmål.", "Det här målet mäter vad målgruppen gör för verksamheten och hör inte till något huvudmål: det kan själv vara ett huvudmål.", "Dette mål måler, hvad målgruppen gør for virksomheden, og hører ikke under noget hovedmål: det kan selv være et hovedmål.";
    MakeMain => "Make it a main goal", "Gjør det til hovedmål", "Gör det till huvudmål", "Gør det til hovedmål";
    GoalNumbers => "Metric, numbers and dates", "Måltall, tall og datoer", "Mätetal, siffror och datum", "Måltal, tal og datoer";
    DeleteGoal => "Delete goal", "Slett mål", "Radera mål", "Slet mål";
    GoalDeleted => "Goal “{goal}” was deleted.", "Målet «{goal}» ble slettet.", "Målet ”{goal}” raderades.", "Målet »{goal}« blev slettet.";
    GoalType => "Goal type", "Måltype", "Måltyp", "Måltype";
    Family => "KPI family", "KPI-familie", "KPI-familj", "KPI-familie";
    Metric => "Metric", "Måltall", "Mätetal", "Måltal";
    MetricFromText => "Read from the goal's text", "Lest ut av teksten", "Läses ur texten", "Læses ud af teksten";
    CustomMetric => "My own metric…", "Eget måltall…", "Eget mätetal…", "Eget måltal…";
    CustomMetricName => "Name of the metric", "Navn på måltallet", "Mätetalets namn", "Måltallets navn";
    CustomMetricLevel => "Its level on the ladder", "Nivå på stigen", "Nivå på stegen", "Niveau på stigen";
    Baseline => "Baseline", "Utgangspunkt", "Utgångsläge", "Udgangspunkt";
    Target => "Target", "Målverdi", "Målvärde", "Målværdi";
    Unit => "Unit", "Enhet", "Enhet", "Enhed";
    Start => "Start", "Start", "Start", "Start";
    Deadline => "Deadline", "Frist", "Deadline", "Frist";
    Owner => "Owner", "Ansvarlig", "Ansvarig", "Ansvarlig";
    Notes => "Notes", "Notater", "Anteckningar", "Noter";
    LevelOverride => "Your own level", "Eget nivåvalg", "Egen nivå", "Eget niveau";
    LevelOverrideHelp => "If you read the goal differently from the scorer, set the level yourself and say why. Both are kept in the plan.", "Hvis du leser målet annerledes enn vurderingen, kan du sette nivået selv og si hvorfor. Begge deler lagres i planen.", "Om du läser målet annorlunda än bedömningen kan du sätta nivån själv och säga varför. Båda sparas i planen.", "Hvis du læser målet anderledes end vurderingen, kan du selv sætte niveauet og sige hvorfor. Begge dele gemmes i planen.";
    Level => "Level", "Nivå", "Nivå", "Niveau";
    AsScored => "As scored", "Som vurdert", "Som bedömt", "Som vurderet";
    Justification => "Why", "Begrunnelse", "Motivering", "Begrundelse";
    Measurements => "Measurements", "Målinger", "Mätningar", "Målinger";
    Date => "Date", "Dato", "Datum", "Dato";
    Value => "Value", "Verdi", "Värde", "Værdi";
    AddMeasurement => "Add measurement", "Legg til måling", "Lägg till mätning", "Tilføj måling";
    MeasurementInvalid => "Give a date and a number.", "Oppgi en dato og et tall.", "Ange ett datum och ett tal.", "Angiv en dato og et tal.";
    ChartSummary => "Baseline {baseline}, latest {latest}, target {target} by {deadline}.", "Utgangspunkt {baseline}, siste {latest}, mål {target} innen {deadline}.", "Utgångsläge {baseline}, senaste {latest}, mål {target} till {deadline}.", "Udgangspunkt {baseline}, seneste {latest}, mål {target} inden {deadline}.";
    OkrHeading => "Objectives and key results", "Mål og nøkkelresultater", "Mål och nyckelresultat", "Mål og nøgleresultater";
    OkrLead => "An objective is qualitative and ambitious; it has about three key results, each a measurable outcome rather than a task. Key results are scored 0.0–1.0, and 0.7 already counts as success.", "Et mål (objective) er kvalitativt og ambisiøst, med rundt tre nøkkelresultater som hver er et målbart utfall, ikke en oppgave. Nøkkelresultatene får en score fra 0,0 til 1,0, og 0,7 regnes allerede som en suksess.", "Ett mål (objective) är kvalitativt och ambitiöst, med ungefär tre nyckelresultat som vart och ett är ett mätbart utfall, inte en uppgift. Nyckelresultaten får ett värde från 0,0 till 1,0, och redan 0,7 räknas som en framgång.", "Et mål (objective) er kvalitativt og ambitiøst, med omkring tre nøgleresultater, som hver er et målbart udfald og ikke en opgave. Nøgleresultaterne scores fra 0,0 til 1,0, og allerede 0,7 tæller som en succes.";
    AddObjective => "Add objective", "Legg til OKR-mål", "Lägg till OKR-mål", "Tilføj OKR-mål";
    NoObjectives => "No objectives yet.", "Ingen OKR-mål ennå.", "Inga OKR-mål än.", "Ingen OKR-mål endnu.";
    Objective => "Objective", "OKR-mål (objective)", "OKR-mål (objective)", "OKR-mål (objective)";
    ObjectivePlaceholder => "e.g. Become the café students choose in winter", "f.eks. Bli kafeen studentene velger om vinteren", "t.ex. Bli kaféet studenterna väljer på vintern", "f.eks. Blive den café, de studerende vælger om vinteren";
    ObjectiveDeleted => "Objective “{objective}” was deleted.", "Målet «{objective}» ble slettet.", "Målet ”{objective}” raderades.", "Målet »{objective}« blev slettet.";
    DeleteObjective => "Delete objective", "Slett OKR-mål", "Radera OKR-mål", "Slet OKR-mål";
    ServesBusinessGoal => "Serves the business goal", "Tjener virksomhetsmålet", "Tjänar verksamhetsmålet", "Tjener forretningsmålet";
    Score => "Score", "Score", "Poäng", "Score";
    AddKeyResult => "Add key result", "Legg til nøkkelresultat", "Lägg till nyckelresultat", "Tilføj nøgleresultat";
    KeyResult => "Key result", "Nøkkelresultat", "Nyckelresultat", "Nøgleresultat";
    KeyResultPlaceholder => "e.g. 150 newsletter sign-ups from Instagram by 31 March", "f.eks. 150 nye nyhetsbrevabonnenter fra Instagram innen 31. mars", "t.ex. 150 nya nyhetsbrevsprenumeranter från Instagram före 31 mars", "f.eks. 150 nye nyhedsbrevstilmeldinger fra Instagram inden 31. marts";
    ManualScore => "Score set by hand (0–1)", "Score satt for hånd (0–1)", "Poäng satt för hand (0–1)", "Score sat manuelt (0–1)";
    MeasuredToday => "Measured today", "Målt i dag", "Uppmätt i dag", "Målt i dag";
    Latest => "Latest", "Siste", "Senaste", "Seneste";
    LibraryLead => "Every metric the tool knows, with its level on the ladder, what it measures, and how it is calculated.", "Alle måltall verktøyet kjenner, med nivå på stigen, hva de måler og hvordan de regnes ut.", "Alla mätetal verktyget känner till, med nivå på stegen, vad de mäter och hur de räknas ut.", "Alle måltal, værktøjet kender, med niveau på stigen, hvad de måler, og hvordan de beregnes.";
    SearchMetrics => "Search metrics", "Søk i måltall", "Sök mätetal", "Søg i måltal";
    AllLevels => "All levels", "Alle nivåer", "Alla nivåer", "Alle niveauer";
    MetricsOne => "{n} metric", "{n} måltall", "{n} mätetal", "{n} måltal";
    MetricsOther => "{n} metrics", "{n} måltall", "{n} mätetal", "{n} måltal";
    NoMetricMatches => "No metric matches: try another word (in any of the four languages), or all levels.", "Ingen måltall passer: prøv et annet ord (på hvilket som helst av de fire språkene), eller alle nivåer.", "Inget mätetal passar: prova ett annat ord (på vilket som helst av de fyra språken), eller alla nivåer.", "Intet måltal passer: prøv et andet ord (på et hvilket som helst af de fire sprog), eller alle niveauer.";
    Calculate => "Calculator", "Kalkulator", "Kalkylator", "Lommeregner";
    TheLadder => "The ladder", "Stigen", "Stegen", "Stigen";
    Summary => "Summary", "Sammendrag", "Sammanfattning", "Sammenfatning";
    LadderAlt => "Goals per level: {levels}.", "Mål per nivå: {levels}.", "Mål per nivå: {levels}.", "Mål pr. niveau: {levels}.";
    LadderCaption => "Large dots are main goals. The shaded rungs, 4 and 5, are where main goals belong.", "Store prikker er hovedmål. De skraverte trinnene, 4 og 5, er der hovedmål hører hjemme.", "Stora prickar är huvudmål. De skuggade stegen, 4 och 5, är där huvudmål hör hemma.", "Store prikker er hovedmål. De skraverede trin, 4 og 5, er dér, hovedmål hører til.";
    MainGoalsHigh => "Main goals on level 4–5", "Hovedmål på nivå 4–5", "Huvudmål på nivå 4–5", "Hovedmål på niveau 4–5";
    MainGoalsLow => "Main goals on level 0–3", "Hovedmål på nivå 0–3", "Huvudmål på nivå 0–3", "Hovedmål på niveau 0–3";
    SubGoals => "Sub-goals and indicators", "Delmål og indikatorer", "Delmål och indikatorer", "Delmål og indikatorer";
    Warnings => "Warnings", "Advarsler", "Varningar", "Advarsler";
    NothingToCheckYet => "Nothing to check yet: warnings appear here as goals, key results and platforms are added.", "Ingenting å sjekke ennå: advarsler vises her når du legger til mål, nøkkelresultater og plattformer.", "Inget att kontrollera än: varningar visas här när du lägger till mål, nyckelresultat och plattformar.", "Intet at tjekke endnu: advarsler vises her, når du tilføjer mål, nøgleresultater og platforme.";
    NoWarnings => "No warnings: every goal and platform checks out.", "Ingen advarsler: alle mål og plattformer holder mål.", "Inga varningar: alla mål och plattformar håller.", "Ingen advarsler: alle mål og platforme holder.";
    Progress => "Progress", "Fremdrift", "Framsteg", "Fremdrift";
    FallingBehind => "Falling behind: below the baseline", "Henger etter: under utgangspunktet", "Halkar efter: under utgångsläget", "Halter bagefter: under udgangspunktet";
    Review => "Review", "Gjennomgang", "Uppföljning", "Gennemgang";
    ReviewHelp => "Look at the goals again every 3–6 months: focus may shift, say from reach to engagement, but always back to the business goals.", "Se på målene igjen hver 3.–6. måned: fokus kan skifte, for eksempel fra rekkevidde til engasjement, men alltid med virksomhetsmålene for øye.", "Se över målen var 3:e–6:e månad: fokus kan skifta, till exempel från räckvidd till engagemang, men alltid med verksamhetsmålen i sikte.", "Se på målene igen hver 3.–6. måned: fokus kan skifte, f.eks. fra rækkevidde til engagement, men altid med forretningsmålene for øje.";
    NextReview => "Next review", "Neste gjennomgang", "Nästa uppföljning", "Næste gennemgang";
    ReviewNote => "Note for this review", "Notat til gjennomgangen", "Anteckning för uppföljningen", "Note til gennemgangen";
    MarkReviewed => "Mark as reviewed today", "Merk som gjennomgått i dag", "Markera som uppföljd i dag", "Markér som gennemgået i dag";
    ReviewHistory => "Earlier reviews", "Tidligere gjennomganger", "Tidigare uppföljningar", "Tidligere gennemgange";
    ReviewDue => "The goals are due for review (since {date}).", "Målene skulle vært gjennomgått ({date}).", "Målen ska följas upp (sedan {date}).", "Målene skal gennemgås (siden {date}).";
    GoToReview => "Go to the review", "Gå til gjennomgangen", "Gå till uppföljningen", "Gå til gennemgangen";
    NavPlans => "Plans", "Planer", "Planer", "Planer";
    MainNavigation => "Main", "Hovedmeny", "Huvudmeny", "Hovedmenu";
    StartFromExample => "Or start from an example:", "Eller start med et eksempel:", "Eller börja med ett exempel:", "Eller start med et eksempel:";
    ExampleCafe => "A café (in Norwegian)", "En kafé (på norsk)", "Ett kafé (på norska)", "En café (på norsk)";
    ExampleMunicipality => "A municipality (in Swedish)", "En kommune (på svensk)", "En kommun (på svenska)", "En kommune (på svensk)";
    ExampleB2b => "A B2B software firm (in English)", "Et B2B-programvareselskap (på engelsk)", "Ett B2B-mjukvaruföretag (på engelska)", "En B2B-softwarevirksomhed (på engelsk)";
    StatusMet => "met", "oppfylt", "uppfyllt", "opfyldt";
    StatusPartly => "partly met", "delvis oppfylt", "delvis uppfyllt", "delvist opfyldt";
    StatusNotMet => "not met", "ikke oppfylt", "inte uppfyllt", "ikke opfyldt";
    StatusUnknown => "cannot tell yet", "kan ikke vurderes ennå", "kan inte bedömas än", "kan ikke vurderes endnu";
    SmartChecks => "SMART checks", "SMART-sjekk", "SMART-kontroll", "SMART-tjek";
    SmartSpecific => "Specific", "Spesifikt", "Specifikt", "Specifikt";
    SmartMeasurable => "Measurable", "Målbart", "Mätbart", "Målbart";
    SmartAttainable => "Attainable", "Oppnåelig", "Uppnåeligt", "Opnåeligt";
    SmartRelevant => "Relevant", "Relevant", "Relevant", "Relevant";
    SmartTimeBound => "Time-bound", "Tidsbestemt", "Tidsbestämt", "Tidsbestemt";
    ScoredAs => "scored as {level}", "vurdert som {level}", "bedömt som {level}", "vurderet som {level}";
    Confidence => "{percent}% sure", "{percent} % sikker", "{percent} % säker", "{percent} % sikker";
    ReadFrom => "read from", "lest ut fra", "utläst ur", "læst ud fra";
    AimNamed => "aim named", "nevnt formål", "nämnt syfte", "nævnt formål";
    LevelAnnouncement => "Ladder level {level}", "Nivå på stigen: {level}", "Nivå på stegen: {level}", "Niveau på stigen: {level}";
    TypeAGoal => "Type the goal, and its level on the ladder appears here.", "Skriv målet, så vises nivået på stigen her.", "Skriv målet, så visas nivån på stegen här.", "Skriv målet, så vises niveauet på stigen her.";
    EditConflict => "“{title}” was changed in another tab too, so your latest edit here is not saved yet. Keep both versions, or take the other tab's?", "«{title}» ble også endret i en annen fane, så den siste endringen her er ikke lagret ennå. Vil du beholde begge versjonene eller bruke den fra den andre fanen?", "”{title}” ändrades också i en annan flik, så din senaste ändring här är inte sparad än. Vill du behålla båda versionerna eller ta den från den andra fliken?", "»{title}« blev også ændret i en anden fane, så din seneste ændring her er ikke gemt endnu. Vil du beholde begge versioner eller bruge den fra den anden fane?";
    KeepBoth => "Keep both", "Behold begge", "Behåll båda", "Behold begge";
    TakeTheirs => "Use the other tab's", "Bruk den andre fanens", "Använd den andra flikens", "Brug den anden fanes";
    Restore => "Restore", "Gjenopprett", "Återställ", "Gendan";
    DeletedElsewhere => "“{title}” was deleted in another tab. It stays open here, but nothing you change is saved until you restore it.", "«{title}» ble slettet i en annen fane. Den er fortsatt åpen her, men ingen endringer lagres før du gjenoppretter den.", "”{title}” raderades i en annan flik. Den är fortfarande öppen här, men inga ändringar sparas förrän du återställer den.", "»{title}« blev slettet i en anden fane. Den er stadig åben her, men intet du ændrer gemmes, før du gendanner den.";
    ChangedElsewhere => "“{title}” was changed in another tab; this tab now shows that version.", "«{title}» ble endret i en annen fane; denne fanen viser nå den versjonen.", "”{title}” ändrades i en annan flik; den här fliken visar nu den versionen.", "»{title}« blev ændret i en anden fane; denne fane viser nu den version.";
    ExerciseUnreadable => "The exercise this plan was started from is kept in this browser but cannot be read: {reason} Open the exercise from your teacher's link or file again to see the case and the rubric.", "Oppgaven denne planen ble startet fra, er lagret i nettleseren, men kan ikke leses: {reason} Åpne oppgaven fra lærerens lenke eller fil på nytt for å se caset og vurderingen.", "Uppgiften som planen startades från finns sparad i webbläsaren men kan inte läsas: {reason} Öppna uppgiften från lärarens länk eller fil igen för att se caset och bedömningen.", "Opgaven, som planen blev startet fra, er gemt i browseren, men kan ikke læses: {reason} Åbn opgaven fra lærerens link eller fil igen for at se casen og bedømmelsen.";
    HandInExerciseUnreadable => "Not handed in: the exercise this plan was started from cannot be read ({reason}), and a hand-in without it would look like a plan with no exercise. Ask your teacher for the exercise again.", "Ikke levert: oppgaven denne planen ble startet fra, kan ikke leses ({reason}), og en innlevering uten den ville se ut som en plan uten oppgave. Be læreren om oppgaven på nytt.", "Inte inlämnad: uppgiften som planen startades från kan inte läsas ({reason}), och en inlämning utan den skulle se ut som en plan utan uppgift. Be läraren om uppgiften igen.", "Ikke afleveret: opgaven, som planen blev startet fra, kan ikke læses ({reason}), og en aflevering uden den ville ligne en plan uden opgave. Bed læreren om opgaven igen.";
    IdsRenumbered => "In “{file}”, {count} ids were changed so that each item has its own and the plan can be opened: {ids}.", "I «{file}» ble {count} id-er endret slik at hvert element har sin egen og planen kan åpnes: {ids}.", "I ”{file}” ändrades {count} id:n så att varje del har sitt eget och planen kan öppnas: {ids}.", "I »{file}« blev {count} id'er ændret, så hvert element har sit eget, og planen kan åbnes: {ids}.";
    TextLimitReached => "This field holds at most {max} characters.", "Dette feltet rommer høyst {max} tegn.", "Det här fältet rymmer högst {max} tecken.", "Dette felt rummer højst {max} tegn.";
    NumberRefused => "Not saved: write a number between −{max} and {max}.", "Ikke lagret: skriv et tall mellom −{max} og {max}.", "Inte sparat: skriv ett tal mellan −{max} och {max}.", "Ikke gemt: skriv et tal mellem −{max} og {max}.";
    ThisTabSuffix => "(this tab)", "(denne fanen)", "(den här fliken)", "(denne fane)";
    NextPeriod => "Next period", "Neste periode", "Nästa period", "Næste periode";
    NextPeriodHelp => "Start a new plan for the next period from this one. The last measurement of each goal becomes its new baseline; targets and notes come along.", "Start en ny plan for neste periode ut fra denne. Den siste målingen av hvert mål blir nytt utgangspunkt; målverdier og notater blir med.", "Börja en ny plan för nästa period utifrån den här. Den senaste mätningen av varje mål blir nytt utgångsläge; målvärden och anteckningar följer med.", "Start en ny plan for næste periode ud fra denne. Den seneste måling af hvert mål bliver nyt udgangspunkt; mål og noter kommer med.";
    StartNextPeriod => "Start the next period…", "Start neste periode…", "Börja nästa period…", "Start næste periode…";
    GoalsToCarry => "Goals to carry over", "Mål som skal være med videre", "Mål som följer med", "Mål, der skal med videre";
    CreateNextPeriod => "Create the new plan", "Lag den nye planen", "Skapa den nya planen", "Opret den nye plan";
    NextPeriodTitle => "{title} – next period", "{title} – neste periode", "{title} – nästa period", "{title} – næste periode";
    BackupReminder => "{plans} changed more than a week ago and not exported since. Clearing the browser's data would lose them: export a copy.", "{plans} ble endret for over en uke siden og er ikke eksportert siden. Hvis nettleserdataene slettes, forsvinner de: eksporter en kopi.", "{plans} ändrades för mer än en vecka sedan och har inte exporterats sedan dess. Om webbläsarens data rensas försvinner de: exportera en kopia.", "{plans} blev ændret for over en uge siden og er ikke eksporteret siden. Hvis browserens data ryddes, forsvinder de: eksportér en kopi.";
    PlansOne => "{n} plan", "{n} plan", "{n} plan", "{n} plan";
    PlansOther => "{n} plans", "{n} planer", "{n} planer", "{n} planer";
    ExportNamed => "Export “{title}”", "Eksporter «{title}»", "Exportera ”{title}”", "Eksportér »{title}«";
    StoragePersistent => "Your plans are kept in this browser only, and the browser has promised not to clear them on its own.", "Planene ligger bare i denne nettleseren, og nettleseren har lovet ikke å slette dem på egen hånd.", "Planerna finns bara i den här webbläsaren, och webbläsaren har lovat att inte rensa dem på egen hand.", "Planerne ligger kun i denne browser, og browseren har lovet ikke at slette dem på egen hånd.";
    StorageNotPersistent => "Your plans are kept in this browser only, and it may clear them when space runs low. Export the plans you want to keep.", "Planene ligger bare i denne nettleseren, og den kan slette dem når plassen blir knapp. Eksporter planene du vil beholde.", "Planerna finns bara i den här webbläsaren, och den kan rensa dem när utrymmet tar slut. Exportera de planer du vill behålla.", "Planerne ligger kun i denne browser, og den kan slette dem, når pladsen bliver knap. Eksportér de planer, du vil beholde.";
    StorageUnknown => "Your plans are kept in this browser only: nothing is sent anywhere. Export a copy now and then.", "Planene ligger bare i denne nettleseren: ingenting sendes noe sted. Eksporter en kopi innimellom.", "Planerna finns bara i den här webbläsaren: inget skickas någonstans. Exportera en kopia då och då.", "Planerne ligger kun i denne browser: intet sendes nogen steder hen. Eksportér en kopi en gang imellem.";
    SamePlanHere => "“{title}” is already here (the same plan, perhaps an earlier copy). Keep both, or replace the one here with the file?", "«{title}» finnes allerede her (samme plan, kanskje en tidligere kopi). Vil du beholde begge eller erstatte den som er her med filen?", "”{title}” finns redan här (samma plan, kanske en tidigare kopia). Vill du behålla båda eller ersätta den som finns här med filen?", "»{title}« findes allerede her (samme plan, måske en tidligere kopi). Vil du beholde begge eller erstatte den, der er her, med filen?";
    ReplaceHere => "Replace the one here", "Erstatt den som er her", "Ersätt den som finns här", "Erstat den, der er her";
    PlanReplaced => "The earlier “{title}” was replaced by the file.", "Den tidligere «{title}» ble erstattet av filen.", "Den tidigare ”{title}” ersattes av filen.", "Den tidligere »{title}« blev erstattet af filen.";
    UnknownFields => "{file} has {fields_count} this version of Goal Ladder does not know, so they were left out: {fields}.", "{file} har {fields_count} som denne versjonen av Goal Ladder ikke kjenner, så de ble utelatt: {fields}.", "{file} har {fields_count} som den här versionen av Goal Ladder inte känner till, så de lämnades bort: {fields}.", "{file} har {fields_count}, som denne version af Goal Ladder ikke kender, så de blev udeladt: {fields}.";
    FieldsOne => "{n} field", "{n} felt", "{n} fält", "{n} felt";
    FieldsOther => "{n} fields", "{n} felt", "{n} fält", "{n} felter";
    ForTeachers => "For teachers", "For lærere", "För lärare", "For lærere";
    ForTeachersExercise => "To create an exercise, open a plan (or start from an example) and choose “Make this plan an exercise (for teachers)” on its overview; share it as a link or a file. Students hand in a file, which you load under Review hand-ins.", "Vil du lage en oppgave, åpner du en plan (eller starter fra et eksempel) og velger «Gjør planen til en oppgave (for lærere)» i oversikten; del den som lenke eller fil. Elevene leverer en fil, som du laster inn under Vurder innleveringer.", "Vill du skapa en uppgift öppnar du en plan (eller börjar från ett exempel) och väljer ”Gör planen till en uppgift (för lärare)” i översikten; dela den som länk eller fil. Eleverna lämnar in en fil, som du läser in under Bedöm inlämningar.", "Vil du lave en opgave, åbner du en plan (eller starter fra et eksempel) og vælger »Gør planen til en opgave (for lærere)« i overblikket; del den som link eller fil. Eleverne afleverer en fil, som du indlæser under Bedøm afleveringer.";
    ReviewHandIns => "Review hand-ins", "Vurder innleveringer", "Bedöm inlämningar", "Bedøm afleveringer";
    TeacherReview => "Teacher review", "Lærervurdering", "Lärarbedömning", "Lærervurdering";
    KindPlan => "a plan", "en plan", "en plan", "en plan";
    KindExercise => "an exercise", "en oppgave", "en uppgift", "en opgave";
    KindHandIn => "a hand-in", "en innlevering", "en inlämning", "en aflevering";
    KindFeedback => "a feedback file", "en tilbakemeldingsfil", "en återkopplingsfil", "en feedbackfil";
    FeedbackHeading => "Feedback to the student", "Tilbakemelding til eleven", "Återkoppling till eleven", "Feedback til eleven";
    FeedbackHelp => "Your comments are kept in this browser until you export them. The student opens the file in Goal Ladder and sees each comment beside the goal.", "Kommentarene dine lagres i denne nettleseren til du eksporterer dem. Eleven åpner filen i Goal Ladder og ser hver kommentar ved siden av målet.", "Dina kommentarer sparas i den här webbläsaren tills du exporterar dem. Eleven öppnar filen i Goal Ladder och ser varje kommentar bredvid målet.", "Dine kommentarer gemmes i denne browser, indtil du eksporterer dem. Eleven åbner filen i Goal Ladder og ser hver kommentar ved siden af målet.";
    CommentForStudent => "Comment for the student", "Kommentar til eleven", "Kommentar till eleven", "Kommentar til eleven";
    CommentForStudentOn => "Comment for the student on “{goal}”", "Kommentar til eleven om «{goal}»", "Kommentar till eleven om ”{goal}”", "Kommentar til eleven om »{goal}«";
    PlanCommentForStudent => "Comment on the whole plan", "Kommentar til hele planen", "Kommentar till hela planen", "Kommentar til hele planen";
    OverrideLegend => "Set points by hand (optional)", "Sett poeng for hånd (valgfritt)", "Sätt poäng för hand (valfritt)", "Sæt point i hånden (valgfrit)";
    OverridePoints => "{criterion}: points (the rubric gives {points} of {max})", "{criterion}: poeng (vurderingsskjemaet gir {points} av {max})", "{criterion}: poäng (bedömningsmallen ger {points} av {max})", "{criterion}: point (bedømmelsesskemaet giver {points} af {max})";
    OverrideReason => "Reason", "Begrunnelse", "Motivering", "Begrundelse";
    OverrideReasonFor => "Reason for {criterion}", "Begrunnelse for {criterion}", "Motivering för {criterion}", "Begrundelse for {criterion}";
    ExportFeedback => "Export feedback", "Eksporter tilbakemelding", "Exportera återkoppling", "Eksportér feedback";
    ExportAllFeedback => "Export feedback for everyone", "Eksporter tilbakemelding til alle", "Exportera återkoppling till alla", "Eksportér feedback til alle";
    FeedbackEmpty => "There is no comment or point to export yet.", "Det er ingen kommentar eller poeng å eksportere ennå.", "Det finns ingen kommentar eller poäng att exportera än.", "Der er ingen kommentar eller point at eksportere endnu.";
    FeedbackNoReason => "Points set by hand for “{criterion}” need a reason.", "Poeng satt for hånd for «{criterion}» må ha en begrunnelse.", "Poäng satta för hand för ”{criterion}” behöver en motivering.", "Point sat i hånden for »{criterion}« skal have en begrundelse.";
    FeedbackOverMax => "{points} points for “{criterion}” is more than its {max}.", "{points} poeng for «{criterion}» er mer enn de {max} det gir.", "{points} poäng för ”{criterion}” är fler än dess {max}.", "{points} point for »{criterion}« er mere end dets {max}.";
    FeedbackTooLong => "A comment has {chars} characters; at most {limit}.", "En kommentar har {chars} tegn; høyst {limit}.", "En kommentar har {chars} tecken; högst {limit}.", "En kommentar har {chars} tegn; højst {limit}.";
    FeedbackNotMade => "The feedback was not exported: {reason}", "Tilbakemeldingen ble ikke eksportert: {reason}", "Återkopplingen exporterades inte: {reason}", "Feedbacken blev ikke eksporteret: {reason}";
    FeedbackExportedFor => "Feedback for {count} exported.", "Tilbakemelding til {count} eksportert.", "Återkoppling till {count} exporterad.", "Feedback til {count} eksporteret.";
    StudentsOne => "{n} student", "{n} elev", "{n} elev", "{n} elev";
    StudentsOther => "{n} students", "{n} elever", "{n} elever", "{n} elever";
    FeedbackAttached => "Feedback from your teacher on “{title}”: {comments}.", "Tilbakemelding fra læreren på «{title}»: {comments}.", "Återkoppling från läraren på ”{title}”: {comments}.", "Feedback fra læreren på »{title}«: {comments}.";
    FeedbackReplacedEarlier => "It replaces the earlier feedback.", "Den erstatter den tidligere tilbakemeldingen.", "Den ersätter den tidigare återkopplingen.", "Den erstatter den tidligere feedback.";
    CommentsOne => "{n} comment", "{n} kommentar", "{n} kommentar", "{n} kommentar";
    CommentsOther => "{n} comments", "{n} kommentarer", "{n} kommentarer", "{n} kommentarer";
    FeedbackNoPlan => "{file} is feedback on “{title}” ({name}), a plan that is not in this browser. Open it in the browser the plan was handed in from.", "{file} er en tilbakemelding på «{title}» ({name}), en plan som ikke finnes i denne nettleseren. Åpne den i nettleseren planen ble levert fra.", "{file} är återkoppling på ”{title}” ({name}), en plan som inte finns i den här webbläsaren. Öppna den i webbläsaren planen lämnades in från.", "{file} er feedback på »{title}« ({name}), en plan, der ikke findes i denne browser. Åbn den i den browser, planen blev afleveret fra.";
    TeacherComment => "Teacher’s comment", "Lærerens kommentar", "Lärarens kommentar", "Lærerens kommentar";
    TeacherCommentChanged => "You have changed the goal since the hand-in. The comment was on: “{statement}”", "Du har endret målet siden innleveringen. Kommentaren gjaldt: «{statement}»", "Du har ändrat målet sedan inlämningen. Kommentaren gällde: ”{statement}”", "Du har ændret målet siden afleveringen. Kommentaren gjaldt: »{statement}«";
    TeacherFeedback => "Your teacher’s feedback", "Tilbakemelding fra læreren", "Återkoppling från läraren", "Feedback fra læreren";
    TeacherFeedbackGiven => "Given {date} on the plan handed in {handed_in}.", "Gitt {date} på planen levert {handed_in}.", "Given {date} på planen inlämnad {handed_in}.", "Givet {date} på planen afleveret {handed_in}.";
    PointsByTeacher => "{criterion}: {points} of {max} points (the rubric gave {rubric})", "{criterion}: {points} av {max} poeng (vurderingsskjemaet ga {rubric})", "{criterion}: {points} av {max} poäng (bedömningsmallen gav {rubric})", "{criterion}: {points} af {max} point (bedømmelsesskemaet gav {rubric})";
    CommentsOnGoneGoals => "On goals no longer in the plan", "Om mål som ikke lenger er i planen", "Om mål som inte längre finns i planen", "Om mål, der ikke længere er i planen";
    ErrWrongKind => "this is a “{found}” file, not {expected}.", "dette er en «{found}»-fil, ikke {expected}.", "det här är en ”{found}”-fil, inte {expected}.", "dette er en »{found}«-fil, ikke {expected}.";
    LinkTruncated => "The link is incomplete, or part of it was changed: it ends before its content does. Copy the whole link again, or ask for the file.", "Lenken er ufullstendig, eller en del av den er endret: den slutter før innholdet gjør det. Kopier hele lenken på nytt, eller be om filen.", "Länken är ofullständig, eller så har en del av den ändrats: den tar slut före innehållet. Kopiera hela länken igen, eller be om filen.", "Linket er ufuldstændigt, eller en del af det er ændret: det slutter, før indholdet gør. Kopiér hele linket igen, eller bed om filen.";
    LinkForeign => "This is not a Goal Ladder link.", "Dette er ikke en lenke fra Goal Ladder.", "Det här är ingen länk från Goal Ladder.", "Dette er ikke et link fra Goal Ladder.";
    LinkDamaged => "The link has been changed or damaged on the way, so it was not opened. Ask for it again, or for the file.", "Lenken er endret eller skadet underveis, så den ble ikke åpnet. Be om den på nytt, eller om filen.", "Länken har ändrats eller skadats på vägen, så den öppnades inte. Be om den igen, eller om filen.", "Linket er ændret eller beskadiget undervejs, så det blev ikke åbnet. Bed om det igen, eller om filen.";
    LinkTooLarge => "The plan is too large for a link ({chars} characters; at most {limit}). Share it as a file instead.", "Planen er for stor til en lenke ({chars} tegn; høyst {limit}). Del den som fil i stedet.", "Planen är för stor för en länk ({chars} tecken; högst {limit}). Dela den som fil i stället.", "Planen er for stor til et link ({chars} tegn; højst {limit}). Del den som fil i stedet.";
    LinkNeedsNewerBrowser => "This browser cannot make or open Goal Ladder links. Update it (Chrome or Edge 103, Firefox 113, Safari 16.4 or later), or share a file instead.", "Denne nettleseren kan ikke lage eller åpne Goal Ladder-lenker. Oppdater den (Chrome eller Edge 103, Firefox 113, Safari 16.4 eller nyere), eller del en fil i stedet.", "Den här webbläsaren kan inte skapa eller öppna Goal Ladder-länkar. Uppdatera den (Chrome eller Edge 103, Firefox 113, Safari 16.4 eller senare), eller dela en fil i stället.", "Denne browser kan ikke lave eller åbne Goal Ladder-links. Opdater den (Chrome eller Edge 103, Firefox 113, Safari 16.4 eller nyere), eller del en fil i stedet.";
    OpenedFromLink => "Opened from a link", "Åpnet fra en lenke", "Öppnad från en länk", "Åbnet fra et link";
    LinkStaysHere => "Everything in the link is read here in your browser; nothing was sent to a server. Nothing is saved until you choose to.", "Alt i lenken leses her i nettleseren; ingenting ble sendt til en server. Ingenting lagres før du velger det.", "Allt i länken läses här i webbläsaren; inget skickades till en server. Inget sparas förrän du väljer det.", "Alt i linket læses her i browseren; intet blev sendt til en server. Intet gemmes, før du vælger det.";
    SharedPlan => "Plan", "Plan", "Plan", "Plan";
    SharedExercise => "Exercise", "Oppgave", "Uppgift", "Opgave";
    StartExercise => "Start the exercise", "Start oppgaven", "Börja uppgiften", "Start opgaven";
    ImportAsNew => "Import as a new plan", "Importer som ny plan", "Importera som ny plan", "Importér som ny plan";
    LinkCopied => "The link was copied.", "Lenken ble kopiert.", "Länken kopierades.", "Linket blev kopieret.";
    CopyByHand => "The browser did not let the page copy: select the link and copy it yourself.", "Nettleseren lot ikke siden kopiere: merk lenken og kopier den selv.", "Webbläsaren lät inte sidan kopiera: markera länken och kopiera den själv.", "Browseren lod ikke siden kopiere: markér linket, og kopiér det selv.";
    ShareHeading => "Share, print and export", "Del, skriv ut og eksporter", "Dela, skriv ut och exportera", "Del, udskriv og eksportér";
    ShareHelp => "A link carries the whole plan inside itself: nothing is stored on a server, so anyone with the link can open a copy.", "En lenke bærer hele planen i seg selv: ingenting lagres på en server, så alle med lenken kan åpne en kopi.", "En länk bär hela planen i sig: inget lagras på en server, så alla med länken kan öppna en kopia.", "Et link bærer hele planen i sig selv: intet gemmes på en server, så alle med linket kan åbne en kopi.";
    ShareLink => "Copy a share link", "Kopier delingslenke", "Kopiera delningslänk", "Kopiér delingslink";
    LinkToPlan => "Link to a copy of this plan", "Lenke til en kopi av planen", "Länk till en kopia av planen", "Link til en kopi af planen";
    ExportMarkdown => "Export as Markdown", "Eksporter som Markdown", "Exportera som Markdown", "Eksportér som Markdown";
    PrintPlan => "Print or save as PDF", "Skriv ut eller lagre som PDF", "Skriv ut eller spara som PDF", "Udskriv eller gem som PDF";
    HandInHeading => "Hand in", "Lever inn", "Lämna in", "Aflever";
    HandInHelp => "Saves a file with the plan, its assessment and the exercise, for your teacher. Nothing is sent anywhere: you deliver the file yourself.", "Lagrer en fil med planen, vurderingen og oppgaven, til læreren. Ingenting sendes noe sted: du leverer filen selv.", "Sparar en fil med planen, bedömningen och uppgiften, till läraren. Inget skickas någonstans: du lämnar in filen själv.", "Gemmer en fil med planen, vurderingen og opgaven til læreren. Intet sendes nogen steder hen: du afleverer filen selv.";
    StudentName => "Your name", "Navnet ditt", "Ditt namn", "Dit navn";
    ClassName => "Class", "Klasse", "Klass", "Klasse";
    HandInButton => "Save the hand-in file", "Lagre innleveringsfilen", "Spara inlämningsfilen", "Gem afleveringsfilen";
    HandInNeedsName => "Give your name and class, so the teacher knows whose plan it is.", "Skriv navn og klasse, så læreren vet hvem planen er fra.", "Skriv namn och klass, så att läraren vet vems planen är.", "Skriv navn og klasse, så læreren ved, hvis plan det er.";
    HandedIn => "Saved {file}: hand that file in.", "Lagret {file}: lever inn den filen.", "Sparade {file}: lämna in den filen.", "Gemte {file}: aflever den fil.";
    MakeExercise => "Make this plan an exercise (for teachers)", "Gjør planen til en oppgave (for lærere)", "Gör planen till en uppgift (för lärare)", "Gør planen til en opgave (for lærere)";
    MakeExerciseHelp => "Students get a new plan with the case, the business goals and the audiences of this one, and see the rubric applied as they work.", "Studentene får en ny plan med caset, virksomhetsmålene og målgruppene fra denne, og ser vurderingskriteriene brukt mens de jobber.", "Studenterna får en ny plan med caset, verksamhetsmålen och målgrupperna från den här, och ser bedömningen medan de arbetar.", "De studerende får en ny plan med casen, forretningsmålene og målgrupperne fra denne og ser bedømmelsen, mens de arbejder.";
    CaseText => "The case", "Caset", "Caset", "Casen";
    RequiredSections => "Sections the student must fill in", "Deler eleven må fylle ut", "Delar eleven måste fylla i", "Dele, eleven skal udfylde";
    RubricScale => "Points per SMART letter", "Poeng per SMART-bokstav", "Poäng per SMART-bokstav", "Point pr. SMART-bogstav";
    ScaleTwoOneZero => "2 met, 1 partly, 0 not met", "2 oppfylt, 1 delvis, 0 ikke", "2 uppfyllt, 1 delvis, 0 inte", "2 opfyldt, 1 delvist, 0 ikke";
    ScaleFour => "4-point scale", "4-poengsskala", "4-poängsskala", "4-pointsskala";
    ExportExercise => "Export the exercise file", "Eksporter oppgavefilen", "Exportera uppgiftsfilen", "Eksportér opgavefilen";
    ShareExercise => "Copy an exercise link", "Kopier oppgavelenke", "Kopiera uppgiftslänk", "Kopiér opgavelink";
    LinkToExercise => "Link to the exercise", "Lenke til oppgaven", "Länk till uppgiften", "Link til opgaven";
    CaseHeading => "Exercise: {title}", "Oppgave: {title}", "Uppgift: {title}", "Opgave: {title}";
    RubricTotal => "Rubric so far: {total} of {max} points", "Vurdering så langt: {total} av {max} poeng", "Bedömning hittills: {total} av {max} poäng", "Bedømmelse indtil nu: {total} af {max} point";
    RubricSmart => "SMART {points}/{max}", "SMART {points}/{max}", "SMART {points}/{max}", "SMART {points}/{max}";
    RubricLadder => "Ladder {points}/{max}", "Stigen {points}/{max}", "Stegen {points}/{max}", "Stigen {points}/{max}";
    RubricHelp => "The same rubric your teacher grades with, applied to the main goals as you write them.", "De samme kriteriene læreren vurderer etter, brukt på hovedmålene mens du skriver.", "Samma kriterier som läraren bedömer efter, tillämpade på huvudmålen medan du skriver.", "De samme kriterier, som læreren bedømmer efter, brugt på hovedmålene, mens du skriver.";
    BetterGoals => "What does a better goal look like?", "Hvordan ser et bedre mål ut?", "Hur ser ett bättre mål ut?", "Hvordan ser et bedre mål ud?";
    Weak => "Weak", "Svakt", "Svagt", "Svagt";
    Strong => "Stronger", "Sterkere", "Starkare", "Stærkere";
    ExerciseStarted => "Started a plan from the exercise “{title}”.", "Startet en plan fra oppgaven «{title}».", "Började en plan från uppgiften ”{title}”.", "Startede en plan fra opgaven »{title}«.";
    ReviewLead => "Open the hand-in files your students sent you and see the whole class at a glance: goals on the ladder, SMART checks, warnings, OKR scores and points.", "Åpne innleveringsfilene elevene har sendt deg, og se hele klassen på én gang: mål på stigen, SMART-krav, advarsler, OKR-score og poeng.", "Öppna inlämningsfilerna som eleverna har skickat till dig och se hela klassen på en gång: mål på stegen, SMART-krav, varningar, OKR-poäng och bedömningspoäng.", "Åbn de afleveringsfiler, eleverne har sendt dig, og se hele klassen på én gang: mål på stigen, SMART-krav, advarsler, OKR-score og point.";
    ReviewPrivacy => "The files stay on this device: nothing is uploaded. The table is not saved, so reloading the page empties it; comments you write for a student are kept in this browser.", "Filene blir på denne enheten: ingenting lastes opp. Tabellen lagres ikke, så den tømmes når du laster inn siden på nytt; kommentarer du skriver til en elev, lagres i denne nettleseren.", "Filerna stannar på den här enheten: inget laddas upp. Tabellen sparas inte, så den töms när du laddar om sidan; kommentarer du skriver till en elev sparas i den här webbläsaren.", "Filerne bliver på denne enhed: intet uploades. Tabellen gemmes ikke, så den tømmes, når du genindlæser siden; kommentarer, du skriver til en elev, gemmes i denne browser.";
    ReviewPick => "Choose hand-in files", "Velg innleveringsfiler", "Välj inlämningsfiler", "Vælg afleveringsfiler";
    ReviewDropHint => "…or drop them here, as many as you like at once. If the same student hands in the same assignment for the same class twice, the later hand-in is kept.", "…eller slipp dem her, så mange du vil på én gang. Leverer samme elev samme oppgave for samme klasse to ganger, beholdes den siste innleveringen.", "…eller släpp dem här, så många du vill på en gång. Lämnar samma elev in samma uppgift för samma klass två gånger behålls den senaste inlämningen.", "…eller slip dem her, så mange du vil på én gang. Afleverer den samme elev den samme opgave for den samme klasse to gange, beholdes den seneste aflevering.";
    ReviewDropActive => "Drop the files to add the hand-ins to the table", "Slipp filene for å legge innleveringene til i tabellen", "Släpp filerna för att lägga till inlämningarna i tabellen", "Slip filerne for at føje afleveringerne til tabellen";
    HandInsLoadedOne => "{n} hand-in loaded", "{n} innlevering lastet inn", "{n} inlämning inläst", "{n} aflevering indlæst";
    HandInsLoadedOther => "{n} hand-ins loaded", "{n} innleveringer lastet inn", "{n} inlämningar inlästa", "{n} afleveringer indlæst";
    FilesUnreadOne => "{n} file could not be read", "{n} fil kunne ikke leses", "{n} fil kunde inte läsas", "{n} fil kunne ikke læses";
    FilesUnreadOther => "{n} files could not be read", "{n} filer kunne ikke leses", "{n} filer kunde inte läsas", "{n} filer kunne ikke læses";
    ReviewReplaced => "{n} came from a student already in the table (same class and assignment); the later hand-in of each is kept.", "{n} var fra en elev som allerede står i tabellen (samme klasse og oppgave); den siste innleveringen fra hver er beholdt.", "{n} kom från en elev som redan finns i tabellen (samma klass och uppgift); den senaste inlämningen från var och en har behållits.", "{n} kom fra en elev, der allerede står i tabellen (samme klasse og opgave); den seneste aflevering fra hver er beholdt.";
    ReviewCleared => "The table is empty again.", "Tabellen er tømt.", "Tabellen är tömd.", "Tabellen er tømt.";
    ReviewProblems => "Files that could not be read", "Filer som ikke kunne leses", "Filer som inte kunde läsas", "Filer, der ikke kunne læses";
    ReviewEmpty => "No hand-ins yet. Choose the files your students handed in, or drop them on this page.", "Ingen innleveringer ennå. Velg filene elevene har levert, eller slipp dem på denne siden.", "Inga inlämningar än. Välj filerna som eleverna har lämnat in, eller släpp dem på den här sidan.", "Ingen afleveringer endnu. Vælg de filer, eleverne har afleveret, eller slip dem på denne side.";
    ReviewCaption => "The class: {hand_ins}", "Klassen: {hand_ins}", "Klassen: {hand_ins}", "Klassen: {hand_ins}";
    HandInsOne => "{n} hand-in", "{n} innlevering", "{n} inlämning", "{n} aflevering";
    HandInsOther => "{n} hand-ins", "{n} innleveringer", "{n} inlämningar", "{n} afleveringer";
    ReviewTableHint => "Sort by a column with its heading; open a student's plan with their name.", "Sorter etter en kolonne med overskriften; åpne en elevs plan med navnet.", "Sortera efter en kolumn med dess rubrik; öppna en elevs plan med namnet.", "Sortér efter en kolonne med dens overskrift; åbn en elevs plan med navnet.";
    ReviewExportCsv => "Export CSV", "Eksporter CSV", "Exportera CSV", "Eksportér CSV";
    ReviewClear => "Clear", "Tøm", "Töm", "Ryd";
    CsvSeparator => "Separator", "Skilletegn", "Avgränsare", "Skilletegn";
    CsvSemicolon => "Semicolon (;)", "Semikolon (;)", "Semikolon (;)", "Semikolon (;)";
    CsvComma => "Comma (,)", "Komma (,)", "Kommatecken (,)", "Komma (,)";
    ReviewBack => "Back to the class", "Tilbake til klassen", "Tillbaka till klassen", "Tilbage til klassen";
    ReviewNoName => "(no name)", "(uten navn)", "(utan namn)", "(uden navn)";
    ReviewHandedIn => "{name}, {class}: handed in {date}", "{name}, {class}: levert {date}", "{name}, {class}: inlämnad {date}", "{name}, {class}: afleveret {date}";
    ReviewAssignment => "Assignment: {title}", "Oppgave: {title}", "Uppgift: {title}", "Opgave: {title}";
    ReviewPoints => "Points: {points} of {max}", "Poeng: {points} av {max}", "Poäng: {points} av {max}", "Point: {points} af {max}";
    ReviewGoals => "Social-media goals", "Mål for sosiale medier", "Mål för sociala medier", "Mål for sociale medier";
    ReviewNoGoals => "The plan has no goals.", "Planen har ingen mål.", "Planen har inga mål.", "Planen har ingen mål.";
    ReviewNoAudiences => "The plan names no audiences.", "Planen nevner ingen målgrupper.", "Planen nämner inga målgrupper.", "Planen nævner ingen målgrupper.";
    ReviewNoStrategy => "No strategy written.", "Ingen strategi skrevet.", "Ingen strategi skriven.", "Ingen strategi skrevet.";
    ReviewNoPlatforms => "No platforms chosen.", "Ingen plattformer valgt.", "Inga plattformar valda.", "Ingen platforme valgt.";
    ReviewNotScored => "not scored yet", "ikke scoret ennå", "inte poängsatt än", "ikke scoret endnu";
    ReviewOwnLevel => "the student chose {level}", "eleven valgte {level}", "eleven valde {level}", "eleven valgte {level}";
    ReviewSummaryDiffers => "The summary in the file differs from the one worked out here ({fields}): the file was made with another version of the app, or edited by hand.", "Sammendraget i filen avviker fra det som er regnet ut her ({fields}): filen ble laget med en annen versjon av appen, eller endret for hånd.", "Sammanfattningen i filen skiljer sig från den som räknats fram här ({fields}): filen gjordes med en annan version av appen eller ändrades för hand.", "Resuméet i filen afviger fra det, der er beregnet her ({fields}): filen blev lavet med en anden version af appen eller ændret i hånden.";
    ReviewDiffersShort => "summary differs", "avvikende sammendrag", "avvikande sammanfattning", "afvigende resumé";
    ReviewErrTooLarge => "the file is {size} MB, and hand-in files can be at most {limit} MB.", "filen er på {size} MB, og innleveringsfiler kan være på høyst {limit} MB.", "filen är {size} MB, och inlämningsfiler får vara högst {limit} MB.", "filen er på {size} MB, og afleveringsfiler må højst fylde {limit} MB.";
    ReviewErrPlan => "this is a plan, not a hand-in: the student exported the plan instead of handing it in.", "dette er en plan, ikke en innlevering: eleven har eksportert planen i stedet for å levere den.", "det här är en plan, inte en inlämning: eleven har exporterat planen i stället för att lämna in den.", "dette er en plan, ikke en aflevering: eleven har eksporteret planen i stedet for at aflevere den.";
    ReviewErrExercise => "this is an exercise, not a hand-in.", "dette er en oppgave, ikke en innlevering.", "det här är en uppgift, inte en inlämning.", "dette er en opgave, ikke en aflevering.";
    ReviewErrOtherFormat => "this is a “{format}” file, not a Goal Ladder hand-in.", "dette er en «{format}»-fil, ikke en innlevering fra Goal Ladder.", "det här är en ”{format}”-fil, inte en inlämning från Goal Ladder.", "dette er en »{format}«-fil, ikke en aflevering fra Goal Ladder.";
    ReviewErrNotHandIn => "this JSON file is not a Goal Ladder hand-in.", "denne JSON-filen er ikke en innlevering fra Goal Ladder.", "den här JSON-filen är inte en inlämning från Goal Ladder.", "denne JSON-fil er ikke en aflevering fra Goal Ladder.";
    ReviewErrNewer => "the hand-in was made with a newer Goal Ladder (file version {found}; this one reads up to {supported}). Open it in the newest version.", "innleveringen ble laget med en nyere Goal Ladder (filversjon {found}; denne leser opptil {supported}). Åpne den i den nyeste versjonen.", "inlämningen gjordes med en nyare Goal Ladder (filversion {found}; den här läser upp till {supported}). Öppna den i den senaste versionen.", "afleveringen blev lavet med en nyere Goal Ladder (filversion {found}; denne læser op til {supported}). Åbn den i den nyeste version.";
    ReviewErrDamaged => "the hand-in in the file is damaged{detail}.", "innleveringen i filen er skadet{detail}.", "inlämningen i filen är skadad{detail}.", "afleveringen i filen er beskadiget{detail}.";
    DeleteKeyResult => "Delete key result", "Slett nøkkelresultat", "Radera nyckelresultat", "Slet nøgleresultat";
    KeyResultDeleted => "Key result “{kr}” was deleted.", "Nøkkelresultatet «{kr}» ble slettet.", "Nyckelresultatet ”{kr}” raderades.", "Nøgleresultatet »{kr}« blev slettet.";
    AppName => "Goal Ladder", "Goal Ladder", "Goal Ladder", "Goal Ladder";
    Tagline => "Social-media goals that serve the business", "Mål for sosiale medier som tjener virksomheten", "Mål för sociala medier som tjänar verksamheten", "Mål for sociale medier, der tjener forretningen";
    YourPlans => "Your plans", "Planene dine", "Dina planer", "Dine planer";
    NewPlan => "New plan", "Ny plan", "Ny plan", "Ny plan";
    ImportPlan => "Import plan", "Importer plan", "Importera plan", "Importér plan";
    DropHint => "…or drop a .goal-ladder.json file anywhere on this page.", "…eller slipp en .goal-ladder.json-fil hvor som helst på siden.", "…eller släpp en .goal-ladder.json-fil var som helst på sidan.", "…eller slip en .goal-ladder.json-fil hvor som helst på siden.";
    DropHere => "Drop the plan file to import it", "Slipp planfilen for å importere den", "Släpp planfilen för att importera den", "Slip planfilen for at importere den";
    NoPlans => "No plans yet. Start a new one or import a plan file.", "Ingen planer ennå. Start en ny eller importer en planfil.", "Inga planer än. Börja en ny eller importera en planfil.", "Ingen planer endnu. Start en ny, eller importér en planfil.";
    Open => "Open", "Åpne", "Öppna", "Åbn";
    Rename => "Rename", "Gi nytt navn", "Byt namn", "Omdøb";
    Duplicate => "Duplicate", "Dupliser", "Duplicera", "Duplikér";
    Delete => "Delete", "Slett", "Radera", "Slet";
    Export => "Export", "Eksporter", "Exportera", "Eksportér";
    Save => "Save", "Lagre", "Spara", "Gem";
    Cancel => "Cancel", "Avbryt", "Avbryt", "Annullér";
    Undo => "Undo", "Angre", "Ångra", "Fortryd";
    Dismiss => "Dismiss", "Lukk", "Stäng", "Luk";
    Download => "Download", "Last ned", "Ladda ned", "Download";
    ConfirmDelete => "Delete “{title}”? You can undo this for a few seconds.", "Slette «{title}»? Du kan angre i noen sekunder.", "Radera ”{title}”? Du kan ångra dig i några sekunder.", "Slette »{title}«? Du kan fortryde i nogle sekunder.";
    PlanDeleted => "“{title}” was deleted.", "«{title}» ble slettet.", "”{title}” raderades.", "»{title}« blev slettet.";
    Updated => "Updated", "Endret", "Ändrad", "Ændret";
    TitleLabel => "Title", "Tittel", "Titel", "Titel";
    NewTitleLabel => "New title", "Ny tittel", "Ny titel", "Ny titel";
    DescriptionLabel => "The business and its situation", "Virksomheten og situasjonen", "Verksamheten och läget", "Virksomheden og situationen";
    DescriptionPlaceholder => "Who you are, what you sell or offer, and what the business needs now.", "Hvem dere er, hva dere selger eller tilbyr, og hva virksomheten trenger nå.", "Vilka ni är, vad ni säljer eller erbjuder och vad verksamheten behöver nu.", "Hvem I er, hvad I sælger eller tilbyder, og hvad virksomheden har brug for nu.";
    NoDescription => "No description yet.", "Ingen beskrivelse ennå.", "Ingen beskrivning än.", "Ingen beskrivelse endnu.";
    AllPlans => "All plans", "Alle planer", "Alla planer", "Alle planer";
    Untitled => "Untitled plan", "Plan uten navn", "Namnlös plan", "Unavngiven plan";
    NewPlanTitle => "My social-media plan", "Min plan for sosiale medier", "Min plan för sociala medier", "Min plan for sociale medier";
    CopySuffix => "(copy)", "(kopi)", "(kopia)", "(kopi)";
    ImportedSuffix => "(imported)", "(importert)", "(importerad)", "(importeret)";
    Imported => "Imported “{title}” as a new plan.", "Importerte «{title}» som en ny plan.", "Importerade ”{title}” som en ny plan.", "Importerede »{title}« som en ny plan.";
    ImportFailed => "Could not import {file}: {reason} Nothing was changed.", "Kunne ikke importere {file}: {reason} Ingenting ble endret.", "Kunde inte importera {file}: {reason} Inget ändrades.", "Kunne ikke importere {file}: {reason} Intet blev ændret.";
    Exported => "Saved {file} to your downloads.", "Lagret {file} i nedlastingene dine.", "Sparade {file} bland dina hämtade filer.", "Gemte {file} i dine overførsler.";
    Language => "Language", "Språk", "Språk", "Sprog";
    Theme => "Theme", "Tema", "Tema", "Tema";
    ThemeAuto => "Automatic", "Automatisk", "Automatiskt", "Automatisk";
    ThemeLight => "Light", "Lyst", "Ljust", "Lyst";
    ThemeDark => "Dark", "Mørkt", "Mörkt", "Mørkt";
    PlanActions => "Plan actions", "Handlinger for planen", "Åtgärder för planen", "Handlinger for planen";
    GoalsOne => "{n} goal", "{n} mål", "{n} mål", "{n} mål";
    GoalsOther => "{n} goals", "{n} mål", "{n} mål", "{n} mål";
    BusinessGoalsOne => "{n} business goal", "{n} forretningsmål", "{n} affärsmål", "{n} forretningsmål";
    BusinessGoalsOther => "{n} business goals", "{n} forretningsmål", "{n} affärsmål", "{n} forretningsmål";
    Notifications => "Messages", "Meldinger", "Meddelanden", "Meddelelser";
    StorageUnavailable => "This browser does not let the page save anything, so changes last only until the tab is closed. Export your plans to keep them.", "Nettleseren lar ikke siden lagre noe, så endringer varer bare til fanen lukkes. Eksporter planene for å beholde dem.", "Webbläsaren låter inte sidan spara något, så ändringar finns bara kvar tills fliken stängs. Exportera planerna för att behålla dem.", "Browseren lader ikke siden gemme noget, så ændringer varer kun, til fanen lukkes. Eksportér planerne for at beholde dem.";
    StorageFull => "The browser's storage for this page is full, so the last change was not saved. It is still on screen: export the plan to keep it.", "Nettleserens lager for denne siden er fullt, så den siste endringen ble ikke lagret. Den er fortsatt på skjermen: eksporter planen for å beholde den.", "Webbläsarens lagring för sidan är full, så den senaste ändringen sparades inte. Den syns fortfarande: exportera planen för att behålla den.", "Browserens lager for siden er fuldt, så den seneste ændring blev ikke gemt. Den er stadig på skærmen: eksportér planen for at beholde den.";
    StorageRefused => "The browser refused to save ({why}). Your change is still on screen: export the plan to keep it.", "Nettleseren nektet å lagre ({why}). Endringen er fortsatt på skjermen: eksporter planen for å beholde den.", "Webbläsaren vägrade spara ({why}). Ändringen syns fortfarande: exportera planen för att behålla den.", "Browseren nægtede at gemme ({why}). Ændringen er stadig på skærmen: eksportér planen for at beholde den.";
    StoredPlanMoved => "The saved plan “{name}” had an id that cannot stand in a link (“{from}”), so it could not be opened. It now has the id “{to}” and opens as usual; the entry as it was is kept aside, and you can download it.", "Den lagrede planen «{name}» hadde en id som ikke kan stå i en lenke («{from}»), så den kunne ikke åpnes. Nå har den id-en «{to}» og åpnes som vanlig; oppføringen slik den var er lagt til side, og du kan laste den ned.", "Den sparade planen ”{name}” hade ett id som inte kan stå i en länk (”{from}”), så den kunde inte öppnas. Nu har den id:t ”{to}” och öppnas som vanligt; posten som den var är undanlagd, och du kan ladda ned den.", "Den gemte plan »{name}« havde et id, der ikke kan stå i et link (»{from}«), så den kunne ikke åbnes. Nu har den id'et »{to}« og åbnes som normalt; posten, som den var, er lagt til side, og du kan downloade den.";
    UnreadableStored => "A saved plan could not be read ({reason}). Its text is kept aside untouched; download it to keep a copy.", "En lagret plan kunne ikke leses ({reason}). Teksten er lagt til side uendret; last den ned for å ha en kopi.", "En sparad plan kunde inte läsas ({reason}). Texten är undanlagd och orörd; ladda ned den för att ha en kopia.", "En gemt plan kunne ikke læses ({reason}). Teksten er lagt til side uændret; download den for at have en kopi.";
    ErrTooLarge => "the file is {size} MB, and plan files can be at most {limit} MB.", "filen er på {size} MB, og planfiler kan være på høyst {limit} MB.", "filen är {size} MB, och planfiler får vara högst {limit} MB.", "filen fylder {size} MB, og planfiler må højst fylde {limit} MB.";
    ErrEmpty => "the file is empty.", "filen er tom.", "filen är tom.", "filen er tom.";
    ErrCutShort => "the file stops in the middle (at line {line}): it was probably cut off while it was saved, downloaded or copied. Try the original file again.", "filen stopper midt i (på linje {line}): den ble trolig avbrutt da den ble lagret, lastet ned eller kopiert. Prøv originalfilen på nytt.", "filen tar slut mitt i (på rad {line}): den avbröts troligen när den sparades, laddades ned eller kopierades. Försök med originalfilen igen.", "filen stopper midt i (på linje {line}): den blev sandsynligvis afbrudt, da den blev gemt, downloadet eller kopieret. Prøv den originale fil igen.";
    // {detail} is the parser's or the browser's own words, which are English: `technical` gives them in
    // English only (with their punctuation), so no English fragment reaches the other languages.
    ErrNotJson => "the file is not valid JSON (line {line}, column {column}{detail}).", "filen er ikke gyldig JSON (linje {line}, kolonne {column}{detail}).", "filen är inte giltig JSON (rad {line}, kolumn {column}{detail}).", "filen er ikke gyldig JSON (linje {line}, kolonne {column}{detail}).";
    ErrHandInHere => "this is a student's hand-in. Teachers open hand-ins on their own page: “Teacher review” at the top of the page.", "dette er en elevs innlevering. Lærere åpner innleveringer på en egen side: «Lærervurdering» øverst på siden.", "det här är en elevs inlämning. Lärare öppnar inlämningar på en egen sida: ”Lärarbedömning” högst upp på sidan.", "dette er en elevs aflevering. Lærere åbner afleveringer på en særskilt side: »Lærervurdering« øverst på siden.";
    ErrOtherFormat => "this is a “{format}” file, not a Goal Ladder plan.", "dette er en «{format}»-fil, ikke en plan fra Goal Ladder.", "det här är en ”{format}”-fil, inte en plan från Goal Ladder.", "dette er en »{format}«-fil, ikke en plan fra Goal Ladder.";
    ErrNotAPlan => "this JSON file is not a Goal Ladder plan.", "denne JSON-filen er ikke en plan fra Goal Ladder.", "den här JSON-filen är inte en plan från Goal Ladder.", "denne JSON-fil er ikke en plan fra Goal Ladder.";
    ErrNewer => "the plan was made with a newer Goal Ladder (file version {found}; this one reads up to {supported}). Open it in the newest version.", "planen ble laget med en nyere Goal Ladder (filversjon {found}; denne leser til og med {supported}). Åpne den i nyeste versjon.", "planen gjordes med en nyare Goal Ladder (filversion {found}; den här läser upp till {supported}). Öppna den i den senaste versionen.", "planen blev lavet med en nyere Goal Ladder (filversion {found}; denne læser op til {supported}). Åbn den i den nyeste version.";
    ErrBadVersion => "the file's version is missing or not a whole number.", "filens versjon mangler eller er ikke et heltall.", "filens version saknas eller är inte ett heltal.", "filens version mangler eller er ikke et heltal.";
    ErrInvalidPlan => "the plan in the file is damaged{detail}.", "planen i filen er skadet{detail}.", "planen i filen är skadad{detail}.", "planen i filen er beskadiget{detail}.";
    ErrUnreadableFile => "the browser could not read the file{detail}.", "nettleseren kunne ikke lese filen{detail}.", "webbläsaren kunde inte läsa filen{detail}.", "browseren kunne ikke læse filen{detail}.";
    ToCheck => "to check", "må sjekkes", "att kontrollera", "skal tjekkes";
    CouldNotPlace => "The scorer could not place this goal on the ladder: it does not know what the number counts. Which level is it?", "Vurderingen kunne ikke plassere dette målet på stigen: den vet ikke hva tallet teller. Hvilket nivå er det?", "Bedömningen kunde inte placera det här målet på stegen: den vet inte vad talet räknar. Vilken nivå är det?", "Vurderingen kunne ikke placere dette mål på stigen: den ved ikke, hvad tallet tæller. Hvilket niveau er det?";
    LikeliestLevels => "The two likeliest levels", "De to mest sannsynlige nivåene", "De två troligaste nivåerna", "De to mest sandsynlige niveauer";
    CheckAnnouncement => "To check: the scorer could not place this goal", "Må sjekkes: vurderingen kunne ikke plassere dette målet", "Att kontrollera: bedömningen kunde inte placera det här målet", "Skal tjekkes: vurderingen kunne ikke placere dette mål";
    LevelChosen => "Level set to {level}.", "Nivået er satt til {level}.", "Nivån är satt till {level}.", "Niveauet er sat til {level}.";
    ChosenByYou => "your choice: the scorer could not place it", "ditt valg: vurderingen kunne ikke plassere det", "ditt val: bedömningen kunde inte placera det", "dit valg: vurderingen kunne ikke placere det";
    GoalsToCheck => "Goals to check", "Mål som må sjekkes", "Mål att kontrollera", "Mål der skal tjekkes";
    LadderToCheck => "to check: {n}", "må sjekkes: {n}", "att kontrollera: {n}", "skal tjekkes: {n}";
    RubricToCheckOne => "1 goal to check", "1 mål må sjekkes", "1 mål att kontrollera", "1 mål skal tjekkes";
    RubricToCheckOther => "{n} goals to check", "{n} mål må sjekkes", "{n} mål att kontrollera", "{n} mål skal tjekkes";
    ReviewCouldNotPlace => "the scorer could not place it", "vurderingen kunne ikke plassere det", "bedömningen kunde inte placera det", "vurderingen kunne ikke placere det";
    FromYourText => "From your text: {value}", "Fra teksten din: {value}", "Från din text: {value}", "Fra din tekst: {value}";
    UseValue => "Use", "Bruk", "Använd", "Brug";
    UseBaseline => "Use {value} as the baseline", "Bruk {value} som utgangspunkt", "Använd {value} som utgångsläge", "Brug {value} som udgangspunkt";
    UseTarget => "Use {value} as the target", "Bruk {value} som målverdi", "Använd {value} som målvärde", "Brug {value} som målværdi";
    UseDeadline => "Use {value} as the deadline", "Bruk {value} som frist", "Använd {value} som deadline", "Brug {value} som frist";
    FiguresInText => "Your text gives {figures}; the fields are still empty.", "Teksten din gir {figures}; feltene er fortsatt tomme.", "Din text ger {figures}; fälten är fortfarande tomma.", "Din tekst giver {figures}; felterne er stadig tomme.";
    FigureBaseline => "baseline {value}", "utgangspunkt {value}", "utgångsläge {value}", "udgangspunkt {value}";
    FigureTarget => "target {value}", "målverdi {value}", "målvärde {value}", "målværdi {value}";
    FigureDeadline => "deadline {value}", "frist {value}", "deadline {value}", "frist {value}";
    FillFromText => "Fill in the fields", "Fyll inn feltene", "Fyll i fälten", "Udfyld felterne";
    FieldsFilled => "Filled in from your text: {figures}.", "Fylt inn fra teksten din: {figures}.", "Ifyllt från din text: {figures}.", "Udfyldt fra din tekst: {figures}.";
    CoachOpen => "Improve this goal", "Forbedre dette målet", "Förbättra det här målet", "Forbedr dette mål";
    CoachLead => "Rewrites that measure what the audience does for the business. Each was checked by the scorer.", "Omskrivinger som måler hva publikum gjør for virksomheten. Hver av dem er sjekket av vurderingen.", "Omskrivningar som mäter vad publiken gör för verksamheten. Var och en är kontrollerad av bedömningen.", "Omskrivninger, der måler, hvad publikum gør for virksomheden. Hver af dem er tjekket af vurderingen.";
    CoachNone => "The coach has no rewrite for this goal.", "Coachen har ingen omskriving av dette målet.", "Coachen har ingen omskrivning av det här målet.", "Coachen har ingen omskrivning af dette mål.";
    CoachLoading => "Writing suggestions…", "Skriver forslag…", "Skriver förslag…", "Skriver forslag…";
    CoachLoadFailed => "The coach could not be loaded. Check your connection and try again.", "Coachen kunne ikke lastes inn. Sjekk nettforbindelsen og prøv igjen.", "Coachen kunde inte laddas. Kontrollera anslutningen och försök igen.", "Coachen kunne ikke indlæses. Tjek forbindelsen, og prøv igen.";
    CoachRetry => "Try again", "Prøv igjen", "Försök igen", "Prøv igen";
    CoachFailed => "The coach could not write suggestions for this goal. Reload the page and try again.", "Coachen kunne ikke skrive forslag til dette målet. Last inn siden på nytt og prøv igjen.", "Coachen kunde inte skriva förslag till det här målet. Ladda om sidan och försök igen.", "Coachen kunne ikke skrive forslag til dette mål. Genindlæs siden, og prøv igen.";
    CoachProposed => "The coach's proposal, not yours: {values}. Change it to your own.", "Coachens forslag, ikke ditt: {values}. Bytt det ut med ditt eget.", "Coachens förslag, inte ditt: {values}. Byt ut det mot ditt eget.", "Coachens forslag, ikke dit: {values}. Skift det ud med dit eget.";
    CoachWays => "How to measure it", "Slik måler du det", "Så mäter du det", "Sådan måler du det";
    CoachReplace => "Replace", "Erstatt", "Ersätt", "Erstat";
    CoachMakeMain => "Make it the main goal", "Gjør det til hovedmål", "Gör det till huvudmål", "Gør det til hovedmål";
    Redo => "Redo", "Gjør om", "Gör om", "Gentag";
    Undone => "Undone. Redo brings your choice back.", "Angret. «Gjør om» henter valget ditt tilbake.", "Ångrat. ”Gör om” tar tillbaka ditt val.", "Fortrudt. »Gentag« henter dit valg tilbage.";
    CoachProposedMark => "the coach's proposal", "coachens forslag", "coachens förslag", "coachens forslag";
    CoachAddToTechnology => "Add to Technology", "Legg til i Teknologi", "Lägg till i Teknik", "Tilføj til Teknologi";
    CoachInTechnology => "In Technology", "Ligger i Teknologi", "Finns i Teknik", "Ligger i Teknologi";
    CoachAddedToTechnology => "Added to Technology: “{way}”", "Lagt til i Teknologi: «{way}»", "Tillagt i Teknik: ”{way}”", "Tilføjet til Teknologi: »{way}«";
    MeasuringHeading => "How we measure", "Slik måler vi", "Så mäter vi", "Sådan måler vi";
    MeasuringLead => "Ways to count the results, taken from the goal coach under Objectives.", "Måter å telle resultatene på, hentet fra målcoachen under Mål.", "Sätt att räkna resultaten, hämtade från målcoachen under Mål.", "Måder at tælle resultaterne på, hentet fra målcoachen under Mål.";
    MeasuringDeleted => "Removed from Technology: “{way}”", "Fjernet fra Teknologi: «{way}»", "Borttaget från Teknik: ”{way}”", "Fjernet fra Teknologi: »{way}«";
    CoachReplaced => "Goal replaced; it was “{goal}”.", "Målet er erstattet; det var «{goal}».", "Målet är ersatt; det var ”{goal}”.", "Målet er erstattet; det var »{goal}«.";
    CoachMadeMain => "New main goal added; “{goal}” stays as its indicator.", "Nytt hovedmål lagt til; «{goal}» blir stående som indikator.", "Nytt huvudmål tillagt; ”{goal}” står kvar som indikator.", "Nyt hovedmål tilføjet; »{goal}« bliver stående som indikator.";
}

/// Fills `{name}` placeholders in a text.
pub fn fill(text: &str, params: &[(&str, &str)]) -> String {
    params.iter().fold(text.to_string(), |out, (name, value)| {
        out.replace(&format!("{{{name}}}"), value)
    })
}

/// The language the interface is shown in, shared through context.
#[derive(Debug, Clone, Copy)]
pub struct UiLang(pub RwSignal<Lang>);

pub fn use_lang() -> RwSignal<Lang> {
    use_context::<UiLang>()
        .map(|l| l.0)
        .unwrap_or_else(|| RwSignal::new(Lang::En))
}

/// A reactive text: re-reads when the language changes.
pub fn tr(key: T) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || key.get(lang.get())
}

/// A plan section's name in the interface language: the core's, the one the tabs and the exercise use.
pub fn section_name(
    section: goal_ladder_core::classroom::Section,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || section.name(lang.get())
}

/// "1 goal", "3 goals": a count with the noun in the form the number takes (one, or any other number, as
/// in all four languages).
pub fn counted(n: usize, one: T, other: T, lang: Lang) -> String {
    let form = if n == 1 { one } else { other };
    fill(form.get(lang), &[("n", &n.to_string())])
}

/// A size in megabytes with one decimal, written the way the language writes decimals.
pub fn megabytes(bytes: usize, lang: Lang) -> String {
    decimal(bytes as f64 / 1_048_576.0, 1, lang)
}

/// A number with `places` decimals and the language's decimal sign and thousands separator.
pub use goal_ladder_core::numerals::decimal;

/// Why a file is not the Goal Ladder file the user meant to open, in the interface's language.
/// A message's technical detail (from the JSON parser or the browser, always English), in English
/// only, wrapped in `before` and `after`; nothing in the other languages.
pub fn technical(detail: &str, before: &str, after: &str, lang: Lang) -> String {
    if lang == Lang::En && !detail.is_empty() {
        format!("{before}{detail}{after}")
    } else {
        String::new()
    }
}

pub fn file_error_text(error: &FileError, lang: Lang) -> String {
    match error {
        FileError::TooLarge { bytes, limit } => fill(
            T::ErrTooLarge.get(lang),
            &[
                ("size", &megabytes(*bytes, lang)),
                ("limit", &megabytes(*limit, lang)),
            ],
        ),
        FileError::Empty => T::ErrEmpty.get(lang).to_string(),
        FileError::NotJson {
            line,
            cut_short: true,
            ..
        } => fill(T::ErrCutShort.get(lang), &[("line", &line.to_string())]),
        FileError::NotJson {
            line,
            column,
            detail,
            ..
        } => fill(
            T::ErrNotJson.get(lang),
            &[
                ("line", &line.to_string()),
                ("column", &column.to_string()),
                ("detail", &technical(detail, ": ", "", lang)),
            ],
        ),
        FileError::WrongFormat {
            expected: FileKind::Plan,
            found_format: Some(format),
        } => fill(T::ErrOtherFormat.get(lang), &[("format", format)]),
        FileError::WrongFormat {
            expected: FileKind::Plan,
            found_format: None,
        } => T::ErrNotAPlan.get(lang).to_string(),
        FileError::WrongFormat {
            expected,
            found_format,
        } => fill(
            T::ErrWrongKind.get(lang),
            &[
                ("found", found_format.as_deref().unwrap_or("JSON")),
                ("expected", kind_name(*expected).get(lang)),
            ],
        ),
        FileError::NewerVersion {
            found, supported, ..
        } => newer_version_text(*found, *supported, lang),
        FileError::BadVersion => T::ErrBadVersion.get(lang).to_string(),
        FileError::Damaged { detail } => fill(
            T::ErrInvalidPlan.get(lang),
            &[("detail", &technical(detail, " (", ")", lang))],
        ),
        FileError::OverLimit(over) => {
            let lead = match lang {
                Lang::En => "The file holds more than Goal Ladder opens",
                Lang::Nb => "Filen inneholder mer enn Goal Ladder åpner",
                Lang::Sv => "Filen innehåller mer än Goal Ladder öppnar",
                Lang::Da => "Filen indeholder mere end Goal Ladder åbner",
            };
            format!("{lead}: {}.", over.text(lang))
        }
    }
}

/// A file or link written by a newer Goal Ladder than this one.
pub fn newer_version_text(found: u64, supported: u32, lang: Lang) -> String {
    fill(
        T::ErrNewer.get(lang),
        &[
            ("found", &found.to_string()),
            ("supported", &supported.to_string()),
        ],
    )
}

fn kind_name(kind: FileKind) -> T {
    match kind {
        FileKind::Plan => T::KindPlan,
        FileKind::Exercise => T::KindExercise,
        FileKind::HandIn => T::KindHandIn,
        FileKind::Feedback => T::KindFeedback,
    }
}

/// A date as the language writes it: 1 June 2027 / 1. juni 2027 / 1 juni 2027 / 1. juni 2027.
pub use goal_ladder_core::calendar::long_date;

/// A date in figures as the language writes them: 31.12.2027 in Norwegian and Danish, 2027-12-31 in
/// Swedish; English, where the order of day and month depends on the reader, writes the month's name.
pub fn short_date(date: goal_ladder_core::Date, lang: Lang) -> String {
    match lang {
        Lang::Nb | Lang::Da => format!("{:02}.{:02}.{}", date.day(), date.month(), date.year()),
        Lang::Sv => date.to_string(),
        Lang::En => long_date(date, lang),
    }
}

/// A figure as the language writes it, with the decimals it has (at most two).
pub use goal_ladder_core::numerals::figure;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_written_in_every_language() {
        for key in T::ALL {
            for lang in Lang::ALL {
                assert!(
                    !key.get(lang).trim().is_empty(),
                    "{key:?} is empty in {}",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn the_parsers_english_words_reach_only_the_english_message() {
        let error = goal_ladder_core::file::FileError::NotJson {
            line: 4,
            column: 3,
            detail: "expected `,` or `}` at line 4 column 3".into(),
            cut_short: false,
        };
        assert!(file_error_text(&error, Lang::En).contains("expected `,`"));
        for lang in [Lang::Nb, Lang::Sv, Lang::Da] {
            let text = file_error_text(&error, lang);
            assert!(!text.contains("expected"), "{text}");
            assert!(text.contains('4') && text.contains('3'), "{text}");
        }
    }

    #[test]
    fn placeholders_are_the_same_in_every_language() {
        let holes = |s: &str| {
            let mut v: Vec<String> = s
                .split('{')
                .skip(1)
                .filter_map(|p| p.split_once('}').map(|(h, _)| h.to_string()))
                .collect();
            v.sort();
            v
        };
        for key in T::ALL {
            let en = holes(key.get(Lang::En));
            for lang in Lang::ALL {
                assert_eq!(holes(key.get(lang)), en, "{key:?} in {}", lang.code());
            }
        }
    }

    #[test]
    fn every_text_is_used_somewhere_in_the_app() {
        fn sources(dir: &std::path::Path, out: &mut String) {
            for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    sources(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("i18n.rs")
                {
                    out.push_str(&std::fs::read_to_string(&path).unwrap_or_default());
                }
            }
        }
        let mut code = String::new();
        sources(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut code,
        );
        // This module's own uses (the error texts) count too, outside the table itself.
        let own = include_str!("i18n.rs");
        code.push_str(&own[own.find("/// Fills `{name}` placeholders").unwrap_or(0)..]);
        // A name followed by more letters (T::Strong in T::StrongX) must not count as a use.
        let used = |name: &str| {
            let needle = format!("T::{name}");
            code.match_indices(&needle).any(|(i, _)| {
                !code[i + needle.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
            })
        };
        let unused: Vec<&str> = T::NAMES
            .iter()
            .copied()
            .filter(|name| !used(name))
            .collect();
        assert!(unused.is_empty(), "texts never shown: {unused:?}");
    }

    #[test]
    fn numbers_follow_the_locale() {
        assert_eq!(decimal(10_000.0, 0, Lang::Nb), "10\u{a0}000");
        assert_eq!(decimal(10.5, 1, Lang::Sv), "10,5");
        assert_eq!(decimal(1234567.25, 2, Lang::En), "1,234,567.25");
        assert_eq!(decimal(-2500.0, 0, Lang::Da), "−2.500");
    }

    #[test]
    fn dates_follow_the_locale() {
        let d = goal_ladder_core::Date::new(2027, 6, 1).unwrap();
        assert_eq!(long_date(d, Lang::Nb), "1. juni 2027");
        assert_eq!(long_date(d, Lang::En), "1 June 2027");
        assert_eq!(long_date(d, Lang::Sv), "1 juni 2027");
        let end = goal_ladder_core::Date::new(2027, 12, 31).unwrap();
        assert_eq!(short_date(end, Lang::Da), "31.12.2027");
        assert_eq!(short_date(d, Lang::Nb), "01.06.2027");
        assert_eq!(short_date(end, Lang::Sv), "2027-12-31");
        assert_eq!(short_date(end, Lang::En), "31 December 2027");
    }
}
