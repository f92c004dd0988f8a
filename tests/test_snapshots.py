"""How every screen looks, as SVG snapshots at 80x24 and 120x40.

Replies to typed text are left out (the reply engine's wording changes
often); the journal is filled with fixed sessions at fixed times, the clock
and the time zone are fixed, and MIRRORBOT_HOME is one fixed folder so the
paths shown in help and settings do not change between runs. When the look
changes on purpose, regenerate with ``pytest tests/test_snapshots.py
--snapshot-update`` and look at the SVGs under ``tests/__snapshots__/``
before committing them.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from mirrorbot import state
from mirrorbot.journal.store import Journal
from mirrorbot.session import Session
from mirrorbot.tui.app import MirrorApp

SnapCompare = Callable[..., bool]
NOW = datetime(2025, 5, 14, 12, 0, tzinfo=timezone.utc)
SIZES = pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
HOME = Path(tempfile.gettempdir()) / "mirrorbot-snapshots"


@pytest.fixture(autouse=True)
def fixed_world(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    # HOME is one folder for every process on the machine, so two test runs
    # at once (a developer's and a CI job's) would empty each other's
    # journal mid-test: each snapshot holds a lock on it while it runs.
    with _lock_on(HOME):
        yield from _fixed_world(monkeypatch)


@contextmanager
def _lock_on(folder: Path) -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # not on POSIX: no other runs to share with, as far as we know
        yield
        return
    with open(f"{folder}.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _fixed_world(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    shutil.rmtree(HOME, ignore_errors=True)
    monkeypatch.setenv("MIRRORBOT_HOME", str(HOME))
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    state.save(state.UiState(disclaimer_seen=True))
    yield HOME
    monkeypatch.undo()
    time.tzset()
    shutil.rmtree(HOME, ignore_errors=True)


def fill_journal() -> None:
    feelings = [
        [{"text": "worried", "family": "fear", "intensity": 2, "negated": False}],
        [{"text": "tired", "family": "fatigue", "intensity": 2, "negated": False},
         {"text": "angry", "family": "anger", "intensity": 2, "negated": True}],
        [{"text": "relieved", "family": "calm", "intensity": 1, "negated": False}],
    ]  # fmt: skip
    texts = [
        "I'm worried about the garden party on Saturday",
        "Just tired, not angry [bold]at all[/] \x1b[31m",
        "Relieved the allotment meeting is over",
    ]
    with Journal.open() as journal:
        for n in range(3):
            at = NOW - timedelta(days=9 * (2 - n), hours=2)
            sid = journal.start_session("open", started_at=at)
            journal.add_turn(sid, "listener", "What's on your mind?", at=at)
            journal.add_turn(
                sid, "person", texts[n], feelings=feelings[n], at=at + timedelta(minutes=1)
            )
            journal.add_turn(
                sid, "listener", "It sounds like a lot to carry.", at=at + timedelta(minutes=2)
            )
            journal.end_session(
                sid, ended_at=at + timedelta(minutes=3), ratings={"heard": 6 + n, "overall": 5 + n}
            )


def app(**kwargs: Any) -> Any:
    return MirrorApp(seed=1, clock=lambda: NOW, theme="textual-dark", **kwargs)


def keys(*pressed: str) -> Callable[[Pilot[None]], Awaitable[None]]:
    async def run(pilot: Pilot[None]) -> None:
        await pilot.press(*pressed)
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    return run


@SIZES
def test_opening_screen(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    assert snap_compare(app(session=Session(seed=1)), terminal_size=size)


@SIZES
def test_home(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    assert snap_compare(app(), terminal_size=size)


@SIZES
def test_home_with_a_session_to_continue(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    fill_journal()
    assert snap_compare(app(), terminal_size=size, run_before=keys())


@SIZES
def test_disclaimer(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    state.save(state.UiState())
    assert snap_compare(app(), terminal_size=size)


@SIZES
def test_command_completion(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    assert snap_compare(app(session=Session(seed=1)), terminal_size=size, press=["slash", "s"])


@SIZES
def test_checkin(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    from mirrorbot.tui.screens.checkin import CheckinScreen

    async def open_checkin(pilot: Pilot[None]) -> None:
        pilot.app.push_screen(CheckinScreen())
        await pilot.pause()

    assert snap_compare(app(session=Session(seed=1)), terminal_size=size, run_before=open_checkin)


@SIZES
def test_journal(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    fill_journal()
    assert snap_compare(app(), terminal_size=size, run_before=keys("f2"))


@SIZES
def test_journal_search(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    fill_journal()
    assert snap_compare(app(), terminal_size=size, run_before=keys("f2", *"garden"))


@SIZES
def test_session_view_with_what_i_heard(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    fill_journal()
    run = keys("f2", "down", "down", "enter", "ctrl+t")
    assert snap_compare(app(), terminal_size=size, run_before=run)


@SIZES
def test_export_dialog(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    fill_journal()
    assert snap_compare(app(), terminal_size=size, run_before=keys("f2", "down", "e"))


@SIZES
def test_delete_confirmation(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    fill_journal()
    assert snap_compare(app(), terminal_size=size, run_before=keys("f2", "down", "d"))


@SIZES
def test_patterns(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    fill_journal()
    assert snap_compare(app(), terminal_size=size, run_before=keys("f3"))


@SIZES
def test_help(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    assert snap_compare(app(), terminal_size=size, run_before=keys("f1"))


@SIZES
def test_settings(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    assert snap_compare(app(), terminal_size=size, run_before=keys("f4"))


@SIZES
def test_high_contrast(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    the_app = MirrorApp(seed=1, clock=lambda: NOW, theme="mirrorbot-high-contrast")
    assert snap_compare(the_app, terminal_size=size)


async def practise(pilot: Pilot[None], *replies: str) -> None:
    """The scenario picker, then (with replies) the last scenario, answered."""
    app = pilot.app
    assert isinstance(app, MirrorApp)
    app.action_practise()
    await pilot.pause()
    if not replies:
        return
    await pilot.press("end", "up", "enter")  # the last scenario (above "History")
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    from mirrorbot.tui.widgets.composer import Composer

    for text in replies:
        app.screen.query_one(Composer).load_text(text)
        await pilot.press("enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()


@SIZES
def test_practice_picker(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    assert snap_compare(app(), terminal_size=size, run_before=practise)


@SIZES
def test_practice_with_a_tip(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    async def run(pilot: Pilot[None]) -> None:
        await practise(pilot, "Have you tried talking to your boss?")

    assert snap_compare(app(), terminal_size=size, run_before=run)


@SIZES
def test_practice_summary(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    async def run(pilot: Pilot[None]) -> None:
        await practise(pilot, "It sounds like you're exhausted.", "What worries you most?", "/end")

    assert snap_compare(app(), terminal_size=size, run_before=run)
