"""Patterns across entries: which feelings keep coming back, and about what.

"Worry has come up in five of your last seven entries, mostly about work."
A listener who remembers across weeks can offer that back, but only with
enough evidence: a feeling counts as a pattern when it appears in at least
``MIN_ENTRIES`` of the last ``RECENT`` journal entries and in at least
``MIN_SHARE`` of them. Pure reading; the wording lives in
prompts/patterns.toml.
"""

from __future__ import annotations

import contextlib
import json
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mirrorbot.journal.titles import main_topic
from mirrorbot.language.feelings import FAMILIES

if TYPE_CHECKING:
    from mirrorbot.journal.store import Journal

RECENT = 7  # entries looked at
MIN_ENTRIES = 3  # a feeling must appear in at least this many of them...
MIN_SHARE = 0.4  # ...and in at least this share of them


@dataclass(frozen=True)
class Pattern:
    family: str
    entries: int  # how many of the recent entries it appears in
    out_of: int  # how many recent entries were looked at
    topic: str | None  # what those entries were mostly about


def recent_patterns(
    journal: Journal, *, exclude: int | None = None, recent: int = RECENT
) -> list[Pattern]:
    """Feelings that recur across the last ``recent`` journal entries (not
    practice sessions, not the session ``exclude``), strongest first."""
    db = journal.db
    with journal.snapshot():
        ids = [
            row[0]
            for row in db.execute(
                "SELECT s.id FROM sessions AS s WHERE s.mode = 'journal' AND s.id != ?"
                " AND EXISTS (SELECT 1 FROM turns AS t WHERE t.session = s.id AND t.speaker = 'person'"
                " AND substr(t.text, 1, 1) != '/')"
                " ORDER BY s.started DESC, s.id DESC LIMIT ?",
                (exclude if exclude is not None else -1, recent),
            )
        ]
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        families: dict[int, set[str]] = {sid: set() for sid in ids}
        for sid, family in db.execute(
            f"SELECT session, family FROM session_feelings WHERE session IN ({marks})", ids
        ):
            if family in FAMILIES:
                families[sid].add(family)
        texts: dict[int, list[str]] = {sid: [] for sid in ids}
        feelings: dict[int, list[dict[str, object]]] = {sid: [] for sid in ids}
        for sid, text, found in db.execute(
            f"SELECT session, text, feelings FROM turns WHERE speaker = 'person' AND session IN ({marks})",
            ids,
        ):
            texts[sid].append(text)
            with contextlib.suppress(ValueError):
                feelings[sid].extend(f for f in json.loads(found) if isinstance(f, dict))
    counts = Counter(family for found in families.values() for family in found)
    patterns = []
    for family, entries in counts.most_common():
        if entries < MIN_ENTRIES or entries < MIN_SHARE * len(ids):
            continue
        with_it = [sid for sid in ids if family in families[sid]]
        topic = main_topic(
            [t for sid in with_it for t in texts[sid]],
            [f for sid in with_it for f in feelings[sid]],
        )
        patterns.append(Pattern(family, entries, len(ids), topic))
    return patterns
