"""``ModelHook``: a language model's reply for one turn, or None.

The session computes its scripted reply first, then asks the hook. The hook
returns a guarded model reply within ``total_timeout``, or None so the
scripted reply stands; it never raises. It refuses, without opening any
connection, when the model is off, when the server is remote and not
allowed, when the scripted reply is not a reflection, and when the message
(``safety.assess``) is a crisis: crisis text is never sent.

Two entry points share one path:

- ``reply(...)``: synchronous, for the session and for a face's worker
  thread; runs on the hook's own event loop thread, so it works from any
  thread; ``cancel()`` (from any thread) stops it and closes the connection.
- ``stream(...)``: an async generator of ``Event``s for a face that shows
  tokens as they arrive: "token" (append), "reset" (clear what was shown: a
  guard or the network rejected it; a retry or the script follows) and one
  final "done" whose text is what must be shown and kept, with its source
  ("llm" or "script"). Closing the generator (Escape) closes the connection.

httpx is imported only when a request is about to be made.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import threading
import time
from collections.abc import AsyncGenerator, Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from mirrorbot import safety
from mirrorbot.dialogue.memory import Memory
from mirrorbot.language.analysis import Analysis
from mirrorbot.llm import guard, prompts
from mirrorbot.llm.config import LLMSettings
from mirrorbot.llm.prompts import Context, TurnLike
from mirrorbot.llm.redact import Redactor

if TYPE_CHECKING:
    from mirrorbot.config import Config
    from mirrorbot.llm.clients import RetryPolicy

# The model may only rephrase the script's reflections: crisis replies,
# repairs, summaries, closings, greetings and command answers stay scripted.
ELIGIBLE = ("reflection",)
# How many requests per turn: the first, and one retry with a corrective note.
ATTEMPTS = 2
# Past the deadline, how long ``reply`` waits for the loop to wind down.
GRACE = 0.5
CRISIS_REFUSAL = "crisis language is never sent to a model"


class Scripted(Protocol):
    """The scripted reply the model may replace (``dialogue.engine.Reply``)."""

    @property
    def text(self) -> str: ...
    @property
    def kind(self) -> str: ...


@dataclass(frozen=True)
class Event:
    kind: str  # "token" | "reset" | "done"
    text: str = ""
    source: str = ""  # on "done": "llm" or "script"


@dataclass
class Outcome:
    """What one turn's call did (for tests, benchmarks and debugging)."""

    text: str | None = None  # the guarded model reply; None: the script's stands
    reflected: tuple[str, ...] = ()  # feeling families the accepted reply names
    requests: int = 0  # requests that got an answer or an error
    reasons: list[str] = field(default_factory=list)  # why replies were rejected
    error: str | None = None  # why the model could not be used at all
    guard_seconds: list[float] = field(default_factory=list)

    @property
    def source(self) -> str:
        return "llm" if self.text is not None else "script"


