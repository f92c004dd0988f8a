"""A whole conversation: what a person notices over thirty turns.

The listener must not repeat itself, must not interrogate (few questions, no
"why"), must never slip into a roadblock (advice, reassurance, claimed
understanding), must not answer pain with "enjoy", must stay shorter than a
long entry, and must replay exactly with the same seed while varying its
wording with another.
"""

from __future__ import annotations

import re

import pytest

from mirrorbot.language.analysis import analyse
from mirrorbot.language.feelings import detect
from mirrorbot.session import Session, Turn

# (text, is it painful?). The lines avoid the words the checks look for
# ("why", "should", "at least", "enjoy", ...) so a hit is the listener's own.
CONVERSATION: list[tuple[str, bool]] = [
    ("I've had a really rough week at work.", True),
    ("My manager criticised my report in front of everyone.", True),
    ("yeah", False),
    ("I felt humiliated, honestly.", True),
    ("I don't know.", False),
    ("Anyway, I'm going to my mum's on Saturday.", False),
    ("She's been unwell and I'm worried about her.", True),
    ("But I'm also excited because my brother is flying home for it.", False),
    (
        "We haven't all been in the same room since my dad's sixtieth, and that was before "
        "the pandemic, so it's going to be loud and a bit chaotic and probably wonderful.",
        False,
    ),
    ("I keep waking up at four and going over everything.", True),
    ("Maybe.", False),
    ("The train was delayed again this morning.", False),
    ("I'm not angry about the train, just tired of it.", True),
    ("I finished a painting last night for the first time in months.", False),
    ("It felt good to make something.", False),
    ("ok", False),
    ("My partner thinks I take on too much.", False),
    ("He's probably right, I said yes to three extra projects.", True),
    ("I'm stressed and a bit proud at the same time.", True),
    (
        "Work has been my whole identity for so long, and I'm starting to wonder who I am "
        "without it, which is a strange thing to admit at thirty-five.",
        True,
    ),
    ("hmm", False),
    ("My friend Sara hasn't texted back in a week.", True),
    ("I checked my phone about twenty times today.", True),
    ("I guess I'm lonely.", True),
    ("The cat knocked my coffee over this morning, which was funny.", False),
    ("I'm booking a week off in June.", False),
    ("I'm relieved I finally asked for it.", False),
    ("My hands were shaking when I sent the email.", True),
    ("I'm so tired.", True),
    ("I think that's everything for today.", False),
]

ROADBLOCKS = [
    "you should",
    "you ought to",
    "you must",
    "you need to",
    "have you tried",
    "why don't you",
    "you could try",
    "if i were you",
    "don't worry",
    "at least",
    "it'll be fine",
    "it will be fine",
    "everything happens for a reason",
    "look on the bright side",
    "cheer up",
    "calm down",
    "i know exactly how you feel",
    "i know how you feel",
    "that happened to me",
]

LONG_INPUT_WORDS = 20


def run(seed: int) -> tuple[Turn, list[Turn]]:
    session = Session(seed=seed)
    opening = session.opening()
    return opening, [session.turn(text) for text, _ in CONVERSATION]


@pytest.fixture(scope="module")
def conversation() -> tuple[Turn, list[Turn]]:
    return run(seed=1)


def first_turn(text: str, seed: int = 0) -> Turn:
    """The reply to ``text`` said first in a fresh session."""
    session = Session(seed=seed)
    session.opening()
    return session.turn(text)


def _normal(reply: str) -> str:
    return reply.replace("’", "'").lower()


def _show(turn: Turn) -> str:
    return f"  {turn.input!r}\n    -> {turn.reply!r}"


def test_the_conversation_is_thirty_varied_turns() -> None:
    texts = [text for text, _ in CONVERSATION]
    assert len(texts) == 30 and len(set(texts)) == 30
    assert sum(pain for _, pain in CONVERSATION) >= 10
    assert any(len(t.split()) >= LONG_INPUT_WORDS for t in texts)
    assert any(len(t.split()) <= 2 for t in texts)


def test_every_turn_gets_a_reply(conversation: tuple[Turn, list[Turn]]) -> None:
    _, turns = conversation
    empty = [_show(t) for t in turns if not t.reply.strip()]
    assert not empty, "empty replies:\n" + "\n".join(empty)


def test_no_reply_is_repeated(conversation: tuple[Turn, list[Turn]]) -> None:
    opening, turns = conversation
    seen: dict[str, str] = {_normal(opening.reply).strip(): "(opening)"}
    repeats = []
    for turn in turns:
        key = _normal(turn.reply).strip()
        if key in seen:
            repeats.append(f"{_show(turn)}\n    (already said after {seen[key]!r})")
        seen.setdefault(key, turn.input)
    assert not repeats, "repeated replies:\n" + "\n".join(repeats)


def test_at_most_a_third_of_replies_are_questions(conversation: tuple[Turn, list[Turn]]) -> None:
    _, turns = conversation
    questions = [t for t in turns if t.reply.strip().endswith("?")]
    assert len(questions) <= len(turns) // 3, (
        f"{len(questions)} of {len(turns)} replies are questions:\n"
        + "\n".join(_show(t) for t in questions)
    )


def test_no_reply_asks_why(conversation: tuple[Turn, list[Turn]]) -> None:
    _, turns = conversation
    whys = [_show(t) for t in turns if re.search(r"\bwhy\b", t.reply, re.IGNORECASE)]
    assert not whys, "replies with 'why':\n" + "\n".join(whys)


def test_no_reply_advises_reassures_or_claims_understanding(
    conversation: tuple[Turn, list[Turn]],
) -> None:
    _, turns = conversation
    hits = []
    for turn in turns:
        reply = _normal(turn.reply)
        found = [phrase for phrase in ROADBLOCKS if re.search(rf"\b{re.escape(phrase)}\b", reply)]
        if found:
            hits.append(f"{_show(turn)}\n    roadblocks: {found}")
    assert not hits, "roadblocks in replies:\n" + "\n".join(hits)


def test_pain_is_never_answered_with_enjoy(conversation: tuple[Turn, list[Turn]]) -> None:
    _, turns = conversation
    painful = [turn for turn, (_, pain) in zip(turns, CONVERSATION, strict=True) if pain]
    hits = [_show(t) for t in painful if re.search(r"\benjoy", t.reply, re.IGNORECASE)]
    assert not hits, "'enjoy' in a reply to pain:\n" + "\n".join(hits)


