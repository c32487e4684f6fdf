"""The idea as topic: what "it" refers to and what we want to do, read from the idea text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from cocreate.domain.reframe_data import LangData, lang_data, tokens
from cocreate.domain.reframe_text import normalise
from cocreate.domain.reframe_topic_nl import read_idea


@dataclass(frozen=True)
class Topic:
    """What the objection is about.

    Attributes:
        ref: How the challenge names it ("this", "the mobile app", "this change").
        goal: What we want to do, as a short verb phrase ("drop Python 2 support"), or None.
        words: The idea's own words: a concept named by them is the topic, not the concern.
    """

    ref: str
    goal: str | None
    words: frozenset[str] = frozenset()


_ARTICLE = re.compile(
    r"^(?:a|an|the|our|my|your|their|this|that|some|een|de|het|onze|ons)\s+", re.I
)
_EN_PREP = re.compile(
    r"\s+(?:next to|close to|near|to|for|from|in|at|on|with|by|into|across|per|against|as|if|"
    r"when|before|after|"
    r"instead of|away from|off|so|that|which|because|while|over|under|between|without|via)\b.*$",
    re.I,
)
_NL_PREP = re.compile(r"\s+(?:in|op|bij|voor|van|met|naar|tot|om|uit|tegen|zonder)\b.*$", re.I)


# "Auto-format HTML, JS, CSS and Markdown": a comma inside a list is not a clause break.
_LIST_AFTER_COMMA = re.compile(r"\w, [\w.+#-]+(?:, [\w.+#-]+)*,? (?:and|or|en|of) ")
_CONDITION = re.compile(
    r"\s+(?:when|if|whenever|once|unless|until|without|wanneer|als|zonder|tenzij)\b.*$", re.I
)
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


_CUT_AT = frozenset(
    [
        "to",
        "for",
        "from",
        "in",
        "at",
        "on",
        "with",
        "by",
        "into",
        "across",
        "per",
        "against",
        "as",
        "if",
        "when",
        "before",
        "after",
        "instead",
        "away",
        "off",
        "so",
        "that",
        "which",
        "because",
        "while",
        "over",
        "under",
        "between",
        "without",
        "via",
        "within",
    ]
)
_MOVE_VERBS = frozenset(
    [
        "move",
        "migrate",
        "convert",
        "switch",
        "port",
        "turn",
        "transfer",
        "relocate",
        "change",
        "rewrite",
        "rename",
        "return",
    ]
)
_DANGLING = frozenset(
    [
        *("a", "an", "the", "of", "and", "or", "to", "for", "in", "on", "at", "with", "by"),
        *("instead", "next", "close", "near", "due", "prior", "according", "owing", "thanks"),
        "because",
    ]
)
_PLACE_VERBS = _MOVE_VERBS | {"put", "place", "turn"}
# Verbs whose object is followed by what it is to do: "require contributors to sign off".
_OBJECT_TO_VERBS = frozenset(
    [
        *("require", "ask", "allow", "force", "enable", "encourage", "get", "let", "help"),
        *("invite", "expect", "teach", "train", "remind", "tell", "oblige", "push", "urge"),
    ]
)
# "raise parking to $3 an hour": a "to" before an amount is part of the action.
_AMOUNT = re.compile(r"^[$€£]?\d")
# "use Alt as the command key", "ban students from using phones": the preposition
# completes the verb, so the phrase is not cut there.
_BOUND_PREP = {
    "as": frozenset(["use", "set", "make", "treat", "adopt", "choose", "keep", "mark", "list"]),
    "from": frozenset(
        ["ban", "bar", "prevent", "stop", "prohibit", "forbid", "block", "exclude", "exempt"]
    ),
    "with": frozenset(["replace", "swap", "combine", "merge", "share", "pair"]),
}
_SUBORDINATE = frozenset(["once", "unless", "until", "whenever", "whereas", "although", "though"])
GOAL_WORDS = 10
_NOT_A_NOUN_START = frozenset(
    ["all", "every", "each", "no", "any", "more", "less", "most", "both", "recommend"]
)


@lru_cache(maxsize=1)
def _idea_verbs() -> frozenset[str]:
    return frozenset(lang_data("en").raw["idea_verbs"].split("|"))


def _cuttable(lowered: list[str], i: int) -> bool:
    """Whether the phrase may end before word ``i``."""
    word = lowered[i]
    if word not in _CUT_AT:
        return False
    bound = _BOUND_PREP.get(word)
    if bound is not None and lowered[0] in bound:
        return False
    if word == "to" and _TIME.match(lowered[i - 1]):
        return False  # "the 1 a.m. to 4 a.m. service": a range, not a destination
    if i > 1 and _PARTICLE_VERBS.intersection(lowered[max(1, i - 2) : i]):
        return False  # "opt users into automatic installs": the particle is the verb's
    return not (word == "to" and lowered[0] in _OBJECT_TO_VERBS)


_TIME = re.compile(r"^(?:\d[\d.,:]*|a\.m\.?|p\.m\.?|am|pm|noon|midnight)$")
_PARTICLE_VERBS = frozenset(
    [
        *("opt", "opts", "sign", "signs", "log", "logs", "lock", "locks", "force", "forces"),
        *("nudge", "nudges", "default", "defaults", "enrol", "enroll", "enrols", "enrolls"),
    ]
)


def short_goal(phrase: str, limit: int = GOAL_WORDS, *, brief: bool = False) -> str:
    """A verb phrase cut to at most ``limit`` words at a preposition.

    "Add a Maven enforcer rule against circular dependencies" -> "add a Maven enforcer
    rule"; "Move the app from GitHub to GitLab" -> "move the app to GitLab". With
    ``brief``, only a cut before a preposition is made; a phrase that has none stays whole.
    """
    words = phrase.strip(" .,;:!?").split()
    lowered = [w.lower() for w in words]
    if brief:
        if lowered and lowered[0] in _PLACE_VERBS:
            return phrase
        cuts = [i for i in range(2, limit + 1) if i < len(words) and _cuttable(lowered, i)]
        if not cuts:
            return phrase
        words = words[: cuts[-1]]
        while len(words) > 2 and words[-1].lower() in _DANGLING:
            words = words[:-1]
        if (
            len(words) > 4
            and words[-2].lower() in ("and", "or")
            and words[-1].lower() in _idea_verbs()
        ):
            words = words[:-2]  # "raise the fare by $10 and add | a surcharge"
        return " ".join(words)
    if lowered and lowered[0] in _MOVE_VERBS and "from" in lowered and len(words) > limit:
        # "from X to Y": where it goes says more than where it comes from.
        at = lowered.index("from")
        for end in range(at + 1, len(words)):
            if lowered[end] in ("to", "into"):
                words = words[:at] + words[end:]
                lowered = lowered[:at] + lowered[end:]
                break
    verbs = _idea_verbs()
    for i in range(2, len(words) - 1):
        if lowered[0] in _OBJECT_TO_VERBS:
            break  # "require contributors to sign off": the infinitive is the point
        if lowered[i] == "to" and lowered[i + 1] in verbs:
            # "reformat the code to replace tabs": the purpose is not the action.
            words, lowered = words[:i], lowered[:i]
            break
    if lowered and lowered[0] in _PLACE_VERBS and len(words) > limit + 2:
        # "turn part of the park into a dog park": where it goes is the point; keep the
        # object's head and the destination.
        for k in range(2, len(words)):
            if lowered[k] in ("to", "into"):
                if len(words) - k <= 4 and k > 3 and lowered[k - 2] not in _CUT_AT:
                    start = k - 2
                    if lowered[start - 1] in ("a", "an", "the"):
                        start -= 1
                    words = [words[0], *words[start:k], *words[k:]]
                    lowered = [w.lower() for w in words]
                break
    if lowered and lowered[0] in _PLACE_VERBS:
        limit += 2  # "put a dog park in the park": the place is part of the action
    object_to = bool(lowered) and lowered[0] in _OBJECT_TO_VERBS and "to" in lowered[2:]
    if object_to:
        limit += 3  # "require first-time contributors to create an issue": who, then what
    for i in range(2, len(words)):
        if lowered[i] in _SUBORDINATE:
            # "make telemetry public once it is validated": the condition is not the action.
            words, lowered = words[:i], lowered[:i]
            break
    if len(words) > limit:
        # The longest head that fits and ends before a preposition; a phrase with no
        # such place stays whole while it is short enough to read as one action.
        cuts = [
            i
            for i in range(2, limit + 1)
            if i < len(words)
            and _cuttable(lowered, i)
            and not (object_to and lowered[i] == "to")
            and not (
                lowered[i] in ("to", "by") and i + 1 < len(words) and _AMOUNT.match(lowered[i + 1])
            )
        ]
        if cuts:
            words = words[: cuts[-1]]
        elif len(words) > limit + 3:
            # No place to cut before the limit: cut before the infinitive if there is one
            # ("require new PRs | to keep at least ..."), else keep a short phrase whole.
            to = [
                i
                for i in range(2, len(words))
                if lowered[i] == "to" and not _TIME.match(lowered[i - 1])
            ]
            words = words[: to[0]] if to else words[:limit]
    if lowered[0] in _OBJECT_TO_VERBS and len(words) > 3 and words[-2].lower() == "to":
        words = words[:-2]  # "require new PRs to keep": the infinitive lost its object
    while len(words) > 2 and words[-1].lower() in _DANGLING:
        words = words[:-1]
    if len(words) > 4 and words[-2].lower() in ("and", "or") and words[-1].lower() in verbs:
        words = words[:-2]  # "remove the wiki and point | to the new site": a second action cut
    return " ".join(words)


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
    text = _STATE.sub("", text)  # "in Rochester, MN to fewer lanes": the state is no clause
    if not _LIST_AFTER_COMMA.search(text) and not _short_after_comma(text, data):
        text = re.sub(r"(?<!\d),.*$|,(?!\d{3}\b).*$", "", text)  # "3,000 scooters" is one number
    text = text.strip(" .!?;:")
    # A purpose clause says why, not what: "Rename the tool to avoid a name clash".
    text = _PURPOSE.sub("", text)
    if text and _negated(text, data):
        # "Apply a preset when it runs without options": the condition carries the "not".
        text = _CONDITION.sub("", text).strip()
    if _other_language(text, data):
        # "Hoe kunnen we deze close the huisartsenpost ...": an idea written in the other
        # language cannot be woven into the sentence, so it is named "this plan".
        return Topic(data.ref_this, None, _idea_words(idea, data))
    if not text or _negated(text, data):
        # A challenge carries no negation, so an idea that does ("a no-touch policy")
        # is named "this change" rather than in its own words.
        return Topic(data.ref_this, None, _idea_words(idea, data))
    # Dutch reads the idea whole: the name before a colon is the thing ("Nieuw rooster: ...").
    topic = _topic_nl(normalise(idea), data) if data.lang == "nl" else _topic_en(text, data)
    return Topic(topic.ref, topic.goal, _idea_words(idea, data))


def _other_language(text: str, data: LangData) -> bool:
    """True when the idea is clearly written in the other language than the objection."""
    words = tokens(text)
    own = sum(1 for w in words if w in data.markers)
    other = sum(1 for w in words if w in lang_data("en" if data.lang == "nl" else "nl").markers)
    # English ideas name Dutch places ("De Kei", "aan den Rijn"), so Dutch needs a clear lead.
    return other > own and (data.lang == "nl" or other >= 2)


_STATE = re.compile(
    r"(?<=[a-z]), (?:[A-Z]{2}|[A-Z]\.[A-Z]\.|(?:Calif|Fla|Mass|Mich|Minn|Penn|Wash|Ore|Ariz|Colo"
    r"|Conn|Ill|Ind|Tenn|Tex|Wis|Ga|Va|Ala|Ark|Kan|Ky|La|Md|Miss|Mo|Mont|Neb|Nev|Okla|Pa"
    r"|Vt|Wyo)\.?)(?=[\s.,]|$)"
)
_COMMA = re.compile(r"(?<!\d),(?!\d{3}\b)")
_CLAUSE_START = frozenset(
    [
        *("then", "and", "so", "but", "which", "who", "that", "to", "with", "because", "as"),
        *("if", "when", "while", "or", "plus", "including", "e.g", "i.e", "for", "so that"),
    ]
)


def _short_after_comma(text: str, data: LangData) -> bool:
    """ "with floating, card-style panels": a short tail with no verb belongs to the phrase."""
    found = _COMMA.search(text)
    if found is None:
        return False
    rest = text[found.end() :].split()
    if not rest or len(rest) > 4 or "," in text[found.end() :]:
        return False
    first = rest[0].lower()
    return first not in _CLAUSE_START and first not in _idea_verbs()


def _negated(text: str, data: LangData) -> bool:
    return data.carries_negation(tokens(text))


def _idea_words(idea: str, data: LangData) -> frozenset[str]:
    return frozenset(w for w in tokens(normalise(idea)) if w not in data.function_words)


def _topic_en(text: str, data: LangData) -> Topic:
    verbs = frozenset(data.raw["idea_verbs"].split("|"))
    change = frozenset(data.raw["change_verbs"].split("|"))
    words = text.split()
    first = words[0].lower()
    if first.endswith("ly") and len(words) > 2 and words[1].lower() in verbs:
        # "Fully rename Bard to Gemini": the manner is not the action.
        words = words[1:]
        first = words[0].lower()
    if first not in verbs and len(words) > 2:
        # "School board adopts a four-day school week": find the verb in the third person.
        for i, word in enumerate(words[1:4], start=1):
            low = word.lower()
            if low.endswith("s") and low[:-1] in verbs:
                words = [low[:-1], *words[i + 1 :]]
                first = words[0]
                break
    if first not in verbs and _imperative(words, data):
        # "Reformulate the classic recipe": a word that no list names but that takes an
        # object right away is the action.
        verbs = verbs | {first}
    if first in verbs and len(words) > 1:
        goal = short_goal(" ".join([first, *words[1:]]))
        obj = _EN_PREP.sub("", " ".join(words[1:])).strip()
        has_article = bool(_ARTICLE.match(obj))
        if first in change or not has_article or len(obj.split()) > 6:
            ref = "this change" if first in change else "this proposal"
        else:
            ref = "the " + _ARTICLE.sub("", obj)
        return Topic(ref, goal)
    noun_phrase = _ARTICLE.sub("", _EN_PREP.sub("", text)).strip()
    head = noun_phrase.split()
    if not head or len(head) > 5 or head[0].lower() in _NOT_A_NOUN_START:
        # "All employees return ...", "Recommend drop the feature": not a name for it.
        return Topic("this proposal", None)
    return Topic("the " + _lower_first(noun_phrase), None)


_DETERMINER = frozenset(
    ["the", "a", "an", "our", "their", "its", "all", "every", "each", "this", "these", "those"]
)
# Words that start an idea without being its verb, beyond the function words.
_NOT_A_VERB = frozenset(
    [
        *("after", "against", "before", "despite", "down", "during", "free", "half", "less"),
        *("near", "new", "off", "per", "plus", "under", "unlike", "via", "without"),
    ]
)


def _imperative(words: list[str], data: LangData) -> bool:
    """True when the idea starts with a bare verb and its object: "Refit the pub"."""
    if len(words) < 3 or words[1].lower() not in _DETERMINER:
        return False
    first = words[0]
    low = first.lower()
    return (
        first.isalpha()
        and first[0].isupper()
        and low not in data.function_words
        and low not in _NOT_A_VERB
        and not low.endswith(("ly", "ing", "ed"))
    )


def _topic_nl(text: str, data: LangData) -> Topic:
    ref, goal = read_idea(text, data)
    return Topic(ref or data.ref_this, goal)
