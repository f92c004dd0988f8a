"""Leaving with everything: Markdown for reading, JSON Lines for keeping.

- **Markdown**: one file per session, YAML front matter (id, title, times,
  script, mode, check-in, feelings, tags) then the conversation; fits an
  Obsidian vault or a git repository. Written for reading, not re-import:
  terminal control characters are shown as symbols (see ``printable``), so
  ``cat`` on an export cannot act on the terminal.
- **JSON Lines**: one session per line with every stored field and its
  turns; ``mirrorbot journal import`` reads it back exactly. Each line
  carries ``"mirrorbot_journal": 1``, the format version.

Files are written atomically (temporary file, fsync, rename) with mode 0600.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from mirrorbot.display import printable
from mirrorbot.journal.store import RATINGS, SessionRecord, TurnRecord
from mirrorbot.paths import private_file

FORMAT_KEY = "mirrorbot_journal"
FORMAT_VERSION = 1
FORMATS = ("md", "jsonl")

RATING_LABELS = {
    "heard": "felt heard and understood",
    "wanted_topics": "talked about what I wanted",
    "approach": "the way it went suited me",
    "overall": "overall",
}
SPEAKER_LABELS = {"person": "Person", "listener": "Listener"}


def local(stamp: str) -> datetime:
    """A stored UTC timestamp in the local time zone."""
    return datetime.fromisoformat(stamp).astimezone()


# ------------------------------------------------------------------ JSON Lines


# json.dumps escapes C0 controls but not DEL, C1 controls or the Unicode line
# separators: escaped too, so the file is one line per session in any reader
# and printing it cannot act on a terminal. They only occur inside strings.
_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029]")


def session_jsonl(record: SessionRecord) -> str:
    """One line (with its newline) holding every field of ``record``."""
    line = json.dumps({FORMAT_KEY: FORMAT_VERSION, **record.as_json()}, ensure_ascii=False)
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", line) + "\n"


# ------------------------------------------------------------------ Markdown


def _yaml(value: Any) -> str:
    """A YAML scalar or flow collection. JSON with ASCII escapes is valid YAML
    and quotes anything a person wrote, so a title cannot break the header."""
    return json.dumps(value, ensure_ascii=True)


def families_of(turns: Iterable[TurnRecord]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for turn in turns:
        if turn.speaker != "person":
            continue
        for feeling in turn.feelings:
            family = feeling.get("family")
            if isinstance(family, str) and not feeling.get("negated"):
                counts[family] += 1
    return counts


def session_markdown(record: SessionRecord) -> str:
    started = local(record.started)
    families = families_of(record.turns)
    ratings = {name: record.ratings.get(name) for name in RATINGS}
    header = [
        "---",
        f"id: {record.id}",
        f"title: {_yaml(record.display_title or record.title or '')}",
        f"date: {started:%Y-%m-%d}",
        f"started: {_yaml(record.started)}",
        f"ended: {_yaml(record.ended)}",
        f"script: {_yaml(record.script)}",
        f"mode: {_yaml(record.mode)}",
        f"turns: {len(record.turns)}",
        f"checkin: {_yaml(ratings)}",
        f"ruptures: {record.ruptures}",
        f"repairs: {record.repairs}",
        f"feelings: {_yaml(dict(families.most_common()))}",
        f"tags: {_yaml(['mirrorbot', record.mode, *sorted(families)])}",
        "---",
        "",
        f"# {printable(record.display_title or record.title or 'Untitled')}",
        "",
    ]
    when = f"{started:%A %d %B %Y, %H:%M}"
    if record.ended:
        when += f"–{local(record.ended):%H:%M}"
    header += [f"*{when} · script {record.script or '-'} · {record.mode}*", ""]
    given = [f"{RATING_LABELS[n]} {v}/10" for n, v in ratings.items() if v is not None]
    if given:
        header += ["Check-in: " + " · ".join(given), ""]
    body = []
    for turn in record.turns:
        label = SPEAKER_LABELS.get(turn.speaker, turn.speaker)
        body.append(f"**{label}** ({local(turn.at):%H:%M})")
        body.append("")
        # Two trailing spaces keep the person's own line breaks in Markdown.
        body.append("  \n".join(printable(turn.text).splitlines()) or " ")
        body.append("")
    return "\n".join(header + body)


# ------------------------------------------------------------------ files


_SLUG = re.compile(r"[^a-z0-9]+")


def filename(record: SessionRecord, fmt: str) -> str:
    """``2024-05-01-1403-s12-fear-work.md``: sorts by time, unique by id, readable."""
    started = local(record.started)
    slug = _SLUG.sub("-", (record.display_title or "").lower()).strip("-")[:40].strip("-")
    name = f"{started:%Y-%m-%d-%H%M}-s{record.id}"
    return f"{name}-{slug}.{fmt}" if slug else f"{name}.{fmt}"


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically, mode 0600."""
    with private_file(path) as handle:
        handle.write(text)


def make_out_dir(out: Path) -> None:
    """Create the export folder (0700) if missing; an existing folder is left as it is."""
    if not out.exists():
        out.mkdir(parents=True, mode=0o700)


def export_to_stream(records: Iterable[SessionRecord], fmt: str, stream: TextIO) -> int:
    count = 0
    for record in records:
        if fmt == "jsonl":
            stream.write(session_jsonl(record))
        else:
            if count:
                stream.write("\n")
            stream.write(session_markdown(record))
        count += 1
    return count


def export_to_dir(
    records: Iterable[SessionRecord], fmt: str, out: Path, *, single: int | None = None
) -> tuple[int, list[Path]]:
    """Markdown: one file per session. JSON Lines: one file
    (``mirrorbot-journal.jsonl``, or ``session-ID.jsonl`` for one session),
    written through a temporary file so a half-written export never replaces
    a good one."""
    make_out_dir(out)
    written: list[Path] = []
    count = 0
    if fmt == "md":
        for record in records:
            path = out / filename(record, "md")
            write_private(path, session_markdown(record))
            written.append(path)
            count += 1
        return count, written
    path = out / (f"session-{single}.jsonl" if single is not None else "mirrorbot-journal.jsonl")
    with private_file(path) as handle:
        for record in records:
            handle.write(session_jsonl(record))
            count += 1
    return count, [path]
