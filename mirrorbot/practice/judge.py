"""How close a learner's reply came to what the speaker is saying now.

The coder says what a reply *does* (reflection, question, input, other;
roadblocks). The judge says how it lands on the speaker's current layer:

    accurate         a reflection that catches what the layer needs
                     (its feelings and/or content, see ``Layer.catch``)
    partial          a reflection that catches part of it, parrots, stays
                     general, goes back to an earlier layer or leaps to a
                     later one
    missed           a reflection naming a feeling the speaker does not have
    too_strong       the right feeling, named stronger than the speaker put it
    open_question, closed_question
    roadblock        any of the fourteen, whatever else the reply does
    input            the listener's own information, without a roadblock
    filler           "mm-hmm", "okay", thanks: keeps them talking, no more

A feeling of the *next* layer counts as caught: a reflection that names
the feeling underneath before it is said is a good complex reflection.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from mirrorbot.language.coder import Coding
from mirrorbot.language.feelings import Feeling, detect
from mirrorbot.practice.scenario import Scenario

VERDICTS: tuple[str, ...] = (
    "accurate", "partial", "missed", "too_strong", "open_question", "closed_question",
    "roadblock", "input", "filler",
)  # fmt: skip
PARTIAL_REASONS = ("content_only", "feeling_only", "parroting", "earlier", "ahead", "vague")


@dataclass(frozen=True)
class Judgement:
    """``feelings``: the learner's feeling words that fit the layer;
    ``content``: the layer's content entries the reply caught; ``word``:
    the learner's word a missed or too-strong verdict is about; ``reason``
    why a reflection was partial; ``roadblock``: the first roadblock."""

    verdict: str
    feelings: tuple[str, ...] = ()
    content: tuple[str, ...] = ()
    word: str | None = None
    reason: str | None = None
    roadblock: str | None = None


def judge(coding: Coding, scenario: Scenario, layer: int, context: str = "") -> Judgement:
    """How ``coding`` (a coded learner reply) lands on layer ``layer``
    (0-based); ``context`` is what the speaker just said: a feeling they
    named themselves is never off target."""
    if coding.roadblocks:
        return Judgement("roadblock", roadblock=coding.roadblocks[0])
    if coding.code == "question":
        return Judgement("open_question" if coding.subtype == "open" else "closed_question")
    if coding.code == "input":
        return Judgement("input")
    if coding.code != "reflection":
        return Judgement("filler")
    return _reflection(coding, scenario, layer, _said(context), _echoes(coding.input, context))


@lru_cache(maxsize=256)
def _said(context: str) -> frozenset[str]:
    """The families the speaker named (not negated) in ``context``."""
    found = [f for f in detect(context) if not f.negated] if context else []
    return frozenset(f.family for f in found) | frozenset(a for f in found for a in f.also)


def _echoes(reply: str, context: str) -> bool:
    """Whether ``reply`` takes up what the speaker just said (two or more
    of its longer words): a reflection of their last line, whatever the layer."""
    if not context:
        return False
    theirs = {w for w in stems(context) if len(w) > 3}
    return len({w for w in stems(reply) if len(w) > 3} & theirs) >= 2


def _reflection(
    coding: Coding, scenario: Scenario, index: int, said: frozenset[str], echoes: bool
) -> Judgement:
    layers = scenario.layers
    current = layers[index]
    # The strongest word the speaker would accept, per family: this layer's,
    # then the next one's (a step ahead is still on target).
    accepted = dict(layers[index + 1].feelings) if index + 1 < len(layers) else {}
    accepted.update(current.feelings)
    earlier = {family for layer in layers[:index] for family, _ in layer.feelings}
    named = [f for f in coding.feelings if not f.negated]
    hits = [f for f in named if _family_in(f, accepted) is not None]
    strong = [
        f for f in hits if not f.implied and f.intensity > accepted[_family_in(f, accepted) or ""]
    ]
    wrong = [
        f
        for f in named
        if not f.implied
        and f not in hits
        and _family_in(f, dict.fromkeys(earlier | said, 3)) is None
    ]
    words = stems(coding.input)
    content = tuple(entry for entry in current.content if contains(words, entry))
    feelings = tuple(f.text for f in hits)
    if strong:
        return Judgement("too_strong", feelings, content, word=strong[0].text)
    if wrong and not hits:
        return Judgement("missed", feelings, content, word=wrong[0].text)
    if coding.detail == "parroting":
        return Judgement("partial", feelings, content, reason="parroting")
    caught = {
        "either": bool(hits or content),
        "feeling": bool(hits),
        "content": bool(content),
        "both": bool(hits and content),
    }[current.catch]
    if caught:
        return Judgement("accurate", feelings, content)
    if hits:
        return Judgement("partial", feelings, content, reason="feeling_only")
    if content or echoes:
        return Judgement("partial", feelings, content, reason="content_only")
    # Content the speaker has not come to yet: a leap, not a miss.
    if any(contains(words, entry) for layer in layers[index + 1 :] for entry in layer.content):
        return Judgement("partial", reason="ahead")
    said_before = any(f.family in earlier for f in named) or any(
        contains(words, entry) for layer in layers[:index] for entry in layer.content
    )
    return Judgement("partial", reason="earlier" if said_before else "vague")


def _family_in(feeling: Feeling, families: dict[str, int]) -> str | None:
    """The family of ``feeling`` (or one underneath it) that ``families`` has."""
    for family in (feeling.family, *feeling.also):
        if family in families:
            return family
    return None


# --- content words -------------------------------------------------------------

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_DOUBLED = re.compile(r"([b-df-hj-np-tv-z])\1$")


@lru_cache(maxsize=4096)
def stem(word: str) -> str:
    """A rough stem, the same for a word's common forms: "piling", "piled"
    and "pile" -> "pil"; "worries", "worried", "worry" -> "worri"."""
    w = word.lower().replace("\u2019", "'")
    w = re.sub(r"'(?:s|re|ve|ll|d|m|t)$", "", w)
    for suffix in ("ing", "ed"):
        if len(w) > len(suffix) + 2 and w.endswith(suffix):
            w = w[: -len(suffix)]
            if _DOUBLED.search(w) and not w.endswith(("ll", "ss", "zz")):
                w = w[:-1]
            break
    else:
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
    if len(w) > 3 and w.endswith("y"):
        w = w[:-1] + "i"
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


def stems(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in _WORD.findall(text.lower().replace("\u2019", "'")))


def contains(words: Sequence[str], entry: str) -> bool:
    """Whether the stemmed ``words`` hold ``entry`` (a word or a phrase, in order)."""
    wanted = stems(entry)
    if not wanted:
        return False
    n = len(wanted)
    return any(tuple(words[i : i + n]) == wanted for i in range(len(words) - n + 1))
