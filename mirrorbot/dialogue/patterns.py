"""Saying a pattern across journal entries, in the words of prompts/patterns.toml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from mirrorbot import resources
from mirrorbot.dialogue.templates import Template, compile_template, read_toml_at
from mirrorbot.errors import PromptError
from mirrorbot.language.feelings import FAMILIES


@dataclass(frozen=True)
class PatternWords:
    nouns: dict[str, str]
    numbers: tuple[str, ...]
    found: tuple[Template, ...]
    none: tuple[Template, ...]
    unsaved: tuple[Template, ...]

    def values(self, family: str, count: int, total: int, topic: str | None) -> dict[str, Any]:
        def word(n: int) -> str:
            return self.numbers[n] if n < len(self.numbers) else str(n)

        return {
            "feeling": self.nouns[family],
            "count": word(count),
            "total": word(total),
            "every": count == total,
            "topic": topic or "",
        }


def words() -> PatternWords:
    return _words_at(resources.prompt_path("patterns.toml"))


@cache
def _words_at(path: Path) -> PatternWords:
    data, path, text = read_toml_at(path)
    nouns = data.get("nouns")
    if not isinstance(nouns, dict) or any(not isinstance(nouns.get(f), str) for f in FAMILIES):
        raise PromptError(path, None, "[nouns] must name every feeling family")
    numbers = data.get("numbers")
    if not isinstance(numbers, list) or not all(isinstance(n, str) for n in numbers):
        raise PromptError(path, None, "'numbers' must be a list of words")

    def wordings(name: str) -> tuple[Template, ...]:
        table = data.get(name)
        sources = table.get("templates") if isinstance(table, dict) else None
        if not isinstance(sources, list) or not sources:
            raise PromptError(path, None, f"[{name}] needs a non-empty templates list")
        return tuple(compile_template(str(s), path, text) for s in sources)

    return PatternWords(
        {f: str(nouns[f]) for f in FAMILIES},
        tuple(numbers),
        wordings("pattern"),
        wordings("none"),
        wordings("unsaved"),
    )
