"""The conversation screen, driven with Textual's Pilot as a person would use it."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from mirrorbot.session import Session, Turn
from mirrorbot.tui.app import MirrorApp
from mirrorbot.tui.screens.chat import ChatScreen
from mirrorbot.tui.screens.checkin import CheckinScreen
from mirrorbot.tui.widgets.composer import Composer, complete
from mirrorbot.tui.widgets.heard import HeardNote
from mirrorbot.tui.widgets.message import ChatMessage
from mirrorbot.tui.widgets.message_list import MessageList

SEED = 7


# These tests are about the conversation; the first run has its own tests.
pytestmark = pytest.mark.usefixtures("disclaimer_seen")


def chat_app(session: Session | None = None, **kwargs: object) -> MirrorApp:
    return MirrorApp(session=session or Session(seed=SEED), **kwargs)  # type: ignore[arg-type]


def shown(app: MirrorApp) -> list[tuple[str, str]]:
    """Who said what, in the order on screen, as the text actually rendered."""
    return [(m.speaker, str(m.render())) for m in app.screen.query(ChatMessage)]


async def settle(app: MirrorApp, pilot: Pilot[None]) -> None:
    """Wait for the reply worker and for the screen to show what it posted."""
    await app.workers.wait_for_complete()
    await pilot.pause()


async def send(app: MirrorApp, pilot: Pilot[None], text: str) -> None:
    """Put ``text`` in the composer and press Enter (typing 10,000 keys would be slow)."""
    app.screen.query_one(Composer).load_text(text)
    await pilot.press("enter")
    await settle(app, pilot)


async def test_the_greeting_is_shown_on_start() -> None:
    greeting = Session(seed=SEED).opening().reply
    app = chat_app()
    async with app.run_test(size=(80, 24)):
        assert isinstance(app.screen, ChatScreen)
        assert shown(app) == [("listener", greeting)]


async def test_the_composer_has_focus_on_start() -> None:
    app = chat_app()
    async with app.run_test(size=(80, 24)):
        assert isinstance(app.focused, Composer)


async def test_typing_and_enter_shows_the_message_and_a_reply() -> None:
    expected = Session(seed=SEED)
    expected.opening()
    reply = expected.turn("I keep putting off the call to my sister").reply
    app = chat_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"I keep putting off the call to my sister")
        await pilot.press("enter")
        await settle(app, pilot)
        assert shown(app)[1:] == [
            ("person", "I keep putting off the call to my sister"),
            ("listener", reply),
        ]
        assert app.screen.query_one(Composer).text == ""


async def test_ctrl_j_starts_a_new_line_and_enter_sends_both_lines() -> None:
    app = chat_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"first line", "ctrl+j", *"second line")
        assert app.screen.query_one(Composer).text == "first line\nsecond line"
        assert len(shown(app)) == 1  # nothing sent yet
        await pilot.press("enter")
        await settle(app, pilot)
        assert shown(app)[1] == ("person", "first line\nsecond line")


async def test_a_long_paste_arrives_whole() -> None:
    from textual import events

    text = "\n".join(f"line {n} of a long letter I never sent" for n in range(300))
    app = chat_app()
    async with app.run_test(size=(80, 24)) as pilot:
        composer = app.screen.query_one(Composer)
        app.post_message(events.Paste(text))  # as the terminal delivers it
        await pilot.pause()
        assert composer.text == text
        await pilot.press("enter")
        await settle(app, pilot)
        assert ("person", text) in shown(app)


@pytest.mark.parametrize("text", ["", "   ", "\t", "\n\n"])
async def test_empty_input_is_ignored(text: str) -> None:
    session = Session(seed=SEED)
    app = chat_app(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await send(app, pilot, text)
        assert len(shown(app)) == 1  # the greeting only
        assert len(session.turns) == 1


HOSTILE = [
    "[/]",
    "[bold]x[/bold]",
    "I said [red]stop[/] and [link=x]meant it",
    "a colour escape: \x1b[31mred\x1b[0m and a bell \x07",
    "emoji 🙂👩‍👩‍👧 and right-to-left: שלום עליכם",
    "nul \x00 and backspace \x08 and C1 \x9b",
]


@pytest.mark.parametrize("text", HOSTILE)
async def test_markup_and_escapes_in_a_message_are_shown_literally(text: str) -> None:
    from mirrorbot.display import printable

    app = chat_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await send(app, pilot, text)
        person = [t for who, t in shown(app) if who == "person"]
        # Control characters become visible pictures (ESC -> ␛); nothing else changes.
        assert person == [printable(text)]
        assert len(shown(app)) == 3  # greeting, the message, a reply


async def test_a_ten_thousand_character_line_is_shown_whole() -> None:
    text = "so much to say " * 666 + "end"
    assert len(text) > 9990
    app = chat_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await send(app, pilot, text)
        assert ("person", text) in shown(app)
        assert len(shown(app)) == 3


async def test_the_view_follows_new_messages_to_the_bottom() -> None:
    app = chat_app()
    async with app.run_test(size=(80, 24)) as pilot:
        for n in range(8):
            await send(app, pilot, f"one more thing on my mind, number {n}")
        await pilot.pause()
        messages = app.screen.query_one(MessageList)
        assert messages.max_scroll_y > 0
        assert messages.scroll_y == messages.max_scroll_y


async def test_a_reader_who_scrolled_up_is_left_where_they_are() -> None:
    app = chat_app()
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


async def test_what_i_heard_shows_each_feeling_with_negated_and_implied_marks() -> None:
    app = chat_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await send(app, pilot, "I feel guilty and a bit scared, not angry")
        await send(app, pilot, "I keep putting off the call to my sister")
        notes = list(app.screen.query(HeardNote))
        assert not any(note.display for note in notes)  # off until asked for
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert all(note.display for note in notes)
        first, second = (note.description for note in notes)
        assert 'shame "guilty"' in first and 'fear "scared"' in first
        assert 'anger "angry" (negated)' in first
        assert "(implied)" in second
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert not any(note.display for note in notes)


async def test_what_i_heard_can_start_on_from_config(tmp_path: Path) -> None:
    from mirrorbot.config import Config, defaults

    values = defaults()
    values["ui"]["what_i_heard"] = True
    app = chat_app(config=Config(values=values))
    async with app.run_test(size=(80, 24)) as pilot:
        await send(app, pilot, "I feel lonely")
        assert all(note.display for note in app.screen.query(HeardNote))


def test_slash_commands_complete() -> None:
    commands, scripts = ("summary", "script", "end", "help"), ("crossroads", "open")
    assert complete("/su", commands, scripts) == "mmary"
    assert complete("/s", commands, scripts) == ""  # summary or script: not yet
    assert complete("/e", commands, scripts) == "nd"
    assert complete("/script cr", commands, scripts) == "ossroads"
    assert complete("/end", commands, scripts) == ""
    assert complete("not a command", commands, scripts) == ""


async def test_tab_completes_a_command_and_the_hints_list_matches() -> None:
    app = chat_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", "s")
        hints = app.screen.query_one("#hints")
        assert hints.display
        assert "/summary" in str(hints.render()) and "/script" in str(hints.render())
        await pilot.press("u", "tab")
        assert app.screen.query_one(Composer).text == "/summary"
        assert isinstance(app.focused, Composer)  # Tab completed; it did not move on


async def test_a_quiet_line_shows_while_the_reply_is_prepared() -> None:
    session = Session(seed=SEED)
    release = threading.Event()
    real_turn = session.turn

    def slow_turn(text: str, **options: Any) -> Turn:
        release.wait(30)
        return real_turn(text, **options)

    session.turn = slow_turn  # type: ignore[method-assign]
    app = chat_app(session)
    async with app.run_test(size=(80, 24)) as pilot:
        thinking = app.screen.query_one("#thinking")

        def showing() -> bool:
            return bool(thinking.display)

        assert not showing()
        app.screen.query_one(Composer).load_text("hello there")
        await pilot.press("enter")
        await pilot.pause()
        assert showing()
        assert shown(app)[-1] == ("person", "hello there")  # shown at once
        release.set()
        await settle(app, pilot)
        assert not showing()
        assert shown(app)[-1][0] == "listener"


async def test_a_failed_turn_puts_the_words_back() -> None:
    session = Session(seed=SEED)

    def broken(text: str) -> Turn:
        raise RuntimeError("the disk is on fire")

    session.turn = broken  # type: ignore[method-assign]
    app = chat_app(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await send(app, pilot, "please keep these words")
        assert app.screen.query_one(Composer).text == "please keep these words"
        assert shown(app) == shown(app)[:1]  # only the greeting
        assert any("back in the input" in n.message for n in app._notifications)


async def test_storage_problems_are_shown_quietly() -> None:
    session = Session(seed=SEED)
    problems = ["the journal is full; your words are kept in /tmp/[rescue].txt"]
    session.problems = lambda: [problems.pop()] if problems else []  # type: ignore[method-assign]
    app = chat_app(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await send(app, pilot, "hello")
        notes = [n for n in app._notifications if n.title == "Storage"]
        assert len(notes) == 1
        assert "[rescue]" in notes[0].message and notes[0].severity == "warning"


async def test_end_runs_the_check_in_and_shows_the_summary() -> None:
    from mirrorbot.journal.store import Journal

    app = MirrorApp(seed=SEED, script="open")
    async with app.run_test(size=(80, 24)) as pilot:
        await send(app, pilot, "I feel worried about my exams")
        await send(app, pilot, "/end")
        assert isinstance(app.screen, CheckinScreen)
        await pilot.press("7", "enter", "enter", "1", "2", "enter")
        await pilot.pause()
        assert isinstance(app.screen, CheckinScreen)  # 12 is not 0-10: asked again
        assert "0 to 10" in str(app.screen.query_one("#retry").render())
        await pilot.press("backspace", "backspace", "3", "enter", "5", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ChatScreen)
        summary = str(app.screen.query_one(".summary").render())
        assert "fear 1" in summary and "heard 7/10" in summary and "overall 5/10" in summary
    with Journal.open() as journal:
        (record,) = journal.sessions()
        assert record.ended is not None
        assert dict(record.ratings) == {
            "heard": 7,
            "wanted_topics": None,
            "approach": 3,
            "overall": 5,
        }


async def test_the_check_in_can_be_skipped_with_escape() -> None:
    from mirrorbot.journal.store import Journal

    app = MirrorApp(seed=SEED, script="open")
    async with app.run_test(size=(80, 24)) as pilot:
        await send(app, pilot, "a short one today")
        await pilot.press("ctrl+g")
        await settle(app, pilot)
        assert isinstance(app.screen, CheckinScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert "Check-in skipped" in str(app.screen.query_one(".summary").render())
    with Journal.open() as journal:
        (record,) = journal.sessions()
        assert record.ended is not None
        assert all(v is None for v in record.ratings.values())


async def test_escape_leaves_the_conversation_for_home() -> None:
    from mirrorbot.tui.screens.home import HomeScreen

    app = chat_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_an_unknown_theme_falls_back_quietly() -> None:
    app = chat_app(theme="no-such-theme")
    async with app.run_test(size=(80, 24)):
        assert app.theme == "textual-dark"
        assert shown(app)  # and the conversation is there


@pytest.mark.parametrize("theme", ["nord", "mirrorbot-high-contrast"])
async def test_a_known_theme_is_applied(theme: str) -> None:
    app = chat_app(theme=theme)
    async with app.run_test(size=(80, 24)):
        assert app.theme == theme


async def test_ctrl_q_quits() -> None:
    app = chat_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running
    assert app.return_code == 0


async def test_text_and_enter_arriving_in_one_burst_send_the_whole_message() -> None:
    """A terminal (or a fast typist) can deliver 'text + Enter' in one read:
    Enter must not overtake the letters still queued before it."""
    from textual import events

    app = chat_app()
    async with app.run_test(size=(80, 24)) as pilot:
        text = "I don't know what I'm doing with my life"
        for ch in text:
            app.post_message(events.Key(ch if ch != " " else "space", ch))
        app.post_message(events.Key("enter", "\r"))
        await pilot.pause()
        await settle(app, pilot)
        assert shown(app)[1] == ("person", text)
        assert app.screen.query_one(Composer).text == ""
