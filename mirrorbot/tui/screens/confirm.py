"""Ask before something that cannot be undone."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from mirrorbot.display import printable


class ConfirmScreen(ModalScreen[bool]):
    """A question, a button that does it and one that keeps things (focused first)."""

    AUTO_FOCUS = "#keep"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "keep", "Keep", id="back"),
    ]

    def __init__(
        self, question: str, detail: str, *, yes: str = "Delete", no: str = "Keep"
    ) -> None:
        super().__init__()
        self.question, self.detail, self.yes, self.no = question, detail, yes, no

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm", classes="dialog"):
            yield Static(self.question, classes="dialog-title", markup=False)
            # The detail may quote a title made from the person's words.
            yield Static(Content(printable(self.detail)), id="confirm-detail", markup=False)
            with Horizontal(classes="buttons"):
                yield Button(self.no, id="keep", variant="primary", compact=True)
                yield Button(self.yes, id="yes", variant="error", compact=True)

    @on(Button.Pressed, "#yes")
    def action_yes(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#keep")
    def action_keep(self) -> None:
        self.dismiss(False)
