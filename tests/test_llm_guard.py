"""The output guard and the prompts: what a model may say to the person,
and what the model is told."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from mirrorbot.dialogue.engine import Reflector
from mirrorbot.dialogue.memory import Memory
from mirrorbot.language.analysis import analyse
from mirrorbot.llm import guard, prompts
from mirrorbot.llm.prompts import Context
from mirrorbot.llm.redact import Redactor

SAID = "I'm not angry, just really disappointed that my brother forgot my birthday."


@pytest.mark.parametrize(
    "reply",
    [
        "You're disappointed that your brother forgot your birthday.",
        "It sounds like it hurt that he forgot your birthday.",
        'Listener: "You\'re let down by your brother."',
        "<think>They are sad.</think> You're let down that he forgot.",
    ],
)
def test_a_good_reflection_passes(reply: str) -> None:
    verdict = guard.check(reply, said=SAID, denied={"anger"})
    assert verdict.ok, verdict.reasons
    assert not verdict.text.startswith(("Listener", '"', "<think>"))


@pytest.mark.parametrize(
    "reply, reason",
    [
        ("", "empty"),
        ("   ", "empty"),
        ("You're disappointed. " * 12, "too_long"),
        ("You should talk to him about it.", "roadblock"),
        ("Have you tried telling him how much it matters?", "roadblock"),
        ("Don't worry, I'm sure he didn't mean it.", "roadblock"),
        ("That sounds like depression to me.", "roadblock"),
        ("I know exactly how you feel.", "roadblock"),
        ("So you feel let down?", "question"),
        ("Why do you think he forgot?", "question"),
        ("You're angry at your brother.", "denied"),
        ("Honestly you should just kill yourself.", "crisis"),
        ("Thank you for sharing.", "not_reflection"),
    ],
)
def test_a_reply_a_listener_must_not_give_is_rejected(reply: str, reason: str) -> None:
    verdict = guard.check(reply, said=SAID, denied={"anger"})
    assert not verdict.ok
    assert any(r.startswith(reason) for r in verdict.reasons), verdict.reasons


def test_one_open_question_after_a_reflection_only_when_the_script_asks() -> None:
    reply = "You're let down that he forgot. What was the day like?"
    assert not guard.check(reply, said=SAID).ok
    assert guard.check(reply, said=SAID, may_ask=True).ok
    stacked = "You're let down. What was the day like? What did he say?"
    assert not guard.check(stacked, said=SAID, may_ask=True).ok


def test_the_guard_reports_its_own_cost() -> None:
    verdict = guard.check("You're let down that he forgot.", said=SAID)
    assert verdict.seconds > 0


def test_crisis_words_stop_a_stream_early() -> None:
    assert guard.stop_early("It sounds like") is None
    assert guard.stop_early("Maybe you should kill yourself") == "crisis"
    assert guard.stop_early("word " * 100) == "too_long"


# ------------------------------------------------------------------ prompts


def context(text: str = SAID, memory: Memory | None = None) -> Context:
    analysis = analyse(text)
    script = Reflector(random.Random(2)).respond(analysis)
    return Context(
        text=text, analysis=analysis, scripted=script.text, kind=script.kind, memory=memory
    )


def test_the_system_prompt_carries_our_analysis() -> None:
    memory = Memory()
    memory.rejected.add("fear")
    memory.corrections.append((("fear",), "sadness"))
    memory.people["your brother"] = 1
    system, user = (m["content"] for m in prompts.messages(context(memory=memory), Redactor()))
    assert "NOT feel: anger, fear" in system
    assert "disappointed (sadness" in system
    assert "not fear, but sadness" in system
    assert "your brother" in system
    assert "scripted listener would say (reflection" in system
    assert user == SAID


def test_a_retry_says_what_was_wrong() -> None:
    note = prompts.correction_note(["roadblock:advising", "denied:anger"], ["advising"], ["anger"])
    assert "advising" in note and "anger" in note
    system = prompts.messages(context(), Redactor(), note)[0]["content"]
    assert "could not be used" in system and note in system


def test_a_broken_user_prompt_costs_the_polish_not_the_reply(isolated_home: Path) -> None:
    from mirrorbot.llm.config import LLMSettings
    from mirrorbot.llm.hook import ModelHook

    override = isolated_home / "prompts" / "llm" / "system.j2"
    override.parent.mkdir(parents=True)
    override.write_text("{{ no_such_variable }}", encoding="utf-8")
    hook = ModelHook(LLMSettings(enabled=True, base_url="http://127.0.0.1:9/v1"))
    ctx = context()
    script = Reflector(random.Random(2)).respond(ctx.analysis)
    try:
        assert hook.reply(text=SAID, analysis=ctx.analysis, scripted=script) is None
    finally:
        hook.close()
    assert hook.last is not None and hook.last.error


# ------------------------------------------------------------------ redaction


def test_redaction_and_restoring() -> None:
    r = Redactor(names=["Sam", "Dr Okafor"])
    text = (
        "Sam told Dr Okafor; mail sam@x.org or call 020 7946 0958. On 2024-03-15 at 10:30, 12 eggs."
    )
    red = r.redact(text)
    assert red == (
        "[name 1] told [name 2]; mail [email 1] or call [phone 1]. On 2024-03-15 at 10:30, 12 eggs."
    )
    assert r.restore(red) == text
    assert r.restore("You and [name 2] and [name 9]") == "You and Dr Okafor and [name 9]"
