//! The crate's modules form layers: no module reaches, by `crate::…` or `super::…` paths, into a module
//! that reaches back to it. Reads `src/**/*.rs`, collects the references between modules (a module and
//! its own parent or children do not count: a parent is their facade), and fails on any cycle, naming it.
//! Test code (`#[cfg(test)]` to the end of a file, where clippy's `items_after_test_module` keeps test
//! modules, and `tests.rs` files) is left out.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// A module's path below the crate root, such as `["scoring", "smart"]`; the root is empty.
type Module = Vec<String>;

fn source_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            source_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn module_of(src: &Path, file: &Path) -> Module {
    let rel = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Module = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts
}

/// The code of a file without comments and without its tests.
fn code(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("#[cfg(test)]") {
            break;
        }
        if trimmed.starts_with("//") {
            continue;
        }
        let line = match line.find("//") {
            Some(i) if !line[..i].contains('"') => &line[..i],
            _ => line,
        };
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Expands a `use` tree such as `crate::{a::B, c::{D, E}}` into its paths.
fn expand(tree: &str) -> Vec<String> {
    let tree: String = tree.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(open) = tree.find('{') else {
        return vec![tree];
    };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .flat_map(|p| expand(p).into_iter().map(move |x| format!("{prefix}{x}")))
        .collect()
}

/// Every `crate::…` and `super::…` path in the code, as written.
fn paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    // `use` statements, braces and all.
    let mut rest = code;
    while let Some(i) = rest.find("use ") {
        let before = rest[..i].chars().last();
        let stmt_end = rest[i..].find(';').map_or(rest.len(), |e| i + e);
        if before.is_none_or(|c| !c.is_alphanumeric() && c != '_') {
            let tree = &rest[i + 4..stmt_end];
            if tree.trim_start().starts_with("crate::") || tree.trim_start().starts_with("super::")
            {
                out.extend(expand(tree));
            }
        }
        rest = &rest[(i + 4).min(rest.len())..];
    }
    // Paths written in place: `crate::numerals::decimal(…)`.
    for start in ["crate::", "super::"] {
        let mut from = 0;
        while let Some(i) = code[from..].find(start) {
            let at = from + i;
            let before = code[..at].chars().last();
            let end = code[at..]
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .map_or(code.len(), |e| at + e);
            if before.is_none_or(|c| !c.is_alphanumeric() && c != '_' && c != ':') {
                out.push(code[at..end].trim_end_matches(':').to_string());
            }
            from = end.max(at + start.len());
        }
    }
    out
}

/// The module a path points into: the longest known module its segments name.
fn target(
    from: &Module,
    is_mod_file: bool,
    path: &str,
    modules: &BTreeSet<Module>,
) -> Option<Module> {
    let mut segments = path.split("::").filter(|s| !s.is_empty());
    let mut base: Module = match segments.next()? {
        "crate" => Vec::new(),
        "super" => {
            // `super` in `a/b.rs` (module a::b) is `a`; in `a/b/mod.rs` (also a::b) it is `a` too.
            let _ = is_mod_file;
            let mut m = from.clone();
            m.pop()?;
            m
        }
        _ => return None,
    };
    let mut found = base.clone();
    for s in segments {
        if s == "super" {
            base.pop();
            found = base.clone();
            continue;
        }
        base.push(s.to_string());
        if modules.contains(&base) {
            found = base.clone();
        } else {
            break;
        }
    }
    Some(found)
}

fn is_ancestor(a: &Module, b: &Module) -> bool {
    a.len() <= b.len() && b[..a.len()] == a[..]
}

