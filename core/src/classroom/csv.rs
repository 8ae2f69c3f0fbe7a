//! The class table as CSV, for a spreadsheet.
//!
//! UTF-8 with a byte-order mark (so spreadsheet programs pick the encoding), comma- or
//! semicolon-separated ([`Separator`]: Nordic spreadsheet programs expect semicolons), CRLF line ends,
//! a header row, and RFC 4180 quoting: a field with a comma, semicolon, quote or line break is quoted,
//! and quotes inside it are doubled. Numbers are written with `.` as the decimal separator, whatever
//! the language of the headers. Texts a person typed are trimmed, and one whose first visible character
//! is `=`, `+`, `-`, `@` (full-width forms too), a tab or a carriage return gets a leading `'`, so a
//! spreadsheet shows it rather than running it as a formula.

use std::borrow::Cow;

use super::class_review::{ClassRow, Column};
use crate::lang::{Lang, Localized};

/// The character between the fields of a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Separator {
    #[default]
    Comma,
    /// What spreadsheet programs expect where the comma is the decimal sign (Norway, Sweden, Denmark).
    Semicolon,
}

impl Separator {
    pub const ALL: [Separator; 2] = [Separator::Comma, Separator::Semicolon];

    /// The separator a spreadsheet program in this language expects: a semicolon in nb, sv and da,
    /// a comma in English.
    pub fn for_lang(lang: Lang) -> Separator {
        match lang {
            Lang::En => Separator::Comma,
            Lang::Nb | Lang::Sv | Lang::Da => Separator::Semicolon,
        }
    }

    pub fn as_char(self) -> char {
        match self {
            Separator::Comma => ',',
            Separator::Semicolon => ';',
        }
    }
}

/// One field, quoted if it needs to be (with either separator, so a field reads the same in both).
pub fn field(text: &str) -> Cow<'_, str> {
    if text.contains([',', '"', ';', '\n', '\r']) {
        Cow::Owned(format!("\"{}\"", text.replace('"', "\"\"")))
    } else {
        Cow::Borrowed(text)
    }
}

/// Characters that show as nothing: white space (spaces, no-break spaces, line breaks, tabs) and the
/// zero-width ones.
fn is_blank(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200D}' | '\u{FEFF}' | '\u{2060}')
}

/// The ASCII form of the full-width and small forms of the characters that start a formula.
fn fold(c: char) -> char {
    match c {
        '\u{FF1D}' | '\u{FE66}' => '=',
        '\u{FF0B}' | '\u{FE62}' => '+',
        '\u{FF0D}' | '\u{FE63}' => '-',
        '\u{FF20}' | '\u{FE6B}' => '@',
        c => c,
    }
}

/// A text a person typed, trimmed, and safe from being run as a formula: when its first character that
/// is not a space, no-break space, line feed or zero-width character is `=`, `+`, `-` or `@` (or a
/// full-width form of one), a tab or a carriage return, it gets a leading `'`.
pub fn text_field(text: &str) -> String {
    let first = text
        .chars()
        .find(|c| matches!(c, '\t' | '\r') || !is_blank(*c))
        .map(fold);
    let trimmed = text.trim_matches(is_blank);
    if matches!(first, Some('=' | '+' | '-' | '@' | '\t' | '\r')) {
        format!("'{trimmed}")
    } else {
        trimmed.to_string()
    }
}

/// Records as CSV text: a BOM, then each record's fields joined by `separator`, each line ended by CRLF.
pub fn write_records(records: &[Vec<String>], separator: Separator) -> String {
    let mut out = String::from('\u{feff}');
    let separator = separator.as_char().to_string();
    for record in records {
        let line: Vec<Cow<str>> = record.iter().map(|f| field(f)).collect();
        out.push_str(&line.join(&separator));
        out.push_str("\r\n");
    }
    out
}

