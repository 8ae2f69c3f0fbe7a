//! Placing a goal on the ladder: the level of what carries the number, and the higher aim it names.
//!
//! A goal reads as up to three parts: the main clause ("Reach 10 000 followers"), a clause of purpose
//! ("… to sell more bikes": the aim) and a clause of means ("… by being more visible": neither). The
//! level comes from the main clause, from the metric that a number or a change ("more", "double")
//! attaches to; the aim from the purpose clause, when it is higher.

use super::numbers::{Quantity, QuantityKind};
use super::reading::{metric, Reading};
use super::text::TokKind;
use super::vocab::c;
use crate::catalogue::Metric;
use crate::ladder::LadderLevel;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Main,
    Purpose,
    Means,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Segment {
    pub start: usize,
    pub end: usize,
    pub role: Role,
}

/// How the level was found, which sets the confidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Via {
    ActivityVerb,
    NounAfterNumber,
    NounBeforeNumber,
    VerbBeforeNumber,
    FirstMetric,
}

impl Via {
    pub fn confidence(self) -> f32 {
        match self {
            Via::ActivityVerb | Via::NounAfterNumber => 0.9,
            Via::NounBeforeNumber => 0.8,
            Via::VerbBeforeNumber => 0.7,
            Via::FirstMetric => 0.5,
        }
    }
}

/// A metric found in the text, and where.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Found {
    pub metric: &'static Metric,
    pub first: usize,
    pub last: usize,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct Placement {
    pub head: Option<(Found, Via)>,
    pub aim: Option<Found>,
    /// Tokens of the phrase the number counts ("10 pædagoger"): people there are the result, not the audience.
    pub object: Option<(usize, usize)>,
    pub segments: Vec<Segment>,
}

impl Placement {
    pub fn level(&self) -> Option<LadderLevel> {
        self.head.map(|(f, _)| f.metric.level)
    }
}

pub(crate) fn place(r: &Reading, quantities: &[Quantity]) -> Placement {
    let segments = segments(r);
    let mut placement = Placement::default();
    let main: Vec<Segment> = segments
        .iter()
        .copied()
        .filter(|s| s.role == Role::Main)
        .collect();

    placement.head = activity(r, &main).map(|f| (f, Via::ActivityVerb));
    if placement.head.is_none() {
        'anchors: for seg in &main {
            for anchor in anchors(r, quantities, seg) {
                if let Some(head) = head_of(r, seg, anchor) {
                    placement.head = Some((head.found, head.via));
                    placement.object = head.object;
                    break 'anchors;
                }
            }
        }
    }
    if placement.head.is_none() {
        placement.head = first_metric(r, &main).map(|f| (f, Via::FirstMetric));
    }

    let level = placement.level();
    placement.aim = segments
        .iter()
        .filter(|s| s.role == Role::Purpose)
        .filter_map(|s| highest_metric(r, s))
        .filter(|aim| level.is_none_or(|l| aim.metric.level > l))
        .max_by_key(|aim| aim.metric.level);
    placement.segments = segments;
    placement
}

/// Splits the text at markers of purpose ("so that", "for å", "för att") and means ("by getting",
/// "ved at").
pub(crate) fn segments(r: &Reading) -> Vec<Segment> {
    let mut out = Vec::with_capacity(3);
    let mut start = 0;
    let mut role = Role::Main;
    let mut causative_seen = false;
    let n = r.text.len();
    let mut i = 0;
    while i < n {
        causative_seen |= r.has(i, c::CAUSATIVE);
        let marker = marker_at(r, i, causative_seen && role == Role::Main);
        if let Some((next_role, len)) = marker {
            if i > start {
                out.push(Segment {
                    start,
                    end: i,
                    role,
                });
            }
            start = i + len;
            role = next_role;
            causative_seen = false;
            i += len;
            continue;
        }
        i += 1;
    }
    if start < n || out.is_empty() {
        out.push(Segment {
            start,
            end: n,
            role,
        });
    }
    out
}

