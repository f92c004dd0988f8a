"""A practice conversation: the learner listens, a scenario's speaker talks.

The screen only shows; the ``PracticeSession`` codes each reply, judges it,
stores it and answers in the speaker's voice. Each turn runs in a worker
thread and comes back as a message. Under each reply a quiet tip line shows
how it was coded, the tip and a "Try: ..." example while tips are on
(Ctrl+T or /tips). A speaker's line or a tip a language model worded is
marked "model", quietly. /end, Ctrl+G or reflecting the last layer ends the
practice with the summary, which says where it is in the journal.
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from mirrorbot.display import printable
from mirrorbot.tui.widgets.composer import Composer
from mirrorbot.tui.widgets.message_list import MessageList
from mirrorbot.tui.widgets.practice_line import PracticeLine, Role, TipNote

if TYPE_CHECKING:
    from mirrorbot.practice.loop import PracticeSession, PracticeTurn

COMMANDS = ("end", "tips", "help")
PLACEHOLDER = "Reply as a listener. Enter sends, Ctrl+J a new line, /end finishes."
ENDED_HINT = "Practice finished. Esc: back to the scenarios · F2: the journal."
TIPS_ON = "tips on · Ctrl+T hides them"
TIPS_OFF = "tips off · Ctrl+T shows them"


class PracticeScreen(Screen[None]):
    """Header, the practice so far, a quiet status line, the composer, the keys."""

    AUTO_FOCUS = "#prompt"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "leave", "Scenarios", id="back"),
        Binding("ctrl+t", "toggle_tips", "Tips", id="practice-tips"),
        Binding("ctrl+g", "end", "End practice", id="end-practice"),
    ]

    tips: reactive[bool] = reactive(True)
    busy: reactive[bool] = reactive(False)

    @dataclass
    class TurnReady(Message):
        """The session answered (the reply and the answer are already stored)."""

        turn: PracticeTurn
        sent: PracticeLine | None
        problems: list[str] = field(default_factory=list)

    @dataclass
    class TurnFailed(Message):
        """Answering failed; the learner's words go back into the composer."""

        text: str
        sent: PracticeLine | None

    def __init__(self, session: PracticeSession) -> None:
        super().__init__()
        self.session = session
        self.set_reactive(PracticeScreen.tips, session.tips)
        self.sub_title = f"practice · {session.scenario.title}"
        self.finished = False  # the summary has been shown

    def compose(self) -> ComposeResult:
        yield Header()
        yield MessageList(id="practice-log")
        yield Static(f"{self.session.name} is thinking…", id="thinking", markup=False)
        yield Static(ENDED_HINT, id="practice-ended", markup=False)
        yield Composer(id="prompt", placeholder=PLACEHOLDER, commands=COMMANDS)
        yield Footer()

    def on_mount(self) -> None:
        log = self.query_one(MessageList)
        log.set_class(self.tips, "-show-tips")
        intro = Static(Content(printable(self.session.intro())), classes="practice-intro")
        intro.border_title = "practise listening"
        log.add_widget(intro)
        log.add_widget(
            PracticeLine("speaker", self.session.opening().text, title=self.session.name)
        )
        self._show_tips_state()

    # -- sending and answering ---------------------------------------------

    @on(Composer.Submitted, "#prompt")
    def send_reply(self, event: Composer.Submitted) -> None:
        self.send(event.text)

    def send(self, text: str) -> None:
        if self.busy or self.finished or not text.strip():
            return
        sent = None
        log = self.query_one(MessageList)
        log.scroll_end(animate=False)  # the learner acted: follow the newest again
        if not text.strip().startswith("/"):  # a command is not a reply to show
            sent = PracticeLine("learner", text, title="you")
            log.add_widget(sent)
        self.busy = True
        self._answer(text, sent)

    @work(thread=True, exclusive=True, group="practice-turn")
    def _answer(self, text: str, sent: PracticeLine | None) -> None:
        try:
            turn = self.session.turn(text)
            problems = self.session.problems()
        except Exception:
            if os.environ.get("MIRRORBOT_DEBUG"):
                raise
            self.log.error("practice turn failed", traceback.format_exc())
            self.post_message(self.TurnFailed(text, sent))
            return
        self.post_message(self.TurnReady(turn, sent, problems))

    @on(TurnReady)
    def show_turn(self, event: TurnReady) -> None:
        self.busy = False
        turn, sent = event.turn, event.sent
        log = self.query_one(MessageList)
        if turn.crisis and sent is None:
            sent = PracticeLine("learner", turn.input, title="you")
            log.add_widget(sent)
        if turn.notice:
            role: Role = "crisis" if turn.crisis else "notice"
            notice = PracticeLine(role, turn.notice, title="mirrorbot" if turn.crisis else "")
            log.add_widget(notice)
            if turn.crisis:
                # The crisis lines come first in the message: show its top,
                # not its end, even when it is taller than the screen.
                log.call_after_refresh(log.scroll_to_widget, notice, top=True, animate=False)
        if turn.command == "tips":
            self.tips = self.session.tips
        if turn.feedback is not None:
            given = turn.feedback
            note = TipNote(given.label, given.tip, given.example_line, source=given.source)
            log.add_widget(note, after=sent)
        if turn.reply is not None:
            line = PracticeLine(
                "speaker", turn.reply.text, title=self.session.name, source=turn.reply.source
            )
            log.add_widget(line)
        self._show_problems(event.problems)
        if turn.ended:
            self.finish()

    @on(TurnFailed)
    def restore(self, event: TurnFailed) -> None:
        self.busy = False
        if event.sent is not None:
            event.sent.remove()
        self.query_one(Composer).load_text(event.text)
        self.notify(
            "Something went wrong with that reply. Your words are back in the input.",
            severity="error",
            markup=False,
        )

    def finish(self) -> None:
        """Sum up: a card in the transcript, and the same in a dialog."""
        from mirrorbot.practice import wording
        from mirrorbot.tui.screens.practice_summary import (
            PracticeSummaryScreen,
            saved_line,
            summary_content,
        )

        if self.finished:
            return
        self.finished = True
        summary = self.session.end()
        self._show_problems(self.session.problems())
        saved = self.session.saved_as()
        if self.session.recorder is not None and saved is None:
            where = "Nothing was kept: there were no replies."
        else:
            where = saved_line(saved)
        words = wording.load()
        heading = words.say("summary", "heading", title=self.session.scenario.title)
        body = summary_content(summary, words, where)
        card = Static(body, classes="summary practice-summary", markup=False)
        card.border_title = "how it went"
        self.query_one(MessageList).add_widget(card)
        composer = self.query_one(Composer)
        composer.display = False
        self.query_one("#practice-ended").display = True
        self.app.push_screen(PracticeSummaryScreen(heading, body))

    def _show_problems(self, problems: Iterable[str]) -> None:
        for problem in problems:
            self.notify(problem, title="Storage", severity="warning", timeout=8, markup=False)

    # -- state -------------------------------------------------------------

    def watch_busy(self, busy: bool) -> None:
        self.query_one("#thinking").set_class(busy, "-busy")
        self.query_one(Composer).busy = busy

    def watch_tips(self, tips: bool) -> None:
        self.session.tips = tips
        if self.is_mounted:
            self.query_one(MessageList).set_class(tips, "-show-tips")
            self._show_tips_state()

    def _show_tips_state(self) -> None:
        self.query_one(Composer).border_subtitle = TIPS_ON if self.tips else TIPS_OFF

    # -- actions -----------------------------------------------------------

    def action_toggle_tips(self) -> None:
        log = self.query_one(MessageList)
        # Tips shown or hidden change the height above the newest line: a
        # reader at the bottom stays there (and keeps following new lines).
        following = log.is_vertical_scroll_end
        self.tips = not self.tips
        if following:
            log.call_after_refresh(log.scroll_end, animate=False)

    def action_end(self) -> None:
        if not self.finished:
            self.send("/end")

    def action_leave(self) -> None:
        self.dismiss()

    def on_unmount(self) -> None:
        # Leaving without /end still closes the journal entry properly.
        if not self.session.ended and self.session.replies:
            self.session.end()
        self.session.close()

    def system_commands(self) -> Iterable[SystemCommand]:
        """Palette entries while this screen is showing."""
        yield SystemCommand("End this practice", "Finish and see the summary", self.action_end)
        yield SystemCommand(
            "Practice tips", "Show or hide the tip after each reply", self.action_toggle_tips
        )
