"""Practice feedback in a language model's words (``[llm] use_for`` includes
``"practice-feedback"``).

Our coder and the scenario decide what the feedback says: the label, the
tip (``feedback.give``) and whether an example follows and which. The model
may only re-word the tip and the example (``prompts/llm/feedback.j2``), and
each part it words is checked on its own; a part that fails keeps our
wording:

- the tip: non-empty, one to three sentences within a length limit, no
  crisis language, no question of its own, no roadblock beyond telling the
  learner what to try (no reassurance, praise, verdict or diagnosis that
  our tip did not have), and anything it quotes is either
  the learner's words, our tip's words, or an example that passes as one
  (below);
- the example: a statement our coder codes as a reflection with no
  roadblock, no crisis language, that the judge finds on target for the
  layer (an example must pass the test it teaches, as ``feedback.stronger``
  makes sure of ours).

Crisis language anywhere in the model's answer rejects all of it.

Nothing is asked when tips are off, when the learner's reply is a crisis
(it never gets feedback) or when any text to send holds crisis language.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from mirrorbot import safety
from mirrorbot.language.coder import code
from mirrorbot.practice.judge import judge
from mirrorbot.practice.models import Reworder

if TYPE_CHECKING:
    from mirrorbot.llm.hook import Pending
    from mirrorbot.practice.feedback import Feedback
    from mirrorbot.practice.scenario import Scenario
    from mirrorbot.practice.wording import Wording

USE = "practice-feedback"
PROMPT = "llm/feedback.j2"
# A re-worded tip may be a little longer than ours, never a lecture.
MAX_TIP = 320
MAX_SENTENCES = 3
MAX_EXAMPLE = 240
# What our coder calls roadblocks but a tip is made of: telling the learner
# what to try.
COACHING = frozenset({"advising", "ordering", "moralizing"})

_SENTENCE_END = re.compile(r"[.!?…]+(?:\s|$)")
_QUOTED = re.compile(r"\"([^\"]*)\"|“([^”]*)”")
# "Tip: ... Example: ...", the labels at the start or after a sentence (so a
# tip's own "for example:" is not taken for one).
_EXAMPLE_LABEL = re.compile(r"(?:^|(?<=[.!?…:\"”]))\s*example\s*:\s*", re.IGNORECASE)
_TIP_LABEL = re.compile(r"^\s*tip\s*:\s*", re.IGNORECASE)
_TRY_LABEL = re.compile(r"^\s*try\s*:\s*", re.IGNORECASE)
_QUOTES = "\"'“”‘’«»"


def tip_limit(tip: str) -> int:
    """How long the model's wording of ``tip`` may be."""
    return min(MAX_TIP, max(2 * len(tip), len(tip) + 80))


class ModelCoach(Reworder):
    """Re-words practice feedback through a ``ModelHook``."""

    USE = USE

    def begin(
        self,
        given: Feedback,
        *,
        scenario: Scenario,
        layer: int,
        context: str,
        said: str,
        wording: Wording,
    ) -> Phrasing:
        """Start asking (the request runs on the hook's thread); ``result()``
        is the feedback to show, by the hook's deadline."""
        if not given.tip.strip():
            return Phrasing(given)
        try:
            messages = self.messages(given, scenario=scenario, context=context, said=said)
        except Exception:  # a broken (user-overridden) template costs the wording only
            return Phrasing(given)
        parts: dict[str, str] = {}

        def accept(text: str) -> str | None:
            if safety.assess(text).crisis:
                return None  # crisis words anywhere: none of it is shown
            tip, example = split(text)
            if tip_ok(tip, given.tip, scenario, layer, said=said, context=context):
                parts["tip"] = tip
            if given.example and example_ok(example, scenario, layer, context):
                parts["example"] = example
            return text if parts else None

        return Phrasing(given, self.hook.begin(messages, accept), parts, wording)

    def messages(
        self, given: Feedback, *, scenario: Scenario, context: str, said: str
    ) -> list[dict[str, str]]:
        values = {
            "name": scenario.persona.name,
            "speaker": context,
            "label": given.label,
            "tip": given.tip,
            "example": given.example or "",
            "limit": tip_limit(given.tip),
        }
        return self.prompt(PROMPT, values, said)


