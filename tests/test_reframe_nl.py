"""Dutch challenges a facilitator can put on the wall as they stand (made-up examples)."""

from __future__ import annotations

import re

import pytest

from cocreate.domain.reframe import reframe

OPENER = "Hoe kunnen we "
NEGATION = re.compile(r"\b(?:niet|geen|nooit|niets|niks|niemand|nergens)\b", re.IGNORECASE)


def best(objection: str, idea: str | None = None) -> str:
    result = reframe(objection, lang="nl", idea=idea)
    assert result.kind == "challenge", (objection, result.best.text)
    return result.best.text


def on_the_wall(text: str) -> None:
    assert text.startswith(OPENER), text
    assert text.endswith("?"), text
    assert not NEGATION.search(text), text
    assert 5 <= len(text.split()) <= 24, text


CASES = [
    # (objection, idea, words the challenge must keep)
    ("Die toren wordt veel te hoog voor deze buurt", "Woontoren bij het station", ["hoogte"]),
    ("Dit gaat ten koste van de natuur", "Zonnepark op de akker", ["natuur"]),
    ("Mijn klanten blijven dan gewoon weg", "Parkeerplaatsen op het plein schrappen", ["klanten"]),
    ("Straks hebben we hier wateroverlast", "Nieuwe wijk in de polder", ["droge voeten"]),
    ("Het kantoor is echter geen crèche", "Kinderopvang op de zaak", ["kantoor"]),
    ("Dat past totaal niet bij het karakter van de straat", None, ["karakter"]),
    ("We hebben daar de mensen niet voor", "Avondopenstelling van het loket", ["mensen"]),
    ("Er wordt alleen maar geld aan verdiend door de ontwikkelaar", None, ["omgeving"]),
    ("Het is een druppel op een gloeiende plaat", "Subsidie voor isolatie", ["verschil"]),
    ("Er zijn hier al genoeg zonneparken", "Zonnepark op de akker", ["balans"]),
    ("dat kan pas als er genoeg draagvlak is", None, ["draagvlak"]),
    ("De huren gaan omhoog en dan kunnen wij hier niet meer wonen", None, ["betaalbaar"]),
]


@pytest.mark.parametrize(
    ("idea", "reference"),
    [
        ("Vier windmolens bij het bedrijventerrein", "deze vier windmolens"),
        ("Appartementengebouw aan de rand van het dorp", "dit appartementengebouw"),
        ("Autovrije binnenstad in Zwolle", "deze autovrije binnenstad"),
    ],
)
def test_a_noun_phrase_idea_is_named_not_pasted(idea: str, reference: str) -> None:
    text = best("Dat wordt veel te duur", idea)
    on_the_wall(text)
    assert reference in text, text
    assert " en tegelijk " not in text  # no verb-less goal joined to the concern


@pytest.mark.parametrize(
    ("idea", "goal"),
    [
        ("Nieuw zwembad in het centrum bouwen", "een nieuw zwembad in het centrum bouwen"),
        ("Subsidie voor de muziekschool in Ede stopzetten", "de subsidie voor de muziekschool"),
        ("Parkeerplaatsen op het Marktplein in Tiel schrappen", "parkeerplaatsen op het"),
    ],
)
def test_a_verb_phrase_idea_becomes_a_grammatical_goal(idea: str, goal: str) -> None:
    text = best("Dat wordt veel te duur", idea)
    on_the_wall(text)
    assert text.startswith(OPENER + goal), text


def test_a_long_idea_is_not_pasted_whole() -> None:
    idea = "Regels voor dakkapellen in de oude wijk versoepelen en 'bouwen wat je wilt' toestaan"
    text = best("Dan verdwijnt het groen uit de wijk", idea)
    on_the_wall(text)
    assert "bouwen wat je wilt" not in text


