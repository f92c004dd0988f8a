"""Practice across sessions: the summary's measures per past session, read
back from the journal (see :mod:`record` for how turns are kept), and the
trend from the first sessions to the latest."""

from __future__ import annotations

from dataclasses import dataclass

from mirrorbot.journal.store import Journal, SessionRecord
from mirrorbot.practice import record
from mirrorbot.practice.summary import Summary, rate, tally


@dataclass(frozen=True)
class Past:
    """One past practice session and its summary."""

    session: int
    started: str  # UTC ISO 8601
    scenario: str
    summary: Summary


def past(journal: Journal) -> list[Past]:
    """Every practice session with at least one coded reply, oldest first."""
    ids = [s.id for s in journal.sessions(mode="practice", limit=None) if s.id is not None]
    found = [summarise(s) for s in journal.iter_sessions(sorted(ids))]
    return [p for p in found if p is not None]


def summarise(session: SessionRecord) -> Past | None:
    replies, total = [], 0
    for turn in session.turns:
        if turn.speaker != "listener" or turn.source != record.SOURCE:
            continue
        decoded = record.decode(turn.text, turn.kind, turn.rule)
        if decoded is not None:
            replies.append(decoded[0])
            total = decoded[1]
    if not replies or session.id is None:
        return None
    return Past(session.id, session.started, session.script, tally(replies, total))


@dataclass(frozen=True)
class Trend:
    """A measure's mean over the earliest and the latest sessions (up to
    ``window`` each, never overlapping), with the rating of the latest."""

    name: str
    before: float | None
    after: float | None
    rating: str


def trend(sessions: list[Past], window: int = 3) -> list[Trend]:
    """How each measure moved; with one session there is nothing to compare."""
    if not sessions:
        return []
    span = min(window, max(1, len(sessions) // 2))
    first, last = sessions[:span], sessions[-span:]
    out = []
    for name in ("ratio", "complex", "open"):
        before = _mean([p.summary.measure(name).value for p in first])
        after = _mean([p.summary.measure(name).value for p in last])
        out.append(Trend(name, before, after, rate(name, after)))
    return out


def _mean(values: list[float | None]) -> float | None:
    # An all-reflection session has an infinite ratio: capped for averaging
    # (it rates as good either way).
    known = [min(v, 10.0) for v in values if v is not None]
    return sum(known) / len(known) if known else None


def show_ratio(value: float | None) -> str:
    """Reflections to questions as people read it: "2.0 : 1", "all refl.", "-"."""
    if value is None:
        return "-"
    return "all refl." if value == float("inf") else f"{value:.1f} : 1"


def show_percent(value: float | None) -> str:
    return "-" if value is None else f"{round(value * 100)}%"
