"""Stage templates: which stages a session walks through, and what each stage records.

Templates are data (``cocreate/data/templates.json``), read once; only the guards
they name are code (see ``flow.py``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files


@dataclass(frozen=True)
class Stage:
    """One stage of a template."""

    name: str
    label: str
    records: frozenset[str]
    guards: tuple[str, ...]
    optional: bool = False
    final: bool = False


@dataclass(frozen=True)
class Template:
    """A named sequence of stages with what may be recorded in each."""

    name: str
    title: str
    description: str
    stages: tuple[Stage, ...]
    always: frozenset[str]
    dots: int = 3

    @property
    def stage_names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.stages)

    def stage(self, name: str) -> Stage:
        """The stage called ``name``; KeyError when the template has none."""
        for s in self.stages:
            if s.name == name:
                return s
        raise KeyError(name)

    def index(self, name: str) -> int:
        return self.stage_names.index(name)

    def allows(self, stage: str, kind: str) -> bool:
        """Whether ``kind`` may be recorded while the session is at ``stage``."""
        s = self.stage(stage)
        if s.final:
            return False
        return kind in s.records or kind in self.always

    def stages_for(self, kind: str) -> tuple[str, ...]:
        """The stages in which ``kind`` may be recorded, in order."""
        if kind in self.always:
            return tuple(s.name for s in self.stages if not s.final)
        return tuple(s.name for s in self.stages if kind in s.records)


def _parse(raw: dict) -> dict[str, Template]:
    always = frozenset(raw.get("always", ()))
    out: dict[str, Template] = {}
    for name, t in raw["templates"].items():
        stages = tuple(
            Stage(
                name=s["name"],
                label=s.get("label", s["name"]),
                records=frozenset(s.get("records", ())),
                guards=tuple(s.get("guards", ())),
                optional=bool(s.get("optional", False)),
                final=bool(s.get("final", False)),
            )
            for s in t["stages"]
        )
        out[name] = Template(
            name=name,
            title=t.get("title", name),
            description=t.get("description", ""),
            stages=stages,
            always=always,
            dots=int(t.get("dots", 3)),
        )
    return out


@cache
def templates() -> dict[str, Template]:
    """All shipped templates by name, default first."""
    text = files("cocreate.data").joinpath("templates.json").read_text(encoding="utf-8")
    return _parse(json.loads(text))


DEFAULT_TEMPLATE = "co-creation"


def template(name: str) -> Template:
    """The template called ``name``; KeyError when there is none."""
    return templates()[name]
