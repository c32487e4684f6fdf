"""Measure quadrant completion on published quadrants: recognition and agreement per corner.

Usage: python bench/quadrant_eval.py QUADRANTS.tsv [--misses]

The TSV has the columns core_quality, pitfall, challenge, allergy, language (en|nl)
and source. For a start from each corner the engine gets that one word and completes
the rest. Printed per start corner:

- recognised: the starting word is known to the lexicon;
- top-1: share of the other three corners where the published word is the same
  quality as the suggestion;
- in alternatives: the same, counting the suggestion and its ranked alternatives.

Agreement shares are over all rows (a word not recognised agrees with nothing).
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

from cocreate.domain.lexicon import default_lexicon
from cocreate.domain.quadrant import CORNERS


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(
            (line for line in f if not line.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE
        )
        return [r for r in reader if all((r.get(c) or "").strip() for c in CORNERS)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tsv", type=Path)
    parser.add_argument("--misses", action="store_true", help="list words not recognised")
    args = parser.parse_args(argv)

    rows = _rows(args.tsv)
    if not rows:
        print(f"{args.tsv}: no complete rows", file=sys.stderr)
        return 2
    started = time.perf_counter()
    lex = default_lexicon()
    loaded = time.perf_counter() - started
    calls = 0
    started = time.perf_counter()
    print(f"{len(rows)} quadrants from {args.tsv.name}; lexicon loaded in {loaded * 1000:.0f} ms")
    print(f"{'start corner':<14}{'recognised':>12}{'top-1':>10}{'in alternatives':>18}")
    misses: list[tuple[str, str, str]] = []
    for start in CORNERS:
        known = top1 = anywhere = 0
        for row in rows:
            lang = row.get("language", "").strip() or None
            c = lex.complete(**{start: row[start]}, lang=lang)
            calls += 1
            known += c.known
            if not c.known:
                misses.append((start, lang or "?", row[start]))
                continue
            for corner in CORNERS:
                if corner == start:
                    continue
                published = row[corner]
                if lex.same(published, getattr(c.quadrant, corner)):
                    top1 += 1
                    anywhere += 1
                elif any(lex.same(published, alt) for alt in c.alternatives.get(corner, [])):
                    anywhere += 1
        n = len(rows)
        print(f"{start:<14}{known / n:>11.0%} {top1 / (3 * n):>9.0%} {anywhere / (3 * n):>17.0%}")
    per_call = (time.perf_counter() - started) / max(calls, 1)
    print(f"{per_call * 1000:.2f} ms per completion")
    if args.misses:
        print("\nnot recognised:")
        for start, lang, word in misses:
            print(f"  {start:<13} {lang:<3} {word}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
