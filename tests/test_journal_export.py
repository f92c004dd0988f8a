"""Leaving with everything and coming back: export, delete, import.

JSON Lines round-trips every session exactly (ids, times, feelings, check-in,
odd characters); Markdown is one readable, private file per session with a
front matter that a YAML reader accepts; jrnl's JSON export comes in with
its feelings found.
"""

from __future__ import annotations

import io
import json
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from mirrorbot.journal import Journal, importer
from mirrorbot.journal import export as export_mod
from mirrorbot.journal.importer import ImportFormatError

DATA = Path(__file__).parent / "data"
WORRIED = {"text": "worried", "family": "fear", "intensity": 2, "negated": False, "implied": False}
ANGRY_DENIED = {
    "text": "angry",
    "family": "anger",
    "intensity": 3,
    "negated": True,
    "implied": False,
}


def _fill(journal: Journal) -> None:
    start = datetime(2024, 2, 29, 23, 30, 15, 123456, tzinfo=timezone.utc)
    first = journal.start_session("open", started_at=start)
    journal.add_turn(first, "listener", "Hello. What's on your mind?", kind="greeting",
                     rule="open/opening", source="script", at=start)  # fmt: skip
    journal.add_turn(
        first, "person",
        'Not angry — just worried.\nSecond line, "quotes", tabs\t, emoji 🙂, ESC \x1b[31m, C1 \x9b2J, DEL \x7f, [/] markup \u2028 end',
        feelings=[WORRIED, ANGRY_DENIED], at=start + timedelta(seconds=30),
    )  # fmt: skip
    journal.add_turn(first, "listener", "You're worried.", kind="reflection_feeling",
                     rule="feeling/negated-contrast", source="script", crisis=False,
                     at=start + timedelta(seconds=31))  # fmt: skip
    journal.end_session(first, ended_at=start + timedelta(minutes=5),
                        ratings={"heard": 9, "wanted_topics": 0, "overall": 10},
                        ruptures=2, repairs=1)  # fmt: skip
    practice = journal.start_session(
        "scenario-1", mode="practice", started_at=start + timedelta(days=1)
    )
    journal.add_turn(practice, "person", "I want to hurt myself", crisis=True, kind="crisis")
    unfinished = journal.start_session("open")  # never ended: no title, no ratings
    journal.add_turn(unfinished, "person", "")


def _jsonl(journal: Journal) -> list[dict[str, object]]:
    stream = io.StringIO()
    export_mod.export_to_stream(journal.iter_sessions(), "jsonl", stream)
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_export_delete_import_gives_back_exactly_the_same_journal(tmp_path: Path) -> None:
    with Journal.open() as journal:
        _fill(journal)
        before = _jsonl(journal)
        count, files = export_mod.export_to_dir(journal.iter_sessions(), "jsonl", tmp_path / "out")
        assert count == 3
        assert journal.delete_all() == 3
        assert _jsonl(journal) == []
        added, skipped = journal.add_sessions(importer.read(files[0]))
        assert (added, skipped) == (3, 0)
        assert _jsonl(journal) == before
        assert journal.check().problems == ()
        # Feelings, search and filters work on what came back.
        assert [s.id for s in journal.sessions(feeling="fear")] == [before[0]["id"]]
        assert journal.sessions(feeling="anger") == []
        assert journal.search("worried")
        # Importing the same file again adds nothing.
        assert journal.add_sessions(importer.read(files[0])) == (0, 3)


def test_import_into_a_journal_that_has_taken_the_ids_keeps_both(tmp_path: Path) -> None:
    with Journal.open() as journal:
        _fill(journal)
        _, files = export_mod.export_to_dir(journal.iter_sessions(), "jsonl", tmp_path)
        journal.delete_all()
        mine = journal.start_session("new")  # takes id 1
        journal.add_turn(mine, "person", "a new first session")
        assert journal.add_sessions(importer.read(files[0])) == (3, 0)
        assert journal.count() == 4
        assert journal.session(mine).turns[0].text == "a new first session"


