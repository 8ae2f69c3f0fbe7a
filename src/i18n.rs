//! The interface's texts in English, Norwegian bokmål, Swedish and Danish: a typed table, one row per text.
//!
//! A typed table costs no parsing at start and no runtime crate; a missing language is a compile error.

use goal_ladder_core::format::ReadError;
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
    Created => "Created", "Opprettet", "Skapad", "Oprettet";
    TitleLabel => "Title", "Tittel", "Titel", "Titel";
    NewTitleLabel => "New title", "Ny tittel", "Ny titel", "Ny titel";
    DescriptionLabel => "The business and its situation", "Virksomheten og situasjonen", "Verksamheten och läget", "Virksomheden og situationen";
    DescriptionPlaceholder => "Who you are, what you sell or offer, and what the business needs now.", "Hvem dere er, hva dere selger eller tilbyr, og hva virksomheten trenger nå.", "Vilka ni är, vad ni säljer eller erbjuder och vad verksamheten behöver nu.", "Hvem I er, hvad I sælger eller tilbyder, og hvad virksomheden har brug for nu.";
    NoDescription => "No description yet.", "Ingen beskrivelse ennå.", "Ingen beskrivning än.", "Ingen beskrivelse endnu.";
    AllPlans => "All plans", "Alle planer", "Alla planer", "Alle planer";
    Untitled => "Untitled plan", "Plan uten navn", "Namnlös plan", "Unavngiven plan";
    NewPlanTitle => "My social-media plan", "Min plan for sosiale medier", "Min plan för sociala medier", "Min plan for sociale medier";
    CopySuffix => "(copy)", "(kopi)", "(kopia)", "(kopi)";
    Imported => "Imported “{title}” as a new plan.", "Importerte «{title}» som en ny plan.", "Importerade ”{title}” som en ny plan.", "Importerede »{title}« som en ny plan.";
    ImportFailed => "Could not import {file}: {reason} Nothing was changed.", "Kunne ikke importere {file}: {reason} Ingenting ble endret.", "Kunde inte importera {file}: {reason} Inget ändrades.", "Kunne ikke importere {file}: {reason} Intet blev ændret.";
    Exported => "Saved {file} to your downloads.", "Lagret {file} i nedlastingene dine.", "Sparade {file} bland dina hämtade filer.", "Gemte {file} i dine overførsler.";
    Language => "Language", "Språk", "Språk", "Sprog";
    Theme => "Theme", "Tema", "Tema", "Tema";
    ThemeAuto => "Automatic", "Automatisk", "Automatiskt", "Automatisk";
    ThemeLight => "Light", "Lyst", "Ljust", "Lyst";
    ThemeDark => "Dark", "Mørkt", "Mörkt", "Mørkt";
    PlanActions => "Plan actions", "Handlinger for planen", "Åtgärder för planen", "Handlinger for planen";
    GoalsCount => "{n} goals", "{n} mål", "{n} mål", "{n} mål";
    Notifications => "Messages", "Meldinger", "Meddelanden", "Meddelelser";
    StorageUnavailable => "This browser does not let the page save anything, so changes last only until the tab is closed. Export your plans to keep them.", "Nettleseren lar ikke siden lagre noe, så endringer varer bare til fanen lukkes. Eksporter planene for å beholde dem.", "Webbläsaren låter inte sidan spara något, så ändringar finns bara kvar tills fliken stängs. Exportera planerna för att behålla dem.", "Browseren lader ikke siden gemme noget, så ændringer varer kun, til fanen lukkes. Eksportér planerne for at beholde dem.";
    StorageFull => "The browser's storage for this page is full, so the last change was not saved. It is still on screen: export the plan to keep it.", "Nettleserens lager for denne siden er fullt, så den siste endringen ble ikke lagret. Den er fortsatt på skjermen: eksporter planen for å beholde den.", "Webbläsarens lagring för sidan är full, så den senaste ändringen sparades inte. Den syns fortfarande: exportera planen för att behålla den.", "Browserens lager for siden er fuldt, så den seneste ændring blev ikke gemt. Den er stadig på skærmen: eksportér planen for at beholde den.";
    StorageRefused => "The browser refused to save ({why}). Your change is still on screen: export the plan to keep it.", "Nettleseren nektet å lagre ({why}). Endringen er fortsatt på skjermen: eksporter planen for å beholde den.", "Webbläsaren vägrade spara ({why}). Ändringen syns fortfarande: exportera planen för att behålla den.", "Browseren nægtede at gemme ({why}). Ændringen er stadig på skærmen: eksportér planen for at beholde den.";
    UnreadableStored => "A saved plan could not be read ({reason}). Its text is kept aside untouched; download it to keep a copy.", "En lagret plan kunne ikke leses ({reason}). Teksten er lagt til side uendret; last den ned for å ha en kopi.", "En sparad plan kunde inte läsas ({reason}). Texten är undanlagd och orörd; ladda ned den för att ha en kopia.", "En gemt plan kunne ikke læses ({reason}). Teksten er lagt til side uændret; download den for at have en kopi.";
    ErrTooLarge => "the file is {size} MB, and plan files can be at most {limit} MB.", "filen er på {size} MB, og planfiler kan være på høyst {limit} MB.", "filen är {size} MB, och planfiler får vara högst {limit} MB.", "filen fylder {size} MB, og planfiler må højst fylde {limit} MB.";
    ErrEmpty => "the file is empty.", "filen er tom.", "filen är tom.", "filen er tom.";
    ErrNotJson => "the file is not valid JSON (line {line}, column {column}: {detail}).", "filen er ikke gyldig JSON (linje {line}, kolonne {column}: {detail}).", "filen är inte giltig JSON (rad {line}, kolumn {column}: {detail}).", "filen er ikke gyldig JSON (linje {line}, kolonne {column}: {detail}).";
    ErrOtherFormat => "this is a “{format}” file, not a Goal Ladder plan.", "dette er en «{format}»-fil, ikke en plan fra Goal Ladder.", "det här är en ”{format}”-fil, inte en plan från Goal Ladder.", "dette er en »{format}«-fil, ikke en plan fra Goal Ladder.";
    ErrNotAPlan => "this JSON file is not a Goal Ladder plan.", "denne JSON-filen er ikke en plan fra Goal Ladder.", "den här JSON-filen är inte en plan från Goal Ladder.", "denne JSON-fil er ikke en plan fra Goal Ladder.";
    ErrNewer => "the plan was made with a newer Goal Ladder (file version {found}; this one reads up to {supported}). Open it in the newest version.", "planen ble laget med en nyere Goal Ladder (filversjon {found}; denne leser til og med {supported}). Åpne den i nyeste versjon.", "planen gjordes med en nyare Goal Ladder (filversion {found}; den här läser upp till {supported}). Öppna den i den senaste versionen.", "planen blev lavet med en nyere Goal Ladder (filversion {found}; denne læser op til {supported}). Åbn den i den nyeste version.";
    ErrBadVersion => "the file's version is missing or not a whole number.", "filens versjon mangler eller er ikke et heltall.", "filens version saknas eller är inte ett heltal.", "filens version mangler eller er ikke et heltal.";
    ErrInvalidPlan => "the plan in the file is damaged ({detail}).", "planen i filen er skadet ({detail}).", "planen i filen är skadad ({detail}).", "planen i filen er beskadiget ({detail}).";
    ErrUnreadableFile => "the browser could not read the file ({detail}).", "nettleseren kunne ikke lese filen ({detail}).", "webbläsaren kunde inte läsa filen ({detail}).", "browseren kunne ikke læse filen ({detail}).";
}

