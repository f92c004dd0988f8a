"""What the model is sent: the system prompt (``prompts/llm/system.j2``),
the recent turns, and the person's message (``prompts/llm/turn.j2``),
rendered in the sandboxed, strict environment of ``dialogue.templates``.

The person's words (and earlier turns) only ever arrive as variables, and
everything is redacted after rendering, so no path around the redactor
exists: a name inside our analysis ("your sister Sam") is caught too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from mirrorbot import resources
from mirrorbot.dialogue.memory import Memory
from mirrorbot.dialogue.templates import Template, compile_template, read_toml_at
from mirrorbot.errors import PromptError
from mirrorbot.language.analysis import Analysis
from mirrorbot.language.feelings import Feeling
from mirrorbot.llm.redact import Redactor

SYSTEM = "llm/system.j2"
TURN = "llm/turn.j2"
NOTES = "llm/guard.toml"
# Earlier turns sent with a message: enough to hear a thread, few enough to
# keep the request small and the prompt about *this* message.
HISTORY_TURNS = 6


class TurnLike(Protocol):
    """An earlier turn, as ``session.Turn`` has it."""

    @property
    def input(self) -> str: ...
    @property
    def reply(self) -> str: ...
    @property
    def crisis(self) -> bool: ...


@dataclass(frozen=True)
class Context:
    """Everything the prompts are rendered from, for one turn."""

    text: str
    analysis: Analysis
    scripted: str
    kind: str
    memory: Memory | None = None
    stage: str | None = None
    turns: Sequence[TurnLike] = ()
    use: str = "journal"


@cache
def _template_at(path: Path) -> Template:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PromptError(path, None, f"cannot read: {exc}") from None
    return compile_template(text, path, text)


def template(relative: str) -> Template:
    return _template_at(resources.prompt_path(relative))


@cache
def _notes_at(path: Path) -> dict[str, Template]:
    data, path, text = read_toml_at(path)
    table = data.get("notes")
    if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
        raise PromptError(path, None, "[notes] must be a table of strings")
    return {key: compile_template(value, path, text) for key, value in table.items()}


def notes() -> dict[str, Template]:
    return _notes_at(resources.prompt_path(NOTES))


def _feeling(f: Feeling, main: bool = False) -> dict[str, Any]:
    return {
        "text": f.text,
        "family": f.family,
        "intensity": f.intensity,
        "negated": f.negated,
        "implied": f.implied,
        "main": main,
    }


def denied_families(analysis: Analysis, memory: Memory | None) -> frozenset[str]:
    """Families the person said they do not feel: now, or by correcting us."""
    now = {f.family for f in analysis.denied if getattr(f, "subject", "self") == "self"}
    now -= {f.family for f in analysis.asserted}  # "not angry, just furious at myself"
    earlier = memory.rejected if memory is not None else set()
    return frozenset(now | earlier)


def variables(ctx: Context, correction: str = "") -> dict[str, Any]:
    a = ctx.analysis
    memory = ctx.memory
    primary = a.primary
    feelings = [_feeling(f, main=f is primary) for f in a.feelings]
    return {
        "use": ctx.use,
        "stage": ctx.stage or "",
        "kind": ctx.kind,
        "scripted": ctx.scripted,
        "may_ask": ctx.scripted.rstrip().endswith("?"),
        "feelings": feelings,
        "felt": sorted({f.family for f in a.asserted}),
        "denied": sorted(denied_families(a, memory)),
        "primary": _feeling(primary, main=True) if primary is not None else None,
        "about": a.about.text if a.about is not None else "",
        "content": a.content,
        "people": list(memory.people) if memory is not None else [],
        "earlier": [h.words for h in memory.heard[-3:] if h.words] if memory is not None else [],
        "corrections": [
            {"rejected": list(rejected), "instead": instead or ""}
            for rejected, instead in (memory.corrections if memory is not None else [])
        ],
        "correction": correction,
    }


def history(turns: Iterable[TurnLike], limit: int = HISTORY_TURNS) -> list[dict[str, str]]:
    """Recent turns as chat messages. Crisis turns and /commands are never
    sent (nor is the crisis reply): what was said in crisis stays here."""
    from mirrorbot import safety

    kept: list[dict[str, str]] = []
    for turn in list(turns)[-limit * 2 :]:
        said = turn.input
        if not said or turn.crisis or said.lstrip().startswith("/"):
            continue
        if safety.assess(said).crisis:
            continue
        kept.append({"role": "user", "content": said})
        kept.append({"role": "assistant", "content": turn.reply})
    return kept[-limit * 2 :]


def messages(ctx: Context, redactor: Redactor, correction: str = "") -> list[dict[str, str]]:
    """The chat messages for one request, redacted. Raises PromptError or a
    jinja2 error if a (user-overridden) template is broken."""
    system = template(SYSTEM).render(variables(ctx, correction)).strip()
    user = template(TURN).render({"message": ctx.text}).strip()
    out = [{"role": "system", "content": system}, *history(ctx.turns)]
    out.append({"role": "user", "content": user})
    return [{"role": m["role"], "content": redactor.redact(m["content"])} for m in out]


def correction_note(
    reasons: Sequence[str], roadblocks: Sequence[str], families: Sequence[str]
) -> str:
    """The corrective note for a retry, from ``prompts/llm/guard.toml``."""
    from mirrorbot.dialogue.templates import _join_and

    wordings = notes()
    values = {
        "names": _join_and(name.replace("_", " ") for name in roadblocks),
        "families": _join_and(families, "or"),
    }
    said: list[str] = []
    for reason in reasons:
        key = reason.split(":", 1)[0]
        wording = wordings.get(key)
        if wording is None:
            continue
        text = wording.render(values).strip()
        if text and text not in said:
            said.append(text)
    return " ".join(said)
