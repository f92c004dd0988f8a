"""Where each key of a TOML file is: line numbers for error messages.

The standard library's TOML reader gives values, not positions, and a
person fixing a config or a script needs the line. This is a small,
forgiving scanner for the same files (run only when a problem is found, or
once per file loaded): it records the line of every table header, key and
array element, by path, e.g. ``("stage", 2, "next")`` for the ``next`` key
of the third ``[[stage]]``, or ``("opening", 1)`` for the second wording of
``opening``. It never raises: on text it cannot follow it simply knows less.
"""

from __future__ import annotations

import contextlib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

KeyPath = tuple[str | int, ...]

_TOKEN = re.compile(
    r'(?P<mlbasic>""")|(?P<mlliteral>\'\'\')|(?P<basic>"(?:[^"\\\n]|\\.)*"?)|(?P<literal>\'[^\'\n]*\'?)'
    r"|(?P<comment>#[^\n]*)|(?P<newline>\n)|(?P<space>[ \t\r]+)|(?P<punct>[\[\]{}=,.])|(?P<bare>[^\s\[\]{}=,.#\"']+)"
)


@dataclass
class Locations:
    """Line numbers (1-based) by path, and the start of an unclosed string."""

    lines: dict[KeyPath, int] = field(default_factory=dict)
    unclosed_string: int | None = None

    def line(self, *path: str | int) -> int | None:
        """The line of ``path``, or of its nearest recorded parent."""
        key: KeyPath = tuple(path)
        while key:
            if key in self.lines:
                return self.lines[key]
            key = key[:-1]
        return None


@dataclass
class _Tok:
    kind: str
    text: str
    line: int


def _tokens(text: str, found: Locations) -> list[_Tok]:
    tokens: list[_Tok] = []
    line, pos = 1, 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:  # a stray character: skip it
            pos += 1
            continue
        kind = match.lastgroup or ""
        if kind in {"mlbasic", "mlliteral"}:
            quote = match.group()
            end = text.find(quote, match.end())
            if end < 0:
                found.unclosed_string = line
                return tokens
            body = text[pos : end + 3]
            tokens.append(_Tok("string", body, line))
            line += body.count("\n")
            pos = end + 3
            continue
        if kind in {"basic", "literal"}:
            tokens.append(_Tok("string", match.group(), line))
        elif kind == "newline":
            tokens.append(_Tok("newline", "\n", line))
            line += 1
        elif kind in {"punct", "bare"}:
            tokens.append(_Tok(kind, match.group(), line))
        pos = match.end()
    return tokens


def _name(tok: _Tok) -> str:
    if tok.kind == "string":
        return tok.text.strip("\"'")
    return tok.text


