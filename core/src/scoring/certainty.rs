//! When the scorer cannot place a goal: level 0 only on positive evidence of our own output, and a goal
//! that quantifies something with no metric the scorer knows is "unsure", with the two likeliest levels.

use super::ladder::Via;
use super::Analysis;
use crate::ladder::LadderLevel;

/// The two likeliest levels when the reading is not to be trusted, else `None`.
pub(crate) fn unsure(a: &Analysis, level: LadderLevel) -> Option<[LadderLevel; 2]> {
    let via = a.placement.head.map(|(_, via)| via);
    let quantified = !a.quantities.is_empty();
    match via {
        // Nothing recognised at all: a result we do not know, most often a dialogue or a reaction.
        None if quantified || a.reading.text.len() > 2 => {
            Some([LadderLevel::Interaction, LadderLevel::Engagement])
        }
        None => None,
        // A metric named, but nowhere near the number: the number may count something else.
        Some(Via::FirstMetric) if quantified => Some(neighbours(level)),
        _ => None,
    }
}

/// The level read, and the one beside it that is likelier to be meant.
fn neighbours(level: LadderLevel) -> [LadderLevel; 2] {
    use LadderLevel::*;
    let other = match level {
        Activity => Interaction,
        Visibility => Engagement,
        Attention => Visibility,
        Engagement => Interaction,
        Interaction => Transaction,
        Transaction => Interaction,
    };
    [level, other]
}
