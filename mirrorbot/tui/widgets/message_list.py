"""The scrolling conversation: messages stack up, the view follows the newest."""

from __future__ import annotations

from textual.containers import VerticalScroll

from mirrorbot.tui.widgets.message import ChatMessage, Speaker


class MessageList(VerticalScroll):
    """All messages of one conversation, oldest first.

    A new message scrolls into view when the reader is at the bottom; a
    reader who has scrolled up to reread something stays where they are.
    (Textual's ``anchor()`` does the following too, but it also pins a short
    conversation to the bottom of the screen; a journal reads from the top.)
    """

    DEFAULT_CSS = """
    MessageList {
        width: 100%;
        height: 1fr;
    }
    """

    def add(self, speaker: Speaker, text: str, *, crisis: bool = False) -> ChatMessage:
        following = self.is_vertical_scroll_end
        message = ChatMessage(speaker, text, crisis=crisis)
        self.mount(message)
        if following:
            # Deferred by Textual until the new message has been laid out.
            self.scroll_end(animate=False)
        return message
