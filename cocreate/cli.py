"""The ``cocreate`` command: the same use cases as the UI, one subcommand each.

Refusals and bad input print one line on stderr and exit 1; usage errors exit 2;
a command that creates something prints its id as the last word of its last line.
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from typing import Any

from cocreate import __version__
from cocreate.app.views import literal, one_line, progress, stage_label, state_dict
from cocreate.app.workspace import Workspace
from cocreate.domain.errors import CocreateError
from cocreate.domain.session import SessionState

Handler = Callable[[Workspace, argparse.Namespace], int]
COMMANDS: dict[str, Handler] = {}


def command(name: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        COMMANDS[name] = fn
        return fn

    return register


def out(line: str = "") -> None:
    print(line)


def warn_damaged(ws: Workspace) -> None:
    for d in ws.damaged():
        print(f"warning: {d.name} cannot be read ({d.problem}); left as it is", file=sys.stderr)


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


# -- sessions ------------------------------------------------------------------


@command("new")
def cmd_new(ws: Workspace, a: argparse.Namespace) -> int:
    people = []
    for p in a.participant or []:
        name, _, group = p.partition(":") if a.groups else (p, "", "")
        people.append((name, group.strip() or None))
    sid = ws.new_session(
        a.title, purpose=a.purpose or "", template=a.template, participants=people, series=a.series
    )
    for name, _ in people:
        if ws.remembered_quadrant(name):
            out(
                f"{literal(name)} shared a quadrant in an earlier session; to bring it in: "
                f"cocreate quadrant set {sid} {shlex.quote(literal(name))} --remembered"
            )
    out(f"Created session {sid}")
    return 0


@command("record")
def cmd_record(ws: Workspace, a: argparse.Namespace) -> int:
    data: dict[str, Any] = {}
    if a.due is not None:
        data["due"] = a.due
    if a.group is not None:
        data["group"] = a.group
    if a.agrees is not None:
        data["agrees"] = a.agrees == "yes"
    rid = ws.record(a.session, a.kind, a.text or "", by=a.by, about=a.about, **data)
    out(f"Recorded {a.kind} {rid}")
    return 0


def _move(trigger: str) -> Handler:
    def run(ws: Workspace, a: argparse.Namespace) -> int:
        stage = getattr(ws, trigger)(a.session)
        state = ws.session(a.session)
        out(f"{state.title}: now at {stage_label(state, stage)} ({progress(state)}) {stage}")
        return 0

    return run


for _t in ("advance", "back", "skip"):
    COMMANDS[_t] = _move(_t)


@command("list")
def cmd_list(ws: Workspace, a: argparse.Namespace) -> int:
    closed = True if a.closed else (False if a.open else None)
    found = ws.sessions(
        search=a.search, template=a.template, closed=closed, participant=a.participant,
        since=a.since, until=a.until,
    )  # fmt: skip
    warn_damaged(ws)
    if a.json:
        print_json([s.to_dict() for s in found])
        return 0
    if not found:
        out("No sessions." if not a.search else f"No session mentions '{one_line(a.search)}'.")
        return 0
    for s in found:
        status = "closed" if s.closed else s.stage
        out(
            f"{s.id}  {s.created[:10]}  {one_line(s.title, 40):40}  {s.template:15} "
            f"{status:11} {len(s.participants)}p {s.objections} obj {s.challenges} chl"
        )
    return 0


def render_state(s: SessionState) -> list[str]:
    """The session as a facilitator reads it back, user text shown literally."""
    lines = [f"{literal(s.title)}  ({s.id})"]
    lines.append(
        f"template {s.template} · stage {stage_label(s)} ({progress(s)}) · created {s.created[:16]}"
    )
    if s.purpose:
        lines.append(f"purpose: {literal(s.purpose)}")
    if s.participants:
        people = [
            literal(p.name) + (f" ({literal(p.group)})" if p.group else "") for p in s.participants
        ]
        lines.append("participants: " + ", ".join(people))

    def who(pid: str | None) -> str:
        return literal(s.name_of(pid) or "anonymous")

    sections: list[tuple[str, list[str]]] = [
        ("The idea", [f"  {p.id} {who(p.by)}: {literal(p.text)}" for p in s.proposals]),
        ("Appreciated", [f"  {e.id} {who(e.by)}: {literal(e.text)}" for e in s.appreciations]),
        (
            "Core qualities proposed",
            [f"  {e.id} {who(e.by)}: {literal(e.text)}" for e in s.qualities],
        ),
    ]
    objs: list[str] = []
    for o in s.objections:
        mark = "  (parked)" if o.parked else ""
        objs.append(f"  {o.id} {who(o.by)}: {literal(o.text)}{mark}")
        for c in s.challenges_for(o.id):
            agree = {True: "  (objector agrees)", False: "  (objector disagrees)"}.get(c.agrees, "")
            objs.append(f"    -> {c.id} {literal(c.text)}{agree}")
            for i in s.ideas_for(c.id):
                votes = f"  [{s.votes_for(i.id)} dots]" if s.votes_revealed else ""
                objs.append(f"       {i.id} {literal(i.text)}{votes}")
    sections.append(("Objections", objs))
    sections.append(
        (
            "Actions",
            [
                f"  {x.id} {literal(x.text)} — {who(x.owner) if x.owner else 'no owner'}"
                + (f", by {x.due}" if x.due else "")
                + ("" if x.status == "open" else f" ({x.status})")
                for x in s.actions
            ],
        )
    )
    energy = []
    for p in s.participants:
        e_in, e_out = s.energy_of(p.id, "in"), s.energy_of(p.id, "out")
        if e_in or e_out:
            energy.append(f"  {literal(p.name)}: {e_in or '-'} → {e_out or '-'}")
    sections.append(("Energy (in → out)", energy))
    quads = [
        f"  {q.id} {literal(q.name)} ({q.of}{', private' if q.private else ''}): "
        + " / ".join(literal(c or "?") for c in (q.core_quality, q.pitfall, q.challenge, q.allergy))
        for q in s.quadrants
    ]
    sections.append(("Quadrants (core quality / pitfall / challenge / allergy)", quads))
    sections.append(("Notes", [f"  {n.id} {who(n.by)}: {literal(n.text)}" for n in s.notes]))
    for title, body in sections:
        if body:
            lines += ["", title + ":", *body]
    return lines


@command("show")
def cmd_show(ws: Workspace, a: argparse.Namespace) -> int:
    if a.replay:
        return show_replay(ws, a)
    state = ws.session(a.session)
    if a.json:
        print_json(state_dict(state))
    else:
        for line in render_state(state):
            out(line)
    return 0


def show_replay(ws: Workspace, a: argparse.Namespace) -> int:
    steps = ws.replay(a.session)
    if a.json:
        print_json(
            [
                {"stage": st.stage, "label": st.label, "events": [asdict(x) for x in st.lines]}
                for st in steps
            ]
        )
        return 0
    for n, st in enumerate(steps, start=1):
        out(f"── {n}. {st.label} " + "─" * max(0, 60 - len(st.label)))
        for x in st.lines:
            out(f"  {x.at[11:19]}  {literal(x.who):12} {literal(x.text)}")
    return 0


@command("templates")
def cmd_templates(ws: Workspace, a: argparse.Namespace) -> int:
    tpls = ws.templates()
    if a.json:
        print_json(
            [
                {
                    "name": t.name,
                    "title": t.title,
                    "description": t.description,
                    "stages": [
                        {
                            "name": s.name,
                            "label": s.label,
                            "optional": s.optional,
                            "records": sorted(s.records),
                        }
                        for s in t.stages
                    ],
                }
                for t in tpls
            ]
        )
        return 0
    for t in tpls:
        stages = " → ".join(s.name + ("?" if s.optional else "") for s in t.stages)
        out(f"{t.name}: {t.title}")
        out(f"  {t.description}")
        out(f"  {stages}   (? = may be skipped)")
    return 0


@command("reindex")
def cmd_reindex(ws: Workspace, a: argparse.Namespace) -> int:
    count, damaged = ws.reindex()
    for d in damaged:
        print(f"warning: {d.name} cannot be read ({d.problem}); left as it is", file=sys.stderr)
    out(
        f"Indexed {count} session{'s' if count != 1 else ''}"
        + (f", {len(damaged)} damaged" if damaged else "")
    )
    return 0


# -- parser --------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    store = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a subcommand's default must not overwrite a --store given before it.
    store.add_argument(
        "--store",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="the session store (default: COCREATE_STORE or your data folder)",
    )
    p = argparse.ArgumentParser(
        prog="cocreate",
        description="Run co-creation meetings: objections become challenges.",
    )
    p.add_argument(
        "--store",
        metavar="DIR",
        default=None,
        help="the session store (default: COCREATE_STORE or your data folder)",
    )
    p.add_argument("--version", action="version", version=f"cocreate {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    n = sub.add_parser("new", parents=[store], help="start a session")
    n.add_argument("--title", required=True)
    n.add_argument("--purpose", help="the idea or question the session is about")
    n.add_argument("--template", default="co-creation")
    n.add_argument("--participant", action="append", metavar="NAME", help="repeat for each person")
    n.add_argument("--groups", action="store_true", help="read --participant as NAME:GROUP")
    n.add_argument("--series", help="the team or series this session belongs to")

    r = sub.add_parser("record", parents=[store], help="record what was said or done")
    r.add_argument("session")
    r.add_argument("kind")
    r.add_argument("text", nargs="?", default="")
    who = r.add_mutually_exclusive_group()
    who.add_argument("--by", metavar="NAME")
    who.add_argument("--anonymous", action="store_true")
    r.add_argument("--about", metavar="ID", help="the id this is about (obj-2, chl-1, ...)")
    r.add_argument("--due", metavar="YYYY-MM-DD", help="an action's due date")
    r.add_argument("--group", help="a participant's group")
    r.add_argument("--agrees", choices=("yes", "no"), help="with kind agree")

    for t, h in (
        ("advance", "go to the next stage"),
        ("back", "go back a stage, keeping everything"),
        ("skip", "skip an optional stage"),
    ):
        m = sub.add_parser(t, parents=[store], help=h)
        m.add_argument("session")

    ls = sub.add_parser("list", parents=[store], help="the archive, newest first")
    ls.add_argument("--search", metavar="Q", help="words that must all occur in the session")
    ls.add_argument("--participant", metavar="NAME")
    ls.add_argument("--template", metavar="T")
    ls.add_argument("--since", metavar="YYYY-MM-DD")
    ls.add_argument("--until", metavar="YYYY-MM-DD")
    state = ls.add_mutually_exclusive_group()
    state.add_argument("--open", action="store_true", help="only sessions still running")
    state.add_argument("--closed", action="store_true", help="only closed sessions")
    ls.add_argument("--json", action="store_true")

    sh = sub.add_parser("show", parents=[store], help="one session")
    sh.add_argument("session")
    sh.add_argument("--json", action="store_true")
    sh.add_argument("--replay", action="store_true", help="stage by stage, as it unfolded")

    tp = sub.add_parser("templates", parents=[store], help="the stage templates")
    tp.add_argument("--json", action="store_true")
    sub.add_parser(
        "reindex", parents=[store], help="rebuild the archive index from the session files"
    )
    for module in extensions():
        COMMANDS.update(module.add_commands(sub, store))
    return p


def extensions() -> list[Any]:
    """Modules that add commands of their own: ``add_commands(sub, store) -> handlers``."""
    # Imported here, not at the top: they import helpers from this module.
    from cocreate import cli_engines, cli_review

    return [cli_engines, cli_review]


def run_ui(ws: Workspace) -> int:
    """Open the archive in the terminal UI (what ``cocreate`` alone does)."""
    if not sys.stdout.isatty() or not sys.stdin.isatty():
        print(
            "cocreate: the UI needs a terminal; 'cocreate --help' lists the commands.",
            file=sys.stderr,
        )
        return 2
    from cocreate.tui.app import run  # Textual loads only when the UI is wanted

    run(ws)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    ws = Workspace(args.store)
    if not args.command:
        return run_ui(ws)
    try:
        return COMMANDS[args.command](ws, args)
    except CocreateError as exc:
        print(f"cocreate: {literal(str(exc))}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