def test_replies_to_long_entries_are_not_longer_than_the_entry(
    conversation: tuple[Turn, list[Turn]],
) -> None:
    _, turns = conversation
    long_turns = [t for t in turns if len(t.input.split()) >= LONG_INPUT_WORDS]
    assert long_turns
    # "About as long" allows a tenth more words; a reflection is a distillation.
    too_long = [
        f"{_show(t)}\n    {len(t.reply.split())} words for {len(t.input.split())}"
        for t in long_turns
        if len(t.reply.split()) > 1.1 * len(t.input.split())
    ]
    assert not too_long, "replies longer than the entry:\n" + "\n".join(too_long)


def test_the_same_seed_replays_the_same_conversation(
    conversation: tuple[Turn, list[Turn]],
) -> None:
    opening, turns = conversation
    again_opening, again = run(seed=1)
    assert again_opening.reply == opening.reply
    assert [t.reply for t in again] == [t.reply for t in turns]


def test_different_seeds_usually_vary_the_wording() -> None:
    runs = [tuple(t.reply for t in run(seed)[1]) for seed in range(5)]
    distinct = len(set(runs))
    assert distinct >= 4, f"only {distinct} different conversations from 5 seeds"
    # Not just one word in one turn: the wording moves in a fair number of places.
    differing = sum(a != b for a, b in zip(runs[0], runs[1], strict=True))
    assert differing >= 3, f"seeds 0 and 1 differ in only {differing} of 30 replies"


def test_would_is_not_a_feeling_had_and_i_d_been_is() -> None:
    assert not analyse("Honestly I'd hate living there.").asserted
    assert not analyse("I'd love to feel settled for once.").asserted
    assert [f.family for f in analyse("I'd been furious for days.").asserted] == ["anger"]


@pytest.mark.parametrize(
    "text",
    [
        "Part of me wants to stay in the band and part of me is done with it.",
        "Half of me is ready to leave. Half of me wants one more year.",
        "One part of me misses her, but another part of me is relieved.",
    ],
)
def test_part_of_me_and_part_of_me_is_held_as_two_sides(text: str) -> None:
    turn = first_turn(text, seed=4)
    assert turn.kind == "reflection_double", turn.reply
    assert turn.reply.lower().count("part") >= 2 or " and " in turn.reply, turn.reply
    assert " but " not in turn.reply.lower()


@pytest.mark.parametrize(
    "text",
    [
        # reflective-listening.md §4's own examples of implied feelings
        "I keep checking my phone to see if she replied.",
        "I've rewritten this email eleven times.",
        "My chest goes tight before meetings.",
        "I just lie there staring at the ceiling.",
        "My week was rough.",
        "I hid my phone so I'd stop checking it.",
        # a correction after a missed reflection
        "I'm not angry, I'm hurt.",
        "No, it's more that I'm hurt by it.",
    ],
)
def test_everyday_feelings_are_reflected_not_met_with_crisis_lines(text: str) -> None:
    turn = first_turn(text, seed=2)
    assert not turn.crisis and turn.kind != "crisis", turn.reply


def test_denying_a_stronger_word_of_the_same_feeling_sets_its_degree() -> None:
    # "a bit sad" said; "not depressed, just unmotivated" is not a rejection.
    session = Session(seed=1)
    session.opening()
    session.turn("My dad and I haven't spoken in two years.")
    turn = session.turn("I don't think I'm depressed, just really unmotivated.")
    assert turn.kind != "repair", turn.reply
    # The word the listener used, denied: that is a correction.
    session = Session(seed=1)
    session.opening()
    first = session.turn("I feel sad about the move.")
    said = next(w for w in ("down", "low", "sad") if w in first.reply.lower())
    turn = session.turn(f"I'm not {said}, I'm angry.")
    assert turn.kind == "repair", turn.reply


def test_what_a_feeling_leads_to_is_not_what_it_is_about() -> None:
    about = analyse("I've been so anxious about the audit that I can't eat.").about
    assert about is not None and about.text == "the audit"
    about = analyse("I'm so glad that it's over.").about
    assert about is not None and about.text == "it's over"


def test_everyone_but_me_is_a_comparison_and_keeps_the_me() -> None:
    a = analyse("All my cousins have bought houses except me.")
    assert "comparison" in a.markers
    assert a.content.endswith("except you")


@pytest.mark.parametrize(
    ("text", "link", "thing"),
    [
        ("I dread the school run every morning.", "about", "the school run every morning"),
        ("I regret the way I spoke to my dad.", "about", "the way you spoke to your dad"),
        ("Honestly I hate my commute so much.", "about", "your commute"),
        ("I really resent all the extra shifts.", "about", "the extra shifts"),
        # What is missed is said as missed, not as something wrong with it.
        ("I miss my old flat by the sea.", "missing", "your old flat by the sea"),
        ("Missing my little brother today.", "missing", "your little brother today"),
    ],
)
def test_a_feeling_said_as_a_verb_is_about_its_object(text: str, link: str, thing: str) -> None:
    about = analyse(text).about
    assert about is not None and (about.link, about.text) == (link, thing)


def test_missing_someone_is_reflected_as_missing_them_not_as_low_about_them() -> None:
    for seed in range(6):
        reply = first_turn("I miss my grandad so much.", seed=seed).reply
        assert "missing your grandad" in reply, reply
        assert "about your grandad" not in reply, reply


def test_a_verb_object_that_is_a_whole_thought_stays_a_clause() -> None:
    # "that" after "hate" opens a clause; what she did (a faux feeling,
    # "ignored") is part of it, not a second feeling that cuts it short.
    about = analyse("I hate that she ignored my message.").about
    assert about is not None and (about.form, about.text) == ("clause", "she ignored your message")
    # Two feelings joined by "and" still each keep their own object.
    a = analyse("I'm happy for her and a bit lonely.")
    assert a.about is not None and a.about.text == "her"


def test_a_clause_that_points_back_is_not_what_a_feeling_is_about() -> None:
    # "which ..." cannot be said back after "that": "calm that which ...".
    about = analyse("I was fine, which was a lie.").about
    assert about is None or not about.text.startswith("which"), about


@pytest.mark.parametrize(
    "text",
    [
        "I want to leave but I'm scared I'll regret it.",
        "I'm afraid of being lonely once the kids move out.",
        "Honestly I'm worried that I'll be bored stiff in the new role.",
    ],
)
def test_a_feeling_someone_fears_having_is_what_the_fear_is_about(text: str) -> None:
    a = analyse(text)
    assert [f.family for f in a.asserted] == ["fear"], a.asserted
    assert a.second is None and a.about is not None, a
    assert first_turn(text).reflected == ("fear",)


def test_a_tail_like_at_the_same_time_is_not_what_a_feeling_is_about() -> None:
    a = analyse("I'm scared and sad at the same time.")
    assert {f.family for f in a.asserted} == {"fear", "sadness"}
    assert a.about is None or "same time" not in a.about.text, a.about


