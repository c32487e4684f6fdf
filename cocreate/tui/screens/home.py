"""Home: the archive newest first, search, and new/open/review/export/delete."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Static

from cocreate.app.views import one_line
from cocreate.domain.errors import CocreateError
from cocreate.domain.templates import templates
from cocreate.tui.api import Summary as SessionSummary
from cocreate.tui.api import Workspace
from cocreate.tui.commands import Command, export_commands
from cocreate.tui.text import cell, tpl

DAMAGED = "damaged:"
# Rows added per step after the first screenful: small enough that a key pressed
# while the archive is still being listed waits at most a few hundredths of a second.
CHUNK = 100
FILTER = re.compile(r'(?<!\S)(who|by|t|template|is|since|until|series):(?:"([^"]*)"|(\S+))', re.I)
FILTER_HELP = "who:NAME t:TEMPLATE is:open|closed since:DATE until:DATE series:NAME"


def _template_name(word: str) -> str:
    """A template by its name or the start of its title ("team" → "team-quadrant")."""
    word = word.casefold()
    for name, t in templates().items():
        if name == word or name.startswith(word) or t.title.casefold().startswith(word):
            return name
    return word


def parse_query(query: str) -> tuple[str, dict[str, Any], str | None]:
    """Search words, the filters for ``Workspace.sessions``, and a problem with them if any.

    ``who:Ann`` (or ``by:``), ``t:review`` (or ``template:``), ``is:open``/``is:closed``,
    ``since:2026-01-01``, ``until:…``, ``series:"Team Blue"``; the rest is searched for.
    """
    filters: dict[str, Any] = {}
    problem = None
    for m in FILTER.finditer(query):
        key, value = m.group(1).casefold(), (m.group(2) if m.group(2) is not None else m.group(3))
        value = value.strip()
        if key in ("who", "by"):
            filters["participant"] = value
        elif key in ("t", "template"):
            filters["template"] = _template_name(value)
        elif key == "is":
            if value.casefold() in ("open", "closed"):
                filters["closed"] = value.casefold() == "closed"
            else:
                problem = "is: wants open or closed."
        elif key == "series":
            filters["series"] = value.casefold()
        else:
            filters[key] = value
    return FILTER.sub(" ", query).strip(), filters, problem


def describe(filters: dict[str, Any], series: str | None) -> str:
    parts = []
    if "participant" in filters:
        parts.append(f"with {filters['participant']}")
    if "template" in filters:
        parts.append(f"template {filters['template']}")
    if "closed" in filters:
        parts.append("closed" if filters["closed"] else "open")
    if filters.get("since"):
        parts.append(f"since {filters['since']}")
    if filters.get("until"):
        parts.append(f"until {filters['until']}")
    if series:
        parts.append(f"series {series}")
    return ", ".join(parts)


def _stage(s: SessionSummary) -> str:
    if s.closed:
        return "closed"
    try:
        return templates()[s.template].stage(s.stage).label
    except KeyError:
        return s.stage


def _people(names: tuple[str, ...]) -> str:
    if len(names) <= 2:
        return ", ".join(names)
    return f"{names[0]}, {names[1]} +{len(names) - 2}"


class FixedCell(Text):
    """A cell of a fixed-width column: it does not measure itself.

    DataTable measures every cell of every new row to size auto-width columns, even
    when no column is auto-width; for a big archive that measuring was most of the
    listing's cost. Every archive column has a fixed width, so nothing reads it.
    """

    __rich_measure__ = None  # type: ignore[assignment]


def _words(text: str, width: int) -> FixedCell:
    """Someone's words, one line, shortened with an ellipsis (as ``tui.text.cell``)."""
    return FixedCell(one_line(text or "", width), no_wrap=True, overflow="ellipsis")


def _plain(text: str) -> FixedCell:
    """Our own short text, cut at the column's edge (as DataTable shows a plain str)."""
    return FixedCell(text, no_wrap=True, end="")


