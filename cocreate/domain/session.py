"""A session is an append-only list of events; its state is what folding them gives.

Nothing is rewritten in place: an edit or a removal is one more event, so the
transcript shows what happened and a session can be replayed up to any point.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

# Entity kinds and the prefix of their stable ids ("obj-3").
PREFIX: dict[str, str] = {
    "participant": "par",
    "proposal": "prop",
    "appreciation": "app",
    "objection": "obj",
    "challenge": "chl",
    "idea": "idea",
    "vote": "vote",
    "action": "act",
    "energy": "nrg",
    "note": "note",
    "quadrant": "qdr",
    "quality": "qual",
    "carry": "carry",
}
KIND_OF_PREFIX = {v: k for k, v in PREFIX.items()}


@dataclass(frozen=True)
class Event:
    """One line of the transcript."""

    seq: int
    at: str
    stage: str
    kind: str
    actor: str | None
    data: Mapping[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "at": self.at,
            "stage": self.stage,
            "kind": self.kind,
            "actor": self.actor,
            "data": dict(self.data),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Event:
        return cls(
            seq=int(d["seq"]),
            at=str(d["at"]),
            stage=str(d["stage"]),
            kind=str(d["kind"]),
            actor=d.get("actor"),
            data=dict(d.get("data") or {}),
        )


@dataclass(frozen=True)
class Participant:
    id: str
    name: str
    group: str | None = None


@dataclass(frozen=True)
class Entry:
    """A piece of text someone contributed: a proposal, appreciation, note, or quality."""

    id: str
    text: str
    by: str | None
    stage: str = ""
    edited: bool = False


@dataclass(frozen=True)
class Objection:
    id: str
    text: str
    by: str | None
    parked: bool = False
    edited: bool = False

    @property
    def anonymous(self) -> bool:
        return self.by is None


@dataclass(frozen=True)
class Challenge:
    id: str
    text: str
    about: str
    agrees: bool | None = None
    suggested: str | None = None
    edited: bool = False


@dataclass(frozen=True)
class Idea:
    id: str
    text: str
    about: str | None
    by: str | None
    builds_on: str | None = None
    edited: bool = False


@dataclass(frozen=True)
class Vote:
    id: str
    about: str
    by: str | None


@dataclass(frozen=True)
class Action:
    id: str
    text: str
    owner: str | None
    due: str | None = None
    about: str | None = None
    status: str = "open"
    edited: bool = False


@dataclass(frozen=True)
class Energy:
    id: str
    by: str
    value: int
    moment: str  # "in" at check-in, "out" at check-out


@dataclass(frozen=True)
class QuadrantEntry:
    """Whose quadrant (a participant, a group or the team) and its four corners."""

    id: str
    name: str
    of: str
    core_quality: str
    pitfall: str
    challenge: str
    allergy: str
    private: bool = False


@dataclass(frozen=True)
class Carry:
    """What became of an open action from an earlier session of the series."""

    id: str
    session: str
    action: str
    text: str
    owner: str | None
    decision: str  # "closed", "kept" or "dropped"


@dataclass(frozen=True)
class SessionState:
    """The derived, read-only state of one session."""

    id: str
    title: str
    purpose: str
    template: str
    stage: str
    created: str
    updated: str
    series: str | None = None
    participants: tuple[Participant, ...] = ()
    proposals: tuple[Entry, ...] = ()
    appreciations: tuple[Entry, ...] = ()
    objections: tuple[Objection, ...] = ()
    challenges: tuple[Challenge, ...] = ()
    ideas: tuple[Idea, ...] = ()
    votes: tuple[Vote, ...] = ()
    votes_revealed: bool = False
    actions: tuple[Action, ...] = ()
    energy: tuple[Energy, ...] = ()
    notes: tuple[Entry, ...] = ()
    quadrants: tuple[QuadrantEntry, ...] = ()
    qualities: tuple[Entry, ...] = ()
    carried: tuple[Carry, ...] = ()
    visited: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()
    names: Mapping[str, str] = field(default_factory=dict)
    counts: Mapping[str, int] = field(default_factory=dict)
    event_count: int = 0

    @property
    def closed(self) -> bool:
        return self.stage == "closed"

    @property
    def idea(self) -> str:
        """The idea in the owner's words, or the purpose when none was stated."""
        return self.proposals[-1].text if self.proposals else self.purpose

    def name_of(self, pid: str | None) -> str | None:
        """A participant's name from their id (also after they were removed)."""
        return None if pid is None else self.names.get(pid, pid)

    def participant(self, name_or_id: str) -> Participant | None:
        key = name_or_id.strip().casefold()
        for p in self.participants:
            if p.id == name_or_id or p.name.casefold() == key:
                return p
        return None

    def find(self, eid: str) -> Any:
        """The live entity with id ``eid``, or None."""
        for group in (
            self.participants,
            self.proposals,
            self.appreciations,
            self.objections,
            self.challenges,
            self.ideas,
            self.votes,
            self.actions,
            self.energy,
            self.notes,
            self.quadrants,
            self.qualities,
            self.carried,
        ):
            for e in group:
                if e.id == eid:
                    return e
        return None

    def challenges_for(self, oid: str) -> tuple[Challenge, ...]:
        return tuple(c for c in self.challenges if c.about == oid)

    def challenge_for(self, oid: str) -> Challenge | None:
        """The objection's current challenge: the latest one recorded."""
        found = self.challenges_for(oid)
        return found[-1] if found else None

    def ideas_for(self, cid: str) -> tuple[Idea, ...]:
        return tuple(i for i in self.ideas if i.about == cid)

    def votes_for(self, eid: str) -> int:
        return sum(1 for v in self.votes if v.about == eid)

    def votes_by(self, pid: str) -> int:
        return sum(1 for v in self.votes if v.by == pid)

    def unresolved(self) -> tuple[Objection, ...]:
        """Objections with neither a challenge nor a parked mark."""
        with_challenge = {c.about for c in self.challenges}
        return tuple(o for o in self.objections if not o.parked and o.id not in with_challenge)

    def quadrant_of(self, name: str) -> QuadrantEntry | None:
        key = name.strip().casefold()
        for q in reversed(self.quadrants):
            if q.name.casefold() == key:
                return q
        return None

    def energy_of(self, pid: str, moment: str) -> int | None:
        for e in reversed(self.energy):
            if e.by == pid and e.moment == moment:
                return e.value
        return None


