"""Looking back: search and filters, the transcript, the replay, the summary, and their CLI."""

from __future__ import annotations

import json
from typing import Any

import pytest

from cocreate import BadInput, Workspace
from cocreate.app.examples import build_examples
from cocreate.cli import main
from cocreate.domain.session import SessionState
from tests.conftest import walk_to


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    got = capsys.readouterr()
    return code, got.out, got.err


def content(s: SessionState) -> dict[str, Any]:
    """A session's content without the session's own id or any time."""
    return {
        "title": s.title, "purpose": s.purpose, "template": s.template, "stage": s.stage,
        "series": s.series, "participants": s.participants, "proposals": s.proposals,
        "appreciations": s.appreciations, "objections": s.objections,
        "challenges": s.challenges, "ideas": s.ideas, "votes": s.votes,
        "votes_revealed": s.votes_revealed, "actions": s.actions, "energy": s.energy,
        "notes": s.notes, "quadrants": s.quadrants, "qualities": s.qualities,
        "carried": s.carried, "visited": s.visited, "skipped": s.skipped,
    }  # fmt: skip


def store_files(ws: Workspace) -> list[str]:
    """The session files of a store (what a refused command must leave as it was)."""
    return ws.store.ids()


@pytest.fixture
def examples(ws: Workspace) -> list[str]:
    return build_examples(ws)


def ids(found: list[Any]) -> list[str]:
    return [s.id for s in found]


def test_search_covers_every_kind_of_text(ws: Workspace, examples: list[str]) -> None:
    kickoff, review, team = examples
    assert ids(ws.sessions(search="youth care desk")) == [kickoff]  # title
    assert ids(ws.sessions(search="mobile-friendly")) == [kickoff]  # purpose
    assert ids(ws.sessions(search="jeroen")) == [review]  # a participant
    assert ids(ws.sessions(search="smartphone")) == [kickoff]  # an objection
    assert ids(ws.sessions(search="maandagpiek")) == [review]  # a challenge
    assert ids(ws.sessions(search="tablet")) == [kickoff]  # an idea
    assert ids(ws.sessions(search="feature flags")) == [team]  # an idea, two words
    assert ids(ws.sessions(search="pipeline")) == [team]  # an action
    assert ids(ws.sessions(search="PIPELINE  flag")) == [team]  # any case, any order
    assert ws.sessions(search="pipeline tablet") == []  # every word must occur


def test_filters(ws: Workspace, examples: list[str]) -> None:
    kickoff, review, team = examples
    assert ids(ws.sessions(participant="fleur")) == [review]
    assert ids(ws.sessions(participant=" Mia ")) == [team]
    assert ws.sessions(participant="Mi") == []  # a whole name, not a part
    assert ids(ws.sessions(template="team-quadrant")) == [team]
    assert ids(ws.sessions(search="budget", template="project-kickoff")) == [kickoff]
    assert ws.sessions(closed=False) == []
    assert len(ws.sessions(closed=True)) == 3
    day = ws.session(kickoff).created[:10]
    assert len(ws.sessions(since=day, until=day)) == 3
    assert ws.sessions(since="2999-01-01") == []
    assert ws.sessions(until="2000-01-01") == []
    running = ws.new_session("Still going", participants=["Mia"])
    assert ids(ws.sessions(closed=False)) == [running]
    assert ids(ws.sessions(participant="mia", closed=False)) == [running]
    with pytest.raises(BadInput, match="YYYY-MM-DD"):
        ws.sessions(since="last week")


def test_private_quadrants_and_anonymous_authors_are_not_searchable(
    ws: Workspace, examples: list[str]
) -> None:
    # Chris's quadrant in the kickoff is private: its words are nowhere in the index.
    assert ws.sessions(search="self-denial") == []
    assert ws.sessions(search="coldness") == []
    raw = (ws.path / "index.json").read_text()
    assert "self-denial" not in raw and "coldness" not in raw
    # The index holds text and names, never who said what: no actor, no participant id.
    entry = json.loads(raw)["sessions"][examples[0]]["summary"]
    assert "par-" not in json.dumps(entry) and "actor" not in entry
    # The anonymous objection is found as text, and the summary of it names nobody.
    assert ids(ws.sessions(search="maintain after launch")) == [examples[0]]


def test_transcript_is_grouped_by_stage_with_times_and_authors(
    ws: Workspace, examples: list[str]
) -> None:
    groups = ws.transcript(examples[0])
    labels = [label for label, _ in groups]
    assert labels[:3] == ["Setup", "Check-in", "The project"]
    objections = dict(groups)["Objections"]
    assert [x.who for x in objections if x.kind == "objection"] == [
        "Bo", "Chris", "Eli", "Dee", "anonymous",
    ]  # fmt: skip
    assert all(x.at and x.stage for _, xs in groups for x in xs)
    assert sum(len(xs) for _, xs in groups) == len(ws.events(examples[0]))


def test_transcript_never_names_an_anonymous_objector(ws: Workspace, sid: str) -> None:
    walk_to(ws, sid, "objections")
    oid = ws.record(sid, "objection", "Nobody asked the users")
    ws.record(sid, "edit", "Nobody asked the users first", about=oid, by="Bo")
    ws.advance(sid)
    cid = ws.record(sid, "challenge", "How might we ask the users?", about=oid, by="Bo")
    ws.record(sid, "agree", about=cid, by="Bo")  # the objector agrees: that is Bo
    about_it = [x for _, xs in ws.transcript(sid) for x in xs if oid in x.text or cid in x.text]
    assert len(about_it) == 4
    assert {x.who for x in about_it} == {"anonymous"}
    replayed = [x for st in ws.replay(sid) for x in st.lines if x.kind in ("edit", "agree")]
    assert {x.who for x in replayed} == {"anonymous"}


