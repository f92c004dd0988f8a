"""Loading what the bot says from prompts/, and rendering it safely.

Templates are written by us and compiled once; what a person typed only
ever reaches them as a variable, in a sandboxed environment with strict
undefined, so "{{ 7*7 }}" in a message is echoed, never evaluated.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import meta, nodes
from jinja2.sandbox import SandboxedEnvironment

from mirrorbot import resources
from mirrorbot.errors import PromptError
from mirrorbot.language.feelings import FAMILIES

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def _join_and(items: Any, conjunction: str = "and") -> str:
    """["a", "b", "c"] -> "a, b and c": the listener lists things the way people do.
    When an item before the last is a phrase of its own ("nervous that he
    won't tell you"), a comma marks where it ends: "..., and worn out"."""
    words = [str(item) for item in items if str(item)]
    if len(words) <= 1:
        return "".join(words)
    long = any(item.count(" ") >= 3 for item in words[:-1])
    return f"{', '.join(words[:-1])}{',' if long else ''} {conjunction} {words[-1]}"


@cache
def environment() -> SandboxedEnvironment:
    env = SandboxedEnvironment(
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
    )
    env.filters["join_and"] = _join_and
    return env


class Template:
    """One wording. Parsed when its file is loaded (so a syntax error is
    reported at once, and its variables are known), but compiled only when
    first said: most wordings of a conversation are never used, and
    compiling them all cost more than the first reply itself."""

    __slots__ = ("_compiled", "_parts", "required", "source", "variables")

    def __init__(
        self,
        source: str,
        variables: frozenset[str],
        optional: frozenset[str] = frozenset(),
        parts: tuple[tuple[bool, str], ...] | None = None,
    ) -> None:
        self.source = source
        # The names the wording uses, and those it needs filled: the engine
        # skips a wording whose needed variables this message leaves empty.
        # A variable the wording tests itself ({% if topic %}) is optional.
        self.variables = variables
        self.required = variables - optional
        # Most wordings are only text and {{ names }}; those are put
        # together directly (see _plain_parts), the rest go through jinja2.
        self._parts = parts
        self._compiled: jinja2.Template | None = None

    def render(self, values: dict[str, Any]) -> str:
        if self._parts is not None:
            # Same result as jinja2 would give: str() of each value, and a
            # missing name is an error (strict undefined), caught by safe_render.
            return "".join(str(values[text]) if is_name else text for is_name, text in self._parts)
        if self._compiled is None:
            self._compiled = environment().from_string(self.source)
        return self._compiled.render(values)


def _plain_parts(parsed: nodes.Template) -> tuple[tuple[bool, str], ...] | None:
    """A wording made only of text and bare ``{{ name }}`` outputs, as
    (is_name, text) pieces; None for anything else (filters, tests, blocks).

    Rendering through jinja2 costs about 10 µs a wording, and the engine
    may try several wordings for one reply; joining pieces costs well under
    one. The pieces come from jinja2's own parse, so whitespace and
    newline handling are jinja2's."""
    parts: list[tuple[bool, str]] = []
    for statement in parsed.body:
        if not isinstance(statement, nodes.Output):
            return None
        for node in statement.nodes:
            if isinstance(node, nodes.TemplateData):
                parts.append((False, node.data))
            elif (
                isinstance(node, nodes.Name)
                and node.ctx == "load"
                and node.name not in environment().globals
            ):
                parts.append((True, node.name))
            else:
                return None
    return tuple(parts)


def safe_render(template: Template, values: dict[str, Any]) -> str:
    """``template`` rendered, or "" if it fails: a wording that breaks in
    the middle of a conversation (a user's script, say) is skipped, never a
    crash. ``scripts check`` is where such wordings get reported."""
    try:
        return template.render(values).strip()
    except Exception:
        return ""


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    templates: tuple[Template, ...]


def _line_of(text: str, needle: str) -> int | None:
    index = text.find(needle)
    return None if index < 0 else text.count("\n", 0, index) + 1


def prompt_file(relative: str) -> Path:
    return resources.prompt_path(relative)


def read_toml(relative: str) -> tuple[dict[str, Any], Path, str]:
    return read_toml_at(resources.prompt_path(relative))


def read_toml_at(path: Path) -> tuple[dict[str, Any], Path, str]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PromptError(path, None, f"cannot read: {exc}") from None
    try:
        return tomllib.loads(text), path, text
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+)", str(exc))
        raise PromptError(
            path, int(found.group(1)) if found else None, f"TOML syntax: {exc}"
        ) from None