@pytest.mark.parametrize(
    "objection",
    ["Belachelijk!", "Waanzin", "Kom op zeg, doe normaal", "Wat een onzin, echt.", "Pfff"],
)
def test_a_dutch_put_down_gets_kind_clarify(objection: str) -> None:
    result = reframe(objection, lang="nl", idea="Hondenbelasting afschaffen")
    assert result.kind == "clarify"
    assert result.best.text.endswith("?")


def test_an_attack_on_a_person_gets_clarify() -> None:
    result = reframe(
        "De burgemeester heeft last van grootheidswaanzin. Wat denkt hij nu?", lang="nl"
    )
    assert result.kind == "clarify"


def test_a_put_down_with_a_concern_is_a_challenge() -> None:
    text = best("Belachelijk, die molens worden hoger dan de kerktoren", "Twee windmolens bij Oss")
    on_the_wall(text)
    assert "hoogte" in text


@pytest.mark.parametrize(
    "objection",
    [
        "Je moet toch geen half uur lopen om hier te komen",
        "We vrezen hier ons bestaansrecht te verliezen",
        "Ik ben altijd te laat op mijn werk",
    ],
)
def test_no_grammar_accidents_from_te_and_geen(objection: str) -> None:
    text = best(objection, "Parkeerplaatsen in de binnenstad schrappen")
    on_the_wall(text)
    assert "minder" not in text and "genoeg half" not in text, text


# How Dutch and Flemish objectors speak up: fairness between groups, promises kept,
# being consulted first, who bears the burden, idioms, rhetorical questions, sarcasm.
CIVIC_CASES = [
    # (objection, idea, words the challenge must keep)
    (
        "Het was toch tijdelijk? Nu blijft het gewoon staan.",
        "Noodlokalen op het plein",
        ["einddatum"],
    ),
    ("Toegezegd is toegezegd, de wethouder heeft het zelf beloofd.", None, ["beloofd"]),
    ("Er wordt met twee maten gemeten.", "Strengere regels voor geluid", ["eerlijk"]),
    ("De ondernemers mogen alles en wij als bewoners niks.", "Koopzondagen", ["belangen"]),
    ("Straks zijn de huurders weer de pineut.", "Verduurzaming van huurwoningen", ["huurders"]),
    ("Waarom moeten wij altijd inleveren?", "Korting op de jeugdzorg", ["lasten"]),
    ("Zij hebben de lusten en wij de lasten.", "Windpark langs de snelweg", ["lusten"]),
    ("We worden voor het blok gezet.", "Nieuwe roosters", ["vooraf"]),
    ("Hadden ze dat niet eerst met de ouders kunnen overleggen?", None, ["vooraf"]),
    (
        "Waarom wordt er nooit naar de werkvloer geluisterd?",
        "Nieuw planningssysteem",
        ["werkvloer"],
    ),
    ("Het is een bodemloze put.", "Renovatie van de schouwburg", ["budget"]),
    ("Dan staan we straks voor schut.", "Open dag met virtual reality", ["vertrouwen"]),
    ("Ze spannen het paard achter de wagen.", None, ["volgorde"]),
    (
        "Dit is een speeltuin, geen parkeerterrein.",
        "Parkeerplaatsen bij de speeltuin",
        ["karakter"],
    ),
    ("Waarom zou dat bij de andere afdelingen niet kunnen?", None, ["dezelfde"]),
    ("Die stoelen zitten voor geen meter.", "Nieuwe kantinestoelen", ["comfort"]),
    ("Ik zie het al gebeuren: niemand houdt zich eraan.", "Telefoonverbod in de klas", ["houdt"]),
    ("Over de gevolgen voor de kinderen is niet nagedacht.", None, ["gevolgen"]),
    (
        "Goh, wat een verrassing, weer een reorganisatie.",
        "Reorganisatie van klantcontact",
        ["rust"],
    ),
    ("Daar zitten wij als kleine zelfstandigen niet op te wachten.", None, ["mensen"]),
]


