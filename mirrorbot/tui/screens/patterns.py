"""Patterns across sessions: feelings by week and family, top topics, check-ins.

The numbers come from ``journal.stats`` (the same as ``mirrorbot journal
stats``); here they are drawn: a sparkline per feeling family across the
weeks, bars for topics and check-in averages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Header, Label, ProgressBar, Sparkline, Static

from mirrorbot.display import printable
from mirrorbot.tui.app import mirror_app

if TYPE_CHECKING:
    from mirrorbot.journal.stats import Stats

WEEKS = 8
RATING_NAMES = {
    "heard": "felt heard",
    "wanted_topics": "my topics",
    "approach": "approach suited",
    "overall": "overall",
}


def family_rows(stats: Stats) -> list[tuple[str, list[float]]]:
    """Each family named in the window with its count per week, oldest week first.

    (``stats`` keeps each week's most-named families, so a family's quieter
    weeks may show as 0.)"""
    weeks = list(reversed(stats.weeks))
    families: dict[str, list[float]] = {}
    for n, week in enumerate(weeks):
        for family, count in week.families:
            families.setdefault(family, [0.0] * len(weeks))[n] = float(count)
    return sorted(families.items(), key=lambda item: (-sum(item[1]), item[0]))


def _row(name: str, *widgets: Widget, value: str) -> Horizontal:
    return Horizontal(
        Label(Content(printable(name)), classes="row-name"),
        *widgets,
        Label(Content(value), classes="row-value"),
        classes="pattern-row",
    )


class PatternsScreen(Screen[None]):
    AUTO_FOCUS = "#patterns"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="back"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        yield VerticalScroll(id="patterns")
        yield Footer()

    def on_mount(self) -> None:
        from mirrorbot.journal import stats as stats_module
        from mirrorbot.journal.store import JournalError

        self.sub_title = "patterns"
        app = mirror_app(self)
        body = self.query_one("#patterns", VerticalScroll)
        try:
            stats = stats_module.compute(app.journal(), weeks=WEEKS, today=app.clock().date())
        except JournalError as exc:
            body.mount(
                Static(Content(printable(f"The journal cannot be read: {exc}")), markup=False)
            )
            return
        body.mount_all(self._widgets(stats))

    def _widgets(self, stats: Stats) -> list[Widget]:
        if not stats.sessions:
            return [
                Static("No sessions yet. Patterns appear after a few conversations.", markup=False)
            ]
        first, last = stats.weeks[-1].start, stats.weeks[0].start
        widgets: list[Widget] = [
            Static(
                f"{stats.sessions} session{'s' if stats.sessions != 1 else ''} on"
                f" {stats.days_all} day{'s' if stats.days_all != 1 else ''};"
                f" longest run {stats.longest_run} day{'s' if stats.longest_run != 1 else ''}.",
                markup=False,
            ),
            Static(
                f"Feelings by week, weeks of {first:%d %b} to {last:%d %b} (oldest on the left)",
                classes="section",
                markup=False,
            ),
        ]
        rows = family_rows(stats)
        for family, counts in rows:
            widgets.append(
                _row(family, Sparkline(counts, classes="weeks"), value=f"{int(sum(counts))}")
            )
        if not rows:
            widgets.append(Static("No feelings named in these weeks.", classes="dim", markup=False))
        sessions = [float(w.sessions) for w in reversed(stats.weeks)]
        widgets.append(
            _row("sessions", Sparkline(sessions, classes="weeks"), value=f"{int(sum(sessions))}")
        )

        widgets.append(
            Static(f"Top topics (sessions, last {WEEKS} weeks)", classes="section", markup=False)
        )
        most = max((n for _, n in stats.topics), default=1)
        # Ties in a stable order (the counts come from sets, whose order varies by run).
        for word, count in sorted(stats.topics, key=lambda t: (-t[1], t[0])):
            bar = ProgressBar(total=most, show_eta=False, show_percentage=False, classes="bar")
            bar.progress = count
            widgets.append(_row(word, bar, value=str(count)))
        if not stats.topics:
            widgets.append(Static("(none yet)", classes="dim", markup=False))

        widgets.append(
            Static("Check-in averages (0-10, all time)", classes="section", markup=False)
        )
        for key, name in RATING_NAMES.items():
            average = stats.checkin_all.get(key)
            bar = ProgressBar(total=10, show_eta=False, show_percentage=False, classes="bar")
            if average is not None:
                bar.progress = average[0]
            shown = f"{average[0]:.1f} ({average[1]})" if average else "-"
            widgets.append(_row(name, bar, value=shown))
        return widgets

    def action_back(self) -> None:
        self.dismiss()
