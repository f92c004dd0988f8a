"""The model hook inside a real conversation: the session, the journal and a
real model server on loopback (tests/llm_server.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable

from llm_server import LoopbackModel, Plan, words

from mirrorbot import config
from mirrorbot.journal.store import Journal
from mirrorbot.session import open_session

LLMConfig = Callable[..., config.Config]  # the ``llm_config`` fixture (conftest.py)


def _config(llm_config: LLMConfig, url: str) -> config.Config:
    return llm_config(
        "enabled = true",
        'provider = "openai"',
        f'base_url = "{url}"',
        'model = "test"',
        "first_token_timeout = 2.0",
        "total_timeout = 4.0",
    )


def test_a_good_model_reply_is_used_and_marked_and_kept(
    server: LoopbackModel, llm_config: LLMConfig
) -> None:
    server.default = Plan(tokens=words("It sounds like that left you worn out."))
    session = open_session(_config(llm_config, server.url), seed=1)
    turn = session.turn("I worked late every night this week and I'm exhausted.")
    session.close()
    assert server.requests, "the model was asked"
    assert turn.source == "llm" and turn.reply == "It sounds like that left you worn out."
    with Journal.open() as journal:
        (entry,) = journal.sessions()
        listener = [t for t in journal.session(entry.id).turns if t.speaker == "listener"]
    assert listener[-1].text == turn.reply and listener[-1].source == "llm"


def test_no_crisis_message_ever_reaches_the_model(
    server: LoopbackModel, llm_config: LLMConfig
) -> None:
    session = open_session(_config(llm_config, server.url), seed=1)
    turn = session.turn("I want to kill myself tonight.")
    later = session.turn("I had a long day at work and I'm tired.")
    session.close()
    sent = server.bodies()
    assert turn.kind == "crisis" and turn.source == "script"
    assert "kill myself" not in sent, "the crisis words were sent"
    assert later.source in {"llm", "script"}


def test_advice_from_the_model_falls_back_to_the_script_and_the_journal_is_intact(
    server: LoopbackModel, llm_config: LLMConfig
) -> None:
    server.default = Plan(tokens=words("You should just quit and find a better job."))
    session = open_session(_config(llm_config, server.url), seed=1)
    turn = session.turn("My manager keeps piling work on me and I'm fed up.")
    session.close()
    assert turn.source == "script" and "should" not in turn.reply.lower()
    with Journal.open() as journal:
        (entry,) = journal.sessions()
        texts = [t.text for t in journal.session(entry.id).turns]
    assert texts == ["My manager keeps piling work on me and I'm fed up.", turn.reply]


def test_reply_llm_with_a_remote_server_is_refused_in_one_line(llm_config: LLMConfig) -> None:
    llm_config('base_url = "https://models.example.com/v1"', 'model = "x"')
    result = subprocess.run(
        [sys.executable, "-m", "mirrorbot", "reply", "--llm", "--json", "hello"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "models.example.com" in result.stderr
    assert "Traceback" not in result.stderr
    assert not result.stdout or json.loads(result.stdout)
