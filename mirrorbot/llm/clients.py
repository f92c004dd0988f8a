"""Streaming chat clients over httpx: OpenAI-compatible and Ollama.

``stream_chat`` yields the reply's text pieces as they arrive. It owns what
can go wrong on the wire, so the hook only sees text or an ``LLMError``:

- OpenAI-compatible ``/v1/chat/completions`` with server-sent events: events
  spread over several ``data:`` lines, comments and keep-alives (``:``),
  ``[DONE]``, an error object in the middle of a stream; a plain JSON reply
  from a server that ignores ``stream``. Ollama's ``/api/chat``: one JSON
  object per line, ending with ``"done": true``.
- Retries with backoff (honouring ``Retry-After``) for connection errors,
  429 and 5xx, and only before the first token: once words are on screen, a
  second answer would not match them.
- Deadlines for connecting, for the first token and for the whole reply;
  cancelling the consumer closes the connection.
- A stream that grows past ``MAX_STREAM_BYTES`` or a reply past
  ``MAX_REPLY_CHARS`` is cut off and rejected; a stream that stops before
  its end marker is rejected too (half a sentence is not a reply).

This module imports httpx; only the hook imports it, and only when enabled.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import time
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from mirrorbot.llm.config import MAX_REPLY_CHARS, MAX_STREAM_BYTES, LLMSettings

Message = dict[str, str]


class LLMError(Exception):
    """Why the model gave no usable reply. ``kind`` is one of: connect,
    http, timeout, protocol, server, too_long. The message never holds the
    API key or the person's words."""

    def __init__(
        self,
        kind: str,
        message: str,
        *,
        retryable: bool = False,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(f"{kind}: {message}")
        self.kind = kind
        self.retryable = retryable
        self.retry_after = retry_after


@dataclass(frozen=True)
class RetryPolicy:
    """Attempts before the first token, and the backoff between them."""

    attempts: int = 3
    base_delay: float = 0.25
    max_delay: float = 4.0

    def delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return max(0.0, retry_after)
        return float(min(self.max_delay, self.base_delay * 2 ** (attempt - 1)))


def new_client(settings: LLMSettings) -> httpx.AsyncClient:
    """An httpx client for ``settings``. No read timeout: the first-token
    and total deadlines are ours. No redirects: a redirect could carry the
    person's words to a host the loopback rule never approved. Proxy
    variables apply to remote servers only (a loopback server is reached
    directly)."""
    connect = settings.connect_timeout
    return httpx.AsyncClient(
        timeout=httpx.Timeout(connect=connect, read=None, write=connect, pool=connect),
        follow_redirects=False,
        trust_env=not settings.local,
        headers={"user-agent": "mirrorbot"},
    )


def request_body(
    settings: LLMSettings, messages: Sequence[Message], *, stream: bool = True
) -> dict[str, Any]:
    if settings.provider == "ollama":
        return {
            "model": settings.model,
            "messages": list(messages),
            "stream": stream,
            "options": {"temperature": settings.temperature, "num_predict": settings.max_tokens},
        }
    return {
        "model": settings.model,
        "messages": list(messages),
        "stream": stream,
        "temperature": settings.temperature,
        "max_tokens": settings.max_tokens,
    }


def _headers(settings: LLMSettings) -> dict[str, str]:
    headers = {
        "accept": "application/x-ndjson" if settings.provider == "ollama" else "text/event-stream"
    }
    key = settings.api_key()
    if key:
        headers["authorization"] = f"Bearer {key}"
    return headers


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: a number of seconds or
    an HTTP date. None if absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


async def stream_chat(
    client: httpx.AsyncClient,
    settings: LLMSettings,
    messages: Sequence[Message],
    *,
    deadline: float,
    policy: RetryPolicy = RetryPolicy(),
    on_attempt: Callable[[int], None] | None = None,
) -> AsyncGenerator[str, None]:
    """The reply's text pieces, in order. ``deadline`` is an absolute
    ``loop.time()`` for the whole reply. Raises ``LLMError``."""
    loop = asyncio.get_running_loop()
    url = settings.endpoint()
    body = request_body(settings, messages)
    headers = _headers(settings)
    attempt = 0
    size = 0
    while True:
        attempt += 1
        if on_attempt is not None:
            on_attempt(attempt)
        first_by = min(deadline, loop.time() + settings.first_token_timeout)
        pieces = _attempt(client, settings, url, body, headers)
        started = False
        try:
            while True:
                limit = (deadline if started else first_by) - loop.time()
                if limit <= 0:
                    raise _late(started, settings)
                try:
                    piece = await asyncio.wait_for(pieces.__anext__(), limit)
                except StopAsyncIteration:
                    return
                except asyncio.TimeoutError:
                    raise _late(started, settings) from None
                started = True
                size += len(piece)
                if size > MAX_REPLY_CHARS:
                    raise LLMError("too_long", f"the reply passed {MAX_REPLY_CHARS} characters")
                yield piece
        except (LLMError, httpx.HTTPError) as exc:
            error = exc if isinstance(exc, LLMError) else _from_httpx(exc)
            if started or not error.retryable or attempt >= policy.attempts:
                raise error from None
            wait = policy.delay(attempt, error.retry_after)
            if loop.time() + wait >= deadline:
                raise error from None  # the server asks us to wait past the deadline
            await asyncio.sleep(wait)
        finally:
            await pieces.aclose()


def _late(started: bool, settings: LLMSettings) -> LLMError:
    if started:
        return LLMError("timeout", f"the reply did not finish within {settings.total_timeout:g} s")
    return LLMError("timeout", f"no first token within {settings.first_token_timeout:g} s")


def _from_httpx(exc: httpx.HTTPError) -> LLMError:
    """Connection trouble is worth a retry (before the first token); the
    message names the type, never the request (it holds the person's words)."""
    if isinstance(exc, httpx.TimeoutException):
        return LLMError("connect", f"timed out ({type(exc).__name__})", retryable=True)
    if isinstance(exc, httpx.TransportError):
        return LLMError("connect", f"connection failed ({type(exc).__name__})", retryable=True)
    return LLMError("http", type(exc).__name__)


async def _attempt(
    client: httpx.AsyncClient,
    settings: LLMSettings,
    url: str,
    body: dict[str, Any],
    headers: dict[str, str],
) -> AsyncGenerator[str, None]:
    """One request: its text pieces. Leaving early closes the connection."""
    async with client.stream("POST", url, json=body, headers=headers) as response:
        status = response.status_code
        if status == 429 or status >= 500:
            raise LLMError(
                "http",
                f"the server answered {status}",
                retryable=True,
                retry_after=retry_after(response.headers.get("retry-after")),
            )
        if status >= 300:
            raise LLMError("http", f"the server answered {status}{await _reason(response)}")
        ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
        lines = _lines(response)
        if settings.provider == "ollama":
            if ctype not in {"application/x-ndjson", "application/json", "application/jsonl"}:
                raise LLMError("protocol", f"unexpected content type {ctype or '(none)'!r}")
            parsed = _ollama(lines)
        elif ctype == "text/event-stream":
            parsed = _sse(lines)
        elif ctype == "application/json":
            parsed = _openai_whole(lines)
        else:
            raise LLMError("protocol", f"unexpected content type {ctype or '(none)'!r}")
        async for piece in parsed:
            yield piece


async def _reason(response: httpx.Response) -> str:
    """A short reason from an error body, if it has one."""
    try:
        raw = b""
        async for chunk in response.aiter_bytes():
            raw += chunk
            if len(raw) > 2048:
                break
        data = json.loads(raw[:2048].decode("utf-8", "replace"))
        message = _error_text(data.get("error")) if isinstance(data, dict) else ""
    except Exception:
        return ""
    return f": {message}" if message else ""


def _error_text(error: object) -> str:
    if isinstance(error, dict):
        error = error.get("message") or error.get("type") or "error"
    return str(error)[:200]


async def _lines(response: httpx.Response) -> AsyncIterator[str]:
    """Lines of the body (LF, CRLF or CR), decoded; a trailing line without
    its newline comes last. Past MAX_STREAM_BYTES the stream is refused."""
    pending = b""
    total = 0
    async for chunk in response.aiter_bytes():
        total += len(chunk)
        if total > MAX_STREAM_BYTES:
            raise LLMError("too_long", f"the stream passed {MAX_STREAM_BYTES} bytes")
        pending += chunk
        if b"\r" in pending:
            # A CR at the very end may be the first half of a CRLF: keep it back.
            held = pending.endswith(b"\r")
            body = pending[:-1] if held else pending
            pending = body.replace(b"\r\n", b"\n").replace(b"\r", b"\n") + (b"\r" if held else b"")
        if b"\n" not in pending:
            continue
        *done, pending = pending.split(b"\n")
        for line in done:
            yield line.decode("utf-8", "replace")
    if pending:
        yield pending.rstrip(b"\r").decode("utf-8", "replace")


def _json(payload: str) -> dict[str, Any]:
    try:
        data = json.loads(payload)
    except ValueError:
        raise LLMError("protocol", "malformed JSON in the stream") from None
    if not isinstance(data, dict):
        raise LLMError("protocol", "a stream event that is not a JSON object")
    return data


def _openai_piece(data: dict[str, Any]) -> tuple[str, bool]:
    """(text, finished) from one chat-completion chunk (or whole reply)."""
    if data.get("error"):
        raise LLMError("server", _error_text(data["error"]))
    choices = data.get("choices")
    if not isinstance(choices, list) or not choices:
        return "", False  # e.g. a usage-only chunk
    choice = choices[0]
    if not isinstance(choice, dict):
        raise LLMError("protocol", "a choice that is not an object")
    delta = choice.get("delta") or choice.get("message") or {}
    text = delta.get("content") if isinstance(delta, dict) else None
    if text is not None and not isinstance(text, str):
        raise LLMError("protocol", "content that is not text")
    return text or "", choice.get("finish_reason") is not None


async def _sse(lines: AsyncIterator[str]) -> AsyncIterator[str]:
    """Server-sent events: ``data:`` lines gathered until a blank line, then
    dispatched. ``[DONE]`` ends the reply; so does the stream's end after a
    chunk with a finish reason (some servers send no ``[DONE]``)."""
    data: list[str] = []
    event = ""
    finished = False
    async for line in lines:
        if not line:
            if data:
                payload = "\n".join(data)
                data = []
                if payload.strip() == "[DONE]":
                    return
                parsed = _json(payload)
                if event == "error" and "error" not in parsed:
                    parsed = {"error": parsed}
                text, done = _openai_piece(parsed)
                finished = finished or done
                if text:
                    yield text
            event = ""
            continue
        if line.startswith(":"):
            continue  # a comment or keep-alive
        name, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        if name == "data":
            data.append(value)
        elif name == "event":
            event = value.strip()
    # An event without its blank line is incomplete: discarded, as the
    # standard says. Without [DONE] or a finish reason the reply was cut.
    if not finished:
        raise LLMError("protocol", "the stream ended before the reply did")


async def _openai_whole(lines: AsyncIterator[str]) -> AsyncIterator[str]:
    """A server that answered with one JSON object instead of a stream."""
    parts = [line async for line in lines]
    text, _ = _openai_piece(_json("\n".join(parts)))
    if text:
        yield text


async def _ollama(lines: AsyncIterator[str]) -> AsyncIterator[str]:
    """Ollama's JSON lines: ``message.content`` pieces, then ``done``."""
    async for line in lines:
        if not line.strip():
            continue
        data = _json(line)
        if data.get("error"):
            raise LLMError("server", _error_text(data["error"]))
        message = data.get("message") or {}
        text = message.get("content") if isinstance(message, dict) else None
        if text is not None and not isinstance(text, str):
            raise LLMError("protocol", "content that is not text")
        if text:
            yield text
        if data.get("done"):
            return
    raise LLMError("protocol", "the stream ended before the reply did")
