"""Settings: the theme, and where mirrorbot keeps things.

A theme picked here is remembered (in the UI state file) and wins over
config.toml's ``ui.theme`` until "as in config.toml" is picked.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from mirrorbot.tui.app import mirror_app

FOLLOW = "follow-config"


class SettingsScreen(Screen[None]):
    AUTO_FOCUS = "#themes"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="back"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Theme (Enter applies it and remembers it)", classes="section", markup=False)
        yield OptionList(*self._themes(), id="themes")
        yield Static("Where things live", classes="section", markup=False)
        yield Static(Content(self._places()), id="places", markup=False)
        yield Footer()

    def _themes(self) -> list[Option]:
        app = mirror_app(self)
        names = sorted(app.available_themes, key=lambda n: (not n.startswith("mirrorbot"), n))
        current = app.ui_state.theme
        options = [Option(Content(f"as in config.toml ({app.config.theme})" + (
            "  ✓" if current is None else "")), id=FOLLOW)]  # fmt: skip
        options += [Option(Content(n + ("  ✓" if n == current else "")), id=n) for n in names]
        return options

    def _places(self) -> str:
        from mirrorbot import paths
        from mirrorbot.journal.store import default_path
        from mirrorbot.state import state_path
        from mirrorbot.tui.screens.export import default_folder

        config_file = paths.user_config_file()
        exists = "" if config_file.is_file() else " (not created yet; defaults in force)"
        app = mirror_app(self)
        saving = "on" if app.config.save and app.save is not False else "off"
        return "\n".join(
            [
                f"Your config:   {config_file}{exists}",
                f"Journal:       {default_path()} (saving {saving})",
                f"Exports:       {default_folder()}",
                f"App memory:    {state_path()}",
                "Keys are remapped in the [keys] section of your config; F1 lists them.",
                "MIRRORBOT_HOME moves all of these to one folder.",
            ]
        )

    def on_mount(self) -> None:
        self.sub_title = "settings"

    @on(OptionList.OptionSelected, "#themes")
    def choose(self, event: OptionList.OptionSelected) -> None:
        app = mirror_app(self)
        if event.option.id == FOLLOW:
            app.follow_config_theme()
        elif event.option.id:
            app.pick_theme(event.option.id)
        menu = self.query_one("#themes", OptionList)
        highlighted = menu.highlighted
        menu.clear_options()
        menu.add_options(self._themes())
        menu.highlighted = highlighted

    def action_back(self) -> None:
        self.dismiss()
