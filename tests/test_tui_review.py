"""Looking back in the UI: export dialog, review with replay, carry-over at check-in, filters."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.containers import VerticalScroll
from textual.widgets import ContentSwitcher, DataTable, Input, OptionList, Static, TextArea

from cocreate import BadInput, Workspace
from cocreate.app.carry import decided
from cocreate.app.views import literal
from cocreate.tui.app import make_app
from cocreate.tui.dialogs.export import ExportDialog
from cocreate.tui.screens.home import HomeScreen, parse_query
from cocreate.tui.screens.new_session import NewSessionScreen
from cocreate.tui.screens.review import ReviewScreen
from cocreate.tui.screens.session import SessionScreen
from cocreate.tui.widgets.stepper import steps
from tests.conftest import HOSTILE
from tests.test_tui_support import PEOPLE, closed, seed, until


def plain(widget: Static) -> str:
    return str(widget.render())


def options(screen, selector: str) -> list[str]:
    items = screen.query_one(selector, OptionList)
    return [str(items.get_option_at_index(i).prompt) for i in range(items.option_count)]


def transcript_of(review: ReviewScreen) -> str:
    return "\n".join(plain(block) for block in review.query(".transcript-step").results(Static))


async def home(app, pilot) -> HomeScreen:
    await until(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.query(DataTable))
    return app.screen


async def open_review(app, pilot) -> ReviewScreen:
    """From the archive, review the highlighted session (r) and wait for the replay."""
    await home(app, pilot)
    await pilot.press("r")
    await until(pilot, lambda: isinstance(app.screen, ReviewScreen))
    return app.screen


# -- export ----------------------------------------------------------------------------


async def test_export_dialog_shows_markdown_then_anonymized_and_saves(
    ws: Workspace, tmp_path: Path
) -> None:
    sid = closed(ws)
    app = make_app(ws)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await home(app, pilot)
        await pilot.press("x")
        await until(pilot, lambda: isinstance(app.screen, ExportDialog))
        dialog = app.screen
        shown = dialog.query_one("#export-text", TextArea)
        assert dialog.fmt == "md" and shown.text == ws.export(sid, "md")
        assert "# Kickoff: new intake" in shown.text and "Bo" in shown.text
        await pilot.press("a")
        assert shown.text == ws.export(sid, "md", anonymize=True)
        for name, _ in PEOPLE:
            assert name not in shown.text
        assert "Participant 1" in shown.text
        await pilot.press("f")
        assert dialog.fmt == "html" and shown.text.lstrip().startswith("<!")
        await pilot.press("f", "f")
        assert dialog.fmt == "csv" and "When the pilot starts" in shown.text
        await pilot.press("ctrl+y")
        assert app.clipboard == dialog.text
        # Save through the app layer: a folder is refused with one clear line ...
        await pilot.press("s")
        field = dialog.query_one("#save-path", Input)
        field.value = str(tmp_path)
        await pilot.press("enter")
        assert "is a folder" in plain(dialog.query_one("#export-status", Static))
        # ... a file name is written, as the app layer exports it.
        field.value = str(tmp_path / "actions.csv")
        await pilot.press("enter")
        await until(pilot, lambda: (tmp_path / "actions.csv").exists())
        assert "Saved to" in plain(dialog.query_one("#export-status", Static))
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
    written = (tmp_path / "actions.csv").read_bytes().decode("utf-8")
    assert written == ws.export(sid, "csv", anonymize=True)
    assert "Bo" not in written


def test_export_to_writes_the_export_and_refuses_clearly(ws: Workspace, tmp_path: Path) -> None:
    sid = closed(ws)
    target = ws.export_to(sid, "md", tmp_path / "out.md", anonymize=True)
    assert target.read_bytes().decode("utf-8") == ws.export(sid, "md", anonymize=True)
    for bad in (tmp_path, tmp_path / "missing" / "x.md", ""):
        with pytest.raises(BadInput):
            ws.export_to(sid, "md", bad)
    with pytest.raises(BadInput):
        ws.export_to(sid, "pdf", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


# -- review and replay -----------------------------------------------------------------


async def test_review_replays_stage_by_stage_read_only(ws: Workspace) -> None:
    sid = closed(ws)
    events = len(ws.events(sid))
    app = make_app(ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await home(app, pilot)
        await pilot.press("r")
        await until(
            pilot,
            lambda: isinstance(app.screen, ReviewScreen) and app.screen.query("#participants"),
        )
        review = app.screen
        assert review.step.stage == "setup"
        assert "Step 1 of" in plain(review.query_one("#step-info", Static))
        for stage in ("check-in", "idea", "appreciate", "objections"):
            await pilot.press("right")
            await until(pilot, lambda s=stage: review.step.stage == s)
        await until(pilot, lambda: review.query("#objections"))
        # The objections as they stood at the end of that stage, and no entry field.
        assert [line.split(": ", 1)[1] for line in options(review, "#objections")] == [
            "It's too expensive", "Nobody asked the users",
            "We tried this in 2019 and it failed", "The old form works fine",
        ]  # fmt: skip
        assert not any(field.display for field in review.query(Input))
        await pilot.press("n")
        await until(pilot, lambda: review.step.stage == "challenges" and review.query("#current"))
        assert "affordable" in plain(review.query_one("#current", Static))
        await pilot.press("left", "p")
        await until(pilot, lambda: review.step.stage == "appreciate" and review.query("#entries"))
        assert options(review, "#entries") == ["Bo: It saves double typing"]
        # Keys that record in a live session do nothing here.
        await pilot.press("enter", "f4", "1", "c")
        await pilot.press("end")
        await until(pilot, lambda: review.step.stage == "closed")
        await pilot.press("s")
        summary = plain(review.query_one("#summary-text", Static))
        assert "Pilot with ten users" in summary and "call the vendor" in summary
        await pilot.press("t")
        transcript = transcript_of(review)
        assert "anonymous" in transcript and "Nobody asked the users" in transcript
        await pilot.press("left")
        await until(pilot, lambda: review.step.stage == "check-out")
    assert len(Workspace(ws.path).events(sid)) == events


async def test_transcript_follows_the_replay_and_marks_the_step(ws: Workspace) -> None:
    closed(ws)
    app = make_app(ws)
    async with app.run_test(size=(80, 24)) as pilot:
        review = await open_review(app, pilot)
        scroll = review.query_one("#transcript", VerticalScroll)

        def marked() -> list[str]:
            return [plain(b).split("\n")[0] for b in review.query(".transcript-step.-current")]

        def on_screen() -> bool:
            (block,) = review.query(".transcript-step.-current")
            return scroll.region.contains(block.region.x, block.region.y)

        await pilot.press("t")
        await until(pilot, lambda: marked() == ["1. Setup"] and on_screen())
        assert review.query_one(ContentSwitcher).current == "transcript"
        for _ in range(5):
            await pilot.press("right")
        # Still the transcript, now at the challenges, scrolled down to it.
        await until(pilot, lambda: marked() == ["6. Challenges"] and on_screen())
        assert review.query_one(ContentSwitcher).current == "transcript"
        assert scroll.scroll_y > 0 and review.step.stage == "challenges"
        assert "Step 6 of 11" in plain(review.query_one("#step-info", Static))
        await pilot.press("end")
        await until(pilot, lambda: marked() == ["11. Closed"] and on_screen())
        await pilot.press("left")
        await until(pilot, lambda: marked() == ["10. Check-out"] and on_screen())
        await pilot.press("home")
        await until(pilot, lambda: marked() == ["1. Setup"] and scroll.scroll_y == 0)
        # The same key goes back to the replay, at the step the transcript was at.
        await pilot.press("right", "t")
        await until(pilot, lambda: review.query_one(ContentSwitcher).current == "replay")
        assert review.step.stage == "check-in" and review.query(".people-table")


async def test_hostile_text_through_review_and_export(ws: Workspace) -> None:
    names = [h[:40].strip() or "x" for h in HOSTILE[:8]]
    sid = ws.new_session(HOSTILE[2] + HOSTILE[6], purpose=HOSTILE[0], participants=names)
    ws.advance(sid)
    ws.advance(sid)
    ws.record(sid, "proposal", HOSTILE[3], by=names[0])
    ws.advance(sid)
    ws.advance(sid)
    for i, text in enumerate(HOSTILE):
        ws.record(sid, "objection", text, by=names[i] if i < len(names) else None)
    app = make_app(ws)
    async with app.run_test(size=(80, 24)) as pilot:
        review = await open_review(app, pilot)
        assert plain(review.query_one(".screen-title", Static)).startswith(
            "Review: [bold]loud[/bold]"
        )
        await pilot.press("end")
        await until(
            pilot, lambda: review.step.stage == "objections" and review.query("#objections")
        )
        listed = options(review, "#objections")
        assert listed[0].endswith(": [/]") and listed[3].endswith("[link=x]click[/link]")
        assert "\\x1b[31mred" in listed[6]
        await pilot.press("s")
        summary = plain(review.query_one("#summary-text", Static))
        await pilot.press("t")
        transcript = transcript_of(review)
        for text in ("[/foo]", "[link='javascript:x']open[/]", "🎉👩🏽‍💻", "x" * 200):
            assert text in summary and text in transcript
        assert "\x1b" not in summary + transcript
        await pilot.press("x")
        await until(pilot, lambda: isinstance(app.screen, ExportDialog))
        dialog = app.screen
        for fmt in ("md", "html", "json", "csv"):
            assert dialog.fmt == fmt
            assert dialog.text == ws.export(sid, fmt)
            assert dialog.query_one(TextArea).text == literal(dialog.text)
            assert "\x1b" not in dialog.query_one(TextArea).text
            await pilot.press("f")
        await pilot.press("escape", "escape")
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))


# -- carry-over ------------------------------------------------------------------------


async def test_carry_over_at_check_in_across_a_series(ws: Workspace) -> None:
    first = closed(ws, title="Team Blue, March", series="Team Blue")
    app = make_app(ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await home(app, pilot)
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, NewSessionScreen))
        form = app.screen
        form.query_one("#title", Input).value = "Team Blue, April"
        series = form.query_one("#series", Input)
        series.focus()
        await pilot.press(*"team b", "right")  # the known series completes
        assert series.value == "Team Blue"
        form.query_one("#person", Input).value = "Ann, Bo"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, SessionScreen))
        screen = app.screen
        sid = screen.sid
        await pilot.press("f6")
        await until(pilot, lambda: screen.state.stage == "check-in" and screen.query("#carry"))
        panel = screen.query_one("#carry-panel")
        assert panel.display
        assert "2 open" in plain(screen.query_one("#carry-title", Static))
        listed = options(screen, "#carry")
        assert "call the vendor" in listed[0] and "Team Blue, March" in listed[0]
        screen.query_one("#carry", OptionList).focus()
        await pilot.press("c")
        await until(pilot, lambda: len(ws.session(sid).carried) == 1)
        await until(pilot, lambda: "1 open" in plain(screen.query_one("#carry-title", Static)))
        await pilot.press("d")
        await until(pilot, lambda: len(ws.session(sid).carried) == 2)
        assert [line.split("  ")[0] for line in options(screen, "#carry")] == [
            "✓ closed", "✗ dropped",
        ]  # fmt: skip
    state = Workspace(ws.path).session(sid)
    assert state.series == "Team Blue"
    assert [(c.session, c.action, c.decision) for c in state.carried] == [
        (first, "act-1", "closed"),
        (first, "act-2", "dropped"),
    ]
    assert ws.open_carry_over(sid) == []


async def test_a_carry_over_decision_can_be_changed(ws: Workspace) -> None:
    first = closed(ws, title="Team Blue, March", series="Team Blue")
    sid = ws.new_session("Team Blue, April", participants=["Ann", "Bo"], series="Team Blue")
    ws.advance(sid)
    app = make_app(ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await home(app, pilot)
        app.push_screen(SessionScreen(ws, sid))
        await until(pilot, lambda: isinstance(app.screen, SessionScreen) and app.screen.body)
        screen = app.screen
        items = screen.query_one("#carry", OptionList)
        items.focus()
        await pilot.press("c")  # closes the first open action, "call the vendor"
        await until(pilot, lambda: len(ws.session(sid).carried) == 1)
        await until(pilot, lambda: options(screen, "#carry")[1].startswith("✓ closed"))
        await pilot.press("down")  # onto the decided one: the team changes its mind
        assert "call the vendor" in options(screen, "#carry")[items.highlighted]
        await pilot.press("k")
        await until(pilot, lambda: options(screen, "#carry")[1].startswith("→ kept"))
        assert "call the vendor" in options(screen, "#carry")[1]
        assert items.highlighted == 1  # the cursor stays on what was changed
        assert "Closed → kept" in plain(screen.query_one("#status", Static))
        assert "1 open" in plain(screen.query_one("#carry-title", Static))
        events = len(ws.events(sid))
        await pilot.press("k")
        await until(pilot, lambda: "Already kept" in plain(screen.query_one("#status", Static)))
        assert len(ws.events(sid)) == events  # nothing new to record
        await pilot.press("d")
        await until(pilot, lambda: options(screen, "#carry")[1].startswith("✗ dropped"))
        assert len(options(screen, "#carry")) == 2  # changed in place, never listed twice
    state = Workspace(ws.path).session(sid)
    assert [c.decision for c in state.carried] == ["closed", "kept", "dropped"]
    assert [(c.session, c.action, c.decision) for c in decided(state)] == [
        (first, "act-1", "dropped")
    ]


async def test_no_carry_over_panel_without_a_series(ws: Workspace) -> None:
    sid = seed(ws, "check-in")
    app = make_app(ws)
    async with app.run_test(size=(80, 24)) as pilot:
        await home(app, pilot)
        app.push_screen(SessionScreen(ws, sid))
        await until(pilot, lambda: isinstance(app.screen, SessionScreen) and app.screen.body)
        assert not app.screen.query_one("#carry-panel").display


# -- home filters and the stepper ------------------------------------------------------


def test_search_box_filters() -> None:
    words, filters, problem = parse_query(
        'budget who:"Ann Marie" t:team is:closed since:2026-01-01'
    )
    assert words == "budget" and problem is None
    assert filters == {
        "participant": "Ann Marie", "template": "team-quadrant", "closed": True,
        "since": "2026-01-01",
    }  # fmt: skip
    assert parse_query("is:maybe")[2] == "is: wants open or closed."
    assert parse_query("[/] who:")[0] == "[/] who:"


async def test_home_filters_by_participant_state_and_template(ws: Workspace) -> None:
    done = closed(ws, title="Closed one")
    open_ = seed(ws, "idea", title="Open one")
    team = ws.new_session("Team day", template="team-quadrant", participants=["Zoe"])
    app = make_app(ws)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await home(app, pilot)
        table = screen.query_one(DataTable)

        async def search(text: str) -> list[str]:
            screen.query_one("#search", Input).value = text
            await pilot.pause()
            return [r.value for r in table.rows]

        assert await search("is:closed") == [done]
        assert sorted(await search("is:open")) == sorted([open_, team])
        assert await search("who:zoe") == [team]
        assert await search("t:team") == [team]
        assert await search("who:Ann is:open") == [open_]
        assert "with Ann, open" in plain(screen.query_one("#home-status", Static))
        assert await search("since:yesterday") == []
        assert "YYYY-MM-DD" in plain(screen.query_one("#home-status", Static))


def test_stepper_is_one_line_at_80_columns(ws: Workspace) -> None:
    sid = seed(ws, "challenges")
    state = ws.session(sid)
    full = steps(state)
    assert full.cell_length > 76
    line = steps(state, 76)
    assert line.cell_length <= 76 and "● Challenges" in line.plain and "✓✓✓✓✓" in line.plain
    assert steps(state, 200) == full
