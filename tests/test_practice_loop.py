"""The practice loop: the speaker opens up on accurate reflections, closes
up on roadblocks, every reply gets a tip (and an example where it helps),
and the summary counts what the learner did."""

from __future__ import annotations

import itertools
import math

import pytest

from mirrorbot import safety
from mirrorbot.journal.recorder import Recorder
from mirrorbot.journal.store import Journal
from mirrorbot.practice import history, record, scenario
from mirrorbot.practice.loop import PracticeSession, open_practice
from mirrorbot.practice.summary import Scored, tally

ACCURATE = (
    "You're worn out by the work piling up.",
    "You're a bit nervous about people seeing you struggle.",
    "You want to be someone people can count on, like your dad.",
)
ADVICE = "You should talk to your boss."


def _session(seed: int = 7) -> PracticeSession:
    session = PracticeSession(scenario.load("work-stress"), seed=seed)
    session.opening()
    return session


def _said(session: PracticeSession, response: str, layer: int | None = None) -> set[str]:
    """Every way the speaker can say ``response`` (on ``layer``)."""
    s = session.scenario
    values = {"name": s.persona.name, "word": ""}
    options = getattr(s, response) if layer is None else getattr(s.layers[layer], response)
    return {t.render(values).strip() for t in options}


def test_an_accurate_reflection_opens_the_next_layer() -> None:
    session = _session()
    turn = session.turn(ACCURATE[0])
    assert turn.judgement is not None and turn.judgement.verdict == "accurate"
    assert turn.reply is not None and turn.reply.response == "opens"
    assert turn.reply.text in _said(session, "opens", 1)
    assert session.layer == 1


def test_reflecting_every_layer_ends_the_session_with_the_closing() -> None:
    session = _session()
    turns = [session.turn(text) for text in ACCURATE]
    assert [t.reply.response for t in turns if t.reply] == ["opens", "opens", "closing"]
    assert turns[-1].ended and session.ended
    assert turns[-1].reply is not None
    assert turns[-1].reply.text in _said(session, "closing")
    summary = session.summary()
    assert (summary.reached, summary.total, summary.completed) == (3, 3, True)


def test_a_roadblock_makes_the_speaker_guarded_until_trust_is_won_back() -> None:
    session = _session()
    blocked = session.turn(ADVICE)
    assert blocked.judgement is not None and blocked.judgement.verdict == "roadblock"
    assert blocked.reply is not None and blocked.reply.response == "roadblock"
    assert blocked.coding is not None and "advising" in blocked.coding.roadblocks
    assert session.guard == 1
    warming = session.turn(ACCURATE[0])
    assert warming.reply is not None and warming.reply.response == "warming"
    assert session.layer == 0, "an accurate reflection first wins back trust"
    opened = session.turn("It sounds like you're drained by how much keeps landing on you.")
    assert opened.reply is not None and opened.reply.response == "opens"
    assert session.layer == 1


def test_two_roadblocks_cost_two_accurate_reflections_and_no_more() -> None:
    session = _session()
    for text in (ADVICE, "Don't worry, it'll all work out.", "I know exactly how you feel."):
        assert session.turn(text).judgement.verdict == "roadblock"  # type: ignore[union-attr]
    assert session.guard == 2
    responses = [session.turn(ACCURATE[0]).reply.response for _ in range(3)]  # type: ignore[union-attr]
    assert responses == ["warming", "warming", "opens"]


def test_the_speaker_answers_each_roadblock_in_its_own_words() -> None:
    session = _session()
    s = session.scenario
    turn = session.turn("Have you tried just saying no?")
    assert turn.coding is not None and turn.coding.roadblocks == ("advising",)
    key, options = s.roadblocks["advising"]
    assert key == "advising"
    assert turn.reply is not None
    assert turn.reply.text in {t.render({}).strip() for t in options}


def test_a_feeling_named_too_strongly_is_pushed_back() -> None:
    session = _session()
    turn = session.turn("You're furious.")
    assert turn.judgement is not None and turn.judgement.verdict == "too_strong"
    assert turn.judgement.word == "furious"
    assert turn.reply is not None and turn.reply.response == "too_strong"
    assert "furious" in turn.reply.text.lower()
    assert session.layer == 0


