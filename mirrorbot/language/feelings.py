"""Finding feelings in a message: named, negated, hedged, mixed and implied.

PLACEHOLDER: the real detector is being written; this module fixes the
interface the rest of mirrorbot builds on.
"""

from __future__ import annotations

from dataclasses import dataclass

# The fifteen families of reflective-listening.md §4: an interface (JSON
# output and tests use these names, in this order).
FAMILIES: tuple[str, ...] = (
    "joy", "pride", "calm", "love", "hope",
    "sadness", "loneliness", "hurt", "fear", "anger",
    "shame", "confusion", "overwhelm", "surprise", "disgust",
)  # fmt: skip

VALENCE: dict[str, str] = {
    "joy": "+", "pride": "+", "calm": "+", "love": "+", "hope": "+",
    "sadness": "-", "loneliness": "-", "hurt": "-", "fear": "-", "anger": "-",
    "shame": "-", "confusion": "~", "overwhelm": "-", "surprise": "~", "disgust": "-",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Feeling:
    """One feeling found in a message.

    ``text`` is the person's own words as written ("fed up", "kind of sad"
    gives "sad"); for an implied feeling it is the cue's words ("checking my
    phone"). ``start``/``end`` are offsets of ``text`` in the analysed
    (cleaned) message. ``intensity`` is 1-3 after hedges and intensifiers.
    """

    text: str
    family: str
    intensity: int
    negated: bool = False
    implied: bool = False  # inferred from a cue, not named
    hedged: bool = False  # "kind of", "a bit", "I guess"
    faux: bool = False  # a judgement about others ("betrayed"); family is the feeling underneath
    cue: str | None = None  # for implied feelings: body, rumination, avoidance, loss, conflict, achievement, left_out, ...
    confidence: float = 1.0
    start: int = 0
    end: int = 0

    def as_json(self) -> dict[str, object]:
        return {
            "text": self.text,
            "family": self.family,
            "intensity": self.intensity,
            "negated": self.negated,
            "implied": self.implied,
        }


def detect(text: str) -> list[Feeling]:
    """Every feeling in ``text`` (already cleaned), in order of appearance."""
    return []