def test_markdown_export_is_one_private_readable_file_per_session(tmp_path: Path) -> None:
    with Journal.open() as journal:
        _fill(journal)
        out = tmp_path / "vault"
        count, files = export_mod.export_to_dir(journal.iter_sessions(), "md", out)
    assert count == 3 and len(files) == 3
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    first = files[0].read_text(encoding="utf-8")
    assert "-s1-fear-" in files[0].name  # sorts by date, unique by id, says what it was about
    front, body = first.split("\n---\n", 1)
    fields = dict(line.split(": ", 1) for line in front.removeprefix("---\n").splitlines())
    # A bare date (Obsidian reads it as one); every other value is JSON, which
    # is YAML: a title cannot break the header.
    assert len(fields.pop("date")) == len("2024-02-29")
    values = {key: json.loads(value) for key, value in fields.items()}
    assert values["id"] == 1 and values["mode"] == "journal" and values["turns"] == 3
    assert values["checkin"] == {"heard": 9, "wanted_topics": 0, "approach": None, "overall": 10}
    assert values["feelings"] == {"fear": 1}
    assert "fear" in values["tags"] and "anger" not in values["tags"]
    assert values["started"] == "2024-02-29T23:30:15.123456+00:00"
    assert "Not angry — just worried.  \nSecond line" in body
    assert "\x1b" not in body and "␛[31m" in body  # cat on an export cannot drive the terminal


def test_jrnl_export_comes_in_with_its_feelings() -> None:
    with Journal.open() as journal:
        added, skipped = journal.add_sessions(importer.read(DATA / "jrnl_export.json"))
        assert (added, skipped) == (3, 0)
        sessions = journal.sessions()
        assert [s.display_title for s in sessions] == [
            "Presentation went well at @work!",
            "Called @mum.",
            "Rough day at @work.",
        ]
        rough = journal.session(sessions[-1].id or 0)
        assert rough.script == "jrnl" and rough.mode == "journal"
        assert rough.turns[0].speaker == "person"
        assert rough.turns[0].text.startswith("Rough day at @work.\nThe deadline moved again")
        local = datetime.fromisoformat(rough.started).astimezone()
        assert (local.year, local.month, local.day, local.hour, local.minute) == (
            2023,
            3,
            14,
            21,
            40,
        )
        assert "fear" in {f["family"] for f in rough.turns[0].feelings}
        assert [s.id for s in journal.sessions(feeling="fear")] == [rough.id]
        assert journal.search("deadline")
        assert journal.add_sessions(importer.read(DATA / "jrnl_export.json")) == (0, 3)


def test_a_single_jrnl_entry_file_is_read(tmp_path: Path) -> None:
    entry = {"title": "Short one.", "body": "", "date": "2022-12-01", "time": "08:15",
             "tags": [], "starred": False}  # fmt: skip
    path = tmp_path / "2022_12_01_short-one.json"
    path.write_text(json.dumps(entry), encoding="utf-8")
    records = list(importer.read(path))
    assert len(records) == 1 and records[0].turns[0].text == "Short one."


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "empty"),
        ("hello there", "not a jrnl JSON export"),
        ('{"entries": [{"title": "x"}]}', "missing 'date'"),
        ('{"entries": [{"title": "x", "date": "yesterday"}]}', "not YYYY-MM-DD"),
        ('{"entries": [', "not valid JSON"),
        ('{"mirrorbot_journal": 1, "started": "2024-01-01T00:00:00+00:00"}', ":1: missing 'mode'"),
        ('{"mirrorbot_journal": 9}', "format version 9"),
    ],
)
def test_a_file_that_cannot_be_imported_says_why_and_where(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "in.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFormatError, match=message) as caught:
        list(importer.read(path))
    assert str(path) in str(caught.value)


def test_a_bad_line_late_in_the_file_stores_nothing(tmp_path: Path) -> None:
    with Journal.open() as journal:
        _fill(journal)
        _, files = export_mod.export_to_dir(journal.iter_sessions(), "jsonl", tmp_path)
        journal.delete_all()
        with files[0].open("a", encoding="utf-8") as handle:
            handle.write('{"mirrorbot_journal": 1, "mode": "journal"}\n')
        with pytest.raises(ImportFormatError, match=":4: missing 'turns'"):
            journal.add_sessions(importer.read(files[0]))
        assert journal.count() == 0
