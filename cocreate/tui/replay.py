"""A session as it was at one step of a replay: the stage bodies read from it, never write."""

from __future__ import annotations

from typing import Any

from cocreate.app.review import summary
from cocreate.domain.errors import BadInput
from cocreate.domain.session import SessionState
from cocreate.tui.api import Workspace

READ_ONLY = "This is a replay: read-only. Open the session (o on the archive) to add to it."


class FrozenWorkspace:
    """Answers like ``Workspace`` from the state at one replay step; every write is refused.

    Only what a stage body asks is frozen (the session, its summary, carry-over); the
    rest (suggestions, quadrant completion) is advice and comes from the real workspace.
    """

    def __init__(self, ws: Workspace, state: SessionState) -> None:
        self._ws = ws
        self.state = state
        self.path = ws.path

    def session(self, sid: str, upto: int | None = None) -> SessionState:
        return self.state

    def summary(self, sid: str) -> dict[str, Any]:
        return summary(self.state)

    def open_carry_over(self, sid: str) -> list[Any]:
        return []

    def refusal(self, sid: str, trigger: str = "advance") -> str | None:
        return None

    def _refuse(self, *args: object, **kwargs: object) -> Any:
        raise BadInput(READ_ONLY)

    record = advance = back = skip = carry = set_quadrant = delete = new_session = _refuse
    export_to = import_session = _refuse

    def __getattr__(self, name: str) -> Any:
        return getattr(self._ws, name)
