"""One past session, read-only: the conversation as it was, with what was heard.

Up and down move from message to message; c copies the message, C the whole
session; e exports, d deletes (after asking). The helpers at the end are
shared with the journal list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from mirrorbot.display import printable
from mirrorbot.tui.app import mirror_app
from mirrorbot.tui.transcript import session_text, turn_text, when
from mirrorbot.tui.widgets.message import ChatMessage, Speaker
from mirrorbot.tui.widgets.message_list import MessageList

if TYPE_CHECKING:
    from mirrorbot.journal.store import SessionRecord, TurnRecord

RATING_NAMES = {
    "heard": "heard",
    "wanted_topics": "topics",
    "approach": "approach",
    "overall": "overall",
}


def describe_record(record: SessionRecord) -> str:
    from mirrorbot.journal.export import families_of

    span = when(record.started)
    if record.ended:
        span += f"–{when(record.ended, '%H:%M')}"
    lines = [f"{span} · script {record.script} · {len(record.turns)} messages"]
    families = families_of(record.turns)
    if families:
        lines.append("Feelings named: " + ", ".join(f"{f} {n}" for f, n in families.most_common()))
    given = [f"{RATING_NAMES[k]} {v}/10" for k, v in record.ratings.items() if v is not None]
    lines.append("Check-in: " + (" · ".join(given) if given else "none"))
    return "\n".join(lines)


class SessionViewScreen(Screen[None]):
    """A stored session with its turns, each one a stop for the keyboard."""

    AUTO_FOCUS = None
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="back"),
        Binding("c", "copy_message", "Copy message", id="copy-message"),
        Binding("C", "copy_session", "Copy session", id="copy-session"),
        Binding("e", "export", "Export", id="export"),
        Binding("d,delete", "delete", "Delete", id="delete"),
        Binding("ctrl+t", "toggle_heard", "What I heard", id="what-i-heard"),
    ]

    show_heard: reactive[bool] = reactive(False)

    def __init__(self, session_id: int) -> None:
        super().__init__()
        self.session_id = session_id
        self.record: SessionRecord | None = None
        self._turns: dict[ChatMessage, TurnRecord] = {}

    def compose(self) -> ComposeResult:
        from mirrorbot.journal.store import JournalError

        yield Header()
        try:
            self.record = mirror_app(self).journal().session(self.session_id)
        except JournalError as exc:
            yield Static(Content(printable(f"This session cannot be shown: {exc}")), markup=False)
            yield Footer()
            return
        record = self.record
        yield Static(
            Content(printable(record.display_title or "Untitled")), id="view-title", markup=False
        )
        yield Static(Content(printable(describe_record(record))), id="view-meta", markup=False)
        yield MessageList(id="messages")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "journal"
        self.set_reactive(SessionViewScreen.show_heard, mirror_app(self).config.what_i_heard)
        if self.record is None:
            return
        messages = self.query_one(MessageList)
        messages.follow = False
        messages.show_heard = self.show_heard
        for turn in self.record.turns:
            speaker: Speaker = "person" if turn.speaker == "person" else "listener"
            shown = messages.add(
                speaker, turn.text, crisis=turn.crisis, focusable=True, when=when(turn.at, "%H:%M")
            )
            self._turns[shown] = turn
            if speaker == "person":
                messages.add_heard(turn.feelings, after=shown)
        first = next(iter(self._turns), None)
        if first is not None:
            self.call_after_refresh(first.focus, scroll_visible=False)

    def watch_show_heard(self, show: bool) -> None:
        for messages in self.query(MessageList):
            messages.show_heard = show

    def action_toggle_heard(self) -> None:
        self.show_heard = not self.show_heard

    def action_back(self) -> None:
        self.dismiss()

    def action_copy_message(self) -> None:
        focused = self.focused
        turn = self._turns.get(focused) if isinstance(focused, ChatMessage) else None
        if turn is not None:
            self.app.copy_to_clipboard(turn_text(turn))
            mirror_app(self).quiet("Copied the message.")

    def action_copy_session(self) -> None:
        copy_session(self, self.session_id)

    def action_export(self) -> None:
        from mirrorbot.tui.screens.export import ExportScreen

        self.app.push_screen(
            ExportScreen(one=True), callback=lambda r: run_export(self, r, self.session_id)
        )

    def action_delete(self) -> None:
        confirm_delete(self, self.session_id, after=self.dismiss)


# -- shared with the journal list ---------------------------------------------


def copy_session(screen: Screen[None], session_id: int) -> None:
    from mirrorbot.journal.store import JournalError

    app = mirror_app(screen)
    try:
        record = app.journal().session(session_id)
    except JournalError as exc:
        app.quiet(f"Could not copy: {exc}", severity="error")
        return
    app.copy_to_clipboard(session_text(record))
    app.quiet(f"Copied the whole session ({len(record.turns)} messages).")


def run_export(screen: Screen[None], request: object, session_id: int | None) -> None:
    """Carry out what the export dialog asked for; say where the files went."""
    from mirrorbot.journal.store import JournalError
    from mirrorbot.tui.screens.export import ExportRequest
    from mirrorbot.tui.transcript import export

    if not isinstance(request, ExportRequest):
        return  # cancelled
    app = mirror_app(screen)
    ids = None if request.everything or session_id is None else [session_id]
    try:
        count, folder = export(app.journal(), ids, request.fmt, request.folder)
    except (OSError, JournalError) as exc:
        app.quiet(f"Export failed: {exc}", severity="error")
        return
    kind = "Markdown" if request.fmt == "md" else "JSON Lines"
    app.notify(
        f"Exported {count} session{'s' if count != 1 else ''} as {kind} to {folder}",
        title="Export",
        timeout=10,
        markup=False,
    )


def confirm_delete(screen: Screen[None], session_id: int, *, after: Callable[[], object]) -> None:
    """Ask, then delete the session for good."""
    from mirrorbot.journal.store import JournalError
    from mirrorbot.tui.screens.confirm import ConfirmScreen

    app = mirror_app(screen)
    try:
        record = app.journal().session(session_id)
    except JournalError as exc:
        app.quiet(str(exc), severity="error")
        return
    detail = f"{record.display_title or 'Untitled'}\n{when(record.started)} · {len(record.turns)} messages"

    def decided(yes: bool | None) -> None:
        if not yes:
            return
        try:
            app.journal().delete(session_id)
        except JournalError as exc:
            app.quiet(f"Could not delete: {exc}", severity="error")
            return
        app.quiet("Deleted.")
        after()

    app.push_screen(
        ConfirmScreen("Delete this session for good? It cannot be undone.", detail),
        callback=decided,
    )
