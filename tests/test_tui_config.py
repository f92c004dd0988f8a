"""Config keys of the terminal app: [keys] remaps bindings, ui.what_i_heard.

A mistake in them stops the app with one line naming the file, the line and
the key, like every other config error."""

from __future__ import annotations

from pathlib import Path

import pytest

from mirrorbot import config
from tests.test_cli import run_cli, write_config


def test_the_shipped_config_documents_every_binding_id() -> None:
    from mirrorbot import resources

    text = resources.shipped_config().read_text()
    for binding in config.BINDING_IDS:
        assert f"# {binding} = " in text, binding
    assert "what_i_heard = false" in text


def test_keys_and_what_i_heard_are_read(isolated_home: Path) -> None:
    write_config(
        isolated_home / "config.toml",
        '[ui]\nwhat_i_heard = true\n[keys]\n"what-i-heard" = "f9"\njournal = "ctrl+o, f2"\n',
    )
    loaded = config.load()
    assert loaded.what_i_heard is True
    assert loaded.keymap == {"what-i-heard": "f9", "journal": "ctrl+o, f2"}


def test_no_keys_remapped_by_default() -> None:
    assert config.load().keymap == {}


@pytest.mark.parametrize(
    ("content", "line", "words"),
    [
        ('[keys]\nteleport = "f9"\n', 2, "unknown key keys.teleport"),
        ('[keys]\njournal = "f 2"\n', 2, "keys.journal must name keys"),
        ("[keys]\njournal = 2\n", 2, "keys.journal must be a string"),
        ('[ui]\nwhat_i_heard = "yes"\n', 2, "ui.what_i_heard must be true or false"),
    ],
)
def test_a_bad_key_is_reported_with_file_and_line(
    isolated_home: Path, content: str, line: int, words: str
) -> None:
    path = write_config(isolated_home / "config.toml", content)
    result = run_cli(isolated_home, "config", "check")
    assert result.returncode == 2
    assert f"{path}:{line}: " in result.stderr and words in result.stderr
    assert "Traceback" not in result.stderr
