"""The practice coder, by kind of utterance: the kinds of failure found by
measuring against expert-coded counselling transcripts, each pinned with
sentences written for these tests (none comes from a dataset).
"""

from __future__ import annotations

import pytest

from mirrorbot.language.coder import code


def _kind(text: str, *, transcribed: bool = False) -> tuple[str, str | None]:
    coding = code(text, transcribed=transcribed)
    return coding.code, coding.subtype


# --- a question mark: typed text vs transcribed speech -----------------------------


# Statements about what the speaker feels, wants or values, said with a "?".
RISING_INNER = [
    "So you feel let down by her?",
    "Part of you wants to stay?",
    "It's been really hard on you?",
    "You care a lot about getting this right?",
]


@pytest.mark.parametrize("text", RISING_INNER)
def test_typed_the_question_mark_is_the_learners_choice(text: str) -> None:
    # Typed practice: the learner chose the "?"; it is a closed question
    # (reflective-listening.md §2), however reflective the words.
    assert _kind(text) == ("question", "closed")


@pytest.mark.parametrize("text", [*RISING_INNER, "Sounds like the move is weighing on you?"])
def test_transcribed_a_rising_statement_about_inner_experience_is_a_reflection(
    text: str,
) -> None:
    # In a transcript the "?" is the transcriber's hearing of a rising tone:
    # a statement of what the speaker feels, wants or values is a reflection.
    assert code(text, transcribed=True).code == "reflection"


@pytest.mark.parametrize(
    "text",
    [
        "You were absolutely gutted when the offer fell through?",
        "The whole week left you on edge?",
        "So the drive home was pretty scary after that?",
        "The exam results came back and you're over the moon?",
    ],
)
def test_transcribed_any_feeling_the_lexicon_knows_is_inner_experience(text: str) -> None:
    # Not only the stock words ("feel", "worried"): any named feeling,
    # casual or British ("gutted", "on edge"), makes a rising statement a
    # reflection offered for checking; typed, it stays a closed question.
    assert code(text, transcribed=True).code == "reflection"
    assert code(text).code == "question"


@pytest.mark.parametrize(
    "text",
    [
        "Some guilt?",  # a word or two, offered to check
        "I'm sorry, the appointment is on Friday?",  # the listener's apology
        "So the good ones are on Tuesdays?",  # "good" only hints at a feeling
    ],
)
def test_transcribed_a_feeling_word_alone_does_not_make_a_reflection(text: str) -> None:
    assert _kind(text, transcribed=True) == ("question", "closed")


@pytest.mark.parametrize(
    "text",
    [
        "So that was on the Tuesday?",
        "Three nights a week?",
        "Your brother drove you home?",
        "And the appointment is next month?",
    ],
)
def test_transcribed_a_rising_statement_of_fact_checks_it(text: str) -> None:
    assert _kind(text, transcribed=True) == ("question", "closed")


def test_transcribed_real_questions_stay_questions() -> None:
    assert code("What was that like for you?", transcribed=True).subtype == "open"
    assert code("Do you feel ready?", transcribed=True).subtype == "closed"


# --- question shapes ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("So what'd you make of that?", "open"),
        ("Why'd you pick that one?", "open"),
        ("Jo, has there been a time you managed it?", "closed"),
        ("So you've got the choir on Mondays, any other things you do for fun?", "open"),
    ],
)
def test_contractions_and_fronted_names_still_ask(text: str, subtype: str) -> None:
    assert _kind(text) == ("question", subtype)


@pytest.mark.parametrize(
    "text",
    [
        "What matters most here is that you feel heard.",
        "What you're describing sounds exhausting.",
        "What keeps you going is your kids.",
        "What happened at the party was a shock for you.",
    ],
)
def test_a_wh_clause_as_subject_is_a_statement(text: str) -> None:
    assert code(text).code == "reflection"


@pytest.mark.parametrize(
    "text",
    ["What matters most to you?", "What do you think is going on", "What happened next"],
)
def test_wh_questions_are_still_questions(text: str) -> None:
    assert code(text).code == "question"


# --- a wish of the speaker's, reported, is not advice ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Part of you would like to try cutting down, and part of you enjoys it.",
        "You'd like to try talking to him first.",
        "You're hoping to take a break this summer.",
        "You're ready to give the gym another go.",
    ],
)
def test_a_reported_wish_is_a_reflection_not_advice(text: str) -> None:
    coding = code(text)
    assert coding.code == "reflection"
    assert "advising" not in coding.roadblocks


@pytest.mark.parametrize(
    "text",
    [
        "You wanna stop getting into trouble.",
        "You reckon if nothing changes you'll end up losing the flat.",
        "You figure you have to be there for her.",
        "You guess you should call him.",
    ],
)
def test_a_reported_thought_is_not_the_listeners_verdict(text: str) -> None:
    coding = code(text)
    assert coding.code == "reflection"
    assert not coding.roadblocks


# --- information with a check, and the listener's own verdicts ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The clinic opens at nine and the first visit takes an hour. Does that make sense?",
        "Most people find the second week the hardest. Any questions?",
        "We'll meet again in a fortnight and look at the diary together. Is that okay?",
        "I'd suggest writing it down each evening. What do you think?",
        "The group meets on Tuesdays and the first month is free. How does that fit for you?",
        "Some people find a short walk after dinner takes the edge off. What's your impression?",
    ],
)
def test_information_then_a_check_is_input(text: str) -> None:
    assert code(text).code == "input"


