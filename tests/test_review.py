"""Looking back: search and filters, transcript, replay, summary, exports, import, carry-over."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from cocreate import BadInput, Workspace
from cocreate.app.examples import build_examples
from cocreate.cli import main
from cocreate.domain.session import SessionState

ROOT = Path(__file__).resolve().parents[1]
FORMATS = ("md", "html", "json", "csv")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = int(exc.code or 0)
    got = capsys.readouterr()
    return code, got.out, got.err


def content(s: SessionState) -> dict:
    """A session's content without ids of the session itself or times."""
    return {
        "title": s.title, "purpose": s.purpose, "template": s.template, "stage": s.stage,
        "participants": s.participants, "proposals": s.proposals,
        "appreciations": s.appreciations, "objections": s.objections,
        "challenges": s.challenges, "ideas": s.ideas, "votes": s.votes,
        "actions": s.actions, "energy": s.energy, "notes": s.notes, "quadrants": s.quadrants,
        "qualities": s.qualities, "visited": s.visited,
    }  # fmt: skip


@pytest.fixture
def examples(ws: Workspace) -> list[str]:
    return build_examples(ws)


def test_search_and_filters(ws: Workspace, examples: list[str]) -> None:
    kickoff, review, team = examples
    assert [s.id for s in ws.sessions(search="tablet")] == [kickoff]  # an idea
    assert [s.id for s in ws.sessions(search="maandagpiek")] == [review]  # a challenge
    assert [s.id for s in ws.sessions(search="feature flags")] == [team]  # an idea, two words
    assert [s.id for s in ws.sessions(search="pipeline")] == [team]  # an action
    assert [s.id for s in ws.sessions(participant="fleur")] == [review]
    assert [s.id for s in ws.sessions(template="team-quadrant")] == [team]
    assert ws.sessions(closed=False) == []
    assert len(ws.sessions(closed=True)) == 3
    assert ws.sessions(since="2999-01-01") == []
    assert len(ws.sessions(until="2999-01-01")) == 3
    with pytest.raises(BadInput, match="YYYY-MM-DD"):
        ws.sessions(since="last week")


def test_private_quadrants_and_anonymous_authors_are_not_searchable(
    ws: Workspace, examples: list[str]
) -> None:
    # Chris's quadrant in the kickoff is private: its words are nowhere in the index.
    assert ws.sessions(search="self-denial") == []
    index = (ws.path / "index.json").read_text()
    assert "self-denial" not in index and "coldness" not in index


def test_transcript_is_grouped_by_stage_with_authors(ws: Workspace, examples: list[str]) -> None:
    groups = ws.transcript(examples[0])
    labels = [label for label, _ in groups]
    assert labels[:3] == ["Setup", "Check-in", "The project"]
    objections = dict(groups)["Objections"]
    assert [x.who for x in objections if x.kind == "objection"] == [
        "Bo", "Chris", "Eli", "Dee", "anonymous",
    ]  # fmt: skip
    assert all(x.at for _, xs in groups for x in xs)


def test_replay_steps_follow_the_stages_in_order(ws: Workspace, examples: list[str]) -> None:
    sid = examples[0]
    steps = ws.replay(sid)
    assert [st.stage for st in steps] == list(ws.session(sid).visited)
    assert steps[-1].state == ws.session(sid)
    seqs = [x.seq for st in steps for x in st.lines]
    assert seqs == sorted(seqs) == list(range(1, len(seqs) + 1))
    at_objections = next(st for st in steps if st.stage == "objections").state
    assert len(at_objections.objections) == 5 and not at_objections.challenges


def test_summary_has_the_chain_energy_and_direction(ws: Workspace, examples: list[str]) -> None:
    sm = ws.summary(examples[0])
    first = sm["objections"][0]
    assert first["challenge"]["text"].startswith("How might we")
    assert first["challenge"]["ideas"][0]["actions"][0]["owner"] == "Eli"
    assert sm["objections"][4]["by"] is None and sm["objections"][4]["parked"]
    assert {"name": "Dee", "in": 2, "out": 4} in sm["energy"]
    assert sm["direction"]["objections given a challenge"] == [4, 5]
    assert sm["direction"]["actions with owners"] == [3, 3]


