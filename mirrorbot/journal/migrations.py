"""The journal's schema, as numbered migrations.

``PRAGMA user_version`` holds the number of the last migration applied. Each
migration is a function ``migration_N(db)`` that moves a database from
version N-1 to N; ``migrate`` runs the missing ones in order inside one
``BEGIN IMMEDIATE`` transaction, so two processes opening an old journal at
once cannot both upgrade it, and a failed upgrade leaves the old file as it
was. Never edit a migration that has shipped: add the next one.

Timestamps are UTC ISO 8601 strings of fixed width
(``2024-05-01T12:34:56.123456+00:00``), so comparing strings compares times.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable


def migration_1(db: sqlite3.Connection) -> None:
    """Sessions and their turns."""
    db.execute(
        """
        CREATE TABLE sessions (
            id      INTEGER PRIMARY KEY,
            started TEXT NOT NULL,
            ended   TEXT,
            script  TEXT NOT NULL DEFAULT '',
            mode    TEXT NOT NULL DEFAULT 'journal' CHECK (mode IN ('journal', 'practice')),
            title   TEXT
        )
        """
    )
    db.execute(
        """
        CREATE TABLE turns (
            id       INTEGER PRIMARY KEY,
            session  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            speaker  TEXT NOT NULL CHECK (speaker IN ('person', 'listener')),
            text     TEXT NOT NULL,
            kind     TEXT NOT NULL DEFAULT '',
            feelings TEXT NOT NULL DEFAULT '[]',
            rule     TEXT NOT NULL DEFAULT '',
            source   TEXT NOT NULL DEFAULT '',
            crisis   INTEGER NOT NULL DEFAULT 0,
            at       TEXT NOT NULL,
            UNIQUE (session, position)
        )
        """
    )
    db.execute("CREATE INDEX sessions_started ON sessions (started)")


def migration_2(db: sqlite3.Connection) -> None:
    """Full-text search over what the person wrote.

    An external-content FTS5 table over the view ``person_turns``: the text
    lives once, in ``turns``; the listener's replies (which restate the
    person's words) are left out, so a search finds each thing once and the
    index is half the size. The triggers keep the index in step on insert,
    update and delete (including the cascade when a session is deleted); the
    index is built for any turns already there.
    """
    db.execute("CREATE VIEW person_turns AS SELECT id, text FROM turns WHERE speaker = 'person'")
    db.execute(
        """
        CREATE VIRTUAL TABLE turns_fts USING fts5 (
            text, content = 'person_turns', content_rowid = 'id',
            tokenize = 'unicode61 remove_diacritics 2'
        )
        """
    )
    db.execute(
        """
        CREATE TRIGGER turns_fts_insert AFTER INSERT ON turns WHEN new.speaker = 'person' BEGIN
            INSERT INTO turns_fts (rowid, text) VALUES (new.id, new.text);
        END
        """
    )
    db.execute(
        """
        CREATE TRIGGER turns_fts_delete AFTER DELETE ON turns WHEN old.speaker = 'person' BEGIN
            INSERT INTO turns_fts (turns_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END
        """
    )
    db.execute(
        """
        CREATE TRIGGER turns_fts_update AFTER UPDATE OF text, speaker ON turns BEGIN
            INSERT INTO turns_fts (turns_fts, rowid, text)
                SELECT 'delete', old.id, old.text WHERE old.speaker = 'person';
            INSERT INTO turns_fts (rowid, text)
                SELECT new.id, new.text WHERE new.speaker = 'person';
        END
        """
    )
    db.execute("INSERT INTO turns_fts (turns_fts) VALUES ('rebuild')")


def migration_3(db: sqlite3.Connection) -> None:
    """The closing check-in, rupture and repair counts, and feelings per session.

    ``session_feelings`` counts, per session, the feelings the person named
    and did not deny, by family: ``list --feeling`` and the stats read it
    instead of parsing every turn's JSON. It is filled here from the turns
    already stored.
    """
    for column in ("heard", "wanted_topics", "approach", "overall"):
        db.execute(
            f"ALTER TABLE sessions ADD COLUMN {column} INTEGER"
            f" CHECK ({column} IS NULL OR {column} BETWEEN 0 AND 10)"
        )
    db.execute("ALTER TABLE sessions ADD COLUMN ruptures INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE sessions ADD COLUMN repairs INTEGER NOT NULL DEFAULT 0")
    db.execute(
        """
        CREATE TABLE session_feelings (
            session INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            family  TEXT NOT NULL,
            count   INTEGER NOT NULL,
            PRIMARY KEY (session, family)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX session_feelings_family ON session_feelings (family, session)")
    db.execute(
        """
        INSERT INTO session_feelings (session, family, count)
        SELECT t.session, json_extract(f.value, '$.family'), count(*)
        FROM turns AS t, json_each(t.feelings) AS f
        WHERE t.speaker = 'person'
          AND json_valid(t.feelings)
          AND json_extract(f.value, '$.family') IS NOT NULL
          AND NOT coalesce(json_extract(f.value, '$.negated'), 0)
        GROUP BY t.session, json_extract(f.value, '$.family')
        """
    )


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    migration_1,
    migration_2,
    migration_3,
)
LATEST = len(MIGRATIONS)


class TooNewError(Exception):
    """The file was written by a newer mirrorbot than this one."""


def migrate(db: sqlite3.Connection) -> int:
    """Bring ``db`` (opened in autocommit mode) to ``LATEST``; return the version it had."""
    if db.execute("PRAGMA user_version").fetchone()[0] == LATEST:
        return LATEST  # the common case, without taking the write lock
    db.execute("BEGIN IMMEDIATE")
    try:
        # Read again under the lock: another process may have just upgraded it.
        found = int(db.execute("PRAGMA user_version").fetchone()[0])
        if found > LATEST:
            raise TooNewError(f"schema version {found}, this mirrorbot knows up to {LATEST}")
        for number in range(found + 1, LATEST + 1):
            MIGRATIONS[number - 1](db)
        db.execute(f"PRAGMA user_version = {LATEST}")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return found
