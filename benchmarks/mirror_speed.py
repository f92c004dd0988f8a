"""How long the perspective shift takes: a typical line, a long entry, a 1 MB paste.

Run: python benchmarks/mirror_speed.py
"""

from __future__ import annotations

import time
from collections.abc import Callable

from mirrorbot.language.perspective import mirror

LINE = "I'm not angry, just disappointed that you never listen to me."
ENTRY = (
    "Today I finally told my sister how I feel. She said 'you always do this' and I "
    "walked out. I don't know if I was wrong, but I wish you were here to tell me. "
) * 10
PLAIN = "The rain kept falling on the old roof while the kettle boiled. " * 16_000
DENSE = "I told you I was fine, but you never listen to me. " * 20_000


def _time(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for _ in range(repeat):
            fn()
        best = min(best, (time.perf_counter() - start) / repeat)
    return best


def main() -> None:
    rows = [
        ("typical line", LINE, 20_000),
        ("journal entry", ENTRY, 500),
        ("1 MB, no pronouns", PLAIN, 3),
        ("1 MB, pronoun-dense", DENSE, 3),
    ]
    print(f"{'input':<22}{'chars':>10}{'time':>14}")
    for name, text, repeat in rows:
        seconds = _time(lambda text=text: mirror(text), repeat)  # type: ignore[misc]
        shown = f"{seconds * 1e6:.1f} µs" if seconds < 1e-3 else f"{seconds * 1e3:.1f} ms"
        print(f"{name:<22}{len(text):>10,}{shown:>14}")


if __name__ == "__main__":
    main()
