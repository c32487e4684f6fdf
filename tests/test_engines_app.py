"""Quadrants, coupling, reframing and suggestions as a facilitator reaches them: API and CLI."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from cocreate import BadInput, Workspace
from cocreate.cli import main
from tests.conftest import walk_to


def run(capsys: pytest.CaptureFixture[str], *args: str, stdin: str | None = None,
        monkeypatch: pytest.MonkeyPatch | None = None) -> tuple[int, str, str]:  # fmt: skip
    if stdin is not None:
        assert monkeypatch is not None
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin.encode())))
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = int(exc.code or 0)
    got = capsys.readouterr()
    return code, got.out, got.err


def test_quadrant_json_shape_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "quadrant", "--core", "Decisive", "--json")
    data = json.loads(out)
    assert code == 0
    assert {"core_quality", "pitfall", "challenge", "allergy", "known", "alternatives",
            "hints"} <= set(data)  # fmt: skip
    assert data["core_quality"] == "Decisive" and data["known"] is True
    assert data["challenge"] == "patience"
    code, out, _ = run(capsys, "quadrant", "--allergy", "zzgrblx", "--json")
    data = json.loads(out)
    assert code == 1 and data["known"] is False
    assert not (data["core_quality"] or data["pitfall"] or data["challenge"])


def test_quadrant_diagram_names_the_arrows(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "quadrant", "--core", "daadkracht", "--lang", "nl")
    assert code == 0
    lines = out.splitlines()
    top = next(i for i, line in enumerate(lines) if "daadkracht" in line)
    assert "drammerigheid" in lines[top]  # core quality top left, pitfall top right
    assert any("geduld" in line for line in lines[top + 1 :])


def test_quadrant_needs_a_corner(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "quadrant")
    assert code == 1 and "at least one corner" in err


def test_set_fills_corners_only_when_asked(ws: Workspace, sid: str) -> None:
    qid, _ = ws.set_quadrant(sid, "Ann", core_quality="decisiveness")
    q = ws.session(sid).find(qid)
    assert (q.core_quality, q.pitfall, q.challenge) == ("decisiveness", "", "")
    qid, done = ws.set_quadrant(sid, "Bo", core_quality="Geduldig", complete=True)
    q = ws.session(sid).find(qid)
    assert q.core_quality == "Geduldig" and q.pitfall and q.allergy
    assert done is not None and done.known


def test_unknown_name_or_empty_quadrant_is_refused(ws: Workspace, sid: str) -> None:
    with pytest.raises(BadInput, match="not a participant"):
        ws.set_quadrant(sid, "Zed", core_quality="care")
    with pytest.raises(BadInput, match="at least one corner"):
        ws.set_quadrant(sid, "Ann")
    ws.set_quadrant(sid, "Sales", of="group", core_quality="drive")


def test_private_quadrants_stay_out_of_people_index_and_search(ws: Workspace, sid: str) -> None:
    ws.set_quadrant(sid, "Ann", core_quality="zorgvuldigheid", private=True)
    ws.set_quadrant(sid, "Bo", core_quality="decisiveness")
    assert [p["name"] for p in ws.people.all()] == ["Bo"]
    assert ws.sessions(search="zorgvuldigheid") == []
    assert ws.sessions(search="decisiveness")[0].id == sid
    assert "zorgvuldigheid" not in (ws.path / "index.json").read_text()
    assert "Ann" not in ws.coupling(sid).names
    assert "Ann" in ws.coupling(sid, private=True).names


def test_people_come_back_and_can_be_forgotten(ws: Workspace, sid: str) -> None:
    ws.set_quadrant(sid, "Ann", core_quality="decisiveness", pitfall="pushiness")
    assert ws.remembered_quadrant("ann")["pitfall"] == "pushiness"
    forgotten, mention = ws.forget_person("Ann")
    assert forgotten and [s.id for s in mention] == [sid]
    assert ws.remembered_quadrant("Ann") is None
    assert "Ann" not in (ws.path / "people.json").read_text()


def test_people_cli(capsys: pytest.CaptureFixture[str], ws: Workspace, sid: str) -> None:
    ws.set_quadrant(sid, "Ann", core_quality="decisiveness")
    store = str(ws.path)
    code, out, _ = run(capsys, "--store", store, "people")
    assert code == 0 and "Ann: decisiveness / ? / ? / ?" in out
    code, out, _ = run(capsys, "--store", store, "people", "edit", "Ann", "--challenge", "patience")
    assert code == 0 and "patience" in out
    code, out, _ = run(capsys, "--store", store, "people", "forget", "Ann")
    assert code == 0 and sid in out
    code, out, _ = run(capsys, "--store", store, "people", "forget", "Ann")
    assert code == 1


def test_quadrant_set_cli_and_remembered(capsys: pytest.CaptureFixture[str], ws: Workspace) -> None:
    store = str(ws.path)
    first = ws.new_session("One", participants=["Ann"])
    code, out, _ = run(capsys, "--store", store, "quadrant", "set", first, "Ann", "--core",
                       "helpfulness", "--complete")  # fmt: skip
    assert code == 0 and out.split()[-1] == "qdr-1"
    second = ws.new_session("Two", participants=["Ann"])
    code, out, _ = run(capsys, "--store", store, "quadrant", "set", second, "Ann", "--remembered")
    assert code == 0
    assert ws.session(second).quadrant_of("Ann").core_quality == "helpfulness"


def test_coupling_across_languages(ws: Workspace) -> None:
    sid = ws.new_session("Room", participants=["Ann", "Bo"])
    ws.set_quadrant(sid, "Ann", core_quality="decisiveness", pitfall="pushiness",
                    challenge="patience", allergy="passivity")  # fmt: skip
    ws.set_quadrant(sid, "Bo", core_quality="geduld", pitfall="laksheid",
                    challenge="daadkracht", allergy="drammerigheid")  # fmt: skip
    room = ws.coupling(sid)
    sentences = [x.sentence for x in room.learning]
    assert any("Bo" in s and "Ann" in s for s in sentences)
    assert room.matrix["Ann"]["Bo"]


def test_couple_cli(capsys: pytest.CaptureFixture[str], ws: Workspace) -> None:
    sid = ws.new_session("Room", participants=["Ann", "Bo"])
    ws.set_quadrant(sid, "Ann", core_quality="decisiveness", challenge="patience")
    ws.set_quadrant(sid, "Bo", core_quality="patience", challenge="decisiveness")
    code, out, _ = run(capsys, "--store", str(ws.path), "couple", sid)
    assert code == 0 and "Learning:" in out
    code, out, _ = run(capsys, "--store", str(ws.path), "couple", sid, "--json")
    assert code == 0 and set(json.loads(out)) >= {"matrix", "learning", "friction"}


def test_reframe_one_objection(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "reframe", "It's too expensive")
    assert code == 0 and out.startswith("How might we") and "?" in out
    code, out, _ = run(capsys, "reframe", "Het is te duur", "--json")
    data = json.loads(out)
    assert data["lang"] == "nl" and data["challenges"][0]["text"].startswith("Hoe kunnen we")


def test_reframe_lines_go_on_after_a_bad_one(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run(capsys, "reframe", "--json", stdin="It's too risky\n\n   \nToo slow\n",
                       monkeypatch=monkeypatch)  # fmt: skip
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert [("error" in r) for r in rows] == [False, True, True, False]
    assert rows[0]["kind"] in ("challenge", "clarify") and rows[0]["objection"] == "It's too risky"


def test_reframe_jsonl_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [
        json.dumps({"objection": "It will take too long to build", "idea": "a mobile app"}),
        "{not json",
        json.dumps({"objection": "Te duur", "lang": "nl"}),
    ]
    code, out, _ = run(capsys, "reframe", "-", "--json", "--input", "jsonl",
                       stdin="\n".join(lines) + "\n", monkeypatch=monkeypatch)  # fmt: skip
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and len(rows) == 3
    assert "error" in rows[1] and rows[2]["lang"] == "nl"


def test_suggest_for_a_stored_objection(
    capsys: pytest.CaptureFixture[str], ws: Workspace, sid: str
) -> None:
    ws.set_quadrant(sid, "Ann", core_quality="carefulness", pitfall="perfectionism",
                    challenge="courage", allergy="recklessness")  # fmt: skip
    ws.set_quadrant(sid, "Bo", core_quality="courage")
    walk_to(ws, sid, "objections")
    oid = ws.record(sid, "objection", "This is far too risky", by="Ann")
    found = ws.suggest(sid, oid)
    assert found.challenges and found.challenges[0].text.startswith("How might we")
    code, out, _ = run(capsys, "--store", str(ws.path), "suggest", sid, oid, "--json")
    assert code == 0 and json.loads(out)["challenges"]
    code, _, err = run(capsys, "--store", str(ws.path), "suggest", sid, "obj-9")
    assert code == 1 and "obj-9" in err


def test_challenge_recorded_from_a_suggestion(ws: Workspace, sid: str) -> None:
    walk_to(ws, sid, "objections")
    oid = ws.record(sid, "objection", "It's too expensive", by="Bo")
    ws.advance(sid)
    best = ws.suggest(sid, oid).challenges[0].text
    cid = ws.record(sid, "challenge", best, about=oid, suggested=best)
    ws.record(sid, "agree", about=cid, by="Bo")
    c = ws.session(sid).challenge_for(oid)
    assert c.text == best and c.suggested == best and c.agrees is True


def test_people_list_damaged_is_reported(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    store = tmp_path / "s"
    store.mkdir()
    (store / "people.json").write_text("{oops")
    code, _, err = run(capsys, "--store", str(store), "people")
    assert code == 1 and "people.json" in err
    assert (store / "people.json").read_text() == "{oops"


def test_team_quadrant_workshop_end_to_end(ws: Workspace) -> None:
    people = [("Ann", "Sales"), ("Bo", "IT"), ("Chris", "IT")]
    sid = ws.new_session("Who are we?", template="team-quadrant", participants=people)
    ws.advance(sid)
    ws.advance(sid)
    ws.record(sid, "quality", "flexibility", by="Ann")
    ws.record(sid, "quality", "reliability", by="Bo")
    ws.advance(sid)
    for who in ("Ann", "Bo", "Chris"):
        ws.record(sid, "vote", about="qual-2", by=who)
    ws.record(sid, "vote", about="qual-1", by="Ann")
    assert ws.chosen_quality(sid) == "reliability"
    ws.advance(sid)
    ws.set_quadrant(sid, "Our team", of="team", core_quality=ws.chosen_quality(sid), complete=True)
    assert ws.advance(sid) == "groups"
    ws.set_quadrant(sid, "Sales", of="group", core_quality="flexibility", pitfall="chaos",
                    challenge="order", allergy="rigidity")  # fmt: skip
    ws.set_quadrant(sid, "IT", of="group", core_quality="order", pitfall="rigidity",
                    challenge="flexibility", allergy="chaos")  # fmt: skip
    room = ws.coupling(sid)
    assert set(room.names) == {"Sales", "IT"}
    assert any(f.mutual for f in room.friction)  # they bite each other
    team = ws.session(sid).quadrant_of("Our team")
    assert team.of == "team" and team.core_quality == "reliability" and team.pitfall


def test_the_lens_never_shows_a_private_quadrant(ws: Workspace, sid: str) -> None:
    ws.set_quadrant(sid, "Ann", core_quality="empathy", challenge="assertiveness", private=True)
    walk_to(ws, sid, "objections")
    oid = ws.record(sid, "objection", "Families without a smartphone will be left out", by="Ann")
    found = ws.suggest(sid, oid)
    assert found.lens is None
    assert "empathy" not in json.dumps(found.to_dict())


def test_new_session_offers_remembered_quadrants(
    capsys: pytest.CaptureFixture[str], ws: Workspace, sid: str
) -> None:
    ws.set_quadrant(sid, "Ann", core_quality="decisiveness")
    code, out, _ = run(capsys, "--store", str(ws.path), "new", "--title", "Again",
                       "--participant", "Ann", "--participant", "Zoe")  # fmt: skip
    lines = out.splitlines()
    assert code == 0 and "Ann shared a quadrant" in lines[0] and "--remembered" in lines[0]
    assert len(lines) == 2 and lines[-1].startswith("Created session")
