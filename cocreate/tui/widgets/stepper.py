"""The stage stepper: every stage of the template, done ones ticked, the current one marked."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from cocreate.domain.session import SessionState
from cocreate.domain.templates import template


def steps(state: SessionState) -> Content:
    """One line of stages: ✓ done, ● current, ↷ skipped, plain for those to come."""
    tpl = template(state.template)
    names = tpl.stage_names
    here = names.index(state.stage)
    parts: list[Content] = []
    for i, stage in enumerate(tpl.stages):
        if stage.name == state.stage:
            part = Content.from_markup("[reverse b] ● $l [/]", l=stage.label)
        elif stage.name in state.skipped and i < here:
            part = Content.from_markup("[dim strike]↷ $l[/]", l=stage.label)
        elif i < here:
            part = Content.from_markup("[$success]✓[/] $l", l=stage.label)
        else:
            part = Content.from_markup("[dim]$l[/]", l=stage.label)
        parts.append(part)
    return Content(" ").join(parts)


class Stepper(Static):
    """Shows ``steps`` for a session; wraps onto a second line when narrow."""

    def show(self, state: SessionState) -> None:
        self.update(steps(state))
