"""The feelings lexicon and the cue patterns: read from ``data/``, compiled once.

Two data files ship inside the package:

- ``data/feelings.txt``: one entry per line, columns separated by a tab or by
  two or more spaces: forms (``worried|worrying|worries|worry``, the first is
  the headword), family, intensity 1-3, and optional flags (see the file's
  header). Compiled into a trie over normalised tokens, so finding every
  entry in a message is one dictionary walk per word, never a regex per entry.
- ``data/cues.toml``: patterns for feelings people imply without naming them
  (a racing heart, "we broke up"), grouped by kind. Each pattern is indexed by
  one word it requires, so a message only tries the few patterns whose
  trigger word it contains.

Both are loaded on first use behind :func:`functools.cache`; a mistake in
either raises :class:`LexiconError` naming the file and line.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


DATA_DIR = Path(__file__).resolve().parent / "data"

FAMILY_NAMES: frozenset[str] = _set(
    "joy pride calm love hope sadness loneliness hurt fear anger "
    "shame confusion overwhelm surprise disgust"
)


class LexiconError(ValueError):
    """A data file is malformed; the message names the file and the line."""


# --- tokens -------------------------------------------------------------------

# Informal spellings without the apostrophe, as people type them on phones.
# "ill", "well", "were", "hell", "shell", "its" are real words, so they stay.
_CONTRACTIONS: dict[str, str] = {
    "im": "i'm", "ive": "i've", "id": "i'd", "dont": "don't", "didnt": "didn't",
    "doesnt": "doesn't", "cant": "can't", "cannot": "can't", "couldnt": "couldn't",
    "wont": "won't", "wouldnt": "wouldn't", "shouldnt": "shouldn't", "isnt": "isn't",
    "wasnt": "wasn't", "arent": "aren't", "werent": "weren't", "havent": "haven't",
    "hasnt": "hasn't", "hadnt": "hadn't", "aint": "ain't", "youre": "you're",
    "theyre": "they're", "shes": "she's", "hes": "he's", "thats": "that's",
    "whats": "what's", "ya'll": "y'all", "idk": "i don't know", "dunno": "don't know",
    "kinda": "kind of", "sorta": "sort of", "gonna": "going to", "wanna": "want to",
    "gotta": "got to", "tryna": "trying to", "u": "you", "ur": "your", "r": "are",
    "bc": "because", "cuz": "because", "cos": "because", "coz": "because",
    "cause": "because", "tho": "though", "thru": "through", "rn": "right now",
    "tmrw": "tomorrow", "tmr": "tomorrow", "2moro": "tomorrow", "tmrow": "tomorrow",
    "srsly": "seriously", "v": "very", "rly": "really", "realy": "really",
    "soo": "so", "sooo": "so", "fkn": "fucking", "fuckin": "fucking",
    "freakin": "freaking", "feelin": "feeling", "nothin": "nothing",
}  # fmt: skip

_ELONGATED = re.compile(r"([a-z])\1{2,}")


def normalise(token: str) -> tuple[str, ...]:
    """A word as the lexicon spells it: lower case, straight apostrophe, the
    apostrophe restored in casual contractions. Usually one token; a few
    abbreviations expand to more ("idk" -> "i don't know")."""
    low = token.lower().replace("\u2019", "'")
    mapped = _CONTRACTIONS.get(low)
    if mapped is not None:
        return tuple(mapped.split())
    return (low,)


def unstretch(token: str, vocabulary: frozenset[str]) -> str | None:
    """``token`` with letters people stretch for emphasis ("sooo", "happyyy")
    folded back to a known word, or None if it was not stretched."""
    if not _ELONGATED.search(token):
        return None
    double = _ELONGATED.sub(r"\1\1", token)
    if double in vocabulary:
        return double
    single = _ELONGATED.sub(r"\1", token)
    if single in vocabulary or single in _CONTRACTIONS:
        return _CONTRACTIONS.get(single, single)
    return double


# --- the lexicon --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Entry:
    """One written form of a lexicon entry."""

    form: tuple[str, ...]  # normalised tokens
    lemma: str  # the entry's headword
    family: str
    intensity: int
    also: tuple[str, ...] = ()  # further families underneath (faux feelings)
    faux: bool = False
    frame: bool = False  # ambiguous: counts only after feel / I'm / makes me ...
    doubt: bool = False  # "not sure": a feeling, or doubt over the next feeling
    self_only: bool = False  # framed only with the speaker as subject ("I'm an idiot")
    feel_only: bool = False  # framed only by feel/feeling/felt ("I feel free", not "I'm free")
    state: str | None = None  # family when framed as the person's state ("I feel hated": hurt)
    implied: str | None = None  # cue kind when not framed / always ("awesome": appraisal)
    implied_family: str | None = None  # family when implied, if not ``family``
    comparative: bool = False  # "happier": "never been happier" is emphatic
    not_before: frozenset[str] = frozenset()
    not_after: frozenset[str] = frozenset()


@dataclass(slots=True)
class Node:
    """A trie node: the entry ending here (if any) and the longer forms."""

    entry: Entry | None = None
    children: dict[str, Node] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Lexicon:
    entries: tuple[Entry, ...]  # every form
    lemmas: int  # number of lines (entries) in the data file
    root: Node
    vocabulary: frozenset[str]  # every token any form uses

    def families(self) -> frozenset[str]:
        return frozenset(e.family for e in self.entries)


_COLUMNS = re.compile(r"\t+| {2,}")
_FLAG_NAMES = {
    "faux": "faux", "frame": "frame", "doubt": "doubt", "self": "self_only", "feel": "feel_only",
}  # fmt: skip


def _form_tokens(form: str) -> tuple[str, ...]:
    out: list[str] = []
    for raw in form.replace("-", " ").split():
        out.extend(normalise(raw))
    return tuple(out)


def _is_comparative(form: str, lemma: str) -> bool:
    # "happier" from "happy", "calmer" from "calm", "sadder" from "sad".
    if form in {"better", "worse", "lighter"}:
        return True
    return form != lemma and form in {
        lemma + "er",
        lemma + "r",
        lemma[:-1] + "ier",
        lemma + lemma[-1:] + "er",
    }


def parse_lexicon(lines: Iterable[str], source: str = "feelings.txt") -> Lexicon:
    """Build the lexicon from the text of ``feelings.txt``."""
    entries: list[Entry] = []
    seen: dict[tuple[str, ...], int] = {}
    lemmas = 0
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        where = f"{source}, line {number}"
        columns = _COLUMNS.split(stripped)
        if len(columns) < 3:
            raise LexiconError(
                f"{where}: expected forms, family, intensity [flags]; got {stripped!r}"
            )
        forms_text, family, intensity_text = columns[0], columns[1], columns[2]
        flags = columns[3].split(",") if len(columns) > 3 else []
        if family not in FAMILY_NAMES and family != "-":
            raise LexiconError(f"{where}: unknown family {family!r}")
        if intensity_text not in {"1", "2", "3"}:
            raise LexiconError(f"{where}: intensity must be 1, 2 or 3, not {intensity_text!r}")
        options: dict[str, object] = {}
        also: tuple[str, ...] = ()
        for flag in (f.strip() for f in flags if f.strip()):
            name, _, value = flag.partition("=")
            if name in _FLAG_NAMES and not value:
                options[_FLAG_NAMES[name]] = True
            elif name == "implied" and value:
                kind, _, implied_family = value.partition(":")
                if implied_family and implied_family not in FAMILY_NAMES:
                    raise LexiconError(f"{where}: unknown family in {flag!r}")
                options["implied"] = kind
                options["implied_family"] = implied_family or None
            elif name == "also" and value:
                also = tuple(value.split("+"))
                unknown = [f for f in also if f not in FAMILY_NAMES]
                if unknown:
                    raise LexiconError(f"{where}: unknown family in also= {unknown}")
            elif name == "state" and value:
                if value not in FAMILY_NAMES:
                    raise LexiconError(f"{where}: unknown family in {flag!r}")
                options["state"] = value
            elif name in {"nb", "na"} and value:
                words = frozenset(w for raw in value.split("+") for w in normalise(raw))
                options["not_before" if name == "nb" else "not_after"] = words
            else:
                raise LexiconError(f"{where}: unknown flag {flag!r}")
        forms = [f.strip() for f in forms_text.split("|") if f.strip()]
        if not forms:
            raise LexiconError(f"{where}: no forms")
        lemma = forms[0]
        lemmas += 1
        for form in forms:
            tokens = _form_tokens(form)
            if not tokens:
                raise LexiconError(f"{where}: form {form!r} has no words")
            if seen.get(tokens) == number:
                continue  # a spelling variant of the same entry ("self conscious")
            if tokens in seen:
                raise LexiconError(
                    f"{where}: {form!r} is already an entry (line {seen[tokens]}); "
                    "one form, one meaning"
                )
            seen[tokens] = number
            entries.append(
                Entry(
                    form=tokens,
                    lemma=lemma,
                    family=family,
                    intensity=int(intensity_text),
                    also=also,
                    comparative=_is_comparative(form, lemma),
                    **options,  # type: ignore[arg-type]
                )
            )
    root = Node()
    vocabulary: set[str] = set()
    for entry in entries:
        node = root
        for token in entry.form:
            vocabulary.add(token)
            node = node.children.setdefault(token, Node())
        node.entry = entry
    return Lexicon(tuple(entries), lemmas, root, frozenset(vocabulary))


@cache
def lexicon() -> Lexicon:
    """The shipped lexicon, read once."""
    path = DATA_DIR / "feelings.txt"
    with path.open(encoding="utf-8") as handle:
        return parse_lexicon(handle, str(path))


# --- cue patterns -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Element:
    """One step of a cue pattern: a set of words (optional or not), or a gap."""

    words: frozenset[str] = frozenset()
    optional: bool = False
    gap: int = 0  # >0: skip up to this many words


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str
    families: tuple[str, ...]
    intensity: int
    confidence: float
    pattern: str
    elements: tuple[Element, ...]
    # Where a match can start, relative to a trigger word found in the message
    # (at most ``reach`` words before it), and the words it can start with
    # (None: any word, when a gap may come first). Only for speed.
    reach: int = 0
    starts: frozenset[str] | None = None
    required: tuple[frozenset[str], ...] = ()  # every match has a word of each


@dataclass(frozen=True, slots=True)
class Cues:
    cues: tuple[Cue, ...]
    by_trigger: dict[str, tuple[Cue, ...]]  # a word -> the cues that need it


def _compile_pattern(
    pattern: str, classes: dict[str, frozenset[str]], where: str
) -> tuple[Element, ...]:
    elements: list[Element] = []
    for part in pattern.split():
        if part == "*":
            elements.append(Element(gap=3))
            continue
        if part == "**":
            elements.append(Element(gap=6))
            continue
        optional = part.startswith("[") and part.endswith("]")
        if optional:
            part = part[1:-1]
        words: set[str] = set()
        for alternative in part.split("|"):
            if alternative.startswith("@"):
                if alternative[1:] not in classes:
                    raise LexiconError(f"{where}: unknown class {alternative!r} in {pattern!r}")
                words |= classes[alternative[1:]]
            elif alternative:
                tokens = normalise(alternative)
                if len(tokens) != 1:
                    raise LexiconError(
                        f"{where}: {alternative!r} expands to several words; spell them out"
                    )
                words.add(tokens[0])
        if not words:
            raise LexiconError(f"{where}: empty element in {pattern!r}")
        elements.append(Element(words=frozenset(words), optional=optional))
    if elements[0].gap or elements[-1].gap:
        raise LexiconError(f"{where}: {pattern!r} cannot start or end with a gap")
    if not any(e.words and not e.optional for e in elements):
        raise LexiconError(f"{where}: {pattern!r} needs at least one required word")
    return tuple(elements)


# Common words, most common first (roughly, in first-person journal writing):
# a poor index for a pattern, since most messages have them. A pattern is
# indexed by its required element whose words are least common.
_COMMON: dict[str, int] = {
    word: rank
    for rank, word in enumerate(
        reversed(
            """i the to and a my it of me in that is was i'm for on so but
            just not with be have at this like feel all don't they what about do if
            we you he she can it's know been get really want now or up out had one
            think time when going how there would because did got much can't back
            will as our go us no never more even still could after day them
            thought work myself since over last make made did lot first always
            nothing something everything things thing went keep kept left by
            didn't couldn't haven't hasn't won't isn't wasn't too many doing done
            getting gets has having might finally who who's said told""".split()
        ),
        start=1,
    )
}


