"""The session summary (``Workspace.summary``) as lines of Content: compact, or the whole story."""

from __future__ import annotations

from typing import Any

from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from cocreate.domain.errors import CocreateError
from cocreate.domain.session import SessionState
from cocreate.tui.api import Workspace
from cocreate.tui.text import lit, short, tpl

SummaryDict = dict[str, Any]


def _avg(values: list[int]) -> str:
    return f"{sum(values) / len(values):.1f}" if values else "–"


def _action(a: dict[str, Any], width: int | None = None) -> Content:
    owner = a["owner"] or "no owner yet"
    due = f" by {a['due']}" if a["due"] else ""
    status = f" ({a['status']})" if a.get("status") not in (None, "open") else ""
    text = short(a["text"], width) if width else lit(a["text"])
    return Content.assemble(text, Content(due + status), " — ", lit(owner))


def all_actions(sm: SummaryDict) -> list[dict[str, Any]]:
    """Every action of the summary: under objections' challenges and ideas, then the others."""
    found: list[dict[str, Any]] = []
    for o in sm["objections"]:
        c = o.get("challenge")
        if c:
            for i in c["ideas"]:
                found += i["actions"]
            found += c["actions"]
    return found + list(sm["other_actions"])


def direction_line(sm: SummaryDict) -> Content:
    parts = [f"{k} {done}/{total}" for k, (done, total) in sm["direction"].items()]
    return Content.assemble(Content.styled("Direction  ", "bold"), " · ".join(parts))


def energy_line(sm: SummaryDict) -> Content:
    ins = [e["in"] for e in sm["energy"] if e["in"] is not None]
    outs = [e["out"] for e in sm["energy"] if e["out"] is not None]
    return Content.from_markup("[b]Energy[/b]  in $i  →  out $o", i=_avg(ins), o=_avg(outs))


def summary_lines(sm: SummaryDict) -> list[Content]:
    """What a room takes home, compact: energy, direction, and the actions with owners."""
    lines = [energy_line(sm), direction_line(sm)]
    actions = all_actions(sm)
    if actions:
        lines.append(Content.styled(f"Actions ({len(actions)})", "bold"))
        lines += [Content.assemble("  • ", _action(a, 100)) for a in actions]
    return lines


def summary_story(sm: SummaryDict) -> list[Content]:
    """The whole summary: idea, appreciation, objection → challenge → ideas → actions, energy."""
    b = Content.from_markup
    out: list[Content] = [tpl("[b]The idea[/b]  $i", i=sm["idea"] or "–")]
    if sm["appreciations"]:
        out.append(b("\n[b]Appreciated[/b]"))
        out += [
            tpl("  + $t  [dim]$n[/dim]", t=a["text"], n=a["by"] or "") for a in sm["appreciations"]
        ]
    if sm["objections"]:
        out.append(b("\n[b]Objections → challenges → ideas → actions[/b]"))
    for o in sm["objections"]:
        parked = " — parked" if o["parked"] else ""
        out.append(tpl("  $i $t  [dim]($n)$p[/dim]", i=o["id"], t=o["text"],
                       n=o["by"] or "anonymous", p=parked))  # fmt: skip
        c = o.get("challenge")
        if not c:
            continue
        agree = "  (the objector agrees)" if c["agrees"] else ""
        out.append(tpl("    → [b]$c[/b][dim]$a[/dim]", c=c["text"], a=agree))
        for i in c["ideas"]:
            votes = f"  {i['votes']} dot{'s' if i['votes'] != 1 else ''}" if i["votes"] else ""
            out.append(tpl("      · $t[dim]$v[/dim]", t=i["text"], v=votes))
            out += [Content.assemble("        action: ", _action(a)) for a in i["actions"]]
        out += [Content.assemble("      action: ", _action(a)) for a in c["actions"]]
    if sm["other_actions"]:
        out.append(b("\n[b]Actions[/b]"))
        out += [Content.assemble("  • ", _action(a)) for a in sm["other_actions"]]
    if sm["energy"]:
        out.append(b("\n[b]Energy[/b] (check-in → check-out)"))
        out += [tpl("  $n: $i → $o", n=e["name"], i=str(e["in"] or "–"), o=str(e["out"] or "–"))
                for e in sm["energy"]]  # fmt: skip
    if sm["check_out"]:
        out.append(b("\n[b]Check-out[/b]"))
        out += [tpl("  $n: $t", n=c["by"] or "anonymous", t=c["text"]) for c in sm["check_out"]]
    out += [Content(""), energy_line(sm), direction_line(sm)]
    return out


class Summary(VerticalScroll):
    """The summary of a session as the app layer sums it up: compact, or the whole story."""

    def __init__(self, ws: Workspace, sid: str, *, story: bool = False) -> None:
        super().__init__(classes="summary story" if story else "summary")
        self.ws = ws
        self.sid = sid
        self.story = story

    def on_mount(self) -> None:
        self.show()

    def show(self, state: SessionState | None = None) -> None:
        """Ask the app layer for the summary again (``state`` is not needed; kept for bodies)."""
        try:
            sm = self.ws.summary(self.sid)
            lines = summary_story(sm) if self.story else summary_lines(sm)
        except CocreateError as e:
            lines = [Content(str(e))]
        self.remove_children()
        self.mount_all(Static(line) for line in lines)
