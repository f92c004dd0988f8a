"""The practice coder: what a learner would notice if it got them wrong.

Every phrasing here is written for these tests (none comes from a dataset).
"""

from __future__ import annotations

import argparse
import io
import json
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mirrorbot.commands import code as code_command
from mirrorbot.language import roadblocks as rb
from mirrorbot.language.coder import Coding, code

# --- statements and questions -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "It sounds like you're worried she'll leave.",
        "You've been carrying this on your own for a long time.",
        "You're exhausted.",
        "Part of you wants to tell him, and part of you is scared of what happens next.",
        "It's been a really hard week.",
        "So the late nights are starting to get to you.",
    ],
)
def test_statements_about_the_speaker_are_reflections(text: str) -> None:
    assert code(text).code == "reflection"


@pytest.mark.parametrize(
    "text",
    [
        "So you feel angry?",
        "You're worried she'll leave?",
        "It sounds like you're stuck, right?",
        "You feel let down by him, is that right?",
        "So the job is getting to you, yeah?",
    ],
)
def test_a_reflection_with_a_question_mark_or_tag_is_a_closed_question(text: str) -> None:
    coding = code(text)
    assert (coding.code, coding.subtype) == ("question", "closed")
    assert {"question_mark", "tag_question"} & {t.id for t in coding.tips}


@pytest.mark.parametrize(
    "text",
    [
        "What was that like for you?",
        "How are you making sense of it?",
        "Tell me more about your sister.",
        "What happened after the meeting?",
        "I wonder what that brought up for you.",
        "Could you say more about what you mean by stuck?",
        "How did you feel when she said that?",
    ],
)
def test_open_questions(text: str) -> None:
    coding = code(text)
    assert (coding.code, coding.subtype) == ("question", "open")


@pytest.mark.parametrize(
    "text",
    [
        "Do you want to talk about it?",
        "Is it always like this at work?",
        "Have you told anyone else?",
        "Are you angry with her?",
        "Did he call you back?",
        "How many hours did you sleep?",
        "What, are you going to quit then?",
        "Is she your friend or your manager?",
    ],
)
def test_closed_questions(text: str) -> None:
    coding = code(text)
    assert (coding.code, coding.subtype) == ("question", "closed")


def test_closed_question_gets_a_tip_to_open_it() -> None:
    assert "closed_question" in {t.id for t in code("Do you feel sad about it?").tips}


# --- advice in every disguise -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Have you tried talking to your manager?",
        "Why don't you just tell her how you feel?",
        "Maybe try going to bed earlier.",
        "You could ask for an extension.",
        "You should take some time off.",
        "Take a break.",
        "What about writing it all down?",
        "I'd suggest seeing a doctor about the sleep.",
        "If I were you, I'd leave.",
        "It might help to go for a walk.",
    ],
)
def test_advice_in_every_disguise_is_input_with_advising(text: str) -> None:
    coding = code(text)
    assert coding.code == "input", coding
    assert coding.detail == "advice"
    assert "advising" in coding.roadblocks
    assert "advising" in {t.id for t in coding.tips}


def test_a_question_that_asks_them_to_find_the_idea_is_not_advice() -> None:
    for text in ("What could you do differently next time?", "Who could you call?"):
        coding = code(text)
        assert coding.code == "question", text
        assert "advising" not in coding.roadblocks


# --- each roadblock, at least six phrasings ------------------------------------

