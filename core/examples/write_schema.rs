//! Writes the JSON Schema of the plan file to `schema/goal-ladder-plan.v1.json` at the repository root
//! (or to the path given): `cargo run -p goal-ladder-core --example write_schema`.

use std::path::PathBuf;

fn main() {
    let path = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../schema/goal-ladder-plan.v1.json")
        });
    let text = goal_ladder_core::format::plan_file_schema_text();
    if let Err(e) = std::fs::write(&path, text) {
        eprintln!("write_schema: cannot write {}: {e}", path.display());
        std::process::exit(1);
    }
    println!("write_schema: wrote {}", path.display());
}
