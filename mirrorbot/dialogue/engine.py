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
from dataclasses import dataclass, field
from typing import Any

from mirrorbot.dialogue import templates
from mirrorbot.dialogue.templates import Word
from mirrorbot.errors import PromptError
from mirrorbot.language.analysis import About, Analysis
from mirrorbot.language.feelings import VALENCE, Feeling

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
# "you should"/"you need to" like advice, "enjoy" is cruel said to pain.
_NEVER_SAY = re.compile(
    # ("wondering what you should do" reports their question; it is not advice.)
    r"\bwhy\b|(?<!what )(?<!whether )(?<!how )(?<!if )\byou (?:really )?(?:should|ought to|need to|must|have got to)\b|\benjoy",
    re.IGNORECASE,
)
_HEDGE_PREFIX = re.compile(r"^(?:a bit|a little|slightly|somewhat) ")
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?])")


@dataclass(frozen=True)
class Reply:
    text: str
    kind: str
    rule: str
    reflected: tuple[str, ...] = ()  # feeling families the reply names


@dataclass
class _Memory:
    """What this conversation has said so far, for variety and balance."""

    texts: dict[str, int] = field(default_factory=dict)  # text -> reply number
    stems: deque[str] = field(default_factory=lambda: deque(maxlen=STEM_MEMORY))
    words: deque[str] = field(default_factory=lambda: deque(maxlen=6))
    replies: int = 0
    questions: int = 0
    last_kind: str = ""