@pytest.mark.parametrize(
    "text",
    [
        "Most people find the first fortnight the hardest, and the cravings usually ease off "
        "after that. There's also a support group on Thursday evenings. Have you been before?",
        "I'd suggest keeping the phone in another room at night and getting up at the same "
        "time every day, even at weekends. Is that doable?",
    ],
)
def test_mostly_the_listeners_material_with_a_question_as_a_coda_is_input(text: str) -> None:
    assert code(text).code == "input"


def test_a_reflection_then_a_question_is_still_a_question() -> None:
    assert code("You've had a really rough week with all of this. What would help?").code == (
        "question"
    )


def test_a_real_question_after_information_is_still_a_question() -> None:
    assert code("The group meets on Thursdays. What would make it easier to go?").code == (
        "question"
    )


@pytest.mark.parametrize(
    "text",
    [
        "That sounds good.",
        "Okay, that's a big step.",
        "That's a really good idea.",
        "Sam, thanks for coming in today.",
    ],
)
def test_the_listeners_verdict_or_thanks_is_other(text: str) -> None:
    assert code(text).code == "other"


@pytest.mark.parametrize(
    "text", ["That sounds hard.", "That sounds lonely.", "That's a lot to carry on your own."]
)
def test_naming_their_experience_is_still_a_reflection(text: str) -> None:
    assert code(text).code == "reflection"


@pytest.mark.parametrize(
    "text",
    [
        "It was really nice talking with you today.",
        "My pleasure.",
        "I've enjoyed our chat this afternoon.",
        "I really admire you for coming back after last time.",
    ],
)
def test_pleasantries_and_the_listeners_regard_are_other(text: str) -> None:
    assert code(text).code == "other"


def test_niceness_of_someone_in_their_story_is_still_a_reflection() -> None:
    assert code("It was really nice of your sister to drive you.").code == "reflection"


@pytest.mark.parametrize(
    "text",
    [
        "I'll see you next week.",
        "We'll see you in a fortnight, then.",
        "I look forward to hearing how it goes.",
    ],
)
def test_a_farewell_or_the_next_meeting_is_other(text: str) -> None:
    assert code(text).code == "other"


def test_a_plan_the_listener_makes_is_still_input() -> None:
    assert code("I'll send you the leaflet about the group.").code == "input"


def test_a_wh_clause_statement_that_rises_is_a_declarative_question() -> None:
    text = "What I'm hearing is that you don't feel ready?"
    assert _kind(text) == ("question", "closed")
    assert code(text, transcribed=True).code == "reflection"


# --- a general truth is the listener's information ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Swimming is a good exercise for sore joints.",
        "Caffeine late in the day can make it harder to fall asleep.",
        "Poor sleep is linked to low mood.",
        "When people start skipping meals, that's often an early sign of stress.",
        "Headaches are a common side effect in the first week.",
        "There's really no such thing as a safe amount of smoking.",
    ],
)
def test_a_general_truth_is_information(text: str) -> None:
    # How things are for anyone (a finding, a side effect, a sign) is the
    # listener's material, not a reflection of this speaker.
    assert (code(text).code, code(text).detail) == ("input", "information")


@pytest.mark.parametrize(
    "text", ["It's no more than two cups of coffee after lunch.", "Just one tablet at bedtime."]
)
def test_a_limit_or_a_dose_is_information(text: str) -> None:
    assert code(text).code == "input"


def test_the_speakers_own_amount_said_back_is_a_reflection() -> None:
    speaker = "I have about six drinks a day, most days."
    assert code("So six drinks a day, most days.", speaker).code == "reflection"
    assert code("You're having about six drinks a day at the moment.").code == "reflection"


@pytest.mark.parametrize(
    "text",
    [
        "You've noticed that sleep affects your mood.",
        "It sounds like caffeine keeps you up at night.",
        "The late nights can make it worse for you.",
    ],
)
def test_the_same_kind_of_claim_about_the_speaker_is_a_reflection(text: str) -> None:
    assert code(text).code == "reflection"


# --- an option put on the table ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "One thing you could do is write the letter and not send it.",
        "Another option would be to ask your sister to cover Sundays.",
        "So one idea you might try is leaving the phone in the kitchen.",
        "The other option is for you to take the later train.",
    ],
)
def test_an_option_offered_to_them_is_advice(text: str) -> None:
    coding = code(text)
    assert (coding.code, coding.detail) == ("input", "advice")
    assert "advising" in coding.roadblocks


@pytest.mark.parametrize(
    "text",
    ["A good place to start might be the evenings.", "One thing people can do is keep a diary."],
)
def test_an_option_in_general_is_information(text: str) -> None:
    assert (code(text).code, code(text).roadblocks) == ("input", ())


def test_their_own_option_said_back_is_still_a_reflection() -> None:
    # The option is theirs: "you said" / "you've been thinking" frames it.
    assert code("You've been thinking that one option is moving closer to your mum.").code == (
        "reflection"
    )