@pytest.mark.parametrize(("objection", "idea", "words"), CASES + CIVIC_CASES)
def test_a_dutch_objection_becomes_a_wall_ready_challenge(
    objection: str, idea: str | None, words: list[str]
) -> None:
    text = best(objection, idea)
    on_the_wall(text)
    for word in words:
        assert word in text.lower(), (objection, text)
    assert "iedereen die erbij betrokken is" not in text  # not the generic fallback


@pytest.mark.parametrize(
    "objection", ["Een absurd voorstel", "Wat een bizar plan zeg.", "Fijn hoor.", "Zever."]
)
def test_a_bare_put_down_or_sarcasm_gets_clarify(objection: str) -> None:
    assert reframe(objection, lang="nl", idea="Een kabelbaan over de rivier").kind == "clarify"


def test_sarcasm_in_front_of_a_concern_is_a_challenge() -> None:
    text = best("Fijn hoor, we lezen het weer in de krant.", "Parkeerplaatsen schrappen")
    on_the_wall(text)
    assert "betrekken" in text or "meebeslissen" in text, text


def test_an_infinitive_used_as_a_noun_is_not_the_action() -> None:
    r = reframe(
        "Het wordt hier veel te druk",
        idea="Verkeersplan voor de binnenstad met parkeren aan de rand",
    )
    assert "met parkeren aan de rand en tegelijk" not in r.best.text


def test_an_amount_stays_with_its_number() -> None:
    r = reframe(
        "Dat kost de ondernemers klanten", idea="Toeristenbelasting in Assen met 1 euro verhogen"
    )
    assert " euro verhogen" not in r.best.text or "1 euro verhogen" in r.best.text


def test_a_plural_idea_as_subject_takes_a_plural_verb() -> None:
    result = reframe(
        "Het is mij volstrekt onduidelijk wat het plan precies inhoudt",
        lang="nl",
        idea="Drie windturbines bij Zeumeren",
    )
    texts = [c.text for c in result.challenges]
    assert any("wat deze drie windturbines precies inhouden" in t for t in texts), texts
    assert not any("windturbines precies inhoudt" in t for t in texts), texts


def test_a_plural_idea_as_object_keeps_the_verb_of_its_subject() -> None:
    result = reframe("Wie gaat dat betalen?", lang="nl", idea="Vier windmolens bij de dijk")
    texts = [c.text for c in result.challenges]
    assert any("wie deze vier windmolens financiert" in t for t in texts), texts


def test_a_het_word_group_keeps_its_article() -> None:
    from cocreate.domain.reframe_data import lang_data
    from cocreate.domain.reframe_rules import find_who

    assert find_who("het bestuur heeft het eenzijdig besloten", lang_data("nl")) == "het bestuur"


@pytest.mark.parametrize(
    ("idea", "expected"),
    [
        # A quantifier makes the next word a noun, and a phrase starting with it takes no article.
        ("Engels als voertaal bij alle overleggen", (None, None)),
        ("Elke vrijdag vergaderen op kantoor", (None, "elke vrijdag vergaderen op kantoor")),
        (
            "Meer parkeren toestaan in de Dorpsstraat",
            (None, "meer parkeren toestaan in de Dorpsstraat"),
        ),
        # A noun and a verb in one word is a (neuter) noun, not an action.
        ("Vergunningparkeren in de hele binnenstad", ("dit vergunningparkeren", None)),
        (
            "Autorijden in de binnenstad beperken",
            (None, "het autorijden in de binnenstad beperken"),
        ),
        # An amount is not the thing: "deze vier dagen" would miss the office.
        ("Vier dagen per week op kantoor", (None, None)),
        # A name after the noun keeps the article; a number does not take one.
        (
            "Windpark De Drentse Monden uitbreiden",
            (None, "het windpark De Drentse Monden uitbreiden"),
        ),
        ("Buslijn 5 schrappen", (None, "buslijn 5 schrappen")),
        ("Warmtenet aanleggen in de wijk", (None, "het warmtenet aanleggen in de wijk")),
    ],
)
def test_a_dutch_idea_is_read_grammatically(
    idea: str, expected: tuple[str | None, str | None]
) -> None:
    from cocreate.domain.reframe_data import lang_data
    from cocreate.domain.reframe_topic_nl import read_idea

    assert read_idea(idea, lang_data("nl")) == expected


