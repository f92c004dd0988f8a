"""Plain line mode, run as a real process the way a pipe or screen reader would."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from mirrorbot.display import printable
from mirrorbot.session import Session

SEED = 3
TIMEOUT = 60


def plain(
    stdin: bytes, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "mirrorbot", "--plain", "--seed", str(SEED), *args],
        input=stdin,
        capture_output=True,
        timeout=TIMEOUT,
        env={**os.environ, **(env or {})},
    )


def expected_replies(lines: list[str]) -> list[str]:
    session = Session(seed=SEED)
    return [session.opening().reply] + [session.turn(line).reply for line in lines]


def test_greeting_then_one_reply_per_line_and_eof_ends_with_exit_0() -> None:
    lines = ["I feel stuck at work", "My brother never calls back", "I'm not sure what I want"]
    result = plain("\n".join(lines).encode() + b"\n")
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    assert result.stdout.decode().splitlines() == expected_replies(lines)


def test_no_prompt_is_printed_when_stdin_is_not_a_terminal() -> None:
    result = plain(b"hello there\n")
    assert b"> " not in result.stdout


def test_empty_lines_get_no_reply() -> None:
    result = plain(b"\n   \nI am tired\n\n")
    assert result.returncode == 0
    assert result.stdout.decode().splitlines() == expected_replies(["I am tired"])


def test_quit_ends_the_conversation() -> None:
    result = plain(b"first thing\n/quit\nnever answered\n")
    assert result.returncode == 0
    assert result.stdout.decode().splitlines() == expected_replies(["first thing"])


def test_a_last_line_without_newline_is_still_answered() -> None:
    result = plain(b"no newline at the end")
    assert result.stdout.decode().splitlines() == expected_replies(["no newline at the end"])


def test_binary_junk_does_not_crash() -> None:
    junk = bytes(range(256)) * 4 + b"\n\xff\xfe\xc3\x28 half a character\n\x00\x00\n"
    result = plain(junk)
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr
    out = result.stdout.decode("utf-8")  # what we print is always valid UTF-8
    assert len(out.splitlines()) >= 2  # the greeting and at least one reply
    assert "\x1b" not in out  # escapes a person pasted are never replayed to the terminal


def test_no_color_is_plain_text() -> None:
    result = plain(b"I feel calm today\n", env={"NO_COLOR": "1"})
    assert result.returncode == 0
    assert b"\x1b" not in result.stdout


def test_printable_makes_control_characters_visible() -> None:
    assert printable("a\x1b[31mb\x07\tc") == "a\u241b[31mb\u2407\tc"
    assert printable("[bold]x[/bold]") == "[bold]x[/bold]"
    assert printable("caf\u00e9 \u2764") == "caf\u00e9 \u2764"


def test_plain_mode_does_not_import_textual() -> None:
    code = "import sys, mirrorbot.plain, mirrorbot.cli; print(any(m.split('.')[0] == 'textual' for m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, timeout=TIMEOUT, text=True
    )
    assert result.stdout.strip() == "False", result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_exits_quietly() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "mirrorbot", "--plain", "--seed", str(SEED)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert process.stdout is not None
        process.stdout.readline()  # the greeting: it is now waiting for a line
        process.send_signal(signal.SIGINT)
        process.wait(timeout=TIMEOUT)  # stdin stays open: only the signal can end it
        _, err = process.communicate(timeout=TIMEOUT)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 130
    assert b"Traceback" not in err
    assert err == b""


def test_first_run_at_a_terminal_says_what_mirrorbot_is_and_only_once() -> None:
    """At a terminal (not a pipe) the first run shows the disclaimer, shared
    with the app's first-run state, so the second run goes straight in."""
    import os
    import pty
    import select
    import time

    from mirrorbot import safety

    expected = safety.disclaimer().split(".")[0]

    def first_screen() -> str:
        main, child = pty.openpty()
        proc = subprocess.Popen(
            [sys.executable, "-m", "mirrorbot", "--plain", "--no-save"],
            stdin=child,
            stdout=child,
            stderr=child,
            close_fds=True,
        )
        os.close(child)
        seen = b""
        deadline = time.monotonic() + 30
        try:
            while b"> " not in seen and time.monotonic() < deadline:
                ready, _, _ = select.select([main], [], [], 0.5)
                if ready:
                    try:
                        seen += os.read(main, 4096)
                    except OSError:
                        break
        finally:
            proc.kill()
            proc.wait(timeout=30)
            os.close(main)
        return seen.decode("utf-8", "replace")

    assert expected in first_screen()
    assert expected not in first_screen()


def test_a_disclaimer_that_cannot_be_remembered_does_not_stop_the_conversation(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from mirrorbot import plain, state

    def unwritable(_: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(state, "load", state.UiState)
    monkeypatch.setattr(state, "save", unwritable)
    plain._first_run_disclaimer()  # must not raise
    out = capsys.readouterr().out
    assert "not therapy" in out
    assert "Could not remember this for next time: Permission denied." in out
