"""How fast the UI is: start-up with a big archive, and a key press in a long objections list.

    python bench/tui.py [--sessions 1000] [--objections 300] [--runs 5] [--keys 50]

Prints (1) the time from process start to the first screen being interactive with an
archive of N sessions, next to the same for an empty Textual app (median and spread
over separate processes that exit on their first idle), and (2) the time from a key
press to the screen being updated in the objections stage with M objections (a
character typed, and Enter recording one more objection).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from textual import events  # noqa: E402

from cocreate import Workspace  # noqa: E402
from cocreate.tui.app import make_app  # noqa: E402
from cocreate.tui.screens.session import SessionScreen  # noqa: E402

# Each child exits on its first idle after the first screen is up and filled.
EMPTY = """
from textual.app import App
from textual.widgets import Static
class Empty(App):
    def compose(self):
        yield Static("hello")
    def on_mount(self):
        self.call_after_refresh(self.exit)
Empty().run(headless=True, size=(80, 24))
"""
# "first": exit once the archive shows its first screenful (the screen is interactive);
# "all": exit once every session is listed (the rest is filled in after the first paint).
OURS = """
import sys
from cocreate import Workspace
from cocreate.tui.app import make_app
from cocreate.tui.screens.home import HomeScreen
want = int(sys.argv[2]) if sys.argv[3] == "all" else 1
app = make_app(Workspace(sys.argv[1]))
def check():
    if isinstance(app.screen, HomeScreen) and app.screen.query("DataTable"):
        table = app.screen.query_one("DataTable")
        if table.row_count >= want:
            app.call_after_refresh(app.exit, table.row_count)
            return
    app.set_timer(0.001, check)
app.call_later(check)
rows = app.run(headless=True, size=(80, 24))
assert rows and rows >= want, rows
"""


def spread(values: list[float]) -> str:
    ms = sorted(v * 1000 for v in values)
    return f"median {statistics.median(ms):7.1f} ms   min {ms[0]:7.1f}   max {ms[-1]:7.1f}"


def child_env(pycache: Path) -> dict[str, str]:
    """As an installed app runs: with compiled modules (kept out of the repository)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONPYCACHEPREFIX": str(pycache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


ENV: dict[str, str] = {}


def timed_child(code: str, *args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, cwd=ROOT, env=ENV)
    return time.perf_counter() - start


def build_archive(path: Path, n: int) -> None:
    ws = Workspace(path)
    for i in range(n):
        sid = ws.new_session(f"Session {i}: kickoff", purpose="An idea",
                             participants=["Ann", "Bo", "Chris"])  # fmt: skip
        if i % 10 == 0:
            ws.advance(sid)
    ws.sessions()  # the index, as after any earlier run


async def key_latency(store: Path, n_objections: int, keys: int) -> tuple[list[float], list[float]]:
    ws = Workspace(store)
    sid = ws.new_session("Long list", participants=["Ann", "Bo"])
    while ws.session(sid).stage != "objections":
        if ws.session(sid).stage == "idea":
            ws.record(sid, "proposal", "An app", by="Ann")
        ws.advance(sid)
    for i in range(n_objections):
        ws.record(sid, "objection", f"Objection number {i} about the cost", by="Bo")
    app = make_app(ws)
    typed: list[float] = []
    entered: list[float] = []
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(SessionScreen(ws, sid))
        while not (isinstance(app.screen, SessionScreen) and app.screen.body):
            await pilot.pause(0.01)
        field = app.screen.query_one("#entry")
        field.focus()
        await pilot.pause(0.1)

        async def press(key: str, char: str | None, done) -> float:
            painted = asyncio.Event()
            start = time.perf_counter()
            app.post_message(events.Key(key, char))  # as the terminal driver delivers a key
            while not done():
                if time.perf_counter() - start > 5:
                    raise RuntimeError(f"the key {key!r} was not handled")
                await asyncio.sleep(0)
            app.call_after_refresh(painted.set)  # the next screen update after handling
            await painted.wait()
            return time.perf_counter() - start

        for i in range(keys):
            before = field.value
            typed.append(await press("x", "x", lambda b=before: field.value != b))
            if i % 5 == 4:
                count = len(ws.session(sid).objections)
                listing = app.screen.query_one("#objections")
                entered.append(
                    await press("enter", "\r", lambda c=count, lst=listing: lst.option_count > c)
                )
            await pilot.pause(0.02)
    return typed, entered


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--objections", type=int, default=300)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keys", type=int, default=50)
    a = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "archive"
        t = time.perf_counter()
        build_archive(store, a.sessions)
        print(flush=True)
        print(f"built an archive of {a.sessions} sessions in {time.perf_counter() - t:.1f} s")
        ENV.update(child_env(Path(tmp) / "pycache"))
        timed_child(EMPTY)  # warm-up: compile the modules once, as an install does
        timed_child(OURS, str(store), str(a.sessions), "first")
        empty: list[float] = []
        ours: list[float] = []
        full: list[float] = []
        for _ in range(a.runs):  # interleaved, so a busy moment hits all three alike
            empty.append(timed_child(EMPTY))
            ours.append(timed_child(OURS, str(store), str(a.sessions), "first"))
            full.append(timed_child(OURS, str(store), str(a.sessions), "all"))
        print(f"start-up, empty Textual app    : {spread(empty)}")
        print(f"start-up, cocreate, {a.sessions} sessions: {spread(ours)}")
        ratio = statistics.median(ours) / statistics.median(empty)
        print(f"  ratio {ratio:.2f}x (goal: within 2x)")
        print(f"  all {a.sessions} rows listed   : {spread(full)}")
        typed, entered = asyncio.run(key_latency(Path(tmp) / "long", a.objections, a.keys))
        print(f"key press -> screen, {a.objections} objections, typing: {spread(typed)}")
        print(f"Enter -> stored and listed ({a.objections}+ objections) : {spread(entered)}")
        print("  goal: under 30 ms")


if __name__ == "__main__":
    main()
