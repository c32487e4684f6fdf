"""The body of each stage, by stage name."""

from __future__ import annotations

from cocreate.domain.session import SessionState
from cocreate.tui.api import Workspace
from cocreate.tui.stages.base import StageBody
from cocreate.tui.stages.challenges import ChallengesBody
from cocreate.tui.stages.commit import CommitBody
from cocreate.tui.stages.ideas import IdeasBody, VoteBody
from cocreate.tui.stages.objections import ObjectionsBody
from cocreate.tui.stages.people import CheckInBody, CheckOutBody
from cocreate.tui.stages.simple import (
    AppreciateBody,
    ClosedBody,
    IdeaBody,
    QualitiesBody,
    SetupBody,
)
from cocreate.tui.stages.team import CoupleBody, GroupsBody, TeamBody

BODIES: dict[str, type[StageBody]] = {
    "setup": SetupBody,
    "check-in": CheckInBody,
    "idea": IdeaBody,
    "appreciate": AppreciateBody,
    "objections": ObjectionsBody,
    "challenges": ChallengesBody,
    "ideas": IdeasBody,
    "converge": VoteBody,
    "commit": CommitBody,
    "check-out": CheckOutBody,
    "qualities": QualitiesBody,
    "vote": VoteBody,
    "team": TeamBody,
    "groups": GroupsBody,
    "couple": CoupleBody,
    "closed": ClosedBody,
}


def body_for(ws: Workspace, sid: str, state: SessionState, stage: str | None = None) -> StageBody:
    """The body for ``stage`` (default: the session's current one; a plain one if unknown)."""
    return BODIES.get(stage or state.stage, StageBody)(ws, sid, state)
