"""A Dutch idea read as topic: a goal verb phrase and a short reference ("deze windturbines").

Dutch proposals come in two shapes. A verb phrase puts the infinitive at the end
("Parkeerplaatsen op de Markt schrappen", "Auto's weer door de Hoofdstraat laten rijden"):
that becomes the goal, cut to a few words and given an article where a bare noun needs one.
A noun phrase names the thing ("Drie windturbines bij Zeumeren", "Appartementencomplex in
Someren"): that becomes the reference, with "deze" or "dit" by the noun's gender, so
challenges read "Hoe kunnen we deze drie windturbines ...?". When neither reads cleanly,
the challenge says "dit plan".
"""

from __future__ import annotations

import re
from typing import Any

from cocreate.domain.reframe_data import LangData


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_PREPS = _set(
    "in op bij voor van met naar tot om uit tegen zonder aan achter naast langs over onder "
    "rond rondom vlakbij nabij binnen buiten tussen via per door na sinds tijdens"
)
_CUT_WORDS = _set("als om zodat omdat waardoor want zoals en of maar")
_NUMBERS = _set(
    "twee drie vier vijf zes zeven acht negen tien elf twaalf twintig dertig veertig vijftig "
    "honderd duizend enkele meerdere"
)
_DETERMINERS = _set("de het een onze ons deze dit die")
# Quantifiers and possessives: what follows is a noun ("bij alle overleggen", "elke vrijdag"),
# and a noun phrase that starts with one takes no article ("meer parkeren toestaan").
_QUANTIFIERS = _set(
    "alle elke ieder iedere geen veel vele meer minder weinig enkele sommige diverse "
    "hun mijn zijn haar jullie uw"
)
# Amounts and units: "Vier dagen per week op kantoor" is about the office, not "deze vier dagen".
_MEASURES = _set(
    "dag dagen week weken maand maanden jaar jaren uur uren minuut minuten keer procent euro "
    "cent meter kilometer km hectare"
)
# 3rd person singular -> plural, for a plural reference as subject ("wat deze molens betekenen").
_PLURAL_VERB = dict(
    pair.split(":")
    for pair in _set(
        "betekent:betekenen inhoudt:inhouden oplevert:opleveren vervult:vervullen vraagt:vragen "
        "heeft:hebben werkt:werken is:zijn wordt:worden kost:kosten gaat:gaan blijft:blijven "
        "kan:kunnen moet:moeten zal:zullen doet:doen past:passen raakt:raken helpt:helpen "
        "levert:leveren krijgt:krijgen staat:staan ligt:liggen komt:komen maakt:maken"
    )
)
_SUBORDINATE = _set("wat dat die of")
# Modifiers that a reference can drop or keep as they are.
_DROPPABLE = _set("nieuw nieuwe extra tweede eventueel eventuele voorgesteld voorgestelde")
_INVARIANT = _set("gratis extra")
_NOUN_NOT_VERB = _set(
    "kinderen eieren liederen bladeren kleren runderen goederen lammeren kalveren "
    "volkeren raderen gemoederen"
)
GOAL_WORDS = 7
REF_WORDS = 4


def _split(value: str) -> frozenset[str]:
    return frozenset(w for w in value.split("|") if w)


