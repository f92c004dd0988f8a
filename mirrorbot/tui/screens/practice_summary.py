"""The end of a practice: the measures against the fair/good thresholds,
roadblocks, layers reached, the replies that worked best, and where the
practice is in the journal. Shown in a dialog, then kept in the transcript.

The numbers and labels are the practice core's (``summary.tally`` and
practice.toml), the same as plain mode; only the layout is the app's: each
threshold sits on its own line under its measure so nothing wraps at 80
columns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from mirrorbot.display import printable

if TYPE_CHECKING:
    from mirrorbot.practice.summary import Summary
    from mirrorbot.practice.wording import Wording

INDENT = " "
# How a rating looks: the word is always there, so colour only helps.
RATING_STYLES = {
    "good": "bold $success",
    "fair": "bold $warning",
    "below": "bold $error",
    "unknown": "italic",
}


def saved_line(session_id: int | None) -> str:
    """Where the practice was kept (the journal screen, not the command line)."""
    if session_id is None:
        return "Not saved: saving is off for this practice."
    return f"Kept in your journal as session {session_id} (F2 opens the journal; mode: practice)."


def summary_content(summary: Summary, words: Wording, saved: str) -> Content:
    """The summary as plain lines; ratings coloured by how they stand."""
    say = words.say
    if not summary.replies:
        return Content.assemble(printable(say("text", "nothing")), "\n\n", printable(saved))
    names = [say("summary", m.name) for m in summary.measures]
    names += [say("summary", "roadblocks"), say("summary", "layers")]
    width = max(len(n) for n in names) + 2
    shown = max(len(m.shown) for m in summary.measures) + 2
    parts: list[tuple[str, str] | str] = []
    for measure in summary.measures:
        rating = say("summary", measure.rating) or measure.rating
        parts += [
            f"{say('summary', measure.name):<{width}}{measure.shown:<{shown}}",
            (rating, RATING_STYLES.get(measure.rating, "")),
            "\n",
            (f"{INDENT * width}aim: {measure.thresholds}", "dim"),
            "\n",
        ]
    blocks = ", ".join(f"{n.replace('_', ' ')} {c}" for n, c in summary.roadblocks)
    parts += [
        f"{say('summary', 'roadblocks'):<{width}}",
        (blocks, "$warning") if blocks else say("summary", "none"),
        "\n",
    ]
    key = "layers_all" if summary.completed else "layers_some"
    layers = say("summary", key, reached=summary.reached, total=summary.total)
    parts += [f"{say('summary', 'layers'):<{width}}{layers}", "\n"]
    if summary.best:
        parts += ["\n", (say("summary", "best"), "bold"), "\n"]
        for number, reply in enumerate(summary.best, start=1):
            kind = say("labels", reply.kind) or reply.kind.replace("_", " ")
            verdict = say("labels", reply.verdict) or reply.verdict
            parts += [
                f'{number}. "{printable(reply.text)}" ',
                (f"({kind}, {verdict})", "dim"),
                "\n",
            ]
    parts += ["\n", printable(saved)]
    return Content.assemble(*parts)


class PracticeSummaryScreen(ModalScreen[None]):
    """The summary in a dialog; the arrows scroll it, Enter or Escape closes it."""

    AUTO_FOCUS = "#summary-body"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="back"),
        Binding("enter", "close", "Close", id="summary-close", show=False),
    ]

    def __init__(self, title: str, body: Content) -> None:
        super().__init__()
        self.heading = title
        self.body = body

    def compose(self) -> ComposeResult:
        # The heading rides on the frame: at 80x24 every row is wanted for the summary.
        with Vertical(id="practice-summary", classes="dialog") as dialog:
            dialog.border_title = printable(self.heading)
            with VerticalScroll(id="summary-body"):
                yield Static(self.body, markup=False)
            with Horizontal(classes="buttons"):
                yield Button("Close", id="summary-close", variant="primary", compact=True)

    def on_button_pressed(self, _: Button.Pressed) -> None:
        self.dismiss()

    def action_close(self) -> None:
        self.dismiss()
