"""What mirrorbot says about safety: the crisis reply, the crisis lines, the disclaimer.

Every word comes from ``prompts/safety/`` (a user's copy in their config
folder overrides a shipped file). Files are parsed and templates compiled
once per path; templates are rendered in the sandboxed jinja2 environment
of ``mirrorbot.dialogue.templates``. Nothing the person wrote is ever part of
the crisis reply.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from mirrorbot import resources as shipped
from mirrorbot.errors import PromptError

INTERNATIONAL = "international"
_CATEGORIES = ("suicide", "self_harm", "abuse", "harm_to_others", "third_party")
_LOCALE = re.compile(r"^[A-Za-z]{2,3}[_-]([A-Za-z]{2})(?![A-Za-z])")
_ALIASES = {"UK": "GB"}


@dataclass(frozen=True)
class Line:
    """One crisis line: who, how to reach them, for which crises, when last checked."""

    name: str
    contact: str
    topics: frozenset[str]
    checked: datetime.date

    def serves(self, category: str | None) -> bool:
        return "all" in self.topics or (category or "suicide") in self.topics


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    emergency: str
    lines: tuple[Line, ...]

    def lines_for(self, category: str | None) -> tuple[Line, ...]:
        """The lines for this kind of crisis, in the file's order; for abuse, the
        abuse lines come first (people in danger at home need those most)."""
        serving = [ln for ln in self.lines if ln.serves(category)]
        if category == "abuse":
            serving.sort(key=lambda ln: "abuse" not in ln.topics)
        return tuple(serving)


def resolve_country(setting: str, environ: Mapping[str, str]) -> str:
    """The country whose crisis lines to show.

    ``setting`` is config ``safety.country``: a two-letter code, or "auto" to
    read the locale (LC_ALL, then LC_MESSAGES, then LANG; "en_GB.UTF-8" ->
    "GB"). Nothing usable gives "international".
    """
    value = (setting or "").strip()
    if re.fullmatch(r"[A-Za-z]{2}", value):
        code = value.upper()
        return _ALIASES.get(code, code)
    if value.lower() == INTERNATIONAL:
        return INTERNATIONAL
    if value.lower() not in ("auto", ""):
        return INTERNATIONAL
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        found = _LOCALE.match(str(environ.get(variable, "") or "").strip())
        if found:
            code = found.group(1).upper()
            return _ALIASES.get(code, code)
    return INTERNATIONAL


def resources(country: str) -> Country:
    """The crisis lines for ``country``; an unknown code gives the international entry."""
    table = _resources_at(shipped.prompt_path("safety/resources.toml"))
    code = _ALIASES.get(country.upper(), country.upper()) if country else INTERNATIONAL
    return table.get(code) or table[INTERNATIONAL]


def crisis_reply(country: str, category: str | None = None) -> str:
    """The full crisis message: crisis lines first, a calm fixed message, the offer to go on.

    Plain text with line breaks; reads the same in a terminal line mode and in
    the app. ``category`` (from ``assess``) picks a fitting first line and the
    lines for that kind of crisis (domestic abuse lines for abuse).
    """
    texts = _crisis_at(shipped.prompt_path("safety/crisis.toml"))
    place = resources(country)
    key = category if category in _CATEGORIES else "default"
    lines = place.lines_for(category)
    checked = min((ln.checked for ln in lines), default=None)
    values: dict[str, Any] = {"emergency": place.emergency, "country": place.name}
    parts = [texts.render("heading", key, values)]
    parts.extend(
        texts.render(
            "line",
            None,
            {"name": ln.name, "contact": ln.contact, "checked": ln.checked.isoformat()},
        )
        for ln in lines
    )
    if checked is not None:
        parts.append(texts.render("checked", None, {"checked": checked.isoformat()}))
    body = "\n".join(parts)
    tail = "\n\n".join(
        (
            texts.render("message", key, values),
            texts.render("limits", None, values),
            texts.render("carry_on", None, values),
        )
    )
    return f"{body}\n\n{tail}"


def disclaimer() -> str:
    """First-run and /help text: not therapy, not a crisis service, private, can't contact anyone."""
    return _disclaimer_at(shipped.prompt_path("safety/disclaimer.toml"))