class _Parser:
    def __init__(self, tokens: list[_Tok], found: Locations) -> None:
        self.toks = tokens
        self.i = 0
        self.found = found
        self.arrays: dict[KeyPath, int] = {}

    def peek(self, offset: int = 0) -> _Tok | None:
        j = self.i + offset
        return self.toks[j] if j < len(self.toks) else None

    def skip_newlines(self) -> None:
        while (tok := self.peek()) is not None and tok.kind == "newline":
            self.i += 1

    def key_path(self) -> KeyPath:
        parts: list[str] = []
        while (tok := self.peek()) is not None and tok.kind in {"bare", "string"}:
            parts.append(_name(tok))
            self.i += 1
            nxt = self.peek()
            if nxt is not None and nxt.text == "." and nxt.kind == "punct":
                self.i += 1
                continue
            break
        return tuple(parts)

    def run(self) -> None:
        table: KeyPath = ()
        while self.peek() is not None:
            self.skip_newlines()
            tok = self.peek()
            if tok is None:
                return
            if tok.text == "[":
                double = (nxt := self.peek(1)) is not None and nxt.text == "["
                self.i += 2 if double else 1
                name = self._within_arrays(self.key_path())
                self.i += 2 if double else 1
                if double:
                    index = self.arrays.get(name, -1) + 1
                    self.arrays[name] = index
                    table = (*name, index)
                    self.found.lines.setdefault(name, tok.line)
                else:
                    table = name
                self.found.lines.setdefault(table, tok.line)
            elif tok.kind in {"bare", "string"}:
                key = self.key_path()
                if (eq := self.peek()) is not None and eq.text == "=":
                    self.i += 1
                    self.record((*table, *key), tok.line)
                    self.value((*table, *key))
            else:
                self.i += 1
            self.to_line_end()

    def _within_arrays(self, name: KeyPath) -> KeyPath:
        """``[rule.remember]`` after ``[[rule]]`` means the last rule's table."""
        out: list[str | int] = []
        for part in name:
            out.append(part)
            index = self.arrays.get(tuple(out))
            if index is not None and len(out) < len(name):
                out.append(index)
        return tuple(out)

    def record(self, path: KeyPath, line: int) -> None:
        """The line of ``path`` and of each of its parents not seen yet
        (a dotted key ``prompts.first`` also places ``prompts``)."""
        for end in range(1, len(path) + 1):
            self.found.lines.setdefault(path[:end], line)

    def to_line_end(self) -> None:
        while (tok := self.peek()) is not None and tok.kind != "newline":
            self.i += 1

    def value(self, path: KeyPath) -> None:
        tok = self.peek()
        if tok is None:
            return
        if tok.text == "[":
            self.i += 1
            index = 0
            while (item := self.peek()) is not None and item.text != "]":
                if item.kind == "newline" or item.text == ",":
                    self.i += 1
                    continue
                self.found.lines.setdefault((*path, index), item.line)
                self.value((*path, index))
                index += 1
            self.i += 1
        elif tok.text == "{":
            self.i += 1
            while (item := self.peek()) is not None and item.text != "}":
                if item.kind in {"bare", "string"}:
                    key = self.key_path()
                    if (eq := self.peek()) is not None and eq.text == "=":
                        self.i += 1
                        self.record((*path, *key), item.line)
                        self.value((*path, *key))
                    continue
                self.i += 1
            self.i += 1
        else:
            self.i += 1


def locate(text: str) -> Locations:
    """The line of every header, key and array element in ``text``."""
    found = Locations()
    with contextlib.suppress(RecursionError):  # absurd nesting: what was found stands
        _Parser(_tokens(text, found), found).run()
    return found


@dataclass(frozen=True)
class Parsed:
    """A TOML file read for a person to fix: its text, values and lines."""

    text: str
    data: dict[str, Any]
    where: Locations


_WHERE_IN_MESSAGE = re.compile(r"\s*\((?:at line \d+, column \d+|at end of document)\)")


def read(path: Path, what: str) -> Parsed:
    """Read, decode and parse ``path`` (a ``what``, for messages), or raise
    ``PromptError`` with the line: not UTF-8 at the first bad byte, a syntax
    error where it is (an unclosed string where it opens), absurd nesting
    where it starts. A byte-order mark is forgiven."""
    from mirrorbot.errors import PromptError

    try:
        raw = path.read_bytes()
    except IsADirectoryError:
        raise PromptError(path, None, f"is a directory, not a {what}") from None
    except OSError as exc:
        raise PromptError(path, None, f"cannot read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise PromptError(path, raw[: exc.start].count(b"\n") + 1, "not UTF-8 text") from None
    where = locate(text)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        line = _syntax_line(message, text, where)
        raise PromptError(
            path, line, f"TOML syntax: {_WHERE_IN_MESSAGE.sub('', message)}"
        ) from None
    except RecursionError:
        raise PromptError(path, _deepest_line(text), "TOML syntax: nested too deeply") from None
    return Parsed(text, data, where)


def _syntax_line(message: str, text: str, where: Locations) -> int:
    if where.unclosed_string is not None and "end of document" in message:
        return where.unclosed_string  # where the string opens, not where the file ends
    found = re.search(r"line (\d+)", message)
    if found:
        return int(found.group(1))
    return max(1, text.count("\n") + (0 if text.endswith("\n") else 1))


def _deepest_line(text: str) -> int:
    """The line where absurd nesting starts, for the message."""
    found = re.search(r"\[{50,}", text)
    return text.count("\n", 0, found.start()) + 1 if found else 1
