"""Hostile and odd input through the real command line, in a subprocess.

Whatever a person pastes (nothing, a megabyte, control characters, markup,
template syntax, bytes that are not UTF-8), ``mirrorbot reply`` answers with
exit 0 and one JSON object per turn, or refuses with exit 2 and one clear
line. It never prints a traceback and never evaluates what it was given.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

CONTRACT_KEYS = {"input", "reply", "kind", "feelings", "mirror", "crisis", "rule", "source"}
FEELING_KEYS = {"text", "family", "intensity", "negated"}
KINDS = {
    "reflection_simple",
    "reflection_feeling",
    "reflection_complex",
    "reflection_double",
    "summary",
    "question_open",
    "repair",
    "crisis",
    "closing",
    "greeting",
}
FAMILIES = set(
    [
        "joy",
        "pride",
        "calm",
        "love",
        "hope",
        "sadness",
        "loneliness",
        "hurt",
        "fear",
        "anger",
        "shame",
        "confusion",
        "overwhelm",
        "surprise",
        "disgust",
    ]
)
TIMEOUT = 120  # only so a hang fails instead of blocking the suite


def cli_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["MIRRORBOT_HOME"] = str(home)
    env.pop("MIRRORBOT_DEBUG", None)
    return env


def run_cli(
    home: Path, *args: str | bytes, stdin: bytes = b""
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "mirrorbot", *args],
        input=stdin,
        capture_output=True,
        env=cli_env(home),
        timeout=TIMEOUT,
        check=False,
    )


def json_lines(result: subprocess.CompletedProcess[bytes]) -> list[dict[str, Any]]:
    """stdout as JSON Lines: strict UTF-8, ``\\n``-terminated, one object a line."""
    try:
        text = result.stdout.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise AssertionError(f"stdout is not UTF-8 ({exc}): {result.stdout[:200]!r}") from None
    if not text:
        return []
    assert text.endswith("\n"), "output does not end with a newline"
    objects = []
    for line in text[:-1].split("\n"):
        value = json.loads(line)
        assert isinstance(value, dict), line[:200]
        objects.append(value)
    return objects


def assert_no_traceback(result: subprocess.CompletedProcess[bytes]) -> None:
    err = result.stderr.decode("utf-8", errors="replace")
    assert "Traceback" not in err, err[-2000:]


def assert_answered(
    result: subprocess.CompletedProcess[bytes], turns: int, *, may_skip: bool = False
) -> list[dict[str, Any]]:
    """Exit 0 with one object per turn, or exit 2 with one line on stderr."""
    assert_no_traceback(result)
    err = result.stderr.decode("utf-8", errors="replace")
    if result.returncode == 2:
        assert err.strip() and "\n" not in err.strip(), f"want one line on stderr, got {err!r}"
        return []
    assert result.returncode == 0, f"exit {result.returncode}: {err[-500:]}"
    objects = json_lines(result)
    if may_skip:
        assert len(objects) <= turns, objects
    else:
        assert len(objects) == turns, f"{len(objects)} objects for {turns} turns"
    for obj in objects:
        assert obj.keys() >= CONTRACT_KEYS, f"missing keys {CONTRACT_KEYS - obj.keys()}"
    return objects


# ------------------------------------------------------------ the contract


def test_reply_json_has_the_contract_fields(isolated_home: Path) -> None:
    texts = ["I'm so tired of my commute.", "We're going to the coast on Saturday."]
    result = run_cli(isolated_home, "reply", "--json", *texts)
    objects = assert_answered(result, len(texts))
    assert result.returncode == 0
    for text, obj in zip(texts, objects, strict=True):
        assert obj["input"] == text
        assert isinstance(obj["reply"], str) and obj["reply"].strip()
        assert obj["kind"] in KINDS, obj["kind"]
        assert isinstance(obj["mirror"], str) and obj["mirror"].strip()
        assert obj["crisis"] is False
        assert isinstance(obj["rule"], str) and obj["rule"].strip()
        assert obj["source"] == "script"
        assert isinstance(obj["feelings"], list)
        for feeling in obj["feelings"]:
            assert feeling.keys() >= FEELING_KEYS, feeling
            assert feeling["family"] in FAMILIES, feeling
            assert feeling["intensity"] in (1, 2, 3), feeling
            assert isinstance(feeling["negated"], bool), feeling


def test_reply_json_matches_the_contracts_example(isolated_home: Path) -> None:
    # architecture.md's example, object for object: the feeling the reply
    # names first, each named feeling with exactly the four contract keys.
    text = "I'm not angry, just disappointed in him."
    result = run_cli(isolated_home, "reply", "--json", text)
    (obj,) = assert_answered(result, 1)
    assert obj["kind"] == "reflection_feeling" and obj["rule"] == "feeling/negated-contrast"
    assert obj["feelings"] == [
        {"text": "disappointed", "family": "sadness", "intensity": 2, "negated": False},
        {"text": "angry", "family": "anger", "intensity": 2, "negated": True},
    ]
    assert obj["mirror"].lower() == "you're not angry, just disappointed in him."


def test_without_json_each_turn_is_one_line(isolated_home: Path) -> None:
    stdin = b"I'm so tired of my commute.\nMy sister called.\n\nI don't know.\n"
    result = run_cli(isolated_home, "reply", stdin=stdin)
    assert_no_traceback(result)
    assert result.returncode == 0
    lines = result.stdout.decode("utf-8").split("\n")
    assert lines[-1] == ""
    # The blank line is not a turn.
    assert len(lines[:-1]) == 3 and all(line.strip() for line in lines[:-1]), lines


def test_no_stdin_means_no_turns(isolated_home: Path) -> None:
    result = run_cli(isolated_home, "reply", "--json")
    assert_answered(result, 0)


# ------------------------------------------------------------ odd input


def test_an_empty_text_argument(isolated_home: Path) -> None:
    result = run_cli(isolated_home, "reply", "--json", "")
    assert_answered(result, 1, may_skip=True)


def test_a_megabyte_on_one_line(isolated_home: Path) -> None:
    sentence = b"I feel a bit tired of my commute and my manager keeps calling me. "
    line = (sentence * (1_000_000 // len(sentence) + 1))[:1_000_000] + b"\n"
    result = run_cli(isolated_home, "reply", "--json", stdin=line)
    objects = assert_answered(result, 1)
    for obj in objects:
        # One reflection, not an echo of the megabyte.
        assert len(obj["reply"]) < 2_000, len(obj["reply"])


CONTROL = "tab\there bell\x07 esc\x1b[31mred\x1b[0m back\x08 cr\rmid vt\x0b ff\x0c del\x7f c1\x85 ls\u2028 I feel odd"


def test_control_characters_as_arguments(isolated_home: Path) -> None:
    result = run_cli(isolated_home, "reply", "--json", CONTROL, "my day was fine")
    assert_answered(result, 2)


def test_control_characters_on_stdin(isolated_home: Path) -> None:
    stdin = CONTROL.encode("utf-8") + b"\nmy day was fine\n"
    result = run_cli(isolated_home, "reply", "--json", stdin=stdin)
    assert_answered(result, 2)


MARKUP = ["[/]", "[bold red]hi[/] my boss shouted", "I wrote [link=https://example.com]this[/link]"]


def test_markup_is_plain_text(isolated_home: Path) -> None:
    result = run_cli(isolated_home, "reply", "--json", *MARKUP)
    objects = assert_answered(result, len(MARKUP))
    assert result.returncode == 0
    assert objects[0]["mirror"] == "[/]"
    assert "[bold red]hi[/]" in objects[1]["mirror"]
    assert "[link=https://example.com]this[/link]" in objects[2]["mirror"]


TEMPLATES = [
    "I typed {{ 7*7 }} in my notes",
    "{% raw %} I am fine",
    "my day {% if true %}was{% endif %} long {{ config }}",
    "{# a comment #} I feel low",
]


def test_template_syntax_is_echoed_never_evaluated(isolated_home: Path) -> None:
    result = run_cli(isolated_home, "reply", "--json", *TEMPLATES)
    objects = assert_answered(result, len(TEMPLATES))
    assert result.returncode == 0
    assert "49" not in result.stdout.decode("utf-8")
    mirrors = [obj["mirror"] for obj in objects]
    assert "{{ 7*7 }}" in mirrors[0]
    assert "{% raw %}" in mirrors[1]
    assert (
        "{% if true %}" in mirrors[2]
        and "{% endif %}" in mirrors[2]
        and "{{ config }}" in mirrors[2]
    )
    assert "{# a comment #}" in mirrors[3]


def test_binary_junk_on_stdin(isolated_home: Path) -> None:
    stdin = (
        b"\xff\xfe alpha \x00 I feel odd \x80\x81\n"
        b"bravo caf\xe9 with my mum \xc3\x28\n"
        b"\x00\x01\x02 charlie \xed\xa0\x80 \xf0\x28\x8c\x28\n"
    )
    result = run_cli(isolated_home, "reply", "--json", stdin=stdin)
    objects = assert_answered(result, 3)
    for marker, obj in zip(["alpha", "bravo", "charlie"], objects, strict=True):
        assert marker in obj["input"], obj["input"]


def test_invalid_utf8_in_an_argument(isolated_home: Path) -> None:
    # A shell passes the bytes through; the output must still be UTF-8 JSON.
    result = run_cli(isolated_home, "reply", "--json", b"caf\xe9 with my mum")
    assert_answered(result, 1)


# ------------------------------------------------------------ line by line


def _reader(stream: Any, lines: queue.Queue[bytes]) -> None:
    for line in iter(stream.readline, b""):
        lines.put(line)
    lines.put(b"")


@pytest.mark.parametrize("as_json", [True, False], ids=["json", "plain"])
def test_each_stdin_line_is_answered_before_the_next_is_sent(
    isolated_home: Path, as_json: bool
) -> None:
    args = [sys.executable, "-m", "mirrorbot", "reply"] + (["--json"] if as_json else [])
    proc = subprocess.Popen(
        args,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=cli_env(isolated_home),
    )
    lines: queue.Queue[bytes] = queue.Queue()
    threading.Thread(target=_reader, args=(proc.stdout, lines), daemon=True).start()
    texts = ["I'm worried about my exams.", "My sister is visiting.", "I feel stuck."]
    try:
        for text in texts:
            assert proc.stdin is not None
            proc.stdin.write(text.encode("utf-8") + b"\n")
            proc.stdin.flush()
            try:
                line = lines.get(timeout=30)
            except queue.Empty:
                pytest.fail(
                    f"no reply to {text!r} while stdin stayed open: output is not flushed per turn"
                )
            assert line.endswith(b"\n"), line
            if as_json:
                assert json.loads(line)["input"] == text
            else:
                assert line.strip()
        assert proc.stdin is not None
        proc.stdin.close()
        assert proc.wait(timeout=30) == 0
        assert lines.get(timeout=30) == b"", "output after the last turn"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.stderr is not None
    assert b"Traceback" not in proc.stderr.read()
    proc.stderr.close()
    assert proc.stdout is not None
    proc.stdout.close()
