"""The Textual app: for now, one chat screen running a ``Session``."""

from __future__ import annotations

from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen

from mirrorbot.config import Config
from mirrorbot.session import Session, open_session
from mirrorbot.tui.screens.chat import ChatScreen

FALLBACK_THEME = "textual-dark"


class MirrorApp(App[None]):
    """mirrorbot in the terminal."""

    TITLE = "mirrorbot"
    SUB_TITLE = "a reflective listener"
    CSS_PATH = "app.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", id="quit", priority=True),
    ]

    def __init__(self, session: Session, *, theme: str = FALLBACK_THEME) -> None:
        super().__init__()
        self.session = session
        self.requested_theme = theme

    def on_mount(self) -> None:
        # An unknown theme name (a typo in config.toml) is not worth a crash.
        known = self.requested_theme in self.available_themes
        self.theme = self.requested_theme if known else FALLBACK_THEME

    def get_default_screen(self) -> Screen[None]:
        return ChatScreen(self.session)


def run(
    cfg: Config, seed: int | None = None, script: str | None = None, save: bool | None = None
) -> int:
    """Open the app until the person quits; the exit code for the command line."""
    session = open_session(cfg, seed=seed, script=script, save=save)
    try:
        app = MirrorApp(session, theme=cfg.theme)
        app.run()
    finally:
        session.close()
    return app.return_code or 0
