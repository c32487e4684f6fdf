"""Looking back at a session: its transcript, a stage-by-stage replay, and its summary."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cocreate.domain.session import Event, SessionState, fold
from cocreate.domain.templates import template


@dataclass(frozen=True)
class Line:
    """One event as a person reads it back."""

    seq: int
    at: str
    stage: str
    kind: str
    who: str
    text: str


@dataclass(frozen=True)
class Step:
    """One stage as it unfolded: its label, its events, and the state at its end."""

    stage: str
    label: str
    lines: tuple[Line, ...]
    upto: int
    state: SessionState


def _describe(ev: Event, names: dict[str, str], private: set[str]) -> str:
    d = ev.data
    kind = ev.kind
    if kind == "session":
        return f"session '{d.get('title', '')}' ({d.get('template', '')})"
    if kind in ("advance", "back", "skip"):
        return f"{kind}: {d.get('from')} → {d.get('to')}"
    if kind == "participant":
        group = f" ({d['group']})" if d.get("group") else ""
        return f"{d['id']} {d['name']}{group} joined"
    if kind == "quadrant":
        if d["id"] in private:
            return f"{d['id']} {d['name']}: a private quadrant"
        corners = " / ".join(d.get(c) or "?" for c in ("core_quality", "pitfall", "challenge",
                                                        "allergy"))  # fmt: skip
        return f"{d['id']} quadrant of {d['name']} ({d.get('of', 'participant')}): {corners}"
    if kind == "energy":
        return (
            f"{d['id']} energy {d['value']} ({'check-in' if d['moment'] == 'in' else 'check-out'})"
        )
    if kind == "vote":
        return f"{d['id']} a dot for {d['about']}"
    if kind in ("park", "unpark"):
        return f"{kind} {d['about']}"
    if kind == "agree":
        return f"{d['about']}: the objector {'agrees' if d.get('agrees', True) else 'disagrees'}"
    if kind == "assign":
        parts = []
        if "owner" in d:
            parts.append(f"owner {names.get(d['owner'], d['owner'])}")
        if d.get("due"):
            parts.append(f"due {d['due']}")
        if "status" in d:
            parts.append(str(d["status"]))
        return f"{d['about']}: " + ", ".join(parts)
    if kind == "reveal":
        return "votes revealed" if d.get("revealed", True) else "votes hidden"
    if kind == "carry":
        return (
            f"carried over {d['action']} from {d['session']}: {d['decision']} — {d.get('text', '')}"
        )
    if kind == "edit":
        return f"{d['about']} now reads: {d['text']}"
    if kind == "remove":
        return f"{d['about']} removed" + (f": {d['reason']}" if d.get("reason") else "")
    about = f" (about {d['about']})" if d.get("about") else ""
    if kind == "action":
        owner = names.get(d.get("owner") or "", "no owner")
        due = f", by {d['due']}" if d.get("due") else ""
        return f"{d['id']} {d['text']} — {owner}{due}{about}"
    return f"{d.get('id', '')} {d.get('text', '')}{about}".strip()


# Kinds whose actor, on an anonymous objection or its challenge, would name its author:
# "agree" is the objector's own answer, and an edit or a park is mostly theirs too.
SHIELDED_KINDS = frozenset({"challenge", "agree", "park", "unpark", "edit", "remove"})


def anonymous_refs(events: list[Event]) -> set[str]:
    """The ids of anonymous objections and of the challenges made of them."""
    anon = {str(e.data.get("id")) for e in events if e.kind == "objection" and e.actor is None}
    anon |= {
        str(e.data.get("id"))
        for e in events
        if e.kind == "challenge" and e.data.get("about") in anon
    }
    return anon


def shielded(ev: Event, anon: set[str]) -> bool:
    """Whether the event's actor would tie an anonymous objection to a person."""
    return ev.actor is not None and ev.kind in SHIELDED_KINDS and ev.data.get("about") in anon


def _who(ev: Event, names: dict[str, str]) -> str:
    if ev.actor:
        return names.get(ev.actor, ev.actor)
    if ev.kind == "objection":
        return "anonymous"
    return "facilitator"


def lines(events: list[Event]) -> list[Line]:
    """Every event with its time, stage and author ("anonymous" for anonymous objections)."""
    names: dict[str, str] = {}
    private = {e.data["id"] for e in events if e.kind == "quadrant" and e.data.get("private")}
    anon = anonymous_refs(events)
    out = []
    for ev in events:
        if ev.kind == "participant":
            names[ev.data["id"]] = ev.data["name"]
        elif ev.kind == "edit" and str(ev.data.get("about", "")).startswith("par-"):
            names[ev.data["about"]] = ev.data["text"]
        who = "anonymous" if shielded(ev, anon) else _who(ev, names)
        out.append(Line(ev.seq, ev.at, ev.stage, ev.kind, who, _describe(ev, names, private)))
    return out


