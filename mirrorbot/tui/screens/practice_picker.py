"""Practise listening: choose a scenario (its title and one-line description),
or look at how past practice has gone.

Titles and descriptions are read with tomllib (``scriptinfo.describe``), so
the list shows at once; the scenario itself (its wordings compiled, the
coder loaded) is opened in a worker when one is chosen.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from mirrorbot.display import printable
from mirrorbot.tui.app import mirror_app

if TYPE_CHECKING:
    from mirrorbot.practice.loop import PracticeSession

INTRO = (
    "Choose someone to listen to. They open up a layer at a time when your "
    "reflections land; after each reply you see how it was coded, with a tip."
)
HISTORY = "History: how your practice has gone"
OPENING = "Opening the scenario…"


def scenario_entry(title: str, description: str) -> Content:
    """Two lines: the title, and the description dimmed (files a person may edit)."""
    return Content.assemble(
        (printable(title), "bold"), "\n", (printable(description) or " ", "dim")
    )


class PracticePickerScreen(Screen[None]):
    """The scenarios, one option each; Enter starts one, h shows the history."""

    AUTO_FOCUS = "#scenarios"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Home", id="back"),
        Binding("h", "history", "History", id="practice-history"),
    ]

    @dataclass
    class Opened(Message):
        """The chosen scenario is ready to practise with."""

        session: PracticeSession

    @dataclass
    class Failed(Message):
        """The chosen scenario could not be opened (a broken file, the journal)."""

        error: str

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(INTRO, id="practice-intro", markup=False)
        yield OptionList(*self._options(), id="scenarios")
        yield Static("", id="practice-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "practise listening"

    def _options(self) -> list[Option | None]:
        from mirrorbot import resources
        from mirrorbot.tui import scriptinfo

        options: list[Option | None] = []
        # The practice core's folder name, without importing it (jinja2) yet.
        for name, path in sorted(resources.catalogue("scenarios").items()):
            info = scriptinfo.describe(name, path)
            if not info.readable:
                entry = scenario_entry(name, "(this scenario has a problem)")
                options.append(Option(entry, id=f"scenario:{name}", disabled=True))
                continue
            options.append(
                Option(scenario_entry(info.title, info.description), id=f"scenario:{name}")
            )
        options.append(None)
        options.append(Option(Content.assemble(HISTORY, ("  h", "dim italic")), id="history"))
        return options

    @on(OptionList.OptionSelected, "#scenarios")
    def choose(self, event: OptionList.OptionSelected) -> None:
        choice = event.option.id or ""
        if choice == "history":
            self.action_history()
        elif choice.startswith("scenario:"):
            self.start(choice.removeprefix("scenario:"))

    def start(self, name: str) -> None:
        """Open ``name``, after asking (naming the host) if practice would
        send the learner's replies to a model on another computer."""

        def then(remote_ok: bool | None) -> None:
            self.query_one("#practice-status", Static).update(OPENING)
            self._open(name, remote_ok)

        mirror_app(self).ask_about_remote_model(then, purpose="practice")

    @work(thread=True, exclusive=True, group="practice-open")
    def _open(self, name: str, remote_ok: bool | None = None) -> None:
        from mirrorbot import safety
        from mirrorbot.errors import PromptError
        from mirrorbot.journal.store import JournalError
        from mirrorbot.practice import models, scenario
        from mirrorbot.practice.loop import open_practice

        app = mirror_app(self)
        cfg = app.config
        seed = app.seed if app.seed is not None else cfg.seed
        save = cfg.save if app.save is None else app.save
        # No (False): scripted only; yes (True): this practice may use the
        # remote host; None: nothing was asked, as configured.
        speaker, coach = (
            models.open_models(cfg, remote_ok=bool(remote_ok))
            if remote_ok is not False
            else (None, None)
        )
        try:
            session = open_practice(
                scenario.load(name),
                seed=seed,
                save=save,
                country=safety.resolve_country(cfg.country, os.environ),
                speaker=speaker,
                coach=coach,
            )
        except (PromptError, JournalError, OSError) as exc:
            self.post_message(self.Failed(str(exc)))
            return
        self.post_message(self.Opened(session))

    @on(Opened)
    def opened(self, event: Opened) -> None:
        from mirrorbot.tui.screens.practice import PracticeScreen

        self.query_one("#practice-status", Static).update("")
        self.app.push_screen(PracticeScreen(event.session))

    @on(Failed)
    def failed(self, event: Failed) -> None:
        self.query_one("#practice-status", Static).update("")
        mirror_app(self).quiet(f"That scenario cannot be used: {event.error}", severity="error")

    def action_history(self) -> None:
        from mirrorbot.tui.screens.practice_history import PracticeHistoryScreen

        self.app.push_screen(PracticeHistoryScreen())

    def action_back(self) -> None:
        self.dismiss()
