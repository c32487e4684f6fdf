"""The fold: every event kind gives the state a facilitator expects."""

from __future__ import annotations

import pytest

from cocreate import BadInput, StageRefused, Workspace
from tests.conftest import HOSTILE, walk_to


def test_new_session_starts_at_setup_with_participants(ws: Workspace, sid: str) -> None:
    s = ws.session(sid)
    assert s.title == "Kickoff: new intake"
    assert s.purpose == "A mobile app for the intake form"
    assert s.template == "co-creation"
    assert s.stage == "setup"
    assert [p.name for p in s.participants] == ["Ann", "Bo", "Chris"]
    assert [p.id for p in s.participants] == ["par-1", "par-2", "par-3"]


def test_participants_with_groups_and_late_arrivals(ws: Workspace) -> None:
    sid = ws.new_session("Groups", participants=[("Ann", "Sales"), ("Bo", None)])
    pid = ws.record(sid, "participant", "Dee", group="IT")
    s = ws.session(sid)
    assert pid == "par-3"
    assert [(p.name, p.group) for p in s.participants] == [
        ("Ann", "Sales"),
        ("Bo", None),
        ("Dee", "IT"),
    ]
    with pytest.raises(BadInput, match="already"):
        ws.record(sid, "participant", "dee")


def test_a_whole_session_folds_to_everything_recorded(ws: Workspace, sid: str) -> None:
    walk_to(ws, sid, "check-in")
    ws.record(sid, "energy", "3", by="Ann")
    ws.record(sid, "energy", "4", by="Bo")
    walk_to(ws, sid, "idea")
    ws.record(sid, "proposal", "An intake app", by="Ann")
    ws.advance(sid)
    assert ws.record(sid, "appreciation", "It saves paper", by="Bo") == "app-1"
    ws.advance(sid)
    assert ws.record(sid, "objection", "It's too expensive", by="Bo") == "obj-1"
    assert ws.record(sid, "objection", "Nobody asked the users") == "obj-2"
    ws.advance(sid)
    assert ws.record(sid, "challenge", "How might we make it affordable?", about="obj-1") == "chl-1"
    assert ws.record(sid, "agree", about="chl-1") == "chl-1"
    ws.record(sid, "park", about="obj-2")
    ws.advance(sid)
    assert ws.record(sid, "idea", "Start with one form", about="chl-1", by="Chris") == "idea-1"
    assert ws.record(sid, "idea", "...and reuse the web form", about="idea-1", by="Ann") == "idea-2"
    ws.advance(sid)
    ws.record(sid, "vote", about="idea-1", by="Ann")
    ws.record(sid, "vote", about="idea-1", by="Bo")
    ws.record(sid, "reveal")
    ws.advance(sid)
    ws.record(
        sid,
        "action",
        "When the budget is in, I will draft a form by Friday",
        by="Bo",
        due="2026-12-04",
    )
    ws.advance(sid)
    ws.record(sid, "energy", "5", by="Ann")
    ws.record(sid, "note", "Good session", by="Ann")
    ws.advance(sid)

    s = ws.session(sid)
    assert s.closed
    assert s.proposals[0].text == "An intake app"
    assert s.appreciations[0].text == "It saves paper"
    assert s.objections[0].by == "par-2" and s.objections[1].anonymous
    assert s.objections[1].parked
    assert s.challenge_for("obj-1").agrees is True
    assert s.ideas[1].builds_on == "idea-1" and s.ideas[1].about == "chl-1"
    assert s.votes_for("idea-1") == 2 and s.votes_revealed
    assert s.actions[0].owner == "par-2" and s.actions[0].due == "2026-12-04"
    assert s.energy_of("par-1", "in") == 3 and s.energy_of("par-1", "out") == 5
    assert s.notes[0].text == "Good session"
    assert s.visited[-1] == "closed"


def test_edits_and_removals_are_events_and_keep_the_transcript(ws: Workspace, sid: str) -> None:
    walk_to(ws, sid, "objections")
    ws.record(sid, "objection", "Too expnsive", by="Bo")
    ws.record(sid, "objection", "Duplicate", by="Bo")
    ws.record(sid, "edit", "Too expensive", about="obj-1")
    ws.record(sid, "remove", about="obj-2")
    s = ws.session(sid)
    assert [(o.id, o.text, o.edited) for o in s.objections] == [("obj-1", "Too expensive", True)]
    kinds = [e.kind for e in ws.events(sid)]
    assert kinds[-4:] == ["objection", "objection", "edit", "remove"]
    # the original words are still in the transcript
    assert any(e.data.get("text") == "Too expnsive" for e in ws.events(sid))
    # a removed id is never reused
    assert ws.record(sid, "objection", "Another", by="Ann") == "obj-3"


