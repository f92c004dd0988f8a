"""How fast the app is ready, and how much memory a long conversation takes.

1. Startup: from process start to the first screen being ready (mounted and
   drawn once, headless), for mirrorbot (its home screen, disclaimer already
   seen) and for a minimal Textual app (Header, Input, Footer) measured in
   the same run the same way. Each in a fresh ``python`` process; median of N.
   Target: mirrorbot within 1.2x of the minimal app.
2. Memory: a 200-turn conversation typed into the chat screen (headless), with
   the journal on: Python heap (tracemalloc) and process RSS, after the
   opening and after the 200th reply.

    python benchmarks/startup.py [--runs 15] [--turns 200]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MINIMAL = """
import time, sys
from textual.app import App
from textual.widgets import Footer, Header, Input

class Minimal(App[None]):
    def compose(self):
        yield Header()
        yield Input(placeholder="type")
        yield Footer()

    def on_mount(self):
        self.call_after_refresh(self.ready)

    def ready(self):
        print(time.time(), flush=True)
        self.exit()

Minimal().run(headless=True)
"""

MIRRORBOT = """
import time, sys
from mirrorbot.tui.app import MirrorApp

class Timed(MirrorApp):
    def on_mount(self):
        super().on_mount()
        self.call_after_refresh(self.ready)

    def ready(self):
        print(time.time(), flush=True)
        self.exit()

Timed().run(headless=True)
"""

MEMORY = """
import asyncio, json, resource, sys, tracemalloc
tracemalloc.start()
from mirrorbot.session import open_session
from mirrorbot.config import load
from mirrorbot.tui.app import MirrorApp
from mirrorbot.tui.widgets.composer import Composer

TURNS = int(sys.argv[1])
LINES = [
    "I keep putting off the call to my sister",
    "Work has been so much lately and I feel worn out",
    "I'm not angry, just disappointed in him",
    "Maybe I'm worried she'll think I don't care",
    "It's been on my mind all week, honestly",
]

def rss_kb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

async def main():
    cfg = load()
    app = MirrorApp(cfg, session=open_session(cfg, seed=3))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        before = (tracemalloc.get_traced_memory()[0], rss_kb())
        composer = app.screen.query_one(Composer)
        for n in range(TURNS):
            composer.load_text(f"{LINES[n % len(LINES)]} ({n})")
            await pilot.press("enter")
            await app.workers.wait_for_complete()
            await pilot.pause()
        after = (tracemalloc.get_traced_memory()[0], rss_kb())
        shown = len(app.screen.query("ChatMessage"))
    print(json.dumps({"before": before, "after": after, "messages": shown}))

asyncio.run(main())
"""


def fresh_home() -> Path:
    home = Path(tempfile.mkdtemp(prefix="mirrorbot-bench-"))
    (home / "ui-state.json").write_text('{"disclaimer_seen": true, "theme": null}')
    return home


def time_to_ready(code: str, env: dict[str, str]) -> float:
    start = time.time()
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    if result.returncode != 0:
        raise SystemExit(f"the benchmark app failed:\n{result.stderr}")
    return float(result.stdout.strip().splitlines()[-1]) - start


def startup(runs: int) -> None:
    env = {**os.environ, "MIRRORBOT_HOME": str(fresh_home())}
    env.pop("NO_COLOR", None)
    # One warm-up each, so both read the same warm file-system cache.
    time_to_ready(MINIMAL, env)
    time_to_ready(MIRRORBOT, env)
    minimal, mirror = [], []
    for _ in range(runs):  # interleaved, so drift in the machine hits both
        minimal.append(time_to_ready(MINIMAL, env))
        mirror.append(time_to_ready(MIRRORBOT, env))
    rows = [("minimal Textual app", minimal), ("mirrorbot (home screen)", mirror)]
    print(f"Startup to first screen ready, headless, {runs} runs each (ms)")
    print(f"{'app':<26}{'median':>9}{'min':>9}{'max':>9}")
    for name, values in rows:
        print(
            f"{name:<26}{statistics.median(values) * 1000:>9.0f}"
            f"{min(values) * 1000:>9.0f}{max(values) * 1000:>9.0f}"
        )
    ratio = statistics.median(mirror) / statistics.median(minimal)
    print(f"ratio mirrorbot / minimal: {ratio:.2f} (target <= 1.20)")


def memory(turns: int) -> None:
    env = {**os.environ, "MIRRORBOT_HOME": str(fresh_home())}
    result = subprocess.run(
        [sys.executable, "-c", MEMORY, str(turns)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if result.returncode != 0:
        raise SystemExit(f"the memory run failed:\n{result.stderr}")
    data = json.loads(result.stdout.strip().splitlines()[-1])
    (heap0, rss0), (heap1, rss1) = data["before"], data["after"]
    print()
    print(
        f"Memory, {turns}-turn conversation in the chat screen ({data['messages']} messages shown)"
    )
    print(f"{'':<22}{'heap (MiB)':>12}{'RSS (MiB)':>12}")
    print(f"{'after the opening':<22}{heap0 / 2**20:>12.1f}{rss0 / 1024:>12.1f}")
    print(f"{f'after {turns} turns':<22}{heap1 / 2**20:>12.1f}{rss1 / 1024:>12.1f}")
    print(
        f"{'per turn (KiB)':<22}{(heap1 - heap0) / 1024 / turns:>12.1f}"
        f"{(rss1 - rss0) / turns:>12.1f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--turns", type=int, default=200)
    args = parser.parse_args()
    startup(args.runs)
    memory(args.turns)


if __name__ == "__main__":
    main()
