"""Coupling quadrants: friction (mutual or not), learning, shared pitfalls, the room."""

from __future__ import annotations

import json

import pytest

from cocreate.domain.coupling import couple, couple_room
from cocreate.domain.lexicon import Lexicon
from cocreate.domain.quadrant import Quadrant
from tests.test_lexicon import EN, NL, shipped


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.from_rows(EN, NL)


# Ann's allergy is Bo's core quality and the other way round: they bite each other.
ANN = Quadrant("decisiveness", "pushiness", "patience", "helpfulness")
BO = Quadrant("helpful", "meddling", "receptive", "decisive")
BO_NL = Quadrant("behulpzaam", "bemoeizucht", "ontvankelijk", "daadkrachtig")


def test_mutual_friction_bites_both_ways_and_is_listed_once(lex: Lexicon) -> None:
    c = couple("Ann", ANN, "Bo", BO, lex)
    assert c.mutual
    assert len(c.friction) == 1
    f = c.friction[0]
    assert (f.allergic, f.to, f.mutual, f.via) == ("Ann", "Bo", True, "core_quality")
    assert "bite each other" in f.sentence


def test_mutual_friction_across_languages(lex: Lexicon) -> None:
    assert couple("Ann", ANN, "Bo", BO_NL, lex).mutual


def test_one_way_friction(lex: Lexicon) -> None:
    chris = Quadrant("helpfulness", "meddling", "receptiveness", "selfishness")
    c = couple("Ann", ANN, "Chris", chris, lex)
    assert not c.mutual
    assert [(f.allergic, f.to, f.quality) for f in c.friction] == [("Ann", "Chris", "helpfulness")]
    assert c.friction[0].sentence == "Ann is allergic to Chris's core quality helpfulness."


def test_allergy_meets_the_others_pitfall(lex: Lexicon) -> None:
    # The classic pair: each one's allergy is the other's core quality overdone.
    ann = Quadrant("decisiveness", "pushiness", "patience", "passivity")
    bo = Quadrant("geduld", "passiviteit", "daadkracht", "drammerigheid")
    c = couple("Ann", ann, "Bo", bo, lex)
    assert c.mutual and c.friction[0].via == "pitfall"


def test_learning_both_ways_across_languages(lex: Lexicon) -> None:
    ann = Quadrant("decisiveness", "pushiness", "patience", "passivity")
    bo = Quadrant("geduldig", "passief", "daadkracht", "drammerig")
    c = couple("Ann", ann, "Bo", bo, lex)
    assert {(lr.teacher, lr.learner) for lr in c.learning} == {("Bo", "Ann"), ("Ann", "Bo")}
    sentences = {lr.sentence for lr in c.learning}
    assert "Bo can teach Ann patience." in sentences
    assert "Ann can teach Bo decisiveness." in sentences
    assert {lr.quality for lr in c.learning} == {"patience", "daadkracht"}  # as typed


def test_shared_pitfall(lex: Lexicon) -> None:
    c = couple("Ann", ANN, "Dee", Quadrant("daadkracht", "drammerig"), lex)
    assert [s.names for s in c.shared_pitfalls] == [("Ann", "Dee")]
    assert c.shared_pitfalls[0].sentence == "Ann and Dee share the pitfall pushiness."


def test_empty_and_unknown_corners_never_couple(lex: Lexicon) -> None:
    c = couple("Ann", Quadrant("blorf"), "Bo", Quadrant(allergy="blorf"), lex)
    assert c.friction and c.friction[0].quality == "blorf"  # the same word still matches
    empty = couple("Ann", Quadrant(), "Bo", Quadrant(), lex)
    assert not empty.friction and not empty.learning and not empty.shared_pitfalls


def test_no_coupling_between_unrelated_quadrants(lex: Lexicon) -> None:
    flex = Quadrant("flexibility", "fickleness", "steadiness", "rigidity")
    c = couple("Ann", ANN, "Flo", flex, lex)
    assert (c.friction, c.learning, c.shared_pitfalls) == ((), (), ())


def test_sentences_in_dutch(lex: Lexicon) -> None:
    ann = Quadrant("decisiveness", "pushiness", "patience", "passivity")
    bo = Quadrant("geduldig", "passief", "daadkracht", "drammerig")
    c = couple("Ann", ann, "Bo", bo, lex, lang="nl")
    assert "Bo kan Ann geduld leren." in {lr.sentence for lr in c.learning}
    assert "bijten elkaar" in c.friction[0].sentence


def test_room_matrix_lists_and_json(lex: Lexicon) -> None:
    dee = Quadrant("daadkracht", "drammerig", "geduld", "passief")
    room = couple_room({"Ann": ANN, "Bo": BO_NL, "Dee": dee}, lex)
    assert room.names == ("Ann", "Bo", "Dee")
    assert room.matrix["Ann"]["Ann"] == ()
    assert room.matrix["Ann"]["Bo"] == ("bite each other",)
    assert room.matrix["Bo"]["Ann"] == ("bite each other",)
    assert "same pitfall" in room.matrix["Ann"]["Dee"]
    assert "allergic to" in room.matrix["Bo"]["Dee"]  # Bo's allergy is Dee's core quality
    assert room.matrix["Dee"]["Bo"] == ()
    assert sum(f.mutual for f in room.friction) == 1
    assert [s.names for s in room.shared_pitfalls] == [("Ann", "Dee")]
    d = room.to_dict()
    assert set(d) == {"names", "matrix", "learning", "friction", "shared_pitfalls"}
    assert json.loads(json.dumps(d)) == d


def test_room_learning_pairs_and_labels(lex: Lexicon) -> None:
    ann = Quadrant("decisiveness", "pushiness", "patience", "passivity")
    bo = Quadrant("geduld", "passiviteit", "daadkracht", "drammerigheid")
    room = couple_room({"Ann": ann, "Bo": bo}, lex)
    assert {(lr.teacher, lr.learner) for lr in room.learning} == {("Bo", "Ann"), ("Ann", "Bo")}
    assert {"learns from", "teaches"} <= set(room.matrix["Ann"]["Bo"])


def test_room_groups_a_pitfall_shared_by_three(lex: Lexicon) -> None:
    room = couple_room(
        {"A": Quadrant(pitfall="pushy"), "B": Quadrant(pitfall="drammerig"), "C": ANN}, lex
    )
    assert [s.names for s in room.shared_pitfalls] == [("A", "B", "C")]
    assert room.shared_pitfalls[0].sentence == "A, B and C share the pitfall pushiness."


def test_empty_room() -> None:
    room = couple_room({}, Lexicon.from_rows([]))
    assert room.names == () and room.matrix == {} and room.to_dict()["friction"] == []


@shipped
def test_shipped_lexicon_is_the_default() -> None:
    ann = Quadrant("decisiveness", "pushiness", "patience", "passivity")
    bo = Quadrant("geduldig", "passief", "daadkrachtig", "drammerig")
    c = couple("Ann", ann, "Bo", bo)
    assert {(lr.teacher, lr.learner) for lr in c.learning} == {("Bo", "Ann"), ("Ann", "Bo")}
    assert c.mutual


def test_a_loosely_listed_synonym_does_not_make_a_learning_pair() -> None:
    from cocreate.domain.coupling import couple_room
    from cocreate.domain.quadrant import Quadrant

    room = couple_room(
        {
            "Ann": Quadrant("decisiveness", "pushiness", "patience", "passivity"),
            "Bo": Quadrant("carefulness", "perfectionism", "pragmatism", "sloppiness"),
        }
    )
    assert not any(x.teacher == "Ann" and x.learner == "Bo" for x in room.learning)
