"""The quadrant editor: the 2x2 with named arrows; each corner typed suggests the others."""

from __future__ import annotations

from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Vertical
from textual.content import Content
from textual.css.query import NoMatches
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Footer, Input, Label, Static

from cocreate.domain.errors import CocreateError
from cocreate.domain.lexicon import Completion
from cocreate.domain.quadrant import CORNERS
from cocreate.tui.api import Workspace
from cocreate.tui.text import lit, tpl

LABELS = {"core_quality": "CORE QUALITY", "pitfall": "PITFALL", "challenge": "CHALLENGE",
          "allergy": "ALLERGY"}  # fmt: skip
WHOSE = {"participant": "", "group": "group ", "team": "the team: "}


class Corner(Vertical):
    """One corner: its name, the word, and other words the lexicon offers."""

    def __init__(self, corner: str, word: str) -> None:
        super().__init__(classes="corner", id=f"corner-{corner}")
        self.corner = corner
        self.word = word

    def compose(self) -> ComposeResult:
        yield Label(LABELS[self.corner], classes="corner-label")
        yield Input(self.word, id=self.corner, compact=True, max_length=200)
        yield Static("", classes="alternatives")


class QuadrantEditor(ModalScreen[str | None]):
    """Edit and store someone's (or a group's, or the team's) quadrant; dismisses with its id."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="quadrant.save"),
        Binding("f2", "fill", "Fill in suggestions", id="quadrant.fill"),
        Binding("escape", "cancel", "Cancel", id="quadrant.cancel"),
    ]

    def __init__(
        self,
        ws: Workspace,
        sid: str,
        name: str,
        *,
        of: str = "participant",
        start: dict[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.ws, self.sid, self.who, self.of = ws, sid, name, of
        state = ws.session(sid)
        existing = state.quadrant_of(name) if of == "participant" else None
        if of != "participant":
            for q in reversed(state.quadrants):
                if q.of == of and q.name.casefold() == name.casefold():
                    existing = q
                    break
        self.words = {c: getattr(existing, c) if existing else "" for c in CORNERS}
        self.private = bool(existing and existing.private)
        # People come back: offer the quadrant they shared in an earlier session.
        self.remembered = False
        if existing is None and of == "participant":
            earlier = ws.remembered_quadrant(name) or {}
            if any(earlier.get(c) for c in CORNERS):
                self.words = {c: str(earlier.get(c) or "") for c in CORNERS}
                self.remembered = True
        for c, w in (start or {}).items():
            self.words[c] = self.words[c] or w
        self.completion: Completion | None = None

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog quadrant-dialog"):
            yield Static(tpl("[b]Quadrant of $w$n[/b]", w=WHOSE.get(self.of, ""), n=self.who),
                         classes="dialog-title")  # fmt: skip
            with Grid(id="quad-grid"):
                yield Corner("core_quality", self.words["core_quality"])
                yield Static("too much\n────────→", classes="arrow h")
                yield Corner("pitfall", self.words["pitfall"])
                yield Static("↑ negative\n  opposite", classes="arrow v left")
                yield Static("", classes="arrow")
                yield Static("↓ positive\n  opposite", classes="arrow v right")
                yield Corner("allergy", self.words["allergy"])
                yield Static("←────────\ntoo much", classes="arrow h")
                yield Corner("challenge", self.words["challenge"])
            yield Static("", id="hints")
            yield Checkbox("Private: shown only on the facilitator's own view", self.private,
                           id="private", compact=True)  # fmt: skip
            yield Static("", id="quad-status", classes="status")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        if self.remembered:
            self.query_one("#quad-status", Static).update(
                Content("Remembered from an earlier session: edit it, or ctrl+s to keep it.")
            )
        self._warm(self._typed())
        self.query_one("#core_quality", Input).focus()

    @work(thread=True, exclusive=True, group="lexicon")
    def _warm(self, typed: dict[str, str]) -> None:
        # The lexicon loads once (about a third of a second): not on a key press.
        try:
            self.ws.complete_quadrant(**(typed or {"core_quality": "warm"}))
        except CocreateError:
            return
        if typed:
            # Recompute from what is in the corners now: typing may have gone on meanwhile.
            self.app.call_from_thread(self._changed)

    def _typed(self) -> dict[str, str]:
        return {c: w.strip() for c in CORNERS if (w := self._value(c)).strip()}

    def _value(self, corner: str) -> str:
        try:
            return self.query_one(f"#{corner}", Input).value
        except NoMatches:  # before compose has run, the start words count
            return self.words[corner]

    @on(Input.Changed)
    def _changed(self) -> None:
        typed = self._typed()
        if not typed:
            self._show(None)
            return
        try:
            self._show(self.ws.complete_quadrant(**typed))
        except CocreateError as e:
            self.query_one("#quad-status", Static).update(Content(str(e)))

    def _show(self, completion: Completion | None) -> None:
        self.completion = completion
        typed = self._typed()
        for c in CORNERS:
            entry = self.query_one(f"#{c}", Input)
            alts = self.query_one(f"#corner-{c} .alternatives", Static)
            guess = completion.quadrant.corners().get(c, "") if completion else ""
            if c in typed or not guess:
                entry.placeholder = "type a word" if not typed else ""
                alts.update("")
            else:
                entry.placeholder = f"→ {guess}"
                others = completion.alternatives.get(c, [])[:3] if completion else []
                alts.update(Content.assemble("or ", lit(", ".join(others))) if others else "")
        hints: list[Content] = []
        if completion:
            hints += [Content.assemble("• ", lit(h)) for h in completion.hints[:3]]
            if completion.did_you_mean:
                hints.append(tpl("Did you mean: $w?", w=", ".join(completion.did_you_mean)))
            guesses = completion.quadrant.corners()
            if any(c not in typed and guesses.get(c) for c in CORNERS):
                hints.append(Content.from_markup("[dim]F2 fills the suggested corners.[/dim]"))
        self.query_one("#hints", Static).update(Content("\n").join(hints))

    def action_fill(self) -> None:
        if self.completion is None:
            return
        for c, word in self.completion.quadrant.corners().items():
            entry = self.query_one(f"#{c}", Input)
            if not entry.value.strip() and word:
                entry.value = word

    def action_save(self) -> None:
        corners = {c: self._value(c).strip() for c in CORNERS}
        private = self.query_one("#private", Checkbox).value
        try:
            setter = getattr(self.ws, "set_quadrant", None)
            if setter is not None:
                qid, _ = setter(self.sid, self.who, of=self.of, private=private, **corners)
            else:
                qid = self.ws.record(self.sid, "quadrant", name=self.who, of=self.of,
                                     private=private, **corners)  # fmt: skip
        except CocreateError as e:
            self.query_one("#quad-status", Static).update(Content(str(e)))
            return
        self.dismiss(qid)

    def action_cancel(self) -> None:
        self.dismiss(None)
