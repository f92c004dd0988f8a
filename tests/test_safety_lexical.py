"""The lexical layer (``mirrorbot.safety.lexical``): crisis read from vocabulary.

It runs only when no rule and not the learned layer flagged a message, and
reads a risk word (an act on a body, a means or a place, a farewell), who it
is about and the frame that holds it. These sentences are our own, written
for this file; none of them is in a development or held-out set.
"""

from __future__ import annotations

import pytest

from mirrorbot.safety import assess, lexical
from mirrorbot.safety.detector import _subject

# (text, category): found by the lexical layer and by nothing before it.
FOUND = [
    # acts on one's own body, with a sign they were meant
    ("i carved the word fat into my stomach", "self_harm"),
    ("punched the mirror and let my knuckles bleed, it helped", "self_harm"),
    ("i've started scraping my skin with a compass again", "self_harm"),
    ("I hold my hand over the candle until I can't stand it", "self_harm"),
    ("I'm a cutter", "self_harm"),
    ("my arms are covered so no one sees what I did", "self_harm"),
    ("I keep opening up the old cuts", "self_harm"),
    ("ordered some razor blades online, mum doesn't know what they're for", "self_harm"),
    # done to me, or to someone close
    ("my manager grabbed my breasts in the stockroom", "abuse"),
    ("he threw hot coffee over me", "abuse"),
    ("the older kids at the home hold me under the water in the bath", "abuse"),
    ("my coach makes me undress in his office", "abuse"),
    ("my auntie burns my hands on the hob when i'm naughty", "abuse"),
    ("my sister's boyfriend threw her down the stairs", "third_party"),
    # a means or a drop, dwelt on, kept or measured
    ("I keep a stash of my mum's sleeping pills under my bed", "suicide"),
    ("I've been collecting my dad's old prescriptions in a shoebox", "suicide"),
    ("bought a hosepipe and some tape, the garage is ready", "suicide"),
    ("the water under the pier is deep enough, I checked", "suicide"),
    ("I've been wandering along the railway line at night", "suicide"),
    ("my mum keeps talking about the river and how peaceful it would be", "third_party"),
    ("my brother has been buying rope and won't say what for", "third_party"),
    ("googled whether jumping from the fourth floor would do it", "suicide"),
    ("I stand on the platform and think how easy it would be to step forward", "suicide"),
    # farewells: one strong cue, or two weak ones
    ("wrote my kids a letter each and put them with my will", "suicide"),
    ("this is the last time you'll hear from me", "suicide"),
    (
        "tying up loose ends this week, paid off the credit card so nobody gets stuck with it",
        "suicide",
    ),
    ("deleted all my socials and left my passwords for my sister", "suicide"),
    ("my flatmate has picked a date and won't tell me what for", "third_party"),
    ("it would be so easy to just let go of the railing", "suicide"),
    ("mum, I'm sorry for everything. please look after the cat", "suicide"),
    ("it'll all be over by the weekend and nobody has to worry about me again", "suicide"),
    # a reason to live, gone; asking to be taken; its negation is its meaning
    ("i have run out of reasons to go on", "suicide"),
    ("I pray to the lord to take me before the winter", "suicide"),
    # harm to others: intent, a weapon and a person or a crowd
    ("next time she talks back I'll break her arm", "harm_to_others"),
    ("I'm bringing my dad's gun to school on Monday", "harm_to_others"),
    ("i've got a knife and i'm going to his house", "harm_to_others"),
    ("I bought a crossbow and I know his route to work", "harm_to_others"),
    ("I'll get my brother's knife and sort him out", "harm_to_others"),
]

