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
