"""The practice speaker in a language model's words (``[llm] use_for``
includes ``"practice-speaker"``).

The scenario's layers still drive everything: the loop chooses the scripted
line (what is revealed, how guarded the speaker is), and the model may only
re-word it, in character (``prompts/llm/speaker.j2``). The model's line is
used only if it is non-empty, within a length limit, free of crisis
language and brings no roadblock aimed at the learner that the scripted
line did not have (advice, reassurance, a verdict: our coder decides); any
failure, refusal or timeout leaves the scripted line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mirrorbot import safety
from mirrorbot.language.coder import code
from mirrorbot.practice.models import Reworder

if TYPE_CHECKING:
    from mirrorbot.practice.scenario import Scenario

USE = "practice-speaker"
PROMPT = "llm/speaker.j2"
# A re-worded line may be a little longer than the script's, never a speech.
MAX_CHARS = 400
# Roadblocks aimed at the listener: a speaker who starts advising or
# reassuring has stepped out of the role (talking about themselves, changing
# the subject or asking back are in character).
OUT_OF_ROLE = frozenset(
    {
        "advising", "ordering", "moralizing", "warning", "lecturing", "judging",
        "diagnosing", "name_calling", "reassuring",
    }
)  # fmt: skip


def limit(scripted: str) -> int:
    """How long the model's wording of ``scripted`` may be."""
    return min(MAX_CHARS, max(2 * len(scripted), len(scripted) + 60))


class ModelSpeaker(Reworder):
    """Re-words the speaker's scripted lines through a ``ModelHook``."""

    USE = USE

    def say(
        self, scenario: Scenario, *, response: str, scripted: str, said: str
    ) -> tuple[str, str]:
        """(text, source): the model's wording of ``scripted`` and "llm", or
        ``scripted`` itself and "script"."""
        if not scripted.strip():
            return scripted, "script"
        try:
            messages = self.messages(scenario, response=response, scripted=scripted, said=said)
        except Exception:  # a broken (user-overridden) template costs the wording only
            return scripted, "script"
        worded = self.hook.complete(messages, lambda text: accept(text, scripted))
        return (worded, "llm") if worded is not None else (scripted, "script")

    def messages(
        self, scenario: Scenario, *, response: str, scripted: str, said: str
    ) -> list[dict[str, str]]:
        persona = scenario.persona
        values = {
            "name": persona.name,
            "about": persona.about,
            "setting": persona.setting,
            "response": response,
            "scripted": scripted,
            "limit": limit(scripted),
        }
        return self.prompt(PROMPT, values, said)


def accept(text: str, scripted: str) -> str | None:
    """The model's line if it may stand in for ``scripted``, else None."""
    if not text or len(text) > limit(scripted):
        return None
    if safety.assess(text).crisis:
        return None
    added = set(code(text).roadblocks) - set(code(scripted).roadblocks)
    if added & OUT_OF_ROLE:
        return None
    return text
