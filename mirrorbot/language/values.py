"""What someone says matters to them: a value or a need, in their words.

"Honesty is really important to me", "what matters most is being a good
dad", "I just want to be useful again". A listener who hears the value
under a complaint can say it back ("you really care about being useful"):
a complex reflection, since it names what the words stand for, not only
the words. Values are found by a few sentence shapes that tie them to the
speaker ("to me", "I value", "I want to be"), never guessed from a topic.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from mirrorbot.language import text as textmod
from mirrorbot.language.text import Span


@dataclass(frozen=True, slots=True)
class Value:
    """A value in the speaker's own words (not yet restated)."""

    phrase: str
    # "thing": a noun phrase or a doing ("honesty", "being useful"), said
    # back as something cared about; "that": a whole thought ("my mum feels
    # looked after"), said back as "it matters to you that ...".
    form: str
    # Where the words that state it are in the text: a feeling word among
    # them ("I care about ...", "important") is the value, not a feeling.
    start: int = 0
    end: int = 0


_DEGREE = r"(?:(?:really|truly|so|very|incredibly|hugely|super|extremely|just|still|always|genuinely|deeply|do)\s+)*"
# What a value phrase runs to: the end of its clause.
_PHRASE = r"(?P<x>[^,.;:!?]+?)"
_UNTIL = r"\s*(?:$|[,.;:!?]|\s(?:because|cos|cause|but|though|although|even if|and i|and he|and she|and they|and it|and that|and now|so|more than|than)\b)"
# Shapes whose value is their subject ("honesty is important to me") are
# found by what follows the subject; the subject is then the rest of its
# clause before it, after the last comma or "but"/"because" (see
# _subject_before). A regex that looked for the clause start as well tried
# every start against every end, and cost most of a turn on a long entry.
#
# Each shape: (form, words one of which the sentence must hold for it to be
# tried, pattern). Tried in order; the first value found is the one.
_SHAPES = [
    # "What matters (most) to me is being a good dad."
    (
        "thing",
        ("matters",),
        rf"\bwhat {_DEGREE}matters (?:most |the most )?(?:to me |for me )?(?:most |the most )?(?:is|was) {_PHRASE}{_UNTIL}",
    ),
    # "What I really want is to do something with art", "... is some peace".
    (
        "to",
        ("what i",),
        rf"\bwhat i {_DEGREE}(?:want|need|wanted|needed)(?: most| more than anything)? (?:is|was) to {_PHRASE}{_UNTIL}",
    ),
    (
        "thing",
        ("what i",),
        rf"\bwhat i {_DEGREE}(?:want|need|wanted|needed|care about)(?: most| more than anything)? (?:is|was) {_PHRASE}{_UNTIL}",
    ),
    # "All I've ever wanted is a bit of peace", "all I need is to be heard".
    (
        "thing",
        ("all i",),
        rf"\ball (?:i|i've|ive) (?:have )?(?:ever |really |truly )?(?:want|wanted|need|needed|ask for|asked for) (?:is|was) {_PHRASE}{_UNTIL}",
    ),
    # "Being there for my kids matters so much to me."
    (
        "subject",
        ("matter",),
        rf"\s{_DEGREE}(?:matters|matter) (?:so much |a lot |a great deal |more than anything |most |the most )?to me\b",
    ),
    # "Honesty is really important to me", "my kids are everything to me".
    (
        "subject",
        ("to me",),
        rf"\s(?:is|are|has always been|have always been) {_DEGREE}(?:important|precious|sacred|a big deal|everything|the world|my whole world) to me\b",
    ),
    # "My independence means everything to me."
    (
        "subject",
        ("to me",),
        r"\s(?:means|mean|meant) (?:everything|a lot|so much|the world|a great deal|more than anything) to me\b",
    ),
    # "Family comes first for me."
    ("subject", ("first",), r"\s(?:always )?(?:comes|come|has always come) first\b"),
    # "I value my freedom", "I really care about doing a proper job".
    (
        "thing",
        ("value", " care"),
        rf"\bi {_DEGREE}(?:value|care (?:a lot |so much |deeply )?about) {_PHRASE}{_UNTIL}",
    ),
    # "It's important to me that my mum feels looked after" / "to be honest with them".
    (
        "that",
        ("important",),
        rf"\bit(?:'s| is| was| has always been) {_DEGREE}important (?:to|for) me that {_PHRASE}{_UNTIL}",
    ),
    (
        "to",
        ("important",),
        rf"\bit(?:'s| is| was| has always been) {_DEGREE}important (?:to|for) me to {_PHRASE}{_UNTIL}",
    ),
    # "I don't want to let them down": not letting them down is what matters.
    (
        "not-doing",
        ("want to let", "want to disappoint"),
        r"\bi (?:just |really |honestly )?(?:don't|do not|dont|never) want to "
        r"(?P<x>(?:let (?:\w+ ){1,2}down|disappoint (?:\w+ ?){1,2}))" + _UNTIL,
    ),
    # "I don't want to be a burden on her": not being one is what matters.
    (
        "not",
        ("want to be", "want to become", "want to feel"),
        r"\bi (?:just |really |really just |honestly )?(?:don't|do not|dont|never) want to (?:be|become|feel like) "
        r"(?P<x>(?:a burden|a nuisance|a bother|a pain|a drain|in the way|any trouble|trouble|too much|needy|"
        r"a problem|a charity case|that person|the one who)\b[^,.;:!?]*?)" + _UNTIL,
    ),
    # "I just want to be useful again", "I need to feel needed".
    (
        "want",
        ("to be ", "to feel "),
        rf"\bi (?:just |really |only |simply |so )?(?:want|wanted|need|needed|wish i could|long) to (?P<verb>be|feel) (?P<x>(?:like )?(?:{{complements}})\b[^,.;:!?]*?){_UNTIL}",
    ),
]

