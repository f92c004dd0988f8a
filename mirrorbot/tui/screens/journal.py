"""The journal: past sessions, newest first, with search as you type.

Enter opens a session; e exports, d deletes (after asking), C copies a whole
session. Everything shown is the person's own words, so nothing here is
ever parsed as markup.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from mirrorbot.display import printable
from mirrorbot.tui.app import mirror_app
from mirrorbot.tui.transcript import when

LIST_LIMIT = 500
SEARCH_LIMIT = 100


def _line(text: str) -> str:
    return printable(text).replace("\n", " ").replace("\t", " ")


def session_option(record: object) -> Option:
    from mirrorbot.journal.store import SessionRecord

    assert isinstance(record, SessionRecord)
    ended = "" if record.ended else " · not ended"
    count = record.turn_count
    prompt = Content.assemble(
        (when(record.started, "%a %d %b %Y %H:%M"), "bold"),
        "  ",
        _line(record.display_title or "Untitled"),
        "\n",
        (
            f"{'practice · ' if record.mode == 'practice' else ''}{record.script}"
            f" · {count} message{'s' if count != 1 else ''}{ended}",
            "dim",
        ),
    )
    return Option(prompt, id=str(record.id))


def hit_option(hit: object) -> Option:
    from mirrorbot.journal.store import MARK_END, MARK_START, SearchHit

    assert isinstance(hit, SearchHit)
    parts: list[tuple[str, str] | str] = [(when(hit.at, "%a %d %b %Y %H:%M"), "bold"), "  ",
                                           _line(hit.title or "Untitled"), "\n"]  # fmt: skip
    # The snippet marks the matched words with private-use characters.
    snippet = _line(hit.snippet)
    for n, piece in enumerate(snippet.split(MARK_START)):
        found, _, rest = piece.partition(MARK_END) if n else ("", "", piece)
        if found:
            parts.append((found, "bold underline"))
        if rest:
            parts.append((rest, "dim"))
    return Option(Content.assemble(*parts), id=str(hit.session))


class JournalScreen(Screen[None]):
    """Sessions and search."""

    AUTO_FOCUS = "#search"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="back"),
        Binding("slash", "search", "Search", id="search"),
        Binding("down", "to_list", show=False),
        Binding("enter", "open", "Open", id="open-session", show=False),
        Binding("e", "export", "Export", id="export"),
        Binding("d,delete", "delete", "Delete", id="delete"),
        Binding("C", "copy_session", "Copy session", id="copy-session"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder='Search what you wrote (words, "a phrase", prefix*)', id="search")
        yield OptionList(id="sessions")
        yield Static("", id="journal-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "journal"

    def on_screen_resume(self) -> None:
        self.refresh_list()

    @on(Input.Changed, "#search")
    def refresh_list(self) -> None:
        from mirrorbot.journal.store import JournalError

        query = self.query_one("#search", Input).value
        listing = self.query_one("#sessions", OptionList)
        status = self.query_one("#journal-status", Static)
        keep = listing.highlighted_option.id if listing.highlighted_option else None
        try:
            journal = mirror_app(self).journal()
            if query.strip():
                seen: set[int] = set()
                options = []
                for hit in journal.search(query, limit=SEARCH_LIMIT):
                    if hit.session not in seen:
                        seen.add(hit.session)
                        options.append(hit_option(hit))
                note = f"{len(options)} session{'s' if len(options) != 1 else ''} match"
                if not options:
                    note = "Nothing matches. Fewer words, or word* for a prefix."
            else:
                records = journal.sessions(limit=LIST_LIMIT)
                options = [session_option(r) for r in records]
                total = journal.count()
                note = (
                    f"{total} session{'s' if total != 1 else ''}"
                    if total
                    else ("No sessions yet. They appear here as soon as you write.")
                )
        except JournalError as exc:
            options, note = [], f"The journal cannot be read: {exc}"
        listing.clear_options()
        listing.add_options(options)
        ids = [o.id for o in options]
        if options:
            listing.highlighted = ids.index(keep) if keep in ids else 0
        status.update(Content(printable(note)))

    def chosen(self) -> int | None:
        option = self.query_one("#sessions", OptionList).highlighted_option
        return int(option.id) if option is not None and option.id else None

    def action_back(self) -> None:
        self.dismiss()

    def action_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_to_list(self) -> None:
        self.query_one("#sessions", OptionList).focus()

    @on(OptionList.OptionSelected, "#sessions")
    def action_open(self) -> None:
        from mirrorbot.tui.screens.session_view import SessionViewScreen

        chosen = self.chosen()
        if chosen is not None:
            self.app.push_screen(SessionViewScreen(chosen))

    def action_export(self) -> None:
        from mirrorbot.tui.screens.export import ExportScreen

        chosen = self.chosen()
        self.app.push_screen(ExportScreen(one=chosen is not None), callback=self._export)

    def _export(self, request: object) -> None:
        from mirrorbot.tui.screens.session_view import run_export

        chosen = self.chosen()
        run_export(self, request, chosen)

    def action_delete(self) -> None:
        from mirrorbot.tui.screens.session_view import confirm_delete

        chosen = self.chosen()
        if chosen is not None:
            confirm_delete(self, chosen, after=self.refresh_list)

    def action_copy_session(self) -> None:
        from mirrorbot.tui.screens.session_view import copy_session

        chosen = self.chosen()
        if chosen is not None:
            copy_session(self, chosen)

    @on(Input.Submitted, "#search")
    def search_done(self) -> None:
        self.action_to_list()
