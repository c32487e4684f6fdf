"""New session: title, purpose, template, and participants with optional groups."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.suggester import SuggestFromList
from textual.widgets import Button, Footer, Input, Label, OptionList, Select, Static

from cocreate.domain.errors import CocreateError
from cocreate.tui.api import Workspace
from cocreate.tui.commands import Command
from cocreate.tui.text import tpl


def parse_person(line: str) -> tuple[str, str | None]:
    """ "Ann" or "Ann: Sales" (name, then an optional group after a colon)."""
    name, _, group = line.partition(":")
    return name.strip(), (group.strip() or None)


class NewSessionScreen(Screen[None]):
    """The form that starts a session."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "create", "Create", id="new.create"),
        Binding("escape", "cancel", "Cancel", id="new.cancel"),
        Binding("delete", "remove_person", "Remove person", show=False, id="new.remove"),
    ]

    def __init__(self, ws: Workspace) -> None:
        super().__init__()
        self.ws = ws
        self.people: list[tuple[str, str | None]] = []

    def compose(self) -> ComposeResult:
        yield Static("New session", classes="screen-title")
        with VerticalScroll(id="new-form"):
            yield Label("Title")
            yield Input(compact=True, placeholder="Kickoff: new intake", id="title")
            yield Label("Purpose: the idea or question")
            yield Input(compact=True, placeholder="A mobile app for the intake form", id="purpose")
            yield Label("Template")
            yield Select(
                [(Content(t.title), t.name) for t in self.ws.templates()],
                allow_blank=False,
                id="template",
                compact=True,
            )
            yield Label("Series (optional): the team this session follows up on")
            series = SuggestFromList(self.known_series(), case_sensitive=False)
            yield Input(compact=True, placeholder="Team Blue", id="series", suggester=series)
            yield Label("Participants: a name, or name: group, then Enter")
            yield Input(compact=True, placeholder="name, or name: group", id="person")
            yield OptionList(id="new-people")
            yield Button("Create session (ctrl+s)", variant="primary", id="create")
        yield Static("", id="new-status", classes="status")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#title", Input).focus()

    def say(self, text: str | Content) -> None:
        self.query_one("#new-status", Static).update(text)

    def known_series(self) -> list[str]:
        """The series of earlier sessions, to complete the field with (→ accepts)."""
        try:
            found = {s.series for s in self.ws.sessions() if getattr(s, "series", None)}
        except CocreateError:
            return []
        return sorted(x for x in found if x)

    def series(self) -> str | None:
        """The series typed, spelled as earlier sessions spell it ("team blue" → "Team Blue")."""
        typed = self.query_one("#series", Input).value.strip()
        known = {s.casefold(): s for s in self.known_series()}
        return known.get(typed.casefold(), typed) or None

    @on(Input.Submitted, "#title")
    @on(Input.Submitted, "#purpose")
    @on(Input.Submitted, "#series")
    def _next_field(self) -> None:
        self.focus_next()

    @on(Input.Submitted, "#person")
    def _add_person(self, event: Input.Submitted) -> None:
        if not event.value.strip():
            self.say("Type a name, or press ctrl+s to create the session.")
            return
        name, group = parse_person(event.value)
        if not name:
            self.say("The name is empty.")
            return
        if any(n.casefold() == name.casefold() for n, _ in self.people):
            self.say(tpl("$n is listed already.", n=name))
            return
        self.people.append((name, group))
        label = tpl("$n  [dim]($g)[/dim]", n=name, g=group) if group else tpl("$n", n=name)
        self.query_one("#new-people", OptionList).add_option(label)
        event.input.clear()
        self.say(f"{len(self.people)} participant(s). Delete removes the selected one.")

    def action_remove_person(self) -> None:
        people = self.query_one("#new-people", OptionList)
        if self.focused is people and people.highlighted is not None:
            del self.people[people.highlighted]
            people.remove_option_at_index(people.highlighted)

    @on(Button.Pressed, "#create")
    def action_create(self) -> None:
        pending = self.query_one("#person", Input).value.strip()
        people = list(self.people)
        if pending:
            people.append(parse_person(pending))
        try:
            sid = self.ws.new_session(
                self.query_one("#title", Input).value,
                purpose=self.query_one("#purpose", Input).value.strip(),
                template=str(self.query_one("#template", Select).value),
                participants=people,
                series=self.series(),
            )
        except CocreateError as e:
            self.say(Content(str(e)))
            return
        from cocreate.tui.screens.session import SessionScreen

        self.app.switch_screen(SessionScreen(self.ws, sid))

    def action_cancel(self) -> None:
        self.app.pop_screen()

    def commands(self) -> list[Command]:
        return [("session: Create", "Create the session as filled in", self.action_create)]
