"""The first run: what mirrorbot is and is not, once, before anything else."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

HEADING = "Before you start"
AGREE = "I understand"
LATER = "This is shown once. F1 shows it again, with the keys."


class DisclaimerScreen(ModalScreen[None]):
    """The safety disclaimer (from prompts/safety), dismissed with Enter."""

    AUTO_FOCUS = "#agree"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "agree", "Close", id="back", show=False),
    ]

    def compose(self) -> ComposeResult:
        from mirrorbot import safety

        with Vertical(id="disclaimer", classes="dialog"):
            yield Static(HEADING, classes="dialog-title", markup=False)
            yield Static(Content(safety.disclaimer()), id="disclaimer-text", markup=False)
            yield Static(LATER, classes="dim", markup=False)
            yield Button(AGREE, id="agree", variant="primary", compact=True)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss()

    def action_agree(self) -> None:
        self.dismiss()
