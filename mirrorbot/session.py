"""One conversation: owns the order of a turn and what it remembers.

Every face (the Textual app, plain mode, ``mirrorbot reply``) drives a
``Session``; none of them reimplements the order:
clean -> analyse -> reply -> (later: store) -> hand back to show.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from mirrorbot.dialogue.engine import Reflector
from mirrorbot.language.analysis import Analysis, analyse
from mirrorbot.language.feelings import Feeling


@dataclass(frozen=True)
class Turn:
    """What one turn produced: the contract object of ``reply --json``."""

    input: str
    reply: str
    kind: str
    feelings: tuple[Feeling, ...]
    mirror: str
    crisis: bool
    rule: str
    source: str = "script"
    # Families the reply names (not part of the JSON contract): lets tests
    # and benchmarks check a reflection without parsing its wording.
    reflected: tuple[str, ...] = ()

    def as_json(self) -> dict[str, object]:
        return {
            "input": self.input,
            "reply": self.reply,
            "kind": self.kind,
            "feelings": [f.as_json() for f in self.feelings],
            "mirror": self.mirror,
            "crisis": self.crisis,
            "rule": self.rule,
            "source": self.source,
        }


@dataclass
class Session:
    """A conversation with the scripted listener."""

    seed: int | None = None
    script: str = "open"
    turns: list[Turn] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)
        self._reflector = Reflector(self._rng)

    def opening(self) -> Turn:
        """The listener's first words, before the person says anything."""
        reply = self._reflector.greeting()
        turn = Turn("", reply.text, reply.kind, (), "", False, reply.rule)
        self.turns.append(turn)
        return turn

    def turn(self, text: str) -> Turn:
        """Answer one message from the person."""
        analysis: Analysis = analyse(text)
        reply = self._reflector.respond(analysis)
        turn = Turn(
            input=text,
            reply=reply.text,
            kind=reply.kind,
            feelings=tuple(analysis.feelings),
            mirror=analysis.mirror,
            crisis=False,
            rule=reply.rule,
            reflected=reply.reflected,
        )
        self.turns.append(turn)
        return turn
