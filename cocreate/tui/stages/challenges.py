"""Challenges: the selected objection's suggestions and quadrant lens; accept, edit or write."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from cocreate.domain.reframe import Reframing
from cocreate.domain.session import Objection, SessionState
from cocreate.tui.commands import Command
from cocreate.tui.stages.base import StageBody
from cocreate.tui.text import lit, short, tpl


def mark(state: SessionState, o: Objection) -> Content:
    if o.parked:
        return Content.styled("P ", "dim")
    if state.challenge_for(o.id):
        return Content.styled("✓ ", "$success")
    return Content.styled("• ", "$warning")


class ChallengesBody(StageBody):
    """Objections on the left; on the right, the selected one turned into a challenge."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("e", "edit", "Edit", id="challenges.edit"),
        Binding("w", "write", "Write own", id="challenges.write"),
        Binding("p", "park", "Park", id="challenges.park"),
        Binding("a", "agree", "Objector agrees", id="challenges.agree"),
    ]

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.oid: str | None = None
        self.reframing: Reframing | None = None
        self._cache: dict[str, Reframing | str] = {}

    def compose(self) -> ComposeResult:
        with Horizontal(id="challenges-split"):
            yield OptionList(id="objection-list")
            with Vertical(id="challenge-side"):
                with VerticalScroll(id="objection-detail"):
                    yield Static("", id="objection-text")
                    yield Static("", id="current")
                yield Static("", id="lens")
                yield Static(
                    "Suggested challenges (Enter accepts, e edits):",
                    id="suggest-label",
                    classes="dim",
                )
                yield OptionList(id="suggestions")
                yield Input(compact=True, placeholder="How might we …? (w)", id="own")

    def on_mount(self) -> None:
        self.show(self.state)

    def first_focus(self) -> None:
        self.query_one("#objection-list", OptionList).focus()

    def make_read_only(self) -> None:
        super().make_read_only()
        # A replay takes no keys: the label keeps its list's name, not what Enter would do.
        self.query_one("#suggest-label", Static).update("Suggested challenges:")
        self._detail()

    def show(self, state: SessionState) -> None:
        super().show(state)
        items = self.query_one("#objection-list", OptionList)
        keep = items.highlighted
        items.clear_options()
        items.add_options(
            [Option(mark(state, o) + short(o.text, 120), id=o.id) for o in state.objections]
        )
        if not state.objections:
            self.query_one("#objection-text", Static).update(
                "No objections were raised: F6 moves on."
            )
            return
        if keep is None:
            open_ = state.unresolved()
            keep = state.objections.index(open_[0]) if open_ else 0
        items.highlighted = min(keep, items.option_count - 1)
        self._detail()

    @on(OptionList.OptionHighlighted, "#objection-list")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id != self.oid:
            self.oid = event.option.id
            self._detail()

    def _detail(self) -> None:
        items = self.query_one("#objection-list", OptionList)
        if items.highlighted is None:
            return
        obj = self.state.objections[items.highlighted]
        self.oid = obj.id
        who = self.state.name_of(obj.by) or "anonymous"
        self.query_one("#objection-text", Static).update(
            tpl("[b]$id[/b] $who: $t", id=obj.id, who=who, t=obj.text)
        )
        chl = self.state.challenge_for(obj.id)
        current = Content("")
        if chl:
            agrees = {True: "  ✓ objector agrees", False: "  ✗ objector disagrees"}.get(
                chl.agrees, "  (a: the objector agrees)" if obj.by and not self.read_only else ""
            )
            current = tpl("[b $success]Challenge:[/] $c[dim]$a[/dim]", c=chl.text, a=agrees)
        elif obj.parked:
            current = Content.from_markup("[dim]Parked (p to take it back).[/dim]")
        self.query_one("#current", Static).update(current)
        self.query_one("#current", Static).display = bool(current.plain)
        self._suggest(obj)

    def _suggest(self, obj: Objection) -> None:
        found = self._cache.get(obj.id)
        if found is None:
            try:
                found = self.ws.suggest(self.sid, obj.id)
            # The suggestion engine is advice: when it fails, the facilitator writes their own.
            except Exception as e:
                found = f"No suggestions for this one ({type(e).__name__}); write your own (w)."
            self._cache[obj.id] = found
        sugg = self.query_one("#suggestions", OptionList)
        sugg.clear_options()
        lens = self.query_one("#lens", Static)
        if isinstance(found, str):
            self.reframing = None
            lens.update(Content(found))
            return
        self.reframing = found
        sugg.add_options([Option(lit(c.text)) for c in found.challenges])
        if sugg.option_count:
            sugg.highlighted = 0
        lens.update(self._lens(found))

    @staticmethod
    def _lens(r: Reframing) -> Content:
        note = "[dim]A clarifying question: the objection names no concern yet.[/dim]\n"
        head = Content.from_markup(note) if r.kind == "clarify" else Content("")
        if r.lens is None:
            return head + Content.from_markup("[dim]No quadrant lens: the objector has none.[/]")
        lens = r.lens
        partners = ", ".join(getattr(lens, "partners", ()) or ()) or "nobody in the room yet"
        return head + tpl(
            "[b]Lens:[/b] $corner · their challenge: [b]$ch[/b] · learning partner: $p"
            "\n[dim]$ex[/]",
            corner=str(getattr(lens, "corner", "")).replace("_", " "),
            ch=str(getattr(lens, "objector_challenge", "") or "?"),
            p=partners,
            ex=str(getattr(lens, "explanation", "")),
        )

    def _record_challenge(self, text: str, suggested: str | None = None) -> bool:
        if self.oid is None:
            self.say("Select an objection first.")
            return False
        extra = {"suggested": suggested} if suggested else {}
        if self.record("challenge", text, about=self.oid, **extra) is None:
            return False
        # Stay on this objection: the objector is asked whether the challenge captures it (a).
        self.query_one("#objection-list", OptionList).focus()
        return True

    def _next_open(self) -> None:
        """After a challenge or a park, move on to the next objection still open."""
        fresh = self.ws.session(self.sid)
        open_ = fresh.unresolved()
        if open_:
            self.query_one("#objection-list", OptionList).highlighted = fresh.objections.index(
                open_[0]
            )
            self.query_one("#objection-list", OptionList).focus()

    @on(OptionList.OptionSelected, "#suggestions")
    def _accept(self, event: OptionList.OptionSelected) -> None:
        if self.reframing is not None:
            text = self.reframing.challenges[event.option_index].text
            self._record_challenge(text, suggested=text)

    @on(OptionList.OptionSelected, "#objection-list")
    def _to_suggestions(self) -> None:
        self.query_one("#suggestions", OptionList).focus()

    @on(Input.Submitted, "#own")
    def _own(self, event: Input.Submitted) -> None:
        suggested = getattr(event.input, "suggested", None)
        if self._record_challenge(event.value, suggested=suggested):
            event.input.clear()
            event.input.suggested = None  # type: ignore[attr-defined]

    def action_edit(self) -> None:
        sugg = self.query_one("#suggestions", OptionList)
        own = self.query_one("#own", Input)
        if self.reframing is not None and sugg.highlighted is not None:
            text = self.reframing.challenges[sugg.highlighted].text
            own.value = text
            own.suggested = text  # type: ignore[attr-defined]
        own.focus()

    def action_write(self) -> None:
        own = self.query_one("#own", Input)
        own.suggested = None  # type: ignore[attr-defined]
        own.focus()

    def action_park(self) -> None:
        if self.oid is None:
            return
        obj = self.state.find(self.oid)
        if obj is None:
            return
        oid = self.oid
        if self.record("unpark" if obj.parked else "park", about=oid) is None:
            return
        self.say(f"Took {oid} back." if obj.parked else f"Parked {oid}.")
        if not obj.parked:
            self._next_open()

    def action_agree(self) -> None:
        chl = self.state.challenge_for(self.oid) if self.oid else None
        if chl is None:
            self.say("Accept or write a challenge first; then the objector can agree.")
            return
        if self.record("agree", about=chl.id) is not None:
            self.say("The objector agrees with the challenge.")

    def commands(self) -> list[Command]:
        return [
            ("challenges: Write your own", "Type a challenge for the selected objection",
             self.action_write),
            ("challenges: Edit the suggestion", "Start from the highlighted suggestion",
             self.action_edit),
            ("challenges: Park or unpark", "Park the selected objection", self.action_park),
            ("challenges: Objector agrees", "Mark that the objector recognises their concern",
             self.action_agree),
        ]  # fmt: skip