def test_a_feeling_from_nowhere_is_corrected() -> None:
    session = _session()
    turn = session.turn("You're excited about it.")
    assert turn.judgement is not None and turn.judgement.verdict == "missed"
    assert turn.reply is not None and turn.reply.response == "missed"
    assert "excited" in turn.reply.text.lower()


def test_questions_get_the_layers_answers_and_open_nothing() -> None:
    session = _session()
    open_ = session.turn("What's that been like for you?")
    closed = session.turn("Did you tell your manager?")
    assert open_.reply is not None and open_.reply.text in _said(session, "open_question", 0)
    assert closed.reply is not None and closed.reply.text in _said(session, "closed_question", 0)
    assert session.layer == 0


def test_content_without_the_needed_feeling_is_partial() -> None:
    session = _session()
    session.turn(ACCURATE[0])  # layer 1 needs the feeling
    turn = session.turn("You can't admit to anyone at work how much it is.")
    assert turn.judgement is not None
    assert (turn.judgement.verdict, turn.judgement.reason) == ("partial", "content_only")
    assert turn.reply is not None and turn.reply.text in _said(session, "partial", 1)


def test_the_speaker_does_not_repeat_a_line_at_once() -> None:
    session = _session()
    replies = [session.turn("Did you tell your manager?").reply for _ in range(6)]
    texts = [r.text for r in replies if r is not None]
    assert all(a != b for a, b in itertools.pairwise(texts))
    assert len(set(texts[:3])) == 3, "every wording is used before any repeats"


def test_every_reply_gets_a_tip_and_a_miss_gets_an_example() -> None:
    session = _session()
    for text in ("mm-hmm", ADVICE, "Did you tell your manager?", "You're furious."):
        turn = session.turn(text)
        assert turn.feedback is not None
        assert turn.feedback.tip and turn.feedback.label
        assert turn.feedback.example, text
        assert turn.feedback.example_line and turn.feedback.example in turn.feedback.example_line
        assert '"' not in turn.feedback.tip.rstrip('."')[-2:], "one example, not two"
    landed = session.turn(ACCURATE[0])
    assert landed.feedback is not None and landed.feedback.example is None
    assert "moralizing" in landed.feedback.tip, "the tip says trust is still coming back"


# One reply of each code and subtype, and each kind of coder tip.
EVERY_KIND = (
    "It sounds like you're worn down and a bit scared of what comes next.",  # complex
    "You went in to work.",  # simple
    "What's that been like?",  # open question
    "Did you tell anyone?",  # closed question
    "So it was on Tuesday?",  # a fact with a question mark
    "So you feel alone?",  # a reflection with a question mark
    "You're angry, right?",  # a tag
    "There are some groups that meet on Thursdays.",  # information
    "You should take a break.",  # advice (roadblocks)
    "Mm-hmm.",  # other
    "Thanks for telling me.",  # other
    "I know exactly how you feel.",  # other with a roadblock
)


@pytest.mark.parametrize("name", scenario.available())
def test_every_kind_of_reply_gets_a_tip_in_every_scenario(name: str) -> None:
    for text in EVERY_KIND:
        session = PracticeSession(scenario.load(name), seed=3)
        session.opening()
        turn = session.turn(text)
        assert turn.feedback is not None and turn.coding is not None
        assert turn.feedback.tip.strip(), (name, text)
        assert "$" not in turn.feedback.tip and "{{" not in turn.feedback.tip


def test_information_gets_the_coders_information_tip_and_an_example() -> None:
    turn = _session().turn("There are some groups that meet on Thursdays.")
    assert turn.coding is not None and turn.coding.tips[0].id == "information"
    assert turn.feedback is not None
    assert "asked for it" in turn.feedback.tip
    assert turn.feedback.example, "a stronger reflection follows"
    assert '"' not in turn.feedback.tip, "the example is shown once, below the tip"


