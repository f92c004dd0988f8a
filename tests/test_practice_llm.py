"""Practice feedback in a model's words, and every practice path against a
real model server on loopback (tests/llm_server.py) that misbehaves.

The coder decides what the feedback says; the model may only re-word the
tip and the example, each part checked on its own. Whatever the server
does, the speaker's line and the feedback come back scripted, in time,
without a traceback, with the journal intact; crisis text and redacted
details never reach the server; with the model off, no connection is made.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from llm_server import LoopbackModel, Plan, faults, words

from mirrorbot import config
from mirrorbot.journal.store import Journal
from mirrorbot.llm.config import LLMSettings
from mirrorbot.llm.hook import ModelHook
from mirrorbot.practice import models, scenario
from mirrorbot.practice.coach import split, tip_limit
from mirrorbot.practice.loop import PracticeSession, PracticeTurn, open_practice

SCENARIO = "work-stress"
SEED = 7
ROADBLOCK = "You should talk to your boss."  # coded advice: a tip and an example follow
ACCURATE = "You're worn out by the work piling up."  # on target: a tip, no example
SPOKEN = "Yeah, honestly, I'm just so tired of it all landing on me."
TIP = "Advice came before understanding; reflect what they said first."
EXAMPLE = "It sounds like you're worn down by the work piling up."
WORDED = f"Tip: {TIP} Example: {EXAMPLE}"
BOTH = '["practice-speaker", "practice-feedback"]'
DEADLINE = 5.0  # seconds for a whole turn: far past the 1 s deadline and grace, far below a stall
LLMConfig = Callable[..., config.Config]  # the ``llm_config`` fixture (conftest.py)


def _config(
    llm_config: LLMConfig, url: str, *lines: str, uses: str = BOTH, enabled: bool = True
) -> config.Config:
    return llm_config(
        f"enabled = {str(enabled).lower()}",
        f'base_url = "{url}"',
        'model = "test"',
        f"use_for = {uses}",
        "connect_timeout = 0.5",
        "first_token_timeout = 0.6",
        "total_timeout = 1.0",
        *lines,
    )


def _scripted(text: str, *, tips: bool = True) -> PracticeTurn:
    """What practice says to ``text`` with no model (same scenario, same seed)."""
    session = PracticeSession(scenario.load(SCENARIO), seed=SEED, tips=tips)
    session.opening()
    return session.turn(text)


def _practise(cfg: config.Config, *, save: bool = False, tips: bool = True) -> PracticeSession:
    speaker, coach = models.open_models(cfg)
    return open_practice(
        scenario.load(SCENARIO), seed=SEED, save=save, tips=tips, speaker=speaker, coach=coach
    )


def _turn(cfg: config.Config, text: str = ROADBLOCK, **more: Any) -> PracticeTurn:
    session = _practise(cfg, **more)
    try:
        session.opening()
        return session.turn(text)
    finally:
        session.close()


def _is_feedback(body: Any) -> bool:
    return "Our coder has already judged" in body["messages"][0]["content"]


def _route(speaker: Plan, feedback: Plan) -> Any:
    return lambda body: feedback if _is_feedback(body) else speaker


# ------------------------------------------------------------------ the model words, the coder decides


def test_the_model_words_the_tip_and_example_the_coder_chose(
    server: LoopbackModel, llm_config: LLMConfig
) -> None:
    ours = _scripted(ROADBLOCK)
    assert ours.feedback is not None and ours.feedback.example is not None
    server.default = Plan(tokens=words(WORDED))
    turn = _turn(_config(llm_config, server.url, uses='["practice-feedback"]'))
    given = turn.feedback
    assert given is not None
    assert (given.tip, given.example, given.source) == (TIP, EXAMPLE, "llm")
    assert given.example_line is not None and EXAMPLE in given.example_line
    assert given.label == ours.feedback.label, "the coder's label is never the model's"
    assert turn.judgement == ours.judgement and turn.reply == ours.reply
    (request,) = server.requests
    system, user = request["body"]["messages"]
    assert ours.feedback.tip in system["content"] and ours.feedback.example in system["content"]
    assert ROADBLOCK not in system["content"], "the learner's words only as the user message"
    assert user == {"role": "user", "content": ROADBLOCK}


def test_no_example_is_asked_for_or_shown_when_the_reply_landed(
    server: LoopbackModel, llm_config: LLMConfig
) -> None:
    ours = _scripted(ACCURATE)
    assert ours.feedback is not None and ours.feedback.example is None
    server.default = Plan(
        tokens=words(f"Tip: You caught the tiredness, and Sam opened up. Example: {EXAMPLE}")
    )
    given = _turn(_config(llm_config, server.url, uses='["practice-feedback"]'), ACCURATE).feedback
    assert given is not None and given.source == "llm"
    assert given.tip == "You caught the tiredness, and Sam opened up."
    assert given.example is None and given.example_line is None
    assert "Example:" not in server.requests[0]["body"]["messages"][0]["content"]


@pytest.mark.parametrize(
    ("answer", "tip_kept", "example_kept"),
    [
        (f"Tip: {TIP} Example: You should tell your boss you need help.", False, True),
        (f"Tip: {TIP} Example: So you're worn out by the work piling up?", False, True),
        (f"Tip: {TIP} Example: Don't worry, it'll all work out.", False, True),
        (f"Tip: Why not try a reflection first? Example: {EXAMPLE}", True, False),
        (f'Tip: Try "Have you thought about quitting" instead. Example: {EXAMPLE}', True, False),
        (f"Tip: Don't worry, you're doing great. Example: {EXAMPLE}", True, False),
        (f"Tip: {'Reflect first. ' * 40}Example: {EXAMPLE}", True, False),
        (f"Tip: {TIP} Example: {EXAMPLE} Or just kill yourself.", True, True),
        ("Tip: Example:", True, True),
    ],
    ids=[
        "example-advice",
        "example-question",
        "example-reassurance",
        "tip-asks",
        "tip-quotes-a-question",
        "tip-reassures",
        "tip-too-long",
        "crisis-anywhere",
        "empty",
    ],
)
def test_each_part_that_fails_its_check_keeps_our_words(
    server: LoopbackModel, llm_config: LLMConfig, answer: str, tip_kept: bool, example_kept: bool
) -> None:
    ours = _scripted(ROADBLOCK).feedback
    assert ours is not None
    server.default = Plan(tokens=words(answer))
    given = _turn(_config(llm_config, server.url, uses='["practice-feedback"]')).feedback
    assert given is not None
    assert (given.tip == ours.tip) is tip_kept
    assert (given.example == ours.example) is example_kept
    assert (given.example_line == ours.example_line) is example_kept
    assert given.source == ("script" if tip_kept and example_kept else "llm")
    assert given.label == ours.label


def test_the_answer_is_read_with_or_without_labels_and_quotes() -> None:
    assert split(f'Tip: {TIP}\nExample: "{EXAMPLE}"') == (TIP, EXAMPLE)
    assert split(f"{TIP} Example: Try: {EXAMPLE}") == (TIP, EXAMPLE)
    assert split("For example: name the feeling.") == ("For example: name the feeling.", "")
    assert tip_limit("x" * 10) == 90 and tip_limit("x" * 500) == 320


def test_speaker_and_feedback_are_asked_at_the_same_time(
    server: LoopbackModel, llm_config: LLMConfig
) -> None:
    """Neither request is answered until both have arrived: asked one after
    the other, the first would fail and both would stay scripted."""
    both_here = threading.Barrier(2)

    def route(body: Any) -> Plan:
        try:
            both_here.wait(timeout=0.5)
        except threading.BrokenBarrierError:
            return Plan(status=400)
        return Plan(tokens=words(WORDED if _is_feedback(body) else SPOKEN))

    server.route = route
    turn = _turn(_config(llm_config, server.url))
    assert turn.reply is not None and turn.feedback is not None
    assert (turn.reply.text, turn.reply.source) == (SPOKEN, "llm")
    assert (turn.feedback.tip, turn.feedback.source) == (TIP, "llm")
    assert len(server.requests) == 2


# ------------------------------------------------------------------ off means off


def test_with_the_model_off_practice_opens_no_connection(
    llm_config: LLMConfig, no_sockets: list[object]
) -> None:
    cfg = _config(llm_config, "http://127.0.0.1:9/v1", enabled=False)
    assert models.open_models(cfg) == (None, None)
    assert models.why_scripted(cfg) is None and models.remote_host(cfg) is None
    turn = _turn(cfg, save=True)
    ours = _scripted(ROADBLOCK)
    assert turn.reply == ours.reply and turn.feedback == ours.feedback
    assert no_sockets == []


@pytest.mark.parametrize(
    ("uses", "asked"),
    [('["journal"]', 0), ('["practice-speaker"]', 1), ('["practice-feedback"]', 1), (BOTH, 2)],
)
def test_only_what_use_for_lists_is_asked(
    server: LoopbackModel, llm_config: LLMConfig, uses: str, asked: int
) -> None:
    server.route = _route(Plan(tokens=words(SPOKEN)), Plan(tokens=words(WORDED)))
    turn = _turn(_config(llm_config, server.url, uses=uses))
    assert len(server.requests) == asked
    assert turn.reply is not None and turn.feedback is not None
    assert (turn.reply.source == "llm") is ("practice-speaker" in uses)
    assert (turn.feedback.source == "llm") is ("practice-feedback" in uses)
    if asked == 0:
        assert server.connections == 0


def test_with_tips_off_the_feedback_is_not_asked_for(
    server: LoopbackModel, llm_config: LLMConfig
) -> None:
    server.default = Plan(tokens=words(WORDED))
    turn = _turn(_config(llm_config, server.url, uses='["practice-feedback"]'), tips=False)
    assert server.requests == [] and server.connections == 0
    assert turn.feedback == _scripted(ROADBLOCK, tips=False).feedback


# ------------------------------------------------------------------ what leaves the machine


@pytest.mark.parametrize(
    "text",
    [
        "I want to kill myself.",
        "honestly thinking of unaliving myself",
        "I am going to kms tonight",
    ],
)
def test_crisis_text_from_the_learner_never_reaches_the_server(
    server: LoopbackModel, llm_config: LLMConfig, text: str
) -> None:
    turn = _turn(_config(llm_config, server.url), text)
    assert turn.crisis and turn.feedback is None
    assert server.requests == [] and server.connections == 0


def test_a_request_holding_crisis_text_anywhere_is_never_sent(server: LoopbackModel) -> None:
    hook = ModelHook(
        LLMSettings(enabled=True, base_url=server.url, use_for=("practice-feedback",)),
        use="practice-feedback",
    )
    messages = [
        {"role": "system", "content": "Re-word this tip. The speaker said: I want to end my life."},
        {"role": "user", "content": "You're tired."},
    ]
    try:
        assert hook.complete(messages, lambda text: text) is None
    finally:
        hook.close()
    assert hook.last is not None and "crisis" in (hook.last.error or "")
    assert server.requests == [] and server.connections == 0


def test_redacted_details_never_reach_the_server_and_come_back_as_words(
    server: LoopbackModel, llm_config: LLMConfig
) -> None:
    text = "You should ring Priya on +44 7700 900123 or mail priya.k@example.org, Sam."
    server.route = _route(
        Plan(tokens=words("Yeah. [name 1] keeps saying that too.")),
        Plan(tokens=words("Tip: Advice about [name 1] came first; reflect what [name 2] said.")),
    )
    cfg = _config(llm_config, server.url, 'redact_names = ["Priya", "Sam"]')
    turn = _turn(cfg, text)
    sent = server.bodies()
    assert len(server.requests) == 2
    for secret in ("Priya", "priya", "7700", "example.org", "Sam"):
        assert secret not in sent, f"{secret!r} left the machine"
    assert turn.feedback is not None and turn.reply is not None
    assert turn.feedback.source == "llm" and "Sam" in turn.feedback.tip
    assert turn.reply.source == "llm" and "[name" not in turn.reply.text


# ------------------------------------------------------------------ every fault: scripted, in time

PRACTICE_FAULTS = [
    "500 every time",
    "429 every time",
    "slow first token",
    "stall mid-stream",
    "malformed JSON",
    "stream cut mid-event",
    "connection reset",
    "wrong content type",
    "error object mid-stream",
    "no end marker",
    "5 MB reply",
    "advice",
    "reassurance",
    "diagnosis",
    "crisis term",
    "empty",
    "a speech",
]


@pytest.mark.parametrize("provider", ["openai", "ollama"])
@pytest.mark.parametrize("fault", PRACTICE_FAULTS)
def test_every_fault_leaves_the_practice_turn_scripted_in_time(
    server: LoopbackModel, llm_config: LLMConfig, provider: str, fault: str
) -> None:
    # Where words arrive, they are good ones for each path: only the fault
    # can be to blame for the fallback.
    spoken, worded = faults(SPOKEN)[fault], faults(WORDED)[fault]
    server.route = _route(spoken, worded)
    url = server.url if provider == "openai" else server.root
    cfg = _config(llm_config, url, f'provider = "{provider}"')
    ours = _scripted(ROADBLOCK)
    session = _practise(cfg, save=True)
    started = time.monotonic()
    try:
        opening = session.opening().text
        turn = session.turn(ROADBLOCK)
        took = time.monotonic() - started
        after = session.turn(ACCURATE)  # the practice goes on
    finally:
        session.close()
    assert len(server.requests) >= 2, "both were asked"
    assert took < DEADLINE, f"{fault}: the turn took {took:.1f} s"
    assert turn.reply == ours.reply and turn.feedback == ours.feedback
    assert after.reply is not None and after.reply.response == "warming"
    with Journal.open() as journal:
        (entry,) = journal.sessions()
        assert entry.id is not None
        turns = journal.session(entry.id).turns
    assert ours.reply is not None and after.reply is not None
    assert [(t.speaker, t.text, t.source) for t in turns] == [
        ("person", opening, "script"),
        ("listener", ROADBLOCK, "practice"),
        ("person", ours.reply.text, "script"),
        ("listener", ACCURATE, "practice"),
        ("person", after.reply.text, "script"),
    ]


def test_a_speaker_who_starts_advising_is_out_of_role(
    server: LoopbackModel, llm_config: LLMConfig
) -> None:
    server.default = Plan(tokens=words("Honestly? You should just talk to your own boss first."))
    turn = _turn(_config(llm_config, server.url, uses='["practice-speaker"]'))
    assert turn.reply == _scripted(ROADBLOCK).reply


# ------------------------------------------------------------------ the journal says who worded it


def test_the_journal_keeps_who_worded_each_speaker_line(
    server: LoopbackModel, llm_config: LLMConfig
) -> None:
    server.route = _route(Plan(tokens=words(SPOKEN)), Plan(tokens=words(WORDED)))
    _turn(_config(llm_config, server.url), save=True)
    with Journal.open() as journal:
        (entry,) = journal.sessions()
        assert entry.id is not None
        turns = journal.session(entry.id).turns
    assert [(t.speaker, t.source) for t in turns] == [
        ("person", "script"),  # the opening: the scenario's own words
        ("listener", "practice"),
        ("person", "llm"),
    ]
    assert turns[-1].text == SPOKEN


# ------------------------------------------------------------------ a remote host, on the command line


def test_the_command_line_says_in_one_line_why_practice_stays_scripted(
    isolated_home: Path,
    llm_config: LLMConfig,
) -> None:
    from test_practice_cli import _run

    _config(llm_config, "https://models.example.com/v1")
    done = _run(isolated_home, "--scenario", SCENARIO, "--no-save", "--seed", "7", stdin="/end\n")
    assert done.returncode == 0, done.stderr
    (line,) = done.stderr.splitlines()
    assert "models.example.com" in line and "allow_remote" in line and "scripted" in line
    assert "models.example.com" not in done.stdout


def test_nothing_is_said_when_practice_does_not_ask_for_the_model(
    isolated_home: Path, llm_config: LLMConfig
) -> None:
    from test_practice_cli import _run

    _config(llm_config, "https://models.example.com/v1", uses='["journal"]')
    done = _run(isolated_home, "--scenario", SCENARIO, "--no-save", stdin="/end\n")
    assert done.returncode == 0 and done.stderr == ""
