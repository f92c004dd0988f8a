"""The feedback after each learner reply: a label, one tip, and where it
helps an example of a stronger reflection built from the speaker's layer.

The tip is the coder's (``prompts/coder/tips.toml``) when the coder has
something specific to say about the craft (a roadblock, a question mark, a
faux feeling), otherwise the judge's verdict in ``prompts/practice.toml``
words. When an example follows, a quoted example at the end of the coder's
tip is dropped, so the learner sees one example, built from the layer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from mirrorbot.dialogue.templates import Word, safe_render, vocabulary
from mirrorbot.language.coder import Coding, code
from mirrorbot.language.feelings import detect
from mirrorbot.practice.judge import Judgement, judge
from mirrorbot.practice.scenario import Layer, Scenario
from mirrorbot.practice.wording import Deck, Wording

# Coder tips about the craft of a reflection that is otherwise on target:
# worth saying even when the speaker opened up.
_CRAFT = frozenset({"faux_feeling", "feel_that", "but_double", "too_strong", "off_target"})
# Tips that already carry the fix (the learner's own words, as a statement).
_SELF_CONTAINED = frozenset({"question_mark"})
# The coder's general nudges, for when it knows nothing of the speaker's
# layers: in practice the judge's verdict says the same against the layer
# (what a partial reflection left out, the speaker's name), so it wins.
_JUDGE_FIRST = frozenset({"go_deeper", "other_reply"})
_TRAILING_EXAMPLE = re.compile(r'\s*[:,]?\s*"[^"]*"\s*\.?\s*$')


@dataclass(frozen=True)
class Feedback:
    label: str  # "complex reflection · on target"
    tip: str  # one line
    example: str | None  # a stronger reflection, or None when the reply landed
    example_line: str | None  # the example as shown ('Try: "..."')
    source: str = "script"  # "llm": a model worded the tip or example (practice/coach.py)


def label(coding: Coding, judgement: Judgement, wording: Wording) -> str:
    """How the reply was coded and how it landed, in the learner's words."""
    kind = coding.code if coding.subtype is None else f"{coding.code}_{coding.subtype}"
    first = wording.say("labels", kind) or kind.replace("_", " ")
    second = wording.say("labels", judgement.verdict) or judgement.verdict.replace("_", " ")
    if judgement.roadblock:
        names = ", ".join(r.replace("_", " ") for r in coding.roadblocks)
        second = f"{second}: {names}"
    return f"{first} · {second}"


def give(
    coding: Coding,
    judgement: Judgement,
    scenario: Scenario,
    layer: int,
    wording: Wording,
    deck: Deck,
    *,
    guarded_by: str | None = None,
    deepest: bool = False,
    context: str = "",
) -> Feedback:
    """Feedback on one reply judged against layer ``layer`` (0-based).
    ``guarded_by``: the roadblock the speaker is still wary after;
    ``deepest``: this accurate reply reached the last layer's end;
    ``context``: what the speaker said that the reply answered."""
    current = scenario.layers[layer]
    values = {
        "name": scenario.persona.name,
        "word": judgement.word or "",
        "caught": caught(judgement, current, wording),
        "roadblock": (judgement.roadblock or guarded_by or "").replace("_", " "),
    }
    verdict = judgement.verdict
    coder_tip = coding.tips[0] if coding.tips else None
    if coder_tip is not None and coder_tip.id in _JUDGE_FIRST:
        coder_tip = None
    example = None
    if verdict == "accurate":
        tip_id = (
            "accurate_deepest"
            if deepest
            else "accurate_guarded"
            if guarded_by
            else ("accurate_complex" if coding.subtype == "complex" else "accurate")
        )
        if coder_tip is not None and coder_tip.id not in _CRAFT:
            coder_tip = None
    else:
        tip_id = f"partial_{judgement.reason}" if verdict == "partial" else verdict
        if coder_tip is None or coder_tip.id not in _SELF_CONTAINED:
            example = stronger(scenario, layer, wording, deck, context)
    if coder_tip is not None:
        text = coder_tip.text
        if example:
            text = _TRAILING_EXAMPLE.sub(".", text).replace("..", ".")
    else:
        text = deck.say(f"tip/{tip_id}", wording.options("tips", tip_id), values)
    shown = wording.say("labels", "example", example=example) if example else None
    return Feedback(label(coding, judgement, wording), text, example or None, shown)


def caught(judgement: Judgement, layer: Layer, wording: Wording) -> str:
    """What a reflection caught, in words, for the tips."""
    word = judgement.feelings[0] if judgement.feelings else ""
    if judgement.content and layer.value is not None and layer.catch != "feeling":
        return wording.say("labels", "caught_value")
    if word and judgement.content:
        return wording.say("labels", "caught_both", word=word)
    if word:
        return wording.say("labels", "caught_feeling", word=word)
    return wording.say("labels", "caught_content") if judgement.content else ""


def stronger(
    scenario: Scenario, layer: int, wording: Wording, deck: Deck, context: str = ""
) -> str:
    """An example reflection for layer ``layer``, from its feelings and
    content: a feeling word a notch below the speaker's, joined to the
    layer's gist, or what matters most for a layer that names a value.

    Each candidate is coded and judged as a learner's reply would be (with
    ``context``, what the speaker just said), and the first that would be
    on target is given: an example must pass its own test."""
    current = scenario.layers[layer]
    key = "value" if current.value else "feeling"
    options = wording.options("examples", key)
    candidates: list[str] = []
    for family, intensity in current.feelings:
        own = [word for named, word in current.words if named == family]
        for word in own or _words(family, intensity, deck, f"word/{layer}/{family}"):
            values = {
                "gist": current.gist,
                "value": current.value or "",
                "feeling": word.text,
                "feeling_about": f"{word.text} {word.prep} {current.gist}",
            }
            first = deck.pick(f"example/{layer}", options) if options else 0
            for offset in range(len(options)):
                text = safe_render(options[(first + offset) % len(options)], values)
                if text and text not in candidates:
                    candidates.append(text)
    for text in candidates[:_TRIES]:
        if judge(code(text, context or None), scenario, layer, context).verdict == "accurate":
            return text
    return candidates[0] if candidates else ""


_TRIES = 24  # candidates coded at most; the coder takes microseconds each


def _words(family: str, intensity: int, deck: Deck, key: str) -> list[Word]:
    """Words for ``family`` a notch below ``intensity`` that the detector
    recognises (an example the coder cannot read teaches nothing), in the
    deck's order."""
    levels = vocabulary().get(family)
    if not levels:  # pragma: no cover - every family has words (feelings.toml is checked)
        return [Word(family, "about")]
    level = levels[max(0, intensity - 2)]
    words = [w for w in level if _names(w.text, family)] or list(level)
    start = deck.pick(key, words)
    return words[start:] + words[:start]


@cache
def _names(word: str, family: str) -> bool:
    return any(f.family == family and not f.negated for f in detect(f"You're {word}."))
