"""The perspective shift on an independent set of (input, expected) pairs.

``tests/data/mirror_eval.toml`` was written without looking at
``mirrorbot/language/perspective.py``; its header states the rules. A mirror
that gets "I" and "you" wrong reads as the listener not having heard, so the
bar is high: 95 % exact on plain lines, 80 % on the hard ones.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mirrorbot.language.perspective import mirror
from mirrorbot.session import Session

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DATA = Path(__file__).parent / "data" / "mirror_eval.toml"

with DATA.open("rb") as _handle:
    PAIRS: dict[str, list[dict[str, str]]] = tomllib.load(_handle)


def _score(name: str, threshold: float) -> None:
    pairs = PAIRS[name]
    misses = []
    for pair in pairs:
        got = mirror(pair["input"])
        if got != pair["expected"]:
            misses.append(
                f"  {pair['input']!r}\n    got      {got!r}\n    expected {pair['expected']!r}"
            )
    rate = (len(pairs) - len(misses)) / len(pairs)
    assert rate >= threshold, (
        f"{name} mirrors: {len(pairs) - len(misses)}/{len(pairs)} = {rate:.0%} exact, "
        f"needs {threshold:.0%}. Missed:\n" + "\n".join(misses)
    )


def test_the_set_is_big_enough_and_not_trivial() -> None:
    assert len(PAIRS["plain"]) >= 60
    assert len(PAIRS["hard"]) >= 40
    inputs = [p["input"] for group in PAIRS.values() for p in group]
    assert len(inputs) == len(set(inputs)), "duplicate inputs"
    # Quoted speech and "you and I" lines stay unchanged; everything else must move.
    unchanged = [
        p["input"] for group in PAIRS.values() for p in group if p["input"] == p["expected"]
    ]
    assert len(unchanged) <= 3, unchanged


def test_plain_first_person_lines_are_mirrored() -> None:
    _score("plain", 0.95)


def test_hard_lines_are_mirrored() -> None:
    _score("hard", 0.80)


def test_a_turn_carries_the_same_mirror() -> None:
    samples = [p["input"] for p in PAIRS["plain"][:5] + PAIRS["hard"][:5]]
    for text in samples:
        assert Session(seed=0).turn(text).mirror == mirror(text), text
