"""Bringing a journal in: our own JSON Lines export, or jrnl's JSON export.

**jrnl** (``jrnl --export json``) writes one JSON object::

    {"tags": {"@work": 2},
     "entries": [{"title": "...", "body": "...", "date": "2024-05-01", "time": "21:15",
                  "tags": ["@work"], "starred": false}, ...]}

(and, exported to a folder, one entry object per file). Each entry becomes
a session of its own, script ``jrnl``: one turn by the person, the title and
body as written, at the entry's time (jrnl times are local). Feelings are
found in the text with the same detector as a conversation, so the patterns
and stats cover old entries too. Tags stay in the text where jrnl keeps
them; ``starred`` is not kept.

**Ours** (``mirrorbot journal export --format jsonl``): one session per
line, every field; read back exactly.

A file is read and checked completely before anything is stored, so a
mistake on line 9,000 does not leave half a file imported. Errors name the
file and the line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from mirrorbot.journal.export import FORMAT_KEY, FORMAT_VERSION
from mirrorbot.journal.store import (
    MODES,
    RATINGS,
    SPEAKERS,
    JournalError,
    SessionRecord,
    TurnRecord,
    utc_iso,
)

JRNL_SCRIPT = "jrnl"
JRNL_DEFAULT_TIME = "09:00"  # jrnl's own default hour when an entry has none


class ImportFormatError(JournalError):
    """The file to import is not one we can read (bad input: exit 2)."""


def read(path: Path) -> Iterator[SessionRecord]:
    """Sessions from ``path`` (format detected); raises :class:`ImportFormatError`."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096).decode("utf-8", "replace").lstrip("\ufeff \t\r\n")
    except OSError as exc:
        raise ImportFormatError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    if not head:
        raise ImportFormatError(f"{path}: the file is empty")
    first_line = head.split("\n", 1)[0]
    if FORMAT_KEY in first_line:
        for _ in _read_jsonl(path):  # check everything first ...
            pass
        return _read_jsonl(path)  # ... then read again to store
    if head.startswith(("{", "[")):
        return iter(_read_jrnl(path))
    raise ImportFormatError(
        f"{path}:1: not a jrnl JSON export nor a mirrorbot JSON Lines export"
        " (expected a JSON object; export from jrnl with 'jrnl --export json')"
    )


# ------------------------------------------------------------------ ours


def _read_jsonl(path: Path) -> Iterator[SessionRecord]:
    with path.open(encoding="utf-8", errors="strict", newline="\n") as handle:
        number = 0
        try:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except ValueError as exc:
                    raise ImportFormatError(f"{path}:{number}: not valid JSON ({exc})") from None
                yield session_from_json(obj, f"{path}:{number}")
        except UnicodeDecodeError:
            raise ImportFormatError(f"{path}:{number + 1}: not UTF-8 text") from None