@pytest.mark.parametrize(
    "text",
    [
        "It's six months since Grandad passed and I still set out two cups.",
        "Mum passed in the spring, just before her birthday.",
        "My uncle took his own life when I was twelve and I think about him a lot.",
    ],
)
def test_a_death_said_gently_is_heard_as_a_loss(text: str) -> None:
    a = analyse(text)
    assert a.primary is not None and a.primary.cue == "loss", a.feelings
    assert first_turn(text).reflected == ("sadness",)


def test_a_loss_outweighs_a_body_cue_in_the_same_message() -> None:
    a = analyse("My best friend died by suicide last year and my chest still goes tight.")
    assert a.primary is not None and a.primary.family == "sadness", a.feelings


def test_passing_someone_or_a_test_is_not_a_loss() -> None:
    assert not [f for f in detect("My sister passed her driving test.") if f.cue == "loss"]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "I'm dreading the dentist, and I'm cross with myself for putting it off.",
            "dentist",
            "putting it off",
        ),
        ("I'm excited about the new flat but nervous about the rent.", "new flat", "rent"),
    ],
)
def test_a_double_reflection_says_what_each_side_is_about(
    text: str, first: str, second: str
) -> None:
    # Every wording of the mixed-feelings rule is tried (one per seed):
    # none may drop what the feelings are about when the message said it.
    for seed in range(12):
        turn = first_turn(text, seed=seed)
        if turn.kind != "reflection_double":
            continue
        assert first in turn.reply and second in turn.reply, turn.reply


def test_a_double_reflection_without_topics_names_the_two_feelings() -> None:
    replies = {first_turn("I'm happy but also kind of sad.", seed=seed).reply for seed in range(12)}
    doubles = [r for r in replies if " at the same time" in r]
    assert all(",," not in r and ", at" not in r for r in doubles), doubles


@pytest.mark.parametrize(
    "text",
    ["I'm fine. Really. It's just been a long week.", "I'm okay, it was a rough day at work."],
)
def test_a_rote_fine_gives_way_to_what_the_rest_of_the_message_implies(text: str) -> None:
    analysis = analyse(text)
    assert analysis.primary is not None and analysis.primary.family == "overwhelm", analysis.primary


def test_a_plain_fine_is_still_heard() -> None:
    analysis = analyse("I'm fine today, actually.")
    assert analysis.primary is not None and analysis.primary.family == "calm"


@pytest.mark.parametrize(
    "text",
    [
        "I told him I was fine, which wasn't true.",
        "I keep saying I'm okay to everyone.",
        "I've been pretending to be happy at work.",
        "I was faking cheerful all through dinner.",
    ],
)
def test_a_feeling_put_on_or_said_by_rote_is_not_reflected_as_felt(text: str) -> None:
    assert analyse(text).primary is None, analyse(text).primary


def test_a_real_feeling_told_to_someone_is_still_felt() -> None:
    analysis = analyse("I told her I was scared.")
    assert analysis.primary is not None and analysis.primary.family == "fear"


def test_good_news_after_a_worry_is_heard_as_relief() -> None:
    analysis = analyse("Got my test results back, all clear.")
    assert analysis.primary is not None and analysis.primary.family == "calm"
    assert not any(f.family == "fear" for f in analysis.feelings)


def test_a_past_feeling_is_never_said_as_now() -> None:
    for seed in range(16):
        reply = first_turn("I told her I was scared.", seed=seed).reply
        assert "right now you were" not in reply.lower(), reply


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("My brother, who hardly ever rings, phoned me on Sunday.", "your brother"),
        ("Maya, my closest friend, forgot my birthday.", "Maya"),
    ],
)
def test_an_aside_between_commas_keeps_its_subject(text: str, subject: str) -> None:
    # Cut at the commas, "phoned you on Sunday" would say back nobody's doing.
    content = analyse(text).content
    assert content.startswith(subject), content


def test_a_reason_belongs_to_the_clause_just_before_it() -> None:
    # What is odd is the loneliness among people, not why they are lonely.
    about = analyse("I feel a bit lonely, which is strange since I'm with people all day.").about
    assert about is None or "people" not in about.text, about
    about = analyse("I'm frustrated, since the bus never came.").about
    assert about is not None and about.text == "the bus never came", about


@pytest.mark.parametrize(
    "text",
    [
        "I tell my friends I'm fine but I'm really not.",
        "I've been acting like everything's okay.",
        "Smiling through it at work again today.",
        "I was putting on a brave front for the kids.",
    ],
)
def test_saying_fine_while_not_feeling_it_is_heard_as_a_mask(text: str) -> None:
    assert "masking" in analyse(text).markers
    assert first_turn(text).kind == "reflection_complex"


@pytest.mark.parametrize(
    "text",
    [
        "The nurse said I'm fine to go home.",
        "I told her it was fine to borrow my bike.",
        "I said I was happy to drive.",
        "I'm fine, thanks.",
    ],
)
def test_fine_that_is_news_or_permission_is_no_mask(text: str) -> None:
    assert "masking" not in analyse(text).markers


def test_a_mask_over_a_named_feeling_names_the_feeling() -> None:
    turn = first_turn("I told everyone I was fine, honestly I'm terrified.")
    assert turn.kind == "reflection_complex" and turn.reflected == ("fear",), turn


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("My dad keeps ringing and I keep not picking up.", "fear"),
        ("I bottled out of the audition again.", "fear"),
        ("Lately I seem to mess everything up.", "sadness"),
    ],
)
def test_avoiding_and_failing_imply_a_feeling(text: str, family: str) -> None:
    primary = analyse(text).primary
    assert primary is not None and primary.implied and primary.family == family, primary


def test_everything_being_fine_on_its_own_is_not_relief() -> None:
    assert not [f for f in detect("Work is fine. Everything is fine.") if f.cue == "relief"]


def test_a_contrast_is_not_what_a_feeling_is_about() -> None:
    # "pleased that the money is tight" would say the opposite of what was meant.
    about = analyse("I'm relieved, though the money is tight this month.").about
    assert about is None or "money" not in about.text, about


def test_a_simple_reflection_keeps_the_when_or_why_said_right_after() -> None:
    content = analyse("It's been six months since the move.").content
    assert content == "it's been six months since the move", content


