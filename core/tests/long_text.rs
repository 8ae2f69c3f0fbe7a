//! A pasted wall of text costs the scorer no more than a long goal: it reads at most a goal statement's
//! worth of characters, and a word longer than any metric is not looked up letter by letter.

use std::time::Instant;

use goal_ladder_core::scoring::{assess, GoalInput, PlanContext};
use goal_ladder_core::Date;

fn seconds_to_score(text: &str) -> f64 {
    let ctx = PlanContext::new(Date::new(2026, 11, 23).expect("a date"));
    let start = Instant::now();
    let a = assess(&GoalInput::from_text(text), &ctx);
    assert!(a
        .evidence
        .iter()
        .all(|e| e.span.is_none_or(|s| s.end <= text.len())));
    start.elapsed().as_secs_f64()
}

#[test]
fn a_200_000_character_word_scores_at_once() {
    let word = "følgere".repeat(200_000 / 7);
    let took = seconds_to_score(&word);
    println!("200 000-character word: {:.4} s", took);
    // A guard against a reading that grows with the square of the length (minutes here), on a loaded
    // machine in an unoptimised build; the speed itself is a figure of scripts/bench.
    assert!(took < 10.0, "{took} s");
}

#[test]
fn a_200_000_character_goal_of_words_and_numbers_scores_at_once() {
    let text = "Øke salget fra 2000 til 3000 mer flere innen 2027 ".repeat(4_000);
    assert!(text.chars().count() >= 200_000);
    let took = seconds_to_score(&text);
    println!("200 000-character text: {:.4} s", took);
    assert!(took < 10.0, "{took} s");
}
