//! The class table as CSV, for a spreadsheet.
//!
//! UTF-8 with a byte-order mark (so spreadsheet programs pick the encoding), comma-separated, CRLF
//! line ends, a header row, and RFC 4180 quoting: a field with a comma, quote, semicolon or line break
//! is quoted, and quotes inside it are doubled. Semicolons are quoted too, for programs that split on
//! them in Nordic locales. Numbers are written with `.` as the decimal separator, whatever the
//! language of the headers. A text field that starts with `=`, `+`, `-`, `@` or a tab gets a leading
//! `'`, so a spreadsheet shows it rather than running it as a formula.

use std::borrow::Cow;

use super::class_review::{ClassRow, Column};
use crate::lang::{Lang, Localized};

/// One field, quoted if it needs to be.
pub fn field(text: &str) -> Cow<'_, str> {
    if text.contains([',', '"', ';', '\n', '\r']) {
        Cow::Owned(format!("\"{}\"", text.replace('"', "\"\"")))
    } else {
        Cow::Borrowed(text)
    }
}

/// A text a person typed, safe from being run as a formula.
fn text_field(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// Records as CSV text: a BOM, then each record's fields joined by commas, each line ended by CRLF.
pub fn write_records(records: &[Vec<String>]) -> String {
    let mut out = String::from('\u{feff}');
    for record in records {
        let line: Vec<Cow<str>> = record.iter().map(|f| field(f)).collect();
        out.push_str(&line.join(","));
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

/// The class table as CSV, headers in `lang` (English when `None`).
///
/// Columns: those of [`Column::ALL`], with SMART, sections and points each split into a count and
/// its maximum (`4` and `of 10` … as two columns: `SMART met`, `SMART total`), the OKR score as a
/// number 0.00-1.00, the time of hand-in as RFC 3339 UTC, and the summary check as a word followed by
/// the parts that differ. Numbers use `.` as decimal separator.
pub fn class_csv(rows: &[ClassRow], lang: Option<Lang>) -> String {
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
        ]);
    }
    write_records(&records)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classroom::class_review::class_table;
    use crate::classroom::hand_in::tests::{sample_hand_in, today};

    /// A plain RFC 4180 reader: enough to check that what we write reads back.
    fn parse(text: &str) -> Vec<Vec<String>> {
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
                (false, ',') => record.push(std::mem::take(&mut field)),
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
        let text = class_csv(&rows, Some(Lang::Nb));
        assert!(text.starts_with("\u{feff}Elev,Klasse,Oppgave,Levert,"));
        assert!(text.contains("\"Øyvind \"\"Ø\"\" Ås, jr.\""));
        let records = parse(&text);
        assert_eq!(records.len(), 3);
        assert!(records.iter().all(|r| r.len() == records[0].len()));
        assert_eq!(records[1][0], name);
        assert_eq!(records[1][1], "2STB; vår\nblokk");
        assert_eq!(records[2][0], "'=1+1");
        assert_eq!(records[1][3], "2026-11-18T11:06:40.000Z");
        assert_eq!(records[1].last().unwrap(), "stemmer");
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
        let records = parse(&class_csv(&rows, None));
        let okr = records[0].iter().position(|h| h == "OKR score").unwrap();
        let score = &records[1][okr];
        assert!(score.starts_with("0.") && score.len() == 4, "{score}");
        assert_eq!(records[0][16], "Points (max)");
        assert_eq!(
            records[1].last().unwrap(),
            "differs: warnings objectives sections grade"
        );
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
        let records = parse(&class_csv(&rows, Some(Lang::Da)));
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
        let text = write_records(&[vec!["a".into(), "b,c".into()], vec!["\"".into()]]);
        assert_eq!(text, "\u{feff}a,\"b,c\"\r\n\"\"\"\"\r\n");
    }
}
