"""The command line as a person meets it: help, version, config, and errors.

Everything runs ``python -m mirrorbot`` in a subprocess with its own
``MIRRORBOT_HOME``, so what is tested is what a user sees, traceback or not.
A broken config file exits 2 with one line that names the file, the line and
the key, so the person can go and fix it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mirrorbot import __version__, resources

TIMEOUT = 120  # only so a hang fails instead of blocking the suite


def run_cli(
    home: Path, *args: str, python_flags: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["MIRRORBOT_HOME"] = str(home)
    env.pop("MIRRORBOT_DEBUG", None)
    return subprocess.run(
        [sys.executable, *python_flags, "-m", "mirrorbot", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=env,
        timeout=TIMEOUT,
        check=False,
    )


def write_config(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


# ------------------------------------------------------------ help and version


def test_help(isolated_home: Path) -> None:
    result = run_cli(isolated_home, "--help")
    assert result.returncode == 0, result.stderr
    assert "reply" in result.stdout and "config" in result.stdout
    # Safety: help says plainly what mirrorbot is not.
    assert "not therapy" in result.stdout
    assert "crisis" in result.stdout


def test_version(isolated_home: Path) -> None:
    result = run_cli(isolated_home, "--version")
    assert result.returncode == 0, result.stderr
    assert __version__ in result.stdout


def test_reply_help(isolated_home: Path) -> None:
    result = run_cli(isolated_home, "reply", "--help")
    assert result.returncode == 0, result.stderr
    assert "--json" in result.stdout and "--seed" in result.stdout


def _imported_modules(importtime_stderr: str) -> set[str]:
    modules = set()
    for line in importtime_stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            modules.add(line.rsplit("|", 1)[1].strip())
    return modules


@pytest.mark.parametrize("args", [("--help",), ("reply", "hello")], ids=["help", "reply"])
def test_the_fast_paths_do_not_import_textual(isolated_home: Path, args: tuple[str, ...]) -> None:
    result = run_cli(isolated_home, *args, python_flags=("-X", "importtime"))
    assert result.returncode == 0, result.stderr[-1000:]
    modules = _imported_modules(result.stderr)
    assert "mirrorbot.cli" in modules, "importtime output not understood"
    textual = sorted(m for m in modules if m == "textual" or m.startswith("textual."))
    assert not textual, f"`mirrorbot {' '.join(args)}` imports {textual[:5]}"


# ------------------------------------------------------------ config path, show, check


def test_config_path_is_under_mirrorbot_home(isolated_home: Path) -> None:
    result = run_cli(isolated_home, "config", "path")
    assert result.returncode == 0, result.stderr
    printed = Path(result.stdout.strip())
    assert printed.name == "config.toml"
    assert printed.resolve().is_relative_to(isolated_home.resolve()), printed


def test_config_show_prints_the_settings(isolated_home: Path) -> None:
    result = run_cli(isolated_home, "config", "show")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "[conversation]" in out and 'script = "open"' in out
    assert "[ui]" in out and 'theme = "textual-dark"' in out
    assert str(resources.shipped_config()) in out


def test_the_shipped_config_passes_check(isolated_home: Path) -> None:
    shipped = resources.shipped_config()
    assert shipped.is_file()
    result = run_cli(isolated_home, "config", "check", str(shipped))
    assert result.returncode == 0, result.stderr
    assert "ok" in result.stdout


def test_config_check_without_a_user_file(isolated_home: Path) -> None:
    result = run_cli(isolated_home, "config", "check")
    assert result.returncode == 0, result.stderr


def test_a_user_config_overrides_the_shipped_one(isolated_home: Path) -> None:
    mine = write_config(isolated_home / "config.toml", '[ui]\ntheme = "nord"\n')
    result = run_cli(isolated_home, "config", "show")
    assert result.returncode == 0, result.stderr
    assert 'theme = "nord"' in result.stdout
    assert 'theme = "textual-dark"' not in result.stdout
    assert 'script = "open"' in result.stdout, "keys the user left out keep their defaults"
    assert str(mine) in result.stdout
    check = run_cli(isolated_home, "config", "check")
    assert check.returncode == 0 and str(mine) in check.stdout, check.stdout + check.stderr


def test_config_option_replaces_the_user_file(isolated_home: Path, tmp_path: Path) -> None:
    write_config(isolated_home / "config.toml", '[ui]\ntheme = "nord"\n')
    other = write_config(
        tmp_path / "other.toml", '[ui]\ntheme = "gruvbox"\n\n[conversation]\nseed = 7\n'
    )
    result = run_cli(isolated_home, "--config", str(other), "config", "show")
    assert result.returncode == 0, result.stderr
    assert 'theme = "gruvbox"' in result.stdout
    assert "seed = 7" in result.stdout
    assert "nord" not in result.stdout


def test_the_config_seed_replays_like_the_seed_option(isolated_home: Path) -> None:
    text = "I'm nervous about the interview and my mum keeps calling."
    by_option = run_cli(isolated_home, "reply", "--json", "--seed", "3", text)
    write_config(isolated_home / "config.toml", "[conversation]\nseed = 3\n")
    by_config = run_cli(isolated_home, "reply", "--json", text)
    assert by_option.returncode == by_config.returncode == 0, by_option.stderr + by_config.stderr
    assert by_option.stdout == by_config.stdout


# ------------------------------------------------------------ config errors

# (id, file content, line the error is on or None, word the message must name or None)
BROKEN = [
    ("toml-syntax", '[conversation]\nscript = "open"\nseed = = 3\n', 3, None),
    (
        "unknown-section",
        '[conversation]\nscript = "open"\n\n[colours]\naccent = "red"\n',
        4,
        "colours",
    ),
    ("unknown-key", '[conversation]\nscirpt = "open"\n', 2, "scirpt"),
    ("seed-string", '# my settings\n[conversation]\nseed = "x"\n', 3, "seed"),
    ("seed-bool", "[conversation]\nseed = true\n", 2, "seed"),
    ("seed-float", "[conversation]\nseed = 1.5\n", 2, "seed"),
    ("script-number", "[conversation]\nscript = 3\n", 2, "script"),
    ("theme-list", '[ui]\ntheme = ["nord"]\n', 2, "theme"),
    ("negative-seed", '[ui]\ntheme = "nord"\n\n[conversation]\nseed = -1\n', 5, "seed"),
    ("key-in-wrong-section", '[ui]\ntheme = "nord"\n[conversation]\ntheme = "x"\n', 4, "theme"),
    ("not-utf8", b'[conversation]\nscript = "open"\n[ui]\ntheme = "caf\xe9"\n', 4, None),
    ("dotted-key", "conversation.seed = -1\n", 1, "seed"),
    ("inline-table", "\nconversation = { script = 3 }\n", 2, "script"),
]


def _assert_one_line_error(result: subprocess.CompletedProcess[str], path: Path) -> str:
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 2, f"exit {result.returncode}: {result.stderr}"
    err = result.stderr.strip()
    assert err and "\n" not in err, f"want one line on stderr, got {result.stderr!r}"
    assert str(path) in err, err
    return err


def _assert_names(err: str, path: Path, line: int | None, word: str | None) -> None:
    if line is not None:
        assert f"{path}:{line}:" in err, f"want {path}:{line}: in {err!r}"
    if word is not None:
        assert word in err, f"want {word!r} named in {err!r}"


@pytest.mark.parametrize("content, line, word", [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN])
def test_config_check_reports_a_broken_file(
    isolated_home: Path, tmp_path: Path, content: str | bytes, line: int | None, word: str | None
) -> None:
    path = write_config(tmp_path / "broken.toml", content)
    result = run_cli(isolated_home, "config", "check", str(path))
    err = _assert_one_line_error(result, path)
    _assert_names(err, path, line, word)


@pytest.mark.parametrize("name", ["seed-string", "unknown-section"])
def test_a_broken_user_config_stops_reply(isolated_home: Path, name: str) -> None:
    _, content, line, word = next(b for b in BROKEN if b[0] == name)
    path = write_config(isolated_home / "config.toml", content)
    result = run_cli(isolated_home, "reply", "hello")
    err = _assert_one_line_error(result, path)
    _assert_names(err, path, line, word)
    assert not result.stdout, "no reply from a broken configuration"


@pytest.mark.parametrize("name", ["negative-seed", "not-utf8"])
def test_a_broken_config_option_stops_show(isolated_home: Path, tmp_path: Path, name: str) -> None:
    _, content, line, word = next(b for b in BROKEN if b[0] == name)
    path = write_config(tmp_path / "given.toml", content)
    result = run_cli(isolated_home, "--config", str(path), "config", "show")
    err = _assert_one_line_error(result, path)
    _assert_names(err, path, line, word)


@pytest.mark.parametrize(
    "args",
    [("config", "show"), ("reply", "hello"), ("config", "check")],
    ids=["show", "reply", "check"],
)
def test_a_missing_config_file(isolated_home: Path, tmp_path: Path, args: tuple[str, ...]) -> None:
    missing = tmp_path / "nowhere" / "mine.toml"
    result = run_cli(isolated_home, "--config", str(missing), *args)
    _assert_one_line_error(result, missing)
