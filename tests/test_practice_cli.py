"""``mirrorbot practice`` end to end, as a separate process driven by stdin."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from mirrorbot.journal.store import Journal
from mirrorbot.practice import scenario


def _command() -> list[str]:
    """``mirrorbot practice`` once it is registered; the module until then."""
    from mirrorbot import cli

    wired = any(
        "practice" in (action.choices or {})
        for action in cli._parser()._actions
        if action.dest == "command"
    )
    if wired:
        return [sys.executable, "-m", "mirrorbot", "practice"]
    return [sys.executable, "-m", "mirrorbot.commands.practice"]


def _run(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MIRRORBOT_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [*_command(), *args], input=stdin, capture_output=True, text=True, env=env, timeout=60
    )


SESSION = "\n".join(
    [
        "mm-hmm",
        "You should talk to your boss.",
        "You're worn out by the work piling up.",
        "What's that been like for you?",
        "You're worn down by how much keeps landing on you.",
        "You're a bit nervous about people seeing you struggle.",
        "You want to be someone people can count on, like your dad.",
    ]
)


def test_list_shows_every_scenario(isolated_home: Path) -> None:
    done = _run(isolated_home, "--list")
    assert done.returncode == 0, done.stderr
    for name in scenario.available():
        assert name in done.stdout
    assert "Snowed under at work" in done.stdout


def test_a_whole_session_from_stdin(isolated_home: Path) -> None:
    done = _run(isolated_home, "--scenario", "work-stress", "--seed", "4", stdin=SESSION)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.startswith("Snowed under at work:")
    assert "\nSam: " in out
    assert "[other · keeps them talking]" in out
    assert "roadblock: moralizing, advising]" in out
    assert 'Try: "' in out
    assert "[complex reflection · on target]" in out
    assert "How it went: Snowed under at work" in out
    assert "layers reached" in out and "3 of 3, and you reflected what matters most" in out
    assert "What worked best" in out
    assert "session 1" in out
    with Journal.open() as journal:
        [stored] = journal.sessions(mode="practice")
        assert stored.script == "work-stress" and stored.ended is not None


def test_the_last_layer_ends_the_session_before_the_input_does(isolated_home: Path) -> None:
    more = SESSION + "\nThis line comes after the end.\n"
    done = _run(isolated_home, "--scenario", "work-stress", "--seed", "4", stdin=more)
    assert done.returncode == 0
    with Journal.open() as journal:
        [stored] = journal.sessions(mode="practice")
        texts = [t.text for t in journal.session(stored.id or 0).turns]
    assert "This line comes after the end." not in texts


def test_end_command_and_no_tips(isolated_home: Path) -> None:
    done = _run(
        isolated_home, "--scenario", "grief", "--no-tips", "--seed", "1",
        stdin="That must be hard.\n/end\nnot read\n",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "[" not in done.stdout.split("How it went")[0], "no tips"
    assert 'Try: "' not in done.stdout
    assert "How it went: Clearing Dad's house" in done.stdout
    assert "layers reached" in done.stdout and "1 of 3" in done.stdout


def test_no_save_keeps_nothing(isolated_home: Path) -> None:
    done = _run(isolated_home, "--scenario", "breakup", "--no-save", stdin="You're sad.\n/end\n")
    assert done.returncode == 0, done.stderr
    assert "journal" not in done.stdout.split("How it went")[1]
    with Journal.open() as journal:
        assert journal.sessions() == []


def test_a_crisis_in_the_learners_words_gets_the_crisis_reply(isolated_home: Path) -> None:
    done = _run(
        isolated_home, "--scenario", "work-stress",
        stdin="I want to kill myself\nYou're worn out by the work piling up.\n/end\n",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "The practice is paused" in done.stdout
    with Journal.open() as journal:
        [stored] = journal.sessions(mode="practice")
        turns = journal.session(stored.id or 0).turns
    crisis = [t for t in turns if t.crisis]
    assert [t.speaker for t in crisis] == ["listener", "person"]
    assert crisis[0].kind == "crisis"


def test_unknown_scenario_is_a_usage_error(isolated_home: Path) -> None:
    done = _run(isolated_home, "--scenario", "nope", stdin="")
    assert done.returncode == 2
    assert done.stderr.startswith("mirrorbot: ") and "no scenario called 'nope'" in done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_a_broken_scenario_of_the_users_is_reported_with_its_line(isolated_home: Path) -> None:
    folder = isolated_home / "prompts" / "scenarios"
    folder.mkdir(parents=True)
    shipped = scenario.available()["work-stress"].read_text(encoding="utf-8")
    broken = shipped.replace("overwhelm = 3, anger = 2", "overwhelm = 3, angst = 2")
    path = folder / "work-stress.toml"
    path.write_text(broken, encoding="utf-8")
    line = broken[: broken.index("angst")].count("\n") + 1
    done = _run(isolated_home, "--scenario", "work-stress", stdin="")
    assert done.returncode == 2
    assert f"{path}:{line}: unknown feeling family 'angst'" in done.stderr
    listed = _run(isolated_home, "--list")
    assert listed.returncode == 0 and "broken" in listed.stdout


def test_history_after_two_sessions(isolated_home: Path) -> None:
    empty = _run(isolated_home, "--history")
    assert empty.returncode == 0 and "No practice sessions" in empty.stdout
    _run(isolated_home, "--scenario", "work-stress", stdin="Did you say no?\nDid you tell him?\n")
    _run(isolated_home, "--scenario", "work-stress", stdin=SESSION)
    done = _run(isolated_home, "--history")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Practice sessions, oldest first (2):"
    assert sum("work-stress" in line for line in lines) == 2
    assert "Trend" in done.stdout
    ratio = next(line for line in lines if "reflections : questions" in line)
    assert "0.0 : 1" in ratio and "good" in ratio
