"""The store with its real storage class: round trip, safety, damage, locking, index."""

from __future__ import annotations

import json
import os
import random
import select
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cocreate import DamagedSession, Workspace
from cocreate.store.sessions import SCHEMA
from tests.conftest import walk_to

ROOT = Path(__file__).resolve().parents[1]


def child(code: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_round_trip_through_a_fresh_workspace(ws: Workspace, sid: str) -> None:
    walk_to(ws, sid, "objections")
    ws.record(sid, "objection", "Too expensive", by="Bo")
    again = Workspace(ws.path)
    assert again.session(sid) == ws.session(sid)
    assert [e.to_dict() for e in again.events(sid)] == [e.to_dict() for e in ws.events(sid)]


def test_files_carry_a_schema_version_and_are_private(ws: Workspace, sid: str) -> None:
    path = ws.path / f"{sid}.json"
    raw = json.loads(path.read_text())
    assert raw["meta"]["1"]["schema"] == SCHEMA
    assert raw["meta"]["1"]["id"] == sid
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(ws.path.stat().st_mode) == 0o700
    ws.sessions()
    assert stat.S_IMODE((ws.path / "index.json").stat().st_mode) == 0o600


def test_no_temp_files_are_left_behind(ws: Workspace, sid: str) -> None:
    walk_to(ws, sid, "objections")
    for i in range(5):
        ws.record(sid, "objection", f"o{i}", by="Ann")
    assert not [p for p in ws.path.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "is empty"),
        (b'{"meta": {"1": {"schema": 1, "id": "x"}}, "events": {"1": {"se', "not valid JSON"),
        (b"\xff\xfe garbage", "not valid JSON"),
        (b'{"meta": {"1": {"schema": 99}}, "events": {}}', "newer cocreate"),
        (b"[1, 2, 3]", "not a cocreate session"),
    ],
)
def test_an_unreadable_file_is_reported_and_left_untouched(
    ws: Workspace, sid: str, content: bytes, problem: str
) -> None:
    bad = ws.path / "deadbeef.json"
    bad.write_bytes(content)
    damaged = ws.damaged()
    assert [(d.name, problem in d.problem) for d in damaged] == [("deadbeef.json", True)]
    assert [s.id for s in ws.sessions()] == [sid]
    with pytest.raises(DamagedSession, match=r"deadbeef\.json"):
        ws.session("deadbeef")
    with pytest.raises(DamagedSession):
        ws.record("deadbeef", "note", "hello")
    ws.reindex()
    assert bad.read_bytes() == content


def test_index_follows_records_and_rebuilds(ws: Workspace, sid: str) -> None:
    assert ws.sessions()[0].objections == 0
    walk_to(ws, sid, "objections")
    ws.record(sid, "objection", "Budget worries", by="Ann")
    assert ws.sessions()[0].objections == 1
    assert ws.sessions(search="budget")[0].id == sid
    (ws.path / "index.json").write_text("{broken")
    assert [s.id for s in ws.sessions()] == [sid]
    assert ws.reindex() == (1, [])


def test_recording_does_not_touch_the_index(ws: Workspace, sid: str) -> None:
    ws.sessions()
    index = ws.path / "index.json"
    before = index.stat().st_mtime_ns
    walk_to(ws, sid, "objections")
    ws.record(sid, "objection", "x", by="Ann")
    assert index.stat().st_mtime_ns == before


def test_delete_moves_the_file_to_the_trash(ws: Workspace, sid: str) -> None:
    dest = ws.delete(sid)
    assert dest.parent.name == "trash" and dest.exists()
    assert ws.sessions() == []


def test_prefix_resolution(ws: Workspace, sid: str) -> None:
    assert ws.session(sid[:4]).id == sid
    from cocreate import SessionNotFound

    with pytest.raises(SessionNotFound):
        ws.session("zzzz")


WRITER = """
import sys
from cocreate import Workspace
ws = Workspace(sys.argv[1])
sid, tag, n = sys.argv[2], sys.argv[3], int(sys.argv[4])
for i in range(n):
    rid = ws.record(sid, "note", f"{tag}-{i}")
    print(rid, f"{tag}-{i}", flush=True)
"""


def test_kill_dash_nine_never_corrupts_or_loses_acknowledged_events(
    ws: Workspace, sid: str
) -> None:
    rng = random.Random(7)
    acknowledged: list[str] = []
    for round_ in range(12):
        proc = child(WRITER, str(ws.path), sid, f"r{round_}", "100000")
        deadline = time.monotonic() + 0.4 + rng.random() * 0.6
        assert proc.stdout is not None
        fd = proc.stdout.fileno()
        buf = b""
        while (left := deadline - time.monotonic()) > 0:
            if select.select([fd], [], [], left)[0]:
                buf += os.read(fd, 65536)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        while chunk := os.read(fd, 65536):
            buf += chunk
        lines = buf.decode().split("\n")[:-1]  # a torn last line was never acknowledged
        acknowledged += [line.split()[1] for line in lines]
        texts = {n.text for n in ws.session(sid).notes}  # must parse every time
        missing = [t for t in acknowledged if t not in texts]
        assert not missing, f"round {round_}: lost {missing[:5]}"
    assert len(acknowledged) > 12


def test_two_processes_recording_at_once_lose_nothing(ws: Workspace, sid: str) -> None:
    procs = [child(WRITER, str(ws.path), sid, tag, "200") for tag in ("a", "b")]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    notes = ws.session(sid).notes
    assert len(notes) == 400
    assert len({n.id for n in notes}) == 400
    assert {n.text for n in notes} == {f"{t}-{i}" for t in "ab" for i in range(200)}
    seqs = [e.seq for e in ws.events(sid)]
    assert seqs == list(range(1, len(seqs) + 1))
