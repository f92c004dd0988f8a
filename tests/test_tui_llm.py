"""The app asks before a conversation may send a person's words to a model
on another computer, naming the host; it never asks when the model is off or
local. Nothing is sent in these tests: a remote name is only configured."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Button, Static

from mirrorbot import config, state
from mirrorbot.tui.app import MirrorApp
from mirrorbot.tui.screens.chat import ChatScreen
from mirrorbot.tui.screens.confirm import ConfirmScreen

REMOTE = "https://models.example.com/v1"


@pytest.fixture(autouse=True)
def disclaimer_already_seen(isolated_home: Path) -> None:
    state.save(state.UiState(disclaimer_seen=True))


def _config(home: Path, *lines: str) -> config.Config:
    home.mkdir(parents=True, exist_ok=True)
    path = home / "config.toml"
    path.write_text("[llm]\n" + "".join(f"{line}\n" for line in lines), encoding="utf-8")
    return config.load(path)


def _remote(home: Path, *extra: str) -> config.Config:
    return _config(home, "enabled = true", f'base_url = "{REMOTE}"', 'model = "x"', *extra)


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening a client at all would be a failure here."""
    from mirrorbot.llm import clients

    def refuse(*_: object, **__: object) -> object:
        raise AssertionError("a connection was about to be opened")

    monkeypatch.setattr(clients, "new_client", refuse)


async def test_a_remote_model_is_asked_about_by_host_and_yes_allows_it_for_that_session(
    isolated_home: Path,
) -> None:
    app = MirrorApp(_remote(isolated_home), seed=1, save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.start_conversation()
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "models.example.com" in app.screen.question
        assert "Yes, for this session" in str(app.screen.query_one("#yes", Button).label)
        assert "scripted listener" in str(app.screen.query_one("#keep", Button).label)
        await pilot.click("#yes")
        await pilot.pause()
        assert isinstance(app.screen, ChatScreen)
        model = app.screen.session.model
        assert model is not None and model.remote_ok and model.use == "journal"
        # The next conversation asks again: the yes was for that session only.
        await app.start_conversation()
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)


@pytest.mark.parametrize("answer", ["click", "escape"])
async def test_no_to_a_remote_model_uses_the_scripted_listener(
    isolated_home: Path, answer: str
) -> None:
    app = MirrorApp(_remote(isolated_home), seed=1, save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.start_conversation()
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert str(app.screen.query_one("#confirm-detail", Static).render()).count(
            "models.example.com"
        )
        if answer == "click":
            await pilot.click("#keep")
        else:
            await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ChatScreen)
        assert app.screen.session.model is None


async def test_a_script_named_on_the_command_line_waits_for_the_answer(
    isolated_home: Path,
) -> None:
    app = MirrorApp(_remote(isolated_home), seed=1, save=False, script="open")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.click("#keep")
        await pilot.pause()
        assert isinstance(app.screen, ChatScreen)
        assert app.screen.session.model is None


@pytest.mark.parametrize(
    "lines",
    [
        ("enabled = false", f'base_url = "{REMOTE}"'),
        ("enabled = true", 'base_url = "http://127.0.0.1:11434/v1"'),
        ("enabled = true", 'base_url = "http://localhost:8080/v1"'),
        ("enabled = true", f'base_url = "{REMOTE}"', "allow_remote = true"),
        ("enabled = true", f'base_url = "{REMOTE}"', 'use_for = ["practice-feedback"]'),
    ],
    ids=["off", "loopback", "localhost", "allowed", "not-for-journaling"],
)
async def test_nothing_is_asked_when_the_model_is_off_local_or_allowed(
    isolated_home: Path, lines: tuple[str, ...]
) -> None:
    app = MirrorApp(_config(isolated_home, *lines), seed=1, save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.start_conversation()
        await pilot.pause()
        assert isinstance(app.screen, ChatScreen)
        model = app.screen.session.model
        assert model is None or not model.remote_ok
