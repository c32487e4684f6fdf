"""Check-in and check-out: each participant's energy (1–5), their quadrant, one line each."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widget import Widget
from textual.widgets import DataTable, Input, OptionList, Static
from textual.widgets.option_list import Option

from cocreate.app.carry import decided
from cocreate.domain.errors import CocreateError
from cocreate.domain.session import Participant, SessionState
from cocreate.tui.stages.base import WHO_KEY, Changed, Say, StageBody, WhoSelect
from cocreate.tui.text import cell, short, tpl
from cocreate.tui.widgets.summary import Summary


def quadrant_cell(state: SessionState, p: Participant) -> str:
    q = state.quadrant_of(p.name)
    if q is None:
        return "–"
    if q.private:
        return "(private)"
    return " · ".join(w or "?" for w in (q.core_quality, q.pitfall, q.challenge, q.allergy))


ENERGY_KEYS = [
    Binding(str(n), f"energy({n})", "Energy", key_display="1–5", show=n == 1, id=f"energy.{n}")
    for n in range(1, 6)
]


def _in_replay(widget: Widget) -> bool:
    """True inside a read-only stage body (a replay): keys that record are refused."""
    body = next((a for a in widget.ancestors if isinstance(a, StageBody)), None)
    return body is not None and body.read_only


class PeopleTable(DataTable[object]):
    """One row per participant; digits set the energy of the row under the cursor."""

    BINDINGS = ENERGY_KEYS

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "energy" and _in_replay(self):
            return False
        return super().check_action(action, parameters)

    def action_energy(self, value: int) -> None:
        body = next(a for a in self.ancestors if isinstance(a, StageBody))
        body.set_energy(self.cursor_row, value)  # type: ignore[attr-defined]

    # The column that takes the width the others leave (its cells end in "…").
    fill: str | None = None

    def on_resize(self) -> None:
        self.fit()

    def fit(self) -> None:
        """Give the fill column the rest of the width, so nothing scrolls sideways at 80 columns."""
        col = next((c for c in self.columns.values() if c.key == self.fill), None)
        if col is None:
            return
        others = sum(c.get_render_width(self) for c in self.columns.values() if c is not col)
        # Room kept for the vertical scrollbar: it comes and goes with the number of people.
        room = self.size.width - self.styles.scrollbar_size_vertical - others
        width = max(12, room - 2 * self.cell_padding)
        if col.auto_width or col.width != width:
            col.auto_width, col.width = False, width
            # DataTable has no public way to resize a column: re-measure and re-render.
            self._require_update_dimensions = True
            self._clear_caches()
            self.refresh()


CARRY_MARK = {"closed": "✓ closed", "kept": "→ kept", "dropped": "✗ dropped"}
CARRY_STYLE = {"closed": "$success", "kept": "$accent", "dropped": "$text-muted"}


class CarryList(OptionList):
    """Actions from the series' earlier sessions: c closes, k keeps, d drops one.

    A decided action stays selectable: choosing again changes the decision.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("c", "decide('closed')", "Close", id="carry.close"),
        Binding("k", "decide('kept')", "Keep", id="carry.keep"),
        Binding("d", "decide('dropped')", "Drop", id="carry.drop"),
    ]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "decide" and _in_replay(self):
            return False
        return super().check_action(action, parameters)

    def action_decide(self, decision: str) -> None:
        body = next(a for a in self.ancestors if isinstance(a, CheckInBody))
        option = self.highlighted_option
        if option is not None and option.id:
            body.decide(option.id, decision)


def carry_line(text: str, owner: str | None, due: str | None, title: str) -> Content:
    who = f" — {owner}" if owner else " — no owner"
    by = f" by {due}" if due else ""
    return Content.assemble(
        short(text, 80),
        Content(who + by),
        Content.styled("  ·  ", "dim"),
        short(title, 40).stylize("dim"),
    )


