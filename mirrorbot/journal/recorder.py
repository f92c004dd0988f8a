"""Keeping one conversation in the journal, turn by turn.

The session hands every turn to a ``Recorder`` as it happens: the person's
words before the reply is composed, the reply before it is shown. Each is on
disk when the call returns. A storage problem never stops the conversation:
the words go to the rescue file, and the problem is kept as one line for the
face to show.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mirrorbot.journal.store import Journal


class Recorder:
    """One conversation's entry in the journal (created at the first turn
    the person takes, so opening the app and leaving stores nothing)."""

    def __init__(self, journal: Journal | None, script: str, mode: str = "journal") -> None:
        self._journal = journal
        self.script = script
        self.mode = mode
        self.session: int | None = None
        self._opening: tuple[str, str, str] | None = (
            None  # (text, kind, rule), stored with the first turn
        )
        self.problems: list[str] = []  # one-line messages for the face, oldest first

    @classmethod
    def open(cls, script: str, mode: str = "journal") -> Recorder:
        """A recorder on the user's journal; if it cannot be opened, one that
        keeps every turn in the rescue file and says so once."""
        from mirrorbot.journal.store import Journal, JournalError

        try:
            journal = Journal.open()
        except JournalError as exc:
            recorder = cls(None, script, mode)
            recorder.problems.append(
                f"the journal could not be opened ({exc}); this conversation goes to a rescue file"
            )
            return recorder
        return cls(journal, script, mode)

    @property
    def journal(self) -> Journal | None:
        """The journal being written to (for reading the past), if open."""
        return self._journal

    def resume(self, session: int) -> None:
        """Add to an existing journal entry (continuing today's) instead of
        starting a new one at the first turn."""
        self.session = session
        self._opening = None

    def take_problems(self) -> list[str]:
        """The problems not yet shown, and forget them."""
        problems, self.problems = self.problems, []
        return problems

    def opening(self, text: str, kind: str, rule: str) -> None:
        self._opening = (text, kind, rule)

    def person(
        self,
        text: str,
        feelings: Sequence[Mapping[str, Any]] = (),
        crisis: bool = False,
        source: str = "",
    ) -> None:
        """``source``: who worded it, for a practice speaker's line ("script"
        or "llm"); "" for a person's own words."""
        if self._start():
            self._add("person", text, feelings=feelings, crisis=crisis, source=source)

    def listener(
        self, text: str, kind: str, rule: str, source: str = "script", crisis: bool = False
    ) -> None:
        if self._start():
            self._add("listener", text, kind=kind, rule=rule, source=source, crisis=crisis)

    def end(
        self, ruptures: int = 0, repairs: int = 0, ratings: Mapping[str, int] | None = None
    ) -> None:
        """Close the entry (again, with ratings, after the closing check-in)."""
        if self._journal is None or self.session is None:
            return
        from mirrorbot.journal.store import JournalError

        try:
            self._journal.end_session(
                self.session, ratings=ratings, ruptures=ruptures, repairs=repairs
            )
        except JournalError as exc:
            self.problems.append(str(exc))

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()

    def _start(self) -> bool:
        """Make sure the session row exists; False if there is no journal."""
        if self._journal is None:
            return True  # _add will rescue
        if self.session is not None:
            return True
        from mirrorbot.journal.store import JournalError

        try:
            self.session = self._journal.start_session(self.script, self.mode)
        except JournalError as exc:
            self.problems.append(str(exc))
            self._journal = None
            return True
        if self._opening is not None:
            text, kind, rule = self._opening
            self._add("listener", text, kind=kind, rule=rule, source="script")
        return True

    def _add(self, speaker: str, text: str, **fields: Any) -> None:
        from mirrorbot.journal.store import JournalError, rescue

        if self._journal is None or self.session is None:
            kept = rescue(text, speaker=speaker, reason="the journal is not available")
            if kept is None:
                self.problems.append("this turn could not be saved anywhere")
            return
        try:
            self._journal.add_turn(self.session, speaker, text, **fields)
        except JournalError as exc:
            self.problems.append(str(exc))
