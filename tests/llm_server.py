"""A real HTTP server on loopback that speaks both model protocols, for the
language-model hook's tests and benchmark (not a mocked transport).

It answers ``POST /v1/chat/completions`` with server-sent events and
``POST /api/chat`` with Ollama's JSON lines, records every request body,
and can be told, request by request, to misbehave: a slow first token, a
stall mid-stream, an error status (with ``Retry-After``), malformed JSON, a
stream cut in the middle of an event, a connection reset, the wrong content
type, an endless reply, or simply the words of a bad reply.

    with LoopbackModel() as server:
        server.plan(Plan(tokens=["You're ", "tired."]), Plan(status=500))
        ... settings with base_url=server.url ...
        server.requests  # what arrived, in order
"""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


def words(text: str) -> list[str]:
    """A reply as a model streams it: one token per word, spaces leading."""
    parts = text.split(" ")
    return [parts[0]] + [" " + p for p in parts[1:]]


@dataclass
class Plan:
    """How to answer one request."""

    tokens: list[str] = field(default_factory=lambda: words("It sounds like you're worn out."))
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = None  # None: what the protocol uses
    first_delay: float = 0.0  # before the first token
    token_delay: float = 0.0  # between tokens
    stall_after: int | None = None  # stop sending (but keep the connection) after n tokens
    cut_after: int | None = None  # after n tokens send half an event and hang up
    reset: bool = False  # reset the connection instead of answering
    malformed: bool = False  # an event that is not JSON, after the first token
    error_after: int | None = None  # an error object mid-stream after n tokens
    multiline: bool = False  # SSE: each event's JSON spread over two data: lines
    keepalive: bool = False  # SSE: a comment line between events
    done: bool = True  # send [DONE] / "done": true at the end
    huge: int = 0  # bytes of filler content to stream (e.g. 5 MB)
    body: bytes | None = None  # an exact body instead (with content_type)


