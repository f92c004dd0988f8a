"""Patterns across journal entries: said only with enough evidence."""

from __future__ import annotations

from pathlib import Path

from mirrorbot.journal.patterns import recent_patterns
from mirrorbot.journal.recorder import Recorder
from mirrorbot.journal.store import Journal
from mirrorbot.session import Session

WORRY = [{"text": "worried", "family": "fear", "intensity": 2, "negated": False, "implied": False}]
DENIED = [{"text": "worried", "family": "fear", "intensity": 2, "negated": True, "implied": False}]


def _entry(
    journal: Journal, text: str, feelings: list[dict[str, object]], mode: str = "journal"
) -> None:
    sid = journal.start_session("open", mode)
    journal.add_turn(sid, "person", text, feelings=feelings)
    journal.add_turn(sid, "listener", "Mm.")


def test_a_feeling_in_most_recent_entries_is_a_pattern_with_its_topic(tmp_path: Path) -> None:
    with Journal.open(tmp_path / "j.sqlite3") as journal:
        for _ in range(3):
            _entry(journal, "I'm worried about work and the deadline at work", WORRY)
        _entry(journal, "We went to the beach", [])
        (pattern,) = recent_patterns(journal)
    assert (pattern.family, pattern.entries, pattern.out_of, pattern.topic) == (
        "fear",
        3,
        4,
        "work",
    )


def test_too_little_evidence_is_no_pattern(tmp_path: Path) -> None:
    with Journal.open(tmp_path / "j.sqlite3") as journal:
        for _ in range(2):
            _entry(journal, "I'm worried about money", WORRY)
        for _ in range(5):
            _entry(journal, "A quiet day", [])
        assert recent_patterns(journal) == []


def test_denied_feelings_and_practice_sessions_do_not_count(tmp_path: Path) -> None:
    with Journal.open(tmp_path / "j.sqlite3") as journal:
        for _ in range(3):
            _entry(journal, "I'm not worried at all", DENIED)
        for _ in range(3):
            _entry(journal, "I'm worried", WORRY, mode="practice")
        assert recent_patterns(journal) == []


def test_patterns_command_says_it_from_prompts(isolated_home: Path) -> None:
    with Journal.open() as journal:
        for _ in range(3):
            _entry(journal, "I'm worried about my exams", WORRY)
    session = Session(seed=0, recorder=Recorder.open("open"))
    turn = session.turn("/patterns")
    session.close()
    reply = turn.reply.lower()
    assert "worry" in reply and "three" in reply and "exams" in reply


def test_patterns_without_a_journal_says_so() -> None:
    turn = Session(seed=0).turn("/patterns")
    assert "journal" in turn.reply and turn.kind == "help"
