#!/usr/bin/env python3
"""Sums `twiggy top -f csv` (shallow bytes per item) of a wasm with names by crate, and by module for our
two crates (goal_ladder, goal_ladder_core), so a build's cost can be read per part.

    twiggy top -n 1000000 -f csv app.wasm > top.csv
    python3 scripts/wasm-size-groups.py top.csv [DEPTH]

DEPTH (default 2) is how many path segments of our crates' items make a group: 2 gives
goal_ladder::class_review, goal_ladder_core::scoring. A generic item is counted where its own path starts
(`<leptos::x as tachys::y>::f` under leptos), monomorphised copies made for our types included.
The name sections (which only a build with names has) are left out of every sum but shown apart.
"""
import csv
import re
import sys
from collections import defaultdict

OURS = ("goal_ladder", "goal_ladder_core")


def group(name, depth):
    if name.startswith("data segment"):
        return "(data segments: .rodata, texts and tables)"
    if name.startswith('"') and "subsection" in name:
        return "(name section)"
    if re.match(r"^(elem|table|type|import|export|global|memory|code|func)\[", name) or name in ("<meta root>",):
        return "(wasm structure: tables, types, imports, exports)"
    s = name.replace("byn$mgfn-shared$", "")
    # `<T as tachys::view::Render>::build` or `<f64 as core::fmt::Display>::fmt`: a generic parameter or a
    # primitive stands first, so the trait's crate is where the code comes from.
    m = re.match(r"^<&?(?:mut )?(\[?[A-Z][A-Za-z]?\]?|[iuf](?:8|16|32|64|128|size)|str|char|bool|\(\)) as ([^>]+)>", s)
    if m:
        s = m.group(2)
    s = s.lstrip("<&*")
    s = re.sub(r"^(impl |dyn |mut |const )", "", s)
    s = s.lstrip("<&*")
    parts = re.split(r"::", s)
    crate = re.split(r"[<>\s\[(,]", parts[0])[0] or "(other)"
    if crate in OURS:
        segs = []
        for p in parts[:depth]:
            p = re.split(r"[<>\s\[(,{]", p)[0]
            if not p:
                break
            segs.append(p)
        return "::".join(segs)
    if crate in ("core", "alloc", "std"):
        return "std (" + crate + ")"
    if crate.startswith("__") or crate.startswith("$") or crate[:1].isdigit():
        return "(unnamed / runtime)"
    return crate


def main():
    path = sys.argv[1]
    depth = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    sums = defaultdict(int)
    counts = defaultdict(int)
    total = 0
    names = 0
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            name = row["Name"]
            size = int(row["ShallowSize"])
            if name.startswith("Σ") or name.startswith("... and"):
                continue
            g = group(name, depth)
            if g == "(name section)":
                names += size
                continue
            sums[g] += size
            counts[g] += 1
            total += size
    print(f"{'bytes':>9} {'%':>6} {'items':>6}  group")
    for g, s in sorted(sums.items(), key=lambda kv: -kv[1]):
        if s < 2000:
            continue
        print(f"{s:9d} {100 * s / total:5.1f}% {counts[g]:6d}  {g}")
    rest = sum(s for s in sums.values() if s < 2000)
    print(f"{rest:9d} {100 * rest / total:5.1f}%         (groups under 2 000 bytes each)")
    print(f"{total:9d} 100.0%         total without the name section ({names} bytes of names left out)")


if __name__ == "__main__":
    main()
