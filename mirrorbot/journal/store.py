"""The journal: sessions and turns in SQLite, private, durable and searchable.

One file, ``journal.sqlite3`` in the data folder (``MIRRORBOT_HOME``
overrides it): folder 0700, database and its ``-wal``/``-shm`` files 0600.
WAL mode, ``synchronous=FULL`` and one short transaction per write, so
``add_turn`` has reached the disk when it returns and two mirrorbot
processes can share a journal (the second waits up to the busy timeout for
the first one's few milliseconds). ``secure_delete`` is on: deleted words are
overwritten, not just unlinked.

Every failure becomes a :class:`JournalError` with a one-line message a
person can act on. When ``add_turn`` fails, the text is first appended to a
plain-text rescue file (``unsaved-YYYYMMDD.txt``, 0600, in the data folder)
and the message says where: a journal never loses words silently.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import stat
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

from mirrorbot import paths
from mirrorbot.journal import migrations
from mirrorbot.journal.titles import auto_title

FILENAME = "journal.sqlite3"
MODES = ("journal", "practice")
SPEAKERS = ("person", "listener")
RATINGS = ("heard", "wanted_topics", "approach", "overall")
DEFAULT_BUSY_TIMEOUT = 5.0  # seconds another process may hold the write lock
SEARCH_WINDOW = 1000  # newest matching turns that search ranks (see Journal.search)


class JournalError(Exception):
    """The journal could not do what was asked; the message is one line a person can act on.

    ``rescue`` is the file the unsaved text went to, when there was text to keep.
    """

    def __init__(self, message: str, rescue: Path | None = None) -> None:
        super().__init__(message)
        self.rescue = rescue


class SessionNotFound(JournalError):
    """No session with that id (bad input, not a broken journal)."""


@dataclass(frozen=True)
class TurnRecord:
    """One stored turn. ``at`` is UTC ISO 8601."""

    speaker: str
    text: str
    at: str
    kind: str = ""
    feelings: tuple[Mapping[str, Any], ...] = ()
    rule: str = ""
    source: str = ""
    crisis: bool = False
    position: int = 0
    id: int | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "position": self.position,
            "speaker": self.speaker,
            "text": self.text,
            "at": self.at,
            "kind": self.kind,
            "feelings": [dict(f) for f in self.feelings],
            "rule": self.rule,
            "source": self.source,
            "crisis": self.crisis,
        }


@dataclass(frozen=True)
class SessionRecord:
    """One stored session. ``title`` is what was stored (None until the session
    ends); ``display_title`` is that or the automatic title. ``turns`` is
    filled by :meth:`Journal.session` and :meth:`Journal.iter_sessions`."""

    started: str
    script: str = ""
    mode: str = "journal"
    ended: str | None = None
    title: str | None = None
    ratings: Mapping[str, int | None] = field(default_factory=dict)
    ruptures: int = 0
    repairs: int = 0
    id: int | None = None
    turn_count: int = 0
    turns: tuple[TurnRecord, ...] = ()
    display_title: str = ""

    def as_json(self) -> dict[str, Any]:
        """Every stored field: the JSON Lines export and import use this shape."""
        return {
            "id": self.id,
            "started": self.started,
            "ended": self.ended,
            "script": self.script,
            "mode": self.mode,
            "title": self.title,
            "ratings": {name: self.ratings.get(name) for name in RATINGS},
            "ruptures": self.ruptures,
            "repairs": self.repairs,
            "turns": [t.as_json() for t in self.turns],
        }


@dataclass(frozen=True)
class SearchHit:
    session: int
    turn: int
    speaker: str
    at: str
    snippet: str  # matched words between MARK_START and MARK_END
    title: str


MARK_START, MARK_END = "\ue000", "\ue001"  # private-use: cannot clash with typed text


@dataclass(frozen=True)
class CheckReport:
    problems: tuple[str, ...]
    sessions: int
    turns: int
    size: int


# ------------------------------------------------------------------ time


def utc_iso(moment: datetime | None = None) -> str:
    """``moment`` (now by default; naive means local time) as fixed-width UTC ISO 8601."""
    moment = moment or datetime.now(timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def local_midnight_utc(day: date) -> str:
    """The start of ``day`` in local time, as a UTC timestamp string."""
    return utc_iso(datetime.combine(day, time()).astimezone())


def parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text)


# ------------------------------------------------------------------ search query


_SURROGATE = re.compile("[\ud800-\udfff]")


def storable(text: str) -> str:
    """``text`` as valid UTF-8: lone surrogates (undecodable bytes kept by
    Python) become U+FFFD instead of making SQLite refuse the whole turn."""
    return _SURROGATE.sub("\ufffd", text)


_TERM_CHARS = re.compile(r"[^\W_]")
_CHUNKS = re.compile(r'"([^"]*)"?|(\S+)')


def fts_query(text: str) -> str | None:
    """Whatever a person typed, as an FTS5 query that cannot be a syntax error.

    Words must all appear (AND). A ``"quoted phrase"`` must appear as written;
    a word ending in ``*`` matches as a prefix. Every other character, FTS
    operators included (``AND OR NOT NEAR ( ) : ^ - +``), is plain text: each
    piece goes to FTS5 as a double-quoted string, which its tokenizer splits
    exactly as it split the journal. None when nothing searchable is left.
    """
    parts = []
    # NUL would end the query string inside SQLite; lone surrogates cannot be UTF-8.
    text = storable(text).replace("\x00", " ")
    for match in _CHUNKS.finditer(text):
        quoted, bare = match.group(1), match.group(2)
        chunk = quoted if quoted is not None else bare
        if not _TERM_CHARS.search(chunk):
            continue
        prefix = bare is not None and bare.endswith("*")
        if prefix:
            chunk = chunk.rstrip("*")
        phrase = '"' + chunk.replace('"', '""') + '"'
        if prefix and _TERM_CHARS.search(chunk[-1]):
            phrase += "*"
        parts.append(phrase)
    return " ".join(parts) or None


# ------------------------------------------------------------------ rescue


def rescue(text: str, *, speaker: str = "person", session: int | None = None,
           reason: str = "") -> Path | None:  # fmt: skip
    """Append ``text`` to today's plain-text rescue file; return its path, or None if even that failed.

    Tried in order: the data folder, then the system's temporary folder. The
    file is 0600 and each block starts with a header line naming when, which
    session and why, so the words can be pasted back later.
    """
    import tempfile

    stamp = datetime.now().astimezone()
    name = f"unsaved-{stamp:%Y%m%d}.txt"
    header = f"--- {stamp.isoformat(timespec='seconds')} · {speaker}"
    if session is not None:
        header += f" · session {session}"
    if reason:
        header += f" · not saved: {reason}"
    block = f"{header}\n{text}\n\n".encode("utf-8", "surrogatepass")
    candidates = [paths.data_dir(), Path(tempfile.gettempdir()) / f"mirrorbot-{os.getuid()}"]
    for folder in candidates:
        try:
            paths.ensure_private_dir(folder)
            info = folder.lstat()
            if info.st_uid != os.getuid() or not stat.S_ISDIR(info.st_mode):
                continue  # not ours (a shared /tmp): never write private words there
            target = folder / name
            fd = os.open(target, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                os.write(fd, block)
                os.fsync(fd)
            finally:
                os.close(fd)
            return target
        except OSError:
            continue
    return None


# ------------------------------------------------------------------ errors


def _describe(exc: BaseException, path: Path) -> str:
    """One line a person can act on, from an sqlite3 or OS error."""
    detail = str(exc).strip() or type(exc).__name__
    low = detail.lower()
    if "locked" in low or "busy" in low:
        return f"the journal {path} is busy (another mirrorbot is writing to it); try again in a moment"
    if "readonly" in low or "read-only" in low or "permission" in low:
        return f"the journal {path} is read-only ({detail}); make it writable by you"
    if "full" in low or "no space" in low:
        return f"no room to save in the journal {path} ({detail}); free some disk space"
    if "not a database" in low or "malformed" in low or "corrupt" in low:
        return (
            f"the journal {path} is damaged ({detail}); run 'mirrorbot journal check',"
            " and move the file aside to start a new one"
        )
    if "unable to open" in low:
        return f"cannot open the journal {path} ({detail}); check the folder exists and is yours"
    return f"journal {path}: {detail}"


# ------------------------------------------------------------------ the store


_SESSION_COLUMNS = (
    "s.id, s.started, s.ended, s.script, s.mode, s.title,"
    " s.heard, s.wanted_topics, s.approach, s.overall, s.ruptures, s.repairs"
)
_TURN_COLUMNS = "id, session, position, speaker, text, kind, feelings, rule, source, crisis, at"


def default_path() -> Path:
    return paths.data_dir() / FILENAME


def _make_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 if it is missing; tighten it if we own it."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)


class Journal:
    """A connection to one journal file. Safe to share between threads."""

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self.db = db  # for this package's readers (stats); everything else goes through methods
        self.path = path
        self._lock = threading.RLock()

    # -------------------------------------------------------------- lifecycle

    @classmethod
    def open(
        cls, path: Path | None = None, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT
    ) -> Journal:
        """Open (creating if needed) and upgrade the journal at ``path``."""
        try:
            if path is None:
                path = paths.ensure_private_dir(paths.data_dir()) / FILENAME
            else:
                # A folder the person chose (their Documents, say) is created
                # private if missing, but never has its mode changed.
                path = Path(path)
                path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            _make_private_file(path)
        except OSError as exc:
            raise JournalError(_describe(exc, path or default_path())) from None
        try:
            db = sqlite3.connect(
                path, timeout=busy_timeout, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise JournalError(_describe(exc, path)) from None
        try:
            db.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("PRAGMA secure_delete = ON")
            migrations.migrate(db)
        except migrations.TooNewError as exc:
            db.close()
            raise JournalError(
                f"the journal {path} was written by a newer mirrorbot ({exc}); upgrade mirrorbot"
            ) from None
        except sqlite3.Error as exc:
            db.close()
            raise JournalError(_describe(exc, path)) from None
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(OSError):
                os.chmod(f"{path}{suffix}", 0o600)
        return cls(db, path)

    def close(self) -> None:
        with self._lock:
            self.db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One short write transaction, taken at once (BEGIN IMMEDIATE) so the
        busy timeout applies to getting the lock, not to a deadlock later."""
        with self._lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
                self.db.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    self.db.execute("ROLLBACK")
                raise

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """A consistent snapshot for several SELECTs."""
        with self._lock:
            try:
                self.db.execute("BEGIN")
                try:
                    yield self.db
                finally:
                    with contextlib.suppress(sqlite3.Error):
                        self.db.execute("COMMIT")
            except sqlite3.Error as exc:
                raise JournalError(_describe(exc, self.path)) from None

    # -------------------------------------------------------------- writing

    def start_session(
        self, script: str, mode: str = "journal", started_at: datetime | None = None
    ) -> int:
        """A new session; returns its id."""
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
        try:
            with self._write() as db:
                cursor = db.execute(
                    "INSERT INTO sessions (started, script, mode) VALUES (?, ?, ?)",
                    (utc_iso(started_at), script, mode),
                )
        except sqlite3.Error as exc:
            raise JournalError(_describe(exc, self.path)) from None
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def add_turn(
        self,
        session: int,
        speaker: str,
        text: str,
        *,
        kind: str = "",
        feelings: Sequence[Mapping[str, Any]] = (),
        rule: str = "",
        source: str = "",
        crisis: bool = False,
        at: datetime | None = None,
    ) -> int:
        """Store one turn at the end of ``session``; it is on disk when this returns.

        On failure the text goes to the rescue file first and the
        :class:`JournalError` names that file.
        """
        if speaker not in SPEAKERS:
            raise ValueError(f"speaker must be one of {SPEAKERS}, not {speaker!r}")
        text = storable(text)
        feelings_json = json.dumps([dict(f) for f in feelings], ensure_ascii=False)
        try:
            with self._write() as db:
                turn = self._insert_turn(
                    db, session, None, None, speaker, text, kind, feelings_json,
                    rule, source, crisis, utc_iso(at),
                )  # fmt: skip
                if speaker == "person":
                    self._count_feelings(db, session, feelings)
        except (sqlite3.Error, OSError) as exc:
            reason = _describe(exc, self.path)
            if isinstance(exc, sqlite3.IntegrityError) and "FOREIGN KEY" in str(exc):
                reason = f"there is no session {session} in the journal {self.path}"
            kept = rescue(text, speaker=speaker, session=session, reason=reason)
            where = (
                f"your words are kept in {kept}"
                if kept
                else "and they could not be written to a rescue file either"
            )
            raise JournalError(f"{reason}; {where}", rescue=kept) from None
        return turn

    @staticmethod
    def _insert_turn(
        db: sqlite3.Connection,
        session: int,
        turn_id: int | None,
        position: int | None,
        speaker: str,
        text: str,
        kind: str,
        feelings_json: str,
        rule: str,
        source: str,
        crisis: bool,
        at: str,
    ) -> int:
        if position is None:
            row = db.execute(
                "SELECT coalesce(max(position) + 1, 0) FROM turns WHERE session = ?", (session,)
            ).fetchone()
            position = int(row[0])
        cursor = db.execute(
            "INSERT INTO turns (id, session, position, speaker, text, kind, feelings, rule,"
            " source, crisis, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (turn_id, session, position, speaker, text, kind, feelings_json, rule, source,
             int(crisis), at),
        )  # fmt: skip
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    @staticmethod
    def _count_feelings(
        db: sqlite3.Connection, session: int, feelings: Iterable[Mapping[str, Any]]
    ) -> None:
        counts: dict[str, int] = {}
        for feeling in feelings:
            family = feeling.get("family")
            if isinstance(family, str) and not feeling.get("negated"):
                counts[family] = counts.get(family, 0) + 1
        db.executemany(
            "INSERT INTO session_feelings (session, family, count) VALUES (?, ?, ?)"
            " ON CONFLICT (session, family) DO UPDATE SET count = count + excluded.count",
            [(session, family, n) for family, n in counts.items()],
        )

    def end_session(
        self,
        session: int,
        *,
        ended_at: datetime | None = None,
        title: str | None = None,
        ratings: Mapping[str, int] | None = None,
        ruptures: int = 0,
        repairs: int = 0,
    ) -> None:
        """Close ``session``: its end time, title (automatic unless given),
        check-in ratings (any of ``RATINGS``, 0-10) and rupture/repair counts."""
        ratings = dict(ratings or {})
        for name, value in ratings.items():
            if name not in RATINGS:
                raise ValueError(f"unknown rating {name!r}; expected one of {RATINGS}")
            if not isinstance(value, int) or not 0 <= value <= 10:
                raise ValueError(f"rating {name} must be a whole number 0-10, not {value!r}")
        try:
            with self._write() as db:
                if title is None:
                    title = self._auto_title(db, session)
                cursor = db.execute(
                    "UPDATE sessions SET ended = ?, title = ?, heard = ?, wanted_topics = ?,"
                    " approach = ?, overall = ?, ruptures = ?, repairs = ? WHERE id = ?",
                    (utc_iso(ended_at), title, *(ratings.get(name) for name in RATINGS),
                     ruptures, repairs, session),
                )  # fmt: skip
                if cursor.rowcount == 0:
                    raise SessionNotFound(f"there is no session {session} in the journal")
        except sqlite3.Error as exc:
            raise JournalError(_describe(exc, self.path)) from None

    @staticmethod
    def _auto_title(db: sqlite3.Connection, session: int) -> str:
        texts: list[str] = []
        feelings: list[Mapping[str, Any]] = []
        for text, feelings_json in db.execute(
            "SELECT text, feelings FROM turns WHERE session = ? AND speaker = 'person'"
            " ORDER BY position",
            (session,),
        ):
            texts.append(text)
            feelings.extend(_feelings(feelings_json))
        return auto_title(texts, feelings)

    # -------------------------------------------------------------- reading

    def sessions(
        self,
        *,
        since: date | None = None,
        until: date | None = None,
        feeling: str | None = None,
        script: str | None = None,
        mode: str | None = None,
        limit: int | None = 20,
        offset: int = 0,
    ) -> list[SessionRecord]:
        """Sessions newest first, without their turns. ``since``/``until`` are
        local dates, both included."""
        where, params = self._filters(since, until, feeling, script, mode)
        sql = (
            f"SELECT {_SESSION_COLUMNS},"
            " (SELECT count(*) FROM turns AS t WHERE t.session = s.id)"
            f" FROM sessions AS s {where} ORDER BY s.started DESC, s.id DESC"
        )
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        with self.snapshot() as db:
            rows = db.execute(sql, params).fetchall()
            return [
                _session(row, turn_count=row[12], display_title=self._title_of(db, row))
                for row in rows
            ]

    def count(self, **filters: Any) -> int:
        """How many sessions match the filters of :meth:`sessions`."""
        where, params = self._filters(
            filters.get("since"), filters.get("until"), filters.get("feeling"),
            filters.get("script"), filters.get("mode"),
        )  # fmt: skip
        with self.snapshot() as db:
            return int(
                db.execute(f"SELECT count(*) FROM sessions AS s {where}", params).fetchone()[0]
            )

    @staticmethod
    def _filters(
        since: date | None,
        until: date | None,
        feeling: str | None,
        script: str | None,
        mode: str | None,
    ) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if since is not None:
            clauses.append("s.started >= ?")
            params.append(local_midnight_utc(since))
        if until is not None:
            clauses.append("s.started < ?")
            params.append(local_midnight_utc(until + timedelta(days=1)))
        if feeling is not None:
            clauses.append(
                "EXISTS (SELECT 1 FROM session_feelings AS f WHERE f.session = s.id AND f.family = ?)"
            )
            params.append(feeling)
        if script is not None:
            clauses.append("s.script = ?")
            params.append(script)
        if mode is not None:
            clauses.append("s.mode = ?")
            params.append(mode)
        return ("WHERE " + " AND ".join(clauses) if clauses else ""), params

    def _title_of(self, db: sqlite3.Connection, row: Sequence[Any]) -> str:
        title: str | None = row[5]
        return title if title is not None else self._auto_title(db, row[0])

    def session(self, session: int) -> SessionRecord:
        """One session with all its turns; :class:`SessionNotFound` if there is none."""
        with self.snapshot() as db:
            row = db.execute(
                f"SELECT {_SESSION_COLUMNS} FROM sessions AS s WHERE s.id = ?", (session,)
            ).fetchone()
            if row is None:
                raise SessionNotFound(f"there is no session {session} in the journal")
            turns = tuple(
                _turn(t)
                for t in db.execute(
                    f"SELECT {_TURN_COLUMNS} FROM turns WHERE session = ? ORDER BY position",
                    (session,),
                )
            )
            return _session(
                row, turns=turns, turn_count=len(turns), display_title=self._title_of(db, row)
            )

    def iter_sessions(self, ids: Sequence[int] | None = None) -> Iterator[SessionRecord]:
        """Sessions with their turns, oldest first (all of them, or ``ids``), streamed."""
        if ids is not None:
            for session in ids:
                yield self.session(session)
            return
        with self.snapshot() as db:
            sessions = db.execute(f"SELECT {_SESSION_COLUMNS} FROM sessions AS s ORDER BY s.id")
            turns = db.cursor().execute(
                f"SELECT {_TURN_COLUMNS} FROM turns ORDER BY session, position"
            )
            pending = turns.fetchone()
            for row in sessions:
                own: list[TurnRecord] = []
                # Both cursors walk in session order: a merge, not a query per session.
                while pending is not None and pending[1] <= row[0]:
                    if pending[1] == row[0]:
                        own.append(_turn(pending))
                    pending = turns.fetchone()
                yield _session(
                    row,
                    turns=tuple(own),
                    turn_count=len(own),
                    display_title=row[5] if row[5] is not None else _title_from(own),
                )

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        """What the person wrote that matches ``query`` (any text; see
        :func:`fts_query`), best first.

        Ranked with bm25 among the ``SEARCH_WINDOW`` newest matching turns:
        a rare word is ranked over the whole journal, a word that is in
        thousands of turns shows its best recent ones, and the time a search
        takes stops growing with the years of entries.
        """
        match = fts_query(query)
        if match is None:
            return []
        with self.snapshot() as db:
            ranked = [
                row[0]
                for row in db.execute(
                    "SELECT id FROM (SELECT rowid AS id, bm25(turns_fts) AS score FROM turns_fts"
                    " WHERE turns_fts MATCH ? ORDER BY rowid DESC LIMIT ?)"
                    " ORDER BY score, id DESC LIMIT ?",
                    (match, SEARCH_WINDOW, limit),
                )
            ]
            if not ranked:
                return []
            marks = ",".join("?" * len(ranked))
            found = {
                row[0]: row
                for row in db.execute(
                    "SELECT t.id, t.session, t.speaker, t.at,"
                    f" snippet(turns_fts, 0, '{MARK_START}', '{MARK_END}', '…', 12), s.title"
                    " FROM turns_fts JOIN turns AS t ON t.id = turns_fts.rowid"
                    " JOIN sessions AS s ON s.id = t.session"
                    f" WHERE turns_fts MATCH ? AND turns_fts.rowid IN ({marks})",
                    (match, *ranked),
                )
            }
            hits = []
            for turn_id in ranked:
                row = found.get(turn_id)
                if row is None:
                    continue
                title = row[5] if row[5] is not None else self._auto_title(db, row[1])
                hits.append(SearchHit(row[1], row[0], row[2], row[3], row[4], title))
            return hits

    # -------------------------------------------------------------- deleting

    def delete(self, session: int) -> None:
        """Delete one session and its turns, and wipe them from the search index."""
        try:
            with self._write() as db:
                db.execute("DELETE FROM turns WHERE session = ?", (session,))
                if db.execute("DELETE FROM sessions WHERE id = ?", (session,)).rowcount == 0:
                    raise SessionNotFound(f"there is no session {session} in the journal")
                # Merge the index so no trace of the deleted words stays in old segments.
                db.execute("INSERT INTO turns_fts (turns_fts) VALUES ('optimize')")
            self._checkpoint()
        except sqlite3.Error as exc:
            raise JournalError(_describe(exc, self.path)) from None

    def delete_all(self) -> int:
        """Delete every session; return how many there were."""
        try:
            with self._write() as db:
                count = int(db.execute("SELECT count(*) FROM sessions").fetchone()[0])
                db.execute("DELETE FROM session_feelings")
                db.execute("DELETE FROM turns")
                db.execute("DELETE FROM sessions")
                db.execute("INSERT INTO turns_fts (turns_fts) VALUES ('rebuild')")
            with self._lock:
                self.db.execute("VACUUM")
            self._checkpoint()
        except sqlite3.Error as exc:
            raise JournalError(_describe(exc, self.path)) from None
        return count

    def _checkpoint(self) -> None:
        """Copy the WAL into the file and empty it, so deleted pages do not linger there."""
        with self._lock, contextlib.suppress(sqlite3.Error):
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # -------------------------------------------------------------- import

    def add_sessions(
        self, records: Iterable[SessionRecord], *, batch: int = 500
    ) -> tuple[int, int]:
        """Store whole sessions (import); return (added, skipped as already present).

        A session already in the journal (same start time, script, mode and
        turns) is skipped, so importing a file twice adds it once. Ids are kept
        when free, so export, delete, import gives back the same journal.
        Commits every ``batch`` sessions: a long import never holds the write
        lock for long, and an interrupted one can simply be run again.
        """
        added = skipped = 0
        pending: list[SessionRecord] = []

        def flush() -> None:
            nonlocal added, skipped
            with self._write() as db:
                for record in pending:
                    if self._insert_session(db, record):
                        added += 1
                    else:
                        skipped += 1
            pending.clear()

        try:
            for record in records:
                pending.append(record)
                if len(pending) >= batch:
                    flush()
            if pending:
                flush()
        except sqlite3.Error as exc:
            raise JournalError(_describe(exc, self.path)) from None
        return added, skipped

    def _insert_session(self, db: sqlite3.Connection, record: SessionRecord) -> bool:
        for (existing,) in db.execute(
            "SELECT id FROM sessions WHERE started = ? AND script = ? AND mode = ?",
            (record.started, record.script, record.mode),
        ).fetchall():
            stored = [
                (speaker, text)
                for speaker, text in db.execute(
                    "SELECT speaker, text FROM turns WHERE session = ? ORDER BY position",
                    (existing,),
                )
            ]
            if stored == [(t.speaker, t.text) for t in record.turns]:
                return False
        session_id = record.id
        if (
            session_id is not None
            and db.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone()
        ):
            session_id = None
        cursor = db.execute(
            "INSERT INTO sessions (id, started, ended, script, mode, title, heard, wanted_topics,"
            " approach, overall, ruptures, repairs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (session_id, record.started, record.ended, record.script, record.mode, record.title,
             *(record.ratings.get(name) for name in RATINGS), record.ruptures, record.repairs),
        )  # fmt: skip
        assert cursor.lastrowid is not None
        session_id = cursor.lastrowid
        # Keep the turns' ids only if every one is free: a mix of kept and new
        # ids could collide within the session.
        wanted = [t.id for t in record.turns if t.id is not None]
        keep_ids = len(wanted) == len(record.turns)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            if (
                keep_ids
                and db.execute(
                    f"SELECT 1 FROM turns WHERE id IN ({','.join('?' * len(chunk))}) LIMIT 1", chunk
                ).fetchone()
            ):
                keep_ids = False
        db.executemany(
            "INSERT INTO turns (id, session, position, speaker, text, kind, feelings, rule,"
            " source, crisis, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (t.id if keep_ids else None, session_id, t.position, t.speaker, t.text,
                 t.kind, json.dumps([dict(f) for f in t.feelings], ensure_ascii=False), t.rule,
                 t.source, int(t.crisis), t.at)
                for t in record.turns
            ],
        )  # fmt: skip
        self._count_feelings(
            db,
            session_id,
            [f for t in record.turns if t.speaker == "person" for f in t.feelings],
        )
        return True

    # -------------------------------------------------------------- health

    def check(self) -> CheckReport:
        """SQLite's integrity check, the search index against the turns, and the links."""
        problems: list[str] = []
        with self._lock:
            try:
                for (line,) in self.db.execute("PRAGMA integrity_check"):
                    if line != "ok":
                        problems.append(f"database: {line}")
                try:
                    self.db.execute(
                        "INSERT INTO turns_fts (turns_fts, rank) VALUES ('integrity-check', 1)"
                    )
                except sqlite3.DatabaseError as exc:
                    problems.append(
                        f"search index: {exc} (fix: 'mirrorbot journal check --repair')"
                    )
                for row in self.db.execute("PRAGMA foreign_key_check"):
                    problems.append(f"links: {row[0]} row {row[1]} points at a missing {row[2]}")
                sessions = int(self.db.execute("SELECT count(*) FROM sessions").fetchone()[0])
                turns = int(self.db.execute("SELECT count(*) FROM turns").fetchone()[0])
            except sqlite3.DatabaseError as exc:
                problems.append(_describe(exc, self.path))
                sessions = turns = 0
        size = sum(
            Path(f"{self.path}{suffix}").stat().st_size
            for suffix in ("", "-wal")
            if Path(f"{self.path}{suffix}").exists()
        )
        return CheckReport(tuple(problems), sessions, turns, size)

    def rebuild_index(self) -> None:
        """Rebuild the search index from the turns (the fix for an index problem)."""
        try:
            with self._write() as db:
                db.execute("INSERT INTO turns_fts (turns_fts) VALUES ('rebuild')")
        except sqlite3.Error as exc:
            raise JournalError(_describe(exc, self.path)) from None


