"""Restating an utterance from the listener's side (I <-> you).

PLACEHOLDER: the real shifter is being written; this fixes the interface.
"""

from __future__ import annotations


def mirror(text: str) -> str:
    """``text`` with first and second person swapped, verbs agreeing,
    case and punctuation kept, everything else untouched."""
    return text
