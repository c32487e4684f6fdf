"""Commands for the engines: quadrants, coupling, reframing, suggestions and people."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from cocreate import BadInput
from cocreate.app.views import diagram, literal
from cocreate.app.workspace import Workspace
from cocreate.cli import out, print_json

CORNERS = ("core_quality", "pitfall", "challenge", "allergy")

CORNER_FLAGS = {"core": "core_quality", "pitfall": "pitfall", "challenge": "challenge",
                "allergy": "allergy"}  # fmt: skip


def _corners(a: argparse.Namespace) -> dict[str, str | None]:
    return {corner: getattr(a, flag) for flag, corner in CORNER_FLAGS.items()}


def cmd_quadrant(ws: Workspace, a: argparse.Namespace) -> int:
    if a.args and a.args[0] == "set":
        return cmd_quadrant_set(ws, a)
    if a.args:
        raise BadInput(
            "Use 'cocreate quadrant --core X ...' or 'cocreate quadrant set SESSION NAME'."
        )
    done = ws.complete_quadrant(**_corners(a), lang=a.lang)
    if a.json:
        print_json(done.to_dict())
        return 0 if done.known else 1
    out(diagram(done.quadrant, lang=done.lang))
    for corner, words in done.alternatives.items():
        if words:
            out(f"{corner.replace('_', ' ')} could also be: {', '.join(map(literal, words))}")
    for hint in done.hints:
        out(f"hint: {literal(hint)}")
    if not done.known:
        guess = (
            f" Did you mean: {', '.join(map(literal, done.did_you_mean))}?"
            if done.did_you_mean
            else ""
        )
        out(f"Not in the lexicon: the corners left open are yours to fill.{guess}")
    return 0 if done.known else 1


def cmd_quadrant_set(ws: Workspace, a: argparse.Namespace) -> int:
    if len(a.args) != 3:
        raise BadInput("Usage: cocreate quadrant set SESSION NAME --core X [...]")
    _, session, name = a.args
    corners = _corners(a)
    if a.remembered:
        known = ws.remembered_quadrant(name)
        if not known:
            raise BadInput(f"No quadrant is remembered for '{name}'.")
        corners = {c: corners.get(c) or known.get(c) for c in CORNERS}
    qid, done = ws.set_quadrant(
        session, name, of=a.of, private=a.private, complete=a.complete, lang=a.lang, **corners
    )
    entry = ws.session(session).find(qid)
    out(diagram(entry, lang=a.lang or "en"))
    if done is not None:
        for hint in done.hints:
            out(f"hint: {literal(hint)}")
    else:
        hints = ws.complete_quadrant(**{c: getattr(entry, c) or None for c in CORNERS}).hints
        for hint in hints:
            out(f"hint: {literal(hint)}")
    privacy = " (private)" if entry.private else ""
    out(f"Recorded the quadrant of {literal(entry.name)}{privacy} {qid}")
    return 0


def cmd_couple(ws: Workspace, a: argparse.Namespace) -> int:
    room = ws.coupling(a.session, private=a.private, of=a.of)
    if a.json:
        print_json(room.to_dict())
        return 0
    if len(room.names) < 2:
        out("Fewer than two quadrants in this session: nothing to couple yet.")
        return 0
    names = [literal(n) for n in room.names]
    rows = [
        [", ".join(room.matrix[x][y]) or ("—" if x == y else "·") for y in room.names]
        for x in room.names
    ]
    label_w = max(len(n) for n in names)
    widths = [max(len(names[j]), *(len(r[j]) for r in rows)) for j in range(len(names))]
    header = "  ".join(f"{n:{w}}" for n, w in zip(names, widths, strict=True))
    out((" " * label_w + "  " + header).rstrip())
    for name, row in zip(names, rows, strict=True):
        cells = "  ".join(f"{c:{w}}" for c, w in zip(row, widths, strict=True))
        out(f"{name:{label_w}}  {cells}".rstrip())
    out("(read across: how the row's person relates to the column's)")
    for title, items in (("Friction", room.friction), ("Learning", room.learning),
                         ("Shared pitfalls", room.shared_pitfalls)):  # fmt: skip
        if items:
            out("")
            out(f"{title}:")
            for item in items:
                out(f"  {literal(item.sentence)}")
    return 0


def _lines(stream: TextIO) -> Iterator[tuple[int, str | None, str | None]]:
    """(line number, text, error) for each input line, undecodable bytes reported."""
    n = 0
    for raw in stream.buffer if hasattr(stream, "buffer") else stream:
        n += 1
        if isinstance(raw, bytes):
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                yield n, None, "the line is not UTF-8 text"
                continue
        else:
            text = raw
        yield n, text.rstrip("\r\n"), None


def _reframe_one(ws: Workspace, text: str, lang: str | None, idea: str | None) -> dict[str, Any]:
    if not text.strip():
        raise BadInput("the line is empty")
    return ws.reframe(text, lang=lang, idea=idea).to_dict()


def _print_reframing(result: dict[str, Any], as_json: bool, alternatives: bool = True) -> None:
    if as_json:
        print(json.dumps(result, ensure_ascii=False))
        return
    found = result["challenges"]
    if not found:
        out("(no suggestion)")
        return
    out(literal(found[0]["text"]))
    if alternatives:
        for c in found[1:]:
            out(f"  or: {literal(c['text'])}")


def cmd_reframe(ws: Workspace, a: argparse.Namespace) -> int:
    if a.lang not in (None, "en", "nl"):
        raise BadInput(f"Language '{a.lang}' is not known: use en or nl.")
    if a.text not in (None, "-"):
        _print_reframing(_reframe_one(ws, a.text, a.lang, a.idea), a.json)
        return 0
    failed = 0
    for n, line, error in _lines(sys.stdin):
        lang, idea = a.lang, a.idea
        if error is None and a.input == "jsonl":
            try:
                obj = json.loads(line or "")
                if not isinstance(obj, dict) or not isinstance(obj.get("objection"), str):
                    raise ValueError
                line = obj["objection"]
                lang = obj.get("lang") or lang
                idea = obj.get("idea") or idea
            except ValueError:
                error = 'not a JSON object with an "objection" string'
        if error is None:
            try:
                result = _reframe_one(ws, line or "", lang, idea)
            except (BadInput, ValueError) as exc:
                error = str(exc)
        if error is not None:
            failed += 1
            message = f"line {n}: {error}"
            if a.json:
                print(json.dumps({"line": n, "error": message}))
            else:
                print(f"cocreate: {message}", file=sys.stderr)
            continue
        if not a.json:
            out(f"{literal(line or '')}")
            out(f"  -> {literal(result['challenges'][0]['text']) if result['challenges'] else ''}")
        else:
            _print_reframing(result, True)
    return 1 if failed else 0


def cmd_suggest(ws: Workspace, a: argparse.Namespace) -> int:
    found = ws.suggest(a.session, a.objection, a.lang)
    if a.json:
        print_json(found.to_dict())
        return 0
    out(f"{a.objection}: {literal(found.objection)}")
    label = "Ask first" if found.kind == "clarify" else "Challenges"
    out(f"{label}:")
    for i, c in enumerate(found.challenges, start=1):
        out(f"  {i}. {literal(c.text)}")
    if found.lens is not None:
        out(f"Quadrant lens: {literal(found.lens.explanation)}")
    return 0


def cmd_people(ws: Workspace, a: argparse.Namespace) -> int:
    action = a.action or "list"
    if action == "list":
        people = ws.people.all()
        if a.json:
            print_json(people)
        elif not people:
            out("Nobody is remembered yet: a quadrant shared in a session (not private) is.")
        for p in [] if a.json else people:
            q = p.get("quadrant") or {}
            corners = " / ".join(literal(q.get(c) or "?") for c in CORNERS)
            out(f"{literal(p['name'])}: {corners}")
        return 0
    if not a.name:
        raise BadInput(f"Say whom: cocreate people {action} NAME")
    if action == "forget":
        forgotten, mention = ws.forget_person(a.name)
        if forgotten:
            out(f"Forgot {literal(a.name)}: their name and quadrant are gone from the people list.")
        else:
            out(f"Nobody called {literal(a.name)} is in the people list.")
        if mention:
            out("These sessions still mention them (delete or export --anonymize to remove):")
            for s in mention:
                out(f"  {s.id}  {literal(s.title)}")
        return 0 if forgotten else 1
    if action == "edit":
        entry = ws.people.get(a.name)
        if entry is None:
            raise BadInput(f"Nobody called '{a.name}' is in the people list.")
        q = dict(entry.get("quadrant") or {})
        for c, word in _corners(a).items():
            if word is not None:
                q[c] = word.strip()
        ws.people.put(entry["name"], q, entry.get("updated", ""))
        out(
            f"Updated {literal(entry['name'])}: "
            + " / ".join(literal(q.get(c) or "?") for c in CORNERS)
        )
        return 0
    raise BadInput(f"Unknown people action '{action}': use list, edit or forget.")


def _corner_flags(p: argparse.ArgumentParser) -> None:
    for flag, corner in CORNER_FLAGS.items():
        p.add_argument(f"--{flag}", metavar="WORD", help=f"the {corner.replace('_', ' ')}")


def add_commands(sub: Any, store: argparse.ArgumentParser) -> dict[str, Any]:
    """Add the engine commands to ``sub``; return their handlers by name."""
    q = sub.add_parser(
        "quadrant",
        parents=[store],
        help="complete a core quadrant, or record one: quadrant set SESSION NAME",
        description="Complete a core quadrant from any corner (English or Dutch), or record "
        "someone's quadrant in a session with 'quadrant set SESSION NAME --core X ...'.",
    )
    q.add_argument("args", nargs="*", metavar="set SESSION NAME")
    _corner_flags(q)
    q.add_argument("--lang", choices=("en", "nl"))
    q.add_argument("--json", action="store_true")
    q.add_argument(
        "--private", action="store_true", help="with set: kept out of exports and search"
    )
    q.add_argument("--complete", action="store_true", help="with set: fill missing corners")
    q.add_argument(
        "--remembered", action="store_true", help="with set: start from the remembered one"
    )
    q.add_argument("--of", choices=("participant", "group", "team"), default="participant")

    c = sub.add_parser("couple", parents=[store], help="the room's coupling of quadrants")
    c.add_argument("session")
    c.add_argument("--json", action="store_true")
    c.add_argument(
        "--private", action="store_true", help="include private quadrants (your eyes only)"
    )
    c.add_argument("--of", choices=("participant", "group"), help="whose quadrants to couple")

    r = sub.add_parser("reframe", parents=[store], help="turn objections into challenges")
    r.add_argument("text", nargs="?", help="the objection; '-' or none reads one per line")
    r.add_argument("--lang", help="en or nl (default: detected)")
    r.add_argument("--idea", help="what the objection is about")
    r.add_argument("--json", action="store_true")
    r.add_argument("--input", choices=("text", "jsonl"), default="text")

    s = sub.add_parser("suggest", parents=[store], help="challenges for a stored objection")
    s.add_argument("session")
    s.add_argument("objection", metavar="obj-N")
    s.add_argument("--lang", choices=("en", "nl"))
    s.add_argument("--json", action="store_true")

    p = sub.add_parser("people", parents=[store], help="people remembered across sessions")
    p.add_argument("action", nargs="?", choices=("list", "edit", "forget"))
    p.add_argument("name", nargs="?")
    _corner_flags(p)
    p.add_argument("--json", action="store_true")
    return {
        "quadrant": cmd_quadrant,
        "couple": cmd_couple,
        "reframe": cmd_reframe,
        "suggest": cmd_suggest,
        "people": cmd_people,
    }
