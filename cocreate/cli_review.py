"""Commands for reviewing past sessions (summary, export, import, demo)."""

from __future__ import annotations

import argparse
from typing import Any


def add_commands(sub: Any, store: argparse.ArgumentParser) -> dict[str, Any]:
    """Add the review commands to ``sub``; return their handlers by name."""
    return {}