def _need(obj: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in obj:
        raise ImportFormatError(f"{where}: missing {key!r}")
    value = obj[key]
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise ImportFormatError(f"{where}: {key!r} has the wrong type ({type(value).__name__})")
    return value


def _timestamp(value: Any, key: str, where: str) -> str:
    if not isinstance(value, str):
        raise ImportFormatError(f"{where}: {key!r} must be an ISO 8601 time")
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise ImportFormatError(f"{where}: {key!r} is not an ISO 8601 time: {value!r}") from None
    return value


def session_from_json(obj: Any, where: str) -> SessionRecord:
    """A session from one line of our export, checked field by field."""
    if not isinstance(obj, dict):
        raise ImportFormatError(f"{where}: expected a JSON object")
    version = obj.get(FORMAT_KEY)
    if version != FORMAT_VERSION:
        raise ImportFormatError(
            f"{where}: format version {version!r}; this mirrorbot reads version {FORMAT_VERSION}"
        )
    mode = _need(obj, "mode", str, where)
    if mode not in MODES:
        raise ImportFormatError(f"{where}: mode must be one of {', '.join(MODES)}")
    ratings_obj = obj.get("ratings") or {}
    if not isinstance(ratings_obj, dict):
        raise ImportFormatError(f"{where}: 'ratings' must be an object")
    ratings: dict[str, int | None] = {}
    for name in RATINGS:
        value = ratings_obj.get(name)
        if value is not None and (
            not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 10
        ):
            raise ImportFormatError(f"{where}: rating {name!r} must be 0-10 or null")
        ratings[name] = value
    turns = []
    for index, turn in enumerate(_need(obj, "turns", list, where)):
        at = f"{where}: turn {index + 1}"
        if not isinstance(turn, dict):
            raise ImportFormatError(f"{at}: expected a JSON object")
        speaker = _need(turn, "speaker", str, at)
        if speaker not in SPEAKERS:
            raise ImportFormatError(f"{at}: speaker must be one of {', '.join(SPEAKERS)}")
        feelings = turn.get("feelings", [])
        if not isinstance(feelings, list) or not all(isinstance(f, dict) for f in feelings):
            raise ImportFormatError(f"{at}: 'feelings' must be a list of objects")
        turn_id = turn.get("id")
        if turn_id is not None and (not isinstance(turn_id, int) or isinstance(turn_id, bool)):
            raise ImportFormatError(f"{at}: 'id' must be a whole number")
        turns.append(
            TurnRecord(
                id=turn_id,
                position=_need(turn, "position", int, at),
                speaker=speaker,
                text=_need(turn, "text", str, at),
                at=_timestamp(turn.get("at"), "at", at),
                kind=turn.get("kind") or "",
                feelings=tuple(feelings),
                rule=turn.get("rule") or "",
                source=turn.get("source") or "",
                crisis=bool(turn.get("crisis", False)),
            )
        )
    if len({t.position for t in turns}) != len(turns):
        raise ImportFormatError(f"{where}: two turns share a position")
    session_id = obj.get("id")
    if session_id is not None and (not isinstance(session_id, int) or isinstance(session_id, bool)):
        raise ImportFormatError(f"{where}: 'id' must be a whole number")
    title = obj.get("title")
    ended = obj.get("ended")
    return SessionRecord(
        id=session_id,
        started=_timestamp(obj.get("started"), "started", where),
        ended=None if ended is None else _timestamp(ended, "ended", where),
        script=_need(obj, "script", str, where),
        mode=mode,
        title=title if isinstance(title, str) else None,
        ratings=ratings,
        ruptures=int(obj.get("ruptures") or 0),
        repairs=int(obj.get("repairs") or 0),
        turns=tuple(turns),
        turn_count=len(turns),
    )


# ------------------------------------------------------------------ jrnl


def _read_jrnl(path: Path) -> list[SessionRecord]:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise ImportFormatError(f"{path}: not UTF-8 text") from None
    except ValueError as exc:
        line = getattr(exc, "lineno", 1)
        raise ImportFormatError(f"{path}:{line}: not valid JSON ({exc})") from None
    if isinstance(data, dict) and isinstance(data.get("entries"), list):
        entries = data["entries"]
    elif isinstance(data, dict) and "date" in data:
        entries = [data]  # one entry, as jrnl writes when exporting to a folder
    elif isinstance(data, list):
        entries = data
    else:
        raise ImportFormatError(
            f'{path}: not a jrnl JSON export (expected an object with an "entries" list)'
        )
    return [_jrnl_entry(entry, f"{path}: entry {n}") for n, entry in enumerate(entries, 1)]


def _jrnl_entry(entry: Any, where: str) -> SessionRecord:
    from mirrorbot.language.analysis import analyse

    if not isinstance(entry, dict):
        raise ImportFormatError(f"{where}: expected a JSON object")
    day = _need(entry, "date", str, where)
    clock = entry.get("time") or JRNL_DEFAULT_TIME
    if not isinstance(clock, str):
        raise ImportFormatError(f"{where}: 'time' must be text like \"21:15\"")
    try:
        moment = datetime.fromisoformat(f"{day}T{clock}")
    except ValueError:
        raise ImportFormatError(
            f"{where}: date/time {day} {clock} is not YYYY-MM-DD HH:MM"
        ) from None
    title = str(entry.get("title") or "").strip()
    body = str(entry.get("body") or "").strip()
    text = "\n".join(part for part in (title, body) if part)
    if not text:
        raise ImportFormatError(f"{where}: the entry has no text")
    at = utc_iso(moment)  # naive: jrnl's times are local
    feelings = tuple(f.as_json() for f in analyse(text).feelings)
    turn = TurnRecord(
        speaker="person", text=text, at=at, feelings=feelings, source=JRNL_SCRIPT, position=0
    )
    return SessionRecord(
        started=at,
        ended=at,
        script=JRNL_SCRIPT,
        mode="journal",
        title=title or None,
        ratings={},
        turns=(turn,),
        turn_count=1,
    )
