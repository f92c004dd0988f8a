"""Every layer of the crisis detector, run with nothing to catch its bugs.

``assess`` never raises: a bug in a layer shows the crisis reply (the message was
not read, so nothing says it is safe; reflective-listening §5, "when unsure, lean
towards showing resources"). That net would hide a TypeError from the rest of
the suite, so here each layer runs on its own (``every_layer``) over every text in
the dev sets and every string in the safety tests, and a bug fails CI.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mirrorbot.safety import assess, detector, learned
from mirrorbot.session import Session

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

TESTS = Path(__file__).parent
DEV_SETS = sorted((TESTS / "data").glob("safety_dev*.toml"))


def _dev_texts() -> list[str]:
    texts: list[str] = []
    for path in DEV_SETS:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
        for entries in data.values():
            if isinstance(entries, list):
                texts += [e["text"] for e in entries if isinstance(e, dict) and "text" in e]
    return texts


def _test_strings() -> list[str]:
    """Every string literal in the safety tests (sentences, names and all)."""
    found: set[str] = set()
    for path in sorted(TESTS.glob("test_safety*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    return sorted(found)


# Shapes a message can take that no sentence in a set has.
ODD = [
    "",
    " ",
    "\n\n",
    ".",
    "...",
    "'",
    "me",
    "and",
    "i i i i",
    "?!?!",
    "my",
    "tells me",
    "me to and",
    "kill",
    "😭😭😭",
    "ＩＴＳ ＴＯＯ ＭＵＣＨ",
    "I\u200bwant\u200bto\u200bdie",
    "x" * 5000,
    "and " * 400,
    "I want to die. " * 200,
    "\x00\x01\x02",
]


# Words the rules and guards turn on, for made-up messages that reach deep into them.
WORDS = (
    "i me my he she they him her it and to not never by accident tells told makes me to "
    "touches touched hit kicked cut myself yourself blade pills die kill want wanted end "
    "it all . , ? ! lol again years ago when was last night my dad my friend says said "
    "the bridge edge jump rope noose knot giving away things goodbye letter his lap"
).split()


def test_every_layer_reads_every_dev_and_test_text_without_an_error() -> None:
    texts = _dev_texts() + _test_strings() + ODD
    assert len(DEV_SETS) >= 14 and len(texts) > 5000
    for text in texts:
        patterns, model, lexical = detector.every_layer(text)  # raises on a bug
        assert isinstance(patterns, detector.Assessment)
        assert model is None or isinstance(model, detector.Assessment)
        assert lexical is None or isinstance(lexical, detector.Assessment)
        assert detector.assess_strictly(text) == assess(text), text


def test_the_learned_layer_is_there() -> None:
    # A model file that fails to load would silently switch the layer off.
    assert learned.load() is not None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join))
def test_every_layer_reads_made_up_text_without_an_error(text: str) -> None:
    detector.every_layer(text)
    detector.assess_strictly(text)


def _broken(*_: object) -> object:
    raise TypeError("a bug in a layer")


@pytest.mark.parametrize("where", ["_assess", "_last_layer"])
def test_a_bug_in_a_layer_shows_resources_rather_than_passing_as_safe(
    monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    # (the lexical layer is only asked about a message nothing else flagged)
    text = "I keep thinking about the old quarry road"
    monkeypatch.setattr(detector, where, _broken)
    with pytest.raises(TypeError):
        detector.assess_strictly(text)
    found = assess(text)
    assert found.crisis and found.category is None


def test_a_bug_in_the_learned_layer_shows_resources(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "score", _broken)
    found = assess("I had a quiet week and not much to say about it")
    assert found.crisis and found.category is None


def test_a_bug_gives_the_crisis_reply_and_the_conversation_goes_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session = Session(seed=0)
    monkeypatch.setattr(detector, "_assess", _broken)
    turn = session.turn("we went to the seaside and had chips")
    assert turn.kind == "crisis" and turn.crisis is True
    monkeypatch.undo()
    after = session.turn("we went to the seaside and had chips")
    assert after.kind != "crisis" and not after.crisis
