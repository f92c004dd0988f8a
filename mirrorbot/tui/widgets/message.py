"""One message in the conversation, from the listener or from the person.

Everything shown here was written by a person or composed from what they
wrote, so it is never parsed as markup: the text goes in as ``Content``
(plain text) after terminal control characters are made visible.
"""

from __future__ import annotations

from typing import Literal

from textual.content import Content
from textual.widgets import Static

from mirrorbot.display import printable

Speaker = Literal["listener", "person"]

# Shown in the border title, so a reader can tell who spoke without colour.
SPEAKER_NAMES: dict[Speaker, str] = {"listener": "mirrorbot", "person": "you"}


class ChatMessage(Static):
    """A message as plain text, styled by who said it (``.listener`` / ``.person``)."""

    DEFAULT_CSS = """
    ChatMessage {
        width: 1fr;
        height: auto;
        padding: 0 1;
    }
    """

    def __init__(self, speaker: Speaker, text: str, *, crisis: bool = False) -> None:
        classes = f"{speaker} crisis" if crisis else speaker
        super().__init__(Content(printable(text)), markup=False, classes=classes)
        self.speaker: Speaker = speaker
        self.text = text
        self.border_title = SPEAKER_NAMES[speaker]
