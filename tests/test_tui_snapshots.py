"""Snapshots of home, the objections and challenges stages, the quadrant editor, review, export."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from cocreate import Workspace
from cocreate.tui.app import make_app
from cocreate.tui.dialogs.export import ExportDialog
from cocreate.tui.dialogs.quadrant import QuadrantEditor
from cocreate.tui.screens.review import ReviewScreen
from cocreate.tui.screens.session import SessionScreen
from cocreate.tui.stages.base import StageBody
from tests.test_tui_support import closed, frozen, seed, until

__all__ = ["frozen"]
SIZES = [(80, 24), (120, 40)]


def still(app) -> None:
    """No blinking cursor: a snapshot must not depend on the moment it is taken."""
    for screen in app.screen_stack:
        for field in screen.query(Input):
            field.cursor_blink = False


def archive(ws: Workspace) -> None:
    seed(ws, "challenges", title="Kickoff: new intake")
    seed(ws, "idea", title="Quarterly review [bold]not bold[/bold]")
    closed = ws.new_session("Team day", template="team-quadrant", participants=["Ann", "Bo"])
    ws.record(closed, "note", "short one")


@pytest.mark.usefixtures("frozen")
@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_home(snap_compare, ws: Workspace, size: tuple[int, int]) -> None:
    archive(ws)

    async def ready(pilot: Pilot) -> None:
        await until(pilot, lambda: pilot.app.screen.query("DataTable"))
        still(pilot.app)

    assert snap_compare(make_app(ws), terminal_size=size, run_before=ready)


def session_app(ws: Workspace, stage: str):
    sid = seed(ws, "challenges")
    if stage == "objections":
        ws.back(sid)
    app = make_app(ws)

    async def ready(pilot: Pilot) -> None:
        await until(pilot, lambda: pilot.app.screen.query("DataTable"))
        pilot.app.push_screen(SessionScreen(ws, sid))
        await until(pilot, lambda: isinstance(pilot.app.screen, SessionScreen))
        await until(pilot, lambda: pilot.app.screen.body is not None)
        if stage == "challenges":
            suggestions = pilot.app.screen.query_one("#suggestions", OptionList)
            await until(pilot, lambda: suggestions.option_count > 0)
        still(pilot.app)
        await pilot.pause()

    return app, ready, sid


@pytest.mark.usefixtures("frozen")
@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_objections_stage(snap_compare, ws: Workspace, size: tuple[int, int]) -> None:
    app, ready, _ = session_app(ws, "objections")
    assert snap_compare(app, terminal_size=size, run_before=ready)


@pytest.mark.usefixtures("frozen")
@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_challenges_stage(snap_compare, ws: Workspace, size: tuple[int, int]) -> None:
    app, ready, _ = session_app(ws, "challenges")
    assert snap_compare(app, terminal_size=size, run_before=ready)


@pytest.mark.usefixtures("frozen")
@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_quadrant_editor(snap_compare, ws: Workspace, size: tuple[int, int]) -> None:
    app, ready, sid = session_app(ws, "check-in")

    async def editor(pilot: Pilot) -> None:
        await ready(pilot)
        pilot.app.push_screen(QuadrantEditor(ws, sid, "Chris"))
        await until(pilot, lambda: pilot.app.screen.query("#core_quality"))
        await pilot.press(*"calm")
        screen = pilot.app.screen
        await until(pilot, lambda: screen.completion is not None)
        still(pilot.app)
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=editor)


def review_app(ws: Workspace, keys: tuple[str, ...]):
    """The review of a closed session, after ``keys``; the export dialog is one of them."""
    sid = closed(ws)
    app = make_app(ws)

    async def ready(pilot: Pilot) -> None:
        await until(pilot, lambda: pilot.app.screen.query("DataTable"))
        pilot.app.push_screen(ReviewScreen(ws, sid))
        await until(pilot, lambda: isinstance(pilot.app.screen, ReviewScreen))
        review = pilot.app.screen
        await until(pilot, lambda: review.query(StageBody))
        await pilot.press(*keys)
        if "x" in keys:
            await until(pilot, lambda: isinstance(pilot.app.screen, ExportDialog))
        else:
            await until(pilot, lambda: review.step.stage == "challenges")
            await until(
                pilot,
                lambda: "affordable" in "".join(str(w.render()) for w in review.query("#current")),
            )
            await pilot.app.workers.wait_for_complete()
        still(pilot.app)
        await pilot.pause()

    return app, ready


@pytest.mark.usefixtures("frozen")
@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_review_replay(snap_compare, ws: Workspace, size: tuple[int, int]) -> None:
    app, ready = review_app(ws, ("right",) * 5)
    assert snap_compare(app, terminal_size=size, run_before=ready)


@pytest.mark.usefixtures("frozen")
@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_review_transcript_at_a_step(snap_compare, ws: Workspace, size: tuple[int, int]) -> None:
    app, ready = review_app(ws, ("t", *("right",) * 5))
    assert snap_compare(app, terminal_size=size, run_before=ready)


@pytest.mark.usefixtures("frozen")
@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_export_dialog(snap_compare, ws: Workspace, size: tuple[int, int]) -> None:
    app, ready = review_app(ws, ("x",))
    assert snap_compare(app, terminal_size=size, run_before=ready)
