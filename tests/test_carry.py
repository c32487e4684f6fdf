"""Carry-over: a series' open actions are settled at the next session's check-in."""

from __future__ import annotations

import json

import pytest

from cocreate import BadInput, StageRefused, Workspace
from cocreate.app.carry import decided
from tests.conftest import walk_to
from tests.test_review import run, store_files


def meeting(ws: Workspace, title: str, series: str | None = "Team A") -> str:
    """A new session of the series, at its check-in."""
    sid = ws.new_session(title, participants=["Ann", "Bo"], series=series)
    ws.advance(sid)
    assert ws.session(sid).stage == "check-in"
    return sid


def commit(ws: Workspace, sid: str, *actions: tuple[str, str]) -> list[str]:
    """Walk on to the commit stage and record the actions (text, owner)."""
    walk_to(ws, sid, "commit")
    return [ws.record(sid, "action", text, by=owner) for text, owner in actions]


def open_ones(ws: Workspace, sid: str) -> list[tuple[str, str]]:
    return [(o.session, o.action) for o in ws.open_carry_over(sid)]


def test_carry_over_across_three_sessions_of_a_series(ws: Workspace) -> None:
    first = meeting(ws, "One")
    assert ws.open_carry_over(first) == []  # nothing came before
    a1, a2, a3, a4 = commit(ws, first, ("Call the vendor", "Ann"), ("Book the room", "Bo"),
                            ("Write the memo", "Bo"), ("Order cake", "Ann"))  # fmt: skip
    ws.record(first, "assign", about=a4, status="done")  # done in its own session

    second = meeting(ws, "Two")
    found = ws.open_carry_over(second)
    assert [(o.action, o.text, o.owner) for o in found] == [
        (a1, "Call the vendor", "Ann"), (a2, "Book the room", "Bo"), (a3, "Write the memo", "Bo"),
    ]  # fmt: skip
    assert {o.session for o in found} == {first} and found[0].session_title == "One"
    ws.carry(second, first, a1, "closed")
    ws.carry(second, first, a2, "kept")
    ws.carry(second, first[:5], a3, "dropped")  # the start of an id will do
    assert ws.open_carry_over(second) == []
    carried = ws.session(second).carried
    assert [(c.session, c.action, c.decision) for c in carried] == [
        (first, a1, "closed"), (first, a2, "kept"), (first, a3, "dropped"),
    ]  # fmt: skip
    assert carried[1].text == "Book the room" and carried[1].owner == "Bo"
    (b1,) = commit(ws, second, ("Draft the survey", "Ann"))

    third = meeting(ws, "Three")
    with pytest.raises(BadInput, match="not an open action"):
        ws.carry(third, first, a1, "kept")  # closed in Two: settled for good
    # The kept action stays open; the second session's own action joins it.
    assert open_ones(ws, third) == [(first, a2), (second, b1)]
    with pytest.raises(BadInput, match="closed, kept"):
        ws.carry(third, first, a2, "maybe")
    ws.carry(third, first, a2, "closed")
    assert open_ones(ws, third) == [(second, b1)]
    assert open_ones(ws, meeting(ws, "Four")) == [(second, b1)]
    # The first session itself still shows what was decided about its actions later.
    assert [a.status for a in ws.session(first).actions] == ["open", "open", "open", "done"]


def test_other_series_and_no_series_see_nothing(ws: Workspace) -> None:
    first = meeting(ws, "One")
    commit(ws, first, ("Call the vendor", "Ann"))
    assert ws.open_carry_over(meeting(ws, "Elsewhere", series="Team B")) == []
    assert ws.open_carry_over(meeting(ws, "Alone", series=None)) == []
    alone = ws.sessions(search="alone")[0].id
    with pytest.raises(BadInput, match="not an open action"):
        ws.carry(alone, first, "act-1", "closed")


def test_carry_is_recorded_at_check_in_only(ws: Workspace) -> None:
    first = meeting(ws, "One")
    (a1,) = commit(ws, first, ("Call the vendor", "Ann"))
    second = meeting(ws, "Two")
    ws.advance(second)  # past check-in
    assert open_ones(ws, second) == [(first, a1)]  # still listed, to settle next time
    count = len(ws.events(second))
    with pytest.raises(StageRefused):
        ws.carry(second, first, a1, "closed")
    assert len(ws.events(second)) == count


def test_a_later_session_does_not_settle_an_earlier_ones_list(ws: Workspace) -> None:
    first = meeting(ws, "One")
    (a1,) = commit(ws, first, ("Call the vendor", "Ann"))
    second = meeting(ws, "Two")
    third = meeting(ws, "Three")
    ws.carry(third, first, a1, "dropped")
    # Two opened before Three dropped it: for Two it is still open.
    assert open_ones(ws, second) == [(first, a1)]
    assert open_ones(ws, third) == []


