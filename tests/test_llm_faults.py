"""The model hook against a real HTTP server on loopback that misbehaves.

Whatever the server does (slow, stalled, erroring, rate-limiting, speaking
garbage, hanging up, flooding, or saying something a listener must not
say), the person gets a reply: the model's when it is good, the script's
otherwise, without a traceback and within the configured deadline (the
deadlines here are small; the tests check outcomes, not timings).
"""

from __future__ import annotations

import asyncio
import random
import threading
import time
from typing import Any

import pytest
from llm_server import LoopbackModel, Plan, faults, words

from mirrorbot.dialogue.engine import Reflector, Reply
from mirrorbot.language.analysis import analyse
from mirrorbot.llm.clients import RetryPolicy
from mirrorbot.llm.config import LLMSettings
from mirrorbot.llm.hook import Event, ModelHook

TEXT = "I'm so tired of doing everything at home and nobody even notices."
GOOD = "It sounds like you're worn out, and it stings that nobody sees it."
PROVIDERS = ["openai", "ollama"]
DEADLINE = 5.0  # seconds: far past total_timeout + grace, far below a stalled server


def settings(server: LoopbackModel, provider: str = "openai", **more: Any) -> LLMSettings:
    values: dict[str, Any] = {
        "enabled": True,
        "provider": provider,
        "base_url": server.url if provider == "openai" else server.root,
        "model": "test-model",
        "connect_timeout": 0.5,
        "first_token_timeout": 0.6,
        "total_timeout": 1.0,
    }
    values.update(more)
    return LLMSettings(**values)


def make_hook(server: LoopbackModel, provider: str = "openai", **more: Any) -> ModelHook:
    return ModelHook(settings(server, provider, **more), policy=RetryPolicy(base_delay=0.05))


def scripted(text: str = TEXT) -> Reply:
    return Reflector(random.Random(3)).respond(analyse(text))


def answer(hook: ModelHook, text: str = TEXT) -> tuple[str, str]:
    """What the session would show, and its source."""
    script = scripted(text)
    try:
        said = hook.reply(text=text, analysis=analyse(text), scripted=script)
    finally:
        hook.close()
    return (said, "llm") if said is not None else (script.text, "script")


# ------------------------------------------------------------------ good replies


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_good_model_reply_is_used(server: LoopbackModel, provider: str) -> None:
    server.default = Plan(tokens=words(GOOD))
    assert answer(make_hook(server, provider)) == (GOOD, "llm")
    (request,) = server.requests
    assert request["path"] == ("/v1/chat/completions" if provider == "openai" else "/api/chat")
    body = request["body"]
    assert body["model"] == "test-model" and body["stream"] is True
    assert body["messages"][0]["role"] == "system"
    assert body["messages"][-1] == {"role": "user", "content": TEXT}


def test_events_spread_over_lines_with_keepalives_are_read(server: LoopbackModel) -> None:
    server.default = Plan(tokens=words(GOOD), multiline=True, keepalive=True)
    assert answer(make_hook(server)) == (GOOD, "llm")


def test_a_stream_ending_on_a_finish_reason_without_done_is_whole(server: LoopbackModel) -> None:
    body = (
        b'data: {"choices": [{"delta": {"content": "You\'re worn out."}, "finish_reason": null}]}\n\n'
        b'data: {"choices": [{"delta": {}, "finish_reason": "stop"}]}\n\n'
    )
    server.default = Plan(body=body)
    assert answer(make_hook(server)) == ("You're worn out.", "llm")


def test_a_server_that_ignores_stream_and_sends_json_is_understood(server: LoopbackModel) -> None:
    body = b'{"choices": [{"message": {"role": "assistant", "content": "You\'re worn out."}}]}'
    server.default = Plan(body=body, content_type="application/json")
    assert answer(make_hook(server)) == ("You're worn out.", "llm")


