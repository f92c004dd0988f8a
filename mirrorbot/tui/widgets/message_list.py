"""The scrolling conversation: messages stack up, the view follows the newest."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from textual.containers import VerticalScroll
from textual.reactive import reactive
from textual.widget import Widget

from mirrorbot.tui.widgets.heard import HeardNote
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
    MessageList HeardNote {
        display: none;
    }
    MessageList.-show-heard HeardNote {
        display: block;
    }
    """

    show_heard: reactive[bool] = reactive(False, toggle_class="-show-heard")
    """Show the feelings heard under each of the person's messages."""

    def add(
        self,
        speaker: Speaker,
        text: str,
        *,
        crisis: bool = False,
        focusable: bool = False,
        when: str = "",
        classes: str = "",
    ) -> ChatMessage:
        message = ChatMessage(
            speaker, text, crisis=crisis, focusable=focusable, when=when, classes=classes
        )
        self.add_widget(message)
        return message

    def add_heard(
        self, feelings: Iterable[Mapping[str, Any]], *, after: Widget | None = None
    ) -> HeardNote:
        """The feelings heard in a message, placed right under it."""
        note = HeardNote(feelings)
        self.add_widget(note, after=after)
        return note

    follow = True
    """Scroll to new messages (a conversation); a past session reads from the top."""

    def add_widget(self, widget: Widget, *, after: Widget | None = None) -> None:
        following = self.follow and self.is_vertical_scroll_end
        if after is not None:
            self.mount(widget, after=after)
        else:
            self.mount(widget)
        if following:
            # Deferred by Textual until the new message has been laid out.
            self.scroll_end(animate=False)
