"""The command palette: namespaced commands ("stage: Advance") from the app and the screen."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Protocol

from textual.command import DiscoveryHit, Hit, Hits, Provider

Command = tuple[str, str, Callable[[], object]]


class HasCommands(Protocol):
    def commands(self) -> list[Command]: ...


class CocreateCommands(Provider):
    """Commands of the app and of the screen the palette was opened on."""

    def _commands(self) -> list[Command]:
        app = self.app
        found: list[Command] = [
            ("app: Help (every key)", "Show the help screen", partial(app.run_action, "help")),
            ("app: Toggle light/dark theme", "Switch the colour theme",
             partial(app.run_action, "toggle_theme")),
            ("app: Quit", "Leave cocreate; everything is already stored",
             partial(app.run_action, "quit")),
        ]  # fmt: skip
        screen_commands = getattr(self.screen, "commands", None)
        if callable(screen_commands):
            found = list(screen_commands()) + found
        return found

    async def discover(self) -> Hits:
        for title, help_text, callback in self._commands():
            yield DiscoveryHit(title, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, help=help_text)


EXPORTS = [("Markdown", "md"), ("HTML", "html"), ("JSON", "json"), ("CSV of actions", "csv")]


def export_commands(export: Callable[[str], object]) -> list[Command]:
    """ "session: Export as ..." for every format, each opening the export dialog on it."""
    return [
        (f"session: Export as {label}", f"Show the session as {label}; copy or save it",
         partial(export, fmt))
        for label, fmt in EXPORTS
    ]  # fmt: skip
