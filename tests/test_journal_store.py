"""The journal store as a person relies on it: nothing lost, private, searchable.

Durability and concurrency use real subprocesses (a SIGKILL, two writers at
once); failures are real SQLite failures (junk bytes, a full database, a
held lock), and every one of them must end in a clear one-line
``JournalError`` with the unsaved words kept in a rescue file.
"""

from __future__ import annotations

import itertools
import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mirrorbot.journal import Journal, JournalError, SessionNotFound, migrations
from mirrorbot.journal.store import fts_query
from mirrorbot.journal.titles import auto_title

WORRIED = {"text": "worried", "family": "fear", "intensity": 2, "negated": False, "implied": False}
ANGRY_DENIED = {
    "text": "angry",
    "family": "anger",
    "intensity": 2,
    "negated": True,
    "implied": False,
}
SAD = {"text": "sad", "family": "sadness", "intensity": 2, "negated": False, "implied": False}


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["MIRRORBOT_HOME"] = str(home)
    return env


def _conversation(journal: Journal, texts: list[tuple[str, list[dict[str, object]]]]) -> int:
    sid = journal.start_session("open")
    journal.add_turn(sid, "listener", "Hello. What's on your mind?", kind="greeting")
    for text, feelings in texts:
        journal.add_turn(sid, "person", text, feelings=feelings)
        journal.add_turn(sid, "listener", "You're worried.", kind="reflection_feeling")
    return sid


# ------------------------------------------------------------------ privacy


def test_a_fresh_journal_is_private(isolated_home: Path) -> None:
    with Journal.open() as journal:
        sid = journal.start_session("open")
        journal.add_turn(sid, "person", "private words")
        assert journal.path == isolated_home / "journal.sqlite3"
        assert stat.S_IMODE(isolated_home.stat().st_mode) == 0o700
        files = [journal.path, Path(f"{journal.path}-wal"), Path(f"{journal.path}-shm")]
        for path in files:
            assert path.exists(), path
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_a_journal_left_readable_by_others_is_made_private_again(isolated_home: Path) -> None:
    Journal.open().close()
    path = isolated_home / "journal.sqlite3"
    os.chmod(path, 0o644)
    Journal.open().close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_journal_kept_elsewhere_leaves_that_folder_alone(tmp_path: Path) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir(mode=0o755)
    os.chmod(documents, 0o755)
    Journal.open(documents / "my-journal.sqlite3").close()
    assert stat.S_IMODE(documents.stat().st_mode) == 0o755  # theirs, not ours to change
    assert stat.S_IMODE((documents / "my-journal.sqlite3").stat().st_mode) == 0o600


# ------------------------------------------------------------------ durability


KILLED_WRITER = """
from mirrorbot.journal import Journal
journal = Journal.open()
sid = journal.start_session("open")
print(sid, flush=True)
n = 0
while True:
    text = f"turn {n}: something I said"
    turn = journal.add_turn(sid, "person", text)
    print(turn, text, sep="\\t", flush=True)
    n += 1
"""


def test_every_turn_that_was_answered_survives_sigkill(isolated_home: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER],
        stdout=subprocess.PIPE,
        text=True,
        env=_env(isolated_home),
    )
    assert child.stdout is not None
    sid = int(child.stdout.readline())
    answered: dict[int, str] = {}
    for line in child.stdout:
        turn, text = line.rstrip("\n").split("\t")
        answered[int(turn)] = text
        if len(answered) >= 40:
            break
    os.kill(child.pid, signal.SIGKILL)  # in the middle of the next add_turn
    child.wait()
    for line in child.stdout:  # anything printed before the kill was also answered
        if "\t" in line and line.endswith("\n"):
            turn, text = line.rstrip("\n").split("\t")
            answered[int(turn)] = text
    child.stdout.close()

    with Journal.open() as journal:
        stored = {t.id: t.text for t in journal.session(sid).turns}
        assert journal.check().problems == ()
    assert len(answered) >= 40
    for turn_id, text in answered.items():
        assert stored.get(turn_id) == text


