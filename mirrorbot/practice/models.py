"""Whether practice may use the language model, and the speaker and coach
that use it (``[llm] use_for``: "practice-speaker", "practice-feedback").

A face asks ``remote_host`` first: a host to name in an explicit question
(the app), or ``why_scripted`` for one line that says why practice stays
scripted (the command line). Nothing from the llm package is imported while
the model is off.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

if TYPE_CHECKING:
    from mirrorbot.config import Config
    from mirrorbot.llm.hook import ModelHook
    from mirrorbot.practice.coach import ModelCoach
    from mirrorbot.practice.speaker import ModelSpeaker

USES = ("practice-speaker", "practice-feedback")
_R = TypeVar("_R", bound="Reworder")


class Reworder:
    """A part of practice the model may re-word (the speaker's lines, the
    feedback), through a hook of its own for ``USE`` in ``[llm] use_for``."""

    USE: ClassVar[str]

    def __init__(self, hook: ModelHook) -> None:
        self.hook = hook

    @classmethod
    def from_config(cls: type[_R], cfg: Config, *, remote_ok: bool = False) -> _R | None:
        """One if ``[llm]`` is on for ``USE`` and its server may be used
        (local, allowed, or ``remote_ok``); else None, and nothing from the
        llm package is imported when the model is off."""
        if not cfg.values["llm"]["enabled"]:
            return None
        from mirrorbot.llm.hook import ModelHook

        hook = ModelHook.from_config(cfg, use=cls.USE, remote_ok=remote_ok)
        if hook is None or hook.settings.refusal(remote_ok=remote_ok) is not None:
            return None
        return cls(hook)

    def prompt(self, template: str, values: dict[str, Any], said: str) -> list[dict[str, str]]:
        """The messages for one request: ``template`` (under ``prompts/``)
        rendered with ``values`` as the system prompt, then what the learner
        ``said``."""
        from mirrorbot.llm import prompts

        system = prompts.template(template).render(values)
        return [
            {"role": "system", "content": system.strip()},
            {"role": "user", "content": said},
        ]

    def close(self) -> None:
        self.hook.close()


def _wanted(cfg: Config) -> bool:
    llm = cfg.values["llm"]
    return bool(llm["enabled"]) and any(use in llm["use_for"] for use in USES)


def remote_host(cfg: Config) -> str | None:
    """The host practice would send the learner's replies to, when that
    needs their yes first (the model is on for practice, its server is not
    this computer and ``allow_remote`` is not set); else None."""
    if not _wanted(cfg):
        return None
    from mirrorbot.llm.config import LLMSettings

    return LLMSettings.from_config(cfg).unallowed_host


def why_scripted(cfg: Config) -> str | None:
    """Why practice stays scripted although ``[llm]`` asks for it for
    practice (one line), or None (the model is used, or not asked for).
    For the command line, where nobody is asked about a remote host."""
    if not _wanted(cfg):
        return None
    from mirrorbot.llm.config import LLMSettings

    return LLMSettings.from_config(cfg).refusal()


def open_models(
    cfg: Config, *, remote_ok: bool = False
) -> tuple[ModelSpeaker | None, ModelCoach | None]:
    """The model speaker and coach ``[llm]`` asks for (None for each not
    asked for, or whose server may not be used)."""
    if not _wanted(cfg):
        return None, None
    from mirrorbot.practice.coach import ModelCoach
    from mirrorbot.practice.speaker import ModelSpeaker

    return (
        ModelSpeaker.from_config(cfg, remote_ok=remote_ok),
        ModelCoach.from_config(cfg, remote_ok=remote_ok),
    )
