"""Home: the archive newest first, search, and new/open/review/export/delete."""

from __future__ import annotations

from functools import partial
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Static

from cocreate.domain.errors import CocreateError
from cocreate.domain.templates import templates
from cocreate.tui.api import Summary as SessionSummary
from cocreate.tui.api import Workspace
from cocreate.tui.commands import Command
from cocreate.tui.text import cell, tpl

DAMAGED = "damaged:"


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


class HomeScreen(Screen[None]):
    """The archive of sessions."""

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

    def compose(self) -> ComposeResult:
        yield Static("cocreate · sessions", classes="screen-title")
        yield Input(compact=True, placeholder="Search titles, people, objections… (/)", id="search")
        yield DataTable(id="archive", cursor_type="row", zebra_stripes=True)
        yield Static("", id="home-status", classes="status")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        fixed = [("Date", 10), ("Template", 11), ("Stage", 10), ("People", 12), ("Obj/Ch", 6)]
        # The title takes what the other columns leave (each column pads two cells).
        title = max(16, self.app.size.width - 4 - 2 * (len(fixed) + 1) - sum(w for _, w in fixed))
        table.add_column("Title", width=title, key="title")
        for label, width in fixed:
            table.add_column(label, width=width, key=label.lower())
        self.load()
        table.focus()

    def on_screen_resume(self) -> None:
        self.load()

    def load(self) -> None:
        """Fill the table from the archive (and the damaged files, never hidden)."""
        table = self.query_one(DataTable)
        query = self.query_one("#search", Input).value
        keep = table.cursor_row
        table.clear()
        try:
            sessions = self.ws.sessions(search=query or None)
            damaged = self.ws.damaged()
        except CocreateError as e:
            self.say(str(e))
            return
        for d in damaged:
            table.add_row(
                Text(f"DAMAGED {d.name}", style="bold red"), "", "", "damaged",
                cell(d.problem, 40), "", key=DAMAGED + d.name,
            )  # fmt: skip
        for s in sessions:
            tname = templates().get(s.template)
            table.add_row(
                cell(s.title, 60),
                s.created[:10],
                cell(tname.title.replace(" session", "") if tname else s.template, 30),
                _stage(s),
                cell(_people(s.participants), 40),
                f"{s.objections}/{s.challenges}",
                key=s.id,
            )
        if table.row_count:
            table.move_cursor(row=min(keep, table.row_count - 1))
        shown = f"{len(sessions)} session{'s' if len(sessions) != 1 else ''}"
        if damaged:
            shown += f", {len(damaged)} damaged file{'s' if len(damaged) != 1 else ''}"
        if not sessions and not damaged:
            shown = "No sessions yet: press n to start one." if not query else "Nothing matches."
        self.say(shown)

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

    def action_export(self, fmt: str = "markdown") -> None:
        sid = self.selected()
        if sid:
            from cocreate.tui.dialogs.export import ExportDialog

            export = getattr(self.ws, "export", None)
            if export is None:
                self.say("Export is not available in this version yet.")
                return
            try:
                text = export(sid, fmt)
                title = self.ws.session(sid).title
            except CocreateError as e:
                self.say(str(e))
                return
            self.app.push_screen(ExportDialog(tpl("Export of [b]$t[/b]", t=title), text))

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
            ("session: Export as Markdown", "Show the selected session as Markdown",
             partial(self.action_export, "markdown")),
            ("session: Export as JSON", "Show the selected session as JSON",
             partial(self.action_export, "json")),
            ("session: Delete", "Move the selected session to the trash", self.action_delete),
        ]  # fmt: skip
