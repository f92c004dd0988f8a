"""How long one turn takes, against NLTK's ELIZA on the same inputs; and process start.

    python benchmarks/turn_latency.py            # a few thousand turns, ~10 s
    python benchmarks/turn_latency.py --turns 500 --starts 5   # quicker

Prints two tables. Targets: our median per turn <= ELIZA's, our p99 < 1 ms;
``mirrorbot reply --help`` within 150 ms of a bare ``python -c pass``, and
without importing Textual. A benchmark, not a test: nothing here fails a build.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

# Journal-style openings and the slots they take. Each is crossed with the
# lead-ins below, so there are several hundred distinct templates.
BASES = [
    "I feel {feeling} about {thing}.",
    "I'm so {feeling} with {person} right now.",
    "{person} said something about {thing} and I've been {feeling} ever since.",
    "I don't know why I'm {feeling} {time}.",
    "I'm not {feeling}, just tired of {thing}.",
    "Part of me is {feeling} and part of me is relieved.",
    "I keep thinking about {thing}.",
    "{time} I couldn't stop worrying about {thing}.",
    "It's been hard since {person} left.",
    "Nobody at {place} seems to notice how much I do.",
    "I should have called {person} back.",
    "I guess I'm a little {feeling} about {thing}.",
    "Honestly I'm fine, it's just {thing}.",
    "I can't believe {person} did that.",
    "Why does {thing} always fall on me?",
    "I want to tell {person} how I feel but I can't.",
    "Everything at {place} is falling apart.",
    "I finally finished {thing} and I feel {feeling}.",
    "I'm {feeling} that {person} will find out.",
    "{person} and I had another fight about {thing}.",
    "I lay awake {time} going over {thing}.",
    "Maybe I'm overreacting about {thing}.",
    "I used to love {thing}, now I dread it.",
    "It's not that I'm {feeling}, it's that nobody asked.",
    "I've been avoiding {place} for weeks.",
    "I miss {person} more than I expected.",
    "Sometimes I wonder if {thing} is worth it.",
    "Today at {place} was a lot.",
    "I'm really {feeling} and I don't want to talk to anyone.",
    "{person} keeps asking about {thing} and I don't have an answer.",
    "I thought I'd be {feeling} but mostly I'm numb.",
    "I did {action} {time} and it helped a bit.",
    "I want to {action} but I never have the energy.",
    "The thing with {person} is still bothering me.",
    "I'm {feeling}, {feeling2} and kind of {feeling3}.",
    "Can I just say that {thing} is exhausting?",
    "I'm proud of myself for {action}.",
    "I feel like I'm letting {person} down.",
    "What if {thing} never gets better?",
    "I told {person} I was fine, which wasn't true.",
    "I'm torn between {thing} and staying where I am.",
    "I keep putting off {thing}.",
    "There's so much going on with {thing} that I can't think straight.",
    "{person} doesn't get why I'm {feeling}.",
    "I was {feeling} at first, but now I'm mostly {feeling2}.",
    "It's stupid, but {thing} made me cry {time}.",
    "I have to decide about {thing} by Friday.",
    "I'm tired. That's all.",
    "Not much to say {time}.",
    "ok",
    "{person} hasn't texted back.",
    "Work is work. {person} is {person}.",
    "I can't stop comparing myself to {person}.",
    "I'd like to {action} more often.",
    "I'm scared I'll mess up {thing}.",
    "It feels like {place} is the only place I can breathe.",
    "I don't feel {feeling} anymore, and that worries me.",
    "I'm grateful for {person}, even when {thing} is hard.",
    "I got the news about {thing} {time}.",
    "Nothing is wrong exactly. I just feel {feeling}.",
    "My head is full of {thing}.",
    "{person} said I was overreacting, and maybe I was.",
    "I wish I could take back what I said to {person}.",
    "Every time I think about {thing} my chest gets tight.",
    "I'm {feeling} but I'm trying not to show it at {place}.",
    "How do I even start with {thing}?",
    "I'm not angry, just disappointed in {person}.",
    "I'm happy for {person}, I think.",
    "It's the little things, like {thing}.",
    "I spent all of {time} on {action} and I still feel {feeling}.",
]

LEADS = [
    "",
    "So, ",
    "Honestly, ",
    "I don't know. ",
    "Well, ",
    "Okay. ",
    "Today's thought: ",
    "Ugh. ",
]


def _words(options: str) -> list[str]:
    return [option.strip() for option in options.split("|")]


FILLERS: dict[str, list[str]] = {
    "feeling": _words(
        "anxious|sad|angry|lonely|overwhelmed|hopeful|frustrated|guilty|ashamed|relieved|excited"
        "|nervous|hurt|jealous|confused|stuck|exhausted|calm|grateful|worried|bitter|embarrassed"
        "|restless|lost"
    ),
    "person": _words(
        "my mom|my dad|my sister|my brother|my partner|my boss|my friend Sam|Alex|my roommate"
        "|my therapist|my daughter|my son|Jordan|my team lead|my grandmother|my ex|a coworker"
        "|my neighbour|Priya|my best friend"
    ),
    "thing": _words(
        "the move|my job|the wedding|money|the exam|my health|the divorce|the project at work"
        "|my thesis|the holidays|the diagnosis|our plans|the lease|my writing|the interview"
        "|the argument we had|getting older|the deadline|everything that happened last year"
        "|the kids' school"
    ),
    "place": _words("work|home|school|the office|my parents' house|the gym|church|the clinic"),
    "time": _words("today|last night|this morning|all week|again|lately|since Sunday|tonight"),
    "action": _words(
        "go for a walk|call a friend|write in my journal|cook a proper meal|sleep early"
        "|say no to extra shifts|clean the flat|play guitar"
    ),
}
FILLERS["feeling2"] = FILLERS["feeling"]
FILLERS["feeling3"] = FILLERS["feeling"]

TEMPLATES = [lead + base for base in BASES for lead in LEADS]


def make_inputs(count: int, seed: int) -> list[str]:
    """``count`` journal-like messages: mostly one or two sentences, some long."""
    rng = random.Random(seed)

    def sentence() -> str:
        template = rng.choice(TEMPLATES)
        filled = template.format_map({slot: rng.choice(words) for slot, words in FILLERS.items()})
        return filled[0].upper() + filled[1:]

    inputs = []
    for _ in range(count):
        roll = rng.random()
        sentences = 1 if roll < 0.55 else rng.randint(2, 4) if roll < 0.95 else rng.randint(8, 25)
        inputs.append(" ".join(sentence() for _ in range(sentences)))
    return inputs


@dataclass(frozen=True)
class Stats:
    name: str
    times_ns: list[int]

    @property
    def median_us(self) -> float:
        return statistics.median(self.times_ns) / 1000

    @property
    def mean_us(self) -> float:
        return statistics.fmean(self.times_ns) / 1000

    @property
    def p99_us(self) -> float:
        return statistics.quantiles(self.times_ns, n=100, method="inclusive")[98] / 1000

    @property
    def max_us(self) -> float:
        return max(self.times_ns) / 1000


def measure(
    name: str, respond: Callable[[str], object], inputs: Sequence[str], warmup: int
) -> Stats:
    for text in inputs[:warmup]:
        respond(text)
    gc.collect()
    clock = time.perf_counter_ns
    times = []
    for text in inputs:
        start = clock()
        respond(text)
        times.append(clock() - start)
    return Stats(name, times)


class Conversations:
    """Session.turn, with a fresh conversation every ``length`` turns, as people use it."""

    def __init__(self, seed: int, length: int = 40) -> None:
        from mirrorbot.session import Session

        self._seed = seed
        self._length = length
        self._session = Session(seed=seed)
        self._session.opening()
        self._turns = 0

    def respond(self, text: str) -> object:
        if self._turns == self._length:
            self._session = type(self._session)(seed=self._seed)
            self._session.opening()
            self._turns = 0
        self._turns += 1
        return self._session.turn(text)


def eliza() -> Callable[[str], object] | None:
    try:
        from nltk.chat.eliza import eliza_chatbot
    except ImportError:
        return None
    return eliza_chatbot.respond  # type: ignore[no-any-return]


def print_turn_table(rows: list[Stats], count: int) -> None:
    print(f"\nPer turn, {count} inputs (microseconds; lower is better)\n")
    header = f"{'responder':<28}{'median':>10}{'mean':>10}{'p99':>10}{'max':>10}"
    print(header)
    print("-" * len(header))
    for row in rows:
        print(
            f"{row.name:<28}{row.median_us:>10.1f}{row.mean_us:>10.1f}{row.p99_us:>10.1f}{row.max_us:>10.1f}"
        )
    if len(rows) == 2:
        a, b = rows
        print(
            f"{'ratio mirrorbot / ELIZA':<28}{a.median_us / b.median_us:>10.2f}"
            f"{a.mean_us / b.mean_us:>10.2f}{a.p99_us / b.p99_us:>10.2f}{a.max_us / b.max_us:>10.2f}"
        )
        verdict = "met" if a.median_us <= b.median_us else "NOT met"
        print(f"\ntarget median <= ELIZA's: {verdict}")
    verdict = "met" if rows[0].p99_us < 1000 else "NOT met"
    print(f"target p99 < 1 ms: {verdict} ({rows[0].p99_us:.0f} us)")


def start_ms(argv: list[str], runs: int) -> float:
    """Median wall time of starting ``argv`` to its exit, in milliseconds."""
    subprocess.run(argv, capture_output=True, check=False)  # warm the file and bytecode caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, capture_output=True, check=False)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def imports_textual(args: list[str]) -> bool | None:
    """Does ``mirrorbot ARGS`` import Textual? None if it failed, so nobody can tell.

    ``-X importtime`` lists every module imported on stderr.
    """
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "mirrorbot", *args],
        capture_output=True,
        text=True,
        input="",
        check=False,
    )
    modules = (
        line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if "|" in line
    )
    return any(name.split(".")[0] == "textual" for name in modules)


def print_start_table(runs: int) -> None:
    python = sys.executable
    rows = [
        ("python -c pass", [python, "-c", "pass"]),
        ("mirrorbot --help", [python, "-m", "mirrorbot", "--help"]),
        ("mirrorbot reply --help", [python, "-m", "mirrorbot", "reply", "--help"]),
        ("mirrorbot reply 'I feel ok'", [python, "-m", "mirrorbot", "reply", "I feel ok"]),
    ]
    print(f"\nProcess start, median of {runs} runs (milliseconds)\n")
    header = f"{'command':<30}{'median':>10}{'vs bare':>10}"
    print(header)
    print("-" * len(header))
    medians = {}
    for name, argv in rows:
        medians[name] = start_ms(argv, runs)
        print(
            f"{name:<30}{medians[name]:>10.1f}{medians[name] - medians['python -c pass']:>+10.1f}"
        )
    gap = medians["mirrorbot reply --help"] - medians["python -c pass"]
    verdict = "met" if gap <= 150 else "NOT met"
    print(f"\ntarget reply --help within 150 ms of bare python: {verdict}")
    for args in (["reply", "--help"], ["reply", "I feel ok"], ["--help"]):
        found = imports_textual(args)
        answer = "could not tell (the command failed)" if found is None else found
        print(f"textual imported by `mirrorbot {' '.join(args)}`: {answer}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--turns", type=int, default=3000, help="inputs to time (default 3000)")
    parser.add_argument("--seed", type=int, default=1, help="fixes the inputs and the replies")
    parser.add_argument(
        "--starts", type=int, default=15, help="process starts per command (default 15)"
    )
    parser.add_argument("--no-start", action="store_true", help="skip the process-start table")
    args = parser.parse_args(argv)

    inputs = make_inputs(args.turns, args.seed)
    warmup = min(200, len(inputs))
    lengths = sorted(len(t) for t in inputs)
    print(
        f"{len(TEMPLATES)} templates; {len(inputs)} inputs, length median {statistics.median(lengths):.0f}"
        f" chars, max {lengths[-1]}; Python {sys.version.split()[0]}"
    )

    rows = [measure("mirrorbot Session.turn", Conversations(args.seed).respond, inputs, warmup)]
    other = eliza()
    if other is None:
        print("(NLTK not installed: pip install -e '.[bench]' to compare with ELIZA)")
    else:
        rows.append(measure("nltk eliza respond()", other, inputs, warmup))
    print_turn_table(rows, len(inputs))
    if not args.no_start:
        print_start_table(args.starts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
