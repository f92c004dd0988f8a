"""Errors a person can act on; the faces print them as one line, no traceback."""

from __future__ import annotations

from pathlib import Path


class PromptError(Exception):
    """A prompts/ file (shipped or the user's override) that cannot be used."""

    def __init__(self, path: Path, line: int | None, message: str) -> None:
        self.path, self.line, self.message = path, line, message
        super().__init__(f"{path}:{line}: {message}" if line else f"{path}: {message}")
