"""``mirrorbot practice``: practise reflective listening with a scripted speaker.

Plain line mode (no Textual): the speaker says a line, the learner types a
reply, mirrorbot shows how it was coded with a one-line tip (``--no-tips``
or ``/tips`` hide them), and the speaker answers. ``/end``, the end of
input, or reflecting the last layer ends the session with the summary.
``--list`` shows the scenarios, ``--history`` the trend of the measures
across past practice sessions in the journal.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from typing import TYPE_CHECKING, Any

from mirrorbot.display import forgive_stdio, read_line, say
from mirrorbot.errors import PromptError

if TYPE_CHECKING:  # imported when the command runs, so --help stays fast
    from mirrorbot.practice.loop import PracticeSession, PracticeTurn
    from mirrorbot.practice.scenario import Scenario

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
PROMPT = "> "
INDENT = "  "


def add_parser(subparsers: Any) -> None:
    """Register ``practice`` on the top-level ``add_subparsers()`` object."""
    parser = subparsers.add_parser(
        "practice",
        help="practise reflective listening with a scripted speaker",
        description="Practise reflective listening. A speaker opens up a layer at a time when "
        "your reflections are accurate; every reply is coded, with a tip, and the session ends "
        "with a summary. Type /end to finish, /tips to hide or show tips.",
    )
    parser.add_argument("--scenario", metavar="NAME", help="the scenario to practise (see --list)")
    parser.add_argument("--list", action="store_true", help="list the scenarios and exit")
    parser.add_argument(
        "--history", action="store_true", help="show how your practice has gone across sessions"
    )
    parser.add_argument(
        "--no-save", action="store_true", dest="practice_no_save",
        help="don't keep this practice in the journal",
    )  # fmt: skip
    parser.add_argument(
        "--seed", type=int, metavar="N", dest="practice_seed", help="fix the random choices"
    )
    parser.add_argument(
        "--no-tips", action="store_true", help="hide the tip after each reply (the summary stays)"
    )


def run(args: argparse.Namespace) -> int:
    try:
        if args.list:
            return _list()
        if args.history:
            return _history()
        return _practise(args)
    except PromptError as exc:
        _error(str(exc))
        return EXIT_USAGE


# -- list -------------------------------------------------------------------


def _list() -> int:
    from mirrorbot.practice import scenario

    names = sorted(scenario.available())
    width = max((len(n) for n in names), default=0)
    for name in names:
        try:
            loaded = scenario.load(name)
        except PromptError as exc:
            say(f"{name:{width}}  (broken: {exc})")
            continue
        say(f"{name:{width}}  {loaded.title}: {loaded.description}")
    return EXIT_OK


# -- history ----------------------------------------------------------------

_NAMES = {
    "ratio": "reflections : questions",
    "complex": "complex reflections",
    "open": "open questions",
}


def _history() -> int:
    from mirrorbot.journal.store import Journal, JournalError, parse_iso
    from mirrorbot.practice import history

    try:
        with Journal.open() as journal:
            sessions = history.past(journal)
    except JournalError as exc:
        _error(str(exc))
        return EXIT_FAILURE
    if not sessions:
        say("No practice sessions in the journal yet. Start one with: mirrorbot practice")
        return EXIT_OK
    say(f"Practice sessions, oldest first ({len(sessions)}):")
    header = f"{'date':<16}  {'scenario':<18}  {'refl : q':>9}  {'complex':>7}  {'open q':>6}  {'roadblocks':>10}  layers"
    say(header)
    for p in sessions:
        s = p.summary
        when = parse_iso(p.started).astimezone().strftime("%Y-%m-%d %H:%M")
        ratio = history.show_ratio(s.measure("ratio").value)
        complex_ = history.show_percent(s.measure("complex").value)
        open_ = history.show_percent(s.measure("open").value)
        blocks = sum(c for _, c in s.roadblocks)
        layers = f"{s.reached}/{s.total}" + (" ✓" if s.completed else "")
        say(
            f"{when:<16}  {p.scenario[:18]:<18}  {ratio:>9}  {complex_:>7}  {open_:>6}  "
            f"{blocks:>10}  {layers}"
        )
    if len(sessions) < 2:
        say("One session so far: practise again to see a trend.")
        return EXIT_OK
    from mirrorbot.practice.summary import THRESHOLDS

    say("Trend (earliest sessions -> latest):")
    for t in history.trend(sessions):
        show = history.show_ratio if t.name == "ratio" else history.show_percent
        fair, good = THRESHOLDS[t.name]
        target = (
            f"fair {fair:g} : 1, good {good:g} : 1"
            if t.name == "ratio"
            else f"fair {fair:.0%}, good {good:.0%}"
        )
        rating = {"good": "good", "fair": "fair", "below": "below fair"}.get(t.rating, "-")
        say(
            f"{INDENT}{_NAMES[t.name]:<24} {show(t.before):>9} -> {show(t.after):<9} {rating} ({target})"
        )
    return EXIT_OK


# -- a session ---------------------------------------------------------------


def _practise(args: argparse.Namespace) -> int:
    from mirrorbot import config, safety
    from mirrorbot.practice import models
    from mirrorbot.practice import scenario as scenarios
    from mirrorbot.practice.loop import open_practice

    forgive_stdio()
    cfg = config.load(getattr(args, "config", None))
    seed = args.practice_seed if args.practice_seed is not None else getattr(args, "seed", None)
    if seed is None:
        seed = cfg.seed
    save = cfg.save and not (args.practice_no_save or getattr(args, "top_no_save", False))
    interactive = sys.stdin.isatty()
    chosen = _choose(args.scenario, interactive, seed)
    if chosen is None:
        return EXIT_OK
    scenario: Scenario = scenarios.load(chosen)
    why = models.why_scripted(cfg)
    if why is not None:
        # Asked for in [llm], not allowed: say so once, rather than quietly.
        _error(f"practice stays scripted: {why}")
    speaker, coach = models.open_models(cfg)
    session = open_practice(
        scenario, seed=seed, save=save,
        country=safety.resolve_country(cfg.country, os.environ), tips=not args.no_tips,
        speaker=speaker, coach=coach,
    )  # fmt: skip
    try:
        return _converse(session, interactive)
    except KeyboardInterrupt:
        if interactive:
            sys.stdout.write("\n")
        return 130
    finally:
        session.close()


def _choose(name: str | None, interactive: bool, seed: int | None) -> str | None:
    """The scenario to use: the one named, the learner's pick, or a random one."""
    from mirrorbot import resources
    from mirrorbot.practice import scenario as scenarios

    names = sorted(scenarios.available())
    if name is not None:
        return name  # load() says which exist when it is not one of them
    if not names:
        folder = resources.shipped_prompts() / scenarios.SCENARIOS_DIR
        raise PromptError(folder, None, "no scenarios to practise with")
    if not interactive:
        return random.Random(seed).choice(names)
    say("Scenarios:")
    for number, each in enumerate(names, start=1):
        try:
            title = scenarios.load(each).title
        except PromptError:
            title = "(broken)"
        say(f"{INDENT}{number:>2}. {each:<16} {title}")
    while True:
        answer = read_line(True, "Choose a number or name (Enter for a random one): ")
        if answer is None:
            return None
        answer = answer.strip()
        if not answer:
            return random.Random(seed).choice(names)
        if answer.isdigit() and 1 <= int(answer) <= len(names):
            return names[int(answer) - 1]
        if answer in names:
            return answer
        say(f"There is no scenario {answer!r}.")


