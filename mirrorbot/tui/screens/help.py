"""Help: every key (as remapped in config), the /commands, plain mode, and
what mirrorbot is not. Built from the bindings themselves, so it cannot
drift from what the keys do."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from mirrorbot.tui.app import mirror_app

COMMANDS = (
    ("/summary", "hear back what you've said so far"),
    ("/script NAME", "switch to another kind of session"),
    ("/end", "close the session; a short check-in follows"),
    ("/help", "the commands, in the conversation"),
)
PLAIN = (
    "mirrorbot --plain runs the same conversation as plain lines of text: for screen "
    "readers, pipes and simple terminals. It uses no colour and no cursor movement at "
    "all, so NO_COLOR is always honoured. /quit or Ctrl+D leaves it."
)
EXTRA_KEYS = (
    ("Ctrl+P", "command palette: every action by name, and themes"),
    ("Tab / Shift+Tab", "move between parts of a screen"),
)


def _bindings_of(kind: type) -> list[Binding]:
    return [b for b in getattr(kind, "BINDINGS", []) if isinstance(b, Binding) and b.id]


def key_lines(
    groups: Iterable[tuple[str, Sequence[type]]],
    keymap: Mapping[str, str],
    show: Callable[[Binding], str],
) -> list[str]:
    """``  F2            Journal`` lines, one group after another."""
    lines: list[str] = []
    for title, kinds in groups:
        lines.append(title)
        seen: set[str] = set()
        for kind in kinds:
            for binding in _bindings_of(kind):
                if binding.id in seen:
                    continue
                seen.add(binding.id or "")
                keys = keymap.get(binding.id or "", binding.key)
                shown = " or ".join(
                    str(show(Binding(k.strip(), binding.action))) for k in keys.split(",")
                )
                lines.append(
                    f"  {shown:<18} {binding.description or binding.action}  [{binding.id}]"
                )
        lines.append("")
    return lines


class HelpScreen(Screen[None]):
    AUTO_FOCUS = "#help"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="back"),
    ]

    def compose(self) -> ComposeResult:
        from mirrorbot import paths, safety
        from mirrorbot.tui.app import MirrorApp
        from mirrorbot.tui.screens.chat import ChatScreen
        from mirrorbot.tui.screens.journal import JournalScreen
        from mirrorbot.tui.screens.practice import PracticeScreen
        from mirrorbot.tui.screens.practice_picker import PracticePickerScreen
        from mirrorbot.tui.screens.session_view import SessionViewScreen
        from mirrorbot.tui.widgets.composer import Composer

        app = mirror_app(self)
        groups: list[tuple[str, Sequence[type]]] = [
            ("Everywhere", [MirrorApp]),
            ("In a conversation", [Composer, ChatScreen]),
            ("In the journal", [JournalScreen, SessionViewScreen]),
            ("When practising", [PracticePickerScreen, PracticeScreen]),
        ]
        keys = key_lines(groups, app.config.keymap, app.get_key_display)
        keys[1:1] = [f"  {k:<18} {what}" for k, what in EXTRA_KEYS]
        commands = [f"  {name:<18} {what}" for name, what in COMMANDS]
        yield Header()
        with VerticalScroll(id="help"):
            yield Static("What mirrorbot is", classes="section", markup=False)
            yield Static(Content(safety.disclaimer()), markup=False)
            yield Static("Keys", classes="section", markup=False)
            yield Static(Content("\n".join(keys).rstrip()), markup=False)
            yield Static(
                Content(
                    "Remap any key in the [keys] section of "
                    f"{paths.user_config_file()} (binding id in brackets above)."
                ),
                classes="dim",
                markup=False,
            )
            yield Static("Commands in a conversation", classes="section", markup=False)
            yield Static(Content("\n".join(commands)), markup=False)
            yield Static("Plain mode", classes="section", markup=False)
            yield Static(PLAIN, markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "help"

    def action_back(self) -> None:
        self.dismiss()
