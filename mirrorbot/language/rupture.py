"""Noticing when the listener got it wrong.

"No, that's not it", "I didn't say that", "you're not listening", "well, not
exactly", "not angry, just tired": the person is telling the listener the
last reflection missed. A good listener owns the miss and lets them correct
it; this module only recognises that it happened and what was rejected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mirrorbot.language.feelings import Feeling

# Whole-message signals that the last reflection missed. They are anchored
# near the start ("no, that's not it" opens a message; "it's not that bad"
# in the middle of a story is not a rupture).
_MISS = re.compile(
    r"^\W*(?:(?:no|nope|nah|um|hmm|well|actually|erm|uh)\b[\s,.!-]*)*"
    r"(?:that'?s not (?:really |quite |exactly )?(?:it|right|true|what i (?:said|meant))|that isn'?t (?:really |quite |exactly )?(?:it|right|what i (?:said|meant))|"
    r"not (?:exactly|really|quite|at all)\b|i didn'?t say that|i never said that|"
    r"(?:you'?re|you are) not (?:listening|getting it|hearing me)|are you (?:even )?listening|you (?:don'?t|do not) (?:get (?:it|me|what i mean)|understand)\b|"
    r"you'?ve got (?:it|that|me) wrong|you got (?:it|that|me) wrong|that'?s wrong|wrong\b|"
    r"i don'?t (?:think|feel) (?:that'?s|so|that)|not what i meant|that'?s not how i feel|"
    r"it'?s not (?:that|like that)\b|i wouldn'?t say that)",
    re.IGNORECASE,
)
# A bare "no" on its own, or "no," opening a correction, also counts, but
# only right after a reflection (the caller decides when that applies).
_BARE_NO = re.compile(r"^\W*(?:no|nope|nah|not really)\W*$", re.IGNORECASE)
_NO_OPENING = re.compile(r"^\W*(?:no|nope|nah)\b\s*[,.!-]", re.IGNORECASE)


def says_missed(clause: str) -> bool:
    """Whether ``clause`` is only the signal of a miss ("that's not it",
    "you're not listening"): nothing a feeling could be about."""
    return bool(_MISS.search(clause) or _BARE_NO.match(clause))


@dataclass(frozen=True)
class Rupture:
    """A miss the person pointed out.

    ``rejected`` are the families they pushed back on (those of the last
    reflection that they deny, or all of them for a plain "that's not it");
    ``corrected`` is what they say instead, if they say it."""

    rejected: tuple[str, ...]
    corrected: tuple[Feeling, ...]


def detect(
    text: str,
    feelings: list[Feeling] | tuple[Feeling, ...],
    last_reflected: tuple[str, ...],
    after_reflection: bool = True,
    said: str = "",
) -> Rupture | None:
    """A rupture in ``text`` (already cleaned), or None.

    ``last_reflected`` are the feeling families the listener named last
    turn; ``after_reflection`` says whether last turn was a reflection at all
    (a "no" after an open question is an answer, not a rupture); ``said``
    is that reply's text.

    Denying a feeling is not always denying the reflection: "I'm not
    depressed, just unmotivated" after "a bit sad" sets the degree, and keeps
    the family (the same family is still felt, or the strong word denied is
    one the listener never used)."""
    felt = tuple(f for f in feelings if not f.negated and not f.implied)
    still_felt = {f.family for f in felt}
    lowered = said.lower()
    denied = {
        f.family
        for f in feelings
        if f.negated
        and f.family not in still_felt
        and (f.intensity < 3 or not said or f.text.lower() in lowered)
    }
    # "not angry, just tired" straight after we said "angry": a correction.
    corrected_denial = bool(denied & set(last_reflected))
    signalled = bool(
        _MISS.search(text) or _BARE_NO.match(text) or (_NO_OPENING.match(text) and (felt or denied))
    )
    if not (signalled and after_reflection) and not corrected_denial:
        return None
    rejected = tuple(f for f in last_reflected if f in denied) or (
        last_reflected if signalled else ()
    )
    corrected = tuple(f for f in felt if f.family not in rejected)
    return Rupture(rejected=rejected, corrected=corrected)
