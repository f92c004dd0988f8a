"""Transcript tests: replay a conversation and check the listener's replies.

A transcript is plain text, one instruction per line:

    # a comment
    script: check-in          which script (default: open)
    seed: 3                   fix the random choices (default: 0)
    > I'm worried about work  the person says this
    = You're uneasy about work.     the reply is exactly this
    ~ uneasy|worried          the reply matches this pattern (case-insensitive)
    ! \\bwhy\\b                 the reply does not match this pattern
    kind: reflection_feeling  the reply is of this kind

Checks before the first ``>`` apply to the opening. ``mirrorbot scripts
test FILE`` runs one; the built-in scripts' transcripts live in tests/.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from mirrorbot.dialogue.script import available
from mirrorbot.errors import PromptError


@dataclass(frozen=True)
class Check:
    line: int
    op: str  # "=", "~", "!", "kind"
    value: str


@dataclass
class Step:
    line: int
    said: str | None  # None: the opening
    checks: list[Check] = field(default_factory=list)


@dataclass(frozen=True)
class Failure:
    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass
class Transcript:
    path: Path
    script: str = "open"
    seed: int = 0
    steps: list[Step] = field(default_factory=list)

    @property
    def checks(self) -> int:
        return sum(len(step.checks) for step in self.steps)


def parse(path: Path) -> Transcript:
    """Read a transcript; ``PromptError`` (file:line) if it is malformed."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PromptError(path, None, f"cannot read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PromptError(path, raw[: exc.start].count(b"\n") + 1, "not UTF-8 text") from None
    transcript = Transcript(path)
    current = Step(0, None)
    transcript.steps.append(current)
    for number, written in enumerate(text.split("\n"), start=1):
        line = written.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith(">"):
            current = Step(number, line[1:].strip())
            transcript.steps.append(current)
        elif line[:1] in {"=", "~", "!"}:
            value = line[1:].strip()
            if line[0] != "=":
                try:
                    re.compile(value)
                except re.error as exc:
                    raise PromptError(path, number, f"bad pattern: {exc}") from None
            current.checks.append(Check(number, line[0], value))
        elif ":" in line:
            key, value = (part.strip() for part in line.split(":", 1))
            if key == "kind":
                current.checks.append(Check(number, "kind", value))
            elif key == "script" and len(transcript.steps) == 1:
                if value not in available():
                    known = ", ".join(sorted(available()))
                    raise PromptError(
                        path, number, f"no script called {value!r} (available: {known})"
                    )
                transcript.script = value
            elif key == "seed" and len(transcript.steps) == 1:
                if not (value.isascii() and value.isdigit()):
                    raise PromptError(path, number, f"seed must be a whole number, not {value!r}")
                transcript.seed = int(value)
            else:
                raise PromptError(
                    path,
                    number,
                    f"unknown setting {key!r} (script and seed go before the first '>')",
                )
        else:
            raise PromptError(
                path,
                number,
                "expected '> said', '= reply', '~ pattern', '! pattern', 'kind: KIND' or a setting",
            )
    return transcript


def run(transcript: Transcript) -> list[Failure]:
    """Replay ``transcript`` with its seed; the checks that failed."""
    from mirrorbot.session import Session

    session = Session(seed=transcript.seed, script=transcript.script)
    failures: list[Failure] = []
    for step in transcript.steps:
        turn = session.opening() if step.said is None else session.turn(step.said)
        for check in step.checks:
            problem = _problem(check, turn.reply, turn.kind)
            if problem:
                failures.append(Failure(transcript.path, check.line, problem))
    return failures


def _problem(check: Check, reply: str, kind: str) -> str | None:
    if check.op == "=" and reply != check.value:
        return f"expected {check.value!r}, got {reply!r}"
    if check.op == "~" and not re.search(check.value, reply, re.IGNORECASE):
        return f"expected a match for {check.value!r}, got {reply!r}"
    if check.op == "!" and re.search(check.value, reply, re.IGNORECASE):
        return f"expected no match for {check.value!r}, got {reply!r}"
    if check.op == "kind" and kind != check.value:
        return f"expected kind {check.value}, got {kind} ({reply!r})"
    return None
