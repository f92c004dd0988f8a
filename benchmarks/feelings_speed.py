"""How fast the feelings detector is: per message, at first use, and to import.

    python benchmarks/feelings_speed.py              # 3,000 messages, 5 fresh processes
    python benchmarks/feelings_speed.py --starts 1   # quicker

Inputs are those of ``turn_latency.py`` (``make_inputs(3000, 1)``), cleaned as
a turn cleans them. Targets: ``detect`` median <= 20 µs and p99 <= 250 µs per
message; the first call (reading the lexicon and the cues) <= 30 ms. First
use and import are measured in fresh processes, median of ``--starts``. A
benchmark, not a test: nothing here fails a build.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from turn_latency import make_inputs

from mirrorbot.language.feelings import detect, primary
from mirrorbot.language.text import clean

# Run in a fresh interpreter: prints import time and first-detect time in ms.
_FRESH = """
import time
begin = time.perf_counter()
from mirrorbot.language.feelings import detect
imported = time.perf_counter()
detect("I feel ok")
used = time.perf_counter()
print((imported - begin) * 1000, (used - imported) * 1000)
"""


def per_message(texts: Sequence[str], rounds: int) -> list[float]:
    """The best of ``rounds`` timings of ``detect`` for each text, in µs."""
    best = [float("inf")] * len(texts)
    clock = time.perf_counter_ns
    for _ in range(rounds):
        gc.collect()
        for i, text in enumerate(texts):
            start = clock()
            detect(text)
            cost = clock() - start
            if cost < best[i]:
                best[i] = cost
    return [ns / 1000 for ns in best]


def fresh_process(starts: int) -> tuple[float, float]:
    """Median import time and first-``detect`` time, in ms, over fresh processes."""
    imports: list[float] = []
    firsts: list[float] = []
    for _ in range(starts):
        out = subprocess.run(
            [sys.executable, "-c", _FRESH], capture_output=True, text=True, check=True
        ).stdout.split()
        imports.append(float(out[0]))
        firsts.append(float(out[1]))
    return statistics.median(imports), statistics.median(firsts)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--messages", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--rounds", type=int, default=1, help="time each message this many times, keep the best"
    )
    parser.add_argument("--starts", type=int, default=5, help="fresh processes for first use")
    args = parser.parse_args(argv)

    texts = [clean(t) for t in make_inputs(args.messages, args.seed)]
    for text in texts[:200]:
        primary(detect(text))
    costs = per_message(texts, args.rounds)
    ordered = sorted(costs)
    q = statistics.quantiles(costs, n=100, method="inclusive")
    imported, first = fresh_process(args.starts)

    print(
        f"detect over {len(texts)} messages (turn_latency inputs, cleaned; "
        f"lengths median {statistics.median(len(t) for t in texts):.0f}, "
        f"max {max(len(t) for t in texts)} chars); Python {sys.version.split()[0]}\n"
    )
    header = f"{'measure':<34}{'value':>12}{'target':>12}"
    print(header)
    print("-" * len(header))
    rows = [
        ("detect median (µs)", statistics.median(costs), "<= 20"),
        ("detect p95 (µs)", q[94], ""),
        ("detect p99 (µs)", q[98], "<= 250"),
        ("detect mean (µs)", statistics.fmean(costs), ""),
        ("detect max (µs)", ordered[-1], ""),
        ("import feelings (ms)", imported, ""),
        ("first detect: load lexicon+cues (ms)", first, "<= 30"),
    ]
    for name, value, target in rows:
        print(f"{name:<34}{value:>12.1f}{target:>12}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
