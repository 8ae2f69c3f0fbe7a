//! When the scorer cannot place a goal: level 0 only on positive evidence of our own output, and a goal
//! that quantifies something with no metric the scorer knows is "unsure", with the two likeliest levels.

use super::numbers::QuantityKind;
use super::placement::{Role, Via, POSTS_PUBLISHED, SHARES};
use super::vocab::c;
use super::Analysis;
use crate::ladder::LadderLevel;

/// The two likeliest levels when the reading is not to be trusted, else `None`.
pub(crate) fn unsure(a: &Analysis, level: LadderLevel) -> Option<[LadderLevel; 2]> {
    let via = a.placement.head.map(|(_, via)| via);
    let quantified = !a.quantities.is_empty();
    match via {
        // A cadence with nothing else named ("5 nya pins i veckan") is our own output.
        None if a.time.rate => None,
        // Nothing recognised at all: a result we do not know, most often a dialogue or a reaction.
        None if quantified => Some([LadderLevel::Interaction, LadderLevel::Engagement]),
        None if a.reading.text.len() > 2 => Some([LadderLevel::Activity, LadderLevel::Visibility]),
        None => None,
        // "Tio nya sångare till kören via rekryteringsinlägget": our own output named only as the
        // way to a number of something we do not know; the number most often counts people who act.
        Some(Via::FirstMetric) if quantified && level == LadderLevel::Activity && means_only(a) => {
            Some([LadderLevel::Activity, LadderLevel::Interaction])
        }
        // "rehome 60 dogs that were featured in our 'Tuesday Tails' TikToks": our output named far
        // after a number that counts something else, at no cadence of ours, places nothing sure.
        Some(Via::FirstMetric)
            if quantified && level == LadderLevel::Activity && counts_other(a) =>
        {
            Some([
                LadderLevel::Activity,
                other_level(a, level).unwrap_or(LadderLevel::Interaction),
            ])
        }
        // Attention is only ever placed on positive evidence (awareness or recall asked in a survey,
        // "när vi frågar", watching to the end, time on a page), whatever else the goal names.
        Some(Via::FirstMetric) if level == LadderLevel::Attention => None,
        // A metric named, but nowhere near the number: the number may count something else, when
        // the text names results on other levels too.
        Some(Via::FirstMetric) if quantified => other_level(a, level).map(|other| [level, other]),
        // "more people tagging us in their stories": writers split between the posts others make
        // (shares, 3) and our being named in them (mentions, 1); ask.
        _ if tagging_only(a) => Some([LadderLevel::Engagement, LadderLevel::Visibility]),
        _ => None,
    }
}

/// Shares read from people tagging us, with no word for sharing or posting in the text.
fn tagging_only(a: &Analysis) -> bool {
    let r = &a.reading;
    let Some((found, _)) = a.placement.head else {
        return false;
    };
    let shares = found.metric.id == SHARES && r.has(found.first, c::TAG);
    // ("post photos … and tag us" posts; "tag us in their stories" names where the tag is.)
    let posting = (0..found.first)
        .filter_map(|k| r.mention(k))
        .any(|m| m.metrics().any(|x| x.id == POSTS_PUBLISHED));
    shares && !r.anywhere(c::SHARE) && !posting
}

/// The level of another result the main clauses name, if any differs from `level`.
fn other_level(a: &Analysis, level: LadderLevel) -> Option<LadderLevel> {
    let r = &a.reading;
    a.placement
        .segments
        .iter()
        .filter(|s| s.role == Role::Main)
        .flat_map(|s| s.start..s.end)
        .filter_map(|k| r.mention(k).filter(|m| m.first == k))
        .flat_map(|m| m.metrics())
        .map(|m| m.level)
        .find(|l| *l != level && *l != LadderLevel::Activity)
}

/// The activity that placed the goal stands after a preposition ("via the campaign", "gennem
/// rekrutteringskampagnen"), and no number is money (spending on ads is our own output).
fn means_only(a: &Analysis) -> bool {
    let Some((found, _)) = a.placement.head else {
        return false;
    };
    let r = &a.reading;
    let money = a.quantities.iter().any(|q| q.kind == QuantityKind::Money);
    let after_prep = (found.first.saturating_sub(2)..found.first).any(|k| r.has(k, c::PREP));
    !money && after_prep
}

/// The first number stands well before the output that placed the goal, and the goal keeps no cadence.
fn counts_other(a: &Analysis) -> bool {
    let (Some((found, _)), Some(q)) = (a.placement.head, a.quantities.first()) else {
        return false;
    };
    !a.time.rate && q.kind == QuantityKind::Count && found.first > q.last + 3
}
