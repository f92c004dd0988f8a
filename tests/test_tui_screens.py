"""Home, first run, journal, session view, patterns, help and settings, driven
with Pilot from the keyboard alone, on a real journal in MIRRORBOT_HOME."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from mirrorbot import state
from mirrorbot.config import BINDING_IDS, Config, defaults
from mirrorbot.journal.store import Journal
from mirrorbot.tui.app import MirrorApp
from mirrorbot.tui.screens.chat import ChatScreen
from mirrorbot.tui.screens.confirm import ConfirmScreen
from mirrorbot.tui.screens.disclaimer import DisclaimerScreen
from mirrorbot.tui.screens.export import ExportScreen
from mirrorbot.tui.screens.help import HelpScreen
from mirrorbot.tui.screens.home import HomeScreen
from mirrorbot.tui.screens.journal import JournalScreen
from mirrorbot.tui.screens.patterns import PatternsScreen
from mirrorbot.tui.screens.session_view import SessionViewScreen
from mirrorbot.tui.screens.settings import SettingsScreen
from mirrorbot.tui.widgets.composer import Composer
from mirrorbot.tui.widgets.message import ChatMessage

SEED = 7
NOW = datetime(2025, 5, 14, 12, 0, tzinfo=timezone.utc)


def fixed_clock() -> datetime:
    return NOW


@pytest.fixture
def seen() -> None:
    state.save(state.UiState(disclaimer_seen=True))


@pytest.fixture
def utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is UTC, so the days and hours shown do not depend on the machine."""
    import time

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def add_session(
    journal: Journal,
    turns: list[tuple[str, str, list[dict[str, object]]]],
    *,
    at: datetime = NOW - timedelta(hours=2),
    script: str = "open",
    ratings: dict[str, int] | None = None,
    ended: bool = True,
) -> int:
    sid = journal.start_session(script, started_at=at)
    for n, (speaker, text, feelings) in enumerate(turns):
        journal.add_turn(sid, speaker, text, feelings=feelings, at=at + timedelta(minutes=n))
    if ended:
        journal.end_session(sid, ended_at=at + timedelta(minutes=len(turns)), ratings=ratings)
    return sid


WORRIED = [{"text": "worried", "family": "fear", "intensity": 2, "negated": False}]


def sample_journal() -> list[int]:
    with Journal.open() as journal:
        return [
            add_session(
                journal,
                [
                    ("listener", "What's on your mind?", []),
                    ("person", "I'm worried about the garden party", WORRIED),
                    ("listener", "You're worried about the party.", []),
                ],
                at=NOW - timedelta(days=8),
                ratings={"heard": 8, "overall": 7},
            ),
            add_session(
                journal,
                [
                    ("listener", "Where would you like to start?", []),
                    ("person", "[bold]not bold[/] \x1b[31mstill plain\x1b[0m [/]", []),
                    ("listener", "It sounds like a lot.", []),
                ],
                at=NOW - timedelta(hours=3),
                ratings={"heard": 6},
            ),
        ]


def app_with(**kwargs: object) -> MirrorApp:
    return MirrorApp(seed=SEED, clock=fixed_clock, **kwargs)  # type: ignore[arg-type]


async def settle(app: MirrorApp, pilot: Pilot[None]) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()


# ------------------------------------------------------------------ first run


async def test_the_first_run_shows_the_disclaimer_once(isolated_home: Path) -> None:
    from mirrorbot import safety

    app = app_with()
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, DisclaimerScreen)
        text = str(app.screen.query_one("#disclaimer-text").render())
        assert text == safety.disclaimer()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    path = state.state_path()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert json.loads(path.read_text())["disclaimer_seen"] is True
    again = app_with()
    async with again.run_test(size=(80, 24)):
        assert isinstance(again.screen, HomeScreen)


async def test_a_damaged_state_file_means_the_disclaimer_again(isolated_home: Path) -> None:
    isolated_home.mkdir(parents=True, exist_ok=True)
    state.state_path().write_text("{not json")
    app = app_with()
    async with app.run_test(size=(80, 24)):
        assert isinstance(app.screen, DisclaimerScreen)


# ------------------------------------------------------------------ home


