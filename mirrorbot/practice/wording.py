"""What practice mode says to the learner, from ``prompts/practice.toml``.

Loaded once per file (the user's override first), every wording compiled
and test-rendered, problems reported as ``file:line: message``. ``Deck``
chooses among several wordings without repeating one too soon.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from mirrorbot import resources, tomlpos
from mirrorbot.dialogue import templates
from mirrorbot.dialogue.templates import Template, safe_render
from mirrorbot.errors import PromptError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

FILE = "practice.toml"

TIP_IDS = (
    "accurate", "accurate_complex", "accurate_deepest", "accurate_guarded",
    "partial_content_only", "partial_feeling_only", "partial_parroting", "partial_earlier",
    "partial_ahead", "partial_vague", "missed", "too_strong", "open_question", "closed_question", "roadblock",
    "input", "filler",
)  # fmt: skip
# section -> (required keys, the variables its wordings may use, sample values)
_SECTIONS: dict[str, tuple[tuple[str, ...], dict[str, Any]]] = {
    "tips": (
        TIP_IDS,
        {
            "name": "Sam",
            "word": "furious",
            "caught": "the feeling (tired)",
            "roadblock": "advising",
        },
    ),
    "examples": (
        ("feeling", "value"),
        {
            "feeling": "worn down",
            "feeling_about": "worn down by the work piling up",
            "gist": "the work piling up",
            "value": "being someone people can count on",
        },
    ),
    "labels": (
        (
            "reflection_simple",
            "reflection_complex",
            "question_open",
            "question_closed",
            "input",
            "other",
            "accurate",
            "partial",
            "missed",
            "too_strong",
            "open_question",
            "closed_question",
            "roadblock",
            "filler",
            "example",
            "caught_feeling",
            "caught_content",
            "caught_both",
            "caught_value",
        ),
        {"example": "You're worn down.", "word": "worn down"},
    ),
    "text": (
        (
            "intro",
            "help",
            "tips_on",
            "tips_off",
            "unknown_command",
            "crisis_after",
            "ended",
            "saved",
            "nothing",
        ),
        {
            "name": "Sam",
            "title": "Snowed under",
            "description": "Work stress.",
            "about": "34, a coordinator.",
            "setting": "Over coffee.",
            "command": "/x",
            "id": 1,
        },
    ),
    "summary": (
        (
            "heading",
            "ratio",
            "complex",
            "open",
            "roadblocks",
            "layers",
            "layers_all",
            "layers_some",
            "none",
            "good",
            "fair",
            "below",
            "unknown",
            "best",
        ),
        {"title": "Snowed under", "reached": 2, "total": 3},
    ),
}
_LISTS = frozenset({"tips", "examples"})  # sections whose keys hold several wordings


@dataclass(frozen=True)
class Wording:
    path: Path
    sections: dict[str, dict[str, tuple[Template, ...]]]

    def options(self, section: str, key: str) -> tuple[Template, ...]:
        return self.sections.get(section, {}).get(key, ())

    def say(self, section: str, key: str, **values: Any) -> str:
        """The first wording of ``section.key``, rendered ("" if it cannot be)."""
        found = self.options(section, key)
        return safe_render(found[0], values) if found else ""


def load() -> Wording:
    """practice.toml, the user's copy if any; ``PromptError`` if unusable."""
    path = resources.prompt_path(FILE)
    try:
        stamp = path.stat().st_mtime_ns
    except OSError as exc:
        raise PromptError(path, None, f"cannot read: {exc.strerror or exc}") from None
    return _load_at(path, stamp)


@cache
def _load_at(path: Path, _mtime: int) -> Wording:
    try:
        text = path.read_bytes().decode("utf-8").removeprefix("\ufeff")
    except OSError as exc:
        raise PromptError(path, None, f"cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise PromptError(path, None, "not UTF-8 text") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+)", str(exc))
        line = int(found.group(1)) if found else None
        raise PromptError(path, line, f"TOML syntax: {exc}") from None
    where = tomlpos.locate(text)
    sections: dict[str, dict[str, tuple[Template, ...]]] = {}
    for section, (required, samples) in _SECTIONS.items():
        table = data.get(section)
        if not isinstance(table, dict):
            raise PromptError(path, where.line(section), f"missing table [{section}]")
        for key in required:
            if key not in table:
                line = where.line(section)
                raise PromptError(path, line, f"[{section}] is missing '{key}'")
        compiled: dict[str, tuple[Template, ...]] = {}
        for key, value in table.items():
            sources = value if isinstance(value, list) else [value]
            if section not in _LISTS and isinstance(value, list):
                raise PromptError(
                    path, where.line(section, key), f"{section}.{key} must be one string"
                )
            if not sources or not all(isinstance(s, str) and s.strip() for s in sources):
                raise PromptError(
                    path, where.line(section, key), f"{section}.{key} must be non-empty text"
                )
            out = []
            for index, source in enumerate(sources):
                line = (
                    where.line(section, key, index)
                    if isinstance(value, list)
                    else where.line(section, key)
                )
                try:
                    template = templates.compile_template(source, path, text)
                except PromptError as exc:
                    raise PromptError(path, line, exc.message) from None
                unknown = sorted(template.variables - set(samples))
                if unknown:
                    raise PromptError(
                        path, line,
                        f"undefined variable {unknown[0]!r} in {section}.{key} "
                        f"(known: {', '.join(sorted(samples))})",
                    )  # fmt: skip
                if not safe_render(template, samples):
                    raise PromptError(path, line, f"{section}.{key} renders as nothing")
                out.append(template)
            compiled[key] = tuple(out)
        sections[section] = compiled
    return Wording(path, sections)


class Deck:
    """Chooses among wordings without repeating one until the others have
    been used (per key), in an order fixed by the seed.

    Each key shuffles with its own random stream, seeded from ``rng`` and the
    key: how often one list was drawn from (the speaker's lines, another
    tip) cannot change which wording another list gives next, so a change to
    one word list or to the coder leaves the rest of a seeded session as it was."""

    def __init__(self, rng: random.Random) -> None:
        self._seed = rng.getrandbits(64)
        self._streams: dict[str, random.Random] = {}
        self._left: dict[str, list[int]] = {}
        self._last: dict[str, int] = {}

    def pick(self, key: str, options: Sequence[Any]) -> int:
        """The index of the option to use for ``key`` this time."""
        if len(options) <= 1:
            return 0
        left = self._left.get(key)
        if not left or any(i >= len(options) for i in left):
            left = list(range(len(options)))
            stream = self._streams.get(key)
            if stream is None:
                stream = self._streams[key] = random.Random(f"{self._seed}:{key}")
            stream.shuffle(left)
            if left[-1] == self._last.get(key) and len(left) > 1:
                left[0], left[-1] = left[-1], left[0]  # never twice in a row across a reshuffle
            self._left[key] = left
        chosen = left.pop()
        self._last[key] = chosen
        return chosen

    def say(self, key: str, options: Sequence[Template], values: dict[str, Any]) -> str:
        """One of ``options`` rendered; on a wording that fails, the next that works."""
        if not options:
            return ""
        first = self.pick(key, options)
        for offset in range(len(options)):
            text = safe_render(options[(first + offset) % len(options)], values)
            if text:
                return text
        return ""
