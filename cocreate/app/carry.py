"""Carry-over: open actions from a series' earlier sessions, settled at the next check-in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from cocreate.domain.errors import BadInput

if TYPE_CHECKING:
    from cocreate.app.workspace import Workspace

DECISIONS = ("closed", "kept", "dropped")


@dataclass(frozen=True)
class OpenAction:
    """An action still open from an earlier session of the same series."""

    session: str
    session_title: str
    action: str
    text: str
    owner: str | None
    due: str | None


Meeting = tuple[str, ...]


def _meetings(ws: Workspace, series: str) -> dict[str, Meeting]:
    """Each session of the series by id, with the meeting it records.

    An imported copy keeps its meeting's title and first moment, so a session
    exported and imported into the same store is one meeting, not two: its open
    actions are listed once, and a decision about either copy settles both.
    """
    return {s.id: (s.created, s.title) for s in ws.sessions() if s.series == series}


def open_carry_over(ws: Workspace, sid: str) -> list[OpenAction]:
    """Open actions from earlier sessions of ``sid``'s series, oldest first.

    An action is settled once any later session of the series closed or dropped it;
    "kept" leaves it open for the next one. Decisions already taken in ``sid`` count.
    """
    me = ws.session(sid)
    if not me.series:
        return []
    meeting = _meetings(ws, me.series)
    mine = (me.created, me.title)
    earlier: dict[Meeting, str] = {}
    for other, key in sorted(meeting.items(), key=lambda kv: (kv[1], kv[0])):
        if key[0] <= me.created and key != mine:
            earlier.setdefault(key, other)  # one copy of each meeting
    states = [ws.session(other) for other in earlier.values()]

    def settles(session: str, action: str) -> tuple[Meeting, str]:
        return meeting.get(session, (session,)), action

    settled: dict[tuple[Meeting, str], str] = {}
    for state in [*states, me]:
        for c in state.carried:
            settled[settles(c.session, c.action)] = c.decision
    decided_here = {settles(c.session, c.action) for c in me.carried}
    out = []
    for state in states:
        for a in state.actions:
            key = settles(state.id, a.id)
            if a.status != "open" or settled.get(key) in ("closed", "dropped"):
                continue
            if key in decided_here:
                continue
            out.append(
                OpenAction(state.id, state.title, a.id, a.text, state.name_of(a.owner), a.due)
            )
    return out


def carry(ws: Workspace, sid: str, source: str, action: str, decision: str) -> str:
    """Record what the team decided about an open action from an earlier session."""
    if decision not in DECISIONS:
        raise BadInput(f"An action carried over is {', '.join(DECISIONS)}; not '{decision}'.")
    source = ws.resolve(source)
    series = ws.session(sid).series
    meeting = _meetings(ws, series) if series else {}
    same = meeting.get(source, (source,))
    found = next(
        (
            o
            for o in open_carry_over(ws, sid)
            if o.action == action and meeting.get(o.session, (o.session,)) == same
        ),
        None,
    )
    if found is None:
        raise BadInput(f"{action} of session {source} is not an open action of this series.")
    return ws.record(
        sid, "carry", found.text, session=found.session, action=action, owner=found.owner,
        decision=decision,
    )  # fmt: skip