CONCURRENT_WRITER = """
import sys, time
from mirrorbot.journal import Journal
name, shared = sys.argv[1], int(sys.argv[2])
journal = Journal.open()
own = journal.start_session(name)
print("ready", flush=True)
sys.stdin.readline()  # both start writing at the same moment
for n in range(150):
    journal.add_turn(own, "person", f"{name} own {n}")
    journal.add_turn(shared, "person", f"{name} shared {n}")
    time.sleep(0.002)  # a pause, as between turns of a conversation
print(own)
"""


def test_two_processes_writing_at_once_lose_nothing(isolated_home: Path) -> None:
    with Journal.open() as journal:
        shared = journal.start_session("shared")
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", CONCURRENT_WRITER, name, str(shared)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(isolated_home),
        )
        for name in ("alpha", "beta")
    ]
    for writer in writers:
        assert writer.stdout is not None
        assert writer.stdout.readline() == "ready\n"
    for writer in writers:
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    own = {}
    for name, writer in zip(("alpha", "beta"), writers, strict=True):
        out, err = writer.communicate(timeout=60)
        assert writer.returncode == 0, err
        own[name] = int(out)
    with Journal.open() as journal:
        for name, sid in own.items():
            texts = [t.text for t in journal.session(sid).turns]
            assert texts == [f"{name} own {n}" for n in range(150)]
        turns = journal.session(shared).turns
        assert [t.position for t in turns] == list(range(300))
        for name in own:
            mine = [t.text for t in turns if t.text.startswith(name)]
            assert mine == [f"{name} shared {n}" for n in range(150)]
        # Interleaved: the two really wrote at the same time, not one after the other.
        owners = [t.text.split()[0] for t in turns]
        assert sum(a != b for a, b in itertools.pairwise(owners)) >= 2
        assert journal.check().problems == ()


# ------------------------------------------------------------------ migrations


V1_SCHEMA = """
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY, started TEXT NOT NULL, ended TEXT,
    script TEXT NOT NULL DEFAULT '',
    mode TEXT NOT NULL DEFAULT 'journal' CHECK (mode IN ('journal', 'practice')),
    title TEXT
);
CREATE TABLE turns (
    id INTEGER PRIMARY KEY,
    session INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    speaker TEXT NOT NULL CHECK (speaker IN ('person', 'listener')),
    text TEXT NOT NULL, kind TEXT NOT NULL DEFAULT '', feelings TEXT NOT NULL DEFAULT '[]',
    rule TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '',
    crisis INTEGER NOT NULL DEFAULT 0, at TEXT NOT NULL,
    UNIQUE (session, position)
);
CREATE INDEX sessions_started ON sessions (started);
PRAGMA user_version = 1;
"""


def test_a_version_1_journal_is_upgraded_with_its_words_searchable(isolated_home: Path) -> None:
    isolated_home.mkdir(mode=0o700)
    path = isolated_home / "journal.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(V1_SCHEMA)
    old.execute(
        "INSERT INTO sessions VALUES (7, '2023-01-02T09:00:00.000000+00:00',"
        " '2023-01-02T09:10:00.000000+00:00', 'open', 'journal', 'Fear · interview')"
    )
    old.executemany(
        "INSERT INTO turns (session, position, speaker, text, feelings, at) VALUES (7, ?, ?, ?, ?, ?)",
        [
            (0, "listener", "Hello.", "[]", "2023-01-02T09:00:00.000000+00:00"),
            (1, "person", "I'm worried about the interview, not angry.",
             json.dumps([WORRIED, ANGRY_DENIED]), "2023-01-02T09:01:00.000000+00:00"),
        ],
    )  # fmt: skip
    old.commit()
    old.close()

    with Journal.open(path) as journal:
        assert journal.db.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST
        record = journal.session(7)
        assert record.title == "Fear · interview"
        assert record.ratings == dict.fromkeys(("heard", "wanted_topics", "approach", "overall"))
        assert [h.session for h in journal.search("interview")] == [7]
        assert [s.id for s in journal.sessions(feeling="fear")] == [7]
        assert journal.sessions(feeling="anger") == []  # denied: not a feeling they had
        assert journal.check().problems == ()
        sid = journal.start_session("open")
        journal.end_session(sid, ratings={"heard": 9})
        assert journal.session(sid).ratings["heard"] == 9


