"""Plain views of a session for the faces: a JSON-ready dict and safe display text."""

from __future__ import annotations

import re
from dataclasses import asdict
from typing import Any

from cocreate.domain.quadrant import CORNERS, Quadrant, render_diagram
from cocreate.domain.session import SessionState
from cocreate.domain.templates import template

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def literal(text: str) -> str:
    """Text as typed, with control characters shown as escapes instead of acted on.

    A terminal would otherwise obey an escape sequence someone typed into an
    objection (clear the screen, change colours); newlines and tabs stay.
    """
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def one_line(text: str, width: int | None = None) -> str:
    """``literal`` text folded onto one line, shortened to ``width`` with an ellipsis."""
    flat = " ".join(literal(text).split())
    if width is not None and len(flat) > width:
        return flat[: max(0, width - 1)] + "…"
    return flat


def state_dict(state: SessionState, *, private: bool = True) -> dict[str, Any]:
    """Everything in a session as plain data, with names next to participant ids.

    Args:
        private: include private quadrants (the facilitator's own view); exports pass False.
    """
    d = asdict(state)
    d.pop("names", None)
    d.pop("counts", None)
    d["closed"] = state.closed
    d["stages"] = list(template(state.template).stage_names)
    for key in ("proposals", "appreciations", "objections", "ideas", "notes", "qualities"):
        for item in d[key]:
            item["by_name"] = state.name_of(item["by"])
    for item in d["votes"]:
        item["by_name"] = state.name_of(item["by"])
    for item in d["actions"]:
        item["owner_name"] = state.name_of(item["owner"])
    for item in d["energy"]:
        item["by_name"] = state.name_of(item["by"])
    if not private:
        d["quadrants"] = [q for q in d["quadrants"] if not q["private"]]
    return d


def stage_label(state: SessionState, stage: str | None = None) -> str:
    return template(state.template).stage(stage or state.stage).label


def progress(state: SessionState) -> str:
    names = template(state.template).stage_names
    return f"{names.index(state.stage) + 1}/{len(names)}"


def diagram(corners: object, width: int = 76, lang: str = "en") -> str:
    """The 2x2 quadrant diagram of anything with the four corner attributes, shown literally."""
    words = [literal(str(getattr(corners, c, "") or "")) for c in CORNERS]
    return render_diagram(Quadrant(*words), width, lang=lang)
