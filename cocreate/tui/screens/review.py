"""Review: a session read back, read-only, the whole story on one scrollable page."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from cocreate.domain.session import SessionState
from cocreate.tui.api import Workspace
from cocreate.tui.stages.ideas import current_challenges
from cocreate.tui.text import lit, tpl
from cocreate.tui.widgets.stepper import Stepper
from cocreate.tui.widgets.summary import summary_lines


def story(state: SessionState) -> list[Content]:
    """Everything recorded, in the order of the stages (private quadrants left out)."""
    b = Content.from_markup
    out: list[Content] = [tpl("[b]Purpose[/b]  $p", p=state.purpose or "–")]
    out.append(b("\n[b]Participants[/b]"))
    for p in state.participants:
        q = state.quadrant_of(p.name)
        words = ("(private)" if q.private else " · ".join(
            (q.core_quality, q.pitfall, q.challenge, q.allergy))) if q else ""  # fmt: skip
        group = f" ({p.group})" if p.group else ""
        out.append(tpl("  $n$g  [dim]$q[/dim]", n=p.name, g=group, q=words))
    out.append(b("\n[b]The idea[/b]"))
    out += [Content.assemble("  ", lit(e.text)) for e in state.proposals] or [Content("  –")]
    if state.appreciations:
        out.append(b("\n[b]Appreciated[/b]"))
        for e in state.appreciations:
            out.append(tpl("  $n: $t", n=state.name_of(e.by) or "anonymous", t=e.text))
    out.append(b("\n[b]Objections → challenges[/b]"))
    for o in state.objections:
        chl = state.challenge_for(o.id)
        out.append(tpl("  $i $n: $t", i=o.id, n=state.name_of(o.by) or "anonymous", t=o.text))
        if chl:
            agree = " (objector agrees)" if chl.agrees else ""
            out.append(tpl("     → [b]$c[/b]$a", c=chl.text, a=agree))
        elif o.parked:
            out.append(b("     [dim]parked[/dim]"))
    for c in current_challenges(state):
        ideas = state.ideas_for(c.id)
        if ideas:
            out.append(tpl("\n[b]Ideas for[/b] $c", c=c.text))
            for i in ideas:
                votes = f" [{state.votes_for(i.id)} dots]" if state.votes_revealed else ""
                out.append(tpl("  • $t$v", t=i.text, v=votes))
    out.append(b("\n[b]Summary[/b]"))
    out += summary_lines(state)
    return out


class ReviewScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "leave", "Home", id="review.home")]

    def __init__(self, ws: Workspace, sid: str) -> None:
        super().__init__()
        self.ws, self.sid = ws, sid
        self.state = ws.session(sid)

    def compose(self) -> ComposeResult:
        yield Static(tpl("[b]Review:[/b] $t  [dim](read-only)[/dim]", t=self.state.title),
                     classes="screen-title")  # fmt: skip
        yield Stepper(id="stepper")
        with VerticalScroll(id="review"):
            yield Static(Content("\n").join(story(self.state)))
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(Stepper).show(self.state)
        self.query_one("#review").focus()

    def action_leave(self) -> None:
        self.app.pop_screen()
