"""The output guard: a model's reply goes through our own coder and the
safety detector before anyone sees it in full.

Rejected: an empty or overlong reply; crisis language; any roadblock
(advice, reassurance, diagnosis, ...); advice or information in any other
form; a question where a reflection was due (or two questions where one was
allowed); naming a feeling the person said they do not have; anything that
is not a reflection. The hook gives the model one retry with a note saying
what was wrong, then uses the scripted reply.

``check`` costs well under a millisecond (the coder and the detector are
pure and fast); each ``Verdict`` carries its own cost so the benchmark and
the hook can report it.
"""

from __future__ import annotations

import re
import time
from collections.abc import Collection
from dataclasses import dataclass

from mirrorbot import safety
from mirrorbot.language import coder

# A reflection is a sentence or three; past this it is a speech.
MAX_WORDS = 60
MAX_CHARS = 420
MAX_SENTENCES = 3

_THINK = re.compile(r"<think>.*?(?:</think>|$)", re.DOTALL | re.IGNORECASE)
_THINK_START = "<think>"
_LABEL = re.compile(r"^\s*(?:listener|assistant|mirrorbot|reflection)\s*:\s*", re.IGNORECASE)
_QUOTES = "\"'“”‘’«»"
_SENTENCE_END = re.compile(r"[.!?…]+(?:\s|$)")


@dataclass(frozen=True)
class Verdict:
    """What the guard decided about one reply, and what it cost."""

    text: str  # the reply as it would be shown (tidied)
    reasons: tuple[str, ...]  # empty when the reply may be shown
    roadblocks: tuple[str, ...] = ()
    denied: tuple[str, ...] = ()
    seconds: float = 0.0
    named: tuple[str, ...] = ()  # feeling families the reply names (not denied ones)

    @property
    def ok(self) -> bool:
        return not self.reasons


def strip_thinking(text: str) -> str:
    """Without a reasoning model's ``<think>`` block, even an unfinished one
    (or the first letters of its tag)."""
    head = text.lstrip()
    if (
        head
        and _THINK_START.startswith(head[: len(_THINK_START)].lower())
        and len(head) < len(_THINK_START)
    ):
        return ""
    return _THINK.sub("", text)


def tidy(reply: str) -> str:
    """What a model adds around a reply: hidden reasoning, a speaker label,
    surrounding quotes, extra whitespace."""
    text = strip_thinking(reply)
    text = _LABEL.sub("", text).strip()
    if len(text) >= 2 and text[0] in _QUOTES and text[-1] in _QUOTES:
        text = text[1:-1].strip()
    return " ".join(text.split())


def check(
    reply: str,
    *,
    said: str,
    denied: Collection[str] = (),
    may_ask: bool = False,
) -> Verdict:
    """Judge ``reply`` to the person's message ``said``. ``denied`` holds the
    feeling families they said they do not feel; ``may_ask`` allows one open
    question after the reflection (the script's own reply had one)."""
    started = time.perf_counter()
    text = tidy(reply)
    reasons: list[str] = []
    roadblocks: tuple[str, ...] = ()
    wrong: tuple[str, ...] = ()
    named: tuple[str, ...] = ()
    if not text:
        reasons.append("empty")
    elif (
        len(text) > MAX_CHARS
        or len(text.split()) > MAX_WORDS
        or len(_SENTENCE_END.findall(text + " ")) > MAX_SENTENCES
    ):
        reasons.append("too_long")
    else:
        if safety.assess(text).crisis:
            reasons.append("crisis")
        coding = coder.code(text, said)
        roadblocks = coding.roadblocks
        if roadblocks:
            reasons.append("roadblock:" + ",".join(roadblocks))
        if coding.code == "input":
            reasons.append("advice")
        questions = text.count("?")
        if coding.code == "question" or questions:
            if not may_ask:
                reasons.append("question")
            elif questions > 1 or coding.subtype == "closed":
                reasons.append("questions")
            elif not _reflects_first(text):
                reasons.append("question")
        elif coding.code == "other":
            reasons.append("not_reflection")
        named = tuple(dict.fromkeys(f.family for f in coding.feelings if not f.negated))
        wrong = tuple(
            sorted({f.family for f in coding.feelings if not f.negated and f.family in denied})
        )
        if wrong:
            reasons.append("denied:" + ",".join(wrong))
    return Verdict(text, tuple(reasons), roadblocks, wrong, time.perf_counter() - started, named)


def _reflects_first(text: str) -> bool:
    """With one question allowed: a reflection must come before it."""
    head = text[: text.find("?")]
    cut = max(head.rfind(". "), head.rfind("! "))
    if cut < 0:
        return False
    first = head[: cut + 1]
    return coder.code(first).code == "reflection"


def stop_early(partial: str) -> str | None:
    """Checked while a reply streams in, so crisis words never stay on
    screen and a runaway reply is stopped: the reason, or None."""
    if len(partial) > MAX_CHARS or len(partial.split()) > MAX_WORDS:
        return "too_long"
    if safety.assess(partial).crisis:
        return "crisis"
    return None
