"""One message in the conversation, from the listener or from the person.

Everything shown here was written by a person or composed from what they
wrote, so it is never parsed as markup: the text goes in as ``Content``
(plain text) after terminal control characters are made visible.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import Static

from mirrorbot.display import printable

Speaker = Literal["listener", "person"]

# Shown in the border title, so a reader can tell who spoke without colour.
SPEAKER_NAMES: dict[Speaker, str] = {"listener": "mirrorbot", "person": "you"}


class ChatMessage(Static):
    """A message as plain text, styled by who said it (``.listener`` / ``.person``)."""

    # Only in effect when a message can take focus (a past session): the
    # arrows walk from message to message.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "app.focus_previous", show=False),
        Binding("down", "app.focus_next", show=False),
    ]

    DEFAULT_CSS = """
    ChatMessage {
        width: 1fr;
        height: auto;
        padding: 0 1;
    }
    """

    def __init__(
        self,
        speaker: Speaker,
        text: str,
        *,
        crisis: bool = False,
        focusable: bool = False,
        when: str = "",
        classes: str = "",
    ) -> None:
        names = [speaker, *(["crisis"] if crisis else []), *classes.split()]
        super().__init__(Content(printable(text)), markup=False, classes=" ".join(names))
        self.speaker: Speaker = speaker
        self.text = text
        # Messages in a past session are stops for the keyboard (to copy one).
        self.can_focus = focusable
        self.border_title = SPEAKER_NAMES[speaker]
        if when:
            self.border_subtitle = when
