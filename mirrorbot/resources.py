"""Find the shipped prompts/ folder and config.toml, wheel or checkout.

In a wheel they sit inside the package; in a checkout (and an editable
install) they sit at the top of the repository. A user's own
``<config dir>/prompts/<same relative path>`` overrides any shipped file.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from mirrorbot import paths

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def shipped_root() -> Path:
    """The folder holding ``prompts/`` and ``config.toml`` as shipped."""
    if (_PACKAGE_DIR / "prompts").is_dir():
        return _PACKAGE_DIR
    return _PACKAGE_DIR.parent


def shipped_config() -> Path:
    return shipped_root() / "config.toml"


def shipped_prompts() -> Path:
    return shipped_root() / "prompts"


def prompt_path(relative: str) -> Path:
    """The file to read for ``prompts/<relative>``: the user's copy if present."""
    return _prompt_path(relative, os.environ.get(paths.HOME_VARIABLE, ""))


# Looked up once per file and per MIRRORBOT_HOME (tests change it), not on
# every reply: asking platformdirs and the disk each turn cost more than
# composing the reply. A new override file is seen at the next start.
@cache
def _prompt_path(relative: str, _home: str) -> Path:
    override = paths.user_prompts_dir() / relative
    if override.is_file():
        return override
    return shipped_prompts() / relative


def catalogue(folder: str) -> dict[str, Path]:
    """Name -> file for the ``*.toml`` files of ``prompts/<folder>/``: the
    shipped ones, then the user's, which add to or replace them by name."""
    found: dict[str, Path] = {}
    for root in (shipped_prompts() / folder, paths.user_prompts_dir() / folder):
        if root.is_dir():
            for path in sorted(root.glob("*.toml")):
                found[path.stem] = path
    return found


def named(folder: str, name: str, what: str) -> tuple[Path, int]:
    """The file called ``name`` in ``prompts/<folder>/`` and its modification
    stamp (for caching); ``PromptError`` naming the choices if there is none."""
    from mirrorbot.errors import PromptError

    files = catalogue(folder)
    path = files.get(name)
    if path is None:
        known = ", ".join(sorted(files)) or "none"
        raise PromptError(Path(name), None, f"no {what} called {name!r} (available: {known})")
    try:
        return path, path.stat().st_mtime_ns
    except OSError as exc:
        raise PromptError(path, None, f"cannot read: {exc.strerror or exc}") from None
