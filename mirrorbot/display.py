"""Showing text that a person or a model wrote, safely, on any face.

Shared by the plain line mode and the Textual app, so both make the same
promise: what was typed is shown, never obeyed.
"""

from __future__ import annotations

import contextlib
import io
import sys

# Terminal control characters a person typed or pasted (ESC, BEL, backspace,
# C1 codes...) would act on the terminal if printed raw. Each C0 character is
# shown as its Unicode "control picture" (ESC -> ␛), DEL as ␡, C1 as U+FFFD.
# Tab and newline stay: they are layout, not commands.
_PRINTABLE = str.maketrans(
    {
        **{code: 0x2400 + code for code in range(0x20) if code not in (0x09, 0x0A)},
        0x7F: 0x2421,
        **{code: 0xFFFD for code in range(0x80, 0xA0)},
    }
)


def printable(text: str) -> str:
    """``text`` safe to show on a terminal: control characters made visible, nothing removed."""
    return text.translate(_PRINTABLE)


def forgive_stdio() -> None:
    """Undecodable input or unencodable output becomes U+FFFD / '?', never an
    error, on standard input and output (a line mode's streams)."""
    for stream in (sys.stdin, sys.stdout):
        if isinstance(stream, io.TextIOWrapper):
            with contextlib.suppress(ValueError, OSError):  # a detached or closed stream
                stream.reconfigure(errors="replace")


def read_line(interactive: bool, prompt: str) -> str | None:
    """The next line a person typed (or a program piped), without its
    ending; None at the end of input."""
    if interactive:
        try:
            return input(prompt)
        except EOFError:
            sys.stdout.write("\n")  # leave the shell prompt on a fresh line
            return None
    line = sys.stdin.readline()
    return line.rstrip("\r\n") if line else None


def say(text: str) -> None:
    """One line to standard output, made printable, flushed: another
    program may be driving us line by line."""
    sys.stdout.write(printable(text) + "\n")
    sys.stdout.flush()
