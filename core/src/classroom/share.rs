//! Share links: a plan or an exercise packed into a URL fragment.
//!
//! A link is `gl1.p.<data>` (a plan) or `gl1.e.<data>` (an exercise): a version tag, a kind, then
//! base64url without padding of a CRC-32 (big-endian) followed by the raw-deflated (RFC 1951) JSON of the
//! plan or exercise file. The CRC covers the kind letter and the deflated bytes, so a changed, cut or
//! foreign link is an error, never a wrong plan. The JSON is the file envelope, so the file readers (with
//! their migrations) read links too.
//!
//! This module does everything but the deflating itself, which a caller brings: the browser app uses the
//! browser's own `CompressionStream("deflate-raw")` (so no deflate code is in its wasm), native code
//! `miniz_oxide` behind the `deflate` feature ([`encode_share`], [`decode_share`]). Writing a link is
//! [`link_json`], deflate, [`pack_share`]; reading one is [`unpack_share`], inflate (stopping at
//! [`MAX_LINK_JSON_BYTES`]), [`PackedShare::read`].

use std::fmt;

use super::exercise::{read_exercise_file, write_exercise_compact, Exercise};
use crate::calendar::Timestamp;
use crate::file::FileError;
use crate::limits::{Limited, OverLimit, MAX_LINK_JSON_BYTES};
use crate::plan::Plan;
use crate::plan_file::{read_plan_file, write_plan_compact};

/// The longest link data this build writes or reads, in characters. Longer plans travel as files.
pub const SHARE_LIMIT: usize = 8_000;
/// The version of the link format this build writes and reads.
pub const SHARE_VERSION: u32 = 1;

/// What a link carries.
#[derive(Debug, Clone, PartialEq)]
pub enum SharePayload {
    Plan(Plan),
    Exercise(Exercise),
}

/// Which kind of file a link carries: its letter in the link (`p` or `e`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareKind {
    Plan,
    Exercise,
}

impl ShareKind {
    fn letter(self) -> u8 {
        match self {
            ShareKind::Plan => b'p',
            ShareKind::Exercise => b'e',
        }
    }
}

impl SharePayload {
    pub fn kind(&self) -> ShareKind {
        match self {
            SharePayload::Plan(_) => ShareKind::Plan,
            SharePayload::Exercise(_) => ShareKind::Exercise,
        }
    }
}

/// Why a link could not be made or read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// The packed content ends early: the link was cut off when copied, or a changed character made the
    /// rest unreadable (the two look the same here, since the checksum needs the whole content).
    Truncated,
    /// Not a Goal Ladder link at all.
    NotAGoalLadderLink,
    /// Made by a newer Goal Ladder.
    NewerVersion { found: u32, supported: u32 },
    /// A Goal Ladder link with changed or missing characters.
    Damaged,
    /// Longer than links may be: share a file instead.
    TooLarge { chars: usize, limit: usize },
    /// A checked link whose content holds more than Goal Ladder opens (see [`crate::limits`]).
    OverLimit(OverLimit),
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::Truncated => write!(
                f,
                "The link is incomplete, or part of it was changed. Copy the whole link and try again."
            ),
            ShareError::NotAGoalLadderLink => write!(f, "This is not a Goal Ladder link."),
            ShareError::NewerVersion { found, supported } => write!(
                f,
                "This link was made with a newer Goal Ladder (link version {found}; this one reads up to {supported}). Open it in the newest version of the app."
            ),
            ShareError::Damaged => write!(
                f,
                "The link is damaged: some characters were changed. Ask for the link again."
            ),
            ShareError::TooLarge { chars, limit } => write!(
                f,
                "The link would be {chars} characters; links can hold {limit}. Share a file instead."
            ),
            ShareError::OverLimit(over) => {
                write!(f, "The link holds more than Goal Ladder opens: {over}.")
            }
        }
    }
}

impl std::error::Error for ShareError {}

