"""What one conversation remembers: who and what was talked about, which
feelings were heard, what was asked, and what the person corrected.

The reply engine reads it to link back ("that sounds connected to what you
said about your sister"), to summarise in the person's own terms, never to
ask the same question twice, and never to reflect again a feeling the person
said was wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property


@dataclass(frozen=True)
class Heard:
    """One thing the listener understood, from the listener's side."""

    turn: int
    family: str | None  # the feeling reflected, if any
    words: str  # how it was named, with what it is about: "let down by your sister"
    # The main point restated ("your sister cancelled again"), or how to work
    # it out: only a summary reads it, and most conversations never ask for one.
    point: str | Callable[[], str]
    people: tuple[str, ...] = ()
    about: str = ""  # what the feeling was about, alone: "by your sister"
    families: tuple[str, ...] = ()  # every feeling family they expressed in that turn

    @cached_property
    def content(self) -> str:
        return self.point if isinstance(self.point, str) else self.point()


@dataclass
class Memory:
    heard: list[Heard] = field(default_factory=list)
    people: dict[str, int] = field(default_factory=dict)  # "your sister" -> turn first named
    places: dict[str, int] = field(default_factory=dict)
    topics: dict[str, int] = field(default_factory=dict)
    notes: dict[str, int] = field(default_factory=dict)  # anything a script rule chose to keep
    feelings: list[tuple[str, ...]] = field(default_factory=list)  # families per person turn
    asked: set[str] = field(default_factory=set)  # questions already asked
    rejected: set[str] = field(default_factory=set)  # families the person said were wrong
    corrections: list[tuple[tuple[str, ...], str]] = field(
        default_factory=list
    )  # (rejected, corrected family)
    # What they said matters to them, as said back: ("thing", "being useful")
    # or ("that", "your mum feels looked after"); latest last.
    values: list[tuple[str, str]] = field(default_factory=list)
    fired: set[str] = field(default_factory=set)  # script rules marked `once` that have fired
    ruptures: int = 0
    repairs: int = 0
    turns: int = 0  # the person's turns so far

    def remember(self, slot: str, value: str, turn: int) -> None:
        """Keep ``value`` in ``slot`` (people, places, topics, notes)."""
        table: dict[str, int] = getattr(self, slot)
        value = value.strip()
        if value and value not in table:
            table[value] = turn

    def correct_last(
        self, rejected: tuple[str, ...], family: str | None, words: str, about: str = ""
    ) -> None:
        """The person corrected the last reflection: what was heard there is
        now what they said instead (or nothing, if they only said it missed)."""
        for index in range(len(self.heard) - 1, -1, -1):
            item = self.heard[index]
            if item.family is None or item.family in rejected:
                if item.family in rejected or family:
                    self.heard[index] = Heard(
                        item.turn,
                        family,
                        words if family else "",
                        item.point,
                        item.people,
                        about if family else "",
                        item.families,
                    )
                return

    def earlier_person(self, people: tuple[str, ...], turn: int, gap: int = 2) -> str | None:
        """A person named now who was also named at least ``gap`` turns ago."""
        for person in people:
            first = self.people.get(person)
            if first is not None and turn - first >= gap:
                return person
        return None

    def summary_items(self, limit: int = 3) -> tuple[list[str], list[str]]:
        """What to name in a summary, oldest first: feelings with what they
        were about, each family once and none the person rejected; then
        plain points they made, until ``limit`` things are named or at least
        two of them say what they were about.

        For each family the latest mention that says what it was about wins
        over a later bare one ("worried about the exam", then "I'm nervous")."""
        best: dict[str, Heard] = {}
        for item in self.heard:
            if not item.family or item.family in self.rejected:
                continue
            current = best.get(item.family)
            if current is None or _has_about(item) or not _has_about(current):
                best[item.family] = item
        # The ones that say what they were about name more of what was said.
        ranked = sorted(best.values(), key=lambda h: (_has_about(h), h.turn), reverse=True)
        chosen = sorted(ranked[:limit], key=lambda h: h.turn)
        feelings = [h.words for h in chosen]
        specific = sum(1 for h in chosen if _has_about(h))
        points: list[str] = []
        used = {h.turn for h in chosen}
        for item in reversed(self.heard):
            if specific + len(points) >= 2 or len(feelings) + len(points) > limit:
                break
            if item.turn in used or item.content in points or len(item.content.split()) < 3:
                continue
            if self.rejected.intersection(item.families):
                continue  # a point that says back a feeling they rejected
            points.append(item.content)
        points.reverse()
        return feelings, points


# "about it", "with that": says a feeling had an object, not what it was.
_VAGUE = frozenset("it that this things everything all there".split())


def _has_about(item: Heard) -> bool:
    words = item.about.split()
    return len(words) >= 2 and not (len(words) == 2 and words[1].lower() in _VAGUE)
