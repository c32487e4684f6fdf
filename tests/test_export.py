"""Exports (md, html, json, csv), anonymizing, privacy, and importing a JSON export back."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from cocreate import BadInput, Workspace
from cocreate.app.examples import build_examples
from cocreate.store.sessions import SCHEMA
from tests.conftest import HOSTILE, walk_to
from tests.test_review import content, run, store_files

FORMATS = ("md", "html", "json", "csv")
PRIVATE_WORDS = ("zzhiddencore", "zzhiddenpit", "zzhiddenchal", "zzhiddenallergy")
ANONYMOUS = "Nobody asked the users"


@pytest.fixture
def examples(ws: Workspace) -> list[str]:
    return build_examples(ws)


@pytest.fixture
def room(ws: Workspace) -> str:
    """A session with a private quadrant, and an anonymous objection its author (Bo)
    edited, saw reframed, and agreed with; Bo does nothing else in the session."""
    sid = ws.new_session(
        "Intake pilot with Ann", purpose="A mobile intake", participants=["Ann", "Bo", "Chris"]
    )
    ws.set_quadrant(sid, "Chris", private=True, core_quality=PRIVATE_WORDS[0],
                    pitfall=PRIVATE_WORDS[1], challenge=PRIVATE_WORDS[2],
                    allergy=PRIVATE_WORDS[3])  # fmt: skip
    ws.set_quadrant(sid, "Ann", core_quality="decisiveness", pitfall="pushiness")
    walk_to(ws, sid, "objections")
    named = ws.record(sid, "objection", "It's too expensive", by="Ann")
    anon = ws.record(sid, "objection", ANONYMOUS)
    ws.record(sid, "edit", ANONYMOUS + " first", about=anon, by="Bo")
    ws.advance(sid)
    ws.record(sid, "challenge", "How might we make it affordable?", about=named)
    chl = ws.record(sid, "challenge", "How might we hear the users?", about=anon, by="Bo")
    ws.record(sid, "agree", about=chl, by="Bo")
    ws.advance(sid)
    idea = ws.record(sid, "idea", "Ann and Chris visit five families", about=chl, by="Ann")
    walk_to(ws, sid, "commit")
    ws.record(sid, "action", "Plan the visits with Ann", by="Chris", due="2027-03-01", about=idea)
    return sid


@pytest.mark.parametrize("fmt", FORMATS)
def test_private_quadrants_never_leave(ws: Workspace, room: str, fmt: str) -> None:
    for anonymize in (False, True):
        text = ws.export(room, fmt, anonymize=anonymize)
        assert not any(w in text for w in PRIVATE_WORDS), (fmt, anonymize)
    if fmt in ("md", "html"):
        assert "decisiveness" in ws.export(room, fmt)  # a shared quadrant does appear


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_anonymous_objection_carries_no_author(ws: Workspace, room: str, fmt: str) -> None:
    text = ws.export(room, fmt)
    assert ANONYMOUS in text
    if fmt == "json":
        doc = json.loads(text)
        bo = next(e["data"]["id"] for e in doc["events"] if e["kind"] == "participant"
                  and e["data"]["name"] == "Bo")  # fmt: skip
        assert not [e for e in doc["events"] if e["actor"] == bo]
        assert "par-2" not in json.dumps([e["actor"] for e in doc["events"]])
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        assert rows[0]["objection"].startswith(ANONYMOUS)
        assert not any(k in rows[0] for k in ("by", "author", "objector"))
        assert not re.search(r"\bBo\b", text)
    else:
        # Bo appears once: in the list of participants, never next to the objection.
        assert len(re.findall(r"\bBo\b", text)) == 1
        line = next(x for x in text.splitlines() if ANONYMOUS in x)
        assert "anonymous" in line


@pytest.mark.parametrize("fmt", FORMATS)
def test_anonymized_exports_name_nobody(ws: Workspace, examples: list[str], fmt: str) -> None:
    everyone = {p.name for sid in examples for p in ws.session(sid).participants}
    for sid in examples:
        text = ws.export(sid, fmt, anonymize=True)
        found = [n for n in everyone if re.search(rf"\b{re.escape(n)}\b", text)]
        assert found == [], (sid, fmt)
        assert "Participant 1" in text or fmt == "csv"
    rows = list(csv.DictReader(io.StringIO(ws.export(examples[0], "csv", anonymize=True))))
    assert [r["owner"] for r in rows] == ["Participant 5", "Participant 1", "Participant 4"]


def test_anonymizing_reaches_free_text_and_spares_ordinary_words(ws: Workspace) -> None:
    sid = ws.new_session(
        "One-to-one: Ann de Vries", participants=["Ann de Vries", "Will", "Bo Li", "Bo Bos"]
    )
    walk_to(ws, sid, "objections")
    ws.record(sid, "objection", "ANN says it will fail; Will's team and Vries agree", by="Will")
    ws.record(sid, "note", "Bo will ask Li")
    text = ws.export(sid, "md", anonymize=True)
    for name in ("Ann", "Vries", "Will", "Li", "Bos"):
        assert not re.search(rf"\b{name}\b", text, re.IGNORECASE if name != "Will" else 0), name
    assert "Participant 1 says it will fail; Participant 2's team and Participant 1 agree" in text
    assert "a participant will ask Participant 3" in text  # "Bo" could be either Bo
    assert "One-to-one: Participant 1" in text


def test_anonymized_json_still_imports(ws: Workspace, room: str) -> None:
    new = ws.import_session(ws.export(room, "json", anonymize=True).encode(), "a.json")
    s = ws.session(new)
    assert [p.name for p in s.participants] == ["Participant 1", "Participant 2", "Participant 3"]
    assert s.title == "Intake pilot with Participant 1"
    assert s.stage == ws.session(room).stage and len(s.objections) == 2


def test_json_export_imports_back_equal_in_content(ws: Workspace, examples: list[str],
                                                   room: str) -> None:  # fmt: skip
    for sid in [*examples, room]:
        doc = json.loads(ws.export(sid, "json"))
        assert doc["format"] == "cocreate-export" and doc["schema"] == SCHEMA
        new = ws.import_session(json.dumps(doc).encode(), "x.json")
        assert new != sid and ws.resolve(new) == new
        before, after = ws.session(sid), ws.session(new)
        expected = content(before)
        expected["quadrants"] = tuple(q for q in before.quadrants if not q.private)
        assert content(after) == expected
        assert after.created == before.created  # it is the same meeting, kept as it was
        seqs = [e.seq for e in ws.events(new)]
        assert seqs == list(range(1, len(seqs) + 1))


def test_a_session_with_hostile_text_exports_and_round_trips(ws: Workspace, sid: str) -> None:
    walk_to(ws, sid, "objections")
    for text in HOSTILE:
        ws.record(sid, "objection", text, by="Ann")
    ws.record(sid, "objection", "<script>alert(1)</script> & </style>", by="Bo")
    page = ws.export(sid, "html")
    assert "<script>" not in page and "&lt;script&gt;" in page and page.count("</style>") == 1
    assert "\\[/\\]" in ws.export(sid, "md")  # markup shows as typed
    for fmt in ("md", "html", "csv"):
        # A terminal showing the export obeys no escape sequence someone typed.
        text = ws.export(sid, fmt)
        assert "\x1b" not in text and "\x00" not in text, fmt
        assert "\\x1b" in text or fmt == "csv"  # csv: no actions here
    new = ws.import_session(ws.export(sid, "json").encode(), "h.json")
    assert content(ws.session(new)) == content(ws.session(sid))


def test_html_is_one_self_contained_printable_file(ws: Workspace, examples: list[str]) -> None:
    page = ws.export(examples[0], "html")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "@media print" in page and "<style>" in page
    assert not re.search(r"<(link|script|img|iframe)\b", page) and "src=" not in page
    assert "http" not in page


def test_markdown_has_the_summary(ws: Workspace, examples: list[str]) -> None:
    md = ws.export(examples[0], "md")
    assert md.startswith("# Kickoff: digital intake for the youth care desk")
    for heading in ("## The idea", "## What is valuable in it", "## Objections",
                    "## Energy", "## Direction"):  # fmt: skip
        assert heading in md
    assert "objections given a challenge: 4 of 5" in md


def test_csv_of_actions(ws: Workspace, examples: list[str], sid: str) -> None:
    rows = list(csv.DictReader(io.StringIO(ws.export(examples[0], "csv"))))
    assert [r["owner"] for r in rows] == ["Eli", "Ann", "Dee"]
    assert rows[0]["challenge"].startswith("How might we start small")
    assert rows[0]["objection"] == "It's too expensive for this year's budget"
    assert rows[0]["due"] == "2027-02-26" and rows[0]["status"] == "open"
    walk_to(ws, sid, "commit")
    ws.record(sid, "action", '=HYPERLINK("http://x")', by="Ann")
    rows = list(csv.DictReader(io.StringIO(ws.export(sid, "csv"))))
    ws.record(sid, "action", "Ring \x1b[31mred\x1b[0m", by="Bo")
    rows = list(csv.DictReader(io.StringIO(ws.export(sid, "csv"))))
    assert rows[0]["action"] == '\'=HYPERLINK("http://x")'  # text, not a formula
    assert rows[1]["action"] == "Ring \\x1b[31mred\\x1b[0m"


def test_unknown_format_is_refused(ws: Workspace, sid: str) -> None:
    with pytest.raises(BadInput, match="md, html, json, csv"):
        ws.export(sid, "pdf")


def export_doc(**changes: object) -> bytes:
    doc: dict[str, object] = {
        "format": "cocreate-export",
        "version": 1,
        "schema": SCHEMA,
        "events": [
            {"seq": 1, "at": "2026-01-01T10:00:00.000Z", "stage": "setup", "kind": "session",
             "actor": None, "data": {"title": "T", "purpose": "", "template": "co-creation"}},
        ],
    }  # fmt: skip
    doc.update(changes)
    return json.dumps(doc).encode()


def event(kind: str, stage: str = "setup", **data: object) -> dict[str, object]:
    return {"seq": 2, "at": "2026-01-01T10:00:01.000Z", "stage": stage, "kind": kind,
            "actor": None, "data": data}  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (export_doc()[:-30], "not valid JSON"),
        (b"", "not valid JSON"),
        (b'{"hello": 1}', "not a cocreate export"),
        (b"[1, 2]", "not a cocreate export"),
        (export_doc(schema=SCHEMA + 1), "newer cocreate"),
        (export_doc(version=99), "newer cocreate"),
        (export_doc(schema="1"), "no schema version"),
        (export_doc(events=[]), "no events"),
        (export_doc(events="x"), "no events"),
        (b"\xff\xfe", "not UTF-8"),
        (export_doc(events=[event("participant")]), "cannot be read"),
        (export_doc(events=[{"seq": 1}]), "cannot be read"),
    ],
)  # fmt: skip
def test_bad_imports_write_nothing(ws: Workspace, sid: str, raw: bytes, message: str) -> None:
    before = sorted(p.name for p in ws.path.iterdir())
    with pytest.raises(BadInput, match=message):
        ws.import_session(raw, "bad.json")
    assert sorted(p.name for p in ws.path.iterdir()) == before


@pytest.mark.parametrize(
    ("events", "message"),
    [
        ([event("participant", "nowhere", id="par-1", name="Ann")], "stage"),
        ([event("advance", **{"from": "setup", "to": "moon"})], "stage"),
        ([event("teleport")], "kind"),
    ],
)
def test_imports_this_cocreate_could_not_show_are_refused(
    ws: Workspace, events: list[dict[str, object]], message: str
) -> None:
    first = json.loads(export_doc())["events"]
    with pytest.raises(BadInput, match=message):
        ws.import_session(export_doc(events=first + events), "odd.json")
    bad = first[0] | {"data": {"title": "T", "template": "no-such-template"}}
    with pytest.raises(BadInput, match="template"):
        ws.import_session(export_doc(events=[bad]), "odd.json")
    assert ws.sessions() == []


def test_export_and_import_cli(capsys: pytest.CaptureFixture[str], ws: Workspace, room: str,
                               tmp_path: Path) -> None:  # fmt: skip
    store = str(ws.path)
    for fmt in FORMATS:
        code, out, err = run(capsys, "--store", store, "export", room, "--format", fmt)
        assert code == 0 and err == "" and out == ws.export(room, fmt)
    target = tmp_path / "room.json"
    code, out, _ = run(capsys, "--store", store, "export", room, "--format", "json", "-o",
                       str(target), "--anonymize")  # fmt: skip
    assert code == 0 and str(target) in out
    assert target.read_text(encoding="utf-8") == ws.export(room, "json", anonymize=True)
    code, out, _ = run(capsys, "--store", store, "import", str(target))
    new = out.split()[-1]
    assert code == 0 and ws.session(new).participants[0].name == "Participant 1"
    code, out, _ = run(capsys, "--store", store, "list", "--participant", "Participant 1")
    assert out.split()[0] == new
    csv_file = tmp_path / "actions.csv"
    code, _, _ = run(capsys, "--store", store, "export", room, "--format", "csv", "-o",
                     str(csv_file))  # fmt: skip
    assert code == 0 and csv_file.read_bytes() == ws.export(room, "csv").encode()


def test_export_and_import_cli_refusals(capsys: pytest.CaptureFixture[str], ws: Workspace,
                                        sid: str, tmp_path: Path) -> None:  # fmt: skip
    store = str(ws.path)
    (tmp_path / "a-file").write_text("x")
    (tmp_path / "trunc.json").write_bytes(ws.export(sid, "json").encode()[:200])
    (tmp_path / "other.json").write_text('{"name": "not ours"}')
    (tmp_path / "newer.json").write_bytes(export_doc(schema=SCHEMA + 1))
    cases = [
        ("export", sid, "--format", "md", "-o", str(tmp_path / "missing" / "x.md")),
        ("export", sid, "--format", "md", "-o", str(tmp_path)),
        ("export", sid, "--format", "md", "-o", str(tmp_path / "a-file" / "x.md")),
        ("export", "ffffffff", "--format", "md"),
        ("import", str(tmp_path / "nope.json")),
        ("import", str(tmp_path)),
        ("import", str(tmp_path / "trunc.json")),
        ("import", str(tmp_path / "other.json")),
        ("import", str(tmp_path / "newer.json")),
    ]
    before = store_files(ws)
    for args in cases:
        code, out, err = run(capsys, "--store", store, *args)
        assert code == 1 and out == "", args
        assert err.count("\n") == 1 and err.startswith("cocreate: "), (args, err)
    assert store_files(ws) == before
    assert not (tmp_path / "missing").exists()
    code, _, err = run(capsys, "--store", store, "export", sid, "--format", "pdf")
    assert code == 2 and "invalid choice" in err