ROADBLOCK_PHRASINGS: dict[str, list[str]] = {
    "ordering": [
        "Stop thinking about him.",
        "You need to get over it.",
        "Just calm down.",
        "You have to tell her tonight.",
        "I want you to call your mum.",
        "Pull yourself together.",
        "Stop complaining and do the work.",
        "You gotta be tougher with him.",
        "Honestly, you just gotta push through it.",
        "Let it go.",
        "Get over him already.",
        "You must get some rest tonight.",
    ],
    "warning": [
        "If you don't talk to him, you'll lose him.",
        "You'll regret it if you quit.",
        "You'd better sort this out soon.",
        "Keep going like this and you're going to end up ill, mark my words.",
        "If you keep skipping classes you will fail.",
        "Be careful or it'll blow up in your face.",
        "You'd better not tell him.",
    ],
    "moralizing": [
        "You ought to forgive her.",
        "The right thing would be to apologise.",
        "A good friend would have been there for her.",
        "It's your duty to look after your parents.",
        "You should be grateful you have a job at all.",
        "It's selfish to put yourself first like that.",
    ],
    "advising": [
        "Have you thought about getting a therapist?",
        "Why not ask for help?",
        "My advice would be to wait a week.",
        "Try making a list of everything you need to do.",
        "How about taking a day off?",
        "Perhaps you could speak to HR.",
        "Walk more.",
        "Drink more water in the evenings.",
        "Tell him how you feel.",
        "Perhaps a letter would help.",
    ],
    "lecturing": [
        "The fact is, most people feel nervous before exams.",
        "Research shows that sleep affects your mood.",
        "Studies have shown exercise helps with stress.",
        "Let me explain why this keeps happening.",
        "If you think about it, it's simple logic.",
        "Here's the thing: nobody gets everything right.",
    ],
    "judging": [
        "You're overreacting.",
        "Well, that's your own fault.",
        "You brought this on yourself.",
        "That was a stupid thing to do.",
        "You're being too sensitive.",
        "What were you thinking?",
        "You shouldn't have said that to her.",
        "How could you do that to her?",
        "She's a terrible friend.",
        "He doesn't deserve you.",
    ],
    "praising": [
        "Great job!",
        "Well done for getting through it.",
        "You're so strong.",
        "I'm so proud of you.",
        "You did amazing.",
        "Good for you!",
        "You should be really proud of yourself.",
    ],
    "name_calling": [
        "You're such a drama queen.",
        "Don't be a baby about it.",
        "You're acting like a child.",
        "What a wimp.",
        "You're being a total doormat.",
        "You big crybaby.",
    ],
    "diagnosing": [
        "That's your anxiety talking.",
        "Sounds like depression to me.",
        "You've got abandonment issues.",
        "You're projecting.",
        "It's all because of your childhood.",
        "Classic avoidance.",
        "You just want attention.",
    ],
    "reassuring": [
        "Don't worry, it'll be fine.",
        "At least you still have your health.",
        "I'm sure it'll work out.",
        "Everything happens for a reason.",
        "It's not the end of the world.",
        "There are plenty more fish in the sea.",
        "You'll be fine.",
        "You'll make new friends.",
        "It's probably just a mix-up.",
        "She knew you loved her.",
        "There was nothing you could have done.",
        "She's in a better place now.",
    ],
    "interrogating": [
        "Why did you do that?",
        "Why would she say that?",
        "How come you didn't tell anyone?",
        "Where were you? Who was there? What did you say?",
        "Why didn't you leave earlier?",
        "When did it start? How often does it happen?",
    ],
    "distracting": [
        "Anyway, did you see the game last night?",
        "On a lighter note, how's the new flat?",
        "Let's talk about something else.",
        "Haha, that reminds me of a joke.",
        "Speaking of work, how's your boss?",
        "Forget about it, let's go get a drink.",
        "Let's talk about something more cheerful.",
    ],
    "claimed_understanding": [
        "I know exactly how you feel.",
        "I totally understand.",
        "I know what it's like.",
        "I completely get it.",
        "I know how hard that is.",
        "Believe me, I know.",
        "I hear you.",
        "I get where you're coming from.",
    ],
    "self_focus": [
        "That happened to me too, when I was at uni.",
        "Me too, my boss did the same thing.",
        "When I was your age I went through the same thing.",
        "That reminds me of when my dad left.",
        "I had exactly the same problem last year.",
        "In my experience it gets easier.",
        "Same here, honestly.",
        "I had a friend do that to me once.",
    ],
}


def test_every_roadblock_has_phrasings() -> None:
    assert set(ROADBLOCK_PHRASINGS) == set(rb.ROADBLOCKS)
    assert all(len(texts) >= 6 for texts in ROADBLOCK_PHRASINGS.values())


@pytest.mark.parametrize(
    ("name", "text"),
    [(name, text) for name, texts in ROADBLOCK_PHRASINGS.items() for text in texts],
)
def test_roadblock_is_caught(name: str, text: str) -> None:
    coding = code(text)
    assert name in coding.roadblocks, coding
    # The prefilter never hides a roadblock the full patterns would find.
    normal = text.lower()
    assert rb.find(normal) == rb._unfiltered(normal)


