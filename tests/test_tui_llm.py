"""The app asks before a conversation may send a person's words to a model
on another computer, naming the host; it never asks when the model is off or
local. Nothing is sent in these tests: a remote name is only configured."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.widgets import Button, Static

from mirrorbot import config
from mirrorbot.tui.app import MirrorApp
from mirrorbot.tui.screens.chat import ChatScreen
from mirrorbot.tui.screens.confirm import ConfirmScreen

REMOTE = "https://models.example.com/v1"
LLMConfig = Callable[..., config.Config]  # the ``llm_config`` fixture (conftest.py)
ON_REMOTE = ("enabled = true", f'base_url = "{REMOTE}"', 'model = "x"')
pytestmark = pytest.mark.usefixtures("disclaimer_seen")


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening a client at all would be a failure here."""
    from mirrorbot.llm import clients

    def refuse(*_: object, **__: object) -> object:
        raise AssertionError("a connection was about to be opened")

    monkeypatch.setattr(clients, "new_client", refuse)


async def test_a_remote_model_is_asked_about_by_host_and_yes_allows_it_for_that_session(
    llm_config: LLMConfig,
) -> None:
    app = MirrorApp(llm_config(*ON_REMOTE), seed=1, save=False)
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
    llm_config: LLMConfig, answer: str
) -> None:
    app = MirrorApp(llm_config(*ON_REMOTE), seed=1, save=False)
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
    llm_config: LLMConfig,
) -> None:
    app = MirrorApp(llm_config(*ON_REMOTE), seed=1, save=False, script="open")
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
    llm_config: LLMConfig, lines: tuple[str, ...]
) -> None:
    app = MirrorApp(llm_config(*lines), seed=1, save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.start_conversation()
        await pilot.pause()
        assert isinstance(app.screen, ChatScreen)
        model = app.screen.session.model
        assert model is None or not model.remote_ok
