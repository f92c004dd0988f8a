"""How a practice session is kept in the journal (mode "practice").

The learner is the listener, so:

    journal speaker  who                   kind / rule / source
    "person"         the scenario speaker  "" / "" / "script" or "llm" (who
                                           worded the line the layer chose;
                                           feelings not stored: they are a
                                           character's, not yours)
    "listener"       the learner           the code, the verdict, "practice"

A learner turn's ``kind`` is the coder's code with its subtype
(``reflection_simple``, ``reflection_complex``, ``question_open``,
``question_closed``, ``input``, ``other``; ``crisis`` when the safety layer
answered instead). Its ``rule`` holds the rest as ``key=value`` words::

    layer=1/3 verdict=accurate response=opens roadblocks=-

``layer`` is the layer the reply was judged against (1-based) out of the
scenario's layers; ``response`` is what the speaker did (``opens`` the next
layer, ``closing`` after the last, or a way of staying: ``partial``,
``roadblock``...); ``roadblocks`` lists the coder's roadblocks, comma
separated, or ``-``. The session's ``script`` is the scenario's name. From
these ``history`` recomputes every measure of the summary.
"""

from __future__ import annotations

import re

from mirrorbot.practice.summary import Scored

SOURCE = "practice"
SCRIPT = "script"  # a speaker's line in the scenario's own words ("llm": a model worded it)
CRISIS = "crisis"
_RULE = re.compile(
    r"layer=(?P<layer>\d+)/(?P<total>\d+) verdict=(?P<verdict>[a-z_]+) "
    r"response=(?P<response>[a-z_]+) roadblocks=(?P<roadblocks>[a-z_,]+|-)"
)


def encode(reply: Scored, total: int) -> tuple[str, str]:
    """(kind, rule) for the journal."""
    blocks = ",".join(reply.roadblocks) or "-"
    rule = (
        f"layer={reply.layer + 1}/{total} verdict={reply.verdict} "
        f"response={reply.response} roadblocks={blocks}"
    )
    return reply.kind, rule


def decode(text: str, kind: str, rule: str) -> tuple[Scored, int] | None:
    """The scored reply and the scenario's number of layers, or None for a
    turn that is not a coded practice reply (a crisis turn, another mode)."""
    found = _RULE.fullmatch(rule.strip())
    if found is None or kind == CRISIS:
        return None
    blocks = found["roadblocks"]
    scored = Scored(
        text=text,
        kind=kind,
        verdict=found["verdict"],
        layer=max(0, int(found["layer"]) - 1),
        response=found["response"],
        roadblocks=() if blocks == "-" else tuple(b for b in blocks.split(",") if b),
    )
    return scored, int(found["total"])