@pytest.mark.parametrize(
    ("text", "family", "held"),
    [
        ("I feel guilty for being happy while she's ill.", "shame", "happy"),
        ("I'm ashamed of feeling so envious of my brother.", "shame", "envious"),
        ("I'm annoyed at myself for getting so nervous.", "anger", "nervous"),
    ],
)
def test_a_feeling_about_having_a_feeling_is_one_feeling_with_its_object(
    text: str, family: str, held: str
) -> None:
    a = analyse(text)
    assert a.primary is not None and a.primary.family == family, a.primary
    assert a.second is None, a.second
    assert a.about is not None and held in a.about.text, a.about


def test_being_a_mess_is_overwhelm_not_a_verdict_on_oneself() -> None:
    a = analyse("The move is on Friday and I'm a mess.")
    assert "self_judgement" not in a.markers
    assert a.primary is not None and a.primary.family == "overwhelm", a.primary


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("I'm finally getting the hang of the new job.", "pride"),
        ("It's all going well and I'm just waiting for the other shoe to drop.", "fear"),
        ("My closest cousin is moving abroad next month.", "sadness"),
    ],
)
def test_progress_dread_and_distance_imply_a_feeling(text: str, family: str) -> None:
    assert any(f.implied and f.family == family for f in analyse(text).feelings), analyse(
        text
    ).feelings


@pytest.mark.parametrize("text", ["thanks, that really helps", "Thank you.", "thx"])
def test_thanks_to_the_listener_is_taken_simply(text: str) -> None:
    turn = first_turn(text)
    assert turn.kind == "attending" and "grateful" not in turn.reply, turn


def test_thanks_about_someone_else_is_still_reflected() -> None:
    turn = first_turn("Thanks to my neighbour I made it through the whole week.")
    assert turn.kind != "attending", turn
    assert first_turn("thanks for nothing").kind != "attending"


@pytest.mark.parametrize("text", ["Sorry, I'm rambling again.", "sorry for the massive rant lol"])
def test_an_apology_for_talking_is_met_with_room_not_restated(text: str) -> None:
    turn = first_turn(text)
    assert turn.kind == "attending" and "rambling" not in turn.reply, turn


def test_an_apology_that_carries_a_feeling_reflects_the_feeling() -> None:
    assert first_turn("Sorry for venting, I'm just so hurt by it.").reflected == ("hurt",)


def test_a_sense_said_with_like_is_not_restated_as_a_fact() -> None:
    # "you don't count here" said flatly would sound like a verdict.
    content = analyse("Like I don't count here anymore.").content
    assert content.startswith("it feels like you don't count"), content


def test_a_leading_i_suppose_is_a_hedge_not_the_point() -> None:
    content = analyse("I suppose I'm thinking about moving back home.").content
    assert content == "you're thinking about moving back home", content


@pytest.mark.parametrize(
    "text", ["At work I just don't matter.", "I don't count for anything at home."]
)
def test_not_mattering_implies_feeling_left_out(text: str) -> None:
    primary = analyse(text).primary
    assert primary is not None and primary.implied and primary.family == "loneliness", primary


@pytest.mark.parametrize("text", ["are you a real person?", "Is this a bot?", "who are you"])
def test_asked_what_it_is_mirrorbot_answers_plainly(text: str) -> None:
    turn = first_turn(text)
    assert turn.kind == "attending" and "program" in turn.reply, turn


def test_asked_for_help_mirrorbot_says_what_it_can_do_without_promising() -> None:
    turn = first_turn("can you help me?")
    assert turn.kind == "attending" and "listen" in turn.reply, turn
    # A question about something else is still the person's question.
    assert first_turn("Can you help me with my essay?").kind != "attending"


def test_a_question_said_back_keeps_its_capital_i() -> None:
    # jinja's |capitalize lowered every letter after the first: "whether i ...".
    for seed in range(8):
        reply = first_turn("Should I tell Sam what Maya said?", seed=seed).reply
        assert "Sam" in reply and "Maya" in reply, reply  # the question is said back
        assert " i " not in reply and "sam" not in reply and "maya" not in reply, reply


@pytest.mark.parametrize("text", ["you don't understand", "are you even listening?"])
def test_telling_the_listener_it_missed_is_a_rupture(text: str) -> None:
    session = Session(seed=1)
    session.opening()
    session.turn("I had an awful day at work.")
    assert session.turn(text).kind == "repair"


def test_a_general_you_dont_get_is_not_a_rupture() -> None:
    session = Session(seed=1)
    session.opening()
    session.turn("I had an awful day at work.")
    assert session.turn("You don't get paid enough for this job.").kind != "repair"


def test_a_fragment_restated_mid_reply_starts_in_lower_case() -> None:
    content = analyse("Came home, made dinner. Same as always.").content
    assert content[:1].islower(), content


@pytest.mark.parametrize(
    "text", ["We got engaged last night!", "We're pregnant!", "She said yes!", "I'm engaged!"]
)
def test_news_of_an_engagement_or_a_baby_is_joy_not_pride(text: str) -> None:
    primary = analyse(text).primary
    assert primary is not None and primary.family == "joy", primary


@pytest.mark.parametrize(
    "text",
    [
        "You don't know me.",
        "She doesn't know me that well.",
        "I'm married with two kids.",
        "I said yes to another shift.",
        "I'm expecting a parcel today.",
        "I have to find somewhere to park.",
        "I don't count calories anymore.",
        "My mum is getting better with the new meds.",
    ],
)
def test_everyday_words_of_big_news_imply_no_feeling(text: str) -> None:
    # Each has the words of a cue (a loss, good news, a threat, being left
    # out, progress) said of something ordinary.
    assert not [f for f in analyse(text).feelings if f.implied], analyse(text).feelings


def test_a_death_without_a_feeling_word_is_named_as_a_loss() -> None:
    replies = {first_turn("My dog died on Tuesday.", seed=seed).reply for seed in range(6)}
    assert any("loss" in r or "grief" in r for r in replies), replies
    assert not any("could leave you" in r for r in replies), replies


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Dad didn't recognise me at the care home today.", "sadness"),
        ("My gran doesn't recognise me anymore.", "sadness"),
        ("I just need someone to talk to tonight.", "loneliness"),
    ],
)
def test_not_being_known_and_wanting_company_imply_a_feeling(text: str, family: str) -> None:
    primary = analyse(text).primary
    assert primary is not None and primary.family == family, primary


def test_believing_oneself_to_blame_is_a_harsh_self_judgement() -> None:
    assert "self_judgement" in analyse("Maybe it's all my fault.").markers
    assert "self_judgement" in analyse("I think I'm the problem here.").markers


def test_boredom_is_said_back_as_boredom_not_sadness() -> None:
    for seed in range(6):
        reply = first_turn("I'm so bored.", seed=seed).reply
        assert "down" not in reply and "sad" not in reply, reply