/// Fills `{name}` placeholders in a text.
pub fn fill(text: &str, params: &[(&str, &str)]) -> String {
    params.iter().fold(text.to_string(), |out, (name, value)| out.replace(&format!("{{{name}}}"), value))
}

/// The language the interface is shown in, shared through context.
#[derive(Debug, Clone, Copy)]
pub struct UiLang(pub RwSignal<Lang>);

pub fn use_lang() -> RwSignal<Lang> {
    use_context::<UiLang>().map(|l| l.0).unwrap_or_else(|| RwSignal::new(Lang::En))
}

/// A reactive text: re-reads when the language changes.
pub fn tr(key: T) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || key.get(lang.get())
}

/// A size in megabytes with one decimal, written the way the language writes decimals.
pub fn megabytes(bytes: usize, lang: Lang) -> String {
    decimal(bytes as f64 / 1_048_576.0, 1, lang)
}

/// A number with `places` decimals and the language's decimal sign and thousands separator.
pub fn decimal(value: f64, places: usize, lang: Lang) -> String {
    let text = format!("{:.*}", places, value.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let group = match lang {
        Lang::En => ',',
        Lang::Nb | Lang::Sv => '\u{a0}',
        Lang::Da => '.',
    };
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(c);
    }
    let sign = if value < 0.0 && value.abs() >= 0.5 * 10f64.powi(-(places as i32)) { "−" } else { "" };
    let point = if lang == Lang::En { '.' } else { ',' };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{point}{frac}")
    }
}

