"""Where the person writes: several lines, Enter sends, /commands complete.

A ``TextArea`` (so a long paste and line breaks just work) whose Enter sends
instead of breaking the line; Shift+Enter or Ctrl+J breaks it. Typing ``/``
suggests the commands the session knows; Tab or → accepts the suggestion.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import TextArea


def complete(text: str, commands: Sequence[str], scripts: Sequence[str]) -> str:
    """What would finish ``text`` as a command (or a script name after /script), or ''."""
    if not text.startswith("/") or "\n" in text:
        return ""
    word = text[1:]
    if " " not in word:
        matches = [c for c in commands if c.startswith(word.lower())]
        return matches[0][len(word) :] if len(matches) == 1 and matches[0] != word else ""
    command, _, arg = word.partition(" ")
    if command.lower() == "script" and " " not in arg:
        names = [s for s in scripts if s.startswith(arg)]
        return names[0][len(arg) :] if len(names) == 1 and names[0] != arg else ""
    return ""


class Composer(TextArea):
    """A multi-line input that sends on Enter."""

    # Not priority bindings: those are handled the moment the app reads the
    # key, ahead of the letters typed just before it that are still queued
    # for this widget, so fast typing (or a terminal sending "text + Enter"
    # in one burst) sent half a message. The widget's own key handler below
    # takes them in order; the bindings stay so keys can be remapped by id.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "send", "Send", id="send", show=False),
        Binding("shift+enter,ctrl+j", "newline", "New line", id="newline", show=False),
        Binding("tab", "complete", "Complete", id="complete", show=False),
    ]

    @dataclass
    class Submitted(Message):
        """The person sent what they wrote (the composer has been cleared)."""

        composer: Composer
        text: str

        @property
        def control(self) -> Composer:
            return self.composer

    def __init__(
        self,
        *,
        commands: Sequence[str] = (),
        scripts: Sequence[str] = (),
        placeholder: str = "",
        id: str | None = None,
    ) -> None:
        super().__init__(
            id=id,
            soft_wrap=True,
            tab_behavior="focus",
            show_line_numbers=False,
            highlight_cursor_line=False,
            placeholder=placeholder,
            compact=True,
        )
        self.commands = tuple(commands)
        self.scripts = tuple(scripts)
        self.busy = False  # a reply is on its way: Enter waits

    async def _on_key(self, event: events.Key) -> None:
        # Enter must send, not break the line; a TextArea would insert "\n"
        # here before any binding is consulted.
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            self.action_send()
            return
        await super()._on_key(event)

    def update_suggestion(self) -> None:
        self.suggestion = complete(self.text, self.commands, self.scripts)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "complete":
            # Without a suggestion Tab does what Tab always does: next widget.
            return bool(self.suggestion)
        return True

    def action_send(self) -> None:
        text = self.text
        if self.busy or not text.strip():
            return
        self.clear()
        self.post_message(self.Submitted(self, text))

    def action_newline(self) -> None:
        self.insert("\n")

    def action_complete(self) -> None:
        if self.suggestion:
            self.insert(self.suggestion)