@pytest.mark.parametrize(
    "text",
    [
        "You're worried you're being selfish.",
        "You feel you should be doing more.",
        "You've had a lot on your plate.",
        "Your mum keeps telling you that you need to move on.",
        "You're angry with yourself for snapping at him.",
        "You feel like you have to be perfect.",
        "You feel like you gotta be perfect for them.",
        "You try to keep everyone happy.",
        "You gave it a good try and it still didn't work.",
        "You're working extra shifts so you can get the deposit together.",
        "You'd settle down with her if the job were steady.",
        "You're not sure how you'll have a word with him about it.",
        "You've listed lots of reasons to stop drinking.",
        "You'd like to be in a good job by the summer.",
        "You're a star player on that team.",
        "You've got this new flat and you're settling in.",
        "It sounds to me too like part of you wants to go.",
        "It sounds like you wish you had stayed.",
        "You must be exhausted.",
        "You couldn't stop crying on the way home.",
        "You can't stop going over what she said.",
        "He won't stop texting you at night.",
        "You must get so tired of explaining it to everyone.",
        "You had better things to do with the weekend than sort his mess.",
        "You get over it quicker than your sister does.",
        "You're sure it'll all work out in the end.",
    ],
)
def test_reflections_that_merely_contain_you_are_not_roadblocks(text: str) -> None:
    coding = code(text)
    assert coding.code == "reflection", coding
    assert coding.roadblocks == (), coding


def test_input_roadblocks_make_a_statement_input() -> None:
    for text in (
        "You're overreacting.",
        "That's your anxiety talking.",
        "You need to get over it.",
    ):
        assert code(text).code == "input", text


def test_social_roadblocks_are_other() -> None:
    for text in ("Don't worry, it'll be fine.", "Great job!", "I know exactly how you feel."):
        assert code(text).code == "other", text


# --- simple, complex, parroting -------------------------------------------------

SPEAKER = "My manager took credit for my work again and I'm so angry about it."


def test_parroting_needs_context_and_gets_a_tip() -> None:
    coding = code("Your manager took credit for your work again.", SPEAKER)
    assert (coding.code, coding.subtype, coding.detail) == ("reflection", "simple", "parroting")
    assert "parroting" in {t.id for t in coding.tips}


def test_paraphrase_is_simple_and_not_parroting() -> None:
    coding = code("Your boss claimed what you did as his own.", SPEAKER)
    assert (coding.code, coding.subtype) == ("reflection", "simple")
    assert coding.detail != "parroting"


def test_simple_reflection_that_drops_the_feeling_gets_a_nudge() -> None:
    coding = code("Your boss claimed what you did as his own.", SPEAKER)
    assert "add_feeling" in {t.id for t in coding.tips}


@pytest.mark.parametrize(
    "text",
    [
        "It's not just this once; you're starting to feel invisible there.",  # unstated feeling
        "Being recognised for your work really matters to you.",  # a value
        "It's like you're running uphill and someone keeps moving the finish line.",  # metaphor
        "On one hand you want to say something, and on the other you worry it will cost you.",
        "So far: the credit, the late nights, and the sense nobody sees it.",  # summary
    ],
)
def test_complex_reflections(text: str) -> None:
    coding = code(text, SPEAKER)
    assert (coding.code, coding.subtype) == ("reflection", "complex"), coding


def test_double_sided_with_but_gets_the_and_tip() -> None:
    coding = code("You want to leave, but you're scared of being alone.")
    assert coding.code == "reflection"
    assert coding.subtype == "complex"
    assert "but_double" in {t.id for t in coding.tips}


def test_you_feel_that_is_a_thought() -> None:
    coding = code("You feel that nobody listens to you.")
    assert "feel_that" in {t.id for t in coding.tips}
    assert "feel_that" in {t.id for t in code("You feel like he doesn't care.").tips}
    assert "feel_that" not in {t.id for t in code("You feel hurt that he forgot.").tips}


