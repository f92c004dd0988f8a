"""What someone says matters to them: a value or a need, in their words.

"Honesty is really important to me", "what matters most is being a good
dad", "I just want to be useful again". A listener who hears the value
under a complaint can say it back ("you really care about being useful"):
a complex reflection, since it names what the words stand for, not only
the words. Values are found by a few sentence shapes that tie them to the
speaker ("to me", "I value", "I want to be"), never guessed from a topic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mirrorbot.language import text as textmod


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


# Cheap words one of the shapes below needs: most messages hold none, and
# are passed without a regex search.
_GATE = ("matter", "important", "mean", "value", "care", "first", "want", "need", "wish")

_DEGREE = r"(?:(?:really|truly|so|very|incredibly|hugely|super|extremely|just|still|always|genuinely|deeply|do)\s+)*"
# What a value phrase runs to: the end of its clause.
_PHRASE = r"(?P<x>[^,.;:!?]+?)"
_UNTIL = r"\s*(?:$|[,.;:!?]|\s(?:because|cos|cause|but|though|although|even if|and i|and he|and she|and they|and it|and that|and now|so|more than|than)\b)"
# The start of a clause, for shapes whose value is their subject
# ("honesty is important to me"): after any lead-in words.
_CLAUSE_START = (
    r"(?:^|[,;:]\s*|\b(?:and|but|so|because|cos|since|as)\s+)"
    r"(?:(?:honestly|for me|i think|i guess|really)\W+)*"
)
# A subject phrase runs within its clause: "I'm tired but my kids" is two.
_SUBJECT = r"(?P<x>(?:(?!\b(?:but|so|because|cos|though|although|since)\b)[^,.;:!?])+?)"

_SHAPES = [
    # "What matters (most) to me is being a good dad."
    (
        "thing",
        rf"\bwhat {_DEGREE}matters (?:most |the most )?(?:to me |for me )?(?:most |the most )?(?:is|was) {_PHRASE}{_UNTIL}",
    ),
    # "All I've ever wanted is a bit of peace", "all I need is to be heard".
    (
        "thing",
        rf"\ball (?:i|i've|ive) (?:have )?(?:ever |really |truly )?(?:want|wanted|need|needed|ask for|asked for) (?:is|was) {_PHRASE}{_UNTIL}",
    ),
    # "Being there for my kids matters so much to me."
    (
        "thing",
        rf"{_CLAUSE_START}{_SUBJECT} {_DEGREE}(?:matters|matter) (?:so much |a lot |a great deal |more than anything |most |the most )?to me\b",
    ),
    # "Honesty is really important to me", "my kids are everything to me".
    (
        "thing",
        rf"{_CLAUSE_START}{_SUBJECT} (?:is|are|has always been|have always been) {_DEGREE}(?:important|precious|sacred|a big deal|everything|the world|my whole world) to me\b",
    ),
    # "My independence means everything to me."
    (
        "thing",
        rf"{_CLAUSE_START}{_SUBJECT} (?:means|mean|meant) (?:everything|a lot|so much|the world|a great deal|more than anything) to me\b",
    ),
    # "Family comes first for me."
    ("thing", rf"{_CLAUSE_START}{_SUBJECT} (?:always )?(?:comes|come|has always come) first\b"),
    # "I value my freedom", "I really care about doing a proper job".
    ("thing", rf"\bi {_DEGREE}(?:value|care (?:a lot |so much |deeply )?about) {_PHRASE}{_UNTIL}"),
    # "It's important to me that my mum feels looked after" / "to be honest with them".
    (
        "that",
        rf"\bit(?:'s| is| was| has always been) {_DEGREE}important (?:to|for) me that {_PHRASE}{_UNTIL}",
    ),
    (
        "to",
        rf"\bit(?:'s| is| was| has always been) {_DEGREE}important (?:to|for) me to {_PHRASE}{_UNTIL}",
    ),
    # "I don't want to be a burden on her": not being one is what matters.
    (
        "not",
        r"\bi (?:just |really |really just |honestly )?(?:don't|do not|dont|never) want to (?:be|become|feel like) "
        r"(?P<x>(?:a burden|a nuisance|a bother|a pain|a drain|in the way|any trouble|trouble|too much|needy|"
        r"a problem|a charity case|that person|the one who)\b[^,.;:!?]*?)" + _UNTIL,
    ),
    # "I just want to be useful again", "I need to feel needed".
    (
        "want",
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
    (form, re.compile(pattern.replace("{complements}", _COMPLEMENT_PATTERN), re.IGNORECASE))
    for form, pattern in _SHAPES
]

# A value phrase is a noun phrase or a doing; these opening words mean the
# shape caught something else ("it matters to me", "that means a lot to me":
# thanks; "nothing matters to me"; "I care about him").
_NOT_A_VALUE = frozenset(
    """it that this which what there he she they you i we him her them us me nothing
    anything everything something none whatever whoever""".split()
)
_MAX_WORDS = 8
# A finite verb in a subject phrase means the shape caught a report or a
# clause ("my dad says family comes first"), not a value of the speaker's.
_FINITE = re.compile(
    r"\b(?:i|i'm|im|i've|is|are|was|were|says|said|thinks|thought|told|tells|reckons|believes|feels|felt|"
    r"do|does|did|don't|doesn't|didn't|can|could|would|will|should|has|have|had)\b",
    re.IGNORECASE,
)


def find(text: str) -> Value | None:
    """The first value the speaker says they hold in ``text``, or None."""
    lowered = text.lower()
    if not any(word in lowered for word in _GATE):
        return None
    for sentence in textmod.sentences(text):
        if sentence.text.rstrip().endswith("?"):
            continue  # "does any of this matter to me?" asks; it does not hold
        for form, pattern in _COMPILED:
            found = pattern.search(sentence.text)
            if found is None:
                continue
            value = _value(form, found)
            if value is not None:
                begin = sentence.start + found.start()
                return Value(value.phrase, value.form, begin, sentence.start + found.end())
    return None


def _value(form: str, found: re.Match[str]) -> Value | None:
    phrase = found.group("x").strip()
    words = phrase.split()
    if not words or len(words) > _MAX_WORDS:
        return None
    if form == "not":
        return Value(f"not being {phrase}", "thing")
    if words[0].lower() == "that" and len(words) > 2:
        # "What matters most is that my dad isn't alone": a whole thought.
        return Value(" ".join(words[1:]), "that")
    if words[0].lower() in _NOT_A_VALUE:
        return None
    if form == "want":
        # "to be useful" -> "being useful"; "to feel needed" -> "feeling needed".
        doing = "being" if found.group("verb").lower() == "be" else "feeling"
        return Value(f"{doing} {phrase}", "thing")
    if form == "to":
        verb, _, rest = phrase.partition(" ")
        doing = textmod.gerund(verb.lower())
        return Value(f"{doing} {rest}".strip(), "thing") if doing else None
    if form == "thing" and _FINITE.search(phrase):
        return None
    return Value(phrase, form)
