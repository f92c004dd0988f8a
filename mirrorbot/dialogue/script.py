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
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from mirrorbot import resources
from mirrorbot.dialogue import templates
from mirrorbot.dialogue.promptfile import PromptFile
from mirrorbot.dialogue.templates import Template
from mirrorbot.errors import PromptError

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
    "thought": "you moved house last week",
    "asked": "whether you made the right choice",
    "earlier": "your sister",
    "side": "wants to stay",
    "other_side": "is ready to go",
    "ought": "grateful",
    "value": "being there for your kids",
    "value_that": "your mum feels looked after",
}
# Closings (and summaries) also see what was heard, as lists.
CLOSING_VALUES: dict[str, Any] = {
    **SAMPLE_VALUES,
    "feelings": ["let down by your sister", "uneasy about the move"],
    "points": ["you moved house last week"],
    "notes": ["a proper lunch break"],
}

_TOP_KEYS = {
    "name",
    "title",
    "description",
    "opening",
    "closing",
    "patterns_at_opening",
    "stage",
    "rule",
}
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
    patterns_at_opening: bool = False  # open with a pattern from past entries, if there is one

    def stage(self, name: str) -> Stage | None:
        return next((s for s in self.stages if s.name == name), None)


class _Loader(PromptFile):
    """Turns one script file into a ``Script``, or raises ``PromptError``
    naming the line a writer has to change."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, "script file")

    def wordings(
        self, table: dict[str, Any], key: str, at: tuple[str | int, ...], required: bool = False
    ) -> tuple[Template, ...]:
        value = table.get(key)
        if value is None:
            if required:
                raise self.fail(
                    self.line(*at) if at else 1,
                    f"missing required key '{key}' (a list of wordings)",
                )
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            raise self.fail(self.line(*at, key), f"'{key}' must be a list of wordings")
        if required and not value:
            raise self.fail(self.line(*at, key), f"'{key}' needs at least one wording")
        return tuple(template for template, _ in self.compiled(value, key, at))

    def flag(
        self, table: dict[str, Any], key: str, default: bool, at: tuple[str | int, ...]
    ) -> bool:
        value = table.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(self.line(*at, key), f"'{key}' must be true or false")
        return value

    def count(self, table: dict[str, Any], key: str, at: tuple[str | int, ...]) -> int | None:
        value = table.get(key)
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int) or value < 1
        ):
            raise self.fail(self.line(*at, key), f"'{key}' must be a whole number of 1 or more")
        return value

    def load(self) -> Script:
        data = self.data
        self.unknown_keys(data, _TOP_KEYS, (), "the script")
        name = self.name(data)
        title = self.string(data, "title", ())
        description = self.string(data, "description", ())
        opening = self.wordings(data, "opening", (), required=True)
        closing = self.wordings(data, "closing", ())
        stages = self.stages(data.get("stage", []))
        rules = self.rules(data.get("rule", []), {s.name for s in stages})
        patterns = self.flag(data, "patterns_at_opening", False, ())
        return Script(
            name, title, description, self.path, opening, closing, stages, rules, patterns
        )

    def array(self, value: Any, what: str) -> list[dict[str, Any]]:
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail(self.line(what), f"'{what}' must be written as [[{what}]] tables")
        return value

    def stages(self, value: Any) -> tuple[Stage, ...]:
        tables = self.array(value, "stage")
        names: list[str] = []
        for index, table in enumerate(tables):
            stage_name = self.string(table, "name", ("stage", index))
            if stage_name in names:
                raise self.fail(
                    self.line("stage", index, "name"), f"stage '{stage_name}' is defined twice"
                )
            names.append(stage_name)
        stages = []
        for index, table in enumerate(tables):
            at = ("stage", index)
            self.unknown_keys(table, _STAGE_KEYS, at, f"stage '{table['name']}'")
            nxt = table.get("next")
            if nxt is not None and (not isinstance(nxt, str) or nxt not in names):
                raise self.fail(
                    self.line(*at, "next"),
                    f"'next' names an unknown stage {nxt!r} (stages: {', '.join(names)})",
                )
            after = self.count(table, "after_turns", at)
            feelings = self.count(table, "when_feelings", at)
            said = table.get("when_said")
            when_said = self.regex(said, self.line(*at, "when_said")) if said is not None else None
            summary = self.flag(table, "summary", False, at)
            close = self.flag(table, "close", False, at)
            conditions = [
                k for k in ("after_turns", "when_said", "when_feelings") if table.get(k) is not None
            ]
            if not close and nxt is None and conditions:
                raise self.fail(
                    self.line(*at, conditions[0]),
                    "a stage with a condition to move on needs 'next'",
                )
            stages.append(
                Stage(
                    name=str(table["name"]),
                    prompts=self.wordings(table, "prompts", at),
                    next=nxt,
                    after_turns=after,
                    when_said=when_said,
                    when_feelings=feelings,
                    summary=summary,
                    close=close,
                )
            )
        return tuple(stages)

    def regex(self, value: Any, line: int | None) -> re.Pattern[str]:
        if not isinstance(value, str) or not value:
            raise self.fail(line, "a pattern must be a non-empty string")
        try:
            return re.compile(value, re.IGNORECASE)
        except (re.error, RecursionError, OverflowError) as exc:
            raise self.fail(line, f"bad pattern: {exc}") from None

    def rules(self, value: Any, stage_names: set[str]) -> tuple[Rule, ...]:
        tables = self.array(value, "rule")
        rules = []
        for index, table in enumerate(tables):
            at = ("rule", index)
            name = self.string(table, "name", at)
            self.unknown_keys(table, _RULE_KEYS, at, f"rule '{name}'")
            if "pattern" not in table:
                raise self.fail(self.line(*at), f"rule '{name}' is missing required key 'pattern'")
            pattern = self.regex(table["pattern"], self.line(*at, "pattern"))
            priority = table.get("priority", 0)
            if isinstance(priority, bool) or not isinstance(priority, int):
                raise self.fail(self.line(*at, "priority"), "'priority' must be a whole number")
            stages = table.get("stages")
            if stages is not None:
                if not isinstance(stages, list) or not all(isinstance(s, str) for s in stages):
                    raise self.fail(
                        self.line(*at, "stages"), "'stages' must be a list of stage names"
                    )
                for stage in stages:
                    if stage not in stage_names:
                        raise self.fail(
                            self.line(*at, "stages"),
                            f"rule '{name}' names an unknown stage {stage!r}",
                        )
            kind = table.get("kind", "reflection_complex")
            if kind not in _KINDS:
                raise self.fail(
                    self.line(*at, "kind"), f"'kind' must be one of {', '.join(sorted(_KINDS))}"
                )
            remember = table.get("remember", {})
            if not isinstance(remember, dict):
                raise self.fail(
                    self.line(*at, "remember"),
                    'remember must be a table like { people = "{{ person }}" }',
                )
            writes = []
            for slot, source in remember.items():
                where = self.line(*at, "remember", slot)
                if slot not in MEMORY_SLOTS:
                    raise self.fail(
                        where,
                        f"'remember' slot must be one of {', '.join(MEMORY_SLOTS)}, not {slot!r}",
                    )
                if not isinstance(source, str):
                    raise self.fail(where, f"remember.{slot} must be a string template")
                try:
                    writes.append((slot, templates.compile_template(source, self.path, self.text)))
                except PromptError as exc:
                    raise self.fail(where, exc.message) from None
            wordings = self.wordings(table, "templates", at)
            fallthrough = self.flag(table, "fallthrough", not wordings, at)
            once = self.flag(table, "once", False, at)
            rule = Rule(
                name, pattern, priority, frozenset(stages) if stages is not None else None,
                wordings, kind, tuple(writes), fallthrough, once,
            )  # fmt: skip
            captures = dict.fromkeys(rule.pattern.groupindex, "sample")
            for k, template in enumerate(rule.templates):
                self.try_render(
                    template, {**SAMPLE_VALUES, **captures}, self.line(*at, "templates", k)
                )
            for slot, template in rule.remember:
                self.try_render(
                    template, {**SAMPLE_VALUES, **captures}, self.line(*at, "remember", slot)
                )
            rules.append(rule)
        return tuple(sorted(rules, key=lambda r: -r.priority))


def check(path: Path) -> Script:
    """Load ``path`` and test-render every wording; raise ``PromptError``."""
    loader = _Loader(path)
    script = loader.load()
    for k, template in enumerate(script.opening):
        loader.try_render(template, {}, loader.line("opening", k))
    for k, template in enumerate(script.closing):
        loader.try_render(template, CLOSING_VALUES, loader.line("closing", k))
    for index, stage in enumerate(script.stages):
        for k, template in enumerate(stage.prompts):
            loader.try_render(template, SAMPLE_VALUES, loader.line("stage", index, "prompts", k))
    return script


def available() -> dict[str, Path]:
    """Script name -> file, built-ins and the user's (which add or override)."""
    return resources.catalogue(SCRIPTS_DIR)


def load(name: str) -> Script:
    """The script called ``name``; ``PromptError`` if it is unknown or broken."""
    return _load_at(*resources.named(SCRIPTS_DIR, name, "script"))


@cache
def _load_at(path: Path, _mtime: int) -> Script:
    return check(path)
