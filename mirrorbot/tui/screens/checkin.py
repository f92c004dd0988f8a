"""The closing check-in: four ratings from 0 to 10, each skippable.

The wording comes from prompts/checkin.toml (the same as plain mode). Enter
moves to the next rating (an empty one is skipped); Enter on the last one
saves; Escape skips them all.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

Ratings = dict[str, int]


def parse_rating(text: str) -> int | str | None:
    """A rating 0-10, None for skipped, or the text back when it is neither."""
    text = text.strip()
    if not text:
        return None
    if text.isdigit() and 0 <= int(text) <= 10:
        return int(text)
    return text


class CheckinScreen(ModalScreen[Ratings | None]):
    """Returns the ratings given (maybe empty), or None when skipped."""

    AUTO_FOCUS = "Input"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "skip", "Skip", id="back"),
        # Enter is handled before the next key is delivered (a priority
        # binding), so "8 Enter 7" typed fast puts the 7 in the next rating.
        Binding("enter", "next_rating", show=False, priority=True),
    ]

    def compose(self) -> ComposeResult:
        from mirrorbot.dialogue import checkin

        texts = checkin.questions()
        self.retry_text = texts.retry
        with Vertical(id="checkin", classes="dialog"):
            yield Static(Content(texts.intro), classes="dialog-title", markup=False)
            for key, question in texts.items:
                with Horizontal(classes="rating"):
                    yield Label(Content(question), classes="question")
                    yield Input(
                        id=f"rate-{key}",
                        placeholder="0-10",
                        max_length=2,
                        restrict=r"[0-9]*",
                        classes="score",
                        compact=True,
                    )
            yield Static("", id="retry", markup=False)
            with Horizontal(classes="buttons"):
                yield Button("Save", id="save", variant="primary", compact=True)
                yield Button("Skip", id="skip", compact=True)

    def ratings(self) -> Ratings | None:
        """The ratings typed so far; None (and a hint) if one is not 0-10."""
        found: Ratings = {}
        for field in self.query(Input):
            value = parse_rating(field.value)
            if isinstance(value, str):
                self.query_one("#retry", Static).update(Content(self.retry_text))
                field.focus()
                return None
            if value is not None and field.id:
                found[field.id.removeprefix("rate-")] = value
        return found

    def action_next_rating(self) -> None:
        field = self.focused
        if isinstance(field, Button):
            field.press()
            return
        if not isinstance(field, Input):
            return
        if isinstance(parse_rating(field.value), str):
            self.query_one("#retry", Static).update(Content(self.retry_text))
            return
        self.query_one("#retry", Static).update("")
        fields = list(self.query(Input))
        position = fields.index(field)
        if position + 1 < len(fields):
            self.set_focus(fields[position + 1])
        else:
            # Saving at once would overtake the digit typed just before this
            # Enter, still queued for the field ("9 Enter" saved no 9): run it
            # from the field's own queue, after that digit.
            field.call_later(self.action_save)

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        found = self.ratings()
        if found is not None:
            self.dismiss(found)

    @on(Button.Pressed, "#skip")
    def action_skip(self) -> None:
        self.dismiss(None)
