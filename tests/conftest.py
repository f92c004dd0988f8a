"""Every test gets its own MIRRORBOT_HOME, so no test touches a real journal."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "mirrorbot-home"
    monkeypatch.setenv("MIRRORBOT_HOME", str(home))
    monkeypatch.delenv("MIRRORBOT_DEBUG", raising=False)
    return home