def test_faux_feeling_gets_the_feeling_underneath() -> None:
    coding = code("You feel betrayed.")
    tips = {t.id: t.text for t in coding.tips}
    assert "faux_feeling" in tips
    assert "betrayed" in tips["faux_feeling"]


def test_off_target_feeling() -> None:
    coding = code(
        "You sound really excited about it.", "I'm so nervous about the interview tomorrow."
    )
    assert "off_target" in {t.id for t in coding.tips}


@pytest.mark.parametrize("reply", ["You miss him.", "You're confused about what happened."])
def test_a_guess_at_a_feeling_they_only_hinted_at_is_not_off_target(reply: str) -> None:
    # The speaker named no feeling; the cue's family is a guess too. Naming
    # a feeling of the same colour is a complex reflection, not a miss.
    said = "My son stopped talking to me after the wedding and I don't know what I did wrong."
    coding = code(reply, said)
    assert coding.subtype == "complex"
    assert "off_target" not in {t.id for t in coding.tips}


def test_a_guess_pointing_the_other_way_is_still_off_target() -> None:
    said = "My son stopped talking to me after the wedding and I don't know what I did wrong."
    assert "off_target" in {t.id for t in code("You sound really excited about it.", said).tips}


def test_near_feeling_is_not_off_target() -> None:
    coding = code("You're feeling uneasy about it.", "I'm so nervous about the interview tomorrow.")
    assert "off_target" not in {t.id for t in coding.tips}


def test_too_strong_feeling_gets_understate_tip() -> None:
    coding = code("You're furious with him.", "I'm a bit irritated with my brother.")
    tips = {t.id: t.text for t in coding.tips}
    assert "too_strong" in tips
    assert "furious" in tips["too_strong"]


def test_feelings_are_reported() -> None:
    coding = code("It sounds like you're worried and a bit lonely.")
    assert {f.family for f in coding.feelings} >= {"fear", "loneliness"}


# --- transcribed speech ----------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["Mm-hmm.", "Okay.", "Yeah, yeah.", "Right.", "Hi, nice to see you."]
)
def test_acknowledgements_are_other(text: str) -> None:
    assert code(text).code == "other"


def test_fillers_do_not_hide_a_reflection() -> None:
    coding = code("Um, okay so, you know, it sounds like you're, uh, really tired of it.")
    assert coding.code == "reflection"


def test_a_reply_that_reflects_then_asks_is_a_question() -> None:
    coding = code("It sounds like you've had enough. What would help right now?")
    assert (coding.code, coding.subtype) == ("question", "open")


def test_question_after_question_is_interrogating() -> None:
    coding = code("What did he say? And what did you say? Did you leave?")
    assert "interrogating" in coding.roadblocks


# --- a tip on every path -----------------------------------------------------------
# reflective-listening.md §7: every practice turn gets a specific tip. The
# coder gives one wherever a reply could do more; a complex reflection or an
# open question with nothing to fix gets none from the coder (the contract's
# own example has "tips": []), and in practice the judge's verdict words it.


def _tip_ids(text: str, speaker: str | None = None) -> list[str]:
    return [t.id for t in code(text, speaker).tips]


@pytest.mark.parametrize(
    "text",
    [
        "Most folks find the first month back the hardest part.",
        "The clinic opens at eight on weekdays.",
        "I'm going to post you a leaflet about the group.",
        "We usually meet every second Thursday.",
    ],
)
@pytest.mark.parametrize("speaker", [None, "My brother moved back in with us in March."])
def test_information_without_a_roadblock_gets_the_information_tip(
    text: str, speaker: str | None
) -> None:
    coding = code(text, speaker)
    assert (coding.code, coding.detail, coding.roadblocks) == ("input", "information", ())
    assert _tip_ids(text, speaker) == ["information"]
    words = coding.tips[0].text
    assert "asked" in words and "reflect first" in words and "$" not in words


@pytest.mark.parametrize(
    "speaker",
    [
        "Is it normal to still be this tired two weeks after the operation?",
        "I honestly don't know where to start. What would you do?",
        "Do you have any ideas for the evenings?",
        "Can you tell me how the group works.",
        "Go ahead.",
        "Yes, please.",
    ],
)
def test_information_the_speaker_asked_for_is_welcome(speaker: str) -> None:
    assert _tip_ids("The clinic opens at eight on weekdays.", speaker) == ["information_asked"]