class CheckInBody(StageBody):
    """Energy in, each person's quadrant (Enter opens the editor), and actions carried over."""

    MOMENT = "in"
    HELP = (
        "1–5 sets energy; Enter opens the person's quadrant; c/k/d settle a carried action "
        "(again on a settled one changes it)."
    )
    # The decided action to keep highlighted after its decision changed (it moves nowhere).
    _carry_keep: str | None = None

    def compose(self) -> ComposeResult:
        yield Static(
            "How much energy do you bring (1–5)? And your core quality? "
            "Arrows pick a person, 1–5 sets energy, Enter opens their quadrant.",
            classes="hint",
        )
        yield PeopleTable(id="people-in", classes="people-table", cursor_type="row")
        with Vertical(id="carry-panel"):
            yield Static("", id="carry-title")
            yield CarryList(id="carry")

    COLUMNS: ClassVar[list[tuple[str, str, int | None]]] = [
        ("Name", "name", 14),
        ("Group", "group", 10),
        ("Energy", "energy", 6),
        ("Core · pitfall · challenge · allergy", "quadrant", None),
    ]

    def on_mount(self) -> None:
        # Textual runs on_mount of every class in the MRO: the columns are data, not code.
        table = self.query_one(PeopleTable)
        for label, key, width in self.COLUMNS:
            table.add_column(label, key=key, width=width)
            if width is None:
                table.fill = key
        table.fit()
        self.show(self.state)

    def show(self, state: SessionState) -> None:
        super().show(state)
        table = self.query_one(PeopleTable)
        row = table.cursor_row
        table.clear()
        for p in state.participants:
            energy = state.energy_of(p.id, self.MOMENT)
            table.add_row(
                cell(p.name, 30), cell(p.group or "", 20), "●" * (energy or 0) or "–",
                cell(quadrant_cell(state, p), 80), key=p.id,
            )  # fmt: skip
        if table.row_count:
            table.move_cursor(row=min(row, table.row_count - 1))
        self.show_carry(state)

    def show_carry(self, state: SessionState) -> None:
        """Open actions of the series' earlier sessions, then what was decided about them here."""
        try:
            still_open = self.ws.open_carry_over(self.sid)
        except CocreateError as e:
            self.say(str(e))
            still_open = []
        settled = decided(state)
        panel = self.query_one("#carry-panel")
        panel.display = bool(still_open or settled)
        if not panel.display:
            return
        items = self.query_one("#carry", CarryList)
        keep = items.highlighted
        items.clear_options()
        items.add_options(
            Option(
                Content.styled("• ", "$warning")
                + carry_line(o.text, o.owner, o.due, o.session_title),
                id=f"{o.session}/{o.action}",
            )
            for o in still_open
        )
        items.add_options(
            Option(
                Content.styled(
                    f"{CARRY_MARK.get(c.decision, c.decision):<11}", CARRY_STYLE.get(c.decision, "")
                )
                + short(c.text, 80)
                + Content(f" — {c.owner}" if c.owner else ""),
                id=f"{c.session}/{c.action}",
            )
            for c in settled
        )
        keys = "" if self.read_only else "  [dim]Tab, then c close · k keep · d drop[/dim]"
        self.query_one("#carry-title", Static).update(
            tpl(
                "[b]Carried over[/b] from [b]$s[/b]: $n" + keys,
                s=state.series or "", n=f"{len(still_open)} open" if still_open else "all settled",
            )
        )  # fmt: skip
        changed, self._carry_keep = self._carry_keep, None
        ids = [items.get_option_at_index(i).id for i in range(items.option_count)]
        if changed is not None and changed in ids:
            items.highlighted = ids.index(changed)
        elif items.option_count:
            # After settling an open action, the next open one is under the cursor.
            items.highlighted = min(keep or 0, (len(still_open) or items.option_count) - 1)

    def decide(self, key: str, decision: str) -> None:
        """Record at once what the team decided about an action carried over."""
        source, _, action = key.partition("/")
        before = next(
            (c for c in decided(self.state) if (c.session, c.action) == (source, action)), None
        )
        if before is not None and before.decision == decision:
            self.say(Content.assemble(Content.styled(f"Already {decision}: ", "bold"),
                                      short(before.text, 60)))  # fmt: skip
            return
        try:
            found = [o for o in self.ws.open_carry_over(self.sid) if o.action == action]
            self.ws.carry(self.sid, source, action, decision)
        except CocreateError as e:
            self.post_message(Say(str(e), error=True))
            return
        text = short(found[0].text if found else before.text if before else action, 60)
        said = f"{before.decision} → {decision}" if before else decision
        self.say(Content.assemble(
            Content.styled(said.capitalize() + ": ", "bold"), text,
            Content.styled("  (choose again to change it)", "dim"),
        ))  # fmt: skip
        if before is not None:
            self._carry_keep = key
        self.post_message(Changed())

    def set_energy(self, row: int, value: int) -> None:
        if 0 <= row < len(self.state.participants):
            p = self.state.participants[row]
            if self.record("energy", str(value), by=p.name) is not None:
                self.say(f"Energy {value} for {p.name}.")

    @on(DataTable.RowSelected, ".people-table")
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        if 0 <= event.cursor_row < len(self.state.participants):
            self.row_chosen(event.cursor_row)

    def row_chosen(self, row: int) -> None:
        if self.read_only:
            return
        from cocreate.tui.dialogs.quadrant import QuadrantEditor

        p = self.state.participants[row]

        def after(saved: str | None) -> None:
            if saved:
                self.say(tpl("Quadrant of [b]$n[/b] saved.", n=p.name))
                self.post_message(Changed())

        self.app.push_screen(QuadrantEditor(self.ws, self.sid, p.name, of="participant"), after)


