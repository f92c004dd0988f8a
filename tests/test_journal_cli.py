"""``mirrorbot journal ...`` as a person meets it: output, files and exit codes.

The commands are driven through ``add_parser`` and ``run`` on a parser built
like the top-level one, in process, so a test can pretend to be a terminal.
Errors are one line on stderr: exit 2 for bad input (unknown id, bad date,
unreadable import file, an unconfirmed delete), 1 when the journal fails.
"""

from __future__ import annotations

import argparse
import io
import json
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from mirrorbot.journal import Journal
from mirrorbot.journal.cli import add_parser, run

DATA = Path(__file__).parent / "data"
WORRIED = {"text": "worried", "family": "fear", "intensity": 2, "negated": False, "implied": False}
SAD = {"text": "sad", "family": "sadness", "intensity": 2, "negated": False, "implied": False}


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def journal_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="mirrorbot")
    add_parser(parser.add_subparsers(dest="command"))
    try:
        code = run(parser.parse_args(["journal", *argv]))
    except SystemExit as exc:  # argparse's own usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def filled() -> dict[str, int]:
    now = datetime.now(timezone.utc)
    with Journal.open() as journal:
        old = journal.start_session("open", started_at=now - timedelta(days=10))
        journal.add_turn(old, "listener", "Hello. What's on your mind?")
        journal.add_turn(
            old, "person", "I'm sad about the move.\nAnd \x1b[2J the boxes.", feelings=[SAD]
        )
        journal.add_turn(old, "listener", "You're sad about the move.")
        journal.end_session(
            old, ratings={"heard": 8, "wanted_topics": 7, "approach": 6, "overall": 9}
        )
        new = journal.start_session("evening", mode="practice", started_at=now)
        journal.add_turn(new, "person", "I'm worried about the exam (again).", feelings=[WORRIED])
        journal.end_session(new)
    return {"old": old, "new": new}


def test_list_is_a_compact_table_newest_first(
    capsys: pytest.CaptureFixture[str], filled: dict[str, int]
) -> None:
    code, out, err = journal_cli(capsys, "list")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].split() == ["id", "date", "script", "title", "turns"]
    assert lines[2].split()[0] == str(filled["new"]) and "Fear · exam" in lines[2]
    assert lines[3].split()[0] == str(filled["old"]) and "Sadness · move" in lines[3]
    assert lines[3].rstrip().endswith("3")

    assert "Sadness" in journal_cli(capsys, "list", "--feeling", "sadness")[1]
    assert "Fear" not in journal_cli(capsys, "list", "--feeling", "sadness")[1]
    assert "Fear" in journal_cli(capsys, "list", "--mode", "practice")[1]
    assert "Fear" in journal_cli(capsys, "list", "--script", "evening")[1]
    today = datetime.now().astimezone().date()
    since = journal_cli(capsys, "list", "--since", str(today - timedelta(days=2)))[1]
    assert "Fear" in since and "Sadness" not in since
    until = journal_cli(capsys, "list", "--until", str(today - timedelta(days=2)))[1]
    assert "Sadness" in until and "Fear" not in until
    code, out, _ = journal_cli(capsys, "list", "--limit", "1")
    assert code == 0 and "(1 of 2;" in out
    assert journal_cli(capsys, "list", "--feeling", "joy")[1] == "No sessions match.\n"


def test_list_on_an_empty_journal(capsys: pytest.CaptureFixture[str]) -> None:
    assert journal_cli(capsys, "list") == (0, "No sessions yet.\n", "")


@pytest.mark.parametrize(
    "argv",
    [
        ("list", "--since", "last week"),
        ("list", "--limit", "0"),
        ("list", "--feeling", "grumpy"),
        ("list", "--mode", "therapy"),
        ("show", "x"),
    ],
)
def test_bad_options_exit_2(capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]) -> None:
    code, out, err = journal_cli(capsys, *argv)
    assert code == 2 and out == "" and err


def test_show_prints_the_conversation_safely(
    capsys: pytest.CaptureFixture[str], filled: dict[str, int]
) -> None:
    code, out, err = journal_cli(capsys, "show", str(filled["old"]))
    assert code == 0 and err == ""
    assert out.startswith(f"Session {filled['old']} · ")
    assert "Sadness · move" in out
    assert "felt heard and understood 8/10" in out and "overall 9/10" in out
    assert "Person: I'm sad about the move." in out
    assert "\x1b" not in out and "␛[2J the boxes." in out  # typed escapes are shown, not obeyed
    assert "Listener: You're sad about the move." in out


def test_an_unknown_id_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    for action in ("show", "delete", "export"):
        code, out, err = journal_cli(
            capsys, action, "404", *(["--yes"] if action == "delete" else [])
        )
        assert code == 2 and out == ""
        assert err.count("\n") == 1 and "no session 404" in err


def test_search_prints_ranked_hits_with_a_snippet(
    capsys: pytest.CaptureFixture[str], filled: dict[str, int]
) -> None:
    code, out, err = journal_cli(capsys, "search", "exam", "(again")
    assert code == 0 and err == ""
    first, snippet = out.splitlines()[:2]
    assert first.startswith(f"#{filled['new']}  ") and "Fear · exam" in first
    assert "[exam]" in snippet and "[again]" in snippet
    assert journal_cli(capsys, "search", "--", "-move")[0] == 0  # a leading dash after --
    for hostile in ("NEAR(", "a:b", "exam*", '"the exam', "AND OR NOT", "x^y"):
        code, _, err = journal_cli(capsys, "search", hostile)
        assert code == 0 and err == "", hostile
    for nothing in ('"', "(", "*", ":-"):  # nothing to look for: bad input, said plainly
        code, _, err = journal_cli(capsys, "search", nothing)
        assert code == 2 and "nothing to search for" in err, nothing
    assert journal_cli(capsys, "search", "zeppelin")[1] == "No matches.\n"
    code, out, err = journal_cli(capsys, "search", "*", "()")
    assert code == 2 and "nothing to search for" in err


