"""How the opening screen looks, as SVG snapshots.

Only the opening screen: a reply to typed text depends on the reply engine,
whose wording changes often. When the look (or the greeting) changes on
purpose, regenerate with ``pytest tests/test_snapshots.py --snapshot-update``
and look at the SVGs under ``tests/__snapshots__/`` before committing them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from mirrorbot.session import Session
from mirrorbot.tui.app import MirrorApp

SnapCompare = Callable[..., bool]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_opening_screen(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    app: Any = MirrorApp(Session(seed=1), theme="textual-dark")
    assert snap_compare(app, terminal_size=size)
