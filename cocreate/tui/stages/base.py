"""What every stage body shares: the session, recording through the app layer, who-said-it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Select

from cocreate.domain.errors import CocreateError
from cocreate.domain.session import SessionState
from cocreate.tui.api import Workspace
from cocreate.tui.commands import Command

WHO_KEY = Binding("f4", "next_who", "Who ▸", id="stage.who")
ANON = "\x00anonymous"  # a value no participant name can be: names are stripped text


@dataclass
class Changed(Message):
    """Something was recorded: the session screen reloads the state (and the stepper)."""

    focus_body: bool = False


@dataclass
class Say(Message):
    """A line for the status bar (an error message, or what just happened)."""

    text: str | Content
    error: bool = False


class WhoSelect(Select[str]):
    """Who said it: the participants, and "anonymous" when that is allowed."""

    def __init__(
        self, state: SessionState, *, anonymous: bool = False, id: str | None = None
    ) -> None:
        options: list[tuple[Content, str]] = [(Content(p.name), p.name) for p in state.participants]
        if anonymous:
            options.append((Content("anonymous"), ANON))
        super().__init__(options, allow_blank=not options, prompt="who?", id=id, compact=True)
        self.names = [p.name for p in state.participants]
        self.anonymous = anonymous

    @property
    def who(self) -> str | None:
        """The chosen participant's name; None for anonymous or nobody."""
        value = self.value
        return value if isinstance(value, str) and value != ANON else None

    def choose(self, name: str) -> None:
        if name in self.names or name == ANON:
            self.value = name

    def cycle(self) -> None:
        """The next choice, anonymous included: a key instead of opening the list."""
        options = [*self.names, ANON] if self.anonymous else self.names
        if options:
            here = options.index(self.value) if self.value in options else -1
            self.value = options[(here + 1) % len(options)]

    def next_person(self) -> None:
        """Move on to the next participant (per-person rounds)."""
        if self.who in self.names:
            i = self.names.index(self.who)
            self.value = self.names[(i + 1) % len(self.names)]


class StageBody(Vertical):
    """The body of one stage. Subclasses compose their widgets and show a state."""

    BINDINGS: ClassVar[list[BindingType]] = []
    HELP: ClassVar[str] = ""

    def __init__(self, ws: Workspace, sid: str, state: SessionState, *, read_only: bool = False):
        super().__init__(classes="stage-body")
        self.ws = ws
        self.sid = sid
        self.state = state
        self.read_only = read_only

    def show(self, state: SessionState) -> None:
        """Bring the widgets up to date with ``state`` (called after every change)."""
        self.state = state

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # A replay shows no keys that would record something.
        return not self.read_only

    def make_read_only(self) -> None:
        """Read-only (a replay): hide what takes entries and the hints about keys."""
        self.read_only = True
        self.refresh_bindings()
        for widget in self.query("Input, Select, Button, .entry-row, .hint"):
            widget.disabled = True
            widget.display = False

    def record(self, kind: str, text: str = "", **kw: Any) -> str | None:
        """Record through the app layer: stored at once; a refusal goes to the status bar."""
        if self.read_only:
            self.post_message(Say("This is a replay: read-only.", error=True))
            return None
        try:
            rid = self.ws.record(self.sid, kind, text, **kw)
        except CocreateError as e:
            self.post_message(Say(str(e), error=True))
            return None
        self.post_message(Changed())
        return rid

    def say(self, text: str | Content) -> None:
        self.post_message(Say(text))

    def action_next_who(self) -> None:
        found = self.query(WhoSelect)
        if found and not found.first().disabled:
            found.first().cycle()

    def first_focus(self) -> None:
        """Put the cursor where a facilitator types first."""
        for widget in self.query("Input, OptionList, DataTable"):
            if self.read_only and not widget.display:
                continue
            if widget.focusable:
                widget.focus()
                return

    def commands(self) -> list[Command]:
        return []
