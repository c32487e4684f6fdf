"""Quality words as people type them: matching keys, inflections and derivations, phrases.

The lexicon stores each quality under a few listed forms; these functions bridge the gap
to what someone actually types ("Drammerige", "patiently", "moed(ig)", "lack of focus")
without knowing anything about quadrants themselves.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

_PARENS = re.compile(r"\(([^()]*)\)")
_STRONG = re.compile(r"[,;/|:\n]")
_TOKEN = re.compile(r"[^\W_]+")
_NON_KEY = re.compile(r"[\W_]+")
# A phrase that negates ("lack of attention to detail") must not be read as the quality
# it names, so its words are not tried one by one.
_NEGATORS = frozenset(
    re.findall(r"\w+", "not no non never without lack lacking niet geen zonder nooit gebrek")
)
# Words too common to stand for a quality on their own.
_STOP = frozenset(
    re.findall(
        r"\w+",
        "a an the to of in on at for with by who that be being is are too very more less much "
        "people person someone others other things when seem seems from my myself oneself "
        "de het een te van op met die dat zijn heel erg zeer mensen iemand anderen voor aan "
        "bij om learn learns learning leren",
    )
)
_MAX_CANDIDATES = 200

# One derivational step between a noun and its adjective (suffix -> replacements).
_DERIVE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("iveness", ("ive",)),
    ("iness", ("y",)),
    ("ness", ("",)),
    ("ility", ("le", "ile")),
    ("ivity", ("ive",)),
    ("osity", ("ous",)),
    ("ity", ("", "e")),
    ("ence", ("ent",)),
    ("ent", ("ence",)),
    ("ance", ("ant",)),
    ("ant", ("ance",)),
    ("ency", ("ent",)),
    ("ancy", ("ant",)),
    ("ism", ("ist", "istic")),
    ("ist", ("ism",)),
    ("istic", ("ism", "ist")),
    ("ically", ("ic",)),
    ("ily", ("y",)),
    ("ly", ("",)),
    ("ful", ("", "fulness")),
    ("ive", ("iveness", "ivity")),
    ("ous", ("ousness", "osity")),
    ("ble", ("bility",)),
    ("ic", ("ism",)),
    ("y", ("iness",)),
    ("ies", ("y",)),
    ("sion", ("sive",)),
    ("sive", ("sion",)),
    ("tion", ("tive",)),
    ("tive", ("tion",)),
    ("igheid", ("ig",)),
    ("heid", ("",)),
    ("biliteit", ("bel",)),
    ("iviteit", ("ief",)),
    ("iteit", ("",)),
    ("isme", ("istisch", "ist")),
    ("istisch", ("isme",)),
    ("ief", ("iviteit",)),
    ("bel", ("biliteit",)),
    ("ig", ("", "igheid")),
    ("isch", ("ie",)),
    ("ie", ("isch",)),
    ("end", ("", "en", "ing", "zaam", "erig", "ig")),  # aarzelend -> aarzeling, zorgend -> zorg
    ("", ("ness", "heid", "ig", "ity", "e")),
)
# Inflections: stripped, then the stem is respelled (Dutch "passieve" -> "passief").
_INFLECT = ("ste", "st", "er", "en", "e", "ing", "ed", "es", "s")
_VOWELS = frozenset("aeiouy")


def fold(text: str) -> str:
    """``text`` casefolded with accents removed ("Egoïsme" -> "egoisme")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def word_key(text: str) -> str:
    """The matching key of a word or phrase: casefolded, no accents, letters and digits only."""
    if text.isascii():
        return _NON_KEY.sub("", text.lower())
    return "".join(_TOKEN.findall(fold(text)))


def _respell(stem: str) -> list[str]:
    out = [stem, stem + "e"]
    if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
        out.append(stem[:-1])  # controlling -> control, stille -> stil
    dutch = {"v": "f", "z": "s"}.get(stem[-1:])
    base = stem[:-1] + dutch if dutch else stem
    out.append(base)  # passieve -> passief, boze -> bos(e)
    if (
        len(base) >= 3
        and base[-1] not in _VOWELS
        and base[-2] in "aeou"
        and base[-3] not in _VOWELS
    ):
        out.append(base[:-1] + base[-2] + base[-1])  # trage -> traag, boze -> boos
    return out