fn marker_at(r: &Reading, i: usize, after_causative: bool) -> Option<(Role, usize)> {
    let w = r.text.word(i);
    let next = r.text.word(i + 1);
    let after_double = i > 0 && r.has(i - 1, c::MULTIPLIER);
    match r.lang {
        crate::Lang::En => match w {
            "so" if !matches!(next, "many" | "much" | "far" | "as") && i > 0 => {
                Some((Role::Purpose, if next == "that" { 2 } else { 1 }))
            }
            "in" if next == "order" && r.text.word(i + 2) == "to" => Some((Role::Purpose, 3)),
            // "would like to sell", "want to grow": the wish itself, not a purpose.
            "to" if r.has(i + 1, c::PURPOSE_VERB)
                && !after_causative
                && i > 0
                && !matches!(
                    r.text.word(i - 1),
                    "like"
                        | "want"
                        | "wants"
                        | "need"
                        | "needs"
                        | "aim"
                        | "aims"
                        | "plan"
                        | "hope"
                        | "going"
                        | "try"
                ) =>
            {
                Some((Role::Purpose, 1))
            }
            "by" | "through" if next.ends_with("ing") && next.len() > 4 => Some((Role::Means, 1)),
            _ => None,
        },
        _ => {
            let particle = r.has(i + 1, c::PARTICLE);
            match w {
                "for" if particle => Some((Role::Purpose, 2)),
                "slik" | "sann" | "sadan" | "saledes" if next == "at" || next == "att" => {
                    Some((Role::Purpose, 2))
                }
                "sa" if i > 0
                    && !after_double
                    && !matches!(
                        next,
                        "mange" | "manga" | "mye" | "mycket" | "meget" | "langt" | "snart" | ""
                    ) =>
                {
                    let len = if matches!(next, "at" | "att") { 2 } else { 1 };
                    Some((Role::Purpose, len))
                }
                "ved" | "gjennom" | "genom" | "gennem" if particle => Some((Role::Means, 2)),
                _ => None,
            }
        }
    }
}

/// "Publish 3 posts", "Vi ska köra annonser", "Answer all DMs": our own output.
fn activity(r: &Reading, main: &[Segment]) -> Option<Found> {
    let seg = main.first()?;
    let mut i = seg.start;
    // A label before a colon: "KR2:", "Initiative:", "Nyckelresultat:".
    if let Some(colon) = (seg.start..seg.end.min(seg.start + 4)).find(|&k| r.text.is_punct(k, ':'))
    {
        i = colon + 1;
    }
    while i < seg.end && r.has(i, c::MODAL | c::PARTICLE) && r.mention(i).is_none() {
        i += 1;
    }
    let opening = r.mention(i).filter(|m| m.first == i && !m.is_phrase());
    if let Some(m) = opening {
        let verb = m.verb_metric().filter(|v| v.is_activity());
        // "Post reach" is a noun compound, not the verb "post".
        let noun_follows = r
            .mention(i + 1)
            .and_then(|n| n.noun_metric())
            .is_some_and(|n| !n.is_activity());
        if let (Some(verb), false) = (verb, noun_follows) {
            return Some(Found {
                metric: verb,
                first: i,
                last: i,
            });
        }
    }
    // Answering is a service promise wherever it stands: "all questions … shall be answered".
    main.iter()
        .flat_map(|s| s.start..s.end)
        .filter_map(|k| r.mention(k).filter(|m| m.first == k))
        .find_map(|m| {
            m.verb_metric()
                .filter(|v| v.id == "response_time")
                .map(|v| Found {
                    metric: v,
                    first: m.first,
                    last: m.last,
                })
        })
}

#[derive(Debug, Clone, Copy)]
struct Anchor {
    first: usize,
    last: usize,
    money: bool,
}

/// Numbers and changes in a main segment, in text order.
fn anchors(r: &Reading, quantities: &[Quantity], seg: &Segment) -> Vec<Anchor> {
    let mut out: Vec<Anchor> = quantities
        .iter()
        .filter(|q| q.first >= seg.start && q.last < seg.end)
        .map(|q| Anchor {
            first: q.first,
            last: q.last,
            money: q.kind == QuantityKind::Money,
        })
        .collect();
    for i in seg.start..seg.end {
        let is_change =
            r.has(i, c::MORE | c::LESS) && !out.iter().any(|a| (a.first..=a.last).contains(&i));
        if is_change {
            out.push(Anchor {
                first: i,
                last: i,
                money: false,
            });
        }
    }
    out.sort_by_key(|a| a.first);
    out
}

/// The metric an anchor counts: the noun after it, else the noun before it, else the verb before it.
struct Head {
    found: Found,
    via: Via,
    object: Option<(usize, usize)>,
}

