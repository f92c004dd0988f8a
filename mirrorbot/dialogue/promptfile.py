"""Checking a TOML prompt file a writer keeps (a script, a scenario).

The shared half of every such loader: read it with line positions, and the
checks that turn a bad value into ``file:line: message`` a person can act
on. Each kind of file subclasses it with its own structure.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jinja2

from mirrorbot import tomlpos
from mirrorbot.dialogue import templates
from mirrorbot.dialogue.templates import Template
from mirrorbot.errors import PromptError

At = tuple[str | int, ...]
_NAME = re.compile(r"[a-z0-9][a-z0-9-]*")


class PromptFile:
    """One file being checked; every problem raises ``PromptError``."""

    STRIP = False  # whether required strings are returned without outer spaces

    def __init__(self, path: Path, what: str) -> None:
        self.path = path
        parsed = tomlpos.read(path, what)
        self.text, self.data, self.where = parsed.text, parsed.data, parsed.where

    def fail(self, line: int | None, message: str) -> PromptError:
        return PromptError(self.path, line, message)

    def line(self, *at: str | int) -> int:
        return self.where.line(*at) or 1

    def string(self, table: dict[str, Any], key: str, at: At) -> str:
        value = table.get(key)
        if value is None:
            raise self.fail(self.line(*at) if at else 1, f"missing required key '{key}'")
        if not isinstance(value, str) or not value.strip():
            raise self.fail(self.line(*at, key), f"'{key}' must be a non-empty string")
        return value.strip() if self.STRIP else value

    def name(self, data: dict[str, Any]) -> str:
        """The file's ``name``: lower case, and the same as the file's."""
        name = self.string(data, "name", ())
        if not _NAME.fullmatch(name):
            raise self.fail(
                self.line("name"), "'name' must be lower-case letters, digits and dashes"
            )
        if name != self.path.stem:
            raise self.fail(
                self.line("name"),
                f"'name' is {name!r} but the file is {self.path.name}: they must match",
            )
        return name

    def unknown_keys(self, table: dict[str, Any], allowed: set[str], at: At, what: str) -> None:
        for key in table:
            if key not in allowed:
                known = ", ".join(sorted(allowed))
                raise self.fail(
                    self.line(*at, key), f"unknown key '{key}' in {what} (known: {known})"
                )

    def compiled(self, sources: list[Any], key: str, at: At) -> list[tuple[Template, int]]:
        """Each wording of ``key`` compiled, with its line."""
        out = []
        for index, source in enumerate(sources):
            where = self.line(*at, key, index)
            if not isinstance(source, str) or not source.strip():
                raise self.fail(where, f"each of '{key}' must be a non-empty string")
            try:
                out.append((templates.compile_template(source, self.path, self.text), where))
            except PromptError as exc:
                raise self.fail(where, exc.message) from None
        return out

    def try_render(self, template: Template, values: dict[str, Any], line: int | None) -> None:
        """Every variable a wording names must be one it will be given (even
        in a branch not taken here), and it must render with sample values."""
        unknown = sorted(template.variables - set(values))
        if unknown:
            known = ", ".join(sorted(values)) or "none here"
            raise self.fail(
                line, f"undefined variable {unknown[0]!r} in {template.source!r} (known: {known})"
            )
        try:
            template.render(values)
        except jinja2.TemplateError as exc:
            raise self.fail(line, f"template error in {template.source!r}: {exc}") from None
        except Exception as exc:  # a wording that divides by zero, recurses, overflows...
            raise self.fail(
                line, f"{template.source!r} fails when rendered: {type(exc).__name__}: {exc}"
            ) from None
