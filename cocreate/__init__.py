"""cocreate: run co-creation meetings from the terminal.

The public Python API::

    from cocreate import Workspace, StageRefused
"""

from cocreate.app.workspace import SessionSummary, Workspace
from cocreate.domain.errors import (
    BadInput,
    CocreateError,
    DamagedSession,
    SessionNotFound,
    StageRefused,
)

__version__ = "0.1.0"

__all__ = [
    "BadInput",
    "CocreateError",
    "DamagedSession",
    "SessionNotFound",
    "SessionSummary",
    "StageRefused",
    "Workspace",
    "__version__",
]
