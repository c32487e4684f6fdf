"""The workspace: the use cases the CLI and the UI share, and the public Python API."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cocreate.domain.errors import BadInput, DamagedSession, SessionNotFound, StageRefused
from cocreate.domain.templates import DEFAULT_TEMPLATE, Template, template, templates
from cocreate.store.sessions import SCHEMA, Damaged, SessionStore

# The engines, exports, the stage machine and even the event fold are imported where
# they are used: listing the archive (the UI's first screen, ``cocreate list``) needs
# none of them, and importing them all would double the time to the first screen.
if TYPE_CHECKING:
    from cocreate.app import carry, review
    from cocreate.domain.coupling import RoomCoupling
    from cocreate.domain.lexicon import Completion
    from cocreate.domain.reframe import Reframing
    from cocreate.domain.session import Event, Folder, SessionState
    from cocreate.store.people import PeopleStore

__all__ = ["Damaged", "SessionSummary", "Workspace", "default_store_path"]


def default_store_path() -> Path:
    """``COCREATE_STORE`` when set, else the user's data folder."""
    env = os.environ.get("COCREATE_STORE")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return platformdirs.user_data_path("cocreate", appauthor=False) / "sessions"


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class SessionSummary:
    """One line of the archive."""

    id: str
    title: str
    purpose: str
    template: str
    stage: str
    closed: bool
    created: str
    updated: str
    participants: tuple[str, ...]
    objections: int
    challenges: int
    ideas: int
    actions: int
    series: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = dict(self.__dict__)
        d["participants"] = list(self.participants)
        return d


def summarize(state: SessionState) -> dict[str, Any]:
    """The index entry of a session: what the archive shows, plus text to search.

    Search text leaves out private quadrants and never links anonymous objections
    to anyone.
    """
    words: list[str] = [state.title, state.purpose, state.series or ""]
    words += [p.name for p in state.participants]
    words += [p.group or "" for p in state.participants]
    for group in (state.proposals, state.appreciations, state.objections, state.challenges):
        words += [e.text for e in group]
    words += [i.text for i in state.ideas] + [a.text for a in state.actions]
    words += [n.text for n in state.notes] + [q.text for q in state.qualities]
    for q in state.quadrants:
        if not q.private:
            words += [q.core_quality, q.pitfall, q.challenge, q.allergy]
    return {
        "id": state.id,
        "title": state.title,
        "purpose": state.purpose,
        "template": state.template,
        "stage": state.stage,
        "closed": state.closed,
        "created": state.created,
        "updated": state.updated,
        "participants": [p.name for p in state.participants],
        "objections": len(state.objections),
        "challenges": len({c.about for c in state.challenges}),
        "ideas": len(state.ideas),
        "actions": len(state.actions),
        "series": state.series,
        "text": "\n".join(w for w in words if w).casefold(),
    }


