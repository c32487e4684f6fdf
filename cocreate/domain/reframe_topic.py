"""The idea as topic: what "it" refers to and what we want to do, read from the idea text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from cocreate.domain.reframe_data import LangData, lang_data, tokens
from cocreate.domain.reframe_text import normalise


@dataclass(frozen=True)
class Topic:
    """What the objection is about.

    Attributes:
        ref: How the challenge names it ("this", "the mobile app", "this change").
        goal: What we want to do, as a verb phrase ("drop Python 2 support"), or None.
    """

    ref: str
    goal: str | None


_ARTICLE = re.compile(
    r"^(?:a|an|the|our|my|your|their|this|that|some|een|de|het|onze|ons)\s+", re.I
)
_EN_PREP = re.compile(
    r"\s+(?:to|for|from|in|at|on|with|by|into|across|per|against|as|if|when|before|after|"
    r"instead of|away from|off|so|that|which|because|while|over|under|between|without|via)\b.*$",
    re.I,
)
_NL_PREP = re.compile(r"\s+(?:in|op|bij|voor|van|met|naar|tot|om|uit|tegen|zonder)\b.*$", re.I)


_PURPOSE = re.compile(
    r"\s+(?:to avoid|so that|in order to|because|since|om te voorkomen|zodat|omdat)\b.*$", re.I
)


def _shorten(phrase: str, limit: int, prep: re.Pattern[str]) -> str:
    """Cut a phrase at its last prepositional phrase until it has at most ``limit`` words."""
    phrase = phrase.strip(" .,;:!?")
    while len(phrase.split()) > limit:
        words = phrase.split()
        # Cut at the last preposition that still leaves a head of three or more words.
        for i in range(len(words) - 1, 2, -1):
            if prep.match(" " + " ".join(words[i:])):
                phrase = " ".join(words[:i])
                break
        else:
            phrase = " ".join(words[:limit])
    return phrase


def _lower_first(text: str) -> str:
    first = text.split(" ", 1)[0]
    # Keep proper nouns and acronyms ("PowerToys", "CLA") as they are written.
    if first[:1].isupper() and first[1:].islower():
        return text[:1].lower() + text[1:]
    return text


def topic_from_idea(idea: str | None, data: LangData) -> Topic:
    """Read the idea (or proposal) as a reference and, when it is an action, a goal."""
    if not idea or not idea.strip():
        return Topic(data.ref_this, None)
    return _topic(idea, data.lang)


@lru_cache(maxsize=1024)
def _topic(idea: str, lang: str) -> Topic:
    # A session discusses one idea for many objections: read it once.
    data = lang_data(lang)
    text = normalise(idea)
    text = re.sub(r"^[\w .-]{1,20}:\s+", "", text)  # "PEP 637: support ..." -> "support ..."
    text = re.sub(r",.*$", "", text).strip(" .!?;:")
    # A purpose clause says why, not what: "Rename the tool to avoid a name clash".
    text = _PURPOSE.sub("", text)
    if not text or any(w in data.negations for w in tokens(text)):
        return Topic(data.ref_this, None)
    if data.lang == "nl":
        return _topic_nl(text, data)
    return _topic_en(text, data)


def _topic_en(text: str, data: LangData) -> Topic:
    verbs = frozenset(data.raw["idea_verbs"].split("|"))
    change = frozenset(data.raw["change_verbs"].split("|"))
    words = text.split()
    first = words[0].lower()
    if first not in verbs and len(words) > 2:
        # "School board adopts a four-day school week": find the verb in the third person.
        for i, word in enumerate(words[1:4], start=1):
            low = word.lower()
            if low.endswith("s") and low[:-1] in verbs:
                words = [low[:-1], *words[i + 1 :]]
                first = words[0]
                break
    if first in verbs and len(words) > 1:
        goal = _shorten(" ".join([first, *words[1:]]), 12, _EN_PREP)
        obj = _EN_PREP.sub("", " ".join(words[1:])).strip()
        has_article = bool(_ARTICLE.match(obj))
        if first in change or not has_article or len(obj.split()) > 6:
            ref = "this change" if first in change else "this proposal"
        else:
            ref = "the " + _ARTICLE.sub("", obj)
        return Topic(ref, goal)
    noun_phrase = _ARTICLE.sub("", _EN_PREP.sub("", text)).strip()
    if not noun_phrase or len(noun_phrase.split()) > 6:
        return Topic("this proposal", None)
    return Topic("the " + _lower_first(noun_phrase), None)


def _topic_nl(text: str, data: LangData) -> Topic:
    verbs = frozenset(data.raw.get("idea_verbs", "").split("|"))
    words = text.split()
    lowered = [w.lower() for w in words]
    if any(
        w in verbs or (w.endswith(("eren", "ken", "pen", "ten", "len", "nen")) and len(w) > 5)
        for w in lowered[1:]
    ):
        return Topic(data.ref_this, _shorten(_lower_first(text), 10, _NL_PREP))
    return Topic(data.ref_this, None)
