"""How well the safety detector finds crisis messages, what it wrongly flags, and how fast.

Reads a labelled TOML set (default ``tests/data/safety_eval.toml``, the
held-out set; falls back to the development set ``tests/data/safety_dev.toml``
when it is missing) and prints three tables:

1. recall per category (suicide, self_harm, abuse, harm_to_others,
   third_party), overall, and for direct statements on their own;
2. the false-positive rate per kind of negative (idiom, grief, media, ...);
3. time per message (median and p99, microseconds) over every text in the set.

The set may be written as ``[[positive]]`` / ``[[negative]]`` tables with
``category`` / ``kind`` keys (our layout), or with one array of tables per
category or kind (``[[suicide]]``, ``[[idiom]]``); an entry is positive when
it has a ``category``, ``crisis = true`` or sits in a category-named array.

Several ``--data`` files are read as one set. ``--part tune`` keeps four
entries in five of each table, ``--part check`` the fifth (every 5th entry,
counting from the first): tune on one, check generalisation on the other.

Usage: python benchmarks/safety_eval.py [--data PATH ...] [--part all|tune|check]
       [--errors] [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mirrorbot.safety import CATEGORIES, assess

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
HELD_OUT = ROOT / "tests" / "data" / "safety_eval.toml"
DEV = ROOT / "tests" / "data" / "safety_dev.toml"
ALIASES = {
    "selfharm": "self_harm",
    "self-harm": "self_harm",
    "harm_from_others": "abuse",
    "others": "harm_to_others",
    "harm_others": "harm_to_others",
    "third": "third_party",
    "thirdparty": "third_party",
    "suicidal": "suicide",
}


@dataclass(frozen=True)
class Example:
    text: str
    positive: bool
    label: str  # category for positives, kind for negatives
    direct: bool = False


def _category(value: Any) -> str:
    name = str(value).strip().lower().replace(" ", "_")
    return ALIASES.get(name, name)


def _examples(data: Mapping[str, Any]) -> Iterable[Example]:
    for section, entries in data.items():
        if not isinstance(entries, list):
            continue
        for entry in entries:
            if isinstance(entry, str):
                entry = {"text": entry}
            if not isinstance(entry, dict) or "text" not in entry:
                continue
            text = str(entry["text"])
            name = _category(section)
            category = entry.get("category")
            crisis = entry.get("crisis", entry.get("positive"))
            is_positive = (
                (
                    category is not None
                    or crisis is True
                    or name in CATEGORIES
                    or name in ("positive", "positives", "crisis")
                )
                and crisis is not False
                and name not in ("negative", "negatives")
            )
            if is_positive:
                label = _category(category) if category is not None else name
                direct = bool(entry.get("direct", False)) or str(entry.get("type", "")) == "direct"
                yield Example(text, True, label, direct)
            else:
                kind = entry.get("kind", entry.get("type", name))
                yield Example(text, False, str(kind))


def load(path: Path, part: str = "all") -> list[Example]:
    """The labelled examples of one file; ``part`` "tune" or "check" splits every table 4:1."""
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    if part != "all":
        data = {
            name: [e for i, e in enumerate(entries) if (i % 5 == 4) == (part == "check")]
            if isinstance(entries, list)
            else entries
            for name, entries in data.items()
        }
    return list(_examples(data))


def _table(title: str, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    widths = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(header)
    ]
    print(f"\n{title}\n")
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |")
    print("| " + " | ".join("-" * w for w in widths) + " |")
    for row in rows:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data", type=Path, action="append", default=None, help="labelled TOML set (repeatable)"
    )
    parser.add_argument(
        "--part",
        choices=("all", "tune", "check"),
        default="all",
        help="all entries, or the 4-in-5 tuning part, or every 5th entry as a check",
    )
    parser.add_argument("--errors", action="store_true", help="list every miss and false positive")
    parser.add_argument("--repeat", type=int, default=20, help="timing passes over the set")
    args = parser.parse_args(argv)

    paths: list[Path] = args.data or [HELD_OUT if HELD_OUT.is_file() else DEV]
    examples: list[Example] = []
    for path in paths:
        if not path.is_file():
            print(f"{path}: no such file", file=sys.stderr)
            return 2
        loaded = load(path, args.part)
        if not loaded:
            print(f"{path}: no labelled examples found", file=sys.stderr)
            return 2
        examples += loaded
        full = path.resolve()
        shown = full.relative_to(ROOT) if full.is_relative_to(ROOT) else path
        print(
            f"data: {shown} ({len(loaded)} texts{'' if args.part == 'all' else ', ' + args.part})"
        )

    results = [(ex, assess(ex.text)) for ex in examples]
    positives = [(ex, a) for ex, a in results if ex.positive]
    negatives = [(ex, a) for ex, a in results if not ex.positive]

    rows: list[tuple[str, ...]] = []
    labels = sorted({ex.label for ex, _ in positives}, key=lambda c: (c not in CATEGORIES, c))
    for label in labels:
        group = [a for ex, a in positives if ex.label == label]
        found = sum(a.crisis for a in group)
        same = sum(a.crisis and a.category == label for a in group)
        rows.append(
            (
                label,
                str(len(group)),
                str(found),
                f"{found / len(group):.3f}",
                f"{same / len(group):.3f}",
            )
        )
    direct = [a for ex, a in positives if ex.direct]
    if direct:
        found = sum(a.crisis for a in direct)
        rows.append(
            ("direct statements", str(len(direct)), str(found), f"{found / len(direct):.3f}", "")
        )
    if positives:
        found = sum(a.crisis for _, a in positives)
        rows.append(
            ("all positives", str(len(positives)), str(found), f"{found / len(positives):.3f}", "")
        )
    _table(
        "Recall (crisis reply shown)", ("category", "n", "found", "recall", "same category"), rows
    )

    rows = []
    kinds = Counter(ex.label for ex, _ in negatives)
    for kind in sorted(kinds):
        group = [a for ex, a in negatives if ex.label == kind]
        flagged = sum(a.crisis for a in group)
        rows.append((kind, str(len(group)), str(flagged), f"{flagged / len(group):.3f}"))
    if negatives:
        flagged = sum(a.crisis for _, a in negatives)
        rows.append(
            ("all negatives", str(len(negatives)), str(flagged), f"{flagged / len(negatives):.3f}")
        )
    _table(
        "False positives (crisis reply shown when it should not be)",
        ("kind", "n", "flagged", "rate"),
        rows,
    )

    texts = [ex.text for ex in examples]
    for text in texts:  # warm up caches
        assess(text)
    samples: list[float] = []
    for _ in range(max(1, args.repeat)):
        for text in texts:
            start = time.perf_counter_ns()
            assess(text)
            samples.append((time.perf_counter_ns() - start) / 1000)
    samples.sort()
    p99 = samples[min(len(samples) - 1, int(len(samples) * 0.99))]
    _table(
        "Time per message (µs)",
        ("messages", "median", "mean", "p99", "max"),
        [
            (
                str(len(samples)),
                f"{statistics.median(samples):.1f}",
                f"{statistics.fmean(samples):.1f}",
                f"{p99:.1f}",
                f"{samples[-1]:.1f}",
            )
        ],
    )

    if args.errors:
        print("\nMissed:")
        for ex, a in positives:
            if not a.crisis:
                print(f"  [{ex.label}{' direct' if ex.direct else ''}] {ex.text}")
        print("\nWrong category:")
        for ex, a in positives:
            if a.crisis and a.category != ex.label:
                print(f"  [{ex.label} -> {a.category}] {ex.text}   <{a.matched}>")
        print("\nFalse positives:")
        for ex, a in negatives:
            if a.crisis:
                print(f"  [{ex.label} -> {a.category}] {ex.text}   <{a.matched}>")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
