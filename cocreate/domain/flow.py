"""The stage machine: one ``transitions`` definition per template, guards with reasons.

A failed guard in ``transitions`` just returns False; facilitators need to know
why, so every guard here is a function that returns the reason or None.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from functools import cache

from transitions import Machine, MachineError

from cocreate.domain.errors import StageRefused
from cocreate.domain.session import SessionState
from cocreate.domain.templates import Template, template

TRIGGERS = ("advance", "back", "skip")


def _ids(items: tuple, limit: int = 6) -> str:
    shown = ", ".join(i.id for i in items[:limit])
    return shown + (", ..." if len(items) > limit else "")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _participants(s: SessionState) -> str | None:
    if not s.participants:
        return "Nobody has joined yet: add at least one participant first."
    return None


def _proposal(s: SessionState) -> str | None:
    if not s.proposals:
        return "State the idea first: record it as a proposal, in its owner's words."
    return None


def _challenges_resolved(s: SessionState) -> str | None:
    open_ = s.unresolved()
    if open_:
        verb = "has" if len(open_) == 1 else "have"
        return (
            f"{_plural(len(open_), 'objection')} {verb} no challenge yet ({_ids(open_)}): "
            "add one or park them."
        )
    return None


def _action_owners(s: SessionState) -> str | None:
    missing = tuple(a for a in s.actions if not a.owner)
    if missing:
        verb = "has" if len(missing) == 1 else "have"
        return (
            f"{_plural(len(missing), 'action')} {verb} no owner yet ({_ids(missing)}): assign one."
        )
    return None


def _qualities(s: SessionState) -> str | None:
    if not s.qualities:
        return "Nobody has proposed a core quality for the team yet."
    return None


def _team_quadrant(s: SessionState) -> str | None:
    if not any(q.of == "team" and q.core_quality for q in s.quadrants):
        return "Complete the team's quadrant first: record it with at least its core quality."
    return None


GUARDS: dict[str, Callable[[SessionState], str | None]] = {
    "participants": _participants,
    "proposal": _proposal,
    "challenges_resolved": _challenges_resolved,
    "action_owners": _action_owners,
    "qualities": _qualities,
    "team_quadrant": _team_quadrant,
}


class _Model:
    """A throwaway model: the machine is shared, a session is attached only for one move."""

    def __init__(self, session: SessionState, tpl: Template) -> None:
        self.session = session
        self.template = tpl
        self.refusal: str | None = None

    def guards_pass(self) -> bool:
        for name in self.template.stage(self.session.stage).guards:
            reason = GUARDS[name](self.session)
            if reason:
                self.refusal = reason
                return False
        return True


@cache
def machine_for(name: str) -> Machine:
    """The one machine definition of a template, shared by all its sessions."""
    tpl = template(name)
    names = list(tpl.stage_names)
    machine = Machine(
        model=None,
        states=names,
        initial=names[0],
        auto_transitions=False,
        send_event=False,
    )
    for a, b in itertools.pairwise(names):
        machine.add_transition("advance", a, b, conditions="guards_pass")
        machine.add_transition("back", b, a)
    for i, st in enumerate(tpl.stages[:-1]):
        if st.optional:
            machine.add_transition("skip", st.name, names[i + 1])
    return machine


def refusal(session: SessionState, trigger: str) -> str | None:
    """Why ``trigger`` cannot happen now, or None when it can."""
    tpl = template(session.template)
    names = tpl.stage_names
    i = names.index(session.stage)
    if trigger == "advance":
        if i == len(names) - 1:
            return "The session is closed: there is no stage after this one."
        model = _Model(session, tpl)
        return None if model.guards_pass() else model.refusal
    if trigger == "back":
        if i == 0:
            return "This is the first stage: there is nothing to go back to."
        return None
    if trigger == "skip":
        st = tpl.stages[i]
        if st.final:
            return "The session is closed: there is nothing to skip."
        if not st.optional:
            return f"'{st.label}' cannot be skipped in this template; advance when it is done."
        return None
    return f"Unknown move '{trigger}': use advance, back or skip."


def move(session: SessionState, trigger: str) -> str:
    """Run ``trigger`` on the session's stage machine and return the new stage.

    Raises:
        StageRefused: when a guard or the template refuses, with the reason.
    """
    reason = refusal(session, trigger)
    if reason:
        raise StageRefused(reason)
    machine = machine_for(session.template)
    model = _Model(session, template(session.template))
    machine.add_model(model, initial=session.stage)
    try:
        if not getattr(model, trigger)():
            raise StageRefused(model.refusal or f"'{trigger}' is not possible now.")
        return str(model.state)  # type: ignore[attr-defined]
    except MachineError as exc:
        raise StageRefused(f"'{trigger}' is not possible from '{session.stage}'.") from exc
    finally:
        machine.remove_model(model)