def test_export_to_a_folder_and_to_stdout(
    capsys: pytest.CaptureFixture[str], filled: dict[str, int], tmp_path: Path
) -> None:
    out_dir = tmp_path / "notes"
    code, out, err = journal_cli(capsys, "export", "--format", "md", "--out", str(out_dir))
    assert code == 0 and "Exported 2 sessions" in err
    files = sorted(out_dir.glob("*.md"))
    assert len(files) == 2
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    assert files[0].read_text(encoding="utf-8").startswith("---\nid: ")

    code, out, err = journal_cli(capsys, "export", str(filled["new"]), "--format", "jsonl")
    assert code == 0 and err == ""
    [line] = out.splitlines()
    record = json.loads(line)
    assert record["id"] == filled["new"] and record["mode"] == "practice"
    assert record["turns"][0]["feelings"] == [WORRIED]

    code, out, _ = journal_cli(capsys, "export")  # all, Markdown, stdout
    assert code == 0 and out.count("\n---\nid: ") == 1 and out.startswith("---\nid: ")


def test_export_delete_import_round_trip_from_the_command_line(
    capsys: pytest.CaptureFixture[str], filled: dict[str, int], tmp_path: Path
) -> None:
    assert journal_cli(capsys, "export", "--format", "jsonl", "--out", str(tmp_path))[0] == 0
    before = journal_cli(capsys, "export", "--format", "jsonl")[1]
    assert journal_cli(capsys, "delete", "--all", "--yes")[1] == "Deleted all 2 sessions.\n"
    code, out, _ = journal_cli(capsys, "import", str(tmp_path / "mirrorbot-journal.jsonl"))
    assert code == 0 and out.startswith("Imported 2 sessions")
    assert journal_cli(capsys, "export", "--format", "jsonl")[1] == before
    code, out, _ = journal_cli(capsys, "import", str(tmp_path / "mirrorbot-journal.jsonl"))
    assert "Imported 0 sessions" in out and "2 already in the journal" in out


def test_import_jrnl(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = journal_cli(capsys, "import", str(DATA / "jrnl_export.json"))
    assert (code, err) == (0, "") and out.startswith("Imported 3 sessions")
    listing = journal_cli(capsys, "list", "--script", "jrnl")[1]
    assert "Rough day at @work." in listing and "Called @mum." in listing


def test_import_of_a_bad_file_exits_2_naming_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('{"entries": [', encoding="utf-8")
    code, out, err = journal_cli(capsys, "import", str(bad))
    assert code == 2 and out == "" and str(bad) in err and err.count("\n") == 1
    code, _, err = journal_cli(capsys, "import", str(tmp_path / "missing.json"))
    assert code == 2 and "cannot read" in err


def test_delete_asks_first_and_refuses_without_a_terminal(
    capsys: pytest.CaptureFixture[str], filled: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    old = str(filled["old"])
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))  # a pipe, not a person
    code, out, err = journal_cli(capsys, "delete", old)
    assert code == 2 and "--yes" in err and err.count("\n") == 1
    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    code, out, err = journal_cli(capsys, "delete", old)
    assert code == 0 and "Nothing deleted." in out and "Delete session" in err
    monkeypatch.setattr("sys.stdin", Terminal("y\n"))
    code, out, err = journal_cli(capsys, "delete", old)
    assert code == 0 and out == f"Deleted session {old}.\n"
    assert journal_cli(capsys, "show", old)[0] == 2
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert journal_cli(capsys, "delete", "--all")[0] == 2
    assert journal_cli(capsys, "delete")[0] == 2  # neither an id nor --all
    assert journal_cli(capsys, "delete", old, "--all", "--yes")[0] == 2
    assert journal_cli(capsys, "delete", "--all", "--yes")[1] == "Deleted all 1 sessions.\n"
    assert journal_cli(capsys, "list")[1] == "No sessions yet.\n"


def test_stats_tables(capsys: pytest.CaptureFixture[str], filled: dict[str, int]) -> None:
    code, out, err = journal_cli(capsys, "stats", "--weeks", "4")
    assert code == 0 and err == ""
    assert out.startswith("2 sessions on 2 days")
    assert "Feelings by week" in out and "sadness 1" in out and "fear 1" in out
    assert "Top topics" in out and "move" in out and "exam" in out
    assert "felt heard and understood   8.0 (1)" in out
    assert journal_cli(capsys, "stats")[1].count("-W") >= 8


def test_check_reports_an_intact_journal_and_a_damaged_one(
    capsys: pytest.CaptureFixture[str], filled: dict[str, int], isolated_home: Path
) -> None:
    code, out, _ = journal_cli(capsys, "check")
    assert code == 0 and out.startswith("ok: ") and "2 sessions, 4 turns" in out
    assert journal_cli(capsys, "check", "--repair")[0] == 0
    for suffix in ("-wal", "-shm"):
        (isolated_home / f"journal.sqlite3{suffix}").unlink(missing_ok=True)
    (isolated_home / "journal.sqlite3").write_bytes(b"not a database at all" * 300)
    code, out, err = journal_cli(capsys, "check")
    assert code == 1 and "damaged" in err and err.count("\n") == 1
