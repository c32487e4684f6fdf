"""The example archive in sessions/: it loads, replays, matches its script; demo copies it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cocreate import Workspace, cli_review
from cocreate.app.examples import build_examples
from tests.test_review import content, run

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "sessions"


@pytest.fixture
def archive(tmp_path: Path) -> Workspace:
    """The repository's example archive, opened on a copy so no test ever changes it."""
    store = tmp_path / "examples"
    shutil.copytree(EXAMPLES, store, ignore=shutil.ignore_patterns("index.json", ".locks"))
    return Workspace(store)


def test_the_example_archive_loads_and_replays(archive: Workspace) -> None:
    assert archive.damaged() == []
    found = archive.sessions()
    assert sorted(s.template for s in found) == ["idea-review", "project-kickoff", "team-quadrant"]
    for s in found:
        state = archive.session(s.id)
        assert state.closed and len(state.participants) >= 4
        assert state.quadrants and state.objections and state.challenges and state.ideas
        assert state.votes and state.votes_revealed and state.actions
        assert all(a.owner for a in state.actions)
        steps = archive.replay(s.id)
        assert [st.stage for st in steps] == list(state.visited)
        assert steps[-1].state == state
        for fmt in ("md", "html", "json", "csv"):
            assert archive.export(s.id, fmt)
        assert archive.summary(s.id)["direction"]["actions with owners"][0] >= 2


def test_the_examples_show_what_cocreate_is_about(archive: Workspace) -> None:
    by_template = {s.template: archive.session(s.id) for s in archive.sessions()}
    kickoff = by_template["project-kickoff"]
    assert any(q.private for q in kickoff.quadrants)  # never exported, never searched
    assert any(o.anonymous for o in kickoff.objections)
    assert kickoff.series and any(e.moment == "out" for e in kickoff.energy)
    team = by_template["team-quadrant"]
    assert {q.name for q in team.quadrants if q.of == "group"} == {"Ops", "Dev"}
    assert {p.group for p in team.participants} == {"Ops", "Dev"}
    assert any(q.of == "team" for q in team.quadrants)
    assert by_template["idea-review"].title.startswith("Review: vierdaagse")


def test_the_script_makes_the_same_archive(archive: Workspace, tmp_path: Path) -> None:
    fresh = Workspace(tmp_path / "fresh")
    build_examples(fresh)
    made = {s.title: fresh.session(s.id) for s in fresh.sessions()}
    kept = {s.title: archive.session(s.id) for s in archive.sessions()}
    assert made.keys() == kept.keys()
    for title, state in kept.items():
        assert content(made[title]) == content(state), title
        assert [e.kind for e in fresh.events(made[title].id)] == [
            e.kind for e in archive.events(state.id)
        ]


def test_the_repository_archive_is_only_sessions_and_the_script() -> None:
    names = {p.name for p in EXAMPLES.iterdir() if not p.name.startswith(".")}
    names -= {"index.json", "people.json", "trash"}  # made by opening it; git ignores them
    assert len([n for n in names if n.endswith(".json")]) == 3
    assert names - {n for n in names if n.endswith(".json")} == {"make_examples.py"}


def test_demo_store_is_a_copy(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "demo", "--print-store")
    store = Path(out.split()[-1])
    try:
        assert code == 0 and store != EXAMPLES and not store.is_relative_to(EXAMPLES)
        assert len(Workspace(store).sessions()) == 3
        assert not (store / "make_examples.py").exists()
    finally:
        shutil.rmtree(store.parent)


def test_demo_builds_the_examples_where_there_is_no_archive(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # An installed package has no sessions/ folder next to it.
    monkeypatch.setattr(cli_review, "EXAMPLES", tmp_path / "no-such-folder")
    code, out, _ = run(capsys, "demo", "--print-store")
    store = Path(out.split()[-1])
    try:
        assert code == 0
        found = Workspace(store).sessions()
        assert len(found) == 3 and all(s.closed for s in found)
    finally:
        shutil.rmtree(store.parent)


def test_demo_without_a_terminal_says_so_and_leaves_nothing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    made: list[Path] = []
    real = cli_review.demo_store

    def spy() -> Path:
        made.append(real())
        return made[-1]

    monkeypatch.setattr(cli_review, "demo_store", spy)
    code, _, err = run(capsys, "demo")
    assert code == 2 and "needs a terminal" in err
    assert made and not made[0].exists()  # the scratch copy went with it