# --- a reflection in the listener's first person -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I understand that your partner wants you home earlier.",
        "I heard you say the evenings are the worst.",
        "I gather you've had a rough few weeks.",
        "I've heard you mention your brother a few times.",
    ],
)
def test_the_listeners_perception_of_the_speaker_is_a_reflection(text: str) -> None:
    # "I" here is only the frame: what is said is about the speaker.
    assert code(text).code == "reflection"


@pytest.mark.parametrize(
    "text", ["I've got some leaflets about the group.", "I read that your scores went up."]
)
def test_the_listeners_own_material_in_the_first_person_is_still_input(text: str) -> None:
    assert code(text).code == "input"


@pytest.mark.parametrize(
    "text",
    [
        "Alright, the other thing is that I often see people stall in the second week.",
        "Sleep matters a lot, and that's what I tell everyone who comes in here.",
        "Okay, one of the things I'm noticing is how often the evenings come up.",
        "The last part of the session, we usually keep for planning.",
    ],
)
def test_the_listeners_own_doing_later_in_the_sentence_is_input(text: str) -> None:
    # Not only a sentence that opens with "I": the listener's practice, what
    # they notice or tell everyone, in a later clause, is their material.
    assert code(text).code == "input"


@pytest.mark.parametrize(
    "text",
    [
        "Some of this seems connected, I think we're getting somewhere with it.",
        "It's hard when the evenings drag, I imagine that's when you miss him most.",
        'So she said "I do see your point" and then walked out.',
    ],
)
def test_the_listeners_perception_or_someone_elses_words_are_not_the_listeners_material(
    text: str,
) -> None:
    assert code(text).code == "reflection"


def test_claimed_understanding_is_still_a_roadblock() -> None:
    coding = code("I understand how you feel.")
    assert "claimed_understanding" in coding.roadblocks
    assert coding.code == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Here's a sheet with some breathing exercises on it.",
        "There's something else I wanna mention about the dosage.",
    ],
)
def test_handing_over_material_is_input(text: str) -> None:
    assert code(text).code == "input"


def test_here_you_are_about_the_speaker_is_still_a_reflection() -> None:
    assert code("Here you are, talking about it at last.").code == "reflection"


# --- open and closed: what kind of answer the question asks for --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Have you thought at all about how you'd tell her?",
        "Have you given any thought to what you'd say to him?",
        "Do you have a sense of what set it off?",
    ],
)
def test_a_yes_no_frame_around_their_own_ideas_is_open(text: str) -> None:
    # The answer wanted is their thinking, not a yes.
    assert _kind(text) == ("question", "open")


@pytest.mark.parametrize(
    "text", ["Do you know how long the course lasts?", "Do you know what time the group starts?"]
)
def test_asking_whether_they_know_a_fact_is_closed(text: str) -> None:
    assert _kind(text) == ("question", "closed")


@pytest.mark.parametrize(
    "text",
    [
        "What time does your shift usually finish?",
        "So what day would suit you for the next one?",
        "What's your sister's name?",
        "Which year did you move over here?",
    ],
)
def test_a_wh_question_for_one_fact_is_closed(text: str) -> None:
    # A time, a day, a name: one answer, however it starts.
    assert _kind(text) == ("question", "closed")


@pytest.mark.parametrize(
    "text",
    ["What was that time like for you?", "What's the name of the game for you now?",
     "What did that day mean to you?"],
)  # fmt: skip
def test_the_same_words_later_in_an_open_question_stay_open(text: str) -> None:
    assert _kind(text) == ("question", "open")


@pytest.mark.parametrize("text", ["So the next morning you'd do what?", "Your mum would say what?"])
def test_a_wh_word_left_at_the_end_still_asks_openly(text: str) -> None:
    assert _kind(text) == ("question", "open")


# --- a broken-off scrap ------------------------------------------------------------------


@pytest.mark.parametrize("text", ["And you were-", "So then--", "You're..."])
def test_a_scrap_with_nothing_in_it_yet_is_other(text: str) -> None:
    assert code(text, transcribed=True).code == "other"


@pytest.mark.parametrize("text", ["Your sister-", "So, money--"])
def test_a_scrap_that_echoes_something_is_still_a_reflection(text: str) -> None:
    assert code(text, transcribed=True).code == "reflection"


@pytest.mark.parametrize(
    "text",
    [
        "Your score puts you in what we call the moderate range.",
        "You might not be aware that the patches come in different strengths.",
        "If anything comes up before then, feel free to ring the office.",
        "You can always email me if the dates change.",
        "That's something you could raise with your GP next time.",
    ],
)
def test_a_term_of_art_news_or_an_open_door_is_input_even_about_you(text: str) -> None:
    # "You" in these is who the information is for, not what is reflected.
    assert code(text).code == "input"


def test_wondering_whether_something_is_possible_for_them_is_a_reflection() -> None:
    assert code("So you're not sure this is something you could keep up.").code == "reflection"


# --- roadblock words inside a real question or the listener's own plan --------------------


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("How could you handle it differently next time?", "open"),
        ("And how about your sleep?", "open"),
        ("Where do you think you should go from here?", "open"),
        ("Same time next week?", "closed"),
    ],
)
def test_a_real_question_is_not_a_roadblock(text: str, subtype: str) -> None:
    # "how could you" asking for their ideas is not "how could you (do that)!";
    # "how about your..." asks about them; "you should" after "do you think"
    # is theirs to answer; "same" there is not "me too".
    coding = code(text)
    assert (coding.code, coding.subtype, coding.roadblocks) == ("question", subtype, ())


