//! Mutation fuzzer for the goal scorer (`scoring::assess`): no input may panic, and evidence must point
//! inside the goal's text.
//!
//!     cargo run -p goal-ladder-core --example fuzz_scoring -- --iterations 200000 --seed 7
//!
//! Deterministic for a given seed. On a failure it saves the input under `target/fuzz-crashes/` (or
//! `--crash-dir`) and aborts. `scripts/fuzz` runs it with optimisations and unwinding panics.

#[path = "../tests/support/fuzz.rs"]
mod fuzz;

fn main() {
    let config = fuzz::Config::from_args(20_000).unwrap_or_else(|e| {
        eprintln!("fuzz_scoring: {e}");
        std::process::exit(2);
    });
    match fuzz::run_scoring(&config) {
        Ok(summary) => println!("{summary}"),
        Err(failure) => {
            eprintln!("fuzz_scoring: 1 crash: {failure}");
            std::process::abort();
        }
    }
}
