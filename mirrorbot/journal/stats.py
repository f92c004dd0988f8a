"""Patterns across sessions, as plain-text tables.

- **Feelings by week**: for each of the last N weeks (local time, ISO weeks)
  the sessions, the feelings named most (families, denied ones left out) and
  the average "overall" check-in.
- **Top topics**: the content words (see :mod:`titles`) that came up in the
  most sessions of those weeks.
- **Days journaled**: distinct local dates with a session, all time and in
  the window, and the longest run of consecutive days.
- **Check-in averages**: each of the four ratings, all time and in the window.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from mirrorbot.journal.export import RATING_LABELS, local
from mirrorbot.journal.store import RATINGS, Journal, local_midnight_utc
from mirrorbot.journal.titles import topic_words

TOP_FAMILIES = 4
TOP_TOPICS = 10


@dataclass(frozen=True)
class Week:
    start: date  # the Monday
    sessions: int
    families: tuple[tuple[str, int], ...]
    overall: float | None


@dataclass(frozen=True)
class Stats:
    weeks_asked: int
    sessions: int
    weeks: tuple[Week, ...]
    topics: tuple[tuple[str, int], ...]
    days_all: int
    days_window: int
    longest_run: int
    first: date | None
    last: date | None
    checkin_all: dict[str, tuple[float, int]] = field(default_factory=dict)
    checkin_window: dict[str, tuple[float, int]] = field(default_factory=dict)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def compute(journal: Journal, *, weeks: int = 8, today: date | None = None) -> Stats:
    today = today or datetime.now().astimezone().date()
    window_start = _monday(today) - timedelta(weeks=weeks - 1)
    cutoff = local_midnight_utc(window_start)
    db = journal.db
    with journal.snapshot():
        days: set[date] = set()
        total = 0
        for (started,) in db.execute("SELECT started FROM sessions"):
            days.add(local(started).date())
            total += 1
        window: dict[int, date] = {}
        overall: dict[date, list[int]] = defaultdict(list)
        for sid, started, score in db.execute(
            "SELECT id, started, overall FROM sessions WHERE started >= ?", (cutoff,)
        ):
            week = _monday(local(started).date())
            window[sid] = week
            if score is not None:
                overall[week].append(score)
        by_week: dict[date, Counter[str]] = defaultdict(Counter)
        for sid, family, count in db.execute(
            "SELECT f.session, f.family, f.count FROM session_feelings AS f"
            " JOIN sessions AS s ON s.id = f.session WHERE s.started >= ?",
            (cutoff,),
        ):
            by_week[window[sid]][family] += count
        topics: Counter[str] = Counter()
        seen: dict[int, set[str]] = defaultdict(set)
        for sid, text, feelings in db.execute(
            "SELECT t.session, t.text, t.feelings FROM turns AS t"
            " JOIN sessions AS s ON s.id = t.session"
            " WHERE s.started >= ? AND t.speaker = 'person'",
            (cutoff,),
        ):
            seen[sid].update(topic_words(text, feeling_words(feelings)))
        for words in seen.values():
            topics.update(words)
        checkin_all = _averages(db.execute(f"SELECT {', '.join(RATINGS)} FROM sessions"))
        checkin_window = _averages(
            db.execute(f"SELECT {', '.join(RATINGS)} FROM sessions WHERE started >= ?", (cutoff,))
        )
    counts = Counter(window.values())
    week_rows = []
    for n in range(weeks):
        start = window_start + timedelta(weeks=n)
        scores = overall.get(start, [])
        week_rows.append(
            Week(
                start=start,
                sessions=counts.get(start, 0),
                families=tuple(by_week[start].most_common(TOP_FAMILIES)),
                overall=sum(scores) / len(scores) if scores else None,
            )
        )
    ordered = sorted(days)
    return Stats(
        weeks_asked=weeks,
        sessions=total,
        weeks=tuple(reversed(week_rows)),
        topics=tuple(topics.most_common(TOP_TOPICS)),
        days_all=len(days),
        days_window=sum(1 for d in days if d >= window_start),
        longest_run=_longest_run(ordered),
        first=ordered[0] if ordered else None,
        last=ordered[-1] if ordered else None,
        checkin_all=checkin_all,
        checkin_window=checkin_window,
    )


def feeling_words(feelings_json: str) -> set[str]:
    """The words of the feelings found in a turn, left out of its topics."""
    try:
        feelings = json.loads(feelings_json)
    except ValueError:
        return set()
    words: set[str] = set()
    for feeling in feelings if isinstance(feelings, list) else []:
        if isinstance(feeling, dict) and isinstance(feeling.get("text"), str):
            words.update(feeling["text"].lower().split())
    return words


def _averages(rows: Any) -> dict[str, tuple[float, int]]:
    sums = dict.fromkeys(RATINGS, 0)
    counts = dict.fromkeys(RATINGS, 0)
    for row in rows:
        for name, value in zip(RATINGS, row, strict=True):
            if value is not None:
                sums[name] += value
                counts[name] += 1
    return {name: (sums[name] / counts[name], counts[name]) for name in RATINGS if counts[name]}


def _longest_run(days: list[date]) -> int:
    best = run = 0
    previous: date | None = None
    for day in days:
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        best = max(best, run)
        previous = day
    return best


def _table(headers: list[str], rows: list[list[str]]) -> list[str]:
    widths = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)
    ]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows
    ]
    return lines


def render(stats: Stats) -> str:
    if not stats.sessions:
        return "No sessions in the journal yet."
    out = [
        f"{stats.sessions} session{'s' if stats.sessions != 1 else ''} on {stats.days_all}"
        f" day{'s' if stats.days_all != 1 else ''}"
        f" ({stats.first:%Y-%m-%d} to {stats.last:%Y-%m-%d}); longest run {stats.longest_run}"
        f" day{'s' if stats.longest_run != 1 else ''} in a row;"
        f" {stats.days_window} day{'s' if stats.days_window != 1 else ''} in the last"
        f" {stats.weeks_asked} weeks.",
        "",
        "Feelings by week",
    ]
    rows = [
        [
            f"{w.start:%G-W%V} ({w.start:%d %b})",
            str(w.sessions),
            f"{w.overall:.1f}" if w.overall is not None else "-",
            ", ".join(f"{family} {count}" for family, count in w.families) or "-",
        ]
        for w in stats.weeks
    ]
    out += _table(["week", "sessions", "overall", "feelings named most"], rows)
    out += ["", f"Top topics (sessions, last {stats.weeks_asked} weeks)"]
    if stats.topics:
        out += _table(["topic", "sessions"], [[word, str(n)] for word, n in stats.topics])
    else:
        out.append("(none yet)")
    out += ["", "Check-in averages (0-10)"]
    if stats.checkin_all:
        rows = []
        for name in RATINGS:
            every = stats.checkin_all.get(name)
            recent = stats.checkin_window.get(name)
            rows.append(
                [
                    RATING_LABELS[name],
                    f"{every[0]:.1f} ({every[1]})" if every else "-",
                    f"{recent[0]:.1f} ({recent[1]})" if recent else "-",
                ]
            )
        out += _table(["rating", "all time (n)", f"last {stats.weeks_asked} weeks (n)"], rows)
    else:
        out.append("(no check-ins yet)")
    return "\n".join(out)
