"""An export shown on screen, to read, copy or save; the app layer writes the file, never the UI."""

from __future__ import annotations

import re
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, Label, Static, TextArea

from cocreate.app.views import literal
from cocreate.domain.errors import CocreateError
from cocreate.tui.api import Workspace
from cocreate.tui.text import tpl

FORMATS: dict[str, str] = {"md": "Markdown", "html": "HTML", "json": "JSON", "csv": "CSV (actions)"}


def file_stem(title: str) -> str:
    """A calm file name from a session title: lower-case words joined by dashes."""
    words = re.findall(r"[a-z0-9]+", title.casefold())
    return "-".join(words)[:40].strip("-") or "session"


class ExportDialog(ModalScreen[None]):
    """The export as text, read-only: f changes the format, a anonymizes, ctrl+y copies, s saves."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Close", id="export.close"),
        Binding("f", "format", "Format", id="export.format"),
        Binding("a", "anonymize", "Anonymize", id="export.anonymize"),
        Binding("ctrl+y", "copy", "Copy all", id="export.copy", priority=True),
        Binding("s", "save", "Save as", id="export.save"),
    ]

    def __init__(self, ws: Workspace, sid: str, fmt: str = "md", anonymize: bool = False) -> None:
        super().__init__()
        self.ws, self.sid = ws, sid
        self.fmt = fmt if fmt in FORMATS else "md"
        self.anonymize = anonymize
        self.title_text = ws.session(sid).title
        self.text = ""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Static(tpl("Export of [b]$t[/b]", t=self.title_text), classes="dialog-title")
            yield Static("", id="export-options")
            yield TextArea("", read_only=True, soft_wrap=True, id="export-text")
            with Horizontal(id="save-row"):
                yield Label("Save as", classes="field-label")
                yield Input(compact=True, id="save-path")
            yield Static("", id="export-status", classes="status")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.render_export()
        self.query_one("#export-text", TextArea).focus()

    def suggested_path(self) -> str:
        return f"~/{file_stem(self.title_text)}.{self.fmt}"

    def render_export(self) -> None:
        """Ask the app layer for the export in the chosen format and show it as it is."""
        try:
            self.text = self.ws.export(self.sid, self.fmt, anonymize=self.anonymize)
        except CocreateError as e:
            self.text = ""
            self.say(str(e), error=True)
        # Shown with control characters as escapes; copied and saved exactly as exported.
        self.query_one("#export-text", TextArea).load_text(literal(self.text))
        # Two rows of choices, the chosen one reversed: each fits in 80 columns.
        formats = [(label, fmt == self.fmt) for fmt, label in FORMATS.items()]
        names = [("as given", not self.anonymize), ("Participant 1..n", self.anonymize)]
        rows = []
        for title, choices in (("Format  f", formats), ("Names   a", names)):
            row = [Content.styled(f"{title:<11}", "dim")]
            for label, chosen in choices:
                row.append(Content.styled(f" {label} ", "reverse bold" if chosen else "dim"))
            rows.append(Content.assemble(*row))
        self.query_one("#export-options", Static).update(Content("\n").join(rows))
        path = self.query_one("#save-path", Input)
        path.placeholder = f"{self.suggested_path()}   (Enter saves)"
        if path.value.strip():
            # Keep a typed name, but let its extension follow the format.
            stem, dot, ext = path.value.rpartition(".")
            if dot and ext in FORMATS:
                path.value = f"{stem}.{self.fmt}"

    def say(self, text: str | Content, *, error: bool = False) -> None:
        status = self.query_one("#export-status", Static)
        status.update(text if isinstance(text, Content) else Content(text))
        status.set_class(error, "error")

    def action_format(self) -> None:
        names = list(FORMATS)
        self.fmt = names[(names.index(self.fmt) + 1) % len(names)]
        self.render_export()
        self.say(f"{FORMATS[self.fmt]}.")

    def action_anonymize(self) -> None:
        self.anonymize = not self.anonymize
        self.render_export()
        self.say("Names replaced by Participant 1..n." if self.anonymize else "Names as given.")

    def action_copy(self) -> None:
        self.app.copy_to_clipboard(self.text)
        self.say(f"Copied the {FORMATS[self.fmt]} export to the clipboard.")

    def action_save(self) -> None:
        self.query_one("#save-path", Input).focus()

    @on(Input.Submitted, "#save-path")
    def _save(self, event: Input.Submitted) -> None:
        path = event.value.strip() or self.suggested_path()
        if Path(path).expanduser().is_file():
            from cocreate.tui.dialogs.confirm import ConfirmDialog

            def answer(yes: bool | None) -> None:
                if yes:
                    self.write(path)

            question = tpl("[b]$p[/b] exists. Replace it with this export?", p=path)
            self.app.push_screen(ConfirmDialog(question, yes="Replace"), answer)
            return
        self.write(path)

    def write(self, path: str) -> None:
        """Save through the app layer (``Workspace.export_to``); its refusal shown as is."""
        try:
            written = self.ws.export_to(self.sid, self.fmt, path, anonymize=self.anonymize)
        except CocreateError as e:
            self.say(str(e), error=True)
            return
        self.say(tpl("Saved to $p", p=str(written)))
        self.query_one("#export-text", TextArea).focus()

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