def compile_template(source: str, path: Path, text: str) -> Template:
    env = environment()
    try:
        parsed = env.parse(source)
        variables = frozenset(meta.find_undeclared_variables(parsed))
        tested = frozenset(
            name.name
            for branch in parsed.find_all(nodes.If)
            for name in (branch.test, *branch.test.find_all(nodes.Name))
            if isinstance(name, nodes.Name)
        )
    except jinja2.TemplateSyntaxError as exc:
        raise PromptError(path, _line_of(text, source), f"template syntax: {exc.message}") from None
    except jinja2.TemplateError as exc:  # e.g. an unknown filter
        raise PromptError(path, _line_of(text, source), f"template error: {exc}") from None
    return Template(source, variables, tested, _plain_parts(parsed))


def replies() -> dict[str, Rule]:
    """Every reply rule from prompts/replies.toml (the user's copy if any), compiled."""
    return _replies_at(resources.prompt_path("replies.toml"))


# Cached per file, so a user's override (or a test's MIRRORBOT_HOME) is
# honoured while each file is still parsed and compiled only once.
@cache
def _replies_at(path: Path) -> dict[str, Rule]:
    data, path, text = read_toml_at(path)
    rules: dict[str, Rule] = {}
    for name, table in data.items():
        if not isinstance(table, dict):
            raise PromptError(path, _line_of(text, name), f"{name} must be a table")
        kind = table.get("kind")
        sources = table.get("templates")
        if not isinstance(kind, str) or not isinstance(sources, list) or not sources:
            raise PromptError(
                path,
                _line_of(text, f"[{name}]"),
                f"[{name}] needs kind and a non-empty templates list",
            )
        compiled = tuple(compile_template(str(s), path, text) for s in sources)
        rules[name] = Rule(name, kind, compiled)
    return rules


@dataclass(frozen=True)
class Word:
    """A way of naming a feeling, and the preposition that follows it."""

    text: str
    prep: str


def vocabulary() -> dict[str, tuple[tuple[Word, ...], ...]]:
    """Feeling words per family and level (1-3) from prompts/feelings.toml."""
    return _vocabulary_at(resources.prompt_path("feelings.toml"))


@cache
def _vocabulary_at(path: Path) -> dict[str, tuple[tuple[Word, ...], ...]]:
    data, path, text = read_toml_at(path)
    vocab: dict[str, tuple[tuple[Word, ...], ...]] = {}
    for family in FAMILIES:
        table = data.get(family)
        if not isinstance(table, dict):
            raise PromptError(path, None, f"missing [{family}]")
        default_prep = str(table.get("prep", "about"))
        levels = table.get("levels")
        if (
            not isinstance(levels, list)
            or len(levels) != 3
            or not all(isinstance(lv, list) and lv for lv in levels)
        ):
            raise PromptError(
                path,
                _line_of(text, f"[{family}]"),
                f"[{family}] needs levels: three non-empty lists",
            )
        vocab[family] = tuple(
            tuple(word_entry(str(entry), default_prep) for entry in level) for level in levels
        )
    return vocab


def softer() -> dict[str, tuple[Word, ...]]:
    """Fresh, softer words for the feeling words people use most, from the
    [softer] table of prompts/feelings.toml (person's word -> our words)."""
    return _softer_at(resources.prompt_path("feelings.toml"))


@cache
def _softer_at(path: Path) -> dict[str, tuple[Word, ...]]:
    data, path, text = read_toml_at(path)
    table = data.get("softer", {})
    if not isinstance(table, dict):
        raise PromptError(
            path, _line_of(text, "[softer]"), "[softer] must be a table of word lists"
        )
    found: dict[str, tuple[Word, ...]] = {}
    for key, entries in table.items():
        if not isinstance(entries, list) or not entries:
            raise PromptError(
                path, _line_of(text, key), f"softer.{key} must be a non-empty list of words"
            )
        found[key.lower()] = tuple(word_entry(str(entry), "about") for entry in entries)
    return found


def word_entry(entry: str, default_prep: str) -> Word:
    """A feeling word as prompt files write it, "word" or "word|prep"."""
    text, _, prep = entry.partition("|")
    return Word(text.strip(), prep.strip() if prep else default_prep)


def takes_that() -> frozenset[str]:
    """Feeling words that can take a whole thought after "that"."""
    return _word_list_at(resources.prompt_path("feelings.toml"), "takes_that")


def takes_to() -> frozenset[str]:
    """Feeling words that can take what is done after "to" ("nervous to ask")."""
    return _word_list_at(resources.prompt_path("feelings.toml"), "takes_to")


@cache
def _word_list_at(path: Path, key: str) -> frozenset[str]:
    data, path, _ = read_toml_at(path)
    words = data.get(key, [])
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise PromptError(path, None, f"'{key}' must be a list of words")
    return frozenset(w.lower() for w in words)