def test_a_journal_from_a_newer_mirrorbot_is_refused_untouched(isolated_home: Path) -> None:
    isolated_home.mkdir(mode=0o700)
    path = isolated_home / "journal.sqlite3"
    newer = sqlite3.connect(path)
    newer.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    newer.close()
    with pytest.raises(JournalError, match="newer mirrorbot"):
        Journal.open(path)


# ------------------------------------------------------------------ titles and queries


def test_automatic_title_is_the_main_feeling_and_a_topic() -> None:
    texts = ["I'm worried about work.", "Work again, and I'm not angry, just worried about work."]
    assert auto_title(texts, [WORRIED, ANGRY_DENIED, WORRIED]) == "Fear · work"
    assert auto_title(["The garden, the garden."], []) == "Garden"
    assert auto_title(["I'm sad."], [SAD]) == "Sadness"
    assert auto_title(["ok", ""], []) == "Untitled"


@pytest.mark.parametrize(
    ("texts", "topic"),
    [
        (["It hit me again today, a year since Dad passed."], "Sadness · dad"),
        (["I passed the test at last, I'm so relieved."], "Sadness · test"),
        (["Crying again, the rent went up and I got the letter."], "Sadness · rent"),
        # a word said more often still wins over a known noun said once
        (["The garden, the garden. My sister never helps in the garden."], "Sadness · garden"),
        # contractions typed without their apostrophe are grammar, not a topic
        (["i dont want bowls every day, i cant stand it"], "Sadness · bowls"),
    ],
)
def test_a_title_prefers_what_was_talked_about_over_what_happened(
    texts: list[str], topic: str
) -> None:
    assert auto_title(texts, [SAD]) == topic


def test_a_session_gets_its_title_when_it_ends_unless_one_is_given() -> None:
    with Journal.open() as journal:
        sid = _conversation(journal, [("I'm worried about my exam.", [WORRIED])])
        assert journal.session(sid).title is None
        assert journal.session(sid).display_title == "Fear · exam"  # shown before it ends too
        journal.end_session(sid, ratings={"heard": 8, "overall": 7}, ruptures=1, repairs=1)
        record = journal.session(sid)
        assert record.title == "Fear · exam"
        assert record.ratings == {"heard": 8, "wanted_topics": None, "approach": None, "overall": 7}
        assert (record.ruptures, record.repairs) == (1, 1)
        other = journal.start_session("open")
        journal.end_session(other, title="My own title")
        assert journal.session(other).title == "My own title"


def test_ratings_must_be_0_to_10() -> None:
    with Journal.open() as journal:
        sid = journal.start_session("open")
        with pytest.raises(ValueError):
            journal.end_session(sid, ratings={"heard": 11})
        with pytest.raises(ValueError):
            journal.end_session(sid, ratings={"mood": 3})


def test_list_filters_and_newest_first() -> None:
    now = datetime.now(timezone.utc)
    with Journal.open() as journal:
        old = journal.start_session("open", started_at=now - timedelta(days=40))
        journal.add_turn(old, "person", "I'm sad about the move.", feelings=[SAD])
        practice = journal.start_session(
            "evening", mode="practice", started_at=now - timedelta(days=2)
        )
        journal.add_turn(practice, "person", "I'm worried.", feelings=[WORRIED])
        recent = journal.start_session("open", started_at=now)
        journal.add_turn(recent, "person", "Not angry.", feelings=[ANGRY_DENIED])

        assert [s.id for s in journal.sessions()] == [recent, practice, old]
        assert [s.turn_count for s in journal.sessions()] == [1, 1, 1]
        assert [s.id for s in journal.sessions(limit=1, offset=1)] == [practice]
        assert [s.id for s in journal.sessions(feeling="sadness")] == [old]
        assert journal.sessions(feeling="anger") == []
        assert [s.id for s in journal.sessions(mode="practice")] == [practice]
        assert [s.id for s in journal.sessions(script="open")] == [recent, old]
        today = datetime.now().astimezone().date()
        assert [s.id for s in journal.sessions(since=today - timedelta(days=7))] == [
            recent,
            practice,
        ]
        assert [s.id for s in journal.sessions(until=today - timedelta(days=7))] == [old]
        assert journal.sessions(since=date(1999, 1, 1), until=date(1999, 12, 31)) == []
        assert journal.count(feeling="fear") == 1