def test_a_simple_reflection_prefers_a_whole_thought_to_a_fragment() -> None:
    content = analyse("Dinner was fine. Then TV. Same old story.").content
    assert content.lower() == "dinner was fine", content  # ("Dinner" could be a name)


@pytest.mark.parametrize(
    ("text", "start"),
    [("Visited my aunt. Nothing new.", "you visited your aunt"), ("Priya texted me.", "Priya")],
)
def test_a_verb_opening_a_fragment_is_lowered_and_a_name_is_kept(text: str, start: str) -> None:
    assert analyse(text).content.startswith(start), analyse(text).content


def test_a_pattern_reflection_keeps_what_the_feeling_is_about() -> None:
    # "It's become a pattern, and you're concerned." lost the money.
    turns = [first_turn("I'm worried about the rent all the time.", seed=seed) for seed in range(6)]
    patterns = [t.reply for t in turns if t.reply.startswith("It's become a pattern")]
    assert patterns and all("rent" in reply for reply in patterns), [t.reply for t in turns]


def test_for_a_while_is_a_length_of_time_not_a_new_clause() -> None:
    content = analyse("Honestly I just want to hide for a while.").content
    assert content.endswith("for a while"), content


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "My brother and his wife are moving in with us and I'm worried.",
            "my brother and his wife",
        ),
        ("Mum and my stepdad never ask how I am, it's so annoying.", "mum and my stepdad"),
        ("My nan and I baked all afternoon and I felt so content.", "my nan and i"),
    ],
)
def test_and_between_two_nouns_does_not_split_the_subject(text: str, subject: str) -> None:
    # "and his wife" opens a clause only after a clause; after a bare noun
    # phrase it joins a second noun to the first, and the pair is the subject.
    clauses = [c.text.lower() for c in analyse(text).clauses]
    assert any(c.startswith(subject + " ") for c in clauses), clauses


def test_and_after_a_whole_clause_still_starts_a_new_one() -> None:
    clauses = [c.text for c in analyse("My boss left early and my team panicked.").clauses]
    assert clauses == ["My boss left early", "and my team panicked."], clauses


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "The rent and the car repairs, they're eating all my savings.",
            "the rent and the car repairs",
        ),
        (
            "My neighbours upstairs, they play music until 2am every night.",
            "your neighbours upstairs",
        ),
    ],
)
def test_a_noun_phrase_taken_up_by_a_pronoun_is_said_back_with_it(text: str, kept: str) -> None:
    # "X, they ...": the pronoun stands for X, and without X the point is lost.
    assert analyse(text).content.lower().startswith(kept + ","), analyse(text).content


@pytest.mark.parametrize(
    "text",
    [
        "Saying goodbye to all my friends at the station was awful.",
        "I invited all of my friends and nobody came.",
        "We're moving abroad and I'll miss all my friends.",
    ],
)
def test_all_my_friends_alone_is_not_a_comparison(text: str) -> None:
    # Who they are, not a measure the person is set against.
    assert "comparison" not in analyse(text).markers


@pytest.mark.parametrize(
    "text",
    [
        "All my friends have bought houses and I'm still renting.",
        "All of my friends seem to know what they want to do.",
        "I'm the only one who's failed, compared to my classmates.",
        "I earn less than all my friends.",
    ],
)
def test_all_my_friends_set_against_the_person_is_a_comparison(text: str) -> None:
    assert "comparison" in analyse(text).markers


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Had a horrible panic attack at the dentist yesterday.", "panic attack at the dentist"),
        (
            "I had another panic attack during the team meeting",
            "panic attack during the team meeting",
        ),
        ("I keep getting panic attacks in the car.", "panic attacks in the car"),
    ],
)
def test_a_feeling_said_as_an_event_is_reflected_with_the_event(text: str, event: str) -> None:
    # The attack is what happened; "nervous about the dentist" swaps the
    # event for its setting and says far less than was said.
    for seed in range(3):
        reply = first_turn(text, seed=seed).reply
        assert event in reply, reply
        assert "nervous" not in reply, reply


def test_a_feeling_with_its_object_in_a_setting_keeps_the_object() -> None:
    # Not an event: "angry at my sister" is about her.
    about = analyse("I get so angry at my sister on holidays.").about
    assert about is not None and about.text.startswith("your sister"), about


@pytest.mark.parametrize("text", ["Who are you??", "who is this", "What's your name?"])
def test_asked_who_it_is_mirrorbot_gives_its_name_not_a_yes_or_no(text: str) -> None:
    # "Are you a bot?" wants a yes or a no; "who are you?" wants a who.
    who = first_turn(text)
    assert who.kind == "attending" and "mirrorbot" in who.reply, who
    assert who.reply != first_turn("r u a real person?").reply


@pytest.mark.parametrize(
    "text", ["what are you actually for?", "So what can you do?", "how does this work"]
)
def test_asked_what_it_is_for_mirrorbot_says_what_it_can_do(text: str) -> None:
    turn = first_turn(text)
    assert turn.kind == "attending" and "listen" in turn.reply, turn
    assert "you're for" not in turn.reply and "I'm for" not in turn.reply, turn


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Missed the bus. Walked in the rain.", "you "),
        ("Finally cleaned the garage.", "you finally cleaned the garage"),
        ("Couldn't face the gym today.", "you couldn't face the gym today"),
        ("Long shift. Took the night bus home.", "you took the night bus home"),
    ],
)
def test_a_diary_line_without_its_i_is_said_back_with_you(text: str, said: str) -> None:
    # "What I'm hearing is that walked in the rain" is not English.
    content = analyse(text).content
    assert content.startswith(said), content


def test_a_later_sentence_said_back_starts_in_lower_case() -> None:
    # "What I'm hearing is that Nothing's changed": a capital in mid-reply.
    content = analyse("Same again. Nothing's changed at home.").content
    assert content == "nothing's changed at home", content


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("I'm a bit worried at how fast the rent keeps going up.", "how fast the rent"),
        ("Honestly a little shocked at the size of the bill.", "the size of the bill"),
    ],
)
def test_a_degree_before_a_feeling_is_not_an_event(text: str, topic: str) -> None:
    # "a bit worried": "a" measures the feeling; it does not make the
    # feeling an event ("the bit worried at ...").
    about = analyse(text).about
    assert about is not None and about.text.startswith(topic), about
    assert "bit" not in about.text and "little" not in about.text, about


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Between the twins and the night feeds, it's a lot.", "it's a lot"),
        ("Work right now is a lot.", "work right now is a lot"),
    ],
)
def test_a_tail_that_is_the_whole_predicate_is_kept(text: str, content: str) -> None:
    # "a lot" is trimmed from "I cry a lot", not from "it's a lot": "it's." says nothing.
    assert analyse(text).content == content


