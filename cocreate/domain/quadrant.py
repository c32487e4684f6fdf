"""The core quadrant (Ofman): four corners, the named relations between them, and a diagram."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, fields, replace
from enum import Enum

CORNERS: tuple[str, ...] = ("core_quality", "pitfall", "challenge", "allergy")

CORNER_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "core_quality": "core quality",
        "pitfall": "pitfall",
        "challenge": "challenge",
        "allergy": "allergy",
    },
    "nl": {
        "core_quality": "kernkwaliteit",
        "pitfall": "valkuil",
        "challenge": "uitdaging",
        "allergy": "allergie",
    },
}


class Relation(Enum):
    """How one corner follows from another."""

    TOO_MUCH = "too much"
    POSITIVE_OPPOSITE = "positive opposite"
    NEGATIVE_OPPOSITE = "negative opposite"

    def label(self, lang: str = "en") -> str:
        """The relation's name as it is written on the diagram's arrow, in ``lang``."""
        return RELATION_LABELS.get(lang, RELATION_LABELS["en"])[self]


RELATION_LABELS: dict[str, dict[Relation, str]] = {
    "en": {r: r.value for r in Relation},
    "nl": {
        Relation.TOO_MUCH: "te veel",
        Relation.POSITIVE_OPPOSITE: "positieve tegenpool",
        Relation.NEGATIVE_OPPOSITE: "negatieve tegenpool",
    },
}


@dataclass(frozen=True)
class Arrow:
    """One named arrow of the quadrant: ``target`` is ``relation`` of ``source``."""

    source: str
    target: str
    relation: Relation


# The model itself: pitfall = too much of the core quality; challenge = positive opposite
# of the pitfall; allergy = too much of the challenge, and so the negative opposite of the
# core quality (the left-hand arrow runs both ways).
ARROWS: tuple[Arrow, ...] = (
    Arrow("core_quality", "pitfall", Relation.TOO_MUCH),
    Arrow("pitfall", "challenge", Relation.POSITIVE_OPPOSITE),
    Arrow("challenge", "allergy", Relation.TOO_MUCH),
    Arrow("allergy", "core_quality", Relation.NEGATIVE_OPPOSITE),
)


def relation(source: str, target: str) -> Relation | None:
    """The relation that leads from corner ``source`` to corner ``target``.

    Args:
        source: A corner name from ``CORNERS``.
        target: Another corner name.

    Returns:
        The named relation, or None when no arrow joins the two corners in that
        direction (the diagonals, or against an arrow). The negative opposite is
        symmetric, so it is found both ways.
    """
    for arrow in ARROWS:
        if arrow.source == source and arrow.target == target:
            return arrow.relation
        if arrow.relation is Relation.NEGATIVE_OPPOSITE and (arrow.target, arrow.source) == (
            source,
            target,
        ):
            return arrow.relation
    return None


def _check_corner(name: str) -> None:
    if name not in CORNERS:
        raise ValueError(f"unknown corner {name!r}; expected one of {', '.join(CORNERS)}")


@dataclass(frozen=True)
class Quadrant:
    """The four corners of one person, team or organisation, in their own words.

    Empty strings mark corners nobody has filled in yet.
    """

    core_quality: str = ""
    pitfall: str = ""
    challenge: str = ""
    allergy: str = ""

    def corners(self) -> dict[str, str]:
        """All four corners by name, in ``CORNERS`` order."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def missing(self) -> tuple[str, ...]:
        """The names of the corners that are empty (blank counts as empty)."""
        return tuple(name for name, word in self.corners().items() if not word.strip())

    def with_corner(self, name: str, word: str) -> Quadrant:
        """A copy with corner ``name`` set to ``word``.

        Raises:
            ValueError: ``name`` is not one of ``CORNERS``.
        """
        _check_corner(name)
        return replace(self, **{name: word})

    def turned(self) -> Quadrant:
        """The same quadrant seen from its challenge.

        The model is symmetric: the challenge overdone is the allergy, whose positive
        opposite is the core quality, whose excess is the pitfall. So swapping the
        pairs (core quality, pitfall) and (challenge, allergy) keeps every arrow true.
        """
        return Quadrant(self.challenge, self.allergy, self.core_quality, self.pitfall)


# Diagram -------------------------------------------------------------------------------

_MIN_WIDTH = 50


