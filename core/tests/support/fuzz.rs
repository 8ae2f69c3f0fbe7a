//! Deterministic, seedable mutation fuzzers for the plan reader and the goal scorer.
//!
//! Shared by `examples/fuzz_import.rs`, `examples/fuzz_scoring.rs` (long runs, `scripts/fuzz`) and the
//! bounded smoke test in `tests/fuzz_smoke.rs`. Nothing here needs a nightly toolchain: a xorshift
//! generator drives byte-, text- and JSON-level mutations of a corpus of valid plan files and goal texts.
//! A panic, a broken round trip or a broken invariant saves the input as a reproducer and is reported
//! as a [`Failure`]; the examples then abort.
#![allow(dead_code)]

use std::cell::{Cell, RefCell};
use std::fmt::Write as _;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::Once;
use std::time::Instant;

use goal_ladder_core::catalogue;
use goal_ladder_core::examples::Example;
use goal_ladder_core::file::FileError;
use goal_ladder_core::plan::{MetricChoice, PlanId};
use goal_ladder_core::plan_file::{read_plan_file, write_plan_compact, write_plan_file};
use goal_ladder_core::scoring::{assess, assess_goal, GoalInput, PlanContext};
use goal_ladder_core::{progress, review, technology};
use goal_ladder_core::{Date, LadderLevel, Lang, Timestamp};
use serde_json::{json, Map, Value};

/// xorshift64*: small, fast and the same on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        // Spread the seed so that nearby seeds give unrelated streams; never zero.
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Rng((z ^ (z >> 31)) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// True once in `n` times.
    pub fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// What a run is asked to do.
pub struct Config {
    pub seed: u64,
    pub iterations: u64,
    /// Where reproducers are written.
    pub crash_dir: PathBuf,
    /// Stop on known panics too.
    pub strict: bool,
}

impl Config {
    /// Reads `--iterations N`, `--seed S` and `--crash-dir D` from the command line.
    pub fn from_args(default_iterations: u64) -> Result<Config, String> {
        let mut config = Config {
            seed: 1,
            iterations: default_iterations,
            crash_dir: default_crash_dir(),
            strict: false,
        };
        let mut args = std::env::args().skip(1);
        while let Some(arg) = args.next() {
            let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
            match arg.as_str() {
                "--iterations" | "-n" => {
                    config.iterations = value(&arg)?
                        .replace('_', "")
                        .parse()
                        .map_err(|e| format!("--iterations: {e}"))?
                }
                "--seed" => {
                    config.seed = value(&arg)?.parse().map_err(|e| format!("--seed: {e}"))?
                }
                "--crash-dir" => config.crash_dir = PathBuf::from(value(&arg)?),
                "--strict" => config.strict = true,
                "--help" | "-h" => {
                    return Err(
                        "options: --iterations N  --seed S  --crash-dir DIR  --strict".into(),
                    )
                }
                other => return Err(format!("unknown argument {other:?}")),
            }
        }
        Ok(config)
    }
}

/// `target/fuzz-crashes` of the workspace.
pub fn default_crash_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/fuzz-crashes")
}

pub struct Summary {
    pub name: &'static str,
    pub inputs: u64,
    pub accepted: u64,
    pub rejected: u64,
    /// Known panics hit: what, how many times, the first input (index) that hit it.
    pub known: Vec<(&'static str, u64, u64)>,
    pub seed: u64,
    pub seconds: f64,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {} inputs, 0 crashes, {} accepted, {} rejected in {:.1} s",
            self.name, self.inputs, self.accepted, self.rejected, self.seconds
        )?;
        for (what, times, first) in &self.known {
            write!(
                f,
                "\n{}: known panic x{times} (first at input {first} of seed {}; --strict to stop on it): {what}",
                self.name, self.seed
            )?;
        }
        Ok(())
    }
}

#[derive(Debug)]
pub struct Failure {
    pub iteration: u64,
    pub reason: String,
    pub reproducer: PathBuf,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "input {}: {}; reproducer saved to {}",
            self.iteration,
            self.reason,
            self.reproducer.display()
        )
    }
}