@pytest.mark.parametrize("fmt", FORMATS)
def test_exports_keep_private_quadrants_and_anonymous_authors_out(
    ws: Workspace, examples: list[str], fmt: str
) -> None:
    text = ws.export(examples[0], fmt)
    assert "self-denial" not in text and "coldness" not in text  # Chris's private quadrant
    assert "Who is going to maintain it" in text or fmt == "csv"
    if fmt == "json":
        doc = json.loads(text)
        anon = [e for e in doc["events"] if e["kind"] == "objection" and e["actor"] is None]
        assert len(anon) == 1
        assert not any(e["kind"] == "quadrant" and e["data"]["name"] == "Chris"
                       for e in doc["events"])  # fmt: skip


@pytest.mark.parametrize("fmt", FORMATS)
def test_anonymized_exports_name_nobody(ws: Workspace, examples: list[str], fmt: str) -> None:
    text = ws.export(examples[0], fmt, anonymize=True)
    for name in ("Ann", "Bo", "Chris", "Dee", "Eli"):
        assert f"{name} " not in text and f" {name}" not in text and f'"{name}"' not in text
    if fmt != "csv":
        assert "Participant 1" in text


def test_json_export_imports_back_equal_in_content(ws: Workspace, examples: list[str]) -> None:
    for sid in examples:
        text = ws.export(sid, "json")
        new = ws.import_session(text.encode(), "x.json")
        assert new != sid
        before = ws.session(sid)
        after = ws.session(new)
        expected = content(before)
        expected["quadrants"] = tuple(q for q in before.quadrants if not q.private)
        assert content(after) == expected


def test_html_is_self_contained_and_escaped(ws: Workspace, sid: str) -> None:
    ws.record(sid, "note", "<script>alert(1)</script> [bold]x[/]")
    page = ws.export(sid, "html")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "@media print" in page and "<link" not in page and "src=" not in page


def test_csv_of_actions(ws: Workspace, examples: list[str]) -> None:
    rows = list(csv.DictReader(io.StringIO(ws.export(examples[0], "csv"))))
    assert [r["owner"] for r in rows] == ["Eli", "Ann", "Dee"]
    assert rows[0]["challenge"].startswith("How might we start small")
    assert rows[0]["objection"] == "It's too expensive for this year's budget"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b'{"format": "cocreate-export", "version": 1, "schema": 1, "events": [{"seq"',
         "not valid JSON"),
        (b'{"hello": 1}', "not a cocreate export"),
        (b'{"format": "cocreate-export", "version": 1, "schema": 99, "events": []}', "newer"),
        (b'{"format": "cocreate-export", "version": 1, "schema": 1, "events": []}', "no events"),
        (b"\xff\xfe", "not UTF-8"),
    ],
)  # fmt: skip
def test_bad_imports_write_nothing(ws: Workspace, sid: str, raw: bytes, message: str) -> None:
    before = sorted(p.name for p in ws.path.iterdir())
    with pytest.raises(BadInput, match=message):
        ws.import_session(raw, "bad.json")
    assert sorted(p.name for p in ws.path.iterdir()) == before


def test_carry_over_across_three_sessions_of_a_series(ws: Workspace) -> None:
    def session(title: str) -> str:
        sid = ws.new_session(title, participants=["Ann", "Bo"], series="Team A")
        ws.advance(sid)
        return sid

    first = session("One")
    for _ in range(7):
        s = ws.session(first)
        if s.stage == "idea":
            ws.record(first, "proposal", "x", by="Ann")
        ws.advance(first)
    assert ws.session(first).stage == "commit"
    a1 = ws.record(first, "action", "Call the vendor", by="Ann")
    a2 = ws.record(first, "action", "Book the room", by="Bo")
    a3 = ws.record(first, "action", "Write the memo", by="Bo")

    second = session("Two")  # at check-in
    assert [o.action for o in ws.open_carry_over(second)] == [a1, a2, a3]
    ws.carry(second, first, a1, "closed")
    ws.carry(second, first, a2, "kept")
    ws.carry(second, first, a3, "dropped")
    assert ws.open_carry_over(second) == []
    assert [c.decision for c in ws.session(second).carried] == ["closed", "kept", "dropped"]
    with pytest.raises(BadInput, match="not an open action"):
        ws.carry(second, first, a1, "kept")

    third = session("Three")
    assert [(o.session, o.action) for o in ws.open_carry_over(third)] == [(first, a2)]
    with pytest.raises(BadInput, match="closed, kept"):
        ws.carry(third, first, a2, "maybe")
    assert ws.open_carry_over(ws.new_session("Elsewhere", participants=["Ann"])) == []


