"""The app layer as the UI uses it: the ``Workspace`` methods the screens call, as a Protocol.

The screens depend on this interface; ``default_workspace`` builds the real one.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:  # types only: importing the engines is the app layer's business
    from cocreate.app.carry import OpenAction
    from cocreate.app.review import Line, Step
    from cocreate.domain.coupling import RoomCoupling
    from cocreate.domain.lexicon import Completion
    from cocreate.domain.reframe import Reframing
    from cocreate.domain.session import SessionState
    from cocreate.domain.templates import Template


class Summary(Protocol):
    """One line of the archive (``cocreate.SessionSummary``)."""

    id: str
    title: str
    template: str
    stage: str
    closed: bool
    created: str
    participants: tuple[str, ...]
    objections: int
    challenges: int
    series: str | None


class DamagedFile(Protocol):
    name: str
    problem: str


class Workspace(Protocol):
    """What the screens ask of ``cocreate.Workspace``."""

    path: Path

    def session(self, sid: str, upto: int | None = None) -> SessionState: ...
    def sessions(
        self,
        search: str | None = None,
        *,
        template: str | None = None,
        closed: bool | None = None,
        participant: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> Sequence[Summary]: ...
    def damaged(self) -> Sequence[DamagedFile]: ...
    def delete(self, sid: str) -> Path: ...
    def templates(self) -> list[Template]: ...
    def new_session(
        self,
        title: str,
        *,
        purpose: str = "",
        template: str = ...,
        participants: Iterable[str | tuple[str, str | None]] = (),
        series: str | None = None,
    ) -> str: ...
    def record(
        self,
        sid: str,
        kind: str,
        text: str = "",
        *,
        by: str | None = None,
        about: str | None = None,
        **data: Any,
    ) -> str: ...
    def advance(self, sid: str) -> str: ...
    def back(self, sid: str) -> str: ...
    def skip(self, sid: str) -> str: ...
    def refusal(self, sid: str, trigger: str = "advance") -> str | None: ...
    def suggest(self, sid: str, oid: str, lang: str | None = None) -> Reframing: ...
    def complete_quadrant(self, **corners: str | None) -> Completion: ...
    def remembered_quadrant(self, name: str) -> dict[str, str] | None: ...
    def coupling(
        self, sid: str, *, private: bool = False, of: str | None = None
    ) -> RoomCoupling: ...
    def summary(self, sid: str) -> dict[str, Any]: ...
    def export(self, sid: str, fmt: str, anonymize: bool = False) -> str: ...
    def export_to(
        self, sid: str, fmt: str, path: str | os.PathLike[str], anonymize: bool = False
    ) -> Path: ...
    def transcript(self, sid: str) -> list[tuple[str, list[Line]]]: ...
    def replay(self, sid: str) -> list[Step]: ...
    def open_carry_over(self, sid: str) -> list[OpenAction]: ...
    def carry(self, sid: str, source_session: str, action_id: str, decision: str) -> str: ...


def default_workspace() -> Workspace:
    """``cocreate.Workspace()`` on the default store (``COCREATE_STORE`` or the data folder)."""
    from cocreate.app.workspace import Workspace as Real

    return Real()