/// A plan file's problem, in the interface's language.
pub fn read_error_text(error: &ReadError, lang: Lang) -> String {
    match error {
        ReadError::TooLarge { bytes, limit } => {
            fill(T::ErrTooLarge.get(lang), &[("size", &megabytes(*bytes, lang)), ("limit", &megabytes(*limit, lang))])
        }
        ReadError::Empty => T::ErrEmpty.get(lang).to_string(),
        ReadError::NotJson { line, column, detail } => fill(
            T::ErrNotJson.get(lang),
            &[("line", &line.to_string()), ("column", &column.to_string()), ("detail", detail)],
        ),
        ReadError::NotAPlanFile { found_format: Some(format) } => fill(T::ErrOtherFormat.get(lang), &[("format", format)]),
        ReadError::NotAPlanFile { found_format: None } => T::ErrNotAPlan.get(lang).to_string(),
        ReadError::NewerVersion { found, supported } => fill(
            T::ErrNewer.get(lang),
            &[("found", &found.to_string()), ("supported", &supported.to_string())],
        ),
        ReadError::BadVersion => T::ErrBadVersion.get(lang).to_string(),
        ReadError::InvalidPlan { detail } => fill(T::ErrInvalidPlan.get(lang), &[("detail", detail)]),
    }
}

/// A date as the language writes it: 1 June 2027 / 1. juni 2027 / 1 juni 2027 / 1. juni 2027.
pub fn long_date(date: goal_ladder_core::Date, lang: Lang) -> String {
    const EN: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    const NB: [&str; 12] = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];
    const SV: [&str; 12] = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];
    const DA: [&str; 12] = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];
    let m = usize::from(date.month() - 1);
    match lang {
        Lang::En => format!("{} {} {}", date.day(), EN[m], date.year()),
        Lang::Nb => format!("{}. {} {}", date.day(), NB[m], date.year()),
        Lang::Sv => format!("{} {} {}", date.day(), SV[m], date.year()),
        Lang::Da => format!("{}. {} {}", date.day(), DA[m], date.year()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_written_in_every_language() {
        for key in T::ALL {
            for lang in Lang::ALL {
                assert!(!key.get(lang).trim().is_empty(), "{key:?} is empty in {}", lang.code());
            }
        }
    }

    #[test]
    fn placeholders_are_the_same_in_every_language() {
        let holes = |s: &str| {
            let mut v: Vec<String> = s.split('{').skip(1).filter_map(|p| p.split_once('}').map(|(h, _)| h.to_string())).collect();
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
    }
}
