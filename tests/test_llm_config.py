"""[llm] in config.toml: typed, checked with file:line messages, and the
rule that a person's words only leave the computer when they said so."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli import run_cli, write_config

from mirrorbot import config
from mirrorbot.llm.clients import retry_after
from mirrorbot.llm.config import LLMSettings, is_loopback


def test_the_shipped_llm_settings() -> None:
    settings = LLMSettings.from_config(config.load())
    assert settings.enabled is False and settings.local
    assert settings.use_for == ("journal",)
    assert settings.endpoint() == "http://127.0.0.1:11434/v1/chat/completions"


def test_a_user_file_turns_it_on(isolated_home: Path) -> None:
    write_config(
        isolated_home / "config.toml",
        '[llm]\nenabled = true\nprovider = "ollama"\nbase_url = "http://localhost:11434/"\n'
        'total_timeout = 5\nredact_names = ["Sam"]\n',
    )
    settings = LLMSettings.from_config(config.load())
    assert settings.enabled and settings.provider == "ollama"
    assert settings.endpoint() == "http://localhost:11434/api/chat"
    assert settings.total_timeout == 5.0 and settings.redact_names == ("Sam",)
    assert settings.refusal() is None


@pytest.mark.parametrize(
    "host, local",
    [
        ("localhost", True),
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("[::1]", True),
        ("LOCALHOST.", True),
        ("localhost.example.com", False),
        ("10.0.0.5", False),
        ("192.168.1.20", False),
        ("api.openai.com", False),
        ("", False),
    ],
)
def test_what_counts_as_this_computer(host: str, local: bool) -> None:
    assert is_loopback(host) is local


def test_an_address_without_a_scheme_host_is_refused() -> None:
    remote = LLMSettings(enabled=True, base_url="http://[::1]:8080/v1")
    assert remote.local and remote.refusal() is None
    far = LLMSettings(enabled=True, base_url="https://llm.example.net/v1")
    problem = far.refusal()
    assert problem is not None and "llm.example.net" in problem and "allow_remote" in problem


@pytest.mark.parametrize(
    "content, line, key",
    [
        ('[llm]\nenabled = "yes"\n', 2, "enabled"),
        ('[llm]\nprovider = "gpt"\n', 2, "provider"),
        ('[llm]\n\nbase_url = "127.0.0.1:8080"\n', 3, "base_url"),
        ('[llm]\napi_key_env = "sk-abc123 secret"\n', 2, "api_key_env"),
        ("[llm]\ntemperature = 7\n", 2, "temperature"),
        ("[llm]\nmax_tokens = 0\n", 2, "max_tokens"),
        ("[llm]\ntotal_timeout = -1\n", 2, "total_timeout"),
        ('[llm]\nuse_for = ["journal", "everything"]\n', 2, "use_for"),
        ("[llm]\nredact_names = [3]\n", 2, "redact_names"),
        ("[llm]\nallow_remote = 1\n", 2, "allow_remote"),
        ('[llm]\nmodle = "x"\n', 2, "modle"),
    ],
)
def test_a_broken_llm_setting_names_file_line_and_key(
    isolated_home: Path, tmp_path: Path, content: str, line: int, key: str
) -> None:
    path = write_config(tmp_path / "mine.toml", content)
    result = run_cli(isolated_home, "config", "check", str(path))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    err = result.stderr.strip()
    assert f"{path}:{line}:" in err and key in err and "\n" not in err, err


def test_the_api_key_is_never_printed_by_config_show(isolated_home: Path) -> None:
    write_config(isolated_home / "config.toml", '[llm]\napi_key_env = "MY_KEY"\n')
    result = run_cli(isolated_home, "config", "show")
    assert result.returncode == 0, result.stderr
    assert "MY_KEY" in result.stdout


@pytest.mark.parametrize(
    "header, seconds",
    [("3", 3.0), ("0.5", 0.5), ("-2", 0.0), (None, None), ("soon", None)],
)
def test_retry_after(header: str | None, seconds: float | None) -> None:
    assert retry_after(header) == seconds


def test_retry_after_as_a_date() -> None:
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == pytest.approx(10.0)
