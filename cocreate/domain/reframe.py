"""Objections into challenges: "It's too expensive" becomes "How might we make this affordable?".

The engine is rules and data, no statistics: the objection is cleaned and cut into
clauses, structural patterns ("X will never Y", "we tried that before") and the outcome
lexicon (expensive -> affordable) propose challenge bodies, the idea under discussion
fills in what "it" is and what we want to do, and every candidate is checked for form
(opener, question mark, no negation, length, not the objection pasted back) before it is
ranked. A put-down with no concern in it gets a clarifying question instead.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from cocreate.domain.reframe_data import LangData, lang_data, tokens
from cocreate.domain.reframe_rules import (
    Context,
    Raw,
    apply_concepts,
    apply_rules,
    fallback,
    find_who,
)
from cocreate.domain.reframe_text import (
    clauses,
    content_words,
    detect_language,
    normalise,
)
from cocreate.domain.reframe_topic import short_goal, topic_from_idea

if TYPE_CHECKING:
    from cocreate.domain.lens import Lens
    from cocreate.domain.quadrant import Quadrant

__all__ = [
    "Candidate",
    "Reframing",
    "detect_language",
    "is_pasted",
    "reframe",
    "well_formed",
]

Kind = Literal["challenge", "clarify"]
MAX_CANDIDATES = 5
MIN_WORDS = 4
MAX_WORDS = 30
JOIN_WORDS = 22


@dataclass(frozen=True)
class Candidate:
    """One proposed challenge.

    Attributes:
        text: The challenge as it would go on the wall ("How might we ...?").
        rule: The pattern that produced it ("too_adj:cost_high", "concept:time", "lens").
        score: Ranking score; higher is better, comparable within one reframing only.
    """

    text: str
    rule: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with the keys text, rule and score."""
        return {"text": self.text, "rule": self.rule, "score": round(self.score, 3)}