def test_the_listener_making_sure_of_something_is_not_advice() -> None:
    coding = code("I want to make sure you have everything you need before Friday.")
    assert "advising" not in coding.roadblocks


# --- "do"/"have" + a noun without a question mark: an imperative or a parting wish --------


@pytest.mark.parametrize(
    "text", ["Have a good weekend.", "Have a lovely evening, see you Tuesday."]
)
def test_a_parting_wish_is_other(text: str) -> None:
    coding = code(text)
    assert (coding.code, coding.roadblocks) == ("other", ())


@pytest.mark.parametrize("text", ["Do your homework first.", "Have a look at the leaflet."])
def test_do_or_have_with_a_noun_and_no_question_mark_is_not_a_question(text: str) -> None:
    assert code(text).code == "input"


def test_do_with_a_noun_and_a_question_mark_still_asks() -> None:
    assert _kind("Do your parents know?") == ("question", "closed")


def test_you_could_tell_someone_else_is_advice_not_an_invitation() -> None:
    # "You could tell me more" invites; "you could tell her..." suggests.
    coding = code("You could tell her how you feel.")
    assert (coding.code, coding.detail) == ("input", "advice")
    assert "advising" in coding.roadblocks
    invitation = code("You could tell me more about that.")
    assert (invitation.code, invitation.subtype) == ("question", "open")


# --- "I wonder if...": a tentative reflection or a question -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I wonder if you're more hurt than angry.",
        "I wonder if part of you is relieved.",
        "I wonder if it's been lonelier than you expected.",
    ],
)
def test_i_wonder_if_about_their_state_is_a_tentative_reflection(text: str) -> None:
    # reflective-listening.md §4: an implied feeling is reflected tentatively.
    assert code(text).code == "reflection"


@pytest.mark.parametrize(
    "text",
    ["I wonder if you've thought about other ways to cope.", "I wonder what you make of it."],
)
def test_i_wonder_about_their_thinking_asks(text: str) -> None:
    assert _kind(text) == ("question", "open")


# --- rounds after the first: kinds found on the tuning half, pinned here ----------------


@pytest.mark.parametrize(
    "text",
    [
        "It's like you're running up a down escalator.",
        "Kind of feels like being the only grown-up in the house.",
        "So it's almost like your evenings belong to everyone but you.",
        "Like a fresh page.",
    ],
)
def test_a_simile_for_their_experience_makes_a_reflection_complex(text: str) -> None:
    coding = code(text, "Work, then the kids, then the dishes, and then I fall asleep.")
    assert (coding.code, coding.subtype) == ("reflection", "complex")


@pytest.mark.parametrize(
    "text",
    [
        "You feel like nobody at work notices.",  # "you feel like": a thought
        "You'd like a quieter week.",  # a wish, not a likeness
        "You just like the taste of it.",  # "like" as enjoy
    ],
)
def test_like_that_is_not_a_simile_adds_nothing(text: str) -> None:
    from mirrorbot.language.coder import _SIMILE

    assert _SIMILE.search(text.lower()) is None


@pytest.mark.parametrize(
    "text",
    ["All the best with the move.", "Best of luck on Thursday.", "Good luck, see you soon."],
)
def test_a_wish_of_luck_at_parting_is_other(text: str) -> None:
    assert code(text).code == "other"


def test_luck_in_what_they_said_is_still_a_reflection() -> None:
    assert code("You've had a run of bad luck with landlords.").code == "reflection"


@pytest.mark.parametrize(
    "text",
    [
        "I wonder if we could come back to that next week.",
        "I'm wondering whether I could share something a colleague tried.",
        "So I'm just wondering if we might look at the budget together?",
    ],
)
def test_wondering_aloud_about_a_plan_is_a_closed_question(text: str) -> None:
    # A proposal the speaker accepts or turns down, like "Could we...?".
    assert _kind(text) == ("question", "closed")


@pytest.mark.parametrize(
    "text",
    ["I wonder what we could try next.", "I'm wondering how you'd like to spend the time."],
)
def test_wondering_what_or_how_stays_open(text: str) -> None:
    assert _kind(text) == ("question", "open")


@pytest.mark.parametrize(
    "text",
    [
        "There's a leaflet about the clinic's evening hours and a phone line for weekends. Would you like some information on it?",
        "I've got a couple of thoughts from other parents I've worked with about bedtimes. Is it okay if I share one?",
        "We have about ten minutes left and there's the questionnaire from the front desk as well. Can I go through it with you?",
        "The team put together a sheet of options for carers in your area last spring. Would that be okay?",
    ],
)
def test_asking_leave_after_own_material_is_a_question_not_a_coda(text: str) -> None:
    # Long material, then asking leave to go on: the speaker decides what
    # happens next, so the reply asks (closed), even though the material is
    # more than twice the length of the question.
    assert _kind(text) == ("question", "closed")


def test_a_check_after_information_is_still_a_coda() -> None:
    # Near miss: "Does that make sense?" after information asks nothing new.
    coding = code(
        "Most people find the first fortnight the hardest, and the cravings ease after that. Does that make sense?"
    )
    assert coding.code == "input"


