"""A whole co-creation session driven by keys only, then read back from the store."""

from __future__ import annotations

from textual.widgets import Input, OptionList

from cocreate import Workspace
from cocreate.tui.app import make_app
from cocreate.tui.screens.home import HomeScreen
from cocreate.tui.screens.session import SessionScreen
from tests.test_tui_support import until


async def write(pilot, text: str) -> None:
    await pilot.press(*text)


def stage_of(app) -> str:
    screen = app.screen
    return screen.state.stage if isinstance(screen, SessionScreen) else ""


async def test_a_whole_session_by_keys_only(ws: Workspace) -> None:
    app = make_app(ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.focused, Input))
        await write(pilot, "Kickoff")
        await pilot.press("enter")
        await write(pilot, "An app")
        await pilot.press("enter", "tab", "tab")  # past the template and the series
        for person in ("Ann:S", "Bo:S", "Chris:IT", "Dana"):
            await write(pilot, person)
            await pilot.press("enter")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: stage_of(app) == "setup")
        sid = app.screen.sid

        async def advance(to: str) -> None:
            await pilot.press("f6")
            await until(pilot, lambda: stage_of(app) == to)

        await advance("check-in")
        await pilot.press("4", "down", "3", "down", "5", "down", "2", "up", "up", "up")
        await until(pilot, lambda: len(ws.session(sid).energy) == 4)
        await pilot.press("enter")  # Ann's quadrant
        await until(pilot, lambda: app.screen.__class__.__name__ == "QuadrantEditor")
        await write(pilot, "patience")
        await pilot.press("f2", "ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, SessionScreen))

        await advance("idea")
        await write(pilot, "No paper")
        await pilot.press("enter")
        await advance("appreciate")
        await write(pilot, "Fast")
        await pilot.press("enter")
        await advance("objections")
        await write(pilot, "Too costly")
        await pilot.press("enter")
        await pilot.press("f4", "f4", "f4", "f4")  # Ann -> Bo -> Chris -> Dana -> anonymous
        await write(pilot, "Who asked?")
        await pilot.press("enter")
        await until(pilot, lambda: len(ws.session(sid).objections) == 2)

        await advance("challenges")
        await pilot.press("enter")  # to the suggestions for obj-1
        await until(pilot, lambda: app.screen.query_one("#suggestions", OptionList).option_count)
        await pilot.press("enter")  # accept the best suggestion
        await until(pilot, lambda: ws.session(sid).challenge_for("obj-1") is not None)
        await pilot.press("a")  # the objector agrees
        await until(pilot, lambda: ws.session(sid).challenge_for("obj-1").agrees)
        await pilot.press("down", "p")  # park obj-2
        await until(pilot, lambda: not ws.session(sid).unresolved())

        await advance("ideas")
        await write(pilot, "Pilot")
        await pilot.press("enter")
        await until(pilot, lambda: len(ws.session(sid).ideas) == 1)
        await pilot.press("ctrl+y")
        await write(pilot, "free")
        await pilot.press("enter")
        await until(pilot, lambda: len(ws.session(sid).ideas) == 2)

        await advance("converge")
        await pilot.press("enter", "down", "enter", "r")
        await until(pilot, lambda: ws.session(sid).votes_revealed)

        await advance("commit")
        await write(pilot, "it starts")
        await pilot.press("enter")
        await write(pilot, "ask five")
        await pilot.press("enter")
        await write(pilot, "2026-12-15")
        await pilot.press("enter")
        await until(pilot, lambda: len(ws.session(sid).actions) == 1)

        await advance("check-out")
        await pilot.press("5")
        await until(pilot, lambda: ws.session(sid).energy_of("par-1", "out") == 5)
        await advance("closed")

    fresh = Workspace(ws.path).session(sid)
    assert fresh.title == "Kickoff"
    assert [(p.name, p.group) for p in fresh.participants] == [
        ("Ann", "S"), ("Bo", "S"), ("Chris", "IT"), ("Dana", None),
    ]  # fmt: skip
    assert [fresh.energy_of(p.id, "in") for p in fresh.participants] == [4, 3, 5, 2]
    q = fresh.quadrant_of("Ann")
    assert q is not None
    assert (q.core_quality, q.pitfall) == ("patience", "passivity")
    assert fresh.proposals[0].text == "No paper"
    assert fresh.appreciations[0].by == "par-1"
    assert [(o.text, o.by) for o in fresh.objections] == [
        ("Too costly", "par-1"), ("Who asked?", None),
    ]  # fmt: skip
    chl = fresh.challenge_for("obj-1")
    assert chl.text.startswith("How might we") and chl.agrees
    assert fresh.objections[1].parked
    assert fresh.ideas[1].builds_on == "idea-1"
    assert len(fresh.votes) == 2 and fresh.votes_revealed
    action = fresh.actions[0]
    assert action.text == "When it starts, I will ask five"
    assert action.due == "2026-12-15" and action.owner == "par-1"
    assert fresh.energy_of("par-1", "out") == 5
    assert fresh.closed
