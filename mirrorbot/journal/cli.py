"""``mirrorbot journal ...``: list, show, search, export, import, delete, stats, check.

``add_parser`` only builds argparse objects (cheap: nothing here imports
SQLite until a command runs); ``run`` does the work and turns every journal
error into one line on stderr: exit 2 for bad input (an unknown id, an
unreadable import file, a delete nobody confirmed), 1 when the journal
itself fails.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mirrorbot.journal.store import Journal, SessionRecord

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
DEFAULT_LIMIT = 20
TITLE_WIDTH = 40


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2024-05-01") from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 1 or more")
    return value


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``journal`` and its actions to the top-level ``subparsers``."""
    journal = subparsers.add_parser(
        "journal",
        help="list / show / search / export / import / delete past sessions",
        description="Your past sessions, kept on this computer only.",
    )
    actions = journal.add_subparsers(dest="journal_action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="sessions, newest first")
    listing.add_argument("--since", type=_date, metavar="YYYY-MM-DD", help="from this day on")
    listing.add_argument("--until", type=_date, metavar="YYYY-MM-DD", help="up to this day")
    listing.add_argument(
        "--feeling", metavar="FAMILY", help="sessions where you named this feeling family"
    )
    listing.add_argument("--script", metavar="NAME", dest="journal_script", help="only this script")
    listing.add_argument("--mode", choices=("journal", "practice"), dest="journal_mode")
    listing.add_argument(
        "--limit", type=_positive, default=DEFAULT_LIMIT, metavar="N",
        help=f"how many to show (default {DEFAULT_LIMIT})",
    )  # fmt: skip

    show = actions.add_parser("show", help="one whole conversation")
    show.add_argument("session_id", type=int, metavar="ID")

    search = actions.add_parser(
        "search",
        help="find words in what you wrote (best recent matches first)",
        description='Words must all appear; "a phrase" in quotes as written; word* as a prefix.',
    )
    search.add_argument("query", nargs="+", metavar="QUERY")
    search.add_argument("--limit", type=_positive, default=DEFAULT_LIMIT, metavar="N")

    export = actions.add_parser(
        "export", help="Markdown (one file per session) or JSON Lines (everything, re-importable)"
    )
    export.add_argument(
        "session_id", type=int, nargs="?", metavar="ID", help="one session (default: all)"
    )
    export.add_argument("--format", choices=("md", "jsonl"), default="md", dest="export_format")
    export.add_argument(
        "--out", type=Path, metavar="DIR", help="write files here instead of stdout"
    )

    importing = actions.add_parser(
        "import", help="a jrnl JSON export, or a mirrorbot JSON Lines export"
    )
    importing.add_argument("file", type=Path, metavar="FILE")

    delete = actions.add_parser("delete", help="delete one session, or all (asks first)")
    delete.add_argument("session_id", type=int, nargs="?", metavar="ID")
    delete.add_argument("--all", action="store_true", dest="delete_all", help="every session")
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    stats = actions.add_parser("stats", help="feelings by week, topics, days, check-ins")
    stats.add_argument(
        "--weeks", type=_positive, default=8, metavar="N", help="weeks to show (default 8)"
    )

    check = actions.add_parser("check", help="check the journal file is intact")
    check.add_argument("--repair", action="store_true", help="rebuild the search index first")


def run(args: argparse.Namespace) -> int:
    from mirrorbot.journal.importer import ImportFormatError
    from mirrorbot.journal.store import Journal, JournalError, SessionNotFound

    try:
        with Journal.open() as journal:
            return _ACTIONS[args.journal_action](journal, args)
    except _Refused as exc:
        _error(str(exc))
        return EXIT_USAGE
    except SessionNotFound as exc:
        _error(f"{exc} (see 'mirrorbot journal list')")
        return EXIT_USAGE
    except ImportFormatError as exc:
        _error(str(exc))
        return EXIT_USAGE
    except JournalError as exc:
        _error(str(exc))
        return EXIT_FAILURE


class _Refused(Exception):
    """Bad usage found after parsing (exit 2)."""


def _error(message: str) -> None:
    print(f"mirrorbot: {message}", file=sys.stderr)


def _safe(text: str) -> str:
    from mirrorbot.display import printable

    return printable(text)


def _one_line(text: str, width: int) -> str:
    text = " ".join(_safe(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


# ------------------------------------------------------------------ actions


def _list(journal: Journal, args: argparse.Namespace) -> int:
    from mirrorbot.journal.export import local
    from mirrorbot.language.feelings import FAMILIES

    if args.feeling is not None and args.feeling not in FAMILIES:
        raise _Refused(f"unknown feeling family {args.feeling!r}; one of: {', '.join(FAMILIES)}")
    filters = {
        "since": args.since, "until": args.until, "feeling": args.feeling,
        "script": args.journal_script, "mode": args.journal_mode,
    }  # fmt: skip
    records = journal.sessions(**filters, limit=args.limit)
    if not records:
        filtered = any(v is not None for v in filters.values())
        print("No sessions match." if filtered else "No sessions yet.")
        return EXIT_OK
    rows = [
        [
            str(r.id),
            f"{local(r.started):%Y-%m-%d %H:%M}",
            _one_line(r.script or "-", 16),
            _one_line(r.display_title, TITLE_WIDTH),
            str(r.turn_count),
        ]
        for r in records
    ]
    headers = ["id", "date", "script", "title", "turns"]
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(headers)]
    right = {0, 4}

    def line(cells: list[str]) -> str:
        return "  ".join(
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    print(line(headers))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(line(row))
    total = journal.count(**filters)
    if total > len(records):
        print(f"({len(records)} of {total}; --limit N for more, --since/--until to narrow)")
    return EXIT_OK


def _show(journal: Journal, args: argparse.Namespace) -> int:
    print(render_session(journal.session(args.session_id)))
    return EXIT_OK


def render_session(record: SessionRecord) -> str:
    """A whole conversation as readable text; everything typed made safe to print."""
    from mirrorbot.journal.export import RATING_LABELS, SPEAKER_LABELS, local

    started = local(record.started)
    when = f"{started:%A %d %B %Y, %H:%M}"
    if record.ended:
        when += f"–{local(record.ended):%H:%M}"
    lines = [
        f"Session {record.id} · {when} · script {_safe(record.script) or '-'} · {record.mode}",
        _safe(record.display_title),
    ]
    given = [f"{RATING_LABELS[n]} {v}/10" for n, v in record.ratings.items() if v is not None]
    if given:
        lines.append("Check-in: " + " · ".join(given))
    if record.ruptures or record.repairs:
        lines.append(f"Ruptures {record.ruptures} · repairs {record.repairs}")
    lines.append("")
    for turn in record.turns:
        label = SPEAKER_LABELS.get(turn.speaker, turn.speaker)
        flag = " (crisis)" if turn.crisis else ""
        prefix = f"[{local(turn.at):%H:%M}] {label}{flag}: "
        text_lines = _safe(turn.text).split("\n") or [""]
        lines.append(prefix + text_lines[0])
        lines.extend(" " * len(prefix) + more for more in text_lines[1:])
    if not record.turns:
        lines.append("(no turns)")
    return "\n".join(lines)


def _search(journal: Journal, args: argparse.Namespace) -> int:
    from mirrorbot.journal.export import local
    from mirrorbot.journal.store import MARK_END, MARK_START, fts_query

    query = " ".join(args.query)
    if fts_query(query) is None:
        raise _Refused(f"nothing to search for in {_safe(query)!r}: give a word or two")
    hits = journal.search(query, limit=args.limit)
    if not hits:
        print("No matches.")
        return EXIT_OK
    bold = sys.stdout.isatty()
    start, end = ("\x1b[1m", "\x1b[0m") if bold else ("[", "]")
    for hit in hits:
        print(
            f"#{hit.session}  {local(hit.at):%Y-%m-%d %H:%M}  {_one_line(hit.title, TITLE_WIDTH)}"
        )
        snippet = " ".join(_safe(hit.snippet).split())
        print("    " + snippet.replace(MARK_START, start).replace(MARK_END, end))
    return EXIT_OK


def _export(journal: Journal, args: argparse.Namespace) -> int:
    from mirrorbot.journal import export

    ids = [args.session_id] if args.session_id is not None else None
    if ids is not None:
        journal.session(ids[0])  # an unknown id fails before any file is written
    records = journal.iter_sessions(ids)
    if args.out is None:
        export.export_to_stream(records, args.export_format, sys.stdout)
        return EXIT_OK
    try:
        count, written = export.export_to_dir(
            records, args.export_format, args.out, single=args.session_id
        )
    except OSError as exc:
        raise _Refused(f"cannot write to {args.out}: {exc.strerror or exc}") from None
    where = written[0] if len(written) == 1 else args.out
    print(f"Exported {count} session{'s' if count != 1 else ''} to {where}", file=sys.stderr)
    return EXIT_OK


def _import(journal: Journal, args: argparse.Namespace) -> int:
    from mirrorbot.journal import importer

    added, skipped = journal.add_sessions(importer.read(args.file))
    message = f"Imported {added} session{'s' if added != 1 else ''} from {args.file}"
    if skipped:
        message += f" ({skipped} already in the journal, skipped)"
    print(message)
    return EXIT_OK


def _confirm(question: str) -> bool:
    if not sys.stdin.isatty():
        raise _Refused(
            "not deleting without confirmation, and there is no terminal to ask on; add --yes"
        )
    print(f"{question} [y/N] ", end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline().strip().lower()
    return answer in ("y", "yes")


def _delete(journal: Journal, args: argparse.Namespace) -> int:
    from mirrorbot.journal.export import local

    if args.delete_all == (args.session_id is not None):
        raise _Refused("give one session ID or --all")
    if args.delete_all:
        total = journal.count()
        if not total:
            print("The journal is already empty.")
            return EXIT_OK
        if not args.yes and not _confirm(
            f"Delete all {total} sessions from {journal.path}? This cannot be undone."
        ):
            print("Nothing deleted.")
            return EXIT_OK
        count = journal.delete_all()
        print(f"Deleted all {count} sessions.")
        return EXIT_OK
    record = journal.session(args.session_id)
    if not args.yes and not _confirm(
        f"Delete session {record.id} ({local(record.started):%Y-%m-%d %H:%M},"
        f" {_one_line(record.display_title, TITLE_WIDTH)!r}, {record.turn_count} turns)?"
        " This cannot be undone."
    ):
        print("Nothing deleted.")
        return EXIT_OK
    journal.delete(record.id if record.id is not None else args.session_id)
    print(f"Deleted session {args.session_id}.")
    return EXIT_OK


def _stats(journal: Journal, args: argparse.Namespace) -> int:
    from mirrorbot.journal import stats

    print(_safe(stats.render(stats.compute(journal, weeks=args.weeks))))
    return EXIT_OK


def _check(journal: Journal, args: argparse.Namespace) -> int:
    if args.repair:
        journal.rebuild_index()
    report = journal.check()
    if report.problems:
        for problem in report.problems:
            print(f"problem: {_safe(problem)}")
        _error(f"the journal {journal.path} has {len(report.problems)} problem(s); see above")
        return EXIT_FAILURE
    size = report.size / 1_000_000
    print(
        f"ok: {journal.path}: {report.sessions} sessions, {report.turns} turns, {size:.1f} MB;"
        " database and search index intact"
    )
    return EXIT_OK


_ACTIONS = {
    "list": _list,
    "show": _show,
    "search": _search,
    "export": _export,
    "import": _import,
    "delete": _delete,
    "stats": _stats,
    "check": _check,
}