def _commonness(words: frozenset[str]) -> tuple[int, int]:
    return sum(_COMMON.get(word, 0) for word in words), len(words)


def _trigger(elements: Sequence[Element]) -> frozenset[str]:
    """The required element to index a pattern by: its least common words."""
    required = [e.words for e in elements if e.words and not e.optional]
    return min(required, key=_commonness)


def _reach(elements: Sequence[Element], trigger: frozenset[str]) -> int:
    """The most words a match can take before the first required element
    with the trigger's words (every match has one there)."""
    reach = 0
    for element in elements:
        if element.words == trigger and not element.optional:
            return reach
        reach += element.gap or 1
    raise AssertionError("the trigger is one of the pattern's required elements")


def _starts(elements: Sequence[Element]) -> frozenset[str] | None:
    """The words a match can begin with; None if a gap can come first."""
    words: set[str] = set()
    for element in elements:
        if element.gap:
            return None
        words |= element.words
        if not element.optional:
            break
    return frozenset(words)


def parse_cues(text: str, source: str = "cues.toml") -> Cues:
    """Build the cue patterns from the text of ``cues.toml``."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise LexiconError(f"{source}: {error}") from None
    classes: dict[str, frozenset[str]] = {}
    for name, members in data.get("classes", {}).items():
        classes[name] = frozenset(t for m in members for t in normalise(m))
    cues: list[Cue] = []
    index: dict[str, list[Cue]] = {}
    for number, group in enumerate(data.get("cue", []), start=1):
        where = f"{source}, [[cue]] number {number} ({group.get('kind', '?')})"
        try:
            kind = str(group["kind"])
            families = tuple(str(f) for f in group["families"])
            patterns = [str(p) for p in group["patterns"]]
        except KeyError as missing:
            raise LexiconError(f"{where}: missing key {missing}") from None
        intensity = int(group.get("intensity", 2))
        confidence = float(group.get("confidence", 0.6))
        if not families or any(f not in FAMILY_NAMES for f in families):
            raise LexiconError(f"{where}: families must be family names, got {families}")
        if intensity not in (1, 2, 3) or not 0 < confidence < 1:
            raise LexiconError(f"{where}: intensity 1-3 and confidence between 0 and 1")
        for pattern in patterns:
            elements = _compile_pattern(pattern, classes, where)
            trigger = _trigger(elements)
            cue = Cue(
                kind,
                families,
                intensity,
                confidence,
                pattern,
                elements,
                _reach(elements, trigger),
                _starts(elements),
                tuple(e.words for e in elements if e.words and not e.optional),
            )
            cues.append(cue)
            for word in trigger:
                index.setdefault(word, []).append(cue)
    return Cues(tuple(cues), {word: tuple(found) for word, found in index.items()})


@cache
def cues() -> Cues:
    """The shipped cue patterns, read once."""
    path = DATA_DIR / "cues.toml"
    return parse_cues(path.read_text(encoding="utf-8"), str(path))


def match_cue(elements: Sequence[Element], tokens: Sequence[str], start: int, stop: int) -> int:
    """End (exclusive) of a match of ``elements`` at ``tokens[start]``, not
    past ``stop``; -1 if none. Gaps are bounded, so this is cheap."""
    return _match(elements, 0, tokens, start, stop)


def _match(elements: Sequence[Element], k: int, tokens: Sequence[str], i: int, stop: int) -> int:
    if k == len(elements):
        return i
    element = elements[k]
    if element.gap:
        for skip in range(min(element.gap, stop - i) + 1):
            end = _match(elements, k + 1, tokens, i + skip, stop)
            if end >= 0:
                return end
        return -1
    if i < stop and tokens[i] in element.words:
        end = _match(elements, k + 1, tokens, i + 1, stop)
        if end >= 0:
            return end
    if element.optional:
        return _match(elements, k + 1, tokens, i, stop)
    return -1
