"""One practice conversation: owns the order of a practice turn.

Every face (the command line, the app) drives a ``PracticeSession``:

    command? -> safety -> code -> judge -> store the reply
             -> the speaker's response -> feedback -> store the response

The learner is the listener; the scenario's speaker opens up a layer at a
time. An accurate reflection opens the next layer (or, on the last one,
ends the session); a roadblock makes the speaker guarded, and while
guarded an accurate reflection only wins back trust (one roadblock costs one
accurate reflection, at most two are owed). Safety comes first on the
learner's text too: crisis language stops the role-play for the crisis
message, and the practice may go on afterwards.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mirrorbot import safety
from mirrorbot.dialogue.templates import Template
from mirrorbot.language.coder import Coding, code
from mirrorbot.language.text import clean
from mirrorbot.practice import feedback as feedback_
from mirrorbot.practice import record, wording
from mirrorbot.practice.feedback import Feedback
from mirrorbot.practice.judge import Judgement, judge
from mirrorbot.practice.scenario import Scenario
from mirrorbot.practice.summary import Scored, Summary, tally

if TYPE_CHECKING:
    from mirrorbot.journal.recorder import Recorder
    from mirrorbot.practice.coach import ModelCoach
    from mirrorbot.practice.speaker import ModelSpeaker

COMMANDS = ("end", "tips", "help")
MAX_GUARD = 2
_COMMAND = re.compile(r"^/(?P<name>[a-z]+)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class SpeakerLine:
    """What the speaker says. ``response``: opening, opens, closing,
    partial, missed, too_strong, open_question, closed_question, roadblock,
    warming, filler; ``layer``: the 0-based layer they are on after it;
    ``source``: "llm" when a model worded the line the layer chose."""

    text: str
    response: str
    layer: int
    source: str = "script"


@dataclass(frozen=True)
class PracticeTurn:
    """What one learner message produced.

    A coded reply has ``coding``, ``judgement``, ``feedback`` (shown when
    tips are on) and the speaker's ``reply``. A command (/end, /tips, /help)
    or a crisis has ``notice`` instead: text for the learner from mirrorbot,
    not from the speaker. ``ended``: the session is over (show the summary).
    """

    input: str
    layer: int  # the 0-based layer the reply was judged against
    coding: Coding | None = None
    judgement: Judgement | None = None
    feedback: Feedback | None = None
    reply: SpeakerLine | None = None
    notice: str | None = None
    command: str | None = None
    crisis: bool = False
    ended: bool = False


@dataclass
class PracticeSession:
    """A practice conversation with one scenario's speaker."""

    scenario: Scenario
    seed: int | None = None
    recorder: Recorder | None = None  # where turns are kept; None: not saved
    country: str = "international"  # whose crisis lines to show
    tips: bool = True  # the faces show feedback only when on; /tips toggles it
    speaker: ModelSpeaker | None = None  # a model re-words the speaker's lines; None: scripted
    coach: ModelCoach | None = None  # a model re-words the feedback; None: scripted
    layer: int = 0  # the 0-based layer the speaker is on
    guard: int = 0  # accurate reflections owed after roadblocks
    ended: bool = False
    replies: list[Scored] = field(default_factory=list)
    crises: int = 0

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)
        self._deck = wording.Deck(self._rng)
        self._words = wording.load()
        self._last = ""  # what the speaker said last: the coder's context
        self._guarded_by: str | None = None
        self._opening: str | None = None  # kept with the first reply, so leaving stores nothing

    @property
    def name(self) -> str:
        return self.scenario.persona.name

    @property
    def total(self) -> int:
        return len(self.scenario.layers)

    # -- the face's calls --------------------------------------------------

    def intro(self) -> str:
        """Who the speaker is and how practice works, for the first screen."""
        s = self.scenario
        return self._words.say(
            "text", "intro", name=s.persona.name, title=s.title, description=s.description,
            about=s.persona.about, setting=s.persona.setting,
        )  # fmt: skip

    def opening(self) -> SpeakerLine:
        """The speaker's first words."""
        text = self._say("opening", self.scenario.opening)
        self._opening = text
        self._last = text
        return SpeakerLine(text, "opening", 0)

    def turn(self, text: str) -> PracticeTurn:
        """Answer one message from the learner: a command, a crisis, or a
        reply to code, judge and answer in the speaker's voice. The reply
        and then the answer are stored before this returns."""
        assessment = safety.assess(text)
        if not assessment.crisis:
            command = self._command(text)
            if command is not None:
                return command
        if assessment.crisis:
            return self._crisis(text, assessment)
        if self.ended:
            return PracticeTurn(text, self.layer, notice=self._text("ended"), ended=True)
        layer, context = self.layer, self._last
        coding = code(text, context)
        judgement = judge(coding, self.scenario, layer, context)
        guarded_by = self._guarded_by if self.guard else None
        response, reply_text = self._respond(judgement)
        given = feedback_.give(
            coding, judgement, self.scenario, layer, self._words, self._deck,
            guarded_by=guarded_by if judgement.verdict == "accurate" else None,
            deepest=response == "closing", context=context,
        )  # fmt: skip
        phrasing = None
        if self.coach is not None and self.tips:
            # The coder chose the tip and the example; the model may only
            # word them, asked now so it runs while the speaker is worded.
            phrasing = self.coach.begin(
                given, scenario=self.scenario, layer=layer, context=context, said=text,
                wording=self._words,
            )  # fmt: skip
        source = "script"
        if self.speaker is not None:
            # The layer chose what is said; the model may only word it.
            reply_text, source = self.speaker.say(
                self.scenario, response=response, scripted=reply_text, said=text
            )
        kind = coding.code if coding.subtype is None else f"{coding.code}_{coding.subtype}"
        scored = Scored(text, kind, judgement.verdict, layer, response, coding.roadblocks)
        self.replies.append(scored)
        self._keep_reply(scored)
        self._keep_speaker(reply_text, source)
        self._last = reply_text
        if phrasing is not None:
            given = phrasing.result()
        if response == "closing":
            self._finish()
        return PracticeTurn(
            input=text,
            layer=layer,
            coding=coding,
            judgement=judgement,
            feedback=given,
            reply=SpeakerLine(reply_text, response, self.layer, source),
            ended=self.ended,
        )

    def end(self) -> Summary:
        """Finish (if not yet finished) and sum up."""
        if not self.ended:
            self._finish()
        return self.summary()

    def summary(self) -> Summary:
        return tally(self.replies, self.total)

    def summary_lines(self) -> list[str]:
        from mirrorbot.practice.summary import render

        if not self.replies:
            return [self._text("nothing")]
        return render(self.summary(), self.scenario.title, self._words)

    def saved_as(self) -> int | None:
        """The journal session this practice is stored as, if any."""
        return self.recorder.session if self.recorder is not None else None

    def problems(self) -> list[str]:
        """Storage problems since last asked (one line each), for the face to show."""
        return self.recorder.take_problems() if self.recorder is not None else []

    def close(self) -> None:
        if self.speaker is not None:
            self.speaker.close()
        if self.coach is not None:
            self.coach.close()
        if self.recorder is not None:
            self.recorder.close()

    # -- the speaker ---------------------------------------------------------

    def _respond(self, judgement: Judgement) -> tuple[str, str]:
        """(response, text): how the speaker answers, and what the state becomes."""
        s, verdict = self.scenario, judgement.verdict
        current = s.layers[self.layer]
        values = {"word": judgement.word or ""}
        if verdict == "roadblock" and judgement.roadblock is not None:
            self.guard = min(MAX_GUARD, self.guard + 1)
            self._guarded_by = judgement.roadblock
            key, options = s.roadblocks[judgement.roadblock]
            return "roadblock", self._say(f"roadblock/{key}", options)
        if verdict == "accurate":
            if self.guard:
                self.guard -= 1
                return "warming", self._say("warming", s.warming)
            if self.layer + 1 >= self.total:
                return "closing", self._say("closing", s.closing)
            self.layer += 1
            return "opens", self._say(f"{self.layer}/opens", s.layers[self.layer].opens)
        if verdict == "too_strong":
            return verdict, self._say("too_strong", s.too_strong, values)
        if verdict in {"partial", "missed", "open_question", "closed_question"}:
            staying: tuple[Template, ...] = getattr(current, verdict)
            return verdict, self._say(f"{self.layer}/{verdict}", staying, values)
        return "filler", self._say(f"{self.layer}/filler", current.filler or s.filler)

    def _say(
        self, key: str, options: tuple[Template, ...], values: dict[str, str] | None = None
    ) -> str:
        return self._deck.say(key, options, {"name": self.name, "word": "", **(values or {})})

    def _text(self, key: str, **values: object) -> str:
        return self._words.say("text", key, name=self.name, **values)

    def _finish(self) -> None:
        self.ended = True
        if self.recorder is not None and self.recorder.session is not None:
            self.recorder.end()

    # -- commands and crises ---------------------------------------------------

    def _command(self, text: str) -> PracticeTurn | None:
        found = _COMMAND.match(clean(text).strip())
        if found is None:
            return None
        name = found["name"].lower()
        if name == "end":
            self.end()
            return PracticeTurn(text, self.layer, command="end", ended=True)
        if name == "tips":
            self.tips = not self.tips
            notice = self._text("tips_on" if self.tips else "tips_off")
            return PracticeTurn(text, self.layer, notice=notice, command="tips", ended=self.ended)
        if name == "help":
            return PracticeTurn(
                text, self.layer, notice=self._text("help"), command="help", ended=self.ended
            )
        notice = self._text("unknown_command", command=f"/{name}")
        return PracticeTurn(text, self.layer, notice=notice, command=name, ended=self.ended)

    def _crisis(self, text: str, assessment: safety.Assessment) -> PracticeTurn:
        """Stop the role-play: the fixed crisis message, resources first;
        nothing is coded, the practice can go on afterwards."""
        self.crises += 1
        message = safety.crisis_reply(self.country, assessment.category)
        if self.recorder is not None:
            self._keep_opening()
            self.recorder.listener(text, record.CRISIS, "", source="safety", crisis=True)
            self.recorder.person(message, crisis=True)
        notice = f"{message}\n\n{self._text('crisis_after')}"
        return PracticeTurn(text, self.layer, notice=notice, crisis=True, ended=self.ended)

    # -- the journal ---------------------------------------------------------------

    def _keep_opening(self) -> None:
        if self.recorder is not None and self._opening is not None:
            self.recorder.person(self._opening, source=record.SCRIPT)
            self._opening = None

    def _keep_reply(self, scored: Scored) -> None:
        if self.recorder is None:
            return
        self._keep_opening()
        kind, rule = record.encode(scored, self.total)
        self.recorder.listener(scored.text, kind, rule, source=record.SOURCE)

    def _keep_speaker(self, text: str, source: str) -> None:
        if self.recorder is not None:
            self.recorder.person(text, source=source)


def open_practice(
    scenario: Scenario,
    *,
    seed: int | None = None,
    save: bool = True,
    country: str = "international",
    tips: bool = True,
    speaker: ModelSpeaker | None = None,
    coach: ModelCoach | None = None,
) -> PracticeSession:
    """A practice session as the faces start one: in the journal (mode
    practice, script = the scenario's name) unless ``save`` is off."""
    recorder = None
    if save:
        from mirrorbot.journal.recorder import Recorder

        recorder = Recorder.open(scenario.name, mode="practice")
    return PracticeSession(
        scenario, seed=seed, recorder=recorder, country=country, tips=tips, speaker=speaker,
        coach=coach,
    )  # fmt: skip