_DERIVE_BY = dict(_DERIVE)
_NOUN_ENDINGS = ("ness", "heid", "ity", "iteit", "ism", "isme", "ence", "ance", "tion")
_DERIVE_LENGTHS = sorted({len(suffix) for suffix in _DERIVE_BY}, reverse=True)
_INFLECT_LENGTHS = sorted({len(suffix) for suffix in _INFLECT}, reverse=True)


@lru_cache(maxsize=1 << 16)
def variants(k: str) -> tuple[str, ...]:
    """Spellings one inflection or derivation away from key ``k`` (not ``k`` itself)."""
    out: list[str] = []
    size = len(k)
    # Suffixes are looked up by length, not tried one by one: this runs for every form.
    for n in _DERIVE_LENGTHS:
        replacements = _DERIVE_BY.get(k[size - n :]) if size - n >= 3 else None
        if replacements and not (n == 0 and k.endswith(_NOUN_ENDINGS)):
            out += [k[: size - n] + r for r in replacements]
    for n in _INFLECT_LENGTHS:
        if size - n >= 3 and k[size - n :] in _INFLECT:
            out += _respell(k[: size - n])
    seen = {k}
    return tuple(v for v in out if len(v) >= 4 and not (v in seen or seen.add(v)))


def candidates(text: str) -> list[str]:
    """Keys to try for typed text, best first: the whole, its parts, then its words."""
    plain = fold(text)
    outer = _PARENS.sub(" ", plain)
    # "moed(ig)" means moed or moedig; "daadkracht (daadkrachtig)" means daadkracht.
    out = [word_key(plain), word_key(outer)]
    for chunk in [outer, *_PARENS.findall(plain)]:
        for part in _STRONG.split(chunk):
            tokens = _TOKEN.findall(part)[:24]
            if not tokens or _NEGATORS.intersection(tokens):
                continue
            for n in range(min(3, len(tokens)), 0, -1):
                for i in range(len(tokens) - n + 1):
                    gram = tokens[i : i + n]
                    if n == 1 and (gram[0] in _STOP or len(gram[0]) < 3):
                        continue
                    out.append("".join(gram))
    seen: set[str] = set()
    return [c for c in out if c and not (c in seen or seen.add(c))][:_MAX_CANDIDATES]


_NL_LOOK = re.compile(r"ij|heid|isch|lijk|oe|ui|aa|uu|sch|ig\b|iteit|zaam|baar|eu|ee")
_EN_LOOK = re.compile(r"ness|ity|ive\b|ful|ing\b|tion|ous|th|w|y\b|ck")


def dutch_look(word: str) -> float:
    """A weak vote for Dutch (> 0) or English (< 0) from spelling alone."""
    text = fold(word)
    diff = len(_NL_LOOK.findall(text)) - len(_EN_LOOK.findall(text))
    return 0.5 if diff > 0 else -0.5 if diff < 0 else 0.0


# Word lists as stored ------------------------------------------------------------------

# A parsed TSV cell: either the raw comma-separated text or the list of terms.
Cell = str | Sequence[str]


def terms_of(cell: Cell) -> list[str]:
    """The terms of one lexicon cell ("noun, form, synonym"), trimmed, blanks dropped."""
    raw = cell.split(",") if isinstance(cell, str) else list(cell)
    return [t.strip() for t in raw if t and t.strip()]


def quadrant_rows(rows: Iterable[Sequence[Cell]]) -> Iterator[tuple[list[list[str]], list[str]]]:
    """Per complete row: its four cells as term lists and up to four extra first terms.

    A Dutch row carries the English noun of each corner in columns 5-8; missing ones are
    "". Rows with an empty corner are skipped, so a half-written line cannot poison
    completion.
    """
    for row in rows:
        cells = [terms_of(c) for c in list(row)[:4]]
        extra = [(terms_of(c) or [""])[0] for c in list(row)[4:8]]
        if len(cells) == 4 and all(cells):
            yield cells, extra + [""] * (4 - len(extra))


def parse_tsv(text: str) -> list[list[str]]:
    """Rows of a lexicon TSV: blank lines, ``#`` comments and the header are skipped."""
    rows: list[list[str]] = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if cells[0].strip().casefold() == "core_quality":
            continue
        rows.append(cells)
    return rows