# ------------------------------------------------------------------ rows


def _feelings(text: str) -> list[Mapping[str, Any]]:
    try:
        value = json.loads(text)
    except ValueError:
        return []
    return [f for f in value if isinstance(f, dict)] if isinstance(value, list) else []


def _turn(row: Sequence[Any]) -> TurnRecord:
    return TurnRecord(
        id=row[0],
        position=row[2],
        speaker=row[3],
        text=row[4],
        kind=row[5],
        feelings=tuple(_feelings(row[6])),
        rule=row[7],
        source=row[8],
        crisis=bool(row[9]),
        at=row[10],
    )


def _session(
    row: Sequence[Any],
    *,
    turns: tuple[TurnRecord, ...] = (),
    turn_count: int = 0,
    display_title: str = "",
) -> SessionRecord:
    return SessionRecord(
        id=row[0],
        started=row[1],
        ended=row[2],
        script=row[3],
        mode=row[4],
        title=row[5],
        ratings=dict(zip(RATINGS, row[6:10], strict=True)),
        ruptures=row[10],
        repairs=row[11],
        turns=turns,
        turn_count=turn_count,
        display_title=display_title,
    )


def _title_from(turns: Sequence[TurnRecord]) -> str:
    person = [t for t in turns if t.speaker == "person"]
    return auto_title([t.text for t in person], [f for t in person for f in t.feelings])