class ModelHook:
    """The model, guarded, for one conversation (or many)."""

    def __init__(
        self,
        settings: LLMSettings,
        *,
        use: str = "journal",
        remote_ok: bool = False,
        policy: RetryPolicy | None = None,
    ) -> None:
        self.settings = settings
        self.use = use
        self.remote_ok = remote_ok  # the person said yes to this host in the app
        self._policy = policy
        self._runner: _Runner | None = None
        self._current: concurrent.futures.Future[Outcome] | None = None
        self.last: Outcome | None = None

    @classmethod
    def from_config(
        cls, cfg: Config, *, use: str = "journal", remote_ok: bool = False
    ) -> ModelHook | None:
        """A hook if ``[llm]`` is enabled for ``use``; None otherwise."""
        settings = LLMSettings.from_config(cfg)
        if not settings.usable_for(use):
            return None
        return cls(settings, use=use, remote_ok=remote_ok)

    # -- deciding whether to ask at all --------------------------------

    def refusal(self, text: str, scripted: Scripted) -> str | None:
        """Why this turn must not be sent, or None."""
        problem = self._unavailable()
        if problem is not None:
            return problem
        if not scripted.kind.startswith(ELIGIBLE):
            return f"a {scripted.kind} reply stays scripted"
        if safety.assess(text).crisis:
            return CRISIS_REFUSAL
        return None

    def _unavailable(self) -> str | None:
        """Why nothing may be sent for ``use`` at all, or None."""
        problem = self.settings.refusal(remote_ok=self.remote_ok)
        if problem is None and self.use not in self.settings.use_for:
            problem = f"[llm] use_for does not include {self.use!r}"
        return problem

    # -- synchronous ----------------------------------------------------

    def reply(
        self,
        *,
        text: str,
        analysis: Analysis,
        scripted: Scripted,
        memory: Memory | None = None,
        stage: str | None = None,
        turns: Sequence[TurnLike] = (),
        on_event: Callable[[Event], None] | None = None,
    ) -> str | None:
        """The guarded model reply, or None (use ``scripted``). Blocks at
        most ``total_timeout`` (plus a moment to close the connection).

        ``on_event`` sees the stream as it happens ("token", "reset",
        "done"), called on the hook's own thread: a face passes it on with
        ``post_message`` or ``call_from_thread``. Its errors are ignored."""
        why = self.refusal(text, scripted)
        if why is not None:
            self.last = Outcome(error=why)
            return None
        ctx = _context(text, analysis, scripted, memory, stage, turns, self.use)
        return self._start(self._collect(ctx, on_event)).result()

    def complete(
        self,
        messages: Sequence[dict[str, str]],
        accept: Callable[[str], str | None],
    ) -> str | None:
        """One request outside a listener's turn (the practice speaker and
        feedback): the model's whole text, tidied and passed through
        ``accept`` (the caller's guard: it returns the text to use, or None),
        or None. The messages are redacted before sending and the reply
        restored; the same deadlines apply; it refuses without a connection
        when the model is off, the host is not allowed, ``use`` is not in
        ``use_for`` or any message holds crisis language; it never raises.
        ``last`` says what happened."""
        return self.begin(messages, accept).result()

    def begin(
        self,
        messages: Sequence[dict[str, str]],
        accept: Callable[[str], str | None],
    ) -> Pending:
        """``complete`` without waiting: the request runs on the hook's own
        thread while the caller does something else (the practice speaker
        and its feedback are asked at the same time); ``result()`` waits at
        most until the deadline, counted from now."""
        problem = self._unavailable()
        if problem is None and any(safety.assess(m["content"]).crisis for m in messages):
            problem = CRISIS_REFUSAL
        if problem is not None:
            self.last = Outcome(error=problem)
            return Pending(None, 0.0, self)
        return self._start(self._complete(list(messages), accept))

    def _start(self, work: Coroutine[Any, Any, Outcome]) -> Pending:
        """Run ``work`` on the hook's own loop thread, due by the deadline."""
        if self._runner is None:
            self._runner = _Runner()
        future = self._runner.submit(work)
        self._current = future
        return Pending(future, time.monotonic() + self.settings.total_timeout + GRACE, self)

    async def _complete(
        self, messages: list[dict[str, str]], accept: Callable[[str], str | None]
    ) -> Outcome:
        from mirrorbot.llm import clients  # httpx loads here, and only here

        outcome = Outcome()
        self.last = outcome
        settings = self.settings
        redactor = _redactor(settings)
        sent = [{"role": m["role"], "content": redactor.redact(m["content"])} for m in messages]
        deadline = asyncio.get_running_loop().time() + settings.total_timeout
        raw = ""
        try:
            async with clients.new_client(settings) as client:
                chat = clients.stream_chat(
                    client,
                    settings,
                    sent,
                    deadline=deadline,
                    policy=self._policy or clients.RetryPolicy(),
                )
                async with contextlib.aclosing(chat) as pieces:
                    async for piece in pieces:
                        raw += piece
            outcome.requests += 1
            text = accept(redactor.restore(guard.tidy(raw)))
        except clients.LLMError as exc:
            outcome.requests += 1
            outcome.error = str(exc)
            return outcome
        except Exception as exc:  # a bug must cost the polish, never the line
            outcome.error = f"{type(exc).__name__}: {exc}"
            return outcome
        if text is None:
            outcome.reasons.append("rejected")
        outcome.text = text
        return outcome

    def cancel(self) -> None:
        """Stop a ``reply`` (or ``begin``) in progress (from any thread); it
        returns None."""
        future = self._current
        if future is not None:
            future.cancel()

    def close(self) -> None:
        if self._runner is not None:
            self._runner.stop()
            self._runner = None

    async def _collect(
        self, ctx: Context, on_event: Callable[[Event], None] | None = None
    ) -> Outcome:
        async with contextlib.aclosing(self._events(ctx)) as events:
            async for event in events:
                if on_event is not None:
                    # A face's display trouble must not cost the reply.
                    with contextlib.suppress(Exception):
                        on_event(event)
        return self.last or Outcome()

    # -- streaming ------------------------------------------------------

    async def stream(
        self,
        *,
        text: str,
        analysis: Analysis,
        scripted: Scripted,
        memory: Memory | None = None,
        stage: str | None = None,
        turns: Sequence[TurnLike] = (),
    ) -> AsyncGenerator[Event, None]:
        """Events for a face that shows the reply as it arrives; the last is
        always "done" with the text to show and keep."""
        why = self.refusal(text, scripted)
        if why is not None:
            self.last = Outcome(error=why)
            yield Event("done", scripted.text, "script")
            return
        ctx = _context(text, analysis, scripted, memory, stage, turns, self.use)
        async with contextlib.aclosing(self._events(ctx)) as events:
            async for event in events:
                yield event

    async def _events(self, ctx: Context) -> AsyncGenerator[Event, None]:
        outcome = Outcome()
        self.last = outcome
        try:
            async with contextlib.aclosing(self._attempts(ctx, outcome)) as attempts:
                async for event in attempts:
                    yield event
        except Exception as exc:  # a bug must cost a reply its polish, never the reply
            outcome.error = f"{type(exc).__name__}: {exc}"
            outcome.text = None
        if outcome.text is not None:
            yield Event("done", outcome.text, "llm")
        else:
            yield Event("done", ctx.scripted, "script")

    async def _attempts(self, ctx: Context, outcome: Outcome) -> AsyncGenerator[Event, None]:
        from mirrorbot.llm import clients  # httpx loads here, and only here

        settings = self.settings
        policy = self._policy or clients.RetryPolicy()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + settings.total_timeout
        redactor = _redactor(settings)
        denied = prompts.denied_families(ctx.analysis, ctx.memory)
        may_ask = ctx.scripted.rstrip().endswith("?")
        correction = ""
        async with clients.new_client(settings) as client:
            for _ in range(ATTEMPTS):
                sent = prompts.messages(ctx, redactor, correction)
                display = _Display(redactor)
                raw = ""
                stopped: str | None = None
                try:
                    chat = clients.stream_chat(
                        client, settings, sent, deadline=deadline, policy=policy
                    )
                    async with contextlib.aclosing(chat) as pieces:
                        async for piece in pieces:
                            raw += piece
                            stopped = guard.stop_early(raw) if _word_ended(piece) else None
                            if stopped is not None:
                                break  # leaving the block closes the connection
                            shown = display.feed(piece)
                            if shown:
                                yield Event("token", shown)
                except clients.LLMError as exc:
                    outcome.requests += 1
                    outcome.error = str(exc)
                    if display.shown:
                        yield Event("reset")
                    return
                outcome.requests += 1
                if stopped is not None:
                    verdict = guard.Verdict(raw, (stopped,))
                else:
                    verdict = guard.check(raw, said=ctx.text, denied=denied, may_ask=may_ask)
                    outcome.guard_seconds.append(verdict.seconds)
                    if verdict.ok:
                        final = redactor.restore(verdict.text)
                        if not safety.assess(final).crisis:
                            outcome.text = final
                            outcome.reflected = verdict.named
                            return
                        verdict = guard.Verdict(final, ("crisis",))
                outcome.reasons.extend(verdict.reasons)
                if display.shown:
                    yield Event("reset")
                if loop.time() >= deadline:
                    return
                correction = prompts.correction_note(
                    verdict.reasons, verdict.roadblocks, verdict.denied
                )