class CheckOutBody(CheckInBody):
    """Energy out and one line each; the summary below."""

    MOMENT = "out"
    BINDINGS: ClassVar[list[BindingType]] = [WHO_KEY]

    def compose(self) -> ComposeResult:
        yield Static(
            "Energy now (1–5) on the row; then one line each: what do you take home?",
            classes="hint",
        )
        yield PeopleTable(id="people-out", classes="people-table", cursor_type="row")
        with Horizontal(classes="entry-row"):
            yield WhoSelect(self.state, id="who")
            yield Input(compact=True, placeholder="One line: what I take home is…", id="line")
        yield Summary(self.ws, self.sid)

    COLUMNS: ClassVar[list[tuple[str, str, int | None]]] = [
        ("Name", "name", 14),
        ("In", "in", 5),
        ("Out", "out", 5),
        ("One line", "line", None),
    ]

    def show(self, state: SessionState) -> None:
        StageBody.show(self, state)
        table = self.query_one(PeopleTable)
        row = table.cursor_row
        table.clear()
        for p in state.participants:
            e_in, e_out = state.energy_of(p.id, "in"), state.energy_of(p.id, "out")
            said = [n.text for n in state.notes if n.by == p.id and n.stage == "check-out"]
            table.add_row(
                cell(p.name, 30), "●" * (e_in or 0) or "–", "●" * (e_out or 0) or "–",
                cell(said[-1] if said else "", 80), key=p.id,
            )  # fmt: skip
        if table.row_count:
            table.move_cursor(row=min(row, table.row_count - 1))
        self.query_one(Summary).show(state)

    def row_chosen(self, row: int) -> None:
        who = self.query_one("#who", WhoSelect)
        who.choose(self.state.participants[row].name)
        self.query_one("#line", Input).focus()

    @on(Input.Submitted, "#line")
    def _line(self, event: Input.Submitted) -> None:
        who = self.query_one("#who", WhoSelect)
        if self.record("note", event.value, by=who.who) is not None:
            event.input.clear()
            who.next_person()
