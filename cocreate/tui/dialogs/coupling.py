"""The room's coupling in a modal, reachable from any stage (F9)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from cocreate.tui.api import Workspace
from cocreate.tui.widgets.coupling import CouplingView


class CouplingDialog(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="coupling.close")
    ]

    def __init__(self, ws: Workspace, sid: str) -> None:
        super().__init__()
        self.ws, self.sid = ws, sid

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Static("[b]Coupling of the room[/b]", classes="dialog-title")
            yield CouplingView(self.ws, self.sid)
        yield Footer(compact=True)

    def action_close(self) -> None:
        self.dismiss(None)