def _context(
    text: str,
    analysis: Analysis,
    scripted: Scripted,
    memory: Memory | None,
    stage: str | None,
    turns: Sequence[TurnLike],
    use: str,
) -> Context:
    return Context(
        text=text,
        analysis=analysis,
        scripted=scripted.text,
        kind=scripted.kind,
        memory=memory,
        stage=stage,
        turns=tuple(turns),
        use=use,
    )


def _redactor(settings: LLMSettings) -> Redactor:
    """A fresh redactor for one request, as ``[llm]`` asks."""
    return Redactor(
        emails=settings.redact_emails,
        phones=settings.redact_phones,
        names=settings.redact_names,
    )


def _word_ended(piece: str) -> bool:
    """Worth a safety check: a word (or sentence) just ended."""
    return any(not ch.isalnum() for ch in piece)


class _Display:
    """What of the model's text may be on screen yet: hidden reasoning
    (``<think>``) is never shown, an unfinished placeholder ("[na") is held
    back until it can be put back as the person's own word."""

    HOLD = 12  # the longest placeholder, "[email 99]", and a little

    def __init__(self, redactor: Redactor) -> None:
        self._redactor = redactor
        self._raw = ""
        self.shown = ""

    def feed(self, piece: str) -> str:
        self._raw += piece
        visible = guard.strip_thinking(self._raw).lstrip()
        cut = visible.rfind("[")
        if cut >= 0 and "]" not in visible[cut:] and len(visible) - cut <= self.HOLD:
            visible = visible[:cut]
        restored = self._redactor.restore(visible)
        if not restored.startswith(self.shown):
            return ""  # never take back what is on screen mid-stream
        new = restored[len(self.shown) :]
        self.shown = restored
        return new