@pytest.mark.parametrize(
    "text",
    [
        "I think so. You've been carrying the house on your own for months.",
        "Oh my goodness. That sounds like a frightening drive home.",
        "I guess so. So the new rota has taken your weekends too.",
    ],
)
def test_a_sentence_that_only_agrees_or_exclaims_does_not_make_input(text: str) -> None:
    # "I think so.", "Oh my gosh.": an acknowledgement, like "mm-hmm"; the
    # reflection after it is what the reply does.
    assert code(text).code == "reflection"


def test_agreeing_alone_is_other() -> None:
    assert code("I suppose so.").code == "other"


@pytest.mark.parametrize(
    "text",
    [
        "I think it's time to cut back.",
        "I think so, and the group meets on Thursdays at six.",
        "I reckon so. The group meets on Thursdays, and I can book you a place.",
    ],
)
def test_the_listener_thinking_something_is_not_an_aside(text: str) -> None:
    assert code(text).code == "input"


# --- issue 7: kinds counted on the tuning half, fixed by kind ---------------------------


@pytest.mark.parametrize(
    ("said", "reply"),
    [
        ("I keep checking my phone to see if she replied.", "You're anxious."),
        ("My chest goes tight before every meeting.", "You feel scared."),
        ("I've rewritten this email eleven times.", "You're worried about it."),
    ],
)
def test_naming_a_feeling_they_only_implied_is_complex(said: str, reply: str) -> None:
    # The speaker showed the feeling (a cue) without naming it; naming it is
    # the unstated feeling of reflective-listening.md §2, even in a few words.
    coding = code(reply, said)
    assert (coding.code, coding.subtype, coding.detail) == ("reflection", "complex", "feeling")


def test_naming_the_feeling_they_named_stays_simple() -> None:
    # Near miss: the same words after the speaker said the feeling.
    coding = code("You're anxious about it.", "I'm so anxious about the meeting.")
    assert (coding.code, coding.subtype) == ("reflection", "simple")


@pytest.mark.parametrize(
    "text",
    [
        "Is there anything else you'd want to put on the list?",
        "Are there any other worries about the new job?",
        "Is there anything more that happened that night?",
    ],
)
def test_is_there_anything_else_invites_more_like_anything_else(text: str) -> None:
    # "Is there anything else...?" asks for whatever else there is, as
    # "Anything else?" does: open, not a yes or no.
    assert _kind(text) == ("question", "open")


def test_is_there_a_particular_thing_stays_closed() -> None:
    # Near miss: one thing to confirm, not an invitation to add more.
    assert _kind("Is there a bus that goes there?") == ("question", "closed")


@pytest.mark.parametrize(
    "text",
    [
        "Do you still see your old team much, or?",
        "Have you talked to anyone at home about it or",
        "So that was over the weekend, or?",
    ],
)
def test_a_yes_no_question_trailing_off_on_or_is_open(text: str) -> None:
    # The listener leaves the other answers unsaid for the speaker to give.
    assert _kind(text, transcribed=True) == ("question", "open")
    assert _kind(text) == ("question", "open")


def test_an_either_or_with_both_sides_said_stays_closed() -> None:
    # Near miss: both alternatives named; the speaker picks one.
    assert _kind("Do you drive there or take the bus?") == ("question", "closed")


@pytest.mark.parametrize(
    "text", ["Okay, so, the commute.", "Right, and your sister.", "Mm, so rent."]
)
def test_a_few_words_after_so_name_what_they_said_even_after_okay(text: str) -> None:
    # "So, money." names the speaker's topic back (a reflection); an
    # opening "okay" or "right" before the "so" does not change that.
    assert code(text).code == "reflection"


def test_a_few_words_with_no_so_stay_an_acknowledgement() -> None:
    assert code("Okay, fair point.").code == "other"


@pytest.mark.parametrize(
    ("spoken", "folded"),
    [
        ("Anyone-anyone else at home?", "anyone else at home?"),
        ("Whatever-whatever you decide.", "whatever you decide."),
        ("Wh-what happened then?", "what happened then?"),
    ],
)
def test_a_stutter_is_folded_whatever_the_length_of_the_word(spoken: str, folded: str) -> None:
    from mirrorbot.language.coder import _normalise

    assert _normalise(spoken.lower()) == folded


def test_a_long_repeated_word_stutter_keeps_its_question_shape() -> None:
    # "Anything-anything else...?" asks "Anything else...?": an open invitation.
    assert _kind("Anything-anything else on your mind?", transcribed=True) == ("question", "open")


# --- where the question is: after fronted clauses, fillers and "then" -----------


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        (
            "When you picture the move, the new job, the commute, how ready do you feel for it?",
            "open",
        ),
        ("If you think about your brother, the farm, all of it, what stands out?", "open"),
        ("When you add it all up, the rent, the loans, is it more than you earn?", "closed"),
    ],
)
def test_a_question_after_several_fronted_clauses_is_found(text: str, subtype: str) -> None:
    # The fronted clause can hold commas of its own; the question is the
    # first clause that starts like one, not only the one after the first comma.
    assert _kind(text) == ("question", subtype)
    assert _kind(text, transcribed=True) == ("question", subtype)


