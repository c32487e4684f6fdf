"""The errors a facilitator can read: a refused move and input that cannot be recorded."""

from __future__ import annotations


class CocreateError(Exception):
    """Base of every error cocreate raises on purpose; its message is meant for people."""


class StageRefused(CocreateError):
    """A stage move or a record that the current stage does not allow.

    Attributes:
        reason: One sentence a facilitator can read out, saying what to do next.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class BadInput(CocreateError, ValueError):
    """Input that cannot be recorded as given (empty text, unknown id, unknown participant)."""


class SessionNotFound(BadInput):
    """No session matches the given id or prefix, or the prefix is ambiguous."""


class DamagedSession(CocreateError):
    """A session file that cannot be read; it is reported by name and never rewritten."""

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"{name}: {problem}")
        self.name = name
        self.problem = problem
