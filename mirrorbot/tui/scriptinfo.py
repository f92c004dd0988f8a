"""Script names, titles and descriptions for the home screen, read cheaply.

``dialogue.script`` compiles every wording with jinja2 (tens of ms at
start-up); the home screen only needs the two top lines of each file, so it
reads them with tomllib. A script that is broken is found out when it is
started (the conversation refuses it with the file and line).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from mirrorbot import resources

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

SCRIPTS_DIR = "scripts"  # as dialogue.script looks for them


@dataclass(frozen=True)
class ScriptInfo:
    name: str
    title: str
    description: str
    readable: bool = True


def available() -> dict[str, Path]:
    """Script name -> file, the user's folder overriding the shipped one."""
    return resources.catalogue(SCRIPTS_DIR)


def describe(name: str, path: Path) -> ScriptInfo:
    try:
        data = tomllib.loads(path.read_bytes().decode("utf-8").removeprefix("\ufeff"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return ScriptInfo(name, name, "", readable=False)
    title, description = data.get("title"), data.get("description")
    return ScriptInfo(
        name,
        title if isinstance(title, str) and title.strip() else name,
        description if isinstance(description, str) else "",
    )


def all_scripts() -> list[ScriptInfo]:
    return [describe(name, path) for name, path in sorted(available().items())]
