//! Mutation fuzzer for the plan reader (`plan_file::read_plan_file`): every input must give a plan or a
//! `FileError` without panicking, and an accepted plan must write a file that reads back the same.
//!
//!     cargo run -p goal-ladder-core --example fuzz_import -- --iterations 200000 --seed 7
//!
//! Deterministic for a given seed. On a failure it saves the input under `target/fuzz-crashes/` (or
//! `--crash-dir`) and aborts. `scripts/fuzz` runs it with optimisations and unwinding panics.

#[path = "../tests/support/fuzz.rs"]
mod fuzz;

fn main() {
    let config = fuzz::Config::from_args(20_000).unwrap_or_else(|e| {
        eprintln!("fuzz_import: {e}");
        std::process::exit(2);
    });
    match fuzz::run_import(&config) {
        Ok(summary) => println!("{summary}"),
        Err(failure) => {
            eprintln!("fuzz_import: 1 crash: {failure}");
            std::process::abort();
        }
    }
}
