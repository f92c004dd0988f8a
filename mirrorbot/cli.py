"""The command line: parse arguments, hand off to a face or a command.

Kept free of Textual (and of anything slow) so ``--help`` and
``mirrorbot reply`` start fast; the app is imported only when it runs.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from mirrorbot import __version__
from mirrorbot.config import Config, ConfigError
from mirrorbot.errors import PromptError

if TYPE_CHECKING:
    from mirrorbot.llm.hook import ModelHook

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad input from the person at the keyboard: exit 2 with one line."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mirrorbot",
        description=(
            "A reflective-listening companion. Run with no command to open the app.\n"
            "mirrorbot is not therapy and not a crisis service; it cannot contact anyone."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add = parser.add_argument
    add("--version", action="version", version=f"mirrorbot {__version__}")
    add("--plain", action="store_true", help="converse in plain line mode (screen readers, pipes)")
    add("--config", type=Path, metavar="PATH", help="use this config file instead of your own")
    add("--seed", type=int, metavar="N", help="fix the random choices, to replay a conversation")
    add(
        "--script",
        metavar="NAME",
        dest="top_script",
        help="the kind of session (mirrorbot scripts list)",
    )
    add(
        "--no-save",
        action="store_true",
        dest="top_no_save",
        help="keep nothing of this conversation",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    reply = commands.add_parser(
        "reply",
        help="one conversation without the app: each TEXT (or stdin line) is a turn",
        description="One conversation without the app. Each TEXT argument, or each line of "
        "standard input, is one turn.",
    )
    reply.add_argument("texts", nargs="*", metavar="TEXT")
    reply.add_argument("--json", action="store_true", help="print one JSON object per turn")
    reply.add_argument(
        "--seed", type=int, metavar="N", dest="reply_seed", help="fix the random choices"
    )
    reply.add_argument("--script", metavar="NAME", help="the dialogue script to use")
    reply.add_argument(
        "--no-save", action="store_true", help="don't keep this conversation in the journal"
    )
    reply.add_argument(
        "--llm",
        action="store_true",
        help="let the language model set up in [llm] phrase reflections (falls back to the script)",
    )

    from mirrorbot.commands import code as code_command
    from mirrorbot.commands import practice as practice_command
    from mirrorbot.journal.cli import add_parser as add_journal

    add_journal(commands)
    code_command.add_parser(commands)
    practice_command.add_parser(commands)

    scripts = commands.add_parser("scripts", help="list, show, check and test dialogue scripts")
    actions = scripts.add_subparsers(dest="scripts_command", metavar="ACTION", required=True)
    actions.add_parser("list", help="the scripts you can use, with what each is for")
    actions.add_parser("show", help="print a script's file").add_argument("name", metavar="NAME")
    check_scripts = actions.add_parser(
        "check", help="load script files and test-render every wording"
    )
    check_scripts.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    test_scripts = actions.add_parser("test", help="replay transcript files and check the replies")
    test_scripts.add_argument("paths", nargs="+", type=Path, metavar="FILE")

    config = commands.add_parser(
        "config", help="where your config lives, what is in force, and checks"
    )
    config_commands = config.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    config_commands.add_parser("path", help="print where your config file goes")
    config_commands.add_parser("show", help="print the settings in force and where they came from")
    check = config_commands.add_parser("check", help="validate a config file (yours by default)")
    check.add_argument("path", nargs="?", type=Path)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return _dispatch(args)
    except ConfigError as exc:
        _error(str(exc))
        return EXIT_USAGE
    except UsageError as exc:
        _error(str(exc))
        return EXIT_USAGE
    except PromptError as exc:  # a broken file in prompts/ (usually the user's override)
        _error(str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (``| head``); nothing left to say to it.
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        return EXIT_OK
    except Exception as exc:  # a last resort: one line, never a traceback
        if os.environ.get("MIRRORBOT_DEBUG"):
            raise
        _error(f"unexpected error: {type(exc).__name__}: {exc} (set MIRRORBOT_DEBUG=1 for details)")
        return EXIT_FAILURE


def _error(message: str) -> None:
    print(f"mirrorbot: {message}", file=sys.stderr)


def _load_config(args: argparse.Namespace) -> Config:
    from mirrorbot import config

    return config.load(args.config)


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "reply":
        return _reply(args)
    if args.command == "config":
        return _config(args)
    if args.command == "scripts":
        return _scripts(args)
    if args.command == "practice":
        from mirrorbot.commands import practice as practice_command

        return practice_command.run(args)
    if args.command == "code":
        from mirrorbot.commands import code as code_command

        return code_command.run(args)
    if args.command == "journal":
        from mirrorbot.journal.cli import run as journal

        return journal(args)
    cfg = _load_config(args)
    save = False if args.top_no_save else None
    if args.plain:
        from mirrorbot import plain

        return plain.run(cfg, seed=args.seed, script=args.top_script, save=save)
    from mirrorbot.tui.app import run

    return run(cfg, seed=args.seed, script=args.top_script, save=save)


def _reply(args: argparse.Namespace) -> int:
    from mirrorbot.session import open_session

    cfg = _load_config(args)
    seed = args.reply_seed if args.reply_seed is not None else args.seed
    save = False if (args.no_save or args.top_no_save) else None
    session = open_session(
        cfg,
        seed=seed,
        script=args.script or args.top_script,
        save=save,
        model=_model(cfg) if args.llm else None,
    )
    from mirrorbot.commands.argtext import from_argv, stdin_lines

    texts: Iterable[str] = (
        [from_argv(t) for t in args.texts] if args.texts else (line for _, line in stdin_lines())
    )
    try:
        for text in texts:
            turn = session.turn(text)  # stored before it returns
            for problem in session.problems():
                _error(problem)
            if args.json:
                sys.stdout.write(json.dumps(turn.as_json(), ensure_ascii=False) + "\n")
            else:
                sys.stdout.write(turn.reply + "\n")
            sys.stdout.flush()  # another program may be driving us line by line
    finally:
        session.close()
    return EXIT_OK


def _model(cfg: Config) -> ModelHook:
    """The model hook for ``reply --llm``: --llm turns [llm] on for this run;
    a remote base_url still needs allow_remote = true (exit 2 otherwise)."""
    from dataclasses import replace

    from mirrorbot.llm.config import LLMSettings
    from mirrorbot.llm.hook import ModelHook

    settings = replace(LLMSettings.from_config(cfg), enabled=True)
    problem = settings.refusal()
    if problem is not None:
        raise UsageError(problem)
    return ModelHook(settings)


def _scripts(args: argparse.Namespace) -> int:
    from mirrorbot.dialogue import script, transcript

    if args.scripts_command == "list":
        for name in sorted(script.available()):
            try:
                loaded = script.load(name)
            except PromptError as exc:
                print(f"{name:14} (broken: {exc})")
                continue
            print(f"{name:14} {loaded.title}: {loaded.description}")
        return EXIT_OK
    if args.scripts_command == "show":
        path = script.available().get(args.name)
        if path is None:
            raise UsageError(
                f"no script called {args.name!r} (available: {', '.join(sorted(script.available()))})"
            )
        # Shown as it is; bytes that are not UTF-8 are shown as U+FFFD.
        sys.stdout.write(path.read_bytes().decode("utf-8", errors="replace"))
        return EXIT_OK
    if args.scripts_command == "check":
        status = EXIT_OK
        for path in args.paths:
            try:
                checked = script.check(path)
            except PromptError as exc:
                _error(str(exc))
                status = EXIT_USAGE
                continue
            print(
                f"{path}: ok ({checked.name}: {len(checked.stages)} stages, {len(checked.rules)} rules)"
            )
        return status
    passed = failed = 0
    for path in args.paths:
        replay = transcript.parse(path)
        failures = transcript.run(replay)
        for failure in failures:
            print(failure)
        failed += len(failures)
        passed += replay.checks - len(failures)
    print(f"{passed} passed, {failed} failed")
    return EXIT_OK if failed == 0 else EXIT_FAILURE


def _config(args: argparse.Namespace) -> int:
    from mirrorbot import config, paths

    if args.config_command == "path":
        print(args.config or paths.user_config_file())
        return EXIT_OK
    if args.config_command == "check":
        target = args.path or config.user_file(args.config)
        if target is None:
            print(
                f"no config file of yours yet ({paths.user_config_file()}); the shipped defaults are in force"
            )
            return EXIT_OK
        config.check_file(target)
        print(f"{target}: ok")
        return EXIT_OK
    cfg = config.load(args.config)
    print("# settings in force, from: " + ", ".join(str(p) for p in cfg.sources))
    for section, table in cfg.values.items():
        print(f"\n[{section}]")
        for key, value in table.items():
            if value is None:
                print(f"# {key} is not set")
            else:
                print(f"{key} = {json.dumps(value)}")
    return EXIT_OK
