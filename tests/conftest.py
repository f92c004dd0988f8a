"""Every test gets its own MIRRORBOT_HOME, so no test touches a real journal.

Shared by the model-hook tests: ``server``, a real model server on loopback
(tests/llm_server.py), ``no_sockets``, which fails a test that tries to
connect anywhere at all, and ``llm_config``, a settings file with an
``[llm]`` table in the test's home. ``disclaimer_seen`` starts the app past
its first-run disclaimer, for app tests about something else."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from llm_server import LoopbackModel

    from mirrorbot.config import Config


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


@pytest.fixture
def llm_config(isolated_home: Path) -> Callable[..., Config]:
    """``llm_config(*lines)``: the settings loaded from a ``config.toml`` in
    the test's home whose ``[llm]`` table is ``lines``, one TOML line each."""
    from mirrorbot import config

    def load(*lines: str) -> Config:
        isolated_home.mkdir(parents=True, exist_ok=True)
        path = isolated_home / "config.toml"
        path.write_text("[llm]\n" + "".join(f"{line}\n" for line in lines), encoding="utf-8")
        return config.load(path)

    return load


@pytest.fixture
def disclaimer_seen(isolated_home: Path) -> None:
    from mirrorbot import state

    state.save(state.UiState(disclaimer_seen=True))
