"""Every test gets its own MIRRORBOT_HOME, so no test touches a real journal.

Shared by the model-hook tests: ``server``, a real model server on loopback
(tests/llm_server.py), and ``no_sockets``, which fails a test that tries to
connect anywhere at all."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from llm_server import LoopbackModel


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "mirrorbot-home"
    monkeypatch.setenv("MIRRORBOT_HOME", str(home))
    monkeypatch.delenv("MIRRORBOT_DEBUG", raising=False)
    return home


@pytest.fixture
def server() -> Iterator[LoopbackModel]:
    from llm_server import LoopbackModel

    with LoopbackModel() as running:
        yield running


@pytest.fixture
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Any attempt to connect anywhere fails the test, and is recorded."""
    tried: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        tried.append(address)
        raise AssertionError(f"a connection was attempted to {address}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    return tried
