"""Advice on a quadrant a person typed: consistency hints and the completion that carries them.

Hints advise and never block: a person's own words always win. The checks only need a
few look-ups (``HintSource``), so they live apart from how the lexicon is indexed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Protocol

from cocreate.domain.quadrant import CORNER_LABELS, CORNERS, Quadrant

HINT_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "opposite": "'{p}' is rather the opposite of '{c}' than too much of it; "
        "a pitfall is the core quality overdone",
        "example": " (for example '{x}')",
        "allergy_is_pitfall": "The allergy '{a}' is the same quality as the pitfall '{p}'; "
        "an allergy is too much of the challenge, the negative opposite of the core quality.",
        "not_positive": "'{ch}' is not known as the positive opposite of '{p}'; "
        "the lexicon suggests '{x}'.",
        "elsewhere_core": "'{b}' is usually {za} for '{a}'.",
        "elsewhere": "'{b}' is usually the {z} when '{a}' is the {x}.",
        "polarity": "'{w}' is usually {za}, not {ya}.",
    },
    "nl": {
        "opposite": "'{p}' is eerder het tegendeel van '{c}' dan te veel ervan; "
        "een valkuil is de kernkwaliteit doorgeschoten",
        "example": " (bijvoorbeeld '{x}')",
        "allergy_is_pitfall": "De allergie '{a}' is dezelfde eigenschap als de valkuil '{p}'; "
        "een allergie is te veel van de uitdaging, de negatieve tegenpool van de kernkwaliteit.",
        "not_positive": "'{ch}' staat niet bekend als positieve tegenpool van '{p}'; "
        "het lexicon stelt '{x}' voor.",
        "elsewhere_core": "'{b}' is meestal {za} bij '{a}'.",
        "elsewhere": "'{b}' is meestal de {z} als '{a}' de {x} is.",
        "polarity": "'{w}' is meestal {za}, geen {y}.",
    },
}


@dataclass(frozen=True)
class Completion:
    """A quadrant completed from the corners a person gave.

    Attributes:
        quadrant: Given corners exactly as typed; missing ones filled from the lexicon
            (left empty when nothing is known).
        known: Every given word was recognised.
        lang: The language of the filled-in words and the hints ("en" or "nl").
        alternatives: For each corner that was missing, other candidates, best first.
        hints: Consistency advice about the given corners; never a refusal.
        did_you_mean: Known words close to the words that were not recognised.
    """

    quadrant: Quadrant
    known: bool
    lang: str
    alternatives: dict[str, list[str]] = field(default_factory=dict)
    hints: list[str] = field(default_factory=list)
    did_you_mean: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        """The JSON shape the CLI prints: the corners, known, alternatives, hints and more."""
        out: dict[str, object] = dict(self.quadrant.corners())
        out["known"] = self.known
        out["alternatives"] = {c: list(ws) for c, ws in self.alternatives.items()}
        out["hints"] = list(self.hints)
        out["lang"] = self.lang
        out["did_you_mean"] = list(self.did_you_mean)
        return out


class HintSource(Protocol):
    """What the hints need to know about words; ``Lexicon`` provides it."""

    def concept(self, word: str) -> str | None:
        """The language-independent key of a word, or None when unknown."""
        ...

    def same(self, a: str, b: str) -> bool:
        """Whether two words name the same quality."""
        ...

    def display(self, concept: str, lang: str) -> str:
        """The usual noun for ``concept`` in ``lang``."""
        ...

    def related(self, concept: str, corner: int) -> dict[int, Counter[str]]:
        """Per other corner, the concepts found there when ``concept`` is at ``corner``."""
        ...

    def corner_counts(self, concept: str) -> Counter[int]:
        """How often ``concept`` is listed at each corner index."""
        ...


def _a(label: str, lang: str) -> str:
    if lang == "nl":
        return f"een {label}"
    return f"{'an' if label[0] in 'aeiou' else 'a'} {label}"


def quadrant_hints(lex: HintSource, q: Quadrant, lang: str) -> list[str]:
    """Advice on a quadrant as a person typed it, in ``lang`` ("en" or "nl").

    Flags a pitfall that is the opposite of the core quality rather than too much of it,
    an allergy that is the pitfall again, a challenge that is not the positive opposite
    of the pitfall, a word the lexicon places in another corner, and a word whose
    polarity (strength or excess) does not suit its corner. Most specific first.
    """
    words = {CORNERS.index(c): w.strip() for c, w in q.corners().items() if w.strip()}
    say = HINT_TEXTS[lang]
    label = CORNER_LABELS[lang]
    concepts = {i: lex.concept(w) for i, w in words.items()}
    known = {i: k for i, k in concepts.items() if k is not None}
    out: list[str] = []
    doubtful: set[int] = set()  # corners a hint already questions
    mentioned: set[int] = set()

    def add(text: str, doubt: int, *others: int) -> None:
        out.append(text)
        doubtful.add(doubt)
        mentioned.update((doubt, *others))

    if 0 in known and 1 in known and known[0] != known[1]:
        rel = lex.related(known[0], 0)
        if rel[3][known[1]] and not rel[1][known[1]]:
            example = rel[1].most_common(1)[0][0] if rel[1] else ""
            text = say["opposite"].format(p=words[1], c=words[0])
            if example:
                text += say["example"].format(x=lex.display(example, lang))
            add(text + ".", 1, 0)
    if 1 in words and 3 in words and lex.same(words[1], words[3]):
        add(say["allergy_is_pitfall"].format(a=words[3], p=words[1]), 3, 1)
    if 1 in known and 2 in known and known[1] != known[2]:
        rel = lex.related(known[1], 1)
        elsewhere = any(rel[z][known[2]] for z in (0, 3))
        if rel[2] and not rel[2][known[2]] and not elsewhere:
            x = lex.display(rel[2].most_common(1)[0][0], lang)
            add(say["not_positive"].format(ch=words[2], p=words[1], x=x), 2, 1)
    # A word the lexicon places elsewhere, judged from a word that is not in doubt.
    for ref in sorted(known):
        if ref in doubtful:
            continue
        rel = lex.related(known[ref], ref)
        for other in sorted(known):
            target = known[other]
            if other in mentioned or target == known[ref] or rel[other][target]:
                continue
            places = [z for z in range(4) if z != ref and rel[z][target]]
            if places:
                z_label = label[CORNERS[max(places, key=lambda z: rel[z][target])]]
                template = say["elsewhere_core" if ref == 0 else "elsewhere"]
                text = template.format(
                    b=words[other],
                    z=z_label,
                    za=_a(z_label, lang),
                    a=words[ref],
                    x=label[CORNERS[ref]],
                )
                add(text, other, ref)
    for i, k in sorted(known.items()):
        if i in mentioned:
            continue
        seen = lex.corner_counts(k)
        # Known at this corner, or at its place in a turned row, means right polarity;
        # ``related`` is empty exactly when there is no such placement.
        if seen and not lex.related(k, i):
            usual = label[CORNERS[seen.most_common(1)[0][0]]]
            y = label[CORNERS[i]]
            text = say["polarity"].format(w=words[i], za=_a(usual, lang), y=y, ya=_a(y, lang))
            out.append(text)
    return out
