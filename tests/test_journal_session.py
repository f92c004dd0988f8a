"""Every face keeps its conversation in the journal, turn by turn."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from mirrorbot.journal import Journal

MIRRORBOT = [sys.executable, "-m", "mirrorbot"]


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*MIRRORBOT, *args], input=stdin, capture_output=True, text=True, timeout=120
    )


def _turns(home: Path) -> list[tuple[str, str]]:
    with Journal.open(home / "journal.sqlite3") as journal:
        sessions = journal.sessions(limit=100)
        return [(t.speaker, t.text) for s in sessions for t in journal.session(s.id).turns]


def test_reply_keeps_each_turn_in_order(isolated_home: Path) -> None:
    result = _run("reply", "--seed", "1", "I'm worried about my exam.", "My sister called.")
    assert result.returncode == 0, result.stderr
    replies = result.stdout.strip().splitlines()
    assert _turns(isolated_home) == [
        ("person", "I'm worried about my exam."),
        ("listener", replies[0]),
        ("person", "My sister called."),
        ("listener", replies[1]),
    ]


def test_no_save_keeps_nothing(isolated_home: Path) -> None:
    assert _run("reply", "--no-save", "I'm tired.").returncode == 0
    assert _run("--no-save", "--plain", stdin="I'm tired.\n").returncode == 0
    assert not (isolated_home / "journal.sqlite3").exists()


def test_saving_can_be_switched_off_in_config(isolated_home: Path) -> None:
    isolated_home.mkdir(parents=True, exist_ok=True)
    (isolated_home / "config.toml").write_text("[journal]\nsave = false\n", encoding="utf-8")
    assert _run("reply", "I'm tired.").returncode == 0
    assert not (isolated_home / "journal.sqlite3").exists()


def test_plain_mode_keeps_the_opening_and_the_turns(isolated_home: Path) -> None:
    result = _run("--plain", "--seed", "2", stdin="I feel stuck at work.\n")
    assert result.returncode == 0, result.stderr
    opening, reply = result.stdout.strip().splitlines()
    assert _turns(isolated_home) == [
        ("listener", opening),
        ("person", "I feel stuck at work."),
        ("listener", reply),
    ]


def test_a_killed_process_loses_no_answered_turn(isolated_home: Path) -> None:
    """Drive `mirrorbot reply` line by line, SIGKILL it mid-conversation:
    every turn that had been answered is in the journal."""
    proc = subprocess.Popen(
        [*MIRRORBOT, "reply", "--seed", "3"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )
    assert proc.stdin is not None and proc.stdout is not None
    said = [
        "I'm nervous about tomorrow.",
        "My manager wants the report early.",
        "I keep checking my email.",
    ]
    answered = []
    try:
        for line in said:
            proc.stdin.write(line + "\n")
            proc.stdin.flush()
            answered.append(proc.stdout.readline().rstrip("\n"))
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    expected = [
        turn
        for pair in zip(said, answered, strict=True)
        for turn in (("person", pair[0]), ("listener", pair[1]))
    ]
    assert _turns(isolated_home) == expected


def test_a_crisis_turn_is_kept_and_marked(isolated_home: Path) -> None:
    result = _run("reply", "I want to kill myself.")
    assert result.returncode == 0, result.stderr
    with Journal.open(isolated_home / "journal.sqlite3") as journal:
        (entry,) = journal.sessions()
        turns = journal.session(entry.id).turns
    assert [t.crisis for t in turns] == [True, True]


def test_an_unwritable_journal_costs_no_words(isolated_home: Path) -> None:
    """The journal can't be written: the reply still comes, one line says
    where the words went, and they are there."""
    isolated_home.mkdir(parents=True, exist_ok=True)
    (isolated_home / "journal.sqlite3").write_bytes(b"this is not a database" * 100)
    result = _run("reply", "I'm glad I went for a walk.")
    assert result.returncode == 0
    assert result.stdout.strip(), "the conversation goes on"
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines and all(line.startswith("mirrorbot: ") for line in lines)
    rescued = list(isolated_home.glob("unsaved-*.txt"))
    assert rescued and "I'm glad I went for a walk." in rescued[0].read_text(encoding="utf-8")
