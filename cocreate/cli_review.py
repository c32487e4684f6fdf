"""Commands for looking back: summary, export, import, and the demo archive."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

from cocreate import BadInput
from cocreate.app.views import literal, one_line
from cocreate.app.workspace import Workspace
from cocreate.cli import out, print_json, run_ui

EXAMPLES = Path(__file__).resolve().parents[1] / "sessions"


def render_summary(sm: dict[str, Any]) -> list[str]:
    """A session's summary as a facilitator reads it out."""
    lines = [
        literal(sm["title"]),
        f"{sm['template']} · {'closed' if sm['closed'] else sm['stage']}",
    ]
    if sm["idea"]:
        lines += ["", f"The idea: {literal(sm['idea'])}"]
    if sm["appreciations"]:
        lines += ["", "Appreciated:"]
        lines += [f"  + {literal(a['text'])}" for a in sm["appreciations"]]

    def action(a: dict[str, Any]) -> str:
        owner = literal(a["owner"]) if a["owner"] else "no owner"
        due = f", by {a['due']}" if a["due"] else ""
        return f"{literal(a['text'])} — {owner}{due}"

    if sm["objections"]:
        lines += ["", "Objections → challenges → ideas → actions:"]
        for o in sm["objections"]:
            who = literal(o["by"]) if o["by"] else "anonymous"
            lines.append(
                f"  {o['id']} {literal(o['text'])} ({who})" + (" — parked" if o["parked"] else "")
            )
            c = o.get("challenge")
            if not c:
                continue
            lines.append(f"    → {literal(c['text'])}")
            for i in c["ideas"]:
                lines.append(f"      · {literal(i['text'])}")
                lines += [f"        action: {action(a)}" for a in i["actions"]]
            lines += [f"      action: {action(a)}" for a in c["actions"]]
    if sm["other_actions"]:
        lines += ["", "Actions:"] + [f"  {action(a)}" for a in sm["other_actions"]]
    if sm["energy"]:
        lines += ["", "Energy (check-in → check-out):"]
        lines += [
            f"  {literal(e['name'])}: {e['in'] or '-'} → {e['out'] or '-'}" for e in sm["energy"]
        ]
    lines += ["", "Direction:"]
    lines += [f"  {k}: {done} of {total}" for k, (done, total) in sm["direction"].items()]
    return lines


def cmd_summary(ws: Workspace, a: argparse.Namespace) -> int:
    sm = ws.summary(a.session)
    if a.json:
        print_json(sm)
    else:
        for line in render_summary(sm):
            out(line)
    return 0


def cmd_export(ws: Workspace, a: argparse.Namespace) -> int:
    if not a.output or a.output == "-":
        sys.stdout.write(ws.export(a.session, a.format, anonymize=a.anonymize))
        return 0
    target = ws.export_to(a.session, a.format, a.output, anonymize=a.anonymize)
    out(f"Exported {a.format} to {target}")
    return 0


def cmd_import(ws: Workspace, a: argparse.Namespace) -> int:
    path = Path(a.file).expanduser()
    try:
        raw = sys.stdin.buffer.read() if a.file == "-" else path.read_bytes()
    except OSError as exc:
        raise BadInput(f"Cannot read {path}: {exc.strerror}.") from None
    sid = ws.import_session(raw, path.name)
    out(f"Imported '{literal(ws.session(sid).title)}' as session {sid}")
    return 0


def cmd_carry(ws: Workspace, a: argparse.Namespace) -> int:
    if a.decision:
        if not (a.source and a.action):
            raise BadInput("Name the earlier session and its action: SOURCE ACTION DECISION.")
        cid = ws.carry(a.session, a.source, a.action, a.decision)
        out(f"{a.action} of {ws.resolve(a.source)} {a.decision}: recorded {cid}")
        return 0
    if a.source or a.action:
        raise BadInput("Say what becomes of it: closed, kept or dropped.")
    found = ws.open_carry_over(a.session)
    if a.json:
        print_json([asdict(o) for o in found])
        return 0
    if not found:
        out("No open actions from earlier sessions of this series.")
        return 0
    for o in found:
        owner = literal(o.owner) if o.owner else "no owner"
        due = f", by {o.due}" if o.due else ""
        where = one_line(o.session_title, 40)
        out(f"{o.session} {o.action}  {literal(o.text)} — {owner}{due}  ({where})")
    return 0


def demo_store() -> Path:
    """A temporary copy of the example archive (built anew where the repo has none)."""
    tmp = Path(tempfile.mkdtemp(prefix="cocreate-demo-"))
    store = tmp / "sessions"
    if EXAMPLES.is_dir() and any(EXAMPLES.glob("*.json")):
        shutil.copytree(
            EXAMPLES, store, ignore=shutil.ignore_patterns("*.py", ".locks", "index.json")
        )
    else:
        from cocreate.app.examples import build_examples

        build_examples(Workspace(store))
    return store


def cmd_demo(ws: Workspace, a: argparse.Namespace) -> int:
    store = demo_store()
    if a.print_store:
        out(f"Demo store at {store}")
        return 0
    try:
        return run_ui(Workspace(store))
    finally:
        # The copy is a scratch pad: what was tried in the demo goes with it.
        shutil.rmtree(store.parent, ignore_errors=True)


def add_commands(sub: Any, store: argparse.ArgumentParser) -> dict[str, Any]:
    """Add the review commands to ``sub``; return their handlers by name."""
    s = sub.add_parser("summary", parents=[store], help="what a session decided")
    s.add_argument("session")
    s.add_argument("--json", action="store_true")

    e = sub.add_parser("export", parents=[store], help="a session as md, html, json or csv")
    e.add_argument("session")
    e.add_argument("--format", required=True, choices=("md", "html", "json", "csv"))
    e.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    e.add_argument("--anonymize", action="store_true", help="names become Participant 1..n")

    i = sub.add_parser("import", parents=[store], help="bring a JSON export back as a new session")
    i.add_argument("file", help="a file made by 'cocreate export --format json' ('-' for stdin)")

    d = sub.add_parser(
        "demo", parents=[store], help="open the UI on a copy of the example sessions"
    )
    d.add_argument("--print-store", action="store_true", help="only make the copy and say where")
    c = sub.add_parser(
        "carry", parents=[store], help="open actions of the series' earlier sessions, at check-in"
    )
    c.add_argument("session", help="the session at its check-in")
    c.add_argument("source", nargs="?", help="the earlier session the action is from")
    c.add_argument("action", nargs="?", help="the action's id there (act-2)")
    c.add_argument("decision", nargs="?", choices=("closed", "kept", "dropped"))
    c.add_argument("--json", action="store_true")
    return {
        "summary": cmd_summary,
        "export": cmd_export,
        "import": cmd_import,
        "demo": cmd_demo,
        "carry": cmd_carry,
    }