/// Why inflating a link's deflated bytes stopped, as the inflater (miniz_oxide, or the browser's
/// `DecompressionStream`) tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InflateError {
    /// The data ended before the deflate stream's last block: a cut link (or a change that reads as one).
    Truncated,
    /// The inflated JSON would be longer than [`MAX_LINK_JSON_BYTES`]: the inflater stopped there.
    OverLimit,
    /// Not valid deflate data.
    Corrupt,
}

/// The JSON a link carries for `payload` (the file envelope, compact, with no export time): what is
/// deflated and given to [`pack_share`].
pub fn link_json(payload: &SharePayload) -> String {
    // The link carries no export time: the epoch stands in.
    match payload {
        SharePayload::Plan(plan) => write_plan_compact(plan, Timestamp::default()),
        SharePayload::Exercise(exercise) => write_exercise_compact(exercise, Timestamp::default()),
    }
}

/// Link data (the part after `#`) from the raw-deflated [`link_json`] of a plan or an exercise, or
/// [`ShareError::TooLarge`].
pub fn pack_share(kind: ShareKind, deflated: &[u8]) -> Result<String, ShareError> {
    let letter = kind.letter();
    let mut bytes = checksum(letter, deflated).to_be_bytes().to_vec();
    bytes.extend_from_slice(deflated);
    let mut link = format!("gl{SHARE_VERSION}.{}.", letter as char);
    base64url_encode(&bytes, &mut link);
    if link.len() > SHARE_LIMIT {
        return Err(ShareError::TooLarge {
            chars: link.len(),
            limit: SHARE_LIMIT,
        });
    }
    Ok(link)
}

/// A link's content, checked as far as it can be before inflating: its kind, the deflated bytes to
/// inflate, and whether the checksum matched (read by [`PackedShare::read`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackedShare {
    kind: ShareKind,
    deflated: Vec<u8>,
    intact: bool,
}

/// Reads link data up to its deflated bytes. Takes the fragment with or without its `#`, or a whole URL;
/// spaces and line breaks that mail programs insert are ignored.
pub fn unpack_share(fragment: &str) -> Result<PackedShare, ShareError> {
    let fragment = fragment.rsplit('#').next().unwrap_or(fragment);
    let link: String = fragment
        .chars()
        .filter(|c| !c.is_ascii_whitespace())
        .collect();
    let chars = link.chars().count();
    if chars > SHARE_LIMIT {
        return Err(ShareError::TooLarge {
            chars,
            limit: SHARE_LIMIT,
        });
    }
    let (letter, data) = split_tag(&link)?;
    let (bytes, canonical) = base64url_decode(data)?;
    if bytes.len() < 5 {
        return Err(ShareError::Truncated);
    }
    let (crc, deflated) = bytes.split_at(4);
    let intact = canonical && crc == checksum(letter, deflated).to_be_bytes();
    let kind = if letter == b'p' {
        ShareKind::Plan
    } else {
        ShareKind::Exercise
    };
    Ok(PackedShare {
        kind,
        deflated: deflated.to_vec(),
        intact,
    })
}

impl PackedShare {
    pub fn kind(&self) -> ShareKind {
        self.kind
    }

    /// The raw-deflated JSON, to be inflated to at most [`MAX_LINK_JSON_BYTES`].
    pub fn deflated(&self) -> &[u8] {
        &self.deflated
    }

