"""Text from the command line and standard input, for the commands that
take turns (``reply``, ``code``): never an error on bytes that are not UTF-8."""

from __future__ import annotations

import sys
from collections.abc import Iterator


def stdin_lines() -> Iterator[tuple[int, str]]:
    """Numbered non-blank lines of standard input; undecodable bytes become U+FFFD."""
    for number, raw in enumerate(sys.stdin.buffer, start=1):
        line = raw.decode("utf-8", errors="replace").rstrip("\r\n")
        if line.strip():
            yield number, line


def from_argv(text: str) -> str:
    """An argument as real text: bytes that were not UTF-8 (kept by Python as
    lone surrogates) become U+FFFD, as they do on stdin."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