def test_a_filler_between_commas_keeps_the_clause_boundary() -> None:
    # ", you know," is dropped, but its comma stays: the question after the
    # fronted phrase is still found, with or without a question mark.
    text = "Thinking about your sister, you know, how would you describe the way you two get on."
    assert _kind(text, transcribed=True) == ("question", "open")


def test_a_question_after_so_and_then_keeps_its_open_shape() -> None:
    text = "Okay, so and then what's it like for you after the meeting?"
    assert _kind(text) == ("question", "open")


@pytest.mark.parametrize(
    "text",
    [
        "Does drinking make you feel calmer?",
        "Has work always come first for you?",
        "Is weekend drinking something that worries you?",
        "Did running help with the stress?",
    ],
)
def test_an_auxiliary_before_a_noun_asks_even_in_a_transcript(text: str) -> None:
    # An inverted question whose subject is a noun ("drinking", "work") is
    # a question, not a rising statement about their inner world.
    assert code(text, transcribed=True).code == "question"
    assert code(text, transcribed=True).subtype == "closed"


# --- a reflection offered with a rising tone -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sounds like the new job changes things at home",
        "It seems the weekends are where you feel it most",
        "You want your Saturdays back",
    ],
)
def test_a_rising_reflection_in_a_transcript_checks_a_guess_so_is_complex(text: str) -> None:
    # Said flat, these restate; said with a rise, the listener is checking
    # a guess that goes beyond the words (complex). Typed, the "?" still
    # makes a closed question (reflective-listening.md §2).
    said = "I started the new job in March and my weekends are gone."
    flat = code(text + ".", said, transcribed=True)
    rising = code(text + "?", said, transcribed=True)
    assert (flat.code, flat.subtype) == ("reflection", "simple")
    assert (rising.code, rising.subtype) == ("reflection", "complex")
    assert code(text + "?", said).code == "question"


@pytest.mark.parametrize(
    "ask",
    [
        "Would you like some information about it?",
        "Would you be interested in hearing more?",
        "Would you mind if I went through the details?",
        "Are you open to hearing how it works?",
    ],
)
def test_asking_leave_in_its_common_phrasings_is_not_a_coda(ask: str) -> None:
    # "some information" (a missing space in the pattern missed it), and an
    # offer put for the speaker to take or leave.
    given = (
        "There is a support group at the library on Thursdays, and a lot of people "
        "find the first visit easier than they expected."
    )
    assert code(f"{given} {ask}").code == "question"


@pytest.mark.parametrize(
    "text",
    [
        "So the office moved and you are not too thrilled, huh?",
        "And your sister never seemed very pleased with the plan?",
        "So the new flat is not exactly cheerful?",
    ],
)
def test_transcribed_a_denied_feeling_is_still_inner_experience(text: str) -> None:
    # "Not too thrilled" speaks of a feeling as much as "thrilled" does: a
    # rising statement of it is a reflection offered for checking.
    assert code(text, transcribed=True).code == "reflection"
    assert code(text).code == "question"


@pytest.mark.parametrize(
    "text",
    [
        "So you actually didn't miss a single class this term.",
        "So you really didn't miss a single class this term.",
    ],
)
def test_emphasis_is_not_added_meaning(text: str) -> None:
    # "Really" and "actually" stress what was said; they do not go beyond
    # it, so they are no evidence of a complex reflection.
    said = "I went walking every day this winter, even in the snow."
    assert code(text, said).subtype == "simple"


@pytest.mark.parametrize(
    "text",
    [
        "Thinking back to the summer, did you feel any different.",
        "And around the exams, do you sleep much at all",
        "Right now, is there something that gets in the way.",
    ],
)
def test_an_inverted_question_after_a_fronted_phrase_asks_without_its_mark(text: str) -> None:
    # Transcripts drop question marks; "..., did you / do you / is there"
    # after a fronted phrase asks as "..., what did you" already does.
    assert _kind(text, transcribed=True) == ("question", "closed")


# --- information: what a thing is, does or makes worse; explanations ------------


@pytest.mark.parametrize(
    "text",
    [
        "Alcohol is a depressant.",
        "Nicotine is an appetite suppressant.",
        "Caffeine can make anxiety worse.",
        "Those tablets work best when taken at the same time each day.",
        "The reason it matters is that the level has to stay steady.",
        "That is because the body gets used to the dose.",
        "What happens is the body gets used to the dose.",
        "Exercise is good for low mood.",
        "Postnatal depression is very common.",
        "Lack of sleep can make anyone irritable.",
        "A bottle of wine is about ten units.",
        "That is way over the limit.",
        "Guilt is a normal part of grief.",
    ],
)
def test_a_general_fact_or_an_explanation_is_information(text: str) -> None:
    said = "I keep forgetting my tablets and then I feel dizzy."
    coding = code(text, said)
    assert (coding.code, coding.detail, coding.roadblocks) == ("input", "information", ())


@pytest.mark.parametrize(
    "text",
    [
        "It sounds like the dizziness makes everything harder.",
        "So the tablets work best for you when you take them at breakfast.",
    ],
)
def test_the_same_words_about_the_speaker_stay_a_reflection(text: str) -> None:
    said = "I keep forgetting my tablets and then I feel dizzy."
    assert code(text, said).code == "reflection"


