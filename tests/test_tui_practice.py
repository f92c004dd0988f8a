"""Practising listening in the app, driven with Pilot as a learner would:
pick a scenario, reply, read the tip, toggle tips, end with the summary, and
find the practice in the journal."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList

from mirrorbot.journal.store import Journal
from mirrorbot.tui.app import MirrorApp
from mirrorbot.tui.screens.home import HomeScreen
from mirrorbot.tui.screens.practice import PracticeScreen
from mirrorbot.tui.screens.practice_history import PracticeHistoryScreen
from mirrorbot.tui.screens.practice_picker import PracticePickerScreen
from mirrorbot.tui.screens.practice_summary import PracticeSummaryScreen
from mirrorbot.tui.widgets.composer import Composer
from mirrorbot.tui.widgets.practice_line import PracticeLine, TipNote

REFLECTION = "It sounds like you're exhausted."
ADVICE = "Have you tried talking to your boss?"


pytestmark = pytest.mark.usefixtures("disclaimer_seen")


def practice_app() -> MirrorApp:
    return MirrorApp(seed=3)


async def settle(app: MirrorApp, pilot: Pilot[None]) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def open_picker(app: MirrorApp, pilot: Pilot[None]) -> None:
    """Home -> "Practise listening", with the arrow keys and Enter."""
    await settle(app, pilot)
    menu = app.screen.query_one("#menu", OptionList)
    while menu.highlighted is None or menu.get_option_at_index(menu.highlighted).id != "practise":
        await pilot.press("down")
    await pilot.press("enter")
    await settle(app, pilot)
    assert isinstance(app.screen, PracticePickerScreen)


async def pick(app: MirrorApp, pilot: Pilot[None], name: str) -> PracticeScreen:
    await open_picker(app, pilot)
    scenarios = app.screen.query_one("#scenarios", OptionList)
    while scenarios.get_option_at_index(scenarios.highlighted or 0).id != f"scenario:{name}":
        await pilot.press("down")
    await pilot.press("enter")
    await settle(app, pilot)
    assert isinstance(app.screen, PracticeScreen)
    return app.screen


async def reply(app: MirrorApp, pilot: Pilot[None], text: str) -> None:
    app.screen.query_one(Composer).load_text(text)
    await pilot.press("enter")
    await settle(app, pilot)


def top(app: MirrorApp) -> object:
    """The screen on top (untyped, so asserting on it twice does not narrow it)."""
    return app.screen


def tips_on(screen: PracticeScreen) -> bool:
    return screen.session.tips


def lines(screen: PracticeScreen) -> list[tuple[str, str]]:
    return [(line.role, line.text) for line in screen.query(PracticeLine)]


async def test_practise_is_offered_on_home_and_lists_every_scenario() -> None:
    from mirrorbot.practice import scenario

    app = practice_app()
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, HomeScreen)
        await open_picker(app, pilot)
        ids = [o.id for o in app.screen.query_one("#scenarios", OptionList).options]
        for name in scenario.available():
            assert f"scenario:{name}" in ids
        assert "history" in ids


async def test_the_speaker_opens_and_the_learner_has_the_composer() -> None:
    app = practice_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await pick(app, pilot, "work-stress")
        assert lines(screen)[0][0] == "speaker"
        assert isinstance(app.focused, Composer)


async def test_a_reply_gets_a_tip_and_the_speaker_answers() -> None:
    app = practice_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await pick(app, pilot, "work-stress")
        await reply(app, pilot, ADVICE)
        roles = [role for role, _ in lines(screen)]
        assert roles == ["speaker", "learner", "speaker"]
        tip = screen.query_one(TipNote)
        assert "roadblock" in tip.label
        assert tip.tip
        assert tip.example_line and tip.example_line.startswith("Try:")
        assert tip.display and tip.region.height > 0  # on screen, under the reply
        learner = screen.query(PracticeLine).filter(".learner").first()
        assert tip.region.y > learner.region.y


async def test_ctrl_t_hides_and_shows_the_tips() -> None:
    app = practice_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await pick(app, pilot, "work-stress")
        await reply(app, pilot, ADVICE)
        tip = screen.query_one(TipNote)
        assert tips_on(screen)
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert not tips_on(screen)
        assert tip.region.height == 0  # hidden
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert tips_on(screen)
        assert tip.region.height > 0


async def test_slash_tips_turns_tips_off_too() -> None:
    app = practice_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await pick(app, pilot, "work-stress")
        await reply(app, pilot, "/tips")
        assert not screen.tips
        assert lines(screen)[-1][0] == "notice"  # "Tips are off..."; no learner bubble
        assert "learner" not in [role for role, _ in lines(screen)]


async def test_end_shows_the_summary_with_the_ratios_and_the_journal_entry() -> None:
    app = practice_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await pick(app, pilot, "work-stress")
        await reply(app, pilot, REFLECTION)
        await reply(app, pilot, ADVICE)
        await reply(app, pilot, "/end")
        assert isinstance(app.screen, PracticeSummaryScreen)
        text = str(app.screen.body)
        for measure in ("reflections : questions", "complex reflections", "open questions"):
            assert measure in text
        assert "fair 1 : 1, good 2 : 1" in text
        assert "advising 1" in text
        assert "layers reached" in text
        saved = screen.session.saved_as()
        assert saved is not None
        assert f"session {saved}" in text
        await pilot.press("escape")
        await pilot.pause()
        assert top(app) is screen
        assert not screen.query_one(Composer).display  # no more replies
    with Journal.open() as journal:
        record = journal.session(saved)
    assert record.mode == "practice"
    assert record.script == "work-stress"
    assert record.ended
    assert [t.text for t in record.turns if t.speaker == "listener"] == [REFLECTION, ADVICE]


async def test_ctrl_g_ends_the_practice() -> None:
    app = practice_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pick(app, pilot, "grief")
        await reply(app, pilot, REFLECTION)
        await pilot.press("ctrl+g")
        await settle(app, pilot)
        assert isinstance(app.screen, PracticeSummaryScreen)


async def test_crisis_words_from_the_learner_get_the_crisis_notice() -> None:
    app = practice_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await pick(app, pilot, "work-stress")
        await reply(app, pilot, "I want to kill myself")
        crisis = screen.query(PracticeLine).filter(".crisis")
        assert len(crisis) == 1
        assert screen.session.crises == 1
        assert not screen.query(TipNote)  # nothing was coded


async def test_markup_in_a_reply_is_shown_as_typed() -> None:
    app = practice_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await pick(app, pilot, "work-stress")
        await reply(app, pilot, "[bold]so[/] you feel [/] tired")
        learner = screen.query(PracticeLine).filter(".learner").first()
        assert "[bold]so[/]" in str(learner.render())


async def test_history_shows_past_practice_from_the_journal() -> None:
    app = practice_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pick(app, pilot, "work-stress")
        await reply(app, pilot, REFLECTION)
        await reply(app, pilot, "/end")
        await pilot.press("escape")  # the summary
        await pilot.press("escape")  # the practice
        await settle(app, pilot)
        assert isinstance(app.screen, PracticePickerScreen)
        await pilot.press("h")
        await settle(app, pilot)
        assert isinstance(app.screen, PracticeHistoryScreen)
        from textual.widgets import DataTable

        table = app.screen.query_one(DataTable)
        assert table.row_count == 1
        assert "work-stress" in [str(c) for c in table.get_row_at(0)]


async def test_the_palette_offers_practise_listening() -> None:
    app = practice_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Practise listening" in titles
        app.action_practise()
        await pilot.pause()
        assert isinstance(app.screen, PracticePickerScreen)


async def test_reflecting_the_last_layer_ends_with_the_summary() -> None:
    accurate = (
        "You're worn out by the work piling up.",
        "You're a bit nervous about people seeing you struggle.",
        "You want to be someone people can count on, like your dad.",
    )
    app = practice_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await pick(app, pilot, "work-stress")
        for text in accurate:
            await reply(app, pilot, text)
        assert screen.session.ended
        assert isinstance(app.screen, PracticeSummaryScreen)
        assert "3 of 3" in str(app.screen.body)


async def test_the_crisis_lines_are_in_view_not_scrolled_past() -> None:
    app = practice_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await pick(app, pilot, "work-stress")
        await reply(app, pilot, "I want to kill myself")
        await pilot.pause()
        crisis = screen.query(PracticeLine).filter(".crisis").first()
        log = screen.query_one("#practice-log")
        assert log.region.y <= crisis.region.y < log.region.bottom  # its first line shows


async def test_a_reply_after_reading_back_brings_the_newest_into_view() -> None:
    app = practice_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await pick(app, pilot, "work-stress")
        for _ in range(3):
            await reply(app, pilot, ADVICE)
        log = screen.query_one("#practice-log")
        log.scroll_home(animate=False)
        await pilot.pause()
        await pilot.press("ctrl+t")  # tips off, while reading back
        await reply(app, pilot, REFLECTION)
        await pilot.pause()
        newest = list(screen.query(PracticeLine))[-1]
        assert newest.role == "speaker"
        assert newest.region.y < log.region.bottom  # on screen


async def test_a_long_summary_scrolls_inside_its_dialog_and_enter_closes_it() -> None:
    long = "It sounds like you're exhausted, " + "and the work keeps piling up on you " * 6
    app = practice_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await pick(app, pilot, "work-stress")
        await reply(app, pilot, long)
        await reply(app, pilot, "What worries you most " + "about the evenings and the work " * 5)
        await reply(app, pilot, "/end")
        summary = app.screen
        assert isinstance(summary, PracticeSummaryScreen)
        close = summary.query_one("#summary-close")
        assert close.region.bottom <= 24  # the way out stays on screen
        await pilot.press("down", "down")  # the body has the keys: it scrolls
        await pilot.press("enter")
        await pilot.pause()
        assert top(app) is screen
