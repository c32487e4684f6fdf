"""Measure how many objections per second the reframing engine handles on one core.

Usage: python bench/reframe.py [FILE.tsv] [--runs N]

Without a file it uses built-in examples; a file is shaped like objections-dev.tsv
(objection, language, source) or real-objections-dev.tsv (objection, proposal, ...),
and its proposal column is passed as the idea.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from pathlib import Path

from cocreate.domain.reframe import reframe

EXAMPLES: tuple[tuple[str, str | None], ...] = (
    ("It's too expensive.", None),
    ("The board will never buy it.", None),
    ("We tried that before and it didn't work", None),
    ("Who is going to do it?", None),
    ("It will take too long to build", "a mobile app for the intake form"),
    (
        "If it's going to add 25% to existing build times I'm not sure we should enable "
        "this by default.",
        "Add a Maven enforcer rule against circular dependencies",
    ),
    ("This tool is widely used and renaming the binary will break a lot of users.", None),
    ("I'm not saying you're wrong, but we don't have the staff for this", None),
    ("Yuck!", None),
    ("Ja leuk, maar hier krijgen we nooit budget voor", None),
    ("Dat past niet binnen ons beleid.", None),
    ("what if the customers hate it", None),
    ("we've always done it this way", None),
    ("Management won't like it... and it's against policy!", None),
)


def read_rows(path: Path) -> list[tuple[str, str | None]]:
    """(objection, idea) rows of a TSV with a header line."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            (row["objection"], row.get("proposal") or None)
            for row in csv.DictReader(handle, delimiter="\t")
            if row.get("objection", "").strip()
        ]


def main(argv: list[str] | None = None) -> int:
    """Print the rate: median and spread over several runs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tsv", nargs="?", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--min-items", type=int, default=3000, help="objections per run")
    args = parser.parse_args(argv)
    rows = read_rows(args.tsv) if args.tsv else list(EXAMPLES)
    batch = rows * max(1, -(-args.min_items // len(rows)))
    for text, idea in rows:  # warm the caches: data loading is not what we measure
        reframe(text, idea=idea)
    rates = []
    for _ in range(args.runs):
        start = time.process_time()  # CPU time: other load on the machine does not count
        for text, idea in batch:
            reframe(text, idea=idea)
        rates.append(len(batch) / (time.process_time() - start))
    source = args.tsv.name if args.tsv else "built-in examples"
    print(f"{source}: {len(rows)} objections, {len(batch)} per run, {args.runs} runs")
    print(
        f"rate: median {statistics.median(rates):,.0f} objections/s "
        f"(min {min(rates):,.0f}, max {max(rates):,.0f}, "
        f"spread {statistics.pstdev(rates):,.0f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