def faults(good: str) -> dict[str, Plan]:
    """Every way the server can let the hook down, by name; where words
    arrive at all, they are ``good`` (so only the fault can be to blame for
    a fallback) or the words of a reply a listener must not give."""
    return {
        "500 every time": Plan(status=500),
        "429 every time": Plan(status=429, headers={"Retry-After": "0"}),
        "slow first token": Plan(tokens=words(good), first_delay=30),
        "stall mid-stream": Plan(tokens=words(good), stall_after=3),
        "malformed JSON": Plan(tokens=words(good), malformed=True),
        "stream cut mid-event": Plan(tokens=words(good), cut_after=3),
        "connection reset": Plan(reset=True),
        "wrong content type": Plan(body=b"<html>Bad gateway</html>", content_type="text/html"),
        "error object mid-stream": Plan(tokens=words(good), error_after=2),
        "no end marker": Plan(tokens=words(good), done=False),
        "5 MB reply": Plan(huge=5_000_000),
        "advice": Plan(
            tokens=words("You should tell them how you feel. Have you tried a chore rota?")
        ),
        "reassurance": Plan(tokens=words("Don't worry, I'm sure it will all be fine.")),
        "diagnosis": Plan(tokens=words("That sounds like burnout and maybe depression.")),
        "crisis term": Plan(tokens=words("Maybe you should just kill yourself.")),
        "a question": Plan(tokens=words("Why do you keep doing it all?")),
        "empty": Plan(tokens=[" ", ""]),
        "a speech": Plan(tokens=words("You are worn out. " * 30)),
    }


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.owner.connections += 1

    def finish(self) -> None:
        with contextlib.suppress(OSError):
            super().finish()

    def do_POST(self) -> None:
        owner = self.server.owner
        length = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(length)
        try:
            body: Any = json.loads(raw)
        except ValueError:
            body = raw.decode("utf-8", "replace")
        owner.requests.append(
            {
                "path": self.path,
                "headers": {k.lower(): v for k, v in self.headers.items()},
                "body": body,
                "raw": raw,
            }
        )
        plan = owner.next_plan(body)
        self.close_connection = True
        try:
            self._answer(plan)
        except OSError:
            owner.aborted += 1  # the client hung up (it was told to, or gave up)

    # -- answering --------------------------------------------------------

    def _answer(self, plan: Plan) -> None:
        owner = self.server.owner
        if plan.reset:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            return
        ollama = self.path.startswith("/api/")
        ctype = plan.content_type or ("application/x-ndjson" if ollama else "text/event-stream")
        self.send_response(plan.status)
        self.send_header("content-type", ctype)
        for name, value in plan.headers.items():
            self.send_header(name, value)
        if plan.body is not None or plan.status != 200:
            data = plan.body if plan.body is not None else b'{"error": {"message": "busy"}}'
            self.send_header("content-length", str(len(data)))
            self.send_header("connection", "close")
            self.end_headers()
            self.wfile.write(data)
            return
        self.send_header("transfer-encoding", "chunked")
        self.send_header("connection", "close")
        self.end_headers()
        if plan.first_delay and owner.wait(plan.first_delay):
            return
        tokens = list(plan.tokens)
        if plan.huge:
            piece = "advice " * 1000
            tokens = [piece] * (plan.huge // len(piece) + 1)
        for index, token in enumerate(tokens):
            if plan.stall_after is not None and index == plan.stall_after:
                owner.wait(60)
                return
            if plan.cut_after is not None and index == plan.cut_after:
                self._chunk(
                    b'data: {"choices": [{"delta": {"cont' if not ollama else b'{"message": {"con'
                )
                return  # the connection closes with the chunked body unfinished
            if plan.error_after is not None and index == plan.error_after:
                self._error(ollama)
                return
            if index and plan.token_delay and owner.wait(plan.token_delay):
                return
            if plan.malformed and index == 1:
                self._chunk(b"data: {not json\n\n" if not ollama else b"{not json\n")
                continue
            self._token(token, ollama, plan, index)
        if plan.done:
            self._chunk(b'{"done": true}\n' if ollama else b"data: [DONE]\n\n")
        self._chunk(b"")  # the last chunk

    def _token(self, token: str, ollama: bool, plan: Plan, index: int) -> None:
        owner = self.server.owner
        if ollama:
            line = {"message": {"role": "assistant", "content": token}, "done": False}
            data = json.dumps(line).encode() + b"\n"
        else:
            event = {"choices": [{"index": 0, "delta": {"content": token}, "finish_reason": None}]}
            text = json.dumps(event)
            if plan.multiline:
                half = text.index('"delta"')
                text = text[:half] + "\ndata: " + text[half:]
            data = b""
            if plan.keepalive:
                data += b": keep-alive\n\n"
            data += b"data: " + text.encode() + b"\n\n"
        self._chunk(data)
        owner.sent.append((index, time.perf_counter()))

    def _error(self, ollama: bool) -> None:
        if ollama:
            self._chunk(b'{"error": "model ran out of memory"}\n')
        else:
            self._chunk(
                b'data: {"error": {"message": "model overloaded", "type": "server_error"}}\n\n'
            )
        self._chunk(b"")

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data) if data else b"0\r\n\r\n")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    owner: LoopbackModel

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that hung up early is part of the tests, not an error


class LoopbackModel:
    """The server, on 127.0.0.1 and a free port, in a background thread."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.sent: list[tuple[int, float]] = []  # (token index, perf_counter when written)
        self.connections = 0
        self.aborted = 0  # answers the client hung up on before they ended
        self.default = Plan()
        # Chooses a plan from the request body (e.g. by its system prompt)
        # before the queued plans and the default; None: no choice.
        self.route: Callable[[Any], Plan | None] | None = None
        self._plans: deque[Plan] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        """The base_url for provider "openai"; Ollama's is ``root``."""
        return f"{self.root}/v1"

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def plan(self, *plans: Plan) -> None:
        """Answer the next requests with these plans, then with ``default``."""
        with self._lock:
            self._plans.extend(plans)

    def next_plan(self, body: Any = None) -> Plan:
        route = self.route
        if route is not None:
            chosen = route(body)
            if chosen is not None:
                return chosen
        with self._lock:
            return self._plans.popleft() if self._plans else self.default

    def wait(self, seconds: float) -> bool:
        """Sleep, unless the server is stopping; True if it is."""
        return self._stopping.wait(seconds)

    def bodies(self) -> str:
        """Every request body received, as one text (for 'never sent' checks)."""
        return "\n".join(r["raw"].decode("utf-8", "replace") for r in self.requests)

    def __enter__(self) -> LoopbackModel:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
