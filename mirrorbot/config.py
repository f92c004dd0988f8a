"""The effective configuration: shipped defaults, then the user's file.

Loaded once into a frozen ``Config``. Every key is declared in ``SCHEMA``
with its type; the shipped ``config.toml`` documents each one. Errors name
the file, the line and the key, because a person has to go and fix them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mirrorbot import paths, resources, tomlpos
from mirrorbot.errors import PromptError


class ConfigError(Exception):
    """A config file that cannot be used, with where and what to fix."""

    def __init__(self, path: Path, line: int | None, message: str) -> None:
        self.path = path
        self.line = line
        self.message = message
        where = f"{path}:{line}" if line else f"{path}"
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Key:
    """One allowed key: its Python type, and an optional extra check."""

    kind: type | tuple[type, ...]
    default: Any
    check: Callable[[Any], str | None] | None = None
    optional: bool = False  # may be left out entirely (None)


def _positive(value: Any) -> str | None:
    return None if value > 0 else "must be greater than 0"


def _one_of(*choices: str) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if value in choices:
            return None
        return "must be one of " + ", ".join(repr(c) for c in choices)

    return check


def _country(value: Any) -> str | None:
    if value == "auto" or re.fullmatch(r"[A-Za-z]{2}", value):
        return None
    return 'must be "auto" or a two-letter country code such as "US", "GB" or "IN"'


def _seed(value: Any) -> str | None:
    return None if value >= 0 else "must be 0 or more"


# A key as Textual names it ("ctrl+t", "f2", "question_mark", "shift+enter"),
# or several separated by commas.
_KEY_LIST = re.compile(r"[A-Za-z0-9_+\-]+(?:\s*,\s*[A-Za-z0-9_+\-]+)*")


def _keys(value: Any) -> str | None:
    if _KEY_LIST.fullmatch(value.strip()):
        return None
    return 'must name keys as Textual does, e.g. "ctrl+t", "f2" or "ctrl+j,shift+enter"'


# Binding ids of the terminal app that [keys] can remap (mirrorbot/tui binds
# each with this id; a test keeps the two lists equal).
BINDING_IDS = (
    "quit", "help", "journal", "patterns", "settings", "back",
    "send", "newline", "complete", "what-i-heard", "end-session", "summary",
    "search", "open-session", "export", "delete", "copy-message", "copy-session",
)  # fmt: skip


# What the language model may be used for (see [llm] in config.toml).
LLM_USES = ("journal", "practice-speaker", "practice-feedback")


def _number_between(low: float, high: float) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        return None if low <= value <= high else f"must be between {low:g} and {high:g}"

    return check


def _http_url(value: Any) -> str | None:
    if re.fullmatch(r"https?://[^\s/?#]+(?:/[^\s?#]*)?", value.strip()):
        return None
    return 'must be an http:// or https:// address such as "http://127.0.0.1:11434"'


def _env_name(value: Any) -> str | None:
    # The key itself never goes in a config file: only the variable's name.
    if value == "" or re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", value):
        return None
    return 'must be the name of an environment variable, e.g. "OPENAI_API_KEY" (not the key itself)'


def _uses(value: Any) -> str | None:
    wrong = [v for v in value if v not in LLM_USES]
    if not wrong:
        return None
    return "may only list " + ", ".join(repr(u) for u in LLM_USES) + f", not {wrong[0]!r}"


def _names(value: Any) -> str | None:
    if all(isinstance(v, str) and v.strip() for v in value):
        return None
    return 'must be a list of names as text, e.g. ["Sam", "Dr Okafor"]'


SCHEMA: dict[str, dict[str, Key]] = {
    "conversation": {
        "script": Key(str, "open"),
        "seed": Key(int, None, _seed, optional=True),
    },
    "ui": {
        "theme": Key(str, "textual-dark"),
        "what_i_heard": Key(bool, False),
    },
    "keys": {name: Key(str, None, _keys, optional=True) for name in BINDING_IDS},
    "safety": {
        "country": Key(str, "auto", _country),
    },
    "journal": {
        "save": Key(bool, True),
    },
    "llm": {
        "enabled": Key(bool, False),
        "provider": Key(str, "openai", _one_of("openai", "ollama")),
        "base_url": Key(str, "http://127.0.0.1:11434/v1", _http_url),
        "model": Key(str, "llama3.2"),
        "api_key_env": Key(str, "", _env_name),
        "temperature": Key((int, float), 0.4, _number_between(0, 2)),
        "max_tokens": Key(int, 160, _positive),
        "connect_timeout": Key((int, float), 2.0, _positive),
        "first_token_timeout": Key((int, float), 8.0, _positive),
        "total_timeout": Key((int, float), 20.0, _positive),
        "use_for": Key(list, ["journal"], _uses),
        "allow_remote": Key(bool, False),
        "redact_emails": Key(bool, True),
        "redact_phones": Key(bool, True),
        "redact_names": Key(list, [], _names),
    },
}


@dataclass(frozen=True)
class Config:
    """Typed, validated settings; ``sources`` lists the files merged in."""

    values: Mapping[str, Mapping[str, Any]]
    sources: tuple[Path, ...] = field(default=())

    def get(self, section: str, key: str) -> Any:
        return self.values[section][key]

    @property
    def script(self) -> str:
        return str(self.values["conversation"]["script"])

    @property
    def seed(self) -> int | None:
        seed = self.values["conversation"]["seed"]
        return None if seed is None else int(seed)

    @property
    def theme(self) -> str:
        return str(self.values["ui"]["theme"])

    @property
    def what_i_heard(self) -> bool:
        return bool(self.values["ui"]["what_i_heard"])

    @property
    def keymap(self) -> dict[str, str]:
        """Binding id -> keys, for the bindings the person remapped."""
        return {k: str(v) for k, v in self.values["keys"].items() if v is not None}

    @property
    def save(self) -> bool:
        return bool(self.values["journal"]["save"])

    @property
    def country(self) -> str:
        return str(self.values["safety"]["country"])


def defaults() -> dict[str, dict[str, Any]]:
    return {
        section: {k: spec.default for k, spec in keys.items()} for section, keys in SCHEMA.items()
    }


def _read_toml(path: Path) -> tomlpos.Parsed:
    try:
        return tomlpos.read(path, "config file")
    except PromptError as exc:
        if not path.exists():
            raise ConfigError(path, None, "file not found") from None
        raise ConfigError(path, exc.line, exc.message) from None


def _type_name(kind: type | tuple[type, ...]) -> str:
    names = {
        str: "a string",
        int: "a whole number",
        float: "a number",
        bool: "true or false",
        list: "a list",
    }
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def _validate(
    data: dict[str, Any], where: tomlpos.Locations, path: Path
) -> dict[str, dict[str, Any]]:
    checked: dict[str, dict[str, Any]] = {}
    for section, table in data.items():
        if section not in SCHEMA:
            known = ", ".join(f"[{s}]" for s in SCHEMA)
            raise ConfigError(
                path, where.line(section), f"unknown section [{section}] (known: {known})"
            )
        if not isinstance(table, dict):
            raise ConfigError(path, where.line(section), f"{section} must be a table [{section}]")
        for key, value in table.items():
            spec = SCHEMA[section].get(key)
            line = where.line(section, key)
            if spec is None:
                known = ", ".join(SCHEMA[section])
                raise ConfigError(path, line, f"unknown key {section}.{key} (known: {known})")
            kinds = spec.kind if isinstance(spec.kind, tuple) else (spec.kind,)
            # bool is an int in Python; a config "seed = true" is still wrong.
            if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
                raise ConfigError(
                    path, line, f"{section}.{key} must be {_type_name(spec.kind)}, not {value!r}"
                )
            if spec.check is not None:
                problem = spec.check(value)
                if problem:
                    raise ConfigError(path, line, f"{section}.{key} {problem}")
            checked.setdefault(section, {})[key] = value
    return checked


def check_file(path: Path) -> dict[str, dict[str, Any]]:
    """Parse and validate one file; raise ``ConfigError`` on the first problem."""
    parsed = _read_toml(path)
    return _validate(parsed.data, parsed.where, path)


def user_file(explicit: Path | None = None) -> Path | None:
    """The user's file that applies: ``--config`` if given, else the default one if it exists."""
    if explicit is not None:
        return explicit
    candidate = paths.user_config_file()
    return candidate if candidate.is_file() else None


def load(explicit: Path | None = None) -> Config:
    """Shipped defaults overlaid with the user's file (``--config`` replaces the default one)."""
    values = defaults()
    sources: list[Path] = []
    shipped = resources.shipped_config()
    if shipped.is_file():
        for section, table in check_file(shipped).items():
            values[section].update(table)
        sources.append(shipped)
    chosen = user_file(explicit)
    if chosen is not None:
        for section, table in check_file(chosen).items():
            values[section].update(table)
        sources.append(chosen)
    return Config(values=values, sources=tuple(sources))
