"""Review: a session read back, read-only; replayed stage by stage, its transcript, its summary."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Footer, Static

from cocreate.app.review import Line, Step
from cocreate.domain.errors import CocreateError
from cocreate.tui.api import Workspace
from cocreate.tui.commands import Command, export_commands
from cocreate.tui.replay import FrozenWorkspace
from cocreate.tui.stages import body_for
from cocreate.tui.stages.base import Say, StageBody
from cocreate.tui.text import lit, tpl
from cocreate.tui.widgets.stepper import Stepper
from cocreate.tui.widgets.summary import summary_story

VIEWS = {"replay": "Replay", "transcript": "Transcript", "summary": "Summary"}


def transcript_blocks(groups: list[tuple[str, list[Line]]]) -> list[Content]:
    """One block per replay step: its stage, then every event with its time and author."""
    out: list[Content] = []
    for n, (label, lines) in enumerate(groups, 1):
        block = [tpl("[b]$n. $l[/b]", n=str(n), l=label)]
        for ln in lines:
            block.append(Content.assemble(
                Content.styled(f"  {ln.at[11:19]} ", "dim"),
                Content.styled(lit(ln.who).plain, "bold"), "  ", lit(ln.text),
            ))  # fmt: skip
        if not lines:
            block.append(Content.styled("  (nothing recorded in this stage)", "dim"))
        out.append(Content("\n").join(block))
    return out


class ReviewScreen(Screen[None]):
    """A past session, read-only: ←/→ step through its stages; t transcript; s summary."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left,p", "step(-1)", "Prev", key_display="←", id="review.prev", priority=True),
        Binding("right,n", "step(1)", "Next", key_display="→", id="review.next", priority=True),
        Binding("home", "jump(0)", "First", show=False, id="review.first", priority=True),
        Binding("end", "jump(-1)", "Last", show=False, id="review.last", priority=True),
        Binding("t", "view('transcript')", "Transcript", id="review.transcript"),
        Binding("s", "view('summary')", "Summary", id="review.summary"),
        Binding("x", "export", "Export", id="review.export"),
        Binding("escape", "leave", "Home", id="review.home"),
    ]

    def __init__(self, ws: Workspace, sid: str) -> None:
        super().__init__()
        self.ws, self.sid = ws, sid
        self.state = ws.session(sid)
        self.steps: list[Step] = ws.replay(sid)
        self.index = 0
        self.current_view = "replay"

    def compose(self) -> ComposeResult:
        yield Static(tpl("[b]Review:[/b] $t  [dim](read-only)[/dim]", t=self.state.title),
                     classes="screen-title")  # fmt: skip
        yield Stepper(id="stepper")
        yield Static("", id="step-info")
        with ContentSwitcher(initial="replay", id="views"):
            yield Vertical(id="replay")
            yield VerticalScroll(id="transcript")
            with VerticalScroll(id="summary"):
                yield Static("", id="summary-text")
        yield Static("", id="review-status", classes="status")
        yield Footer(compact=True)

    async def on_mount(self) -> None:
        await self.show_step()

    @property
    def step(self) -> Step | None:
        return self.steps[self.index] if self.steps else None

    async def show_step(self) -> None:
        """Mount the stage body of the current step, read-only, on the state at its end."""
        step = self.step
        replay = self.query_one("#replay", Vertical)
        await replay.remove_children()
        if step is None:
            self.query_one("#step-info", Static).update("Nothing was recorded in this session.")
            return
        self.query_one(Stepper).show(step.state, step.stage)
        events = len(step.lines)
        self.query_one("#step-info", Static).update(Content.assemble(
            Content.styled(f"Step {self.index + 1} of {len(self.steps)}: ", "dim"),
            Content.styled(step.label, "bold"),
            Content.styled(f" · {events} event{'s' if events != 1 else ''} · ← → to step", "dim"),
        ))  # fmt: skip
        body = body_for(FrozenWorkspace(self.ws, step.state), self.sid, step.state, step.stage)
        await replay.mount(body)
        body.make_read_only()
        if self.current_view == "replay":
            self._focus_body(body)
        elif self.current_view == "transcript":
            self._mark_transcript()

    def _focus_body(self, body: StageBody) -> None:
        for widget in body.query("OptionList, DataTable"):
            if widget.display and widget.focusable:
                widget.focus()
                return
        self.set_focus(None)

    def on_say(self, event: Say) -> None:
        event.stop()
        status = self.query_one("#review-status", Static)
        status.update(event.text if isinstance(event.text, Content) else Content(event.text))
        status.set_class(event.error, "error")

    async def _fill_transcript(self) -> None:
        """The transcript, built once from the replay's steps so block n is step n."""
        scroll = self.query_one("#transcript", VerticalScroll)
        if scroll.children:
            return
        groups = [(step.label, list(step.lines)) for step in self.steps]
        await scroll.mount_all(
            Static(block, classes="transcript-step") for block in transcript_blocks(groups)
        )

    def _mark_transcript(self) -> None:
        """Mark the replay's current step in the transcript and bring it into view."""
        blocks = list(self.query(".transcript-step").results(Static))
        for n, block in enumerate(blocks):
            block.set_class(n == self.index, "-current")
        if 0 <= self.index < len(blocks):
            here = blocks[self.index]
            scroll = self.query_one("#transcript", VerticalScroll)
            # After the next refresh: a block mounted just now has no place on screen yet.
            self.call_after_refresh(scroll.scroll_to_widget, here, animate=False, top=True)

    async def action_step(self, delta: int) -> None:
        if self.current_view == "summary":
            await self.action_view("replay")
        target = max(0, min(len(self.steps) - 1, self.index + delta))
        if target != self.index:
            self.index = target
            await self.show_step()

    async def action_jump(self, index: int) -> None:
        await self.action_step((index % max(len(self.steps), 1)) - self.index)

    async def action_view(self, view: str) -> None:
        """Switch between the replay, the transcript and the summary (the same key goes back)."""
        view = "replay" if view == self.current_view else view
        self.current_view = view
        try:
            if view == "transcript":
                await self._fill_transcript()
                self._mark_transcript()
            elif view == "summary":
                text = Content("\n").join(summary_story(self.ws.summary(self.sid)))
                self.query_one("#summary-text", Static).update(text)
        except CocreateError as e:
            self.on_say(Say(str(e), error=True))
        self.query_one(ContentSwitcher).current = view
        if view == "replay":
            body = self.query(StageBody)
            if body:
                self._focus_body(body.first())
        else:
            self.query_one(f"#{view}", VerticalScroll).focus()
        keys = {
            "replay": "t transcript · s summary · ← → step",
            "transcript": "← → step (marked ▌) · ↑ ↓ scroll · t back to the replay",
            "summary": "s back to the replay · t transcript · ← → replay",
        }
        self.query_one("#review-status", Static).update(
            Content.styled(f"{VIEWS[view]} · {keys[view]}", "dim")
        )

    def action_export(self, fmt: str = "md") -> None:
        from cocreate.tui.dialogs.export import ExportDialog

        self.app.push_screen(ExportDialog(self.ws, self.sid, fmt))

    def action_leave(self) -> None:
        self.app.pop_screen()

    def commands(self) -> list[Command]:
        return [
            ("review: Next stage", "Step forward in the replay (→ or n)",
             lambda: self.run_action("step(1)")),
            ("review: Previous stage", "Step back in the replay (← or p)",
             lambda: self.run_action("step(-1)")),
            ("review: Transcript", "Every event with its time and author (t)",
             lambda: self.run_action("view('transcript')")),
            ("review: Summary", "What was decided (s)", lambda: self.run_action("view('summary')")),
            *export_commands(self.action_export),
            ("review: Home", "Back to the archive (Esc)", self.action_leave),
        ]  # fmt: skip
