"""The quadrant lexicon: quality words in English and Dutch, completion and consistency hints."""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from cocreate.domain.hints import Completion, quadrant_hints
from cocreate.domain.quadrant import CORNERS, Quadrant
from cocreate.domain.wording import (
    Cell,
    candidates,
    dutch_look,
    parse_tsv,
    quadrant_rows,
    variants,
    word_key,
)

__all__ = ["LANGS", "Cell", "Completion", "Lexicon", "default_lexicon", "parse_tsv", "word_key"]

LANGS = ("en", "nl")

# In the turned quadrant (see Quadrant.turned) corner i holds what corner (i + 2) % 4 held.
_TURN = 2


def _name(text: str) -> str:
    return " ".join(text.casefold().split())


@dataclass(frozen=True)
class _Cell:
    """One corner of one lexicon row."""

    concept: str
    terms: tuple[str, ...]  # in the row's language, display noun first
    english: str = ""  # a Dutch cell's English noun, also indexed as an English form


_Row = tuple[str, tuple[_Cell, ...]]


# How a form stands to a concept that lists it: its display noun (or, in a Dutch row,
# the English noun naming the concept), one of the display noun's own forms, or a synonym.
_DISPLAY, _OWN, _SYNONYM = 2, 1, 0

# Per form key, per concept listing it: [best standing, number of listings].
_Votes = dict[str, dict[str, list[int]]]


def _standing(k: str, head: str, name: str = "") -> int:
    """How form key ``k`` stands to a cell whose display noun has key ``head``.

    ``name`` is the key of the concept's English name, which a Dutch cell also owns.
    """
    own = [h for h in (head, name) if h]
    if k in own:
        return _DISPLAY
    if any(k in variants(h) or h in variants(k) for h in own):
        return _OWN
    return _SYNONYM


def _vote(votes: _Votes, k: str, concept: str, standing: int) -> None:
    entry = votes[k].setdefault(concept, [_SYNONYM, 0])
    entry[0] = max(entry[0], standing)
    entry[1] += 1


def _pick(counts: dict[str, list[int]] | None) -> str | None:
    """The concept a form means: where it is the display noun, else one of its own forms,
    else the one listing it most often; ties go to file order."""
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c][0], counts[c][1]))


