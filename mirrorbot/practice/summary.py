"""The end of a practice session: the measures against the thresholds.

From the learner's coded replies: reflections : questions, the share of
complex reflections, the share of open questions (each rated against the
fair/good thresholds of reflective-listening.md §2), roadblocks by type,
the layers reached, and the two replies that worked best. The same
``tally`` serves a live session and a session read back from the journal
(``history``), so the two always agree.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from mirrorbot.practice.wording import Wording

# (fair, good), from the motivational-interviewing integrity thresholds.
THRESHOLDS: dict[str, tuple[float, float]] = {
    "ratio": (1.0, 2.0),  # reflections per question
    "complex": (0.40, 0.50),  # complex reflections / all reflections
    "open": (0.50, 0.70),  # open questions / all questions
}
# How much a reply is worth when choosing the best two.
_WORTH = {
    "accurate": 3.0, "partial": 1.0, "open_question": 1.0, "too_strong": 0.5,
    "missed": 0.0, "closed_question": 0.0, "filler": 0.0, "input": -1.0, "roadblock": -2.0,
}  # fmt: skip
BEST = 2


@dataclass(frozen=True)
class Scored:
    """One coded learner reply, as kept for the summary and the journal.

    ``kind`` is the code with its subtype ("reflection_complex",
    "question_open", "input", "other"); ``layer`` the 0-based layer it was
    judged against; ``response`` what the speaker did ("opens" a layer,
    "closing" after the last, or stayed)."""

    text: str
    kind: str
    verdict: str
    layer: int
    response: str
    roadblocks: tuple[str, ...] = ()

    @property
    def worth(self) -> float:
        bonus = 1.0 if self.kind == "reflection_complex" else 0.0
        bonus += 1.0 if self.response in {"opens", "closing"} else 0.0
        return _WORTH.get(self.verdict, 0.0) + bonus


@dataclass(frozen=True)
class Measure:
    name: str  # ratio | complex | open
    value: float | None  # None: nothing to measure yet
    part: int  # reflections / complex reflections / open questions
    whole: int  # questions / reflections / questions
    rating: str  # good | fair | below | unknown

    @property
    def shown(self) -> str:
        if self.name == "ratio":
            if self.value is None:
                return "0 : 0"
            ratio = "" if math.isinf(self.value) else f" ({self.value:.1f} : 1)"
            return f"{self.part} : {self.whole}{ratio}"
        if self.value is None:
            return f"{self.part} of {self.whole}"
        return f"{self.part} of {self.whole} ({round(self.value * 100)}%)"

    @property
    def thresholds(self) -> str:
        fair, good = THRESHOLDS[self.name]
        if self.name == "ratio":
            return f"fair {fair:g} : 1, good {good:g} : 1"
        return f"fair {round(fair * 100)}%, good {round(good * 100)}%"


@dataclass(frozen=True)
class Summary:
    measures: tuple[Measure, ...]
    roadblocks: tuple[tuple[str, int], ...]  # by type, most frequent first
    reached: int  # layers the speaker opened (1 at the start)
    total: int
    completed: bool  # the last layer was reflected accurately
    best: tuple[Scored, ...]
    replies: int

    def measure(self, name: str) -> Measure:
        return next(m for m in self.measures if m.name == name)


def rate(name: str, value: float | None) -> str:
    if value is None:
        return "unknown"
    fair, good = THRESHOLDS[name]
    if value >= good - 1e-9:
        return "good"
    return "fair" if value >= fair - 1e-9 else "below"


def tally(replies: Sequence[Scored], total: int) -> Summary:
    """The summary of ``replies`` in a scenario of ``total`` layers."""
    kinds = Counter(r.kind for r in replies)
    reflections = kinds["reflection_simple"] + kinds["reflection_complex"]
    questions = kinds["question_open"] + kinds["question_closed"]
    # No questions at all: every move was a reflection (or nothing was said).
    ratio = reflections / questions if questions else math.inf if reflections else None
    complex_share = kinds["reflection_complex"] / reflections if reflections else None
    open_share = kinds["question_open"] / questions if questions else None
    measures = (
        Measure("ratio", ratio, reflections, questions, rate("ratio", ratio)),
        Measure(
            "complex", complex_share, kinds["reflection_complex"], reflections,
            rate("complex", complex_share),
        ),
        Measure("open", open_share, kinds["question_open"], questions, rate("open", open_share)),
    )  # fmt: skip
    blocks = Counter(name for r in replies for name in r.roadblocks)
    reached = 1 + max((r.layer + (r.response == "opens") for r in replies), default=0)
    completed = any(r.response == "closing" for r in replies)
    ranked = sorted(
        (r for r in replies if r.worth >= 1.0), key=lambda r: -r.worth
    )  # stable: the earlier of equals first
    return Summary(
        measures=measures,
        roadblocks=tuple(sorted(blocks.items(), key=lambda kv: (-kv[1], kv[0]))),
        reached=min(reached, total) if total else reached,
        total=total,
        completed=completed,
        best=tuple(ranked[:BEST]),
        replies=len(replies),
    )


def render(summary: Summary, title: str, wording: Wording) -> list[str]:
    """The summary as lines of plain text, labels from practice.toml."""
    say = wording.say
    rows = [
        (say("summary", m.name), m.shown, say("summary", m.rating), f"({m.thresholds})")
        for m in summary.measures
    ]
    width = max(len(r[0]) for r in rows)
    shown = max(len(r[1]) for r in rows)
    rated = max(len(r[2]) for r in rows)
    lines = [say("summary", "heading", title=title)]
    for name, value, rating, thresholds in rows:
        lines.append(f"  {name:<{width}}  {value:<{shown}}  {rating:<{rated}}  {thresholds}")
    blocks = ", ".join(f"{n.replace('_', ' ')} {c}" for n, c in summary.roadblocks)
    lines.append(f"  {say('summary', 'roadblocks'):<{width}}  {blocks or say('summary', 'none')}")
    key = "layers_all" if summary.completed else "layers_some"
    layers = say("summary", key, reached=summary.reached, total=summary.total)
    lines.append(f"  {say('summary', 'layers'):<{width}}  {layers}")
    if summary.best:
        lines.append(say("summary", "best"))
        for number, reply in enumerate(summary.best, start=1):
            kind = say("labels", reply.kind) or reply.kind.replace("_", " ")
            verdict = say("labels", reply.verdict) or reply.verdict
            lines.append(f'  {number}. "{reply.text}" ({kind}, {verdict})')
    return lines