@pytest.mark.parametrize(
    "speaker",
    [
        "Why does this always happen to me?",  # rhetorical
        "Honestly? The whole week was a write-off.",  # an interjection
        "It's a lot to carry, you know?",  # a tag
        "She texted 'are you coming?' and I just didn't answer.",  # someone else's question
        "He didn't tell me until the Friday.",
    ],
)
def test_a_question_that_asks_for_nothing_is_not_asking_for_information(speaker: str) -> None:
    assert _tip_ids("The clinic opens at eight on weekdays.", speaker) == ["information"]


def test_input_with_a_roadblock_gets_the_roadblocks_tip_not_the_information_tip() -> None:
    ids = _tip_ids("You should ring the walk-in centre, it opens at eight.")
    assert "information" not in ids and {"moralizing", "advising"} & set(ids)


@pytest.mark.parametrize("text", ["Thanks for telling me.", "Mm-hmm.", "Okay.", "Hello, come in."])
def test_other_gets_a_tip_with_or_without_a_feeling_to_reflect(text: str) -> None:
    assert _tip_ids(text) == ["other_reply"]
    assert _tip_ids(text, "We had the whole house packed by Sunday.") == ["other_reply"]
    assert _tip_ids(text, "I'm so worried about the move.") == ["other_moment"]


def test_other_reply_tip_offers_a_reflection_of_what_they_said() -> None:
    [tip] = code("Okay.", "We had the whole house packed by Sunday.").tips
    assert '"So you had the whole house packed by Sunday' in tip.text


@pytest.mark.parametrize("text", ["So that was in the spring?", "It was three years ago?"])
def test_a_fact_checked_with_a_question_mark_gets_the_closed_question_tip(text: str) -> None:
    coding = code(text)
    assert (coding.code, coding.subtype) == ("question", "closed")
    assert _tip_ids(text) == ["closed_question"]


def test_a_simple_reflection_with_nothing_else_to_fix_is_nudged_deeper() -> None:
    coding = code("You moved flats in the spring.")
    assert (coding.code, coding.subtype) == ("reflection", "simple")
    assert _tip_ids("You moved flats in the spring.") == ["go_deeper"]
    # A more specific tip comes first when there is one.
    assert _tip_ids("You moved flats.", "I'm gutted we moved flats.")[0] != "go_deeper"


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("You had to pack up the whole house.", None, "reflection_simple"),
        (
            "You had to pack up the whole house.",
            "I had to pack up the whole house.",
            "reflection_simple",
        ),
        ("Did you sleep at all?", None, "question_closed"),
        ("So it was Tuesday?", None, "question_closed"),
        ("So you feel let down?", None, "question_closed"),
        ("You're fed up, right?", None, "question_closed"),
        ("Why did you leave?", None, "question_open"),
        ("There are some groups that meet on Thursdays.", None, "input_None"),
        ("Have you tried a sleep diary?", None, "input_None"),
        ("Mm-hmm.", None, "other_None"),
        ("Well done for coming.", None, "other_None"),
        ("I know exactly how you feel.", None, "other_None"),
    ],
)
def test_every_path_that_could_do_more_gets_a_tip(
    text: str, speaker: str | None, kind: str
) -> None:
    coding = code(text, speaker)
    assert f"{coding.code}_{coding.subtype}" == kind
    assert coding.tips and all(t.text and "$" not in t.text for t in coding.tips)


def test_a_complex_reflection_or_open_question_with_nothing_to_fix_gets_no_tip() -> None:
    assert code("It sounds like you're worried she'll leave.").tips == ()
    assert code("What was that like for you?").tips == ()


# --- contract and robustness -----------------------------------------------------


def test_json_contract_shape() -> None:
    data = code("It sounds like you're worried she'll leave.").as_json()
    assert list(data) == ["input", "code", "subtype", "roadblocks", "feelings", "tips"]
    assert data["input"] == "It sounds like you're worried she'll leave."
    assert data["code"] == "reflection" and data["subtype"] == "complex"
    assert data["roadblocks"] == [] and data["tips"] == []
    assert data["feelings"] == [
        {"text": "worried", "family": "fear", "intensity": 2, "negated": False}
    ]
    json.dumps(data)


