"""Everything the listener needs to know about one message, in one object.

PLACEHOLDER shape; filled in alongside the reply engine.
"""

from __future__ import annotations

from dataclasses import dataclass

from mirrorbot.language import feelings as feelings_mod
from mirrorbot.language import perspective, text as textmod
from mirrorbot.language.feelings import Feeling


@dataclass(frozen=True)
class Analysis:
    original: str
    text: str
    feelings: tuple[Feeling, ...]
    mirror: str


def analyse(original: str) -> Analysis:
    cleaned = textmod.clean(original)[: textmod.ANALYSIS_LIMIT]
    return Analysis(original, cleaned, tuple(feelings_mod.detect(cleaned)), perspective.mirror(original))
