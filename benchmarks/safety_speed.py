"""How long the crisis check takes per message, on the turn-latency inputs.

    python benchmarks/safety_speed.py                # 3000 journal-like messages
    python benchmarks/safety_speed.py --count 1000 --rounds 5

``safety.assess`` runs on every message before anything else, so its cost
comes straight out of the per-turn budget (p99 < 1 ms for the whole turn).
Prints median, p99 and max per message for ``assess`` and for its first stage
(``normalize.normal_form``), and the cost per character of the long entries
(600 characters or more), where the p99 comes from. Each message is timed
``--rounds`` times and the fastest is kept, so another process on the machine
does not show up as a slow message. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import turn_latency

from mirrorbot.safety import assess, normalize


def timings(run: Callable[[str], object], inputs: Sequence[str], rounds: int) -> list[int]:
    """Nanoseconds per input: the fastest of ``rounds`` runs."""
    for text in inputs[:300]:
        run(text)
    gc.collect()
    clock = time.perf_counter_ns
    best = [1 << 62] * len(inputs)
    for _ in range(rounds):
        for k, text in enumerate(inputs):
            start = clock()
            run(text)
            took = clock() - start
            if took < best[k]:
                best[k] = took
    return best


def row(stats: turn_latency.Stats) -> str:
    return (
        f"{stats.name:<22}{stats.median_us:>10.1f}{stats.mean_us:>10.1f}"
        f"{stats.p99_us:>10.1f}{stats.max_us:>10.1f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the crisis check per message.")
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)

    inputs = turn_latency.make_inputs(args.count, args.seed)
    whole = turn_latency.Stats("assess", timings(assess, inputs, args.rounds))
    first = turn_latency.Stats("normal_form", timings(normalize.normal_form, inputs, args.rounds))

    print(f"\nsafety per message, {len(inputs)} inputs (microseconds)\n")
    header = f"{'stage':<22}{'median':>10}{'mean':>10}{'p99':>10}{'max':>10}"
    print(header)
    print("-" * len(header))
    print(row(whole))
    print(row(first))

    long = [k for k, text in enumerate(inputs) if len(text) >= 600]
    if long:
        chars = sum(len(inputs[k]) for k in long)
        ns = sum(whole.times_ns[k] for k in long)
        print(
            f"\nlong entries (>= 600 chars): {len(long)}, "
            f"{chars / len(long):.0f} chars on average, {ns / chars / 1000:.3f} µs per char"
        )
    print(
        f"target median <= 25 µs: {'met' if whole.median_us <= 25 else 'NOT met'}; "
        f"p99 <= 300 µs: {'met' if whole.p99_us <= 300 else 'NOT met'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
