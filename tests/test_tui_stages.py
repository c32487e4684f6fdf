"""Each stage's body, refusals, back, the private round, and hostile text on every screen."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Input, OptionList, Static

from cocreate import Workspace
from cocreate.tui.app import make_app
from cocreate.tui.dialogs.quadrant import QuadrantEditor
from cocreate.tui.screens.help import HelpScreen
from cocreate.tui.screens.home import HomeScreen
from cocreate.tui.screens.review import ReviewScreen
from cocreate.tui.screens.session import SessionScreen
from tests.conftest import HOSTILE
from tests.test_tui_support import seed, until


def plain(widget: Static) -> str:
    return str(widget.render())


def options(app, selector: str) -> list[str]:
    items = app.screen.query_one(selector, OptionList)
    return [str(items.get_option_at_index(i).prompt) for i in range(items.option_count)]


async def open_session(app, pilot, sid: str) -> SessionScreen:
    await until(pilot, lambda: isinstance(app.screen, HomeScreen))
    app.push_screen(SessionScreen(app.ws, sid))
    await until(pilot, lambda: isinstance(app.screen, SessionScreen) and app.screen.body)
    return app.screen


async def enter_text(pilot, app, selector: str, text: str) -> None:
    """Put text in a field and press Enter (typing every key is slow in Pilot)."""
    field = app.screen.query_one(selector, Input)
    field.focus()
    field.value = text
    await pilot.press("enter")


async def test_refused_advance_shows_the_reason_and_disables_the_key(ws: Workspace) -> None:
    sid = seed(ws, "idea")
    app = make_app(ws)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_session(app, pilot, sid)
        assert "State the idea first" in plain(screen.query_one("#why", Static))
        assert screen.check_action("advance", ()) is None
        await pilot.press("f6")
        await pilot.pause()
        assert ws.session(sid).stage == "idea"
        # The palette command tries anyway and shows the guard's reason.
        await screen.action_advance()
        assert "State the idea first" in plain(screen.query_one("#status", Static))
        await enter_text(pilot, app, "#entry", "An app")
        await until(pilot, lambda: screen.check_action("advance", ()) is True)
        assert not screen.query_one("#why", Static).display


async def test_back_keeps_everything(ws: Workspace) -> None:
    sid = seed(ws, "challenges")
    app = make_app(ws)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_session(app, pilot, sid)
        await pilot.press("f5")
        await until(pilot, lambda: screen.state.stage == "objections")
        assert len(options(app, "#objections")) == 4
        await pilot.press("f6")
        await until(pilot, lambda: screen.state.stage == "challenges")
        assert len(options(app, "#objection-list")) == 4
    assert len(Workspace(ws.path).session(sid).objections) == 4


async def test_private_round_hides_then_reveals(ws: Workspace) -> None:
    sid = seed(ws, "objections")
    app = make_app(ws)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_session(app, pilot, sid)
        await pilot.press("ctrl+r")
        listing = screen.query_one("#objections", OptionList)
        assert not listing.display
        for text in ("Ann's worry", "Bo's worry"):
            await enter_text(pilot, app, "#entry", text)
            await pilot.press("enter")  # an empty line passes to the next person
        assert "Chris" in plain(screen.query_one("#round-banner", Static))
        assert not listing.display
        await pilot.press("ctrl+r")
        await until(pilot, lambda: len(ws.session(sid).objections) == 2)
        await until(pilot, lambda: listing.display and listing.option_count == 2, timeout=1)
    by = {o.text: o.by for o in Workspace(ws.path).session(sid).objections}
    assert by["Ann's worry"] == "par-1" and by["Bo's worry"] == "par-2"


async def test_check_in_energy_and_quadrant_editor(ws: Workspace) -> None:
    sid = seed(ws, "check-in")
    app = make_app(ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_session(app, pilot, sid)
        await pilot.press("down", "down", "3", "enter")
        await until(
            pilot,
            lambda: isinstance(app.screen, QuadrantEditor) and app.screen.query("#core_quality"),
        )
        editor = app.screen
        await pilot.press(*"patience")
        await until(pilot, lambda: editor.query_one("#pitfall", Input).placeholder != "")
        assert "passivity" in editor.query_one("#pitfall", Input).placeholder
        await pilot.press("f2", "tab", "tab", "tab", "tab", "space", "ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, SessionScreen))
    state = Workspace(ws.path).session(sid)
    q = state.quadrant_of("Chris")
    assert q.core_quality == "patience" and q.pitfall and q.private
    assert state.energy_of("par-3", "in") == 3


async def test_appreciate_moves_to_the_next_person(ws: Workspace) -> None:
    sid = seed(ws, "appreciate")
    app = make_app(ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_session(app, pilot, sid)
        await enter_text(pilot, app, "#entry", "Fast")
        await enter_text(pilot, app, "#entry", "Clear")
        await until(pilot, lambda: len(ws.session(sid).appreciations) == 2)
    assert [a.by for a in ws.session(sid).appreciations] == ["par-1", "par-2"]


async def test_converge_hides_votes_until_revealed(ws: Workspace) -> None:
    sid = seed(ws, "ideas")
    ws.record(sid, "idea", "Pilot", about="chl-1", by="Ann")
    ws.advance(sid)
    app = make_app(ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_session(app, pilot, sid)
        await pilot.press("enter", "enter")
        await until(pilot, lambda: len(ws.session(sid).votes) == 2)
        assert options(app, "#targets")[0].startswith("hidden")
        await pilot.press("r")
        await until(pilot, lambda: options(app, "#targets")[0].startswith("●●"))


async def test_commit_needs_owners_and_assigns_them(ws: Workspace) -> None:
    sid = seed(ws, "ideas")
    ws.advance(sid)
    ws.skip(sid)
    ws.record(sid, "action", "I will call the vendor")
    app = make_app(ws)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_session(app, pilot, sid)
        assert screen.check_action("advance", ()) is None
        assert "no owner" in plain(screen.query_one("#why", Static))
        screen.query_one("#actions", OptionList).focus()
        await pilot.press("f4", "o")
        await until(pilot, lambda: screen.check_action("advance", ()) is True)
    assert ws.session(sid).actions[0].owner == "par-2"


async def test_team_quadrant_workshop_stages(ws: Workspace) -> None:
    sid = ws.new_session("Team", template="team-quadrant",
                         participants=[("Ann", "Sales"), ("Bo", "IT")])  # fmt: skip
    ws.advance(sid)
    ws.advance(sid)
    app = make_app(ws)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_session(app, pilot, sid)
        await enter_text(pilot, app, "#entry", "decisiveness")
        await until(pilot, lambda: screen.check_action("advance", ()) is True)
        await pilot.press("f6")
        await until(pilot, lambda: screen.state.stage == "vote")
        await pilot.press("enter")
        await until(pilot, lambda: len(ws.session(sid).votes) == 1)
        await pilot.press("f6")
        await until(pilot, lambda: screen.state.stage == "team")
        await pilot.press("enter")
        await until(
            pilot,
            lambda: isinstance(app.screen, QuadrantEditor) and app.screen.query("#core_quality"),
        )
        assert app.screen.query_one("#core_quality", Input).value == "decisiveness"
        await pilot.press("f2", "ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, SessionScreen))
        await pilot.press("f6")
        await until(pilot, lambda: screen.state.stage == "groups")
        for group, word in (("Sales", "decisiveness"), ("IT", "patience")):
            ws.set_quadrant(sid, group, of="group", core_quality=word, complete=True)
        await pilot.press("f6")
        await until(pilot, lambda: screen.state.stage == "couple")
        table = screen.query_one("#matrix", DataTable)
        await until(pilot, lambda: table.row_count == 2)
        text = plain(screen.query_one("#coupling-text", Static))
        assert "Learning pairs" in text and "Friction" in text
    assert ws.session(sid).quadrants[0].of == "team"


async def test_help_lists_every_key_and_the_palette_has_namespaced_commands(
    ws: Workspace,
) -> None:
    sid = seed(ws, "objections")
    app = make_app(ws)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_session(app, pilot, sid)
        titles = [c[0] for c in screen.commands()]
        assert "stage: Advance" in titles and "session: Export as Markdown" in titles
        assert "objections: Private round (or reveal)" in titles
        await pilot.press("f1")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen))
        text = plain(app.screen.query("Static").last())
        for key in ("f6", "f5", "ctrl+r", "ctrl+s", "Private round", "Objector agrees"):
            assert key in text
        await pilot.press("escape", "ctrl+t")
        assert app.theme == "textual-light"


async def test_home_lists_damaged_files_and_deletes_after_confirming(
    ws: Workspace,
) -> None:
    keep = seed(ws, "setup", title="Keep me")
    gone = seed(ws, "setup", title="Delete me")
    (ws.path / "deadbeef.json").write_text("{not json")
    app = make_app(ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        table = app.screen.query_one(DataTable)
        keys = [r.value for r in table.rows]
        assert keys[0] == "damaged:deadbeef.json"
        table.move_cursor(row=keys.index(gone))
        await pilot.press("d")
        await pilot.press("y")
        await until(pilot, lambda: gone not in [r.value for r in table.rows])
    assert [s.id for s in Workspace(ws.path).sessions()] == [keep]


@pytest.mark.parametrize("hostile", HOSTILE, ids=range(len(HOSTILE)))
async def test_hostile_text_is_shown_literally_everywhere(ws: Workspace, hostile: str) -> None:
    name = hostile[:200].strip() or "x"
    sid = ws.new_session(hostile[:500], purpose=hostile, participants=[name, "Bo"])
    ws.advance(sid)
    ws.record(sid, "quadrant", name=name, core_quality=hostile[:200], allergy="passivity")
    ws.advance(sid)
    ws.record(sid, "proposal", hostile, by="Bo")
    ws.advance(sid)
    ws.advance(sid)
    ws.record(sid, "objection", hostile, by=name)
    ws.record(sid, "objection", hostile, by=None)
    app = make_app(ws)
    needle = " ".join(hostile.split())[:15]
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("r")
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen))
        # Replay, summary, transcript and export: tests/test_tui_review.py, all strings at once.
        title = plain(app.screen.query_one(".screen-title", Static))
        assert ("\\x1b" if "\x1b" in hostile else needle) in title
        await pilot.press("escape")
        await pilot.press("o")
        await until(pilot, lambda: isinstance(app.screen, SessionScreen))
        if "\x1b" not in hostile:
            assert any(needle in line for line in options(app, "#objections"))
        else:
            assert any("\\x1b" in line for line in options(app, "#objections"))
        await pilot.press("f6")
        await until(pilot, lambda: app.screen.state.stage == "challenges")
        await until(
            pilot,
            lambda: options(app, "#suggestions") or plain(app.screen.query_one("#lens", Static)),
        )
        await enter_text(pilot, app, "#own", "How might we " + hostile[:100] + "?")
        await until(pilot, lambda: ws.session(sid).challenges)
        app.push_screen(QuadrantEditor(ws, sid, name))
        await until(
            pilot,
            lambda: isinstance(app.screen, QuadrantEditor) and app.screen.query("#core_quality"),
        )
        assert app.screen.query_one("#core_quality", Input).value == hostile[:200].strip()
        await pilot.press("escape", "f9")
        await until(pilot, lambda: app.screen.__class__.__name__ == "CouplingDialog")
        await pilot.press("escape")


async def test_the_quadrant_editor_offers_a_remembered_quadrant(ws: Workspace) -> None:
    first = ws.new_session("Last month", participants=["Ann"])
    ws.set_quadrant(first, "Ann", core_quality="decisiveness", pitfall="pushiness")
    sid = ws.new_session("Today", participants=["Ann"])
    app = make_app(ws)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(QuadrantEditor(ws, sid, "Ann"))
        await until(
            pilot,
            lambda: isinstance(app.screen, QuadrantEditor) and app.screen.query("#core_quality"),
        )
        assert app.screen.query_one("#core_quality", Input).value == "decisiveness"
        assert "Remembered" in plain(app.screen.query_one("#quad-status", Static))
        await pilot.press("ctrl+s")
        await until(pilot, lambda: ws.session(sid).quadrants)
    assert ws.session(sid).quadrant_of("Ann").pitfall == "pushiness"


EIGHT = [("Ann", "Sales"), ("Bo", "Sales"), ("Chris", "IT"), ("Dana", "IT"),
         ("Eve", None), ("Femke", "Ops"), ("Gus", "Ops"), ("Hanna", None)]  # fmt: skip


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
async def test_a_check_in_of_eight_shows_everyone(ws: Workspace, size: tuple[int, int]) -> None:
    sid = ws.new_session("Eight", participants=EIGHT)
    ws.advance(sid)
    ws.record(sid, "quadrant", name="Ann", core_quality="decisiveness", pitfall="pushiness",
              challenge="patience", allergy="passivity")  # fmt: skip
    app = make_app(ws)
    async with app.run_test(size=size) as pilot:
        screen = await open_session(app, pilot, sid)
        table = screen.query_one(".people-table", DataTable)
        await until(pilot, lambda: table.row_count == 8)
        await pilot.pause()
        # Header and all eight rows on screen at once, and nothing hidden off to the right.
        assert table.region.height >= 9 and table.max_scroll_y == 0
        assert table.max_scroll_x == 0
        await pilot.press(*["down"] * 7, "3")
        await until(
            pilot, lambda: ws.session(sid).energy_of(ws.session(sid).participants[7].id, "in") == 3
        )


async def test_the_closed_session_tells_the_whole_story(ws: Workspace) -> None:
    sid = seed(ws, "ideas")
    ws.advance(sid)
    ws.skip(sid)
    ws.record(sid, "action", "When we meet again, I will show the numbers", owner="Chris")
    ws.advance(sid)
    ws.advance(sid)
    app = make_app(ws)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_session(app, pilot, sid)
        story = screen.query_one(".summary")
        await until(pilot, lambda: story.query(Static))
        text = "\n".join(plain(s) for s in story.query(Static))
        for said in ("It saves double typing", "How might we make it affordable?",
                     "Nobody asked the users", "show the numbers — Chris"):  # fmt: skip
            assert said in text
        assert app.focused is story and story.region.height > 10  # the room it has, scrollable