# ------------------------------------------------------------------ retried before the first token


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_500_is_retried_before_the_first_token(server: LoopbackModel, provider: str) -> None:
    server.plan(Plan(status=500), Plan(status=503))
    server.default = Plan(tokens=words(GOOD))
    assert answer(make_hook(server, provider)) == (GOOD, "llm")
    assert len(server.requests) == 3


def test_a_429_waits_as_long_as_retry_after_says(server: LoopbackModel) -> None:
    server.plan(Plan(status=429, headers={"Retry-After": "0.3"}))
    server.default = Plan(tokens=words(GOOD))
    assert answer(make_hook(server)) == (GOOD, "llm")
    assert len(server.requests) == 2


def test_a_retry_after_past_the_deadline_gives_the_script_at_once(server: LoopbackModel) -> None:
    server.default = Plan(status=429, headers={"Retry-After": "120"})
    assert answer(make_hook(server)) == (scripted().text, "script")
    assert len(server.requests) == 1, "no point asking again before the deadline"


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_reset_connection_is_retried(server: LoopbackModel, provider: str) -> None:
    server.plan(Plan(reset=True))
    server.default = Plan(tokens=words(GOOD))
    assert answer(make_hook(server, provider)) == (GOOD, "llm")


def test_no_retry_once_words_have_arrived(server: LoopbackModel) -> None:
    server.plan(Plan(tokens=words(GOOD), error_after=3))
    server.default = Plan(tokens=words(GOOD))
    assert answer(make_hook(server))[1] == "script"
    assert len(server.requests) == 1


def test_a_server_that_is_not_there_gives_the_script(server: LoopbackModel) -> None:
    hook = make_hook(server, base_url="http://127.0.0.1:9/v1")  # the discard port: refused
    assert answer(hook) == (scripted().text, "script")


# ------------------------------------------------------------------ every fault: the script answers

FAULTS = faults(GOOD)


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("fault", list(FAULTS))
def test_every_fault_falls_back_to_the_script(
    server: LoopbackModel, provider: str, fault: str
) -> None:
    server.default = FAULTS[fault]
    hook = make_hook(server, provider)
    started = time.monotonic()
    said, source = answer(hook)
    took = time.monotonic() - started
    assert (said, source) == (scripted().text, "script")
    # Generous: the deadline (1 s) and the hook's grace (0.5 s), with room
    # for a slow machine; a hook that waited on the server would take 30 s
    # (slow first token) or 60 s (stall).
    assert took < DEADLINE, f"{fault}: the script came after {took:.1f} s"
    assert hook.last is not None
    assert hook.last.error or hook.last.reasons, "the outcome says why"


def test_a_rejected_reply_gets_one_retry_with_a_note(server: LoopbackModel) -> None:
    server.plan(Plan(tokens=words("You should just tell them. Have you tried that?")))
    server.default = Plan(tokens=words(GOOD))
    hook = make_hook(server)
    assert answer(hook) == (GOOD, "llm")
    first, second = (r["body"]["messages"][0]["content"] for r in server.requests)
    assert "could not be used" not in first
    assert "could not be used" in second and "advis" in second
    assert hook.last is not None and hook.last.guard_seconds


def test_two_bad_replies_and_no_third_request(server: LoopbackModel) -> None:
    server.default = FAULTS["advice"]
    assert answer(make_hook(server))[1] == "script"
    assert len(server.requests) == 2


def test_a_feeling_they_denied_is_not_said_back(server: LoopbackModel) -> None:
    text = "I'm not angry, just really disappointed in my brother."
    server.plan(Plan(tokens=words("You're angry at your brother.")))
    server.default = Plan(tokens=words("You're disappointed in your brother."))
    hook = make_hook(server)
    said, source = answer(hook, text)
    assert (said, source) == ("You're disappointed in your brother.", "llm")
    assert hook.last is not None and "denied:anger" in hook.last.reasons
    assert "anger" in server.requests[0]["body"]["messages"][0]["content"]