def test_the_judge_words_what_the_coders_general_nudges_would_say() -> None:
    # The coder nudges a simple reflection deeper and asks for more than an
    # acknowledgement; against a layer, the judge's words (with the
    # speaker's name) are sharper, so they are shown instead.
    for text, verdict in (
        ("You went in to work.", "partial"),
        ("Thanks for telling me.", "filler"),
    ):
        session = PracticeSession(scenario.load("drinking"), seed=0)
        opening = session.opening()
        assert "wife" in opening.text, "the seed picks the opening these replies answer"
        turn = session.turn(text)
        assert turn.coding is not None and turn.feedback is not None
        assert turn.judgement is not None and turn.judgement.verdict == verdict
        assert [t.id for t in turn.coding.tips] in (["go_deeper"], ["other_reply"])
        assert turn.feedback.tip != turn.coding.tips[0].text
        assert "Dan" in turn.feedback.tip or "Mm-hmm" in turn.feedback.tip


def test_a_question_mark_tip_keeps_its_own_fix() -> None:
    turn = _session().turn("So you're exhausted?")
    assert turn.coding is not None and turn.coding.code == "question"
    assert turn.feedback is not None
    assert '"You\'re exhausted."' in turn.feedback.tip
    assert turn.feedback.example is None


def test_safety_comes_first_on_the_learners_words() -> None:
    session = _session()
    turn = session.turn("honestly I want to kill myself")
    assert turn.crisis and turn.coding is None and turn.reply is None
    assert turn.notice is not None
    assert safety.crisis_reply(session.country, safety.assess(turn.input).category) in turn.notice
    assert session.replies == [], "a crisis turn is not coded or counted"
    after = session.turn(ACCURATE[0])
    assert after.reply is not None and after.reply.response == "opens", "practice can go on"


def test_commands_end_and_toggle_tips() -> None:
    session = _session()
    shown = []
    for _ in range(2):
        toggled = session.turn("/tips")
        assert toggled.command == "tips" and toggled.notice
        shown.append(session.tips)
    assert shown == [False, True]
    assert session.turn("/help").notice
    assert session.turn("/nonsense").notice
    assert session.replies == []
    end = session.turn("/end")
    assert end.ended and session.ended


def test_the_summary_of_a_scripted_practice() -> None:
    session = _session()
    script = [
        "What's that been like for you?",  # open question
        "Did you tell your manager?",  # closed question
        ACCURATE[0],  # complex reflection, opens layer 2
        ADVICE,  # advice: moralizing and advising
        ACCURATE[1],  # complex reflection, wins back trust
        "Your manager gave you another project late.",  # simple reflection
    ]
    kinds = [session.turn(text) for text in script]
    assert [f"{t.coding.code}_{t.coding.subtype}" for t in kinds if t.coding] == [
        "question_open", "question_closed", "reflection_complex", "input_None",
        "reflection_complex", "reflection_simple",
    ]  # fmt: skip
    summary = session.end()
    ratio, complex_, open_ = (summary.measure(n) for n in ("ratio", "complex", "open"))
    assert (ratio.part, ratio.whole, ratio.value, ratio.rating) == (3, 2, 1.5, "fair")
    assert (complex_.part, complex_.whole, complex_.rating) == (2, 3, "good")
    assert complex_.value == pytest.approx(2 / 3)
    assert (open_.part, open_.whole, open_.value, open_.rating) == (1, 2, 0.5, "fair")
    assert dict(summary.roadblocks) == {"advising": 1, "moralizing": 1}
    assert (summary.reached, summary.total, summary.completed) == (2, 3, False)
    assert [b.text for b in summary.best] == [ACCURATE[0], ACCURATE[1]]
    lines = "\n".join(session.summary_lines())
    assert "3 : 2 (1.5 : 1)" in lines and "2 of 3 (67%)" in lines and "1 of 2 (50%)" in lines
    assert "advising 1, moralizing 1" in lines and "2 of 3" in lines


@pytest.mark.parametrize(
    ("kinds", "ratio", "rating"),
    [
        (["reflection_simple"] * 3, math.inf, "good"),
        (["reflection_simple", "question_open"], 1.0, "fair"),
        (["question_closed"] * 2, 0.0, "below"),
        ([], None, "unknown"),
        (["other", "input"], None, "unknown"),
    ],
)
def test_ratios_at_the_edges(kinds: list[str], ratio: float | None, rating: str) -> None:
    replies = [Scored(f"r{i}", k, "filler", 0, "filler") for i, k in enumerate(kinds)]
    measure = tally(replies, 3).measure("ratio")
    assert measure.value == ratio and measure.rating == rating