@dataclass(frozen=True)
class Reframing:
    """The answer to one objection.

    Attributes:
        objection: The objection as given.
        lang: "en" or "nl".
        kind: "challenge", or "clarify" when the objection names no concern.
        challenges: Ranked candidates, best first; for clarify, the clarifying question(s).
        lens: Where the objection comes from in the objector's quadrant, when known.
    """

    objection: str
    lang: str
    kind: Kind
    challenges: tuple[Candidate, ...]
    lens: Lens | None = None

    @property
    def best(self) -> Candidate:
        """The top candidate."""
        return self.challenges[0]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: objection, lang, kind, challenges and lens."""
        return {
            "objection": self.objection,
            "lang": self.lang,
            "kind": self.kind,
            "challenges": [c.to_dict() for c in self.challenges],
            "lens": self.lens.to_dict() if self.lens is not None else None,
        }


def well_formed(text: str, lang: str) -> bool:
    """True when ``text`` has the form of a challenge in ``lang``.

    It starts with the opener ("How might we" / "Hoe kunnen we"), ends with "?",
    has 4 to 30 words and carries no negation.
    """
    data = lang_data(lang)
    if not text.startswith(data.opener + " ") or not text.endswith("?"):
        return False
    if not MIN_WORDS <= len(text.split()) <= MAX_WORDS:
        return False
    return not _negated(text, data)


def _negated(text: str, data: LangData) -> bool:
    lowered = text.lower().replace("\u2019", "'")
    return any(w in data.negations or w.endswith("n't") for w in re.findall(r"[\w']+", lowered))


def is_pasted(challenge: str, objection: str) -> bool:
    """True when the challenge is the objection pasted into a template.

    That is: the objection has at least four words and the challenge holds at least
    80% of them in their order (a longest common subsequence), or all of them in a row.
    """
    return _pasted(tokens(normalise(challenge)), tokens(normalise(objection)))


def _pasted(chal: list[str], obj: list[str]) -> bool:
    if len(obj) < 4 or len(chal) < 0.8 * len(obj):
        return False  # too short to hold 80% of the objection
    present = set(chal)
    # The subsequence can be no longer than the words the two share: a cheap bound first.
    if sum(1 for w in obj if w in present) < 0.8 * len(obj):
        return False
    previous = [0] * (len(chal) + 1)
    for word in obj:
        current = [0]
        for j, other in enumerate(chal):
            current.append(previous[j] + 1 if word == other else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1] >= 0.8 * len(obj)


def reframe(
    text: str,
    *,
    lang: str | None = None,
    idea: str | None = None,
    objector: Quadrant | None = None,
    objector_name: str | None = None,
    room: Mapping[str, Quadrant] | None = None,
) -> Reframing:
    """Turn an objection into ranked challenges.

    Args:
        text: The objection as somebody said it.
        lang: "en" or "nl"; detected from the text when None.
        idea: The idea or proposal the objection is about; "it" and "this" resolve to it.
        objector: The objector's quadrant; adds the lens and a candidate toward their challenge.
        objector_name: The objector's name, for the lens explanation.
        room: Name -> quadrant of the others present, to find learning partners.

    Returns:
        A Reframing; kind "clarify" when the objection is a put-down with no concern.

    Raises:
        ValueError: When ``text`` is empty or only whitespace, or ``lang`` is unknown.
    """
    if not text or not text.strip():
        raise ValueError("an objection needs some text")
    clean = normalise(text)
    if lang is None:
        lang = detect_language(clean if len(tokens(clean)) > 2 or not idea else f"{clean} {idea}")
    data = lang_data(lang)
    low = clean.lower()
    for pattern, repl, quick in data.rewrites:
        # Most objections match no rewrite: the lower-cased test is the cheap way to know.
        if quick is None or len(low) != len(clean) or quick.search(low) is not None:
            clean = pattern.sub(repl, clean)
            low = clean.lower()
    ctx = Context(data, topic_from_idea(idea, data), find_who(clean, data))
    substantive = False
    for clause in clauses(clean, data):
        if data.is_putdown(clause.text):
            continue
        substantive = True
        apply_rules(clause, ctx)
        apply_concepts(clause, ctx)
    # "We are still against it" names a stance, not a concern.
    stance_only = all(r.rule in _STANCE for r in ctx.found)
    said_nothing = not ctx.found and (
        not substantive or len(content_words(clean, data)) < 2 or data.is_hostile(clean)
    )
    if stance_only and (said_nothing or data.is_bare_refusal(clean, ctx.topic.words)):
        # No concern found in a put-down, a bare "I don't want", or an insult: ask for
        # the concern rather than put a challenge on the wall that nobody raised.
        return _clarify(text, data, objector, objector_name, room)
    if not ctx.found:
        fallback(clean, ctx)
    candidates = _rank(ctx, clean)
    if not candidates and ctx.topic.ref != data.ref_this:
        # Every candidate carried a word of the idea that a challenge may not hold:
        # name it "this change" and try again, so an objection never goes unanswered.
        return reframe(text, lang=lang, objector=objector, objector_name=objector_name, room=room)
    lens = None
    if objector is not None:
        from cocreate.domain.lens import read_lens

        lens = read_lens(clean, lang, objector, objector_name=objector_name, room=room)
        extra = lens.candidate(ctx.topic.ref)
        if extra and well_formed(extra, lang) and extra not in {c.text for c in candidates}:
            # Second place: the objection's own challenge first, the personal angle next.
            best = candidates[0].score if candidates else 1.0
            lens_candidate = Candidate(extra, "lens", best - 0.01)
            candidates = (*candidates[:1], lens_candidate, *candidates[1 : MAX_CANDIDATES - 1])
    return Reframing(text, lang, "challenge", candidates, lens)


def _clarify(
    text: str,
    data: LangData,
    objector: Quadrant | None,
    objector_name: str | None,
    room: Mapping[str, Quadrant] | None,
) -> Reframing:
    questions = tuple(
        Candidate(q, "clarify", 1.0 - 0.1 * i) for i, q in enumerate(data.raw["clarify"])
    )
    lens = None
    if objector is not None:
        from cocreate.domain.lens import read_lens

        lens = read_lens(
            normalise(text), data.lang, objector, objector_name=objector_name, room=room
        )
    return Reframing(text, data.lang, "clarify", questions, lens)


_STANCE = frozenset(["concept:support", "against_it", "bad_idea"])
_SPACE_PUNCT = re.compile(r"\s+([,;:])")


def _render(body: str, data: LangData) -> str:
    body = " ".join(body.split()).strip(" ,.;:!?")
    if " ," in body or " ;" in body or " :" in body:
        body = _SPACE_PUNCT.sub(r"\1", body)
    if "the " in body:
        body = _DOUBLE_DETERMINER.sub("", body)  # "finding the our budget" -> "our budget"
    return f"{data.opener} {body}?"


_DOUBLE_DETERMINER = re.compile(
    r"\bthe (?=(?:our|their|your|my|his|her|its|the|a|an|this|that|these|those)\b)"
)


def _fits(text: str, words: list[str], data: LangData) -> bool:
    """``well_formed`` for a rendered candidate whose tokens are known."""
    if not MIN_WORDS <= text.count(" ") + 1 <= MAX_WORDS:
        return False
    if "'" not in text and "-" not in text and "/" not in text:
        return data.negations.isdisjoint(words)  # no word can hide a negation inside it
    return not data.carries_negation(words)


# A concept named by a strong term, not only by a common word ("work", "port").
_NAMED = 1.75


def _rank(ctx: Context, objection: str) -> tuple[Candidate, ...]:
    """Join goals, render, check and rank; ``objection`` is the normalised text."""
    data = ctx.data
    found = ctx.found
    vague = data.vague
    if vague:
        topical = data.topical
        specific = max(
            (
                r.score
                for r in found
                if r.rule.startswith("concept:") and r.rule not in vague and r.rule not in topical
            ),
            default=0.0,
        )
        if specific >= _NAMED:
            # "An unnecessary complication with no added value": the complication is the
            # concern; doubting the value or the support says less than naming it.
            found = [
                Raw(r.body, r.rule, min(r.score, specific - 0.05)) if r.rule in vague else r
                for r in found
            ]
    raws = sorted(found, key=lambda r: -r.score)[:12]
    goals = sorted(ctx.goals)
    if ctx.topic.goal:
        goals.append((1, ctx.topic.goal))
    goal = sorted(goals)[0][1] if goals else None
    joined: list[Raw] = []
    if goal:
        bonus = 0.25
        short = short_goal(goal, 5, brief=True) if data.lang == "en" else goal
        for raw in raws[:4]:
            for keep in raw.keep[:1]:
                body = data.join.format(goal=goal, keep=keep)
                size = body.count(" ") + 4
                if size > JOIN_WORDS and short != goal:
                    # A long goal and a long concern: name the action briefly.
                    body = data.join.format(goal=short, keep=keep)
                    size = body.count(" ") + 4
                # The longer the challenge, the less it reads as one thought on the wall.
                penalty = 0.05 * max(0, size - JOIN_WORDS)
                joined.append(Raw(body, raw.rule + "+goal", raw.score + bonus - penalty))
    out: list[Candidate] = []
    seen: set[str] = set()
    said = tokens(objection)
    for raw in sorted([*joined, *raws], key=lambda r: -r.score):
        text = _render(raw.body, data)
        key = text.lower()
        if key in seen:
            continue
        words = tokens(key)
        if not _fits(text, words, data) or _pasted(words, said):
            continue
        seen.add(key)
        out.append(Candidate(text, raw.rule, raw.score))
        if len(out) == MAX_CANDIDATES:
            break
    if not out:
        ctx.found.clear()
        fallback(objection, ctx)
        for raw in ctx.found:
            text = _render(raw.body, data)
            if well_formed(text, data.lang) and text.lower() not in seen:
                seen.add(text.lower())
                out.append(Candidate(text, raw.rule, raw.score))
    return tuple(out)
