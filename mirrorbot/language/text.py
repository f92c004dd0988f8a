"""Cleaning and splitting text: characters, words, sentences and clauses.

Everything returns spans into the cleaned text so later stages can point at
exactly the words a person used.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

# Text beyond this many characters is kept and stored, but not analysed:
# a reflection is about what was said, and a megabyte paste is still one turn.
ANALYSIS_LIMIT = 4000

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-_]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u3000]+")
_QUOTES = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'}
)

WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:['\u2019][A-Za-z]+)*|\d+(?:[.,]\d+)*")


class Span(NamedTuple):
    """A piece of a text with its character offsets. (A named tuple, not a
    frozen dataclass: a long entry makes hundreds of these a turn, and a
    tuple is made in a third of the time.)"""

    text: str
    start: int
    end: int


def clean(text: str) -> str:
    """Text fit for analysis: terminal escapes and control characters gone,
    curly quotes made straight, runs of spaces folded. Newlines are kept
    because they separate thoughts."""
    if text.isascii() and text.isprintable():
        # Most messages: one line of plain ASCII has no escapes, controls,
        # curly quotes or composed characters, only spaces to fold (and most
        # have none: a substitution would rewrite every single space).
        return (_SPACES.sub(" ", text) if "  " in text else text).strip()
    return clean_any(text)


def clean_any(text: str) -> str:
    """``clean`` for any text, without the shortcut for plain ASCII."""
    text = unicodedata.normalize("NFC", text)
    text = _ANSI.sub(" ", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub(" ", text)
    text = text.translate(_QUOTES)
    text = _SPACES.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()


def words(text: str) -> list[Span]:
    return [Span(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]


def word_start(*words: str) -> str:
    """A regex for any of ``words`` at the start of a word. The boundary is
    checked by look-behinds after the word instead of a leading ``\\b``: a
    pattern that opens with letters lets the regex engine skip straight to
    them, while one that opens with ``\\b`` is tried at every position."""
    return "(?:" + "|".join(words) + ")" + "".join(rf"(?<!\w{re.escape(w)})" for w in words)


def not_just_after(word: str, *before: str) -> str:
    """Look-behinds to set straight after ``word``: they fail where it comes
    just after any of ``before`` and a space. Set after the word, they are
    tried only where the word is (see word_start)."""
    return "".join(rf"(?<!{b} {word})" for b in before)


# Verbs that report what someone else says or thinks ("she says I should",
# "he thinks you should"): what follows is theirs, not the speaker's.
REPORTING = ("says", "said", "say", "saying", "thinks", "think", "reckons", "reckon")


# A sentence ends at . ! ? (possibly repeated, possibly closing a quote) before
# a space, or at a line break. Abbreviations like "Mr." are rare in journals;
# a false split only makes a shorter clause.
_SENTENCE_END = re.compile(r"(?:[.!?\u2026]+[\"')\]]*)(?=\s|$)|\n+")


def sentences(text: str) -> list[Span]:
    spans: list[Span] = []
    start = 0
    for found in _SENTENCE_END.finditer(text):
        _add_trimmed(spans, text, start, found.end())
        start = found.end()
    _add_trimmed(spans, text, start, len(text))
    return spans


# Clause boundaries inside a sentence: punctuation, and the conjunctions that
# usually start a new thought. "and" is only a boundary before a new subject
# ("and I", "and she"), so "tired and fed up" stays one clause.
# "while" after "a" is a length of time ("for a while"), not a new clause.
# (Every branch opens with a space or a mark, so the regex engine can skip
# to those characters; a pattern that may open with nothing, like "\s*,",
# is tried at every position.)
_CLAUSE_BREAK_SOURCE = (
    r"[,;:\u2013\u2014]\s*|\s+(?:[,;:\u2013\u2014]\s*|-\s+"
    r"|(?=(?:but|because|cause|cos|although|though|yet|whereas|while(?<!\ba\swhile)|since|so that|except(?!\s+(?:for\s+)?(?:me|us)\b))\b)"
    r"|(?=(?:and|or|so|then)\s+(?:i|i'm|i've|i'd|i'll|im|ive|he|she|they|we|it|you|my|his|her|their|our|everyone|nobody|no one|this|that|now|(?:a |the other |another )?(?:part|half) of)\b))"
)
# Plain ASCII is matched lowered, without IGNORECASE (about half the cost).
_CLAUSE_BREAK = re.compile(_CLAUSE_BREAK_SOURCE)
_CLAUSE_BREAK_ANY_CASE = re.compile(_CLAUSE_BREAK_SOURCE, re.IGNORECASE)


def clauses(sentence: str, offset: int = 0) -> list[Span]:
    """Split one sentence into clauses; offsets are shifted by ``offset``."""
    spans: list[Span] = []
    start = 0
    if sentence.isascii():  # lowering keeps every offset
        breaks = _CLAUSE_BREAK.finditer(sentence.lower())
    else:
        breaks = _CLAUSE_BREAK_ANY_CASE.finditer(sentence)
    for found in breaks:
        if found.start() == 0:
            continue
        if _joins_a_noun(sentence, start, found):
            continue
        _add_trimmed(spans, sentence, start, found.start(), offset)
        start = found.end()
    _add_trimmed(spans, sentence, start, len(sentence), offset)
    if len(spans) >= 3 and "," in sentence:
        _rejoin_asides(spans, sentence, offset)
    return spans


# "My sister and her boyfriend are coming", "the commute and my manager":
# "and" before "my", "her", "I" starts a new clause only when what came
# before is one; after a bare noun phrase it joins a second noun to it.
_COORDINATORS = ("and ", "or ")
_NOT_A_NOUN_PHRASE = frozenset(
    """i i'm i've i'd i'll im ive he she they we it you he's she's they're we're it's
    is are was were am be been being has have had do does did don't didn't can can't
    could couldn't will won't would wouldn't should get got gets went left came made took
    said told felt thought knew saw lost kept gave found put let not never""".split()
)


def _joins_a_noun(sentence: str, start: int, found: re.Match[str]) -> bool:
    """Whether the break ``found`` is an "and"/"or" that joins a second
    noun phrase to a first one (from ``start``) rather than a new clause."""
    if not found.group().isspace():
        return False  # a comma or a dash: a pause, not a joining word
    if not sentence[found.end() : found.end() + 4].lower().startswith(_COORDINATORS):
        return False
    noun = sentence[start : found.start()]
    if not _names_someone(noun):  # (which also caps it at four words)
        return False
    piece = noun.split()
    # "My mum", "the commute", "Tom", "Aunt Sue": a noun phrase. "First week
    # at uni" is a capital at the start of a sentence, and "and I" after it
    # starts a clause.
    if piece[0].lower() not in _NOUN_OPENERS and not all(w[:1].isupper() for w in piece):
        return False
    return not any(w.lower() in _NOT_A_NOUN_PHRASE or w.lower().endswith("ed") for w in piece)


# A subject set apart from its verb by an aside between commas: "My boss,
# who never notices anything, thanked me" or "Tom, my oldest friend, didn't
# call". Split at the commas, the last piece would have lost who did it.
_ASIDE_OPENERS = frozenset("who which whose where".split())
_NOUN_OPENERS = frozenset("my our his her their the this that your a an".split())
# The piece after the aside has its own subject, or is a new thought.
_NOT_A_PREDICATE = frozenset(
    """i i'm i've i'd i'll im ive he she they we it you this that there my his her their our
    and but or so then because cause cos although though yet whereas while since""".split()
)


def _names_someone(piece: str) -> bool:
    """Whether ``piece`` is a short noun phrase: "my boss", "Tom"."""
    words = piece.split()
    if not 1 <= len(words) <= 4:
        return False
    first = words[0]
    if first.lower() in _NOUN_OPENERS:
        return True
    return first[:1].isupper() and first != "I" and not first.startswith(("I'", "I\u2019"))


def _rejoin_asides(spans: list[Span], sentence: str, offset: int) -> None:
    """Join "subject, aside, predicate" back into one clause, in place."""
    index = 0
    while index + 2 < len(spans):
        subject, aside, rest = spans[index], spans[index + 1], spans[index + 2]
        aside_opener = aside.text.split(" ", 1)[0].lower()
        is_aside = aside_opener in _ASIDE_OPENERS or (
            aside_opener in _NOUN_OPENERS and _names_someone(aside.text)
        )
        closed = "," in sentence[aside.end - offset : rest.start - offset]
        if (
            is_aside
            and closed
            and _names_someone(subject.text)
            and rest.text.split(" ", 1)[0].lower() not in _NOT_A_PREDICATE
        ):
            begin, end = subject.start - offset, rest.end - offset
            spans[index : index + 3] = [Span(sentence[begin:end], subject.start, rest.end)]
        index += 1


# A letter or a digit (what str.isalnum accepts): one C-level search
# instead of a Python loop over the characters.
_ALNUM = re.compile(r"[^\W_]")


def has_alnum(text: str) -> bool:
    """Whether ``text`` holds any letter or digit (not only punctuation or space)."""
    return _ALNUM.search(text) is not None


def _add_trimmed(spans: list[Span], text: str, start: int, end: int, offset: int = 0) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if not has_alnum(stripped):
        return
    lead = len(piece) - len(piece.lstrip())
    begin = start + lead
    spans.append(Span(stripped, begin + offset, begin + len(stripped) + offset))


# Verbs whose last consonant doubles before "-ing" though they are longer
# than three letters ("admitting", "forgetting").
_DOUBLES = frozenset(
    "admit commit forget begin regret prefer refer occur submit omit permit quit stop plan drop "
    "shop step chat grab skip slip swim trip upset".split()
)
_VOWELS = frozenset("aeiou")


def gerund(verb: str) -> str:
    """The "-ing" form of a plain verb ("tell" -> "telling"), or "" when it
    cannot be made safely."""
    if not verb.isalpha() or not verb.islower():
        return ""
    if verb in {"be", "see", "flee", "agree", "free"}:
        return verb + "ing"
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    if verb in _DOUBLES or (
        len(verb) == 3
        and verb[0] not in _VOWELS
        and verb[1] in _VOWELS
        and verb[2] not in _VOWELS | {"w", "x", "y"}
    ):
        return verb + verb[-1] + "ing"
    if (
        len(verb) > 3
        and verb[-1] not in _VOWELS | {"w", "x", "y"}
        and verb[-2] in _VOWELS
        and verb[-3] not in _VOWELS
    ):
        return ""  # "visit" or "omit"? too close to call
    return verb + "ing"
