"""F1: every key of every screen, from the bindings themselves (so it cannot go stale)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Static


def sections() -> list[tuple[str, list[BindingType]]]:
    from cocreate.tui.app import CocreateApp
    from cocreate.tui.dialogs.export import ExportDialog
    from cocreate.tui.dialogs.quadrant import QuadrantEditor
    from cocreate.tui.screens.home import HomeScreen
    from cocreate.tui.screens.new_session import NewSessionScreen
    from cocreate.tui.screens.review import ReviewScreen
    from cocreate.tui.screens.session import SessionScreen
    from cocreate.tui.stages.challenges import ChallengesBody
    from cocreate.tui.stages.commit import CommitBody
    from cocreate.tui.stages.ideas import IdeasBody, VoteBody
    from cocreate.tui.stages.objections import ObjectionsBody
    from cocreate.tui.stages.people import ENERGY_KEYS, CarryList
    from cocreate.tui.stages.team import TeamBody

    return [
        ("Everywhere", [*CocreateApp.BINDINGS, Binding("ctrl+p", "", "Command palette"),
                        Binding("tab", "", "Next field"), Binding("shift+tab", "", "Previous")]),
        ("Home (the archive)", [*HomeScreen.BINDINGS, Binding("enter", "", "Open")]),
        ("New session", [*NewSessionScreen.BINDINGS, Binding("enter", "", "Add the person")]),
        ("Session", [*SessionScreen.BINDINGS, Binding("enter", "", "Record what was typed")]),
        ("Check-in / check-out", [ENERGY_KEYS[0], Binding("enter", "", "Quadrant / one line")]),
        ("Carried over (check-in; again on a settled one changes it)", CarryList.BINDINGS),
        ("Objections", ObjectionsBody.BINDINGS),
        ("Challenges", [*ChallengesBody.BINDINGS, Binding("enter", "", "Accept suggestion")]),
        ("Ideas", IdeasBody.BINDINGS),
        ("Converge / vote", [*VoteBody.BINDINGS, Binding("enter", "", "Give a dot")]),
        ("Commit", CommitBody.BINDINGS),
        ("Team quadrant", TeamBody.BINDINGS),
        ("Quadrant editor", QuadrantEditor.BINDINGS),
        ("Review", ReviewScreen.BINDINGS),
        ("Export", ExportDialog.BINDINGS),
    ]  # fmt: skip


def help_text() -> Content:
    lines: list[Content] = []
    for title, bindings in sections():
        lines.append(Content.from_markup("[b $accent]$t[/]", t=title))
        for b in bindings:
            if not isinstance(b, Binding):
                continue
            key = b.key_display or b.key.replace("slash", "/").replace(",", " / ")
            lines.append(Content.from_markup("  [b]$k[/b]  $d", k=f"{key:<12}", d=b.description))
        lines.append(Content(""))
    return Content("\n").join(lines)


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,q", "close", "Close", id="help.close")
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog wide", id="help"):
            yield Static("[b]Keys[/b]  (the mouse works too)", classes="dialog-title")
            yield Static(help_text())
        yield Footer(compact=True)

    def action_close(self) -> None:
        self.dismiss(None)
