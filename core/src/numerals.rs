//! Numbers as each language writes them: 1,200.5 in English; 1 200,5 in Norwegian and Swedish (a
//! no-break space between groups); 1.200,5 in Danish. One formatter for the app's screens, the
//! scorer's messages, the Markdown export and the limits' errors.

use crate::lang::Lang;

/// `value` with `places` decimals, the language's decimal sign and thousands separator, and a real
/// minus sign.
pub fn decimal(value: f64, places: usize, lang: Lang) -> String {
    let text = format!("{:.*}", places, value.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let group = match lang {
        Lang::En => ',',
        Lang::Nb | Lang::Sv => '\u{a0}',
        Lang::Da => '.',
    };
    let mut grouped = String::with_capacity(text.len() + 4);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(c);
    }
    let sign = if value < 0.0 && value.abs() >= 0.5 * 10f64.powi(-(places as i32)) {
        "−"
    } else {
        ""
    };
    let point = if lang == Lang::En { '.' } else { ',' };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{point}{frac}")
    }
}

/// A whole number as it is, else with `places` decimals: "1 200", "2,9".
pub fn number(value: f64, places: usize, lang: Lang) -> String {
    let places = if value.fract() == 0.0 { 0 } else { places };
    decimal(value, places, lang)
}

/// A figure as the language writes it, with the decimals it has (at most two): "1.200", "2.5",
/// "0,13". The app's fields and offers and the Markdown export write a goal's figures with it.
pub fn figure(value: f64, lang: Lang) -> String {
    let places = (0..2)
        .find(|&p| (value * 10f64.powi(p)).fract() == 0.0)
        .unwrap_or(2);
    decimal(value, places as usize, lang)
}

/// A figure with its unit as the language writes it: "2.5%" in English, "2,5 %" in the Nordic
/// languages (a no-break space before the sign); other units always after a space.
pub fn with_unit(figure: &str, unit: &str, lang: Lang) -> String {
    match (unit, lang) {
        ("", _) => figure.to_string(),
        ("%", Lang::En) => format!("{figure}%"),
        _ => format!("{figure}\u{a0}{unit}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_as_each_language_writes_them() {
        assert_eq!(decimal(1_234_567.5, 2, Lang::En), "1,234,567.50");
        assert_eq!(number(1200.0, 2, Lang::Nb), "1\u{a0}200");
        assert_eq!(number(1200.0, 2, Lang::Da), "1.200");
        assert_eq!(number(2.9, 1, Lang::Nb), "2,9");
        assert_eq!(number(2.5, 1, Lang::En), "2.5");
        assert_eq!(number(11.0, 1, Lang::Sv), "11");
        assert_eq!(decimal(-2000.0, 0, Lang::Da), "−2.000");
        assert_eq!(decimal(-0.001, 2, Lang::En), "0.00");
        assert_eq!(figure(1200.0, Lang::Da), "1.200");
        assert_eq!(figure(2.5, Lang::En), "2.5");
        assert_eq!(figure(0.126, Lang::Nb), "0,13");
        assert_eq!(figure(1_234_567.5, Lang::En), "1,234,567.5");
        assert_eq!(with_unit(&number(2.5, 1, Lang::En), "%", Lang::En), "2.5%");
        assert_eq!(
            with_unit(&number(2.5, 1, Lang::Nb), "%", Lang::Nb),
            "2,5\u{a0}%"
        );
    }
}
