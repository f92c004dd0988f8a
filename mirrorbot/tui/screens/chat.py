"""The chat screen: one conversation with the listener.

The screen only shows; the ``Session`` decides what the listener says.
"""

from __future__ import annotations

import os
import traceback

from textual import on
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, Header, Input

from mirrorbot.session import Session
from mirrorbot.tui.widgets.message_list import MessageList

PLACEHOLDER = "Write what's on your mind, then press Enter"


class ChatScreen(Screen[None]):
    """Header, the conversation, an input line and the key bindings."""

    AUTO_FOCUS = "#prompt"

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session

    def compose(self) -> ComposeResult:
        yield Header()
        yield MessageList(id="messages")
        yield Input(placeholder=PLACEHOLDER, id="prompt", select_on_focus=False)
        yield Footer()

    def on_mount(self) -> None:
        greeting = self.session.opening()
        self.query_one(MessageList).add("listener", greeting.reply)

    @on(Input.Submitted, "#prompt")
    def send(self, event: Input.Submitted) -> None:
        text = event.value
        event.input.clear()
        if not text.strip():
            return  # nothing to answer; the empty line simply goes away
        messages = self.query_one(MessageList)
        # A scripted turn costs microseconds, so it runs inline; a slow
        # source (the model hook) will move this into a worker.
        try:
            turn = self.session.turn(text)
        except Exception:
            if os.environ.get("MIRRORBOT_DEBUG"):
                raise
            # Whatever went wrong, the person's words are not lost: they go
            # back into the input, to send again or to copy.
            self.log.error("turn failed", traceback.format_exc())
            event.input.value = text
            self.notify(
                "Something went wrong while answering. Your message is back in the input.",
                severity="error",
            )
            return
        messages.add("person", text)
        messages.add("listener", turn.reply, crisis=turn.crisis)
