"""The session store: one TinyDB file per session, an index for the archive, locks.

Recording touches only the session's own file. The index is refreshed when the
archive is listed, and only for session files whose size or modification time
changed since, so recording costs the same whatever the archive's size and a
crash between a record and the index can never leave the archive wrong for good.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from cocreate.domain.errors import BadInput, DamagedSession, SessionNotFound
from cocreate.store.storage import (
    DIR_MODE,
    FILE_MODE,
    AtomicJSONStorage,
    UnreadableFile,
    atomic_write,
    dumps,
    read_json,
)

SCHEMA = 1
ID_PATTERN = re.compile(r"^[0-9a-f]{8}$")
INDEX = "index.json"
LOCK_TIMEOUT = 30.0

Summarize = Callable[[str, dict[str, Any], list[dict[str, Any]]], dict[str, Any]]


@dataclass(frozen=True)
class Damaged:
    """A session file that cannot be read, by name, with what is wrong with it."""

    name: str
    path: Path
    problem: str


def ensure_dir(path: Path) -> Path:
    """Create a folder readable by its owner only (and tighten an existing one)."""
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    if path.stat().st_mode & 0o777 != DIR_MODE:
        os.chmod(path, DIR_MODE)
    return path


class SessionStore:
    """Session files under one folder, each guarded by its own file lock."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root).expanduser()
        self._ready = False
        # The last parsed content of each session file we read or wrote, with the
        # file's stamp: a file whose stamp has not changed need not be parsed again.
        self._parsed: dict[str, tuple[tuple[int, ...], dict[str, Any]]] = {}
        # The index as last parsed, with its file's stamp (see ``_load_index``).
        self._index: tuple[tuple[int, ...], dict[str, Any]] | None = None

    @staticmethod
    def _stamp(path: Path) -> tuple[int, ...] | None:
        try:
            st = path.stat()
        except FileNotFoundError:
            return None
        # os.replace gives every write a new inode; with size and times this
        # tells any two versions of a file apart.
        return (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)

    def _cached(self, sid: str) -> dict[str, Any] | None:
        hit = self._parsed.get(sid)
        if hit is not None and hit[0] == self._stamp(self.path(sid)):
            return hit[1]
        return None

    def _remember(self, sid: str, data: dict[str, Any] | None) -> None:
        stamp = self._stamp(self.path(sid))
        if data is None or stamp is None:
            self._parsed.pop(sid, None)
        else:
            self._parsed[sid] = (stamp, data)

    # -- paths and locks -------------------------------------------------

    def _ensure(self) -> None:
        if not self._ready:
            ensure_dir(self.root)
            ensure_dir(self.root / ".locks")
            self._ready = True

    def path(self, sid: str) -> Path:
        return self.root / f"{sid}.json"

    @contextmanager
    def locked(self, name: str) -> Iterator[None]:
        """Hold the lock called ``name`` (a session id, or "index")."""
        # Imported here: listing an unchanged archive takes no lock, and filelock
        # is a noticeable part of the UI's start-up.
        from filelock import FileLock, Timeout

        self._ensure()
        lock = FileLock(self.root / ".locks" / f"{name}.lock", timeout=LOCK_TIMEOUT, mode=FILE_MODE)
        try:
            with lock:
                yield
        except Timeout:
            raise BadInput(f"Session {name} is busy in another process; try again.") from None

    def _db(self, sid: str) -> TinyDB:
        db = TinyDB(self.path(sid), storage=AtomicJSONStorage, cache_reads=True)
        cached = self._cached(sid)
        if cached is not None:
            db.storage.prime(cached)
        return db

    # -- sessions ----------------------------------------------------------

    def exists(self, sid: str) -> bool:
        return self.path(sid).exists()

    def ids(self) -> list[str]:
        """Every session id with a file in the store (damaged ones too)."""
        if not self.root.is_dir():
            return []
        return sorted(
            e.name[:-5]
            for e in os.scandir(self.root)
            if e.name.endswith(".json") and ID_PATTERN.match(e.name[:-5]) and e.is_file()
        )

    def create(self, sid: str, meta: dict[str, Any], events: list[dict[str, Any]]) -> None:
        """Write a new session file with its first events, in one atomic write."""
        with self.locked(sid):
            if self.exists(sid):
                raise BadInput(f"Session {sid} exists already.")
            payload = {
                "meta": {"1": {**meta, "schema": SCHEMA, "id": sid}},
                "events": {str(i + 1): e for i, e in enumerate(events)},
            }
            atomic_write(self.path(sid), dumps(payload))

    def _read_locked(self, sid: str, db: TinyDB) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        name = self.path(sid).name
        try:
            raw = db.storage.read()
        except UnreadableFile as exc:
            raise DamagedSession(name, exc.problem) from None
        if raw is None:
            raise SessionNotFound(f"There is no session '{sid}'.")
        return self._check(name, raw)

    @staticmethod
    def _check(name: str, raw: Any) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        if not isinstance(raw, dict) or not isinstance(raw.get("meta"), dict):
            raise DamagedSession(name, "is not a cocreate session (no meta table)")
        metas = list(raw["meta"].values())
        if not metas or not isinstance(metas[0], dict):
            raise DamagedSession(name, "is not a cocreate session (empty meta table)")
        meta = metas[0]
        schema = meta.get("schema")
        if not isinstance(schema, int):
            raise DamagedSession(name, "carries no schema version")
        if schema > SCHEMA:
            raise DamagedSession(
                name, f"was written by a newer cocreate (schema {schema}; this one reads {SCHEMA})"
            )
        table = raw.get("events", {})
        if not isinstance(table, dict):
            raise DamagedSession(name, "has a broken events table")
        try:
            events = [table[k] for k in sorted(table, key=int)]
        except (ValueError, TypeError):
            raise DamagedSession(name, "has a broken events table") from None
        if not all(isinstance(e, dict) and "seq" in e and "kind" in e for e in events):
            raise DamagedSession(name, "has events that cannot be read")
        return meta, events

    def read(self, sid: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """A session's meta and events.

        Raises:
            SessionNotFound: there is no such file.
            DamagedSession: the file exists but cannot be read; it is left as it is.
        """
        # os.replace makes every write atomic, so a reader needs no lock.
        path = self.path(sid)
        cached = self._cached(sid)
        if cached is not None:
            return self._check(path.name, cached)
        try:
            raw = read_json(path)
            if isinstance(raw, dict):
                self._remember(sid, raw)
        except FileNotFoundError:
            raise SessionNotFound(f"There is no session '{sid}'.") from None
        except UnreadableFile as exc:
            raise DamagedSession(path.name, exc.problem) from None
        return self._check(path.name, raw)

    def append(
        self,
        sid: str,
        build: Callable[[dict[str, Any], list[dict[str, Any]]], list[dict[str, Any]]],
    ) -> list[dict[str, Any]]:
        """Add events under the session's lock.

        ``build`` sees the current meta and events and returns the new events (or
        raises, and nothing is written). Returns the events as stored.
        """
        with self.locked(sid):
            db = self._db(sid)
            try:
                meta, events = self._read_locked(sid, db)
                new = build(meta, events)
                if new:
                    db.table("events").insert_multiple(new)
                    self._remember(sid, db.storage.read())
                return new
            except BaseException:
                self._parsed.pop(sid, None)
                raise
            finally:
                db.close()

    def trash(self, sid: str) -> Path:
        """Move a session's file (damaged or not) to the store's trash folder."""
        with self.locked(sid):
            src = self.path(sid)
            if not src.exists():
                raise SessionNotFound(f"There is no session '{sid}'.")
            dest_dir = ensure_dir(self.root / "trash")
            dest = dest_dir / src.name
            n = 1
            while dest.exists():
                n += 1
                dest = dest_dir / f"{sid}.{n}.json"
            shutil.move(str(src), dest)
            return dest

    # -- the index -----------------------------------------------------------

    def _load_index(self) -> dict[str, Any]:
        """The index as stored; parsed again only when the file is a new one.

        The index is only ever replaced whole (``atomic_write``), so an unchanged
        stamp means unchanged content. Callers never change what this returns.
        """
        path = self.root / INDEX
        stamp = self._stamp(path)
        if stamp is not None and self._index is not None and self._index[0] == stamp:
            return self._index[1]
        try:
            idx = read_json(path)
        except (FileNotFoundError, UnreadableFile):
            return {"schema": SCHEMA, "sessions": {}, "damaged": {}}
        if not isinstance(idx, dict) or idx.get("schema") != SCHEMA:
            return {"schema": SCHEMA, "sessions": {}, "damaged": {}}
        idx.setdefault("sessions", {})
        idx.setdefault("damaged", {})
        if stamp is not None:
            self._index = (stamp, idx)
        return idx

    def _scan(
        self, idx: dict[str, Any], summarize: Summarize | None
    ) -> tuple[dict[str, Any], dict[str, Any], bool] | None:
        """The index's entries brought up to date with the session files.

        Returns the sessions, the damaged files and whether anything changed; or
        None when something changed and ``summarize`` is None (a look without the lock).
        """
        old_s, old_d = idx["sessions"], idx["damaged"]
        new_s: dict[str, Any] = {}
        new_d: dict[str, Any] = {}
        changed = False
        for entry in os.scandir(self.root):
            name = entry.name
            sid = name[:-5]
            if not (name.endswith(".json") and ID_PATTERN.match(sid)):
                continue
            st = entry.stat()
            stamp = [st.st_mtime_ns, st.st_size]
            prev = old_s.get(sid)
            if prev is not None and prev.get("stamp") == stamp:
                new_s[sid] = prev
                continue
            prev_d = old_d.get(name)
            if prev_d is not None and prev_d.get("stamp") == stamp:
                new_d[name] = prev_d
                continue
            if summarize is None:
                return None
            changed = True
            try:
                meta, events = self.read(sid)
                new_s[sid] = {"stamp": stamp, "summary": summarize(sid, meta, events)}
            except DamagedSession as exc:
                new_d[name] = {"stamp": stamp, "problem": exc.problem}
            except SessionNotFound:
                continue  # deleted while we looked
        changed = changed or len(new_s) != len(old_s) or len(new_d) != len(old_d)
        return new_s, new_d, changed

    def index(
        self, summarize: Summarize, rebuild: bool = False
    ) -> tuple[list[dict[str, Any]], list[Damaged]]:
        """Summaries of every readable session, and the damaged files by name.

        Only files changed since the index was last written are read again.
        """
        if not self.root.is_dir():
            return [], []
        # The index file is replaced whole, so it can be read without the lock; the
        # lock is needed only to write it, when a session file changed.
        found = None if rebuild else self._scan(self._load_index(), None)
        if found is None or found[2]:
            with self.locked("index"):
                idx = {"schema": SCHEMA, "sessions": {}, "damaged": {}}
                if not rebuild:
                    idx = self._load_index()
                found = self._scan(idx, summarize)
                assert found is not None
                new_s, new_d, changed = found
                if changed or rebuild:
                    idx = {"schema": SCHEMA, "sessions": new_s, "damaged": new_d}
                    atomic_write(self.root / INDEX, dumps(idx))
                    stamp = self._stamp(self.root / INDEX)
                    self._index = (stamp, idx) if stamp is not None else None
        new_s, new_d, _ = found
        summaries = [v["summary"] for v in new_s.values()]
        damaged = [Damaged(n, self.root / n, v["problem"]) for n, v in sorted(new_d.items())]
        return summaries, damaged
