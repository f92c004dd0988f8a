"""The real ``mirrorbot`` in a pseudo-terminal: it starts, answers, and quits.

Catches what Pilot cannot: the console entry, terminal setup and teardown,
and a real key stream. Every wait is bounded, and the process is killed if
the test fails half-way.
"""

from __future__ import annotations

import os
import re
import select
import struct
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest

from mirrorbot.session import Session

pty = pytest.importorskip("pty")
fcntl = pytest.importorskip("fcntl")
termios = pytest.importorskip("termios")

SEED = 11
ROWS, COLS = 30, 100
WAIT = 30.0  # seconds, generous for a slow CI machine

# Terminal escape sequences (CSI, OSC, and two-byte ESC codes) between words.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-_]|[\x00-\x08\x0e-\x1f]"
)


class Terminal:
    """A child process on a pseudo-terminal, and everything it has drawn."""

    def __init__(self, argv: list[str]) -> None:
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(COLS), "LINES": str(ROWS)}
        env.pop("NO_COLOR", None)
        self.process = subprocess.Popen(
            argv, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True
        )
        os.close(slave)
        self.raw = b""

    @property
    def screen_text(self) -> str:
        """Everything drawn so far with the escape codes taken out."""
        return _ESCAPES.sub("", self.raw.decode("utf-8", errors="replace"))

    def read_for(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            ready, _, _ = select.select([self.master], [], [], min(left, 0.1))
            if ready:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:  # the child has gone: its side of the pty is closed
                    return
                if not chunk:
                    return
                self.raw += chunk

    def wait_for(self, text: str) -> None:
        deadline = time.monotonic() + WAIT
        while text not in self.screen_text:
            if time.monotonic() > deadline or self.process.poll() is not None:
                tail = self.screen_text[-2000:]
                raise AssertionError(f"{text!r} never appeared; the screen ended with:\n{tail}")
            self.read_for(0.2)

    def type(self, keys: str) -> None:
        os.write(self.master, keys.encode())

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=WAIT)
        os.close(self.master)


@pytest.fixture
def terminal() -> Iterator[Terminal]:
    if sys.platform == "win32":  # pragma: no cover
        pytest.skip("needs a POSIX pseudo-terminal")
    term = Terminal([sys.executable, "-m", "mirrorbot", "--seed", str(SEED)])
    try:
        yield term
    finally:
        term.close()


def words_of(text: str, limit: int = 24) -> str:
    """The start of ``text``, cut at a word so it cannot straddle a wrapped line."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0]


def test_the_app_answers_in_a_real_terminal_and_quits(terminal: Terminal) -> None:
    message = "I keep thinking about the move"
    # The same seed gives the same conversation, so the test does not need
    # to know how the listener words things today.
    expected = Session(seed=SEED)
    greeting = expected.opening().reply
    reply = expected.turn(message).reply

    # First run: the disclaimer, once; then home, where Enter starts the default script.
    terminal.wait_for("Before you start")
    terminal.type("\r")
    terminal.wait_for("Help: keys")
    # Home is drawn under the disclaimer too, so its text does not say the
    # disclaimer has gone: press Enter until the conversation opens (an extra
    # Enter there is an empty message, which is ignored).
    deadline = time.monotonic() + WAIT
    while words_of(greeting) not in terminal.screen_text:
        assert time.monotonic() < deadline, f"no greeting:\n{terminal.screen_text[-2000:]}"
        terminal.type("\r")
        terminal.read_for(0.5)
    terminal.type(message)
    terminal.wait_for(message)
    drawn_before = len(terminal.screen_text)
    terminal.type("\r")
    # The reply appears after the message was sent (not just in the echo).
    deadline = time.monotonic() + WAIT
    while words_of(reply) not in terminal.screen_text[drawn_before:]:
        assert time.monotonic() < deadline, (
            f"no reply; screen ended with:\n{terminal.screen_text[-2000:]}"
        )
        terminal.read_for(0.2)

    terminal.type("\x11")  # ctrl+q
    terminal.process.wait(timeout=WAIT)
    terminal.read_for(0.5)
    assert terminal.process.returncode == 0
    assert "Traceback" not in terminal.screen_text
