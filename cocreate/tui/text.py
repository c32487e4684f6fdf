"""User text made safe for the screen: literal Content, never markup."""

from __future__ import annotations

from rich.text import Text
from textual.content import Content

from cocreate.app.views import literal, one_line


def lit(text: str | None) -> Content:
    """Someone's words as Content: markup-looking text and control characters shown as typed."""
    return Content(literal(text or ""))


def short(text: str | None, width: int = 120) -> Content:
    """Someone's words folded onto one line and shortened, as Content."""
    return Content(one_line(text or "", width))


def cell(text: str | None, width: int = 60) -> Text:
    """A DataTable cell: a Rich Text so the table never reads it as markup."""
    return Text(one_line(text or "", width), no_wrap=True, overflow="ellipsis")


def tpl(markup: str, **values: str) -> Content:
    """Our markup with someone's words filled in as data (``$name`` placeholders)."""
    return Content.from_markup(markup, **{k: literal(v) for k, v in values.items()})
