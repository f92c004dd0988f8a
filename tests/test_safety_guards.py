"""Guards by kind: everyday sentences that look like harm, and the harm they must not hide.

Each test names a kind of sentence (a blow by accident, a cut by a professional, a
knot at scouts ...) with its everyday members and the crisis lines that look like them.
"""

from __future__ import annotations

import pytest

from mirrorbot.safety import assess

# "me" after a telling or making verb does what it is told; a verb joined to the
# telling by "and", inflected like it, is the teller's own doing.
TELLER_ACTS = [
    "grandad tells me to sit on his lap and touches me",
    "my uncle makes me sit on his knee and touches me under the table",
    "she made me stand in the corner and slapped me",
    "the coach asks me to stay behind and grabs me",
]
STILL_MINE = [
    "they tell me to go and kill myself",
    "he told me to go and hurt myself",
    "people tell me to eat and i hurt myself after",
]


@pytest.mark.parametrize("text", TELLER_ACTS + STILL_MINE)
def test_the_teller_is_who_acts_after_and(text: str) -> None:
    assert assess(text).crisis, text


@pytest.mark.parametrize("text", TELLER_ACTS)
def test_the_teller_act_is_harm_to_me(text: str) -> None:
    assert assess(text).category == "abuse", text