def test_at_the_same_time_each_day_is_not_both_sides() -> None:
    coding = code("You take them at the same time each day now.")
    assert coding.code == "reflection" and coding.detail != "double"


@pytest.mark.parametrize(
    "text",
    [
        "You want to be there for him, and you also love your work here.",
        "You miss him, and you still love your flat here.",
    ],
)
def test_a_double_sided_reflection_joined_by_and_is_double(text: str) -> None:
    # reflective-listening.md §2: both sides joined by "and" (the form a
    # learner is taught), not only by "but" or "part of you".
    said = "I cannot decide whether to move back home to look after my dad or stay here."
    coding = code(text, said)
    assert (coding.code, coding.subtype, coding.detail) == ("reflection", "complex", "double")


def test_two_things_done_joined_by_and_also_are_not_both_sides() -> None:
    coding = code("You went to the gym, and you also went swimming.")
    assert coding.detail != "double"


@pytest.mark.parametrize(
    "text",
    [
        "It must feel like everyone is watching and waiting for you to fail.",
        "It might seem like nobody notices how hard you work.",
    ],
)
def test_imagining_how_it_feels_for_them_is_complex(text: str) -> None:
    said = "Exams start next week and I haven't revised. My parents think I'm lazy."
    coding = code(text, said)
    assert (coding.code, coding.subtype) == ("reflection", "complex")


# --- issue 7, later rounds: claimed understanding, said bare ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I hear you.",
        "I understand.",
        "Okay, I get it.",
        "I see what you mean.",
        "I get where you're coming from.",
        "I hear what you're saying.",
    ],
)
def test_a_bare_claim_of_understanding_is_other_not_a_reflection(text: str) -> None:
    # Saying one understands shows nothing of what was understood: no
    # content goes back to the speaker, so it is not a reflection (nor the
    # listener's information); it is the claimed-understanding roadblock.
    coding = code(text, "My sister keeps cancelling on me at the last minute.")
    assert (coding.code, coding.roadblocks) == ("other", ("claimed_understanding",))


@pytest.mark.parametrize(
    "text",
    [
        "I understand, you're fed up with being the one who always gives way.",
        "I get it, the new rota is wearing you down.",
        "I hear you, the last few weeks have been one thing after another.",
    ],
)
def test_a_claim_of_understanding_leading_into_a_reflection_is_the_reflection(text: str) -> None:
    # The words after the comma show what was understood: the reply is a
    # reflection, and no roadblock (the understanding is shown, not claimed).
    coding = code(text)
    assert (coding.code, coding.roadblocks) == ("reflection", ())


def test_a_claim_of_understanding_then_a_reflection_is_a_reflection() -> None:
    coding = code("I hear you. Being left out of the planning stung.")
    assert coding.code == "reflection"


# --- a check of the hearing said as its own sentence --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "You feel stuck between the two of them. Is that right?",
        "Part of you is dreading the holidays. Did I get that right?",
        "It sounds like you're running on empty. Is that what it's like?",
        "You want your effort to be noticed. Does that sum it up?",
    ],
)
def test_a_hearing_check_after_a_reflection_is_read_as_its_tag(text: str) -> None:
    # reflective-listening.md §2: "It sounds like..., is that right?" is a
    # reflection and a question. Said as two sentences it is the same move.
    # In a transcript, after the speaker's inner world, it is a reflection
    # offered for checking; typed, the learner's closed question, with the
    # tag's tip (not the generic closed-question one).
    assert code(text, transcribed=True).code == "reflection"
    typed = code(text)
    assert (typed.code, typed.subtype) == ("question", "closed")
    assert "tag_question" in [tip.id for tip in typed.tips]


def test_a_hearing_check_after_a_restated_fact_stays_a_question() -> None:
    # As with a tag: a fact checked is a closed question.
    coding = code("You moved out in the spring. Did I get that right?", transcribed=True)
    assert (coding.code, coding.subtype) == ("question", "closed")


# --- a wh-question that opens with a preposition ------------------------------------


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("In what ways has the move changed things at home?", "open"),
        ("To what extent does the noise keep you up?", "open"),
        ("At what point did the evenings start to feel long?", "open"),
        ("With whom do you talk it over?", "open"),
        ("For how long have the headaches been coming?", "closed"),
        ("In which month did the lease end?", "closed"),
    ],
)
def test_a_preposition_before_the_wh_word_keeps_the_questions_shape(
    text: str, subtype: str
) -> None:
    # The wh-word decides, as without the preposition; before this the
    # question read as a statement with a "?" (closed, and the tip told the
    # learner to drop the question mark from a real question).
    coding = code(text)
    assert (coding.code, coding.subtype) == ("question", subtype)
    assert "question_mark" not in [tip.id for tip in coding.tips]


@pytest.mark.parametrize(
    "text",
    [
        "Out of how much you gave up, the evenings hurt most.",
        "Of what you lost, the garden mattered.",
    ],
)
def test_a_preposition_and_wh_word_inside_a_statement_is_not_a_question(text: str) -> None:
    assert code(text).code == "reflection"


