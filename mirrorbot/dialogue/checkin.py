"""The closing check-in's wording, from prompts/checkin.toml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from mirrorbot import resources
from mirrorbot.dialogue.templates import read_toml_at
from mirrorbot.errors import PromptError

KEYS = ("heard", "wanted_topics", "approach", "overall")


@dataclass(frozen=True)
class CheckIn:
    intro: str
    retry: str
    thanks: str
    items: tuple[tuple[str, str], ...]  # (key, question) in order


def questions() -> CheckIn:
    return _questions_at(resources.prompt_path("checkin.toml"))


@cache
def _questions_at(path: Path) -> CheckIn:
    data, path, _ = read_toml_at(path)
    texts = {key: data.get(key) for key in ("intro", "retry", "thanks")}
    table = data.get("questions")
    if not isinstance(table, dict):
        raise PromptError(path, None, "needs a [questions] table")
    for key, value in (*texts.items(), *((k, table.get(k)) for k in KEYS)):
        if not isinstance(value, str) or not value.strip():
            raise PromptError(path, None, f"'{key}' must be a non-empty string")
    return CheckIn(
        intro=str(texts["intro"]),
        retry=str(texts["retry"]),
        thanks=str(texts["thanks"]),
        items=tuple((key, str(table[key])) for key in KEYS),
    )
