"""Reflection quality on an independent set of journal statements.

Each statement in ``tests/data/journal_statements.toml`` is the first thing
said in a fresh ``Session(seed=0)``. The set was written without looking at
the lexicon or the reply rules, so these scores measure how mirrorbot does on
text it was not tuned on. Thresholds are the acceptance criteria:

- a stated feeling is reflected, with the right family, as a statement: 95 %
  (and the detector finds it: 95 %);
- a denied feeling is never reflected as felt, nor detected as felt: 100 %;
  a feeling held instead of the denied one is reflected: 80 %; (and, from
  the JSON contract rather than the issue, the denied feeling is reported
  with ``negated`` true: 90 %);
- both sides of a mixed feeling are named: 80 %;
- an implied feeling is reflected, and tentatively: 60 %;
- a neutral statement gets no invented feeling: 95 %.

``Turn.reflected`` lists the families a reply names *as felt*: a reply like
"You're not angry, you're disappointed" reflects sadness, not anger.

Each failing test lists the statements it missed, with the reply.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from mirrorbot.session import Session, Turn

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DATA = Path(__file__).parent / "data" / "journal_statements.toml"

FAMILIES = frozenset(
    [
        "joy",
        "pride",
        "calm",
        "love",
        "hope",
        "sadness",
        "loneliness",
        "hurt",
        "fear",
        "anger",
        "shame",
        "confusion",
        "overwhelm",
        "surprise",
        "disgust",
    ]
)

MINIMUM = {"stated": 80, "negated": 30, "mixed": 30, "implied": 30, "neutral": 30}

# Hedges that make a reflection of an unnamed feeling tentative: the listener
# offers a guess the person can correct, rather than telling them what they feel.
TENTATIVE = re.compile(
    r"\b(wonder(ing)?|might|maybe|perhaps|possibly|probably|sounds? (like|as if|as though)"
    r"|seems?|seeming|i guess|i'm guessing|my guess|could be|may be|i imagine"
    r"|i suspect|i sense|i get the sense|i'd guess|if i'm hearing (you|that) right"
    r"|am i right|is that (right|close|it)|something like)\b",
    re.IGNORECASE,
)

# "It sounds like you're worried, is that right?" is a reflection that checks
# itself: a statement with a tag, not a closed question.
_TAG_QUESTION = re.compile(
    r",?\s*(is that (right|it|close|fair)|right|am i (right|close)|does that (fit|sound right)"
    r"|have i got that right)\?\s*$",
    re.IGNORECASE,
)


def _load() -> dict[str, list[dict[str, Any]]]:
    with DATA.open("rb") as handle:
        return tomllib.load(handle)


SETS = _load()


def _as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


@cache
def first_turn(text: str) -> Turn:
    """The reply to ``text`` as the first turn of a fresh, seeded session."""
    return Session(seed=0).turn(text)


def is_statement(reply: str) -> bool:
    """A reflection is said with falling tone: it does not end as a question."""
    text = _TAG_QUESTION.sub(".", reply.strip())
    return bool(text) and not text.endswith("?")


def is_tentative(reply: str) -> bool:
    return TENTATIVE.search(reply.replace("’", "'")) is not None


def _describe(text: str, turn: Turn, note: str = "") -> str:
    found = ", ".join(
        f"{f.text}={f.family}{'(not)' if f.negated else ''}{'(implied)' if f.implied else ''}"
        for f in turn.feelings
    )
    extra = f" [{note}]" if note else ""
    return (
        f"  {text!r}\n    -> {turn.reply!r} kind={turn.kind} "
        f"reflected={list(turn.reflected)} feelings=[{found}]{extra}"
    )


def _check_rate(name: str, total: int, misses: list[str], threshold: float) -> None:
    passed = total - len(misses)
    rate = passed / total
    shown = "\n".join(misses[:40])
    more = f"\n  ... and {len(misses) - 40} more" if len(misses) > 40 else ""
    assert rate >= threshold, (
        f"{name}: {passed}/{total} = {rate:.0%}, needs {threshold:.0%}. Missed:\n{shown}{more}"
    )


# ------------------------------------------------------------ the data itself


def test_the_evaluation_set_is_well_formed() -> None:
    problems: list[str] = []
    seen: set[str] = set()
    for category, minimum in MINIMUM.items():
        items = SETS.get(category, [])
        if len(items) < minimum:
            problems.append(f"{category}: {len(items)} statements, want at least {minimum}")
        for item in items:
            text = item["text"]
            if text in seen:
                problems.append(f"duplicate: {text!r}")
            seen.add(text)
            words = len(text.split())
            if not 5 <= words <= 40:
                problems.append(f"{text!r}: {words} words, want 5 to 40")
            named: list[str] = []
            if category == "stated":
                named = [item["family"], *item.get("also", [])]
            elif category == "negated":
                denied = _as_list(item["denied"])
                felt = _as_list(item.get("felt", []))
                named = denied + felt
                if set(denied) & set(felt):
                    problems.append(f"{text!r}: a family both denied and felt")
            elif category in ("mixed",):
                sides = [_as_list(side) for side in item["families"]]
                named = [family for side in sides for family in side]
                if len(sides) != 2 or set(sides[0]) & set(sides[1]):
                    problems.append(f"{text!r}: want two sides that do not overlap")
            elif category == "implied":
                named = list(item["families"])
            unknown = set(named) - FAMILIES
            if unknown:
                problems.append(f"{text!r}: unknown families {sorted(unknown)}")
    assert not problems, "\n".join(problems)


# ------------------------------------------------------------ stated feelings


def test_a_stated_feeling_is_reflected_with_the_right_family() -> None:
    items = SETS["stated"]
    misses = []
    for item in items:
        turn = first_turn(item["text"])
        accepted = {item["family"], *item.get("also", [])}
        if not accepted & set(turn.reflected):
            misses.append(_describe(item["text"], turn, f"want {sorted(accepted)}"))
        elif not is_statement(turn.reply):
            misses.append(_describe(item["text"], turn, "a question, not a reflection"))
    _check_rate("stated feelings reflected", len(items), misses, 0.95)


def test_a_stated_feeling_is_detected() -> None:
    items = SETS["stated"]
    misses = []
    for item in items:
        turn = first_turn(item["text"])
        accepted = {item["family"], *item.get("also", [])}
        if not any(f.family in accepted and not f.negated for f in turn.feelings):
            misses.append(_describe(item["text"], turn, f"want {sorted(accepted)}"))
    _check_rate("stated feelings detected", len(items), misses, 0.95)


# ------------------------------------------------------------ negated feelings


def test_a_denied_feeling_is_never_reflected_as_felt() -> None:
    items = SETS["negated"]
    misses = []
    for item in items:
        turn = first_turn(item["text"])
        wrong = set(_as_list(item["denied"])) & set(turn.reflected)
        if wrong:
            misses.append(_describe(item["text"], turn, f"reflected the denied {sorted(wrong)}"))
    _check_rate("denied feelings kept out of the reply", len(items), misses, 1.0)


def test_a_denied_feeling_is_detected_only_as_negated() -> None:
    items = SETS["negated"]
    misses = []
    for item in items:
        turn = first_turn(item["text"])
        denied = set(_as_list(item["denied"]))
        felt = [f for f in turn.feelings if f.family in denied and not f.negated]
        if felt:
            misses.append(_describe(item["text"], turn, "denied family detected as felt"))
    _check_rate("denied feelings detected as negated", len(items), misses, 1.0)


def test_a_denied_feeling_is_reported_as_negated() -> None:
    # Not one of the thresholds, but the ``reply --json`` contract:
    # ``feelings`` lists every feeling found, with ``negated`` true where the
    # person says they do not feel it. Without this, the two 100 % checks
    # above would pass for a detector that skips every negated clause.
    items = SETS["negated"]
    misses = []
    for item in items:
        turn = first_turn(item["text"])
        denied = set(_as_list(item["denied"]))
        if not any(f.family in denied and f.negated for f in turn.feelings):
            misses.append(_describe(item["text"], turn, f"want {sorted(denied)} negated"))
    _check_rate("denied feelings reported with negated=True", len(items), misses, 0.90)


def test_the_feeling_held_instead_of_a_denied_one_is_reflected() -> None:
    items = [item for item in SETS["negated"] if "felt" in item]
    assert len(items) >= 10, "the set needs statements with a felt feeling"
    misses = []
    for item in items:
        turn = first_turn(item["text"])
        accepted = set(_as_list(item["felt"]))
        if not accepted & set(turn.reflected):
            misses.append(_describe(item["text"], turn, f"want {sorted(accepted)}"))
    _check_rate("felt feeling beside a denied one reflected", len(items), misses, 0.80)


# ------------------------------------------------------------ mixed feelings


def test_both_sides_of_a_mixed_feeling_are_named() -> None:
    items = SETS["mixed"]
    misses = []
    for item in items:
        turn = first_turn(item["text"])
        reflected = set(turn.reflected)
        sides = [set(_as_list(side)) for side in item["families"]]
        missing = [sorted(side) for side in sides if not side & reflected]
        if missing:
            misses.append(_describe(item["text"], turn, f"missing {missing}"))
    _check_rate("mixed feelings, both sides named", len(items), misses, 0.80)


# ------------------------------------------------------------ implied feelings


def test_an_implied_feeling_is_reflected_tentatively() -> None:
    items = SETS["implied"]
    misses = []
    for item in items:
        turn = first_turn(item["text"])
        accepted = set(item["families"])
        if not accepted & set(turn.reflected):
            misses.append(_describe(item["text"], turn, f"want one of {sorted(accepted)}"))
        elif not is_tentative(turn.reply):
            misses.append(_describe(item["text"], turn, "named, but not tentatively"))
    _check_rate("implied feelings reflected tentatively", len(items), misses, 0.60)


# ------------------------------------------------------------ neutral statements


def invented_feeling(turn: Turn) -> str | None:
    """Why ``turn`` invents a feeling for a statement that names none, or None.

    The rule: the detector reports no stated (not implied), felt feeling of
    intensity 2 or more — there is no feeling word to find — and the reply
    names no family unless the only feelings behind it are mild (intensity 1).
    A plain restatement ("You're off to your sister's on Sunday") passes;
    "It sounds like you're dreading it" does not.
    """
    for feeling in turn.feelings:
        if not feeling.negated and not feeling.implied and feeling.intensity >= 2:
            return f"detected {feeling.text!r} ({feeling.family}, intensity {feeling.intensity})"
    for family in turn.reflected:
        behind = [f for f in turn.feelings if f.family == family and not f.negated]
        if not behind:
            return f"reflected {family} with nothing detected behind it"
        if any(f.intensity >= 2 for f in behind):
            return f"reflected {family} at intensity 2 or more"
    return None


def test_a_neutral_statement_gets_no_invented_feeling() -> None:
    items = SETS["neutral"]
    misses = []
    for item in items:
        turn = first_turn(item["text"])
        problem = invented_feeling(turn)
        if problem:
            misses.append(_describe(item["text"], turn, problem))
    _check_rate("neutral statements without invented feelings", len(items), misses, 0.95)


@pytest.mark.parametrize(
    "reply, expected",
    [
        ("You're worried about the scan.", True),
        ("It sounds like you're worried, is that right?", True),
        ("So you feel worried?", False),
        ("", False),
    ],
)
def test_the_statement_check_itself(reply: str, expected: bool) -> None:
    assert is_statement(reply) is expected


@pytest.mark.parametrize(
    "reply, expected",
    [
        ("I wonder if you're feeling left out.", True),
        ("It sounds like that might have stung.", True),
        ("Maybe part of you is worried.", True),
        ("You’re scared of the results.", False),
        ("You're hurt.", False),
    ],
)
def test_the_tentative_check_itself(reply: str, expected: bool) -> None:
    assert is_tentative(reply) is expected