def replay(events: list[Event], session_id: str) -> list[Step]:
    """The session stage by stage, as it unfolded (a stage visited twice appears twice)."""
    all_lines = lines(events)
    tpl_name = fold(events[:1], session_id).template if events else "co-creation"
    tpl = template(tpl_name)
    steps: list[Step] = []
    start = 0
    for i in range(1, len(events) + 1):
        if i == len(events) or events[i].stage != events[start].stage:
            stage = events[start].stage
            steps.append(
                Step(
                    stage,
                    tpl.stage(stage).label,
                    tuple(all_lines[start:i]),
                    i,
                    fold(events[:i], session_id),
                )
            )
            start = i
    # A move is recorded in the stage it leaves, so the stage reached last has no
    # events of its own yet; it still is a step of the replay.
    if steps and steps[-1].state.stage != steps[-1].stage:
        final = steps[-1].state
        steps.append(Step(final.stage, tpl.stage(final.stage).label, (), len(events), final))
    return steps


def grouped(events: list[Event]) -> list[tuple[str, list[Line]]]:
    """The transcript grouped by stage, in the order the stages happened."""
    return [(step.label, list(step.lines)) for step in replay(events, "")]


def direction(s: SessionState) -> dict[str, tuple[int, int]]:
    """How much of the raised energy got direction: (done, out of) per figure."""
    with_challenge = {c.about for c in s.challenges}
    live_challenges = [c for c in s.challenges if s.challenge_for(c.about) == c]
    with_ideas = [c for c in live_challenges if s.ideas_for(c.id)]
    return {
        "objections given a challenge": (
            sum(1 for o in s.objections if o.id in with_challenge),
            len(s.objections),
        ),
        "challenges with ideas": (len(with_ideas), len(live_challenges)),
        "actions with owners": (sum(1 for a in s.actions if a.owner), len(s.actions)),
    }


def summary(s: SessionState) -> dict[str, Any]:
    """What was decided: the idea, appreciation, objection → challenge → ideas → actions."""

    def name(pid: str | None) -> str | None:
        return s.name_of(pid)

    def actions_for(eid: str) -> list[dict[str, Any]]:
        return [
            {"id": a.id, "text": a.text, "owner": name(a.owner), "due": a.due, "status": a.status}
            for a in s.actions
            if a.about == eid
        ]

    objections = []
    for o in s.objections:
        c = s.challenge_for(o.id)
        entry: dict[str, Any] = {"id": o.id, "text": o.text, "by": name(o.by), "parked": o.parked}
        if c is not None:
            ideas = [
                {
                    "id": i.id,
                    "text": i.text,
                    "by": name(i.by),
                    "votes": s.votes_for(i.id),
                    "builds_on": i.builds_on,
                    "actions": actions_for(i.id),
                }
                for i in s.ideas_for(c.id)
            ]
            entry["challenge"] = {"id": c.id, "text": c.text, "agrees": c.agrees,
                                  "ideas": ideas, "actions": actions_for(c.id)}  # fmt: skip
        objections.append(entry)
    energy = []
    for p in s.participants:
        e_in, e_out = s.energy_of(p.id, "in"), s.energy_of(p.id, "out")
        if e_in is not None or e_out is not None:
            energy.append({"name": p.name, "in": e_in, "out": e_out})
    linked = {a["id"] for o in objections for a in _actions_in(o)}
    return {
        "id": s.id,
        "title": s.title,
        "template": s.template,
        "stage": s.stage,
        "closed": s.closed,
        "created": s.created,
        "idea": s.idea,
        "participants": [p.name for p in s.participants],
        "appreciations": [{"text": e.text, "by": name(e.by)} for e in s.appreciations],
        "objections": objections,
        "other_actions": [
            {"id": a.id, "text": a.text, "owner": name(a.owner), "due": a.due, "status": a.status}
            for a in s.actions
            if a.id not in linked
        ],
        "energy": energy,
        "check_out": [
            {"text": n.text, "by": name(n.by)} for n in s.notes if n.stage == "check-out"
        ],
        "notes": [
            {"text": n.text, "by": name(n.by), "stage": n.stage}
            for n in s.notes
            if n.stage != "check-out"
        ],
        "direction": {k: list(v) for k, v in direction(s).items()},
    }


def _actions_in(objection: dict[str, Any]) -> list[dict[str, Any]]:
    """The actions chosen under an objection's challenge and its ideas."""
    c = objection.get("challenge")
    if not c:
        return []
    found = list(c["actions"])
    for i in c["ideas"]:
        found += i["actions"]
    return found
