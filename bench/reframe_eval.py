"""Judge the reframing engine on a TSV of objections: form, clarify share, duplicates.

Usage: python bench/reframe_eval.py FILE.tsv [--show] [--top N]

FILE is shaped like objections-dev.tsv (objection, language, source) or like
real-objections-dev.tsv (objection, proposal, language, source); a proposal is passed
to the engine as the idea.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

from cocreate.domain.reframe import is_pasted, reframe, well_formed


def read_rows(path: Path) -> list[tuple[str, str | None, str | None]]:
    """(objection, idea, language) rows of a TSV with a header line."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        return [
            (row["objection"], row.get("proposal") or None, row.get("language") or None)
            for row in reader
            if row.get("objection", "").strip()
        ]


def main(argv: list[str] | None = None) -> int:
    """Print the figures; with --show, every objection and its challenges."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tsv", type=Path)
    parser.add_argument("--show", action="store_true", help="print every pair")
    parser.add_argument("--top", type=int, default=1, help="challenges shown per objection")
    parser.add_argument("--no-idea", action="store_true", help="ignore the proposal column")
    args = parser.parse_args(argv)
    rows = read_rows(args.tsv)
    formed = clarify = pasted = 0
    bests: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    for objection, idea, lang in rows:
        result = reframe(objection, lang=lang, idea=None if args.no_idea else idea)
        best = result.challenges[0]
        if result.kind == "clarify":
            clarify += 1
        else:
            bests[best.text] += 1
            rules[best.rule.split(":")[0].split("+")[0]] += 1
            if is_pasted(best.text, objection):
                pasted += 1
            elif well_formed(best.text, result.lang):
                formed += 1
        if args.show:
            mark = "?" if result.kind == "clarify" else " "
            print(f"{mark} {objection}")
            if idea and not args.no_idea:
                print(f"    idea: {idea}")
            for cand in result.challenges[: args.top]:
                print(f"    -> {cand.text}   [{cand.rule} {cand.score:.2f}]")
    total = len(rows)
    answered = total - clarify
    dupes = {text: n for text, n in bests.items() if n > 1}
    print(f"objections: {total}")
    print(f"well-formed challenges: {formed}/{answered} ({100 * formed / max(answered, 1):.1f}%)")
    print(f"pasted: {pasted}")
    print(f"clarify: {clarify}/{total} ({100 * clarify / max(total, 1):.1f}%)")
    # The generic fallback ("... while making it work for everyone involved") names no
    # concern: a challenge a facilitator would rarely put up as it stands.
    generic = rules["fallback"]
    print(f"generic fallback: {generic}/{answered} ({100 * generic / max(answered, 1):.1f}%)")
    print(
        f"duplicate best challenges: {sum(dupes.values()) - len(dupes)} extra in {len(dupes)} texts"
    )
    for text, n in sorted(dupes.items(), key=lambda kv: -kv[1]):
        print(f"  {n}x {text}")
    print("best by rule: " + ", ".join(f"{k} {v}" for k, v in rules.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
