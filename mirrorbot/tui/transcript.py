"""A stored session as text for the clipboard, and the export a screen asks for."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mirrorbot.journal.store import Journal, SessionRecord, TurnRecord

SPEAKERS = {"person": "You", "listener": "mirrorbot"}


def when(stamp: str, fmt: str = "%a %d %b %Y, %H:%M") -> str:
    from mirrorbot.journal.export import local

    return local(stamp).strftime(fmt)


def turn_text(turn: TurnRecord) -> str:
    return f"{SPEAKERS.get(turn.speaker, turn.speaker)} ({when(turn.at, '%H:%M')}): {turn.text}"


def session_text(record: SessionRecord) -> str:
    """The whole conversation as plain text (what the person wrote, as written)."""
    head = f"{record.display_title or 'Untitled'} ({when(record.started)}, script {record.script})"
    return "\n\n".join([head, *(turn_text(t) for t in record.turns)]) + "\n"


def export(journal: Journal, ids: Sequence[int] | None, fmt: str, folder: Path) -> tuple[int, Path]:
    """Write sessions (``ids``, or all) to ``folder``; how many, and where.

    Raises ``OSError`` or ``JournalError``."""
    from mirrorbot.journal.export import export_to_dir

    single = ids[0] if ids is not None and len(ids) == 1 else None
    count, _ = export_to_dir(journal.iter_sessions(ids), fmt, folder, single=single)
    return count, folder
