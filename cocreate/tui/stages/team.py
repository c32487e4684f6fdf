"""Team quadrant workshop: the team's quadrant, the groups' quadrants, and their coupling."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Input, Static

from cocreate.app.views import diagram
from cocreate.domain.session import QuadrantEntry, SessionState
from cocreate.tui.stages.base import Changed, StageBody
from cocreate.tui.text import cell, lit, tpl
from cocreate.tui.widgets.coupling import CouplingView


def latest(state: SessionState, of: str) -> dict[str, QuadrantEntry]:
    out: dict[str, QuadrantEntry] = {}
    for q in state.quadrants:
        if q.of == of:
            out[q.name] = q
    return out


class TeamBody(StageBody):
    """The team's quadrant, drawn together; Enter opens the editor."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "edit", "Edit the team quadrant", id="team.edit")
    ]
    can_focus = True

    def compose(self) -> ComposeResult:
        yield Static("", id="team-lead", classes="hint")
        yield Static("", id="team-diagram", classes="diagram")

    def on_mount(self) -> None:
        self.show(self.state)

    def first_focus(self) -> None:
        self.focus()

    def show(self, state: SessionState) -> None:
        super().show(state)
        chosen = self.ws.chosen_quality(self.sid) if hasattr(self.ws, "chosen_quality") else None
        team = latest(state, "team").get("team")
        lead = "Enter opens the team's quadrant in the editor."
        if chosen:
            lead = f"The room chose '{chosen}'. " + lead
        self.query_one("#team-lead", Static).update(lit(lead))
        width = max(50, min(self.app.size.width - 4, 90))
        self.query_one("#team-diagram", Static).update(lit(diagram(team, width) if team else ""))

    def action_edit(self) -> None:
        from cocreate.tui.dialogs.quadrant import QuadrantEditor

        chosen = self.ws.chosen_quality(self.sid) if hasattr(self.ws, "chosen_quality") else None
        start = {"core_quality": chosen} if chosen else None
        self.app.push_screen(
            QuadrantEditor(self.ws, self.sid, "team", of="team", start=start),
            lambda saved: self.post_message(Changed()) if saved else None,
        )


class GroupsBody(StageBody):
    """Each group's quadrant (the groups come from the participants, or are typed here)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.extra: list[str] = []

    def compose(self) -> ComposeResult:
        yield Static("Each group's quadrant: Enter on a row opens it. Add a group below.",
                     classes="hint")  # fmt: skip
        yield DataTable(id="groups", cursor_type="row")
        yield Input(compact=True, placeholder="Another group's name, Enter", id="group-name")

    def on_mount(self) -> None:
        table = self.query_one("#groups", DataTable)
        table.add_column("Group", key="group", width=20)
        table.add_column("Quadrant (core · pitfall · challenge · allergy)", key="q")
        self.show(self.state)

    def names(self, state: SessionState) -> list[str]:
        seen: list[str] = []
        for n in [p.group for p in state.participants if p.group] + list(latest(state, "group")):
            if n and n not in seen:
                seen.append(n)
        return seen + [n for n in self.extra if n not in seen]

    def show(self, state: SessionState) -> None:
        super().show(state)
        table = self.query_one("#groups", DataTable)
        table.clear()
        quads = latest(state, "group")
        for name in self.names(state):
            q = quads.get(name)
            words = " · ".join(w or "?" for w in (q.core_quality, q.pitfall, q.challenge,
                                                  q.allergy)) if q else "–"  # fmt: skip
            table.add_row(cell(name, 30), cell(words, 80), key=name)

    @on(DataTable.RowSelected, "#groups")
    def _open(self, event: DataTable.RowSelected) -> None:
        from cocreate.tui.dialogs.quadrant import QuadrantEditor

        name = self.names(self.state)[event.cursor_row]
        self.app.push_screen(
            QuadrantEditor(self.ws, self.sid, name, of="group"),
            lambda saved: self.post_message(Changed()) if saved else None,
        )

    @on(Input.Submitted, "#group-name")
    def _add(self, event: Input.Submitted) -> None:
        name = " ".join(event.value.split())
        if name and name not in self.names(self.state):
            self.extra.append(name)
            event.input.clear()
            self.show(self.state)
            self.say(tpl("Added $g: Enter on its row to draw its quadrant.", g=name))


class CoupleBody(StageBody):
    """The coupling of the groups' quadrants."""

    def compose(self) -> ComposeResult:
        yield CouplingView(self.ws, self.sid)

    def show(self, state: SessionState) -> None:
        super().show(state)
        self.query_one(CouplingView).show()
