"""How the journal holds up over years of entries.

Builds a synthetic journal (by default 10,000 sessions / 200,000 turns: ten
person turns and ten replies each, generated text with realistic feelings
JSON, spread over the years), then measures:

- build time (the import path: ``Journal.add_sessions``) and file size;
- ``add_turn`` as a conversation calls it (committed with fsync), p50/p95;
- a page of ``list`` (no filter, by feeling, by date range, by script, a
  later page), p50/p95;
- ``search`` over many queries (common and rare words, two words, phrases,
  prefixes, hostile text), p50/p95;
- ``show`` (one session with its turns), ``stats``, ``check``, deleting one
  session (with the index merge that wipes its words);
- export of everything as JSON Lines and as Markdown files;
- peak memory (max RSS of the process that did all of the above).

Targets: search p95 <= 20 ms, list page p95 <= 50 ms.

Each size runs in its own process, so memory figures do not mix::

    python benchmarks/journal_scale.py                       # 1k and 10k sessions
    python benchmarks/journal_scale.py --sizes 1000,10000,100000   # + 2M turns: minutes
    python benchmarks/journal_scale.py --sizes 2000 --keep /tmp/j  # keep the file

Numbers from different machines do not compare; the growth with size does.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from mirrorbot.journal import export
from mirrorbot.journal import stats as stats_mod
from mirrorbot.journal.store import Journal, SessionRecord, TurnRecord, utc_iso

TURNS_PER_SESSION = 20

FEELINGS: dict[str, tuple[str, ...]] = {
    "fear": ("worried", "anxious", "scared", "nervous", "on edge", "dreading it"),
    "sadness": ("sad", "down", "low", "gutted", "heartbroken", "miserable"),
    "anger": ("angry", "furious", "annoyed", "fed up", "irritated", "livid"),
    "loneliness": ("lonely", "isolated", "left out", "alone"),
    "hurt": ("hurt", "let down", "rejected", "betrayed"),
    "shame": ("ashamed", "embarrassed", "stupid", "guilty"),
    "overwhelm": ("overwhelmed", "swamped", "stretched thin", "exhausted"),
    "confusion": ("confused", "torn", "lost", "unsure"),
    "joy": ("happy", "glad", "delighted", "relieved"),
    "pride": ("proud", "chuffed", "pleased with myself"),
    "calm": ("calm", "settled", "at peace"),
    "hope": ("hopeful", "optimistic", "looking forward"),
    "love": ("grateful", "close to", "fond of"),
    "surprise": ("surprised", "shocked", "stunned"),
    "disgust": ("disgusted", "sick of it", "repulsed"),
}
TOPICS = (
    "work", "manager", "exam", "deadline", "money", "rent", "flat", "mum", "dad", "sister",
    "brother", "partner", "girlfriend", "boyfriend", "friend", "neighbour", "doctor", "sleep",
    "gym", "holiday", "wedding", "interview", "promotion", "project", "meeting", "team",
    "school", "teacher", "thesis", "garden", "dog", "cat", "car", "commute", "bills",
    "birthday", "christmas", "move", "house", "kids", "son", "daughter", "health", "diet",
    "therapy", "band", "football", "novel", "painting", "church", "choir", "volunteering",
)  # fmt: skip
PEOPLE = ("my manager", "my mum", "my dad", "my partner", "my friend Sam", "my sister",
          "the team", "my flatmate", "my teacher", "Alex", "Priya", "Tom")  # fmt: skip
TEMPLATES = (
    "I've been feeling {f} about {t} all week.",
    "Honestly I'm {f} because {p} keeps bringing up the {t}.",
    "I don't know, I guess I'm {f}. The {t} is a lot right now.",
    "{P} said something about my {t} and I felt {f}.",
    "I'm not {f2}, just {f} about the {t}.",
    "Every time I think about the {t} I get {f}, and then I can't sleep.",
    "It went better than I expected with {p}; I'm {f} about the {t} now.",
    "Part of me is {f} and part of me is {f2}, about the {t} and about {p}.",
    "I keep going over what happened at the {t}. I feel {f}.",
    "The {t} again. {P} doesn't listen and I'm {f}.",
    "Today was quiet. Walked the {t2}, thought about the {t}, felt {f}.",
    "I wish I could tell {p} how {f} I am about the {t}.",
)
REPLIES = (
    "You're {f} about the {t}.",
    "It sounds like the {t} has been weighing on you.",
    "Part of you feels {f}, and part of you wants something else.",
    "So when {p} brings up the {t}, you feel {f}.",
    "What matters most to you about the {t}?",
    "You've been carrying this for a while.",
)
SCRIPTS = ("open", "open", "open", "evening", "gratitude", "worry-time")


def _fill(rng: random.Random, template: str) -> tuple[str, list[dict[str, Any]]]:
    fam, fam2 = rng.sample(list(FEELINGS), 2)
    word, word2 = rng.choice(FEELINGS[fam]), rng.choice(FEELINGS[fam2])
    person = rng.choice(PEOPLE)
    text = template.format(
        f=word, f2=word2, t=rng.choice(TOPICS), t2=rng.choice(TOPICS), p=person,
        P=person[0].upper() + person[1:],
    )  # fmt: skip
    feelings = [{"text": word, "family": fam, "intensity": rng.randint(1, 3),
                 "negated": False, "implied": False}]  # fmt: skip
    if "{f2}" in template:
        feelings.append({"text": word2, "family": fam2, "intensity": rng.randint(1, 3),
                         "negated": template.startswith("I'm not"), "implied": False})  # fmt: skip
    if rng.random() < 0.15:
        text += " " + rng.choice(TEMPLATES).format(
            f=word, f2=word2, t=rng.choice(TOPICS), t2=rng.choice(TOPICS), p=person, P=person
        )
    return text, feelings


def synthetic(sessions: int, seed: int = 7) -> Iterator[SessionRecord]:
    """``sessions`` sessions, about three a day, ending today."""
    rng = random.Random(seed)
    end = datetime.now(timezone.utc).replace(microsecond=0)
    span = timedelta(days=max(sessions / 3, 1))
    for n in range(sessions):
        start = end - span + span * (n / sessions) + timedelta(minutes=rng.randint(0, 120))
        turns = []
        at = start
        for position in range(TURNS_PER_SESSION):
            at += timedelta(seconds=rng.randint(5, 90))
            if position % 2 == 0:
                text = rng.choice(REPLIES).format(
                    f=rng.choice(FEELINGS["fear"]), t=rng.choice(TOPICS), p=rng.choice(PEOPLE)
                )
                turns.append(TurnRecord(speaker="listener", text=text, at=utc_iso(at),
                                        kind="reflection_feeling", rule="feeling/simple",
                                        source="script", position=position))  # fmt: skip
            else:
                text, feelings = _fill(rng, rng.choice(TEMPLATES))
                turns.append(TurnRecord(speaker="person", text=text, at=utc_iso(at),
                                        feelings=tuple(feelings), position=position))  # fmt: skip
        rated = rng.random() < 0.6
        ratings = {k: rng.randint(4, 10) for k in ("heard", "wanted_topics", "approach", "overall")}
        yield SessionRecord(
            started=utc_iso(start),
            ended=utc_iso(at),
            script=rng.choice(SCRIPTS),
            mode="practice" if rng.random() < 0.1 else "journal",
            title=None,
            ratings=ratings if rated else {},
            turns=tuple(turns),
        )


def _ms(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _queries(rng: random.Random, count: int) -> list[str]:
    words = [w for ws in FEELINGS.values() for w in ws] + list(TOPICS)
    hostile = ['"unbalanced', "work AND (", "NEAR(work mum", "-work", "title:work", "*",
               "mum OR", "^start", "exam*", '"my manager"', "don't", "money -rent +bills",
               "{x} [y]", "café", "ｗｏｒｋ"]  # fmt: skip
    queries = []
    for n in range(count):
        kind = n % 5
        if kind == 0:
            queries.append(rng.choice(TOPICS))
        elif kind == 1:
            queries.append(f"{rng.choice(words)} {rng.choice(TOPICS)}")
        elif kind == 2:
            queries.append(f'"{rng.choice(PEOPLE)}"')
        elif kind == 3:
            queries.append(rng.choice(words)[:4] + "*")
        else:
            queries.append(rng.choice(hostile))
    return queries


def measure(sessions: int, folder: Path, queries: int) -> dict[str, Any]:
    path = folder / "journal.sqlite3"
    result: dict[str, Any] = {"sessions": sessions, "turns": sessions * TURNS_PER_SESSION}
    journal = Journal.open(path)
    result["build_s"] = _timed(lambda: journal.add_sessions(synthetic(sessions), batch=2000))
    journal.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    result["size_mb"] = path.stat().st_size / 1e6

    rng = random.Random(11)
    # add_turn as a live conversation does it: one committed (fsynced) write per turn.
    sid = journal.start_session("open")
    adds = [
        _timed(lambda t=t: journal.add_turn(sid, "person", f"A new thought about the {t}."))
        for t in rng.choices(TOPICS, k=100)
    ]
    result["add_turn_ms"] = _ms(adds)

    today = datetime.now().astimezone().date()
    page_kinds: list[dict[str, Any]] = [
        {}, {"feeling": "fear"}, {"feeling": "disgust"}, {"script": "gratitude"},
        {"mode": "practice"}, {"since": today - timedelta(days=30), "until": today},
        {"since": date(2000, 1, 1), "until": today - timedelta(days=365)},
        {"offset": 200}, {"offset": 5000},
    ]  # fmt: skip
    lists = []
    for _ in range(20):
        for kind in page_kinds:
            lists.append(_timed(lambda kind=kind: journal.sessions(limit=20, **kind)))
    result["list_ms"] = _ms(lists)

    searches = []
    per_kind: dict[str, list[float]] = {}
    for n, query in enumerate(_queries(rng, queries)):
        elapsed = _timed(lambda query=query: journal.search(query, limit=20))
        searches.append(elapsed)
        per_kind.setdefault(("word", "two words", "phrase", "prefix", "hostile")[n % 5], []).append(
            elapsed
        )
    result["search_ms"] = _ms(searches)
    result["search_kinds_ms"] = {k: _ms(v) for k, v in per_kind.items()}

    ids = rng.sample(range(1, sessions + 1), min(50, sessions))
    result["show_ms"] = _ms([_timed(lambda i=i: journal.session(i)) for i in ids])
    result["stats_s"] = _timed(lambda: stats_mod.compute(journal, weeks=8))
    result["check_s"] = _timed(journal.check)

    out = folder / "export"
    out.mkdir()
    result["export_jsonl_s"] = _timed(
        lambda: export.export_to_dir(journal.iter_sessions(), "jsonl", out)
    )
    result["export_jsonl_mb"] = (out / "mirrorbot-journal.jsonl").stat().st_size / 1e6
    md = out / "md"
    result["export_md_s"] = _timed(lambda: export.export_to_dir(journal.iter_sessions(), "md", md))
    result["delete_one_s"] = _timed(lambda: journal.delete(ids[0]))
    journal.close()
    result["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def _child(sessions: int, queries: int, keep: Path | None) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--one", str(sessions), "--queries", str(queries)]
    if keep is not None:
        cmd += ["--keep", str(keep / f"journal-{sessions}")]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _fmt(p: tuple[float, float]) -> str:
    return f"{p[0]:.2f} / {p[1]:.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="1000,10000", help="session counts, comma-separated")
    parser.add_argument("--queries", type=int, default=500, help="search queries per size")
    parser.add_argument("--keep", type=Path, help="keep the journals in this folder")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.one:
        folder = args.keep or Path(tempfile.mkdtemp(prefix="mirrorbot-bench-"))
        if args.keep:
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
        try:
            print(json.dumps(measure(args.one, folder, args.queries)))
        finally:
            if not args.keep:
                shutil.rmtree(folder, ignore_errors=True)
        return 0

    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    rows = []
    for size in sizes:
        print(f"... {size:,} sessions", file=sys.stderr, flush=True)
        rows.append(_child(size, args.queries, args.keep))
    print(f"journal scale (p50 / p95 in ms; {args.queries} search queries per size; "
          f"{os.cpu_count()} CPUs; SQLite {__import__('sqlite3').sqlite_version})\n")  # fmt: skip
    headers = ["sessions", "turns", "build s", "file MB", "add_turn ms", "list page ms",
               "search ms", "show ms", "stats s", "check s", "export jsonl s", "export md s",
               "delete 1 s", "max RSS MB"]  # fmt: skip
    table = [
        [f"{r['sessions']:,}", f"{r['turns']:,}", f"{r['build_s']:.1f}", f"{r['size_mb']:.0f}",
         _fmt(r["add_turn_ms"]), _fmt(r["list_ms"]), _fmt(r["search_ms"]), _fmt(r["show_ms"]),
         f"{r['stats_s']:.2f}", f"{r['check_s']:.1f}", f"{r['export_jsonl_s']:.1f}",
         f"{r['export_md_s']:.1f}", f"{r['delete_one_s']:.2f}", f"{r['max_rss_mb']:.0f}"]
        for r in rows
    ]  # fmt: skip
    print("| " + " | ".join(headers) + " |")
    print("|" + "|".join("---" for _ in headers) + "|")
    for line in table:
        print("| " + " | ".join(line) + " |")
    print("\nsearch by kind of query (p50 / p95 ms)\n")
    kinds = list(rows[0]["search_kinds_ms"])
    print("| sessions | " + " | ".join(kinds) + " |")
    print("|---|" + "|".join("---" for _ in kinds) + "|")
    for r in rows:
        print(
            f"| {r['sessions']:,} | "
            + " | ".join(_fmt(r["search_kinds_ms"][k]) for k in kinds)
            + " |"
        )
    worst_search = max(r["search_ms"][1] for r in rows)
    worst_list = max(r["list_ms"][1] for r in rows)
    print(f"\ntargets: search p95 <= 20 ms (worst {worst_search:.1f}), "
          f"list page p95 <= 50 ms (worst {worst_list:.1f})")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
