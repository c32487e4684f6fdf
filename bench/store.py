"""How long recording one event takes as the archive grows, next to the disk's floor.

    python bench/store.py [--big] [--events N] [--dir DIR]

Prints, for stores of 1, 100 and 1,000 sessions (and 10,000 with --big), the
median and 95th percentile milliseconds to record one objection, and the same
for one atomic rewrite (write, fsync, rename) of a file of the same size in the
same folder: the floor any crash-safe write pays.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cocreate import Workspace
from cocreate.store.storage import atomic_write


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def fill(ws: Workspace, count: int) -> None:
    for i in range(count):
        ws.new_session(f"Filler {i}", purpose="padding", participants=["Ann", "Bo"])


def measure(root: Path, size: int, events: int) -> tuple[list[float], list[float], int]:
    ws = Workspace(root)
    fill(ws, size - 1)
    sid = ws.new_session("Measured", participants=["Ann", "Bo", "Chris"])
    ws.sessions()  # the index exists, as in real use
    ws.advance(sid)
    ws.advance(sid)
    ws.record(sid, "proposal", "A mobile app for the intake form", by="Ann")
    ws.advance(sid)
    ws.advance(sid)
    record_ms: list[float] = []
    floor_ms: list[float] = []
    file = root / f"{sid}.json"
    probe = root / "floor-probe.bin"
    # Interleaved, so both see the same disk and the same load on the machine.
    for i in range(events):
        t = time.perf_counter()
        ws.record(sid, "objection", f"It is too expensive, reason {i}", by="Bo")
        record_ms.append((time.perf_counter() - t) * 1000)
        payload = file.read_bytes()
        t = time.perf_counter()
        atomic_write(probe, payload)
        floor_ms.append((time.perf_counter() - t) * 1000)
    probe.unlink()
    return record_ms, floor_ms, file.stat().st_size


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--big", action="store_true", help="also measure 10,000 sessions")
    ap.add_argument("--events", type=int, default=200)
    ap.add_argument("--dir", help="where to build the stores (default: a temp folder)")
    a = ap.parse_args()
    sizes = [1, 100, 1000] + ([10_000] if a.big else [])
    print(f"{'sessions':>9} {'record p50':>11} {'record p95':>11} {'floor p50':>10} "
          f"{'floor p95':>10} {'ratio p50':>10} {'file KiB':>9}")  # fmt: skip
    for size in sizes:
        with tempfile.TemporaryDirectory(dir=a.dir) as tmp:
            rec, floor, nbytes = measure(Path(tmp) / "store", size, a.events)
        p50, f50 = statistics.median(rec), statistics.median(floor)
        print(f"{size:>9} {p50:>10.2f}ms {pct(rec, 0.95):>10.2f}ms {f50:>9.2f}ms "
              f"{pct(floor, 0.95):>9.2f}ms {p50 / f50:>9.1f}x {nbytes / 1024:>9.1f}")  # fmt: skip


if __name__ == "__main__":
    main()
