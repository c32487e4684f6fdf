"""The stage stepper: every stage of the template, done ones ticked, the current one marked.

Always one line: when the labels do not fit, the stages done fold into ticks and the
stages to come are cut off with a count, so the current stage stays in view.
"""

from __future__ import annotations

from textual.content import Content
from textual.widget import Widget

from cocreate.domain.session import SessionState
from cocreate.domain.templates import template


def _current(label: str) -> Content:
    return Content.from_markup("[reverse b] ● $l [/]", l=label)


def steps(state: SessionState, width: int | None = None, stage: str | None = None) -> Content:
    """The stages on one line: ✓ done, ● current, ↷ skipped, dim for those to come.

    Args:
        state: the session (its skipped stages, and its current stage unless ``stage`` is given).
        width: the cells available; None for the full line.
        stage: the stage to mark as current (a replay shows an earlier one).
    """
    tpl = template(state.template)
    names = tpl.stage_names
    here_name = stage if stage in names else state.stage
    here = names.index(here_name)
    stages = tpl.stages
    done: list[Content] = []
    for st in stages[:here]:
        if st.name in state.skipped:
            done.append(Content.from_markup("[dim strike]↷ $l[/]", l=st.label))
        else:
            done.append(Content.from_markup("[$success]✓[/] $l", l=st.label))
    ahead = [Content.from_markup("[dim]$l[/]", l=st.label) for st in stages[here + 1 :]]
    now = _current(stages[here].label)
    full = Content(" ").join([*done, now, *ahead])
    if width is None or full.cell_length <= width:
        return full
    # Fold the stages done into ticks: "✓✓✓✓ ● Objections  Challenges  Ideas …".
    ticks = Content.assemble(
        *(
            Content.styled("↷", "dim")
            if st.name in state.skipped
            else Content.styled("✓", "$success")
            for st in stages[:here]
        )
    )
    head = Content.assemble(ticks, " ") if here else Content("")
    line = head + now
    for n, part in enumerate(ahead):
        rest = len(ahead) - n - 1
        more = Content.styled(f" +{rest}", "dim") if rest else Content("")
        if (line + " " + part + more).cell_length > width:
            return line + Content.styled(f" +{len(ahead) - n}", "dim")
        line = line + " " + part
    return line


class Stepper(Widget):
    """Shows ``steps`` for a session on one line, fitted to the width it has."""

    DEFAULT_CSS = """
    Stepper { height: 1; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.state: SessionState | None = None
        self.stage: str | None = None

    def show(self, state: SessionState, stage: str | None = None) -> None:
        """Show ``state``, marking ``stage`` (default: the session's current stage)."""
        self.state, self.stage = state, stage
        self.refresh()

    def render(self) -> Content:
        if self.state is None:
            return Content("")
        return steps(self.state, self.content_size.width or None, self.stage)
