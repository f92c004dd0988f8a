"""One conversation: owns the order of a turn and what it remembers.

Every face (the Textual app, plain mode, ``mirrorbot reply``) drives a
``Session``; none of them reimplements the order of a turn:

    command? -> safety -> analysis -> rupture? -> stage -> reply -> remember

The session follows its script's stages (an open question on entering a
stage, a summary, a close), answers in-conversation commands (/summary,
/script, /end, /help), notices when the person says it got something wrong
and repairs it, and keeps the conversation's memory.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property, partial
from typing import TYPE_CHECKING, Any

from mirrorbot import safety
from mirrorbot.dialogue import script as scripts
from mirrorbot.dialogue.engine import Reflector, Reply
from mirrorbot.dialogue.memory import Heard, Memory
from mirrorbot.dialogue.script import Script, Stage
from mirrorbot.dialogue.templates import Template, safe_render
from mirrorbot.journal.titles import topic_words
from mirrorbot.language import perspective, rupture
from mirrorbot.language.analysis import Analysis, analyse, listener_side
from mirrorbot.language.feelings import Feeling
from mirrorbot.language.text import clean

if TYPE_CHECKING:
    from mirrorbot.config import Config
    from mirrorbot.journal.recorder import Recorder
    from mirrorbot.llm.hook import Event, ModelHook

_COMMAND = re.compile(r"^/(?P<name>[a-z]+)(?:\s+(?P<arg>.*))?$", re.IGNORECASE)
COMMANDS = ("summary", "patterns", "script", "end", "help")


@dataclass(frozen=True)
class Turn:
    """What one turn produced: the contract object of ``reply --json``."""

    input: str
    reply: str
    kind: str
    feelings: tuple[Feeling, ...]
    # The message that was heard ("" for a command or the opening): what
    # ``mirror`` restates. Only ``reply --json`` and the tests read the
    # mirror, so a turn does not pay for it up front.
    heard: str
    crisis: bool
    rule: str
    source: str = "script"
    # Families the reply names (not part of the JSON contract): lets tests
    # and benchmarks check a reflection without parsing its wording.
    reflected: tuple[str, ...] = ()

    @cached_property
    def mirror(self) -> str:
        """The whole message restated from the listener's side."""
        return perspective.mirror(self.heard)

    def _heard_first(self) -> list[Feeling]:
        """The feelings, those the reply names first ("not angry, just
        disappointed": disappointed, then angry), the rest in order."""
        named = [f for f in self.feelings if f.family in self.reflected and not f.negated]
        return named + [f for f in self.feelings if f not in named]

    def as_json(self) -> dict[str, object]:
        return {
            "input": self.input,
            "reply": self.reply,
            "kind": self.kind,
            "feelings": [f.as_json() for f in self._heard_first()],
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
    country: str = "international"  # whose crisis lines to show (safety.resolve_country)
    recorder: Recorder | None = None  # where turns are kept; None: not saved
    model: ModelHook | None = None  # the language model, when [llm] is on; None: script only
    turns: list[Turn] = field(default_factory=list)
    memory: Memory = field(default_factory=Memory)
    ended: bool = False
    crises: int = 0  # crisis replies shown in this conversation

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)
        self._reflector = Reflector(self._rng)
        self._start(scripts.load(self.script))
        self._last: Reply | None = None

    # -- the script and its stages --------------------------------------

    def _start(self, script: Script) -> None:
        self._script = script
        self.script = script.name
        self.stage: str | None = script.stages[0].name if script.stages else None
        self._stage_turns = 0
        self._stage_feelings = 0
        self._entered = False  # this turn moved the session into a new stage
        self._pending: tuple[Template, ...] | None = None  # a stage question not yet asked

    @property
    def title(self) -> str:
        return self._script.title

    def _advance(self, text: str) -> Stage | None:
        """Move to the next stage if the current one's condition is met by
        the turns so far or by what was just said; the stage entered, if any."""
        stage = self._script.stage(self.stage) if self.stage else None
        if stage is None or stage.next is None:
            return None
        met = (
            (stage.after_turns is not None and self._stage_turns >= stage.after_turns)
            or (stage.when_feelings is not None and self._stage_feelings >= stage.when_feelings)
            or (stage.when_said is not None and bool(stage.when_said.search(text)))
        )
        if not met:
            return None
        self.stage, self._stage_turns, self._stage_feelings = stage.next, 0, 0
        self._entered = True
        return self._script.stage(stage.next)

    # -- turns ------------------------------------------------------------

    def opening(self) -> Turn:
        """The listener's first words, before the person says anything (with
        a pattern from past entries, for scripts that ask for one)."""
        reply = self._reflector.greeting(self._script.opening, f"{self.script}/opening")
        if self._script.patterns_at_opening:
            pattern = self._patterns()
            if pattern is not None:
                reply = Reply(f"{pattern.text} {reply.text}", reply.kind, reply.rule)
        if self.recorder is not None:
            self.recorder.opening(reply.text, reply.kind, reply.rule)
        return self._record(Turn("", reply.text, reply.kind, (), "", False, reply.rule))

    def turn(self, text: str, on_event: Callable[[Event], None] | None = None) -> Turn:
        """Answer one message from the person.

        Safety comes first, on every message: crisis language gets the
        crisis reply, never a reflection. The person's words are stored
        before the reply is composed, the reply before it is returned."""
        assessment = safety.assess(text)
        if not assessment.crisis:
            command = self._command(text)
            if command is not None:
                return command
        analysis = analyse(text)
        self._keep_person(text, analysis.feelings, assessment.crisis)
        source = "script"
        if assessment.crisis:
            reply = self._crisis(assessment)
        elif self.ended:
            reply = self._reflector.command("session/ended")
        else:
            reply = self._reply(analysis)
            reply, source = self._polish(text, analysis, reply, on_event)
            self._remember(analysis, reply)
        turn = Turn(
            input=text,
            reply=reply.text,
            kind=reply.kind,
            feelings=analysis.feelings,
            heard=analysis.original,
            crisis=assessment.crisis,
            rule=reply.rule,
            source=source,
            reflected=reply.reflected,
        )
        return self._record(turn)

    def _polish(
        self, text: str, a: Analysis, reply: Reply, on_event: Callable[[Event], None] | None
    ) -> tuple[Reply, str]:
        """The model's wording of a reflection, if a model is on and its reply
        passed the guard in time; else the script's. Only reflections: crisis
        replies, repairs, summaries, closings and commands stay scripted."""
        if self.model is None or not reply.kind.startswith("reflection"):
            return reply, "script"
        said = self.model.reply(
            text=text,
            analysis=a,
            scripted=reply,
            memory=self.memory,
            stage=self.stage,
            turns=self.turns,
            on_event=on_event,
        )
        last = self.model.last
        if said is None or last is None:
            return reply, "script"
        # What the model named is what a "that's not it" next turn corrects.
        return replace(reply, text=said, reflected=last.reflected or reply.reflected), "llm"

    def _crisis(self, assessment: safety.Assessment) -> Reply:
        """Stop reflecting: the fixed crisis message with the resources first.
        The conversation can go on afterwards; nothing is remembered from it
        for reflections or summaries."""
        self.crises += 1
        text = safety.crisis_reply(self.country, assessment.category)
        reply = Reply(text, "crisis", f"safety/{assessment.category or 'unsure'}")
        self._last = reply
        return reply

    def _keep_person(
        self, text: str, feelings: tuple[Feeling, ...] = (), crisis: bool = False
    ) -> None:
        if self.recorder is not None:
            self.recorder.person(text, [f.as_json() for f in feelings], crisis)

    def _record(self, turn: Turn) -> Turn:
        """Keep the reply (on disk when a recorder is attached) before it is shown."""
        if self.recorder is not None and turn.input:
            self.recorder.listener(turn.reply, turn.kind, turn.rule, turn.source, turn.crisis)
        self.turns.append(turn)
        return turn

    def _reply(self, a: Analysis) -> Reply:
        last = self._last
        missed = rupture.detect(
            a.text,
            a.feelings,
            last.reflected if last else (),
            after_reflection=bool(last and last.kind.startswith(("reflection", "repair"))),
            said=last.text if last else "",
        )
        if missed is not None:
            return self._repair(missed, a, last)
        # The message answers the stage it was written in: that stage's rules
        # hear it, even when it is also what moves the session on.
        said_in = self.stage
        entered = self._advance(a.text)
        if entered is not None and (entered.close or entered.summary):
            self._rule_reply(a, said_in, remember_only=True)
            family, words, about = self._reflector.understand(a, self.memory)
            self._hear(a, family, words, about)
            if entered.close:
                return self._end()
            return self._reflector.summary(self.memory)
        if entered is not None and entered.prompts:
            self._pending = entered.prompts
        # A stage's own question takes the turn's one question, if any.
        after_miss = last is not None and last.rule == "repair/miss"
        reply = self._rule_reply(a, said_in) or self._reflector.respond(
            a, self.memory, ask=self._pending is None, corrected=after_miss
        )
        if after_miss:
            reply = self._reflector.taking_correction(reply)
        if self._pending is not None and not reply.text.endswith("?"):
            values = self._reflector.values_for(a)
            question = self._reflector.stage_prompt(self._pending, self.memory, values)
            if question:
                self._pending = None
                reply = reply.plus(question)
        return reply

    def _repair(self, missed: rupture.Rupture, a: Analysis, last: Reply | None) -> Reply:
        """Own the miss; what was heard last time becomes what they said instead."""
        memory = self.memory
        memory.ruptures += 1
        memory.rejected.update(missed.rejected)
        reply = self._reflector.repair(missed, a, last.about if last else "")
        memory.repairs += 1
        corrected = reply.reflected[0] if reply.reflected else None
        if corrected is not None:
            memory.corrections.append((missed.rejected, corrected))
        memory.correct_last(missed.rejected, corrected, reply.heard, reply.about)
        return reply

    def _rule_reply(
        self, a: Analysis, stage: str | None, remember_only: bool = False
    ) -> Reply | None:
        """The first script rule for ``stage`` whose pattern matches, in
        priority order: it may remember things and answer in its own words,
        or fall through. Captures are said back from the listener's side."""
        for rule in self._script.rules:
            if rule.stages is not None and stage not in rule.stages:
                continue
            if rule.once and rule.name in self.memory.fired:
                continue
            found = rule.pattern.search(a.text)
            if not found:
                continue
            # Every capture is defined (an optional group that did not take
            # part is empty), and so is every variable a script may name.
            captures = {k: listener_side(v) if v else "" for k, v in found.groupdict().items()}
            values: dict[str, Any] = {
                **dict.fromkeys(scripts.SAMPLE_VALUES, ""),
                **self._reflector.values_for(a),
                **captures,
            }
            for slot, template in rule.remember:
                kept = safe_render(template, values)
                if kept:
                    self.memory.remember(slot, kept, self.memory.turns)
            self.memory.fired.add(rule.name)
            if rule.templates and not remember_only:
                reply = self._reflector.scripted(
                    rule.templates, values, rule.kind, f"{self.script}/{rule.name}"
                )
                if reply is not None:
                    return reply
            if not rule.fallthrough:
                break
        return None

    def _remember(self, a: Analysis, reply: Reply) -> None:
        """After a turn: what was heard, who was named, stage counts."""
        self._last = reply
        if reply.kind == "repair":
            self.memory.turns += 1  # the correction was folded into what was heard before
        elif reply.kind not in {"summary", "closing"}:
            family = reply.reflected[0] if reply.reflected and reply.heard else None
            self._hear(a, family, reply.heard if family else "", reply.about if family else "")
            if reply.rule in _SAYS_A_VALUE and a.value is not None:
                # (A value is worked out only for a reply that said it back.)
                self.memory.values.append((a.value.form, a.value.phrase))
        if self._entered:
            self._entered = False  # the turn that opened a stage is not one of its turns
            return
        self._stage_turns += 1
        if reply.reflected:
            self._stage_feelings += 1

    def _hear(self, a: Analysis, family: str | None, words: str, about: str) -> None:
        memory = self.memory
        memory.turns += 1
        found = a.mentions
        for person in found.people:
            memory.remember("people", person, memory.turns)
        for place in found.places:
            memory.remember("places", place, memory.turns)
        for topic in found.topics:
            memory.remember("topics", topic, memory.turns)
        families = tuple(f.family for f in a.asserted)
        memory.feelings.append(families)
        memory.heard.append(
            Heard(memory.turns, family, words, partial(_point, a), found.people, about, families)
        )

    def _end(self) -> Reply:
        self.ended = True
        if self.recorder is not None:
            self.recorder.end(self.memory.ruptures, self.memory.repairs)
        return self._reflector.closing(self.memory, self._script.closing)

    def problems(self) -> list[str]:
        """Storage problems since last asked (one line each), for the face to show."""
        return self.recorder.take_problems() if self.recorder is not None else []

    def close(self) -> None:
        """Let go of the journal (the conversation itself is already saved)."""
        if self.recorder is not None:
            self.recorder.close()
        if self.model is not None:
            self.model.close()

    def rate(self, ratings: dict[str, int]) -> None:
        """The closing check-in's answers (0-10; any may be skipped)."""
        if self.recorder is not None:
            self.recorder.end(self.memory.ruptures, self.memory.repairs, ratings)

    # -- commands -------------------------------------------------------

    def _command(self, text: str) -> Turn | None:
        if "/" not in text:
            return None  # most messages: no need to clean them twice
        found = _COMMAND.match(clean(text))
        if found is None:
            return None
        name, arg = found.group("name").lower(), (found.group("arg") or "").strip()
        if name not in COMMANDS and arg:  # "/r/something is ..." is a message, not a command
            return None
        self._keep_person(text)
        if name not in COMMANDS:
            reply = self._reflector.command("command/unknown", {"command": f"/{name}"})
        elif name == "help":
            reply = self._reflector.command(
                "command/help",
                {"scripts": sorted(scripts.available()), "disclaimer": safety.disclaimer()},
            )
        elif name == "summary":
            reply = self._reflector.summary(self.memory)
        elif name == "patterns":
            reply = self._patterns(always=True) or self._reflector.command("attending")
        elif name == "end":
            reply = self._end() if not self.ended else self._reflector.command("session/ended")
        else:
            reply = self._switch(arg)
        return self._record(Turn(text, reply.text, reply.kind, (), "", False, reply.rule))

    def _patterns(self, always: bool = False) -> Reply | None:
        """A pattern across past entries, if the journal shows one; with
        ``always``, a reply saying why there is none."""
        from mirrorbot.dialogue import patterns as wording

        said = wording.words()
        journal = self.recorder.journal if self.recorder is not None else None
        if journal is None:
            return (
                self._reflector.scripted(said.unsaved, {}, "help", "patterns/unsaved")
                if always
                else None
            )
        from mirrorbot.journal.patterns import recent_patterns

        try:
            found = recent_patterns(
                journal, exclude=self.recorder.session if self.recorder else None
            )
        except Exception:  # reading the past must never break the present conversation
            found = []
        if not found:
            return (
                self._reflector.scripted(said.none, {}, "help", "patterns/none") if always else None
            )
        top = found[0]
        values = said.values(top.family, top.entries, top.out_of, top.topic)
        return self._reflector.scripted(said.found, values, "reflection_complex", "patterns/found")

    def _switch(self, name: str) -> Reply:
        available = sorted(scripts.available())
        if name not in available:
            return self._reflector.command(
                "command/script-unknown", {"name": name or "(none)", "scripts": available}
            )
        self._start(scripts.load(name))
        self.ended = False
        opening = self._reflector.greeting(self._script.opening, f"{self.script}/opening")
        values = {
            "title": self._script.title,
            "description": self._script.description,
            "opening": opening.text,
        }
        return self._reflector.command("command/script", values)


