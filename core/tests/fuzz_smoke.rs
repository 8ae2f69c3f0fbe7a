//! A short, bounded run of both fuzzers (`examples/fuzz_*.rs`), so `cargo test` covers them.

mod support;

use support::fuzz::{self, Config};

fn config(seed: u64) -> Config {
    Config {
        seed,
        iterations: 2_000,
        crash_dir: fuzz::default_crash_dir(),
        strict: false,
    }
}

#[test]
fn fuzz_import_smoke() {
    match fuzz::run_import(&config(1)) {
        Ok(summary) => {
            println!("{summary}");
            assert!(summary.accepted > 0 && summary.rejected > 0, "{summary}");
        }
        Err(failure) => panic!("fuzz_import: {failure}"),
    }
}

#[test]
fn fuzz_scoring_smoke() {
    match fuzz::run_scoring(&config(1)) {
        Ok(summary) => println!("{summary}"),
        Err(failure) => panic!("fuzz_scoring: {failure}"),
    }
}

#[test]
fn the_generator_is_deterministic() {
    let mut a = fuzz::Rng::new(42);
    let mut b = fuzz::Rng::new(42);
    let mut c = fuzz::Rng::new(43);
    let (xs, ys, zs): (Vec<u64>, Vec<u64>, Vec<u64>) = (0..8)
        .map(|_| (a.next_u64(), b.next_u64(), c.next_u64()))
        .fold(
            (vec![], vec![], vec![]),
            |(mut x, mut y, mut z), (p, q, r)| {
                x.push(p);
                y.push(q);
                z.push(r);
                (x, y, z)
            },
        );
    assert_eq!(xs, ys);
    assert_ne!(xs, zs);
}
