"""Exports (Markdown, HTML, JSON, CSV of actions) and importing a JSON export back.

Private quadrants never leave the store; an anonymous objection carries no author
anywhere; ``anonymize`` replaces every participant's name with "Participant N".
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import Callable
from typing import Any

from cocreate.app.review import anonymous_refs, direction, lines, shielded, summary
from cocreate.app.views import literal
from cocreate.domain.errors import BadInput
from cocreate.domain.recording import KINDS
from cocreate.domain.session import Event, SessionState, fold
from cocreate.domain.templates import templates
from cocreate.store.sessions import SCHEMA

FORMATS = ("md", "html", "json", "csv")
EXPORT_MARK = "cocreate-export"
EXPORT_VERSION = 1


def public_events(events: list[Event]) -> list[Event]:
    """The events without private quadrants (and without edits or removals of them)."""
    private = {e.data["id"] for e in events if e.kind == "quadrant" and e.data.get("private")}
    return [
        e
        for e in events
        if not (e.kind == "quadrant" and e.data.get("id") in private)
        and not (e.kind in ("edit", "remove") and e.data.get("about") in private)
    ]


# Data fields that hold people's words. Ids, stage names and the like are left
# alone, so an anonymized JSON export still imports.
FREE_TEXT = frozenset(
    {"text", "name", "title", "purpose", "reason", "series", "group", "suggested"}
    | {"core_quality", "pitfall", "challenge", "allergy"}
)
# Name parts too common as words to replace on their own ("Ann de Vries" -> "Ann", "Vries").
PARTICLES = frozenset({"de", "der", "den", "van", "von", "het", "ten", "ter", "la", "le",
                       "da", "di", "du", "del", "el", "al", "bin", "ben"})  # fmt: skip
SHARED = "a participant"


def _name_map(events: list[Event]) -> tuple[dict[str, str], set[str]]:
    """Every name a person had (casefolded) mapped to "Participant N", by first appearance.

    Participants, their renames, and the owners of actions carried over from an
    earlier session (who need not be in this one) are all people. The parts of a
    longer name count too, so "Ann" is replaced where "Ann de Vries" took part.
    Also returns the names that were typed all in lowercase.
    """
    by_id: dict[str, str] = {}
    names: dict[str, str] = {}
    lowercase: set[str] = set()

    def add(name: str, pid: str | None) -> None:
        key = " ".join(name.split()).casefold()
        if not key:
            return
        label = (by_id.get(pid) if pid else None) or names.get(key)
        if label is None:
            label = f"Participant {len(set(names.values()) | set(by_id.values())) + 1}"
        if pid:
            by_id[pid] = label
        names.setdefault(key, label)
        if name.islower():
            lowercase.add(key)

    for e in events:
        d = e.data
        if e.kind == "participant":
            add(str(d.get("name", "")), str(d.get("id")))
        elif e.kind == "edit" and str(d.get("about", "")).startswith("par-"):
            add(str(d.get("text", "")), str(d["about"]))
        elif e.kind == "carry" and isinstance(d.get("owner"), str):
            add(d["owner"], None)
    parts: dict[str, set[str]] = {}
    for key, label in names.items():
        tokens = re.split(r"[\s-]+", key)
        if len(tokens) > 1:
            for t in tokens:
                if len(t) >= 2 and t not in PARTICLES:
                    parts.setdefault(t, set()).add(label)
    for t, labels in parts.items():
        # A part two people share ("Ann Li", "Ann Bos") could be either of them.
        names.setdefault(t, next(iter(labels)) if len(labels) == 1 else SHARED)
    return names, lowercase


def anonymizer(events: list[Event]) -> Callable[[str], str]:
    """A function that replaces people's names, also inside free text.

    A name is replaced in any case but all lowercase: "Will", "WILL", but not the
    "will" in "I will call", unless the name itself was typed in lowercase.
    Author, owner and participant fields always hold a replaced name.
    """
    names, lowercase = _name_map(events)
    if not names:
        return lambda text: text
    # Longest first, so "Ann Marie" is replaced before "Ann".
    pattern = re.compile(
        r"(?<!\w)("
        + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        + r")(?!\w)",
        re.IGNORECASE,
    )

    def swap(m: re.Match[str]) -> str:
        found = m.group(1)
        key = " ".join(found.split()).casefold()
        if found.islower() and key not in lowercase:
            return found  # a word that happens to be someone's name
        return names.get(key, SHARED)

    return lambda text: pattern.sub(swap, text)


def _scrubbed(e: Event, swap: Callable[[str], str]) -> Event:
    # A carried-over action's owner is stored as a name (from the earlier session).
    keys = FREE_TEXT | {"owner"} if e.kind == "carry" else FREE_TEXT
    data = {k: swap(v) if k in keys and isinstance(v, str) else v for k, v in e.data.items()}
    return Event(e.seq, e.at, e.stage, e.kind, e.actor, data)


def prepared(events: list[Event], anonymize: bool) -> list[Event]:
    """Events fit to leave the store.

    Private quadrants are dropped; no actor ties an anonymous objection to anyone
    (an "agree" on its challenge is the objector's); names are replaced if asked.
    """
    out = public_events(events)
    anon = anonymous_refs(out)
    out = [
        Event(e.seq, e.at, e.stage, e.kind, None, e.data) if shielded(e, anon) else e for e in out
    ]
    if anonymize:
        swap = anonymizer(out)
        out = [_scrubbed(e, swap) for e in out]
    return out


# -- formats ---------------------------------------------------------------------


def to_json(events: list[Event], sid: str) -> str:
    state = fold(events, sid)
    doc = {
        "format": EXPORT_MARK,
        "version": EXPORT_VERSION,
        "schema": SCHEMA,
        "session": {"id": sid, "title": state.title, "template": state.template},
        "events": [e.to_dict() for e in events],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def to_markdown(s: SessionState) -> str:
    sm = summary(s)
    md: list[str] = [f"# {_md(s.title)}", ""]
    md.append(f"*{s.template} · {'closed' if s.closed else 'at ' + s.stage} · {s.created[:10]}*")
    md.append("")
    if sm["participants"]:
        md += [f"**Participants:** {', '.join(_md(n) for n in sm['participants'])}", ""]
    if sm["idea"]:
        md += ["## The idea", "", _md(sm["idea"]), ""]
    if sm["appreciations"]:
        md += ["## What is valuable in it", ""]
        md += [f"- {_md(a['text'])}" + _by(a["by"]) for a in sm["appreciations"]]
        md.append("")
    if sm["objections"]:
        md += ["## Objections, challenges and ideas", ""]
        for o in sm["objections"]:
            parked = " *(parked)*" if o["parked"] else ""
            md.append(f"- **{o['id']}** {_md(o['text'])}{_by(o['by'], 'anonymous')}{parked}")
            c = o.get("challenge")
            if c:
                agree = " (the objector agrees)" if c["agrees"] else ""
                md.append(f"  - → **{c['id']}** {_md(c['text'])}{agree}")
                for i in c["ideas"]:
                    n = i["votes"]
                    votes = f" · {n} dot{'s' if n != 1 else ''}" if s.votes_revealed and n else ""
                    md.append(f"    - {_md(i['text'])}{_by(i['by'])}{votes}")
                    md += [f"      - action: {_action(a)}" for a in i["actions"]]
                md += [f"    - action: {_action(a)}" for a in c["actions"]]
        md.append("")
    sections = [
        ("Actions", [_action(a) for a in sm["other_actions"]]),
        ("Energy (check-in → check-out)",
         [f"{_md(e['name'])}: {e['in'] or '–'} → {e['out'] or '–'}" for e in sm["energy"]]),
        ("Check-out", [f"{_md(n['text'])}{_by(n['by'])}" for n in sm["check_out"]]),
        ("Notes", [f"{_md(n['text'])}{_by(n['by'])}" for n in sm["notes"]]),
    ]  # fmt: skip
    for title, items in sections:
        if items:
            md += [f"## {title}", "", *(f"- {item}" for item in items), ""]
    quads = [q for q in s.quadrants if not q.private]
    if quads:
        md += ["## Quadrants", "", "| who | core quality | pitfall | challenge | allergy |",
               "| --- | --- | --- | --- | --- |"]  # fmt: skip
        for q in quads:
            cells = [q.name, q.core_quality, q.pitfall, q.challenge, q.allergy]
            md.append("| " + " | ".join(_md(c or "?").replace("|", "\\|") for c in cells) + " |")
        md.append("")
    md += ["## Direction", ""]
    md += [f"- {k}: {done} of {total}" for k, (done, total) in direction(s).items()]
    return "\n".join(md) + "\n"


def _md(text: str) -> str:
    # Escape what Markdown would act on, so people's words show as typed.
    flat = " ".join(literal(text).split())
    return re.sub(r"([\\`*_{}\[\]<>#|!])", r"\\\1", flat)


def _by(name: str | None, missing: str = "") -> str:
    if name:
        return f" — {_md(name)}"
    return f" — {missing}" if missing else ""


def _action(a: dict[str, Any]) -> str:
    owner = _md(a["owner"]) if a["owner"] else "no owner"
    due = f", by {a['due']}" if a["due"] else ""
    status = "" if a["status"] == "open" else f" ({a['status']})"
    return f"{_md(a['text'])} — {owner}{due}{status}"


_CSS = """
body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem;
       color: #1d1d1f; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.15rem; margin-top: 1.6rem;
     border-bottom: 1px solid #ccc; padding-bottom: .2rem; }
.meta { color: #666; } .by { color: #666; } .challenge { font-weight: 600; }
li { margin: .25rem 0; } table { border-collapse: collapse; } td, th { border: 1px solid #ccc;
     padding: .2rem .5rem; text-align: left; }
@media print { body { margin: 0; max-width: none; font-size: 11pt; }
               h2 { break-after: avoid; } li, tr { break-inside: avoid; } }
"""


def to_html(s: SessionState) -> str:
    """One self-contained page (inline CSS, no scripts) that prints well."""

    def e(text: str) -> str:
        # Control characters are no HTML; shown as escapes, like everywhere else.
        return html.escape(literal(text))

    sm = summary(s)
    body: list[str] = [f"<h1>{e(s.title)}</h1>"]
    state = "closed" if s.closed else f"at {e(s.stage)}"
    body.append(f'<p class="meta">{e(s.template)} · {state} · {e(s.created[:10])}</p>')
    if sm["participants"]:
        body.append(f"<p><b>Participants:</b> {e(', '.join(sm['participants']))}</p>")
    if sm["idea"]:
        body += ["<h2>The idea</h2>", f"<p>{e(sm['idea'])}</p>"]

    def by(name: str | None, missing: str = "") -> str:
        who = name or missing
        return f' <span class="by">— {e(who)}</span>' if who else ""

    def action(a: dict[str, Any]) -> str:
        due = f", by {e(a['due'])}" if a["due"] else ""
        return f"{e(a['text'])}{by(a['owner'], 'no owner')}{due}"

    if sm["appreciations"]:
        body.append("<h2>What is valuable in it</h2><ul>")
        body += [f"<li>{e(a['text'])}{by(a['by'])}</li>" for a in sm["appreciations"]]
        body.append("</ul>")
    if sm["objections"]:
        body.append("<h2>Objections, challenges and ideas</h2><ul>")
        for o in sm["objections"]:
            parked = " <i>(parked)</i>" if o["parked"] else ""
            body.append(f"<li>{e(o['text'])}{by(o['by'], 'anonymous')}{parked}")
            c = o.get("challenge")
            if c:
                body.append(f'<ul><li class="challenge">→ {e(c["text"])}</li><ul>')
                for i in c["ideas"]:
                    body.append(f"<li>{e(i['text'])}{by(i['by'])}</li>")
                    body += [f"<li>Action: {action(a)}</li>" for a in i["actions"]]
                body += [f"<li>Action: {action(a)}</li>" for a in c["actions"]]
                body.append("</ul></ul>")
            body.append("</li>")
        body.append("</ul>")
    if sm["other_actions"]:
        body.append("<h2>Actions</h2><ul>")
        body += [f"<li>{action(a)}</li>" for a in sm["other_actions"]]
        body.append("</ul>")
    if sm["energy"]:
        body.append(
            "<h2>Energy</h2><table><tr><th>who</th><th>check-in</th><th>check-out</th></tr>"
        )
        for x in sm["energy"]:
            cells = (x["name"], x["in"] or "–", x["out"] or "–")
            body.append("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in cells) + "</tr>")
        body.append("</table>")
    for title, key in (("Check-out", "check_out"), ("Notes", "notes")):
        if sm[key]:
            body.append(f"<h2>{title}</h2><ul>")
            body += [f"<li>{e(n['text'])}{by(n['by'])}</li>" for n in sm[key]]
            body.append("</ul>")
    quads = [q for q in s.quadrants if not q.private]
    if quads:
        body.append("<h2>Quadrants</h2><table><tr><th>who</th><th>core quality</th><th>pitfall</th>"
                    "<th>challenge</th><th>allergy</th></tr>")  # fmt: skip
        for q in quads:
            cells = (q.name, q.core_quality, q.pitfall, q.challenge, q.allergy)
            body.append("<tr>" + "".join(f"<td>{e(c or '?')}</td>" for c in cells) + "</tr>")
        body.append("</table>")
    body.append("<h2>Direction</h2><ul>")
    body += [f"<li>{e(k)}: {d} of {t}</li>" for k, (d, t) in direction(s).items()]
    body.append("</ul>")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{e(s.title)}</title><style>{_CSS}</style></head><body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )


def to_csv(s: SessionState) -> str:
    """The actions, one row each, with the challenge and objection they answer."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["id", "action", "owner", "due", "status", "challenge", "objection"])
    for a in s.actions:
        chl = s.find(a.about) if a.about else None
        if chl is not None and a.about and a.about.startswith("idea-"):
            chl = s.find(chl.about) if chl.about else None
        obj = s.find(chl.about) if chl is not None else None
        w.writerow([a.id, _cell(a.text), _cell(s.name_of(a.owner) or ""), a.due or "",
                    a.status, _cell(chl.text if chl else ""),
                    _cell(obj.text if obj else "")])  # fmt: skip
    return buf.getvalue()


def _cell(text: str) -> str:
    # A spreadsheet runs a cell starting with = + - @ as a formula; a quote keeps it text.
    text = literal(text)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def export(events: list[Event], sid: str, fmt: str, anonymize: bool = False) -> str:
    """A session as Markdown, HTML, JSON or CSV of actions."""
    if fmt not in FORMATS:
        raise BadInput(f"Unknown export format '{fmt}': use {', '.join(FORMATS)}.")
    ready = prepared(events, anonymize)
    if fmt == "json":
        return to_json(ready, sid)
    state = fold(ready, sid)
    return {"md": to_markdown, "html": to_html, "csv": to_csv}[fmt](state)


def parse_export(raw: bytes, name: str, schema: int) -> list[dict[str, Any]]:
    """The events of a JSON export, checked; BadInput says what is wrong with the file."""
    try:
        doc = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise BadInput(f"{name} is not a cocreate export (not UTF-8 text).") from None
    except json.JSONDecodeError as exc:
        raise BadInput(
            f"{name} is not valid JSON (truncated?): {exc.msg} at line {exc.lineno}."
        ) from None
    if not isinstance(doc, dict) or doc.get("format") != EXPORT_MARK:
        raise BadInput(f"{name} is not a cocreate export (no '{EXPORT_MARK}' marker).")
    if not isinstance(doc.get("schema"), int) or not isinstance(doc.get("version"), int):
        raise BadInput(f"{name} carries no schema version.")
    if doc["schema"] > schema or doc["version"] > EXPORT_VERSION:
        raise BadInput(
            f"{name} was made by a newer cocreate (schema {doc['schema']}); update cocreate."
        )
    events = doc.get("events")
    if not isinstance(events, list) or not events or not all(isinstance(e, dict) for e in events):
        raise BadInput(f"{name} holds no events.")
    try:
        parsed = [Event.from_dict(e) for e in events]
        if parsed[0].kind != "session":
            raise ValueError("the first event does not open a session")
        state = fold(parsed)
        lines(parsed)  # every event must also read back in the transcript
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise BadInput(f"{name} has events that cannot be read ({exc}).") from None
    _check_known(parsed, state, name)
    return [dict(e.to_dict(), seq=i) for i, e in enumerate(parsed, start=1)]


# Kinds that move the session rather than record something in it.
MOVES = frozenset({"session", "advance", "back", "skip"})


def _check_known(events: list[Event], state: SessionState, name: str) -> None:
    """Refuse what this cocreate could store but not show: unknown templates, stages, kinds."""
    tpl = templates().get(state.template)
    if tpl is None:
        raise BadInput(f"{name} uses a template this cocreate does not know ('{state.template}').")
    stages = set(tpl.stage_names)
    for e in events:
        moved = (
            {str(e.data.get(k)) for k in ("from", "to")} if e.kind in MOVES - {"session"} else set()
        )
        unknown = ({e.stage} | moved) - stages
        if unknown:
            raise BadInput(
                f"{name} has a stage the '{tpl.name}' template does not know ('{unknown.pop()}')."
            )
        if e.kind not in KINDS | MOVES:
            raise BadInput(
                f"{name} has an event of a kind this cocreate does not know ('{e.kind}')."
            )
