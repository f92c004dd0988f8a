"""What the model hook adds to a streamed reply, and what the guard costs.

    python benchmarks/llm_stream.py                 # ~10 s
    python benchmarks/llm_stream.py --runs 1 --replies 10   # quicker

A loopback server (tests/llm_server.py, the one the tests use) streams
tokens at 200 per second and notes when each token leaves it. We note when
the same token comes out of:

1. a bare asyncio socket reader (the floor: loopback TCP, nothing parsed);
2. ``clients.stream_chat`` (httpx, SSE or JSON lines parsing, deadlines);
3. ``ModelHook.stream`` (all of the above, plus the safety check at each
   word end, placeholder restoring, and the "token" event a face shows).

and print the added time per token (median, p99, max) for both protocols.
Then the app itself, headless: a conversation in ``MirrorApp`` with the
model on, the token counted when the chat screen has painted it (after the
refresh that follows the message update), and the frames dropped while it
streams (a 60 Hz timer on the app's loop; a gap of more than one period is
a frame the screen could not draw). Then the guard's cost per reply
(``guard.check`` on replies that pass and replies that fail), the per-reply
total the hook measured, and the practice guards (the speaker's and the
feedback's checks). Targets: under 5 ms added per token at the median,
guard under 2 ms per reply.

A benchmark, not a test: nothing here fails a build.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import random
import statistics
import sys
import time
from collections.abc import Sequence
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from llm_server import LoopbackModel, Plan, words

from mirrorbot.dialogue.engine import Reflector
from mirrorbot.language.analysis import analyse
from mirrorbot.llm import clients, guard
from mirrorbot.llm.config import LLMSettings
from mirrorbot.llm.hook import ModelHook

RATE = 200.0  # tokens per second
TEXT = "I'm so tired of doing everything at home and nobody even notices."
REPLY = (
    "It sounds like you've been carrying all of it at home on your own, "
    "and it stings that nobody seems to notice."
)
LONG = " ".join(f"w{i}" for i in range(200))  # a long stream for the client alone


def _offsets(tokens: Sequence[str]) -> list[int]:
    """Where each token ends in the joined text."""
    ends, total = [], 0
    for token in tokens:
        total += len(token)
        ends.append(total)
    return ends


class _Clock:
    """Matches received text to the tokens the server sent."""

    def __init__(self, tokens: Sequence[str], server: LoopbackModel) -> None:
        self.ends = _offsets(tokens)
        self.server = server
        self.seen = 0
        self.next = 0
        self.arrived: dict[int, float] = {}

    def got(self, length: int, now: float) -> None:
        self.seen += length
        while self.next < len(self.ends) and self.ends[self.next] <= self.seen:
            self.arrived[self.next] = now
            self.next += 1

    def added(self) -> list[float]:
        sent = dict(self.server.sent)
        return [self.arrived[i] - sent[i] for i in self.arrived if i in sent]


def _settings(server: LoopbackModel, provider: str) -> LLMSettings:
    return LLMSettings(
        enabled=True,
        provider=provider,
        base_url=server.url if provider == "openai" else server.root,
        max_tokens=400,
        total_timeout=30,
        first_token_timeout=10,
    )


async def _floor(server: LoopbackModel, provider: str, tokens: list[str]) -> list[float]:
    """A bare socket: the request by hand, the token's closing quote counted
    the moment its bytes arrive (no HTTP or JSON parsing)."""
    path = "/v1/chat/completions" if provider == "openai" else "/api/chat"
    body = json.dumps({"model": "m", "messages": [], "stream": True}).encode()
    reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
    writer.write(
        f"POST {path} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n"
        f"content-length: {len(body)}\r\n\r\n".encode()
        + body
    )
    await writer.drain()
    arrived: dict[int, float] = {}
    count = 0
    marker = b'"content": "'
    while True:
        chunk = await reader.read(65536)
        if not chunk:
            break
        now = time.perf_counter()
        for _ in range(chunk.count(marker)):
            arrived[count] = now
            count += 1
    writer.close()
    sent = dict(server.sent)
    return [arrived[i] - sent[i] for i in arrived if i in sent]


async def _client(server: LoopbackModel, provider: str, tokens: list[str]) -> list[float]:
    settings = _settings(server, provider)
    clock = _Clock(tokens, server)
    loop = asyncio.get_running_loop()
    async with clients.new_client(settings) as client:
        async for piece in clients.stream_chat(
            client, settings, [{"role": "user", "content": "hi"}], deadline=loop.time() + 30
        ):
            clock.got(len(piece), time.perf_counter())
    return clock.added()


async def _hook(
    server: LoopbackModel, provider: str, tokens: list[str], hook: ModelHook
) -> tuple[list[float], float]:
    analysis = analyse(TEXT)
    script = Reflector(random.Random(1)).respond(analysis)
    clock = _Clock(tokens, server)
    final = None
    async for event in hook.stream(text=TEXT, analysis=analysis, scripted=script):
        if event.kind == "token":
            clock.got(len(event.text), time.perf_counter())
        elif event.kind == "done":
            final = event
    assert final is not None and final.source == "llm", (final, hook.last)
    return clock.added(), sum(hook.last.guard_seconds) if hook.last else 0.0


def _row(name: str, values: Sequence[float], unit: float = 1e3) -> str:
    ordered = sorted(values)
    if not ordered:
        return f"| {name} | - | - | - | 0 |"
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return (
        f"| {name} | {statistics.median(ordered) * unit:.3f} | {p99 * unit:.3f} "
        f"| {ordered[-1] * unit:.3f} | {len(ordered)} |"
    )


async def _screen(server: LoopbackModel, replies: int) -> tuple[list[float], list[float], int, int]:
    """(added per token in the message, added per token painted, frames,
    frames dropped) for ``replies`` streamed replies in the app, headless."""
    import os
    import tempfile

    home = Path(tempfile.mkdtemp(prefix="mirrorbot-bench-"))
    os.environ["MIRRORBOT_HOME"] = str(home)  # never the real journal or settings
    from mirrorbot import config, state
    from mirrorbot.tui.app import MirrorApp
    from mirrorbot.tui.screens.chat import ChatScreen
    from mirrorbot.tui.widgets.message import ChatMessage

    state.save(state.UiState(disclaimer_seen=True))
    path = home / "config.toml"
    path.write_text(
        f'[llm]\nenabled = true\nbase_url = "{server.url}"\nmodel = "bench"\n'
        "first_token_timeout = 10\ntotal_timeout = 30\nmax_tokens = 400\n",
        encoding="utf-8",
    )
    tokens = words(REPLY)
    server.default = Plan(tokens=tokens, token_delay=1.0 / RATE)
    period = 1.0 / 60
    windows: list[list[float]] = []  # timer ticks during each reply
    added: list[float] = []
    updated: list[float] = []
    clock = _Clock(tokens, server)
    early = _Clock(tokens, server)
    painted = {"length": 0, "updated": 0}

    original = ChatMessage.update

    def update(self: ChatMessage, *a: object, **k: object) -> None:
        original(self, *a, **k)  # type: ignore[arg-type]
        if self.has_class("streaming"):
            length = len(self.text)
            if length > painted["updated"]:
                early.got(length - painted["updated"], time.perf_counter())
                painted["updated"] = length

            def on_screen() -> None:
                now = time.perf_counter()
                if length > painted["length"]:
                    clock.got(length - painted["length"], now)
                    painted["length"] = length

            self.call_after_refresh(on_screen)

    ChatMessage.update = update  # type: ignore[method-assign]
    app = MirrorApp(config.load(path), seed=1, save=False)
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await app.start_conversation()
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, ChatScreen)
            for _ in range(replies):
                server.sent.clear()
                clock = _Clock(tokens, server)
                early = _Clock(tokens, server)
                painted["length"] = painted["updated"] = 0
                window: list[float] = []
                windows.append(window)
                timer = app.set_interval(period, partial(_tick, window))
                screen.send(TEXT)
                while screen.busy:
                    await asyncio.sleep(0.005)
                await pilot.pause()
                timer.stop()
                added += clock.added()
                updated += early.added()
    finally:
        ChatMessage.update = original  # type: ignore[method-assign]
    gaps = [b - a for window in windows for a, b in itertools.pairwise(window)]
    dropped = sum(max(0, round(gap / period) - 1) for gap in gaps)
    return updated, added, len(gaps) + dropped, dropped


def _tick(window: list[float]) -> None:
    window.append(time.perf_counter())


def _practice_guards(checks: int) -> list[str]:
    """Rows for the practice speaker's and feedback's checks (warm)."""
    from mirrorbot.practice import coach, scenario, speaker

    found = scenario.load("work-stress")
    context = found.layers[0].opens[0].source if found.layers[0].opens else ""
    line = "Yeah, honestly, I'm just so tired of it all landing on me."
    scripted = "I'm so tired. It all lands on me."
    tip = "Advice came before understanding; reflect what they said first."
    example = "It sounds like you're worn down by the work piling up."
    cases = {
        "practice speaker line": lambda: speaker.accept(line, scripted),
        "practice feedback tip": lambda: coach.tip_ok(
            tip, "That is advice. Reflect first.", found, 0, said="You should quit."
        ),
        "practice feedback example": lambda: coach.example_ok(example, found, 0, context),
    }
    rows = []
    for name, check in cases.items():
        check()
        costs = []
        for _ in range(checks):
            started = time.perf_counter()
            check()
            costs.append(time.perf_counter() - started)
        rows.append(_row(name, costs))
    return rows


async def _main(args: argparse.Namespace) -> None:
    delay = 1.0 / RATE
    long_tokens = words(LONG)
    reply_tokens = words(REPLY)
    rows: list[str] = []
    guard_totals: list[float] = []
    with LoopbackModel() as server:
        for provider in ("openai", "ollama"):
            floor: list[float] = []
            plain: list[float] = []
            hooked: list[float] = []
            for _ in range(args.runs):
                server.default = Plan(tokens=long_tokens, token_delay=delay)
                server.sent.clear()
                floor += await _floor(server, provider, long_tokens)
                server.sent.clear()
                plain += await _client(server, provider, long_tokens)
            hook = ModelHook(_settings(server, provider))
            server.default = Plan(tokens=reply_tokens, token_delay=delay)
            await _hook(server, provider, reply_tokens, hook)  # warm-up: imports, lexicon
            for _ in range(args.replies):
                server.sent.clear()
                added, cost = await _hook(server, provider, reply_tokens, hook)
                hooked += added
                guard_totals.append(cost)
            rows.append(_row(f"{provider}: bare socket (floor)", floor))
            rows.append(_row(f"{provider}: stream_chat", plain))
            rows.append(_row(f"{provider}: ModelHook.stream", hooked))
        updated, shown, frames, dropped = await _screen(server, args.screen)
        rows.append(_row("openai: in the chat message (app, headless)", updated))
        rows.append(_row("openai: painted, after the next refresh", shown))
    print(f"Added time per token, ms (server streaming {RATE:.0f} tokens/s on loopback)\n")
    print("| path | median | p99 | max | tokens |")
    print("| --- | ---: | ---: | ---: | ---: |")
    print("\n".join(rows))
    print(
        f"\nFrames while the app streamed {args.screen} replies: {frames} at 60 Hz, "
        f"{dropped} dropped ({dropped / max(1, frames):.1%})"
    )

    said = analyse(TEXT).text
    replies = {
        "passes": REPLY,
        "advice": "You should tell them how you feel. Have you tried a rota?",
        "question": "So you feel invisible at home?",
        "long": "You are worn out. " * 12,
    }
    print("\nGuard cost per reply, ms (guard.check, warm)\n")
    print("| reply | median | p99 | max | n |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, reply in replies.items():
        costs = [
            guard.check(reply, said=said, denied={"anger"}).seconds for _ in range(args.checks)
        ]
        print(_row(name, costs))
    print(_row("per reply in ModelHook.stream", guard_totals))
    for row in _practice_guards(args.checks):
        print(row)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=3, help="200-token streams per protocol")
    parser.add_argument("--replies", type=int, default=30, help="guarded replies per protocol")
    parser.add_argument("--checks", type=int, default=300, help="guard checks per reply kind")
    parser.add_argument("--screen", type=int, default=20, help="replies streamed in the app")
    args = parser.parse_args(argv)
    asyncio.run(_main(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
