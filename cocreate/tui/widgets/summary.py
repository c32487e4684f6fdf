"""The session summary: energy in and out, objections to challenges, ideas, owned actions."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from cocreate.domain.session import SessionState
from cocreate.tui.api import Workspace
from cocreate.tui.text import lit, short


def _avg(values: list[int]) -> str:
    return f"{sum(values) / len(values):.1f}" if values else "–"


def summary_lines(state: SessionState) -> list[Content]:
    """What a room takes home, as lines of Content (user text literal)."""
    ins = [v for p in state.participants if (v := state.energy_of(p.id, "in")) is not None]
    outs = [v for p in state.participants if (v := state.energy_of(p.id, "out")) is not None]
    with_chl = [o for o in state.objections if state.challenge_for(o.id)]
    parked = [o for o in state.objections if o.parked]
    chl_ids = {c.about: c for c in state.challenges}
    with_ideas = [c for c in chl_ids.values() if state.ideas_for(c.id)]
    owned = [a for a in state.actions if a.owner]
    b = Content.from_markup
    lines = [
        b("[b]Energy[/b]  in $i  →  out $o", i=_avg(ins), o=_avg(outs)),
        b(
            "[b]Objections[/b]  $n raised, $c turned into challenges, $p parked",
            n=str(len(state.objections)), c=str(len(with_chl)), p=str(len(parked)),
        ),
        b(
            "[b]Challenges[/b]  $n, of which $w with ideas ($i ideas)",
            n=str(len(chl_ids)), w=str(len(with_ideas)), i=str(len(state.ideas)),
        ),
        b("[b]Actions[/b]  $n, $o with an owner", n=str(len(state.actions)), o=str(len(owned))),
    ]  # fmt: skip
    for a in state.actions:
        owner = state.name_of(a.owner) or "no owner yet"
        due = f" by {a.due}" if a.due else ""
        lines.append(Content.assemble("  • ", short(a.text, 100), Content(due), " — ", lit(owner)))
    return lines


class Summary(VerticalScroll):
    """The summary as a scrollable block."""

    def __init__(self, ws: Workspace, state: SessionState) -> None:
        super().__init__(classes="summary")
        self.ws = ws
        self.state = state

    def on_mount(self) -> None:
        self.show(self.state)

    def show(self, state: SessionState) -> None:
        self.state = state
        self.remove_children()
        self.mount_all(Static(line) for line in summary_lines(state))
