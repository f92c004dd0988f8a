"""What the app remembers between runs: a small private file in the data folder.

``ui-state.json`` (0600) holds whether the disclaimer has been shown and the
theme picked in the app. It is not the journal and not the config: losing it
only means the disclaimer is shown once more.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from mirrorbot import paths

FILENAME = "ui-state.json"


@dataclass
class UiState:
    disclaimer_seen: bool = False
    theme: str | None = None  # picked in the app; None: follow config.toml


def state_path() -> Path:
    return paths.data_dir() / FILENAME


def load() -> UiState:
    """The remembered state; a missing or unreadable file is a fresh start."""
    try:
        data = json.loads(state_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return UiState()
    if not isinstance(data, dict):
        return UiState()
    theme = data.get("theme")
    return UiState(
        disclaimer_seen=data.get("disclaimer_seen") is True,
        theme=theme if isinstance(theme, str) else None,
    )


def save(state: UiState) -> None:
    """Write the state atomically, readable by the user alone. Raises ``OSError``."""
    folder = paths.ensure_private_dir(paths.data_dir())
    with paths.private_file(folder / FILENAME) as handle:
        json.dump(asdict(state), handle)