# ------------------------------------------------------------------ cancelling


def test_cancel_from_another_thread_returns_at_once_and_hangs_up(server: LoopbackModel) -> None:
    server.default = Plan(tokens=words(GOOD * 3), token_delay=0.1)
    hook = make_hook(server, total_timeout=10, first_token_timeout=5)
    result: list[str | None] = []
    worker = threading.Thread(
        target=lambda: result.append(
            hook.reply(text=TEXT, analysis=analyse(TEXT), scripted=scripted())
        )
    )
    worker.start()
    while not server.sent:
        time.sleep(0.01)
    hook.cancel()
    worker.join(timeout=3)
    assert not worker.is_alive() and result == [None]
    hook.close()
    for _ in range(100):  # the server notices when its next write fails
        if server.aborted:
            break
        time.sleep(0.02)
    assert server.aborted == 1


# ------------------------------------------------------------------ streaming


async def collect(hook: ModelHook, text: str = TEXT) -> list[Event]:
    return [
        e async for e in hook.stream(text=text, analysis=analyse(text), scripted=scripted(text))
    ]


async def test_streaming_shows_tokens_then_the_final_text(server: LoopbackModel) -> None:
    server.default = Plan(tokens=words(GOOD))
    events = await collect(make_hook(server))
    tokens = [e.text for e in events if e.kind == "token"]
    assert len(tokens) > 3 and "".join(tokens) == GOOD
    assert events[-1] == Event("done", GOOD, "llm")


async def test_a_rejected_stream_is_reset_then_retried(server: LoopbackModel) -> None:
    server.plan(Plan(tokens=words("You should talk to them about it.")))
    server.default = Plan(tokens=words(GOOD))
    events = await collect(make_hook(server))
    kinds = [e.kind for e in events]
    assert "reset" in kinds
    after = kinds.index("reset")
    assert "".join(e.text for e in events[after:] if e.kind == "token") == GOOD
    assert events[-1] == Event("done", GOOD, "llm")


async def test_crisis_words_from_the_model_never_reach_the_screen(server: LoopbackModel) -> None:
    server.default = Plan(tokens=words("Maybe you should just kill yourself tonight, honestly."))
    events = await collect(make_hook(server))
    shown = "".join(e.text for e in events if e.kind == "token")
    assert "kill yourself" not in shown
    assert events[-1].source == "script" and events[-1].text == scripted().text


async def test_a_stream_failing_midway_ends_with_the_script(server: LoopbackModel) -> None:
    server.default = Plan(tokens=words(GOOD), cut_after=4)
    events = await collect(make_hook(server))
    assert [e.kind for e in events][-2:] == ["reset", "done"]
    assert events[-1] == Event("done", scripted().text, "script")


async def test_closing_the_stream_hangs_up(server: LoopbackModel) -> None:
    server.default = Plan(tokens=words(GOOD * 3), token_delay=0.05)
    hook = make_hook(server, total_timeout=10)
    stream = hook.stream(text=TEXT, analysis=analyse(TEXT), scripted=scripted())
    async for event in stream:
        assert event.kind == "token"
        break
    await stream.aclose()  # what Escape does
    for _ in range(100):
        if server.aborted:
            break
        await asyncio.sleep(0.02)
    assert server.aborted == 1


def test_a_worker_thread_sees_the_stream_through_on_event(server: LoopbackModel) -> None:
    server.default = Plan(tokens=words(GOOD))
    hook = make_hook(server)
    seen: list[Event] = []
    try:
        said = hook.reply(
            text=TEXT, analysis=analyse(TEXT), scripted=scripted(), on_event=seen.append
        )
    finally:
        hook.close()
    assert said == GOOD
    assert "".join(e.text for e in seen if e.kind == "token") == GOOD
    assert seen[-1] == Event("done", GOOD, "llm")
    assert hook.last is not None and "overwhelm" in hook.last.reflected, "for rupture checks"