thread_local! {
    /// The input being tried and where to save it if it panics.
    static CURRENT: RefCell<Option<(PathBuf, String)>> = const { RefCell::new(None) };
    /// Whether known panics count as failures in the run on this thread.
    static STRICT: Cell<bool> = const { Cell::new(false) };
    /// Where the last panic on this thread happened: `file:line`.
    static PANIC_AT: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Panics already reported to the code's owners, by where they happen and what they say. They are
/// counted and shown but do not stop a run, unless `--strict` is given. Remove an entry once fixed.
const KNOWN_PANICS: &[(&str, &str, &str)] = &[];

fn known_panic(at: &str, message: &str) -> Option<&'static str> {
    KNOWN_PANICS
        .iter()
        .find(|(file, text, _)| at.starts_with(file) && message.contains(text))
        .map(|k| k.2)
}

/// Saves the current input before any panic is reported, so a reproducer exists even when the profile
/// aborts on panic instead of unwinding.
fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            let at = info
                .location()
                .map(|l| format!("{}:{}", l.file(), l.line()))
                .unwrap_or_default();
            let payload = info.payload();
            let message = payload
                .downcast_ref::<&str>()
                .copied()
                .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
                .unwrap_or_default();
            if !STRICT.with(Cell::get) && known_panic(&at, message).is_some() {
                // Counted by the run; neither saved nor printed each time.
                let _ = PANIC_AT.try_with(|p| p.replace(at));
                return;
            }
            let _ = PANIC_AT.try_with(|p| p.replace(at));
            let _ = CURRENT.try_with(|c| {
                if let Ok(current) = c.try_borrow() {
                    if let Some((path, text)) = current.as_ref() {
                        save(path, text);
                        eprintln!("fuzz: reproducer saved to {}", path.display());
                    }
                }
            });
            previous(info);
        }));
    });
}

fn save(path: &Path, text: &str) {
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let _ = std::fs::write(path, text);
}

enum Outcome {
    Accepted,
    Rejected,
    /// A panic listed in [`KNOWN_PANICS`].
    Known(&'static str),
}

/// Runs `check` on one input with the input registered for the panic hook. `Err` is a failure reason.
fn guarded(
    path: &Path,
    text: &str,
    strict: bool,
    check: impl FnOnce() -> Result<bool, String>,
) -> Result<Outcome, String> {
    CURRENT.with(|c| *c.borrow_mut() = Some((path.to_path_buf(), text.to_string())));
    STRICT.with(|s| s.set(strict));
    let result = panic::catch_unwind(AssertUnwindSafe(check));
    CURRENT.with(|c| *c.borrow_mut() = None);
    match result {
        Ok(Ok(true)) => Ok(Outcome::Accepted),
        Ok(Ok(false)) => Ok(Outcome::Rejected),
        Ok(Err(reason)) => {
            save(path, text);
            Err(reason)
        }
        Err(payload) => {
            let message = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "a panic".into());
            let at = PANIC_AT.with(|p| p.take());
            match known_panic(&at, &message) {
                Some(known) if !strict => Ok(Outcome::Known(known)),
                _ => Err(format!("panicked at {at}: {message}")),
            }
        }
    }
}

/// Counts outcomes and keeps one example input of each known panic.
#[derive(Default)]
struct Tally {
    accepted: u64,
    rejected: u64,
    known: Vec<(&'static str, u64, u64)>,
}

impl Tally {
    fn add(&mut self, outcome: Outcome, input: u64) {
        match outcome {
            Outcome::Accepted => self.accepted += 1,
            Outcome::Rejected => self.rejected += 1,
            Outcome::Known(what) => match self.known.iter_mut().find(|k| k.0 == what) {
                Some(k) => k.1 += 1,
                None => self.known.push((what, 1, input)),
            },
        }
    }