def test_unknown_session_is_a_clear_error() -> None:
    with Journal.open() as journal:
        with pytest.raises(SessionNotFound, match="no session 42"):
            journal.session(42)
        with pytest.raises(SessionNotFound):
            journal.delete(42)


# ------------------------------------------------------------------ search


HOSTILE = [
    '"', '""', '"unbalanced', "(", ")", "((", "work AND (", "NEAR(", "NEAR(work exam, 2)",
    "NOT", "OR", "AND", "-work", "work -exam", "+work", "title:work", "text:work", "*", "**",
    "work*", "*work", "^work", "{text}: work", "[x]", "\\", "'", "don't", "a:b:c", "~", "\x00",
    "\x1b[31m", "   ", "", "é", "名前", "🙂", "work\nexam", "NEAR", 'exam" OR "work', "\"'\"",
]  # fmt: skip


def test_any_text_typed_into_search_is_safe() -> None:
    with Journal.open() as journal:
        _conversation(
            journal,
            [("I'm worried about work (again) and the exam: don't ask.", [WORRIED]),
             ("Café talk with my sister about NEAR misses.", [])],
        )  # fmt: skip
        for query in HOSTILE:
            journal.search(query)  # never an FTS syntax error
        assert journal.search("(again")[0].snippet.count("again") == 1
        assert journal.search("don't")
        assert journal.search("NEAR")
        assert journal.search("cafe")  # diacritics do not matter
        assert journal.search('"the exam"')
        assert not journal.search('"exam the"')
        assert journal.search("ex*")
        assert journal.search("work exam")  # all words
        assert not journal.search("work sister")

        @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
        @given(st.text(max_size=40))
        def never_fails(query: str) -> None:
            journal.search(query)

        never_fails()


def test_search_finds_what_the_person_wrote_not_the_replies() -> None:
    with Journal.open() as journal:
        sid = journal.start_session("open")
        journal.add_turn(sid, "person", "The garden is overgrown.")
        journal.add_turn(sid, "listener", "The garden matters to you; and the orchard too.")
        hits = journal.search("garden")
        assert [(h.session, h.speaker) for h in hits] == [(sid, "person")]
        assert "\ue000garden\ue001" in hits[0].snippet.lower()
        assert journal.search("orchard") == []


def test_fts_query_quotes_everything() -> None:
    assert fts_query("work AND (exam") == '"work" "AND" "(exam"'
    assert fts_query('"my manager" late*') == '"my manager" "late"*'
    assert fts_query('say "hi') == '"say" "hi"'
    assert fts_query("*** () --") is None


# ------------------------------------------------------------------ delete


def test_deleting_removes_the_words_from_search_and_keeps_the_index_sound() -> None:
    with Journal.open() as journal:
        keep = _conversation(journal, [("I'm worried about rent.", [WORRIED])])
        gone = _conversation(journal, [("A secret about rent and the zeppelin.", [])])
        journal.delete(gone)
        assert [h.session for h in journal.search("rent")] == [keep]
        assert journal.search("zeppelin") == []
        assert journal.sessions(feeling="fear")[0].id == keep
        assert journal.check().problems == ()
        assert journal.delete_all() == 1
        assert journal.sessions() == [] and journal.search("rent") == []
        assert journal.check().problems == ()
        raw = journal.path.read_bytes() + Path(f"{journal.path}-wal").read_bytes()
        assert b"zeppelin" not in raw and b"worried about rent" not in raw


# ------------------------------------------------------------------ failures


def _rescued(home: Path) -> str:
    files = sorted(home.glob("unsaved-*.txt"))
    assert len(files) == 1
    assert stat.S_IMODE(files[0].stat().st_mode) == 0o600
    return files[0].read_text(encoding="utf-8")