/// The header of a column, in `lang`.
pub fn column_header(column: Column, lang: Lang) -> &'static str {
    let l = |en, nb, sv, da| Localized { en, nb, sv, da };
    let names = match column {
        Column::Student => l("Student", "Elev", "Elev", "Elev"),
        Column::Class => l("Class", "Klasse", "Klass", "Klasse"),
        Column::Assignment => l("Assignment", "Oppgave", "Uppgift", "Opgave"),
        Column::HandedIn => l("Handed in", "Levert", "Inlämnad", "Afleveret"),
        Column::AppVersion => l("App version", "Appversjon", "Appversion", "App-version"),
        Column::Goals => l("Goals", "Mål", "Mål", "Mål"),
        Column::MainGoals => l("Main goals", "Hovedmål", "Huvudmål", "Hovedmål"),
        Column::MainGoalsFit => l(
            "Main goals on level 4-5",
            "Hovedmål på nivå 4-5",
            "Huvudmål på nivå 4-5",
            "Hovedmål på niveau 4-5",
        ),
        Column::ToCheck => l(
            "Goals to check",
            "Mål å sjekke",
            "Mål att kontrollera",
            "Mål at tjekke",
        ),
        Column::Smart => l(
            "SMART met",
            "SMART oppfylt",
            "SMART uppfyllt",
            "SMART opfyldt",
        ),
        Column::Warnings => l("Warnings", "Advarsler", "Varningar", "Advarsler"),
        Column::Okr => l("OKR score", "OKR-score", "OKR-poäng", "OKR-score"),
        Column::Sections => l(
            "Sections filled",
            "Deler fylt ut",
            "Delar ifyllda",
            "Dele udfyldt",
        ),
        Column::Grade => l("Points", "Poeng", "Poäng", "Point"),
        Column::SummaryCheck => l(
            "Summary check",
            "Kontroll av sammendrag",
            "Kontroll av sammanfattning",
            "Kontrol af resumé",
        ),
    };
    names.get(lang)
}

fn check_word(differs: bool, lang: Lang) -> &'static str {
    let words = if differs {
        Localized {
            en: "differs",
            nb: "avviker",
            sv: "avviker",
            da: "afviger",
        }
    } else {
        Localized {
            en: "matches",
            nb: "stemmer",
            sv: "stämmer",
            da: "stemmer",
        }
    };
    words.get(lang)
}

/// The class table as CSV, headers in `lang` (English when `None`), fields separated by `separator`.
///
/// Columns: those of [`Column::ALL`], with SMART, sections and points each split into a count and
/// its maximum (`4` and `of 10` … as two columns: `SMART met`, `SMART total`), the OKR score as a
/// number 0.00-1.00, the time of hand-in as RFC 3339 UTC, and the summary check as a word followed by
/// the parts that differ; then the goals themselves, one line each in one cell ([`goals_cell`]).
/// Numbers use `.` as decimal separator.
pub fn class_csv(rows: &[ClassRow], lang: Option<Lang>, separator: Separator) -> String {
    let lang = lang.unwrap_or_default();
    let of = Localized {
        en: "max",
        nb: "maks",
        sv: "max",
        da: "maks",
    }
    .get(lang);
    let mut header = Vec::new();
    for column in Column::ALL {
        let name = column_header(column, lang);
        header.push(name.to_string());
        if matches!(column, Column::Smart | Column::Sections | Column::Grade) {
            header.push(format!("{name} ({of})"));
        }
    }
    header.push(
        Localized {
            en: "Goals (level: text)",
            nb: "Mål (nivå: tekst)",
            sv: "Mål (nivå: text)",
            da: "Mål (niveau: tekst)",
        }
        .get(lang)
        .to_string(),
    );
    let mut records = vec![header];
    for row in rows {
        let s = &row.summary;
        let (filled, required) = s.sections_filled();
        let (points, max) = match row.grade() {
            Some((p, m)) => (p.to_string(), m.to_string()),
            None => (String::new(), String::new()),
        };
        let check = if row.summary_differs.is_empty() {
            check_word(false, lang).to_string()
        } else {
            format!(
                "{}: {}",
                check_word(true, lang),
                row.summary_differs.join(" ")
            )
        };
        records.push(vec![
            text_field(&row.student_name),
            text_field(&row.class_name),
            text_field(&row.assignment),
            row.handed_in_at.to_string(),
            text_field(&row.app_version),
            s.goal_count.to_string(),
            s.main_goals.to_string(),
            s.main_goals_fit.to_string(),
            s.to_check.to_string(),
            s.smart_met.to_string(),
            s.smart_total.to_string(),
            s.warnings.to_string(),
            row.okr_score()
                .map(|x| format!("{x:.2}"))
                .unwrap_or_default(),
            filled.to_string(),
            required.to_string(),
            points,
            max,
            check,
            goals_cell(s, lang),
        ]);
    }
    write_records(&records, separator)
}