def test_json_feelings_have_exactly_the_contract_keys_and_are_the_ones_named() -> None:
    # architecture.md lists a feeling as text, family, intensity, negated.
    data = code("You're not angry, you're hurt, and you couldn't sleep all week.").as_json()
    feelings = data["feelings"]
    assert isinstance(feelings, list) and feelings
    for feeling in feelings:
        assert list(feeling) == ["text", "family", "intensity", "negated"]
    texts = {f["text"] for f in feelings}
    assert {"angry", "hurt"} <= texts
    assert [f["negated"] for f in feelings if f["text"] == "angry"] == [True]
    # A cue the detector reads a feeling into is not a feeling the reply named.
    cued = code("It sounds like you lay awake all night.")
    assert any(f.implied for f in cued.feelings) and cued.as_json()["feelings"] == []


def test_tips_are_rendered_text_with_ids() -> None:
    coding = code("Don't worry, it'll be fine.", "I'm scared about the results.")
    assert coding.tips
    for tip in coding.tips:
        assert tip.id and tip.text and "$" not in tip.text
    assert all(isinstance(t, str) for t in coding.as_json()["tips"])  # type: ignore[attr-defined]


@given(st.text(max_size=300), st.one_of(st.none(), st.text(max_size=200)))
@settings(max_examples=300, deadline=None)
def test_never_raises_on_junk(text: str, context: str | None) -> None:
    coding = code(text, context)
    assert isinstance(coding, Coding)
    assert coding.code in {"reflection", "question", "input", "other"}
    assert set(coding.roadblocks) <= set(rb.ROADBLOCKS)
    json.dumps(coding.as_json())


@pytest.mark.parametrize(
    "text", ["", "   ", "?", "--", "\x00\x1b[31m", "🙂" * 50, "why " * 2000, "you " * 3000]
)
def test_edge_inputs(text: str) -> None:
    assert code(text).code in {"reflection", "question", "input", "other"}


# --- the command ---------------------------------------------------------------------


def _run(
    argv: list[str], stdin: bytes = b"", monkeypatch: pytest.MonkeyPatch | None = None
) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser()
    code_command.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["code", *argv])
    out, err = io.StringIO(), io.StringIO()
    assert monkeypatch is not None
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    status = code_command.run(args)
    return status, out.getvalue(), err.getvalue()


def test_command_json_per_text(monkeypatch: pytest.MonkeyPatch) -> None:
    status, out, _ = _run(
        ["--json", "Take a break.", "What was that like?"], monkeypatch=monkeypatch
    )
    assert status == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [d["code"] for d in lines] == ["input", "question"]


def test_command_readable_line(monkeypatch: pytest.MonkeyPatch) -> None:
    status, out, _ = _run(["Have you tried yoga?"], monkeypatch=monkeypatch)
    assert status == 0
    assert out.count("\n") == 1
    assert out.startswith("input") and "advising" in out and "tip:" in out


def test_command_stdin_json_with_speaker(monkeypatch: pytest.MonkeyPatch) -> None:
    line = json.dumps(
        {"speaker": SPEAKER, "reply": "Your manager took credit for your work again."}
    )
    status, out, _ = _run(
        ["--json"], stdin=(line + "\nMm-hmm.\n").encode(), monkeypatch=monkeypatch
    )
    assert status == 0
    first, second = (json.loads(x) for x in out.splitlines())
    assert first["code"] == "reflection" and first["subtype"] == "simple"
    assert any("repeats" in tip for tip in first["tips"])
    assert second["code"] == "other"


def test_command_bad_json_line(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = b"Okay.\n{not json\n"
    status, out, err = _run(["--json"], stdin=stdin, monkeypatch=monkeypatch)
    assert status == 2
    assert err.count("\n") == 1 and ":2:" in err
    assert len(out.splitlines()) == 1


def test_command_undecodable_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    status, out, _ = _run(["--json"], stdin=b"You feel \xff\xfe stuck.\n", monkeypatch=monkeypatch)
    assert status == 0
    assert "\ufffd" in json.loads(out)["input"]


def test_command_context_option(monkeypatch: pytest.MonkeyPatch) -> None:
    status, out, _ = _run(
        ["--json", "--context", SPEAKER, "Your manager took credit for your work again."],
        monkeypatch=monkeypatch,
    )
    assert status == 0 and json.loads(out)["subtype"] == "simple"


def test_command_does_not_import_textual() -> None:
    import subprocess

    script = (
        "import sys, mirrorbot.commands.code, mirrorbot.language.coder;"
        "sys.exit(1 if any(m == 'textual' or m.startswith('textual.') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", script], check=False).returncode == 0


