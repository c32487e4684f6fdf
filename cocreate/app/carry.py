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


def open_carry_over(ws: Workspace, sid: str) -> list[OpenAction]:
    """Open actions from earlier sessions of ``sid``'s series, oldest first.

    An action is settled once any later session of the series closed or dropped it;
    "kept" leaves it open for the next one. Decisions already taken in ``sid`` count.
    """
    me = ws.session(sid)
    if not me.series:
        return []
    series = [s for s in ws.sessions() if s.series == me.series and s.id != sid]
    earlier = sorted((s for s in series if s.created <= me.created), key=lambda s: s.created)
    settled: dict[tuple[str, str], str] = {}
    states = [ws.session(s.id) for s in earlier] + [me]
    for state in states:
        for c in state.carried:
            settled[(c.session, c.action)] = c.decision
    decided_here = {(c.session, c.action) for c in me.carried}
    out = []
    for state in states[:-1]:
        for a in state.actions:
            key = (state.id, a.id)
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
    found = next(
        (o for o in open_carry_over(ws, sid) if (o.session, o.action) == (source, action)), None
    )
    if found is None:
        raise BadInput(f"{action} of session {source} is not an open action of this series.")
    return ws.record(
        sid, "carry", found.text, session=source, action=action, owner=found.owner,
        decision=decision,
    )  # fmt: skip