/// The goals a student wrote, one per line in plan order: the level the scorer reads ("?" where it
/// could not place the goal), "main" for a main goal, and the text on one line, safe from running as
/// a formula. A teacher grading in a spreadsheet sees what was written, not only the counts.
pub fn goals_cell(summary: &super::summary::Summary, lang: Lang) -> String {
    let main = Localized {
        en: "main",
        nb: "hovedmål",
        sv: "huvudmål",
        da: "hovedmål",
    }
    .get(lang);
    let mut out = String::new();
    for goal in &summary.goals {
        if !out.is_empty() {
            out.push('\n');
        }
        let level = if goal.to_check {
            "?".to_string()
        } else {
            goal.level.number().to_string()
        };
        out.push_str(&level);
        if goal.is_main {
            out.push_str(&format!(" ({main})"));
        }
        out.push_str(": ");
        let one_line = goal
            .statement
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        out.push_str(&text_field(&one_line));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classroom::class_review::class_table;
    use crate::classroom::hand_in::tests::{sample_hand_in, today};

    /// A plain RFC 4180 reader: enough to check that what we write reads back.
    fn parse(text: &str) -> Vec<Vec<String>> {
        parse_with(text, ',')
    }

    fn parse_with(text: &str, separator: char) -> Vec<Vec<String>> {
        let text = text.strip_prefix('\u{feff}').expect("a BOM");
        let mut records = Vec::new();
        let mut record = Vec::new();
        let mut field = String::new();
        let mut quoted = false;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => field.push(c),
                (false, '"') if field.is_empty() => quoted = true,
                (false, c) if c == separator => record.push(std::mem::take(&mut field)),
                (false, '\r') => {
                    assert_eq!(chars.next(), Some('\n'), "CR without LF");
                    record.push(std::mem::take(&mut field));
                    records.push(std::mem::take(&mut record));
                }
                (false, '\n') => panic!("a bare LF ends a line"),
                (false, c) => field.push(c),
            }
        }
        assert!(field.is_empty() && record.is_empty(), "no CRLF at the end");
        records
    }

    #[test]
    fn names_with_quotes_commas_and_nordic_letters_round_trip() {
        let name = "Øyvind \"Ø\" Ås, jr.";
        let mut h = sample_hand_in(name);
        h.class_name = "2STB; vår\nblokk".into();
        let rows = class_table(&[h, sample_hand_in("=1+1")], today());
        let text = class_csv(&rows, Some(Lang::Nb), Separator::Comma);
        assert!(text.starts_with("\u{feff}Elev,Klasse,Oppgave,Levert,"));
        assert!(text.contains("\"Øyvind \"\"Ø\"\" Ås, jr.\""));
        let records = parse(&text);
        assert_eq!(records.len(), 3);
        assert!(records.iter().all(|r| r.len() == records[0].len()));
        assert_eq!(records[1][0], name);
        assert_eq!(records[1][1], "2STB; vår\nblokk");
        assert_eq!(records[2][0], "'=1+1");
        assert_eq!(records[1][3], "2026-11-18T11:06:40.000Z");
        assert_eq!(records[1][records[1].len() - 2], "stemmer");
    }

    #[test]
    fn numbers_use_a_point_and_headers_follow_the_language() {
        let mut plan_hand_in = sample_hand_in("Kari");
        plan_hand_in.plan.objectives = crate::examples::Example::Cafe
            .build(
                crate::plan::PlanId::new("x"),
                crate::calendar::Timestamp::default(),
                today(),
            )
            .objectives;
        let rows = class_table(&[plan_hand_in], today());
        let records = parse(&class_csv(&rows, None, Separator::Comma));
        let okr = records[0].iter().position(|h| h == "OKR score").unwrap();
        let score = &records[1][okr];
        assert!(score.starts_with("0.") && score.len() == 4, "{score}");
        assert_eq!(records[0][16], "Points (max)");
        assert_eq!(
            records[1][records[1].len() - 2],
            "differs: warnings objectives sections grade"
        );
    }

    #[test]
    fn the_goals_are_written_with_their_levels_one_per_line() {
        use crate::classroom::summary::GoalSummary;
        use crate::ladder::LadderLevel;
        let h = sample_hand_in("Kari");
        let mut rows = class_table(&[h], today());
        let template = rows[0].summary.goals.first().cloned();
        let goal = |statement: &str, level, is_main, to_check| GoalSummary {
            statement: statement.into(),
            level,
            is_main,
            to_check,
            ..template.clone().expect("the sample has a goal")
        };
        rows[0].summary.goals = vec![
            goal(
                "200 table bookings via Instagram\nby 1 March",
                LadderLevel::Transaction,
                true,
                false,
            ),
            goal("=HYPERLINK(\"x\")", LadderLevel::Visibility, false, false),
            goal("Something vague", LadderLevel::Activity, false, true),
        ];
        let records = parse_with(&class_csv(&rows, Some(Lang::En), Separator::Semicolon), ';');
        assert_eq!(records[0].last().unwrap(), "Goals (level: text)");
        assert_eq!(
            records[1].last().unwrap(),
            "5 (main): 200 table bookings via Instagram by 1 March\n1: '=HYPERLINK(\"x\")\n?: Something vague"
        );
        let nb = parse_with(&class_csv(&rows, Some(Lang::Nb), Separator::Semicolon), ';');
        assert!(nb[1].last().unwrap().starts_with("5 (hovedmål): "));
    }

    #[test]
    fn goals_to_check_have_their_own_column() {
        let mut h = sample_hand_in("Kari");
        h.plan.goals[0].statement = "Get 400 wombats to the open day".into();
        let rows = class_table(&[h, sample_hand_in("Ola")], today());
        assert_eq!(
            rows[0].summary.to_check, 1,
            "the scorer is to be unsure of the wombats"
        );
        assert_eq!(rows[0].summary.main_goals_fit, 0);
        let records = parse(&class_csv(&rows, Some(Lang::Da), Separator::Comma));
        let column = records[0]
            .iter()
            .position(|h| h == "Mål at tjekke")
            .unwrap();
        assert_eq!(records[0][column - 1], "Hovedmål på niveau 4-5");
        assert_eq!(records[1][column], "1");
        assert_eq!(records[2][column], "0");
    }

    #[test]
    fn plain_records_are_written_with_crlf() {
        let text = write_records(
            &[vec!["a".into(), "b,c".into()], vec!["\"".into()]],
            Separator::Comma,
        );
        assert_eq!(text, "\u{feff}a,\"b,c\"\r\n\"\"\"\"\r\n");
        let text = write_records(&[vec!["a".into(), "b;c".into()]], Separator::Semicolon);
        assert_eq!(text, "\u{feff}a;\"b;c\"\r\n");
    }

    #[test]
    fn formulas_behind_blanks_and_full_width_forms_are_neutralised() {
        for hostile in [
            "=1+1",
            " =1+1",
            "\u{a0}+SUM(A1)",
            "\n-2",
            "\u{200b}@cmd",
            "\u{feff}\u{2060}\u{200d}=x",
            "\u{ff1d}HYPERLINK(\"x\")",
            "＋1",
            "－1",
            "＠a",
            "\tx",
            "\rx",
            "  \t=x",
        ] {
            let out = text_field(hostile);
            assert!(out.starts_with('\''), "{hostile:?} → {out:?}");
            assert!(!out[1..].starts_with(is_blank), "{hostile:?} → {out:?}");
        }
        for plain in ["Ola", "a=b", "2STB", "Åse-Marie", ""] {
            assert_eq!(text_field(plain), plain);
        }
    }

    #[test]
    fn cells_are_trimmed() {
        assert_eq!(text_field("  Ola Berg \u{a0}\u{200b}"), "Ola Berg");
        assert_eq!(text_field("\n =1 "), "'=1");
    }

    #[test]
    fn the_separator_follows_the_language_and_reads_back() {
        assert_eq!(Separator::for_lang(Lang::En), Separator::Comma);
        for lang in [Lang::Nb, Lang::Sv, Lang::Da] {
            assert_eq!(Separator::for_lang(lang), Separator::Semicolon);
        }
        let mut h = sample_hand_in(" =Kari; Nordmann ");
        h.class_name = "2STB, vår".into();
        let rows = class_table(&[h], today());
        let text = class_csv(&rows, Some(Lang::Sv), Separator::Semicolon);
        let records = parse_with(&text, ';');
        assert!(records.iter().all(|r| r.len() == records[0].len()));
        assert_eq!(records[1][0], "'=Kari; Nordmann");
        assert_eq!(records[1][1], "2STB, vår");
    }
}
