"""``mirrorbot code``: code listener replies with the practice coder, no UI.

Each TEXT argument, or each line of standard input, is one reply. A stdin
line that is a JSON object with ``reply`` (and optionally ``speaker``) keys
is coded with ``speaker`` as the context; other lines use ``--context``.
Without ``--json`` a readable line per reply; with it, the contract object
of architecture.md per line, key for key (a feeling is text, family,
intensity, negated; only feelings the reply names). ``--transcribed``
codes the replies as speech transcripts (see :mod:`mirrorbot.language.coder`,
"A question mark"); the output is the same contract either way. A bad JSON
line is a one-line error naming the line, exit 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from mirrorbot.commands.argtext import from_argv, stdin_lines
from mirrorbot.errors import PromptError

if TYPE_CHECKING:  # the coder is imported when the command runs, so --help stays fast
    from mirrorbot.language.coder import Coding

EXIT_OK, EXIT_USAGE = 0, 2


class _BadLine(Exception):
    pass


def add_parser(subparsers: Any) -> None:
    """Register ``code`` on the top-level ``add_subparsers()`` object."""
    parser = subparsers.add_parser(
        "code",
        help="code listener replies (practice coder): reflection, question, input, other",
        description="Code listener replies as the practice coder does. Each TEXT, or each "
        'line of standard input, is one reply; a stdin line may be a JSON object {"speaker": '
        '..., "reply": ...} to give what the speaker said.',
    )
    parser.add_argument("texts", nargs="*", metavar="TEXT")
    parser.add_argument("--json", action="store_true", help="print one JSON object per reply")
    parser.add_argument(
        "--context", metavar="TEXT", help="what the speaker said (for parroting and feeling checks)"
    )
    parser.add_argument(
        "--transcribed",
        action="store_true",
        help="read each reply as a transcript of speech, not typed text: a '?' is a "
        "transcriber's mark for a rising tone, so a rising statement about the speaker's "
        "feelings, wants or values counts as a reflection offered for checking (typed, the "
        "'?' is the writer's choice and makes it a closed question)",
    )


def run(args: argparse.Namespace) -> int:
    from mirrorbot.language.coder import code, load_tips

    try:
        load_tips()  # a broken tips file is a usage error, said once, up front
    except PromptError as exc:
        _error(str(exc))
        return EXIT_USAGE
    context = from_argv(args.context) if args.context is not None else None
    if args.texts:
        for text in args.texts:
            _emit(code(from_argv(text), context, transcribed=args.transcribed), args.json)
        return EXIT_OK
    for number, line in stdin_lines():
        try:
            reply, speaker = _parse(line, context)
        except _BadLine as exc:
            _error(f"<stdin>:{number}: {exc}")
            return EXIT_USAGE
        _emit(code(reply, speaker, transcribed=args.transcribed), args.json)
    return EXIT_OK


def _parse(line: str, context: str | None) -> tuple[str, str | None]:
    if not line.lstrip().startswith("{"):
        return line, context
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _BadLine(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(data, dict):
        raise _BadLine("expected a JSON object")  # pragma: no cover - '{' starts an object
    reply = data.get("reply")
    speaker = data.get("speaker", context)
    if not isinstance(reply, str):
        raise _BadLine('a JSON line needs "reply" as a string')
    if speaker is not None and not isinstance(speaker, str):
        raise _BadLine('"speaker" must be a string')
    return reply, speaker


def _emit(coding: Coding, as_json: bool) -> None:
    line = json.dumps(coding.as_json(), ensure_ascii=False) if as_json else _readable(coding)
    sys.stdout.write(line + "\n")
    sys.stdout.flush()  # another program may be driving us line by line


def _readable(coding: Coding) -> str:
    head = coding.code + (f" ({coding.subtype})" if coding.subtype else "")
    parts = [head]
    if coding.roadblocks:
        parts.append("roadblocks: " + ", ".join(r.replace("_", " ") for r in coding.roadblocks))
    if coding.tips:
        parts.append("tip: " + " / ".join(tip.text for tip in coding.tips))
    return " · ".join(parts)


def _error(message: str) -> None:
    print(f"mirrorbot: {message}", file=sys.stderr)