class Phrasing:
    """Feedback being worded: ``result()`` waits (at most until the hook's
    deadline) and gives the feedback to show, with ``source`` "llm" when any
    part is the model's."""

    def __init__(
        self,
        given: Feedback,
        pending: Pending | None = None,
        parts: dict[str, str] | None = None,
        wording: Wording | None = None,
    ) -> None:
        self._given = given
        self._pending = pending
        self._parts = parts if parts is not None else {}
        self._wording = wording

    def result(self) -> Feedback:
        given = self._given
        if self._pending is None or self._pending.result() is None:
            return given
        tip = self._parts.get("tip", given.tip)
        example = self._parts.get("example", given.example)
        shown = given.example_line
        if example != given.example and example and self._wording is not None:
            shown = self._wording.say("labels", "example", example=example) or None
            if shown is None:  # the wording file cannot show it: keep ours whole
                example, shown = given.example, given.example_line
        return replace(given, tip=tip, example=example, example_line=shown, source="llm")


def split(text: str) -> tuple[str, str]:
    """(tip, example) from the model's answer ("Tip: ... Example: ...")."""
    found = _EXAMPLE_LABEL.search(text)
    tip, example = (text[: found.start()], text[found.end() :]) if found else (text, "")
    tip = _TIP_LABEL.sub("", tip).strip()
    example = _unquote(_TRY_LABEL.sub("", example).strip())
    return tip, example


def _unquote(text: str) -> str:
    if len(text) >= 2 and text[0] in _QUOTES and text[-1] in _QUOTES:
        return text[1:-1].strip()
    if len(text) >= 3 and text[0] in _QUOTES and text[-2] in _QUOTES and text[-1] == ".":
        return text[1:-2].strip()
    return text


def _words(text: str) -> str:
    return " ".join(re.findall(r"[\w']+", text.lower().replace("’", "'")))


def tip_ok(
    tip: str, ours: str, scenario: Scenario, layer: int, *, said: str, context: str = ""
) -> bool:
    """May the model's ``tip`` stand in for ``ours``? A reflection it quotes
    that is not the learner's or ours is an example, and must pass as one."""
    if not tip or len(tip) > tip_limit(ours):
        return False
    if len(_SENTENCE_END.findall(tip + " ")) > MAX_SENTENCES:
        return False
    if safety.assess(tip).crisis:
        return False
    outside = _QUOTED.sub("", tip)
    if "?" in outside:
        return False  # a tip says; a question of its own is the model talking
    # Coaching tells the learner what to do; reassurance, praise, a verdict
    # or a diagnosis is the model adding its own (our coder reads it).
    ours_blocks = set(code(_QUOTED.sub("", ours)).roadblocks)
    if set(code(outside).roadblocks) - ours_blocks - COACHING:
        return False
    known = f" {_words(ours)} | {_words(said)} "
    for match in _QUOTED.finditer(tip):
        quoted = (match.group(1) or match.group(2) or "").strip()
        words = _words(quoted)
        if not words or f" {words} " in known:
            continue  # the learner's words, or ours
        if not example_ok(quoted, scenario, layer, context):
            return False  # an example that fails its own test, in the tip
    return True


def example_ok(example: str, scenario: Scenario, layer: int, context: str = "") -> bool:
    """May the model's ``example`` be shown as a stronger reflection for
    ``layer``: a statement our coder reads as a reflection with no
    roadblock, that lands on target."""
    if not example or len(example) > MAX_EXAMPLE or "?" in example:
        return False
    if safety.assess(example).crisis:
        return False
    coding = code(example, context or None)
    if coding.code != "reflection" or coding.roadblocks:
        return False
    return judge(coding, scenario, layer, context).verdict == "accurate"
