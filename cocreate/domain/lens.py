"""The objector's quadrant as a lens: which corner an objection speaks from, and who can help.

An objection comes either from a core quality protecting something (a careful person
says "it's risky" to guard quality) or from an allergy reacting (an orderly person
calls a loose plan "chaos"). The way forward is the objector's challenge; people in the
room who have that challenge as their core quality are natural learning partners.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cocreate.domain.lexicon import Lexicon, default_lexicon
from cocreate.domain.quadrant import Quadrant

__all__ = ["Lens", "read_lens"]

_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")

_TEXT = {
    "en": {
        "core_quality": "{who} speaks from {their} core quality, {core}: the objection guards "
        "what {core} protects.",
        "allergy": "{who} reacts from {their} allergy, {allergy}: the idea looks like {allergy} "
        "to someone whose core quality is {core}.",
        "challenge": " The way forward is {their} challenge, {challenge}.",
        "partners": " {partners} as a core quality: a learning partner.",
        "partners_many": " {partners} as a core quality: learning partners.",
        "has": "{name} has {word}",
        "candidate": "How might we bring {challenge} to {it} and still honour {core}?",
        "someone": "The objector",
        "their": "their",
        "and": "and",
    },
    "nl": {
        "core_quality": "{who} spreekt vanuit {their} kernkwaliteit, {core}: het bezwaar "
        "beschermt waar {core} voor staat.",
        "allergy": "{who} reageert vanuit {their} allergie, {allergy}: het idee lijkt op "
        "{allergy} voor iemand met {core} als kernkwaliteit.",
        "challenge": " De weg vooruit is {their} uitdaging, {challenge}.",
        "partners": " {partners} als kernkwaliteit: een leerpartner.",
        "partners_many": " {partners} als kernkwaliteit: leerpartners.",
        "has": "{name} heeft {word}",
        "candidate": (
            "Hoe kunnen we {challenge} inbrengen bij {it} en tegelijk recht doen aan {core}?"
        ),
        "someone": "De bezwaarmaker",
        "their": "de eigen",
        "and": "en",
    },
}


@dataclass(frozen=True)
class Lens:
    """Where an objection comes from in the objector's quadrant.

    Attributes:
        corner: "core_quality" (a strength protecting something) or "allergy" (a reaction).
        objector_challenge: The objector's challenge corner, the way forward ("" if unknown).
        partners: Names in the room whose core quality is that challenge.
        explanation: One or two readable sentences saying all of the above.
        core_quality: The objector's core quality, as they wrote it.
        allergy: The objector's allergy, as they wrote it.
        lang: The language of the explanation.
    """

    corner: str
    objector_challenge: str
    partners: tuple[str, ...]
    explanation: str
    core_quality: str = ""
    allergy: str = ""
    lang: str = "en"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of every field."""
        return {
            "corner": self.corner,
            "objector_challenge": self.objector_challenge,
            "partners": list(self.partners),
            "explanation": self.explanation,
            "core_quality": self.core_quality,
            "allergy": self.allergy,
            "lang": self.lang,
        }

    def candidate(self, ref: str) -> str | None:
        """A challenge phrased toward the objector's challenge, or None without one.

        Args:
            ref: How the reframing names the idea ("this", "the mobile app").
        """
        if not self.objector_challenge.strip() or not self.core_quality.strip():
            return None
        text = _TEXT.get(self.lang, _TEXT["en"])["candidate"]
        return text.format(
            challenge=_own(self.objector_challenge),
            core=_own(self.core_quality),
            it=ref,
        )


def _own(word: str) -> str:
    """The person's own word for a quality, as they wrote it, set for mid-sentence use.

    The lexicon only matches qualities; it never renames them, so "carefulness" stays
    "carefulness" (not the lexicon's "caution"). Only a sentence-case capital is lowered
    ("Carefulness" -> "carefulness"); acronyms and inner capitals are kept.
    """
    word = " ".join(word.split())
    if len(word) > 1 and word[0].isupper() and word[1:] == word[1:].lower():
        return word[0].lower() + word[1:]
    return word


def _speaks_from_allergy(text: str, objector: Quadrant, lex: Lexicon) -> bool:
    """True when the objection's words name the objector's allergy or a synonym of it."""
    allergy = objector.allergy.strip()
    if not allergy:
        return False
    concept = lex.concept(allergy)
    forms = {allergy.lower()}
    if concept:
        forms |= {t.lower() for t in lex.terms(concept)}
    words = [w.lower() for w in _WORD.findall(text)]
    pairs = {" ".join(words[i : i + 2]) for i in range(len(words) - 1)}
    if forms & (set(words) | pairs):
        return True
    # Inflected forms ("chaotisch", "messier") resolve through the lexicon.
    return bool(concept) and any(len(w) > 3 and lex.concept(w) == concept for w in words)


def read_lens(
    text: str,
    lang: str,
    objector: Quadrant,
    *,
    objector_name: str | None = None,
    room: Mapping[str, Quadrant] | None = None,
    lexicon: Lexicon | None = None,
) -> Lens:
    """Read an objection through the objector's quadrant.

    Args:
        text: The objection.
        lang: "en" or "nl", for the explanation.
        objector: The objector's quadrant.
        objector_name: Their name, for the explanation and to leave them out of ``room``.
        room: Name -> quadrant of the people present.
        lexicon: The quality lexicon; the shipped one when None.

    Returns:
        The lens: corner, the objector's challenge, learning partners and an explanation.
    """
    lex = lexicon or default_lexicon()
    words = _TEXT.get(lang, _TEXT["en"])
    corner = "allergy" if _speaks_from_allergy(text, objector, lex) else "core_quality"
    challenge = objector.challenge.strip()
    partners: tuple[str, ...] = ()
    if challenge and room:
        partners = tuple(
            name
            for name, quadrant in room.items()
            if name != objector_name
            and quadrant.core_quality.strip()
            and lex.same(quadrant.core_quality, challenge)
        )
    who = objector_name or words["someone"]
    their = words["their"]
    core = _own(objector.core_quality) or "?"
    allergy = _own(objector.allergy) or "?"
    explanation = words[corner].format(who=who, their=their, core=core, allergy=allergy)
    if challenge:
        explanation += words["challenge"].format(their=their, challenge=_own(challenge))
        if partners:
            # Each partner is named with their own core-quality word.
            said = [
                words["has"].format(name=name, word=_own((room or {})[name].core_quality))
                for name in partners
            ]
            joined = said[0]
            if len(said) > 1:
                joined = ", ".join(said[:-1]) + f" {words['and']} " + said[-1]
            key = "partners" if len(said) == 1 else "partners_many"
            explanation += words[key].format(partners=joined)
    return Lens(
        corner=corner,
        objector_challenge=challenge,
        partners=partners,
        explanation=explanation,
        core_quality=objector.core_quality.strip(),
        allergy=objector.allergy.strip(),
        lang=lang,
    )
