"""A long entry: the reply is built from its heart, every feeling is still found."""

from __future__ import annotations

from mirrorbot.language.analysis import HEART_SENTENCES, analyse
from mirrorbot.session import Session

NARRATION = [
    "We drove up on Saturday morning.",
    "The roads were quiet until the bridge.",
    "My brother had packed the boxes the night before.",
    "The new flat has a small kitchen and a big window.",
    "We ate chips on the floor because the table had not come.",
    "The neighbours came round to say hello.",
    "On Sunday we built the bed and put up the shelves.",
    "Then he drove home and I unpacked the books.",
]


def _entry(feeling_sentence: str, at: int) -> str:
    sentences = list(NARRATION)
    sentences.insert(at, feeling_sentence)
    return " ".join(sentences)


def test_a_feeling_in_the_middle_of_a_long_entry_is_reflected_with_what_it_is_about() -> None:
    text = _entry("Honestly I'm worried about paying the rent on my own.", 4)
    assert len(analyse(text).sentences) > HEART_SENTENCES
    turn = Session(seed=3).turn(text)
    assert turn.reflected == ("fear",)
    assert "rent" in turn.reply


def test_every_feeling_in_a_long_entry_is_found_not_only_those_replied_to() -> None:
    sentences = list(NARRATION)
    sentences[1] = "I was glad the roads were quiet."
    sentences[6] = "By Sunday I was exhausted."
    text = " ".join([*sentences, "Mostly I'm nervous about the new job."])
    families = {f.family for f in analyse(text).feelings}
    assert {"joy", "fear"} <= families
    assert len(families) >= 3


def test_the_first_sentence_of_a_long_entry_still_counts_for_a_correction() -> None:
    session = Session(seed=5)
    first = session.turn("I'm so angry at my landlord about the deposit.")
    assert first.reflected == ("anger",)
    text = "That's not it, I'm not angry. " + " ".join(NARRATION)
    assert session.turn(text).kind == "repair"