# -- loading ------------------------------------------------------------------


@dataclass(frozen=True)
class _Texts:
    path: Path
    templates: Mapping[str, Any]  # name -> Template, or name -> {category: Template}

    def render(self, name: str, key: str | None, values: dict[str, Any]) -> str:
        entry = self.templates[name]
        if isinstance(entry, dict):
            entry = entry.get(key or "default", entry["default"])
        return str(entry.render(values)).strip()


@cache
def _crisis_at(path: Path) -> _Texts:
    from mirrorbot.dialogue.templates import compile_template, read_toml_at

    data, path, text = read_toml_at(path)
    compiled: dict[str, Any] = {}
    for name in ("line", "checked", "limits", "carry_on"):
        source = data.get(name)
        if not isinstance(source, str) or not source.strip():
            raise PromptError(path, None, f"needs `{name}`: a non-empty string")
        compiled[name] = compile_template(source, path, text)
    for name in ("heading", "message"):
        table = data.get(name)
        if not isinstance(table, dict) or not isinstance(table.get("default"), str):
            raise PromptError(path, None, f"needs a [{name}] table with at least `default`")
        compiled[name] = {
            key: compile_template(str(value), path, text) for key, value in table.items()
        }
    return _Texts(path, compiled)


@cache
def _resources_at(path: Path) -> dict[str, Country]:
    from mirrorbot.dialogue.templates import _line_of, read_toml_at

    data, path, text = read_toml_at(path)
    countries = data.get("countries")
    if not isinstance(countries, dict) or INTERNATIONAL not in countries:
        raise PromptError(path, None, "needs [countries.international] and one table per country")
    found: dict[str, Country] = {}
    for code, table in countries.items():
        where = _line_of(text, f"[countries.{code}]")
        if not isinstance(table, dict):
            raise PromptError(path, where, f"countries.{code} must be a table")
        name, emergency, entries = table.get("name"), table.get("emergency"), table.get("lines")
        if not isinstance(name, str) or not isinstance(emergency, str):
            raise PromptError(path, where, f"[countries.{code}] needs `name` and `emergency`")
        if not isinstance(entries, list) or not entries:
            raise PromptError(
                path, where, f"[countries.{code}] needs at least one [[countries.{code}.lines]]"
            )
        lines = []
        for entry in entries:
            checked = entry.get("checked") if isinstance(entry, dict) else None
            if isinstance(checked, str):
                try:
                    checked = datetime.date.fromisoformat(checked)
                except ValueError:
                    checked = None
            if (
                not isinstance(entry, dict)
                or not isinstance(entry.get("name"), str)
                or not isinstance(entry.get("contact"), str)
                or not isinstance(checked, datetime.date)
            ):
                raise PromptError(
                    path,
                    where,
                    f"each line of countries.{code} needs name, contact and checked = YYYY-MM-DD",
                )
            topics = entry.get("for", ["all"])
            if isinstance(topics, str):
                topics = [topics]
            lines.append(
                Line(entry["name"], entry["contact"], frozenset(map(str, topics)), checked)
            )
        key = code if code == INTERNATIONAL else code.upper()
        found[key] = Country(key, name, emergency, tuple(lines))
    return found


@cache
def _disclaimer_at(path: Path) -> str:
    from mirrorbot.dialogue.templates import compile_template, read_toml_at

    data, path, text = read_toml_at(path)
    source = data.get("text")
    if not isinstance(source, str) or not source.strip():
        raise PromptError(path, None, "needs `text`: the disclaimer")
    return str(compile_template(source, path, text).render({})).strip()
