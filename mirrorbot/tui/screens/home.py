"""Home: how to begin. Start a session with a script, continue today's,
practise listening, or open the journal, patterns, settings or help."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from mirrorbot.display import printable

if TYPE_CHECKING:
    from mirrorbot.journal.store import SessionRecord

WELCOME = "A quiet place to write. Choose how to begin."
FOOTNOTE = "mirrorbot is not therapy and not a crisis service. F1: help and keys."
PRACTISE = "Practise listening"
PRACTISE_DETAIL = (
    "Listen to a speaker who opens up when your reflections land; a tip after each reply."
)

# Menu entries after the scripts: option id -> (label, key hint).
PLACES = (
    ("journal", "Journal: read, search, export", "F2"),
    ("patterns", "Patterns: feelings over time", "F3"),
    ("settings", "Settings: theme, where things live", "F4"),
    ("help", "Help: keys, commands, what this is", "F1"),
)


def _entry(label: str, detail: str = "", hint: str = "") -> Content:
    """A menu line: plain text (script titles are files a person may edit)."""
    parts: list[tuple[str, str] | str] = [printable(label)]
    if detail:
        parts.append(("  " + printable(detail), "dim"))
    if hint:
        parts.append((f"  {hint}", "dim italic"))
    return Content.assemble(*parts)


def continue_label(record: SessionRecord) -> str:
    from mirrorbot.journal.export import local

    count = record.turn_count
    title = record.display_title or "untitled"
    return f"Continue today's session: {title} ({local(record.started):%H:%M}, {count} messages)"


class HomeScreen(Screen[None]):
    """The first screen: one menu, keyboard first."""

    AUTO_FOCUS = "#menu"

    def __init__(self) -> None:
        super().__init__()
        self._details: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(WELCOME, id="welcome", markup=False)
        yield OptionList(id="menu")  # filled each time the screen shows
        yield Static("", id="detail", markup=False)
        yield Static(FOOTNOTE, id="footnote", markup=False)
        yield Footer()

    def _options(self) -> list[Option | None]:
        from mirrorbot.tui import scriptinfo
        from mirrorbot.tui.app import mirror_app

        app = mirror_app(self)
        default = app.config.script
        found = sorted(scriptinfo.all_scripts(), key=lambda s: (s.name != default, s.name))
        options: list[Option | None] = []
        self._details = {}
        for info in found:
            ident = f"script:{info.name}"
            if not info.readable:
                options.append(Option(_entry(f"Start: {info.name}", "(this script has a problem)"),
                                      id=ident, disabled=True))  # fmt: skip
                continue
            self._details[ident] = info.description
            options.append(Option(_entry(f"Start: {info.title}"), id=ident))
        options.append(None)
        # Whether there is one is looked up after the screen is drawn.
        options.append(Option(_entry("Continue today's session", "(none yet today)"),
                              id="continue", disabled=True))  # fmt: skip
        options.append(Option(_entry(PRACTISE), id="practise"))
        self._details["practise"] = PRACTISE_DETAIL
        options.append(None)
        options += [Option(_entry(label, hint=key), id=ident) for ident, label, key in PLACES]
        return options

    def on_screen_resume(self) -> None:
        # Filled on every return: after a conversation "continue" may have appeared.
        menu = self.query_one("#menu", OptionList)
        highlighted = menu.highlighted
        menu.clear_options()
        menu.add_options(self._options())
        menu.highlighted = highlighted if highlighted is not None else 0
        self.call_after_refresh(self.look_for_today)

    @dataclass
    class TodayFound(Message):
        """Today's session, to offer to continue."""

        record: SessionRecord

    @work(thread=True, exclusive=True, group="today")
    def look_for_today(self) -> None:
        from mirrorbot.tui.app import mirror_app

        record = mirror_app(self).today_session()
        if record is not None:
            self.post_message(self.TodayFound(record))

    @on(TodayFound)
    def offer_today(self, event: TodayFound) -> None:
        menu = self.query_one("#menu", OptionList)
        menu.replace_option_prompt("continue", _entry(continue_label(event.record)))
        menu.enable_option("continue")

    @on(OptionList.OptionHighlighted, "#menu")
    def describe(self, event: OptionList.OptionHighlighted) -> None:
        """The highlighted script's one-line description, under the menu."""
        detail = self._details.get(event.option.id or "", "")
        self.query_one("#detail", Static).update(Content(printable(detail)))

    @on(OptionList.OptionSelected, "#menu")
    async def choose(self, event: OptionList.OptionSelected) -> None:
        from mirrorbot.tui.app import mirror_app

        app = mirror_app(self)
        choice = event.option.id or ""
        if choice.startswith("script:"):
            await app.start_conversation(choice.removeprefix("script:"))
        elif choice == "continue":
            await app.continue_today()
        else:
            await app.run_action(choice)
