"""Choose how to export: Markdown or JSON Lines, one session or all, which folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, RadioButton, RadioSet, Static

from mirrorbot import paths


def default_folder() -> Path:
    """Where exports go unless the person types another folder."""
    return paths.data_dir() / "exports"


@dataclass(frozen=True)
class ExportRequest:
    fmt: str  # "md" or "jsonl"
    everything: bool
    folder: Path


class ExportScreen(ModalScreen[ExportRequest | None]):
    AUTO_FOCUS = "#format"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="back"),
    ]

    def __init__(self, *, one: bool = True) -> None:
        super().__init__()
        self.one = one  # a session is chosen; otherwise only "all" makes sense

    def compose(self) -> ComposeResult:
        with Vertical(id="export", classes="dialog"):
            yield Static("Export", classes="dialog-title", markup=False)
            with RadioSet(id="format"):
                yield RadioButton(
                    "Markdown (one file per session, for reading)", value=True, id="md"
                )
                yield RadioButton("JSON Lines (everything, can be imported again)", id="jsonl")
            yield Checkbox(
                "All sessions", value=not self.one, id="everything", disabled=not self.one
            )
            yield Static("Folder:", markup=False)
            yield Input(str(default_folder()), id="folder")
            with Horizontal(classes="buttons"):
                yield Button("Export", id="go", variant="primary", compact=True)
                yield Button("Cancel", id="cancel", compact=True)

    @on(Input.Submitted, "#folder")
    @on(Button.Pressed, "#go")
    def go(self) -> None:
        chosen = self.query_one("#format", RadioSet).pressed_button
        fmt = chosen.id if chosen is not None and chosen.id else "md"
        folder = self.query_one("#folder", Input).value.strip() or str(default_folder())
        everything = self.query_one("#everything", Checkbox).value
        self.dismiss(ExportRequest(fmt, everything, Path(folder).expanduser()))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
