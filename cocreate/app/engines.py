"""Use cases around the engines: quadrants in a session, the room's coupling, suggestions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cocreate.domain.coupling import RoomCoupling, couple_room
from cocreate.domain.errors import BadInput
from cocreate.domain.lexicon import Completion, default_lexicon
from cocreate.domain.quadrant import CORNERS, Quadrant
from cocreate.domain.reframe import Reframing, reframe
from cocreate.domain.session import QuadrantEntry, SessionState

if TYPE_CHECKING:
    from cocreate.app.workspace import Workspace


def as_quadrant(entry: QuadrantEntry) -> Quadrant:
    return Quadrant(entry.core_quality, entry.pitfall, entry.challenge, entry.allergy)


def complete_quadrant(
    *,
    core_quality: str | None = None,
    pitfall: str | None = None,
    challenge: str | None = None,
    allergy: str | None = None,
    lang: str | None = None,
) -> Completion:
    """The lexicon's completion of whatever corners were given (words as typed win)."""
    given = {"core_quality": core_quality, "pitfall": pitfall, "challenge": challenge,
             "allergy": allergy}  # fmt: skip
    if not any(w and w.strip() for w in given.values()):
        raise BadInput("Give at least one corner: --core, --pitfall, --challenge or --allergy.")
    if lang not in (None, "en", "nl"):
        raise BadInput(f"Language '{lang}' is not known: use en or nl.")
    return default_lexicon().complete(
        **{k: v.strip() for k, v in given.items() if v and v.strip()}, lang=lang
    )


def current_quadrants(state: SessionState, *, private: bool = True) -> dict[str, QuadrantEntry]:
    """Each name's latest quadrant in the session (private ones only when asked)."""
    out: dict[str, QuadrantEntry] = {}
    for q in state.quadrants:
        out[q.name] = q
    return {n: q for n, q in out.items() if private or not q.private}


def coupling(state: SessionState, *, private: bool = False, of: str | None = None) -> RoomCoupling:
    """The room's coupling: who bites whom, who can teach whom, shared pitfalls.

    ``of`` picks whose quadrants: "participant" or "group"; by default the groups
    in a team quadrant workshop and the participants elsewhere.
    """
    if of is None:
        of = "group" if state.template == "team-quadrant" else "participant"
    quads = current_quadrants(state, private=private).items()
    room = {n: as_quadrant(q) for n, q in quads if q.of == of}
    return couple_room(room, default_lexicon())


def chosen_quality(state: SessionState) -> str | None:
    """The core quality the room voted for most (the earliest proposal wins a tie)."""
    if not state.qualities:
        return None
    best = max(state.qualities, key=lambda q: (state.votes_for(q.id), -state.qualities.index(q)))
    return best.text


def reframe_text(text: str, *, lang: str | None = None, idea: str | None = None) -> Reframing:
    """Challenge candidates for an objection typed outside any session."""
    if not isinstance(text, str) or not text.strip():
        raise BadInput("The objection is empty.")
    if len(text) > 10_000:
        raise BadInput("The objection is over 10,000 characters: split it.")
    if lang not in (None, "en", "nl"):
        raise BadInput(f"Language '{lang}' is not known: use en or nl.")
    return reframe(text, lang=lang, idea=idea or None)


def suggest(state: SessionState, oid: str, lang: str | None = None) -> Reframing:
    """Challenge candidates for a stored objection, with the objector's quadrant lens."""
    obj = state.find(oid)
    if obj is None or not oid.startswith("obj-"):
        raise BadInput(f"There is no objection '{oid}' in this session.")
    name = state.name_of(obj.by)
    quads = current_quadrants(state, private=True)
    mine = quads.get(name) if name else None
    if mine is not None and mine.private:
        # The lens is read out on the shared screen; a private quadrant stays private.
        mine = None
    # Partners are named on the shared screen: private quadrants stay out of it.
    room = {
        n: as_quadrant(q)
        for n, q in quads.items()
        if not q.private and q.of == "participant" and n != name
    }
    # The purpose is the idea as a short statement; the proposal is often a whole
    # paragraph in its owner's words, which reads badly inside a challenge.
    return reframe(
        obj.text,
        lang=lang,
        idea=state.purpose or state.idea or None,
        objector=as_quadrant(mine) if mine else None,
        objector_name=name,
        room=room or None,
    )


def record_quadrant(
    ws: Workspace,
    sid: str,
    name: str,
    corners: dict[str, str | None],
    *,
    of: str = "participant",
    private: bool = False,
    complete: bool = False,
    lang: str | None = None,
) -> tuple[str, Completion | None]:
    """Record someone's quadrant; fill missing corners from the lexicon only when asked.

    A participant's quadrant that is not private is remembered in the people list.
    """
    words = {c: (corners.get(c) or "").strip() for c in CORNERS}
    completion = None
    if complete:
        completion = complete_quadrant(**{c: w or None for c, w in words.items()}, lang=lang)
        words = completion.quadrant.corners()
    qid = ws.record(sid, "quadrant", name=name, of=of, private=private, **words)
    if of == "participant" and not private:
        state = ws.session(sid)
        entry = state.find(qid)
        ws.people.put(entry.name, {c: getattr(entry, c) for c in CORNERS}, state.updated)
    return qid, completion


def remembered(ws: Workspace, name: str) -> dict[str, Any] | None:
    """The quadrant a person shared in an earlier session, if any."""
    entry = ws.people.get(name)
    return entry.get("quadrant") if entry else None
