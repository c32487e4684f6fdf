"""The command line: every command's happy path and its refusals."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cocreate import __version__
from cocreate.cli import main
from tests.conftest import HOSTILE


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse usage errors and --version
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def store(tmp_path: Path) -> str:
    return str(tmp_path / "cli-store")


def new(capsys: pytest.CaptureFixture[str], store: str, *extra: str) -> str:
    code, out, _ = run(
        capsys, "--store", store, "new", "--title", "Kickoff", "--purpose", "An intake app",
        "--participant", "Ann", "--participant", "Bo", *extra,
    )  # fmt: skip
    assert code == 0
    return out.split()[-1]


def to_objections(capsys: pytest.CaptureFixture[str], store: str, sid: str) -> None:
    for _ in range(2):
        assert run(capsys, "--store", store, "advance", sid)[0] == 0
    assert run(capsys, "--store", store, "record", sid, "proposal", "An app", "--by", "Ann")[0] == 0
    for _ in range(2):
        assert run(capsys, "--store", store, "advance", sid)[0] == 0


def test_new_prints_the_id_last(capsys: pytest.CaptureFixture[str], store: str) -> None:
    sid = new(capsys, store)
    assert len(sid) == 8
    code, out, _ = run(capsys, "list", "--store", store, "--json")
    assert code == 0
    assert json.loads(out)[0]["id"] == sid


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and __version__ in out


def test_record_advance_show(capsys: pytest.CaptureFixture[str], store: str) -> None:
    sid = new(capsys, store)
    to_objections(capsys, store, sid)
    code, out, _ = run(
        capsys, "--store", store, "record", sid[:3], "objection", "Too pricey", "--by", "Bo"
    )
    assert code == 0 and out.split()[-1] == "obj-1"
    code, out, _ = run(
        capsys, "--store", store, "record", sid, "objection", "Who pays?", "--anonymous"
    )
    assert out.split()[-1] == "obj-2"
    run(capsys, "--store", store, "advance", sid)
    code, out, _ = run(capsys, "--store", store, "record", sid, "challenge",
                       "How might we make it affordable?", "--about", "obj-1")  # fmt: skip
    assert code == 0 and out.split()[-1] == "chl-1"
    code, out, _ = run(capsys, "--store", store, "show", sid)
    assert "obj-1 Bo: Too pricey" in out
    assert "obj-2 anonymous: Who pays?" in out
    assert "-> chl-1 How might we make it affordable?" in out
    code, out, _ = run(capsys, "--store", store, "show", sid, "--json")
    data = json.loads(out)
    assert data["stage"] == "challenges"
    assert data["objections"][1]["by"] is None and data["objections"][1]["by_name"] is None


def test_refusals_print_one_line_and_exit_1(capsys: pytest.CaptureFixture[str], store: str) -> None:
    sid = new(capsys, store)
    cases = [
        ("record", "nope", "note", "x"),
        ("record", sid, "teleport", "x"),
        ("record", sid, "note", "   "),
        ("record", sid, "note", "x" * 10_001),
        ("record", sid, "note", "x", "--by", "Zed"),
        ("record", sid, "park", "--about", "obj-9"),
        ("back", sid),
        ("show", "ffffffff"),
    ]
    for args in cases:
        before = run(capsys, "--store", store, "show", sid, "--json")[1]
        code, _out, err = run(capsys, "--store", store, *args)
        assert code == 1, args
        assert err.count("\n") == 1 and err.startswith("cocreate: "), (args, err)
        assert run(capsys, "--store", store, "show", sid, "--json")[1] == before
    run(capsys, "--store", store, "advance", sid)
    run(capsys, "--store", store, "advance", sid)
    code, _, err = run(capsys, "--store", store, "advance", sid)
    assert code == 1 and "State the idea first" in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], store: str) -> None:
    assert run(capsys, "--store", store, "record")[0] == 2
    assert run(capsys, "--store", store, "new")[0] == 2


def test_list_search_and_damaged_warning(capsys: pytest.CaptureFixture[str], store: str) -> None:
    sid = new(capsys, store)
    new(capsys, store)
    to_objections(capsys, store, sid)
    run(capsys, "--store", store, "record", sid, "objection", "The budget is gone", "--by", "Bo")
    Path(store, "0badf11e.json").write_text("{")
    code, out, err = run(capsys, "--store", store, "list", "--search", "budget")
    assert code == 0
    assert out.split()[0] == sid and len(out.splitlines()) == 1
    assert "0badf11e.json" in err
    code, out, err = run(capsys, "--store", store, "reindex")
    assert code == 0 and "Indexed 2 sessions, 1 damaged" in out and "0badf11e.json" in err


def test_templates_and_skip(capsys: pytest.CaptureFixture[str], store: str) -> None:
    code, out, _ = run(capsys, "templates")
    assert code == 0 and "team-quadrant" in out
    sid = new(capsys, store)
    code, _, err = run(capsys, "--store", store, "skip", sid)
    assert code == 1 and "cannot be skipped" in err


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_round_trips(
    capsys: pytest.CaptureFixture[str], store: str, text: str
) -> None:
    sid = new(capsys, store)
    to_objections(capsys, store, sid)
    assert run(capsys, "--store", store, "record", sid, "objection", text, "--by", "Bo")[0] == 0
    _, out, _ = run(capsys, "--store", store, "show", sid, "--json")
    assert json.loads(out)["objections"][0]["text"] == text
    _code, out, _ = run(capsys, "--store", store, "show", sid)
    assert "\x1b" not in out and "\x00" not in out  # shown as escapes, never obeyed


def test_the_installed_command_runs(store: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cocreate.cli", "--store", store, "list"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0 and "No sessions." in done.stdout