def menu_ids(app: MirrorApp) -> dict[str, bool]:
    """Menu option id -> enabled."""
    menu = app.screen.query_one("#menu", OptionList)
    return {
        o.id: not o.disabled
        for o in (menu.get_option_at_index(i) for i in range(menu.option_count))
        if o.id
    }


async def test_home_offers_every_script_practice_and_the_places(seen: None) -> None:
    from mirrorbot.dialogue import script as scripts

    app = app_with()
    async with app.run_test(size=(80, 24)):
        options = menu_ids(app)
        for name in scripts.available():
            assert options[f"script:{name}"]
        assert options["practise"]
        assert options["continue"] is False  # nothing today
        for place in ("journal", "patterns", "settings", "help"):
            assert options[place]
        first = app.screen.query_one("#menu", OptionList).get_option_at_index(0)
        assert first.id == "script:open"  # the configured script comes first
        description = scripts.load("open").description
        assert str(app.screen.query_one("#detail").render()) == description


async def test_enter_on_home_starts_the_highlighted_script(seen: None) -> None:
    from mirrorbot.dialogue import script as scripts

    app = app_with()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ChatScreen)
        second = sorted(n for n in scripts.available() if n != "open")[0]
        assert app.screen.session.script == second
        assert app.screen.sub_title == scripts.load(second).title


async def test_continue_adds_to_todays_entry_and_shows_its_earlier_part(
    seen: None, utc: None
) -> None:
    sample_journal()
    app = app_with()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)  # today's session is looked up after the first paint
        assert menu_ids(app)["continue"]
        menu = app.screen.query_one("#menu", OptionList)
        menu.highlighted = menu.get_option_index("continue")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ChatScreen)
        earlier = [m for m in app.screen.query(ChatMessage) if m.has_class("earlier")]
        assert len(earlier) == 3
        app.screen.query_one(Composer).load_text("and one more thing about the party")
        await pilot.press("enter")
        await settle(app, pilot)
    with Journal.open() as journal:
        assert journal.count() == 2  # no new entry
        today = journal.sessions(limit=1)[0]
        record = journal.session(today.id or 0)
        assert [t.speaker for t in record.turns][-2:] == ["person", "listener"]
        assert record.turns[-2].text == "and one more thing about the party"


# ------------------------------------------------------------------ journal


async def open_journal(app: MirrorApp, pilot: Pilot[None]) -> None:
    await pilot.press("f2")
    await pilot.pause()
    assert isinstance(app.screen, JournalScreen)


def listed(app: MirrorApp) -> list[str]:
    listing = app.screen.query_one("#sessions", OptionList)
    return [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]


async def test_the_journal_lists_sessions_newest_first_and_searches_as_you_type(
    seen: None, utc: None
) -> None:
    sample_journal()
    app = app_with()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_journal(app, pilot)
        shown = listed(app)
        assert len(shown) == 2
        assert "Wed 14 May 2025 09:00" in shown[0]
        assert "Tue 06 May 2025" in shown[1]
        assert isinstance(app.focused, Input)
        await pilot.press(*"garden")
        await pilot.pause()
        (hit,) = listed(app)
        assert "garden" in hit
        await pilot.press(*" zebra")
        await pilot.pause()
        assert listed(app) == []
        assert "Nothing matches" in str(app.screen.query_one("#journal-status").render())


async def test_a_session_opens_from_the_journal_and_copies(seen: None, utc: None) -> None:
    sample_journal()
    app = app_with()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_journal(app, pilot)
        await pilot.press("down", "down", "enter")  # to the list, the older session, open
        await pilot.pause()
        assert isinstance(app.screen, SessionViewScreen)
        messages = list(app.screen.query(ChatMessage))
        assert [m.text for m in messages][1] == "I'm worried about the garden party"
        assert app.focused is messages[0]
        await pilot.press("down", "c")
        assert app.clipboard == "You (12:01): I'm worried about the garden party"
        await pilot.press("C")
        assert app.clipboard.startswith("Fear · garden (Tue 06 May 2025, 12:00, script open)")
        assert "mirrorbot (12:02): You're worried about the party." in app.clipboard
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert 'fear "worried"' in str(app.screen.query_one("HeardNote").render())


