"""Scenario answers to a closed question fit any closed question.

The judge does not ask whether a closed question guessed right ("So you're
scared they'll find out?" may be exactly the layer), so the speaker's
answer must not contradict a correct guess, nor presuppose one question
("I haven't told anyone"). A short, hedged yes shows the cost of a closed
question (nothing new comes back) without teaching that a good guess was
wrong.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import tomllib

SCENARIOS = sorted(
    (Path(__file__).resolve().parent.parent / "prompts" / "scenarios").glob("*.toml")
)
_DENIAL = re.compile(r"\b(?:no|nope|not|never|haven't|hasn't|didn't|don't think)\b", re.IGNORECASE)


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_closed_question_answers_never_contradict_a_correct_guess(path: Path) -> None:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    for layer in data["layer"]:
        for answer in layer["closed_question"]:
            assert not _DENIAL.search(answer), f"{path.name}: {layer['name']}: {answer!r}"
            assert len(answer.split()) <= 5, f"{path.name}: a closed question gets a short answer"