def test_very_much_is_trimmed_like_so_much() -> None:
    about = analyse("I miss my grandmother very much.").about
    assert about is not None and about.text == "your grandmother", about


@pytest.mark.parametrize(
    "text",
    [
        "I'm meant to be excited about the promotion but honestly I'm dreading it.",
        "I'm expected to be cheerful at work, and I'm exhausted.",
    ],
)
def test_a_feeling_one_is_meant_to_have_is_not_reflected_as_felt(text: str) -> None:
    # Like "should be" and "supposed to be": a standard, not a feeling they have.
    a = analyse(text)
    assert all(f.family not in {"joy", "hope"} for f in a.asserted), a.asserted


@pytest.mark.parametrize(
    "text",
    [
        "We sorted things out after the row but I feel uneasy.",
        "I signed up for the 10k race but I'm really nervous.",
        "I went for a long walk this morning, but I am still low.",
    ],
)
def test_a_feeling_set_against_what_came_before_is_not_about_it(text: str) -> None:
    # "uneasy that you sorted things out" turns the story round.
    about = analyse(text).about
    assert about is None, about


@pytest.mark.parametrize(
    ("text", "setting"),
    [
        ("Lately I feel anxious at night.", "at night"),
        ("I get so lonely at weekends.", "at weekends"),
        ("I felt shaky during the whole exam.", "during the whole exam"),
        ("I'm grumpy in the mornings.", "in the mornings"),
    ],
)
def test_when_and_where_a_feeling_comes_is_said_as_a_setting(text: str, setting: str) -> None:
    # "worried about night", "lonely in weekends": a time made into an object.
    for seed in range(4):
        reply = first_turn(text, seed=seed).reply
        assert setting in reply, reply


@pytest.mark.parametrize(
    "text", ["The vet said to keep her indoors for a week.", "I kept the receipt, just in case."]
)
def test_keep_that_holds_is_not_a_pattern(text: str) -> None:
    assert "recurrence" not in analyse(text).markers


@pytest.mark.parametrize(
    "text",
    [
        "He keeps forgetting to call.",
        "My manager kept on interrupting me.",
        "It keeps me guessing.",
    ],
)
def test_keep_doing_is_a_pattern(text: str) -> None:
    assert "recurrence" in analyse(text).markers


@pytest.mark.parametrize(
    "text",
    [
        "Oh great, my flight's cancelled. I'm just delighted.",
        "Oh great, the printer jammed again, I love this job.",
    ],
)
def test_glad_words_said_with_irony_are_not_reflected_as_felt(text: str) -> None:
    for seed in range(3):
        turn = first_turn(text, seed=seed)
        assert not {"joy", "love", "pride", "hope", "calm"} & set(turn.reflected), turn


@pytest.mark.parametrize(
    "text",
    [
        "Nobody at work ever asks how my weekend was.",
        "No one in this house actually listens to me.",
        "Honestly nobody here even notices the effort.",
    ],
)
def test_not_being_seen_is_heard_with_a_place_between(text: str) -> None:
    assert "unseen" in analyse(text).markers


@pytest.mark.parametrize(
    "text",
    [
        "Second day back and I already miss the old job.",
        "Last night here and I can't sleep.",
    ],
)
def test_and_after_a_phrase_of_time_still_starts_a_clause(text: str) -> None:
    # A capital opening a sentence is not a name: "Second day back and I"
    # is not two people.
    clauses = [c.text for c in analyse(text).clauses]
    assert len(clauses) == 2 and clauses[1].startswith("and I"), clauses


@pytest.mark.parametrize(
    ("text", "point"),
    [
        (
            "I know, I know. The garden's gone wild since the op.",
            "the garden's gone wild since the op",
        ),
        ("I see. Money's been tight all year.", "money's been tight all year"),
    ],
)
def test_an_acknowledgement_is_not_the_point(text: str, point: str) -> None:
    # "You're saying you know": the "I know" only nods at what came before.
    assert analyse(text).content == point


@pytest.mark.parametrize(
    ("text", "thought"),
    [
        ("I'm scared I'm letting everyone down.", "you're letting everyone down"),
        ("I'm worried I'm too old to retrain.", "you're too old to retrain"),
    ],
)
def test_a_thought_opening_with_im_is_what_the_feeling_is_about(text: str, thought: str) -> None:
    # "I'm not a good enough dad" is a whole thought, as "I was" would be.
    about = analyse(text).about
    assert about is not None and about.text == thought, about


@pytest.mark.parametrize(
    "text",
    [
        "I was so nervous I could hardly breathe, honestly I could barely hold the mic.",
        "I'm so exhausted I nearly fell asleep at the wheel.",
        "She made me so cross I actually shouted.",
    ],
)
def test_what_a_feeling_led_to_is_not_what_it_is_about(text: str) -> None:
    # "So angry I could barely speak": "annoyed that you could barely speak"
    # makes the result the cause.
    about = analyse(text).about
    assert about is None or about.form != "clause", about


def test_even_left_hanging_by_even_though_is_trimmed() -> None:
    # "Even though ..." starts a new clause and leaves its "even" behind.
    about = analyse("I'm relieved about finishing the essay even though it was late.").about
    assert about is not None and about.text == "finishing the essay", about


def test_a_time_in_numbers_is_a_setting_too() -> None:
    for seed in range(4):
        reply = first_turn("Lately I get anxious at 4am.", seed=seed).reply
        assert "at 4am" in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "My brother got the promotion I applied for.",
        "Everyone at the party was lovely, but I left early.",
        "lol my landlord ignored my email again",
    ],
)
def test_someone_elses_good_news_or_a_lol_is_not_guessed_as_joy(text: str) -> None:
    for seed in range(3):
        turn = first_turn(text, seed=seed)
        assert not {"joy", "pride", "love", "hope", "calm"} & set(turn.reflected), turn


@pytest.mark.parametrize(
    "text", ["Right, that's all for today.", "ok off to bed now", "Anyway, got to go. Bye!"]
)
def test_taking_leave_gets_a_goodbye_not_a_restatement(text: str) -> None:
    turn = first_turn(text)
    assert turn.kind == "attending" and "/end" in turn.reply, turn


@pytest.mark.parametrize("text", ["Yes, that's it.", "That's it exactly."])
def test_thats_it_alone_is_agreement_not_goodbye(text: str) -> None:
    assert "/end" not in first_turn(text).reply


