"""Plain line mode: the same conversation as the app, one line in, one line out.

For screen readers, pipes and terminals where a full-screen app is unwelcome.
No Textual, no colour, no cursor movement: just text. (``NO_COLOR`` is
honoured by having no colour at all; keep it that way if colour ever comes.)
"""

from __future__ import annotations

import contextlib
import io
import sys
from typing import TextIO

from mirrorbot.display import printable
from mirrorbot.session import Session

QUIT_COMMANDS = frozenset({"/quit"})
PROMPT = "> "


def _forgiving(stream: TextIO) -> None:
    """Undecodable input or unencodable output becomes U+FFFD / '?', never an error."""
    if isinstance(stream, io.TextIOWrapper):
        with contextlib.suppress(ValueError, OSError):  # a detached or closed stream
            stream.reconfigure(errors="replace")


def _read_line(interactive: bool) -> str | None:
    """The next line without its ending, or None at end of input."""
    if interactive:
        try:
            return input(PROMPT)
        except EOFError:
            sys.stdout.write("\n")  # leave the shell prompt on a fresh line
            return None
    line = sys.stdin.readline()
    return line.rstrip("\r\n") if line else None


def _say(text: str) -> None:
    sys.stdout.write(printable(text) + "\n")
    sys.stdout.flush()  # another program may be reading us line by line


def run(seed: int | None = None, script: str = "open") -> int:
    """Converse on stdin/stdout until ``/quit`` or end of input; the exit code."""
    _forgiving(sys.stdin)
    _forgiving(sys.stdout)
    interactive = sys.stdin.isatty()
    session = Session(seed=seed, script=script)
    try:
        _say(session.opening().reply)
        while True:
            line = _read_line(interactive)
            if line is None or line.strip() in QUIT_COMMANDS:
                return 0
            if not line.strip():
                continue  # an empty line asks nothing; wait for the next one
            _say(session.turn(line).reply)
    except KeyboardInterrupt:
        if interactive:
            sys.stdout.write("\n")
        return 130
