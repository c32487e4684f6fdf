"""The quadrant lexicon: quality words in English and Dutch, completion and consistency hints."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib.resources import files

from cocreate.domain.quadrant import CORNER_LABELS, CORNERS, Quadrant

LANGS = ("en", "nl")

# A parsed TSV cell: either the raw comma-separated text or the list of terms.
Cell = str | Sequence[str]

# In the turned quadrant (see Quadrant.turned) corner i holds what corner (i + 2) % 4 held.
_TURN = 2


# Words ---------------------------------------------------------------------------------

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


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def word_key(text: str) -> str:
    """The matching key of a word or phrase: casefolded, no accents, letters and digits only."""
    if text.isascii():
        return _NON_KEY.sub("", text.lower())
    return "".join(_TOKEN.findall(_fold(text)))


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
def _variants(k: str) -> tuple[str, ...]:
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


def _candidates(text: str) -> list[str]:
    """Keys to try for typed text, best first: the whole, its parts, then its words."""
    plain = _fold(text)
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


def _dutch_look(word: str) -> float:
    """A weak vote for Dutch (> 0) or English (< 0) from spelling alone."""
    text = _fold(word)
    diff = len(_NL_LOOK.findall(text)) - len(_EN_LOOK.findall(text))
    return 0.5 if diff > 0 else -0.5 if diff < 0 else 0.0


_HINTS: dict[str, dict[str, str]] = {
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


def _a(label: str, lang: str) -> str:
    if lang == "nl":
        return f"een {label}"
    return f"{'an' if label[0] in 'aeiou' else 'a'} {label}"


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


def _terms(cell: Cell) -> list[str]:
    raw = cell.split(",") if isinstance(cell, str) else list(cell)
    return [t.strip() for t in raw if t and t.strip()]


def _name(text: str) -> str:
    return " ".join(text.casefold().split())


@dataclass(frozen=True)
class _Cell:
    """One corner of one lexicon row."""

    concept: str
    terms: tuple[str, ...]  # in the row's language, display noun first
    english: str = ""  # a Dutch cell's English noun, also indexed as an English form


_Row = tuple[str, tuple[_Cell, ...]]


def _quads(rows: Iterable[Sequence[Cell]]) -> Iterable[tuple[list[list[str]], list[str]]]:
    for row in rows:
        cells = [_terms(c) for c in list(row)[:4]]
        extra = [(_terms(c) or [""])[0] for c in list(row)[4:8]]
        if len(cells) == 4 and all(cells):
            yield cells, extra + [""] * (4 - len(extra))


def _best(counts: Counter[str] | None) -> str | None:
    return counts.most_common(1)[0][0] if counts else None


class Lexicon:
    """Known quadrants in English and Dutch, indexed for look-up by any form of a word.

    Words are grouped into language-independent *concepts*, named by their English
    display noun. A Dutch row names the English noun of each corner, which is how
    "geduld" and "patience" become one concept. Synonyms never merge concepts: a form
    listed under several concepts means the one it is the display noun of, else the
    one that lists it most often.
    """

    def __init__(self, rows: Sequence[_Row]) -> None:
        """Build the indexes; use ``from_rows``."""
        self._rows: list[tuple[str, tuple[str, ...]]] = []
        self._at: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self._terms: dict[str, set[str]] = defaultdict(set)
        self._displays: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        self._langs: dict[str, Counter[str]] = defaultdict(Counter)
        self._surface: dict[str, str] = {}
        self._keys: dict[str, set[str]] = defaultdict(set)
        listed: dict[str, Counter[str]] = defaultdict(Counter)
        for i, (lang, cells) in enumerate(rows):
            self._rows.append((lang, tuple(cell.concept for cell in cells)))
            for corner, cell in enumerate(cells):
                self._at[cell.concept].append((i, corner))
                self._displays[cell.concept, lang][cell.terms[0]] += 1
                forms = [(t, lang) for t in cell.terms]
                if cell.english:
                    forms.append((cell.english, "en"))
                head = word_key(cell.terms[0])
                near = {head, *_variants(head)}
                for t, form_lang in forms:
                    k = word_key(t)
                    # The display noun and its own forms ("optimistisch" for "optimisme")
                    # outweigh a synonym another row happens to list.
                    own = k in near or head in _variants(k)
                    listed[k][cell.concept] += 3 if own else 1
                    self._langs[k][form_lang] += 1
                    self._terms[cell.concept].add(t)
                    self._keys[cell.concept].add(k)
                    self._surface.setdefault(k, t)
        self._listed = {k: max(c, key=c.__getitem__) for k, c in listed.items() if k}
        # Forms one inflection away from a listed form; a listed form always wins.
        self._derived: dict[str, str] = {}
        for k, concept in self._listed.items():
            for v in _variants(k):
                if v not in self._listed:
                    self._derived.setdefault(v, concept)
        self._known_keys = sorted(self._listed)

    @classmethod
    def from_rows(
        cls, en_rows: Iterable[Sequence[Cell]], nl_rows: Iterable[Sequence[Cell]] = ()
    ) -> Lexicon:
        """Build a lexicon from parsed rows.

        Args:
            en_rows: Rows of four cells (core quality, pitfall, challenge, allergy); a
                cell is "noun, form, synonym, ..." or a list of those terms.
            nl_rows: Rows of four Dutch cells followed by four English nouns (one per
                corner) naming the same qualities; without them a Dutch word matches
                only Dutch rows.

        Returns:
            The lexicon. Rows with an empty corner are skipped.
        """
        rows: list[_Row] = [
            ("en", tuple(_Cell(_name(t[0]), tuple(t)) for t in cells))
            for cells, _ in _quads(en_rows)
        ]
        english: dict[str, Counter[str]] = defaultdict(Counter)
        for _, cells in rows:
            for cell in cells:
                for n, t in enumerate(cell.terms):
                    english[word_key(t)][cell.concept] += 3 if n == 0 else 1

        def anchor(noun: str, dutch: str) -> str:
            # "decisive" in a Dutch row still means the English concept "decisiveness".
            k = word_key(noun)
            for each in (k, *_variants(k)) if k else ():
                found = _best(english.get(each))
                if found:
                    return found
            return _name(noun) if k else "nl:" + _name(dutch)

        for cells, nouns in _quads(nl_rows):
            rows.append(
                (
                    "nl",
                    tuple(
                        _Cell(anchor(en, t[0]), tuple(t), en)
                        for t, en in zip(cells, nouns, strict=True)
                    ),
                )
            )
        return cls(rows)

    # Look-up ----------------------------------------------------------------------------

    def _resolve(self, word: str) -> tuple[str, str] | None:
        for cand in _candidates(word):
            for table in (self._listed, self._derived):
                for k in (cand, *_variants(cand)):
                    concept = table.get(k)
                    if concept is not None:
                        return concept, k
        return None

    def concept(self, word: str) -> str | None:
        """The language-independent key of a quality word, or None when it is unknown.

        Any case, accents, simple inflection or language: "Daadkrachtig" and "decisive"
        give the same key.
        """
        found = self._resolve(word)
        return found[0] if found else None

    def same(self, a: str, b: str) -> bool:
        """Whether two words name the same quality (forms, case, English or Dutch).

        Also true when one word is listed as a close synonym of the other's quality
        ("prudence" under "caution"), even if it is the display noun of its own.
        """
        ka, kb = word_key(a), word_key(b)
        if not ka or not kb:
            return False
        if ka == kb:
            return True
        found_a, found_b = self._resolve(a), self._resolve(b)
        if found_a is None or found_b is None:
            return False
        (ca, key_a), (cb, key_b) = found_a, found_b
        return ca == cb or key_a in self._keys[cb] or key_b in self._keys[ca]

    def terms(self, concept: str) -> frozenset[str]:
        """Every known surface form of ``concept`` in English and Dutch (empty when unknown)."""
        return frozenset(self._terms.get(concept, ()))

    def display(self, concept: str, lang: str) -> str:
        """The usual noun for ``concept`` in ``lang``, else in the other language, else the key."""
        for each in (lang, *LANGS):
            names = self._displays.get((concept, each))
            if names:
                return names.most_common(1)[0][0]
        return concept

    def _has_display(self, concept: str, lang: str) -> bool:
        return (concept, lang) in self._displays

    def detect_lang(self, *words: str) -> str:
        """ "nl" when the words look Dutch (by the lexicon, else by spelling), otherwise "en"."""
        score = 0.0
        for w in words:
            found = self._resolve(w) if w and w.strip() else None
            langs = self._langs.get(found[1]) if found else None
            if langs:
                score += (langs["nl"] - langs["en"]) / (langs["nl"] + langs["en"])
            else:
                score += _dutch_look(w)
        return "nl" if score > 0 else "en"

    def suggest(self, word: str, limit: int = 5) -> list[str]:
        """Known words close to ``word`` ("did you mean"), one per quality, closest first."""
        k = word_key(word)
        if not k or limit <= 0:
            return []
        out: list[str] = []
        seen: set[str] = set()
        for near in difflib.get_close_matches(k, self._known_keys, n=limit * 3, cutoff=0.6):
            concept = self._listed[near]
            if concept not in seen:
                seen.add(concept)
                out.append(self._surface[near])
        return out[:limit]

    # Completion -------------------------------------------------------------------------

    def _placements(self, concept: str, corner: int) -> Iterable[tuple[int, bool]]:
        """(row, turned) for every orientation of a row that has ``concept`` at ``corner``."""
        for row, at in self._at.get(concept, ()):
            if at == corner:
                yield row, False
            if at == (corner + _TURN) % 4:
                yield row, True

    def _concept_at(self, row: int, turned: bool, corner: int) -> str:
        return self._rows[row][1][(corner + _TURN) % 4 if turned else corner]

    def _rank(
        self, given: dict[int, str], lang: str
    ) -> tuple[tuple[int, bool] | None, dict[int, list[str]]]:
        """The best matching row orientation and, per corner, ranked candidate concepts."""
        agree: Counter[tuple[int, bool]] = Counter()
        for corner, concept in given.items():
            agree.update(set(self._placements(concept, corner)))
        if not agree:
            return None, {}
        weight: dict[int, Counter[str]] = defaultdict(Counter)
        best_agree: dict[int, Counter[str]] = defaultdict(Counter)
        for (row, turned), n in agree.items():
            for corner in range(4):
                c = self._concept_at(row, turned, corner)
                # A row read as written is stronger evidence than the same row turned.
                weight[corner][c] += 1 if turned else 2
                best_agree[corner][c] = max(best_agree[corner][c], n)
        ranked = {
            corner: sorted(
                counts,
                key=lambda c, corner=corner: (
                    -best_agree[corner][c],
                    not self._has_display(c, lang),
                    -counts[c],
                ),
            )
            for corner, counts in weight.items()
        }
        missing = [c for c in range(4) if c not in given]

        def row_score(rt: tuple[int, bool]) -> tuple[int, bool, int, int]:
            support = sum(weight[c][self._concept_at(*rt, c)] for c in missing)
            return (-agree[rt], rt[1], -support, rt[0])

        return min(agree, key=row_score), ranked

    def complete(
        self,
        *,
        core_quality: str | None = None,
        pitfall: str | None = None,
        challenge: str | None = None,
        allergy: str | None = None,
        lang: str | None = None,
    ) -> Completion:
        """Complete a quadrant from any corners that are given.

        Given words stay as typed (only trimmed); missing corners come from the row that
        agrees with most given corners, then with the most other rows. A word the
        lexicon does not know fills nothing.

        Args:
            core_quality: The core quality, if known.
            pitfall: The pitfall, if known.
            challenge: The challenge, if known.
            allergy: The allergy, if known.
            lang: "en" or "nl" for the filled-in words and hints; detected when None.

        Returns:
            The completion; never raises on odd text.
        """
        typed = dict(zip(CORNERS, (core_quality, pitfall, challenge, allergy), strict=True))
        given = {c: w.strip() for c, w in typed.items() if w and w.strip()}
        if lang not in LANGS:
            lang = self.detect_lang(*given.values())
        concepts = {c: self.concept(w) for c, w in given.items()}
        unknown = [w for c, w in given.items() if concepts[c] is None]
        did_you_mean: list[str] = []
        for w in unknown:
            did_you_mean += [s for s in self.suggest(w) if s not in did_you_mean]
        q = Quadrant(**given)
        idx = {CORNERS.index(c): k for c, k in concepts.items() if k is not None}
        best, ranked = self._rank(idx, lang)
        used = set(idx.values())
        alternatives: dict[str, list[str]] = {}
        for corner_name in q.missing():
            corner = CORNERS.index(corner_name)
            options = [c for c in ranked.get(corner, []) if c not in used]
            if best is not None and self._concept_at(*best, corner) in options:
                pick = self._concept_at(*best, corner)
                options.remove(pick)
                options.insert(0, pick)
            if options:
                used.add(options[0])
                q = q.with_corner(corner_name, self.display(options[0], lang))
            # A list in the asked language reads better than one that switches halfway.
            rest = [c for c in options[1:] if self._has_display(c, lang)]
            alternatives[corner_name] = [self.display(c, lang) for c in rest[:5]]
        return Completion(
            quadrant=q,
            known=bool(given) and not unknown,
            lang=lang,
            alternatives=alternatives,
            hints=self.hints(Quadrant(**given), lang),
            did_you_mean=did_you_mean[:5],
        )

    # Hints ------------------------------------------------------------------------------

    def _related(self, concept: str, corner: int) -> dict[int, Counter[str]]:
        out: dict[int, Counter[str]] = defaultdict(Counter)
        for row, turned in self._placements(concept, corner):
            for other in range(4):
                if other != corner:
                    out[other][self._concept_at(row, turned, other)] += 1
        return out

    def hints(self, q: Quadrant, lang: str | None = None) -> list[str]:
        """Advice on a quadrant as a person typed it; hints never block anything.

        Flags a pitfall that is the opposite of the core quality rather than too much of
        it, an allergy that is the pitfall again, a challenge that is not the positive
        opposite of the pitfall, and a word the lexicon places in another corner.

        Args:
            q: The quadrant; empty corners are ignored.
            lang: "en" or "nl"; detected from the words when None.

        Returns:
            Sentences in ``lang``, most specific first.
        """
        words = {CORNERS.index(c): w.strip() for c, w in q.corners().items() if w.strip()}
        if lang not in LANGS:
            lang = self.detect_lang(*words.values())
        say = _HINTS[lang]
        label = CORNER_LABELS[lang]
        concepts = {i: self.concept(w) for i, w in words.items()}
        known = {i: k for i, k in concepts.items() if k is not None}
        out: list[str] = []
        doubtful: set[int] = set()  # corners a hint already questions
        mentioned: set[int] = set()

        def add(text: str, doubt: int, *others: int) -> None:
            out.append(text)
            doubtful.add(doubt)
            mentioned.update((doubt, *others))

        if 0 in known and 1 in known and known[0] != known[1]:
            rel = self._related(known[0], 0)
            if rel[3][known[1]] and not rel[1][known[1]]:
                example = rel[1].most_common(1)[0][0] if rel[1] else ""
                text = say["opposite"].format(p=words[1], c=words[0])
                if example:
                    text += say["example"].format(x=self.display(example, lang))
                add(text + ".", 1, 0)
        if 1 in words and 3 in words and self.same(words[1], words[3]):
            add(say["allergy_is_pitfall"].format(a=words[3], p=words[1]), 3, 1)
        if 1 in known and 2 in known and known[1] != known[2]:
            rel = self._related(known[1], 1)
            elsewhere = any(rel[z][known[2]] for z in (0, 3))
            if rel[2] and not rel[2][known[2]] and not elsewhere:
                x = self.display(rel[2].most_common(1)[0][0], lang)
                add(say["not_positive"].format(ch=words[2], p=words[1], x=x), 2, 1)
        # A word the lexicon places elsewhere, judged from a word that is not in doubt.
        for ref in sorted(known):
            if ref in doubtful:
                continue
            rel = self._related(known[ref], ref)
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
            seen = Counter(corner for _, corner in self._at.get(k, ()))
            same_side = seen[i] + seen[(i + _TURN) % 4]
            if seen and not same_side:
                usual = label[CORNERS[seen.most_common(1)[0][0]]]
                y = label[CORNERS[i]]
                text = say["polarity"].format(w=words[i], za=_a(usual, lang), y=y, ya=_a(y, lang))
                out.append(text)
        return out


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


def _read(name: str) -> list[list[str]]:
    resource = files("cocreate.data").joinpath(name)
    if not resource.is_file():
        return []
    return parse_tsv(resource.read_text(encoding="utf-8"))


@cache
def default_lexicon() -> Lexicon:
    """The shipped English and Dutch lexicon, loaded once per process."""
    return Lexicon.from_rows(_read("quadrants_en.tsv"), _read("quadrants_nl.tsv"))
