"""Objections: fast entry (type, Enter), who raised it or anonymous, and a private round."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from cocreate.domain.session import Objection, SessionState
from cocreate.tui.commands import Command
from cocreate.tui.stages.base import WHO_KEY, StageBody, WhoSelect
from cocreate.tui.text import short, tpl


def objection_line(state: SessionState, o: Objection, width: int = 240) -> Content:
    who = state.name_of(o.by) if o.by else "anonymous"
    return Content.assemble(
        Content.styled(f"{o.id:>6} ", "dim"),
        Content.styled(who or "", "bold" if o.by else "italic"),
        ": ",
        short(o.text, width),
    )


class ObjectionsBody(StageBody):
    """Every "yes, but" kept verbatim; the list grows below the entry line."""

    BINDINGS: ClassVar[list[BindingType]] = [
        WHO_KEY,
        Binding("ctrl+r", "private_round", "Private round", id="objections.round"),
    ]

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.round: list[str] | None = None
        self.turn = 0
        self.shown: list[tuple[str, str, str | None]] = []

    def compose(self) -> ComposeResult:
        yield Static(tpl("[b]The idea:[/b] $i", i=self.state.idea or "(not stated)"),
                     classes="lead idea-line")  # fmt: skip
        yield Static(
            "Yes, but…? Type each objection and press Enter. ctrl+r: a private round.",
            id="round-banner",
            classes="hint",
        )
        with Horizontal(classes="entry-row"):
            yield WhoSelect(self.state, anonymous=True, id="who")
            yield Input(compact=True, placeholder="It's too expensive…", id="entry")
        yield Static("", id="count", classes="dim")
        yield OptionList(id="objections")

    def on_mount(self) -> None:
        self.show(self.state)

    def first_focus(self) -> None:
        self.query_one("#entry", Input).focus()

    def show(self, state: SessionState) -> None:
        super().show(state)
        items = self.query_one("#objections", OptionList)
        now = [(o.id, o.text, o.by) for o in state.objections]
        if now[: len(self.shown)] == self.shown:
            # The usual case: one more objection; append instead of rebuilding 300 lines.
            new = state.objections[len(self.shown) :]
            items.add_options([Option(objection_line(state, o), id=o.id) for o in new])
        else:
            items.clear_options()
            items.add_options([Option(objection_line(state, o), id=o.id) for o in state.objections])
        self.shown = now
        if items.option_count:
            items.highlighted = items.option_count - 1
        # One line of fixed height: no new layout of the screen for a new count.
        self.query_one("#count", Static).update(
            f"{len(now)} objection{'s' if len(now) != 1 else ''}", layout=False
        )

    @on(Input.Submitted, "#entry")
    def _submit(self, event: Input.Submitted) -> None:
        who = self.query_one("#who", WhoSelect)
        if self.round is not None and not event.value.strip():
            self._next_turn()
            return
        if self.record("objection", event.value, by=who.who) is not None:
            event.input.clear()

    # -- the private round -------------------------------------------------------

    def action_private_round(self) -> None:
        if self.round is None:
            self.round = [p.name for p in self.state.participants]
            if not self.round:
                self.round = None
                self.say("Nobody to take turns: add participants first.")
                return
            self.turn = 0
            self._show_turn()
        else:
            self._reveal()

    def _show_turn(self) -> None:
        assert self.round is not None
        name = self.round[self.turn]
        who = self.query_one("#who", WhoSelect)
        who.choose(name)
        who.disabled = True
        self.query_one("#objections").display = False
        self.query_one("#count").display = False
        self.query_one("#round-banner", Static).update(
            tpl(
                "[b reverse] Private round [/] [b]$n[/b] types ($i of $t); the others look "
                "away. Enter on an empty line passes on; ctrl+r reveals all.",
                n=name,
                i=str(self.turn + 1),
                t=str(len(self.round)),
            )
        )
        self.query_one("#entry", Input).focus()

    def _next_turn(self) -> None:
        assert self.round is not None
        self.turn += 1
        if self.turn >= len(self.round):
            self._reveal()
        else:
            self._show_turn()

    def _reveal(self) -> None:
        self.round = None
        self.query_one("#who", WhoSelect).disabled = False
        self.query_one("#objections").display = True
        self.query_one("#count").display = True
        self.query_one("#round-banner", Static).update(
            "Revealed: everything said in the private round is in the list below."
        )
        self.say(f"{len(self.state.objections)} objections on the wall.")

    def commands(self) -> list[Command]:
        return [
            ("objections: Private round (or reveal)",
             "Each participant in turn, without others' entries on screen (ctrl+r)",
             self.action_private_round),
        ]  # fmt: skip