def test_thresholds_are_inclusive() -> None:
    def share(complex_: int, simple: int) -> str:
        replies = [Scored("", "reflection_complex", "accurate", 0, "opens")] * complex_
        replies += [Scored("", "reflection_simple", "partial", 0, "partial")] * simple
        return tally(replies, 3).measure("complex").rating

    assert share(1, 1) == "good"  # 50 %
    assert share(2, 3) == "fair"  # 40 %
    assert share(1, 2) == "below"  # 33 %


def test_a_practice_is_kept_in_the_journal_as_practice() -> None:
    session = open_practice(scenario.load("work-stress"), seed=1)
    session.opening()
    assert session.recorder is not None and session.saved_as() is None, "nothing until a reply"
    session.turn(ACCURATE[0])
    session.turn(ADVICE)
    session.end()
    session.close()
    with Journal.open() as journal:
        [stored] = journal.sessions(mode="practice")
        assert stored.script == "work-stress"
        full = journal.session(stored.id or 0)
    speakers = [t.speaker for t in full.turns]
    assert speakers == ["person", "listener", "person", "listener", "person"]
    learner = [t for t in full.turns if t.speaker == "listener"]
    assert [t.kind for t in learner] == ["reflection_complex", "input"]
    assert learner[0].rule == "layer=1/3 verdict=accurate response=opens roadblocks=-"
    assert learner[1].rule.endswith("roadblocks=moralizing,advising")
    assert all(t.source == record.SOURCE for t in learner)
    assert all(not t.feelings for t in full.turns if t.speaker == "person")
    with Journal.open() as journal:
        [past] = history.past(journal)
    assert past.summary == tally(session.replies, 3)


def test_leaving_before_a_reply_stores_nothing() -> None:
    session = open_practice(scenario.load("grief"), seed=1)
    session.opening()
    session.end()
    session.close()
    with Journal.open() as journal:
        assert journal.sessions(mode="practice") == []


def test_a_journal_session_is_not_a_practice() -> None:
    recorder = Recorder.open("open")
    recorder.person("I had a long day.")
    recorder.listener("It's been a long day.", "reflection_simple", "x")
    recorder.close()
    with Journal.open() as journal:
        assert history.past(journal) == []


def test_history_shows_the_trend_across_sessions() -> None:
    for replies in (
        ["Did you tell your manager?", "Did you say no?", ADVICE],
        [ACCURATE[0], "What's that like for you?", ACCURATE[1]],
    ):
        session = open_practice(scenario.load("work-stress"), seed=2)
        session.opening()
        for text in replies:
            session.turn(text)
        session.end()
        session.close()
    with Journal.open() as journal:
        sessions = history.past(journal)
    assert len(sessions) == 2
    trend = {t.name: t for t in history.trend(sessions)}
    assert trend["ratio"].before == 0.0 and trend["ratio"].after == 2.0
    assert trend["ratio"].rating == "good"
    assert trend["open"].before == 0.0 and trend["open"].after == 1.0


def test_a_feeling_the_speaker_just_named_is_not_off_target() -> None:
    s = scenario.load("drinking")
    said = "I tried a week off in March. Slept better. Felt better, honestly."
    reply = "You felt better without it."
    from mirrorbot.language.coder import code
    from mirrorbot.practice.judge import judge

    assert judge(code(reply, said), s, 1).verdict == "missed", "without the context"
    landed = judge(code(reply, said), s, 1, said)
    assert (landed.verdict, landed.reason) == ("partial", "content_only")


def test_one_lists_draws_do_not_change_what_another_list_gives_next() -> None:
    # A seeded session's tips must not shift because the speaker drew from
    # its own lines more or less often (a changed scenario, a changed coder).
    import random

    from mirrorbot.practice.wording import Deck

    def tips(speaker_draws: int, speaker_options: int) -> list[int]:
        deck = Deck(random.Random(7))
        picks = []
        for _ in range(6):
            for _ in range(speaker_draws):
                deck.pick("speaker", range(speaker_options))
            picks.append(deck.pick("tip", range(5)))
        return picks

    alone = tips(0, 0)
    assert tips(1, 3) == alone
    assert tips(3, 7) == alone
    assert sorted(alone[:5]) == list(range(5))  # every wording once before any repeats
