"""Coupled quadrants: where two people or groups bite, teach each other, or share a pitfall."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from itertools import combinations

from cocreate.domain.lexicon import Lexicon, default_lexicon, word_key
from cocreate.domain.quadrant import Quadrant

_SAY: dict[str, dict[str, str]] = {
    "en": {
        "core_quality": "{a} is allergic to {b}'s core quality {w}.",
        "pitfall": "{a} is allergic to {b}'s pitfall {w}.",
        "mutual": "{a} and {b} bite each other: {a} is allergic to {b}'s {w}, {b} to {a}'s {v}.",
        "learning": "{t} can teach {l} {w}.",
        "shared": "{names} share the pitfall {w}.",
        "and": " and ",
        "allergic": "allergic to",
        "bite": "bite each other",
        "learns": "learns from",
        "teaches": "teaches",
        "same_pitfall": "same pitfall",
    },
    "nl": {
        "core_quality": "{a} is allergisch voor de kernkwaliteit {w} van {b}.",
        "pitfall": "{a} is allergisch voor de valkuil {w} van {b}.",
        "mutual": "{a} en {b} bijten elkaar: {a} is allergisch voor {w} van {b}, "
        "{b} voor {v} van {a}.",
        "learning": "{t} kan {l} {w} leren.",
        "shared": "{names} delen de valkuil {w}.",
        "and": " en ",
        "allergic": "allergisch voor",
        "bite": "bijten elkaar",
        "learns": "leert van",
        "teaches": "leert aan",
        "same_pitfall": "zelfde valkuil",
    },
}


@dataclass(frozen=True)
class Friction:
    """One's allergy meets the other's core quality (or its overdone form, the pitfall).

    Attributes:
        allergic: Whose allergy it is.
        to: Whose core quality (or pitfall) sets it off.
        quality: ``to``'s word as they typed it.
        via: "core_quality" or "pitfall": which corner of ``to`` matched.
        mutual: Both ways at once: they bite each other. A mutual friction is listed once.
        sentence: One line a facilitator can read out.
    """

    allergic: str
    to: str
    quality: str
    via: str
    mutual: bool
    sentence: str


@dataclass(frozen=True)
class Learning:
    """The learner's challenge is the teacher's core quality ("Bo can teach Ann patience")."""

    teacher: str
    learner: str
    quality: str
    sentence: str


@dataclass(frozen=True)
class SharedPitfall:
    """Two or more people (or groups) whose pitfalls are the same quality."""

    names: tuple[str, ...]
    pitfall: str
    sentence: str


def _dicts(items: tuple[Friction | Learning | SharedPitfall, ...]) -> list[dict[str, object]]:
    # JSON has no tuples; lists keep to_dict() equal to its own JSON round trip.
    return [
        {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(item).items()}
        for item in items
    ]


@dataclass(frozen=True)
class Coupling:
    """How two quadrants meet."""

    a: str
    b: str
    friction: tuple[Friction, ...]
    learning: tuple[Learning, ...]
    shared_pitfalls: tuple[SharedPitfall, ...]

    @property
    def mutual(self) -> bool:
        """Whether the two bite each other (friction both ways)."""
        return any(f.mutual for f in self.friction)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict."""
        return {
            "a": self.a,
            "b": self.b,
            "mutual": self.mutual,
            "friction": _dicts(self.friction),
            "learning": _dicts(self.learning),
            "shared_pitfalls": _dicts(self.shared_pitfalls),
        }


@dataclass(frozen=True)
class RoomCoupling:
    """The coupling of every pair in a room.

    Attributes:
        names: Everyone with a quadrant, in the order given.
        matrix: ``matrix[x][y]`` holds short labels for how x relates to y ("allergic to",
            "bite each other", "learns from", "teaches", "same pitfall"); empty on the
            diagonal and where nothing couples them.
        learning: Every learning pair.
        friction: Every friction, a mutual one once.
        shared_pitfalls: Groups of two or more sharing a pitfall.
    """

    names: tuple[str, ...]
    matrix: dict[str, dict[str, tuple[str, ...]]]
    learning: tuple[Learning, ...]
    friction: tuple[Friction, ...]
    shared_pitfalls: tuple[SharedPitfall, ...]

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict."""
        return {
            "names": list(self.names),
            "matrix": {x: {y: list(ls) for y, ls in row.items()} for x, row in self.matrix.items()},
            "learning": _dicts(self.learning),
            "friction": _dicts(self.friction),
            "shared_pitfalls": _dicts(self.shared_pitfalls),
        }


def _same(lex: Lexicon, x: str, y: str) -> bool:
    # Strict: a coupling names people, so "alike" must mean the same quality.
    return bool(word_key(x)) and lex.same(x, y, strict=True)


def _noun(lex: Lexicon, word: str, lang: str) -> str:
    # Sentences read "teach Ann patience", not "teach Ann patient", and stay in one
    # language; the records keep the word as it was typed.
    concept = lex.concept(word)
    return lex.display(concept, lang) if concept else word


def _allergy_hits(lex: Lexicon, a: Quadrant, b: Quadrant) -> str | None:
    """Which corner of ``b`` sets off ``a``'s allergy, if any."""
    if _same(lex, a.allergy, b.core_quality):
        return "core_quality"
    # The pitfall is the core quality overdone, which is how an allergic person sees it.
    if _same(lex, a.allergy, b.pitfall):
        return "pitfall"
    return None


