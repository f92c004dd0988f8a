"""The chat screen: one conversation with the listener.

The screen only shows; the ``Session`` decides what the listener says. Each
turn runs in a worker thread (a model reply may take seconds) and comes back
as a message; meanwhile a quiet line says the listener is preparing a reply.
"""

from __future__ import annotations

import os
import traceback
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Header, Static, TextArea

from mirrorbot.display import printable
from mirrorbot.session import COMMANDS, Session, Turn
from mirrorbot.tui.widgets.composer import Composer
from mirrorbot.tui.widgets.message import ChatMessage, Speaker
from mirrorbot.tui.widgets.message_list import MessageList

if TYPE_CHECKING:
    from mirrorbot.journal.store import SessionRecord
    from mirrorbot.llm.hook import Event

PLACEHOLDER = "Write here. Enter sends, Ctrl+J a new line, / for commands."
THINKING = "mirrorbot is listening…"
ENDED_HINT = "The session has ended. Esc goes home; F2 opens the journal."

# Shown while a /command is being typed (UI chrome; the session answers the command).
COMMAND_HELP = {
    "summary": "/summary  hear back what you've said so far",
    "script": "/script NAME  switch to another kind of session",
    "end": "/end  close the session, then a short check-in",
    "help": "/help  the commands, and what mirrorbot is not",
}
RATING_NAMES = {
    "heard": "heard",
    "wanted_topics": "topics",
    "approach": "approach",
    "overall": "overall",
}


def summary_text(
    session: Session, ratings: dict[str, int] | None, saved: bool, continued: bool = False
) -> str:
    """What this session held, in a few plain lines (shown after the check-in)."""
    families: Counter[str] = Counter()
    messages = 0
    for turn in session.turns:
        if turn.input and turn.heard:
            messages += 1
            families.update(f.family for f in turn.feelings if not f.negated)
    from mirrorbot.dialogue import checkin

    lines = [
        checkin.questions().thanks,
        f"{session.title}: {messages} message{'s' if messages != 1 else ''} from you",
    ]
    if families:
        lines.append("Feelings named: " + ", ".join(f"{f} {n}" for f, n in families.most_common()))
    came_up = [*session.memory.people, *session.memory.topics]
    if came_up:
        lines.append("Came up: " + ", ".join(came_up))
    if ratings:
        given = [f"{RATING_NAMES[k]} {v}/10" for k, v in ratings.items() if k in RATING_NAMES]
        lines.append("Your check-in: " + " · ".join(given))
    else:
        lines.append("Check-in skipped.")
    if saved:
        lines.append(
            "Kept in your journal (with today's earlier part)."
            if continued
            else "Kept in your journal."
        )
    else:
        lines.append("Not saved: saving is off for this conversation.")
    lines.append(ENDED_HINT)
    return "\n".join(lines)


