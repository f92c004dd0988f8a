"""The Textual app: a home screen, conversations, the journal and its patterns.

The app owns what outlives one screen: the config, the remembered UI state,
a read connection to the journal, the clock, and the conversation in
progress. Screens ask it for these and tell it where to go next; they never
reach into each other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, cast

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.dom import DOMNode
from textual.screen import Screen
from textual.theme import Theme

from mirrorbot import state
from mirrorbot.config import Config
from mirrorbot.tui.screens.home import HomeScreen
from mirrorbot.tui.themes import THEMES

if TYPE_CHECKING:
    from mirrorbot.journal.store import Journal, SessionRecord
    from mirrorbot.session import Session

FALLBACK_THEME = "textual-dark"
Clock = Callable[[], datetime]


def local_now() -> datetime:
    return datetime.now().astimezone()


class MirrorApp(App[None]):
    """mirrorbot in the terminal."""

    TITLE = "mirrorbot"
    SUB_TITLE = "a reflective listener"
    # Absolute, so a subclass defined anywhere (a benchmark, a test) finds it.
    CSS_PATH = Path(__file__).with_name("app.tcss")

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", id="quit", priority=True),
        Binding("f1,question_mark", "help", "Help", id="help"),
        Binding("f2", "journal", "Journal", id="journal", show=False),
        Binding("f3", "patterns", "Patterns", id="patterns", show=False),
        Binding("f4", "settings", "Settings", id="settings", show=False),
    ]

    def __init__(
        self,
        config: Config | None = None,
        *,
        session: Session | None = None,
        seed: int | None = None,
        script: str | None = None,
        save: bool | None = None,
        theme: str | None = None,
        clock: Clock = local_now,
    ) -> None:
        super().__init__()
        if config is None:
            from mirrorbot import config as config_module

            config = config_module.load()
        self.config = config
        self.seed, self.save = seed, save
        self.clock = clock
        self.ui_state = state.load()
        self.requested_theme = theme
        self._sessions: list[Session] = [session] if session is not None else []
        self._first_session = session
        self._first_script: str | None = None
        if session is None and script is not None:
            # A script named on the command line: straight into that conversation
            # (once the app runs, if a remote model must be asked about first).
            if self.remote_model_host() is None:
                self._first_session = self.new_session(script)
            else:
                self._first_script = script
        self._journal: Journal | None = None
        self._theme_follows_config = False
        for extra in THEMES:
            self.register_theme(extra)

    # -- start-up ---------------------------------------------------------

    def get_default_screen(self) -> Screen[None]:
        return HomeScreen()

    def on_mount(self) -> None:
        self._apply_theme()
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        if self.config.keymap:
            self.set_keymap(self.config.keymap)
        if self._first_session is not None:
            self.open_conversation(self._first_session)
        elif self._first_script is not None:
            self._start_after_asking(self._first_script)
        # The conversation's layers (safety patterns, scripts, jinja2) load
        # after the first screen is drawn, while the person reads it.
        self.call_after_refresh(self._warm_up)
        if not self.ui_state.disclaimer_seen:
            from mirrorbot.tui.screens.disclaimer import DisclaimerScreen

            self.push_screen(DisclaimerScreen(), callback=self._disclaimer_seen)

    def _warm_up(self) -> None:
        def load() -> None:
            import mirrorbot.session
            import mirrorbot.tui.screens.chat  # noqa: F401

        self.run_worker(load, thread=True, group="warm-up", exit_on_error=False)

    def _apply_theme(self) -> None:
        # An unknown theme name (a typo in config.toml) is not worth a crash.
        wanted = self.requested_theme or self.ui_state.theme or self.config.theme
        if wanted not in self.available_themes:
            wanted = self.config.theme
        self.theme = wanted if wanted in self.available_themes else FALLBACK_THEME

    def _disclaimer_seen(self, _: object = None) -> None:
        self.ui_state.disclaimer_seen = True
        self._save_state()

    def _save_state(self) -> None:
        try:
            state.save(self.ui_state)
        except OSError as exc:
            self.quiet(f"Could not remember this for next time ({exc.strerror or exc}).")

    def _remember_theme(self, theme: Theme) -> None:
        """A theme picked in the app (Settings, the palette) is kept for next time."""
        if self._theme_follows_config:
            self._theme_follows_config = False
            return
        if theme.name != self.ui_state.theme:
            self.ui_state.theme = theme.name
            self._save_state()

    def pick_theme(self, name: str) -> None:
        """Use ``name`` now and next time."""
        self.ui_state.theme = name
        self._save_state()
        self.theme = name

    def follow_config_theme(self) -> None:
        """Forget the picked theme: config.toml's ``ui.theme`` applies again."""
        self.ui_state.theme = None
        self._save_state()
        wanted = self.config.theme if self.config.theme in self.available_themes else FALLBACK_THEME
        if wanted != self.theme:
            self._theme_follows_config = True
            self.theme = wanted

    # -- things screens ask for ---------------------------------------------

    def quiet(self, text: str, *, severity: str = "information") -> None:
        """A quiet note in the corner; never markup (it may hold a path or a person's words)."""
        level = severity if severity in ("information", "warning", "error") else "information"
        self.notify(text, severity=level, markup=False)  # type: ignore[arg-type]

    def journal(self) -> Journal:
        """The journal, opened on first use. Raises ``JournalError``."""
        if self._journal is None:
            from mirrorbot.journal.store import Journal

            self._journal = Journal.open()
        return self._journal

    def new_session(self, script: str | None = None, *, remote_ok: bool | None = None) -> Session:
        """A conversation. ``remote_ok`` is the person's answer about a
        remote model (see ``remote_model_host``): True builds the model hook
        allowed to reach that host, for this conversation only; False means
        the scripted listener only; None: as configured."""
        from mirrorbot.session import open_session

        model = None
        if remote_ok:
            from mirrorbot.llm.hook import ModelHook

            model = ModelHook.from_config(self.config, use="journal", remote_ok=True)
        session = open_session(
            self.config,
            seed=self.seed,
            script=script,
            save=self.save,
            model=model,
            llm=remote_ok is not False,
        )
        self._sessions.append(session)
        return session

    def remote_model_host(self, purpose: str = "conversation") -> str | None:
        """The host a conversation (or, with ``purpose="practice"``, a
        practice) would send the person's words to, when that needs their
        yes first: the model is on for it, its server is not this computer
        and ``allow_remote`` is not set. None: nothing to ask (the model is
        off, local, or allowed)."""
        if not self.config.values["llm"]["enabled"]:
            return None  # nothing from the llm package is even imported
        if purpose == "practice":
            from mirrorbot.practice import models

            return models.remote_host(self.config)
        from mirrorbot.llm.config import LLMSettings

        settings = LLMSettings.from_config(self.config)
        return settings.unallowed_host if settings.usable_for("journal") else None

    def ask_about_remote_model(
        self, then: Callable[[bool | None], None], *, purpose: str = "conversation"
    ) -> None:
        """Ask (naming the host) before a conversation or a practice
        (``purpose``) may use a remote model, then call ``then`` with the
        answer; at once with None when there is nothing to ask."""
        host = self.remote_model_host(purpose)
        if host is None:
            then(None)
            return
        from mirrorbot.tui.screens.confirm import ConfirmScreen

        if purpose == "practice":
            sent = "your replies in this practice there, to word the speaker's lines and the tips"
            kept, no = "the scripted speaker and tips", "No, keep practice scripted"
        else:
            sent = "what you write in this conversation there"
            kept, no = "the scripted listener", "No, use the scripted listener"
        detail = (
            f"The language model in your settings runs on {host}, not on this computer. "
            f"Yes sends {sent} (crisis messages never); no keeps everything here with {kept}. "
            "To stop being asked, set allow_remote = true in [llm]."
        )
        dialog = ConfirmScreen(
            f"Send what you write to {host}?", detail, yes="Yes, for this session", no=no
        )
        self.push_screen(dialog, callback=lambda yes: then(bool(yes)))

    def _start_after_asking(self, script: str | None) -> None:
        def start(remote_ok: bool | None) -> None:
            from mirrorbot.errors import PromptError

            try:
                session = self.new_session(script, remote_ok=remote_ok)
            except PromptError as exc:
                self.quiet(f"That script cannot be used: {exc}", severity="error")
                return
            self.open_conversation(session)

        self.ask_about_remote_model(start)

    def close_sessions(self) -> None:
        """Let go of every conversation's journal (their turns are already saved)."""
        for session in self._sessions:
            session.close()
        self._sessions.clear()

    def today_session(self) -> SessionRecord | None:
        """Today's most recent journal session, if there is one (see ``continue_today``)."""
        from mirrorbot.journal.store import JournalError

        if self.save is False or not self.config.save:
            return None
        try:
            found = self.journal().sessions(since=self.clock().date(), mode="journal", limit=1)
        except JournalError:
            return None
        return found[0] if found else None

    def open_conversation(self, session: Session, earlier: SessionRecord | None = None) -> None:
        from mirrorbot.tui.screens.chat import ChatScreen

        self.push_screen(ChatScreen(session, show_heard=self.config.what_i_heard, earlier=earlier))

    async def start_conversation(self, script: str | None = None) -> None:
        """A new conversation with ``script`` (the configured one by default)."""
        await self._back_home()
        self._start_after_asking(script)

    async def continue_today(self) -> None:
        """Continue today's session: its earlier turns are shown and new turns
        are added to the same journal entry. The listener starts afresh (it
        does not remember the earlier part for its reflections or summary)."""
        record = self.today_session()
        if record is None or record.id is None:
            self.quiet("There is no session from today to continue.")
            return
        await self._back_home()
        entry = record.id

        def resume(remote_ok: bool | None) -> None:
            from mirrorbot.errors import PromptError
            from mirrorbot.journal.store import JournalError

            try:
                full = self.journal().session(entry)
                session = self.new_session(record.script or None, remote_ok=remote_ok)
            except (PromptError, JournalError) as exc:
                self.quiet(f"Could not continue that session: {exc}", severity="error")
                return
            if session.recorder is not None:
                # Turns from now on join the same journal entry.
                session.recorder.resume(entry)
            self.open_conversation(session, earlier=full)

        self.ask_about_remote_model(resume)

    async def _back_home(self) -> None:
        while len(self.screen_stack) > 1 and not isinstance(self.screen, HomeScreen):
            await self.pop_screen()

    # -- actions ---------------------------------------------------------------

    def _on_top(self, kind: type[Screen[None]]) -> bool:
        return isinstance(self.screen, kind)

    def action_help(self) -> None:
        from mirrorbot.tui.screens.help import HelpScreen

        if not self._on_top(HelpScreen):
            self.push_screen(HelpScreen())

    def action_journal(self) -> None:
        from mirrorbot.tui.screens.journal import JournalScreen

        if not self._on_top(JournalScreen):
            self.push_screen(JournalScreen())

    def action_patterns(self) -> None:
        from mirrorbot.tui.screens.patterns import PatternsScreen

        if not self._on_top(PatternsScreen):
            self.push_screen(PatternsScreen())

    def action_settings(self) -> None:
        from mirrorbot.tui.screens.settings import SettingsScreen

        if not self._on_top(SettingsScreen):
            self.push_screen(SettingsScreen())

    def action_practise(self) -> None:
        from mirrorbot.tui.screens.practice_picker import PracticePickerScreen

        if not self._on_top(PracticePickerScreen):
            self.push_screen(PracticePickerScreen())

    async def action_home(self) -> None:
        await self._back_home()

    async def action_new_session(self, script: str = "") -> None:
        await self.start_conversation(script or None)

    async def action_continue_today(self) -> None:
        await self.continue_today()

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        from mirrorbot.tui import scriptinfo

        yield SystemCommand("New session", "Start a conversation", self.action_new_session)
        for name in sorted(scriptinfo.available()):
            yield SystemCommand(
                f"New session: {name}",
                f"Start a conversation with the {name} script",
                lambda name=name: self.run_worker(self.start_conversation(name)),
                discover=False,
            )
        if self.today_session() is not None:
            yield SystemCommand(
                "Continue today's session", "Add to today's journal entry", self.continue_today
            )
        yield SystemCommand(
            "Practise listening", "Reflect a speaker's words; a tip after each reply",
            self.action_practise,
        )  # fmt: skip
        yield SystemCommand(
            "Journal", "Your past sessions: search, read, export", self.action_journal
        )
        yield SystemCommand(
            "Patterns", "Feelings over time, topics, check-ins", self.action_patterns
        )
        yield SystemCommand("Settings", "Theme, and where things are kept", self.action_settings)
        yield SystemCommand("Help", "Keys, commands, and what mirrorbot is not", self.action_help)
        yield SystemCommand("Home", "Back to the home screen", self.action_home)
        yield from getattr(screen, "system_commands", lambda: ())()

    def on_unmount(self) -> None:
        self.close_sessions()
        if self._journal is not None:
            self._journal.close()
            self._journal = None


def mirror_app(node: DOMNode) -> MirrorApp:
    """The running app, typed (screens and widgets ask it for shared things)."""
    return cast(MirrorApp, node.app)


def run(
    cfg: Config, seed: int | None = None, script: str | None = None, save: bool | None = None
) -> int:
    """Open the app until the person quits; the exit code for the command line."""
    app = MirrorApp(cfg, seed=seed, script=script, save=save)
    try:
        app.run()
    finally:
        app.close_sessions()
    return app.return_code or 0
