"""The scripted listener: from an ``Analysis`` to one reply.

It decides *what kind* of reply fits (a feeling reflection, a double-sided
one for mixed feelings, a tentative one for an implied feeling, a content
reflection, now and then an open question) and then picks a wording from
prompts/replies.toml that it has not used yet in this conversation, with
sentence openings varied. Everything it says comes from prompts/.
"""

from __future__ import annotations

import random
import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from mirrorbot.dialogue import templates
from mirrorbot.dialogue.memory import Memory
from mirrorbot.dialogue.templates import Template, Word
from mirrorbot.errors import PromptError
from mirrorbot.language import addressed
from mirrorbot.language import feelings as feelings_mod
from mirrorbot.language.analysis import About, Analysis
from mirrorbot.language.feelings import VALENCE, Feeling
from mirrorbot.language.rupture import Rupture
from mirrorbot.language.text import REPORTING, gerund, has_alnum, not_just_after, word_start
from mirrorbot.language.values import Value

# At most this share of replies may be questions: a listener who mostly
# asks is interviewing, not listening.
QUESTION_SHARE = 1 / 3
# How many recent replies an opening ("It sounds like", "You're") must not
# repeat; the same stem over and over sounds robotic.
STEM_MEMORY = 3
# In a very long conversation wordings run out; one may come back only after
# this many other replies.
REPEAT_WINDOW = 40
# Which feeling families take "for" as their own ("glad for her",
# "worried for him"); others use the preposition of the word chosen.
_KEEPS_FOR = frozenset({"joy", "love", "fear", "sadness"})
# Markers worth a complex reflection, strongest meaning first.
_MARKER_RULES = (
    ("masking", "complex/masking"),
    ("self_judgement", "complex/self-judgement"),
    ("unseen", "complex/unseen"),
    ("recurrence", "complex/recurrence"),
    ("comparison", "complex/comparison"),
    ("effort", "complex/effort"),
    ("obligation", "complex/obligation"),
    ("change", "complex/change"),
)
# Phrases a reply must never contain, even when they come from echoing the
# person's own words back: "why" sounds like a demand for justification,
# "you should"/"you need to" like advice, "enjoy" is cruel said to pain
# (unless it is the person's own word: "guilty for enjoying the holiday").
_NEVER_SAY = re.compile(
    # Matched against the lowered text (see _never_say): case-sensitive
    # patterns that open with their words are several times quicker.
    word_start("why")
    + r"\b|"
    + word_start("you")
    # ("wondering what you should do", "she says you should" report someone
    # else's words; they are not our advice.)
    + not_just_after(
        "you",
        "what",
        "whether",
        "how",
        "if",
        *REPORTING,
        "tells me",
        "told me",
        # (what the person said is restated: "told me" comes back "told you")
        "tells you",
        "told you",
        "tell you",
        "telling you",
    )
    + r" (?:really )?(?:should|ought to|need to|must|have got to)\b"
)
_ENJOY = re.compile(word_start("enjoy"))  # (on lowered text, as _NEVER_SAY)
_OWN_ENJOY = re.compile(r"\benjoy", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|i've|i'd|i'll|me|my|myself)\b", re.IGNORECASE)
_STRONG_PREFIXES = ("really ", "deeply ", "completely ", "very ")
_HEDGE_PREFIX = re.compile(r"^(?:a bit|a little|slightly|somewhat) ")
_SPACE_BEFORE_PUNCT = re.compile(r" (?=[,.;:!?])")


@dataclass(frozen=True)
class Reply:
    text: str
    kind: str
    rule: str
    reflected: tuple[str, ...] = ()  # feeling families the reply names
    heard: str = ""  # the main feeling as named, with what it is about (for memory)
    about: str = ""  # what it is about, alone ("about your exam")

    def plus(self, more: str) -> Reply:
        """This reply with a further sentence (a stage's question) after it."""
        return replace(self, text=f"{self.text} {more}".strip()) if more else self


@dataclass
class _Voice:
    """What the listener has said so far in this conversation, for variety
    and balance. (What the *person* said lives in ``dialogue.memory``.)"""

    texts: dict[str, int] = field(default_factory=dict)  # text -> reply number
    stems: deque[str] = field(default_factory=lambda: deque(maxlen=STEM_MEMORY))
    words: deque[str] = field(default_factory=lambda: deque(maxlen=6))
    replies: int = 0
    questions: int = 0
    last_kind: str = ""
    last_said: str = ""  # the last reply's own kind ("summary" even when it asked)
    last_rule: str = ""  # the rule the last reply came from


# One candidate wording: (rule name, kind, template).
_Candidate = tuple[str, str, Template]
_Said = tuple[str, str, str, str]  # rule name, kind, text, stem


class Reflector:
    """Composes scripted replies for one conversation."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._voice = _Voice()
        self._ask = True  # whether this reply may be an open question

    # -- public ---------------------------------------------------------

    def greeting(self, wordings: tuple[Template, ...], rule: str) -> Reply:
        """The listener's first words: one of the script's openings."""
        return _must(self._say_wordings(wordings, {}, "greeting", rule), rule)

    def respond(
        self,
        analysis: Analysis,
        memory: Memory | None = None,
        ask: bool = True,
        corrected: bool = False,
    ) -> Reply:
        """A reflection of ``analysis``, never naming a feeling the person
        rejected earlier, linking back to someone they named before. With
        ``ask`` false the reply is never an open question (a stage's own
        question is waiting to be asked). ``corrected`` says the message
        puts right a reflection that missed: their own words are said back
        before any meaning of ours is added."""
        self._ask = ask
        echo_rejected = False
        if memory is not None:
            echo_rejected = any(f.family in memory.rejected for f in analysis.asserted)
            analysis = analysis.without(memory.rejected)
        plan, values, named = self._plan(analysis, corrected)
        if echo_rejected and not named:
            # Restating "I'm so angry" would say the rejected feeling back.
            plan = [r for r in plan if not r.startswith(("content/", "feeling/other"))] or [
                "attending"
            ]
        if memory is not None and named:
            earlier = memory.earlier_person(analysis.mentions.people, memory.turns)
            if earlier:
                values["earlier"] = earlier
                plan.insert(0, "memory/link")
        return self._say(plan, values, named, analysis=analysis)

    def repair(self, rupture: Rupture, analysis: Analysis, previous_about: str = "") -> Reply:
        """Own the miss without defending it, and take the correction. A
        correction that says nothing of its own about what it concerns ("not
        angry, hurt") is about what the missed reflection was about."""
        corrected = feelings_mod.primary(list(rupture.corrected))
        if corrected is None:
            return self._say(["repair/miss"], {}, repeat_ok=True)
        refocused = analysis.without(set(rupture.rejected))
        word = self._word_for(corrected)
        own_about = refocused.about if refocused.primary == corrected else None
        about = (
            _about_phrase(own_about, word, corrected.family)
            if own_about
            else _reprep(previous_about, word)
        )
        values = {
            "feeling": word.text,
            "about": about,
            "feeling_about": _join(word.text, about),
            "you_are": "you're",
        }
        return self._say(
            ["repair/correction", "repair/miss"],
            values,
            {corrected.family: (word.text,)},
            repeat_ok=True,
        )

    def taking_correction(self, reply: Reply) -> Reply:
        """``reply`` to the person's own words after a miss ("That wasn't it,
        then. I'm listening."), opened with thanks for putting it right, so
        it is heard as taking the correction, not as a new guess."""
        rule = templates.replies().get("repair/taken")
        if rule is None or not reply.kind.startswith("reflection"):
            return reply
        for template in _shuffled(self._rng, rule.templates):
            thanks = _tidy(templates.safe_render(template, {}))
            if thanks:
                return replace(reply, text=f"{thanks} {reply.text}")
        return reply

    def summary(self, memory: Memory) -> Reply:
        """What was said so far, feelings and what they were about, in the
        person's terms, ending with an invitation."""
        feelings, points = _sayable(*memory.summary_items())
        if not feelings and not points:
            return self._say(["summary/empty"], {}, repeat_ok=True)
        value = _latest_value(memory)
        values = {"feelings": feelings, "points": _not_saying(points, value), **value}
        return self._say(["summary", "summary/empty"], values, repeat_ok=True)

    def closing(self, memory: Memory, wordings: tuple[Template, ...] = ()) -> Reply:
        """The last words of a session: what was heard, and a kind goodbye."""
        feelings, points = _sayable(*memory.summary_items())
        value = _latest_value(memory)
        values = {
            "feelings": feelings,
            "points": _not_saying(points, value),
            "notes": list(memory.notes),
            **value,
        }
        if wordings:
            return _must(
                self._say_wordings(wordings, values, "closing", "closing/script"), "closing"
            )
        return self._say(["closing"], values, repeat_ok=True)

    def command(self, rule: str, values: dict[str, Any] | None = None) -> Reply:
        """A reply to an in-conversation command (/help, /script, ...)."""
        return self._say([rule], values or {}, repeat_ok=True)

    def scripted(
        self, wordings: tuple[Template, ...], values: dict[str, Any], kind: str, rule: str
    ) -> Reply | None:
        """A script rule's own wording, or None once every one is used up."""
        return self._say_wordings(wordings, values, kind, rule, must=False)

    def stage_prompt(
        self, prompts: tuple[Template, ...], memory: Memory, values: dict[str, Any]
    ) -> str:
        """An open question for the stage being entered: one not asked
        before, and only while the share of questions allows; else ""."""
        if not self._question_allowed():
            return ""
        for template in _shuffled(self._rng, prompts):
            if _lacks(template, values):
                continue
            text = _tidy(templates.safe_render(template, values))
            if not text or text in memory.asked or _never_say(text):
                continue
            memory.asked.add(text)
            self._voice.questions += 1
            self._voice.last_kind = "question_open"
            return text
        return ""

    def understand(self, analysis: Analysis, memory: Memory) -> tuple[str | None, str, str]:
        """What would be heard in ``analysis`` (family, words, about), without
        saying anything: for a turn answered with a summary or a close."""
        _, values, named = self._plan(analysis.without(memory.rejected))
        if not named:
            return None, "", ""
        family = next(iter(named))
        return family, str(values["feeling_about"]), str(values["about"])

    def values_for(self, analysis: Analysis) -> dict[str, Any]:
        """The template variables a message offers (for a script's wordings)."""
        values = self._plan(analysis)[1]
        values["content"] = analysis.content
        values["thought"] = analysis.thought
        return values

    # -- deciding what to say -------------------------------------------

    def _plan(
        self, a: Analysis, corrected: bool = False
    ) -> tuple[list[str], dict[str, Any], dict[str, tuple[str, ...]]]:
        """The rules to try, in order, with their variables, and the feeling
        words used (family -> word) so the reply can say which it named.
        ``corrected``: as for respond (no meaning of ours over a correction)."""
        # "content" is left out: working out the main point costs as much as
        # the rest of the reply, and most replies reflect a feeling instead.
        # _choose adds it for a wording that says it (see respond).
        values: dict[str, Any] = {
            "asked": a.asked,
            "you_are": "you were" if a.past else "you've been" if a.perfect else "you're",
            "feeling": "",
            "about": "",
            "feeling_about": "",
            "second": "",
            "second_about": "",
            "second_feeling_about": "",
            "side": a.sides[0] if a.sides else "",
            "other_side": a.sides[1] if a.sides else "",
            "ought": a.ought,
        }
        named: dict[str, tuple[str, ...]] = {}
        if not has_alnum(a.text):
            return ["attending/empty", "attending"], values, named
        fallback = ["content/simple", "attending"]
        said_to_me = addressed.to_listener(a)
        if said_to_me == "agreed" and not self._voice.last_said.startswith(
            ("reflection", "repair", "summary")
        ):
            said_to_me = ""  # "that's it" with nothing said back to agree with
        if said_to_me:  # thanks, an apology, "are you a real person?": answered as such
            return [f"attending/{said_to_me}", "attending"], values, named
        primary = a.primary
        # An implied feeling is always the speaker's: the cue ("nobody asked
        # me", "I keep checking my phone") is theirs to feel about.
        own = primary is not None and (
            primary.implied or getattr(primary, "subject", "self") == "self"
        )
        # A question ("what should I do?") is answered by reflecting the
        # wondering, not a feeling guessed from the question itself.
        if a.is_question and primary is not None and primary.implied:
            primary, own = None, False
        # "hmm", "ugh" alone: a cue too thin to name a feeling from.
        if a.content_words == 0 and primary is not None and primary.implied:
            primary, own = None, False
        if a.value is not None and (
            primary is None or not own or primary.implied or _states(a.value, primary)
        ):
            # "Honesty is important to me", "I just want to be useful": what
            # matters to them says more than the sentence said back, or a
            # feeling guessed from a cue in it ("a good dad" is not glad).
            _value_into(values, a.value)
            lost = primary is not None and primary.implied and primary.cue == "loss"
            if not lost:  # a death is named as the loss it is first
                return ["complex/value", *fallback], values, named
        if primary is None or not own:
            # The main point, when it is a whole thought, for the wordings
            # that need one ("What I'm hearing is that ..."); a fragment
            # ("ninety days sober today") is said back only as it is.
            if primary is None and a.denied:
                values["thought"] = a.thought
                unsure = self._unsure_which(a.denied, values)
                return [*unsure, "content/negated", *fallback], values, named
            if a.is_question:
                rule = "content/asked" if a.asked else "content/asked-plain"
                return [rule, "content/asked-plain", *fallback], values, named
            if a.content_words == 0:
                return self._maybe_question(["attending"]), values, named
            values["thought"] = a.thought
            if primary is not None:  # someone else's feeling: reflect the situation
                return self._maybe_question(["feeling/other", *fallback]), values, named
            # No feeling named, but a pattern worth naming ("everyone else",
            # "should", "again"): a complex reflection adds that meaning.
            # Only about the person themselves: "she's always the one holding
            # the family together" is not a pattern in *their* life to name.
            if a.sides:  # "part of me ... and part of me ...": hold both
                return ["content/two-sided", *fallback], values, named
            mine = bool(_FIRST_PERSON.search(a.text))
            marked = [
                f"{rule}-bare"
                for marker, rule in _MARKER_RULES
                if mine and marker in a.markers and not corrected
            ]
            plain = self._maybe_question(
                fallback, prefer=self._voice.last_kind == "reflection_simple"
            )
            return [*marked[:1], *plain], values, named

        clause = a.about is not None and a.about.form == "clause"
        to = a.about is not None and a.about.form == "fixed" and a.about.link == "to"
        word = self._word_for(primary, clause=clause, to=to)
        named[primary.family] = (word.text,)
        values["feeling"] = word.text
        values["about"] = _about_phrase(a.about, word, primary.family)
        values["feeling_about"] = _join(word.text, values["about"])
        rules: list[str] = []
        if primary.implied:
            if "self_judgement" in a.markers and VALENCE[primary.family] != "+":
                # "I feel like the worst mum": the harsh verdict is what to
                # hear; a feeling guessed from "worst" (disgust) is not.
                rules.append("complex/self-judgement-bare")
            if primary.cue == "loss" and primary.intensity >= 3:
                # A death: named as the loss it is, which names the sadness.
                rules.append("feeling/loss")
                named[primary.family] = (*named[primary.family], "loss", "grief")
            # A guess at a feeling nobody named is clearer, and easier to
            # correct, said with what prompted it ("your heart was pounding
            # the whole way there, and I wonder if that's left you uneasy");
            # when the main point is about something else, it stands alone.
            values["thought"] = a.thought_with(primary)
            linked = ["feeling/implied-linked", "feeling/implied"]
            # Not the same shape twice running ("X; perhaps that's left you
            # Y", then "Z. I imagine that could leave you W").
            rules += linked[::-1] if self._voice.last_rule == linked[0] else linked
        else:
            second = a.second
            if second is not None:
                other = self._word_for(second, avoid={word.text})
                named[second.family] = (other.text,)
                values["second"] = other.text
                values["second_about"] = _about_phrase(a.second_about, other, second.family)
                values["second_feeling_about"] = _join(other.text, values["second_about"])
                rules.append("feeling/double")
            elif a.sides:
                # One side names the feeling ("part of me wants to go, part of
                # me is scared"): both sides in their words say it back.
                rules.append("content/two-sided")
                named[primary.family] = (*named[primary.family], primary.text)
            if primary.hedged:
                # The wording adds its own hedge; "somewhat a bit calmer" is not English.
                bare = _HEDGE_PREFIX.sub("", word.text)
                values["feeling"] = bare
                values["feeling_about"] = _join(bare, values["about"])
                named[primary.family] = (bare,)
                rules.append("feeling/hedged")
            if a.value is not None and second is None and not primary.hedged:
                # "I'm so angry, honesty matters to me": the feeling, and
                # the value it stands on. (When what the feeling was taken
                # to be about is the value's own sentence, "angry that
                # honesty matters to you", the value says it better.)
                if _core(a.value).lower() in values["about"].lower():
                    values["about"], values["feeling_about"] = "", values["feeling"]
                _value_into(values, a.value)
                rules.append("complex/feeling-value")
            if a.ought and second is None:
                # "I should be grateful, but I feel empty": the gap between
                # the two is the meaning to add.
                rules.append("complex/ought-to-feel")
            # Markers add meaning to painful feelings ("again" with anger is a
            # pattern); "close to my mum again" needs no such weight.
            for marker, rule in _MARKER_RULES if VALENCE[primary.family] != "+" else ():
                if marker in a.markers:
                    rules.append(rule)
                    break
            if a.denied:
                rules.append("feeling/negated-contrast")
            rules.append("feeling/single")
        rules.extend(fallback)
        return rules, values, named

    def _unsure_which(self, denied: tuple[Feeling, ...], values: dict[str, Any]) -> list[str]:
        """The rule for two feelings held in doubt ("not sure if I'm sad or
        relieved"), with a word for each in ``values``; else no rule. The
        words are not added to what was named: neither is said to be felt."""
        doubted: dict[str, Feeling] = {}
        for feeling in denied:
            if feeling.hedged and feeling.subject == "self":
                doubted.setdefault(feeling.family, feeling)
        if len(doubted) < 2:
            return []
        first, second = list(doubted.values())[:2]
        values["feeling"] = _HEDGE_PREFIX.sub("", self._word_for(first).text)
        other = self._word_for(second, avoid={values["feeling"]})
        values["second"] = _HEDGE_PREFIX.sub("", other.text)
        return ["feeling/unsure-which"]

    def _maybe_question(self, rules: list[str], prefer: bool = True) -> list[str]:
        """Put an open question first when the share allows and it helps."""
        if prefer and self._ask and self._question_allowed():
            return ["question/open", *rules]
        return rules

    def _question_allowed(self) -> bool:
        m = self._voice
        return m.last_kind != "question_open" and (m.questions + 1) <= QUESTION_SHARE * (
            m.replies + 1
        )

    def _word_for(
        self,
        feeling: Feeling,
        avoid: set[str] | frozenset[str] = frozenset(),
        clause: bool = False,
        to: bool = False,
    ) -> Word:
        """A word for ``feeling`` one step softer than the person put it,
        preferably not their own word and not one we used just now.

        The person's own word, where prompts/feelings.toml lists softer
        words for it, keeps its shade ("disappointed" -> "let down");
        otherwise the family's words one level down are used."""
        own = feeling.text.lower()
        # A hedged feeling ("a bit hurt") is already soft: the shaded words
        # that are strong in themselves ("really low") would overshoot it, but
        # the rest keep its shade ("a bit emotional" is moved, not low).
        shaded = (
            [
                w
                for w in templates.softer().get(feeling.lemma.lower(), ())
                if not (feeling.hedged and w.text.startswith(_STRONG_PREFIXES))
            ]
            if not feeling.implied
            else []
        )
        level = max(1, min(3, feeling.intensity) - 1)
        family = list(templates.vocabulary()[feeling.family][level - 1])
        recent = self._voice.words

        def usable(words: list[Word]) -> list[Word]:
            return [
                w for w in words if w.text != own and w.text not in avoid and w.text not in recent
            ]

        if clause or to:
            # About a whole thought: prefer words that can take "that ...";
            # about something done, words that take "to ..." ("nervous to ask").
            fits = templates.takes_that() if clause else templates.takes_to()
            if any(_head(w.text) in fits for w in shaded + family):
                shaded = [w for w in shaded if _head(w.text) in fits]
                family = [w for w in family if _head(w.text) in fits]
        # Shaded words first; the family's words once those were just used,
        # so a long conversation about one feeling still varies.
        pool = (
            usable(shaded)
            or usable(family)
            or [w for w in shaded + family if w.text not in avoid]
            or family
        )
        word = self._rng.choice(pool)
        recent.append(word.text)
        return word

    # -- saying it ------------------------------------------------------

    def _say(
        self,
        rules: list[str],
        values: dict[str, Any],
        named: dict[str, tuple[str, ...]] | None = None,
        repeat_ok: bool = False,
        analysis: Analysis | None = None,
    ) -> Reply:
        book = templates.replies()
        # A rule's wordings are shuffled only when the rules before it had
        # none to say: most replies come from the first rule.
        candidates: Iterator[_Candidate] = (
            (rule.name, rule.kind, template)
            for name in rules
            if (rule := book.get(name)) is not None
            for template in _shuffled(self._rng, rule.templates)
        )
        # The engine's own rules always end in wordings with no variables
        # ("attending"), so only a broken prompts file can leave nothing.
        reply = self._choose(candidates, values, named or {}, repeat_ok=True, analysis=analysis)
        if reply is None:
            raise PromptError(
                templates.prompt_file("replies.toml"),
                None,
                f"no usable wording for {', '.join(rules)}",
            )
        return reply

    def _say_wordings(
        self,
        wordings: tuple[Template, ...],
        values: dict[str, Any],
        kind: str,
        rule: str,
        must: bool = True,
    ) -> Reply | None:
        candidates: list[_Candidate] = [(rule, kind, t) for t in _shuffled(self._rng, wordings)]
        return self._choose(candidates, values, {}, repeat_ok=must)

    def _choose(
        self,
        candidates: Iterable[_Candidate],
        values: dict[str, Any],
        named: dict[str, tuple[str, ...]],
        repeat_ok: bool,
        analysis: Analysis | None = None,
    ) -> Reply | None:
        """The first candidate wording that is new, with a fresh opening.

        Strictest first: a new text with a new opening; then a new text;
        only in a very long conversation, a text not said for a long while;
        and, where ``repeat_ok``, rather than say nothing, anything."""
        m = self._voice
        # One pass, each wording rendered at most once: the first that is
        # wholly new wins at once; otherwise the first of each looser kind
        # is kept, and the strictest kept one is said.
        new_text: _Said | None = None  # new text, an opening used before
        long_ago: _Said | None = None  # not said for REPEAT_WINDOW replies
        anything: _Said | None = None
        heard = analysis.text if analysis is not None else ""
        for name, kind, template in candidates:
            if analysis is not None and "content" not in values and "content" in template.variables:
                values["content"] = analysis.content  # only for a wording that says it
            if _lacks(template, values):
                continue  # this wording needs something the message lacks
            text = _tidy(templates.safe_render(template, values))
            if not text or _never_say(text, heard):
                continue
            stem = _stem(text)
            said_at = m.texts.get(text)
            found = (name, kind, text, stem)
            if said_at is None:
                if stem not in m.stems:
                    return self._said(found, values, named)
                new_text = new_text or found
            elif m.replies - said_at >= REPEAT_WINDOW:
                long_ago = long_ago or found
            else:
                anything = anything or found
        chosen = new_text or long_ago or (anything if repeat_ok else None)
        return None if chosen is None else self._said(chosen, values, named)

    def _said(
        self, said: _Said, values: dict[str, Any], named: dict[str, tuple[str, ...]]
    ) -> Reply:
        name, kind, text, stem = said
        reflected = _named_in(text, named)
        heard = str(values.get("feeling_about", "")) if reflected else ""
        about = str(values.get("about", "")) if reflected else ""
        return self._remember(Reply(text, kind, name, reflected, heard, about), stem)

    def _remember(self, reply: Reply, stem: str) -> Reply:
        m = self._voice
        m.texts[reply.text] = m.replies
        m.stems.append(stem)
        m.replies += 1
        m.last_kind = "question_open" if reply.text.endswith("?") else reply.kind
        m.last_said = reply.kind
        m.last_rule = reply.rule
        if reply.text.endswith("?"):
            m.questions += 1
        return reply


def _states(value: Value, feeling: Feeling) -> bool:
    """Whether ``feeling``'s word is one of the words stating ``value``
    ("I care about doing a proper job"): then it is the value, not a feeling."""
    return value.start <= feeling.start and feeling.end <= value.end


def _core(value: Value) -> str:
    """The words of ``value`` without the "being"/"feeling" a want was
    turned into: what an about-phrase would already hold if it said it."""
    head, _, rest = value.phrase.partition(" ")
    return rest if head in ("being", "feeling") and rest else value.phrase


def _value_into(values: dict[str, Any], value: Value) -> None:
    """Give the wordings ``value`` as a thing cared about ("value") or as
    a whole thought that matters ("value_that")."""
    values["value" if value.form == "thing" else "value_that"] = value.phrase


def _lacks(template: Template, values: dict[str, Any]) -> bool:
    """Whether ``template`` needs a piece of text this message did not give
    ("content" for a message with no content). Lists may be empty, and so
    may anything the wording tests itself with {% if %}."""
    return any(
        v != "about" and (values.get(v) is None or values.get(v) == "") for v in template.required
    )


def _must(reply: Reply | None, what: str) -> Reply:
    if reply is None:  # only wordings that need variables a message lacks
        raise PromptError(
            templates.prompt_file("replies.toml"), None, f"no usable wording for {what}"
        )
    return reply


def _latest_value(memory: Memory) -> dict[str, str]:
    """The last value said back, for a summary: "value" (a thing cared
    about) or "value_that" (a thought that matters), the other empty."""
    found = {"value": "", "value_that": ""}
    if memory.values:
        form, phrase = memory.values[-1]
        if not _never_say(phrase):
            found["value" if form == "thing" else "value_that"] = phrase
    return found


def _not_saying(points: list[str], value: dict[str, str]) -> list[str]:
    """``points`` without the one that states the value, said on its own."""
    phrase = (value["value"] or value["value_that"]).lower()
    return [p for p in points if not phrase or phrase not in p.lower()]


def _sayable(feelings: list[str], points: list[str]) -> tuple[list[str], list[str]]:
    """What a summary may say back: nothing that would read as advice or a
    'why' ("and that you should be further along")."""
    return [f for f in feelings if not _never_say(f)], [p for p in points if not _never_say(p)]


def _never_say(text: str, heard: str = "") -> bool:
    """Whether ``text`` says what a listener never says; ``heard`` is the
    person's message, whose own "enjoy" may be said back."""
    lowered = text.lower()
    if _NEVER_SAY.search(lowered) is not None:
        return True
    return _ENJOY.search(lowered) is not None and _OWN_ENJOY.search(heard) is None


def _shuffled(rng: random.Random, items: tuple[Template, ...]) -> list[Template]:
    options = list(items)
    rng.shuffle(options)
    return options


def _about_phrase(about: About | None, word: Word, family: str) -> str:
    if about is None:
        return ""
    if about.text.lower() in {"yourself", "you"} and "yourself" in word.text:
        return ""  # "inadequate about myself": not "unsure of yourself with yourself"
    if about.form == "prep":
        # "Glad for her", "worried for him": "for" a person is kept; "for
        # cancelling again" is a reason, said with the word's own preposition.
        keep_for = (
            about.link == "for"
            and family in _KEEPS_FOR
            and word.prep in {"about", "for"}
            and not about.text.split(" ", 1)[0].endswith("ing")
        )
        prep = about.link if keep_for else word.prep
        return f"{prep} {about.text}"
    if about.form == "clause":
        # Only words that can take a thought get one: "fond that ..." is left out.
        return f"that {about.text}" if _head(word.text) in templates.takes_that() else ""
    if about.link in {"how", "what", "whether"}:  # "low about how things used to be"
        return f"{word.prep} {about.link} {about.text}"
    if about.link == "missing":  # set apart: "a bit lonely, missing your mum"
        return f", missing {about.text}"
    if about.link == "to" and _head(word.text) not in templates.takes_to():
        # "uneasy to tell them" is not English; "uneasy about telling them" is.
        verb, _, rest = about.text.partition(" ")
        doing = gerund(verb)
        return f"{word.prep} {doing} {rest}".rstrip() if doing else ""
    return f"{about.link} {about.text}"


def _reprep(about: str, word: Word) -> str:
    """An earlier "about ..." phrase joined to a new word with its own
    preposition ("angry about X" corrected to "hurt by X")."""
    head, _, rest = about.partition(" ")
    if not rest:
        return ""
    return (
        f"{word.prep} {rest}"
        if head in {"about", "by", "with", "of", "at", "in", "for", "to", "from", "on", "towards"}
        else about
    )


def _head(word: str) -> str:
    """The adjective at the heart of a feeling phrase: "a bit nervous" -> "nervous"."""
    return word.rsplit(" ", 1)[-1].lower()


def _join(word: str, about: str) -> str:
    return f"{word} {about}" if about else word


def _tidy(text: str) -> str:
    if "\n" in text.strip():  # a laid-out text (the /help list) keeps its layout
        return text.strip("\n")
    # Words joined by single spaces (str.split uses the same whitespace as
    # a regex's \s, at a fraction of the cost); then no space before a mark.
    text = _SPACE_BEFORE_PUNCT.sub("", " ".join(text.split()))
    text = text.replace(",,", ",").replace("..", ".")
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    return text


def _stem(text: str) -> str:
    return " ".join(text.lower().split()[:2])


def _named_in(text: str, named: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The families ``text`` names, by any of the words planned for each."""
    lowered = text.lower()
    return tuple(
        family for family, words in named.items() if any(w.lower() in lowered for w in words)
    )
