"""Plain line mode: the same conversation as the app, one line in, one line out.

For screen readers, pipes and terminals where a full-screen app is unwelcome.
No Textual, no colour, no cursor movement: just text. (``NO_COLOR`` is
honoured by having no colour at all; keep it that way if colour ever comes.)
"""

from __future__ import annotations

import sys

from mirrorbot.config import Config
from mirrorbot.dialogue import checkin
from mirrorbot.display import forgive_stdio, read_line, say
from mirrorbot.session import Session, open_session

QUIT_COMMANDS = frozenset({"/quit"})
PROMPT = "> "


def run(
    cfg: Config, seed: int | None = None, script: str | None = None, save: bool | None = None
) -> int:
    """Converse on stdin/stdout until ``/quit`` or end of input; the exit code."""
    forgive_stdio()
    interactive = sys.stdin.isatty()
    session = open_session(cfg, seed=seed, script=script, save=save)
    try:
        if interactive:
            _first_run_disclaimer()
        say(session.opening().reply)
        while True:
            line = read_line(interactive, PROMPT)
            if line is None or line.strip() in QUIT_COMMANDS:
                return 0
            if not line.strip():
                continue  # an empty line asks nothing; wait for the next one
            turn = session.turn(line)
            for problem in session.problems():
                say(f"({problem})")
            say(turn.reply)
            if turn.kind == "closing" and session.ended and interactive:
                _check_in(session)
    except KeyboardInterrupt:
        if interactive:
            sys.stdout.write("\n")
        return 130
    finally:
        session.close()


def _first_run_disclaimer() -> None:
    """The first time a person uses mirrorbot at a terminal: what it is and
    isn't (shared with the app, so it is said once in all)."""
    from mirrorbot import safety, state

    seen = state.load()
    if seen.disclaimer_seen:
        return
    say(safety.disclaimer())
    say("")
    seen.disclaimer_seen = True
    try:
        state.save(seen)
    except OSError as exc:
        # As in the app: losing this only means the disclaimer is shown once more.
        say(f"(Could not remember this for next time: {exc.strerror or exc}.)")


def _check_in(session: Session) -> None:
    """The closing check-in: four ratings from 0 to 10, each skippable."""
    texts = checkin.questions()
    say(texts.intro)
    ratings: dict[str, int] = {}
    for key, question in texts.items:
        say(question)
        while True:
            answer = read_line(True, PROMPT)
            if answer is None or not answer.strip():
                break
            if answer.strip().isdigit() and 0 <= int(answer) <= 10:
                ratings[key] = int(answer)
                break
            say(texts.retry)
    if ratings:
        session.rate(ratings)
    say(texts.thanks)
