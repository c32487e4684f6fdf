"""Text handling for reframing: cleaning, clauses, language detection and word forms."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from cocreate.domain.reframe_data import LangData, lang_data, tokens

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2013": "-",
        "\u2014": " - ",
        "\u2026": "...",
        "\u00a0": " ",
    }
)
_DROP_CATEGORIES = frozenset({"So", "Sk", "Cs", "Co"})
_URL = re.compile(r"https?://\S+|www\.\S+")
_MENTION = re.compile(r"(?<!\w)@[\w-]+[:,]?\s*")
# "C#", "Ctrl+#" and "snake_case" are names, not markup.
_MARKUP = re.compile(r"[*~>|]+|(?<![\w+])#+|(?<!\w)_+|_+(?!\w)")
_PAREN = re.compile(r"\s*\([^()]{0,200}\)")
_BRACKET = re.compile(r"\[([^\[\]]{0,80})\]")
# Markup-like tags ("[bold]", "[/]", "[link=x]", "[i]") carry no words of the objection.
_TAG = re.compile(
    r"\[(?:/[a-z ]{0,20}|[a-z]{1,10}=[^\[\]\s]{0,80}|b|i|u|s|bold|italic|underline|strike|dim"
    r"|reverse|blink|code|quote|red|green|blue|yellow|magenta|cyan|white|black)\]",
    re.IGNORECASE,
)
_MARKUP_CHARS = "*_~#>|"
_HYPHEN_BUT = re.compile(r"(\w)-(but|maar)\b", re.IGNORECASE)

# Contractions are expanded before any pattern runs, so one pattern covers "won't",
# "will not" and the apostrophe-less "wont" people type in a hurry. One regex with a
# replacement function keeps this a single pass over the text.
_CONTRACTION = re.compile(
    r"\b(?:(won'?t)|(can'?t|cannot)|(shan'?t)|(ain'?t)"
    r"|(do|does|did|is|are|was|were|have|has|had|would|should|could|must|need)n'?t"
    r"|(i)'?m|(let)'s|(it|that|what|there|here|who|he|she|this|where|how)'s"
    r"|(\w+)'ll|(\w+)'re|(\w+)'ve|(i|we|you|they|he|she|it|that|who)'d"
    r"|(gonna)|(wanna)|(gotta)|(da)'s)\b|'t\b",
    re.IGNORECASE,
)
_FIXED = {
    1: "will not",
    2: "can not",
    3: "shall not",
    4: "is not",
    13: "going to",
    14: "want to",
    15: "have to",
}
_SUFFIX = {
    5: " not",
    6: " am",
    7: " us",
    8: " is",
    9: " will",
    10: " are",
    11: " have",
    12: " would",
}


def _expand(match: re.Match[str]) -> str:
    index = match.lastindex
    if index is None:
        return "het"  # Dutch "'t"
    if index in _FIXED:
        return _FIXED[index]
    if index in _SUFFIX:
        return match.group(index) + _SUFFIX[index]
    return "dat is"


# Where a contraction may end: a cheap, case-sensitive scan of the lower-cased text finds
# the few candidate words; only those are matched against the full pattern above.
# The leading lookahead lets the scan skip the letters no contraction ends with.
_CONTRACTION_END = re.compile(
    r"(?=[n'it])(?:(?:n'?t|'(?:s|ll|re|ve|d|m)|\bim|nnot|nna|tta)\b|(?<!\w)'t\b)"
)


def _expand_contractions(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):
        return _CONTRACTION.sub(_expand, text)
    out: list[str] = []
    last = 0
    for match in _CONTRACTION_END.finditer(low):
        end = match.end()
        start = match.start()
        while start > last and (low[start - 1].isalnum() or low[start - 1] in "_'"):
            start -= 1
        if start < len(text) and text[start] == "'" and low[start:end] != "'t":
            start += 1
        full = _CONTRACTION.fullmatch(text, start, end)
        if full is None:
            continue
        out.append(text[last:start])
        out.append(_expand(full))
        last = end
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


_NL_SHAPE = re.compile(r"ij|oe|aa|uu|sch|ee[nr]?\b|\bge\w+d\b|\w+heid\b|\w+lijk\b")


def _markers(lang: str) -> frozenset[str]:
    """Words that are common in ``lang`` and rare in the other language."""
    return lang_data(lang).markers


def detect_language(text: str) -> str:
    """Guess whether ``text`` is English or Dutch.

    Args:
        text: Any text; an objection or an idea.

    Returns:
        "nl" when Dutch words clearly outweigh English ones, else "en".
    """
    words = tokens(text)
    nl_markers, en_markers = _markers("nl"), _markers("en")
    nl = sum(1 for w in words if w in nl_markers)
    en = sum(1 for w in words if w in en_markers)
    if nl != en:
        return "nl" if nl > en else "en"
    # A tie (often a one-word objection) is settled by Dutch letter patterns.
    return "nl" if len(_NL_SHAPE.findall(text.lower())) >= 2 else "en"


def normalise(text: str) -> str:
    """Plain, single-line text: quotes, dashes, markup, links and emoji made harmless."""
    if text.isascii():
        # NFKC leaves ASCII as it is; of the quotes only the backtick is ASCII.
        if "`" in text:
            text = text.replace("`", "'")
    else:
        text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    if not text.isascii() or not text.isprintable():
        # Emoji, symbols and control characters carry no concern; only scan when present.
        text = "".join(
            ch if ch.isprintable() and unicodedata.category(ch) not in _DROP_CATEGORIES else " "
            for ch in text
        )
    # Each cleaning step runs only when its trigger character is there at all.
    if "http" in text or "www." in text:
        text = _URL.sub(" ", text)
    if "@" in text:
        text = _MENTION.sub(" ", text)
    if any(ch in text for ch in _MARKUP_CHARS):
        text = _MARKUP.sub(" ", text)
    if "(" in text:
        stripped = _PAREN.sub("", text)
        # An objection that is only a parenthesis keeps it.
        if stripped.strip(" .!?"):
            text = stripped
    if "[" in text:
        text = _BRACKET.sub(r" \1 ", _TAG.sub(" ", text))
    if "-" in text:
        text = _HYPHEN_BUT.sub(r"\1, \2", text)
    text = text.replace('"', " ")
    text = _expand_contractions(text)
    return " ".join(text.split())


_SENTENCE_CHARS = frozenset(".!?;:")
# Every break starts with a space or a mark: the lookahead skips the letters fast.
_SENTENCE = re.compile(r"(?=[\s.!?;])(?:(?<=[.!?;:])\s+|\.{2,}|[!?]+|\s+-\s+|(?<=\w)\s*;\s*)")


@dataclass(frozen=True)
class Clause:
    """A piece of the objection with a weight saying how likely it carries the concern."""

    text: str
    weight: float


def clauses(text: str, data: LangData) -> list[Clause]:
    """The objection cut into sentences and "but" parts, wrappers stripped, weighted.

    What follows "but" is where people put the concern ("Good idea, but we have no
    budget"), so it weighs more; what precedes it is usually appreciation.
    """
    out: list[Clause] = []
    inner = text.rstrip(" .!?")
    if _SENTENCE_CHARS.isdisjoint(inner) and " -" not in inner:
        # One sentence, at most ended by its full stop: nothing to split.
        sentences = [inner.strip(" .,;:!?-")]
    else:
        sentences = [s.strip(" .,;:!?-") for s in _SENTENCE.split(text)]
    sentences = [s for s in sentences if s]
    for sentence in sentences:
        parts = _split(" " + sentence + " ", data)
        for index, part in enumerate(parts):
            part = _lower_start(strip_wrappers(part.strip(" ,.;:!?-"), data), data)
            if not part:
                continue
            weight = 0.0
            if len(parts) > 1:
                weight = 0.6 if index > 0 else -0.4
            out.append(Clause(part, weight))
    return out


def _split(text: str, data: LangData) -> list[str]:
    """``data.splitter.split(text)``, matched on the lower-cased text when that is exact."""
    quick = data.splitter_low
    low = text.lower()
    if quick is None or len(low) != len(text):
        return data.splitter.split(text)
    parts: list[str] = []
    last = 0
    for match in quick.finditer(low):
        parts.append(text[last : match.start()])
        last = match.end()
    parts.append(text[last:])
    return parts


def strip_wrappers(text: str, data: LangData) -> str:
    """Remove politeness wrappers and reporting frames at the start, repeatedly."""
    quicks = data.wrappers_low or (None,) * len(data.wrappers)
    for _ in range(6):
        before = text
        for pattern, quick in zip(data.wrappers, quicks, strict=True):
            low = text.lower()
            if quick is not None and len(low) == len(text):
                # The wrappers are anchored at the start: a match there is what sub removes.
                match = quick.match(low)
                if match is not None:
                    text = text[match.end() :]
            else:
                text = pattern.sub("", text, count=1)
            text = text.strip(" ,.;:!?-")
        if text == before:
            break
    return text


def _lower_start(text: str, data: LangData) -> str:
    """Lower-case a sentence-initial common word ("The board" -> "the board")."""
    first, _, rest = text.partition(" ")
    low = first.lower()
    if first[:1].isupper() and first[1:] == first[1:].lower():
        if low in data.function_words or low in data.people or (low,) in data.exact or not rest:
            return low + (" " + rest if rest else "")
        if data.lang == "en" and low.endswith(("ing", "s")) and rest:
            return low + " " + rest
    return text


def content_words(text: str, data: LangData) -> list[str]:
    """The words of ``text`` that are not function words."""
    return [w for w in tokens(text) if w not in data.function_words and not w.isdigit()]


# --- word forms ---------------------------------------------------------------------------

_NEEDS_E = re.compile(r"(?:[^aeiou][aeiou][bcdfgkmnpstvz]|[cgsvz]|at|it|ur|iz|is|ag|ev|ov|ar|ir)$")
_DOUBLED = re.compile(r"([bdgklmnprt])\1$")
_KEEP_DOUBLE = frozenset({"add", "fall", "pass", "call", "tell", "sell", "spell", "kill", "fill"})
_NO_E = frozenset(
    {
        "open",
        "listen",
        "happen",
        "visit",
        "edit",
        "limit",
        "deposit",
        "benefit",
        "travel",
        "offer",
        "enter",
        "answer",
        "develop",
        "deliver",
        "consider",
        "gather",
        "render",
        "order",
        "wonder",
        "suffer",
        "filter",
        "trigger",
        "target",
        "market",
        "budget",
        "pilot",
        "test",
        "start",
        "adopt",
        "support",
        "report",
        "import",
        "export",
        "revert",
        "convert",
        "shift",
        "split",
        "fix",
        "mix",
        "wait",
        "rain",
        "explain",
        "maintain",
        "remain",
        "contain",
        "obtain",
        "train",
        "ban",
        "plan",
        "run",
        "swim",
        "shop",
        "stop",
        "drop",
        "ship",
        "merge",
    }
)


def gerund_to_base(word: str) -> str:
    """ "renaming" -> "rename", "dropping" -> "drop", "adding" -> "add" (a rough rule set)."""
    if not word.endswith("ing") or len(word) < 5:
        return word
    stem = word[:-3]
    if stem in _NO_E or stem in _KEEP_DOUBLE:
        return stem
    if _DOUBLED.search(stem):
        return stem[:-1]
    if stem.endswith("y") or stem.endswith("w"):
        return stem
    if _NEEDS_E.search(stem) and not stem.endswith(("er", "en", "el", "on")):
        return stem + "e"
    return stem


def past_participle(verb: str, irregular: dict[str, str]) -> str:
    """The past participle of an English base verb ("review" -> "reviewed")."""
    if verb in irregular:
        return irregular[verb]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


def possessive(phrase: str, data: LangData) -> str:
    """ "the board" -> "the board's", "customers" -> "customers'", "they" -> "their"."""
    mapped = data.raw.get("possessive_map", {}).get(phrase.lower())
    if mapped:
        return str(mapped)
    if data.lang == "nl":
        return phrase
    if phrase.endswith("s") and not phrase.endswith(("ss", "us")):
        return phrase + "'"
    return phrase + "'s"


_OBJECT = {
    "they": "them",
    "he": "him",
    "she": "her",
    "we": "us",
    "i": "us",
    "zij": "hen",
    "wij": "ons",
}


def object_form(phrase: str) -> str:
    """ "they" -> "them": a subject pronoun as an object."""
    return _OBJECT.get(phrase.lower(), phrase)