def test_replay_steps_follow_the_stages_in_order(ws: Workspace, examples: list[str]) -> None:
    sid = examples[0]
    steps = ws.replay(sid)
    assert [st.stage for st in steps] == list(ws.session(sid).visited)
    assert steps[-1].state == ws.session(sid)
    seqs = [x.seq for st in steps for x in st.lines]
    assert seqs == sorted(seqs) == list(range(1, len(seqs) + 1))
    for st in steps:  # each step's state is the fold of the events up to its end
        assert st.state == ws.session(sid, upto=st.upto)
    at_objections = next(st for st in steps if st.stage == "objections").state
    assert len(at_objections.objections) == 5 and not at_objections.challenges


def test_replay_shows_a_stage_visited_twice_twice(ws: Workspace, sid: str) -> None:
    walk_to(ws, sid, "appreciate")
    ws.back(sid)
    ws.record(sid, "proposal", "A better idea", by="Bo")
    ws.advance(sid)
    assert [st.stage for st in ws.replay(sid)] == [
        "setup", "check-in", "idea", "appreciate", "idea", "appreciate",
    ]  # fmt: skip
    assert ws.replay(sid)[4].state.idea == "A better idea"


def test_summary_has_the_chain_energy_and_direction(ws: Workspace, examples: list[str]) -> None:
    sm = ws.summary(examples[0])
    assert sm["idea"].startswith("Families fill in the intake")
    assert len(sm["appreciations"]) == 3
    first = sm["objections"][0]
    assert first["challenge"]["text"].startswith("How might we")
    idea = first["challenge"]["ideas"][0]
    assert idea["actions"][0]["owner"] == "Eli" and idea["actions"][0]["due"] == "2027-02-26"
    assert sm["objections"][4]["by"] is None and sm["objections"][4]["parked"]
    assert {"name": "Dee", "in": 2, "out": 4} in sm["energy"]
    assert sm["direction"] == {
        "objections given a challenge": [4, 5],
        "challenges with ideas": [4, 4],
        "actions with owners": [3, 3],
    }
    json.dumps(sm)  # plain data, for --json and the UI


def test_show_replay_and_summary_cli(
    capsys: pytest.CaptureFixture[str], ws: Workspace, examples: list[str]
) -> None:
    store, sid = str(ws.path), examples[0]
    code, out, _ = run(capsys, "--store", store, "summary", sid)
    assert code == 0 and "Direction:" in out and "objections given a challenge: 4 of 5" in out
    assert "(anonymous)" in out and "self-denial" not in out
    code, out, _ = run(capsys, "--store", store, "summary", sid[:4], "--json")
    assert code == 0 and json.loads(out)["id"] == sid
    code, out, _ = run(capsys, "--store", store, "show", sid, "--replay")
    assert code == 0 and out.index("1. Setup") < out.index("Check-in") < out.index("Objections")
    assert "anonymous" in out
    code, out, _ = run(capsys, "--store", store, "show", sid, "--replay", "--json")
    steps = json.loads(out)
    assert code == 0 and [s["stage"] for s in steps] == list(ws.session(sid).visited)


def test_list_filters_cli(
    capsys: pytest.CaptureFixture[str], ws: Workspace, examples: list[str]
) -> None:
    store = str(ws.path)
    kickoff, review, team = examples

    def listed(*args: str) -> list[str]:
        code, out, err = run(capsys, "--store", store, "list", "--json", *args)
        assert code == 0, err
        return [s["id"] for s in json.loads(out)]

    assert listed("--search", "tablet") == [kickoff]
    assert listed("--participant", "Fleur") == [review]
    assert listed("--template", "team-quadrant") == [team]
    assert sorted(listed("--closed")) == sorted(examples)
    assert listed("--open") == []
    assert listed("--since", "2999-01-01") == []
    assert len(listed("--until", "2999-12-31")) == 3
    code, out, _ = run(capsys, "--store", store, "list", "--search", "tablet", "--open")
    assert code == 0 and "No session" in out
    code, _, err = run(capsys, "--store", store, "list", "--open", "--closed")
    assert code == 2 and "not allowed" in err


@pytest.mark.parametrize(
    "args",
    [
        ("list", "--until", "soon"),
        ("list", "--since", "2026-13-01"),
        ("summary", "ffffffff"),
        ("show", "ffffffff", "--replay"),
    ],
)
def test_review_cli_refusals(
    capsys: pytest.CaptureFixture[str], ws: Workspace, sid: str, args: tuple[str, ...]
) -> None:
    before = store_files(ws)
    code, out, err = run(capsys, "--store", str(ws.path), *args)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("cocreate: "), err
    assert store_files(ws) == before


def test_search_never_opens_a_session_file(
    ws: Workspace, examples: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    ws.sessions()  # the index is up to date

    def refuse(*_: object) -> None:
        raise AssertionError("a search opened a session file")

    monkeypatch.setattr(ws.store, "read", refuse)
    assert ids(ws.sessions(search="tablet")) == [examples[0]]
    assert len(ws.sessions(participant="Mia", since="2000-01-01")) == 1


def test_a_changed_session_is_found_by_its_new_words(ws: Workspace) -> None:
    sid = ws.new_session("Plain", participants=["Ann"])
    assert ws.sessions(search="zebra") == []
    walk_to(ws, sid, "objections")
    ws.record(sid, "objection", "The zebra crossing is unsafe", by="Ann")
    assert ids(ws.sessions(search="zebra")) == [sid]