    fn summary(self, name: &'static str, config: &Config, started: Instant) -> Summary {
        Summary {
            name,
            inputs: config.iterations,
            accepted: self.accepted,
            rejected: self.rejected,
            known: self.known,
            seed: config.seed,
            seconds: started.elapsed().as_secs_f64(),
        }
    }
}

fn now() -> Timestamp {
    Timestamp::from_millis(1_795_431_296_789)
}

fn today() -> Date {
    Date::new(2026, 11, 23).expect("a valid date")
}

// ---------------------------------------------------------------------------------------------------
// The plan reader

/// Valid plan files to start from: the examples (pretty and compact), the committed fixtures, and a
/// few small hand-written files.
pub fn import_corpus() -> Vec<String> {
    let mut corpus = Vec::new();
    for e in Example::ALL {
        let plan = e.build(PlanId::new(format!("fz-{}", e.key())), now(), today());
        corpus.push(write_plan_file(&plan, now()));
        corpus.push(write_plan_compact(&plan, now()));
    }
    corpus.push(include_str!("../fixtures/v1-cafe-full.goal-ladder.json").to_string());
    corpus.push(include_str!("../fixtures/v1-minimal.goal-ladder.json").to_string());
    corpus.push(r#"{"format":"goal-ladder-plan","version":1,"plan":{}}"#.to_string());
    corpus.push(
        r#"{"format":"goal-ladder-plan","version":1,"exported_at":"2026-11-23T10:54:56Z","plan":{"goals":[{"statement":"x","metric":{"kind":"custom","name":"n","level":4},"measurements":[{"date":"2027-01-01","value":1}]}]}}"#
            .to_string(),
    );
    corpus
}

const JSON_FRAGMENTS: &[&str] = &[
    "null",
    "true",
    "false",
    "0",
    "-0",
    "-1",
    "0.1",
    "1e308",
    "1e309",
    "-1e309",
    "2.2250738585072014e-308",
    "5e-324",
    "9007199254740993",
    "18446744073709551615",
    "18446744073709551616",
    "-9223372036854775809",
    "\"\"",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "\"\\udc00\\ud800\"",
    "\"🎉\"",
    "\"\\u202e\"",
    "\"<script>alert(1)</script>\"",
    "{}",
    "[]",
    "[[[[[[[[[[]]]]]]]]]]",
    "\"2027-02-29\"",
    "\"2028-02-29\"",
    "\"0000-01-01\"",
    "\"9999-12-31\"",
    "\"-001-01-01\"",
    "\"2026-11-23T24:00:00Z\"",
    "\"2026-11-23T23:59:60.9999999Z\"",
    "{\"kind\":\"custom\",\"name\":\"x\",\"level\":9}",
    "{\"kind\":\"catalogue\",\"metric\":\"reach\"}",
    "{\"kind\":\"nope\"}",
    "{\"date\":\"2027-01-01\",\"value\":null}",
    "\"colour\":\"red\",",
    "\"version\":0,",
    "\"format\":\"goal-ladder-plan\",",
    ",",
    ":",
    "\"",
    "\\",
    "{",
    "}",
    "[",
    "]",
];

const UNICODE: &[&str] = &[
    "é",
    "ø",
    "å",
    "ß",
    "İ",
    "ﬁ",
    "😀",
    "👩‍👩‍👧",
    "🇳🇴",
    "\u{202e}",
    "\u{200b}",
    "\u{feff}",
    "\u{0301}",
    "\u{0}",
    "\u{7f}",
    "\u{fffd}",
    "שלום",
    "مرحبا",
    "中文",
    "\u{10ffff}",
];

fn splice_at(rng: &mut Rng, bytes: &mut Vec<u8>, insert: &[u8]) {
    let at = rng.below(bytes.len() + 1);
    bytes.splice(at..at, insert.iter().copied());
}

fn slice_range(rng: &mut Rng, len: usize, max: usize) -> (usize, usize) {
    let start = rng.below(len + 1);
    let end = (start + 1 + rng.below(max)).min(len);
    (start, end.max(start))
}

/// One byte- or text-level mutation.
fn mutate_bytes(rng: &mut Rng, bytes: &mut Vec<u8>, corpus: &[String]) {
    let len = bytes.len();
    match rng.below(12) {
        0 if len > 0 => {
            let i = rng.below(len);
            bytes[i] ^= 1 << rng.below(8);
        }
        1 if len > 0 => {
            let i = rng.below(len);
            bytes[i] = *rng.pick(b"\"{}[],:0-.eE\\ntu\xff\x00 ");
        }
        2 => {
            let (a, b) = slice_range(rng, len, 64);
            bytes.drain(a..b);
        }
        3 => {
            let (a, b) = slice_range(rng, len, 256);
            let piece = bytes[a..b].to_vec();
            splice_at(rng, bytes, &piece);
        }
        4 => {
            let other = rng.pick(corpus).as_bytes();
            let (a, b) = slice_range(rng, other.len(), 512);
            let piece = other[a..b].to_vec();
            splice_at(rng, bytes, &piece);
        }
        5 | 6 => {
            let fragment = rng.pick(JSON_FRAGMENTS).as_bytes();
            splice_at(rng, bytes, fragment);
        }
        7 => {
            let depth = *rng.pick(&[2, 10, 127, 128, 129, 1000]);
            let depth = if rng.one_in(64) { 100_000 } else { depth };
            let open = if rng.one_in(2) { b"[" } else { b"{" };
            let mut piece = open.repeat(depth);
            if rng.one_in(2) {
                piece.extend(if open == b"[" { b"]" } else { b"}" }.repeat(depth));
            }
            splice_at(rng, bytes, &piece);
        }
        8 => {
            let u = rng.pick(UNICODE).as_bytes();
            splice_at(rng, bytes, u);
        }
        9 if len > 0 => {
            let keep = rng.below(len);
            bytes.truncate(keep);
        }
        10 => {
            // Replace a number with another one.
            let digits: Vec<usize> = (0..len).filter(|&i| bytes[i].is_ascii_digit()).collect();
            if !digits.is_empty() {
                let start = *rng.pick(&digits);
                let mut end = start;
                while end < len && (bytes[end].is_ascii_digit() || bytes[end] == b'.') {
                    end += 1;
                }
                let number = *rng.pick(&JSON_FRAGMENTS[3..16]);
                bytes.splice(start..end, number.bytes());
            }
        }
        _ => {
            // A long string value.
            let n = *rng.pick(&[1_000, 70_000, 400_000]);
            let mut piece = b"\"".to_vec();
            piece.extend(rng.pick(UNICODE).as_bytes().repeat(n / 4));
            piece.push(b'"');
            splice_at(rng, bytes, &piece);
        }
    }
}

fn random_value(rng: &mut Rng, depth: usize) -> Value {
    match rng.below(14) {
        0 => Value::Null,
        1 => Value::Bool(rng.one_in(2)),
        2 => json!(rng.below(8)),
        3 => json!(*rng.pick(&[-1.5, 0.0, -0.0, 1e300, -1e-300, 0.1, 1e15 + 0.3, f64::MAX])),
        4 => json!(*rng.pick(&[u64::MAX, 1 << 53, 0])),
        5 => json!(i64::MIN),
        6 => json!(*rng.pick(&[
            "",
            "2027-02-28",
            "2028-02-29",
            "2027-13-01",
            "0000-01-01",
            "9999-12-31"
        ])),
        7 => json!(*rng.pick(&[
            "2026-11-23T10:54:56.789Z",
            "2026-11-23T10:54:56Z",
            "1970-01-01T00:00:00.000Z",
            "2026-11-23T10:54"
        ])),
        8 => json!(rng.pick(UNICODE).repeat(1 + rng.below(5))),
        9 => {
            json!({"kind": *rng.pick(&["custom", "catalogue", "x"]), "name": "n", "metric": catalogue::metrics()[rng.below(catalogue::metrics().len())].id, "level": rng.below(8)})
        }
        10 => json!({"date": "2027-01-01", "value": random_value(rng, depth + 1), "note": "n"}),
        11 if depth < 6 => Value::Array(
            (0..rng.below(4))
                .map(|_| random_value(rng, depth + 1))
                .collect(),
        ),
        12 if depth < 6 => {
            let mut map = Map::new();
            for _ in 0..rng.below(4) {
                map.insert(
                    rng.pick(&[
                        "id",
                        "statement",
                        "kind",
                        "level",
                        "date",
                        "value",
                        "colour",
                    ])
                    .to_string(),
                    random_value(rng, depth + 1),
                );
            }
            Value::Object(map)
        }
        _ => json!(*rng.pick(&[
            "functional",
            "diffuse",
            "listening",
            "roi",
            "reach",
            "leads",
            "brand_awareness",
            "en"
        ])),
    }
}

/// One mutation of the JSON tree: change, remove or add a value somewhere.
fn mutate_value(rng: &mut Rng, value: &mut Value, depth: usize) {
    let descend = depth < 12 && rng.below(4) != 0;
    match value {
        Value::Object(map) if !map.is_empty() => {
            let key = map
                .keys()
                .nth(rng.below(map.len()))
                .cloned()
                .unwrap_or_default();
            if descend {
                if let Some(child) = map.get_mut(&key) {
                    return mutate_value(rng, child, depth + 1);
                }
            }
            match rng.below(4) {
                0 => {
                    map.remove(&key);
                }
                1 => {
                    map.insert(format!("unknown_{}", rng.below(3)), random_value(rng, 0));
                }
                _ => {
                    map.insert(key, random_value(rng, 0));
                }
            }
        }
        Value::Array(items) if !items.is_empty() => {
            let i = rng.below(items.len());
            if descend {
                return mutate_value(rng, &mut items[i], depth + 1);
            }
            match rng.below(3) {
                0 => {
                    items.remove(i);
                }
                1 => {
                    let copy = items[i].clone();
                    items.insert(i, copy);
                }
                _ => items[i] = random_value(rng, 0),
            }
        }
        _ => *value = random_value(rng, 0),
    }
}

/// One input: a corpus entry with a few mutations, at the level of the JSON tree or of its text.
fn import_input(rng: &mut Rng, corpus: &[String]) -> String {
    let base = rng.pick(corpus);
    let rounds = 1 + rng.below(3);
    if rng.one_in(2) {
        if let Ok(mut value) = serde_json::from_str::<Value>(base) {
            for _ in 0..rounds {
                mutate_value(rng, &mut value, 0);
            }
            let text = if rng.one_in(2) {
                serde_json::to_string_pretty(&value)
            } else {
                serde_json::to_string(&value)
            };
            let mut text = text.unwrap_or_default();
            if rng.one_in(4) {
                let mut bytes = text.into_bytes();
                mutate_bytes(rng, &mut bytes, corpus);
                text = String::from_utf8_lossy(&bytes).into_owned();
            }
            return text;
        }
    }
    let mut bytes = base.as_bytes().to_vec();
    for _ in 0..rounds {
        mutate_bytes(rng, &mut bytes, corpus);
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// What must hold for every input: no panic; an accepted plan writes a file that reads back the same
/// (pretty and compact), with no unknown fields, and the plan's derived views (scoring, progress,
/// review, platform warnings) do not panic either.
fn check_import(text: &str) -> Result<bool, String> {
    let read = match read_plan_file(text) {
        Ok(read) => read,
        Err(FileError::NotJson { line, column, .. }) if line == 0 || column == 0 => {
            return Err(format!("NotJson without a position ({line}:{column})"))
        }
        Err(_) => return Ok(false),
    };
    for (name, written) in [
        ("pretty", write_plan_file(&read.plan, now())),
        ("compact", write_plan_compact(&read.plan, now())),
    ] {
        let again = read_plan_file(&written)
            .map_err(|e| format!("the {name} file of an accepted plan does not read back: {e}"))?;
        if again.plan != read.plan {
            return Err(format!("the {name} round trip changed the plan"));
        }
        if !again.unknown_fields.is_empty() {
            return Err(format!(
                "the {name} file of an accepted plan has unknown fields: {:?}",
                again.unknown_fields
            ));
        }
    }
    let day = today();
    for goal in read.plan.goals.iter().take(4) {
        let _ = assess_goal(goal, &read.plan, day);
        let _ = progress::progress(goal);
        let _ = progress::expected_by(goal, day);
    }
    let _ = review::next_review(&read.plan);
    let _ = review::status(&read.plan, day);
    let _ = technology::warnings(&read.plan);
    Ok(true)
}

/// Fuzzes [`read_plan_file`].
pub fn run_import(config: &Config) -> Result<Summary, Failure> {
    install_panic_hook();
    let corpus = import_corpus();
    let mut rng = Rng::new(config.seed);
    let started = Instant::now();
    let mut tally = Tally::default();
    for i in 0..config.iterations {
        let text = import_input(&mut rng, &corpus);
        let path = config
            .crash_dir
            .join(format!("import-seed{}-input{i}.json", config.seed));
        match guarded(&path, &text, config.strict, || check_import(&text)) {
            Ok(outcome) => tally.add(outcome, i),
            Err(reason) => {
                return Err(Failure {
                    iteration: i,
                    reason,
                    reproducer: path,
                })
            }
        }
    }
    Ok(tally.summary("fuzz_import", config, started))
}

// ---------------------------------------------------------------------------------------------------
// The scorer

/// Goal texts to start from: every goal and key result of the examples, and some of our own in the
/// four languages.
pub fn scoring_corpus() -> Vec<String> {
    let mut corpus: Vec<String> = vec![
        "Increase bookings via Instagram from 40 to 60 a month by 1 March 2027".into(),
        "Get more followers".into(),
        "We want to be the most loved café in Tromsø".into(),
        "Øke antall henvendelser fra 20 til 35 innen 1. mars 2027".into(),
        "Fler följare på TikTok före sommaren".into(),
        "Øge antallet af ansøgninger med 25 % inden 1. juni".into(),
        "50 % more leads among HR managers on LinkedIn by Q3".into(),
        "Reach 10 000 people, 2 000 likes and 30 sales before 31.12.2026".into(),
        "".into(),
        "   ".into(),
    ];
    for e in Example::ALL {
        let plan = e.build(PlanId::new("p"), now(), today());
        corpus.extend(plan.goals.iter().map(|g| g.statement.clone()));
        corpus.extend(plan.business_goals.iter().map(|g| g.statement.clone()));
        for o in &plan.objectives {
            corpus.push(o.statement.clone());
            corpus.extend(o.key_results.iter().map(|k| k.statement.clone()));
        }
    }
    corpus
}

const TEXT_FRAGMENTS: &[&str] = &[
    " by ",
    " innen ",
    " före ",
    " inden ",
    " from ",
    " to ",
    " fra ",
    " til ",
    " % ",
    "%",
    " 1e309 ",
    " 99999999999999999999999 ",
    " -0 ",
    " 1,5 ",
    " 1.000.000 ",
    " 3/4 ",
    " 31.02.2027 ",
    " 1 March 2027 ",
    " Q4 ",
    " week 53 ",
    " 29 February ",
    " year 9999 ",
    " year 0 ",
    " every month ",
    " per week ",
    " more ",
    " increase ",
    " sales ",
    " followers ",
    " leads ",
    " likes ",
    " bookings ",
    " ",
    "-",
    "'",
    "\"",
    ".",
    ",",
    "(",
    ")",
    "\n",
    "\t",
    "among",
    "want to",
    "would like to",
    "🎯",
    "\u{202e}",
];

fn mutate_text(rng: &mut Rng, text: &mut String, corpus: &[String]) {
    let mut chars: Vec<char> = text.chars().collect();
    let len = chars.len();
    match rng.below(8) {
        0 => {
            let (a, b) = slice_range(rng, len, 16);
            chars.drain(a..b);
        }
        1 => {
            let (a, b) = slice_range(rng, len, 40);
            let piece: Vec<char> = chars[a..b].to_vec();
            let at = rng.below(chars.len() + 1);
            chars.splice(at..at, piece);
        }
        2 => {
            let other: Vec<char> = rng.pick(corpus).chars().collect();
            let (a, b) = slice_range(rng, other.len(), 40);
            let at = rng.below(chars.len() + 1);
            chars.splice(at..at, other[a..b].iter().copied());
        }
        3 | 4 => {
            let at = rng.below(len + 1);
            chars.splice(at..at, rng.pick(TEXT_FRAGMENTS).chars());
        }
        5 => {
            let at = rng.below(len + 1);
            chars.splice(at..at, rng.pick(UNICODE).chars());
        }
        6 if len > 0 => {
            let i = rng.below(len);
            chars[i] = char::from_u32(rng.next_u64() as u32 % 0x11_0000).unwrap_or('\u{fffd}');
        }
        _ => {
            if rng.one_in(8) {
                let unit: String = rng.pick(TEXT_FRAGMENTS).to_string();
                chars.extend(unit.repeat(1 + rng.below(2_000)).chars());
            } else {
                chars.extend(rng.pick(TEXT_FRAGMENTS).chars());
            }
        }
    }
    *text = chars.into_iter().collect();
}

fn random_number(rng: &mut Rng) -> Option<f64> {
    match rng.below(10) {
        0..=3 => None,
        4 => Some(*rng.pick(&[f64::NAN, f64::INFINITY, f64::NEG_INFINITY])),
        5 => Some(*rng.pick(&[0.0, -0.0, f64::MAX, f64::MIN, f64::MIN_POSITIVE, -1.0])),
        _ => Some((rng.below(100_000) as f64) / (1 + rng.below(100)) as f64),
    }
}

fn random_date(rng: &mut Rng) -> Option<Date> {
    match rng.below(4) {
        0 => None,
        1 => Some(Date::from_days_since_epoch(
            *rng.pick(&[-719_528, 0, 2_932_896]),
        )),
        _ => Some(today().add_days(rng.below(2_000) as i64 - 1_000)),
    }
}

struct ScoringCase {
    text: String,
    lang: Option<Lang>,
    metric: Option<MetricChoice>,
    baseline: Option<f64>,
    target: Option<f64>,
    start: Option<Date>,
    deadline: Option<Date>,
    is_main: bool,
    business_goal: Option<String>,
    today: Date,
    business_goals: Vec<String>,
}

impl ScoringCase {
    fn describe(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "text: {:?}", self.text);
        let _ = writeln!(s, "lang: {:?}\nmetric: {:?}", self.lang, self.metric);
        let _ = writeln!(
            s,
            "baseline: {:?}\ntarget: {:?}",
            self.baseline, self.target
        );
        let _ = writeln!(s, "start: {:?}\ndeadline: {:?}", self.start, self.deadline);
        let _ = writeln!(
            s,
            "is_main: {}\nbusiness_goal: {:?}",
            self.is_main, self.business_goal
        );
        let _ = writeln!(
            s,
            "today: {}\nbusiness_goals: {:?}",
            self.today, self.business_goals
        );
        s
    }
}

fn scoring_case(rng: &mut Rng, corpus: &[String]) -> ScoringCase {
    let mut text = rng.pick(corpus).clone();
    for _ in 0..1 + rng.below(5) {
        mutate_text(rng, &mut text, corpus);
    }
    let metric = match rng.below(4) {
        0 => Some(MetricChoice::Catalogue {
            metric: if rng.one_in(5) {
                "no-such-metric".into()
            } else {
                catalogue::metrics()[rng.below(catalogue::metrics().len())]
                    .id
                    .into()
            },
        }),
        1 => Some(MetricChoice::Custom {
            name: rng.pick(corpus).clone(),
            level: *rng.pick(&LadderLevel::ALL),
        }),
        _ => None,
    };
    ScoringCase {
        lang: if rng.one_in(2) {
            None
        } else {
            Some(*rng.pick(&Lang::ALL))
        },
        metric,
        baseline: random_number(rng),
        target: random_number(rng),
        start: random_date(rng),
        deadline: random_date(rng),
        is_main: rng.one_in(2),
        business_goal: rng.one_in(2).then(|| rng.pick(corpus).clone()),
        today: random_date(rng).unwrap_or_else(today),
        business_goals: (0..rng.below(3))
            .map(|_| rng.pick(corpus).clone())
            .collect(),
        text,
    }
}

/// No panic, and what the assessment points at lies inside the text.
fn check_scoring(case: &ScoringCase) -> Result<bool, String> {
    let input = GoalInput {
        text: &case.text,
        lang: case.lang,
        metric: case.metric.as_ref(),
        baseline: case.baseline,
        target: case.target,
        start: case.start,
        deadline: case.deadline,
        is_main: case.is_main,
        business_goal: case.business_goal.as_deref(),
    };
    let ctx = PlanContext {
        today: case.today,
        business_goals: case.business_goals.iter().map(String::as_str).collect(),
    };
    let a = assess(&input, &ctx);
    if !(0.0..=1.0).contains(&a.confidence) {
        return Err(format!("confidence {} is outside 0-1", a.confidence));
    }
    for e in &a.evidence {
        if let Some(span) = e.span {
            let inside = span.start <= span.end
                && span.end <= case.text.len()
                && case.text.is_char_boundary(span.start)
                && case.text.is_char_boundary(span.end);
            if !inside {
                return Err(format!("evidence span {span:?} is not inside the text"));
            }
        }
    }
    Ok(a.metric.is_some())
}

/// Fuzzes [`assess`]. "Accepted" counts goals in which a metric was recognised.
pub fn run_scoring(config: &Config) -> Result<Summary, Failure> {
    install_panic_hook();
    let corpus = scoring_corpus();
    let mut rng = Rng::new(config.seed);
    let started = Instant::now();
    let mut tally = Tally::default();
    for i in 0..config.iterations {
        let case = scoring_case(&mut rng, &corpus);
        let path = config
            .crash_dir
            .join(format!("scoring-seed{}-input{i}.txt", config.seed));
        match guarded(&path, &case.describe(), config.strict, || {
            check_scoring(&case)
        }) {
            Ok(outcome) => tally.add(outcome, i),
            Err(reason) => {
                return Err(Failure {
                    iteration: i,
                    reason,
                    reproducer: path,
                })
            }
        }
    }
    Ok(tally.summary("fuzz_scoring", config, started))
}
