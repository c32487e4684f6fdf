"""The objector's quadrant as a lens on an objection: corner, challenge, learning partners."""

from __future__ import annotations

import json

import pytest

from cocreate.domain.lens import Lens, read_lens
from cocreate.domain.quadrant import Quadrant
from cocreate.domain.reframe import reframe, well_formed

CAREFUL = Quadrant("carefulness", "perfectionism", "decisiveness", "recklessness")
ORDERLY = Quadrant("orderliness", "rigidity", "flexibility", "chaos")
ROOM = {
    "Ann": Quadrant("decisiveness", "pushiness", "patience", "passivity"),
    "Bo": Quadrant("flexibility", "vagueness", "structure", "rigidity"),
    "Chris": CAREFUL,
    "Dee": ORDERLY,
}


def test_a_careful_objector_speaks_from_the_core_quality() -> None:
    lens = read_lens("It's risky", "en", CAREFUL, objector_name="Chris", room=ROOM)
    assert lens.corner == "core_quality"
    assert lens.objector_challenge == "decisiveness"
    assert lens.partners == ("Ann",)
    assert "Chris" in lens.explanation and "Ann" in lens.explanation


def test_an_orderly_objector_reacts_from_the_allergy() -> None:
    lens = read_lens("This plan is chaotic", "en", ORDERLY, objector_name="Dee", room=ROOM)
    assert lens.corner == "allergy"
    assert lens.partners == ("Bo",)
    assert "allergy" in lens.explanation


def test_allergy_synonyms_count() -> None:
    lens = read_lens("What a disorderly mess", "en", ORDERLY)
    assert lens.corner == "allergy"


def test_partners_are_matched_through_the_lexicon_across_languages() -> None:
    room = {"Eva": Quadrant("flexibiliteit", "", "", ""), "Dee": ORDERLY}
    lens = read_lens("Te chaotisch", "nl", ORDERLY, objector_name="Dee", room=room)
    assert lens.partners == ("Eva",)
    assert lens.corner == "allergy"
    assert "kernkwaliteit" in lens.explanation or "allergie" in lens.explanation


def test_the_objector_is_never_their_own_partner() -> None:
    me = Quadrant("flexibility", "vagueness", "flexibility", "rigidity")
    lens = read_lens("too vague", "en", me, objector_name="Me", room={"Me": me})
    assert lens.partners == ()


def test_without_a_challenge_there_is_no_candidate_and_no_crash() -> None:
    lens = read_lens("It's risky", "en", Quadrant("carefulness", "", "", ""))
    assert lens.objector_challenge == ""
    assert lens.candidate("this") is None
    assert lens.explanation


def test_reframe_adds_the_lens_and_a_candidate_toward_the_challenge() -> None:
    result = reframe("It's risky", objector=CAREFUL, objector_name="Chris", room=ROOM)
    assert isinstance(result.lens, Lens)
    assert result.challenges[0].rule != "lens"  # the objection's own challenge comes first
    lens_candidates = [c for c in result.challenges if c.rule == "lens"]
    assert len(lens_candidates) == 1
    text = lens_candidates[0].text
    assert well_formed(text, "en")
    assert "decisiveness" in text
    data = json.loads(json.dumps(result.to_dict()))
    assert data["lens"]["corner"] == "core_quality"
    assert data["lens"]["partners"] == ["Ann"]


def test_reframe_in_dutch_with_a_lens() -> None:
    orderly_nl = Quadrant("ordelijkheid", "star", "flexibiliteit", "chaos")
    result = reframe("Dit is veel te chaotisch", objector=orderly_nl, room=ROOM)
    assert result.lang == "nl"
    assert result.lens is not None and result.lens.corner == "allergy"
    assert any(c.rule == "lens" and well_formed(c.text, "nl") for c in result.challenges)


def test_a_clarify_keeps_the_lens() -> None:
    result = reframe("Yuck!", objector=ORDERLY, objector_name="Dee", room=ROOM)
    assert result.kind == "clarify"
    assert result.lens is not None
    assert all(c.rule == "clarify" for c in result.challenges)


@pytest.mark.parametrize("objection", ["It's too expensive", "Dat kost te veel", "NO!", "?"])
def test_lens_never_breaks_the_form(objection: str) -> None:
    result = reframe(objection, objector=CAREFUL, room=ROOM)
    for cand in result.challenges:
        assert cand.text.endswith("?")
        if result.kind == "challenge":
            assert well_formed(cand.text, result.lang)


def test_lens_is_frozen() -> None:
    lens = read_lens("It's risky", "en", CAREFUL)
    with pytest.raises(AttributeError):
        lens.corner = "allergy"  # type: ignore[misc]


def test_the_explanation_uses_the_objectors_own_words() -> None:
    bo = Quadrant("Carefulness", "perfectionism", "daring", "recklessness")
    room = {"Ann": Quadrant("boldness", "", "", ""), "Bo": bo}
    lens = read_lens("It's risky", "en", bo, objector_name="Bo", room=room)
    assert "carefulness" in lens.explanation and "caution" not in lens.explanation
    assert "daring" in lens.explanation
    assert lens.core_quality == "Carefulness"
    candidate = lens.candidate("this") or ""
    assert "carefulness" in candidate and "daring" in candidate


def test_partners_are_named_by_their_own_core_quality_word() -> None:
    room = {"Eva": Quadrant("flexibiliteit", "", "", ""), "Dee": ORDERLY}
    lens = read_lens("Te chaotisch", "nl", ORDERLY, objector_name="Dee", room=room)
    assert "orderliness" in lens.explanation and "flexibility" in lens.explanation
    assert "Eva heeft flexibiliteit" in lens.explanation