fn head_of(r: &Reading, seg: &Segment, a: Anchor) -> Option<Head> {
    let mut crossed_money_prep = false;
    let mut last_filler_counts = false;
    let mut j = a.last + 1;
    let mut steps = 0;
    // The last noun of the phrase is its head ("webinar registrations" counts registrations), but
    // content after a result is what the result happens to ("sparade inlägg" counts saves).
    let mut head: Option<Found> = None;
    while j < seg.end && steps < 5 {
        if let Some(m) = r.mention(j) {
            if let Some(noun) = m.noun_metric() {
                let keeps_result =
                    noun.is_activity() && head.is_some_and(|h| !h.metric.is_activity());
                if !keeps_result {
                    head = Some(Found {
                        metric: noun,
                        first: m.first,
                        last: m.last,
                    });
                }
                j = m.last + 1;
                steps += 1;
                continue;
            }
            if m.verb.is_some() && !r.has(j, c::FILLER | c::MORE) {
                break;
            }
        }
        let tok = r.text.toks[j];
        let is_of = matches!(r.text.word(j), "of" | "av" | "af");
        let ends_phrase = match tok.kind {
            TokKind::Punct(_) | TokKind::Number { .. } | TokKind::NumericDate { .. } => true,
            TokKind::Word => {
                let stop = (r.has(j, c::PREP | c::CONJ | c::PARTICLE) && !r.has(j, c::FILLER))
                    || r.has(j, c::UNIT_SHORT | c::UNIT_LONG);
                if stop && is_of && last_filler_counts {
                    false
                } else if stop
                    && a.money
                    && !crossed_money_prep
                    && matches!(r.text.word(j), "in" | "i")
                {
                    crossed_money_prep = true;
                    false
                } else {
                    stop
                }
            }
        };
        if ends_phrase {
            break;
        }
        last_filler_counts = matches!(
            r.text.word(j),
            "number" | "antall" | "antallet" | "antal" | "antalet" | "amount" | "share" | "total"
        );
        j += 1;
        steps += 1;
    }
    if let Some(found) = head {
        return Some(Head {
            found,
            via: Via::NounAfterNumber,
            object: Some((a.last + 1, found.last)),
        });
    }

    let mut k = a.first;
    let floor = seg.start.max(a.first.saturating_sub(10));
    while k > floor {
        k -= 1;
        // A verb starts another phrase: in "visitors … spend more time", "more" belongs to the verb.
        if r.mention(k).is_some_and(|m| m.noun.is_none()) {
            break;
        }
        let Some(m) = r.mention(k) else { continue };
        if let Some(noun) = m.noun_metric().filter(|n| !n.is_activity()) {
            let found = Found {
                metric: noun,
                first: m.first,
                last: m.last,
            };
            return Some(Head {
                found,
                via: Via::NounBeforeNumber,
                object: None,
            });
        }
    }

    let mut k = a.first;
    let floor = seg.start.max(a.first.saturating_sub(4));
    while k > floor {
        k -= 1;
        if matches!(r.text.toks[k].kind, TokKind::Punct(_)) {
            break;
        }
        let verb = r.mention(k).and_then(|m| m.verb_metric());
        if let Some(verb) = verb.filter(|v| !v.is_activity()) {
            let found = Found {
                metric: verb,
                first: k,
                last: k,
            };
            return Some(Head {
                found,
                via: Via::VerbBeforeNumber,
                object: Some((a.last + 1, j.saturating_sub(1).max(a.last + 1))),
            });
        }
    }
    None
}

/// With no number to go by: the first metric the main clause names, results before our own output.
fn first_metric(r: &Reading, main: &[Segment]) -> Option<Found> {
    let mentions = || {
        main.iter()
            .flat_map(|s| s.start..s.end)
            .filter_map(|k| r.mention(k).filter(|m| m.first == k))
    };
    // People who are also a metric ("kunder") are more often the audience than the result.
    let noun = |results: bool, people: bool| {
        mentions().find_map(|m| {
            m.noun_metric()
                .filter(|n| n.is_activity() != results && r.facts[m.first].people == people)
                .map(|n| Found {
                    metric: n,
                    first: m.first,
                    last: m.last,
                })
        })
    };
    let verb = mentions().find_map(|m| {
        m.verb_metric().filter(|v| !v.is_activity()).map(|v| Found {
            metric: v,
            first: m.first,
            last: m.last,
        })
    });
    noun(true, false)
        .or(verb)
        .or_else(|| noun(true, true))
        .or_else(|| noun(false, false))
}

/// The highest result a purpose clause names.
fn highest_metric(r: &Reading, seg: &Segment) -> Option<Found> {
    (seg.start..seg.end)
        .filter_map(|k| r.mention(k).filter(|m| m.first == k))
        .flat_map(|m| {
            [m.noun, m.verb].into_iter().flatten().map(move |id| Found {
                metric: metric(id),
                first: m.first,
                last: m.last,
            })
        })
        .filter(|f| !f.metric.is_activity())
        .max_by_key(|f| f.metric.level)
}