@pytest.mark.parametrize(
    "text",
    [
        "That's not what I meant, I'm disappointed.",
        "No, you've got it wrong. I feel relieved.",
        "You don't understand, I'm exhausted.",
    ],
)
def test_the_words_of_a_correction_are_not_what_the_feeling_is_about(text: str) -> None:
    # "disappointed that that's not what you meant" says the correction back as the cause.
    about = analyse(text).about
    assert about is None, about


def test_one_side_of_me_is_not_what_the_other_side_feels_about() -> None:
    # "glad that you moved out and part of you misses home": the second part
    # is the other side, not what the gladness is about.
    about = analyse("Part of me is glad I moved out and part of me misses home.").about
    assert about is not None and about.text == "you moved out", about


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("My in-laws are so exhausting.", "your in-laws"),
        ("The new rota is really annoying.", "the new rota"),
    ],
)
def test_a_word_for_an_effect_is_the_speakers_feeling_about_its_cause(
    text: str, cause: str
) -> None:
    # "exhausting", "annoying", "scary": said of something, the feeling is the
    # speaker's ("she's exhausted" is hers; "she's exhausting" is mine).
    for seed in range(3):
        turn = first_turn(text, seed=seed)
        assert turn.kind.startswith("reflection") and turn.reflected, turn
        assert cause in turn.reply, turn


def test_someone_elses_tiredness_stays_theirs() -> None:
    assert not first_turn("My sister is exhausted after her shifts.").reflected


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The flat feels so sad without my flatmate.", "without your flatmate"),
        ("I'm so lost without my routine.", "without your routine"),
        ("I feel awkward in every meeting with him.", "in every meeting"),
    ],
)
def test_without_and_every_keep_their_own_words(text: str, said: str) -> None:
    # "low about every meeting" and a "without" dropped both lose the story.
    for seed in range(3):
        reply = first_turn(text, seed=seed).reply
        assert said in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "I'm not saying I'm jealous of my cousin, but she gets all the attention.",
        "Not saying I'm nervous about the move or anything.",
    ],
)
def test_not_saying_i_am_is_a_feeling_half_said_not_denied(text: str) -> None:
    a = analyse(text)
    assert a.primary is not None and a.primary.hedged and not a.primary.negated, a.feelings


def test_jealousy_keeps_its_shade() -> None:
    for seed in range(4):
        reply = first_turn("I'm jealous of my best friend's new job.", seed=seed).reply
        assert "envious" in reply, reply


@pytest.mark.parametrize(
    ("text", "missed"),
    [
        ("I'm not cross with her, I just miss her.", "her"),
        ("Honestly I miss them so much.", "them"),
        ("I miss him.", "him"),
    ],
)
def test_who_is_missed_is_kept_when_said_as_a_pronoun(text: str, missed: str) -> None:
    about = analyse(text).about
    assert about is not None and (about.link, about.text) == ("missing", missed), about


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Not sleeping well since the move.", "you're not sleeping well since the move"),
        ("Waiting for the biopsy results.", "you're waiting for the biopsy results"),
    ],
)
def test_a_diary_line_in_ing_is_said_back_with_youre(text: str, said: str) -> None:
    assert analyse(text).content == said


def test_a_neighbouring_diary_line_said_as_the_cause_gets_its_you() -> None:
    # "pleased that Called the council" is neither English nor the listener's side.
    about = analyse("Called the council about the damp. Felt so relieved.").about
    assert about is not None and about.text.startswith("you called the council"), about


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("I burst into tears with relief in the car park.", "car park"),
        ("I was trembling with rage in the meeting room.", "meeting room"),
    ],
)
def test_a_feeling_said_with_with_is_not_about_where_it_happened(text: str, place: str) -> None:
    about = analyse(text).about
    assert about is None or place not in about.text, about


def test_relief_is_never_said_as_lighter() -> None:
    # "You're lighter" reads as weight, not relief.
    for seed in range(6):
        reply = first_turn("Honestly I feel relieved about the scan.", seed=seed).reply
        assert "lighter" not in reply, reply


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Parenthood is harder than anyone told me.", "parenthood is"),
        ("Unemployment has knocked my confidence.", "unemployment has"),
        ("Constance never calls me back.", "Constance"),
    ],
)
def test_a_common_noun_opening_a_sentence_is_lowered_mid_reply(text: str, start: str) -> None:
    assert analyse(text).content.startswith(start), analyse(text).content


@pytest.mark.parametrize("text", ["That's not quite it.", "No, that isn't really right."])
def test_a_hedged_correction_is_still_a_rupture(text: str) -> None:
    session = Session(seed=2)
    session.opening()
    session.turn("I'm so stressed about my in-laws visiting.")
    assert session.turn(text).kind == "repair"


@pytest.mark.parametrize("text", ["Yes, exactly.", "Yep, that's it.", "You've got it."])
def test_agreeing_with_a_reflection_is_met_not_restated(text: str) -> None:
    # "It sounds like that's it exactly" says their agreement back at them.
    session = Session(seed=3)
    session.opening()
    session.turn("I'm dreading the family reunion.")
    turn = session.turn(text)
    assert turn.kind == "attending" and "sounds like" not in turn.reply, turn


def test_agreeing_with_a_summary_is_met_not_restated() -> None:
    session = Session(seed=1)
    session.opening()
    session.turn("I'm worried about my mum's memory.")
    session.turn("She forgot my name on Sunday.")
    session.turn("/summary")
    turn = session.turn("Yes, that's right.")
    assert turn.kind == "attending" and "sounds like" not in turn.reply, turn


def test_people_opening_a_sentence_is_lowered_mid_reply() -> None:
    content = analyse("Honestly. Parents never listen to me.").content
    assert content.startswith("parents never"), content


@pytest.mark.parametrize("text", ["Maybe is my fault, I don't know.", "Honestly this is my fault."])
def test_blaming_oneself_is_heard_in_other_shapes(text: str) -> None:
    assert "self_judgement" in analyse(text).markers


def test_for_me_is_not_said_back_as_for_you() -> None:
    # "really sad for you" sounds like the listener's own sympathy.
    for seed in range(4):
        reply = first_turn(
            "My sister got the flat I wanted and I'm glad for her but sad for me.", seed=seed
        ).reply
        assert "for you" not in reply, reply


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        (
            "I'm so proud of my daughter, my son and my husband.",
            "your daughter, your son and your husband",
        ),
        ("I miss my flat, my friends and my old job.", "your flat, your friends and your old job"),
    ],
)
def test_a_list_after_a_feeling_is_kept_whole(text: str, listed: str) -> None:
    about = analyse(text).about
    assert about is not None and about.text == listed, about