async def test_markup_and_escapes_in_the_journal_are_shown_literally(seen: None, utc: None) -> None:
    sample_journal()
    app = app_with()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_journal(app, pilot)
        assert "Wed 14 May 2025 09:00" in listed(app)[0]
        await pilot.press("down", "enter")
        await pilot.pause()
        texts = [str(m.render()) for m in app.screen.query(ChatMessage)]
        assert "[bold]not bold[/] \u241b[31mstill plain\u241b[0m [/]" in texts
        await pilot.press(*"ehello")  # nothing typed here may crash the screen
        await pilot.press("escape", "escape")
        await pilot.press(*"[/]")
        await pilot.pause()
        assert isinstance(app.screen, JournalScreen)


@pytest.mark.parametrize("fmt", ["md", "jsonl"])
async def test_export_writes_to_the_folder_it_names(
    seen: None, utc: None, tmp_path: Path, fmt: str
) -> None:
    sample_journal()
    out = tmp_path / "my exports"
    app = app_with()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_journal(app, pilot)
        await pilot.press("down", "e")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        if fmt == "jsonl":
            await pilot.press("down", "enter")  # the second radio button
        app.screen.query_one("#folder", Input).value = str(out)
        app.screen.query_one("#folder", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, JournalScreen)
        notes = [n.message for n in app._notifications]
        assert any(str(out) in n and "Exported 1 session" in n for n in notes)
    (written,) = list(out.iterdir())
    assert written.suffix == f".{fmt}"
    assert "[bold]not bold[/]" in written.read_text() or fmt == "jsonl"


