"""What matters to the person: values heard and said back as values.

A value under a complaint ("honesty is important to me", "I just want to be
useful") said back as the value it is makes a complex reflection; said back
as the sentence, it is a parrot. These sentences are our own.
"""

from __future__ import annotations

import pytest

from mirrorbot.language import values
from mirrorbot.language.analysis import analyse
from mirrorbot.session import Session


def _reply(text: str, seed: int = 5) -> tuple[str, str, str]:
    session = Session(seed=seed)
    session.opening()
    turn = session.turn(text)
    return turn.reply, turn.kind, turn.rule


@pytest.mark.parametrize(
    ("text", "phrase", "form"),
    [
        ("Loyalty is really important to me.", "Loyalty", "thing"),
        (
            "What matters most to me is being a decent neighbour.",
            "being a decent neighbour",
            "thing",
        ),
        ("Keeping my word matters so much to me.", "Keeping my word", "thing"),
        ("My garden means the world to me these days.", "My garden", "thing"),
        ("Faith comes first for me.", "Faith", "thing"),
        ("I really value my quiet mornings.", "my quiet mornings", "thing"),
        ("I care deeply about doing things properly.", "doing things properly", "thing"),
        ("All I've ever wanted is a place of my own.", "a place of my own", "thing"),
        ("It's important to me to be fair with the lads.", "being fair with the lads", "thing"),
        (
            "It's really important to me that my brother feels welcome.",
            "my brother feels welcome",
            "that",
        ),
        ("What matters is that the kids are settled.", "the kids are settled", "that"),
        ("I just want to be taken seriously for once.", "being taken seriously for once", "thing"),
        ("i need to feel useful", "feeling useful", "thing"),
        ("I'm worn out but my grandkids mean everything to me", "my grandkids", "thing"),
    ],
)
def test_a_value_the_speaker_holds_is_found_in_their_words(
    text: str, phrase: str, form: str
) -> None:
    found = values.find(text)
    assert found is not None
    assert (found.phrase, found.form) == (phrase, form)


@pytest.mark.parametrize(
    "text",
    [
        "My uncle says family comes first.",  # his value, reported
        "It matters to me.",  # nothing named
        "That means a lot to me, thanks.",  # thanks, not a value
        "Nothing matters to me lately.",
        "Does any of this matter to me any more?",  # asked, not held
        "Money isn't important to me.",
        "I want to be done with the whole thing.",  # worn out, not a value
        "I want to be asleep already.",
        "I care about him a lot.",  # a person: love, said as such
        "The meeting was important.",
    ],
)
def test_no_value_is_read_into_other_sentences(text: str) -> None:
    assert values.find(text) is None


def test_a_stated_value_is_said_back_as_a_value_not_parroted() -> None:
    reply, kind, rule = _reply("i dont want bowls every day i want to be useful")
    assert rule == "complex/value"
    assert kind == "reflection_complex"
    assert "being useful" in reply
    assert "want bowls" not in reply


def test_a_value_that_is_a_whole_thought_is_said_with_that() -> None:
    reply, _, rule = _reply("It's important to me that my dad doesn't feel like a burden.")
    assert rule == "complex/value"
    assert "that your dad doesn't feel like a burden" in reply


def test_a_value_wins_over_a_feeling_guessed_from_a_word_in_it() -> None:
    # ("a good teacher" is no sign of feeling glad.)
    reply, _, rule = _reply("What matters to me is being a good teacher.")
    assert rule == "complex/value"
    assert "being a good teacher" in reply


def test_the_caring_word_that_states_a_value_is_not_taken_for_a_feeling() -> None:
    reply, _, rule = _reply("I care about doing a proper job, even if nobody notices.")
    assert rule == "complex/value"
    assert "doing a proper job" in reply


def test_a_named_feeling_is_said_with_the_value_it_stands_on() -> None:
    reply, kind, rule = _reply("I'm gutted. Fairness matters so much to me and I was passed over.")
    assert rule == "complex/feeling-value"
    assert kind == "reflection_complex"
    assert "fairness" in reply
    # The feeling is not said to be about the value's own sentence.
    assert "matters so much to you" not in reply


def test_a_value_sentence_in_a_long_conversation_never_repeats_a_reply() -> None:
    session = Session(seed=2)
    session.opening()
    replies = [session.turn("Being honest with people matters to me.").reply for _ in range(8)]
    assert len(set(replies)) == len(replies)


@pytest.mark.parametrize(
    "text",
    [
        "Weekends feel empty since the kids moved out.",
        "The flat feels so lonely now.",
        "Mornings feel hopeless.",
    ],
)
def test_a_feeling_of_a_thing_or_a_time_is_the_speakers(text: str) -> None:
    analysis = analyse(text)
    assert analysis.primary is not None
    assert analysis.primary.subject == "self"
    _, _, rule = _reply(text)
    assert rule.startswith("feeling/")
    assert rule != "feeling/other"


@pytest.mark.parametrize(
    "text", ["My mum feels awful about it.", "My brother seems so low.", "Sam feels awful."]
)
def test_a_person_who_feels_something_keeps_it_as_theirs(text: str) -> None:
    analysis = analyse(text)
    assert analysis.primary is not None
    assert analysis.primary.subject == "other"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("I don't want to be a burden on my son.", "not being a burden on my son"),
        ("i never want to be in the way", "not being in the way"),
    ],
)
def test_not_wanting_to_be_a_burden_is_a_value(text: str, phrase: str) -> None:
    found = values.find(text)
    assert found is not None and found.phrase == phrase
    reply, _, rule = _reply(text)
    assert rule == "complex/value"
    assert "not being" in reply


def test_not_wanting_something_ordinary_is_no_value() -> None:
    assert values.find("I don't want to be late again.") is None


def test_a_whole_thought_that_matters_may_have_any_subject() -> None:
    found = values.find("It's so important to me that he is safe.")
    assert found is not None and (found.phrase, found.form) == ("he is safe", "that")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("honestly what I really want is to go back to painting", "going back to painting"),
        ("What I need most is a proper night's sleep.", "a proper night's sleep"),
        ("i dont want to let my team down", "not letting my team down"),
        ("I don't want to disappoint my grandad.", "not disappointing my grandad"),
    ],
)
def test_what_one_wants_most_and_not_letting_people_down_are_values(text: str, phrase: str) -> None:
    found = values.find(text)
    assert found is not None and found.phrase == phrase


def test_what_one_wants_someone_else_to_do_is_not_said_as_a_value() -> None:
    # "You really care about for him to listen" is not English.
    assert values.find("what i want is for him to listen") is None


def test_the_first_cheap_test_lets_through_every_shapes_words() -> None:
    # A shape whose words the gate missed could never be found.
    assert all(any(gate in word for gate in values._GATE) for word in values._WORDS)
