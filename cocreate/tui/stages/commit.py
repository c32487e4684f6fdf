"""Commit: actions with an owner and a due date, phrased "When …, I will … by …"."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from cocreate.domain.session import Action, SessionState
from cocreate.tui.commands import Command
from cocreate.tui.stages.base import WHO_KEY, StageBody, WhoSelect
from cocreate.tui.text import lit, short


def phrase(when: str, will: str) -> str:
    """The action as one sentence, the way people commit to it."""
    will = will.strip()
    if will.lower().startswith("i will "):
        will = will[7:]
    when = when.strip()
    if when.lower().startswith("when "):
        when = when[5:]
    return f"When {when.rstrip(',')}, I will {will}" if when else f"I will {will}"


def action_line(state: SessionState, a: Action) -> Content:
    owner = state.name_of(a.owner)
    who = Content.styled(owner, "bold") if owner else Content.styled("no owner yet", "$error")
    due = Content.styled(f" by {a.due}", "italic") if a.due else Content("")
    return Content.assemble(Content.styled(f"{a.id:>6} ", "dim"), short(a.text, 160), due,
                            " — ", who)  # fmt: skip


class CommitBody(StageBody):
    """Three short fields and an owner; Enter in any field records the action."""

    BINDINGS: ClassVar[list[BindingType]] = [
        WHO_KEY,
        Binding("o", "assign", "Owner := who", id="commit.assign"),
    ]

    def compose(self) -> ComposeResult:
        yield Static(
            "When …, I will … by …: Enter moves on; Enter on the date records it. "
            "o on a listed action gives it to the chosen owner.",
            classes="hint",
        )
        with Horizontal(classes="entry-row"):
            yield Static("When", classes="field-label")
            yield Input(compact=True, placeholder="the pilot starts", id="when")
        with Horizontal(classes="entry-row"):
            yield Static("I will", classes="field-label")
            yield Input(compact=True, placeholder="ask five users to try the form", id="will")
        with Horizontal(classes="entry-row"):
            yield Static("by", classes="field-label")
            yield Input(compact=True, placeholder="YYYY-MM-DD (optional)", id="due", max_length=10)
            yield WhoSelect(self.state, id="who")
        yield OptionList(id="actions")

    def on_mount(self) -> None:
        self.show(self.state)

    def first_focus(self) -> None:
        self.query_one("#when", Input).focus()

    def show(self, state: SessionState) -> None:
        super().show(state)
        items = self.query_one("#actions", OptionList)
        keep = items.highlighted
        items.clear_options()
        items.add_options([Option(action_line(state, a), id=a.id) for a in state.actions])
        if items.option_count:
            items.highlighted = min(keep if keep is not None else 0, items.option_count - 1)

    @on(Input.Submitted, "#when")
    def _to_will(self) -> None:
        self.query_one("#will", Input).focus()

    @on(Input.Submitted, "#will")
    def _to_due(self) -> None:
        self.query_one("#due", Input).focus()

    @on(Input.Submitted, "#due")
    def _submit(self) -> None:
        will = self.query_one("#will", Input)
        if not will.value.strip():
            self.say("Say what you will do (the 'I will' line).")
            will.focus()
            return
        when, due = self.query_one("#when", Input), self.query_one("#due", Input)
        owner = self.query_one("#who", WhoSelect).who
        text = phrase(when.value, will.value)
        if self.record("action", text, owner=owner, due=due.value.strip() or None) is not None:
            for field in (when, will, due):
                field.clear()
            when.focus()
            self.say(Content.assemble("Recorded: ", lit(text)))

    def action_assign(self) -> None:
        items = self.query_one("#actions", OptionList)
        owner = self.query_one("#who", WhoSelect).who
        if items.highlighted is None or owner is None:
            self.say("Highlight an action and choose its owner first.")
            return
        aid = items.get_option_at_index(items.highlighted).id
        self.record("assign", about=aid, owner=owner)

    def commands(self) -> list[Command]:
        return [("commit: Give the action to the owner", "o", self.action_assign)]
