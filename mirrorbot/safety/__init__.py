"""The safety layer: crisis detection and the crisis reply, on every path.

    a = assess(text)            # before anything else, on every message (and model output)
    if a.crisis:
        show(crisis_reply(resolve_country(config.country, os.environ)))

See docs/reflective-listening.md §5 for the policy this implements.
"""

from __future__ import annotations

from mirrorbot.safety.detector import CATEGORIES, Assessment, assess
from mirrorbot.safety.messages import crisis_reply, disclaimer, resolve_country, resources

__all__ = [
    "CATEGORIES",
    "Assessment",
    "assess",
    "crisis_reply",
    "disclaimer",
    "resolve_country",
    "resources",
]