def _friction(
    a_name: str, a: Quadrant, b_name: str, b: Quadrant, lex: Lexicon, lang: str
) -> tuple[Friction, ...]:
    say = _SAY.get(lang, _SAY["en"])
    ab, ba = _allergy_hits(lex, a, b), _allergy_hits(lex, b, a)
    if ab and ba:
        w, v = getattr(b, ab), getattr(a, ba)
        sentence = say["mutual"].format(
            a=a_name, b=b_name, w=_noun(lex, w, lang), v=_noun(lex, v, lang)
        )
        return (Friction(a_name, b_name, w, ab, True, sentence),)
    out = []
    for x_name, y_name, y, via in ((a_name, b_name, b, ab), (b_name, a_name, a, ba)):
        if via:
            w = getattr(y, via)
            sentence = say[via].format(a=x_name, b=y_name, w=_noun(lex, w, lang))
            out.append(Friction(x_name, y_name, w, via, False, sentence))
    return tuple(out)


def _learning(
    a_name: str, a: Quadrant, b_name: str, b: Quadrant, lex: Lexicon, lang: str
) -> tuple[Learning, ...]:
    say = _SAY.get(lang, _SAY["en"])
    out = []
    for learner, x, teacher, y in ((a_name, a, b_name, b), (b_name, b, a_name, a)):
        if _same(lex, x.challenge, y.core_quality):
            sentence = say["learning"].format(t=teacher, l=learner, w=_noun(lex, x.challenge, lang))
            out.append(Learning(teacher, learner, x.challenge, sentence))
    return tuple(out)


def _join(names: tuple[str, ...], lang: str) -> str:
    glue = _SAY.get(lang, _SAY["en"])["and"]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + glue + names[-1]


def couple(
    a_name: str,
    a: Quadrant,
    b_name: str,
    b: Quadrant,
    lex: Lexicon | None = None,
    *,
    lang: str = "en",
) -> Coupling:
    """Couple two quadrants (people or groups).

    Args:
        a_name: The first person's or group's name.
        a: Their quadrant.
        b_name: The second name.
        b: Their quadrant.
        lex: Decides which words name the same quality (forms, English and Dutch);
            the shipped lexicon when None. Unknown words match only themselves.
        lang: "en" or "nl" for the sentences.

    Returns:
        Friction, learning and shared pitfalls between the two.
    """
    lex = lex or default_lexicon()
    shared: tuple[SharedPitfall, ...] = ()
    if _same(lex, a.pitfall, b.pitfall):
        names = (a_name, b_name)
        say = _SAY.get(lang, _SAY["en"])["shared"]
        shared = (
            SharedPitfall(
                names,
                a.pitfall,
                say.format(names=_join(names, lang), w=_noun(lex, a.pitfall, lang)),
            ),
        )
    return Coupling(
        a=a_name,
        b=b_name,
        friction=_friction(a_name, a, b_name, b, lex, lang),
        learning=_learning(a_name, a, b_name, b, lex, lang),
        shared_pitfalls=shared,
    )


def couple_room(
    quadrants: Mapping[str, Quadrant], lex: Lexicon | None = None, *, lang: str = "en"
) -> RoomCoupling:
    """Couple every pair in a room (people, or the groups of a team quadrant workshop).

    Args:
        quadrants: Quadrant by name; order is kept in the matrix and the lists.
        lex: As for ``couple``; the shipped lexicon when None.
        lang: "en" or "nl" for labels and sentences.

    Returns:
        The matrix, the learning pairs, the frictions and the shared pitfalls.
    """
    lex = lex or default_lexicon()
    say = _SAY.get(lang, _SAY["en"])
    names = tuple(quadrants)
    matrix: dict[str, dict[str, list[str]]] = {x: {y: [] for y in names} for x in names}
    learning: list[Learning] = []
    friction: list[Friction] = []
    for x, y in combinations(names, 2):
        pair = couple(x, quadrants[x], y, quadrants[y], lex, lang=lang)
        for f in pair.friction:
            friction.append(f)
            if f.mutual:
                matrix[x][y].append(say["bite"])
                matrix[y][x].append(say["bite"])
            else:
                matrix[f.allergic][f.to].append(say["allergic"])
        for learn in pair.learning:
            learning.append(learn)
            matrix[learn.learner][learn.teacher].append(say["learns"])
            matrix[learn.teacher][learn.learner].append(say["teaches"])
        if pair.shared_pitfalls:
            matrix[x][y].append(say["same_pitfall"])
            matrix[y][x].append(say["same_pitfall"])

    groups: list[tuple[str, list[str]]] = []
    for name in names:
        pitfall = quadrants[name].pitfall
        if not word_key(pitfall):
            continue
        group = next((g for g in groups if _same(lex, g[0], pitfall)), None)
        if group:
            group[1].append(name)
        else:
            groups.append((pitfall, [name]))
    shared = tuple(
        SharedPitfall(
            tuple(members),
            word,
            say["shared"].format(names=_join(tuple(members), lang), w=_noun(lex, word, lang)),
        )
        for word, members in groups
        if len(members) > 1
    )
    return RoomCoupling(
        names=names,
        matrix={x: {y: tuple(ls) for y, ls in row.items()} for x, row in matrix.items()},
        learning=tuple(learning),
        friction=tuple(friction),
        shared_pitfalls=shared,
    )
