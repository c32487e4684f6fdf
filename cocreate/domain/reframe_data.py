"""The reframing data of one language, loaded once from the shipped JSON and compiled."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from importlib.resources import files
from typing import Any, NamedTuple

LANGS: tuple[str, ...] = ("en", "nl")
_PARTS = re.compile(r"[-/]")

TOKEN_RE = re.compile(r"[a-z0-9à-öø-ÿ$€%]+(?:['\-/][a-z0-9à-öø-ÿ]+)*")


def tokens(text: str) -> list[str]:
    """Lower-case word tokens of ``text`` (apostrophes and hyphens stay inside words)."""
    return list(_tokens(text))


@lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[str, ...]:
    # The same texts come back within one call (candidates, clauses, the objection) and
    # across calls (the shared challenge bodies): tokenise each once.
    return tuple(TOKEN_RE.findall(text.lower()))


@dataclass(frozen=True)
class Concept:
    """A blocker people name and the outcome wanted instead.

    Attributes:
        key: The concept's id in the data (``cost_high``, ``time`` ...).
        out: Challenge bodies, best first; ``{it}`` is the topic, ``{who}`` the people named.
        keep: Gerund phrases that join a goal ("keeping the costs affordable").
        resource: True for things one can lack (time, money, staff): "no X" means "find X".
    """

    key: str
    out: tuple[str, ...]
    keep: tuple[str, ...]
    resource: bool

    @cached_property
    def names_term(self) -> bool:
        """True when a template names the term found ("{term}", "{term_pos}")."""
        return any("{term" in t for t in (*self.out, *self.keep))


class Hit(NamedTuple):
    """A concept term found in a text: which concept, the surface term, and how telling it is."""

    concept: Concept
    term: str
    start: int
    weak: bool


@dataclass(frozen=True)
class Rule:
    """A structural pattern ("X will never Y") with the templates it fills."""

    id: str
    regex: re.Pattern[str]
    score: float
    spec: dict[str, Any]
    needs: frozenset[str] | None = None
    needs2: frozenset[str] | None = None
    lower: re.Pattern[str] | None = None


@dataclass(frozen=True)
class LangData:
    """Everything the engine needs for one language, compiled."""

    lang: str
    opener: str
    ref_this: str
    join: str
    raw: dict[str, Any]
    negations: frozenset[str]
    markers: frozenset[str]
    function_words: frozenset[str]
    people: frozenset[str]
    people_mods: frozenset[str]
    wrappers: tuple[re.Pattern[str], ...]
    splitter: re.Pattern[str]
    because: re.Pattern[str]
    stop_capture: re.Pattern[str]
    putdown: re.Pattern[str]
    putdown_re: re.Pattern[str] | None
    putdown_words: frozenset[str]
    rewrites: tuple[tuple[re.Pattern[str], str, re.Pattern[str] | None], ...]
    rules: tuple[Rule, ...]
    exact: dict[tuple[str, ...], tuple[Concept, str]] = field(repr=False)
    wild: dict[tuple[tuple[str, ...], str], tuple[Concept, str]] = field(repr=False)
    weak: frozenset[str] = frozenset()
    max_len: int = 1
    starts: dict[str, int] = field(default_factory=dict, repr=False)
    wild_heads: frozenset[str] = frozenset()
    # The first two words of every multi-word term: most words that start one ("the",
    # "no") are not followed by a second word of any term, so the long look is skipped.
    pairs: frozenset[tuple[str, str]] = frozenset()
    rule_index: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False)
    rule_always: frozenset[int] = frozenset()
    _single: dict[str, tuple[Concept, str] | None] = field(default_factory=dict, repr=False)
    # A captured phrase with one of these words reads as a clause, not a name.
    clause_words: frozenset[str] = frozenset()
    # Words that name nothing on their own ("other", "more").
    not_a_name: frozenset[str] = frozenset()
    # Words a captured phrase cannot end with ("the", "to").
    dangling: frozenset[str] = frozenset()
    # Insults and swearing: with no concern found, an objection made of them is a put-down.
    hostile: frozenset[str] = frozenset()
    hostile_stems: tuple[str, ...] = ()
    # The words of a bare refusal ("this will never be a feature, sorry"): saying no,
    # politely or firmly, names no concern.
    refusal_words: frozenset[str] = frozenset()
    # Common words that name a concern only after a negative word ("no time", "too new").
    cue_terms: frozenset[str] = frozenset()
    # Negative words that make a common word name a concern ("no time", "too new").
    negative_cues: frozenset[str] = frozenset()
    # The first words of the people named with two words ("average users").
    people_firsts: frozenset[str] = frozenset()
    # Twins of ``wrappers`` and ``splitter`` for lower-cased text (see ``_lower_only``).
    wrappers_low: tuple[re.Pattern[str] | None, ...] = ()
    # Answers that fit almost any objection ("making its value clear") and the concepts
    # that name a topic more than a problem ("children", "lawyers"): a concept outside
    # both, named in the objection, ranks above the vague answers.
    vague: frozenset[str] = frozenset()
    topical: frozenset[str] = frozenset()
    splitter_low: re.Pattern[str] | None = None

    def scan(self, words: list[str]) -> list[Hit]:
        """Find concept terms in ``words``, longest match first, without overlaps."""
        hits: list[Hit] = []
        i = 0
        n_words = len(words)
        starts = self.starts
        single = self._single
        pairs = self.pairs
        wild_heads = self.wild_heads
        weak = self.weak
        while i < n_words:
            word = words[i]
            found: tuple[Concept, str] | None = None
            span = 1
            if i + 1 < n_words and ((word, words[i + 1]) in pairs or word in wild_heads):
                # Only words that begin a multi-word term need the slow, longest-first look.
                for n in range(min(max(starts.get(word, 0), 2), n_words - i), 1, -1):
                    key = tuple(words[i : i + n])
                    found = self.exact.get(key)
                    if found is None and n == 2:
                        found = self._wild_lookup(key[:-1], key[-1])
                    if found is not None:
                        span = n
                        break
            if found is None:
                found = single.get(word, _UNSEEN)
                if found is _UNSEEN:
                    found = self.exact.get((word,)) or self._wild_lookup((), word)
                    if len(single) < 50_000:
                        single[word] = found
            if found is not None:
                concept, term = found
                hits.append(Hit(concept, term, i, term in weak))
                i += span
            else:
                i += 1
        return hits

    def _wild_lookup(self, head: tuple[str, ...], last: str) -> tuple[Concept, str] | None:
        # Wildcard terms ("complicat*") match any longer word; try long stems first.
        for cut in range(len(last), 3, -1):
            found = self.wild.get((head, last[:cut]))
            if found is not None:
                return found
        return None

    def concept_of(self, text: str, *, weak: bool = False) -> Concept | None:
        """The most telling concept named in a short phrase, or None.

        Args:
            text: A phrase captured by a rule ("the equipment", "too much trouble").
            weak: Also accept terms that are only weak evidence ("work", "time").
        """
        words = tokens(text)
        hits = self.scan(words)
        if "of" in words or "van" in words:
            # "the trust of our users": the head comes before "of".
            cut = words.index("of" if "of" in words else "van")
            before = [h for h in hits if h.start < cut and not h.weak]
            if before:
                return before[-1].concept
        # The head of a phrase comes last ("the licensing costs" is about cost).
        strong = [h for h in hits if not h.weak]
        # A weak term still counts when it is the head of the phrase ("the time").
        heads = [h for h in hits if weak or h.start + len(h.term.split()) >= len(words)]
        chosen = strong or heads
        return chosen[-1].concept if chosen else None

    def carries_negation(self, words: list[str]) -> bool:
        """True when a word is a negation or hides one ("isn't", "no-touch", "yes/no")."""
        negations = self.negations
        if not negations.isdisjoint(words):
            return True
        for word in words:
            if word.endswith("n't"):
                return True
            if ("-" in word or "/" in word) and any(p in negations for p in _PARTS.split(word)):
                return True
        return False

    def is_hostile(self, text: str) -> bool:
        """True when ``text`` swears or insults ("u lazy fucks", "Lmao ragebait PR")."""
        words = tokens(text)
        if not self.hostile.isdisjoint(words):
            return True
        stems = self.hostile_stems
        return bool(stems) and any(w.startswith(stems) for w in words)

    def is_bare_refusal(self, text: str, idea_words: frozenset[str] | None) -> bool:
        """True when ``text`` only says no to the idea ("We are not going to turn it off").

        Args:
            text: The normalised objection.
            idea_words: The idea's own words; naming the idea names no concern.
        """
        words = tokens(text)
        if self.negations.isdisjoint(words) and self.refusal_words.isdisjoint(words):
            return False
        idea = idea_words or frozenset()
        left = [
            w
            for w in words
            if w not in self.function_words
            and w not in self.refusal_words
            and w not in self.negations
            and not w.isdigit()
            and not any(w.startswith(i) or i.startswith(w) for i in idea if len(i) > 3)
            and w not in idea
        ]
        return len(left) <= 1

    def is_putdown(self, text: str) -> bool:
        """True when ``text`` is only a put-down ("Yuck", "that is crazy nonsense")."""
        words = tokens(text)
        if not words:
            return True
        joined = " ".join(words)
        if self.putdown.match(joined) or (self.putdown_re and self.putdown_re.match(joined)):
            return True
        content = [w for w in words if w not in self.function_words]
        # Only put-down words and filler left: no concern to work with.
        return bool(content) and all(w in self.putdown_words for w in content)


def _because(raw: dict[str, Any]) -> re.Pattern[str]:
    """Words that give a reason; "since" only when it is not about time ("since 1932")."""
    words = _alternation(raw["because"])
    if raw.get("since_of_time"):
        later = _alternation(raw["since_of_time"])
        words = words.replace("since", rf"since(?!\s+(?:\d|(?:{later})\b))", 1)
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def _alternation(pipe_list: str) -> str:
    """A regex alternation of the ``|``-separated literal phrases, longest first."""
    parts = sorted({p.strip() for p in pipe_list.split("|") if p.strip()}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)


_UPPER_LITERAL = re.compile(r"(?<!\\)(?<!\(\?)[A-Z]")


def _lower_only(pattern: str) -> re.Pattern[str] | None:
    """``pattern`` for lower-cased text, without IGNORECASE; None if it names capitals.

    Case-insensitive matching of long alternations is about twice as slow, and most rule
    searches find nothing: searching the lower-cased text first is the cheap test.
    """
    if _UPPER_LITERAL.search(pattern):
        return None
    return re.compile(pattern)


_UNSEEN: Any = object()


def _words(raw: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(w for w in raw.get(key, "").split("|") if w)


def _compile(raw: dict[str, Any]) -> LangData:
    exact: dict[tuple[str, ...], tuple[Concept, str]] = {}
    wild: dict[tuple[tuple[str, ...], str], tuple[Concept, str]] = {}
    max_len = 1
    for key, spec in raw["concepts"].items():
        concept = Concept(
            key, tuple(spec["out"]), tuple(spec.get("keep", ())), bool(spec.get("res"))
        )
        for term in spec["terms"].split("|"):
            term = term.strip().lower()
            if not term:
                continue
            if term.endswith("*"):
                words = tokens(term[:-1])
                if words:
                    # The first concept that claims a term keeps it: order in the data is priority.
                    wild.setdefault((tuple(words[:-1]), words[-1]), (concept, term[:-1]))
                continue
            words = tokens(term)
            if words:
                exact.setdefault(tuple(words), (concept, term))
                max_len = max(max_len, len(words))
    rules = tuple(
        Rule(
            r["id"],
            re.compile(r["re"], re.IGNORECASE),
            float(r.get("score", 2.0)),
            r,
            frozenset(r["needs"].split("|")) if r.get("needs") else None,
            frozenset(r["needs2"].split("|")) if r.get("needs2") else None,
            _lower_only(r["re"]),
        )
        for r in raw["rules"]
        if r.get("out") or r.get("cases") or r.get("goal") or r.get("resolve")
    )
    starts: dict[str, int] = {}
    for key in exact:
        starts[key[0]] = max(starts.get(key[0], 0), len(key))
    # One alternation of all wrappers: one pass per round instead of one per wrapper.
    wrapper = "|".join(f"(?:{w.removeprefix('^')})" for w in raw["wrappers"]).join(("^(?:", ")"))
    rule_index: dict[str, list[int]] = {}
    for n, rule in enumerate(rules):
        for word in rule.needs or ():
            rule_index.setdefault(word, []).append(n)
    return LangData(
        lang=raw["lang"],
        opener=raw["opener"],
        ref_this=raw["ref_this"],
        join=raw["join"],
        raw=raw,
        negations=frozenset(raw["negations"].split("|")),
        markers=frozenset(raw["markers"].split("|")),
        function_words=frozenset(raw["function_words"].split("|")),
        people=frozenset(raw["people"].split("|")),
        people_mods=frozenset(raw["people_mods"].split("|")),
        vague=frozenset(raw.get("vague_answers", "").split("|")) - {""},
        topical=frozenset("concept:" + k for k in raw.get("topic_concepts", "").split("|") if k),
        people_firsts=frozenset(p.split(" ")[0] for p in raw["people"].split("|") if " " in p),
        wrappers=(re.compile(wrapper, re.IGNORECASE),),
        wrappers_low=(_lower_only(wrapper),),
        splitter=re.compile(raw["splitters"], re.IGNORECASE),
        splitter_low=_lower_only(raw["splitters"]),
        because=_because(raw),
        stop_capture=re.compile(rf"\s(?:{_alternation(raw['stop_capture'])})\b.*$", re.IGNORECASE),
        putdown=re.compile(rf"^(?:(?:{_alternation(raw['putdowns'])})\s*)+$", re.IGNORECASE),
        putdown_re=re.compile(raw["putdown_re"], re.IGNORECASE) if raw.get("putdown_re") else None,
        putdown_words=frozenset(p for p in raw["putdowns"].split("|") if " " not in p),
        rewrites=tuple(
            (re.compile(p, re.IGNORECASE), r, _lower_only(p)) for p, r in raw.get("rewrites", ())
        ),
        rules=rules,
        exact=exact,
        wild=wild,
        weak=frozenset(t.strip() for t in raw.get("weak_terms", "").split("|") if t.strip()),
        max_len=max_len,
        starts=starts,
        wild_heads=frozenset(head[0] for head, _ in wild if head),
        hostile=frozenset(w for w in _words(raw, "hostile_words") if not w.endswith("*")),
        hostile_stems=tuple(w[:-1] for w in _words(raw, "hostile_words") if w.endswith("*")),
        refusal_words=_words(raw, "refusal_words"),
        cue_terms=_words(raw, "cue_terms"),
        clause_words=_words(raw, "capture_clause_words"),
        not_a_name=_words(raw, "capture_not_a_name"),
        dangling=_words(raw, "capture_dangling"),
        negative_cues=(
            frozenset(raw["negations"].split("|")) | _words(raw, "negative_cues")
            if raw.get("negative_cues")
            else frozenset()
        ),
        pairs=frozenset((key[0], key[1]) for key in exact if len(key) > 1),
        rule_index={w: tuple(ns) for w, ns in rule_index.items()},
        rule_always=frozenset(n for n, r in enumerate(rules) if r.needs is None),
    )


@cache
def lang_data(lang: str) -> LangData:
    """The compiled data of ``lang`` ("en" or "nl"); read from the package once."""
    if lang not in LANGS:
        raise ValueError(f"unsupported language {lang!r}; use one of {', '.join(LANGS)}")
    text = files("cocreate.data").joinpath(f"reframe_{lang}.json").read_text(encoding="utf-8")
    return _compile(json.loads(text))