class Lexicon:
    """Known quadrants in English and Dutch, indexed for look-up by any form of a word.

    Words are grouped into language-independent *concepts*, named by their English
    display noun. A Dutch row names the English noun of each corner, which is how
    "geduld" and "patience" become one concept. Synonyms never merge concepts: a form
    listed under several concepts means the one it is the display noun of, else the one
    it is an own form of ("rash" for "rashness"), else the one that lists it most often.
    """

    def __init__(self, rows: Sequence[_Row]) -> None:
        """Build the indexes; use ``from_rows``."""
        self._rows: list[tuple[str, tuple[str, ...]]] = []
        self._at: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self._terms: dict[str, set[str]] = defaultdict(set)
        self._displays: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        # English nouns Dutch rows give for concepts no English row names.
        self._english: dict[str, Counter[str]] = defaultdict(Counter)
        self._langs: dict[str, Counter[str]] = defaultdict(Counter)
        self._surface: dict[str, str] = {}
        self._keys: dict[str, set[str]] = defaultdict(set)
        listed: _Votes = defaultdict(dict)
        for i, (lang, cells) in enumerate(rows):
            self._rows.append((lang, tuple(cell.concept for cell in cells)))
            for corner, cell in enumerate(cells):
                self._at[cell.concept].append((i, corner))
                self._displays[cell.concept, lang][cell.terms[0]] += 1
                forms = [(t, lang) for t in cell.terms]
                name = ""
                if cell.english:
                    forms.append((cell.english, "en"))
                    self._english[cell.concept][cell.english] += 1
                    name = "" if cell.concept.startswith("nl:") else word_key(cell.concept)
                head = word_key(cell.terms[0])
                for t, form_lang in forms:
                    k = word_key(t)
                    # The display noun and its own forms ("optimistisch" for "optimisme")
                    # win over any number of rows that list the word as a synonym.
                    _vote(listed, k, cell.concept, _standing(k, head, name))
                    self._langs[k][form_lang] += 1
                    self._terms[cell.concept].add(t)
                    self._keys[cell.concept].add(k)
                    self._surface.setdefault(k, t)
        self._listed: dict[str, str] = {}
        for k, counts in listed.items():
            concept = _pick(counts)
            if k and concept is not None:
                self._listed[k] = concept
        # Forms one inflection away from a listed form; a listed form always wins, and
        # a display noun or own form wins over a synonym that is one inflection away too.
        self._derived: dict[str, str] = {}
        derived_standing: dict[str, int] = {}
        for k, concept in self._listed.items():
            standing = listed[k][concept][0]
            for v in variants(k):
                if v not in self._listed and standing > derived_standing.get(v, -1):
                    self._derived[v] = concept
                    derived_standing[v] = standing
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
            for cells, _ in quadrant_rows(en_rows)
        ]
        english: _Votes = defaultdict(dict)
        for _, cells in rows:
            for cell in cells:
                head = word_key(cell.terms[0])
                for t in cell.terms:
                    k = word_key(t)
                    _vote(english, k, cell.concept, _standing(k, head))

        def anchor(noun: str, dutch: str) -> str:
            # "decisive" in a Dutch row still means the English concept "decisiveness",
            # and "rashness" the concept it is the display noun of, however many other
            # rows list it as a synonym.
            k = word_key(noun)
            for each in (k, *variants(k)) if k else ():
                found = _pick(english.get(each))
                if found:
                    return found
            return _name(noun) if k else "nl:" + _name(dutch)

        for cells, nouns in quadrant_rows(nl_rows):
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
        for cand in candidates(word):
            for table in (self._listed, self._derived):
                for k in (cand, *variants(cand)):
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

    def same(self, a: str, b: str, *, strict: bool = False) -> bool:
        """Whether two words name the same quality (forms, case, English or Dutch).

        Also true when one word is listed as a close synonym of the other's quality
        ("prudence" under "caution"), even if it is the display noun of its own,
        unless ``strict``: then only the same quality counts.
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
        if strict:
            # One quality, in any form or language; a loosely listed synonym
            # ("pragmatism, ..., decisiveness") does not make two people alike.
            return ca == cb
        return ca == cb or key_a in self._keys[cb] or key_b in self._keys[ca]

    def terms(self, concept: str) -> frozenset[str]:
        """Every known surface form of ``concept`` in English and Dutch (empty when unknown)."""
        return frozenset(self._terms.get(concept, ()))

    def display(self, concept: str, lang: str) -> str:
        """The usual noun for ``concept`` in ``lang``, else in the other language, else the key."""
        for each in (lang, *LANGS):
            names = self._names(concept, each)
            if names:
                return names.most_common(1)[0][0]
        return concept

    def _names(self, concept: str, lang: str) -> Counter[str] | None:
        names = self._displays.get((concept, lang))
        if not names and lang == "en":
            # Only Dutch rows know the concept, but they name it in English too.
            names = self._english.get(concept)
        return names or None

    def _has_display(self, concept: str, lang: str) -> bool:
        return self._names(concept, lang) is not None

    def detect_lang(self, *words: str) -> str:
        """ "nl" when the words look Dutch (by the lexicon, else by spelling), otherwise "en"."""
        score = 0.0
        for w in words:
            found = self._resolve(w) if w and w.strip() else None
            langs = self._langs.get(found[1]) if found else None
            if langs:
                score += (langs["nl"] - langs["en"]) / (langs["nl"] + langs["en"])
            else:
                score += dutch_look(w)
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

        def reading(rt: tuple[int, bool]) -> tuple[str, ...]:
            return tuple(self._concept_at(*rt, c) for c in range(4))

        # The same quadrant written in both languages (or twice) is better established.
        twins = Counter(reading(rt) for rt in agree)

        def row_score(rt: tuple[int, bool]) -> tuple[int, bool, bool, int, int, int]:
            support = sum(weight[c][self._concept_at(*rt, c)] for c in missing)
            # A row in the asked language fills every corner with a word in it.
            foreign = self._rows[rt[0]][0] != lang
            return (-agree[rt], foreign, rt[1], -support, -twins[reading(rt)], rt[0])

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
        agrees with most given corners, preferring a row in ``lang``, then with the most
        other rows. A word the lexicon does not know fills nothing. A corner is filled
        only with a quality that has a word in ``lang`` (Dutch in, Dutch out); when no
        candidate has one, the corner stays empty.

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
            # Only qualities with a word in the asked language: an English word in a
            # Dutch quadrant (or the reverse) is not an answer.
            options = [
                c for c in ranked.get(corner, []) if c not in used and self._has_display(c, lang)
            ]
            if best is not None and self._concept_at(*best, corner) in options:
                pick = self._concept_at(*best, corner)
                options.remove(pick)
                options.insert(0, pick)
            if options:
                used.add(options[0])
                q = q.with_corner(corner_name, self.display(options[0], lang))
            alternatives[corner_name] = [self.display(c, lang) for c in options[1:6]]
        return Completion(
            quadrant=q,
            known=bool(given) and not unknown,
            lang=lang,
            alternatives=alternatives,
            hints=self.hints(Quadrant(**given), lang),
            did_you_mean=did_you_mean[:5],
        )

    # Hints ------------------------------------------------------------------------------

    def related(self, concept: str, corner: int) -> dict[int, Counter[str]]:
        """Per other corner, the concepts found there in rows that hold ``concept`` at
        ``corner`` (read as written or turned); empty when no row does."""
        out: dict[int, Counter[str]] = defaultdict(Counter)
        for row, turned in self._placements(concept, corner):
            for other in range(4):
                if other != corner:
                    out[other][self._concept_at(row, turned, other)] += 1
        return out

    def corner_counts(self, concept: str) -> Counter[int]:
        """How often ``concept`` is listed at each corner index (0 core quality .. 3 allergy)."""
        return Counter(corner for _, corner in self._at.get(concept, ()))

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
        if lang not in LANGS:
            lang = self.detect_lang(*(w.strip() for w in q.corners().values() if w.strip()))
        return quadrant_hints(self, q, lang)


def _read(name: str) -> list[list[str]]:
    resource = files("cocreate.data").joinpath(name)
    if not resource.is_file():
        return []
    return parse_tsv(resource.read_text(encoding="utf-8"))


@cache
def default_lexicon() -> Lexicon:
    """The shipped English and Dutch lexicon, loaded once per process."""
    return Lexicon.from_rows(_read("quadrants_en.tsv"), _read("quadrants_nl.tsv"))
