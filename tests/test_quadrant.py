"""The quadrant model: corners, the named relations, and the plain-text diagram."""

from __future__ import annotations

import dataclasses

import pytest

from cocreate.domain.quadrant import (
    ARROWS,
    CORNERS,
    Quadrant,
    Relation,
    relation,
    render_diagram,
    text_width,
)

DECISIVE = Quadrant("decisiveness", "pushiness", "patience", "passivity")
HOSTILE = [
    "[/]",
    "[/foo]",
    "[bold]red[/bold]",
    "tab\there",
    "new\nline",
    "esc\x1b[31m",
    "🙂🎉",
    "x" * 300,
]


def test_corners_in_order() -> None:
    assert CORNERS == ("core_quality", "pitfall", "challenge", "allergy")
    assert tuple(DECISIVE.corners()) == CORNERS
    assert DECISIVE.corners()["challenge"] == "patience"


def test_missing_lists_empty_and_blank_corners() -> None:
    assert Quadrant().missing() == CORNERS
    assert Quadrant("decisiveness", " ").missing() == ("pitfall", "challenge", "allergy")
    assert DECISIVE.missing() == ()


def test_with_corner_returns_a_copy() -> None:
    q = Quadrant("decisiveness")
    filled = q.with_corner("allergy", "passivity")
    assert filled.allergy == "passivity"
    assert q.allergy == ""
    with pytest.raises(ValueError, match="unknown corner"):
        q.with_corner("strength", "x")


def test_quadrant_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        DECISIVE.pitfall = "x"  # type: ignore[misc]


def test_pitfall_is_too_much_of_the_core_quality() -> None:
    assert relation("core_quality", "pitfall") is Relation.TOO_MUCH


def test_challenge_is_the_positive_opposite_of_the_pitfall() -> None:
    assert relation("pitfall", "challenge") is Relation.POSITIVE_OPPOSITE


def test_allergy_is_too_much_of_the_challenge() -> None:
    assert relation("challenge", "allergy") is Relation.TOO_MUCH


def test_allergy_and_core_quality_are_negative_opposites_both_ways() -> None:
    assert relation("allergy", "core_quality") is Relation.NEGATIVE_OPPOSITE
    assert relation("core_quality", "allergy") is Relation.NEGATIVE_OPPOSITE


@pytest.mark.parametrize(
    ("source", "target"),
    [("core_quality", "challenge"), ("pitfall", "allergy"), ("pitfall", "core_quality")],
)
def test_no_relation_across_diagonals_or_against_an_arrow(source: str, target: str) -> None:
    assert relation(source, target) is None


def test_arrows_go_round_the_quadrant_once() -> None:
    assert [a.source for a in ARROWS] == list(CORNERS)
    assert [a.target for a in ARROWS] == [*CORNERS[1:], CORNERS[0]]


def test_relation_labels_in_both_languages() -> None:
    assert Relation.TOO_MUCH.label() == "too much"
    assert Relation.TOO_MUCH.label("nl") == "te veel"
    assert Relation.POSITIVE_OPPOSITE.label("nl") == "positieve tegenpool"
    assert Relation.NEGATIVE_OPPOSITE.label("xx") == "negative opposite"


def test_turned_quadrant_seen_from_the_challenge() -> None:
    turned = DECISIVE.turned()
    assert turned == Quadrant("patience", "passivity", "decisiveness", "pushiness")
    assert turned.turned() == DECISIVE


def _line_with(diagram: str, text: str) -> int:
    return next(i for i, line in enumerate(diagram.splitlines()) if text in line)


def test_diagram_places_the_corners_and_names_the_arrows() -> None:
    d = render_diagram(DECISIVE)
    lines = d.splitlines()
    top, bottom = _line_with(d, "decisiveness"), _line_with(d, "passivity")
    assert top == _line_with(d, "pushiness") < bottom == _line_with(d, "patience")
    assert lines[top].index("decisiveness") < lines[top].index("pushiness")
    assert lines[bottom].index("passivity") < lines[bottom].index("patience")
    assert "too much -->" in lines[_line_with(d, "CORE QUALITY")]
    assert "<-- too much" in lines[_line_with(d, "ALLERGY")]
    assert "positive opposite" in d and "negative opposite" in d
    # The positive opposite runs down the right side, the negative one up the left.
    assert lines[_line_with(d, "positive opposite")].rstrip().endswith("|")
    assert "^" in lines[top + 2] and lines[top + 2].index("^") < 20


def test_diagram_marks_empty_corners() -> None:
    d = render_diagram(Quadrant("decisiveness"))
    assert d.count("?") == 3


def test_diagram_in_dutch() -> None:
    d = render_diagram(Quadrant("daadkracht", "drammerigheid", "geduld", "passiviteit"), lang="nl")
    for word in ("KERNKWALITEIT", "VALKUIL", "UITDAGING", "ALLERGIE", "te veel", "tegenpool"):
        assert word in d


@pytest.mark.parametrize("width", [40, 72, 80, 120])
def test_diagram_fits_its_width(width: int) -> None:
    d = render_diagram(Quadrant("x" * 200, "🙂" * 50, "long words " * 20), width=width)
    assert max(text_width(line) for line in d.splitlines()) <= max(width, 50)


def test_diagram_default_fits_80_columns() -> None:
    assert max(len(line) for line in render_diagram(DECISIVE).splitlines()) <= 80


@pytest.mark.parametrize("word", HOSTILE)
def test_diagram_shows_hostile_words_literally_and_keeps_its_shape(word: str) -> None:
    d = render_diagram(Quadrant(word, word, word, word), width=80)
    lines = d.splitlines()
    assert all(text_width(line) <= 80 for line in lines)
    assert all(line[:1] in "+| " for line in lines)
    assert "\x1b" not in d and "\t" not in d
    if word.startswith("["):
        assert word in d
