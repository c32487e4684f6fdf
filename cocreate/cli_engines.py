"""Commands for the engines: quadrants, coupling, reframing and suggestions."""

from __future__ import annotations

import argparse
from typing import Any


def add_commands(sub: Any, store: argparse.ArgumentParser) -> dict[str, Any]:
    """Add the engine commands to ``sub``; return their handlers by name."""
    return {}