def _converse(session: PracticeSession, interactive: bool) -> int:
    name = session.name
    say(session.intro())
    say("")
    say(f"{name}: {session.opening().text}")
    while True:
        line = read_line(interactive, PROMPT)
        if line is None:
            break  # end of input: sum up what there is
        if not line.strip():
            continue
        turn = session.turn(line)
        for problem in session.problems():
            say(f"({problem})")
        _show(session, turn)
        if turn.ended:
            break
    session.end()
    for problem in session.problems():
        say(f"({problem})")
    say("")
    for text in session.summary_lines():
        say(text)
    saved = session.saved_as()
    if saved is not None:
        from mirrorbot.practice import wording

        say(wording.load().say("text", "saved", id=saved))
    return EXIT_OK


def _show(session: PracticeSession, turn: PracticeTurn) -> None:
    if turn.notice:
        say(turn.notice)
    if turn.feedback is not None and session.tips:
        say(f"{INDENT}[{turn.feedback.label}] {turn.feedback.tip}")
        if turn.feedback.example_line:
            say(f"{INDENT}{turn.feedback.example_line}")
    if turn.reply is not None:
        say(f"{session.name}: {turn.reply.text}")


# -- plain input and output ------------------------------------------------


def _error(message: str) -> None:
    print(f"mirrorbot: {message}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """``python -m mirrorbot.commands.practice``: the command on its own (as
    ``mirrorbot practice`` runs it), with the same exit codes."""
    parser = argparse.ArgumentParser(prog="mirrorbot")
    add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["practice", *(sys.argv[1:] if argv is None else argv)])
    try:
        return run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
