"""The journal: every conversation stored privately, searchable, exportable.

``Journal`` and ``JournalError`` are loaded on first use, so importing
``mirrorbot.journal.cli`` to build the argument parser costs nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mirrorbot.journal.store import Journal, JournalError, SessionNotFound

__all__ = ["Journal", "JournalError", "SessionNotFound"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from mirrorbot.journal import store

        return getattr(store, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