def check_day(value: str | None, what: str) -> str | None:
    """A YYYY-MM-DD date, or None; BadInput otherwise."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise BadInput(f"--{what} wants a date as YYYY-MM-DD, not '{value}'.") from None


def _summary(d: dict[str, Any]) -> SessionSummary:
    # Field by field rather than filtering the entry's keys: three times faster, and
    # the archive builds one of these for every session each time it is listed.
    return SessionSummary(
        id=d["id"],
        title=d["title"],
        purpose=d["purpose"],
        template=d["template"],
        stage=d["stage"],
        closed=d["closed"],
        created=d["created"],
        updated=d["updated"],
        participants=tuple(d.get("participants", ())),
        objections=d["objections"],
        challenges=d["challenges"],
        ideas=d["ideas"],
        actions=d["actions"],
        series=d.get("series"),
    )


class Workspace:
    """A store of sessions and everything one can do with them.

    Args:
        path: The store folder; ``None`` uses ``COCREATE_STORE`` or the user data folder.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path).expanduser() if path is not None else default_store_path()
        self.store = SessionStore(self.path)
        # Sessions are append-only: a fold whose event count and last seq match
        # the file is still current, and takes a new event without refolding.
        self._folds: dict[str, Folder] = {}

    def _folder(self, sid: str, raw: list[dict[str, Any]]) -> Folder:
        from cocreate.domain.session import Event, Folder

        folder = self._folds.get(sid)
        last = raw[-1]["seq"] if raw else 0
        if folder is None or folder.count != len(raw) or folder.last_seq != last:
            folder = Folder()
            for e in raw:
                folder.apply(Event.from_dict(e))
            self._folds[sid] = folder
        return folder

    # -- reading -------------------------------------------------------------

    def resolve(self, ref: str) -> str:
        """The session id named by ``ref``: an id or an unambiguous prefix of one."""
        ref = (ref or "").strip().lower()
        if not ref:
            raise SessionNotFound("Name a session by its id (or the start of it).")
        if self.store.exists(ref):
            return ref
        matches = [i for i in self.store.ids() if i.startswith(ref)]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise SessionNotFound(f"There is no session '{ref}'. 'cocreate list' shows them.")
        raise SessionNotFound(f"'{ref}' could be {', '.join(matches[:5])}: give more of the id.")

    def events(self, sid: str) -> list[Event]:
        """The transcript: every event of a session, in order."""
        from cocreate.domain.session import Event

        _, raw = self.store.read(self.resolve(sid))
        return [Event.from_dict(e) for e in raw]

    def session(self, sid: str, upto: int | None = None) -> SessionState:
        """The derived, read-only state of a session (up to event ``upto`` for replay)."""
        sid = self.resolve(sid)
        _, raw = self.store.read(sid)
        if upto is not None:
            from cocreate.domain.session import Event, fold

            return fold([Event.from_dict(e) for e in raw[:upto]], sid)
        return self._folder(sid, raw).state(sid)

    def sessions(
        self,
        search: str | None = None,
        *,
        template: str | None = None,
        closed: bool | None = None,
        participant: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[SessionSummary]:
        """Summaries for the archive, newest first.

        Args:
            search: words that must all occur in the session's recorded text.
            template: only sessions of this template.
            closed: only closed (True) or open (False) sessions.
            participant: only sessions this person took part in.
            since: only sessions created on or after this date (YYYY-MM-DD).
            until: only sessions created on or before this date (YYYY-MM-DD).
        """
        since, until = check_day(since, "since"), check_day(until, "until")
        raw, _ = self.store.index(self._summarize)
        terms = (search or "").casefold().split()
        who = (participant or "").strip().casefold()
        out = []
        for d in raw:
            if terms and not all(t in d.get("text", "") for t in terms):
                continue
            if template and d.get("template") != template:
                continue
            if closed is not None and bool(d.get("closed")) != closed:
                continue
            if who and who not in (p.casefold() for p in d.get("participants", ())):
                continue
            day = str(d.get("created", ""))[:10]
            if (since and day < since) or (until and day > until):
                continue
            out.append(_summary(d))
        out.sort(key=lambda s: (s.created, s.id), reverse=True)
        return out

    def damaged(self) -> list[Damaged]:
        """Session files that cannot be read, by name; they are never changed."""
        return self.store.index(self._summarize)[1]

    def reindex(self) -> tuple[int, list[Damaged]]:
        """Rebuild the archive's index from the session files."""
        raw, damaged = self.store.index(self._summarize, rebuild=True)
        return len(raw), damaged

    def _summarize(self, sid: str, meta: dict[str, Any], events: list[dict[str, Any]]) -> dict:
        from cocreate.domain.session import Event, fold

        return summarize(fold([Event.from_dict(e) for e in events], sid))

    @staticmethod
    def templates() -> list[Template]:
        return list(templates().values())

    # -- writing -------------------------------------------------------------

    def new_session(
        self,
        title: str,
        *,
        purpose: str = "",
        template: str = DEFAULT_TEMPLATE,
        participants: Iterable[str | tuple[str, str | None]] = (),
        series: str | None = None,
    ) -> str:
        """Create a session at its first stage and return its id.

        ``participants`` are names, or (name, group) pairs.
        """
        from cocreate.domain.recording import check_name, check_text

        title = check_text(title, "title").strip()
        if len(title) > 500:
            raise BadInput("The title is too long: keep it under 500 characters.")
        if purpose:
            check_text(purpose, "purpose")
        if template not in templates():
            raise BadInput(f"Unknown template '{template}'. Known: {', '.join(templates())}.")
        people: list[tuple[str, str | None]] = []
        for p in participants:
            name, group = (p, None) if isinstance(p, str) else (p[0], p[1])
            name = check_name(name)
            if any(n.casefold() == name.casefold() for n, _ in people):
                raise BadInput(f"'{name}' is listed twice.")
            people.append((name, check_name(group) if group else None))
        first = self._first_stage(template)
        at = now()
        events = [
            {
                "seq": 1,
                "at": at,
                "stage": first,
                "kind": "session",
                "actor": None,
                "data": {
                    "title": title,
                    "purpose": purpose,
                    "template": template,
                    "series": series.strip() if series and series.strip() else None,
                },
            }
        ]
        for i, (name, group) in enumerate(people, start=1):
            data: dict[str, Any] = {"id": f"par-{i}", "name": name}
            if group:
                data["group"] = group
            events.append(
                {
                    "seq": i + 1,
                    "at": at,
                    "stage": first,
                    "kind": "participant",
                    "actor": None,
                    "data": data,
                }
            )
        sid = self._fresh_id()
        self.store.create(sid, {"created": at}, events)
        return sid

    def _fresh_id(self) -> str:
        """A new session id; store.create still refuses one that appeared meanwhile."""
        import secrets  # here: it pulls in hashlib, which listing the archive never needs

        while True:
            sid = secrets.token_hex(4)
            if not self.store.exists(sid):
                return sid

    @staticmethod
    def _first_stage(name: str) -> str:
        return template(name).stages[0].name

    def record(
        self,
        sid: str,
        kind: str,
        text: str = "",
        *,
        by: str | None = None,
        about: str | None = None,
        **data: Any,
    ) -> str:
        """Record one thing said or done in the session; return the new entity's id.

        Raises:
            StageRefused: the current stage does not take this kind.
            BadInput: the input cannot be recorded as given; nothing is written.
        """
        from cocreate.domain.recording import plan

        sid = self.resolve(sid)
        result: dict[str, Any] = {}

        def build(meta: dict[str, Any], raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
            state = self._folder(sid, raw).state(sid)
            actor, payload = plan(
                state,
                template(state.template),
                state.counts,
                kind,
                text,
                by=by,
                about=about,
                data=data,
            )
            result.update(payload)
            return [self._event(raw, state.stage, kind, actor, payload)]

        self._append(sid, build)
        return str(result.get("id") or result.get("about") or kind)

    def _append(
        self,
        sid: str,
        build: Callable[[dict[str, Any], list[dict[str, Any]]], list[dict[str, Any]]],
    ) -> None:
        try:
            new = self.store.append(sid, build)
        except BaseException:
            self._folds.pop(sid, None)
            raise
        folder = self._folds.get(sid)
        if folder is not None:
            from cocreate.domain.session import Event

            for e in new:
                folder.apply(Event.from_dict(e))

    @staticmethod
    def _event(
        raw: Sequence[dict[str, Any]], stage: str, kind: str, actor: str | None, data: dict
    ) -> dict[str, Any]:
        seq = (raw[-1]["seq"] + 1) if raw else 1
        return {"seq": seq, "at": now(), "stage": stage, "kind": kind, "actor": actor, "data": data}

    def _move(self, sid: str, trigger: str) -> str:
        from cocreate.domain import flow

        sid = self.resolve(sid)
        result: list[str] = []

        def build(meta: dict[str, Any], raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
            state = self._folder(sid, raw).state(sid)
            to = flow.move(state, trigger)
            result.append(to)
            return [self._event(raw, state.stage, trigger, None, {"from": state.stage, "to": to})]

        self._append(sid, build)
        return result[0]

    def advance(self, sid: str) -> str:
        """Move to the next stage; return its name. StageRefused says why not."""
        return self._move(sid, "advance")

    def back(self, sid: str) -> str:
        """Go back one stage; nothing recorded is lost."""
        return self._move(sid, "back")

    def skip(self, sid: str) -> str:
        """Skip the current stage, when the template marks it optional."""
        return self._move(sid, "skip")

    def refusal(self, sid: str, trigger: str = "advance") -> str | None:
        """Why ``trigger`` would be refused now, or None when it would go ahead."""
        from cocreate.domain import flow

        return flow.refusal(self.session(sid), trigger)

    def delete(self, sid: str) -> Path:
        """Move a session's file to the trash folder in the store."""
        return self.store.trash(self.resolve(sid))

    # -- looking back (see app/review.py, app/export.py, app/carry.py) -----------

    def transcript(self, sid: str) -> list[tuple[str, list[review.Line]]]:
        """Every event with its time, stage and author, grouped by stage."""
        from cocreate.app import review

        return review.grouped(self.events(sid))

    def replay(self, sid: str) -> list[review.Step]:
        """The session stage by stage as it unfolded, with the state after each stage."""
        from cocreate.app import review

        sid = self.resolve(sid)
        return review.replay(self.events(sid), sid)

    def summary(self, sid: str) -> dict[str, Any]:
        """The idea, appreciation, objection → challenge → ideas → actions, energy, direction."""
        from cocreate.app import review

        return review.summary(self.session(sid))

    def export(self, sid: str, fmt: str, anonymize: bool = False) -> str:
        """The session as md, html, json or csv (actions); never a private quadrant."""
        from cocreate.app import export

        sid = self.resolve(sid)
        return export.export(self.events(sid), sid, fmt, anonymize)

    def import_session(self, raw: bytes, name: str = "the file") -> str:
        """Bring a JSON export back as a new session; return its id. Nothing is written on error."""
        from cocreate.app import export

        events = export.parse_export(raw, name, SCHEMA)
        sid = self._fresh_id()
        self.store.create(sid, {"created": now(), "imported": True}, events)
        return sid

    def open_carry_over(self, sid: str) -> list[carry.OpenAction]:
        """Open actions from the series' earlier sessions, to settle at check-in."""
        from cocreate.app import carry

        return carry.open_carry_over(self, self.resolve(sid))

    def carry(self, sid: str, source_session: str, action_id: str, decision: str) -> str:
        """Record an earlier action as closed, kept or dropped (at check-in)."""
        from cocreate.app import carry

        return carry.carry(self, self.resolve(sid), source_session, action_id, decision)

    # -- quadrants, coupling, suggestions (see app/engines.py) -----------------

    def complete_quadrant(self, **corners: str | None) -> Completion:
        """Complete a quadrant from any corners (``lang=`` "en"/"nl" optional)."""
        from cocreate.app import engines

        return engines.complete_quadrant(**corners)

    def set_quadrant(
        self,
        sid: str,
        name: str,
        *,
        of: str = "participant",
        private: bool = False,
        complete: bool = False,
        lang: str | None = None,
        **corners: str | None,
    ) -> tuple[str, Completion | None]:
        """Record a participant's, group's or the team's quadrant; returns its id."""
        from cocreate.app import engines

        return engines.record_quadrant(
            self, self.resolve(sid), name, corners, of=of, private=private,
            complete=complete, lang=lang,
        )  # fmt: skip

    def coupling(self, sid: str, *, private: bool = False, of: str | None = None) -> RoomCoupling:
        """The room's coupling (participants, or groups in a team quadrant workshop).

        Private quadrants count only for the facilitator's own view (``private=True``).
        """
        from cocreate.app import engines

        return engines.coupling(self.session(sid), private=private, of=of)

    def chosen_quality(self, sid: str) -> str | None:
        """The team's core quality the room voted for most, to complete together."""
        from cocreate.app import engines

        return engines.chosen_quality(self.session(sid))

    @staticmethod
    def reframe(text: str, *, lang: str | None = None, idea: str | None = None) -> Reframing:
        """Challenge candidates for an objection typed outside a session."""
        from cocreate.app import engines

        return engines.reframe_text(text, lang=lang, idea=idea)

    def suggest(self, sid: str, oid: str, lang: str | None = None) -> Reframing:
        """Suggested challenges for objection ``oid``, with the objector's quadrant lens."""
        from cocreate.app import engines

        return engines.suggest(self.session(sid), oid, lang)

    @property
    def people(self) -> PeopleStore:
        """The people remembered across sessions, with the quadrants they shared."""
        from cocreate.store.people import PeopleStore

        return PeopleStore(self.path)

    def remembered_quadrant(self, name: str) -> dict[str, str] | None:
        """The quadrant ``name`` shared in an earlier session, to offer when they join."""
        from cocreate.app import engines

        return engines.remembered(self, name)

    def forget_person(self, name: str) -> tuple[bool, list[SessionSummary]]:
        """Remove a person from the people list; return the sessions that still mention them."""
        forgotten = self.people.forget(name)
        key = name.strip().casefold()
        mention = [s for s in self.sessions() if key in (p.casefold() for p in s.participants)]
        return forgotten, mention

    def export_to(
        self, sid: str, fmt: str, path: str | os.PathLike[str], anonymize: bool = False
    ) -> Path:
        """Write ``export(sid, fmt, anonymize)`` to ``path``; return the file written.

        The export is made first, so a refused session or format writes nothing;
        a path that cannot be written is one clear ``BadInput``.
        """
        text = self.export(sid, fmt, anonymize)
        raw = str(path).strip()
        if not raw:
            raise BadInput("Give a file name to save the export to.")
        target = Path(raw).expanduser()
        if target.is_dir():
            raise BadInput(f"{target} is a folder: give a file name.")
        try:
            # newline="" keeps the CSV module's line endings as they are.
            with open(target, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
        except OSError as exc:
            raise BadInput(f"Cannot write {target}: {exc.strerror or exc}.") from None
        return target


__all__ += ["BadInput", "DamagedSession", "SessionNotFound", "StageRefused"]