def test_the_example_archive_loads_and_replays(tmp_path: Path) -> None:
    store = tmp_path / "examples"
    shutil.copytree(ROOT / "sessions", store)
    ws = Workspace(store)
    assert ws.damaged() == []
    found = ws.sessions()
    assert {s.template for s in found} == {"project-kickoff", "idea-review", "team-quadrant"}
    fresh = Workspace(tmp_path / "fresh")
    build_examples(fresh)
    for s in found:
        state = ws.session(s.id)
        assert state.closed and len(state.participants) >= 4
        assert state.quadrants and state.objections and state.challenges and state.ideas
        assert state.votes and state.actions
        assert ws.replay(s.id)[-1].state == state
        twin = next(f for f in fresh.sessions() if f.title == s.title)
        assert content(fresh.session(twin.id)) == content(state)  # the script makes the same
    groups = {q.name for s in found for q in ws.session(s.id).quadrants if q.of == "group"}
    assert groups == {"Ops", "Dev"}


def test_review_cli(capsys: pytest.CaptureFixture[str], ws: Workspace, examples: list[str],
                    tmp_path: Path) -> None:  # fmt: skip
    store = str(ws.path)
    sid = examples[0]
    code, out, _ = run(capsys, "--store", store, "summary", sid)
    assert code == 0 and "Direction:" in out and "objections given a challenge: 4 of 5" in out
    code, out, _ = run(capsys, "--store", store, "show", sid, "--replay")
    assert code == 0 and out.index("Setup") < out.index("Check-in") < out.index("Objections")
    code, out, _ = run(capsys, "--store", store, "export", sid, "--format", "md")
    assert code == 0 and out.startswith("# Kickoff")
    target = tmp_path / "k.json"
    code, out, _ = run(capsys, "--store", store, "export", sid, "--format", "json", "-o",
                       str(target), "--anonymize")  # fmt: skip
    assert code == 0 and target.exists()
    code, out, _ = run(capsys, "--store", store, "import", str(target))
    new = out.split()[-1]
    assert code == 0 and ws.session(new).participants[0].name == "Participant 1"
    code, out, _ = run(capsys, "--store", store, "list", "--participant", "Participant 1")
    assert out.split()[0] == new
    code, out, _ = run(capsys, "--store", store, "list", "--search", "tablet", "--open")
    assert code == 0 and "No session" in out


def test_review_cli_refusals(capsys: pytest.CaptureFixture[str], ws: Workspace, sid: str,
                             tmp_path: Path) -> None:  # fmt: skip
    store = str(ws.path)
    before = sorted(p.name for p in ws.path.iterdir())
    cases = [
        ("export", sid, "--format", "md", "-o", str(tmp_path / "missing" / "x.md")),
        ("export", sid, "--format", "md", "-o", str(tmp_path)),
        ("import", str(tmp_path / "nope.json")),
        ("list", "--until", "soon"),
    ]
    (tmp_path / "trunc.json").write_text('{"format": "cocreate-export", "ver')
    cases.append(("import", str(tmp_path / "trunc.json")))
    for args in cases:
        code, _, err = run(capsys, "--store", store, *args)
        assert code == 1, args
        assert err.count("\n") == 1 and err.startswith("cocreate: "), (args, err)
    assert sorted(p.name for p in ws.path.iterdir()) == before


def test_demo_store_is_a_copy(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "demo", "--print-store")
    store = Path(out.split()[-1])
    assert code == 0 and store != ROOT / "sessions"
    assert len(Workspace(store).sessions()) == 3
    shutil.rmtree(store.parent)