    /// Reads the plan or exercise from what inflating [`Self::deflated`] gave.
    pub fn read(self, inflated: Result<Vec<u8>, InflateError>) -> Result<SharePayload, ShareError> {
        let intact = self.intact;
        let json = inflated.map_err(|e| match e {
            InflateError::Truncated => ShareError::Truncated,
            InflateError::OverLimit if intact => ShareError::OverLimit(OverLimit {
                path: "link".into(),
                what: Limited::Bytes,
                found: (MAX_LINK_JSON_BYTES + 1) as u64,
                limit: MAX_LINK_JSON_BYTES as u64,
            }),
            InflateError::OverLimit | InflateError::Corrupt => ShareError::Damaged,
        })?;
        if !intact {
            return Err(ShareError::Damaged);
        }
        // An inflater that went on past the limit is held to it here.
        if json.len() > MAX_LINK_JSON_BYTES {
            return Err(ShareError::OverLimit(OverLimit {
                path: "link".into(),
                what: Limited::Bytes,
                found: json.len() as u64,
                limit: MAX_LINK_JSON_BYTES as u64,
            }));
        }
        let json = String::from_utf8(json).map_err(|_| ShareError::Damaged)?;
        // Only a newer version is worth telling apart: anything else wrong inside a checked link is damage.
        let newer_or_damaged = |e: FileError| match e {
            FileError::NewerVersion {
                found, supported, ..
            } => ShareError::NewerVersion {
                found: found.min(u64::from(u32::MAX)) as u32,
                supported,
            },
            FileError::OverLimit(over) => ShareError::OverLimit(over),
            _ => ShareError::Damaged,
        };
        match self.kind {
            ShareKind::Plan => read_plan_file(&json)
                .map(|read| SharePayload::Plan(read.plan))
                .map_err(newer_or_damaged),
            ShareKind::Exercise => read_exercise_file(&json)
                .map(SharePayload::Exercise)
                .map_err(newer_or_damaged),
        }
    }
}

/// Packs a plan or an exercise into link data (the part after `#`), or says it is too large. Native
/// deflate (miniz_oxide, level 9); the browser app deflates with the browser's own stream instead.
#[cfg(feature = "deflate")]
pub fn encode_share(payload: &SharePayload) -> Result<String, ShareError> {
    let json = link_json(payload);
    pack_share(payload.kind(), &deflate(json.as_bytes()))
}

/// Reads link data (see [`unpack_share`]) with native inflate (miniz_oxide), stopping at
/// [`MAX_LINK_JSON_BYTES`]: a small link never grows past it in memory.
#[cfg(feature = "deflate")]
pub fn decode_share(fragment: &str) -> Result<SharePayload, ShareError> {
    let packed = unpack_share(fragment)?;
    let inflated = inflate(packed.deflated(), MAX_LINK_JSON_BYTES);
    packed.read(inflated)
}

/// Raw deflate (RFC 1951) at miniz_oxide's best compression: the links this build makes natively.
#[cfg(feature = "deflate")]
pub fn deflate(bytes: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec(bytes, 9)
}

/// Raw inflate that stops once the output would pass `limit` bytes.
#[cfg(feature = "deflate")]
pub fn inflate(deflated: &[u8], limit: usize) -> Result<Vec<u8>, InflateError> {
    use miniz_oxide::inflate::TINFLStatus;
    miniz_oxide::inflate::decompress_to_vec_with_limit(deflated, limit).map_err(|e| {
        match e.status {
            TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => {
                InflateError::Truncated
            }
            TINFLStatus::HasMoreOutput => InflateError::OverLimit,
            _ => InflateError::Corrupt,
        }
    })
}