@pytest.mark.parametrize(
    ("objection", "unwanted"),
    [
        ("Er is nog geen schop de grond in gegaan en het budget is al op", "schop de"),
        ("Er is te weinig over de gevolgen nagedacht", "genoeg over vinden"),
    ],
)
def test_a_dutch_capture_that_reads_as_a_clause_is_not_put_in_a_challenge(
    objection: str, unwanted: str
) -> None:
    text = reframe(objection, lang="nl", idea="Een nieuw zwembad bouwen").best.text
    assert unwanted not in text, text


def test_what_will_they_do_then_is_not_what_will_people_say() -> None:
    text = reframe(
        "dus wat gaan ze dan doen, panelen neerleggen die je niet kunt aansluiten?",
        lang="nl",
        idea="Een zonnepark aanleggen",
    ).best.text
    assert "trots" not in text
    said = reframe("Wat zullen de buren ervan zeggen?", lang="nl", idea="Een zonnepark aanleggen")
    assert "uitleggen" in said.best.text or "trots" in said.best.text


def test_a_nominal_idea_reads_as_an_action_and_nobody_waits_for_it() -> None:
    text = reframe("Daar zit niemand op te wachten.", lang="nl", idea="Afschaffen van de derogatie")
    assert text.best.text.startswith("Hoe kunnen we de derogatie afschaffen"), text.best.text


def test_more_than_a_school_is_about_the_community() -> None:
    result = reframe(
        "Het is meer dan een school, het dorp sterft uit.", lang="nl", idea="De basisschool sluiten"
    )
    assert "gemeenschap" in result.best.text


@pytest.mark.parametrize(
    ("objection", "wanted", "unwanted"),
    [
        ("Dit gaat mensenlevens kosten.", "noodgevallen", "kosten betaalbaar"),
        ("Het is oneerlijke concurrentie, de Duitsers halen alles binnen.", "speelveld", ""),
        ("De kleine ondernemers hebben recht op een vrije dag met hun gezin.", "vrije dag", ""),
    ],
)
def test_concerns_seen_in_the_sixth_held_out_set_nl(
    objection: str, wanted: str, unwanted: str
) -> None:
    text = reframe(objection, lang="nl", idea="De spoedeisende hulp sluiten").best.text
    assert wanted in text and (not unwanted or unwanted not in text), text


def test_an_idea_in_english_is_named_this_plan_in_a_dutch_challenge() -> None:
    result = reframe(
        "Dit wordt veel te duur voor de gemeente.",
        lang="nl",
        idea="Close the huisartsenpost in Alphen aan den Rijn at night",
    )
    assert "close the" not in result.best.text and "dit plan" in result.best.text


def test_a_body_named_in_several_words_keeps_its_article() -> None:
    result = reframe("De raad van bestuur gaat hier nooit mee akkoord.", lang="nl")
    assert "de steun van de raad van bestuur" in result.best.text, result.best.text


def test_is_geen_keeps_only_a_named_concern_central() -> None:
    text = reframe("Draaimolens onder je raam is geen pretje.", lang="nl").best.text
    assert "raam centraal" not in text, text
    text = reframe("Veiligheid is geen bijzaak.", lang="nl").best.text
    assert "veilig" in text, text


def test_een_kaal_nee_vraagt_naar_de_zorg() -> None:
    result = reframe("Dat komt er niet, punt.", lang="nl", idea="Een padelbaan bouwen")
    assert result.kind == "clarify"


def test_nog_steeds_tegen_is_een_standpunt_geen_zorg() -> None:
    result = reframe("Maar we zijn nog steeds tegen de molens!", idea="Drie windmolens bouwen")
    assert result.kind == "clarify"