# The replies that say back what matters to the person: remembered for summaries.
_SAYS_A_VALUE = frozenset(["complex/value", "complex/feeling-value"])


def _point(a: Analysis) -> str:
    """The main point of a message as a summary may name it: only a point
    with substance ("that's about it" or "ok then" said nothing to gather up)."""
    return a.content if topic_words(a.content) else ""


def open_session(
    cfg: Config,
    *,
    seed: int | None = None,
    script: str | None = None,
    save: bool | None = None,
    mode: str = "journal",
    model: ModelHook | None = None,
    llm: bool = True,
) -> Session:
    """A session as the faces start one: the configured script, the crisis
    lines for the person's country, and the journal unless saving is off.
    ``llm=False``: the scripted listener only, whatever ``[llm]`` says (the
    person said no to a remote model in the app)."""
    import os

    from mirrorbot.journal.recorder import Recorder

    name = script or cfg.script
    keep = cfg.save if save is None else save
    if not llm:
        model = None
    elif model is None and cfg.values["llm"]["enabled"]:
        # Only when the person turned it on: otherwise neither httpx nor the
        # guard is imported, and no connection can ever be opened.
        from mirrorbot.llm.hook import ModelHook

        model = ModelHook.from_config(cfg, use=mode)
    return Session(
        seed=cfg.seed if seed is None else seed,
        script=name,
        country=safety.resolve_country(cfg.country, os.environ),
        recorder=Recorder.open(name, mode) if keep else None,
        model=model,
    )
