"""Checking a record against the session and turning it into an event's actor and data.

Everything here is refused before anything is written, so bad input never
changes a session.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from cocreate.domain.errors import BadInput, StageRefused
from cocreate.domain.session import PREFIX, SessionState
from cocreate.domain.templates import Template

MAX_TEXT = 10_000
MAX_NAME = 200
CORNER_KEYS = ("core_quality", "pitfall", "challenge", "allergy")

# Kinds a person says in words; their text must not be empty.
TEXT_KINDS = frozenset(
    {"proposal", "appreciation", "objection", "challenge", "idea", "action", "note", "quality"}
)
# What ``about`` must point at, by kind.
ABOUT = {
    "challenge": ("objection",),
    "park": ("objection",),
    "unpark": ("objection",),
    "agree": ("challenge",),
    "idea": ("challenge", "idea"),
    "vote": ("idea", "quality"),
    "assign": ("action",),
}
EDITABLE = frozenset(
    {
        "participant",
        "proposal",
        "appreciation",
        "objection",
        "challenge",
        "idea",
        "action",
        "note",
        "quality",
    }
)
KINDS = frozenset(PREFIX) | frozenset(
    {"park", "unpark", "agree", "assign", "reveal", "edit", "remove"}
)


def check_text(text: str, what: str = "text") -> str:
    """Refuse empty, whitespace-only or oversized text; return it unchanged otherwise."""
    if not isinstance(text, str) or not text.strip():
        raise BadInput(f"The {what} is empty: type what was said.")
    if len(text) > MAX_TEXT:
        raise BadInput(
            f"The {what} is {len(text):,} characters long; the limit is {MAX_TEXT:,}. "
            "Split it into several entries."
        )
    return text


def check_name(name: str) -> str:
    """A participant's or group's name: stripped, not empty, not absurdly long."""
    if not isinstance(name, str) or not name.strip():
        raise BadInput("The name is empty.")
    name = name.strip()
    if len(name) > MAX_NAME:
        raise BadInput(f"The name is {len(name)} characters long; the limit is {MAX_NAME}.")
    return name


def check_due(due: str | None) -> str | None:
    """A due date as YYYY-MM-DD, or None."""
    if due is None or not str(due).strip():
        return None
    try:
        return dt.date.fromisoformat(str(due).strip()).isoformat()
    except ValueError:
        raise BadInput(f"'{due}' is not a date: write it as YYYY-MM-DD.") from None


def _next_id(state_counts: Mapping[str, int], kind: str) -> str:
    return f"{PREFIX[kind]}-{state_counts.get(kind, 0) + 1}"


def _participant(state: SessionState, who: str | None, role: str = "participant") -> str | None:
    if who is None:
        return None
    p = state.participant(str(who))
    if p is None:
        known = ", ".join(q.name for q in state.participants) or "nobody yet"
        raise BadInput(f"'{who}' is not a {role} in this session (present: {known}).")
    return p.id


def _target(state: SessionState, about: str | None, kinds: tuple[str, ...], kind: str) -> Any:
    if not about:
        wanted = " or ".join(f"{PREFIX[k]}-N" for k in kinds)
        raise BadInput(f"A {kind} is about something: give the id of the {wanted} it belongs to.")
    found = state.find(about)
    if found is None or not any(about.startswith(PREFIX[k] + "-") for k in kinds):
        wanted = " or ".join(kinds)
        raise BadInput(f"There is no {wanted} '{about}' in this session.")
    return found


def plan(
    state: SessionState,
    tpl: Template,
    counts: Mapping[str, int],
    kind: str,
    text: str = "",
    *,
    by: str | None = None,
    about: str | None = None,
    data: Mapping[str, Any] | None = None,
) -> tuple[str | None, dict[str, Any]]:
    """Check a record and return the event's actor and data (with the new entity's id).

    Raises:
        BadInput: the input cannot be recorded as given.
        StageRefused: the current stage does not take this kind.
    """
    extra = dict(data or {})
    if kind not in KINDS:
        raise BadInput(f"Unknown kind '{kind}'. Known kinds: {', '.join(sorted(KINDS))}.")
    if not tpl.allows(state.stage, kind):
        where = tpl.stages_for(kind)
        if tpl.stage(state.stage).final:
            raise StageRefused("The session is closed: go back a stage to add to it.")
        if where:
            labels = ", ".join(f"'{tpl.stage(s).label}'" for s in where)
            raise StageRefused(
                f"A {kind} is recorded in {labels}; the session is at "
                f"'{tpl.stage(state.stage).label}'."
            )
        raise StageRefused(f"The '{tpl.name}' template does not record a {kind}.")
    actor = _participant(state, by) if kind != "participant" else None
    out: dict[str, Any] = {}
    if kind in PREFIX:
        out["id"] = _next_id(counts, kind)
    if kind in TEXT_KINDS:
        out["text"] = check_text(text, kind)

    if kind == "participant":
        name = check_name(text or str(extra.get("name", "")))
        if state.participant(name) is not None:
            raise BadInput(f"'{name}' is already in this session.")
        out["name"] = name
        group = extra.get("group")
        if group:
            out["group"] = check_name(str(group))
    elif kind in ABOUT:
        target = _target(state, about, ABOUT[kind], kind)
        if kind == "idea" and about and about.startswith("idea-"):
            out["builds_on"] = about
            out["about"] = target.about
        else:
            out["about"] = about
        if kind == "challenge" and extra.get("suggested"):
            out["suggested"] = str(extra["suggested"])
        if kind == "agree":
            out["agrees"] = bool(extra.get("agrees", True))
        if kind == "vote":
            if actor is None:
                raise BadInput("A vote is cast by someone: say who (by).")
            if state.votes_by(actor) >= tpl.dots:
                name = state.name_of(actor)
                raise BadInput(f"{name} has used all {tpl.dots} dots.")
        if kind == "assign":
            owner = extra.get("owner", by)
            if owner is not None:
                out["owner"] = _participant(state, str(owner), "participant to own it")
            if "due" in extra:
                out["due"] = check_due(extra["due"])
            if "status" in extra:
                if extra["status"] not in ("open", "done", "dropped"):
                    raise BadInput("An action's status is open, done or dropped.")
                out["status"] = extra["status"]
            if len(out) == 1:
                raise BadInput("Say what changes: an owner (by), a due date or a status.")
    elif kind == "action":
        owner = extra.get("owner", by)
        out["owner"] = _participant(state, str(owner), "participant to own it") if owner else None
        out["due"] = check_due(extra.get("due"))
        if about:
            out["about"] = _target(state, about, ("idea", "challenge"), kind).id
    elif kind == "energy":
        if actor is None:
            raise BadInput("An energy reading is someone's: say whose (by).")
        raw = extra.get("value", text)
        try:
            value = int(str(raw).strip())
        except ValueError:
            value = 0
        if not 1 <= value <= 5:
            raise BadInput(f"Energy is a number from 1 to 5, not '{raw}'.")
        out["value"] = value
        out["moment"] = "out" if state.stage == "check-out" else "in"
    elif kind == "quadrant":
        name = check_name(str(extra.get("name") or text or state.name_of(actor) or ""))
        of = str(extra.get("of", "participant"))
        if of not in ("participant", "group", "team"):
            raise BadInput("A quadrant belongs to a participant, a group or the team.")
        if of == "participant" and state.participant(name) is None:
            raise BadInput(f"'{name}' is not a participant in this session.")
        out.update(name=name, of=of)
        for c in CORNER_KEYS:
            word = str(extra.get(c) or "").strip()
            if len(word) > MAX_NAME:
                raise BadInput(f"The {c.replace('_', ' ')} is too long: one word or a few.")
            out[c] = word
        if not any(out[c] for c in CORNER_KEYS):
            raise BadInput("A quadrant needs at least one corner.")
        out["private"] = bool(extra.get("private", False))
    elif kind == "carry":
        decision = extra.get("decision")
        if decision not in ("closed", "kept", "dropped"):
            raise BadInput("An action carried over is closed, kept or dropped.")
        for key in ("session", "action"):
            if not extra.get(key):
                raise BadInput(f"A carried-over action needs its {key}.")
        out.update(
            session=str(extra["session"]),
            action=str(extra["action"]),
            text=str(extra.get("text", text)),
            owner=extra.get("owner"),
            decision=decision,
        )
    elif kind == "reveal":
        out["revealed"] = bool(extra.get("revealed", True))
    elif kind in ("edit", "remove"):
        if not about or state.find(about) is None:
            raise BadInput(f"There is nothing with id '{about}' in this session to {kind}.")
        target_kind = next((k for k, p in PREFIX.items() if about.startswith(p + "-")), "")
        out["about"] = about
        if kind == "edit":
            if target_kind not in EDITABLE:
                raise BadInput(f"A {target_kind} cannot be edited; remove it and record it anew.")
            out["text"] = (
                check_name(text) if target_kind == "participant" else check_text(text, "text")
            )
            if target_kind == "participant":
                other = state.participant(out["text"])
                if other is not None and other.id != about:
                    raise BadInput(f"'{out['text']}' is already in this session.")
        elif text:
            out["reason"] = check_text(text, "reason")
    return actor, out
