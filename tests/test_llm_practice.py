"""The practice speaker in a model's words, against a real model server on
loopback (tests/llm_server.py): the scenario's layers choose the line, the
model only re-words it; a failure, an overlong line or a crisis term leaves
the scripted line; with it off, nothing is sent."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from llm_server import LoopbackModel, Plan, words

from mirrorbot import config
from mirrorbot.journal.store import Journal
from mirrorbot.practice import scenario
from mirrorbot.practice.loop import PracticeSession, open_practice
from mirrorbot.practice.speaker import ModelSpeaker, limit

ACCURATE = "You're worn out by the work piling up."
REWORDED = "Yeah, honestly, I'm just so tired of it all landing on me."
LLMConfig = Callable[..., config.Config]  # the ``llm_config`` fixture (conftest.py)


def _config(
    llm_config: LLMConfig, url: str, uses: str = '["journal", "practice-speaker"]'
) -> config.Config:
    return llm_config(
        "enabled = true",
        f'base_url = "{url}"',
        'model = "test"',
        f"use_for = {uses}",
        "first_token_timeout = 1.0",
        "total_timeout = 2.0",
    )


def _scripted(text: str) -> tuple[str, str, int]:
    """What the scripted speaker says to ``text`` (same scenario, same seed)."""
    session = PracticeSession(scenario.load("work-stress"), seed=7)
    session.opening()
    reply = session.turn(text).reply
    assert reply is not None
    return reply.text, reply.response, reply.layer


def _practise(cfg: config.Config) -> PracticeSession:
    speaker = ModelSpeaker.from_config(cfg)
    assert speaker is not None
    return PracticeSession(scenario.load("work-stress"), seed=7, speaker=speaker)


def test_a_good_rewording_is_the_speakers_line_and_the_layer_still_decides(
    server: LoopbackModel, llm_config: LLMConfig
) -> None:
    scripted, response, layer = _scripted(ACCURATE)
    server.default = Plan(tokens=words(REWORDED))
    session = _practise(_config(llm_config, server.url))
    session.opening()
    turn = session.turn(ACCURATE)
    session.close()
    (request,) = server.requests
    assert turn.reply is not None
    assert turn.reply.text == REWORDED
    assert (turn.reply.response, turn.reply.layer) == (response, layer) == ("opens", 1)
    system, user = request["body"]["messages"]
    assert scripted in system["content"] and ACCURATE not in system["content"]
    assert user == {"role": "user", "content": ACCURATE}


def test_the_reworded_line_is_what_the_journal_keeps(
    server: LoopbackModel, llm_config: LLMConfig
) -> None:
    server.default = Plan(tokens=words(REWORDED))
    cfg = _config(llm_config, server.url)
    session = open_practice(
        scenario.load("work-stress"), seed=7, speaker=ModelSpeaker.from_config(cfg)
    )
    session.opening()
    session.turn(ACCURATE)
    session.close()
    with Journal.open() as journal:
        (entry,) = journal.sessions()
        assert entry.id is not None
        texts = [t.text for t in journal.session(entry.id).turns]
    assert texts[-2:] == [ACCURATE, REWORDED]


@pytest.mark.parametrize(
    "plan",
    [
        Plan(status=500),
        Plan(reset=True),
        Plan(first_delay=3.0),
        Plan(tokens=words("Honestly I just want to kill myself some days.")),
        Plan(tokens=words("I'm tired. " * 60)),
        Plan(tokens=[""]),
    ],
    ids=["500", "reset", "too-slow", "crisis-term", "too-long", "empty"],
)
def test_any_failure_leaves_the_scripted_line(
    server: LoopbackModel, llm_config: LLMConfig, plan: Plan
) -> None:
    scripted, response, layer = _scripted(ACCURATE)
    server.default = plan
    session = _practise(_config(llm_config, server.url))
    session.opening()
    turn = session.turn(ACCURATE)
    session.close()
    assert server.requests, "the model was asked"
    assert turn.reply is not None
    assert (turn.reply.text, turn.reply.response, turn.reply.layer) == (scripted, response, layer)


def test_with_the_speaker_off_no_request_is_made(
    server: LoopbackModel, llm_config: LLMConfig
) -> None:
    scripted, _, _ = _scripted(ACCURATE)
    cfg = _config(llm_config, server.url, uses='["journal"]')
    speaker = ModelSpeaker.from_config(cfg)
    session = open_practice(scenario.load("work-stress"), seed=7, save=False, speaker=speaker)
    session.opening()
    turn = session.turn(ACCURATE)
    session.close()
    assert server.requests == [] and server.connections == 0
    assert speaker is None
    assert turn.reply is not None and turn.reply.text == scripted


def test_a_remote_server_without_allow_remote_gets_no_speaker(llm_config: LLMConfig) -> None:
    cfg = _config(llm_config, "https://models.example.com/v1")
    assert ModelSpeaker.from_config(cfg) is None
    assert ModelSpeaker.from_config(cfg, remote_ok=True) is not None


def test_a_crisis_from_the_learner_never_reaches_the_model(
    server: LoopbackModel, llm_config: LLMConfig
) -> None:
    session = _practise(_config(llm_config, server.url))
    session.opening()
    turn = session.turn("I want to kill myself.")
    session.close()
    assert server.requests == []
    assert turn.crisis


def test_the_length_limit_grows_with_the_line_but_stays_short() -> None:
    assert limit("Yes.") == 64
    assert limit("x" * 100) == 200
    assert limit("x" * 1000) == 400