class _Words:
    """The word lists of the Dutch data, read once."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.verbs = _split(raw.get("idea_verbs", ""))
        self.bases = _split(raw.get("verb_bases", ""))
        self.prefixes = _split(raw.get("verb_prefixes", ""))
        self.het = _split(raw.get("het_nouns", ""))
        self.de = _split(raw.get("de_nouns", ""))


_CACHE: dict[str, _Words] = {}


def _words(data: LangData) -> _Words:
    found = _CACHE.get(data.lang)
    if found is None:
        found = _CACHE[data.lang] = _Words(data.raw)
    return found


def _is_verb(word: str, lex: _Words) -> bool:
    """True for an infinitive: a known verb, a prefix and a known verb, or "-eren"."""
    if word in lex.verbs or word in lex.bases:
        return True
    if not word.endswith("en") or word in _NOUN_NOT_VERB:
        return False
    for i in range(2, len(word) - 3):
        if word[i:] in lex.bases and word[:i] in lex.prefixes:
            return True
    return word.endswith("eren") and len(word) > 6 and not _gender(word, lex)


def _gender(noun: str, lex: _Words) -> str | None:
    """ "het" or "de" for a singular noun, by itself or by the last part of a compound."""
    for i in range(len(noun) - 2):
        tail = noun[i:]
        if tail in lex.het:
            return "het"
        if tail in lex.de:
            return "de"
    if noun.endswith(("ing", "heid", "tie", "sie", "teit", "nis", "ij", "schap", "iek")):
        return "de"
    if noun.endswith(("je", "isme", "ment")):
        return "het"
    if _noun_infinitive(noun, lex):
        return "het"
    return None


def _noun_infinitive(word: str, lex: _Words) -> bool:
    """True for a noun and a verb in one word ("vergunningparkeren"): a noun, and neuter."""
    if not word.endswith("en"):
        return False
    for i in range(3, len(word) - 4):
        if (word[i:] in lex.bases or word[i:] in lex.verbs) and word[:i] not in lex.prefixes:
            head = word[:i]
            if _gender(head, lex) or _singular(head, lex) or (head.endswith("s") and i > 4):
                return True  # "vergunningparkeren", "bewonersparkeren"
    return False


def _singular(noun: str, lex: _Words) -> str | None:
    """The singular of a plural noun whose singular is known ("windturbines"), else None."""
    if _listed(noun, lex):
        return None  # a singular the lists name ("toegangsprijs"), not "toegangsprij" + s
    for cut in ("'s", "s", "en"):
        if noun.endswith(cut) and len(noun) > len(cut) + 2:
            stem = noun[: -len(cut)]
            if cut == "en" and len(stem) > 2 and stem[-1] == stem[-2]:
                stem = stem[:-1]  # "plannen" -> "plan"
            if _gender(stem, lex) or (cut == "en" and _gender(stem + "e", lex)):
                return stem
    return None


def _listed(noun: str, lex: _Words) -> bool:
    """True when the noun or its last part (three letters or more) is in the gender lists."""
    return any(noun[i:] in lex.het or noun[i:] in lex.de for i in range(len(noun) - 2))


def _named(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _lower_first(words: list[str]) -> list[str]:
    first = words[0]
    if first[:1].isupper() and first[1:] == first[1:].lower() and not _proper_adjective(first):
        return [first.lower(), *words[1:]]
    return words


# Adjectives ending in "-se" that are not made from a name ("losse", "dagelijkse").
_COMMON_SE = _set("losse verse boze vieze grijze wijze dwaze hese reuze kuise malse")


def _proper_adjective(word: str) -> bool:
    """True for an adjective made from a name, which keeps its capital ("Europese", "Drentse")."""
    low = word.lower()
    return (
        len(low) > 5
        and low.endswith("se")
        and not low.endswith(("lijkse", "ische", "daagse", "weekse", "maandse"))
        and low not in _COMMON_SE
    )


def _clean_idea(idea: str) -> str:
    text = idea.strip().strip(" .!?;")
    # "Nieuw schoolrooster: een half uur eerder uit": the name before the colon is the thing.
    head, colon, _rest = text.partition(":")
    if colon and 0 < len(head.split()) <= 4:
        text = head
    text = re.sub(r"\s*[,;(].*$", "", text)
    text = text.replace("'", "'").replace('"', "")
    text = re.sub(r"'([^']*)'", r"\1", text)
    return " ".join(text.split())


def read_idea(idea: str, data: LangData) -> tuple[str | None, str | None]:
    """The reference (or None for "dit plan") and the goal (or None) of a Dutch idea."""
    text = _clean_idea(idea)
    words = text.split()
    if not words:
        return None, None
    lex = _words(data)
    lowered = [w.lower() for w in words]
    verb_at = None
    for i, (word, low) in enumerate(zip(words, lowered, strict=True)):
        if (
            (i == 0 or not _named(word))
            and _is_verb(low, lex)
            and (i == 0 or lowered[i - 1] not in _DETERMINERS | _QUANTIFIERS)
            and not _nominal(lowered, i)
        ):
            verb_at = i
            break
    if verb_at is not None:
        return None, _goal(_lower_first(words), verb_at, lex)
    return _reference(words, lex), None


def _nominal(lowered: list[str], i: int) -> bool:
    """True for an infinitive used as a noun: "met parkeren op ...", "van beschermd wonen"."""
    if i >= 1 and lowered[i - 1] in _PREPS:
        return True
    before = lowered[i - 1] if i >= 1 else ""
    participle = before.endswith(("d", "t")) and before.startswith(
        ("ge", "be", "ver", "ont", "her")
    )
    return i >= 2 and lowered[i - 2] in _PREPS and participle


def _goal(words: list[str], verb_at: int, lex: _Words) -> str | None:
    lowered = [w.lower() for w in words]
    if verb_at == 0:
        # "Stoppen met het experiment flexibele schooltijden": the verb leads.
        end = len(words)
        for i in range(1, len(words)):
            if lowered[i] in _CUT_WORDS and i > 1:
                end = i
                break
        if end > 2 and lowered[1] == "van":
            # "Afschaffen van de derogatie": a verb used as a noun; the goal puts the
            # object first, as Dutch does ("de derogatie afschaffen").
            thing = words[2:end]
            while len(thing) > GOAL_WORDS - 1:
                cuts = [i for i in range(1, len(thing)) if thing[i].lower() in _PREPS]
                thing = thing[: cuts[-1]] if cuts else thing[: GOAL_WORDS - 1]
            return " ".join(_with_article([*thing, words[0]], lex))
        goal = words[:end]
        while len(goal) > GOAL_WORDS:
            cuts = [i for i in range(2, len(goal)) if goal[i].lower() in _PREPS]
            goal = goal[: cuts[-1]] if cuts else goal[:GOAL_WORDS]
        return " ".join(goal)
    end = verb_at + 1
    while end < len(words) and _is_verb(lowered[end], lex) and not _named(words[end]):
        end += 1  # "laten rijden", "parkeren invoeren"
    middle = words[:verb_at]
    verbs = words[verb_at:end]
    tail: list[str] = []
    for word in words[end:]:
        if word.lower() in _CUT_WORDS:
            break
        tail.append(word)
    # A place name in the middle ("in Apeldoorn") goes first when the phrase is long.
    while len(middle) + len(verbs) > GOAL_WORDS - 1:
        at = next(
            (
                i
                for i in range(len(middle) - 1, 0, -1)
                if middle[i].lower() in _PREPS
                and i + 1 < len(middle)
                and middle[i + 1][:1].isupper()  # a place, not an amount ("met 1 euro")
            ),
            None,
        )
        if at is None:
            break
        stop = at + 1
        while stop < len(middle) and _named(middle[stop]):
            stop += 1
        middle = middle[:at] + middle[stop:]
    if len(middle) + len(verbs) > GOAL_WORDS + 1:
        return None
    goal = middle + verbs
    # What follows the verb ("voor onderhoud in de zomervakantie") stays while it is short.
    while tail and len(goal) + len(tail) > GOAL_WORDS:
        cuts = [i for i in range(1, len(tail)) if tail[i].lower() in _PREPS]
        tail = tail[: cuts[-1]] if cuts else []
    goal += tail
    return " ".join(_with_article(goal, lex))


def _with_article(goal: list[str], lex: _Words) -> list[str]:
    """ "zwembad bouwen" -> "het zwembad bouwen"; "nieuw zwembad" -> "een nieuw zwembad"."""
    lowered = [w.lower() for w in goal]
    at = 0
    # Adjectives before the noun: inflected ("doorgaande weg") or "nieuw", "extra".
    while at < len(goal) - 1 and (
        lowered[at] in _DROPPABLE
        or (lowered[at].endswith("e") and len(lowered[at]) > 3 and not _gender(lowered[at], lex))
    ):
        at += 1
    noun = lowered[at]
    if (
        lowered[0] in _DETERMINERS
        or lowered[0] in _QUANTIFIERS
        or lowered[0] in _NUMBERS
        or lowered[0][:1].isdigit()
        or (at + 1 < len(goal) and goal[at + 1][:1].isdigit())  # "buslijn 5 schrappen"
        or _singular(noun, lex) is not None
    ):
        return goal
    gender = _gender(noun, lex)
    if gender is None or (at and gender == "het" and lowered[at - 1].endswith("e")):
        return goal
    if at and lowered[0] in _DROPPABLE:
        return ["een", *goal]  # something new is made: "een nieuw zwembad bouwen"
    if at and gender == "het":
        return goal  # "groot zwembad": an uninflected adjective needs "een", not "het"
    return [gender, *goal]


def _reference(words: list[str], lex: _Words) -> str | None:
    """ "deze drie windturbines", "dit appartementencomplex"; None when unsure."""
    phrase: list[str] = []
    for i, word in enumerate(words):
        if i > 0 and word.lower() in _PREPS:
            break
        phrase.append(word)
    phrase = _lower_first(phrase)
    for i in range(len(phrase) - 1):
        pair = f"{phrase[i].lower()} {phrase[i + 1].lower()}"
        if pair in lex.het or pair in lex.de:
            # A fixed two-word noun ("openbaar vervoer") is one head.
            phrase = [*phrase[:i], pair, *phrase[i + 2 :]]
            break
    # The head is the last common noun; names may follow it ("Knipproef Weesperstraat").
    head_at = max((i for i, w in enumerate(phrase) if not _named(w)), default=None)
    if head_at is None:
        return None
    head = phrase[head_at]
    if head.lower() in _MEASURES:
        return None
    mods: list[str] = []
    for word in phrase[:head_at]:
        low = word.lower()
        if low in _DETERMINERS:
            continue
        if low in _DROPPABLE and not low.endswith("e"):
            continue
        if low in _NUMBERS or low[:1].isdigit() or low in _INVARIANT or low.endswith("e"):
            mods.append(word if _proper_adjective(word) else low)
            continue
        return None  # an uninflected adjective or a second noun: not safe to rephrase
    singular = _singular(head, lex)
    if singular is not None:
        det = "deze"
    else:
        gender = _gender(head, lex)
        if gender is None:
            return None
        if gender == "het" and any(m.endswith("e") and m not in _NUMBERS for m in mods):
            return None  # "een nieuwe ..." cannot be a het-word
        det = "deze" if gender == "de" else "dit"
    if det == "dit" and any(m in _NUMBERS or m[:1].isdigit() for m in mods):
        return None
    ref = [det, *mods, head]
    if len(ref) > REF_WORDS + 1:
        return None
    return " ".join(ref)


def agree(body: str, ref: str, data: LangData) -> str:
    """A challenge whose plural reference is a subject, with the verb in the plural.

    "helder maken wat deze winkels betekent" -> "... wat deze winkels betekenen"; only
    after "wat", "dat", "die" or "of", where the reference is the subject of the clause
    ("afspreken wie deze molens beheert": "wie" is the subject and the verb stays).
    """
    words = ref.split()
    if len(words) < 2 or words[0] != "deze" or _singular(words[-1], _words(data)) is None:
        return body
    at = body.find(" " + ref + " ")
    if at < 0:
        return body
    before = body[:at].rsplit(" ", 1)[-1]
    if before not in _SUBORDINATE:
        return body
    start = at + len(ref) + 2
    after = body[start:].split(" ")
    for i, word in enumerate(after[:5]):
        if word in _PLURAL_VERB:
            after[i] = _PLURAL_VERB[word]
            return body[:start] + " ".join(after)
        if word in _SUBORDINATE or word.endswith(","):
            break
    return body
