"""What the listener heard in a message: the feelings it detected.

Shown under each of the person's messages when "what I heard" is on, so a
learner sees the anatomy of a reflection: which words named which feeling
family, which were denied ("not angry") and which were implied by a cue.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from textual.content import Content
from textual.widgets import Static

from mirrorbot.display import printable

NOTHING = "heard: no feeling words"


def describe(feelings: Iterable[Mapping[str, Any]]) -> str:
    """``heard: fear "keep putting off" (implied) · anger "angry" (negated)``."""
    parts = []
    for feeling in feelings:
        family = str(feeling.get("family", "?"))
        words = printable(str(feeling.get("text", ""))).replace("\n", " ")
        marks = [m for m in ("negated", "implied") if feeling.get(m)]
        part = f'{family} "{words}"'
        if marks:
            part += f" ({', '.join(marks)})"
        parts.append(part)
    return "heard: " + " · ".join(parts) if parts else NOTHING


class HeardNote(Static):
    """One line under a person's message (hidden unless the screen shows them)."""

    DEFAULT_CSS = """
    HeardNote {
        height: auto;
        padding: 0 1;
    }
    """

    def __init__(self, feelings: Iterable[Mapping[str, Any]]) -> None:
        self.description = describe(feelings)
        super().__init__(Content(self.description), markup=False)
