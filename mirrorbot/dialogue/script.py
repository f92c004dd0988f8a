"""Dialogue scripts: a session's shape, written as data under prompts/scripts/.

A script names itself, opens, moves through stages (each may ask one open
question on the way in, give a summary, or close), and may carry rules in
the spirit of ELIZA's keyword scripts: a pattern with named captures, a
priority, wordings, and things to remember. The format is documented in
prompts/README.md; ``load`` and ``check`` report problems as
``file:line: message`` because a writer has to find them.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from mirrorbot import paths, resources
from mirrorbot.dialogue import templates
from mirrorbot.dialogue.templates import Template
from mirrorbot.errors import PromptError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

SCRIPTS_DIR = "scripts"
MEMORY_SLOTS = ("people", "places", "topics", "notes")
# The variables every script template may use (what replies.toml offers),
# with sample values for `mirrorbot scripts check`.
SAMPLE_VALUES: dict[str, Any] = {
    "feeling": "uneasy",
    "about": "about the move",
    "feeling_about": "uneasy about the move",
    "you_are": "you're",
    "second": "hopeful",
    "second_about": "about the job",
    "second_feeling_about": "hopeful about the job",
    "content": "you moved house last week",
    "asked": "whether you made the right choice",
    "earlier": "your sister",
}
# Closings (and summaries) also see what was heard, as lists.
CLOSING_VALUES: dict[str, Any] = {
    **SAMPLE_VALUES,
    "feelings": ["let down by your sister", "uneasy about the move"],
    "points": ["you moved house last week"],
    "notes": ["a proper lunch break"],
}

_TOP_KEYS = {"name", "title", "description", "opening", "closing", "stage", "rule"}
_STAGE_KEYS = {
    "name",
    "prompts",
    "next",
    "after_turns",
    "when_said",
    "when_feelings",
    "summary",
    "close",
}
_RULE_KEYS = {
    "name",
    "pattern",
    "priority",
    "stages",
    "templates",
    "kind",
    "remember",
    "fallthrough",
    "once",
}
_KINDS = {
    "reflection_simple",
    "reflection_feeling",
    "reflection_complex",
    "reflection_double",
    "summary",
    "question_open",
    "attending",
}


@dataclass(frozen=True)
class Stage:
    name: str
    prompts: tuple[Template, ...] = ()
    next: str | None = None
    after_turns: int | None = None
    when_said: re.Pattern[str] | None = None
    when_feelings: int | None = None
    summary: bool = False
    close: bool = False


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    priority: int = 0
    stages: frozenset[str] | None = None  # None: every stage
    templates: tuple[Template, ...] = ()
    kind: str = "reflection_complex"
    remember: tuple[tuple[str, Template], ...] = ()
    fallthrough: bool = False
    once: bool = False


@dataclass(frozen=True)
class Script:
    name: str
    title: str
    description: str
    path: Path
    opening: tuple[Template, ...]
    closing: tuple[Template, ...] = ()
    stages: tuple[Stage, ...] = ()
    rules: tuple[Rule, ...] = field(default=())

    def stage(self, name: str) -> Stage | None:
        return next((s for s in self.stages if s.name == name), None)


class _Lines:
    """Finds the line of a key for messages (tomllib gives values, not lines)."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def table(self, array: str, index: int) -> tuple[int, int]:
        """The 1-based line range of the ``index``-th ``[[array]]`` entry."""
        header = re.compile(rf"^\s*\[\[\s*{re.escape(array)}\s*\]\]")
        starts = [n for n, line in enumerate(self.lines, start=1) if header.match(line)]
        if index >= len(starts):
            return (1, len(self.lines))
        end = starts[index + 1] - 1 if index + 1 < len(starts) else len(self.lines)
        nxt = re.compile(r"^\s*\[")
        for n in range(starts[index] + 1, end + 1):
            if nxt.match(self.lines[n - 1]):
                end = n - 1
                break
        return (starts[index], end)

    def key(self, key: str, span: tuple[int, int] | None = None) -> int | None:
        first, last = span or (1, len(self.lines))
        pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
        for n in range(first, last + 1):
            if pattern.match(self.lines[n - 1]):
                return n
        return span[0] if span else None

    def text(self, needle: str, span: tuple[int, int] | None = None) -> int | None:
        first, last = span or (1, len(self.lines))
        for n in range(first, last + 1):
            if needle and needle in self.lines[n - 1]:
                return n
        return span[0] if span else None


