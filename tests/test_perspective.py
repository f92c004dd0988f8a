"""The perspective shift: a journal line restated from the listener's side.

A mirror that swaps the wrong "you" reads as the listener not having heard,
so the tables below state exactly what a person should see.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mirrorbot.language.perspective import mirror

# Ordinary first-person journal lines.
PLAIN = [
    ("I feel like nobody at work respects me.", "You feel like nobody at work respects you."),
    ("I am so tired of pretending everything is fine.",
     "You are so tired of pretending everything is fine."),
    ("I was angry at my brother all weekend.", "You were angry at your brother all weekend."),
    ("My manager took credit for my work again.",
     "Your manager took credit for your work again."),
    ("I'm not angry, just disappointed in him.", "You're not angry, just disappointed in him."),
    ("I've been sleeping badly since the move.", "You've been sleeping badly since the move."),
    ("I'd rather stay home tonight.", "You'd rather stay home tonight."),
    ("I'll call my mother tomorrow.", "You'll call your mother tomorrow."),
    ("My sister never calls me back.", "Your sister never calls you back."),
    ("Nobody asked me what I wanted.", "Nobody asked you what you wanted."),
    ("I keep telling myself it doesn't matter.", "You keep telling yourself it doesn't matter."),
    ("The house feels empty without my dog.", "The house feels empty without your dog."),
    ("I was the one who stayed.", "You were the one who stayed."),
    ("It's my fault and I know it.", "It's your fault and you know it."),
    ("I don't know what I want anymore.", "You don't know what you want anymore."),
    ("My dad used to say I was lazy.", "Your dad used to say you were lazy."),
    ("I am worried about my exams.", "You are worried about your exams."),
    ("Everyone expects me to be strong.", "Everyone expects you to be strong."),
    ("I wasn't ready for the news.", "You weren't ready for the news."),
    ("That job was mine and they gave it away.",
     "That job was yours and they gave it away."),
    ("I think my friends are drifting away from me.",
     "You think your friends are drifting away from you."),
    ("We moved here last year and I still have no friends.",
     "You moved here last year and you still have no friends."),
    ("Our landlord raised the rent again.", "Your landlord raised the rent again."),
    ("My partner and I argued about money.", "Your partner and you argued about money."),
    ("I cried in the car before work.", "You cried in the car before work."),
    ("I am proud of myself for going.", "You are proud of yourself for going."),
    ("I'm scared I'll fail again.", "You're scared you'll fail again."),
    ("Sometimes I wonder if I made the right choice.",
     "Sometimes you wonder if you made the right choice."),
    ("I was hoping she would notice me.", "You were hoping she would notice you."),
    ("My therapist says I need boundaries.", "Your therapist says you need boundaries."),
    ("I hate that I care so much.", "You hate that you care so much."),
    ("Work is eating my whole life.", "Work is eating your whole life."),
    ("I am not okay.", "You are not okay."),
    ("I was so embarrassed I left early.", "You were so embarrassed you left early."),
    ("My kids don't listen to me.", "Your kids don't listen to you."),
    ("I just want someone to hear me.", "You just want someone to hear you."),
    ("Honestly I am exhausted.", "Honestly you are exhausted."),
    ("I'm happy for her, but I feel left behind.",
     "You're happy for her, but you feel left behind."),
    ("I've never told anyone this.", "You've never told anyone this."),
    ("Yesterday I finally said no to my boss.", "Yesterday you finally said no to your boss."),
    ("Why am I always the one who apologises?",
     "Why are you always the one who apologises?"),
    ("Am I asking too much?", "Are you asking too much?"),
    ("Was I wrong to leave?", "Were you wrong to leave?"),
    ("I really am trying.", "You really are trying."),
    ("I was never good enough for them.", "You were never good enough for them."),
    ("My heart is racing and I can't sleep.", "Your heart is racing and you can't sleep."),
    ("We used to be close, my brother and me.", "You used to be close, your brother and you."),
    ("They laughed at us.", "They laughed at you."),
    ("Our marriage is falling apart.", "Your marriage is falling apart."),
    ("I'd like to understand myself better.", "You'd like to understand yourself better."),
    ("I'll be fine, I guess.", "You'll be fine, you guess."),
    ("I guess I am lonely.", "You guess you are lonely."),
    ("The dog is mine, not his.", "The dog is yours, not his."),
    ("I have to decide by Friday.", "You have to decide by Friday."),
    ("It hurts me when she does that.", "It hurts you when she does that."),
    ("I am who I am.", "You are who you are."),
    ("My mind keeps racing at night.", "Your mind keeps racing at night."),
    ("I was thinking about my grandmother today.",
     "You were thinking about your grandmother today."),
    ("Nobody in my family understands me.", "Nobody in your family understands you."),
    ("I feel invisible at home.", "You feel invisible at home."),
    ("I'm tired.\nI want to sleep for a week.",
     "You're tired.\nYou want to sleep for a week."),
    ("First I lost my job. Then I lost my flat.",
     "First you lost your job. Then you lost your flat."),
    ("I wish I had said something.", "You wish you had said something."),
    ("Me and my friends went out.", "You and your friends went out."),
    ("We're thinking of moving.", "You're thinking of moving."),
]  # fmt: skip

# Object "you", quoted speech, pairs, contractions, casual typing, questions,
# negatives and capitals.
HARD = [
    # subject and object "you"
    ("You never listen to me.", "I never listen to you."),
    ("I told you the truth.", "You told me the truth."),
    ("He gave you a book.", "He gave me a book."),
    ("I want you to know that I care.", "You want me to know that you care."),
    ("I think you are wrong.", "You think I am wrong."),
    ("I know you love me.", "You know I love you."),
    ("I saw you leave.", "You saw me leave."),
    ("I heard you were sick.", "You heard I was sick."),
    ("The way you talk to me hurts.", "The way I talk to you hurts."),
    ("Like you said, it's fine.", "Like I said, it's fine."),
    ("People like you never change.", "People like me never change."),
    ("It's not you, it's me.", "It's not me, it's you."),
    ("You make me feel invisible.", "I make you feel invisible."),
    ("I was there for you when you needed me.", "You were there for me when I needed you."),
    ("Nobody but you understands me.", "Nobody but me understands you."),
    ("Everything you do annoys me.", "Everything I do annoys you."),
    ("I'm sorry you feel that way.", "You're sorry I feel that way."),
    ("You told me you would call.", "I told you I would call."),
    # verb agreement, questions and negatives
    ("Are you even listening to me?", "Am I even listening to you?"),
    ("Aren't you tired of this?", "Aren't I tired of this?"),
    ("You're tired, aren't you?", "I'm tired, aren't I?"),
    ("I'm tired, aren't I?", "You're tired, aren't you?"),
    ("You weren't there when I needed you.", "I wasn't there when you needed me."),
    ("You aren't listening.", "I'm not listening."),
    ("Where were you last night?", "Where was I last night?"),
    ("What was I thinking?", "What were you thinking?"),
    ("Why do you always do this to me?", "Why do I always do this to you?"),
    ("If I were you, I would leave.", "If you were me, you would leave."),
    ("I wish you were here.", "You wish I were here."),
    ("How have you been?", "How have I been?"),
    ("Do you think I'm crazy?", "Do I think you're crazy?"),
    # pairs
    ("You and I should talk.", "You and I should talk."),
    ("Between you and me, I'm done.", "Between you and me, you're done."),
    # quoted speech
    ("She said 'I hate you' and walked out.", "She said 'I hate you' and walked out."),
    ("I told him 'I'm done' and hung up.", "You told him 'I'm done' and hung up."),
    ('He said "you are worthless" to me.', 'He said "you are worthless" to you.'),
    ("My mum texted “I miss you” at 3am.", "Your mum texted “I miss you” at 3am."),
    # contractions, curly apostrophes, casual typing
    ("I’m tired and you’re not.", "You’re tired and I’m not."),
    ("I’ve had enough of my job.", "You’ve had enough of your job."),
    ("You’ll see, I’ll be fine.", "I’ll see, you’ll be fine."),
    ("i dont know what im doing", "you dont know what you're doing"),
    ("i feel like nobody cares about me", "you feel like nobody cares about you"),
    ("u never listen to me", "I never listen to you"),
    ("ive been so stressed lately", "you've been so stressed lately"),
    # capitals and look-alikes
    ("I HATE YOU", "YOU HATE ME"),
    ("MY LIFE IS A MESS", "YOUR LIFE IS A MESS"),
    ("I grew up in Iowa, meaning it's home for me.",
     "You grew up in Iowa, meaning it's home for you."),
    ("My grandfather fought in World War I.", "Your grandfather fought in World War I."),
    ("He worked in a coal mine, like my dad.", "He worked in a coal mine, like your dad."),
    ("I-I don't know what to say.", "You-you don't know what to say."),
    # formulas and fillers
    ("Thank you for listening.", "Thank you for listening."),
    ("You know, I really love him.", "You know, you really love him."),
    ("I'm so tired, you know?", "You're so tired, you know?"),
    ("Oh my god, I forgot her birthday.", "Oh my god, you forgot her birthday."),
    ("I just wanted to say thank you.", "You just wanted to say thank you."),
    ("I want to thank you for everything.", "You want to thank me for everything."),
    ('"Stop!" I yelled, but he kept going.', '"Stop!" you yelled, but he kept going.'),
    ("Was it you who called?", "Was it me who called?"),
    ("You're smarter than me.", "I'm smarter than you."),
    ("She's taller than you are.", "She's taller than I am."),
    ("After you left I cried for hours.", "After I left you cried for hours."),
    ("You weren't even listening, were you?", "I wasn't even listening, was I?"),
    ("ur the only one who gets me", "I'm the only one who gets you"),
    ("We moved to the US when I was six.", "You moved to the US when you were six."),
    ("I felt you pull away from me.", "You felt me pull away from you."),
    ("I promised you I would stop.", "You promised me you would stop."),
    ("It seems you forgot.", "It seems I forgot."),
    ("I see you care.", "You see I care."),
    # plural "you"
    ("You guys never listen to me.", "We guys never listen to you."),
    ("All of you hate me.", "All of us hate you."),
]  # fmt: skip


@pytest.mark.parametrize(("line", "expected"), PLAIN)
def test_first_person_lines_are_restated_from_the_listeners_side(line: str, expected: str) -> None:
    assert mirror(line) == expected


@pytest.mark.parametrize(("line", "expected"), HARD)
def test_hard_lines_are_restated_from_the_listeners_side(line: str, expected: str) -> None:
    assert mirror(line) == expected


def test_the_tables_are_big_and_varied() -> None:
    assert len(PLAIN) >= 60
    assert len(HARD) >= 40
    assert len({line for line, _ in PLAIN + HARD}) == len(PLAIN) + len(HARD)


def test_text_without_pronouns_is_returned_as_it_is() -> None:
    for line in ["", "   ", "The weather was awful.", "Iowa, meaning, mine-field, US", "😀 …"]:
        assert mirror(line) == line


def test_a_megabyte_paste_is_handled_in_one_piece() -> None:
    text = "I told you I was fine, but you never listen to me. " * 20_000
    out = mirror(text)
    assert out.startswith("You told me you were fine, but I never listen to you. ")
    assert len(out.split(". ")) == len(text.split(". "))


# ---------------------------------------------------------------- properties

# Sentences built only from forms whose mirror can be mirrored back exactly.
# Left out, and why:
# - we/us/our/ours/ourselves: they become "you", which comes back as "I"/"me";
# - "you aren't": it becomes "I'm not", which comes back as "you're not";
# - "you were" after "if"/"wish": a subjunctive "were" stays, so "I was" would
#   not come back;
# - fillers and formulas ("you know,", "thank you"), which are never shifted,
#   and "you and I", which stays as it is;
# - lowercase "i" and casual forms (im, ur, u): they come back as "I", "I'm".
SUBJECTS = [
    ("I", "am", "was", "'m"),
    ("You", "are", "were", "'re"),
]
PREDICATES = ["tired", "angry with {obj}", "proud of {pos} sister", "scared of {obj}",
              "sure {sub2} {verb2} right", "happy for {obj}"]  # fmt: skip
VERB_PHRASES = ["told {obj} the truth", "love {obj}", "miss {pos} old job", "saw {obj} leave",
                "gave {obj} {pos} keys", "think {sub2} {verb2} wrong", "want {obj} to stay",
                "never listen to {obj}", "blame {refl}", "know {sub2} {verb2} lying"]  # fmt: skip


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    first = draw(st.booleans())
    sub, be, was, short = SUBJECTS[0] if first else SUBJECTS[1]
    # the other person, for objects inside the sentence
    obj = draw(st.sampled_from(["you", "him", "her"] if first else ["me", "him", "her"]))
    pos = draw(st.sampled_from(["your", "his"] if first else ["my", "his"]))
    refl = "myself" if first else "yourself"
    sub2, verb2 = draw(st.sampled_from([("you", "are"), ("he", "is")] if first
                                       else [("I", "am"), ("he", "is")]))  # fmt: skip
    shape = draw(st.integers(0, 5))
    if shape == 0:
        body = f"{sub} {be} " + draw(st.sampled_from(PREDICATES))
    elif shape == 1:
        body = f"{sub} {was} not " + draw(st.sampled_from(PREDICATES))
    elif shape == 2:
        body = f"{sub}{short} " + draw(st.sampled_from(PREDICATES))
    elif shape == 3:
        body = f"{sub} " + draw(st.sampled_from(VERB_PHRASES))
    elif shape == 4:
        body = f"{be.capitalize()} {sub if first else 'you'} " + draw(st.sampled_from(PREDICATES))
    else:
        body = f"{sub} {'wasn' if first else 'weren'}'t " + draw(st.sampled_from(PREDICATES))
    body = body.format(obj=obj, pos=pos, refl=refl, sub2=sub2, verb2=verb2)
    return body + draw(st.sampled_from([".", "?", "!"]))


@settings(max_examples=300)
@given(_sentence())
def test_mirroring_twice_gives_back_the_original(line: str) -> None:
    once = mirror(line)
    assert once != line
    assert mirror(once) == line


@settings(max_examples=300)
@given(st.text())
def test_mirror_never_raises_and_keeps_the_length_roughly(text: str) -> None:
    out = mirror(text)
    assert isinstance(out, str)
    assert len(out) <= 4 * len(text) + 8


_NO_PRONOUN = st.text(alphabet=st.characters(blacklist_characters="iIuUyYmMwWoO"), max_size=200)


@settings(max_examples=300)
@given(_NO_PRONOUN)
def test_text_without_pronouns_is_left_alone(text: str) -> None:
    assert mirror(text) == text


@settings(max_examples=200)
@given(st.lists(st.sampled_from(["The", "cat", "sat", ",", ".", "\n", " ", "mine-field", "Iowa",
                                 "meaning", "\"", "'", "’", "yourselfish", "e-mail"]),
                max_size=40))  # fmt: skip
def test_words_that_only_contain_pronoun_letters_are_left_alone(pieces: list[str]) -> None:
    text = " ".join(pieces)
    assert mirror(text) == text
