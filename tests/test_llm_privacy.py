"""What leaves the machine, proved on the wire: with the model off, nothing
(not even a connection); crisis text, never; redacted details, never; a
remote host, only when the person allowed it."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from llm_server import LoopbackModel, Plan, words

from mirrorbot import config
from mirrorbot.dialogue.engine import Reflector, Reply
from mirrorbot.language.analysis import analyse
from mirrorbot.llm.clients import RetryPolicy
from mirrorbot.llm.config import LLMSettings
from mirrorbot.llm.hook import ModelHook
from mirrorbot.session import Session

TEXT = "My sister Priya cancelled on me again and I'm really hurt."


@dataclass(frozen=True)
class Said:
    """An earlier turn, as the session keeps it."""

    input: str
    reply: str
    crisis: bool = False


def hook_for(server: LoopbackModel, **more: Any) -> ModelHook:
    values: dict[str, Any] = {
        "enabled": True,
        "base_url": server.url,
        "connect_timeout": 0.5,
        "first_token_timeout": 0.6,
        "total_timeout": 1.0,
    }
    values.update(more)
    return ModelHook(LLMSettings(**values), policy=RetryPolicy(base_delay=0.05))


def ask(hook: ModelHook, text: str = TEXT, turns: tuple[Said, ...] = ()) -> str | None:
    script = Reflector(random.Random(1)).respond(analyse(text))
    try:
        return hook.reply(text=text, analysis=analyse(text), scripted=script, turns=turns)
    finally:
        hook.close()


# ------------------------------------------------------------------ off means off


def test_the_shipped_config_has_the_model_off() -> None:
    cfg = config.load()
    assert LLMSettings.from_config(cfg).enabled is False
    assert ModelHook.from_config(cfg) is None


def test_with_the_model_off_no_connection_is_opened(
    server: LoopbackModel, no_sockets: list[object]
) -> None:
    hook = hook_for(server, enabled=False)
    assert ask(hook) is None
    session = Session(seed=1)
    for text in (TEXT, "and nobody even asked how I was"):
        session.turn(text)
    assert no_sockets == [] and server.connections == 0 and server.requests == []


def test_a_config_with_the_model_off_never_loads_httpx(
    isolated_home: Path, llm_config: Callable[..., config.Config]
) -> None:
    llm_config("enabled = false", 'base_url = "http://127.0.0.1:9/v1"')
    code = (
        "import sys\n"
        "from mirrorbot import config\n"
        "from mirrorbot.llm.hook import ModelHook\n"
        "from mirrorbot.session import open_session\n"
        "assert ModelHook.from_config(config.load()) is None\n"
        "open_session(config.load(), save=False).turn('I feel stuck')\n"
        "print('httpx' in sys.modules)\n"
    )
    env = {"MIRRORBOT_HOME": str(isolated_home), "PATH": ""}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_a_use_not_listed_gets_no_hook(isolated_home: Path) -> None:
    cfg = config.Config(
        values={**config.defaults(), "llm": {**config.defaults()["llm"], "enabled": True}}
    )
    assert ModelHook.from_config(cfg, use="journal") is not None
    assert ModelHook.from_config(cfg, use="practice-speaker") is None


# ------------------------------------------------------------------ crisis text stays here


@pytest.mark.parametrize(
    "text",
    [
        "I want to kill myself tonight.",
        "everyone would be better off without me",
        "honestly thinking of unaliving myself",
    ],
)
def test_crisis_text_never_reaches_the_server(server: LoopbackModel, text: str) -> None:
    hook = hook_for(server)
    assert ask(hook, text) is None
    assert server.connections == 0 and server.requests == []


def test_crisis_turns_in_the_history_are_never_sent(server: LoopbackModel) -> None:
    server.default = Plan(tokens=words("You're hurt that she cancelled again."))
    crisis = "Last night I wanted to end my life."
    turns = (
        Said("Work has been a lot lately.", "It's been a heavy stretch at work."),
        Said(crisis, "It sounds like you are going through a lot. 988 ...", crisis=True),
        Said("/summary", "So far: work."),
    )
    assert ask(hook_for(server), turns=turns) == "You're hurt that she cancelled again."
    sent = server.bodies()
    assert "end my life" not in sent and "988" not in sent and "/summary" not in sent
    assert "Work has been a lot lately." in sent


def test_the_hook_refuses_even_if_the_session_would_not(server: LoopbackModel) -> None:
    """Belt and braces: the session answers crisis first, but the hook checks too."""
    hook = hook_for(server)
    text = "I have the pills ready and I'm going to take them all."
    script = Reply("You're worn out.", "reflection_feeling", "test")
    assert hook.reply(text=text, analysis=analyse(text), scripted=script) is None
    assert hook.last is not None and "crisis" in (hook.last.error or "")
    assert server.requests == []


# ------------------------------------------------------------------ redaction


def test_redacted_details_never_reach_the_server(server: LoopbackModel) -> None:
    server.default = Plan(tokens=words("You're hurt that [name 1] cancelled again."))
    text = (
        "Priya cancelled again. She texted from priya.k@example.org and I called "
        "her on +44 7700 900123 but nothing."
    )
    turns = (
        Said(
            "Tom said to mail tom.r@work.example.com or ring 555-867-5309.",
            "You've been trying to reach Tom.",
        ),
    )
    hook = hook_for(server, redact_names=("Priya", "Tom"))
    said = ask(hook, text, turns)
    sent = server.bodies()
    for secret in ("Priya", "priya", "example.org", "7700", "Tom", "tom.r@", "867-5309"):
        assert secret not in sent, f"{secret!r} left the machine"
    contents = " ".join(m["content"] for m in server.requests[0]["body"]["messages"])
    assert "[name 1]" in contents and "[email 1]" in contents and "[phone 1]" in contents
    assert said == "You're hurt that Priya cancelled again.", "placeholders come back as words"


def test_redaction_can_be_turned_off(server: LoopbackModel) -> None:
    server.default = Plan(tokens=words("You're hurt."))
    text = "Write to me at me@example.org, I feel hurt."
    ask(hook_for(server, redact_emails=False), text)
    assert "me@example.org" in server.bodies()


def test_the_person_s_text_is_never_a_template(server: LoopbackModel) -> None:
    server.default = Plan(tokens=words("You're hurt."))
    text = "{{ 7*7 }} {% for x in range(3) %}loop{% endfor %} I feel hurt and stuck."
    ask(hook_for(server), text)
    sent = json.loads(server.requests[0]["raw"])["messages"]
    assert sent[-1]["content"] == text
    assert "49" not in sent[0]["content"]


# ------------------------------------------------------------------ where the words may go


def test_a_remote_server_needs_allow_remote(no_sockets: list[object]) -> None:
    hook = ModelHook(LLMSettings(enabled=True, base_url="http://203.0.113.9:8000/v1"))
    assert ask(hook) is None
    assert hook.last is not None and "203.0.113.9" in (hook.last.error or "")
    assert "allow_remote" in (hook.last.error or "")
    assert no_sockets == []


def test_allow_remote_or_the_person_s_yes_lets_it_through() -> None:
    remote = LLMSettings(enabled=True, base_url="https://api.example.com/v1")
    assert remote.refusal() is not None
    assert remote.refusal(remote_ok=True) is None
    assert (
        LLMSettings(
            enabled=True, base_url="https://api.example.com/v1", allow_remote=True
        ).refusal()
        is None
    )


def test_the_api_key_comes_from_the_environment_and_is_sent_only_as_a_header(
    server: LoopbackModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MIRRORBOT_TEST_KEY", "sk-test-secret")
    server.default = Plan(tokens=words("You're hurt."))
    hook = hook_for(server, api_key_env="MIRRORBOT_TEST_KEY")
    ask(hook)
    (request,) = server.requests
    assert request["headers"].get("authorization") == "Bearer sk-test-secret"
    assert "sk-test-secret" not in server.bodies()
    server.default = Plan(status=401, body=b'{"error": {"message": "bad key"}}')
    ask(hook)
    assert hook.last is not None and "sk-test-secret" not in (hook.last.error or "")