def _edit(items: list[Any], eid: str, **changes: Any) -> None:
    for i, item in enumerate(items):
        if item.id == eid:
            items[i] = replace(item, **changes)
            return


class Folder:
    """Folds events one at a time, so a session already read can take one more cheaply."""

    def __init__(self) -> None:
        self.meta: dict[str, Any] = {
            "title": "",
            "purpose": "",
            "template": "co-creation",
            "series": None,
        }
        self.stage = "setup"
        self.created = self.updated = ""
        self.lists: dict[str, list[Any]] = {k: [] for k in PREFIX}
        self.names: dict[str, str] = {}
        self.revealed = False
        self.visited: list[str] = ["setup"]
        self.skipped: list[str] = []
        self.counts: dict[str, int] = {}
        self.count = 0
        self.last_seq = 0

    def apply(self, ev: Event) -> None:
        """Take one event into the state."""
        lists = self.lists
        self.count += 1
        self.last_seq = ev.seq
        d = ev.data
        self.created = self.created or ev.at
        self.updated = ev.at
        kind = ev.kind
        if kind in PREFIX:
            self.counts[kind] = self.counts.get(kind, 0) + 1
        if kind == "session":
            self.meta.update(
                {k: d[k] for k in ("title", "purpose", "template", "series") if k in d}
            )
        elif kind in ("advance", "back", "skip"):
            self.stage = str(d["to"])
            if kind == "skip":
                self.skipped.append(str(d["from"]))
            if self.stage not in self.visited:
                self.visited.append(self.stage)
        elif kind == "participant":
            self.names[d["id"]] = d["name"]
            lists[kind].append(Participant(d["id"], d["name"], d.get("group") or None))
        elif kind in ("proposal", "appreciation", "note", "quality"):
            lists[kind].append(Entry(d["id"], d["text"], ev.actor, ev.stage))
        elif kind == "objection":
            lists[kind].append(Objection(d["id"], d["text"], ev.actor))
        elif kind == "challenge":
            lists[kind].append(Challenge(d["id"], d["text"], d["about"], None, d.get("suggested")))
        elif kind == "idea":
            lists[kind].append(
                Idea(d["id"], d["text"], d.get("about"), ev.actor, d.get("builds_on"))
            )
        elif kind == "vote":
            lists[kind].append(Vote(d["id"], d["about"], ev.actor))
        elif kind == "action":
            lists[kind].append(
                Action(d["id"], d["text"], d.get("owner"), d.get("due"), d.get("about"))
            )
        elif kind == "energy":
            lists[kind].append(Energy(d["id"], ev.actor or "", int(d["value"]), d["moment"]))
        elif kind == "quadrant":
            lists[kind].append(
                QuadrantEntry(
                    d["id"],
                    d["name"],
                    d.get("of", "participant"),
                    d.get("core_quality", ""),
                    d.get("pitfall", ""),
                    d.get("challenge", ""),
                    d.get("allergy", ""),
                    bool(d.get("private", False)),
                )
            )
        elif kind == "carry":
            lists[kind].append(
                Carry(
                    d["id"],
                    d["session"],
                    d["action"],
                    d.get("text", ""),
                    d.get("owner"),
                    d["decision"],
                )
            )
        elif kind in ("park", "unpark"):
            _edit(lists["objection"], d["about"], parked=kind == "park")
        elif kind == "agree":
            _edit(lists["challenge"], d["about"], agrees=bool(d.get("agrees", True)))
        elif kind == "assign":
            changes = {k: d[k] for k in ("owner", "due", "status") if k in d}
            _edit(lists["action"], d["about"], **changes)
        elif kind == "reveal":
            self.revealed = bool(d.get("revealed", True))
        elif kind == "edit":
            target = KIND_OF_PREFIX.get(str(d["about"]).split("-")[0])
            if target == "participant":
                self.names[d["about"]] = d["text"]
                _edit(lists[target], d["about"], name=d["text"])
            elif target:
                _edit(lists[target], d["about"], text=d["text"], edited=True)
        elif kind == "remove":
            target = KIND_OF_PREFIX.get(str(d["about"]).split("-")[0])
            if target:
                lists[target] = [e for e in lists[target] if e.id != d["about"]]

    def state(self, session_id: str = "") -> SessionState:
        """The state so far, as a read-only snapshot."""
        lists = self.lists
        return SessionState(
            id=session_id,
            title=self.meta["title"],
            purpose=self.meta["purpose"],
            template=self.meta["template"],
            series=self.meta["series"],
            stage=self.stage,
            created=self.created,
            updated=self.updated,
            participants=tuple(lists["participant"]),
            proposals=tuple(lists["proposal"]),
            appreciations=tuple(lists["appreciation"]),
            objections=tuple(lists["objection"]),
            challenges=tuple(lists["challenge"]),
            ideas=tuple(lists["idea"]),
            votes=tuple(lists["vote"]),
            votes_revealed=self.revealed,
            actions=tuple(lists["action"]),
            energy=tuple(lists["energy"]),
            notes=tuple(lists["note"]),
            quadrants=tuple(lists["quadrant"]),
            qualities=tuple(lists["quality"]),
            carried=tuple(lists["carry"]),
            visited=tuple(self.visited),
            skipped=tuple(self.skipped),
            names=dict(self.names),
            counts=dict(self.counts),
            event_count=self.count,
        )


def fold(events: Iterable[Event], session_id: str = "") -> SessionState:
    """Derive a session's state from its events, in order."""
    folder = Folder()
    for ev in events:
        folder.apply(ev)
    return folder.state(session_id)
