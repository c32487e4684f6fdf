"""Shared fixtures: every test gets its own store, never the user's real data."""

from __future__ import annotations

from pathlib import Path

import pytest

from cocreate import Workspace

HOSTILE = [
    "[/]",
    "[/foo]",
    "[bold]loud[/bold]",
    "[link=x]click[/link]",
    "[link=x]",
    "[link='javascript:x']open[/]",
    "ctrl\x00\x07\x1b[31mred\x1b[0m\x7f",
    "emoji 🎉👩🏽‍💻 and 漢字",
    "x" * 10_000,
    "It's too expensive, " * 250,  # a 5,000-character objection
]


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COCREATE_STORE", str(tmp_path / "store"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    return Workspace(tmp_path / "store")


def walk_to(ws: Workspace, sid: str, stage: str) -> None:
    """Advance a fresh co-creation session to ``stage``, meeting each guard on the way."""
    while ws.session(sid).stage != stage:
        s = ws.session(sid)
        if s.stage == "idea" and not s.proposals:
            ws.record(
                sid, "proposal", "A mobile app for the intake form", by=s.participants[0].name
            )
        if s.stage == "challenges":
            for o in s.unresolved():
                ws.record(sid, "park", about=o.id)
        ws.advance(sid)


@pytest.fixture
def sid(ws: Workspace) -> str:
    return ws.new_session(
        "Kickoff: new intake",
        purpose="A mobile app for the intake form",
        participants=["Ann", "Bo", "Chris"],
    )