def test_a_damaged_file_is_a_clear_error(isolated_home: Path) -> None:
    isolated_home.mkdir(mode=0o700)
    (isolated_home / "journal.sqlite3").write_bytes(b"\x00junk that is not SQLite" * 400)
    with pytest.raises(JournalError) as caught:
        Journal.open()
    message = str(caught.value)
    assert "damaged" in message and "journal.sqlite3" in message and "\n" not in message


def test_damage_inside_the_file_is_found_by_check(isolated_home: Path) -> None:
    with Journal.open() as journal:
        for n in range(40):
            _conversation(journal, [(f"entry {n} " + "words " * 200, [WORRIED])])
        journal.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        path = journal.path
    size = path.stat().st_size
    with path.open("r+b") as handle:
        for offset in range(4096 * 3, size - 4096, 4096 * 4):
            handle.seek(offset + 100)
            handle.write(b"\xff" * 300)
    try:
        with Journal.open() as journal:
            assert journal.check().problems
    except JournalError as exc:  # or it is found on opening: also clear
        assert "damaged" in str(exc)


def test_a_full_disk_keeps_the_words_in_a_rescue_file(isolated_home: Path) -> None:
    with Journal.open() as journal:
        sid = journal.start_session("open")
        pages = journal.db.execute("PRAGMA page_count").fetchone()[0]
        journal.db.execute(f"PRAGMA max_page_count = {pages}")
        text = "Everything I wanted to say today. " * 400
        with pytest.raises(JournalError) as caught:
            journal.add_turn(sid, "person", text)
    rescue = caught.value.rescue
    assert rescue is not None and rescue.parent == isolated_home
    assert str(rescue) in str(caught.value) and "no room" in str(caught.value)
    assert text in _rescued(isolated_home)
    with Journal.open() as journal:  # nothing half-written
        assert journal.session(sid).turns == ()


def test_a_read_only_journal_keeps_the_words_in_a_rescue_file(isolated_home: Path) -> None:
    with Journal.open() as journal:
        sid = journal.start_session("open")
        journal.db.execute("PRAGMA query_only = ON")  # as a read-only file behaves, even for root
        with pytest.raises(JournalError) as caught:
            journal.add_turn(sid, "person", "words that must not vanish")
    assert "read-only" in str(caught.value) and str(caught.value.rescue) in str(caught.value)
    assert "words that must not vanish" in _rescued(isolated_home)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to a read-only file")
def test_a_read_only_file_is_a_clear_error(isolated_home: Path) -> None:
    Journal.open().close()
    os.chmod(isolated_home / "journal.sqlite3", 0o400)
    try:
        with Journal.open() as journal:
            sid = journal.start_session("open")
            journal.add_turn(sid, "person", "hello")
    except JournalError as exc:
        assert "read-only" in str(exc) or "cannot open" in str(exc)
    else:
        pytest.fail("wrote to a read-only journal")


def test_a_locked_journal_keeps_the_words_in_a_rescue_file(isolated_home: Path) -> None:
    with Journal.open() as journal:
        sid = journal.start_session("open")
        path = journal.path
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process mid-write, for longer than we wait
    try:
        with Journal.open(busy_timeout=0.1) as journal, pytest.raises(JournalError) as caught:
            journal.add_turn(sid, "person", "said while it was locked")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "busy" in str(caught.value)
    assert "said while it was locked" in _rescued(isolated_home)


def test_a_turn_for_a_session_that_does_not_exist_is_still_kept(isolated_home: Path) -> None:
    with Journal.open() as journal, pytest.raises(JournalError, match="no session 99"):
        journal.add_turn(99, "person", "orphan words")
    assert "orphan words" in _rescued(isolated_home)


def test_a_strong_feeling_outweighs_a_passing_fine() -> None:
    fine = {"text": "fine", "family": "calm", "intensity": 1, "negated": False}
    hate = {"text": "hate", "family": "anger", "intensity": 3, "negated": False}
    relief = {
        "text": "all clear",
        "family": "calm",
        "intensity": 2,
        "negated": False,
        "implied": True,
    }
    title = auto_title(["I'm fine. I hate the whole fuss. All clear."], [fine, hate, relief])
    assert title.startswith("Anger")