class HomeScreen(Screen[None]):
    """The archive of sessions."""

    # The table has the focus from the first paint on (focusing it in on_mount would
    # move the focus from the search field after that paint, and paint it all again).
    AUTO_FOCUS = "#archive"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "new", "New", id="home.new"),
        Binding("o", "open", "Open", id="home.open"),
        Binding("r", "review", "Review", id="home.review"),
        Binding("x", "export", "Export", id="home.export"),
        Binding("d", "delete", "Delete", id="home.delete"),
        Binding("slash", "search", "Search", id="home.search"),
    ]

    def __init__(self, ws: Workspace) -> None:
        super().__init__()
        self.ws = ws
        self.generation = 0
        self.away = False

    def compose(self) -> ComposeResult:
        yield Static("cocreate · sessions", classes="screen-title")
        yield Input(
            compact=True,
            placeholder="Search… or who:Ann t:review is:closed since:2026-01-01  (/)",
            id="search",
        )
        yield DataTable(id="archive", cursor_type="row", zebra_stripes=True)
        yield Static("", id="home-status", classes="status")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        fixed = [("Date", 10), ("Template", 11), ("Stage", 10), ("People", 12), ("Obj/Ch", 6)]
        # The title takes what the other columns leave (each column pads two cells).
        title = max(16, self.app.size.width - 4 - 2 * (len(fixed) + 1) - sum(w for _, w in fixed))
        # Labels as Text: a str label is parsed as markup, which costs a first-use import.
        table.add_column(Text("Title"), width=title, key="title")
        for label, width in fixed:
            table.add_column(Text(label), width=width, key=label.lower())
        self.load()

    def on_screen_suspend(self) -> None:
        self.away = True

    def on_screen_resume(self) -> None:
        # Back from another screen: the archive may have changed. (Not on the first
        # showing: on_mount has just filled the table.)
        if self.away:
            self.away = False
            self.load()

    def load(self) -> None:
        """Fill the table from the archive (and the damaged files, never hidden).

        One screenful is listed at once and the rest after the first paint, so a big
        archive opens as fast as a small one.
        """
        table = self.query_one(DataTable)
        query = self.query_one("#search", Input).value
        keep = table.cursor_row
        self.generation += 1
        table.clear()
        words, filters, problem = parse_query(query)
        try:
            series = filters.pop("series", None)
            sessions = self.ws.sessions(search=words or None, **filters)
            if series:
                sessions = [s for s in sessions if (s.series or "").casefold() == series]
            damaged = self.ws.damaged()
        except CocreateError as e:
            self.say(str(e))
            return
        for d in damaged:
            table.add_row(
                Text(f"DAMAGED {d.name}", style="bold red"), "", "", "damaged",
                cell(d.problem, 40), "", key=DAMAGED + d.name,
            )  # fmt: skip
        first = max(self.size.height, 24)
        self._add(sessions[:first])
        if len(sessions) > first:
            self.call_after_refresh(self._fill, sessions[first:], self.generation, keep)
        elif table.row_count:
            table.move_cursor(row=min(keep, table.row_count - 1))
        shown = f"{len(sessions)} session{'s' if len(sessions) != 1 else ''}"
        if damaged:
            shown += f", {len(damaged)} damaged file{'s' if len(damaged) != 1 else ''}"
        if filters or series:
            shown += " · " + describe(filters, series)
        if not sessions and not damaged:
            shown = "No sessions yet: press n to start one." if not query else "Nothing matches."
        self.say(problem or shown)

    def _add(self, sessions: Sequence[SessionSummary]) -> None:
        table = self.query_one(DataTable)
        known = templates()
        for s in sessions:
            tname = known.get(s.template)
            table.add_row(
                _words(s.title, 60),
                _plain(s.created[:10]),
                _words(tname.title.replace(" session", "") if tname else s.template, 30),
                _plain(_stage(s)),
                _words(_people(s.participants), 40),
                _plain(f"{s.objections}/{s.challenges}"),
                key=s.id,
            )

    def _fill(self, rest: Sequence[SessionSummary], generation: int, keep: int) -> None:
        """The rows below the first screenful, a chunk per refresh, unless a newer search won."""
        if generation != self.generation or not self.is_attached:
            return
        self._add(rest[:CHUNK])
        if len(rest) > CHUNK:
            self.call_after_refresh(self._fill, rest[CHUNK:], generation, keep)
            return
        table = self.query_one(DataTable)
        if table.row_count and keep:
            table.move_cursor(row=min(keep, table.row_count - 1))

    def say(self, text: str) -> None:
        self.query_one("#home-status", Static).update(text)

    def selected(self) -> str | None:
        """The id of the session under the cursor; None for none or a damaged file."""
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        if key is None or key.startswith(DAMAGED):
            if key:
                self.say(f"{key[len(DAMAGED) :]} cannot be read; it is left as it is.")
            return None
        return key

    @on(Input.Changed, "#search")
    def _search(self) -> None:
        self.load()

    @on(Input.Submitted, "#search")
    def _to_table(self) -> None:
        self.query_one(DataTable).focus()

    @on(DataTable.RowSelected)
    def _row_selected(self) -> None:
        self.action_open()

    def action_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_new(self) -> None:
        from cocreate.tui.screens.new_session import NewSessionScreen

        self.app.push_screen(NewSessionScreen(self.ws))

    def action_open(self) -> None:
        sid = self.selected()
        if sid:
            from cocreate.tui.screens.session import SessionScreen

            self.app.push_screen(SessionScreen(self.ws, sid))

    def action_review(self) -> None:
        sid = self.selected()
        if sid:
            from cocreate.tui.screens.review import ReviewScreen

            self.app.push_screen(ReviewScreen(self.ws, sid))

    def action_export(self, fmt: str = "md") -> None:
        sid = self.selected()
        if sid:
            from cocreate.tui.dialogs.export import ExportDialog

            try:
                dialog = ExportDialog(self.ws, sid, fmt)
            except CocreateError as e:
                self.say(str(e))
                return
            self.app.push_screen(dialog)

    def action_delete(self) -> None:
        sid = self.selected()
        if not sid:
            return
        from cocreate.tui.dialogs.confirm import ConfirmDialog

        title = self.ws.session(sid).title

        def done(yes: bool | None) -> None:
            if not yes:
                return
            try:
                self.ws.delete(sid)
            except CocreateError as e:
                self.say(str(e))
                return
            self.load()
            self.say(f"Moved to the trash folder of the store: {sid}")

        question = tpl(
            "Delete [b]$t[/b]?\n\nThe file moves to the trash folder in the store.", t=title
        )
        self.app.push_screen(ConfirmDialog(question), done)

    def commands(self) -> list[Command]:
        return [
            ("session: New", "Start a new session", self.action_new),
            ("session: Open", "Open the selected session", self.action_open),
            ("session: Review", "Read the selected session", self.action_review),
            *export_commands(self.action_export),
            ("session: Delete", "Move the selected session to the trash", self.action_delete),
        ]  # fmt: skip
