"""The store's list of people: names and the quadrants they shared, remembered across sessions.

A private quadrant is never written here; forgetting a person removes them whole.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from filelock import FileLock

from cocreate.domain.errors import DamagedSession
from cocreate.store.sessions import LOCK_TIMEOUT, SCHEMA, ensure_dir
from cocreate.store.storage import FILE_MODE, UnreadableFile, atomic_write, dumps, read_json

PEOPLE = "people.json"


class PeopleStore:
    """``people.json`` in the store folder, changed under its own lock."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root).expanduser()
        self.path = self.root / PEOPLE

    def _lock(self) -> FileLock:
        ensure_dir(self.root)
        ensure_dir(self.root / ".locks")
        return FileLock(self.root / ".locks" / "people.lock", timeout=LOCK_TIMEOUT, mode=FILE_MODE)

    def _load(self) -> dict[str, Any]:
        try:
            data = read_json(self.path)
        except FileNotFoundError:
            return {}
        except UnreadableFile as exc:
            # The list is the facilitator's memory: never overwrite it silently.
            raise DamagedSession(
                PEOPLE, f"{exc.problem}; move it aside to start a new list"
            ) from None
        if not isinstance(data, dict) or not isinstance(data.get("people"), dict):
            raise DamagedSession(PEOPLE, "is not a cocreate people list; move it aside")
        return dict(data["people"])

    def all(self) -> list[dict[str, Any]]:
        """Everyone remembered, by name."""
        return sorted(self._load().values(), key=lambda p: p["name"].casefold())

    def get(self, name: str) -> dict[str, Any] | None:
        return self._load().get(name.strip().casefold())

    def put(self, name: str, quadrant: dict[str, str] | None, when: str) -> dict[str, Any]:
        """Remember ``name`` (and their quadrant, when given); return the entry."""
        key = name.strip().casefold()
        with self._lock():
            people = self._load()
            entry = dict(people.get(key) or {"name": name.strip()})
            entry["name"] = name.strip()
            if quadrant is not None:
                entry["quadrant"] = dict(quadrant)
            entry["updated"] = when
            people[key] = entry
            atomic_write(self.path, dumps({"schema": SCHEMA, "people": people}))
            return entry

    def forget(self, name: str) -> bool:
        """Remove a person entirely; False when nobody by that name is remembered."""
        key = name.strip().casefold()
        with self._lock():
            people = self._load()
            if key not in people:
                return False
            del people[key]
            atomic_write(self.path, dumps({"schema": SCHEMA, "people": people}))
            return True
