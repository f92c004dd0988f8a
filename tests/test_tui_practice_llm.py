"""Practice in the app with the language model: a remote host is asked
about by name before a practice may use it (as a conversation does), and a
speaker's line or a tip the model worded carries a quiet "model" mark."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from llm_server import LoopbackModel, Plan, words
from textual.pilot import Pilot
from textual.widgets import Button, OptionList, Static

from mirrorbot import config
from mirrorbot.tui.app import MirrorApp
from mirrorbot.tui.screens.confirm import ConfirmScreen
from mirrorbot.tui.screens.practice import PracticeScreen
from mirrorbot.tui.screens.practice_picker import PracticePickerScreen
from mirrorbot.tui.widgets.composer import Composer
from mirrorbot.tui.widgets.practice_line import PracticeLine, TipNote

REMOTE = "https://models.example.com/v1"
SCENARIO = "work-stress"
ROADBLOCK = "You should talk to your boss."
SPOKEN = "Yeah, honestly, I'm just so tired of it all landing on me."
WORDED = (
    "Tip: Advice came before understanding; reflect what they said first. "
    "Example: It sounds like you're worn down by the work piling up."
)
PRACTICE = 'use_for = ["practice-speaker", "practice-feedback"]'
ON_REMOTE = ("enabled = true", f'base_url = "{REMOTE}"', 'model = "x"')
LLMConfig = Callable[..., config.Config]  # the ``llm_config`` fixture (conftest.py)
pytestmark = pytest.mark.usefixtures("disclaimer_seen")


async def settle(app: MirrorApp, pilot: Pilot[None]) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def choose(app: MirrorApp, pilot: Pilot[None], name: str = SCENARIO) -> None:
    """Open the picker and press Enter on ``name``."""
    await settle(app, pilot)
    app.action_practise()
    await settle(app, pilot)
    assert isinstance(app.screen, PracticePickerScreen)
    scenarios = app.screen.query_one("#scenarios", OptionList)
    while scenarios.get_option_at_index(scenarios.highlighted or 0).id != f"scenario:{name}":
        await pilot.press("down")
    await pilot.press("enter")
    await settle(app, pilot)


async def reply(app: MirrorApp, pilot: Pilot[None], text: str) -> PracticeScreen:
    """Start the practice and send ``text`` as the learner's first reply."""
    await choose(app, pilot)
    screen = app.screen
    assert isinstance(screen, PracticeScreen)
    screen.query_one(Composer).load_text(text)
    await pilot.press("enter")
    await settle(app, pilot)
    return screen


async def test_a_remote_model_for_practice_is_asked_about_by_host_and_yes_allows_it(
    llm_config: LLMConfig,
) -> None:
    app = MirrorApp(llm_config(*ON_REMOTE, PRACTICE), seed=1, save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await choose(app, pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert "models.example.com" in app.screen.question
        detail = str(app.screen.query_one("#confirm-detail", Static).render())
        assert "models.example.com" in detail and "practice" in detail
        assert "scripted" in str(app.screen.query_one("#keep", Button).label)
        await pilot.click("#yes")
        await settle(app, pilot)
        assert isinstance(app.screen, PracticeScreen)
        session = app.screen.session
        assert session.speaker is not None and session.speaker.hook.remote_ok
        assert session.coach is not None and session.coach.hook.remote_ok


@pytest.mark.parametrize("answer", ["click", "escape"])
async def test_no_to_a_remote_model_keeps_practice_scripted(
    llm_config: LLMConfig, answer: str
) -> None:
    app = MirrorApp(llm_config(*ON_REMOTE, PRACTICE), seed=1, save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await choose(app, pilot)
        assert isinstance(app.screen, ConfirmScreen)
        if answer == "click":
            await pilot.click("#keep")
        else:
            await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, PracticeScreen)
        assert app.screen.session.speaker is None and app.screen.session.coach is None


@pytest.mark.parametrize(
    "lines",
    [
        ("enabled = false", f'base_url = "{REMOTE}"', PRACTICE),
        ("enabled = true", 'base_url = "http://127.0.0.1:11434/v1"', PRACTICE),
        ("enabled = true", f'base_url = "{REMOTE}"', PRACTICE, "allow_remote = true"),
        ("enabled = true", f'base_url = "{REMOTE}"', 'use_for = ["journal"]'),
    ],
    ids=["off", "loopback", "allowed", "not-for-practice"],
)
async def test_nothing_is_asked_when_practice_would_not_send_anything_away(
    llm_config: LLMConfig, lines: tuple[str, ...]
) -> None:
    app = MirrorApp(llm_config(*lines), seed=1, save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await choose(app, pilot)
        assert isinstance(app.screen, PracticeScreen)


async def test_what_the_model_worded_is_marked_quietly(
    llm_config: LLMConfig, server: LoopbackModel
) -> None:
    server.route = lambda body: Plan(
        tokens=words(
            WORDED if "Our coder has already judged" in body["messages"][0]["content"] else SPOKEN
        )
    )
    cfg = llm_config("enabled = true", f'base_url = "{server.url}"', 'model = "x"', PRACTICE)
    app = MirrorApp(cfg, seed=1, save=False)
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reply(app, pilot, ROADBLOCK)
        opening, *_, said = screen.query(PracticeLine).filter(".speaker")
        assert said.text == SPOKEN and said.border_subtitle == "model"
        assert not opening.border_subtitle, "the scenario's own words carry no mark"
        (note,) = screen.query(TipNote)
        assert note.source == "llm" and "worn down" in (note.example_line or "")
        assert str(note.render()).rstrip().endswith("model")


async def test_a_scripted_practice_carries_no_mark(isolated_home: Path) -> None:
    app = MirrorApp(seed=1, save=False)
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await reply(app, pilot, ROADBLOCK)
        assert all(not line.border_subtitle for line in screen.query(PracticeLine))
        (note,) = screen.query(TipNote)
        assert note.source == "script" and "model" not in str(note.render())