def test_command_transcribed_reads_a_rising_reflection_as_a_reflection(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "So you feel let down by her?"
    status, typed, _ = _run(["--json", text], monkeypatch=monkeypatch)
    assert status == 0
    status, spoken, _ = _run(["--json", "--transcribed", text], monkeypatch=monkeypatch)
    assert status == 0
    typed_obj, spoken_obj = json.loads(typed), json.loads(spoken)
    assert (typed_obj["code"], typed_obj["subtype"]) == ("question", "closed")
    assert spoken_obj["code"] == "reflection"
    # The contract keys are the same either way.
    assert set(spoken_obj) == set(typed_obj) == {
        "input", "code", "subtype", "roadblocks", "feelings", "tips"
    }  # fmt: skip


def test_command_transcribed_applies_to_stdin_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    line = json.dumps({"speaker": "She never called back.", "reply": "You felt let down?"})
    status, out, _ = _run(
        ["--json", "--transcribed"], stdin=(line + "\n").encode(), monkeypatch=monkeypatch
    )
    assert status == 0 and json.loads(out)["code"] == "reflection"


def test_command_help_explains_transcribed(capsys: pytest.CaptureFixture[str]) -> None:
    from mirrorbot.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(["code", "--help"])
    assert exit_.value.code == 0
    help_text = " ".join(capsys.readouterr().out.split())
    assert "--transcribed" in help_text and "transcript of speech" in help_text


@pytest.mark.parametrize(
    "text",
    [
        "Sleep loss can make low moods worse.",
        "Rest days matter as much as training days.",
        "Talk therapy helps a lot of people.",
    ],
)
def test_a_noun_that_looks_like_an_instruction_is_not_advice(text: str) -> None:
    # "Sleep", "Rest", "Talk" head the subject of a statement here; an
    # instruction would be "Sleep more", "Rest today", "Talk to her".
    assert "advising" not in code(text).roadblocks


@pytest.mark.parametrize("text", ["Say more.", "Talk more about that."])
def test_asking_to_hear_more_is_not_an_instruction(text: str) -> None:
    coding = code(text)
    assert (coding.code, coding.subtype, coding.roadblocks) == ("question", "open", ())


@pytest.mark.parametrize(
    "text",
    ["It will all work out in the end.", "Things will all work out.", "It'll all sort itself out."],
)
def test_a_promise_that_it_will_all_work_out_is_reassuring(text: str) -> None:
    assert "reassuring" in code(text).roadblocks


@pytest.mark.parametrize(
    "text", ["You will work out the details later.", "You'll work out what suits you."]
)
def test_working_something_out_is_a_task_not_a_promise(text: str) -> None:
    coding = code(text)
    assert (coding.code, coding.roadblocks) == ("reflection", ())


@pytest.mark.parametrize(
    "text", ["He will come round eventually.", "She'll be back.", "They'll definitely come around."]
)
def test_a_promise_about_someone_else_is_reassuring(text: str) -> None:
    assert "reassuring" in code(text).roadblocks


@pytest.mark.parametrize(
    "text",
    [
        "You worry he will never come round.",
        "You hope she'll be back.",
        "You think he'll come round.",
    ],
)
def test_their_hope_about_someone_else_is_a_reflection(text: str) -> None:
    coding = code(text)
    assert (coding.code, coding.roadblocks) == ("reflection", ())


@pytest.mark.parametrize(
    "text", ["What have you tried so far?", "What else have you tried?", "Which ones did you try?"]
)
def test_asking_what_they_tried_is_a_question_not_advice(text: str) -> None:
    # The speaker is asked to say what they tried; "Have you tried X?"
    # supplies the X and stays advice.
    coding = code(text)
    assert (coding.code, coding.roadblocks) == ("question", ())


@pytest.mark.parametrize(
    "text",
    [
        "If you carry on, your friends will leave.",
        "If you keep drinking, your liver is going to give up.",
    ],
)
def test_a_warning_about_what_will_happen_to_theirs_is_a_warning(text: str) -> None:
    assert "warning" in code(text).roadblocks


@pytest.mark.parametrize(
    "text",
    [
        "So if you don't find a job, you reckon you'll end up back in trouble.",
        "If you keep going, you think it will all fall apart.",
        "You worry that if you don't stop, your kids will suffer.",
    ],
)
def test_their_own_prediction_reflected_is_not_a_warning(text: str) -> None:
    # The report ("you reckon") may come after the condition, before the
    # consequence: still their prediction, not the listener's threat.
    coding = code(text)
    assert (coding.code, coding.roadblocks) == ("reflection", ())


@pytest.mark.parametrize(
    "text",
    [
        "Everyone panics before exams.",
        "We all get nervous sometimes.",
        "Most people feel that way.",
    ],
)
def test_normalising_the_feeling_away_is_reassuring(text: str) -> None:
    assert "reassuring" in code(text).roadblocks


@pytest.mark.parametrize(
    "text", ["Everyone in your family thinks you're lazy.", "Everyone gets on your case."]
)
def test_everyone_in_their_story_is_a_reflection(text: str) -> None:
    coding = code(text)
    assert (coding.code, coding.roadblocks) == ("reflection", ())


def test_a_verdict_on_the_person_in_a_role_is_judging() -> None:
    assert "judging" in code("You're a bad parent.").roadblocks
    # Denied, or their own fear, it is a reflection.
    for text in ("You're not a bad parent.", "You worry you're a bad parent."):
        assert code(text).roadblocks == (), text


@pytest.mark.parametrize(
    "text", ["I think you might have postnatal depression.", "You may have clinical depression."]
)
def test_a_guess_at_a_diagnosis_is_diagnosing(text: str) -> None:
    assert "diagnosing" in code(text).roadblocks


@pytest.mark.parametrize(
    "text", ["New parents often feel like this.", "Most parents find it hard at first."]
)
def test_normalising_by_a_group_is_reassuring(text: str) -> None:
    assert "reassuring" in code(text).roadblocks


def test_a_verdict_on_how_much_they_do_it_is_judging() -> None:
    assert "judging" in code("You're drinking too much.").roadblocks
    for text in ("You worry you're drinking too much.", "You're working too hard and it shows."):
        assert code(text).roadblocks == (), text


def test_a_label_for_the_person_is_diagnosing() -> None:
    assert "diagnosing" in code("You're an alcoholic.").roadblocks
    for text in ("You're not an alcoholic.", "You think you're an alcoholic."):
        assert code(text).roadblocks == (), text


@pytest.mark.parametrize(
    "text",
    [
        "You feel she's a terrible friend.",
        "You want to let it go.",
        "You're afraid you won't make new friends.",
        "You wonder if it was a mix-up.",
    ],
)
def test_their_own_view_of_it_is_a_reflection_not_a_roadblock(text: str) -> None:
    coding = code(text)
    assert (coding.code, coding.roadblocks) == ("reflection", ())


@pytest.mark.parametrize(
    "text",
    [
        "You hope she's at peace now.",
        "You hope it will all work out.",
        "You keep thinking there was nothing you could have done.",
    ],
)
def test_their_hope_of_comfort_is_a_reflection_not_reassurance(text: str) -> None:
    coding = code(text)
    assert (coding.code, coding.roadblocks) == ("reflection", ())


def test_a_remedy_put_as_have_you_thought_about_is_advice() -> None:
    coding = code("Have you thought about grief counselling?")
    assert (coding.code, coding.detail) == ("input", "advice")
    asked = code("Have you thought about what you would say to her?")
    assert (asked.code, asked.subtype) == ("question", "open")


def test_a_verdict_on_someone_in_their_story_anywhere_in_the_sentence_is_judging() -> None:
    assert "judging" in code("To be fair, she's a terrible friend.").roadblocks
    assert code("You said he was a terrible boss.").roadblocks == ()
