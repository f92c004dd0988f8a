"""How practice has gone across sessions: one row per past practice in the
journal, then the trend of each measure from the earliest sessions to the
latest, against the fair/good thresholds (the same numbers as ``mirrorbot
practice --history``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import DataTable, Footer, Header, Static

from mirrorbot.display import printable
from mirrorbot.practice.history import show_percent, show_ratio
from mirrorbot.tui.app import mirror_app
from mirrorbot.tui.screens.practice_summary import INDENT, RATING_STYLES

if TYPE_CHECKING:
    from mirrorbot.practice.history import Past

NAMES = {
    "ratio": "reflections : questions",
    "complex": "complex reflections",
    "open": "open questions",
}
RATINGS = {"good": "good", "fair": "fair", "below": "below fair", "unknown": "-"}
NONE_YET = "No practice sessions in the journal yet. Choose a scenario to begin."
ONE_SO_FAR = "One session so far: practise again to see a trend."


def trend_content(sessions: list[Past]) -> Content:
    """Each measure: earliest -> latest, its rating and the thresholds."""
    from mirrorbot.practice import history
    from mirrorbot.practice.summary import THRESHOLDS

    parts: list[tuple[str, str] | str] = []
    for t in history.trend(sessions):
        show = show_ratio if t.name == "ratio" else show_percent
        fair, good = THRESHOLDS[t.name]
        target = (
            f"fair {fair:g} : 1, good {good:g} : 1"
            if t.name == "ratio"
            else f"fair {fair:.0%}, good {good:.0%}"
        )
        parts += [
            f"{NAMES[t.name]:<25}{show(t.before):>9} → {show(t.after):<10}",
            (RATINGS.get(t.rating, "-"), RATING_STYLES.get(t.rating, "")),
            "\n",
            (f"{INDENT * 25}aim: {target}", "dim"),
            "\n",
        ]
    return Content.assemble(*parts)


class PracticeHistoryScreen(Screen[None]):
    """Past practice sessions (oldest first) and the trend."""

    AUTO_FOCUS = "#practice-sessions"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="back"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        yield VerticalScroll(id="practice-history")
        yield Footer()

    def on_mount(self) -> None:
        from mirrorbot.journal.store import JournalError
        from mirrorbot.practice import history

        self.sub_title = "practice history"
        body = self.query_one("#practice-history", VerticalScroll)
        try:
            sessions = history.past(mirror_app(self).journal())
        except JournalError as exc:
            body.mount(
                Static(Content(printable(f"The journal cannot be read: {exc}")), markup=False)
            )
            return
        body.mount_all(self._widgets(sessions))

    def _widgets(self, sessions: list[Past]) -> list[Widget]:
        from mirrorbot.journal.store import parse_iso

        if not sessions:
            return [Static(NONE_YET, classes="dim", markup=False)]
        widgets: list[Widget] = [
            Static(f"Sessions, oldest first ({len(sessions)})", classes="section", markup=False)
        ]
        table: DataTable[Text] = DataTable(
            id="practice-sessions", cursor_type="row", zebra_stripes=True
        )
        table.add_columns("date", "scenario", "refl : q", "complex", "open q", "blocks", "layers")
        for p in sessions:
            s = p.summary
            layers = f"{s.reached}/{s.total}" + (" ✓" if s.completed else "")
            cells = (
                parse_iso(p.started).astimezone().strftime("%d %b %H:%M"),
                printable(p.scenario),  # a file name a person chose: never markup
                show_ratio(s.measure("ratio").value),
                show_percent(s.measure("complex").value),
                show_percent(s.measure("open").value),
                str(sum(c for _, c in s.roadblocks)),
                layers,
            )
            table.add_row(*(Text(cell) for cell in cells))
        widgets.append(table)
        widgets.append(
            Static("Trend (earliest sessions → latest)", classes="section", markup=False)
        )
        if len(sessions) < 2:
            widgets.append(Static(ONE_SO_FAR, classes="dim", markup=False))
        else:
            widgets.append(Static(trend_content(sessions), markup=False))
        return widgets

    def action_back(self) -> None:
        self.dismiss()