# What a person wants to be or feel that is a value, not a passing state:
# "I want to be useful" says what matters; "I want to be done with it" or
# "I want to be asleep" does not.
_COMPLEMENTS = (
    "useful",
    "needed",
    "heard",
    "seen",
    "listened to",
    "respected",
    "trusted",
    "valued",
    "appreciated",
    "understood",
    "taken seriously",
    "independent",
    "free",
    "included",
    "noticed",
    "believed",
    "wanted",
    "loved",
    "supported",
    "treated fairly",
    "treated like an adult",
    "treated as an equal",
    "a good",
    "a better",
    "the best",
    "the kind of",
    "there for",
    "present",
    "fair",
    "honest",
    "myself",
    "me again",
    "enough",
    "good enough",
    "part of",
    "someone who",
    "safe",
    "normal",
    "whole",
    "human",
    "capable",
    "confident",
    "in control",
    "at peace",
    "at home",
    "close to",
    "like myself",
    "like i'm",
    "like i am",
    "like i matter",
    "like i belong",
    "like i count",
)
_COMPLEMENT_PATTERN = "|".join(
    re.escape(c).replace(r"\ ", r"\s+") for c in sorted(_COMPLEMENTS, key=len, reverse=True)
)
_COMPILED = [
    (
        form,
        words,
        re.compile(pattern.replace("{complements}", _COMPLEMENT_PATTERN), re.IGNORECASE),
    )
    for form, words, pattern in _SHAPES
]
_WORDS = tuple(dict.fromkeys(w for _, words, _ in _SHAPES for w in words))
_ANY_WORD = re.compile("|".join(re.escape(w) for w in _WORDS))
# Fewer, shorter words, one of which every one of _WORDS contains (a test
# checks it): the first test.
_GATE = ("matter", "what i", "all i", "to me", "first", "value", " care", "important", "want to",
         "to be ", "to feel ")  # fmt: skip
# Where a subject's clause starts: after the last of these before it.
_SUBJECT_CUT = re.compile(
    r"[,;:]|\b(?:but|so|because|cos|though|although|since|as)\b", re.IGNORECASE
)
_LEAD_INS = re.compile(r"^(?:(?:honestly|for me|i think|i guess|really)\W+)*", re.IGNORECASE)

