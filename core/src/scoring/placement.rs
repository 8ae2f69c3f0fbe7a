//! Placing a goal on the ladder: the level of what carries the number, and the higher aim it names.
//!
//! A goal reads as up to three parts: the main clause ("Reach 10 000 followers"), a clause of purpose
//! ("… to sell more bikes": the aim) and a clause of means ("… by being more visible": neither). The
//! level comes from the main clause, from the metric that a number or a change ("more", "double")
//! attaches to; the aim from the purpose clause, when it is higher.

use super::numbers::{Quantity, QuantityKind};
use super::reading::{metric, Mention, Reading};
use super::text::TokKind;
use super::vocab::{c, Classes, GERUND};
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
    // (Most texts are one main clause: then the main segments are all of them, and nothing is copied.)
    let only_main: Vec<Segment>;
    let main: &[Segment] = if segments.iter().all(|s| s.role == Role::Main) {
        &segments
    } else {
        only_main = segments
            .iter()
            .copied()
            .filter(|s| s.role == Role::Main)
            .collect();
        &only_main
    };

    placement.head = activity(r, main).map(|f| (f, Via::ActivityVerb));
    // "… will share case studies on LinkedIn and aim for 45 qualified leads": a result the audience
    // gives, counted in a clause joined after our own output, is the goal.
    if let Some((act, _)) = placement.head {
        // ("publish a video on TikTok and YouTube for each of our 10 pledges": "and" between two
        // channels joins no clause.)
        let joined = |k: usize| {
            (act.last + 1..k).any(|j| {
                (r.has(j, c::CONJ) && !(r.facts[j + 1].channel && j > 0 && r.facts[j - 1].channel))
                    // ("wants our posts on Threads and Instagram to reach 8,000 people".)
                    || (r.has(j, c::TO)
                        && r.mention(j + 1).is_some_and(|m| m.verb_metric().is_some()))
            })
        };
        let result = main.iter().find_map(|seg| {
            anchors(r, quantities, seg)
                .into_iter()
                .filter(|a| a.first > act.last)
                // "answer … within 15 min while we are open": a limit on each reply counts nothing.
                .filter(|a| {
                    !(a.first > 0
                        && r.has(a.first - 1, c::WITHIN | c::BELOW | c::DEADLINE_PREP)
                        && r.has(a.last + 1, c::UNIT_SHORT))
                })
                .filter_map(|a| head_of(r, seg, a))
                // A length of time after our own output bounds it ("svare … og innen 30 min").
                .find(|h| {
                    !h.found.metric.is_activity()
                        && h.found.metric.id != TIME_SPENT
                        && joined(h.found.first)
                })
        });
        if let Some(head) = result {
            placement.head = Some((head.found, head.via));
            placement.object = head.object;
        }
    }
    if placement.head.is_none() {
        // Our own thing counted ("Grow the Instagram account from 1 200 to 2 500 followers") is kept
        // only if no later number counts a result.
        let mut own_output = None;
        'anchors: for seg in main {
            for anchor in anchors(r, quantities, seg) {
                if let Some(head) = head_of(r, seg, anchor) {
                    if head.found.metric.is_activity() {
                        own_output.get_or_insert(head);
                        continue;
                    }
                    placement.head = Some((head.found, head.via));
                    placement.object = head.object;
                    break 'anchors;
                }
            }
        }
        if let (None, Some(head)) = (placement.head, own_output) {
            placement.head = Some((head.found, head.via));
            placement.object = head.object;
        }
    }
    if placement.head.is_none() {
        placement.head = first_metric(r, main).map(|f| (f, Via::FirstMetric));
    }
    // "1,5 mill kr i hytteutleie fra Google-annonser": money that comes from our own output is what
    // the output brought in.
    if let Some((found, Via::FirstMetric)) = placement.head {
        // ("40.000 kr. i småbidrag fra Instagram-følgere": or from people, who give it.)
        let from_ours = (found.metric.is_activity()
            || r.facts[found.first].people
            || found.metric.id == FOLLOWERS)
            && found.first > 0
            && r.has(found.first - 1, c::FROM)
            && quantities
                .iter()
                .any(|q| q.kind == QuantityKind::Money && q.last < found.first);
        if let Some(metric) = from_ours.then(|| crate::catalogue::find(REVENUE)).flatten() {
            placement.head = Some((Found { metric, ..found }, Via::FirstMetric));
        }
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
    // "To sell more slots, the station wants to grow …": an infinitive that opens the text is a purpose
    // when a comma ends it before any number and the rest counts something. ("To sell 300 tickets by
    // June" is the goal itself.)
    let number = |k: usize| r.text.number(k).is_some();
    if r.has(0, c::TO) {
        if let Some(comma) = (1..n).find(|&k| r.text.is_punct(k, ',')) {
            if !(0..comma).any(number) && (comma..n).any(number) {
                out.push(Segment {
                    start: 0,
                    end: comma,
                    role: Role::Purpose,
                });
                start = comma + 1;
                i = comma + 1;
            }
        }
    }
    while i < n {
        // ("make 3 behind-the-scenes TikToks per production to get …": a verb that counts our own
        // output makes it, it makes no one act.)
        let makes_output = r.text.number(i + 1).is_some()
            && (i + 2..(i + 5).min(n)).any(|k| {
                r.mention(k)
                    .and_then(|m| m.noun_metric())
                    .is_some_and(|m| m.is_activity())
            })
            && !(i + 2..(i + 5).min(n)).any(|k| names_people(r, k));
        causative_seen |= r.has(i, c::CAUSATIVE) && !makes_output;
        // "… sälja bättre – därför siktar vi på …": the aim came first, the goal follows.
        if r.has(i, c::THEREFORE) && role == Role::Main && i > start {
            out.push(Segment {
                start,
                end: i,
                role: Role::Purpose,
            });
            start = i + 1;
            i += 1;
            continue;
        }
        // "For å få flere søkere: engagement rate …", "To sell more slots, the station wants …": a purpose
        // that opens the text ends at its colon, dash or first comma.
        if role == Role::Purpose
            && out.is_empty()
            && start <= 2
            && (r.text.is_punct(i, ':') || r.text.is_punct(i, '–') || r.text.is_punct(i, ','))
        {
            out.push(Segment {
                start,
                end: i,
                role,
            });
            start = i + 1;
            role = Role::Main;
            i += 1;
            continue;
        }
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
    // "För att fler ska ringa oss vill låssmeden att filmerna når 50 000 visningar": a purpose that
    // opens the text with no comma after it ends where the main clause's verb and subject begin, the
    // last "vill", "vi" or "att" that a number or a metric still follows.
    if out.is_empty() && role == Role::Purpose && start <= 2 && r.lang != crate::Lang::En {
        let counted = |k: usize| number(k) || r.mention(k).is_some();
        if let Some(k) = (start + 2..n)
            .rev()
            .find(|&k| r.has(k, c::MODAL) && (k + 1..n).any(counted))
        {
            out.push(Segment {
                start,
                end: k,
                role,
            });
            start = k + 1;
            role = Role::Main;
        }
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
    // "…, målet är fler sökande", "the goal is more sales"
    if i > 0 && r.has(i, c::AIM_NOUN) && r.has(i + 1, c::COPULA) {
        // "Our goal is that runners remember us": opening the goal, it introduces the goal itself.
        if (0..i).all(|k| r.has(k, c::FILLER | c::ARTICLE)) {
            // "is that …", "is to …", "er å …": the particle belongs to the opening too.
            let particle = r.has(i + 2, c::THAT | c::PARTICLE | c::TO);
            return Some((Role::Main, 2 + usize::from(particle)));
        }
        return Some((Role::Purpose, 2));
    }
    let next_particle = r.has(i + 1, c::PARTICLE);
    let after_double = i > 0 && r.has(i - 1, c::MULTIPLIER);
    // "so that", "så at", "så": purpose, but not "so many", "dobbelt så mange".
    // ("dem som så annonsene": after "som", "så" is the verb "saw".)
    if r.has(i, c::SO)
        && i > 0
        && !after_double
        && !r.has(i - 1, c::RELATIVE)
        && !r.has(i + 1, c::SO_DEGREE)
        && i + 1 < r.text.len()
    {
        let that = r.has(i + 1, c::THAT);
        return Some((Role::Purpose, if that { 2 } else { 1 }));
    }
    // "So that we sell more paintings, …": opening the text, only with its "that".
    if i == 0 && r.has(0, c::SO) && r.has(1, c::THAT) {
        return Some((Role::Purpose, 2));
    }
    if r.has(i, c::IN) && r.has(i + 1, c::ORDER) && r.has(i + 2, c::TO) {
        return Some((Role::Purpose, 3));
    }
    // "i hopp om fler uppdrag", "i håp om", "in the hope of more bookings".
    let hope = if r.has(i + 1, c::ARTICLE) {
        i + 2
    } else {
        i + 1
    };
    if i > 0 && r.has(i, c::IN) && r.has(hope, c::HOPE) && r.has(hope + 1, c::OF | c::TOPIC) {
        return Some((Role::Purpose, hope + 2 - i));
    }
    // "…, hoping for more walk-ins", "hoping to sell more".
    if i > 0
        && r.lang == crate::Lang::En
        && r.has(i, c::HOPE)
        && r.has(i + 1, c::TO | c::PURPOSE_PREP)
    {
        return Some((Role::Purpose, 2));
    }
    // "to increase sales"; "would like to sell", "want to grow" is the wish itself, not a purpose.
    if r.lang == crate::Lang::En
        && r.has(i, c::TO)
        && r.has(i + 1, c::PURPOSE_VERB)
        && !after_causative
        && i > 0
        && !r.has(i - 1, c::WISH)
        && !wished_of(r, i)
        && !named_then_goal(r, i)
        && !counted_after_output(r, i)
    {
        return Some((Role::Purpose, 1));
    }
    if r.has(i, c::MEANS_PREP) {
        let next = r.text.word(i + 1);
        let gerund = r.lang == crate::Lang::En && next.len() > 4 && next.ends_with(GERUND);
        if gerund || (r.lang != crate::Lang::En && next_particle) {
            return Some((Role::Means, if gerund { 1 } else { 2 }));
        }
    }
    if r.has(i, c::PURPOSE_PREP) && next_particle {
        return Some((Role::Purpose, 2));
    }
    // "4 reels/wk on insta for more trial signups": "for more" is what the output is for.
    // ("watch … for longer so that …": only with a result named after it.)
    if r.lang == crate::Lang::En
        && i > 0
        && r.has(i, c::PURPOSE_PREP)
        && r.has(i + 1, c::MORE)
        && (i + 2..i + 5).any(|k| r.mention(k).is_some())
    {
        return Some((Role::Purpose, 1));
    }
    if r.has(i, c::SUCH) && r.has(i + 1, c::THAT) {
        return Some((Role::Purpose, 2));
    }
    None
}

/// "Facebook ads to reach 30,000 home cooks in Q1": our own output, counted nowhere, then "to" and a
/// counted result right after its verb: the counted result is the goal.
// (Only near the start: a short name and our output come first, and each "to" costs no more than that.)
fn counted_after_output(r: &Reading, i: usize) -> bool {
    let number = |k: usize| r.text.number(k).is_some();
    i <= 16
        && !(0..i).any(number)
        && (i + 2..(i + 5).min(r.text.len())).any(number)
        && (0..i).all(|k| {
            r.mention(k)
                .is_none_or(|m| m.metrics().all(|x| x.is_activity()))
        })
}

/// "home bakery to sell 40 celebration cakes a month": a few words that name who, then "to" and a
/// counted result, is the goal written in a hurry, not a purpose.
fn named_then_goal(r: &Reading, i: usize) -> bool {
    let plain = |k: usize| plain_word(r, k);
    i <= 4 && (0..i).all(plain) && (i + 1..r.text.len()).any(|k| r.text.number(k).is_some())
}

/// A word the scorer knows nothing of: no class, no metric ("home bakery", "water safety").
fn plain_word(r: &Reading, k: usize) -> bool {
    r.text.toks[k].kind == TokKind::Word && r.mention(k).is_none() && r.facts[k].classes == 0
}

/// "We'd like the ads to reach a CTR of 1.5 %", "we want our clips to get …": a wish with its object
/// before "to" (no number and no other "to" between) is completed by the verb, not a purpose.
// ("wants the link to the fair map in our stories to get 8,000 taps": a "to" before a noun is a
// preposition inside the object.)
fn wished_of(r: &Reading, i: usize) -> bool {
    let infinitive = |k: usize| r.has(k, c::TO) && r.has(k + 1, c::PURPOSE_VERB);
    // ("wants 40 people to book the retreat": people counted before "to" are who is to act.)
    // ("want 50 people a month to fill in the quote form": a rate may follow them.)
    let people_act = (i > 0 && names_people(r, i - 1))
        || (i > 2 && names_people(r, i - 3) && r.has(i - 2, c::RATE_PREP));
    (i.saturating_sub(14)..i)
        .rev()
        .take_while(|&k| {
            !infinitive(k) && (people_act || r.text.number(k).is_none()) && !r.text.is_punct(k, ',')
        })
        .any(|k| r.has(k, c::WISH) && !r.has(k + 1, c::TO))
}

/// "Publish 3 posts", "Vi ska köra annonser", "Answer all DMs": our own output.
fn activity(r: &Reading, main: &[Segment]) -> Option<Found> {
    let seg = main.first()?;
    let mut i = seg.start;
    // A label before a colon or a dash: "KR2:", "Initiative:", "car hire desk - answer …".
    let label_end =
        |k: usize| r.text.is_punct(k, ':') || r.text.is_punct(k, '-') || r.text.is_punct(k, '–');
    if let Some(colon) = (seg.start..seg.end.min(seg.start + 5)).find(|&k| label_end(k)) {
        i = colon + 1;
    }
    // "Snapchat skal sende 2 500 besøkende til kurssiden", "Pinterest-pinnene skal sende 6 000
    // klikk": a platform as the subject sends the audience's result; the verb is not our output.
    let platform_subject = r.facts.get(i).is_some_and(|f| f.channel)
        && (i + 1..seg.end.min(i + 3)).any(|k| r.has(k, c::MODAL) && !r.has(k, c::TO));
    // "Städfirman ska publicera …", "The opera house will stream …": a subject of up to three words
    // before the modal.
    // "Indsamlingen vil poste …": one word before the modal is its subject, even one that names a
    // result elsewhere; the verb after the modal then decides.
    let lone_subject = r.mention(i).is_some_and(|m| m.verb_metric().is_none())
        && !r.facts[i].people
        && r.has(i + 1, c::MODAL)
        && !r.has(i + 1, c::PARTICLE | c::TO);
    if lone_subject {
        i += 1;
    } else if !r.has(i, c::MODAL) && r.mention(i).is_none() {
        let subject = |k: usize| {
            r.mention(k).is_none()
                && r.text.number(k).is_none()
                && !r.has(k, c::MORE | c::LESS | c::CAUSATIVE)
        };
        // ("Körerna i Sankt Olofs församling ska skicka ut …": a name may take a few words.)
        let modal = (i + 1..seg.end.min(i + 7))
            .find(|&k| r.has(k, c::MODAL) && !r.has(k, c::PARTICLE | c::TO));
        // "Fællesskab Fyn sender 24 nyhedsbreve …": no modal, a verb of ours in the present tense
        // right after its subject, with its object counted after it.
        let present = || {
            (i + 1..seg.end.min(i + 4)).find(|&k| {
                r.mention(k)
                    .and_then(|m| m.verb_metric())
                    .is_some_and(|v| v.is_activity())
                    && (r.text.number(k + 1).is_some()
                        || r.has(k + 1, c::NUMBER_WORD)
                        // ("Skumringsfestivalen sender SMS …": one word, no person, then the verb.)
                        // (In English "open day signups" is a noun phrase: not there.)
                        || (k == i + 1 && !r.facts[i].people && r.lang != crate::Lang::En))
            })
        };
        // (A longer subject names no people: "The university hopes international students will
        // send …" is theirs.)
        let long_subject_ok = |at: usize| at <= i + 3 || (i..at).all(|k| !r.facts[k].people);
        if let Some(at) = modal.or_else(present) {
            if (i..at).all(subject) && long_subject_ok(at) {
                i = at;
            }
        }
    }
    while i < seg.end && r.has(i, c::MODAL | c::PARTICLE) && r.mention(i).is_none() {
        i += 1;
    }
    // "Vi på Räknestickan ska skicka ut …": "we", then who we are, then the modal.
    if i > seg.start && r.has(i - 1, c::MODAL) && r.has(i, c::PREP) && r.mention(i).is_none() {
        let plain = |k: usize| r.mention(k).is_none() && r.text.number(k).is_none();
        let modal = (i + 1..seg.end.min(i + 5))
            .find(|&k| r.has(k, c::MODAL) && !r.has(k, c::PARTICLE | c::TO));
        if let Some(at) = modal.filter(|&at| (i..at).all(plain)) {
            i = at;
            while i < seg.end && r.has(i, c::MODAL | c::PARTICLE) && r.mention(i).is_none() {
                i += 1;
            }
        }
    }
    // "ask every customer for a Google review", "invite every buyer to review us", "text every
    // household": a verb towards everyone of a group is our own doing, whatever it asks of them.
    let everyone = r.has(i + 1, c::RATE_PREP)
        && !r.has(i + 1, c::ARTICLE_ONE)
        && r.facts.get(i + 2).is_some_and(|f| f.people)
        // ("reach every household in the valley" stays reach.)
        && (r.mention(i)
            .and_then(|m| m.verb_metric())
            .is_some_and(|v| v.level == LadderLevel::Interaction)
            || r.has(i, c::CAUSATIVE));
    if everyone {
        if let Some(metric) = crate::catalogue::find(CAMPAIGNS_RUN) {
            return Some(Found {
                metric,
                first: i,
                last: i,
            });
        }
    }
    let opening = r.mention(i).filter(|m| m.first == i && !m.is_phrase());
    if let Some(m) = opening {
        let verb = m
            .verb_metric()
            .filter(|v| v.is_activity() && !sent_to_ours(r, m.last));
        // "Post reach" is a noun compound, not the verb "post"; "Holde en følgervekst på 3 %" keeps a
        // result, where "Holde et webinar" is our own output.
        let next = (i + 1..seg.end.min(i + 4))
            .find(|&k| !r.has(k, c::FILLER | c::ARTICLE | c::ARTICLE_ONE))
            .unwrap_or(i + 1);
        // ("run a booking campaign": in English a result before a word for our output is only
        // what the output is about.)
        let modifier = |last: usize| {
            r.lang == crate::Lang::En
                && r.mention(last + 1)
                    .and_then(|m| m.noun_metric())
                    .is_some_and(|n| n.is_activity())
        };
        let noun_follows = r.mention(next).is_some_and(|m| {
            m.noun_metric().is_some_and(|n| !n.is_activity()) && !modifier(m.last)
        });
        // "Treningsprogrammene vi legger ut på Instagram, skal lagres …", "The guides we post should be
        // saved …": a verb of ours after a subject and "we" describes the subject when a modal later
        // in the clause leads to what the audience does.
        let subject_before = i > seg.start + 1 && r.has(i - 1, c::MODAL) && !r.has(i - 2, c::MODAL);
        let predicate_later = subject_before
            && (i + 1..seg.end.min(i + 12))
                .take_while(|&k| !r.has(k, c::CONJ))
                .any(|k| {
                    r.has(k, c::MODAL)
                        && !r.has(k, c::PARTICLE | c::TO)
                        && ((k + 1..seg.end.min(k + 3)).any(|v| {
                            r.mention(v)
                                .and_then(|m| m.verb_metric())
                                .is_some_and(|v| !v.is_activity())
                        })
                        // ("Varje krona vi lägger på influencers ska ge tre kronor i försäljning":
                        // or to money and the result it is counted in.)
                        || (k + 1..seg.end.min(k + 8)).any(|q| {
                            r.has(q, c::CURRENCY)
                                && (q + 1..seg.end.min(q + 3)).any(|n| result_noun_at(r, n))
                        }))
                });
        let platform_sends =
            platform_subject && (i + 1..seg.end.min(i + 6)).any(|k| result_noun_at(r, k));
        if let (Some(verb), false, false, false) =
            (verb, noun_follows, predicate_later, platform_sends)
        {
            return Some(Found {
                metric: verb,
                first: i,
                last: i,
            });
        }
    }
    // Answering is a service promise wherever it stands: "all questions … shall be answered".
    // ("NPS among patients whose questions we answered": not in a clause about the people.)
    let about_people =
        |k: usize| (k.saturating_sub(4)..k).any(|p| r.has(p, c::WHOSE)) && !r.has(k - 1, c::COPULA);
    // Nor is an answer that is what the people rate ("CSAT of 90 % for questions answered", "rate our
    // answer as helpful"), or that people counted give ("400 supportere skal svare på spørsmålene").
    let answer_of_theirs = |k: usize| {
        let after_rating = || {
            main.iter()
                .flat_map(|s| s.start..s.end)
                .take_while(|&p| p < k)
                .filter_map(|p| r.mention(p).and_then(|m| m.noun_metric()))
                .any(|n| matches!(n.id, SATISFACTION | NPS))
        };
        // ("rate the answer good or very good": so is an answer people say something of.)
        // ("satisfied with the answer": or one they are satisfied with.)
        // ("rating the reply 4 or 5": or one they give a rating.)
        let rating = |p: usize| {
            r.mention(p)
                .and_then(|m| m.noun_metric())
                .is_some_and(|n| matches!(n.id, SATISFACTION | REVIEWS | NPS))
        };
        let object_of_verb = (k.saturating_sub(3)..k).any(|p| {
            r.has(p, c::SAY | c::SATISFIED)
                || rating(p)
                || r.mention(p)
                    .and_then(|m| m.verb_metric())
                    .is_some_and(|v| !v.is_activity() && v.id != RESPONSE_TIME)
        }) && k > 0
            && r.has(k - 1, c::FILLER | c::ARTICLE);
        // ("40% of members in our Facebook group respond to the online consultation".)
        let share_before = (k.saturating_sub(8)..k)
            .any(|p| p > 0 && r.has(p, c::OF) && r.has(p - 1, c::PERCENT) && r.facts[p + 1].people);
        let counted_before = share_before
            || k >= 3
                && r.has(k - 1, c::MODAL)
                && r.text.toks[k - 2].kind == TokKind::Word
                && r.mention(k - 2).is_none()
                && r.text.number(k - 3).is_some();
        object_of_verb || counted_before || sent_to_ours(r, k) || after_rating()
    };
    // (Only a word of answering is weighed so: the checks run for it alone.)
    main.iter()
        .flat_map(|s| s.start..s.end)
        .filter_map(|k| r.mention(k).filter(|m| m.first == k))
        .filter(|m| m.verb_metric().is_some_and(|v| v.id == RESPONSE_TIME))
        .find(|m| !about_people(m.first) && !answer_of_theirs(m.first))
        .and_then(|m| {
            m.verb_metric().map(|v| Found {
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
    value: f64,
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
            value: q.value,
        })
        .collect();
    // (A change word is checked against the few numbers, not marked in a list of the segment's
    // tokens: that list was an allocation a call.)
    let counted = out.len();
    for i in seg.start..seg.end {
        let is_change = r.has(i, c::MORE | c::LESS)
            && !out[..counted]
                .iter()
                .any(|a| (a.first..=a.last).contains(&i));
        if is_change {
            out.push(Anchor {
                first: i,
                last: i,
                money: false,
                value: 0.0,
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
    let head = head_of_count(r, seg, a);
    // "stay at least 3 minutes", "lyttetid … 3 000 timer": a length of time the audience gives us is
    // attention, unless the text names what is timed (a response time) or it bounds each reply.
    // "90 sek" may have been read as money (SEK): a small amount in a unit of time is a duration.
    let unit = if a.money && r.has(a.last, c::UNIT_SHORT) && a.value < 10_000.0 {
        a.last
    } else {
        a.last + 1
    };
    let duration = r.has(unit, c::UNIT_SHORT)
        && r.facts.get(unit).is_some_and(|f| f.value == 0.0)
        && !(a.first > 0 && r.has(a.first - 1, c::WITHIN | c::BELOW) && !r.has(a.first - 1, c::IN));
    if !duration {
        return head;
    }
    // "halve the response time from 4 hours to 2": the hours are the response time's wherever it is named.
    let timed = head
        .as_ref()
        .is_some_and(|h| matches!(h.found.metric.id, RESPONSE_TIME | TIME_SPENT))
        || (seg.start..seg.end)
            .filter_map(|k| r.mention(k))
            .any(|m| m.noun_metric().is_some_and(|m| m.id == RESPONSE_TIME));
    if timed {
        return head;
    }
    // "ingen skal vente mer enn 20 minutter på svar": a wait for a reply is our response time.
    let id = if r.anywhere(c::REPLY) {
        RESPONSE_TIME
    } else {
        TIME_SPENT
    };
    crate::catalogue::find(id).map(|metric| Head {
        found: Found {
            metric,
            first: a.first,
            last: unit,
        },
        via: Via::NounAfterNumber,
        object: None,
    })
}

fn head_of_count(r: &Reading, seg: &Segment, a: Anchor) -> Option<Head> {
    // "ser videoene lenger": the change word itself names the result.
    if let Some(m) = r.mention(a.first).filter(|m| m.first == a.first) {
        if let Some(noun) = m.noun_metric().filter(|n| !n.is_activity()) {
            return Some(Head {
                found: Found {
                    metric: noun,
                    first: m.first,
                    last: m.last,
                },
                via: Via::NounAfterNumber,
                object: None,
            });
        }
    }
    let mut crossed_money_prep = false;
    let mut last_filler_counts = false;
    let mut j = a.last + 1;
    let mut steps = 0;
    // The last noun of the phrase is its head ("webinar registrations" counts registrations), but
    // content after a result is what the result happens to ("sparade inlägg" counts saves).
    let mut head: Option<Found> = None;
    // "400 signed tenancy agreements": something counted that is paid or signed for.
    let mut paid = false;
    while j < seg.end && steps < 5 {
        paid |= r.has(j, c::PAID) && !r.has(j + 1, c::PARTICLE) && !r.facts[j].people;
        // "4,5 av 5 i nöjdhet": the scale after a rating.
        if j == a.last + 1 && r.has(j, c::OF) && r.text.number(j + 1).is_some() {
            j += 2;
            steps += 1;
            continue;
        }
        // "the share of repeat purchases", "antallet av": a word that measures the noun after "of".
        if r.has(j, c::FILLER) && r.has(j + 1, c::OF) {
            last_filler_counts = true;
            j += 1;
            steps += 1;
            continue;
        }
        if let Some(m) = r.mention(j) {
            // "800 mottagare av nyhetsbrevet klickar på länken": people counted by a metric of their
            // own, then what they do.
            // ("fler kunder sparar våra pins": so are people, counted by a word that also names a
            // metric; "60 heat pump installations sold": and a thing counted, then sold.)
            let next_to = |h: &Found| j == h.last + 1;
            // ("150 new patients join our waiting list": new customers named as people, too.)
            let new_people = |h: &Found| {
                h.metric.id == NEW_CUSTOMERS && r.mention(h.first).is_some_and(|m| m.is_phrase())
            };
            let group_acts = head.is_some_and(|h| {
                next_to(&h)
                    && (matches!(
                        h.metric.id,
                        NEWSLETTER_SUBSCRIBERS | CHANNEL_SUBSCRIBERS | FOLLOWERS
                    ) || r.facts[h.first].people
                        || new_people(&h))
            });
            // ("60 discovery calls booked", "40 demos booked": booking what is free is signing up.)
            // ("30 implant treatments booked from Instagram leads", "60 moves booked": a thing the
            // scorer does not know, counted, then bought; what follows is how it came.)
            // ("the three early signs of cancer": a noun of something, not a verb.)
            let thing_sold = head.is_none()
                && j > a.last + 1
                && !r.has(j + 1, c::OF)
                && (a.last + 1..j).all(|p| {
                    r.text.toks[p].kind == TokKind::Word
                        && r.mention(p).is_none()
                        && !r.facts[p].people
                        && !r.has(p, c::PREP | c::CONJ | c::MODAL | c::PARTICLE | c::TO)
                });
            let sold = |v: &Metric| {
                (thing_sold
                    || head.is_some_and(|h| {
                        next_to(&h) && v.level > h.metric.level && h.metric.id != SIGN_UPS
                    }))
                    && v.level == LadderLevel::Transaction
                    && m.noun.is_none()
                    // ("salgsvurderinger bestilt via Facebook": a Nordic participle after the noun
                    // says how it came, not that it was bought.)
                    && r.lang == crate::Lang::En
            };
            if let Some(verb) = m
                .verb_metric()
                .filter(|v| (group_acts || sold(v)) && !v.is_activity())
            {
                head = Some(Found {
                    metric: verb,
                    first: m.first,
                    last: m.last,
                });
                break;
            }
            if let Some(noun) = m.noun_metric() {
                // In English the last noun heads the phrase ("webinar registrations"); the Nordic
                // languages write such a phrase as one word, so two nouns there are two phrases, and
                // the first one counts ("tiden besökarna lägger").
                // ("300 kunder ställer frågor": people counted, then what they do, named by a word
                // the scorer does not know and the result it makes.)
                let acting = head.is_some_and(|h| {
                    r.facts[h.first].people
                        && j > h.last + 1
                        && j <= h.last + 4
                        && (h.last + 1..j).all(|p| {
                            let writes = r.mention(p).is_some_and(|w| {
                                w.noun.is_none() && w.verb_metric().is_some_and(|v| v.is_activity())
                            });
                            r.text.toks[p].kind == TokKind::Word
                                && (r.mention(p).is_none() || writes)
                                && !r.has(p, c::PREP | c::CONJ)
                        })
                        && !noun.is_activity()
                });
                // ("four customer stories": in English a word for people right before our output
                // says whom it is about.)
                let about_people = r.lang == crate::Lang::En
                    && head.is_some_and(|h| h.last + 1 == m.first && r.facts[h.first].people);
                let keeps_result = (noun.is_activity()
                    && head.is_some_and(|h| !h.metric.is_activity())
                    && !about_people)
                    || (r.lang != crate::Lang::En && head.is_some() && !acting);
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
            // ("100 kunder skal skrive en vurdering": a verb of writing after counted people is
            // theirs; what they write is named after it.)
            let people_write = head.is_some_and(|h| r.facts[h.first].people && j <= h.last + 2)
                && m.noun.is_none()
                && m.verb_metric().is_some_and(|v| v.is_activity());
            if m.verb.is_some() && !r.has(j, c::FILLER | c::MORE) && !people_write {
                break;
            }
        }
        // "80 film students apply …": in English a noun before people only says which people.
        if r.lang == crate::Lang::En && r.facts[j].people && r.mention(j).is_none() {
            head = None;
        }
        let tok = r.text.toks[j];
        let is_of = r.has(j, c::OF);
        let ends_phrase = match tok.kind {
            TokKind::Punct(_) | TokKind::Number { .. } | TokKind::NumericDate { .. } => true,
            TokKind::Word => {
                // ("the complaints about wrongful tickets": what a noun is about is no head.)
                let stop = (r.has(j, c::PREP | c::CONJ | c::PARTICLE | c::TOPIC)
                    && !r.has(j, c::FILLER))
                    || r.has(j, c::UNIT_SHORT | c::UNIT_LONG);
                if stop && is_of && last_filler_counts {
                    false
                } else if stop
                    && !crossed_money_prep
                    && r.has(j, c::IN)
                    && (a.money || result_noun_at(r, j + 1))
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
        last_filler_counts = r.has(j, c::FILLER) && r.has(j + 1, c::OF);
        j += 1;
        steps += 1;
    }
    // "øge andelen af Instagram-besøgende, der tilmelder sig nyhedsbrevet": a share of people who do
    // something measures what they do.
    // ("antall kunder som ber om pristilbud": or a count of them, with no "of" between.)
    let share_who = head.filter(|h| {
        r.facts[h.first].people
            && ((h.first.saturating_sub(3).max(seg.start + 1)..h.first)
                .any(|p| r.has(p, c::OF) && r.has(p - 1, c::FILLER))
                || (h.first > seg.start && r.has(h.first - 1, c::FILLER)))
    });
    if let Some(h) = share_who {
        let rel = if r.text.is_punct(h.last + 1, ',') {
            h.last + 2
        } else {
            h.last + 1
        };
        let verb = (rel + 1..seg.end.min(rel + 3))
            .filter(|_| r.has(rel, c::RELATIVE))
            .find_map(|k| {
                r.mention(k)
                    .filter(|m| m.first == k)
                    .and_then(|m| m.verb_metric().or_else(|| m.noun_metric()))
                    .filter(|v| !v.is_activity())
                    .map(|v| (k, v))
            });
        if let Some((k, verb)) = verb {
            return Some(verb_head(verb, k, None));
        }
    }
    // "nå 250 000 unika konton": our own thing counted, but the verb before says what happens to it.
    // ("sell out all 30 sessions": a particle and "all" may stand between.)
    let verb_before = || {
        (a.first.saturating_sub(3).max(seg.start)..a.first)
            .rev()
            .find_map(|k| r.mention(k).and_then(|m| m.verb_metric()).map(|v| (k, v)))
            .filter(|(_, v)| !v.is_activity())
    };
    let paid_for = || {
        crate::catalogue::find(SALES).map(|metric| Found {
            metric,
            first: a.first,
            last: a.last,
        })
    };
    // "300 paid workshop places": our own event, paid for, is a purchase.
    let head = head.filter(|h| !(paid && h.metric.is_activity()));
    if let Some(found) = head.or_else(|| paid.then(paid_for).flatten()) {
        // "sell 600 sessions": what is sold, however it is named, is a sale.
        let outranked = |v: &Metric| {
            found.metric.is_activity() || (v.id == SALES && found.metric.level < v.level)
        };
        if let Some((k, verb)) = verb_before().filter(|(_, v)| outranked(v)) {
            return Some(verb_head(verb, k, Some((a.last + 1, found.last))));
        }
        return Some(Head {
            found,
            via: Via::NounAfterNumber,
            object: Some((a.last + 1, found.last)),
        });
    }

    let mut k = a.first;
    let floor = seg.start.max(a.first.saturating_sub(16));
    let mut nearest: Option<Found> = None;
    while k > floor {
        k -= 1;
        // "Engagement rate (engagements ÷ followers) of 6 %": an aside in brackets is not the head.
        if r.text.is_punct(k, ')') {
            while k > floor && !r.text.is_punct(k, '(') {
                k -= 1;
            }
            continue;
        }
        // "Trollvik hytteutleie vil at flere …": before "vil at" stands who wishes, not what is counted.
        if r.has(k, c::THAT) && k > seg.start && r.has(k - 1, c::MODAL) {
            break;
        }
        // A verb starts another phrase: in "visitors … spend more time", "more" belongs to the verb;
        // but after a modal it is the predicate of the noun before ("Omsætningen … skal nå 1,5 mio.").
        if r.mention(k).is_some_and(|m| m.noun.is_none()) {
            // "NKI bland hyresgäster som kontaktat oss … ska nå 75": a verb in a clause about the
            // subject does not end it.
            let relative = (k.saturating_sub(2).max(seg.start)..k).any(|p| r.has(p, c::RELATIVE));
            if relative && nearest.is_none() {
                continue;
            }
            let reaches = r
                .mention(k)
                .and_then(|m| m.verb_metric())
                .is_some_and(|v| v.level == crate::ladder::LadderLevel::Visibility);
            // ("kännedomen om laget … når 18 %": a result named before as the subject reaches the
            // number.)
            let subject_before = || {
                (seg.start..k).any(|p| {
                    r.mention(p)
                        .and_then(|m| m.noun_metric())
                        .is_some_and(|n| !n.is_activity() && !r.facts[p].people)
                })
            };
            let predicate = k > seg.start
                && reaches
                && nearest.is_none()
                && ((r.has(k - 1, c::MODAL) && !r.has(k - 1, c::TO | c::PARTICLE))
                    || subject_before());
            if predicate {
                continue;
            }
            break;
        }
        let Some(m) = r.mention(k) else { continue };
        // The preposition before a noun, also across one word that names no metric ("bland unga
        // prenumeranter", "om Operans ungdomsbiljetter").
        // ("om den nya appbiljetten": an article and a word may stand between.)
        let plain = |p: usize| r.text.toks[p].kind == TokKind::Word && r.mention(p).is_none();
        let prep_before = |class: Classes| {
            (m.first > seg.start && r.has(m.first - 1, class))
                || (m.first > seg.start + 1 && r.has(m.first - 2, class) && plain(m.first - 1))
                // ("churn among veg box subscribers": in English, two words may name the thing.)
                || (r.lang == crate::Lang::En
                    && class == c::AUDIENCE_PREP
                    && m.first > seg.start + 2
                    && r.has(m.first - 3, class)
                    && plain(m.first - 2)
                    && plain(m.first - 1))
                || (m.first > seg.start + 2
                    && r.has(m.first - 3, class)
                    && r.has(m.first - 2, c::ARTICLE)
                    && plain(m.first - 1))
                // ("om HyrBil Norrs elbilsuthyrning": what a topic is about may take a name.)
                || (m.first > seg.start + 2
                    && class & c::PREP != 0
                    && r.has(m.first - 3, c::TOPIC)
                    && plain(m.first - 2)
                    && plain(m.first - 1))
        };
        // People after "among", "for" are the audience, not the result: "NPS blandt kunder".
        // So are people after any preposition: "nyhetsbrevet til kundene".
        let audience =
            prep_before(c::AUDIENCE_PREP) || (prep_before(c::PREP) && r.facts[m.first].people);
        // ("link clicks … to the booking page": in English a result before a word for a place names
        // the place.)
        if let Some(noun) = m
            .noun_metric()
            .filter(|n| !n.is_activity() && !audience && !names_place(r, m.last))
        {
            let found = Found {
                metric: noun,
                first: m.first,
                last: m.last,
            };
            // "Webshop sales from Pinterest traffic": the noun before "from" heads the phrase.
            // ("conversion rate on pinterest traffic": so does the noun before "on".)
            // ("engagement rate per follower": nor does what a rate is counted per.)
            // (English puts more words between: "from our YouTube gear reviews".)
            let reach_back = if r.lang == crate::Lang::En { 4 } else { 3 };
            // ("awareness of our low-cost loans": what people are aware of is no result of theirs.)
            let known_of =
                (m.first.saturating_sub(reach_back).max(seg.start + 1)..m.first).any(|p| {
                    r.has(p, c::OF)
                        && r.mention(p - 1)
                            .and_then(|n| n.noun_metric())
                            .is_some_and(|n| n.level == LadderLevel::Attention)
                });
            let from_before = known_of
                || (m.first.saturating_sub(reach_back).max(seg.start)..m.first).any(|p| {
                    r.has(p, c::FROM | c::TOPIC)
                        // ("Table reservations via Instagram DMs": and in English one after "via".)
                        || (r.lang == crate::Lang::En
                            && r.has(p, c::PLACE_PREP)
                            && !r.has(p, c::IN))
                })
                || (m.first > seg.start
                    && r.has(m.first - 1, c::RATE_PREP)
                    && r.has(m.first - 1, c::PREP));
            // "Kjennskapen til babysang i soknet skal opp fra 15 til 30 prosent": in the Nordic
            // languages a noun after a preposition completes the subject before it.
            let complement =
                r.lang != crate::Lang::En && prep_before(c::PREP) && !r.has(m.first - 1, c::OF);
            // ("tilfredsheden blandt patienter, der har booket tid via Messenger, fra 78 %": a noun in
            // a clause about the people, between commas, is what they did.)
            // ("churn among sole traders who signed up through YouTube from 3.5%": or in a clause
            // about the people after "among".)
            let relative_at = (m.first.saturating_sub(4).max(seg.start)..m.first)
                .find(|&p| r.has(p, c::RELATIVE));
            let about_audience = relative_at.is_some_and(|rel| {
                (rel.saturating_sub(4).max(seg.start)..rel).any(|p| r.has(p, c::AUDIENCE_PREP))
            });
            let in_clause = relative_at.is_some()
                && ((m.last + 1..(m.last + 5).min(seg.end)).any(|p| r.text.is_punct(p, ','))
                    || about_audience);
            // Several complements may follow the subject ("Förnyelsegraden för digitala
            // prenumerationer bland unga prenumeranter"): the nearest is kept in case no subject is
            // found.
            if in_clause {
                k = m.first;
                continue;
            }
            // "weddings booked through enquiries from our page from 18 to 30": a noun after the
            // preposition of a verb of a higher level is the verb's means; the verb counts.
            let means_of = (m.first >= seg.start + 2 && r.has(m.first - 1, c::PREP))
                .then(|| r.mention(m.first - 2).and_then(|v| v.verb_metric()))
                .flatten()
                .filter(|v| v.level > noun.level && !v.is_activity())
                .map(|verb| verb_head(verb, m.first - 2, None));
            // (A means after "through" is the verb's even where such a noun would be passed over.)
            if from_before && means_of.is_some() {
                return means_of;
            }
            if from_before || complement {
                nearest = nearest.or(Some(found));
                k = m.first;
                continue;
            }
            // "Engagera följarna mer på Pinterest": a noun right after a verb of a higher level (an
            // article or "our" between) is what the verb acts on; the verb counts.
            // ("skal ses helt til ende": a phrase names a result of its own.)
            let acted_on = (m.first > seg.start && m.first == m.last)
                .then(|| {
                    (seg.start..m.first)
                        .rev()
                        .take(3)
                        .find(|&p| !r.has(p, c::ARTICLE | c::FILLER))
                })
                .flatten()
                .and_then(|p| r.mention(p).filter(|v| v.last == p))
                .and_then(|v| v.verb_metric().map(|metric| (v.first, metric)))
                .filter(|(_, v)| v.level > noun.level && !v.is_activity());
            if let Some((at, verb)) = acted_on {
                return Some(verb_head(verb, at, None));
            }
            if means_of.is_some() {
                return means_of;
            }
            return Some(Head {
                found,
                via: Via::NounBeforeNumber,
                object: None,
            });
        }
    }
    if let Some(found) = nearest {
        return Some(Head {
            found,
            via: Via::NounBeforeNumber,
            object: None,
        });
    }

    let mut k = a.first;
    let floor = seg.start.max(a.first.saturating_sub(4));
    while k > floor {
        k -= 1;
        if matches!(r.text.toks[k].kind, TokKind::Punct(_)) {
            break;
        }
        let verb = r.mention(k).and_then(|m| m.verb_metric());
        if let Some(verb) = verb.filter(|v| !v.is_activity() && !names_place(r, k)) {
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

/// A result (not our own output) named as a noun at `i`.
fn result_noun_at(r: &Reading, i: usize) -> bool {
    r.mention(i)
        .and_then(|m| m.noun_metric())
        .is_some_and(|n| !n.is_activity())
}

/// With no number to go by: the first metric the main clause names, results before our own output.
fn first_metric(r: &Reading, main: &[Segment]) -> Option<Found> {
    // "skickar en förfrågan om att hyra salongen", "ask about guided class visits": what a request
    // is about is its topic, not a result.
    let topic = |k: usize| {
        let about = |p: usize| r.has(p, c::TOPIC) && !r.has(p, c::ON_SITE);
        // ("om nya pass": an adjective may stand between.)
        let between = |p: usize| r.has(p, c::PARTICLE | c::THAT | c::NEW) || plain_word(r, p);
        (k > 0 && about(k - 1)) || (k > 1 && between(k - 1) && about(k - 2))
    };
    // "tittar klart på filmerna, inte bara klickar", "not just likes": what is contrasted is not the goal.
    let negated = |k: usize| (k.saturating_sub(2)..k).any(|p| r.has(p, c::NOT));
    // "a short video of every Code Club session", "a review of each new release": with nothing counted,
    // what each of our outputs is made for is no result.
    let each = |k: usize| {
        (k.saturating_sub(4)..k)
            .rev()
            .find(|&p| r.has(p, c::EVERY))
            .is_some_and(|p| {
                (p + 1..k).all(|q| plain_word(r, q) || r.has(q, c::NEW | c::FILLER))
                    && !(p..k).any(|q| r.text.number(q).is_some())
            })
    };
    let mentions = || {
        main.iter().flat_map(|s| s.start..s.end).filter_map(|k| {
            r.mention(k)
                .filter(|m| m.first == k && !topic(k) && !negated(k))
                // (Our own output after "each" is still ours: "3 klipp fra hver episode".)
                .filter(|m| !each(k) || m.metrics().any(|x| x.is_activity()))
        })
    };
    // "35 % av dem som gått en guidad visning skriver ett omdöme": a noun in a clause about the
    // people is what they did before; a result named after the clause counts.
    let in_relative = |k: usize| {
        (k.saturating_sub(4)..k).any(|p| r.has(p, c::RELATIVE))
            && !(k.saturating_sub(4)..k).any(|p| matches!(r.text.toks[p].kind, TokKind::Punct(_)))
    };
    // "Trollvik hytteutleie vil at flere husker …": a noun opening the text before "vil at" is who
    // wishes, not a result.
    let wisher = |m: &Mention| {
        m.first <= 3 && r.has(m.last + 1, c::MODAL) && r.has(m.last + 2, c::THAT | c::PARTICLE)
    };
    // People who are also a metric ("kunder") are more often the audience than the result.
    let noun = |results: bool, people: bool| {
        let fits = |m: &Mention| {
            m.noun_metric()
                .filter(|n| n.is_activity() != results && r.facts[m.first].people == people)
        };
        let outside = mentions().find(|m| {
            fits(m).is_some()
                && !wisher(m)
                && !in_relative(m.first)
                // ("som skriver upp sig på nyhetsbrevet för förköp": a noun after a preposition
                // still belongs to the clause.)
                && (m.first == 0 || !r.has(m.first - 1, c::PREP))
        });
        let first_relative = mentions().find(|m| fits(m).is_some());
        let later_outside = match (first_relative, outside) {
            (Some(f), Some(o)) => in_relative(f.first) && o.first > f.first,
            _ => false,
        };
        // ("sms till alla tidigare kunder": people after "to" are whom our message goes to.)
        let addressed = |k: usize| {
            people
                && (k.saturating_sub(3)..k).any(|p| {
                    r.has(p, c::TO) && (p + 1..k).all(|q| plain_word(r, q) || r.has(q, c::FILLER))
                })
        };
        mentions()
            .filter(|m| !later_outside || m.first >= outside.map_or(0, |o| o.first))
            .filter(|m| !addressed(m.first) && !wisher(m))
            .find_map(|m| {
                fits(m).map(|n| Found {
                    metric: n,
                    first: m.first,
                    last: m.last,
                })
            })
    };
    // "people clicking through and buying a print": of the audience's verbs, the one nearest value.
    let verb = mentions()
        .filter_map(|m| {
            m.verb_metric().filter(|v| !v.is_activity()).map(|v| Found {
                metric: v,
                first: m.first,
                last: m.last,
            })
        })
        .fold(None::<Found>, |best, f| {
            // "30 % av dem som følger oss … skal ha meldt seg på": a verb in a clause about the people
            // gives way to the verb after the modal, which says what they are to do.
            // Only verbs near each other are weighed so, which keeps this linear in the text.
            let between = |b: &Found| b.last + 1..f.first.min(b.last + 13);
            let near = |b: &Found| f.first <= b.last + 13;
            let relative =
                |b: &Found| (b.first.saturating_sub(2)..b.first).any(|k| r.has(k, c::RELATIVE));
            let predicate = |b: &Found| {
                between(b).any(|k| r.has(k, c::MODAL) && !r.has(k, c::PARTICLE | c::TO))
            };
            match best {
                Some(b) if near(&b) && relative(&b) && predicate(&b) => Some(f),
                Some(b)
                    if !near(&b)
                        || b.metric.level >= f.metric.level
                        || b.metric.level == LadderLevel::Attention
                        || !between(&b).any(|k| r.has(k, c::AND)) =>
                {
                    Some(b)
                }
                _ => Some(f),
            }
        });
    // "flere der booker tid": a noun right after a verb of a higher level is what the verb takes,
    // not a result of its own.
    let taken_by_verb = |n: &Found| {
        verb.is_some_and(|v| {
            let plain = |k: usize| r.has(k, c::ARTICLE | c::FILLER) || plain_word(r, k);
            // "remember our water safety message": what is remembered, however it is named.
            let remembered = v.metric.level == LadderLevel::Attention
                && v.last < n.first
                && n.first <= v.last + 4
                && (v.last + 1..n.first).all(plain);
            // ("rebook via the email list": a noun after the verb's preposition is its means.)
            // ("melder seg på visning": the verb's reflexive and particle stand between.)
            let reflexive = |k: usize| k == v.last + 1 && r.has(k, c::REFLEXIVE);
            let means = |k: usize| {
                r.has(k, c::PREP) && (k == v.last + 1 || (k == v.last + 2 && reflexive(k - 1)))
            };
            remembered
                || (v.metric.level > n.metric.level
                    && (n.first == n.last || means(v.last + 1))
                    && v.last < n.first
                    // "bokar sitt första besök", "book a first visit": articles, "our", "first".
                    // ("book a kids' taster session": and a few plain words that say which.)
                    && n.first <= v.last + 4
                    && (v.last + 1..n.first).all(|k| {
                        r.has(k, c::ARTICLE | c::ARTICLE_ONE | c::FILLER | c::ORDINAL)
                            || means(k)
                            || reflexive(k)
                            || (r.mention(k).is_none()
                                && r.text.toks[k].kind == TokKind::Word
                                && !r.has(k, c::PREP | c::TO | c::THAT | c::RELATIVE | c::AND | c::CONJ | c::MODAL))
                            || r.text.is_punct(k, '\'')
                            || r.text.is_punct(k, '’')
                    }))
        })
    };
    let noun_result = noun(true, false).filter(|n| !taken_by_verb(n));
    // "Få folk til å trykke seg videre": after "get people to", the verb is the result.
    let caused = main
        .iter()
        .flat_map(|s| s.start..s.end)
        .find(|&k| r.has(k, c::CAUSATIVE))
        .and_then(|c| {
            mentions().filter(|m| m.first > c).find_map(|m| {
                // "få fler att dela": the sharing is theirs, not our posting.
                let verb = if r.has(m.first, c::SHARE) {
                    crate::catalogue::find(SHARES)
                } else {
                    m.verb_metric()
                };
                verb.filter(|v| !v.is_activity()).map(|v| Found {
                    metric: v,
                    first: m.first,
                    last: m.last,
                })
            })
        });
    // "Att fler delar våra tips", "brukerne deler øktene sine": more people, or people, who share.
    let audience_shares = main
        .iter()
        .flat_map(|s| s.start..s.end)
        .find(|&k| {
            // "500 personer (skal) dele innlegget": a counted word that names no metric is who shares.
            let subject = if k >= 2 && r.has(k - 1, c::MODAL) {
                k - 1
            } else {
                k
            };
            let counted_sharers = subject >= 2
                && r.text.number(subject - 2).is_some()
                && r.text.toks[subject - 1].kind == TokKind::Word
                && r.mention(subject - 1).is_none();
            r.has(k, c::SHARE)
                && k > 0
                && (r.has(k - 1, c::MORE) || r.facts[k - 1].people || counted_sharers)
        })
        .and_then(|k| {
            crate::catalogue::find(SHARES).map(|m| Found {
                metric: m,
                first: k,
                last: k,
            })
        });
    caused
        .or(audience_shares)
        .or(noun_result)
        .or(verb)
        .or_else(|| noun(true, true))
        .or_else(|| noun(false, false))
}

/// A reading made more precise by the rest of the text: subscribers of a newsletter are a dialogue
/// (level 4), not an audience; a reply promised "within 30 minutes" is a response time.
pub(crate) fn refine(
    r: &Reading,
    placement: &mut Placement,
    response_limit: bool,
    cadence: bool,
    money: bool,
    share_or_length: bool,
) {
    let by_id = |id: &str| crate::catalogue::find(id);
    // "watch our clips to the end", "läsa provkapitlet ända till slutet": content taken in to its end is
    // attention, whatever the verb or the noun would count; so is a share of people who read or watch.
    let seeing = r.anywhere(c::SEE | c::TAKE_IN);
    let ended = seeing && r.anywhere(c::COMPLETE | c::END);
    let taken_in_at = ended
        .then(|| taken_to_the_end(r, &placement.segments))
        .flatten()
        .or_else(|| {
            share_or_length
                .then(|| main_tokens(&placement.segments).find(|&k| r.has(k, c::TAKE_IN)))
                .flatten()
                .filter(|_| placement.head.is_none())
        });
    // "Halve our response time on Instagram DMs": a response time named outright is our own promise,
    // whatever else the clause counts.
    if let Some(k) =
        named_at(r, &placement.segments, RESPONSE_TIME).filter(|&k| !sent_to_ours(r, k))
    {
        if head_at(placement, RESPONSE_TIME, k) {
            return;
        }
    }
    // "share of voice on Instagram among dog food subscription brands, 20 %": a share of voice named
    // before the result it was read as is what the number measures; what follows names the field.
    if let Some(k) = named_at(r, &placement.segments, SHARE_OF_VOICE) {
        if placement
            .head
            .is_some_and(|(f, _)| f.first > k && f.metric.id != SHARE_OF_VOICE)
            && head_at(placement, SHARE_OF_VOICE, k)
        {
            return;
        }
    }
    // "visitors who join our newsletter": joining a newsletter or a list we send to is signing up for
    // it, not a paid membership.
    if let Some((found, via)) = placement.head.filter(|(f, _)| {
        f.metric.id == PAID_SUBSCRIPTIONS
            && r.mention(f.first)
                .is_some_and(|m| m.verb_metric().is_some())
            && (f.last + 1..(f.last + 5).min(r.text.len()))
                .any(|k| r.has(k, c::NEWSLETTER | c::SEND_LIST))
    }) {
        head_as(placement, found, via, NEWSLETTER_SUBSCRIBERS);
        return;
    }
    // "conversion rate på 4 % fra Facebook-annoncer til billetkøb": a conversion is counted at the
    // level of what it ends in, the highest result named after it; a purchase unless a step short of
    // one is named ("… til tilmeldinger til nyhedsbrevet").
    if let Some((found, via)) = placement
        .head
        .filter(|(f, _)| f.metric.id == CONVERSION_RATE)
    {
        // (What it ends in stands after "to", "til", "till"; before it, where it starts.)
        let to = main_tokens(&placement.segments).find(|&k| k > found.last && r.has(k, c::TO));
        let ends_in = main_tokens(&placement.segments)
            .filter(|&k| to.is_some_and(|to| k > to))
            .filter_map(|k| r.mention(k).filter(|m| m.first == k))
            .filter_map(|m| {
                m.noun_metric()
                    .filter(|n| n.level >= LadderLevel::Interaction && !n.is_activity())
                    .map(|metric| Found {
                        metric,
                        first: m.first,
                        last: m.last,
                    })
            })
            .max_by_key(|f| (f.metric.level, std::cmp::Reverse(f.first)));
        if let Some(found) = ends_in {
            placement.head = Some((found, via));
            return;
        }
    }
    // "average watch time on our YouTube piste-preview videos from 45 to 90 seconds": a time spent
    // named outright, with seconds or minutes counted, is the result; what follows is what is watched.
    let timed = || {
        main_tokens(&placement.segments).any(|k| {
            r.has(k, c::UNIT_SHORT)
                && r.facts[k].value == 0.0
                && k > 0
                && r.text.number(k - 1).is_some()
        })
    };
    let named_time_spent = named_at(r, &placement.segments, TIME_SPENT);
    if let (Some(k), Some((found, _))) = (named_time_spent, placement.head) {
        if found.first > k && timed() && head_at(placement, TIME_SPENT, k) {
            return;
        }
    }
    // "spend £4,000 on Instagram ads": money we spend is our own input, not time spent.
    if let Some((found, via)) = placement.head {
        let spent = found.metric.id == TIME_SPENT
            && money
            && r.mention(found.first).is_some_and(|m| m.noun.is_none())
            && (found.last + 1..found.last + 3).any(|j| r.has(j, c::CURRENCY));
        if spent {
            head_as(placement, found, via, CAMPAIGNS_RUN);
            return;
        }
    }
    // "raise £40,000 … through a matched-giving campaign", "samle inn 150 000 kroner … via
    // Vipps-lenken": money collected is a donation, whatever activity brings it.
    // ("hollybank raise 8k on the tiktok live": a sum right after the verb is money too;
    // "£8,000 raised through our JustGiving link": or before it.)
    let sum = |j: usize| r.text.number(j).is_some() && !r.has(j + 1, c::PERCENT);
    let raised_at = main_tokens(&placement.segments).find(|&k| {
        r.has(k, c::RAISE_MONEY)
            && ((money && (k + 1..k + 4).any(|j| r.text.number(j).is_some()))
                // (Nordic "samle 100 leads" collects anything.)
                || (r.lang == crate::Lang::En && sum(k + 1))
                || (money && (k.saturating_sub(2)..k).any(sum)))
    });
    let ours = placement
        .head
        .is_none_or(|(found, _)| found.metric.is_activity());
    // ("Sandvær frivillige brannvern vil samle inn 150 000 kroner": a result named before the
    // raising is in the subject, a name.)
    let named_before = |k: usize| {
        placement.head.is_some_and(|(found, _)| {
            found.last < k && found.metric.level < LadderLevel::Transaction
        })
    };
    // (What comes after the sum is how it is raised: "on the tiktok live", "shared on WhatsApp".)
    let after = |k: usize| placement.head.is_some_and(|(found, _)| found.first > k);
    if let Some(k) = raised_at.filter(|&k| ours || named_before(k) || after(k)) {
        if head_at(placement, DONATIONS, k) {
            return;
        }
    }
    let averaged = r.anywhere(c::AVERAGE);
    // "Seerne skal i gennemsnit se 75 % af videoen", "andelen som ser minst 75 % av annonsen": a share
    // of the content people see is attention.
    // ("seen by 80 % of households": a share of people who see, not of what they see.)
    let share_of_content = |k: usize| {
        (k + 1..k + 5).any(|j| share_at(r, j) && !r.facts.get(j + 2).is_some_and(|f| f.people))
    };
    let taken_in_at = taken_in_at.or_else(|| {
        main_tokens(&placement.segments)
            .filter(|_| seeing)
            .find(|&k| {
                r.has(k, c::SEE | c::TAKE_IN)
                    && ((share_or_length && averaged) || share_of_content(k))
            })
    });
    // "80 % af forældrene skal åbne ugebrevet": a share who open a newsletter is its open rate.
    // ("engagement rate … by Open week": an opening counts only near what is opened.)
    let letter_or_channel = |k: usize| {
        (k.saturating_sub(4)..(k + 5).min(r.text.len()))
            .any(|j| r.has(j, c::NEWSLETTER) || r.facts[j].channel)
    };
    let opened_at = (share_or_length && r.anywhere(c::OPEN))
        .then(|| {
            // "… before the autumn exhibition opens": an opening after "before" is a moment.
            let moment = |k: usize| (k.saturating_sub(5)..k).any(|p| r.has(p, c::DEADLINE_PREP));
            // "… while we are open": opening hours, not opened letters.
            let hours = |k: usize| k > 0 && r.has(k - 1, c::COPULA);
            // ("20 % av dem som öppnar nyhetsbrevet ska klicka": opening is who they are.)
            let who = |k: usize| {
                k > 0 && r.has(k - 1, c::RELATIVE) && (k + 1..k + 5).any(|j| r.has(j, c::MODAL))
            };
            // ("ska öppna länken till filmen": a link opened is clicked.)
            let link = |k: usize| {
                r.has(k + 1, c::WEB_PLACE)
                    || (r.has(k + 1, c::ARTICLE | c::FILLER) && r.has(k + 2, c::WEB_PLACE))
            };
            // ("the open morning Facebook ads": an open day or morning is an event.)
            let event = |k: usize| r.mention(k).is_some_and(|m| m.first == k && m.is_phrase());
            main_tokens(&placement.segments).find(|&k| {
                r.has(k, c::OPEN)
                    && letter_or_channel(k)
                    && !event(k)
                    && !moment(k)
                    && !hours(k)
                    && !who(k)
                    && !link(k)
            })
        })
        .flatten();
    let attention = taken_in_at
        .map(|k| (k, TIME_SPENT))
        .or(opened_at.map(|k| (k, OPEN_RATE)));
    let below_attention = placement.head.is_none_or(|(f, _)| {
        f.metric.level != LadderLevel::Attention && f.metric.level <= LadderLevel::Engagement
    });
    if let (Some((k, id)), true) = (attention, below_attention) {
        if head_at(placement, id, k) {
            return;
        }
    }
    // "90 % fornøyde pasienter", "andelen af tilfredse kunder": people counted for being satisfied
    // are the satisfaction, whatever they did before.
    // "svarar 'mycket nöjd' i enkäten": satisfied, as answered in a survey.
    let satisfied = main_tokens(&placement.segments).find(|&k| {
        if !r.has(k, c::SATISFIED) {
            return false;
        }
        // "satisfied customers", not "satisfied with", unless people are said to be so ("80 % af
        // brudeparrene skal være tilfredse med kontakten").
        // ("90 % fornøyde blant kundene": a share said to be satisfied, among whom after it.)
        let share_before = k > 0 && (r.has(k - 1, c::PERCENT) || r.text.number(k - 1).is_some());
        // ("say they are very satisfied", "svare 'meget tilfreds'": said or answered, a word of degree
        // between.)
        let degree = |j: usize| r.has(j, c::SO_DEGREE) || plain_word(r, j);
        let before = if k > 1 && degree(k - 1) {
            k - 2
        } else {
            k.saturating_sub(1)
        };
        let quoted = match r.text.toks[before].kind {
            TokKind::Punct(q) => super::text::quote_kind(q).is_some(),
            _ => false,
        };
        r.anywhere(c::SURVEY)
            || share_before
            || (k > 0 && (r.has(before, c::COPULA) || quoted))
            || r.text
                .toks
                .get(k + 1)
                .is_some_and(|t| t.kind == TokKind::Word)
                && !r.has(k + 1, c::PREP | c::ARTICLE | c::TO | c::THAT | c::OF)
    });
    // "9 or 10 out of 10", "4,5 av 5", "fem stjerner": a score on a scale.
    let scale_at = main_tokens(&placement.segments).find(|&k| {
        let of = if r.has(k + 1, c::OUT) { k + 2 } else { k + 1 };
        let on_scale = r.has(of, c::OF) && r.text.number(of + 1).is_some();
        let number = r.text.number(k).is_some() || r.has(k, c::NUMBER_WORD);
        // "gir 9 eller 10 i kundeundersøkelsen": two scores asked in a survey.
        let either = r.has(k + 1, c::OR) && r.text.number(k + 2).is_some() && r.anywhere(c::SURVEY);
        number && (on_scale || either || r.has(k + 1, c::STARS))
    });
    // "35% of the parents who join our Facebook group should register for a session", "20 prosent av
    // kundene som får SMS om skrei, bestiller fisk": a share of people named by what they did counts
    // what they go on to do.
    if satisfied.is_none() && scale_at.is_none() {
        // (What they do is refined below like any head: "subscribe to our newsletter".)
        if let Some(found) = share_goes_on_to(r, &placement.segments)
            .or_else(|| counted_who_do_both(r, &placement.segments))
        {
            placement.head = Some((found, Via::VerbBeforeNumber));
        }
    }
    let Some((found, via)) = placement.head else {
        // "5 nya pins i veckan": a number at a cadence, with nothing else named, is our own output.
        // "Raise €40,000 for the clean-water project": money with nothing else named is income.
        // "Få 15 signerte salgsoppdrag": something counted that is paid or signed for is a purchase.
        let paid = main_tokens(&placement.segments).any(|k| r.has(k, c::PAID));
        let free = main_tokens(&placement.segments).any(|k| r.has(k, c::FREE));
        // "4,5 i snitt på Trustpilot", "9 or 10 out of 10": a score on a site of reviews, or on a
        // scale, given by those we served, is how satisfied they are.
        let scale = scale_at.is_some();
        // "4 yt tutorials on battery swapping by easter": videos counted, nothing else named, are ours.
        let videos_counted = || {
            main_tokens(&placement.segments).any(|k| {
                r.text.number(k).is_some()
                    && (k + 1..(k + 3).min(r.text.len())).any(|j| r.has(j, c::VIDEO))
            })
        };
        let rated = (r.anywhere(c::REVIEW_SITE) && r.anywhere(c::AVERAGE)) || scale;
        // "village hall fb group from 410 to 600 members": members of a group on a platform, counted,
        // are its followers.
        let group_on_channel = |g: usize| {
            r.has(g, c::GROUP)
                && (g.saturating_sub(3)..(g + 4).min(r.text.len())).any(|j| r.facts[j].channel)
        };
        // ("wants 150 members to respond …": members who then act count what they do.)
        let group_members = main_tokens(&placement.segments).any(|k| {
            r.has(k, c::MEMBER)
                && !members_act(r, k)
                && ((k.saturating_sub(6)..k + 1).any(group_on_channel)
                    || (members_counted(r, k)
                        && main_tokens(&placement.segments).any(group_on_channel)))
        }) && main_tokens(&placement.segments).any(|k| r.text.number(k).is_some())
            // ("40% of members in our Facebook group respond": a share of them does something.)
            && !main_tokens(&placement.segments).any(|k| r.has(k, c::PERCENT));
        let own = if group_members {
            Some(FOLLOWERS)
        } else if members_joined(r, &placement.segments) {
            Some(PAID_SUBSCRIPTIONS)
        } else if response_limit {
            Some(RESPONSE_TIME)
        } else if satisfied.is_some() || rated {
            Some(SATISFACTION)
        } else if paid {
            Some(SALES)
        } else if free {
            Some(SIGN_UPS)
        } else if money {
            Some(REVENUE)
        } else if cadence || videos_counted() {
            Some(POSTS_PUBLISHED)
        } else {
            None
        };
        if let Some(own) = own {
            placement.head = by_id(own).map(|m| {
                (
                    Found {
                        metric: m,
                        first: 0,
                        last: 0,
                    },
                    Via::FirstMetric,
                )
            });
        }
        return;
    };
    // "1.000 fans skal købe billet", "70 nya besökare från TikTok-kampanjen köper klippkort": an
    // audience counted, then what it does, higher up the ladder, in the same clause: the act counts.
    // (What people know is the content of their attention: "aware that we sell …".)
    let acts_after = (via == Via::NounAfterNumber
        && found.metric.level <= LadderLevel::Engagement
        && found.metric.level != LadderLevel::Attention)
        .then(|| {
            // Only a modal, or where they came from, stands between ("from the campaign").
            let from = r.has(found.last + 1, c::FROM);
            (found.last + 1..(found.last + 7).min(r.text.len()))
                .take_while(|&k| !matches!(r.text.toks[k].kind, TokKind::Punct(_)))
                .take_while(|&k| {
                    from || r.has(k, c::MODAL | c::RELATIVE)
                        || r.mention(k).is_some_and(|m| m.noun.is_none())
                })
                // ("the book now button", "our book reviews": a verb's spelling naming a thing.)
                .filter(|&k| {
                    let level = |j: usize| {
                        r.mention(j)
                            .and_then(|m| m.metrics().map(|x| x.level).max())
                    };
                    let names_thing = r
                        .mention(k + 1)
                        .and_then(|m| m.noun_metric())
                        .is_some_and(|n| level(k).is_some_and(|v| n.level < v));
                    !r.has(k + 1, c::WEB_PLACE) && !names_thing
                })
                .find_map(|k| {
                    r.mention(k)
                        .filter(|m| m.first == k && m.noun.is_none())
                        .and_then(|m| m.verb_metric())
                        .filter(|v| v.level >= LadderLevel::Interaction && !v.is_activity())
                        .map(|v| (k, v))
                })
        })
        .flatten();
    if let Some((k, verb)) = acts_after {
        if main_tokens(&placement.segments).any(|j| j == k) && head_at(placement, verb.id, k) {
            return;
        }
    }
    // "seen by 30 000 people", "8 000 pendlare ska se": people who see us are reach; so are people who
    // see our posts ("get 3000 more people to see our posts"), the posts then being what is seen.
    // The number before "see" counts the people who see them.
    // ("40 000 personer i Västerås med omnejd ser våra annonser": people counted, a few words before.)
    // ("Triple the number of people who see our posts": or multiplied.)
    // ("more people to see our posts": or more of them; more people seeing our films watch them.)
    let more = !r.has(found.first, c::VIDEO);
    // ("2,500 dog owners in the Peak District to see our post": a place may stand between.)
    let counted_people = |k: usize| {
        (k.saturating_sub(10)..k).any(|j| {
            r.text.number(j).is_some() || r.has(j, c::MULTIPLIER) || (more && r.has(j, c::MORE))
        })
    };
    // ("60 000 personer … ha sett Björnvik HC:s Snapchat-annons": whose ad may stand between.)
    // ("our posts in the residents' group seen by 80 % of households": or seen by people counted
    // after.)
    let who = |j: usize| names_people(r, j);
    let people_counted_after = |k: usize| {
        (k + 1..(k + 5).min(r.text.len()))
            .any(|j| (share_at(r, j) && who(j + 2)) || (r.text.number(j).is_some() && who(j + 1)))
    };
    let sees_our_posts = [POSTS_PUBLISHED, CAMPAIGNS_RUN].contains(&found.metric.id)
        && ((found.first.saturating_sub(6)..found.first)
            .any(|k| r.has(k, c::SEE) && counted_people(k))
            || (found.last + 1..(found.last + 8).min(r.text.len()))
                .any(|k| r.has(k, c::SEE) && people_counted_after(k)));
    let seen = r.has(found.first, c::SEE) || sees_our_posts;
    // People after "of" are what the content shows ("videos of the tiger cubs"), not who sees it.
    let shown = |k: usize| (k.saturating_sub(3)..k).any(|j| r.has(j, c::OF));
    let people_near = sees_our_posts
        || (found.first.saturating_sub(5)..(found.last + 6).min(r.text.len()))
            .any(|k| names_people(r, k) && !shown(k));
    // ("se klart", watching to the end, stays attention.)
    let attention = found.metric.level == LadderLevel::Attention;
    // "Videoen om kattekløer skal ses 40.000 gange": a video seen a number of times, with no people
    // counted after the verb (as in "ses af 40.000 personer"), is its views.
    // ("should be seen by 15 000 people": "people" itself names people.)
    let people_after =
        (found.last + 1..(found.last + 6).min(r.text.len())).any(|k| names_people(r, k));
    let video_seen = seen
        && !attention
        && found.metric.level <= LadderLevel::Engagement
        && !people_after
        && (found.first.saturating_sub(10)..found.first).any(|k| r.has(k, c::VIDEO));
    let reached = seen
        && people_near
        && !video_seen
        && !attention
        && found.metric.level <= LadderLevel::Engagement;
    // (Reach is final: the rules below would read the stale head's views as a video's.)
    if reached {
        head_as(placement, found, via, REACH);
        return;
    }
    // "fler pensionärer ser filmerna på YouTube": people watching our videos, not counted, are
    // video views.
    let watched = found.metric.id == POSTS_PUBLISHED
        && !reached
        && r.has(found.first, c::VIDEO)
        && (found.first.saturating_sub(3)..found.first).any(|k| r.has(k, c::SEE));
    if watched || video_seen {
        head_as(placement, found, via, VIDEO_VIEWS);
    }
    let newsletter = r.anywhere(c::NEWSLETTER);
    // ("200 new WhatsApp broadcast subscribers", "subscribers to the veg-box WhatsApp list".)
    let send_list = (found.first.saturating_sub(3)..(found.last + 6).min(r.text.len()))
        .any(|k| r.has(k, c::SEND_LIST));
    // ("300 comedy fans on the SMS list": fans on a list we text are its subscribers.)
    let fans_on_list = found.metric.id == FOLLOWERS
        && newsletter
        && send_list
        && r.has(found.last + 1, c::ON_SITE);
    if (found.metric.id == CHANNEL_SUBSCRIBERS && (newsletter || send_list)) || fans_on_list {
        head_as(placement, found, via, NEWSLETTER_SUBSCRIBERS);
    }
    // "95 % av medlemmarna stannar kvar 2027": staying, with nothing watched, read or timed, is
    // staying on as a member or customer: a renewal.
    let stays_on = found.metric.id == TIME_SPENT
        && r.has(found.first, c::STAY)
        && !r.anywhere(c::UNIT_SHORT | c::AVERAGE | c::VIDEO | c::SEE | c::TAKE_IN | c::WEB_PLACE);
    if stays_on {
        head_as(placement, found, via, RENEWALS);
    }
    // "kaffeprenumeranter": subscribers to something that is neither a channel nor a newsletter
    // subscribe to a product, which they pay for.
    // "abonnere på blomsterbutikkens kontorbukett": subscribing, with no channel named at all, is
    // to a product too.
    let subscribing = r.mention(found.first).is_some_and(|m| m.noun.is_none())
        && !r.facts.iter().any(|f| f.channel);
    let subscribers_of_product = found.metric.id == CHANNEL_SUBSCRIBERS
        && !newsletter
        && !r.facts[found.first].channel
        && !r.anywhere(c::VIDEO)
        && (subscribing
            || found.metric.words.get(r.lang).iter().any(|w| {
                let w = w.trim_start_matches('=');
                r.text.word(found.first).find(w).is_some_and(|at| at >= 3)
            }));
    // ("abonnenter på brødabonnementet": subscribers of a subscription named after them have bought.)
    let of_subscription = found.metric.id == CHANNEL_SUBSCRIBERS
        && (found.last + 1..(found.last + 5).min(r.text.len())).any(|k| {
            r.mention(k)
                .and_then(|m| m.noun_metric())
                .is_some_and(|n| n.id == PAID_SUBSCRIPTIONS)
        });
    if subscribers_of_product || of_subscription {
        head_as(placement, found, via, PAID_SUBSCRIPTIONS);
    }
    // "join the WhatsApp volunteer group", "join the closed beta": joining what is free is signing up.
    let joined_free = found.metric.id == PAID_SUBSCRIPTIONS
        && r.mention(found.first).is_some_and(|m| m.noun.is_none())
        && (found.last + 1..found.last + 6).any(|k| r.has(k, c::FREE_TO_JOIN))
        && !main_tokens(&placement.segments).any(|k| r.has(k, c::PAID));
    if joined_free {
        head_as(placement, found, via, SIGN_UPS);
    }
    // "hire a freelance photographer for every concert", "ansætte en community manager til TikTok":
    // one person taken on to make our content is our own doing; hires counted are a result.
    if found.metric.id == HIRES && r.has(found.last + 1, c::ARTICLE_ONE) {
        head_as(placement, found, via, CAMPAIGNS_RUN);
        return;
    }
    // "sign the safe-staffing petition": signing a petition is a sign-up, not a signed contract.
    let petition = found.metric.level == LadderLevel::Transaction
        && !money
        && main_tokens(&placement.segments).any(|k| r.has(k, c::PETITION));
    if petition {
        head_as(placement, found, via, SIGN_UPS);
    }
    // "800 opslag på Instagram med #bøgeskov2027": posts carrying our hashtag are others' posts that
    // name us, mentions.
    let hashtagged = found.metric.id == POSTS_PUBLISHED
        && main_tokens(&placement.segments).any(|k| r.text.is_punct(k, '#'));
    if hashtagged {
        head_as(placement, found, via, MENTIONS);
    }
    // "make more tourists aware that we rent e-bikes": what people are to know, after "that", is the
    // content of their awareness, not a result of its own.
    let aware_that = main_tokens(&placement.segments).find_map(|k| {
        r.mention(k)
            .filter(|m| m.last == k && r.has(k + 1, c::THAT))
            .and_then(|m| m.noun_metric())
            .filter(|n| n.level == LadderLevel::Attention)
            .map(|n| (k, n.id))
    });
    if let Some((k, id)) = aware_that.filter(|_| found.metric.level != LadderLevel::Attention) {
        if head_at(placement, id, k) {
            return;
        }
    }
    let before = placement.head.map(|(f, _)| f.metric.id);
    let posting_head = !(reached && sees_our_posts)
        && ([POSTS_PUBLISHED, MENTIONS, FOLLOWERS].contains(&found.metric.id)
            || r.facts.get(found.first).is_some_and(|f| f.people));
    if let Some(id) = posting_head
        .then(|| people_posting(r, placement, found, cadence))
        .flatten()
    {
        if let Some(m) = by_id(id) {
            placement.head = Some((Found { metric: m, ..found }, via));
            return;
        }
    }
    // "hundre nye omtaler på Trustpilot": what is said of us on a site of reviews is a review.
    if found.metric.id == MENTIONS && r.anywhere(c::REVIEW_SITE) {
        head_as(placement, found, via, REVIEWS);
    }
    let surveyed = r.anywhere(c::SURVEY);
    // "nämner oss spontant i kännedomsmätningen": a mention asked for in a survey is recall.
    if found.metric.id == MENTIONS && surveyed {
        head_as(placement, found, via, BRAND_AWARENESS);
    }
    // "Konverteringsrate fra annonseklikk til kjøp": a conversion into a purchase is a transaction.
    let purchase_named = || {
        main_tokens(&placement.segments).any(|k| r.has(k, c::PAID))
            || level_named(r, &placement.segments, LadderLevel::Transaction)
    };
    if found.metric.id == CONVERSION_RATE && purchase_named() {
        head_as(placement, found, via, SALES);
    }
    if let Some(k) = satisfied {
        // ("… kursdeltagarna ska vara nöjda": said to be satisfied, whoever the people counted are.)
        let said = k > 0 && (r.has(k - 1, c::COPULA) || (k > 1 && r.has(k - 2, c::COPULA)));
        if (found.metric.level != LadderLevel::Interaction || said)
            && head_at(placement, SATISFACTION, k)
        {
            return;
        }
    }
    // "70% of the visitors … should rate the session 4 or 5 out of 5": a share of people who give
    // a score on a scale is satisfaction, whatever the score is given to.
    let share_of_people = main_tokens(&placement.segments).any(|k| share_at(r, k));
    // ("should rate their visit at least 4.6 out of 5 on average": so is an average score.)
    // ("skal give os 4,5 ud af 5 i tilfredshed": a score on a scale that the text names as satisfaction.)
    let named_satisfaction = || {
        main_tokens(&placement.segments).any(|k| {
            r.mention(k)
                .and_then(|m| m.noun_metric())
                .is_some_and(|m| m.id == SATISFACTION)
        })
    };
    // ("ger minst 8 av 10 i nöjdhetsenkäten": a score asked for in a survey.)
    let averaged_score =
        share_of_people || r.anywhere(c::AVERAGE | c::SURVEY) || named_satisfaction();
    // "snit på 4,6 på Trustpilot fra værkstedskunder": the people after "from" or "among" give the
    // rating; a rating given is satisfaction, not the people.
    let givers = found.first > 0
        && r.has(found.first - 1, c::FROM | c::AUDIENCE_PREP)
        && (r.facts[found.first].people || found.metric.id == NEW_CUSTOMERS);
    let rated = (r.anywhere(c::REVIEW_SITE) && r.anywhere(c::AVERAGE)) || scale_at.is_some();
    if givers && rated && head_at(placement, SATISFACTION, found.first) {
        return;
    }
    if let Some(k) = scale_at.filter(|_| averaged_score) {
        if found.metric.level != LadderLevel::Interaction && head_at(placement, SATISFACTION, k) {
            return;
        }
    }
    // "90% of the families … should say in the exit survey that booking was easy": a share of people
    // saying in a survey what they think of us is satisfaction (knowing or remembering us, placed
    // above, is attention).
    let attention_named = || level_named(r, &placement.segments, LadderLevel::Attention);
    let says_in_survey =
        share_of_people && r.anywhere(c::SURVEY) && r.anywhere(c::SAY) && !attention_named();
    if says_in_survey
        && found.metric.level > LadderLevel::Interaction
        && head_at(placement, SATISFACTION, found.first)
    {
        return;
    }
    // "150 kunder under 30 år legger igjen en Google-anmeldelse", "600 nya blodgivare registrerar
    // sig": the people named are who acts; the verb after them says what they do. A clause about the
    // people ("kunder som har booket …") is skipped up to the modal after it.
    // ("100 kunder lämnar ett omdöme": customers counted are people too.)
    let customers = !r.facts[found.first].people && found.metric.id == NEW_CUSTOMERS;
    if r.facts[found.first].people || customers {
        let mut relative = false;
        let mut modal = false;
        // ("etter å ha sett", "efter at have set": an infinitive is no modal's verb.)
        let infinitive = |i: usize| r.has(i, c::TO | c::THAT | c::PARTICLE);
        let acts = main_tokens(&placement.segments)
            .skip_while(|&k| k <= found.last)
            .take(10)
            .find_map(|k| {
                relative |= r.has(k, c::RELATIVE);
                modal |= relative && r.has(k, c::MODAL);
                // After the modal, a noun phrase may name the act ("should also sign up").
                let after_modal = (k.saturating_sub(2)..k)
                    .any(|j| r.has(j, c::MODAL) && !infinitive(j) && !(j > 0 && infinitive(j - 1)));
                // Right after the people a word is their verb, even one that could be a noun
                // ("kunder downloader").
                // ("100 kunder lämnar ett omdöme", "leave a review": their verb, then what they
                // leave, after an article.)
                let object = k > found.last + 2
                    && k <= found.last + 4
                    && r.has(k - 1, c::ARTICLE | c::ARTICLE_ONE)
                    && (found.last + 1..k - 1).all(|j| {
                        // ("legger igjen en anmeldelse": "legge" is ours only when we post.)
                        r.mention(j)
                            .is_none_or(|m| m.metrics().all(Metric::is_activity))
                            && r.text.toks[j].kind == TokKind::Word
                            && !r.has(j, c::PREP | c::RELATIVE | c::MODAL | c::ARTICLE)
                    });
                let verb = r
                    .mention(k)
                    .filter(|m| {
                        let next_verb = k == found.last + 1 && m.noun.is_none();
                        m.first == k
                            && (!customers || object || next_verb)
                            && (m.noun.is_none() || k == found.last + 1 || after_modal || object)
                    })
                    .and_then(|m| {
                        // ("500 nya givare anmäler sig": a word read as a noun, right after them.)
                        let next = k == found.last + 1;
                        m.verb_metric().or(m.noun_metric().filter(|n| {
                            after_modal || object || (next && n.level >= LadderLevel::Interaction)
                        }))
                    })
                    // ("1 500 nya besökare prenumererar på nyhetsbrevet": they sign up to it.)
                    .map(|v| match by_id(NEWSLETTER_SUBSCRIBERS) {
                        Some(n) if v.id == CHANNEL_SUBSCRIBERS && r.anywhere(c::NEWSLETTER) => n,
                        _ => v,
                    })
                    .filter(|v| {
                        v.level >= LadderLevel::Interaction || (after_modal && !v.is_activity())
                    });
                verb.filter(|_| !relative || modal).map(|v| (k, v))
            });
        if let Some((k, verb)) = acts {
            if head_at(placement, verb.id, k) {
                return;
            }
        }
    }
    // "150 nye medlemmer … via SMS-kampanjen": people who join, counted, are sign-ups, whatever
    // activity brought them.
    let number = |k: usize| r.text.number(k).is_some();
    // The number, then at most two words such as "nye", "betalende", "gratis" or "annual", then the
    // people.
    let counted = |k: usize| {
        (k.saturating_sub(3)..k)
            .rev()
            .take_while(|&j| {
                number(j) || r.has(j, c::FILLER | c::PAID | c::FREE) || plain_word(r, j)
            })
            .any(number)
    };
    let people_counted = || {
        // "Reddit-annonsene skal gi … 400 betalende brukere": our output as the subject, the people
        // it brings after the modal.
        let subject =
            r.has(found.last + 1, c::MODAL) && !r.has(found.last + 1, c::PARTICLE | c::TO);
        // ("20 student takeovers": a word for people right before our output says whose it is.)
        main_tokens(&placement.segments).any(|k| {
            let whose = k + 1 == found.first
                && r.mention(found.first)
                    .is_some_and(|m| m.noun.is_some() && m.verb.is_none());
            r.facts[k].people && (k < found.first || subject) && counted(k) && !whose
        })
    };
    // ("12,000 parents to see our ads": people who see it were reached, not signed up.)
    if found.metric.is_activity() && !reached && people_counted() {
        let joined = if members_joined(r, &placement.segments) {
            PAID_SUBSCRIPTIONS
        } else {
            SIGN_UPS
        };
        head_as(placement, found, via, joined);
    }
    // Later rules read what these placed (a paid sign-up is a purchase), not what the newsletter rule did.
    let found = match placement.head {
        Some((f, _)) if Some(f.metric.id) != before => f,
        _ => found,
    };
    let near_any = |hit: &dyn Fn(usize) -> bool| {
        (found.first.saturating_sub(3)..(found.last + 7).min(r.text.len())).any(hit)
    };
    let near = |class: Classes| near_any(&|k| r.has(k, class));
    // "bokade kostnadsfria provträningar": free, so a sign-up.
    // ("from free to paying", "free trial users into paying customers": what is free comes first.)
    let free_to_paid = main_tokens(&placement.segments)
        .skip_while(|&k| !r.has(k, c::FREE))
        .any(|k| r.has(k, c::PAID));
    // ("200 paid upgrades from the free plan": paid for, whatever it was before.)
    let paid_for = found.first > 0 && r.has(found.first - 1, c::PAID);
    if found.metric.level == crate::ladder::LadderLevel::Transaction
        && near(c::FREE)
        && !free_to_paid
        && !paid_for
    {
        head_as(placement, found, via, SIGN_UPS);
    }
    // "30 % of school groups remember our message": a share of people who remember or know us is
    // attention, whatever noun stands nearer the number.
    // ("an ROI of 300 % on ad spend": a return is a share of money, not of people.)
    if share_or_length && found.metric.level != LadderLevel::Attention && found.metric.id != ROI {
        let recalled = placement
            .segments
            .iter()
            .filter(|s| s.role == Role::Main)
            .flat_map(|s| s.start..s.end)
            .filter_map(|k| r.mention(k).filter(|m| m.first == k))
            .find_map(|m| {
                // "85 % av abonnentene skal fornye": so is a share of an audience who renews or buys.
                // "40 procent av deltagarna på introkurserna köper ett årskort": a share of a group
                // named by what they did first, and a verb after it of what they are to do next.
                // ("andelen nyhetsbrevsprenumeranter som handlar …": a share or a count named by a
                // word, then a clause about the people counted.)
                let share_of_group = (found.first.saturating_sub(8)..found.first)
                    .any(|k| share_at(r, k))
                    || (found.first > 0
                        && r.has(found.first - 1, c::FILLER)
                        && r.has(found.last + 1, c::RELATIVE));
                let next_step = share_of_group
                    && m.first > found.last
                    && found.metric.level >= LadderLevel::Engagement;
                let above = |v: &&Metric| {
                    v.level > found.metric.level && v.level >= LadderLevel::Interaction
                };
                // ("… should come back for a repeat stay": a phrase names the next step too.)
                let phrase = m
                    .noun_metric()
                    .filter(|v| next_step && m.is_phrase() && m.verb.is_none() && above(v));
                m.verb_metric()
                    .filter(|v| {
                        v.level == LadderLevel::Attention
                            || (next_step && above(v))
                            || (found.metric.level == LadderLevel::Visibility
                                && v.level >= LadderLevel::Interaction)
                    })
                    .or(phrase)
                    .map(|v| (v, m.first, m.last))
            });
        if let Some((metric, first, last)) = recalled {
            placement.head = Some((
                Found {
                    metric,
                    first,
                    last,
                },
                Via::VerbBeforeNumber,
            ));
            return;
        }
    }
    // "betalte tilmeldinger", "paid sign-ups": a step that costs money is a purchase.
    let paid_before = found.first > 0 && r.has(found.first - 1, c::PAID)
        || placement
            .object
            .is_some_and(|(a, b)| (a..=b).any(|k| r.has(k, c::PAID)));
    // "350 more pets signed up to our paid monthly health plan": a sign-up for something paid for.
    let paid_after = found.metric.id == SIGN_UPS
        && (found.last + 1..(found.last + 5).min(r.text.len()))
            .take_while(|&k| !matches!(r.text.toks[k].kind, TokKind::Punct(_)))
            .any(|k| r.has(k, c::PAID) && !r.has(k, c::FREE));
    let paid_before = paid_before || paid_after;
    // "Convert 10 % of free trial users into paying customers": people who pay are a purchase.
    let paying_people = || {
        main_tokens(&placement.segments).any(|k| {
            // ("400 reviews from paying customers": who they come from, not what they did.)
            r.has(k, c::PAID)
                && !(k > 0 && r.has(k - 1, c::FROM))
                && (r.facts.get(k + 1).is_some_and(|f| f.people)
                    || r.mention(k + 1)
                        .and_then(|m| m.noun_metric())
                        .is_some_and(|n| n.level == LadderLevel::Transaction))
        })
    };
    if found.metric.level == LadderLevel::Interaction && (paid_before || paying_people()) {
        head_as(placement, found, via, SALES);
    }
    // "150 nya betalande abonnenter", "400 paid digital subs": subscribers who pay have bought.
    if found.metric.id == CHANNEL_SUBSCRIBERS && paid_before {
        head_as(placement, found, via, PAID_SUBSCRIPTIONS);
    }
    // "get our facebook page from 650 to a thousand likes": likes of a page are its followers.
    // ("get 1,000 people to like our Facebook page": or the page is what they like.)
    // ("på fb-sidan": a compound names the platform itself.)
    let page_at = |k: usize| {
        k > 0 && r.has(k, c::WEB_PLACE) && (r.facts[k - 1].channel || r.facts[k].channel)
    };
    let page_liked = found.metric.id == LIKES
        && ((found.first.saturating_sub(6)..found.first).any(page_at)
            || (found.last + 1..(found.last + 5).min(r.text.len()))
                // ("500 likes on our Facebook page": on the page, not on its posts.)
                .take_while(|&k| {
                    !r.has(k, c::PREP | c::TOPIC) || (k == found.last + 1 && r.has(k, c::ON_SITE))
                })
                .any(page_at));
    if page_liked {
        head_as(placement, found, via, FOLLOWERS);
        return;
    }
    // "views on our videos": video views; "se 70 % i snitt": time spent watching.
    let lex = super::lexicon::Lexicon::get();
    // ("opslag om ugens film": a film that a post is about is no video of ours.)
    let about =
        |k: usize| (k.saturating_sub(2)..k).any(|p| r.has(p, c::TOPIC) && !r.has(p, c::ON_SITE));
    let video = |k: usize| {
        (r.has(k, c::VIDEO)
            || (r.text.toks[k].kind == TokKind::Word && lex.is_video_compound(r.text.word(k))))
            && !about(k)
    };
    // "Videos of our firefighters should get 100k views": the video may be the subject, further off.
    // ("views of our TikTok 'day in the life' videos": a quoted title takes no room.)
    let video_after_title = || {
        let inside = |k: usize| r.quoted.get(k).copied().unwrap_or(false);
        // (The quotation marks themselves stand beside a quoted word.)
        let quoted = |k: usize| {
            inside(k)
                || (matches!(r.text.toks[k].kind, TokKind::Punct(_))
                    && (inside(k + 1) || k > 0 && inside(k - 1)))
        };
        (found.last + 1..r.text.len())
            .filter(|&k| !quoted(k))
            .take(7)
            .any(&video)
    };
    let video_near = || {
        near_any(&video)
            || video_after_title()
            || main_tokens(&placement.segments).any(|k| k < found.first && video(k))
    };
    let named_impressions = r.has(found.first, c::IMPRESSION);
    // (The closure above still reads the segments, so the head is set field by field here.)
    if found.metric.id == IMPRESSIONS && !named_impressions && video_near() {
        if let Some(m) = by_id(VIDEO_VIEWS) {
            placement.head = Some((Found { metric: m, ..found }, via));
        }
    }
    // "opslag på X bliver set 200.000 gange": seeing counted, of no video and by no people named, is
    // impressions.
    let people_seeing = seen && people_near;
    if found.metric.id == VIDEO_VIEWS
        && r.has(found.first, c::SEE)
        && !people_seeing
        && !video_near()
    {
        head_as(placement, found, via, IMPRESSIONS);
    }
    // "høre 70 % af hver episode", "artiklarna … tre minuter i snitt": a share or a length of our
    // content that people take in is attention, not a count of what we publish.
    let taken_in = averaged || seeing;
    if found.metric.id == POSTS_PUBLISHED && share_or_length && taken_in && !reached {
        head_as(placement, found, via, TIME_SPENT);
    }
    let watched = matches!(placement.head, Some((f, _)) if f.metric.id == VIDEO_VIEWS);
    // ("i snitt 6 000 videovisningar per klipp" is an average of views, not of time.)
    let of_time = r.anywhere(c::UNIT_SHORT | c::PERCENT);
    if averaged && watched && of_time {
        head_as(placement, found, via, TIME_SPENT);
    }
    // "lover kunderne svar senest 30 minutter efter": the people served, and a limit on each reply.
    let people = r.facts.get(found.first).is_some_and(|f| f.people);
    // "lover svar på beskeder senest 2 timer efter", "Varje recension … ska få svar från oss inom 48
    // timmar": a reply named, before or after what it answers.
    let reply_named = r.anywhere(c::REPLY);
    // "get back to every messenger enquiry within 90 min": what people ask us, bounded per reply.
    let asked = found.metric.id == INQUIRIES;
    if response_limit
        && (via == Via::FirstMetric || people || reply_named || asked)
        && !found.metric.is_activity()
    {
        head_as(placement, found, via, RESPONSE_TIME);
    }
}

/// The verb of results that a share of people defined by a clause of their own goes on to: after
/// "N % of (the) people who/som/der", the clause's own verb (within its first three words) says who
/// they are; the next verb of a result says what they are to do. In English the verb may stand after
/// an infinitive's "to" that split off a clause of its own ("should go on to book").
fn share_goes_on_to(r: &Reading, segments: &[Segment]) -> Option<Found> {
    let (si, seg) = segments
        .iter()
        .enumerate()
        .find(|(_, s)| s.role == Role::Main)?;
    let share = (seg.start..seg.end).find(|&k| share_at(r, k))?;
    let people = (share + 2..(share + 4).min(seg.end)).find(|&k| names_people(r, k))?;
    let rel = if r.text.is_punct(people + 1, ',') {
        people + 2
    } else {
        people + 1
    };
    if rel >= seg.end || !r.has(rel, c::RELATIVE) {
        return None;
    }
    let verb_at = |k: usize| {
        r.mention(k)
            .filter(|m| m.first == k && m.noun.is_none())
            .and_then(|m| m.verb_metric())
    };
    // The clause's own verb, when the scorer knows it; else the clause starts right after "who".
    let own = (rel + 1..(rel + 4).min(seg.end))
        .find(|&k| verb_at(k).is_some())
        .and_then(|k| r.mention(k))
        .map_or(rel + 1, |m| m.last);
    // ("to go on to book": each "to" may have split off a clause.)
    let mut end = seg.end;
    for next in &segments[si + 1..] {
        if r.lang != crate::Lang::En || !r.has(end, c::TO) || next.start != end + 1 {
            break;
        }
        end = next.end;
    }
    // ("…, for at flere skal kjøpe briller": a purpose ends the scan.)
    let (k, verb) = (own + 1..end)
        .take_while(|&k| !r.has(k, c::PURPOSE_PREP | c::SO))
        .filter(|&k| !(k > 0 && r.has(k - 1, c::AND | c::CONJ)))
        .find_map(|k| verb_at(k).map(|v| (k, v)))
        .filter(|(_, v)| v.level >= LadderLevel::Interaction && !v.is_activity())?;
    // "to join our SMS waiting list": what they join, when it names a dialogue or a deal, counts.
    let last = r.mention(k).map_or(k, |m| m.last);
    let object = (last + 1..(last + 5).min(end))
        .take_while(|&j| r.text.toks[j].kind == TokKind::Word && !r.has(j, c::PREP))
        .find_map(|j| r.mention(j).and_then(|m| m.noun_metric()).map(|n| (j, n)))
        .filter(|(_, n)| n.level >= LadderLevel::Interaction && !n.is_activity());
    let (first, metric) = object.unwrap_or((k, verb));
    let last = r.mention(first).map_or(first, |m| m.last);
    Some(Found {
        metric,
        first,
        last,
    })
}

/// "2,000 people who click through from Pinterest and buy", "500 visitors who sign up and then buy a
/// ticket": people counted by a clause whose verbs are joined by "and" must do all of them; the highest
/// result counts.
fn counted_who_do_both(r: &Reading, segments: &[Segment]) -> Option<Found> {
    let seg = segments.iter().find(|s| s.role == Role::Main)?;
    let people =
        (seg.start + 1..seg.end).find(|&k| names_people(r, k) && r.text.number(k - 1).is_some())?;
    // ("50 ppl a month who …": a rate may stand between.)
    let rel = (people + 1..(people + 4).min(seg.end)).find(|&k| r.has(k, c::RELATIVE))?;
    let verb_at = |k: usize| {
        r.mention(k)
            .filter(|m| m.first == k)
            .and_then(|m| m.verb_metric())
            .filter(|v| !v.is_activity())
    };
    // (A verb after "and" may open a segment of its own: the scan goes on to the purpose.)
    let clause = || {
        (rel + 1..r.text.len())
            // ("our" is read as a modal too.)
            .take_while(|&k| {
                let modal = r.has(k, c::MODAL) && !r.has(k, c::FILLER);
                !modal && !r.has(k, c::PURPOSE_PREP | c::SO | c::TO)
            })
    };
    let first = clause().find_map(verb_at)?;
    // ("and actually buy", "and then buy": a word may stand between.)
    let joined = |k: usize| (k.saturating_sub(2)..k).any(|j| r.has(j, c::AND));
    let (k, verb) = clause()
        .filter(|&k| joined(k))
        .filter_map(|k| verb_at(k).map(|v| (k, v)))
        .max_by_key(|(_, v)| v.level)?;
    (verb.level > first.level).then(|| Found {
        metric: verb,
        first: k,
        last: r.mention(k).map_or(k, |m| m.last),
    })
}

/// "replies to our linkedin inmails": replies people send to what is ours are theirs, not our
/// promise of an answer.
fn sent_to_ours(r: &Reading, k: usize) -> bool {
    r.has(k + 1, c::TO) && r.has(k + 2, c::FILLER) && r.has(k + 2, c::MODAL)
}

/// A word at `k` that names people: a word for a group of them, or "people" itself.
fn names_people(r: &Reading, k: usize) -> bool {
    r.facts.get(k).is_some_and(|f| f.people) || r.has(k, c::ANYONE)
}

/// "the booking page": in English a word ending at `k` right before a word for a place names the place.
fn names_place(r: &Reading, k: usize) -> bool {
    r.lang == crate::Lang::En && r.has(k + 1, c::WEB_PLACE)
}

/// "40 % of", "30 procent av": a share of what follows starts at `k`.
fn share_at(r: &Reading, k: usize) -> bool {
    r.has(k, c::PERCENT) && r.has(k + 1, c::OF)
}

/// Places the goal on metric `id`, read at token `k`, keeping how the head was found; false when the
/// catalogue has no such metric.
fn head_at(placement: &mut Placement, id: &str, k: usize) -> bool {
    let Some(metric) = crate::catalogue::find(id) else {
        return false;
    };
    let via = placement.head.map_or(Via::FirstMetric, |(_, via)| via);
    let found = Found {
        metric,
        first: k,
        last: k,
    };
    placement.head = Some((found, via));
    true
}

/// Places the goal on metric `id` where `found` was read, the same way found; nothing when the
/// catalogue has no such metric.
fn head_as(placement: &mut Placement, found: Found, via: Via, id: &str) {
    if let Some(metric) = crate::catalogue::find(id) {
        placement.head = Some((Found { metric, ..found }, via));
    }
}

/// Whether the main clauses name a metric on `level`, as a noun or a verb.
fn level_named(r: &Reading, segments: &[Segment], level: LadderLevel) -> bool {
    main_tokens(segments).any(|k| {
        r.mention(k)
            .is_some_and(|m| m.metrics().any(|x| x.level == level))
    })
}

/// Where a metric is named outright as a noun in the main clause: "Halve our response time",
/// "average watch time on …".
fn named_at(r: &Reading, segments: &[Segment], id: &str) -> Option<usize> {
    main_tokens(segments).find(|&k| {
        r.mention(k)
            .filter(|m| m.first == k)
            .and_then(|m| m.noun_metric())
            .is_some_and(|n| n.id == id)
    })
}

fn main_tokens(segments: &[Segment]) -> impl Iterator<Item = usize> + '_ {
    segments
        .iter()
        .filter(|s| s.role == Role::Main)
        .flat_map(|s| s.start..s.end)
}

/// Where a verb of seeing or taking in stands that a mark of completion follows in the same clause
/// ("watch … to the end", "ses helt færdige"). An end followed by "of" is a date ("to the end of March").
fn taken_to_the_end(r: &Reading, segments: &[Segment]) -> Option<usize> {
    let complete = |k: usize| {
        // ("till slutet på yt": the end of what is watched is no date.)
        let mut after_of = k + 2;
        while r.has(after_of, c::ARTICLE) {
            after_of += 1;
        }
        // ("ses till slutet av minst 20 % av tittarna": a share after it is who watches.)
        let by_share = (after_of..after_of + 3).any(|j| share_at(r, j));
        let dated = r.has(k + 1, c::OF) && !r.is_watched(after_of) && !by_share;
        // ("to the very end": one word may stand between.)
        let to_before = (k.saturating_sub(3)..k).any(|j| r.has(j, c::TO));
        !dated && (r.has(k, c::COMPLETE) || (r.has(k, c::END) && to_before))
    };
    segments
        .iter()
        .filter(|s| s.role == Role::Main)
        .find_map(|s| {
            let end = (s.start..s.end).find(|&k| complete(k))?;
            (s.start..end).find(|&k| r.has(k, c::SEE | c::TAKE_IN))
        })
}

/// Posts that people make about us are theirs, not ours: user-generated content (shares, level 3).
/// "Gjestene skal dele 200 bilder", "500 posts from festival-goers", "200 opslag med vores hashtag",
/// "tag us", and "200 kunder deler bilde … og tagger oss" where the number counts the people.
fn people_posting(
    r: &Reading,
    placement: &Placement,
    found: Found,
    cadence: bool,
) -> Option<&'static str> {
    let main = || main_tokens(&placement.segments);
    // "with our hashtag" is a call to post about us; "emneknaggen #x brukes i 600 innlegg" counts
    // the posts that name the tag itself (mentions, placed later).
    let named_tag = main().any(|k| r.text.is_punct(k, '#'));
    let tagged = main().any(|k| r.has(k, c::TAG) || (r.has(k, c::HASHTAG) && !named_tag));
    // Shares named in the main clause; in a purpose ("så vi får flere delinger") they are the aim.
    let ugc_named = main().any(|k| {
        r.mention(k)
            .and_then(|m| m.noun_metric())
            .is_some_and(|n| n.id == SHARES)
    });
    let people = |k: usize| r.facts.get(k).is_some_and(|f| f.people);
    // "… at 500 personer deler innlegget": people counted by a number are a subject too.
    let subject_before = main().take_while(|&k| k < found.first).any(|k| {
        people(k)
            && (k == 0
                || r.has(
                    k - 1,
                    c::THAT | c::FILLER | c::MORE | c::ARTICLE | c::CAUSATIVE,
                ))
    });
    // ("2 day-in-the-life tiktoks from ward nurses/wk": posts by our own people at a cadence we set
    // are our plan, not theirs.)
    let from_people = !cadence
        && (found.last + 1..found.last + 4)
            .any(|k| r.has(k, c::FROM) && (k + 1..k + 3).any(people));
    let posts = found.metric.id == POSTS_PUBLISHED;
    // "Be mentioned in ten Instagram posts by bloggers": the posts are where we are mentioned.
    let mentioned_in = main().take_while(|&k| k < found.first).any(|k| {
        r.mention(k)
            .and_then(|m| m.verb_metric())
            .is_some_and(|v| v.id == MENTIONS)
    });
    // "bli taggad i 30 inlägg av kunder", "be tagged in 40 posts": named in the posts of others.
    let tagged_in =
        main().any(|k| r.has(k, c::TAG) && k > 0 && r.has(k - 1, c::BECOME | c::COPULA));
    if posts && (mentioned_in || tagged_in) {
        return Some(MENTIONS);
    }
    // A company is people too ("Städfirman ska publicera"): people before the posts are their authors
    // only when they share.
    let sharing = main().any(|k| r.has(k, c::SHARE));
    // "300 posts tagging us", "500 inlägg där besökare taggar oss": the number counts the posts in
    // which others name us, not people who share (writers label these mentions, 10 of 11).
    // ("at flere tagger os i deres stories" counts people who tag: the posts carry no number.)
    let counted = (found.first.saturating_sub(3)..found.first).any(|k| r.text.number(k).is_some());
    let tagging = main().any(|k| r.has(k, c::TAG) && (k > found.last || counted));
    if posts && tagging && !ugc_named && !sharing && !subject_before {
        return Some(MENTIONS);
    }
    if posts && (tagged || ugc_named || (subject_before && sharing) || from_people) {
        return Some(SHARES);
    }
    // "tag us" (not "40 tagged mentions", which counts mentions).
    // ("300 posts tagging us": the posts are counted, as above.)
    let posts_before = found.first > 0
        && r.mention(found.first - 1)
            .and_then(|m| m.noun_metric())
            .is_some_and(|m| m.id == POSTS_PUBLISHED);
    if found.metric.id == MENTIONS && r.has(found.first, c::TAG) && !posts_before {
        return Some(SHARES);
    }
    let they_share = main()
        .skip_while(|&k| k <= found.last)
        .any(|k| r.has(k, c::SHARE | c::TAG));
    // ("5 % av följarna på Facebook delar erbjudandet": followers who share are people too.)
    let audience = people(found.first) || found.metric.id == FOLLOWERS;
    (audience && they_share).then_some(SHARES)
}

const CHANNEL_SUBSCRIBERS: &str = "channel_subscribers";
const PAID_SUBSCRIPTIONS: &str = "paid_subscriptions";
const MENTIONS: &str = "mentions";
const SHARE_OF_VOICE: &str = "share_of_voice";
const REVIEWS: &str = "reviews";
const BRAND_AWARENESS: &str = "brand_awareness";
const CONVERSION_RATE: &str = "conversion_rate";
const SATISFACTION: &str = "customer_satisfaction";
const NEW_CUSTOMERS: &str = "new_customers";
const OPEN_RATE: &str = "open_rate";
const NEWSLETTER_SUBSCRIBERS: &str = "newsletter_subscribers";
const RESPONSE_TIME: &str = "response_time";
pub(crate) const POSTS_PUBLISHED: &str = "posts_published";
const CAMPAIGNS_RUN: &str = "campaigns_run";
const SIGN_UPS: &str = "sign_ups";
const SALES: &str = "sales";
const IMPRESSIONS: &str = "impressions";
const VIDEO_VIEWS: &str = "video_views";
const TIME_SPENT: &str = "time_spent";
pub(crate) const SHARES: &str = "shares";
const REACH: &str = "reach";
const INQUIRIES: &str = "inquiries";
const REVENUE: &str = "revenue";
const DONATIONS: &str = "donations";
const RENEWALS: &str = "renewals";
const FOLLOWERS: &str = "followers";
const ROI: &str = "roi";
const LIKES: &str = "likes";
const NPS: &str = "nps";
const HIRES: &str = "hires";

/// "200 new members from Instagram ads": members counted, doing nothing more, and of no club or group
/// named around them (a free customer club's members have only signed up), have joined an organisation
/// that charges for it. English only: a Nordic club is most often a compound ("sms-klubben",
/// "kundeklubben": free customer clubs, 4), and Nordic writers label new members 4 as often as 5.
fn members_joined(r: &Reading, segments: &[Segment]) -> bool {
    if r.lang != crate::Lang::En {
        return false;
    }
    !main_tokens(segments).any(|k| r.has(k, c::GROUP))
        // ("train 12 members of staff": members of something are named by what they belong to.)
        && main_tokens(segments).any(|k| {
            r.has(k, c::MEMBER) && members_counted(r, k) && !members_act(r, k) && !r.has(k + 1, c::OF)
        })
}

/// A number stands within two words before the members at `k` ("150 new members"), or three where
/// the two between are plain ("400 new annual members", not "80 % of members").
fn members_counted(r: &Reading, k: usize) -> bool {
    let plain = |j: usize| r.has(j, c::FILLER) || plain_word(r, j);
    (k.saturating_sub(2)..k).any(|j| r.text.number(j).is_some())
        || (k >= 3 && r.text.number(k - 3).is_some() && plain(k - 2) && plain(k - 1))
}

/// A verb of a metric follows the members at `k` within three words: they do something.
fn members_act(r: &Reading, k: usize) -> bool {
    (k + 1..(k + 4).min(r.text.len())).any(|j| r.mention(j).and_then(|m| m.verb_metric()).is_some())
}

/// A head read from the verb at `k`.
fn verb_head(metric: &'static Metric, k: usize, object: Option<(usize, usize)>) -> Head {
    Head {
        found: Found {
            metric,
            first: k,
            last: k,
        },
        via: Via::VerbBeforeNumber,
        object,
    }
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
