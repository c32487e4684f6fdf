"""Crash-safe file writing and the TinyDB storage built on it.

TinyDB's ``JSONStorage`` truncates and rewrites in place; a crash in between
leaves a file that never parses again (tinydb issue 301). Here every write goes
to a temp file in the same folder, is fsynced, and replaces the old file with
``os.replace``; the folder is fsynced so the rename itself survives a crash.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

FILE_MODE = 0o600
DIR_MODE = 0o700


class UnreadableFile(Exception):
    """A file that exists but cannot be parsed; callers leave it untouched."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path.name}: {problem}")
        self.path = path
        self.problem = problem


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries, so a rename in it survives a power cut."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some filesystems refuse fsync on folders; the rename is still atomic
    finally:
        os.close(fd)


def atomic_write(path: Path, payload: bytes) -> None:
    """Replace ``path`` with ``payload`` all at once, readable by its owner only."""
    folder = path.parent
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    fsync_dir(folder)


# ensure_ascii keeps control characters and odd code points escaped on disk, so
# the file is plain ASCII whatever people typed; our data has no cycles to check.
_ENCODER = json.JSONEncoder(ensure_ascii=True, separators=(",", ":"), check_circular=False)


def dumps(data: Any) -> bytes:
    return _ENCODER.encode(data).encode("ascii")


def read_json(path: Path) -> Any:
    """Parse a JSON file; UnreadableFile when it is empty, truncated or not JSON."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise UnreadableFile(path, f"cannot be read ({exc.strerror})") from exc
    if not raw.strip():
        raise UnreadableFile(path, "is empty")
    try:
        return json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UnreadableFile(path, f"is not valid JSON ({exc})") from exc


class AtomicJSONStorage(Storage):
    """A TinyDB storage that never leaves a half-written file behind.

    It never creates a file on read: a missing file reads as an empty database,
    and an unreadable one raises ``UnreadableFile`` so TinyDB cannot overwrite it.
    """

    def __init__(self, path: str | os.PathLike[str], cache_reads: bool = False) -> None:
        self.path = Path(path)
        # TinyDB reads the whole file for every table access; a short-lived
        # instance used under the session's lock can safely reuse its last read.
        self._cache_reads = cache_reads
        self._cached: dict[str, dict[str, Any]] | None = None

    def prime(self, data: dict[str, dict[str, Any]]) -> None:
        """Start from content the caller has already parsed from this very file."""
        self._cached = data

    def read(self) -> dict[str, dict[str, Any]] | None:
        if self._cached is not None:
            return self._cached
        try:
            data = read_json(self.path)
        except FileNotFoundError:
            return None
        if not isinstance(data, dict):
            raise UnreadableFile(self.path, "is not a cocreate database")
        if self._cache_reads:
            self._cached = data
        return data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        atomic_write(self.path, dumps(data))
        if self._cache_reads:
            self._cached = data

    def close(self) -> None:
        pass