/// Reads `gl<version>.<kind>.` and returns the kind and the data after it.
fn split_tag(link: &str) -> Result<(u8, &str), ShareError> {
    if link.is_empty() {
        return Err(ShareError::NotAGoalLadderLink);
    }
    let Some(rest) = link.strip_prefix("gl") else {
        return Err(if "gl".starts_with(link) {
            ShareError::Truncated
        } else {
            ShareError::NotAGoalLadderLink
        });
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = &rest[digits..];
    if digits == 0 {
        return Err(if after.is_empty() {
            ShareError::Truncated
        } else {
            ShareError::NotAGoalLadderLink
        });
    }
    let version: u32 = rest[..digits]
        .parse()
        .map_err(|_| ShareError::NotAGoalLadderLink)?;
    if version == 0 {
        return Err(ShareError::NotAGoalLadderLink);
    }
    if version > SHARE_VERSION {
        return Err(ShareError::NewerVersion {
            found: version,
            supported: SHARE_VERSION,
        });
    }
    match after.as_bytes() {
        [] | [b'.'] | [b'.', b'p' | b'e'] => Err(ShareError::Truncated),
        [b'.', kind @ (b'p' | b'e'), b'.', ..] => Ok((*kind, &after[3..])),
        _ => Err(ShareError::NotAGoalLadderLink),
    }
}

fn checksum(kind: u8, deflated: &[u8]) -> u32 {
    crc32(crc32_update(0xFFFF_FFFF, &[kind]), deflated)
}

const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

fn crc32_update(mut state: u32, bytes: &[u8]) -> u32 {
    for &b in bytes {
        state = CRC_TABLE[((state ^ u32::from(b)) & 0xFF) as usize] ^ (state >> 8);
    }
    state
}

/// Finishes a CRC-32 (IEEE) begun with [`crc32_update`] from `0xFFFF_FFFF`.
fn crc32(state: u32, bytes: &[u8]) -> u32 {
    crc32_update(state, bytes) ^ 0xFFFF_FFFF
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64url_encode(bytes: &[u8], out: &mut String) {
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
}

/// Unknown characters are damage, a dangling character a cut. The flag is false when the last character
/// has leftover bits set: not what the encoder writes, so a changed character (reported as damage only
/// after the data is known not to be cut short).
fn base64url_decode(text: &str) -> Result<(Vec<u8>, bool), ShareError> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Ok(c - b'A'),
        b'a'..=b'z' => Ok(c - b'a' + 26),
        b'0'..=b'9' => Ok(c - b'0' + 52),
        b'-' => Ok(62),
        b'_' => Ok(63),
        _ => Err(ShareError::Damaged),
    };
    let text = text.as_bytes();
    if text.is_empty() || text.len() % 4 == 1 {
        return Err(ShareError::Truncated);
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut canonical = true;
    for chunk in text.chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            n |= u32::from(value(*c)?) << (18 - 6 * i);
        }
        let len = chunk.len() - 1;
        canonical &= n << (8 * len) & 0xFF_FFFF == 0;
        out.extend((0..len).map(|i| (n >> (16 - 8 * i)) as u8));
    }
    Ok((out, canonical))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::Date;
    use crate::classroom::exercise::tests::sample_exercise;
    use crate::examples::Example;
    use crate::plan::PlanId;

    fn cafe() -> Plan {
        Example::Cafe.build(
            PlanId::new("p-cafe"),
            Timestamp::from_millis(1_795_000_000_000),
            Date::new(2026, 11, 23).unwrap(),
        )
    }

    #[test]
    fn plans_and_exercises_round_trip() {
        for payload in [
            SharePayload::Plan(cafe()),
            SharePayload::Exercise(sample_exercise()),
        ] {
            let link = encode_share(&payload).unwrap();
            assert!(
                link.starts_with("gl1.p.") || link.starts_with("gl1.e."),
                "{link}"
            );
            assert!(link
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)));
            assert_eq!(decode_share(&link).unwrap(), payload);
            let url = format!("https://example.org/app/#{}\n", link);
            assert_eq!(decode_share(&url).unwrap(), payload);
        }
    }

    /// A link as the encoder would make it, for any JSON (no length limit).
    fn link_of(kind: u8, json: &str) -> String {
        let deflated = deflate(json.as_bytes());
        let mut bytes = checksum(kind, &deflated).to_be_bytes().to_vec();
        bytes.extend(deflated);
        let mut link = format!("gl1.{}.", kind as char);
        base64url_encode(&bytes, &mut link);
        link
    }

    /// Links made before the browser app deflated them itself (miniz_oxide, level 9, in the wasm): they
    /// must open for as long as the format is version 1.
    #[test]
    fn links_made_by_earlier_builds_still_open() {
        let plan = include_str!("../../tests/links/v1-cafe-plan.txt");
        match decode_share(plan) {
            Ok(SharePayload::Plan(p)) => {
                assert_eq!(p.title, "Kafé Nordlys, Tromsø");
                assert!(!p.goals.is_empty());
            }
            other => panic!("expected a plan, got {other:?}"),
        }
        let exercise = include_str!("../../tests/links/v1-cafe-exercise.txt");
        match decode_share(exercise) {
            Ok(SharePayload::Exercise(e)) => {
                assert_eq!(e.id, "ex-fixture");
                assert!(e.case_text.starts_with("Kafeen trenger flere gjester"));
            }
            other => panic!("expected an exercise, got {other:?}"),
        }
    }

    /// The steps the browser app takes, with another inflater's answers: each says what the native
    /// decoder says for the same link.
    #[test]
    fn unpacked_links_read_what_the_inflater_gives() {
        let payload = SharePayload::Exercise(sample_exercise());
        let json = link_json(&payload);
        let link = pack_share(payload.kind(), &deflate(json.as_bytes())).unwrap();
        assert_eq!(link, encode_share(&payload).unwrap());
        let packed = unpack_share(&link).unwrap();
        assert_eq!(packed.kind(), ShareKind::Exercise);
        assert_eq!(
            inflate(packed.deflated(), MAX_LINK_JSON_BYTES).unwrap(),
            json.as_bytes()
        );
        assert_eq!(
            packed.clone().read(Ok(json.clone().into_bytes())),
            Ok(payload)
        );
        assert_eq!(
            packed.clone().read(Err(InflateError::Truncated)),
            Err(ShareError::Truncated)
        );
        assert_eq!(
            packed.clone().read(Err(InflateError::Corrupt)),
            Err(ShareError::Damaged)
        );
        assert!(matches!(
            packed.clone().read(Err(InflateError::OverLimit)),
            Err(ShareError::OverLimit(_))
        ));
        // An inflater that went past the limit is held to it.
        let mut long = json.into_bytes();
        long.resize(MAX_LINK_JSON_BYTES + 1, b' ');
        assert!(matches!(
            packed.read(Ok(long)),
            Err(ShareError::OverLimit(_))
        ));

        // A changed checksum: whatever the inflater says, the link is damaged (or reads as cut).
        let mut bytes = link.into_bytes();
        let at = 7;
        bytes[at] = if bytes[at] == b'A' { b'B' } else { b'A' };
        let changed = unpack_share(std::str::from_utf8(&bytes).unwrap()).unwrap();
        let inflated = inflate(changed.deflated(), MAX_LINK_JSON_BYTES);
        assert_eq!(changed.clone().read(inflated), Err(ShareError::Damaged));
        assert_eq!(
            changed.clone().read(Err(InflateError::OverLimit)),
            Err(ShareError::Damaged)
        );
        assert_eq!(
            changed.read(Err(InflateError::Truncated)),
            Err(ShareError::Truncated)
        );
    }

    #[test]
    fn inflating_stops_at_the_limit() {
        let deflated = deflate(&vec![b'x'; 10_000]);
        assert_eq!(inflate(&deflated, 10_000).unwrap().len(), 10_000);
        assert_eq!(inflate(&deflated, 9_999), Err(InflateError::OverLimit));
        assert_eq!(
            inflate(&deflated[..deflated.len() - 1], 10_000),
            Err(InflateError::Truncated)
        );
    }

    #[test]
    fn a_small_link_of_many_empty_goals_is_refused_while_inflating() {
        let goals = vec!["{}"; 700_000].join(",");
        let json =
            format!(r#"{{"format":"goal-ladder-plan","version":1,"plan":{{"goals":[{goals}]}}}}"#);
        let link = link_of(b'p', &json);
        assert!(link.len() < 3_000, "{}", link.len());
        match decode_share(&link) {
            Err(ShareError::OverLimit(over)) => assert_eq!(over.what, Limited::Bytes),
            other => panic!("expected OverLimit, got {other:?}"),
        }
        let goals = vec!["{}"; 5_000].join(",");
        let json =
            format!(r#"{{"format":"goal-ladder-plan","version":1,"plan":{{"goals":[{goals}]}}}}"#);
        match decode_share(&link_of(b'p', &json)) {
            Err(ShareError::OverLimit(over)) => {
                assert_eq!((over.path.as_str(), over.found), ("plan.goals", 5_000))
            }
            other => panic!("expected OverLimit, got {other:?}"),
        }
    }

    #[test]
    fn a_full_example_plan_fits_in_a_link() {
        let link = encode_share(&SharePayload::Plan(cafe())).unwrap();
        assert!(link.len() < SHARE_LIMIT / 2, "{}", link.len());
    }

    #[test]
    fn every_truncation_is_an_error() {
        let link = encode_share(&SharePayload::Exercise(sample_exercise())).unwrap();
        for end in 0..link.len() {
            let err = decode_share(&link[..end]).unwrap_err();
            let expected = if end == 0 {
                ShareError::NotAGoalLadderLink
            } else {
                ShareError::Truncated
            };
            assert_eq!(err, expected, "cut at {end}");
        }
        assert_eq!(decode_share("gl1.p"), Err(ShareError::Truncated));
    }

    #[test]
    fn every_one_character_change_is_an_error() {
        let link = encode_share(&SharePayload::Exercise(sample_exercise())).unwrap();
        let bytes = link.as_bytes();
        for i in 0..bytes.len() {
            for replacement in [b'A', b'x', b'-', b'1'] {
                if bytes[i] == replacement {
                    continue;
                }
                let mut changed = bytes.to_vec();
                changed[i] = replacement;
                let changed = String::from_utf8(changed).unwrap();
                assert!(
                    decode_share(&changed).is_err(),
                    "change at {i} went unnoticed"
                );
            }
        }
    }

    #[test]
    fn foreign_newer_and_huge_links_are_named() {
        assert_eq!(decode_share(""), Err(ShareError::NotAGoalLadderLink));
        assert_eq!(
            decode_share("#section-2"),
            Err(ShareError::NotAGoalLadderLink)
        );
        assert_eq!(
            decode_share("gl1.x.AAAA"),
            Err(ShareError::NotAGoalLadderLink)
        );
        assert_eq!(
            decode_share("gl2.p.AAAA"),
            Err(ShareError::NewerVersion {
                found: 2,
                supported: 1
            })
        );
        assert_eq!(decode_share("gl1.p.AA!A"), Err(ShareError::Damaged));
        let huge = format!("gl1.p.{}", "A".repeat(SHARE_LIMIT));
        assert!(matches!(
            decode_share(&huge),
            Err(ShareError::TooLarge {
                limit: SHARE_LIMIT,
                ..
            })
        ));
        assert!(ShareError::TooLarge {
            chars: 9000,
            limit: SHARE_LIMIT
        }
        .to_string()
        .contains("Share a file instead"));
    }

    #[test]
    fn a_plan_too_large_for_a_link_says_so() {
        let mut plan = cafe();
        // Text that does not compress: a pseudo-random walk over letters.
        let mut seed = 7u64;
        plan.description = (0..20_000)
            .map(|_| {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                (b'a' + (seed >> 59) as u8 % 26) as char
            })
            .collect();
        match encode_share(&SharePayload::Plan(plan)) {
            Err(ShareError::TooLarge { chars, limit }) => assert!(chars > limit),
            other => panic!("expected TooLarge, got {other:?}"),
        }
    }

    #[test]
    fn the_checksum_and_base64_are_standard() {
        assert_eq!(crc32(0xFFFF_FFFF, b"123456789"), 0xCBF4_3926);
        let mut s = String::new();
        base64url_encode(b"\xfb\xffhi", &mut s);
        assert_eq!(s, "-_9oaQ");
        assert_eq!(
            base64url_decode("-_9oaQ").unwrap(),
            (b"\xfb\xffhi".to_vec(), true)
        );
        assert!(!base64url_decode("-_9oaR").unwrap().1);
        assert_eq!(base64url_decode("-_9oa"), Err(ShareError::Truncated));
    }
}
