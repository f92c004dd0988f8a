"""The chat screen, driven with Textual's Pilot as a person would use it."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from mirrorbot.session import Session
from mirrorbot.tui.app import MirrorApp
from mirrorbot.tui.widgets.message import ChatMessage
from mirrorbot.tui.widgets.message_list import MessageList

SEED = 7


def shown(app: MirrorApp) -> list[tuple[str, str]]:
    """Who said what, in the order on screen, as the text actually rendered."""
    return [(m.speaker, str(m.render())) for m in app.screen.query(ChatMessage)]


async def send(app: MirrorApp, pilot: Pilot[None], text: str) -> None:
    """Put ``text`` in the input and press Enter (typing 10,000 keys would be slow)."""
    app.screen.query_one("#prompt", Input).value = text
    await pilot.press("enter")
    await pilot.pause()


async def test_the_greeting_is_shown_on_start() -> None:
    greeting = Session(seed=SEED).opening().reply
    app = MirrorApp(Session(seed=SEED))
    async with app.run_test(size=(80, 24)):
        assert shown(app) == [("listener", greeting)]


async def test_the_input_has_focus_on_start() -> None:
    app = MirrorApp(Session(seed=SEED))
    async with app.run_test(size=(80, 24)):
        assert app.focused is app.screen.query_one("#prompt", Input)


async def test_typing_and_enter_shows_the_message_and_a_reply() -> None:
    expected = Session(seed=SEED)
    expected.opening()
    reply = expected.turn("I keep putting off the call to my sister").reply
    app = MirrorApp(Session(seed=SEED))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"I keep putting off the call to my sister")
        await pilot.press("enter")
        await pilot.pause()
        assert shown(app)[1:] == [
            ("person", "I keep putting off the call to my sister"),
            ("listener", reply),
        ]
        assert app.screen.query_one("#prompt", Input).value == ""


@pytest.mark.parametrize("text", ["", "   ", "\t"])
async def test_empty_input_is_ignored(text: str) -> None:
    app = MirrorApp(Session(seed=SEED))
    async with app.run_test(size=(80, 24)) as pilot:
        await send(app, pilot, text)
        assert len(shown(app)) == 1  # the greeting only
        assert len(app.session.turns) == 1
        assert app.screen.query_one("#prompt", Input).value == ""


@pytest.mark.parametrize(
    "text",
    [
        "[/]",
        "[bold]x[/bold]",
        "I said [red]stop[/] and [link=x]meant it",
        "a colour escape: \x1b[31mred\x1b[0m and a bell \x07",
    ],
)
async def test_markup_and_escapes_in_a_message_are_shown_literally(text: str) -> None:
    app = MirrorApp(Session(seed=SEED))
    async with app.run_test(size=(80, 24)) as pilot:
        await send(app, pilot, text)
        person = [t for who, t in shown(app) if who == "person"]
        # Control characters become visible pictures (ESC -> ␛); nothing else changes.
        literal = text.replace("\x1b", "\u241b").replace("\x07", "\u2407")
        assert person == [literal]
        assert len(shown(app)) == 3  # greeting, the message, a reply


async def test_a_ten_thousand_character_line_is_shown_whole() -> None:
    text = "so much to say " * 666 + "end"
    assert len(text) > 9990
    app = MirrorApp(Session(seed=SEED))
    async with app.run_test(size=(80, 24)) as pilot:
        await send(app, pilot, text)
        assert ("person", text) in shown(app)
        assert len(shown(app)) == 3


async def test_the_view_follows_new_messages_to_the_bottom() -> None:
    app = MirrorApp(Session(seed=SEED))
    async with app.run_test(size=(80, 24)) as pilot:
        for n in range(8):
            await send(app, pilot, f"one more thing on my mind, number {n}")
        await pilot.pause()
        messages = app.screen.query_one(MessageList)
        assert messages.max_scroll_y > 0
        assert messages.scroll_y == messages.max_scroll_y


async def test_an_unknown_theme_falls_back_quietly() -> None:
    app = MirrorApp(Session(seed=SEED), theme="no-such-theme")
    async with app.run_test(size=(80, 24)):
        assert app.theme == "textual-dark"
        assert shown(app)  # and the conversation is there


async def test_a_known_theme_is_applied() -> None:
    app = MirrorApp(Session(seed=SEED), theme="nord")
    async with app.run_test(size=(80, 24)):
        assert app.theme == "nord"


async def test_ctrl_q_quits() -> None:
    app = MirrorApp(Session(seed=SEED))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running
    assert app.return_code == 0


async def test_a_reader_who_scrolled_up_is_left_where_they_are() -> None:
    app = MirrorApp(Session(seed=SEED))
    async with app.run_test(size=(80, 24)) as pilot:
        for n in range(8):
            await send(app, pilot, f"one more thing on my mind, number {n}")
        messages = app.screen.query_one(MessageList)
        messages.scroll_home(animate=False)
        await pilot.pause()
        await send(app, pilot, "and something new")
        await pilot.pause()
        assert messages.scroll_y == 0
        assert messages.max_scroll_y > 0
