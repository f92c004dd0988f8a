"""Where mirrorbot keeps things on disk.

One override, ``MIRRORBOT_HOME``, moves every path under a single folder:
tests point it at a temporary directory, and people who keep their journal
elsewhere point it wherever they like. Folders are created on first use,
readable by the user alone (a journal is private).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

APP_NAME = "mirrorbot"
HOME_VARIABLE = "MIRRORBOT_HOME"


def _home_override() -> Path | None:
    value = os.environ.get(HOME_VARIABLE, "").strip()
    return Path(value).expanduser() if value else None


def config_dir() -> Path:
    """The folder that holds the user's config.toml and prompt overrides."""
    home = _home_override()
    if home is not None:
        return home
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """The folder that holds the journal database."""
    home = _home_override()
    if home is not None:
        return home
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_config_file() -> Path:
    return config_dir() / "config.toml"


def user_prompts_dir() -> Path:
    """Files here override the shipped prompts/ file by file."""
    return config_dir() / "prompts"


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed and make it 0700."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):  # a folder we do not own; storage reports it later
        os.chmod(path, 0o700)
    return path


@contextlib.contextmanager
def private_file(path: Path) -> Iterator[TextIO]:
    """A handle whose text becomes ``path`` (mode 0600) only once all of it
    is written and on disk: a half-written export never replaces a good one."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