def _clean(text: str) -> str:
    # User words are shown literally, but a newline or tab would break the box and a
    # terminal escape could rewrite the screen, so only layout-breaking characters go.
    out: list[str] = []
    for ch in text:
        cat = unicodedata.category(ch)
        if ch.isspace():
            out.append(" ")
        elif cat in ("Cc", "Cs"):
            out.append("\ufffd")
        else:
            out.append(ch)
    return " ".join("".join(out).split())


def _char_width(ch: str) -> int:
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def text_width(text: str) -> int:
    """The number of terminal columns ``text`` takes (wide characters count twice)."""
    return sum(_char_width(ch) for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - text_width(text))


def _wrap(text: str, width: int) -> list[str]:
    # textwrap counts characters, not columns; emoji and CJK words would overflow the box.
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        while text_width(word) > width:
            cut, used = 0, 0
            while cut < len(word) and used + _char_width(word[cut]) <= width - text_width(line):
                used += _char_width(word[cut])
                cut += 1
            if cut == 0:
                lines.append(line)
                line = ""
                continue
            lines.append(line + word[:cut])
            line, word = "", word[cut:]
        candidate = f"{line} {word}" if line else word
        if text_width(candidate) <= width:
            line = candidate
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return [ln for ln in lines if ln] or [""]


def _box(title: str, word: str, inner: int) -> list[str]:
    body = _wrap(_clean(word) or "?", inner)
    return [f"| {_pad(title, inner)} |"] + [f"| {_pad(line, inner)} |" for line in body]


def _box_pair(left: list[str], right: list[str], gap: list[str], inner: int) -> list[str]:
    blank = f"| {' ' * inner} |"
    height = max(len(left), len(right))
    left = left + [blank] * (height - len(left))
    right = right + [blank] * (height - len(right))
    edge = "+" + "-" * (inner + 2) + "+"
    filler = " " * text_width(gap[0])
    rows = [edge + filler + edge]
    for i in range(height):
        middle = gap[i] if i < len(gap) else filler
        rows.append(left[i] + middle + right[i])
    rows.append(edge + filler + edge)
    return rows


def render_diagram(q: Quadrant, width: int = 72, *, lang: str = "en") -> str:
    """Draw the quadrant as a plain-text 2x2 with named arrows.

    Core quality top left, pitfall top right, challenge bottom right, allergy bottom
    left. Empty corners show "?". Long words wrap inside their box.

    Args:
        q: The quadrant to draw; its words are shown as typed.
        width: Total width in columns (at least 50 is used).
        lang: "en" or "nl" for the corner and arrow labels.

    Returns:
        The diagram, lines joined by newlines, no trailing newline.
    """
    width = max(_MIN_WIDTH, width)
    corner = CORNER_LABELS.get(lang, CORNER_LABELS["en"])
    too_much = Relation.TOO_MUCH.label(lang)
    gap_width = len(too_much) + 8
    # A corner label never wraps, so it sets the narrowest box.
    inner = max((width - gap_width) // 2 - 4, *(len(label) for label in corner.values()))
    right_arrow = _pad(f"  {too_much} -->", gap_width)
    left_arrow = _pad(f"  <-- {too_much}", gap_width)

    top = _box_pair(
        _box(corner["core_quality"].upper(), q.core_quality, inner),
        _box(corner["pitfall"].upper(), q.pitfall, inner),
        [right_arrow],
        inner,
    )
    bottom = _box_pair(
        _box(corner["allergy"].upper(), q.allergy, inner),
        _box(corner["challenge"].upper(), q.challenge, inner),
        [left_arrow],
        inner,
    )
    box_width = inner + 4
    left_x = box_width // 2
    right_x = box_width + gap_width + box_width // 2
    negative = Relation.NEGATIVE_OPPOSITE.label(lang)
    positive = Relation.POSITIVE_OPPOSITE.label(lang)

    def shaft(left: str, right: str, left_label: str = "", right_label: str = "") -> str:
        line = [" "] * (right_x + 1)
        line[left_x], line[right_x] = left, right
        if left_label:
            start = left_x + 3
            line[start : start + len(left_label)] = left_label
        if right_label:
            start = right_x - 2 - len(right_label)
            line[start : start + len(right_label)] = right_label
        return "".join(line).rstrip()

    middle = [
        shaft("^", "|"),
        shaft("|", "|", right_label=positive),
        shaft("|", "|", left_label=negative),
        shaft("v", "v"),
    ]
    return "\n".join(top + middle + bottom)
