"""PLACEHOLDER reply engine; the real one composes reflections from prompts/."""

from __future__ import annotations

import random
from dataclasses import dataclass

from mirrorbot.language.analysis import Analysis


@dataclass(frozen=True)
class Reply:
    text: str
    kind: str
    rule: str
    reflected: tuple[str, ...] = ()  # feeling families the reply names


class Reflector:
    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def greeting(self) -> Reply:
        return Reply("What's on your mind?", "greeting", "greeting")

    def respond(self, analysis: Analysis) -> Reply:
        return Reply(analysis.mirror, "reflection_simple", "placeholder")
