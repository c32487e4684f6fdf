"""The session screen: stepper, stage timer, the current stage's body, and stage moves."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from cocreate.domain.errors import CocreateError, StageRefused
from cocreate.domain.session import SessionState
from cocreate.domain.templates import template
from cocreate.tui.api import Workspace
from cocreate.tui.commands import Command, export_commands
from cocreate.tui.stages import body_for
from cocreate.tui.stages.base import Changed, Say, StageBody
from cocreate.tui.text import tpl
from cocreate.tui.widgets.stepper import Stepper
from cocreate.tui.widgets.timer import StageTimer

_NOT_YET = object()


class SessionScreen(Screen[None]):
    """Runs one session, stage by stage; every entry is stored the moment it is completed."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f6", "advance", "Next stage", id="stage.advance"),
        Binding("f5", "back", "Back", id="stage.back"),
        Binding("f7", "skip", "Skip", show=False, id="stage.skip"),
        Binding("f2", "timer", "Timer", id="timer.toggle"),
        Binding("f3", "extend", "+5 min", show=False, id="timer.extend"),
        Binding("f9", "coupling", "Coupling", show=False, id="session.coupling"),
        Binding("escape", "leave", "Home", id="session.home"),
    ]

    def __init__(self, ws: Workspace, sid: str, *, clock: bool = True) -> None:
        super().__init__()
        self.ws = ws
        self.sid = sid
        self.state: SessionState = ws.session(sid)
        self.why: str | None = None
        # The reason, stage and closed flag last shown: the "Next stage waits" line and
        # the keys the footer offers depend on nothing else.
        self._why_shown: object = _NOT_YET
        self.clock = clock

    def compose(self) -> ComposeResult:
        with Horizontal(id="session-top"):
            yield Static(tpl("[b]$t[/b]", t=self.state.title), id="session-title")
            yield StageTimer(id="timer")
        yield Stepper(id="stepper")
        yield Static("", id="why")
        yield Static("", id="status", classes="status")
        yield Footer(compact=True)

    async def on_mount(self) -> None:
        await self._mount_body()
        self._refresh_chrome()

    @property
    def body(self) -> StageBody | None:
        found = self.query(StageBody)
        return found.first() if found else None

    async def _mount_body(self) -> None:
        old = self.body
        if old is not None:
            await old.remove()
        body = body_for(self.ws, self.sid, self.state)
        await self.mount(body, after="#why")
        body.first_focus()
        self.query_one(StageTimer).reset()

    def _refresh_chrome(self) -> None:
        self.query_one(Stepper).show(self.state)
        try:
            self.why = self.ws.refusal(self.sid, "advance") if not self.state.closed else None
        except CocreateError as e:
            self.why = str(e)
        shown = (self.why, self.state.stage, self.state.closed)
        if shown == self._why_shown:
            # Most entries change neither the reason nor what the keys may do; a new
            # reason means a new layout, and new bindings rebuild the whole footer.
            return
        self._why_shown = shown
        why = self.query_one("#why", Static)
        why.update(
            Content.from_markup("[b]Next stage waits:[/b] $w", w=self.why) if self.why else ""
        )
        why.display = bool(self.why)
        self.refresh_bindings()

    async def reload(self) -> None:
        """Read the state again after a change; swap the body when the stage moved."""
        try:
            new = self.ws.session(self.sid)
        except CocreateError as e:
            self.say(str(e), error=True)
            return
        moved = new.stage != self.state.stage
        self.state = new
        if moved:
            await self._mount_body()
        elif self.body is not None:
            self.body.show(new)
        self._refresh_chrome()

    def say(self, text: str | Content, *, error: bool = False) -> None:
        status = self.query_one("#status", Static)
        # One line of fixed height: a new message needs no new layout of the screen.
        status.update(text if isinstance(text, Content) else Content(text), layout=False)
        if status.has_class("error") != error:
            status.set_class(error, "error")

    @on(Changed)
    async def _changed(self, event: Changed) -> None:
        event.stop()
        # Something was recorded, so an earlier refusal no longer holds: do not leave it up.
        status = self.query_one("#status", Static)
        if status.has_class("error"):
            self.say("")
        await self.reload()

    @on(Say)
    def _say(self, event: Say) -> None:
        event.stop()
        self.say(event.text, error=event.error)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        tpl_ = template(self.state.template)
        if action == "advance":
            if self.state.closed:
                return False
            return None if self.why else True
        if action == "back":
            return self.state.stage != tpl_.stage_names[0]
        if action == "skip":
            return True if tpl_.stage(self.state.stage).optional else None
        return True

    async def _move(self, trigger: str) -> None:
        try:
            to = getattr(self.ws, trigger)(self.sid)
        except StageRefused as e:
            self.say(e.reason, error=True)
            return
        except CocreateError as e:
            self.say(str(e), error=True)
            return
        await self.reload()
        self.say(tpl("Now at [b]$s[/b].", s=template(self.state.template).stage(to).label))

    async def action_advance(self) -> None:
        await self._move("advance")

    async def action_back(self) -> None:
        await self._move("back")

    async def action_skip(self) -> None:
        await self._move("skip")

    def action_timer(self) -> None:
        self.query_one(StageTimer).toggle()

    def action_extend(self) -> None:
        self.query_one(StageTimer).extend()

    def action_coupling(self) -> None:
        from cocreate.tui.dialogs.coupling import CouplingDialog

        self.app.push_screen(CouplingDialog(self.ws, self.sid))

    def action_leave(self) -> None:
        self.app.pop_screen()

    def action_export(self, fmt: str = "md") -> None:
        from cocreate.tui.dialogs.export import ExportDialog

        self.app.push_screen(ExportDialog(self.ws, self.sid, fmt))

    def commands(self) -> list[Command]:
        found: list[Command] = [
            ("stage: Advance", "Go to the next stage (F6)", self.action_advance),
            ("stage: Back", "Go back one stage; nothing is lost (F5)", self.action_back),
            ("stage: Skip", "Skip an optional stage (F7)", self.action_skip),
            ("timer: Start or pause", "The stage timer (F2)", self.action_timer),
            ("timer: Add five minutes", "Count down from a budget (F3)", self.action_extend),
            ("session: Coupling of the room", "Who bites whom, who learns from whom (F9)",
             self.action_coupling),
            *export_commands(self.action_export),
            ("session: Home", "Back to the archive (Esc)", self.action_leave),
        ]  # fmt: skip
        if self.body is not None:
            found = self.body.commands() + found
        return found