class _Loader:
    """Turns one script file into a ``Script``, or raises ``PromptError``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise PromptError(path, None, f"cannot read: {exc.strerror or exc}") from None
        try:
            self.text = raw.decode("utf-8").removeprefix("\ufeff")
        except UnicodeDecodeError as exc:
            raise PromptError(path, raw[: exc.start].count(b"\n") + 1, "not UTF-8 text") from None
        self.where = _Lines(self.text)
        try:
            self.data = tomllib.loads(self.text)
        except tomllib.TOMLDecodeError as exc:
            found = re.search(r"line (\d+)", str(exc))
            message = re.sub(r"\s*\((?:at line \d+, column \d+|at end of document)\)", "", str(exc))
            raise PromptError(
                path,
                int(found.group(1)) if found else len(self.where.lines),
                f"TOML syntax: {message}",
            ) from None

    def fail(self, line: int | None, message: str) -> PromptError:
        return PromptError(self.path, line, message)

    def string(
        self, table: dict[str, Any], key: str, span: tuple[int, int] | None, required: bool = True
    ) -> str:
        value = table.get(key)
        if value is None:
            if required:
                raise self.fail(span[0] if span else 1, f"missing required key '{key}'")
            return ""
        if not isinstance(value, str) or not value.strip():
            raise self.fail(self.where.key(key, span), f"'{key}' must be a non-empty string")
        return value

    def wordings(
        self, table: dict[str, Any], key: str, span: tuple[int, int] | None, required: bool = False
    ) -> tuple[Template, ...]:
        value = table.get(key)
        if value is None:
            if required:
                raise self.fail(
                    span[0] if span else 1, f"missing required key '{key}' (a list of wordings)"
                )
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(
                self.where.key(key, span), f"'{key}' must be a list of non-empty strings"
            )
        if required and not value:
            raise self.fail(self.where.key(key, span), f"'{key}' needs at least one wording")
        out = []
        for source in value:
            try:
                out.append(templates.compile_template(source, self.path, self.text))
            except PromptError as exc:
                raise self.fail(self.where.text(source, span) or exc.line, exc.message) from None
        return tuple(out)

    def unknown_keys(
        self, table: dict[str, Any], allowed: set[str], span: tuple[int, int] | None, what: str
    ) -> None:
        for key in table:
            if key not in allowed:
                known = ", ".join(sorted(allowed))
                raise self.fail(
                    self.where.key(key, span), f"unknown key '{key}' in {what} (known: {known})"
                )

    def load(self) -> Script:
        data = self.data
        self.unknown_keys(data, _TOP_KEYS, None, "the script")
        name = self.string(data, "name", (1, 1))
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", name):
            raise self.fail(
                self.where.key("name"), "'name' must be lower-case letters, digits and dashes"
            )
        title = self.string(data, "title", (1, 1))
        description = self.string(data, "description", (1, 1))
        opening = self.wordings(data, "opening", (1, 1), required=True)
        closing = self.wordings(data, "closing", None)
        stages = self.stages(data.get("stage", []))
        rules = self.rules(data.get("rule", []), {s.name for s in stages})
        return Script(name, title, description, self.path, opening, closing, stages, rules)

    def array(self, value: Any, what: str) -> list[dict[str, Any]]:
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail(
                self.where.text(f"{what}", None), f"'{what}' must be written as [[{what}]] tables"
            )
        return value

    def stages(self, value: Any) -> tuple[Stage, ...]:
        tables = self.array(value, "stage")
        names: list[str] = []
        spans = [self.where.table("stage", i) for i in range(len(tables))]
        for table, span in zip(tables, spans, strict=True):
            stage_name = self.string(table, "name", span)
            if stage_name in names:
                raise self.fail(
                    self.where.key("name", span), f"stage '{stage_name}' is defined twice"
                )
            names.append(stage_name)
        stages = []
        for table, span in zip(tables, spans, strict=True):
            self.unknown_keys(table, _STAGE_KEYS, span, f"stage '{table['name']}'")
            nxt = table.get("next")
            if nxt is not None and (not isinstance(nxt, str) or nxt not in names):
                raise self.fail(
                    self.where.key("next", span),
                    f"'next' names an unknown stage {nxt!r} (stages: {', '.join(names)})",
                )
            after = table.get("after_turns")
            if after is not None and (
                isinstance(after, bool) or not isinstance(after, int) or after < 1
            ):
                raise self.fail(
                    self.where.key("after_turns", span),
                    "'after_turns' must be a whole number of 1 or more",
                )
            feelings = table.get("when_feelings")
            if feelings is not None and (
                isinstance(feelings, bool) or not isinstance(feelings, int) or feelings < 1
            ):
                raise self.fail(
                    self.where.key("when_feelings", span),
                    "'when_feelings' must be a whole number of 1 or more",
                )
            said = table.get("when_said")
            when_said = (
                self.regex(said, self.where.key("when_said", span)) if said is not None else None
            )
            flags = {}
            for flag in ("summary", "close"):
                raw = table.get(flag, False)
                if not isinstance(raw, bool):
                    raise self.fail(self.where.key(flag, span), f"'{flag}' must be true or false")
                flags[flag] = raw
            if not flags["close"] and nxt is None and (after or said or feelings):
                raise self.fail(
                    self.where.key("after_turns", span) or span[0],
                    "a stage with a condition to move on needs 'next'",
                )
            stages.append(
                Stage(
                    name=str(table["name"]),
                    prompts=self.wordings(table, "prompts", span),
                    next=nxt,
                    after_turns=after,
                    when_said=when_said,
                    when_feelings=feelings,
                    summary=flags["summary"],
                    close=flags["close"],
                )
            )
        return tuple(stages)

    def regex(self, value: Any, line: int | None) -> re.Pattern[str]:
        if not isinstance(value, str) or not value:
            raise self.fail(line, "a pattern must be a non-empty string")
        try:
            return re.compile(value, re.IGNORECASE)
        except re.error as exc:
            raise self.fail(line, f"bad pattern: {exc}") from None

    def rules(self, value: Any, stage_names: set[str]) -> tuple[Rule, ...]:
        tables = self.array(value, "rule")
        rules = []
        for index, table in enumerate(tables):
            span = self.where.table("rule", index)
            name = self.string(table, "name", span)
            self.unknown_keys(table, _RULE_KEYS, span, f"rule '{name}'")
            pattern = self.regex(table.get("pattern"), self.where.key("pattern", span))
            priority = table.get("priority", 0)
            if isinstance(priority, bool) or not isinstance(priority, int):
                raise self.fail(
                    self.where.key("priority", span), "'priority' must be a whole number"
                )
            stages = table.get("stages")
            if stages is not None:
                if not isinstance(stages, list) or not all(isinstance(s, str) for s in stages):
                    raise self.fail(
                        self.where.key("stages", span), "'stages' must be a list of stage names"
                    )
                for stage in stages:
                    if stage not in stage_names:
                        raise self.fail(
                            self.where.key("stages", span),
                            f"rule '{name}' names an unknown stage {stage!r}",
                        )
            kind = table.get("kind", "reflection_complex")
            if kind not in _KINDS:
                raise self.fail(
                    self.where.key("kind", span),
                    f"'kind' must be one of {', '.join(sorted(_KINDS))}",
                )
            remember = table.get("remember", {})
            if not isinstance(remember, dict):
                raise self.fail(
                    self.where.key("remember", span),
                    "'remember' must be a table like { people = \"{{ person }}\" }",
                )
            writes = []
            for slot, source in remember.items():
                if slot not in MEMORY_SLOTS:
                    raise self.fail(
                        self.where.text(slot, span),
                        f"'remember' slot must be one of {', '.join(MEMORY_SLOTS)}, not {slot!r}",
                    )
                if not isinstance(source, str):
                    raise self.fail(
                        self.where.text(slot, span), f"remember.{slot} must be a string template"
                    )
                writes.append((slot, templates.compile_template(source, self.path, self.text)))
            wordings = self.wordings(table, "templates", span)
            fallthrough = table.get("fallthrough", not wordings)
            once = table.get("once", False)
            for key, flag in (("fallthrough", fallthrough), ("once", once)):
                if not isinstance(flag, bool):
                    raise self.fail(self.where.key(key, span), f"'{key}' must be true or false")
            rule = Rule(
                name,
                pattern,
                priority,
                frozenset(stages) if stages is not None else None,
                wordings,
                kind,
                tuple(writes),
                fallthrough,
                once,
            )
            self.check_captures(rule, span)
            rules.append(rule)
        return tuple(sorted(rules, key=lambda r: -r.priority))

    def check_captures(self, rule: Rule, span: tuple[int, int]) -> None:
        """Render every wording with sample values and the rule's captures,
        so a misspelt variable is caught here, not mid-conversation."""
        values = {**SAMPLE_VALUES, **dict.fromkeys(rule.pattern.groupindex, "sample")}
        for template in (*rule.templates, *(t for _, t in rule.remember)):
            render(template, values, self, self.where.text(template.source, span))


def render(template: Template, values: dict[str, Any], loader: _Loader, line: int | None) -> str:
    try:
        return template.render(values)
    except jinja2.UndefinedError as exc:
        raise loader.fail(
            line, f"undefined variable in {template.source!r}: {exc.message}"
        ) from None
    except jinja2.TemplateError as exc:
        raise loader.fail(line, f"template error in {template.source!r}: {exc}") from None


def check(path: Path) -> Script:
    """Load ``path`` and test-render every wording; raise ``PromptError``."""
    loader = _Loader(path)
    script = loader.load()
    for template in script.opening:
        render(template, SAMPLE_VALUES, loader, loader.where.text(template.source))
    for template in script.closing:
        render(template, CLOSING_VALUES, loader, loader.where.text(template.source))
    for index, stage in enumerate(script.stages):
        span = loader.where.table("stage", index)
        for template in stage.prompts:
            render(template, SAMPLE_VALUES, loader, loader.where.text(template.source, span))
    return script


def _folders() -> list[Path]:
    """Where scripts live, the user's folder last so it overrides."""
    return [resources.shipped_prompts() / SCRIPTS_DIR, paths.user_prompts_dir() / SCRIPTS_DIR]


def available() -> dict[str, Path]:
    """Script name -> file, built-ins and the user's (which add or override)."""
    found: dict[str, Path] = {}
    for folder in _folders():
        if folder.is_dir():
            for path in sorted(folder.glob("*.toml")):
                found[path.stem] = path
    return found


def load(name: str) -> Script:
    """The script called ``name``; ``PromptError`` if it is unknown or broken."""
    scripts = available()
    path = scripts.get(name)
    if path is None:
        known = ", ".join(sorted(scripts)) or "none"
        raise PromptError(Path(name), None, f"no script called {name!r} (available: {known})")
    return _load_at(path, path.stat().st_mtime_ns)


@cache
def _load_at(path: Path, _mtime: int) -> Script:
    return check(path)
