"""The quadrant lexicon: matching words, completion from any corner, hints, the shipped data."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cocreate.domain.lexicon import Lexicon, default_lexicon, parse_tsv, word_key
from cocreate.domain.quadrant import CORNERS, Quadrant

EN = [
    (
        "decisiveness, decisive, resolute",
        "pushiness, pushy, forceful",
        "patience, patient",
        "passivity, passive",
    ),
    (
        "helpfulness, helpful",
        "meddling, meddlesome",
        "receptiveness, receptive",
        "selfishness, selfish",
    ),
    ("flexibility, flexible", "fickleness, fickle", "steadiness, steady", "rigidity, rigid"),
    (
        "decisiveness, decisive",
        "rashness, rash",
        "deliberation, deliberate",
        "indecision, indecisive",
    ),
]
NL = [
    ("daadkracht, daadkrachtig", "drammerigheid, drammerig", "geduld, geduldig",
     "passiviteit, passief", "decisiveness", "pushiness", "patience", "passivity"),
    ("behulpzaamheid, behulpzaam", "bemoeizucht, bemoeizuchtig", "ontvankelijkheid, ontvankelijk",
     "egoïsme, egoïstisch", "helpfulness", "meddling", "receptiveness", "selfishness"),
    ("flexibiliteit, flexibel", "wispelturigheid, wispelturig", "standvastigheid, standvastig",
     "starheid, star", "flexibility", "fickleness", "steadiness", "rigidity"),
]  # fmt: skip


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.from_rows(EN, NL)


# Matching words ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "word",
    ["decisive", "Decisiveness", "  RESOLUTE ", "daadkracht", "Daadkrachtig", "daadkrachtige"],
)
def test_forms_case_and_language_share_one_concept(lex: Lexicon, word: str) -> None:
    assert lex.concept(word) == lex.concept("decisiveness") == "decisiveness"


@pytest.mark.parametrize(
    ("typed", "listed"),
    [
        ("passieve", "passief"),  # Dutch adjective -e, v becomes f
        ("geduldigheid", "geduld"),  # -heid noun
        ("drammerige", "drammerigheid"),
        ("patiently", "patience"),  # English -ly
        ("flexibility", "flexible"),
        ("pushiness.", "pushy"),  # punctuation
        ("egoisme", "egoïsme"),  # accents left out
        ("standvastige", "steadiness"),
    ],
)
def test_simple_inflections_are_tolerated(lex: Lexicon, typed: str, listed: str) -> None:
    assert lex.concept(typed) is not None
    assert lex.same(typed, listed)


def test_unknown_and_empty_words(lex: Lexicon) -> None:
    assert lex.concept("xyzzy") is None
    assert lex.concept("") is None
    assert lex.concept("not patient") is None  # a negation is not the quality
    assert not lex.same("", "")
    assert lex.same("Xyzzy", "xyzzy")  # the same unknown word still equals itself
    assert not lex.same("xyzzy", "patience")


def test_phrases_and_published_notations(lex: Lexicon) -> None:
    assert lex.concept("very patient") == "patience"
    assert lex.concept("daadkracht (daadkrachtig)") == "decisiveness"
    assert lex.concept("rigid, critical") == "rigidity"


def test_same_across_languages(lex: Lexicon) -> None:
    assert lex.same("Daadkrachtig", "decisive")
    assert lex.same("geduld", "patience")
    assert not lex.same("patience", "passivity")


def test_terms_and_display(lex: Lexicon) -> None:
    assert {"decisive", "daadkracht", "daadkrachtig", "resolute"} <= lex.terms("decisiveness")
    assert lex.terms("nope") == frozenset()
    assert lex.display("decisiveness", "en") == "decisiveness"
    assert lex.display("decisiveness", "nl") == "daadkracht"
    assert lex.display("rashness", "nl") == "rashness"  # no Dutch word: falls back
    assert lex.display("unknown concept", "nl") == "unknown concept"


def test_detect_lang(lex: Lexicon) -> None:
    assert lex.detect_lang("daadkrachtig") == "nl"
    assert lex.detect_lang("decisive", "pushy") == "en"
    assert lex.detect_lang("eigenwijsheid") == "nl"  # unknown, but it looks Dutch
    assert lex.detect_lang() == "en"


def test_suggest_did_you_mean(lex: Lexicon) -> None:
    assert lex.suggest("decisivness")[0] in lex.terms("decisiveness")
    assert lex.suggest("") == []
    assert len(lex.suggest("pati", limit=1)) <= 1


def test_word_key() -> None:
    assert word_key(" Naïef! ") == "naief"
    assert word_key("Service-gericht") == "servicegericht"


def test_parse_tsv_skips_comments_and_header() -> None:
    text = "core_quality\tpitfall\tchallenge\tallergy\n# note\n\na\tb\tc\td\n"
    assert parse_tsv(text) == [["a", "b", "c", "d"]]


# Completion ----------------------------------------------------------------------------

EN_FULL = Quadrant("decisiveness", "pushiness", "patience", "passivity")
NL_FULL = Quadrant("daadkracht", "drammerigheid", "geduld", "passiviteit")


@pytest.mark.parametrize("corner", CORNERS)
@pytest.mark.parametrize("full", [EN_FULL, NL_FULL], ids=["en", "nl"])
def test_complete_from_each_corner_in_both_languages(
    lex: Lexicon, corner: str, full: Quadrant
) -> None:
    word = getattr(full, corner)
    c = lex.complete(**{corner: word})
    assert c.known
    assert c.lang == ("nl" if full is NL_FULL else "en")
    assert c.quadrant == full
    assert set(c.alternatives) == set(CORNERS) - {corner}


def test_given_words_stay_as_typed(lex: Lexicon) -> None:
    c = lex.complete(core_quality="  DAADKRACHTIGE ")
    assert c.quadrant.core_quality == "DAADKRACHTIGE"
    assert c.quadrant.pitfall == "drammerigheid"


def test_alternatives_are_ranked_and_exclude_the_choice(lex: Lexicon) -> None:
    c = lex.complete(core_quality="decisive")
    assert c.quadrant.pitfall == "pushiness"  # two rows agree on it, one on rashness
    assert c.alternatives["pitfall"] == ["rashness"]
    assert "pushiness" not in c.alternatives["pitfall"]


def test_the_row_matching_more_given_corners_wins(lex: Lexicon) -> None:
    c = lex.complete(core_quality="decisive", pitfall="rash")
    assert c.quadrant.challenge == "deliberation"
    assert c.quadrant.allergy == "indecision"
    assert set(c.alternatives) == {"challenge", "allergy"}


def test_lang_can_be_forced(lex: Lexicon) -> None:
    c = lex.complete(core_quality="decisive", lang="nl")
    assert c.quadrant == Quadrant("decisive", "drammerigheid", "geduld", "passiviteit")
    assert c.lang == "nl"


def test_a_quadrant_turns_when_started_from_its_challenge(lex: Lexicon) -> None:
    # Only known as a challenge, patience still completes as a core quality.
    c = lex.complete(core_quality="patience")
    assert c.quadrant == Quadrant("patience", "passivity", "decisiveness", "pushiness")


def test_unknown_word_invents_nothing(lex: Lexicon) -> None:
    c = lex.complete(core_quality="descisive")
    assert not c.known
    assert c.quadrant == Quadrant("descisive")
    assert all(alts == [] for alts in c.alternatives.values())
    assert c.did_you_mean and c.did_you_mean[0] in lex.terms("decisiveness")


def test_one_unknown_word_makes_the_whole_unknown(lex: Lexicon) -> None:
    c = lex.complete(core_quality="decisive", pitfall="blorf")
    assert not c.known
    assert c.quadrant.pitfall == "blorf"
    assert c.quadrant.challenge == "patience"  # filled from the word that is known


def test_nothing_given(lex: Lexicon) -> None:
    c = lex.complete(core_quality="   ")
    assert not c.known and c.quadrant == Quadrant()


def test_to_dict_shape(lex: Lexicon) -> None:
    d = lex.complete(allergy="passief").to_dict()
    assert list(d)[:7] == [*CORNERS, "known", "alternatives", "hints"]
    assert d["core_quality"] == "daadkracht" and d["known"] is True
    assert set(d["alternatives"]) == {"core_quality", "pitfall", "challenge"}
    assert json.loads(json.dumps(d)) == d


# Which concept a shared word means ---------------------------------------------------

# "rashness" is the display noun of the last row's pitfall, yet rows listed before it
# give it (and "rash") to impulsiveness three times.
RASH = [
    ("caution, cautious", "hesitancy", "boldness", "impulsiveness, impulsive, rashness, rash"),
    ("discernment", "overthinking", "decisiveness", "impulsiveness, impulsive, rashness, rash"),
    ("spontaneity", "impulsiveness, rashness, rash, hastiness", "planning", "calculation"),
    ("speed", "haste, hastiness", "care", "slowness"),
    ("calm", "sluggishness, hastiness", "energy", "haste, hastiness"),
    ("courage", "recklessness, hastiness", "prudence", "cowardice"),
    ("decisiveness, decisive", "rashness, rash", "deliberation", "indecision"),
]


@pytest.fixture(scope="module")
def rash() -> Lexicon:
    return Lexicon.from_rows(RASH)


@pytest.mark.parametrize("word", ["rashness", "Rashness", "rash", "rashly"])
def test_a_display_noun_beats_more_synonym_votes(rash: Lexicon, word: str) -> None:
    assert rash.concept(word) == "rashness"
    assert rash.concept("impulsive") == "impulsiveness"
    assert rash.same("rashness", "impulsiveness")  # still close synonyms


def test_votes_decide_among_synonym_only_matches(rash: Lexicon) -> None:
    # "hastiness" is nobody's display noun nor own form: two rows list it under haste,
    # one each under impulsiveness (listed first), sluggishness and recklessness.
    assert rash.concept("hastiness") == "haste"
    tie = Lexicon.from_rows([("a", "b", "c", "d, shared"), ("e", "f, shared", "g", "h")])
    assert tie.concept("shared") == "d"  # a tie goes to file order


def test_a_display_noun_completes_its_own_row(rash: Lexicon) -> None:
    c = rash.complete(pitfall="rashness")
    assert c.quadrant == Quadrant("decisiveness", "rashness", "deliberation", "indecision")


def test_a_dutch_row_joins_the_concept_its_english_noun_displays() -> None:
    nl = [("besluitvaardigheid", "overhaastheid", "bedachtzaamheid", "besluiteloosheid",
           "decisiveness", "rashness", "deliberation", "indecision")]  # fmt: skip
    lex = Lexicon.from_rows(RASH, nl)
    assert lex.concept("overhaastheid") == "rashness"
    assert lex.same("overhaastheid", "rash")
    assert lex.display("rashness", "nl") == "overhaastheid"


# Dutch in, Dutch out -------------------------------------------------------------------

INNOVATION_EN = [
    ("innovation, innovative", "novelty-chasing", "efficiency, efficient", "stagnation"),
    ("innovation, innovative", "novelty-chasing", "efficiency, efficient", "stagnation"),
    ("innovation, innovative", "dreaminess, dreamy", "realism, realistic", "stagnation"),
]
INNOVATION_NL = [
    ("verbeelding", "zweverigheid, zweverig", "realisme, realistisch", "saaiheid",
     "imagination", "dreaminess", "realism", "dullness"),
    ("gezelligheid", "kleffigheid", "zakelijkheid", "kilheid"),  # no English nouns
]  # fmt: skip


@pytest.fixture(scope="module")
def innovation() -> Lexicon:
    return Lexicon.from_rows(INNOVATION_EN, INNOVATION_NL)


def test_dutch_input_prefers_a_dutch_row() -> None:
    nl_row = ("innovatie, innovatief", "zweverigheid, zwevend", "efficiëntie, efficiënt",
              "stilstand", "innovation", "dreaminess", "efficiency", "stagnation")  # fmt: skip
    lex = Lexicon.from_rows(INNOVATION_EN[:1], [nl_row])
    c = lex.complete(core_quality="innovatief", lang="nl")
    assert c.quadrant == Quadrant("innovatief", "zweverigheid", "efficiëntie", "stilstand")
    assert lex.complete(core_quality="innovative", lang="en").quadrant.pitfall == (
        "novelty-chasing"
    )


def test_dutch_completion_skips_qualities_without_a_dutch_word(innovation: Lexicon) -> None:
    c = innovation.complete(core_quality="innovation", lang="nl")
    # Novelty-chasing and efficiency rank first but have no Dutch word: the best ones
    # that have one fill in, and stagnation, with none at all, leaves the corner empty.
    assert c.quadrant == Quadrant("innovation", "zweverigheid", "realisme")
    assert c.known and c.lang == "nl"
    assert c.alternatives == {"pitfall": [], "challenge": [], "allergy": []}
    english = innovation.complete(core_quality="innovation", lang="en").quadrant
    assert english == Quadrant("innovation", "novelty-chasing", "efficiency", "stagnation")


def test_english_completion_never_gives_a_dutch_only_word(innovation: Lexicon) -> None:
    c = innovation.complete(core_quality="gezelligheid", lang="en")
    assert c.known
    assert c.quadrant == Quadrant("gezelligheid")
    dutch = innovation.complete(core_quality="gezelligheid", lang="nl").quadrant
    assert dutch == Quadrant("gezelligheid", "kleffigheid", "zakelijkheid", "kilheid")


def test_english_words_a_dutch_row_gives_are_english_answers(innovation: Lexicon) -> None:
    # Only the Dutch row knows imagination, but it names every corner in English.
    c = innovation.complete(core_quality="verbeelding", lang="en")
    assert c.quadrant == Quadrant("verbeelding", "dreaminess", "realism", "dullness")
    assert innovation.display("dullness", "en") == "dullness"
    assert innovation.display("dullness", "nl") == "saaiheid"


# Hints ---------------------------------------------------------------------------------


def test_hint_pitfall_that_is_an_opposite(lex: Lexicon) -> None:
    hints = lex.hints(Quadrant("decisive", "passive"))
    assert len(hints) == 1
    assert "opposite of 'decisive'" in hints[0] and "'pushiness'" in hints[0]


def test_hint_allergy_equal_to_pitfall(lex: Lexicon) -> None:
    hints = lex.hints(Quadrant("decisiveness", "pushy", "patience", "Pushiness"))
    assert any("same quality as the pitfall 'pushy'" in h for h in hints)
    assert len(hints) == 1  # the allergy is not reported twice


def test_hint_allergy_equal_to_pitfall_even_for_unknown_words(lex: Lexicon) -> None:
    assert lex.hints(Quadrant(pitfall="blorf", allergy="Blorf"))


def test_hint_challenge_not_positive_opposite(lex: Lexicon) -> None:
    hints = lex.hints(Quadrant(pitfall="pushy", challenge="steadiness"))
    assert hints == [
        "'steadiness' is not known as the positive opposite of 'pushy'; "
        "the lexicon suggests 'patience'."
    ]


def test_hint_corner_the_lexicon_places_elsewhere(lex: Lexicon) -> None:
    hints = lex.hints(Quadrant("decisiveness", "patience"))
    assert hints == ["'patience' is usually a challenge for 'decisiveness'."]


def test_hint_word_on_the_wrong_side(lex: Lexicon) -> None:
    assert lex.hints(Quadrant("pushy")) == ["'pushy' is usually a pitfall, not a core quality."]


def test_hints_in_dutch(lex: Lexicon) -> None:
    assert lex.hints(Quadrant("daadkracht", "geduld")) == [
        "'geduld' is meestal een uitdaging bij 'daadkracht'."
    ]
    assert "tegendeel" in lex.hints(Quadrant("daadkracht", "passief"))[0]
    assert "dezelfde" in lex.hints(Quadrant(pitfall="drammerig", allergy="drammerigheid"))[0]


def test_no_hints_for_a_sound_quadrant(lex: Lexicon) -> None:
    assert lex.hints(EN_FULL) == []
    assert lex.hints(NL_FULL) == []
    assert lex.hints(Quadrant("blorf", "frob")) == []


def test_hints_advise_but_never_block(lex: Lexicon) -> None:
    c = lex.complete(core_quality="decisiveness", pitfall="patience")
    assert c.known and c.hints
    assert c.quadrant.pitfall == "patience"
    assert c.quadrant.allergy == "passivity"


# Any text ------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(CORNERS), st.text(max_size=80))
def test_completion_never_raises_and_is_honest(corner: str, text: str) -> None:
    lex = Lexicon.from_rows(EN, NL)
    c = lex.complete(**{corner: text})
    assert c.known == (lex.concept(text) is not None)
    if not c.known:
        assert c.quadrant == Quadrant().with_corner(corner, text.strip())
    json.dumps(c.to_dict())


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="0123456789 !?.,;:()[]/-_'\"#@\t", max_size=40))
def test_text_without_letters_is_never_known(text: str) -> None:
    c = Lexicon.from_rows(EN, NL).complete(core_quality=text, allergy=text)
    assert not c.known


# The shipped lexicon -------------------------------------------------------------------

_shipped = all(
    files("cocreate.data").joinpath(name).is_file()
    for name in ("quadrants_en.tsv", "quadrants_nl.tsv")
)
shipped = pytest.mark.skipif(not _shipped, reason="lexicon data files not present yet")


@shipped
def test_default_lexicon_is_loaded_once() -> None:
    assert default_lexicon() is default_lexicon()


@shipped
@pytest.mark.parametrize("corner", CORNERS)
@pytest.mark.parametrize("full", [EN_FULL, NL_FULL], ids=["en", "nl"])
def test_shipped_completes_the_classic_quadrant(corner: str, full: Quadrant) -> None:
    lex = default_lexicon()
    c = lex.complete(**{corner: getattr(full, corner)})
    assert c.known
    for other in CORNERS:
        assert lex.same(getattr(c.quadrant, other), getattr(full, other)), other


@shipped
@pytest.mark.parametrize(
    ("a", "b"),
    [("Daadkrachtig", "decisive"), ("drammerige", "pushy"), ("geduldig", "Patience"),
     ("passieve", "passivity")],
)  # fmt: skip
def test_shipped_matches_across_languages(a: str, b: str) -> None:
    assert default_lexicon().same(a, b)


@shipped
def test_shipped_hints_and_unknown_words() -> None:
    lex = default_lexicon()
    assert any("challenge" in h for h in lex.hints(Quadrant("decisiveness", "patience")))
    c = lex.complete(core_quality="qwzxv")
    assert not c.known and c.quadrant.missing() == ("pitfall", "challenge", "allergy")


@shipped
@settings(max_examples=150, deadline=None)
@given(st.sampled_from(CORNERS), st.text(max_size=60))
def test_shipped_completion_never_raises_and_is_honest(corner: str, text: str) -> None:
    lex = default_lexicon()
    c = lex.complete(**{corner: text})
    assert c.known == (lex.concept(text) is not None)
    if not c.known:
        assert c.quadrant.missing() == tuple(x for x in CORNERS if x != corner or not text.strip())


# Vocabulary people type in workshops (gaps found while building the engine) ----------


@shipped
@pytest.mark.parametrize(
    "word",
    ["ongeduld", "ongeduldig", "impatience", "opoffering", "sacrifice", "beschermend",
     "protective", "stoïcijns", "stoic", "gelijkvormig", "aarzelend", "zwevend", "ordenend",
     "zorgend", "kordaat", "charmant", "sterk", "vrolijk", "wise", "grumpy", "jaloers"],
)  # fmt: skip
def test_shipped_knows_workshop_words(word: str) -> None:
    assert default_lexicon().concept(word) is not None


@shipped
@pytest.mark.parametrize(
    ("corner", "word", "expected"),
    [
        # volgzaam is a core quality of its own, not only the submissive excess of one.
        ("core_quality", "volgzaam",
         Quadrant("volgzaam", "onderdanig", "initiatiefrijk", "eigengereid")),
        ("core_quality", "optimistisch", Quadrant("optimistisch", "naïef", "alert", "pessimisme")),
        ("core_quality", "optimism", Quadrant("optimism", "naivety", "alertness", "pessimism")),
        ("allergy", "aarzelend", Quadrant("moedig", "roekeloos", "voorzichtig", "aarzelend")),
        ("pitfall", "ongeduldig", Quadrant("daadkrachtig", "ongeduldig", "geduldig", "passief")),
        ("pitfall", "impatience", Quadrant("decisiveness", "impatience", "patience", "passivity")),
        ("core_quality", "stoïcijns",
         Quadrant("stoïcijns", "onbewogen", "expressief", "dramatisch")),
        ("pitfall", "gelijkvormig", Quadrant("wederkerig", "gelijkvormig", "gul", "eenzijdig")),
    ],
)  # fmt: skip
def test_shipped_completes_new_rows(corner: str, word: str, expected: Quadrant) -> None:
    lex = default_lexicon()
    c = lex.complete(**{corner: word})
    assert c.known
    got = c.quadrant.corners()
    for name, want in expected.corners().items():
        assert lex.same(got[name], want), (name, got[name], want)


@shipped
def test_shipped_innovation_that_floats_needs_efficiency() -> None:
    lex = default_lexicon()
    c = lex.complete(core_quality="innovatief", pitfall="zwevend")
    assert lex.same(c.quadrant.challenge, "efficiënt")
    assert lex.same(c.quadrant.allergy, "statisch")


@shipped
@pytest.mark.parametrize(
    ("a", "b"),
    [("besluiteloos", "indecisive"), ("kritisch", "critical sense"), ("beschermend", "protective"),
     ("stoïcijns", "stoic"), ("opoffering", "self-sacrifice"), ("ongeduld", "impatient")],
)  # fmt: skip
def test_shipped_new_words_match_across_languages(a: str, b: str) -> None:
    assert default_lexicon().same(a, b)


@shipped
@pytest.mark.parametrize(
    ("word", "other"),
    [
        # Loose synonyms that named other qualities were removed from the data.
        ("impatience", "pushiness"),
        ("patience", "initiative"),
        ("passivity", "indecision"),
        ("besluiteloos", "passief"),
        ("volgzaam", "onderdanig"),
    ],
)
def test_shipped_keeps_distinct_qualities_apart(word: str, other: str) -> None:
    lex = default_lexicon()
    assert lex.concept(word) != lex.concept(other)


@shipped
@pytest.mark.parametrize(("name", "width"), [("quadrants_en.tsv", 4), ("quadrants_nl.tsv", 8)])
def test_shipped_rows_are_complete(name: str, width: int) -> None:
    # A half-written row is skipped silently by the loader, so check the data itself.
    rows = parse_tsv(files("cocreate.data").joinpath(name).read_text(encoding="utf-8"))
    assert len(rows) >= (180 if width == 4 else 140)
    for row in rows:
        assert len(row) == width, row[0]
        assert all(cell.strip() for cell in row), row[0]


def _shipped_rows(name: str) -> list[list[str]]:
    return parse_tsv(files("cocreate.data").joinpath(name).read_text(encoding="utf-8"))


def _first(cell: str) -> str:
    return cell.split(",")[0].strip()


@shipped
def test_shipped_display_nouns_mean_their_own_quality() -> None:
    lex = default_lexicon()
    assert lex.concept("rashness") == lex.concept("rash") != lex.concept("impulsiveness")
    for row in _shipped_rows("quadrants_en.tsv"):
        for cell in row[:4]:
            noun = _first(cell)
            assert lex.concept(noun) == " ".join(noun.casefold().split()), noun


@shipped
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_shipped_completion_answers_in_the_asked_language(lang: str) -> None:
    lex = default_lexicon()
    en, nl = _shipped_rows("quadrants_en.tsv"), _shipped_rows("quadrants_nl.tsv")
    if lang == "nl":
        words = {t.strip() for row in nl for cell in row[:4] for t in cell.split(",")}
        starts = [row[:4] for row in nl] + [["innovatief", "", "", ""]]
    else:
        words = {t.strip() for row in en for cell in row[:4] for t in cell.split(",")}
        words |= {cell.strip() for row in nl for cell in row[4:8]}  # English nouns
        starts = [row[:4] for row in en]
    for start in starts:
        for corner, cell in zip(CORNERS, start, strict=True):
            if not cell:
                continue
            c = lex.complete(**{corner: _first(cell)}, lang=lang)
            filled = [w for x, w in c.quadrant.corners().items() if x != corner and w]
            offered = [w for alts in c.alternatives.values() for w in alts]
            foreign = [w for w in filled + offered if w not in words]
            assert not foreign, (_first(cell), foreign)


def test_split_modules_keep_the_lexicon_api() -> None:
    # lexicon.py re-exports what moved, so callers need not know about the split.
    from cocreate.domain import hints, lexicon, wording

    assert lexicon.Completion is hints.Completion
    assert lexicon.word_key is wording.word_key
    assert lexicon.parse_tsv is wording.parse_tsv
    assert wording.word_key("Egoïsme!") == "egoisme"
    assert "passief" in wording.variants("passieve")