def test_a_decision_can_be_changed_and_the_latest_one_counts(ws: Workspace) -> None:
    first = meeting(ws, "One")
    a1, a2 = commit(ws, first, ("Call the vendor", "Ann"), ("Book the room", "Bo"))
    second = meeting(ws, "Two")
    closed_id = ws.carry(second, first, a1, "closed")
    ws.carry(second, first, a2, "kept")
    assert open_ones(ws, second) == []

    count = len(ws.events(second))
    kept_id = ws.carry(second, first, a1, "kept")  # the team changes its mind
    assert kept_id != closed_id and len(ws.events(second)) == count + 1
    # Both decisions stay in the record; the latest one stands, in the first one's place.
    assert [c.decision for c in ws.session(second).carried] == ["closed", "kept", "kept"]
    assert [(c.action, c.decision, c.id) for c in decided(ws.session(second))] == [
        (a1, "kept", kept_id), (a2, "kept", ws.session(second).carried[1].id),
    ]  # fmt: skip
    assert ws.carry(second, first, a1, "kept") == kept_id  # the same again: nothing new
    assert len(ws.events(second)) == count + 1
    assert "closed" in transcript_text(ws, second) and "kept" in transcript_text(ws, second)

    # A later meeting reads the latest word of the earlier one.
    third = meeting(ws, "Three")
    assert open_ones(ws, third) == [(first, a1), (first, a2)]
    ws.carry(second, first, a1, "dropped")
    assert open_ones(ws, third) == [(first, a2)]
    ws.carry(second, first, a1, "kept")
    assert open_ones(ws, third) == [(first, a1), (first, a2)]

    # Once past check-in the decision is kept as it is, whatever is asked.
    ws.advance(second)
    count = len(ws.events(second))
    for decision in ("closed", "kept"):
        with pytest.raises(StageRefused):
            ws.carry(second, first, a1, decision)
    assert len(ws.events(second)) == count
    assert [c.decision for c in decided(ws.session(second))] == ["kept", "kept"]


def transcript_text(ws: Workspace, sid: str) -> str:
    return "\n".join(line.text for _, lines in ws.transcript(sid) for line in lines)


def test_carry_cli(capsys: pytest.CaptureFixture[str], ws: Workspace) -> None:
    store = str(ws.path)
    first = meeting(ws, "One")
    a1, a2 = commit(ws, first, ("Call the vendor", "Ann"), ("Book the room", "Bo"))
    second = meeting(ws, "Two")
    code, out, _ = run(capsys, "--store", store, "carry", second)
    assert code == 0 and f"{first} {a1}  Call the vendor — Ann" in out and a2 in out
    code, out, _ = run(capsys, "--store", store, "carry", second, "--json")
    assert code == 0 and [o["action"] for o in json.loads(out)] == [a1, a2]
    code, out, _ = run(capsys, "--store", store, "carry", second, first, a1, "kept")
    assert code == 0 and out.split()[-1] == ws.session(second).carried[0].id
    code, out, _ = run(capsys, "--store", store, "carry", second, first, a2, "dropped")
    code, out, _ = run(capsys, "--store", store, "carry", second)
    assert code == 0 and "No open actions" in out

    # A changed mind is recorded too; the same decision again writes nothing.
    code, out, _ = run(capsys, "--store", store, "carry", second, first, a1, "closed")
    changed = ws.session(second).carried[-1]
    assert code == 0 and out.split()[-1] == changed.id and changed.decision == "closed"
    code, out, _ = run(capsys, "--store", store, "carry", second, first, a1, "closed")
    assert code == 0 and out.split()[-1] == changed.id and len(ws.session(second).carried) == 3

    third = meeting(ws, "Three")
    before = [len(ws.events(s)) for s in (first, second, third)]
    files = store_files(ws)
    for args in (
        (third, first, a2, "closed"),  # dropped in Two: settled for good
        (second, first, "act-9", "closed"),
        (second, first),  # no decision
        ("ffffffff",),
    ):
        code, out, err = run(capsys, "--store", store, "carry", *args)
        assert code == 1 and out == "", args
        assert err.count("\n") == 1 and err.startswith("cocreate: "), (args, err)
    code, _, err = run(capsys, "--store", store, "carry", second, first, a2, "maybe")
    assert code == 2
    assert [len(ws.events(s)) for s in (first, second, third)] == before
    assert store_files(ws) == files


def test_an_imported_copy_of_a_meeting_is_carried_over_once(ws: Workspace) -> None:
    first = meeting(ws, "One")
    (a1,) = commit(ws, first, ("Call the vendor", "Ann"))
    copy = ws.import_session(ws.export(first, "json").encode(), "one.json")
    assert ws.session(copy).series == "Team A"
    assert ws.open_carry_over(first) == []  # the copy is the same meeting, not an earlier one
    second = meeting(ws, "Two")
    assert len(ws.open_carry_over(second)) == 1
    ws.carry(second, copy, a1, "closed")  # either copy's id names the meeting
    assert ws.open_carry_over(second) == []
    assert ws.open_carry_over(meeting(ws, "Three")) == []