# A value phrase is a noun phrase or a doing; these opening words mean the
# shape caught something else ("it matters to me", "that means a lot to me":
# thanks; "nothing matters to me"; "I care about him").
_NOT_A_VALUE = frozenset(
    """it that this which what there he she they you i we him her them us me nothing
    anything everything something none whatever whoever for""".split()
)
_MAX_WORDS = 8
# A finite verb in a subject phrase means the shape caught a report or a
# clause ("my dad says family comes first"), not a value of the speaker's.
_FINITE = re.compile(
    r"\b(?:i|i'm|im|i've|is|are|was|were|says|said|thinks|thought|told|tells|reckons|believes|feels|felt|"
    r"do|does|did|don't|doesn't|didn't|can|could|would|will|should|has|have|had)\b",
    re.IGNORECASE,
)


def find(text: str, sentences: Iterable[Span] | None = None) -> Value | None:
    """The first value the speaker says they hold in ``text``, or None.
    ``sentences``: the text's sentences, when already split."""
    lowered = text.lower()
    # Most messages hold no word any shape needs (a substring test each is
    # far cheaper than one search for all of them); in the rest, one pass
    # finds which sentences hold one.
    if not any(word in lowered for word in _GATE):
        return None
    hits = [found.start() for found in _ANY_WORD.finditer(lowered)]
    same_offsets = len(lowered) == len(text)
    for sentence in textmod.sentences(text) if sentences is None else sentences:
        at = bisect.bisect_left(hits, sentence.start)
        if same_offsets and (at == len(hits) or hits[at] >= sentence.end):
            continue
        said = sentence.text
        if said.rstrip().endswith("?"):
            continue  # "does any of this matter to me?" asks; it does not hold
        lowered_sentence = said.lower()
        for form, words, pattern in _COMPILED:
            if not any(word in lowered_sentence for word in words):
                continue
            found = pattern.search(said)
            if found is None:
                continue
            if form == "subject":
                begin, phrase = _subject_before(said, found.start())
                value = _value("thing", phrase, "")
            else:
                begin, phrase = found.start(), found.group("x")
                verb = found.group("verb") if form == "want" else ""
                value = _value(form, phrase, verb)
            if value is not None:
                return Value(
                    value.phrase, value.form, sentence.start + begin, sentence.start + found.end()
                )
    return None


def _subject_before(sentence: str, end: int) -> tuple[int, str]:
    """Where the subject ending at ``end`` starts in ``sentence``, and the
    subject: the clause before ``end``, from its last comma or "but", less
    lead-in words ("honestly", "for me")."""
    start = 0
    for cut in _SUBJECT_CUT.finditer(sentence, 0, end):
        start = cut.end()
    clause = sentence[start:end]
    lead = len(clause) - len(clause.lstrip())
    clause = clause.strip()
    trimmed = _LEAD_INS.sub("", clause)
    return start + lead + len(clause) - len(trimmed), trimmed


def _value(form: str, phrase: str, verb: str) -> Value | None:
    phrase = phrase.strip()
    words = phrase.split()
    if not words or len(words) > _MAX_WORDS:
        return None
    if form == "not":
        return Value(f"not being {phrase}", "thing")
    if form == "not-doing":  # "let them down" -> "not letting them down"
        verb, _, rest = phrase.partition(" ")
        doing = textmod.gerund(verb.lower())
        return Value(f"not {doing} {rest}", "thing") if doing else None
    if form == "that":  # a whole thought, whoever its subject: "that he is safe"
        return Value(phrase, "that")
    if words[0].lower() == "that" and len(words) > 2:
        # "What matters most is that my dad isn't alone": a whole thought.
        return Value(" ".join(words[1:]), "that")
    if words[0].lower() in _NOT_A_VALUE:
        return None
    if form == "want":
        # "to be useful" -> "being useful"; "to feel needed" -> "feeling needed".
        doing = "being" if verb.lower() == "be" else "feeling"
        return Value(f"{doing} {phrase}", "thing")
    if form == "to":
        verb, _, rest = phrase.partition(" ")
        doing = textmod.gerund(verb.lower())
        return Value(f"{doing} {rest}".strip(), "thing") if doing else None
    if form == "thing" and _FINITE.search(phrase):
        return None
    return Value(phrase, form)
