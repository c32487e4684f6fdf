"""Shared helpers for the UI tests: fixed session data and waiting on conditions."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable

import pytest
from textual.pilot import Pilot

from cocreate import Workspace

PEOPLE = [("Ann", "Sales"), ("Bo", "Sales"), ("Chris", "IT"), ("Dana", "IT")]
OBJECTIONS = [
    ("It's too expensive", "Bo"),
    ("Nobody asked the users", None),
    ("We tried this in 2019 and it failed", "Chris"),
    ("The old form works fine", "Dana"),
]


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    """Events get a fixed day, one second apart, so the screen is the same on every run."""
    ticks = itertools.count()

    def now() -> str:
        n = next(ticks)
        return f"2026-03-14T09:{n // 60 % 60:02d}:{n % 60:02d}.000Z"

    monkeypatch.setattr("cocreate.app.workspace.now", now)


def seed(ws: Workspace, stage: str = "objections", *, title: str = "Kickoff: new intake") -> str:
    """A co-creation session with four people, two quadrants and objections, at ``stage``."""
    sid = ws.new_session(title, purpose="A mobile app for the intake form", participants=PEOPLE)
    order = ["setup", "check-in", "idea", "appreciate", "objections", "challenges", "ideas"]
    for here in order:
        if here == stage:
            return sid
        if here == "check-in":
            ws.record(
                sid,
                "quadrant",
                name="Ann",
                core_quality="decisiveness",
                pitfall="pushiness",
                challenge="patience",
                allergy="passivity",
            )
            ws.record(sid, "quadrant", name="Bo", core_quality="patience", pitfall="passivity",
                      challenge="decisiveness", allergy="pushiness")  # fmt: skip
            for (name, _), energy in zip(PEOPLE, (4, 3, 5, 2), strict=True):
                ws.record(sid, "energy", str(energy), by=name)
        if here == "idea":
            ws.record(sid, "proposal", "An app that replaces the paper intake form", by="Ann")
        if here == "appreciate":
            ws.record(sid, "appreciation", "It saves double typing", by="Bo")
        if here == "objections":
            for text, by in OBJECTIONS:
                ws.record(sid, "objection", text, by=by)
        if here == "challenges":
            ws.record(sid, "challenge", "How might we make it affordable?", about="obj-1")
            for o in ws.session(sid).unresolved():
                ws.record(sid, "park", about=o.id)
        ws.advance(sid)
    return sid


async def until(pilot: Pilot, condition: Callable[[], object], timeout: float = 5.0) -> None:
    """Let the app run until ``condition()`` holds (never a fixed sleep)."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not condition():
        if loop.time() > end:
            raise AssertionError("timed out waiting for the screen")
        await pilot.pause(0.01)


def closed(ws: Workspace, *, title: str = "Kickoff: new intake", series: str | None = None) -> str:
    """A whole co-creation session, closed: a challenge with an idea and two owned actions."""
    if series is None:
        sid = seed(ws, "ideas", title=title)
    else:
        # new_session takes the series; seed() does not, so start this one by hand.
        sid = ws.new_session(title, purpose="A mobile app for the intake form",
                             participants=PEOPLE, series=series)  # fmt: skip
        ws.advance(sid)
        ws.record(sid, "energy", "4", by="Ann")
        ws.advance(sid)
        ws.record(sid, "proposal", "An app that replaces the paper intake form", by="Ann")
        ws.advance(sid)
        ws.advance(sid)
        ws.record(sid, "objection", "It's too expensive", by="Bo")
        ws.advance(sid)
        ws.record(sid, "challenge", "How might we make it affordable?", about="obj-1")
        ws.advance(sid)
    iid = ws.record(sid, "idea", "Pilot with ten users", about="chl-1", by="Ann")
    ws.advance(sid)
    ws.skip(sid)
    act = ws.record(sid, "action", "When the pilot starts, I will call the vendor", about=iid)
    ws.record(sid, "assign", about=act, owner="Bo", due="2026-04-01")
    ws.record(sid, "action", "When we meet again, I will show the numbers", owner="Chris")
    ws.advance(sid)
    ws.record(sid, "energy", "5", by="Ann")
    ws.advance(sid)
    return sid