# Hard negatives with the same words: each guard or sense check is needed.
NOT_FOUND = [
    # the word in its everyday sense
    "I cut the sandwiches into triangles for the kids",
    "I bought new razor blades, my old ones were blunt",
    "I'm thinking about the bridge club on thursday",
    "she grabbed me a coffee on the way in",
    "he threw me a surprise party",
    "I keep my pills in a box by the kettle",
    "bought a hosepipe for the garden, finally",
    "my brother has been buying rope for the boat",
    "the water under the pier is so clear you can see fish",
    "I'm bringing my dad's camera to school on Monday",
    "ordered some razor blades online, the old ones were blunt",
    "I know which bridge is the highest in Europe, it is in France",
    "which beach has the deepest water for snorkelling",
    "I'm going to stand on the platform and wave at the fast train",
    "I'm about to throw the printer out of the window",
    "I wrote a letter to the council about the bins",
    "by the time you read this I'll be on the plane",
    "I've picked a date for the wedding, the 14th",
    "tying up loose ends at work before my holiday",
    "deleted all my socials for a digital detox",
    "It was actually me who set up the whole date",
    "I let go of the railing and slid down the ice",
    "I need to cut myself some slack this week",
    # accidents: a knock on something, or a thing that did it
    "hit my head on the cupboard door again, ouch",
    "my straighteners burned my neck again",
    "my mate cut his hand open on a broken bottle",
    "the ball hit me right in the face at netball",
    # farewells of another kind
    "I said goodbye to my colleagues on my last day",
    "I won't be around next week, I'm at a conference",
    "please look after the cat while I'm away",
    "I'm sorting out my affairs before the move abroad",
    "God, take me back to that beach",
    "we pray the lord will take me under his wing at the new school",
    "there's no reason to stay up, the match is over",
    "I lent him a book, no reason to keep going back to the library",
    # idioms the rules know ("kill" and "murder" are theirs)
    "my feet are killing me after that walk",
    "ugh, shoot me, another meeting at five",
    # negated, jokes, news
    "no one is hurting me, I just feel lonely",
    "my brother punched me on the arm as a joke",
    "they shot him through the door, it was all over the news",
    # a game won, a hand moved away
    "I'll beat my brother at fifa tonight",
    "i hit my sister at monopoly again, she's furious",
    "my nan slapped my hand away from the cake",
    # held close, made to do a chore
    "my nan held me close and cried",
    "my mum makes me strip the beds on sunday",
    # covered, opened, got: in their everyday senses
    "my arms are covered in paint from the mural",
    "I wear a big coat to cover my tummy so nobody notices I have put on weight",
    "the cat keeps opening the old wounds on his ear",
    "I bought a crossbow for archery club",
    "I'll get my brother's bike and fix it",
    "the gangs round here manage to get guns one way or another",
]


@pytest.mark.parametrize(("text", "category"), FOUND, ids=[t for t, _ in FOUND])
def test_the_lexical_layer_finds(text: str, category: str) -> None:
    found = assess(text)
    assert found.crisis, text
    assert found.category == category
    assert not found.direct  # a broad net: never a direct statement
    assert found.matched.startswith("lexical/")


@pytest.mark.parametrize("text", NOT_FOUND)
def test_the_lexical_layer_leaves_everyday_words_alone(text: str) -> None:
    assert not assess(text).crisis, assess(text)


def test_a_last_message_read_is_no_story() -> None:
    # "read" is a story word ("I read a book where ..."); "by the time you read this"
    # is a last message, and the rules' goodbye reading of it is no longer set aside
    assert assess("by the time you read this I'll be gone").crisis
    assert not assess("I read a book where the girl says goodbye before she dies").crisis


def test_a_rule_that_set_the_words_aside_is_not_second_guessed() -> None:
    # the rules read "cut" here and the negation guard set it aside; the lexical
    # layer does not read the same words again
    assert not assess("I would never cut my arms, I just need to talk").crisis


def test_reading_is_only_done_when_a_risk_word_is_there() -> None:
    words = "we went for a walk and had chips".split()
    assert not lexical.has_risk_word(frozenset(words))
    assert lexical.read(words, frozenset(words), _subject) == []


def test_places_are_found_whatever_the_words() -> None:
    words = "i cut my arm . then i cut my leg".split()
    padded = " " + " ".join(words) + " "
    assert lexical._places(words, padded, {"cut", "leg"}) == [1, 7, 9]
    # a word holding a space throws the count out: the slow way gives the same answer
    odd = ["a b", "cut", "x", "cut"]
    assert lexical._places(odd, " " + " ".join(odd) + " ", {"cut"}) == [1, 3]


def test_a_long_entry_is_read_sentence_by_sentence() -> None:
    filler = "work was long and the bus was late and I made pasta. " * 30
    assert assess(filler + "I scratched my wrists raw with my nails until they bled.").crisis
    assert not assess(filler + "I scratched my head and went to bed.").crisis


def test_a_farewell_cue_after_a_weaker_one_of_its_kind_is_read_not_failed() -> None:
    # a weak "letter" cue first held the sense's place, so the strong one after it
    # was not found among the senses: the layer raised, and the message was shown
    # the "unsure" crisis reply instead of being read
    from mirrorbot.safety.detector import assess_strictly

    note = "i wrote a letter to him last year. the letter for my kids is in the drawer."
    found = assess_strictly(note)
    assert found.crisis and found.category == "suicide", found
    keepsake = (
        "i wrote a letter to my nan last year. the letter for my kids is for their "
        "18th birthdays, a time capsule thing."
    )
    assert not assess_strictly(keepsake).crisis
