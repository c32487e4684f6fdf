"""The coupling view: the room's matrix, learning pairs, friction points, shared pitfalls."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import DataTable, Static

from cocreate.tui.api import Workspace
from cocreate.tui.text import cell, lit

SHORT = {"allergic to": "allergic", "bite each other": "BITE", "learns from": "learns",
         "teaches": "teaches", "same pitfall": "same pit"}  # fmt: skip


class CouplingView(VerticalScroll):
    """How the quadrants in a session meet; refreshed with ``show``."""

    def __init__(self, ws: Workspace, sid: str, *, of: str | None = None) -> None:
        super().__init__(classes="coupling")
        self.ws, self.sid, self.of = ws, sid, of

    def compose(self) -> ComposeResult:
        yield Static("", id="coupling-head", classes="hint")
        yield DataTable(id="matrix", cursor_type="cell", show_cursor=False)
        yield Static("", id="coupling-text")

    def on_mount(self) -> None:
        self.show()

    def show(self) -> None:
        head = self.query_one("#coupling-head", Static)
        try:
            room = self.ws.coupling(self.sid, of=self.of)
        # The coupling engine is advice on top of the session; a failure must not stop it.
        except Exception as e:
            head.update(Content(f"The coupling cannot be shown ({type(e).__name__}: {e})."))
            return
        table = self.query_one("#matrix", DataTable)
        table.clear(columns=True)
        names = list(room.names)
        if len(names) < 2:
            head.update("Coupling needs two or more quadrants (open ones, not private).")
            table.display = False
            self.query_one("#coupling-text", Static).update("")
            return
        table.display = True
        head.update("Row → column: how the row's person or group meets the column's.")
        table.add_column("", key="_")
        for n in names:
            table.add_column(cell(n, 12), key=n)
        for x in names:
            row = [cell(x, 16)]
            for y in names:
                labels = room.matrix.get(x, {}).get(y, ())
                row.append(Text(", ".join(SHORT.get(lb, lb) for lb in labels) or "·"))
            table.add_row(*row, key=x)
        parts: list[Content] = [Content.from_markup("\n[b]Learning pairs[/b]")]
        parts += [Content.assemble("  ", lit(p.sentence)) for p in room.learning] or [
            Content("  none yet")
        ]
        parts.append(Content.from_markup("\n[b]Friction points[/b]"))
        parts += [Content.assemble("  ", lit(f.sentence)) for f in room.friction] or [
            Content("  none")
        ]
        if room.shared_pitfalls:
            parts.append(Content.from_markup("\n[b]Shared pitfalls[/b]"))
            parts += [Content.assemble("  ", lit(s.sentence)) for s in room.shared_pitfalls]
        self.query_one("#coupling-text", Static).update(Content("\n").join(parts))
