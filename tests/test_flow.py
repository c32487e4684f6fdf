"""Stages: guards with readable reasons, back keeps everything, skip only where optional."""

from __future__ import annotations

import pytest

from cocreate import StageRefused, Workspace
from cocreate.domain.flow import machine_for
from cocreate.domain.templates import templates
from tests.conftest import walk_to

CO_CREATION = [
    "setup", "check-in", "idea", "appreciate", "objections", "challenges",
    "ideas", "converge", "commit", "check-out", "closed",
]  # fmt: skip


def test_default_template_walks_the_co_creation_stages(ws: Workspace, sid: str) -> None:
    walk_to(ws, sid, "closed")
    assert list(ws.session(sid).visited) == CO_CREATION


def test_templates_are_data_and_all_present() -> None:
    assert set(templates()) == {"co-creation", "project-kickoff", "idea-review", "team-quadrant"}
    for name in templates():
        machine = machine_for(name)
        assert machine.auto_transitions is False
        assert set(machine.events) <= {"advance", "back", "skip"}


def test_check_in_needs_a_participant(ws: Workspace) -> None:
    sid = ws.new_session("Alone")
    ws.advance(sid)
    with pytest.raises(StageRefused, match="add at least one participant"):
        ws.advance(sid)
    ws.record(sid, "participant", "Ann")
    assert ws.advance(sid) == "idea"


def test_idea_must_be_stated_before_appreciation(ws: Workspace, sid: str) -> None:
    walk_to(ws, sid, "idea")
    with pytest.raises(StageRefused, match="State the idea first"):
        ws.advance(sid)
    assert ws.refusal(sid) is not None


def test_every_objection_needs_a_challenge_or_a_park(ws: Workspace, sid: str) -> None:
    walk_to(ws, sid, "objections")
    for text in ("Too expensive", "Too slow", "Too risky"):
        ws.record(sid, "objection", text, by="Bo")
    ws.advance(sid)
    ws.record(sid, "challenge", "How might we make it affordable?", about="obj-1")
    with pytest.raises(StageRefused) as exc:
        ws.advance(sid)
    assert exc.value.reason == (
        "2 objections have no challenge yet (obj-2, obj-3): add one or park them."
    )
    ws.record(sid, "park", about="obj-2")
    with pytest.raises(StageRefused, match=r"1 objection has no challenge yet \(obj-3\)"):
        ws.advance(sid)
    ws.record(sid, "challenge", "How might we speed it up?", about="obj-3")
    assert ws.advance(sid) == "ideas"


def test_every_action_needs_an_owner_before_leaving_commit(ws: Workspace, sid: str) -> None:
    walk_to(ws, sid, "commit")
    aid = ws.record(sid, "action", "Book a room")
    with pytest.raises(StageRefused, match=r"1 action has no owner yet \(act-1\)"):
        ws.advance(sid)
    ws.record(sid, "assign", about=aid, by="Chris")
    assert ws.advance(sid) == "check-out"


def test_a_refused_move_writes_nothing(ws: Workspace, sid: str) -> None:
    walk_to(ws, sid, "idea")
    before = ws.events(sid)
    with pytest.raises(StageRefused):
        ws.advance(sid)
    assert ws.events(sid) == before


def test_back_keeps_everything_and_reopens_recording(ws: Workspace, sid: str) -> None:
    walk_to(ws, sid, "objections")
    ws.record(sid, "objection", "Too expensive", by="Bo")
    ws.advance(sid)
    ws.record(sid, "challenge", "How might we make it affordable?", about="obj-1")
    assert ws.back(sid) == "objections"
    s = ws.session(sid)
    assert len(s.objections) == 1 and len(s.challenges) == 1
    ws.record(sid, "objection", "Forgot this one", by="Ann")
    assert len(ws.session(sid).objections) == 2


def test_back_from_the_first_stage_is_refused(ws: Workspace, sid: str) -> None:
    with pytest.raises(StageRefused, match="first stage"):
        ws.back(sid)


def test_skip_only_optional_stages(ws: Workspace, sid: str) -> None:
    walk_to(ws, sid, "ideas")
    with pytest.raises(StageRefused, match="cannot be skipped"):
        ws.skip(sid)
    ws.advance(sid)
    assert ws.session(sid).stage == "converge"
    assert ws.skip(sid) == "commit"
    assert ws.session(sid).skipped == ("converge",)


def test_closed_session_takes_no_records_and_no_advance(ws: Workspace, sid: str) -> None:
    walk_to(ws, sid, "closed")
    with pytest.raises(StageRefused, match="closed"):
        ws.advance(sid)
    with pytest.raises(StageRefused, match="closed"):
        ws.record(sid, "note", "late thought")
    assert ws.back(sid) == "check-out"


def test_team_quadrant_template_guards(ws: Workspace) -> None:
    sid = ws.new_session("Team", template="team-quadrant", participants=[("Ann", "Sales")])
    ws.advance(sid)
    ws.advance(sid)
    with pytest.raises(StageRefused, match="core quality"):
        ws.advance(sid)
    ws.record(sid, "quality", "reliability", by="Ann")
    ws.advance(sid)
    ws.record(sid, "vote", about="qual-1", by="Ann")
    ws.advance(sid)
    with pytest.raises(StageRefused, match="team's quadrant"):
        ws.advance(sid)
    ws.record(sid, "quadrant", name="Our team", of="team", core_quality="reliability")
    assert ws.advance(sid) == "groups"