def test_an_aside_after_a_comma_is_not_a_list() -> None:
    # "your boss, the idiot" would say their insult back as the listener's.
    about = analyse("I'm furious with my boss, the clown.").about
    assert about is not None and about.text == "your boss", about


@pytest.mark.parametrize(
    "text",
    [
        "Weekend recap: exhausted but grateful.",
        "Summary of the week: lonely, skint, weirdly calm.",
    ],
)
def test_feelings_listed_after_a_label_are_the_writers(text: str) -> None:
    # "things" or "the week" is not who feels them.
    turn = first_turn(text)
    assert turn.reflected and turn.rule != "feeling/other", turn


def test_a_person_before_the_colon_keeps_their_feeling() -> None:
    assert not first_turn("My flatmate: furious, as always.").reflected


def test_a_label_before_a_colon_is_not_what_a_feeling_is_about() -> None:
    about = analyse("What I noticed this week: I was calmer.").about
    assert about is None or "noticed" not in about.text, about


@pytest.mark.parametrize(
    "text",
    [
        "My mum is so ashamed of me.",
        "My coach was furious with me after the game.",
        "She resents me for moving away.",
    ],
)
def test_someone_elses_feeling_aimed_at_the_speaker_is_heard_as_landing_on_them(text: str) -> None:
    # "It sounds like your mum is so ashamed of you" only repeats it; it lands
    # on the person, and that is theirs to feel.
    turn = first_turn(text)
    assert turn.reflected == ("hurt",) and turn.kind == "reflection_complex", turn


@pytest.mark.parametrize(
    "text",
    [
        "I keep going over what she said and I'm so hurt.",
        "I kept picturing the crash all night, I'm shaken.",
    ],
)
def test_a_thought_going_round_is_not_an_event_recurring(text: str) -> None:
    # "It keeps happening" would say the event recurs; it is the mind that does.
    assert "recurrence" not in analyse(text).markers


def test_one_feeling_set_against_another_keeps_what_both_are_about() -> None:
    # "excited but also nervous": the "but" sets the feelings against each
    # other, not the nervousness against the move.
    about = analyse("We're moving to Leeds and I'm excited but also nervous.").about
    assert about is not None and about.text == "you're moving to Leeds", about


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Maybe I should ring my sister.", "you're thinking about ringing your sister"),
        ("Perhaps I should just leave early.", "you're thinking about leaving early"),
    ],
)
def test_an_option_weighed_is_said_as_thinking_about_it(text: str, said: str) -> None:
    # Not a standard they hold ("you're holding yourself to a standard"), and
    # not "maybe you should ring your sister", which is advice.
    a = analyse(text)
    assert "obligation" not in a.markers and a.content == said, (a.markers, a.content)


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("Can I just say that the school run is exhausting?", "the school run"),
        ("I think my landlord is making me anxious.", "your landlord"),
        ("Honestly, she is so intimidating.", "her"),
        ("Not gonna lie, they are exhausting.", "them"),
    ],
)
def test_what_has_the_effect_is_the_thing_not_the_words_leading_to_it(
    text: str, cause: str
) -> None:
    # "Can I just say that" leads into the cause and is no part of it; a
    # pronoun that has the effect is said back as "about her", not "about she".
    about = analyse(text).about
    assert about is not None and about.text == cause, about


@pytest.mark.parametrize(
    "text",
    [
        "i do not think anyone here will ever be able to get how i feel or even try to",
    ],
)
def test_a_point_cut_short_never_ends_on_a_joining_or_degree_word(text: str) -> None:
    # A tail such as "a lot" can complete "it's"; "or", "so" and "very"
    # complete nothing, so they are trimmed even after a verb.
    a = analyse(text)
    for said in (a.content, a.about.text if a.about else ""):
        assert not said.endswith((" or", " so", " very", " and")), said


def test_an_amount_that_is_the_whole_point_is_kept() -> None:
    assert analyse("Honestly, today at the office was a lot.").content.endswith("was a lot")


@pytest.mark.parametrize(
    ("text", "unwanted", "wanted"),
    [
        ("Just put the kettle on, man.", "you put", ""),
        ("Didn't matter in the end.", "you didn't", "it didn't matter"),
        ("Did you see the match last night?", "you did", ""),
        ("Watched the match with Dad.", "", "you watched the match"),
    ],
)
def test_a_left_out_subject_is_only_put_back_where_it_was_the_person(
    text: str, unwanted: str, wanted: str
) -> None:
    # A diary drops its "I"; an order, a question and what only a thing
    # does ("didn't matter": it) drop nothing of the person's.
    content = analyse(text).content.lower()
    assert not unwanted or unwanted not in content, content
    assert wanted in content, content


def test_a_sentence_of_its_own_is_not_joined_to_the_next_as_its_subject() -> None:
    content = analyse("That isn't fair. It was my turn to choose.").content
    assert ".," not in content and "isn't fair," not in content, content
    assert analyse("My sister and the kids. They wear me out.").content == (
        "your sister and the kids, they wear you out"
    )


def test_a_point_cut_at_the_word_limit_stops_on_a_word_that_can_end_it() -> None:
    # Cut by count, "... that the tenants and the" would end mid-phrase.
    text = (
        "I keep telling myself that the landlord will fix the heating before the tenants "
        "and the families upstairs give up on him completely"
    )
    content = analyse(text).content
    last = content.split()[-1]
    assert last not in {"the", "and", "a", "to", "of", "before", "that", "your"}, content


@pytest.mark.parametrize(
    "text",
    [
        "Lately I keep asking myself whether the new job is worth it.",
        "Not sure if the course is worth it any more.",
    ],
)
def test_a_value_still_being_weighed_is_not_guessed_as_glad(text: str) -> None:
    # "worth it" found so implies gladness; asked with "if"/"whether" it is
    # still being weighed, and "glad" would say the opposite of the doubt.
    assert all(f.family != "joy" for f in analyse(text).asserted)


@pytest.mark.parametrize(
    "text",
    [
        "Some days I just want to feel like myself again.",
        "I felt almost normal again today.",
        "I'd love to feel useful again.",
        "I wish I could be that carefree girl again.",
    ],
)
def test_a_return_to_how_things_were_is_not_a_pattern(text: str) -> None:
    # "again" after "myself", "normal", or a state wished back ("want to feel
    # useful again"): coming back, not a recurrence ("and not for the first
    # time" would say the opposite).
    assert "recurrence" not in analyse(text).markers


@pytest.mark.parametrize(
    "text",
    ["My landlord ignored me again.", "I feel sick again.", "Running late again, obviously."],
)
def test_again_after_something_done_or_felt_is_still_a_pattern(text: str) -> None:
    assert "recurrence" in analyse(text).markers
