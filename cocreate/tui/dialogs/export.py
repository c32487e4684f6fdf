"""An export shown on screen, to read or copy; the UI itself never writes files."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Static, TextArea


class ExportDialog(ModalScreen[None]):
    """The exported text, read-only, with a key to copy it to the clipboard."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Close", id="export.close"),
        Binding("ctrl+y", "copy", "Copy all", id="export.copy"),
    ]

    def __init__(self, title: Content, text: str) -> None:
        super().__init__()
        self.title_content = title
        self.text = text

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Static(self.title_content, classes="dialog-title")
            yield TextArea(self.text, read_only=True, soft_wrap=True, id="export-text")
        yield Footer()

    def action_copy(self) -> None:
        self.app.copy_to_clipboard(self.text)
        self.notify("Copied to the clipboard.")

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
