//! Which of the four languages a goal is written in, when the user did not say.
//!
//! Every dictionary word votes for the languages it belongs to, split evenly among them; letters only
//! one language uses add their weight. Short texts with no clue fall back to English.

use super::lexicon::WordInfo;
use super::vocab::{DA, EN, NB, SV};
use crate::lang::Lang;

/// What one word says about the language.
pub(crate) fn vote(scores: &mut [f32; 4], langs: u8, weight: f32) {
    let n = langs.count_ones();
    if n == 0 {
        return;
    }
    let share = weight / n as f32;
    for (i, bit) in [EN, NB, SV, DA].into_iter().enumerate() {
        if langs & bit != 0 {
            scores[i] += share;
        }
    }
}

pub(crate) fn vote_word(scores: &mut [f32; 4], info: &WordInfo) {
    vote(scores, info.langs(), 1.0);
}

/// Letters that only some of the languages use.
pub(crate) fn vote_letters(scores: &mut [f32; 4], original: &str) {
    let (mut sv, mut nbda) = (0u8, 0u8);
    // Read as bytes: each of the letters is 0xC3 and one more byte in UTF-8, and decoding every
    // character of every goal to find them cost more than the rest of the vote.
    let bytes = original.as_bytes();
    let mut at = 0;
    while let Some(k) = bytes[at..].iter().position(|&b| b == 0xC3) {
        match bytes.get(at + k + 1) {
            // ö ä Ö Ä
            Some(0xB6 | 0xA4 | 0x96 | 0x84) => sv = sv.saturating_add(1),
            // ø æ Ø Æ
            Some(0xB8 | 0xA6 | 0x98 | 0x86) => nbda = nbda.saturating_add(1),
            _ => {}
        }
        at += k + 1;
    }
    scores[2] += 0.8 * f32::from(sv.min(4));
    scores[1] += 0.4 * f32::from(nbda.min(4));
    scores[3] += 0.4 * f32::from(nbda.min(4));
}

/// The words leave no doubt: the best language has a clear lead over the next (two words' worth and
/// half as much again). "Flere likes" could be Norwegian or Danish, so it is not clear.
pub(crate) fn is_clear(scores: &[f32; 4]) -> bool {
    let mut sorted = *scores;
    sorted.sort_by(|a, b| b.total_cmp(a));
    let (best, next) = (sorted[0], sorted[1]);
    best >= 2.0 && best >= 1.5 * next && best - next >= 1.0
}

pub(crate) fn decide(scores: &[f32; 4]) -> Lang {
    let mut best = (Lang::En, 0.0f32);
    for (lang, &score) in Lang::ALL.iter().zip(scores) {
        if score > best.1 {
            best = (*lang, score);
        }
    }
    best.0
}

#[cfg(test)]
mod tests {
    use crate::scoring::{assess, GoalInput, PlanContext};
    use crate::{Date, Lang};

    fn detected(text: &str) -> Lang {
        let ctx = PlanContext::new(Date::new(2026, 11, 23).unwrap());
        assess(&GoalInput::from_text(text), &ctx).lang
    }

    #[test]
    fn tells_the_four_languages_apart() {
        assert_eq!(
            detected("Grow our newsletter to 5,000 subscribers by the end of the year"),
            Lang::En
        );
        assert_eq!(
            detected("Vi skal doble antall følgere på Instagram innen utgangen av året"),
            Lang::Nb
        );
        assert_eq!(
            detected("Vi vill öka antalet följare på Instagram under våren"),
            Lang::Sv
        );
        assert_eq!(
            detected("Vi vil øge antallet af følgere på Instagram inden udgangen af året"),
            Lang::Da
        );
    }

    #[test]
    fn a_short_nordic_goal_with_an_english_loanword_is_not_english() {
        assert_eq!(
            detected("Flere likes på Facebook hurtigst muligt"),
            Lang::Da
        );
        assert_ne!(detected("Flere likes på Facebook snarest"), Lang::En);
        assert_eq!(detected("Fler likes på Facebook snarast möjligt"), Lang::Sv);
    }

    #[test]
    fn the_letters_are_counted_as_the_characters_would_be() {
        for c in (0..0x3000).filter_map(char::from_u32) {
            let text = format!("a{c}b{c}");
            let expected = match c {
                'ö' | 'ä' | 'Ö' | 'Ä' => [0.0, 0.0, 1.6, 0.0],
                'ø' | 'æ' | 'Ø' | 'Æ' => [0.0, 0.8, 0.0, 0.8],
                _ => [0.0; 4],
            };
            let mut scores = [0.0f32; 4];
            super::vote_letters(&mut scores, &text);
            assert_eq!(scores, expected, "{c:?}");
        }
    }

    #[test]
    fn text_without_clues_reads_as_english() {
        assert_eq!(detected("1234 !!"), Lang::En);
        assert_eq!(detected(""), Lang::En);
    }
}
