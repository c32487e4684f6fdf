"""Search over a large archive, and opening the archive screen on it.

    python bench/archive.py [--sessions 1000] [--events 60] [--runs 20]

Builds a store of N sessions of about E events each (through the real store
functions, so files are exactly what cocreate writes), then prints the median
and spread in milliseconds of ``Workspace.sessions(search=...)`` for several
queries, and the time from starting the UI until the archive screen shows its
first rows and all of them (with an empty store's start-up as the baseline).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cocreate import Workspace
from cocreate.app.workspace import now
from cocreate.store.sessions import SessionStore

WORDS = (
    "budget",
    "risk",
    "time",
    "users",
    "board",
    "policy",
    "legal",
    "intake",
    "app",
    "form",
    "staff",
    "training",
    "privacy",
    "cloud",
    "vendor",
    "cost",
    "quality",
    "speed",
    "support",
    "customers",
    "manager",
    "pilot",
    "data",
    "security",
    "team",
    "process",
)
NAMES = ["Ann", "Bo", "Chris", "Dee", "Eli", "Fleur", "Jeroen", "Sanne", "Pieter", "Mia"]


def fake_events(rng: random.Random, n: int, i: int) -> list[dict]:
    at = now()
    people = rng.sample(NAMES, 4)

    def ev(seq: int, stage: str, kind: str, actor: str | None, data: dict) -> dict:
        return {"seq": seq, "at": at, "stage": stage, "kind": kind, "actor": actor, "data": data}

    def words(k: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(k))

    events = [ev(1, "setup", "session", None, {"title": f"Session {i}: {words(3)}",
                                                "purpose": words(8), "template": "co-creation",
                                                "series": None})]  # fmt: skip
    for j, name in enumerate(people, start=1):
        events.append(
            ev(len(events) + 1, "setup", "participant", None, {"id": f"par-{j}", "name": name})
        )
    events.append(
        ev(len(events) + 1, "setup", "advance", None, {"from": "setup", "to": "objections"})
    )
    k = 0
    while len(events) < n:
        k += 1
        actor = f"par-{rng.randint(1, 4)}" if rng.random() < 0.8 else None
        events.append(ev(len(events) + 1, "objections", "objection", actor,
                         {"id": f"obj-{k}", "text": f"It is too {words(6)}"}))  # fmt: skip
    return events


def build(root: Path, sessions: int, events: int) -> Workspace:
    store = SessionStore(root)
    rng = random.Random(1)
    for i in range(sessions):
        store.create(f"{i:08x}", {"created": now()}, fake_events(rng, events, i))
    return Workspace(root)


def timed(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def show(label: str, ms: list[float]) -> None:
    q = statistics.quantiles(ms, n=20) if len(ms) > 1 else ms * 19
    print(f"{label:38} median {statistics.median(ms):8.1f} ms   p5 {q[0]:7.1f}   p95 {q[-1]:7.1f}")


async def open_archive(ws: Workspace, rows: int) -> tuple[float, float]:
    """Milliseconds from starting the app until the archive shows its first rows, and all.

    The home screen lists one screenful at once and the rest after the first paint,
    so the two differ on a big archive.
    """
    from textual.widgets import DataTable

    from cocreate.tui.app import make_app

    app = make_app(ws)
    t = time.perf_counter()
    first = -1.0
    async with app.run_test(size=(120, 40)) as pilot:
        while True:
            tables = app.screen.query(DataTable)
            shown = tables.first().row_count if tables else 0
            if first < 0 and (shown or not rows) and tables:
                first = (time.perf_counter() - t) * 1000
            if tables and shown >= rows:
                break
            await asyncio.sleep(0.002)
        await pilot.pause()
        return first, (time.perf_counter() - t) * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sessions", type=int, default=1000)
    ap.add_argument("--events", type=int, default=60)
    ap.add_argument("--runs", type=int, default=20)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        ws = build(Path(tmp) / "store", a.sessions, a.events)
        print(
            f"built {a.sessions} sessions of {a.events} events in {time.perf_counter() - t:.1f} s"
        )
        show("first listing (builds the index)", timed(ws.sessions, 1))
        for query in ("budget", "privacy cloud", "no such words here", "ann"):
            show(f"search {query!r}", timed(lambda q=query: ws.sessions(search=q), a.runs))

        def filtered() -> object:
            return ws.sessions(participant="Mia", since="2020-01-01")

        show("filter participant + since", timed(filtered, a.runs))
        show("list everything", timed(ws.sessions, a.runs))
        empty = [asyncio.run(open_archive(Workspace(Path(tmp) / "empty"), 0)) for _ in range(5)]
        show("UI archive screen, empty store", [f for f, _ in empty])
        full = [asyncio.run(open_archive(Workspace(ws.path), a.sessions)) for _ in range(5)]
        show(f"UI archive, {a.sessions} sessions: first rows", [f for f, _ in full])
        show(f"UI archive, {a.sessions} sessions: all rows", [f for _, f in full])


if __name__ == "__main__":
    main()