async def test_delete_asks_first_and_keeping_is_the_default(seen: None, utc: None) -> None:
    older, _ = sample_journal()
    app = app_with()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_journal(app, pilot)
        await pilot.press("down", "d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("enter")  # the focused button keeps it
        await pilot.pause()
        assert len(listed(app)) == 2
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("tab", "enter")  # to "Delete", and press it
        await pilot.pause()
        assert isinstance(app.screen, JournalScreen)
        assert len(listed(app)) == 1
    with Journal.open() as journal:
        assert journal.count() == 1
        assert journal.sessions()[0].id == older  # the newest was highlighted and deleted


async def test_the_main_flow_talk_end_find_export(seen: None, tmp_path: Path) -> None:
    """Start, talk, end with a check-in, find it in the journal, export it."""
    app = app_with()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")  # start the default script
        await pilot.pause()
        app.screen.query_one(Composer).load_text("The allotment committee keeps ignoring me")
        await pilot.press("enter")
        await settle(app, pilot)
        app.screen.query_one(Composer).load_text("/end")
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("9", "enter", "8", "enter", "7", "enter", "6", "enter")
        await pilot.pause()
        await open_journal(app, pilot)
        await pilot.press(*"allotment")
        await pilot.pause()
        assert len(listed(app)) == 1
        await pilot.press("enter", "enter")  # to the list, open it
        await pilot.pause()
        assert isinstance(app.screen, SessionViewScreen)
        assert "overall 6/10" in str(app.screen.query_one("#view-meta").render())
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#folder", Input).value = str(tmp_path / "out")
        app.screen.query_one("#folder", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
    (written,) = list((tmp_path / "out").iterdir())
    assert "allotment committee" in written.read_text()


# ------------------------------------------------------------------ patterns, help, settings


async def test_patterns_draw_feelings_by_week_topics_and_check_ins(seen: None, utc: None) -> None:
    from textual.widgets import ProgressBar, Sparkline

    sample_journal()
    app = app_with()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.screen, PatternsScreen)
        rows = {
            str(row.query_one(".row-name").render()): row
            for row in app.screen.query(".pattern-row")
        }
        fear = rows["fear"].query_one(Sparkline)
        assert list(fear.data or []) == [0, 0, 0, 0, 0, 0, 1, 0]  # last week, not this one
        assert "garden" in rows and "felt heard" in rows
        heard = rows["felt heard"].query_one(ProgressBar)
        assert heard.progress == 7.0 and heard.total == 10


async def test_patterns_with_an_empty_journal_say_so(seen: None) -> None:
    app = app_with()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        assert "No sessions yet" in str(app.screen.query_one("#patterns Static").render())


def remapped(**keys: str) -> Config:
    values = defaults()
    values["keys"].update(keys)
    return Config(values=values)


async def test_help_lists_keys_commands_plain_mode_and_the_disclaimer(seen: None) -> None:
    from mirrorbot import safety

    app = app_with(config=remapped(**{"what-i-heard": "f9"}))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = "\n".join(str(s.render()) for s in app.screen.query("Static"))
        assert safety.disclaimer() in text
        for command in ("/summary", "/script NAME", "/end", "/help"):
            assert command in text
        assert "NO_COLOR" in text and "--plain" in text
        assert "What I heard  [what-i-heard]" in text
        line = next(x for x in text.splitlines() if "[what-i-heard]" in x)
        assert "f9" in line and "^t" not in line
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_question_mark_opens_help_where_nothing_is_typed(seen: None) -> None:
    app = app_with()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_a_remapped_key_works_and_the_old_one_does_not(seen: None) -> None:
    from mirrorbot.tui.widgets.message_list import MessageList

    app = app_with(config=remapped(**{"what-i-heard": "f9", "journal": "f8"}))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        messages = app.screen.query_one(MessageList)
        await pilot.press("ctrl+t")
        assert not messages.show_heard  # the old key does nothing now
        await pilot.press("f9")
        await pilot.pause()
        assert messages.has_class("-show-heard")
        await pilot.press("f8")
        await pilot.pause()
        assert isinstance(app.screen, JournalScreen)


def test_every_binding_has_an_id_that_config_can_remap() -> None:
    from textual.binding import Binding

    from mirrorbot.tui.screens import (
        chat,
        checkin,
        confirm,
        disclaimer,
        export,
        help,
        journal,
        patterns,
        session_view,
        settings,
    )
    from mirrorbot.tui.widgets.composer import Composer

    kinds: list[type] = [
        MirrorApp, Composer, chat.ChatScreen, checkin.CheckinScreen, confirm.ConfirmScreen,
        disclaimer.DisclaimerScreen, export.ExportScreen, help.HelpScreen,
        journal.JournalScreen, patterns.PatternsScreen, session_view.SessionViewScreen,
        settings.SettingsScreen,
    ]  # fmt: skip
    ids: set[str] = set()
    for kind in kinds:
        for binding in kind.BINDINGS:  # type: ignore[attr-defined]
            assert isinstance(binding, Binding)
            if binding.action in ("to_list", "next_rating"):
                continue  # conveniences (down from search, Enter in the check-in), not commands
            assert binding.id, f"{kind.__name__}: {binding.key} has no id"
            ids.add(binding.id)
    assert ids == set(BINDING_IDS)


async def test_settings_pick_a_theme_remember_it_and_show_where_things_live(
    seen: None, isolated_home: Path
) -> None:
    app = app_with()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)
        places = str(app.screen.query_one("#places").render())
        assert str(isolated_home / "config.toml") in places
        assert "journal.sqlite3" in places
        themes = app.screen.query_one("#themes", OptionList)
        themes.highlighted = themes.get_option_index("mirrorbot-high-contrast")
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme == "mirrorbot-high-contrast"
    assert state.load().theme == "mirrorbot-high-contrast"
    again = app_with()
    async with again.run_test(size=(80, 24)) as pilot:
        assert again.theme == "mirrorbot-high-contrast"
        await pilot.press("f4")
        await pilot.pause()
        themes = again.screen.query_one("#themes", OptionList)
        themes.highlighted = themes.get_option_index("follow-config")
        await pilot.press("enter")
        await pilot.pause()
        assert again.theme == "textual-dark"
    assert state.load().theme is None


async def test_the_command_palette_offers_the_main_actions(seen: None) -> None:
    app = app_with()
    async with app.run_test(size=(80, 24)) as pilot:
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert {"New session", "Journal", "Patterns", "Settings", "Help", "Home"} <= titles
        await pilot.press("enter")
        await pilot.pause()
        in_chat = {c.title for c in app.get_system_commands(app.screen)}
        assert {"End this session", "Summary so far", "What I heard"} <= in_chat
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"journal", "enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, JournalScreen)
