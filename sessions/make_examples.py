"""Rebuild the example archive in this folder through the public API.

    python sessions/make_examples.py

Removes the example session files here and makes them anew, so they always
match the current schema. The content is the same every time; ids and times differ.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from cocreate import Workspace  # noqa: E402
from cocreate.app.examples import build_examples  # noqa: E402


def main() -> None:
    for old in HERE.glob("*.json"):
        old.unlink()
    ids = build_examples(Workspace(HERE))
    for extra in (HERE / "index.json", HERE / "people.json"):
        extra.unlink(missing_ok=True)
    print("Example sessions:", " ".join(ids))


if __name__ == "__main__":
    main()