class ChatScreen(Screen[None]):
    """Header, the conversation, a quiet status line, the composer and the keys."""

    AUTO_FOCUS = "#prompt"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "leave", "Home", id="back"),
        Binding("ctrl+t", "toggle_heard", "What I heard", id="what-i-heard"),
        Binding("ctrl+s", "summary", "Summary", id="summary", show=False),
        Binding("ctrl+g", "end", "End session", id="end-session"),
    ]

    show_heard: reactive[bool] = reactive(False)
    busy: reactive[bool] = reactive(False)

    @dataclass
    class ReplyReady(Message):
        """The session answered (already stored in the journal)."""

        turn: Turn
        sent: ChatMessage

    @dataclass
    class ModelEvent(Message):
        """A piece of the model's reply as it streams in (posted from the hook's thread)."""

        event: Event

    @dataclass
    class ReplyFailed(Message):
        """Answering failed; the person's words go back into the composer."""

        text: str
        sent: ChatMessage

    def __init__(
        self, session: Session, *, show_heard: bool = False, earlier: SessionRecord | None = None
    ) -> None:
        super().__init__()
        self.session = session
        self.earlier = earlier
        self.set_reactive(ChatScreen.show_heard, show_heard)
        self.sub_title = session.title
        self._streaming: ChatMessage | None = None  # the model's reply as it arrives
        self._stopped = False  # Escape stopped the model during this turn

    def compose(self) -> ComposeResult:
        from mirrorbot.dialogue import script as scripts

        yield Header()
        yield MessageList(id="messages")
        yield Static(THINKING, id="thinking", markup=False)
        yield Static("", id="hints", markup=False)
        yield Composer(
            id="prompt",
            placeholder=PLACEHOLDER,
            commands=COMMANDS,
            scripts=sorted(scripts.available()),
        )
        yield Footer()

    def on_mount(self) -> None:
        messages = self.query_one(MessageList)
        messages.show_heard = self.show_heard
        if self.earlier is not None:
            self._show_earlier(self.earlier)
        else:
            greeting = self.session.opening()
            messages.add("listener", greeting.reply)

    def _show_earlier(self, record: SessionRecord) -> None:
        """Today's earlier part, dimmed, then a line where this part begins."""
        messages = self.query_one(MessageList)
        for turn in record.turns:
            speaker: Speaker = "person" if turn.speaker == "person" else "listener"
            shown = messages.add(speaker, turn.text, crisis=turn.crisis, classes="earlier")
            if speaker == "person":
                messages.add_heard(turn.feelings, after=shown)
        messages.add_widget(
            Static(
                "continued · the listener starts afresh from here", classes="divider", markup=False
            )
        )

    # -- sending and answering ------------------------------------------------

    @on(Composer.Submitted, "#prompt")
    def send_message(self, event: Composer.Submitted) -> None:
        self.send(event.text)

    def send(self, text: str) -> None:
        if self.busy or not text.strip():
            return
        sent = self.query_one(MessageList).add("person", text)
        self.busy = True
        self._answer(text, sent)

    @work(thread=True, exclusive=True, group="turn")
    def _answer(self, text: str, sent: ChatMessage) -> None:
        try:
            stream = self._post_model_event if self.session.model is not None else None
            turn = self.session.turn(text, on_event=stream)
        except Exception:
            if os.environ.get("MIRRORBOT_DEBUG"):
                raise
            self.log.error("turn failed", traceback.format_exc())
            self.post_message(self.ReplyFailed(text, sent))
            return
        self.post_message(self.ReplyReady(turn, sent))

    def _post_model_event(self, event: Event) -> None:
        self.post_message(self.ModelEvent(event))  # thread-safe

    @on(ModelEvent)
    def show_stream(self, message: ModelEvent) -> None:
        """Tokens go into one listener message as they arrive; "reset" clears
        it (the guard or the network rejected it; a retry or the script
        follows). "done" needs nothing: ReplyReady brings the stored turn."""
        event = message.event
        if event.kind == "done" or self._stopped:
            return
        if event.kind == "reset":
            if self._streaming is not None:
                self._streaming.remove()
                self._streaming = None
            return
        if self._streaming is None:
            self._streaming = self.query_one(MessageList).add("listener", "", classes="streaming")
        self._streaming.text += event.text
        self._streaming.update(Content(printable(self._streaming.text)))  # never markup

    def watch_busy(self, busy: bool) -> None:
        self.query_one("#thinking").set_class(busy, "-busy")
        self.query_one(Composer).busy = busy

    def watch_show_heard(self, show: bool) -> None:
        if self.is_mounted:
            self.query_one(MessageList).show_heard = show

    @on(ReplyReady)
    def show_reply(self, event: ReplyReady) -> None:
        self.busy = False
        turn = event.turn
        messages = self.query_one(MessageList)
        if turn.heard:  # a message, not a /command: what was heard goes under it
            messages.add_heard((f.as_json() for f in turn.feelings), after=event.sent)
        shown, self._streaming = self._streaming, None
        if shown is not None and not turn.crisis:
            # The streamed message becomes the reply as stored (the model's,
            # tidied, or the script's if the guard, the network or Escape said no).
            shown.text = turn.reply
            shown.update(Content(printable(turn.reply)))
            shown.remove_class("streaming")
        else:
            if shown is not None:
                shown.remove()
            shown = messages.add("listener", turn.reply, crisis=turn.crisis)
        if turn.source == "llm":
            shown.border_subtitle = "model"  # quietly: who phrased it
        elif self._stopped:
            shown.border_subtitle = "model stopped · scripted reply"
        self._stopped = False
        self.sub_title = self.session.title
        self._show_problems()
        if turn.kind == "closing" and self.session.ended:
            from mirrorbot.tui.screens.checkin import CheckinScreen

            self.app.push_screen(CheckinScreen(), callback=self._checked_in)

    @on(ReplyFailed)
    def restore(self, event: ReplyFailed) -> None:
        self.busy = False
        event.sent.remove()
        composer = self.query_one(Composer)
        composer.load_text(event.text)
        self.notify(
            "Something went wrong while answering. Your message is back in the input.",
            severity="error",
            markup=False,
        )

    def _checked_in(self, ratings: dict[str, int] | None) -> None:
        if ratings:
            self.session.rate(ratings)
        saved = self.session.recorder is not None
        text = summary_text(self.session, ratings, saved, continued=self.earlier is not None)
        card = Static(Content(printable(text)), classes="summary", markup=False)
        card.border_title = "this session"
        self.query_one(MessageList).add_widget(card)
        self._show_problems()

    def _show_problems(self) -> None:
        for problem in self.session.problems():
            self.notify(problem, title="Storage", severity="warning", timeout=8, markup=False)

    # -- command hints ----------------------------------------------------------

    @on(TextArea.Changed, "#prompt")
    def hint_commands(self, event: TextArea.Changed) -> None:
        text = event.text_area.text
        hints = self.query_one("#hints", Static)
        if text.startswith("/") and "\n" not in text:
            word = text[1:].split(" ", 1)[0].lower()
            matching = [line for name, line in COMMAND_HELP.items() if name.startswith(word)]
            hints.update("   ".join(matching) or "No such command. /help lists them.")
            hints.add_class("-open")
        else:
            hints.remove_class("-open")

    # -- actions -------------------------------------------------------------------

    def action_toggle_heard(self) -> None:
        self.show_heard = not self.show_heard

    def action_summary(self) -> None:
        self.send("/summary")

    def action_end(self) -> None:
        if not self.session.ended:
            self.send("/end")

    def action_leave(self) -> None:
        if self.busy and self.session.model is not None:
            # Escape while the model writes: stop it (the connection closes)
            # and show the scripted reply; a partial reply was never checked
            # in full, so it is not kept as the listener's words.
            self._stopped = True
            self.session.model.cancel()
            return
        self.dismiss()

    def on_unmount(self) -> None:
        self.session.close()

    def system_commands(self) -> Iterable[SystemCommand]:
        """Palette entries while this screen is showing."""
        yield SystemCommand("End this session", "Close it, then a short check-in", self.action_end)
        yield SystemCommand("Summary so far", "Hear back what you've said", self.action_summary)
        yield SystemCommand(
            "What I heard",
            "Show or hide the feelings heard in your messages",
            self.action_toggle_heard,
        )
