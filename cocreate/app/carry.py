"""Carry-over: open actions from a series' earlier sessions, settled at the next check-in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from cocreate.domain.errors import BadInput
from cocreate.domain.recording import plan
from cocreate.domain.session import Carry, SessionState
from cocreate.domain.templates import template

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


def decided(state: SessionState) -> list[Carry]:
    """What ``state``'s session decided about each action carried over, the latest word only.

    Events are append-only, so a changed mind is a second "carry" event for the same
    action: it supersedes the first and takes its place in the list.
    """
    latest: dict[tuple[str, str], Carry] = {}
    for c in state.carried:
        latest[(c.session, c.action)] = c  # a dict keeps the first decision's place
    return list(latest.values())


def _meetings(ws: Workspace, series: str) -> dict[str, Meeting]:
    """Each session of the series by id, with the meeting it records.

    An imported copy keeps its meeting's title and first moment, so a session
    exported and imported into the same store is one meeting, not two: its open
    actions are listed once, and a decision about either copy settles both.
    """
    return {s.id: (s.created, s.title) for s in ws.sessions() if s.series == series}


def _candidates(
    ws: Workspace, me: SessionState
) -> tuple[list[OpenAction], set[tuple[Meeting, str]]]:
    """Actions of earlier meetings that no earlier meeting settled, and which ``me`` decided.

    Only the earlier sessions' latest decision counts: an action closed and then kept
    again in the same session is open for the next one.
    """
    if not me.series:
        return [], set()
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
    for state in states:
        for c in state.carried:
            settled[settles(c.session, c.action)] = c.decision
    out = []
    for state in states:
        for a in state.actions:
            if a.status != "open" or settled.get(settles(state.id, a.id)) in ("closed", "dropped"):
                continue
            out.append(
                OpenAction(state.id, state.title, a.id, a.text, state.name_of(a.owner), a.due)
            )
    return out, {settles(c.session, c.action) for c in me.carried}


def open_carry_over(ws: Workspace, sid: str) -> list[OpenAction]:
    """Open actions from earlier sessions of ``sid``'s series that ``sid`` has not decided on.

    An action is settled once an earlier session of the series closed or dropped it;
    "kept" leaves it open for the next one. Actions decided in ``sid`` are left out:
    ``decided`` lists those, and ``carry`` can still change them.
    """
    me = ws.session(sid)
    found, here = _candidates(ws, me)
    meeting = _meetings(ws, me.series) if me.series else {}
    return [o for o in found if (meeting.get(o.session, (o.session,)), o.action) not in here]


def carry(ws: Workspace, sid: str, source: str, action: str, decision: str) -> str:
    """Record what the team decided about an open action from an earlier session.

    Deciding again about the same action supersedes the earlier decision (a new event;
    the old one stays in the transcript). Repeating the current decision records nothing
    and returns the id of the decision that stands.
    """
    if decision not in DECISIONS:
        raise BadInput(f"An action carried over is {', '.join(DECISIONS)}; not '{decision}'.")
    source = ws.resolve(source)
    me = ws.session(sid)
    meeting = _meetings(ws, me.series) if me.series else {}
    same = meeting.get(source, (source,))

    def here(session: str) -> bool:
        return meeting.get(session, (session,)) == same

    found = next(
        (o for o in _candidates(ws, me)[0] if o.action == action and here(o.session)), None
    )
    if found is None:
        raise BadInput(f"{action} of session {source} is not an open action of this series.")
    earlier = next((c for c in decided(me) if c.action == action and here(c.session)), None)
    # The earlier decision's source id, so both events name the same action of the same copy.
    session = earlier.session if earlier is not None else found.session
    data = {"session": session, "action": action, "owner": found.owner, "decision": decision}
    if earlier is not None and earlier.decision == decision:
        # Refused where a new decision would be (a closed session, say), else a no-op.
        plan(me, template(me.template), me.counts, "carry", found.text, data=data)
        return earlier.id
    return ws.record(sid, "carry", found.text, **data)