class Pending:
    """A request under way (``begin``, ``reply``): ``result()`` is the
    accepted text or None (refused, failed, rejected, cancelled or past the
    deadline)."""

    def __init__(
        self,
        future: concurrent.futures.Future[Outcome] | None,
        until: float,
        hook: ModelHook,
    ) -> None:
        self._future = future
        self._until = until
        self._hook = hook

    def result(self) -> str | None:
        future = self._future
        if future is None:
            return None
        try:
            outcome = future.result(timeout=max(0.0, self._until - time.monotonic()))
        except Exception:  # a timeout, a cancel, or a bug: the caller's own text stands
            future.cancel()
            return None
        finally:
            if self._hook._current is future:
                self._hook._current = None
        return outcome.text


class _Runner:
    """A private event loop on a daemon thread, so ``reply`` works from any
    thread (a face's worker, a command, a test), even one running a loop."""

    def __init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="mirrorbot-llm", daemon=True
        )
        self._thread.start()

    def submit(self, coro: Coroutine[Any, Any, Outcome]) -> concurrent.futures.Future[Outcome]:
        return asyncio.run_coroutine_threadsafe(coro, self._loop)

    def stop(self) -> None:
        """Cancel what is running, finish open streams, end the thread."""

        async def wind_down() -> None:
            current = asyncio.current_task()
            tasks = [t for t in asyncio.all_tasks() if t is not current]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await self._loop.shutdown_asyncgens()

        if self._loop.is_closed():
            return
        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(wind_down(), self._loop).result(timeout=2)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=2)
        if not self._thread.is_alive():
            self._loop.close()