/// The edges between modules of the crate at `src`.
fn graph(src: &Path) -> BTreeMap<Module, BTreeSet<Module>> {
    let mut files = Vec::new();
    source_files(src, &mut files);
    files.retain(|f| f.file_name().is_none_or(|n| n != "tests.rs"));
    let modules: BTreeSet<Module> = files.iter().map(|f| module_of(src, f)).collect();
    // Names the crate root re-exports (`pub use plan::Plan;`), so `crate::Plan` counts as `plan`.
    let lib = code(&fs::read_to_string(src.join("lib.rs")).unwrap());
    let mut root_names: BTreeMap<String, Module> = BTreeMap::new();
    for line in lib.split(';') {
        if let Some(tree) = line.trim().strip_prefix("pub use ") {
            for path in expand(tree) {
                let segments: Vec<&str> = path.split("::").collect();
                if let (Some(first), Some(last)) = (segments.first(), segments.last()) {
                    root_names.insert(last.to_string(), vec![first.to_string()]);
                }
            }
        }
    }
    let mut edges: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for file in &files {
        let from = module_of(src, file);
        let is_mod_file = file.file_name().is_some_and(|n| n == "mod.rs");
        let code = code(&fs::read_to_string(file).unwrap());
        for path in paths(&code) {
            let Some(mut to) = target(&from, is_mod_file, &path, &modules) else {
                continue;
            };
            if to.is_empty() {
                let name = path
                    .trim_start_matches("crate::")
                    .split("::")
                    .next()
                    .unwrap_or("");
                match root_names.get(name) {
                    Some(m) => to = m.clone(),
                    None => continue,
                }
            }
            if is_ancestor(&from, &to) || is_ancestor(&to, &from) {
                continue;
            }
            edges.entry(from.clone()).or_default().insert(to);
        }
    }
    edges
}

/// The cycles of the graph: each strongly connected component of more than one module, as one cycle
/// through it (`a -> b -> a`).
fn cycles(edges: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<String> {
    let nodes: BTreeSet<&Module> = edges.keys().chain(edges.values().flatten()).collect();
    let reach = |from: &Module| {
        let mut seen: BTreeSet<Module> = BTreeSet::new();
        let mut stack = vec![from.clone()];
        while let Some(m) = stack.pop() {
            for next in edges.get(&m).into_iter().flatten() {
                if seen.insert(next.clone()) {
                    stack.push(next.clone());
                }
            }
        }
        seen
    };
    let name = |m: &Module| m.join("::");
    let mut done: BTreeSet<Module> = BTreeSet::new();
    let mut out = Vec::new();
    for &node in &nodes {
        if done.contains(node) || !reach(node).contains(node) {
            continue;
        }
        // The shortest way back to `node`, by breadth-first search.
        let mut prev: BTreeMap<Module, Module> = BTreeMap::new();
        let mut queue = std::collections::VecDeque::from([node.clone()]);
        let mut seen: BTreeSet<Module> = BTreeSet::new();
        'search: while let Some(m) = queue.pop_front() {
            for next in edges.get(&m).into_iter().flatten() {
                if next == node {
                    prev.insert(node.clone(), m.clone());
                    break 'search;
                }
                if seen.insert(next.clone()) {
                    prev.insert(next.clone(), m.clone());
                    queue.push_back(next.clone());
                }
            }
        }
        let mut cycle = vec![node.clone()];
        let mut at = prev[node].clone();
        while &at != node {
            cycle.push(at.clone());
            at = prev[&at].clone();
        }
        cycle.push(node.clone());
        cycle.reverse();
        done.extend(cycle.iter().cloned());
        out.push(cycle.iter().map(name).collect::<Vec<_>>().join(" -> "));
    }
    out
}

#[test]
fn the_modules_of_the_core_have_no_cycle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let found = cycles(&graph(&src));
    assert!(
        found.is_empty(),
        "modules that reach into each other (move the shared piece down):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_finds_a_cycle_it_is_shown() {
    let dir = std::env::temp_dir().join(format!("module-graph-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("outer")).unwrap();
    fs::write(
        dir.join("lib.rs"),
        "pub mod low;\npub mod outer;\npub use low::Thing;\n",
    )
    .unwrap();
    fs::write(
        dir.join("low.rs"),
        "use crate::outer::{inner::{Up}, Other};\npub struct Thing;\n",
    )
    .unwrap();
    fs::write(
        dir.join("outer/mod.rs"),
        "pub mod inner;\npub struct Other;\n",
    )
    .unwrap();
    fs::write(
        dir.join("outer/inner.rs"),
        "// crate::nothing in a comment\npub struct Up(crate::Thing);\n#[cfg(test)]\nuse super::super::low;\n",
    )
    .unwrap();
    let found = cycles(&graph(&dir));
    let _ = fs::remove_dir_all(&dir);
    assert_eq!(found, ["low -> outer::inner -> low"]);
}