class Reflector:
    """Composes scripted replies for one conversation."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._memory = _Memory()

    # -- public ---------------------------------------------------------

    def greeting(self) -> Reply:
        return self._say(["greeting"], {})

    def respond(self, analysis: Analysis) -> Reply:
        plan, values, named = self._plan(analysis)
        return self._say(plan, values, named)

    # -- deciding what to say -------------------------------------------

    def _plan(self, a: Analysis) -> tuple[list[str], dict[str, Any], dict[str, str]]:
        """The rules to try, in order, with their variables, and the feeling
        words used (family -> word) so the reply can say which it named."""
        values: dict[str, Any] = {
            "content": a.content,
            "asked": a.asked,
            "you_are": "you were" if a.past else "you're",
            "feeling": "",
            "about": "",
            "feeling_about": "",
            "second": "",
            "second_about": "",
            "second_feeling_about": "",
        }
        named: dict[str, str] = {}
        if not a.text or not any(ch.isalnum() for ch in a.text):
            return ["attending/empty", "attending"], values, named
        fallback = ["content/simple", "attending"]
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
        if primary is None or not own:
            if primary is None and a.denied:
                return ["content/negated", *fallback], values, named
            if a.is_question:
                rule = "content/asked" if a.asked else "content/asked-plain"
                return [rule, "content/asked-plain", *fallback], values, named
            if a.content_words == 0:
                return self._maybe_question(["attending"]), values, named
            if primary is not None:  # someone else's feeling: reflect the situation
                return self._maybe_question(["feeling/other", *fallback]), values, named
            # No feeling named, but a pattern worth naming ("everyone else",
            # "should", "again"): a complex reflection adds that meaning.
            marked = [f"{rule}-bare" for marker, rule in _MARKER_RULES if marker in a.markers]
            plain = self._maybe_question(
                fallback, prefer=self._memory.last_kind == "reflection_simple"
            )
            return [*marked[:1], *plain], values, named

        word = self._word_for(primary)
        named[primary.family] = word.text
        values["feeling"] = word.text
        values["about"] = _about_phrase(a.about, word, primary.family)
        values["feeling_about"] = _join(word.text, values["about"])
        rules: list[str] = []
        if primary.implied:
            rules.append("feeling/implied")
        else:
            second = a.second
            if second is not None:
                other = self._word_for(second, avoid={word.text})
                named[second.family] = other.text
                values["second"] = other.text
                values["second_about"] = _about_phrase(a.second_about, other, second.family)
                values["second_feeling_about"] = _join(other.text, values["second_about"])
                rules.append("feeling/double")
            if primary.hedged:
                # The wording adds its own hedge; "somewhat a bit calmer" is not English.
                bare = _HEDGE_PREFIX.sub("", word.text)
                values["feeling"] = bare
                values["feeling_about"] = _join(bare, values["about"])
                named[primary.family] = bare
                rules.append("feeling/hedged")
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

    def _maybe_question(self, rules: list[str], prefer: bool = True) -> list[str]:
        """Put an open question first when the share allows and it helps."""
        if prefer and self._question_allowed():
            return ["question/open", *rules]
        return rules

    def _question_allowed(self) -> bool:
        m = self._memory
        return m.last_kind != "question_open" and (m.questions + 1) <= QUESTION_SHARE * (
            m.replies + 1
        )

    def _word_for(self, feeling: Feeling, avoid: set[str] | frozenset[str] = frozenset()) -> Word:
        """A word for ``feeling`` one step softer than the person put it,
        preferably not their own word and not one we used just now.

        The person's own word, where prompts/feelings.toml lists softer
        words for it, keeps its shade ("disappointed" -> "let down");
        otherwise the family's words one level down are used."""
        own = feeling.text.lower()
        shaded = [] if feeling.implied else list(templates.softer().get(feeling.lemma.lower(), ()))
        level = max(1, min(3, feeling.intensity) - 1)
        family = list(templates.vocabulary()[feeling.family][level - 1])
        recent = self._memory.words

        def usable(words: list[Word]) -> list[Word]:
            return [
                w for w in words if w.text != own and w.text not in avoid and w.text not in recent
            ]

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
        self, rules: list[str], values: dict[str, Any], named: dict[str, str] | None = None
    ) -> Reply:
        book = templates.replies()
        named = named or {}
        m = self._memory
        # Strictest first: a new text with a new opening; then a new text;
        # only in a very long conversation, a text not said for a long while;
        # and rather than fail, anything at all.
        for strict_stems, window in (
            (True, None),
            (False, None),
            (False, REPEAT_WINDOW),
            (False, 0),
        ):
            for name in rules:
                rule = book.get(name)
                if rule is None:
                    continue
                options = list(rule.templates)
                self._rng.shuffle(options)
                for template in options:
                    if any(not values.get(v) for v in template.variables if v != "about"):
                        continue  # this wording needs something the message lacks
                    text = _tidy(template.render(values))
                    if _NEVER_SAY.search(text):
                        continue
                    stem = _stem(text)
                    said_at = m.texts.get(text)
                    if said_at is not None and (window is None or m.replies - said_at < window):
                        continue
                    if strict_stems and stem in m.stems:
                        continue
                    return self._remember(
                        Reply(text, rule.kind, name, _named_in(text, named)), stem
                    )
        raise PromptError(
            templates.prompt_file("replies.toml"), None, f"no usable wording for {', '.join(rules)}"
        )

    def _remember(self, reply: Reply, stem: str) -> Reply:
        m = self._memory
        m.texts[reply.text] = m.replies
        m.stems.append(stem)
        m.replies += 1
        m.last_kind = reply.kind
        if reply.kind == "question_open":
            m.questions += 1
        return reply


def _about_phrase(about: About | None, word: Word, family: str) -> str:
    if about is None:
        return ""
    if about.form == "prep":
        prep = about.link if about.link == "for" and family in _KEEPS_FOR else word.prep
        return f"{prep} {about.text}"
    if about.form == "clause":
        return f"that {about.text}"
    return f"{about.link} {about.text}"


def _join(word: str, about: str) -> str:
    return f"{word} {about}" if about else word


def _tidy(text: str) -> str:
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", _SPACES.sub(" ", text).strip())
    text = text.replace(",,", ",").replace("..", ".")
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    return text


def _stem(text: str) -> str:
    return " ".join(text.lower().split()[:2])


def _named_in(text: str, named: dict[str, str]) -> tuple[str, ...]:
    lowered = text.lower()
    return tuple(family for family, word in named.items() if word.lower() in lowered)
