"""Lines of a practice conversation: the speaker's, the learner's, a quiet
tip under a reply, and mirrorbot's own notices (a crisis, /help, /tips).

The speaker is a character and the learner is the listener, so these look
unlike a journal conversation: the speaker on the left in the secondary
colour, titled with their name; the learner's replies on the right, "you".
Every text is plain (``Content``), never markup: the learner typed it, or it
came from a scenario file someone may have edited. A line or a tip a
language model worded carries a quiet "model" mark, as the listener's
replies do in a conversation.
"""

from __future__ import annotations

from typing import Literal

from textual.content import Content
from textual.widgets import Static

from mirrorbot.display import printable

Role = Literal["speaker", "learner", "notice", "crisis"]
MODEL_MARK = "model"  # who worded it, shown quietly (source "llm")


class PracticeLine(Static):
    """One message in a practice, styled by role (``.speaker``, ``.learner``...)."""

    DEFAULT_CSS = """
    PracticeLine {
        width: 1fr;
        height: auto;
        padding: 0 1;
    }
    """

    def __init__(self, role: Role, text: str, *, title: str = "", source: str = "script") -> None:
        super().__init__(Content(printable(text)), markup=False, classes=role)
        self.role: Role = role
        self.text = text
        self.source = source
        if title:
            self.border_title = printable(title)
        if source == "llm":
            self.border_subtitle = MODEL_MARK


def tip_content(label: str, tip: str, example_line: str | None, source: str = "script") -> Content:
    """``label · tip`` and, on its own line, the ``Try: "..."`` example;
    a dim "model" at the end when a model worded them."""
    parts: list[tuple[str, str] | str] = [
        (printable(label), "bold $accent"),
        "  ",
        printable(tip),
    ]
    if example_line:
        parts += ["\n", (printable(example_line), "italic")]
    if source == "llm":
        parts += ["  ", (MODEL_MARK, "dim italic")]
    return Content.assemble(*parts)


class TipNote(Static):
    """The feedback under one learner reply (hidden while tips are off)."""

    DEFAULT_CSS = """
    TipNote {
        height: auto;
        padding: 0 1;
    }
    """

    def __init__(
        self, label: str, tip: str, example_line: str | None = None, source: str = "script"
    ) -> None:
        self.label, self.tip, self.example_line = label, tip, example_line
        self.source = source
        super().__init__(tip_content(label, tip, example_line, source), markup=False)