def test_rename_participant_and_removed_names_still_resolve(ws: Workspace, sid: str) -> None:
    walk_to(ws, sid, "objections")
    ws.record(sid, "objection", "Risky", by="Chris")
    ws.record(sid, "edit", "Christine", about="par-3")
    assert ws.session(sid).name_of("par-3") == "Christine"
    ws.record(sid, "remove", about="par-3")
    s = ws.session(sid)
    assert "Christine" not in [p.name for p in s.participants]
    assert s.name_of(s.objections[0].by) == "Christine"


@pytest.mark.parametrize(
    ("kind", "text", "kwargs", "message"),
    [
        ("objection", "", {}, "empty"),
        ("objection", "   \n\t", {}, "empty"),
        ("objection", "x" * 10_001, {}, "limit is 10,000"),
        ("objection", "fine", {"by": "Zed"}, "not a participant"),
        ("teleport", "x", {}, "Unknown kind"),
        ("edit", "x", {"about": "obj-9"}, "nothing with id"),
    ],
)
def test_bad_input_is_refused_and_writes_nothing(
    ws: Workspace, sid: str, kind: str, text: str, kwargs: dict, message: str
) -> None:
    walk_to(ws, sid, "objections")
    before = ws.events(sid)
    with pytest.raises(BadInput, match=message):
        ws.record(sid, kind, text, **kwargs)
    assert ws.events(sid) == before


def test_about_must_exist_and_be_the_right_kind(ws: Workspace, sid: str) -> None:
    walk_to(ws, sid, "objections")
    ws.record(sid, "objection", "Risky", by="Ann")
    ws.advance(sid)
    with pytest.raises(BadInput, match="no objection 'obj-7'"):
        ws.record(sid, "challenge", "How might we?", about="obj-7")
    with pytest.raises(BadInput, match="about something"):
        ws.record(sid, "challenge", "How might we?")
    with pytest.raises(BadInput, match="no objection 'par-1'"):
        ws.record(sid, "challenge", "How might we?", about="par-1")


def test_record_in_the_wrong_stage_is_refused_with_where_it_belongs(
    ws: Workspace, sid: str
) -> None:
    with pytest.raises(StageRefused) as exc:
        ws.record(sid, "objection", "Too early", by="Ann")
    assert "'Objections'" in exc.value.reason and "'Setup'" in exc.value.reason


def test_energy_is_one_to_five(ws: Workspace, sid: str) -> None:
    walk_to(ws, sid, "check-in")
    for bad in ("0", "6", "high"):
        with pytest.raises(BadInput, match="1 to 5"):
            ws.record(sid, "energy", bad, by="Ann")
    with pytest.raises(BadInput, match="whose"):
        ws.record(sid, "energy", "3")


def test_votes_respect_the_dot_budget(ws: Workspace, sid: str) -> None:
    walk_to(ws, sid, "objections")
    ws.record(sid, "objection", "Costly", by="Ann")
    ws.advance(sid)
    ws.record(sid, "challenge", "How might we make it affordable?", about="obj-1")
    ws.advance(sid)
    ws.record(sid, "idea", "Rent, don't buy", about="chl-1", by="Bo")
    ws.advance(sid)
    for _ in range(3):
        ws.record(sid, "vote", about="idea-1", by="Ann")
    with pytest.raises(BadInput, match="all 3 dots"):
        ws.record(sid, "vote", about="idea-1", by="Ann")
    assert not ws.session(sid).votes_revealed


def test_due_dates_are_checked(ws: Workspace, sid: str) -> None:
    walk_to(ws, sid, "commit")
    with pytest.raises(BadInput, match="YYYY-MM-DD"):
        ws.record(sid, "action", "Call", by="Ann", due="next friday")
    aid = ws.record(sid, "action", "Call the vendor")
    ws.record(sid, "assign", about=aid, by="Bo", due="2026-12-01")
    a = ws.session(sid).actions[0]
    assert (a.owner, a.due) == ("par-2", "2026-12-01")


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_stored_verbatim(ws: Workspace, sid: str, text: str) -> None:
    walk_to(ws, sid, "objections")
    ws.record(sid, "objection", text, by="Ann")
    assert ws.session(sid).objections[0].text == text
    assert ws.sessions(search=text[:20])[0].id == sid
