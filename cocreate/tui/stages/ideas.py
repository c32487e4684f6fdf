"""Ideas per challenge ("yes, and" builds on one) and dot voting, hidden until revealed."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from cocreate.domain.session import Challenge, Entry, Idea, SessionState
from cocreate.domain.templates import template
from cocreate.tui.commands import Command
from cocreate.tui.stages.base import WHO_KEY, StageBody, WhoSelect
from cocreate.tui.text import short, tpl


def current_challenges(state: SessionState) -> list[Challenge]:
    """The latest challenge of each objection (an edit replaces, it does not add)."""
    latest = {c.about: c for c in state.challenges}
    return list(latest.values())


class IdeasBody(StageBody):
    """Challenges on the left; ideas for the selected one on the right."""

    BINDINGS: ClassVar[list[BindingType]] = [
        WHO_KEY,
        Binding("ctrl+y", "yes_and", "Yes, and…", id="ideas.yes_and"),
        Binding("pageup", "challenge(-1)", "Previous challenge", show=False, id="ideas.prev"),
        Binding("pagedown", "challenge(1)", "Next challenge", show=False, id="ideas.next"),
    ]

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.cid: str | None = None
        self.builds_on: str | None = None

    def compose(self) -> ComposeResult:
        yield Static(
            "Ideas for the challenge on the left: type, Enter. PgUp/PgDn: another challenge; "
            "ctrl+y: “yes, and” on the highlighted idea.",
            classes="hint",
        )
        with Horizontal(id="ideas-split"):
            yield OptionList(id="challenge-list")
            with Vertical(id="idea-side"):
                yield Static("", id="challenge-text", classes="lead")
                yield OptionList(id="idea-list")
                with Horizontal(classes="entry-row"):
                    yield WhoSelect(self.state, anonymous=True, id="who")
                    yield Input(compact=True, placeholder="An idea: we could…", id="idea")

    def on_mount(self) -> None:
        self.show(self.state)

    def first_focus(self) -> None:
        self.query_one("#idea", Input).focus()

    def show(self, state: SessionState) -> None:
        super().show(state)
        chls = current_challenges(state)
        items = self.query_one("#challenge-list", OptionList)
        keep = items.highlighted or 0
        items.clear_options()
        items.add_options(
            [
                Option(
                    Content.styled(f"{len(state.ideas_for(c.id))} ", "bold") + short(c.text, 100),
                    id=c.id,
                )
                for c in chls
            ]
        )
        if not chls:
            self.query_one("#challenge-text", Static).update("No challenges: F6 moves on.")
            return
        items.highlighted = min(keep, len(chls) - 1)
        self._ideas()

    @on(OptionList.OptionHighlighted, "#challenge-list")
    def _picked(self) -> None:
        self._ideas()

    @on(OptionList.OptionSelected, "#challenge-list")
    def _to_entry(self) -> None:
        self.query_one("#idea", Input).focus()

    def _ideas(self) -> None:
        chls = current_challenges(self.state)
        items = self.query_one("#challenge-list", OptionList)
        if items.highlighted is None or not chls:
            return
        chl = chls[items.highlighted]
        self.cid = chl.id
        self.query_one("#challenge-text", Static).update(tpl("[b]$t[/b]", t=chl.text))
        ideas = self.query_one("#idea-list", OptionList)
        ideas.clear_options()
        for idea in self.state.ideas_for(chl.id):
            ideas.add_option(Option(self._idea_line(idea), id=idea.id))
        if ideas.option_count:
            ideas.highlighted = ideas.option_count - 1

    def action_challenge(self, step: int) -> None:
        items = self.query_one("#challenge-list", OptionList)
        if items.option_count:
            items.highlighted = ((items.highlighted or 0) + step) % items.option_count

    def _idea_line(self, idea: Idea) -> Content:
        who = self.state.name_of(idea.by) or "anonymous"
        lead = Content.styled("  ↳ yes, and ", "dim") if idea.builds_on else Content("")
        return lead + Content.styled(who, "bold") + ": " + short(idea.text, 160)

    @on(Input.Submitted, "#idea")
    def _submit(self, event: Input.Submitted) -> None:
        about = self.builds_on or self.cid
        if about is None:
            self.say("There is no challenge to have ideas for.")
            return
        who = self.query_one("#who", WhoSelect).who
        if self.record("idea", event.value, about=about, by=who) is not None:
            event.input.clear()
            self.builds_on = None
            event.input.placeholder = "An idea: we could…"

    def action_yes_and(self) -> None:
        ideas = self.query_one("#idea-list", OptionList)
        if ideas.highlighted is None:
            self.say("There is no idea yet to build on.")
            return
        option = ideas.get_option_at_index(ideas.highlighted)
        self.builds_on = option.id
        entry = self.query_one("#idea", Input)
        entry.placeholder = f"Yes, and… (building on {option.id})"
        entry.focus()

    def commands(self) -> list[Command]:
        return [("ideas: Yes, and…", "Build on the highlighted idea (ctrl+y)", self.action_yes_and)]


class VoteBody(StageBody):
    """Dot voting: each participant has a budget; the tally stays hidden until revealed."""

    BINDINGS: ClassVar[list[BindingType]] = [
        WHO_KEY,
        Binding("r", "reveal", "Reveal", id="vote.reveal"),
    ]

    def targets(self, state: SessionState) -> tuple[Idea | Entry, ...]:
        return state.qualities if self.state.template == "team-quadrant" else state.ideas

    def compose(self) -> ComposeResult:
        what = "core qualities" if self.state.template == "team-quadrant" else "ideas"
        dots = template(self.state.template).dots
        yield Static(
            f"Dot voting on the {what}: {dots} dots each. Pick the voter, then Enter on an "
            "item. r reveals the tally.",
            classes="hint",
        )
        with Horizontal(classes="entry-row"):
            yield WhoSelect(self.state, id="who")
            yield Static("", id="budget")
        yield OptionList(id="targets")

    def on_mount(self) -> None:
        self.show(self.state)

    def first_focus(self) -> None:
        self.query_one("#targets", OptionList).focus()

    def show(self, state: SessionState) -> None:
        super().show(state)
        items = self.query_one("#targets", OptionList)
        keep = items.highlighted
        items.clear_options()
        for t in self.targets(state):
            n = state.votes_for(t.id)
            tally = Content.styled(f"{'●' * n:<6}" if n else "–     ", "$accent")
            if not state.votes_revealed:
                tally = Content.styled("hidden ", "dim")
            items.add_option(Option(tally + " " + short(t.text, 160), id=t.id))
        if items.option_count:
            items.highlighted = min(keep or 0, items.option_count - 1)
        self._budget()

    @on(WhoSelect.Changed, "#who")
    def _budget(self) -> None:
        who = self.query_one("#who", WhoSelect).who
        p = self.state.participant(who) if who else None
        if p is None:
            return
        left = template(self.state.template).dots - self.state.votes_by(p.id)
        dots = "no dots" if left <= 0 else "1 dot" if left == 1 else f"{left} dots"
        self.query_one("#budget", Static).update(tpl(" $n has $d left", n=p.name, d=dots))

    @on(OptionList.OptionSelected, "#targets")
    def _vote(self, event: OptionList.OptionSelected) -> None:
        who = self.query_one("#who", WhoSelect)
        if self.record("vote", about=event.option.id, by=who.who) is not None:
            p = self.state.participant(who.who or "")
            if p and self.state.votes_by(p.id) + 1 >= template(self.state.template).dots:
                who.next_person()

    def action_reveal(self) -> None:
        self.record("reveal", revealed=not self.state.votes_revealed)

    def commands(self) -> list[Command]:
        return [("vote: Reveal or hide the tally", "Show the dots (r)", self.action_reveal)]