# --- what is asked after a fronted phrase or "I'm wondering," -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Before we finish, could you describe what a good week looks like?",
        "Looking back on the summer, would you tell me what kept you going?",
        "Just so I follow, can you walk me through the morning it happened?",
    ],
)
def test_a_request_for_a_description_after_a_fronted_phrase_is_open(text: str) -> None:
    # "Could you describe...?" is open at the start of a sentence; a phrase
    # put in front of it does not make it a yes/no question.
    assert (code(text).code, code(text).subtype) == ("question", "open")


def test_a_yes_no_question_after_a_fronted_phrase_is_still_closed() -> None:
    assert code("Before we finish, could we book the next one?").subtype == "closed"


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("I'm wondering, have you had a full night's sleep this month?", "closed"),
        ("I was curious, did your brother ever ring back?", "closed"),
        ("I'm wondering, what did the weekend away give you?", "open"),
    ],
)
def test_the_question_after_im_wondering_decides_open_or_closed(text: str, subtype: str) -> None:
    # "I'm wondering" before a comma only announces the question; what
    # follows is what the speaker answers.
    assert (code(text).code, code(text).subtype) == ("question", subtype)


# --- "you should be proud": praise, not a duty ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "You should be proud of yourself.",
        "You should feel really pleased with how the interview went.",
        "You should be chuffed with that.",
        "Honestly, you should be so proud of the garden.",
    ],
)
def test_you_should_be_proud_is_praise_not_moralizing_or_advice(text: str) -> None:
    # Gordon's praising: a verdict of approval. It lays no duty on them and
    # advises nothing, so it is neither moralizing nor advising (nor input).
    coding = code(text)
    assert (coding.code, coding.roadblocks) == ("other", ("praising",))


def test_praise_then_a_real_question_is_the_question() -> None:
    # "you should" no longer reads as advice dressed as a question.
    coding = code("You should be proud of that, and what helped you keep at it?")
    assert (coding.code, coding.subtype) == ("question", "open")


@pytest.mark.parametrize(
    "text", ["You should be ashamed of yourself.", "You should be grateful she stayed."]
)
def test_you_should_be_ashamed_or_grateful_is_still_moralizing(text: str) -> None:
    assert "moralizing" in code(text).roadblocks


# --- a relative clause that goes on from the speaker's words -------------------------


@pytest.mark.parametrize(
    "text", ["which is hard.", "which must wear you out.", "which makes the evenings drag."]
)
def test_a_which_clause_continuing_the_speakers_sentence_is_a_reflection(text: str) -> None:
    # The listener finishes the speaker's sentence: "...which is hard." is
    # not "Which is it?" (before this: a closed question, or for three
    # words an acknowledgement).
    said = "I'm up at five for the early shift and I don't get home till eight"
    assert code(text, said).code == "reflection"


@pytest.mark.parametrize(
    "text", ["Which would you rather keep", "Which one do you mean", "Which of them do you trust"]
)
def test_which_before_an_auxiliary_and_subject_asks_even_without_a_mark(text: str) -> None:
    assert (code(text).code, code(text).subtype) == ("question", "closed")


# --- an amplified reflection -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "So there's really nothing at all anyone could do to change her mind.",
        "Nobody whatsoever at that office has noticed.",
        "You never, ever get a single evening off.",
        "It's the worst job in the whole world.",
    ],
)
def test_an_amplified_reflection_is_complex(text: str) -> None:
    # reflective-listening.md §2: overstating their position, gently, so
    # they can step back from it, goes beyond their words: complex.
    said = "My manager keeps piling work on me and nobody there seems to see it."
    coding = code(text, said)
    assert (coding.code, coding.subtype) == ("reflection", "complex")


def test_an_absolute_said_plainly_is_not_amplification() -> None:
    said = "I do all the cooking and all the washing and nobody thanks me."
    coding = code("You do everything at home.", said)
    assert coding.subtype == "simple"


# --- evidence counted once --------------------------------------------------------------


def test_almost_alone_is_degree_not_added_meaning() -> None:
    # "almost" counted as an inference and "almost like" as a likeness made
    # a plain restatement complex; "almost" alone is how much, not a guess.
    said = "I ran out of money on Thursday and had to borrow from my sister."
    coding = code("You were almost broke by the end of the week.", said)
    assert (coding.code, coding.subtype) == ("reflection", "simple")


@pytest.mark.parametrize(
    "text",
    [
        "It's as if the money just slips through your fingers.",
        "Almost as though you were a guest in your own flat.",
    ],
)
def test_as_if_offered_by_the_listener_is_a_likeness(text: str) -> None:
    # "as if" weighs as a simile does ("it's like..."), once.
    said = "I ran out of money on Thursday and had to borrow from my sister."
    coding = code(text, said)
    assert (coding.code, coding.subtype) == ("reflection", "complex")


@pytest.mark.parametrize(
    "text", ["How come you stayed on", "How come your brother never rang back"]
)
def test_how_come_without_a_mark_is_a_why_question(text: str) -> None:
    # "How come..." asks why (reflective-listening.md §2: almost never
    # "why"); without a "?" it read as a statement that happened to carry
    # the interrogating roadblock.
    coding = code(text)
    assert (coding.code, coding.subtype) == ("question", "open")
    assert "why_question" in [tip.id for tip in coding.tips]
