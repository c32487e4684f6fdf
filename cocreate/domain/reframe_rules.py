"""Candidate challenges from an objection: structural rules, the outcome lexicon, a fallback."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any, NamedTuple

from cocreate.domain.reframe_data import Concept, LangData, tokens
from cocreate.domain.reframe_text import (
    Clause,
    content_words,
    gerund_to_base,
    object_form,
    past_participle,
    possessive,
)
from cocreate.domain.reframe_topic import Topic
from cocreate.domain.reframe_topic_nl import agree


class Raw(NamedTuple):
    """A challenge body before the opener is added.

    Attributes:
        body: The part after "How might we" ("make this affordable").
        rule: What produced it ("too_adj:cost_high", "concept:time", "fallback").
        score: Higher is better.
        keep: Gerund phrases for joining a goal ("keeping the costs affordable").
    """

    body: str
    rule: str
    score: float
    keep: tuple[str, ...] = ()


@dataclass
class Context:
    """What one reframing call knows while it collects candidates."""

    data: LangData
    topic: Topic
    who: str | None
    goals: list[tuple[int, str]] = field(default_factory=list)
    found: list[Raw] = field(default_factory=list)


_WORDS = re.compile(r"[a-z0-9à-öø-ÿ]+")
_NOT_A_HEAD = frozenset(
    [
        "too",
        "much",
        "very",
        "so",
        "that",
        "this",
        "it",
        "is",
        "are",
        "be",
        "and",
        "or",
        "but",
        "if",
        "when",
        "as",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "up",
        "out",
        "down",
        "off",
        "over",
    ]
)
_WINDOW = 90
_NOWHERE = 1 << 30
_SLASH = re.compile(r"(?<=[a-z])/(?=[a-z])", re.I)
_SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")
_LIST_SEP = re.compile(r"\s*(?:,\s*(?:or|and|nor|en|of)?|\bor\b|\bnor\b|\band\b|\ben\b|\bof\b)\s*")
_REFS = {
    "en": re.compile(r"\b(?:it|this|that)$", re.I),
    "nl": re.compile(r"\b(?:het|dit|dat)$", re.I),
}


@cache
def _re(pattern: str) -> re.Pattern[str]:
    """A data pattern compiled once (case-insensitive)."""
    return re.compile(pattern, re.IGNORECASE)


_TRAILING_ADVERB = re.compile(
    r"^(?!(?:family|assembly|supply|reply|anomaly|monopoly|italy|july|rally|ally|jelly)$)"
    r"[a-z]{3,}ly$"
)
_EXCLUSION = {
    "en": (
        re.compile(
            r"^\s*(?:anyone|anybody|everyone|everybody|all|people)"
            r"(?: else)? (?:but|except|other than|besides|apart from) ",
            re.I,
        ),
        "everyone",
    ),
    "nl": (
        re.compile(r"^\s*(?:iedereen|wie dan ook|mensen) (?:behalve|buiten|op) ", re.I),
        "iedereen",
    ),
}


def _clean(value: str, ctx: Context) -> str:
    """A captured phrase made fit for a challenge: cut at clause words, pronouns turned.

    An exclusion ("anyone but experts", "iedereen behalve experts") names everyone left
    out, so it becomes "everyone" rather than being cut to a bare "anyone".
    """
    data = ctx.data
    exclusion = _EXCLUSION.get(data.lang)
    if exclusion and exclusion[0].match(value):
        return exclusion[1]
    value = data.stop_capture.sub("", " " + value).strip(" ,.;:!?-'\"")
    if "/" in value:
        value = _SLASH.sub(" and " if data.lang == "en" else " en ", value)
    mapping = data.raw.get("pronoun_map", {})
    if mapping:
        words = value.split(" ")
        value = " ".join(mapping.get(w.lower(), w) for w in words)
    words = value.split(" ")
    if len(words) > 8:
        value = " ".join(words[:8])
        words = words[:8]
    if data.lang == "en" and len(words) > 1 and _TRAILING_ADVERB.search(words[-1]):
        value = " ".join(words[:-1])  # "people's builds unnecessarily": the adverb is not a name
    if ctx.topic.ref != data.ref_this:
        value = _REFS[data.lang].sub(ctx.topic.ref, value)
    return value


def _mod(value: str, mod: str | None, ctx: Context) -> str:
    if mod is None:
        return value
    if mod == "pos":
        return possessive(value, ctx.data)
    if mod == "obj":
        return object_form(value)
    if mod == "last":
        return value.split()[-1]
    if mod == "first":
        return value.split()[0]
    if mod == "list":
        items = [p for p in _LIST_SEP.split(value) if p]
        if len(items) < 2:
            return value
        conj = " en " if ctx.data.lang == "nl" else " and "
        return ", ".join(items[:-1]) + conj + items[-1]
    if mod == "short":
        return " ".join(value.split()[:8])
    if mod == "pp":
        return past_participle(value.split()[0], ctx.data.raw.get("irregular_participles", {}))
    if mod == "the":
        return _definite(value, ctx.data)
    if mod == "goal":
        words = value.split()
        return " ".join([gerund_to_base(words[0]), *words[1:]])
    return value


_DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "our",
        "their",
        "your",
        "its",
        "my",
        "his",
        "her",
        "this",
        "that",
        "these",
        "those",
        "every",
        "each",
        "all",
        "some",
        "any",
        "existing",
        "current",
    ]
)
_MASS = frozenset(
    [
        "trust",
        "privacy",
        "security",
        "quality",
        "performance",
        "momentum",
        "morale",
        "goodwill",
        "compatibility",
        "stability",
        "everything",
        "anything",
        "something",
    ]
)


_HEAD_ENDS = frozenset(["of", "in", "on", "across", "for", "to", "with", "from", "at", "by"])


def _definite(value: str, data: LangData) -> str:
    """ "review process" -> "the review process"; plurals, names and mass nouns stay bare."""
    words = value.split()
    if data.lang != "en" or not words:
        return value
    if value[:1].isupper() and not (len(words) > 1 and words[0].isupper() and words[1].islower()):
        return value  # a name ("Firefox"), but an acronym before a noun takes "the" ("SLA bonus")
    head = words
    for i, word in enumerate(words[1:], start=1):
        if word.lower() in _HEAD_ENDS:
            head = words[:i]  # "links across the Internet": the head is "links"
            break
    first, last = words[0].lower(), head[-1].lower()
    if (
        first in _DETERMINERS
        or last in _MASS
        or (last.endswith("s") and not last.endswith(("ss", "us", "is")))
    ):
        return value
    return "the " + value


@cache
def _parse(template: str) -> tuple[tuple[str, str | None, str | None], ...]:
    """``template`` as (literal, slot, mod) pieces; parsed once per template."""
    pieces: list[tuple[str, str | None, str | None]] = []
    last = 0
    for match in _SLOT.finditer(template):
        pieces.append((template[last : match.start()], match.group(1), match.group(2)))
        last = match.end()
    pieces.append((template[last:], None, None))
    return tuple(pieces)


def fill(template: str, values: dict[str, str], ctx: Context) -> str | None:
    """Fill ``{slot}`` and ``{slot:mod}`` in ``template``; None when a slot is empty."""
    out: list[str] = []
    for literal, slot, mod in _parse(template):
        out.append(literal)
        if slot is None:
            continue
        value = values.get(slot)
        if not value:
            return None
        out.append(_mod(value, mod, ctx) if mod else value)
    text = "".join(out)
    if ctx.data.lang == "nl" and "{it" in template:
        text = agree(text, ctx.topic.ref, ctx.data)  # "wat deze molens betekenen"
    return text


def _base_values(ctx: Context) -> dict[str, str]:
    values = {"it": ctx.topic.ref}
    if ctx.who:
        values["who"] = ctx.who
    return values


def _emit(
    ctx: Context,
    outs: list[str] | tuple[str, ...],
    keeps: list[str] | tuple[str, ...],
    values: dict[str, str],
    rule: str,
    score: float,
) -> None:
    filled_keep = tuple(k for k in (fill(t, values, ctx) for t in keeps) if k)
    rank = 0
    for template in outs:
        body = fill(template, values, ctx)
        if body:
            ctx.found.append(Raw(body, rule, score - 0.3 * rank, filled_keep))
            rank += 1


def find_who(text: str, data: LangData) -> str | None:
    """The people an objection names ("average users", "contributors"), or None."""
    who = _find_who(text, data)
    if who is not None and data.lang == "nl" and who.split(" ")[0] not in _NL_DETERMINERS:
        # Dutch names a group with its article: "de ouders betrekken", "het bestuur".
        return ("het " if who in _NL_HET else "de ") + who
    if who in _EN_BODIES:
        return "the " + who  # "keeping the way in easy for the community"
    return who


# Groups named in the singular, which English names with "the".
_EN_BODIES = frozenset(
    [
        *("community", "team", "public", "council", "board", "government", "union"),
        *("department", "committee", "press", "media", "neighbourhood", "neighborhood"),
        *("city", "school", "business", "company", "church", "club", "parish", "market"),
    ]
)


_NL_DETERMINERS = frozenset(
    ["de", "het", "een", "onze", "ons", "hun", "alle", "veel", "sommige", "iedereen", "niemand"]
)


def _find_who(text: str, data: LangData) -> str | None:
    words = tokens(text)
    people = data.people
    if people.isdisjoint(words) and data.people_firsts.isdisjoint(words):
        return None  # most objections name nobody: one set test instead of a walk
    plurals = data.raw.get("plurals", {})
    last = len(words) - 1
    for i, word in enumerate(words):
        if i < last and word in data.people_firsts:
            pair = word + " " + words[i + 1]
            if pair in people:
                return pair
        if word in people and word not in ("everyone", "everybody", "team", "public"):
            # "every contributor" is said of contributors in the plural.
            word = plurals.get(word, word)
            if i > 0 and words[i - 1] in data.people_mods and words[i - 1] not in ("our", "all"):
                return f"{words[i - 1]} {word}"
            return word
    return None


def _people_head(phrase: str, data: LangData) -> str | None:
    """The phrase up to its first people noun ("users and discourage us" -> "users")."""
    words = phrase.split(" ")
    for i, word in enumerate(words):
        low = word.lower().strip(",.")
        if low in _HEAD_ENDS or low == "van":
            return None  # "the trust of your users": the people are not the head
        if low in data.people:
            if i + 1 < len(words) and words[i + 1].lower() in _RELATIVE_VERBS:
                return None  # "every config file people have": the people are not the head
            end = i + 1
            while end < len(words) and (
                words[end].lower().strip(",.") in data.people
                or words[end].lower().strip(",.") in _GROUP_NOUNS
            ):
                end += 1  # "community projects", "community members": the last noun names them
            return " ".join(words[:end]).strip(",.")
    return None


_GROUP_NOUNS = frozenset(
    [
        *("projects", "groups", "organisations", "organizations", "clubs", "charities"),
        *("initiatives", "businesses", "households", "families", "members", "leaders"),
    ]
)
_RELATIVE_VERBS = frozenset(
    [
        *("have", "has", "had", "use", "uses", "used", "need", "needs", "rely", "relies"),
        *("own", "owns", "made", "make", "wrote", "write", "built", "build", "depend"),
        *("like", "love", "know", "knew", "bought", "paid", "run", "ran", "hebben", "gebruiken"),
        *("come", "go", "visit", "walk", "live", "work", "travel", "drive", "enjoy", "want"),
    ]
)


def apply_rules(clause: Clause, ctx: Context) -> None:
    """Run every structural rule on one clause and collect what they produce."""
    data = ctx.data
    text = clause.text
    low = text.lower()
    # Lower-casing can change the length of a few characters ("İ"); positions must agree.
    same_length = len(low) == len(text)
    words = set(_WORDS.findall(low))
    # A rule only runs when one of its key words is there: most regexes never start.
    index = data.rule_index
    # Rule -> where its first key word is. ``find`` may land inside a longer word
    # ("not" in "nothing"), which only starts the search a little earlier.
    chosen = dict.fromkeys(data.rule_always, _WINDOW)
    for word in words.intersection(index):
        at = low.find(word)
        for n in index[word]:
            if at < chosen.get(n, _NOWHERE):
                chosen[n] = at
    rules = data.rules
    for n in sorted(chosen):
        rule = rules[n]
        if rule.needs2 is not None and rule.needs2.isdisjoint(words):
            continue
        # A match sits around its key word: start a little before the first one, so the
        # long alternations are not tried at every word of a long sentence.
        start = max(0, chosen[n] - _WINDOW)
        if rule.lower is not None and same_length:
            found_low = rule.lower.search(low, start)
            if found_low is None:
                continue
            # The groups come from the text as written, matched where the test found it.
            match = rule.regex.match(text, found_low.start()) or rule.regex.search(text, start)
        else:
            match = rule.regex.search(text, start)
        if not match:
            continue
        spec = rule.spec
        groups = {k: _clean(v, ctx) for k, v in match.groupdict().items() if v and v.strip()}
        if "cut" in spec and "x" in groups:
            groups["x"] = _re(spec["cut"]).sub("", groups["x"]).strip()
        groups = {k: v for k, v in groups.items() if v}
        goal_name = spec.get("goal")
        if goal_name and goal_name in groups and _names_an_action(groups[goal_name], ctx):
            # "please don't do this", "we shouldn't remove it": a verb and a pronoun name
            # no action of their own; the idea's wording says it better.
            _add_goal(_mod(groups[goal_name], "goal", ctx), spec, ctx)
        _apply_one(rule.id, rule.score + clause.weight, spec, match, groups, ctx)


def _names_an_action(goal: str, ctx: Context) -> bool:
    """True when a goal says more than a verb and "it" ("remove it" names no action)."""
    ref = set(tokens(ctx.topic.ref))
    words = [w for w in tokens(goal) if w not in ctx.data.function_words and w not in ref]
    return len(words) > 1


def _add_goal(goal: str, spec: dict[str, Any], ctx: Context) -> None:
    """Keep a goal named in the objection ("not sure we should enable this by default")."""
    data = ctx.data
    words = goal.split()
    if not 1 < len(words) <= 10 or set(tokens(goal)) & data.negations:
        return
    verbs = data.raw.get("idea_verbs", "").split("|")
    if spec.get("verbs_only") and data.lang == "en" and words[0].lower() not in verbs:
        return
    # "not sure we should X" names the proposal itself and beats the idea's wording.
    ctx.goals.append((0 if spec.get("goal_first") else 2, goal))


def _pick_case(
    spec: dict[str, Any], match: re.Match[str], groups: dict[str, str]
) -> dict[str, Any]:
    default_by = "v" if "v" in match.re.groupindex else "x"
    for case in spec.get("cases", ()):
        by = case.get("by", default_by)
        subject = (
            match.group(0)
            if by == "_m"
            else (match.group(by) if by in match.re.groupindex else None)
        )
        if not subject or not _re(case["when"]).search(subject.strip().lower()):
            continue
        if "by_s" in case and not _re(rf"\b(?:{case['by_s']})\b").search(
            groups.get("s", "").lower()
        ):
            continue
        return {**case, "_case": True}
    return spec


def _apply_one(
    rule_id: str,
    score: float,
    spec: dict[str, Any],
    match: re.Match[str],
    groups: dict[str, str],
    ctx: Context,
) -> None:
    data = ctx.data
    case = _pick_case(spec, match, groups)
    outs: list[str] = list(case.get("out", ()))
    keeps: list[str] = list(case.get("keep", ()))
    values = {**_base_values(ctx), **groups}
    x = groups.get("x")
    if x and spec.get("x_content") and x.split()[0].lower() in _NOT_A_HEAD:
        return
    if x and spec.get("people_x") and _people_head(x, data):
        x = values["x"] = _people_head(x, data) or x
        if case.get("people"):
            outs, keeps = list(case["people"]), list(case.get("people_keep", keeps))
    elif x and case.get("x_keep"):
        for pattern, special in case["x_keep"].items():
            if _re(rf"\b(?:{pattern})\b").search(x):
                keeps = [*special, *(k for k in keeps if "{x" not in k)]
    if "s" in values:
        subject = _QUANTIFIER.sub("", values["s"])
        if (
            " " in subject
            and "s" in match.re.groupindex
            and _AFTER_BE.search(match.string, 0, max(0, match.start("s")))
        ):
            # "as soon as it is disabled people would complain": the participle belongs
            # to the clause before, not to the people.
            subject = subject.split(" ", 1)[1]
        subject = object_form(subject)  # "keeping them on board"
        first, _, rest = subject.partition(" ")
        if rest and first.istitle() and first.lower() in data.people_mods:
            subject = first.lower() + " " + rest  # "Older users will hate it"
        if not _subject_ok(subject):
            # "of residents", "in the neighbourhood do": not a name for the people.
            outs = [t for t in outs if "{s" not in t]
            keeps = [t for t in keeps if "{s" not in t]
        values["s"] = subject
    if data.clause_words:
        # A captured phrase that reads as a clause, not a name, would break the sentence
        # it is put in ("keeping behaviour that has been standard working"): leave out
        # the templates that need it and let the concept or another rule speak.
        bad = [
            slot
            for slot in ("x", "vo", "g")
            if slot in values and not _clean_capture(slot, values, data, match)
        ]
        if bad:
            outs = [t for t in outs if not any("{" + slot in t for slot in bad)]
            keeps = [t for t in keeps if not any("{" + slot in t for slot in bad)]
    concept: Concept | None = None
    name = spec.get("resolve")
    text = match.group(0) if name == "_m" else groups.get(name or "", "")
    is_list = False
    if text and (not case.get("_case") or case.get("concept_first")):
        # An explicit case knows better than the lexicon, unless it is only the wording
        # for a blocker the lexicon does not name; otherwise name the blocker.
        is_list = spec.get("list") == name and len(_LIST_SEP.split(text)) > 1
        if not is_list:
            concept = data.concept_of(text)
            if concept and spec.get("resource") and not concept.resource:
                concept = None
    if concept is None and x and (case.get("concept_x") or case.get("concept_res")):
        found = data.concept_of(x)
        if found and (case.get("concept_x") or found.resource):
            concept = found
    if concept is not None:
        _emit(ctx, concept.out, concept.keep, values, f"{rule_id}:{concept.key}", score)
        return
    if spec.get("default_for_lists") and not case.get("_case") and not is_list:
        # "there is no grandfathering": only a named resource or a list of them is
        # something to find; anything else would build the objector's remedy in.
        return
    if x and not case.get("_case") and spec.get("no_default"):
        first = x.split()[0].lower()
        if first in spec["no_default"].split("|") or first in data.function_words:
            return
    _emit(ctx, outs, keeps, values, rule_id, score)


def _clean_capture(slot: str, values: dict[str, str], data: LangData, match: re.Match[str]) -> bool:
    """True when a captured phrase can stand in a challenge as a name or a short action."""
    words = values[slot].lower().split()
    said = match.group(slot) if slot in match.re.groupindex else None
    # As said, before "this" became the idea's name.
    if all(w in data.function_words for w in tokens(said or values[slot])):
        return False  # "do this", "do it": a refusal, not an action to name
    if slot == "g":
        return True  # a goal is a whole verb phrase, checked where it is kept
    if slot == "x" and _LIST.match(values[slot]):
        return True  # "money, equipment, room or personnel": a list of names
    if not words or len(words) > 5 or words[-1] in data.dangling or words[0] in _WHOEVER:
        return False
    if slot == "vo":
        # "to" and the like may join a verb to its object ("move to the cloud").
        return (data.clause_words - data.dangling).isdisjoint(words[1:])
    if not data.clause_words.isdisjoint(words):
        return False
    return not (len(words) == 1 and (words[0] in data.not_a_name or _ADJECTIVE.search(words[0])))


_LIST = re.compile(r"^\w+(?:, \w+)+,? (?:and|or|nor) \w+$")
# "penalising whoever happens to share an address", "the ones who trust you": a clause about
# people, not a name for them.
_WHOEVER = frozenset(["whoever", "whomever", "whatever", "whichever", "ones", "one"])
# "a majority of residents", "most of the parents", "half the staff": the people are named
# after the share of them.
_QUANTIFIER = re.compile(
    r"^(?:(?:a|the) (?:vast |large |great |silent |small )?(?:majority|minority|number|lot"
    r"|bunch|handful|couple|few) of |(?:most|many|some|all|half|none|few|lots|plenty) of "
    r"|half |(?:de|het) (?:meeste|meerderheid van|helft van) )",
    re.IGNORECASE,
)
_AFTER_BE = re.compile(r"\b(?:is|are|was|were|be|been|being|gets?|got) $", re.IGNORECASE)
_NOT_A_SUBJECT_EDGE = frozenset(
    [
        *("of", "in", "on", "at", "for", "with", "from", "by", "to", "and", "or", "do", "does"),
        *("did", "van", "op", "bij", "voor", "met", "en", "doen"),
    ]
)


def _subject_ok(subject: str) -> bool:
    words = subject.lower().split()
    edge = _NOT_A_SUBJECT_EDGE
    if len(words) > 1 and object_form(words[-1]) != words[-1]:
        return False  # "anything they (say)": the pronoun is the subject of another clause
    return bool(words) and words[0] not in edge and words[-1] not in edge


_ADJECTIVE = re.compile(r"(?:al|ic|ive|ous|ful|less|able|ible)$")


def apply_concepts(clause: Clause, ctx: Context) -> None:
    """Name the blockers in one clause from the outcome lexicon and collect their outcomes."""
    data = ctx.data
    words = tokens(clause.text)
    hits = data.scan(words)
    if not hits:
        return
    reason = data.because.search(clause.text)
    reason_at = len(tokens(clause.text[: reason.start()])) if reason else len(words) + 1
    seen: dict[str, float] = {}
    first_strong = next((h for h in hits if not h.weak), None)
    idea_words = ctx.topic.words
    cues = data.negative_cues
    for hit in hits:
        base = 1.3 if hit.weak else 2.0 + 0.1 * (len(hit.term.split()) - 1)
        if (
            hit.term in data.cue_terms
            and cues
            and cues.isdisjoint(words[max(0, hit.start - 4) : hit.start])
        ):
            # A common word ("like", "time", "new") names a concern only when something
            # negative comes just before it ("do not like", "no time", "too new").
            continue
        named = [w for w in hit.term.split() if w not in data.function_words]
        if idea_words and named and idea_words.issuperset(named):
            # The idea's own words name the topic, not the concern ("a code of conduct").
            base -= 0.9
        if hit is first_strong:
            base += 0.1  # people name their main concern first
        if hit.start >= reason_at:
            base += 0.4  # the reason after "because" is the concern itself
        key = hit.concept.key
        if key in seen:
            seen[key] = max(seen[key], base) + 0.15
            continue
        seen[key] = base
    order = {h.concept.key: h for h in reversed(hits)}
    # Only the strongest few blockers become candidates; the rest would never rank.
    top = sorted(seen.items(), key=lambda kv: -kv[1])[:4]
    for key, base in top:
        hit = order[key]
        values = _base_values(ctx)
        if hit.concept.names_term:
            values["term_pos"] = possessive(_with_article(hit.term, data), data)
            values["term"] = _with_article(hit.term, data)
        _emit(
            ctx, hit.concept.out, hit.concept.keep, values, f"concept:{key}", base + clause.weight
        )


_BARE_PLURALS = re.compile(r"(?:s|people|staff|management|leadership|legal|finance|hq)$")


def _with_article(term: str, data: LangData) -> str:
    """ "board" -> "the board"; plurals and mass nouns stay bare ("customers", "management")."""
    if data.lang == "nl":
        # Dutch names a body with its article: "de directie", "het bestuur", "de raad van
        # bestuur" (the first word decides).
        head = term.split(" ", 1)[0]
        if head in _NL_DETERMINERS:
            return term
        return ("het " if head in _NL_HET else "de ") + term
    if " " in term:
        return term
    if _BARE_PLURALS.search(term):
        return term
    return "the " + term


_NL_HET = frozenset(
    [
        "management",
        "bestuur",
        "college",
        "ministerie",
        "team",
        "personeel",
        "publiek",
        "kabinet",
        "rijk",
        "parlement",
    ]
)


_ANYONE = frozenset(["people", "folks", "everyone", "everybody", "mensen", "iedereen"])


def fallback(text: str, ctx: Context) -> None:
    """The challenge that always fits: make it work for those involved."""
    data = ctx.data
    values = _base_values(ctx)
    if values.get("who", "").rsplit(" ", 1)[-1] in _ANYONE:
        # "making it work for people" says less than "for everyone involved".
        del values["who"]
    _emit(ctx, data.raw["fallback"], data.raw.get("fallback_keep", ()), values, "fallback", 0.5)
    if not content_words(text, data):
        ctx.found[:] = [r for r in ctx.found if "{who}" not in r.body]
