"""Stages that take one kind of entry per person: setup, the idea, appreciate, qualities, closed."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Input, OptionList, Static

from cocreate.domain.session import Entry, SessionState
from cocreate.tui.screens.new_session import parse_person
from cocreate.tui.stages.base import WHO_KEY, StageBody, WhoSelect
from cocreate.tui.text import lit, short, tpl
from cocreate.tui.widgets.summary import Summary


def by_line(state: SessionState, e: Entry, width: int = 200) -> Content:
    who = state.name_of(e.by) or "anonymous"
    return Content.assemble(Content.styled(who, "bold"), ": ", short(e.text, width))


class SetupBody(StageBody):
    """Who is in the room; participants can still be added."""

    def compose(self) -> ComposeResult:
        yield Static(tpl("[b]Purpose:[/b] $p", p=self.state.purpose or "(none given)"),
                     classes="lead")  # fmt: skip
        yield Static("Participants: add a name, or name: group, then Enter.", classes="hint")
        yield Input(compact=True, placeholder="Dana: Support", id="add-person")
        yield OptionList(id="participants")
        yield Static("F6 starts the session.", classes="hint")

    def on_mount(self) -> None:
        self.show(self.state)

    def show(self, state: SessionState) -> None:
        super().show(state)
        people = self.query_one("#participants", OptionList)
        people.clear_options()
        for p in state.participants:
            group = tpl("  [dim]($g)[/dim]", g=p.group) if p.group else Content("")
            people.add_option(lit(p.name) + group)

    @on(Input.Submitted, "#add-person")
    def _add(self, event: Input.Submitted) -> None:
        name, group = parse_person(event.value)
        if self.record("participant", name, group=group) is not None:
            event.input.clear()


class EntriesBody(StageBody):
    """Type what someone says and press Enter; the list grows below."""

    KIND = "appreciation"
    LEAD = "What is valuable in the idea? One entry per person; Enter moves to the next."
    PLACEHOLDER = "What I value in it is…"
    NEXT_PERSON = True
    BINDINGS: ClassVar[list[BindingType]] = [WHO_KEY]

    def entries(self, state: SessionState) -> tuple[Entry, ...]:
        return state.appreciations

    def compose(self) -> ComposeResult:
        yield Static(tpl("[b]The idea:[/b] $i", i=self.state.idea or "(not stated yet)"),
                     classes="lead idea-line")  # fmt: skip
        yield Static(self.LEAD, classes="hint")
        with Horizontal(classes="entry-row"):
            yield WhoSelect(self.state, id="who")
            yield Input(compact=True, placeholder=self.PLACEHOLDER, id="entry")
        yield OptionList(id="entries")

    def on_mount(self) -> None:
        self.show(self.state)

    def show(self, state: SessionState) -> None:
        super().show(state)
        self.query_one(".idea-line", Static).update(
            tpl("[b]The idea:[/b] $i", i=state.idea or "(not stated yet)")
        )
        items = self.query_one("#entries", OptionList)
        items.clear_options()
        items.add_options([by_line(state, e) for e in self.entries(state)])
        if items.option_count:
            items.highlighted = items.option_count - 1

    def first_focus(self) -> None:
        self.query_one("#entry", Input).focus()

    @on(Input.Submitted, "#entry")
    def _submit(self, event: Input.Submitted) -> None:
        who = self.query_one("#who", WhoSelect)
        if self.record(self.KIND, event.value, by=who.who) is not None:
            event.input.clear()
            if self.NEXT_PERSON:
                who.next_person()


class AppreciateBody(EntriesBody):
    pass


class IdeaBody(EntriesBody):
    """The idea or proposal in its owner's words."""

    KIND = "proposal"
    LEAD = "The idea in its owner's words: choose the owner, type, Enter."
    PLACEHOLDER = "My idea is…"
    NEXT_PERSON = False

    def entries(self, state: SessionState) -> tuple[Entry, ...]:
        return state.proposals


class QualitiesBody(EntriesBody):
    """Team quadrant workshop: everyone proposes the team's core qualities."""

    KIND = "quality"
    LEAD = "Which core quality does the team have? Propose one each; Enter moves on."
    PLACEHOLDER = "Our team is…"

    def entries(self, state: SessionState) -> tuple[Entry, ...]:
        return state.qualities


class ClosedBody(StageBody):
    """The session is closed: the summary; F5 goes back to add more."""

    def compose(self) -> ComposeResult:
        yield Static("The session is closed. F5 goes back to add more.", classes="hint")
        yield Summary(self.ws, self.sid, story=True)

    def first_focus(self) -> None:
        # The story is longer than the screen: ↑ ↓ scroll it without a Tab first.
        self.query_one(Summary).focus()

    def show(self, state: SessionState) -> None:
        super().show(state)
        self.query_one(Summary).show(state)
