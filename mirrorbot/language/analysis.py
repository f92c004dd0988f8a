"""Everything the listener needs to know about one message, in one object.

``analyse`` cleans the text, finds the feelings, picks the clause that
carries the main one (not a keyword rank: where the feeling is), works out
what the feeling is about, and restates the pieces from the listener's side.
The reply engine only chooses words; it never looks at raw text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import islice, pairwise
from typing import Any

from mirrorbot.language import feelings as feelings_mod
from mirrorbot.language import markers as markers_mod
from mirrorbot.language import mentions as mentions_mod
from mirrorbot.language import perspective
from mirrorbot.language import rupture as rupture_mod
from mirrorbot.language import text as textmod
from mirrorbot.language import values as values_mod
from mirrorbot.language.feelings import VALENCE, Feeling
from mirrorbot.language.text import Span

# How many words of the person's own phrasing a reflection may carry back.
# Longer reflections stop sounding like listening and start sounding like
# an echo.
MAX_ABOUT_WORDS = 12
MAX_CONTENT_WORDS = 16
# Whether a message has any substance is all the engine asks of its word
# count, so counting stops here rather than walking a long entry.
CONTENT_CAP = 8
# The main point is looked for among this many clauses from the start; a
# long entry's first clauses carry it as well as its fiftieth.
MAX_CONTENT_CLAUSES = 24
# A long entry's reply is built from this many of its sentences (see _heart):
# the cost of a turn then stops growing with the length of the entry, apart
# from the passes that must read everything (safety, feelings, names).
HEART_SENTENCES = 5


@dataclass(frozen=True, slots=True)
class About:
    """What a feeling is about, already restated from the listener's side.

    ``form`` is "prep" (a preposition and its object: "about" + "your exam";
    the reply may swap the preposition to suit its own feeling word),
    "clause" (a whole thought: "your manager took credit again", joined with
    "that"), or "fixed" (a phrase to keep as it is: "to tell him",
    "since she moved").
    """

    form: str
    link: str
    text: str


@dataclass(frozen=True)
class Analysis:
    original: str
    text: str  # cleaned, and cut to ANALYSIS_LIMIT
    truncated: bool
    sentences: tuple[Span, ...]
    clauses: tuple[Span, ...]
    feelings: tuple[Feeling, ...]
    asserted: tuple[Feeling, ...]  # felt, not hypothetical, not too faint: what may be said back
    primary: Feeling | None  # what the message is mostly about
    second: Feeling | None  # the other side of a mixed feeling
    about: About | None  # what the primary feeling is about
    second_about: About | None  # what the other side of a mixed feeling is about
    past: bool  # the primary feeling was spoken of in the past tense
    # ... or as it has been up to now ("I've been anxious for weeks").
    perfect: bool
    asked: str  # a question they asked, as an indirect clause ("whether you ...")
    is_question: bool
    markers: frozenset[str]
    mentions: mentions_mod.Mentions  # people, places and topics named
    content_words: int  # words that carry meaning (fillers excluded), counted up to CONTENT_CAP
    # The two sides of "part of me ... and part of me ...", from the
    # listener's side ("wants to go", "knows you'd hate it"), or None.
    sides: tuple[str, str] | None = None
    # A feeling they think they should have ("I should be grateful", "I'm
    # meant to be happy"), in their own word, or "".
    ought: str = ""

    @cached_property
    def content(self) -> str:
        """The main point, restated from the listener's side. Worked out
        only when asked for: a reply that reflects a feeling never says it,
        and memory keeps it for a summary most conversations never ask for."""
        return _content(self.clauses, self.feelings)

    @cached_property
    def thought(self) -> str:
        """The main point when it is a whole thought ("you moved house"), or
        "" for a fragment ("ninety days sober today", "the commute and your
        manager"), which cannot follow "what I'm hearing is that"."""
        content = self.content
        if content.startswith(_A_SENSE):
            return ""  # "it sounds like it feels like ...": one "like" is enough
        first = content.split(" ", 1)[0].lower()
        # (A subject after a comma: "the kids and the dog, they eat ...".)
        taken_up = ", " in content and content.split(", ")[-1].split(" ", 1)[0] in _SUBJECTS
        return content if first in _SUBJECTS or taken_up or _has_verb(content) else ""

    @cached_property
    def value(self) -> values_mod.Value | None:
        """What they say matters to them, restated from the listener's side
        ("being useful", "your mum feels looked after"), or None. Worked
        out only when a reply could say it."""
        found = values_mod.find(self.text, self.sentences)
        if found is None:
            return None
        said = listener_side(_tidy(found.phrase, MAX_ABOUT_WORDS))
        return values_mod.Value(said, found.form, found.start, found.end) if said else None

    def thought_with(self, feeling: Feeling) -> str:
        """The main point as a whole thought, when it holds what prompted
        ``feeling`` (its words, from the listener's side): what a guessed
        feeling can be offered with. "" when the point is about something
        else ("thank you, I couldn't work it out": the thanks prompted it)."""
        thought = self.thought
        said = perspective.mirror(feeling.text).lower()
        return thought if said and said in thought.lower() else ""

    @property
    def felt(self) -> tuple[Feeling, ...]:
        """Feelings the person says they have (not denied)."""
        return tuple(f for f in self.feelings if not f.negated)

    @property
    def denied(self) -> tuple[Feeling, ...]:
        return tuple(f for f in self.feelings if f.negated)

    def without(self, families: set[str] | frozenset[str]) -> Analysis:
        """This analysis as if the feelings of ``families`` were not there:
        the person said the listener got those wrong, so they are never
        reflected again in the session."""
        if not families or not any(f.family in families for f in self.asserted):
            return self
        kept = tuple(f for f in self.asserted if f.family not in families)
        present = _present(self.text, self.feelings)
        return replace(self, asserted=kept, **_focus(self.text, self.clauses, present, kept))


# Words that open a whole thought as its subject.
_SUBJECTS = frozenset(
    """you you're you've you'd you'll i i'm i've i'd i'll he he's she she's they they're
    they've we we're we've it it's there there's that that's everyone everybody nobody
    someone nothing everything""".split()
)
_FILLERS = frozenset(
    """yeah yes yep yup no nope nah ok okay k kk hmm hm mm mmm um uh er erm well so like lol
    haha idk dunno right sure fine maybe oh ah eh anyway whatever thanks thank you cool hi
    hello hey hiya morning evening""".split()
)
# Clauses that are only a hedge or a filler: never the main point of a message.
_HEDGE_CLAUSE = re.compile(
    r"^\W*(?:and |but |so )?(?:i guess|i suppose|i think|i mean|you know|to be honest|honestly|"
    r"i don't know|idk|if i'm honest|or something|i dunno|i know|i see|i suppose so|i guess so|"
    r"fair enough|true|that's true|that's fair|i get it|i understand|i know that)\W*$",
    re.IGNORECASE,
)
# (A yes or no said first answers the listener: "no its more that I never
# chose it" is said back from "it's more that". "No" only before a word it
# cannot be part of: "no one" and "no idea" are not answers.)
_LEADING_JUNK = re.compile(
    r"^(?:(?:and|but|so|or|then|well|anyway|anyways|like|um|uh|er|erm|oh|also|plus|just|"
    r"because|cause|cos|though|although|yet|honestly|basically|i mean|you know|i guess|i suppose"
    r"|ngl|tbh|lowkey|fr|imo|yeah|yes|yep|yup|nah|nope|no(?=,|\s+(?:it|its|it's|i|i'm|im|that|more|not|just|honestly)\b)),?\s+)+",
    re.IGNORECASE,
)
_TRAILING_PUNCT = re.compile(r"[\s.,;:!?\u2026\"')\]-]+$")
# Words that leave a fragment hanging when it is cut short ("by your dad
# and also"), and tails that add nothing to a reflection ("at all", "tbh").
_TRAILING_TAILS = (
    "and|but|or|so|also|and also|as well|too|at all|so much|that much|very much|tbh|honestly|if i'm honest"
    "|to be honest|though|really|a lot|at the same time|lol|haha|a little|a bit|kind of|sort of"
    "|quite|very|pretty|still|just|even|i guess|i suppose|i think|you know|or something|or whatever"
).split("|")
_TRAILING_JUNK = re.compile(r"(?:\s+(?:" + "|".join(_TRAILING_TAILS) + r"))+$", re.IGNORECASE)
# A time said after a feeling, and nothing else.
_ONLY_WHEN = re.compile(
    r"(?:(?:for|in) (?:the first time|once|ages|years|months|weeks|days|a while|a long time|forever)"
    r"|for (?:the first time )?(?:in|since) (?:ages|years|months|weeks|forever|a long time|a while)"
    r"|(?:all|most of the) (?:day|week|morning|evening|night|year)"
    r"|lately|recently|these days|today|tonight|right now|at the moment|again)"
    r"(?: (?:in|for) (?:ages|years|months|weeks|a long time|a while|forever))?"
    r"(?: (?:now|today|again|lately|though|really|tbh|honestly))*",
    re.IGNORECASE,
)
# The last word of each tail: a fragment ending in none of them cannot match,
# which spares most fragments the regex (it is tried at every space).
_TRAILING_LAST = frozenset(tail.split()[-1] for tail in _TRAILING_TAILS)
_PREPOSITIONS = frozenset(
    [
        "about",
        "of",
        "at",
        "with",
        "by",
        "in",
        "for",
        "over",
        "on",
        "towards",
        "toward",
        "around",
        "regarding",
        "from",
    ]
)
_CLAUSE_STARTS = frozenset(
    """the my his her their our it he she they we i this everything everyone nobody someone
    i'll i'd i'm i've we'll we're it'll it's he'll he's she'll she's they'll they're""".split()
)
# Words after "to" that make it "to someone" or "to something", not a
# doing: said back as "nervous to her" (or worse, as a doing: "her" + "-ing"
# gave "about herring") it is not English.
_NOT_DONE_AFTER_TO = frozenset(
    """her him them me us you my your his their our the a an this that it everyone everybody
    someone somebody anyone nobody people""".split()
)
_FIXED_LINKS = frozenset(
    [
        "to",
        "since",
        "when",
        "after",
        "because",
        "that",
        "how",
        "what",
        "whenever",
        "while",
        "without",
    ]
)
# Words that may stand between a feeling word and its object ("worried sick
# about", "angry right now about") without breaking the link.
_BRIDGE = frozenset(
    ["sick", "really", "so", "very", "all", "just", "quite", "right", "now", "today", "lately"]
)
_CAUSE = re.compile(
    r"^(?P<cause>.+?)\s+(?:is|are|was|were|has been|have been|keeps?|kept)?\s*"
    r"(?:makes?|making|made|has|had|gets?|getting|got|leaves?|leaving|left)\s+me\b",
    re.IGNORECASE,
)
_EFFECT_OF = re.compile(
    r"^(?P<cause>.+?)\s*(?:\s(?:is|are|was|were|has been|have been|can be|gets?)|'s|'re)"
    r"(?:\s+(?:so|really|just|quite|pretty|a bit|kind of|sort of|honestly|actually|absolutely|totally|getting|becoming))*$",
    re.IGNORECASE,
)
# What leads into the thing that has the effect ("Can I just say that the
# deadline is exhausting", "honestly my boss makes me nervous", "even though
# I know it makes me worse"): the cause is what follows the last of these.
_CAUSE_LEAD = re.compile(
    r"^.*\b(?:that|say|said|think|thought|guess|suppose|mean|honestly|because|cos|since|when"
    r"|if|but|so|like|why|how|know|knew|realise|realize|though|although)\s+(?=\S)",
    re.IGNORECASE,
)
# "he is so intimidating" is about him: a pronoun that has the effect is
# said back as the object of "about".
_AS_OBJECT = {"he": "him", "she": "her", "they": "them", "we": "us", "i": "me"}


def _cause_itself(cause: str) -> str:
    cause = _CAUSE_LEAD.sub("", cause.strip())
    return _AS_OBJECT.get(cause.lower(), cause)


_PERFECT = re.compile(
    r"\b(?:i've|ive|i have|we've|we have)\s+(?:(?:just|really|also|still|honestly|actually|"
    r"genuinely|kind of|sort of|a bit|so|been so)\s+)*been\s+(?:[\w']+\s+){0,3}$",
    re.IGNORECASE,
)
_PAST = re.compile(r"\b(?:was|were|felt|got|became|had been|used to feel)\b", re.IGNORECASE)
_PRESENT_HINT = re.compile(r"\b(?:am|i'm|im|now|still|feel|feeling|keep)\b", re.IGNORECASE)
_KEEP_CAPITAL = re.compile(r"^(?:I\b|[A-Z][a-z]*[A-Z]|[A-Z]{2,})")
# Sentence openers that are not names, so a restated fragment can start in
# lower case inside a reply ("So it's fine", not "So It's fine").
_LOWER_FIRST = frozenset(
    """you your yours yourself i my me we our it its it's this that that's these those
    there there's the a an he she they his her their them he's she's they're today
    yesterday tonight tomorrow everything everyone everybody nobody nothing something
    someone somebody anything anyone work things life sometimes maybe honestly really
    just still now then when after before since because if so and but or all most some
    no not never always every each what how where who which one two last next part half
    same another other more less much many got had made came went felt took left said told
    saw spent tried started finished been being back home school money family people kids
    friends parents children everything's nobody's""".split()
)
_QUESTION = re.compile(
    r"^(?P<wh>what|how|where|when|who|which|whether)\s+(?P<aux>should|can|could|do|would|will|am|is|are|was|were|shall|might)\s+(?P<subj>i|you|we|they|he|she|it)\b(?P<rest>.*)$"
    r"|^(?P<aux2>should|can|could|do|would|will|am|is|are|was|were|shall|might|have|did)\s+(?P<subj2>i|you|we|they|he|she|it)\b(?P<rest2>.*)$",
    re.IGNORECASE,
)


def analyse(original: str) -> Analysis:
    cleaned = textmod.clean(original)
    truncated = len(cleaned) > textmod.ANALYSIS_LIMIT
    text = _cut(cleaned, textmod.ANALYSIS_LIMIT) if truncated else cleaned
    sentences = tuple(textmod.sentences(text))
    found = tuple(_read_in_place(text, sentences, f) for f in feelings_mod.detect(text))
    found = _aimed_at_me(text, found)
    present = _present(text, found)
    # Whether the words that can set a feeling aside ("pretending", "told
    # him", "should", "would") occur anywhere: asked once for the message,
    # not once per feeling (a long entry holds a dozen or more).
    lowered = text.lower()
    shown = any(word in lowered for word in _SHOWN_WORDS)
    modal = any(word in lowered for word in _HYPOTHETICAL_WORDS)
    asserted = tuple(f for f in present if _asserted(text, f, shown=shown, modal=modal))
    if any(f.cue == "irony" for f in found):
        # "Oh great, I just love being ignored": said with irony, the glad
        # words mean their opposite, and are not said back as felt.
        asserted = tuple(f for f in asserted if VALENCE[f.family] != "+")
    read = _heart(sentences, asserted) if len(sentences) > HEART_SENTENCES else sentences
    clauses = tuple(c for s in read for c in textmod.clauses(s.text, s.start))
    focus = _focus(text, clauses, present, asserted)
    meaningful = (m for m in textmod.WORD.finditer(text) if m.group().lower() not in _FILLERS)
    content_words = sum(1 for _ in islice(meaningful, CONTENT_CAP))
    asked = _asked(sentences)
    return Analysis(
        original=original,
        text=text,
        truncated=truncated,
        sentences=sentences,
        clauses=clauses,
        feelings=found,
        asserted=asserted,
        **focus,
        asked=asked,
        is_question=text.rstrip().endswith("?"),
        markers=markers_mod.find(text if read is sentences else " ".join(s.text for s in read)),
        mentions=mentions_mod.find(text),
        content_words=content_words,
        sides=_sides(sentences),
        # (_OUGHT_BEFORE needs one of the modal words; IGNORECASE also
        # matches a few non-ASCII letters that lower() leaves alone.)
        ought=_ought(text, present, asserted) if modal or not text.isascii() else "",
    )


# "I'm not saying I'm jealous, but ...": the feeling is owned, half-said,
# not denied.
_NOT_SAYING = re.compile(
    r"\bnot (?:saying|that i'm saying)(?: that)? (?:i'm|im|i am|i feel|i was|i felt)"
    r"(?: (?:a bit|a little|kind of|sort of|really|that))?\s+$",
    re.IGNORECASE,
)


def _read_in_place(text: str, sentences: tuple[Span, ...], feeling: Feeling) -> Feeling:
    """``feeling`` as its place in the message reads it: half said rather
    than denied, and whose it is (the detector judges each word alone)."""
    feeling = _half_said(text, feeling)
    feeling = _effect_is_felt(text, feeling)
    feeling = _thing_feels(text, feeling)
    feeling = _listed_is_felt(text, feeling)
    return _writers_own(text, sentences, feeling)


def _half_said(text: str, feeling: Feeling) -> Feeling:
    start = max(0, feeling.start - 40)
    if (
        feeling.negated
        and "saying" in text[start : feeling.start].lower()
        and _NOT_SAYING.search(text, start, feeling.start)
    ):
        return replace(feeling, negated=False, hedged=True)
    return feeling


# Someone else's feeling aimed at the speaker ("he hates me", "she's angry
# with me", "my dad is disappointed in me") lands on them: an implied hurt,
# tentatively, which is theirs to feel.
_AT_ME = re.compile(r"\s*(?:(?P<to>with|at|in|of|towards)\s+)?me\b", re.IGNORECASE)
_AIMED_FAMILIES = frozenset(["anger", "sadness", "disgust", "hurt", "shame"])


def _aimed_at_me(text: str, found: tuple[Feeling, ...]) -> tuple[Feeling, ...]:
    # (A feeling "with me" is never the speaker's own, whoever the detector
    # took for its subject: "my coach was furious with me".)
    aimed = [f for f in found if _aimed(text, f)]
    if not aimed:
        return found
    found = tuple(replace(g, subject="other") if g in aimed else g for g in found)
    if any(g.subject == "self" and not g.negated and not g.implied for g in found):
        return found  # their own feeling, named, says it better
    f = aimed[0]
    landed = Feeling(
        text=f.text,
        family="hurt",
        intensity=max(2, min(3, f.intensity)),
        implied=True,
        cue="conflict",
        confidence=0.7,  # (said outright, if not of the speaker: surer than most cues)
        start=f.start,
        end=f.end,
        subject="self",
        lemma="aimed at me",
    )
    return (*found, landed)


def _aimed(text: str, feeling: Feeling) -> bool:
    if feeling.negated or feeling.implied or feeling.family not in _AIMED_FAMILIES:
        return False
    at = _AT_ME.match(text, feeling.end)
    # A feeling done *to* me with no "with"/"at" between is mine when the
    # detector read the verb as one that causes it ("it annoys me", "that
    # saddens me"); "he hates me" it reads as his.
    return at is not None and (at.group("to") is not None or feeling.subject != "self")


def _listed_is_felt(text: str, feeling: Feeling) -> Feeling:
    """A feeling in a list after a label ("Three things: tired, broke, and
    still hopeful") is the writer's, not the label's ("things")."""
    if feeling.subject != "other" or feeling.implied:
        return feeling
    colon = text.rfind(":", max(0, feeling.start - 60), feeling.start)
    if colon < 0:
        return feeling
    between = text[colon + 1 : feeling.start]
    if any(mark in between for mark in ".!?") or _OWN_SUBJECT.search(between):
        return feeling  # "Update: she is angry with me"
    # ("My sister: exhausted as usual" is hers.)
    label = text[max(0, colon - 40) : colon].lower().split()
    if any(word in mentions_mod.NOUNS or word in _PEOPLE_WORDS for word in label):
        return feeling
    return replace(feeling, subject="self")


_OWN_SUBJECT = re.compile(
    r"\b(?:is|are|was|were|am|has|have|had|he|she|they|we|it|i|he's|she's|they're|it's)\b",
    re.IGNORECASE,
)
_PEOPLE_WORDS = frozenset("he she they him her them his their everyone".split())


# Words for the effect something has ("exhausting", "scary", "annoying"):
# said of a thing or a person, the feeling is the speaker's ("dating apps
# are exhausting" is "I'm worn out by them"), unlike "she's exhausted".
_EFFECT_ENDINGS = ("ing", "scary", "stressful", "painful", "awful")
_STATES_IN_ING = frozenset(["grief", "hurt"])
_EFFECTS_IN_ING = frozenset(["amazing", "daunting", "intimidating", "promising", "scarring"])


def _effect_is_felt(text: str, feeling: Feeling) -> Feeling:
    if (
        feeling.subject == "other"
        and not feeling.implied
        and feeling.family != "love"  # "she's so caring" is hers
        and feeling.text.lower().endswith(_EFFECT_ENDINGS)
        # "-ing" of a feeling the subject is in ("my sister is struggling",
        # "he's grieving", "dad is hurting") is theirs: an effect word's
        # lemma is the feeling it causes ("exhausting": exhausted).
        and (not feeling.lemma.endswith("ing") or feeling.lemma in _EFFECTS_IN_ING)
        and feeling.lemma not in _STATES_IN_ING
        # "My mum feels awful" is how she feels, not the effect she has;
        # a thing that "feels awful" is left to _thing_feels.
        and not _FEELS_BEFORE.search(text, max(0, feeling.start - 40), feeling.start)
    ):
        return replace(feeling, subject="self")
    return feeling


# A thing or a time that "feels" a feeling ("weekends feel empty", "the
# house feels so quiet", "work feels pointless"): things feel nothing, so
# the feeling is the speaker's, as with an effect word. A person in that
# place ("my mum feels awful", "Sam seems low") keeps it as theirs.
# "feels (so / a bit / ...)" right before a feeling word.
_FEELS_TAIL = (
    r"\b(?:feel|feels|felt|seem|seems|seemed)\s+"
    r"(?:(?:so|really|a bit|kind of|sort of|pretty|very|a little|quite|just|too|all|more|a lot)\s+)*$"
)
_THING_FEELS = re.compile(
    r"(?:\b(?P<det>the|my|our|this|these|those|every|each|all)\s+)?\b(?P<noun>[A-Za-z]+)\s+"
    + _FEELS_TAIL,
    re.IGNORECASE,
)
_FEELS_BEFORE = re.compile(_FEELS_TAIL, re.IGNORECASE)
_BARE_THINGS = frozenset(
    """it that this today tonight life work everything things days weekends weekdays evenings mornings nights afternoons
    sundays mondays tuesdays wednesdays thursdays fridays saturdays holidays christmas home
    school uni college""".split()
)
_PERSON_NOUNS = frozenset(
    """he she they we you i everyone everybody someone somebody nobody people person guy girl
    man woman kid child baby""".split()
)


def _thing_feels(text: str, feeling: Feeling) -> Feeling:
    if feeling.subject != "other" or feeling.implied:
        return feeling
    found = _THING_FEELS.search(text, max(0, feeling.start - 50), feeling.start)
    if found is None:
        return feeling
    noun = found.group("noun").lower()
    thing = noun in _BARE_THINGS or (
        found.group("det") is not None and noun not in mentions_mod.PEOPLE
    )
    if not thing or noun in _PERSON_NOUNS:
        return feeling
    return replace(feeling, subject="self")


def _writers_own(text: str, sentences: tuple[Span, ...], feeling: Feeling) -> Feeling:
    """A feeling whose own words open with "I" ("... and I miss bedtime"),
    or a cue at the start of a sentence with its "I" left out ("Got the
    job!!!", "Finally finished the marathon"), is the writer's own."""
    if feeling.subject != "other":
        return feeling
    if not feeling.implied:
        said = feeling.text.lower().startswith(("i ", "i'm ", "im ", "i've "))
        return replace(feeling, subject="self") if said else feeling
    at = bisect.bisect_right([s.start for s in sentences], feeling.start) - 1
    if at < 0:
        return feeling
    opening = _LEADING_JUNK.sub("", text[sentences[at].start : feeling.end])
    words = [w.lower() for w in _words(opening)]
    if _subject_left_out(words) != "I":
        return feeling
    return replace(feeling, subject="self")


def _heart(sentences: tuple[Span, ...], asserted: tuple[Feeling, ...]) -> tuple[Span, ...]:
    """The sentences of a long entry that a reply is built from, in order:
    the first (an opening, or "that's not it"), those holding the feelings
    most likely to be reflected, and then the latest ones, HEART_SENTENCES in
    all. Every feeling is still found in the whole entry (the journal's
    patterns count them all); only the work of finding what a feeling is
    about and the main point is kept to these."""
    last = len(sentences) - 1
    keep = {0, last}
    primary = feelings_mod.primary(list(asserted))
    leading = [f for f in (primary, _second(asserted, primary)) if f is not None]
    ranked = sorted(asserted, key=lambda f: (f.intensity, f.start), reverse=True)
    starts = [s.start for s in sentences]
    for feeling in (*leading, *ranked):
        if len(keep) >= HEART_SENTENCES:
            break
        # The sentence holding the feeling: the last one starting at or before it.
        keep.add(max(bisect.bisect_right(starts, feeling.start) - 1, 0))
    index = last - 1
    while len(keep) < HEART_SENTENCES and index > 0:
        keep.add(index)
        index -= 1
    return tuple(sentences[i] for i in sorted(keep))


def _focus(
    text: str, clauses: tuple[Span, ...], found: tuple[Feeling, ...], asserted: tuple[Feeling, ...]
) -> dict[str, Any]:
    """The fields that follow from which feeling is reflected: the primary
    one, the other side of a mixed feeling, and what each is about.
    ``found`` is every feeling of the message but those only feared (see
    _present)."""
    primary = feelings_mod.primary(list(asserted))
    denied_families = {f.family for f in found if f.negated}
    if primary is not None and (
        primary.negated or (primary.implied and primary.family in denied_families)
    ):
        # A denied feeling is never reflected as felt, nor guessed back in
        # from a cue ("I don't feel proud of how I got the job").
        primary = None
    second = _second(asserted, primary)
    focus = _containing(clauses, primary.start) if primary else None
    about = _about(text, clauses, focus, primary, found) if primary else None
    if primary is not None and _remorse(text, primary, about, found):
        primary = replace(primary, family="shame", lemma="guilty")
    return {
        "primary": primary,
        "second": second,
        "about": about,
        "second_about": _complement(text, _containing(clauses, second.start), second, found)
        if second
        else None,
        "past": bool(primary and focus and _is_past(text[focus.start : primary.start])),
        "perfect": bool(
            primary
            and focus
            and "been" in text[focus.start : primary.start]
            and _PERFECT.search(text, focus.start, primary.start)
        ),
    }


# Feeling bad about something one did oneself is guilt: "I feel awful that
# I forgot her birthday", "so bad for snapping at the kids". (About
# someone else's trouble, "bad that she is ill", it stays sadness.)
_BAD_FEELINGS = frozenset("awful terrible bad horrible dreadful rotten lousy".split())
_I_DID = re.compile(
    r"\bi(?:\s+(?:just|really|totally|completely|kind of|sort of))?\s+$", re.IGNORECASE
)
_NOT_DOINGS = frozenset(
    """are were feel felt look looked seem seemed being have had don't dont can't cant
    couldn't couldnt won't wont wasn't wasnt haven't havent""".split()
)


def _remorse(text: str, feeling: Feeling, about: About | None, found: tuple[Feeling, ...]) -> bool:
    if feeling.family != "sadness" or feeling.lemma.lower() not in _BAD_FEELINGS:
        return False
    if any(
        f.implied
        and f.cue == "conflict"
        and f.end <= feeling.start
        and _I_DID.search(text, max(0, f.start - 20), f.start)
        for f in found
    ):
        return True  # "I snapped at my partner and I feel awful" (not "he shouted at me")
    if about is None:
        return False
    words = about.text.lower().split()
    if not words:
        return False
    if about.form == "clause":
        return words[0] == "you" and len(words) > 1 and words[1] not in _NOT_DOINGS
    if about.form == "prep" and about.link in {"for", "about"}:
        return (words[0].endswith("ing") and words[0] != "being") or words[:2] in (
            ["what", "you"],
            ["how", "you"],
        )
    return False


# A feeling someone thinks they *ought* to have, wants, or imagines is not
# one they have: "I should be grateful", "I want to feel happy again", "it
# would be nice to feel calm".
_HYPOTHETICAL = re.compile(
    r"(?:(?P<d>'d)(?!\s+been\b)|\b(?:should(?:n't)?|ought(?:n't)? to|supposed to|want(?:ed)? to|wanna|would(?:n't)?|could(?:n't)?|"
    r"hope to|hoping to|try(?:ing)? to|tried to|wish (?:i|i'd|i was|i were|i could)|used to|meant to|expected to))"
    r"(?:\s+(?:be|feel|have|get|been|just|really|more|less|so|even|a bit|a little|at least|able to|love to|like to))*\s+$",
    re.IGNORECASE,
)
_HYPOTHETICAL_WORDS = (
    "'d",  # "I'd hate it" (would); "I'd been angry" (had) is left alone
    "should",
    "ought",
    "supposed",
    "want",
    "wanna",
    "would",
    "could",
    "hope",
    "hoping",
    "try",
    "tried",
    "wish",
    "used to",
    "meant to",
    "expected to",
)
# Implied feelings below this confidence (a bare question, "ugh") are noted
# in the analysis but too faint to say back.
REFLECT_CONFIDENCE = 0.5


# Cues that are someone else's doing when said of someone else ("he got the
# promotion", "they were nice"). Relief ("all clear") is the person's, and so
# is most news worth celebrating ("she said yes!").
_OTHERS_NEWS = frozenset(["achievement", "appraisal"])
# Someone else laughing ("she just laughed") is theirs, perhaps at the
# person: no sign the person was glad. (Their own "haha" or a funny thing,
# "hilarious lines", is.)
_LAUGH_VERBS = ("laugh", "giggl", "chuckl", "cackl", "snigger", "smirk")
_TONE_MARKERS = frozenset("lol lolol lmao haha hahaha rofl lmfao xd".split())


def _asserted(text: str, feeling: Feeling, *, shown: bool = True, modal: bool = True) -> bool:
    """Whether ``feeling`` is one the person says they have (or may be
    guessed to have): not denied, not hypothetical, not too faint.
    ``shown`` and ``modal`` False say the message holds none of
    _SHOWN_WORDS or _HYPOTHETICAL_WORDS, so those checks can be skipped."""
    if feeling.negated or feeling.confidence < REFLECT_CONFIDENCE:
        return False
    if feeling.implied and (
        (
            VALENCE[feeling.family] == "+"
            and feeling.subject == "other"
            and feeling.cue in _OTHERS_NEWS
        )
        or (
            feeling.cue == "laughter"
            and (
                feeling.text.lower() in _TONE_MARKERS
                or (feeling.subject == "other" and feeling.text.lower().startswith(_LAUGH_VERBS))
            )
        )
    ):
        # Someone else's success or kindness ("my brother got the promotion",
        # "everyone was nice") is theirs: how the person feels about it is not
        # to be guessed as glad. And "lol" sets a tone; it is not joy ("lol my
        # partners did nothing again").
        return False
    if not (shown or modal or feeling.cue == "appraisal"):
        return True  # the usual case: nothing in the message sets it aside
    before = text[max(0, feeling.start - 60) : feeling.start]
    lowered = before.lower()
    if shown and _shown_not_felt(lowered, feeling):
        return False
    if feeling.cue == "appraisal" and _WEIGHED.search(lowered):
        return False  # "I wonder if it's worth it": weighed, not found so
    if not modal or not any(word in lowered for word in _HYPOTHETICAL_WORDS):
        return True  # the usual case: no modal in sight, no regex needed
    found = _HYPOTHETICAL.search(before)
    if found and found.group("d") and found.end("d") == len(before.rstrip()):
        # "I'd" right before the feeling: "I'd hate it" (would), but
        # "I'd been putting it off" (had) when the feeling starts at "been".
        return text[feeling.start : feeling.start + 5].lower().startswith("been")
    return not found


# A value still being weighed ("I wonder if it's worth it", "not sure
# whether the course is any good"): the clause asks, it does not appraise.
_WEIGHED = re.compile(r"\b(?:if|whether)\b[^.!?;]*$")

_OUGHT_BEFORE = re.compile(
    r"\b(?:should|ought to|supposed to|meant to|expected to)"
    r"(?:\s+(?:be|feel|be feeling|just|really|more|so|at least|a bit))*\s+$",
    re.IGNORECASE,
)


def _ought(text: str, present: tuple[Feeling, ...], asserted: tuple[Feeling, ...]) -> str:
    """The feeling the person holds up as the one they should have, or ""."""
    said = {id(f) for f in asserted}  # (the same objects: no field-by-field ==)
    for feeling in present:
        if feeling.negated or feeling.implied or id(feeling) in said:
            continue
        if _OUGHT_BEFORE.search(text, max(0, feeling.start - 40), feeling.start):
            return feeling.text
    return ""


# A feeling put on for others is not one they have: "pretending to be
# happy", "acting fine", "faking it"; and the rote answer given to someone
# ("I told him I was fine", "I keep saying I'm okay") is a report of what
# was said, not of how they are. (Any other feeling told to someone, "I
# told her I was scared", is a feeling they had and said.)
_PRETENDING = re.compile(
    r"\b(?:pretend(?:s|ed|ing)?|act(?:s|ed|ing)?|fak(?:e|es|ed|ing))"
    r"(?:\s+(?:to be|to feel|like|as if|as though|that))?(?:\s+(?:i'm|im|i am|i was|i felt|i feel|to be))?"
    r"(?:\s+(?:really|totally|so|just|all|perfectly|completely))*\s+$"
)
_SAID_ROTE = re.compile(
    r"\b(?:told|tell|tells|telling|said|say|says|saying|insist(?:s|ed|ing)?|texted|replied|answered)"
    r"(?:\s+[\w']+){0,2}?(?:\s+that)?\s+(?:i'm|im|i am|i was|i felt|i feel)"
    r"(?:\s+(?:really|totally|just|all|perfectly|completely))*\s+$"
)
# "People keep telling me to just relax", "she said to calm down", "he
# told me not to worry": the feeling named is someone else's instruction.
_TOLD_TO = re.compile(
    r"\b(?:tell|tells|telling|told|say|says|saying|said|ask|asks|asking|asked|keep telling|want|"
    r"expect|expects|expected|expecting)(?:\s+(?:me|us|him|her|them))?\s+(?:to|not to)(?:\s+(?:just|simply|try to|stop and|be|feel|get))*\s+$"
)
# "People assume I'm fine", "everyone thinks I'm happy": someone else's
# view of how they are, not theirs ("I think I'm angry" is theirs, hedged).
_THEY_THINK = re.compile(
    r"\b(?P<who>[a-z']+)\s+(?:(?:just|all|always|probably|still|must)\s+)*"
    r"(?:assum(?:e|es|ed|ing)|think|thinks|thought|believ(?:e|es|ed)|expect(?:s|ed)?|figur(?:e|es|ed))"
    r"\s+(?:that\s+)?(?:i'm|im|i am|i was|i feel|i felt)"
    r"(?:\s+(?:really|totally|just|all|perfectly|completely|so|always|doing))*\s+$"
)
_SHOWN_WORDS = (
    "assum",
    "think",
    "thought",
    "believ",
    "expect",
    "figur",
    "pretend",
    "act",
    "fak",
    "told",
    "tell",
    "ask",
    "want",
    "said",
    "say",
    "insist",
    "texted",
    "replied",
    "answered",
)
# (Said to someone, "good" and "great" are as rote as "fine".)
_SAID_BY_ROTE = feelings_mod.ROTE | {"good", "great"}


def _shown_not_felt(lowered_before: str, feeling: Feeling) -> bool:
    """Whether ``feeling``, after ``lowered_before``, is put on, said by
    rote, or what someone told them to feel ("telling me to just relax")."""
    if not any(word in lowered_before for word in _SHOWN_WORDS):
        return False  # the usual case, without a regex search
    if _PRETENDING.search(lowered_before) or _TOLD_TO.search(lowered_before):
        return True
    thinks = _THEY_THINK.search(lowered_before)
    if thinks is not None and thinks.group("who") not in ("i", "i'd", "i'll", "i'm"):
        return True
    return feeling.lemma in _SAID_BY_ROTE and _SAID_ROTE.search(lowered_before) is not None


# A feeling that is what someone fears feeling ("scared I'll regret it",
# "afraid of being lonely", "worried that I'll be bored") is not a second
# feeling they have now: it is what the fear is about.
_FEARED_GAP = re.compile(
    r"\s*(?:that\s+)?(?:(?:i|we)\s*(?:'ll|will|might|may|would|'d|could|am going to|'m going to|are going to|'re going to)"
    r"|(?:of|about)\s+(?:being|feeling|getting|ending up|becoming))"
    r"(?:\s+(?:be|feel|get|end up|become|always|still|just|so|really|too|very|a bit|a little|kind of))*\s*",
    re.IGNORECASE,
)


# A feeling someone is ashamed of or cross with themselves for ("guilty
# for being happy", "angry at myself for being scared") is what that
# feeling is about: said back as two sides, "glad" would lose the point.
# The feeling may be the gerund itself: "guilty for enjoying the holiday",
# "cross with myself for crying".
_HELD_GAP = re.compile(
    r"\s*(?:(?:at|with)\s+(?:myself|me)\s+)?(?:for|about|of|at)\s+(?:(?:being|feeling|getting|becoming)"
    r"(?:\s+(?:so|really|too|very|a bit|a little|kind of|still|just))*\s*)?",
    re.IGNORECASE,
)
_HOLDS_A_FEELING = {"fear": _FEARED_GAP, "shame": _HELD_GAP, "anger": _HELD_GAP}


def _present(text: str, found: tuple[Feeling, ...]) -> tuple[Feeling, ...]:
    """The feelings of a message but those it only fears having, or is
    ashamed of or cross about having."""
    # Only a few families can hold another feeling; most messages have
    # none, and a long entry with many feelings would otherwise pair every two.
    holders = [f for f in found if f.family in _HOLDS_A_FEELING and not f.negated]
    if not holders:
        return found
    return tuple(f for f in found if not _held(text, f, holders))


def _held(text: str, feeling: Feeling, holders: list[Feeling]) -> bool:
    return any(
        holder.end <= feeling.start
        and holder.family != feeling.family
        and _HOLDS_A_FEELING[holder.family].fullmatch(text, holder.end, feeling.start) is not None
        for holder in holders
    )


def _cut(text: str, limit: int) -> str:
    """``text`` cut at a word boundary near ``limit`` characters."""
    cut = text[:limit]
    space = cut.rfind(" ")
    return cut[:space] if space > limit // 2 else cut


def _second(found: tuple[Feeling, ...], primary: Feeling | None) -> Feeling | None:
    """The other side of a mixed feeling: felt, the person's own, another family.

    Prefers a feeling of the opposite valence ("excited" and "nervous"), since
    that is the ambivalence a double-sided reflection is for."""
    if primary is None:
        return None
    others = [
        f
        for f in found
        if f.family != primary.family
        and not f.negated
        and not f.implied
        and getattr(f, "subject", "self") == "self"
    ]
    if not others:
        return None
    opposite = [f for f in others if VALENCE[f.family] != VALENCE[primary.family]]
    pool = opposite or others
    return max(pool, key=lambda f: (f.intensity, -f.start))


def _containing(clauses: tuple[Span, ...], offset: int) -> Span | None:
    for clause in clauses:
        if clause.start <= offset < clause.end:
            return clause
    return None


def _is_past(before: str) -> bool:
    return bool(_PAST.search(before)) and not _PRESENT_HINT.search(before)


def _words(text: str) -> list[str]:
    return text.split()


def _tidy(fragment: str, limit: int) -> str:
    """Trim conjunctions at the start and punctuation at the end; cap the length."""
    fragment = _LEADING_JUNK.sub("", fragment.strip())
    words = _words(fragment)
    if len(words) > limit:
        head = words[:limit]
        # Cut at a word count, a thought must not stop mid-phrase ("... and
        # the", "... maybe this is your"): back off to a word that can end one.
        while len(head) > 1 and head[-1].lower() in _CANNOT_END:
            head.pop()
        fragment = " ".join(head)
    previous = None
    while previous != fragment:
        previous = fragment
        fragment = _TRAILING_PUNCT.sub("", fragment)
        if _may_trail(fragment):
            shorter = _TRAILING_JUNK.sub("", fragment)
            if shorter and shorter.rsplit(None, 1)[-1].lower() in _NEEDS_MORE:
                # "it's a lot": the amount is all there is to say, so it
                # stays; "how I feel or", "feel so" keep no tail.
                cut = tuple(fragment[len(shorter) :].lower().split())
                amount = next((t for t in _AMOUNT_TAILS if cut[: len(t)] == t), None)
                if amount is not None:
                    return f"{shorter} {' '.join(amount)}"
            fragment = shorter
    return fragment


# Words a fragment cut short cannot end on.
_CANNOT_END = frozenset(
    """the a an my your his her their our its these those which whose and or but nor if when
    while because as than of in on at by for with from into about very really maybe""".split()
)
# Tails that can complete a thought ("it's a lot", "it was too much").
_AMOUNT_TAILS = (("a", "lot"), ("so", "much"), ("too", "much"), ("that", "much"))
# Words a thought cannot stop at: a verb still waiting for what it says.
_NEEDS_MORE = frozenset(
    """is are was were am be been being it's that's there's i'm im you're they're we're he's
    she's what's this's feel feels felt get gets got seem seems seemed""".split()
)


def _may_trail(fragment: str) -> bool:
    """Whether ``fragment`` may end in one of _TRAILING_TAILS."""
    if not fragment.isascii():
        return True  # (case-insensitive matching of other letters is left to the regex)
    words = fragment.rsplit(None, 1)
    return bool(words) and words[-1].lower() in _TRAILING_LAST


def listener_side(fragment: str) -> str:
    """A fragment restated from the listener's side, with a lower-case start
    unless it begins with a name or "I"."""
    shifted = perspective.mirror(fragment)
    if not shifted:
        return shifted
    first, _, rest = shifted.partition(" ")
    if _KEEP_CAPITAL.match(first) and first.lower() != "you":
        return shifted
    bare = first.lower().strip("'.,!?")
    # A word with an apostrophe inside ("Everything's", "Haven't") is never a
    # name, nor is a word made with "-ment", "-tion", "-ness", "-esty"
    # ("Retirement", "Honesty");
    # ("-ance" and "-ence" are left out: Constance, Florence).
    contraction = "'" in bare and not bare.startswith("o'")
    if (
        bare in _LOWER_FIRST
        or contraction
        or (len(bare) > 6 and bare.endswith(_COMMON_NOUN_ENDINGS))
        or bare.startswith(("you", "i'"))
        or _opens_with_a_verb(first, rest)
    ):
        return shifted[0].lower() + shifted[1:]
    return shifted


_COMMON_NOUN_ENDINGS = (
    "ment",
    "tion",
    "sion",
    "ness",
    "ity",
    "ship",
    "hood",
    "ism",
    "esty",
    "alty",
)
# Words that follow a verb and hardly ever a name: "Visited your aunt",
# "Called the bank" (a name is followed by its verb: "Priya called").
_AFTER_A_VERB = frozenset("my your the a an his her their our some to up out home back".split())


def _opens_with_a_verb(first: str, rest: str) -> bool:
    """Whether a capitalised first word is a verb rather than a name."""
    bare = first.lower()
    if len(bare) > 4 and bare.endswith("ing"):  # "Feeling better"
        return True
    following = rest.split(" ", 1)[0].lower()
    return first.isalpha() and following in _AFTER_A_VERB


def _about(
    text: str,
    clauses: tuple[Span, ...],
    focus: Span | None,
    primary: Feeling,
    found: tuple[Feeling, ...],
) -> About | None:
    """What the primary feeling is about, from the listener's side."""
    if primary.implied:
        return None
    # 1. The feeling word's own complement: "worried about my exam".
    own = _complement(text, focus, primary, found)
    if own is not None:
        return own
    if focus is not None:
        if _SO_BEFORE.search(text[max(0, primary.start - 12) : primary.start]):
            after = [w.lower() for w in _words(text[primary.end : focus.end])]
            if _is_a_result(after):
                return None  # "so angry I could barely speak": what came next is more of the same
        # 2. A cause before it: "work is making me anxious".
        before = text[focus.start : primary.start].strip()
        cause = _CAUSE.match(before)
        if cause is None and primary.text.lower().endswith(_EFFECT_ENDINGS):
            # "Dating apps are exhausting": what has the effect is what it is about.
            cause = _EFFECT_OF.match(before)
        if cause:
            subject = _tidy(_cause_itself(cause.group("cause")), MAX_ABOUT_WORDS)
            if subject and subject.lower() not in {"it", "that", "this", "which"}:
                return About("prep", "about", listener_side(subject))
    # 3. A neighbouring clause with no feeling in it: "my manager took credit
    # again, and I'm furious".
    feeling_starts = {f.start for f in found}
    # "I want to tell them, but I'm ashamed": a feeling set against what came
    # before it is not about it (ashamed of wanting to tell them, it is not).
    # (But "... and I'm excited but also terrified" sets one feeling against
    # another: what came before is what both are about.)
    set_against = focus is not None and _LEADING_CONTRAST.match(focus.text) is not None
    if set_against and focus is not None:
        prior = next((a for a, b in pairwise(clauses) if b is focus), None)
        if prior is not None and any(
            prior.start <= f.start < prior.end and not f.implied for f in found
        ):
            set_against = False
    neighbours = [
        c
        for c in clauses
        if c is not focus
        and not any(c.start <= s < c.end for s in feeling_starts)
        and len(_words(c.text)) >= 3
        and not (set_against and focus is not None and c.start < focus.start)
        # "That's not it, I was embarrassed": the correction is not the cause.
        and not rupture_mod.says_missed(c.text)
        # "Things I felt today: nervous": a label, not the cause.
        and not text.startswith(":", c.end)
    ]
    if focus is not None:
        neighbours.sort(key=lambda c: abs(c.start - focus.start))
    # A reason explains the clause just before it: in "lonely, which is
    # weird because I'm around people", what is weird, not why they are
    # lonely. So a reason is what the feeling is about only right after it.
    after_focus = next((b for a, b in pairwise(clauses) if a is focus), None)
    for clause in neighbours:
        body = _tidy(clause.text, MAX_ABOUT_WORDS)
        lowered = body.lower()
        if len(_words(body)) < 3 or lowered.startswith(
            ("i guess", "i think", "i mean", "i don't know")
        ):
            continue
        link = clause.text.split(" ", 1)[0].lower()
        if link in _RELATIVES:
            continue  # "which wasn't true" points back; it cannot stand after "that"
        if link in _CONTRASTS:
            continue  # "good, but I keep waiting for it to go wrong" sets against it
        if link in _REASON_LINKS:
            if clause is not after_focus:
                continue
            first, _, rest = body.partition(" ")
            if first.lower() == link:  # (_tidy drops some links itself)
                body = rest
            if not body:
                continue
            return About(
                "fixed", "because" if link in {"cause", "cos"} else link, listener_side(body)
            )
        return About("clause", "that", _restated(body, feeling_words_of(found)))
    return None


def feeling_words_of(found: tuple[Feeling, ...]) -> frozenset[str]:
    """The first words of the named feelings: not verbs whose "I" was left out."""
    return frozenset(f.text.split(" ", 1)[0].lower() for f in found if not f.implied)


_RELATIVES = frozenset(["which", "who", "whom", "whose", "where"])
_CONTRAST_WORDS = ("but", "though", "although", "yet", "whereas", "except", "however")
_CONTRASTS = frozenset(_CONTRAST_WORDS)
_LEADING_CONTRAST = re.compile(r"\W*(?:" + "|".join(_CONTRAST_WORDS) + r")\b", re.IGNORECASE)
_REASON_LINKS = frozenset(["because", "cause", "cos", "since", "when", "after", "while"])
# (A past tense needs two letters before its "-ed": "bed" and "red" are not.)
_VERBISH = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|did|does|do|didn't|won't|"
    r"went|left|got|said|came|took|told|made|lost|won|knew|thought|felt|saw|gave|kept|\w{2,}ed)\b|'(?:s|re|ll|ve|d|m)\b",
    re.IGNORECASE,
)


def _has_verb(fragment: str) -> bool:
    """Roughly, whether ``fragment`` is a whole thought rather than a noun
    phrase ("the exam is over", not "my own space")."""
    return bool(_VERBISH.search(fragment))


# Feeling words that are verbs taking an object ("I miss my old life", "I
# dread the holidays"), and the words that open such an object. "that" is
# left out: after these verbs it usually opens a clause ("I hate that he lied").
_OBJECT_VERBS = frozenset(
    """miss missing missed dread dreading dreaded hate hated hating resent resented
    resenting envy envied regret regretted regretting mourn mourning mourned loathe
    loathed detest detested adore adored love loved loving fear feared""".split()
)
_MISSING_VERBS = frozenset("miss missing missed mourn mourning mourned".split())
_MISSED_PEOPLE = frozenset("him her them".split())
# ("sorry for myself": for whom, said back it would be "for yourself".)
_REFLEXIVE_OBJECTS = frozenset("me myself us ourselves".split())
# Last words that leave an object cut short by the next feeling ("tired of
# feeling annoyed": "tired of feeling").
_LEFT_HANGING = _PREPOSITIONS | frozenset("feeling being like into onto to the a an my".split())
_MISSED_AS_CLAUSE = frozenset("who how what when".split())
_OBJECT_STARTS = frozenset("my our his her their the this these those a an your all".split())
# "grateful for my wife, my kids and my health": the rest of a list the
# clause break at the comma cut off.
_LIST_ITEM = re.compile(
    r",\s*((?:and |or )?(?:my|our|his|her|their|the|your)\s[^,.;:!?]*)", re.IGNORECASE
)


# Words after a feeling verb that are not its object, or not one to say
# back: pronouns, "that"/"how" clauses, amounts.
_NOT_AN_OBJECT = frozenset(
    """it that this him her them me us you myself yourself everything everyone everybody
    nothing things how what when where who whether about so as is was always sometimes
    less more feeling being getting""".split()
)


def _bare_object(word: str, verb: str) -> bool:
    """Whether ``word`` after the feeling verb ``verb`` is an object with no
    article: a name or a day ("Mondays", "Christmas"), a plural ("exams"),
    or, after a verb of dislike or loss, a doing ("I hate waiting"; "love
    emanating from ..." is the noun, and "love working" too often runs on)."""
    bare = _TRAILING_PUNCT.sub("", word)
    lowered = bare.lower()
    if verb in _MISSING_VERBS and lowered in _MISSED_STATES:
        return True  # "I miss being the one who knew", "miss having a job"
    if not bare.isalpha() or lowered in _NOT_AN_OBJECT or bare == "I":
        return False
    doing = (
        len(lowered) > 4
        and lowered.endswith("ing")
        and lowered not in _ING_NOUNS
        and verb not in _FOND_VERBS
    )
    return (
        bare[0].isupper()
        or doing
        or (len(lowered) > 3 and lowered.endswith("s") and not lowered.endswith("ss"))
    )


# What one misses can be a way of being: "I miss being needed", "miss
# having somewhere to go", "miss feeling useful".
_MISSED_STATES = frozenset("being having feeling doing going".split())
_FOND_VERBS = frozenset("love loved loving adore adored fear feared".split())


def _list_goes_on(text: str, at: int) -> list[str]:
    """The noun phrases that carry on a list at ``at`` (a comma),
    if the list ends in "and"/"or"; else none (", the idiot" is an aside)."""
    items: list[str] = []
    while (found := _LIST_ITEM.match(text, at)) is not None:
        item = found.group(1).strip()
        if _has_verb(item) or len(item.split()) > 8:
            break
        items.append(item)
        at = found.end()
    if not items or not (" and " in f" {items[-1]} " or " or " in f" {items[-1]} "):
        return []
    return items


_SETTINGS = frozenset("on in at during before after".split())
# Times and places a feeling comes at ("at night", "on Sundays", "in the
# mornings", "at work"), as against its object ("angry at my sister").
_SETTING_WORDS = frozenset(
    """night nights weekends weekend work home school uni college church bedtime christmas
    parties weddings lunch lunchtime dinner times mondays tuesdays wednesdays thursdays fridays
    saturdays sundays monday tuesday wednesday thursday friday saturday sunday""".split()
)
_WHERE_LINKS = frozenset("in at on".split())
_SETTING_DETERMINERS = frozenset("the my our your a this that".split())
_SETTING_AFTER_THE = frozenset(
    """morning mornings evening evenings night nights weekend weekends office moment
    holidays gym""".split()
)


def _is_a_setting(link: str, rest: str) -> bool:
    words = rest.lower().split(" ", 2)
    if words[0] in _SETTING_WORDS or words[0][:1].isdigit():  # "at 3am", "at 70", "in 2019"
        return True
    if words[0] in {"every", "each"}:  # "awkward in every lesson"
        return True
    if len(words) > 1 and words[0] == "the" and words[1] in _SETTING_AFTER_THE:
        return True
    return _where_it_happened(link, rest)


def _where_it_happened(link: str, rest: str) -> bool:
    """A place or an occasion where a feeling came up: "in the meeting",
    "at work", "on the train" (not "before the meeting": what lay ahead)."""
    if link not in _WHERE_LINKS:
        return False
    words = rest.lower().split(" ", 2)
    place = words[1:] if words[0] in _SETTING_DETERMINERS else words
    return bool(place) and place[0] in mentions_mod.SETTINGS


# "a", "another", "my first", "a massive": a feeling spoken of as an event.
_EVENT_BEFORE = re.compile(
    "(?P<det>"
    + textmod.word_start("a", "an", "another", "my", "our", "the", "that")
    + r")\s+(?:(?P<adj>\w+)\s+)??$",
    re.IGNORECASE,
)
# "a bit", "a little": how much of a feeling, not "a" naming an event.
_DEGREE_NOUNS = frozenset("bit little tad touch lot wee smidge".split())
# "a sadness in me" is a feeling's place in the person, not an event's.
_PERSONS = frozenset("me you him her them us myself yourself".split())
_RESULT_SUBJECTS = frozenset("i i'd he she they we it my".split())
_RESULT_WORDS = frozenset(
    """could couldn't can't cannot can nearly almost barely hardly actually literally burst cried
    shook wanted started had ended didn't wouldn't just left walked screamed shouted yelled
    slammed threw snapped hung froze forgot""".split()
)


def _is_a_result(lowered: list[str]) -> bool:
    """Whether lowered words after "so <feeling>" say what it led to."""
    return (
        bool(lowered) and lowered[0] in _RESULT_SUBJECTS and bool(_RESULT_WORDS & set(lowered[1:4]))
    )


# ("so im glad I had ..." is "so" as "and so": a subject after it is no
# degree word.)
_SO_BEFORE = re.compile(
    r"\b(?:so|such an?)\s+(?:(?!(?:i|im|we|he|she|they|you|it|its)\s)\w+\s+)?$", re.IGNORECASE
)


def _complement(
    text: str, focus: Span | None, feeling: Feeling, found: tuple[Feeling, ...]
) -> About | None:
    """The words after a feeling that say what it is about ("worried *about
    my exam*", "scared *to leave my team*"), or None."""
    if focus is None or feeling.implied:
        return None
    # The complement runs to the end of the clause or to the next feeling,
    # whichever comes first ("happy for her and a bit lonely").
    # A faux feeling inside it is part of what happened, not a second
    # feeling: "I hate that he lied to me"; nor is a rote "fine" ("it annoys
    # me when people assume I'm fine").
    stop = min(
        [
            f.start
            for f in found
            if not f.implied
            and not f.faux
            and feeling.end <= f.start < focus.end
            and f.lemma not in feelings_mod.ROTE
        ]
        + [focus.end]
    )
    if text[max(0, feeling.start - 5) : feeling.start].lower() == "with ":
        # "cried with relief in the kitchen", "shaking with anger at my desk":
        # the feeling names how something was done; what follows is where.
        return None
    words = _words(_TRAILING_PUNCT.sub("", text[feeling.end : stop]))
    if stop == focus.end and text.startswith(",", stop):
        for item in _list_goes_on(text, stop):
            if words:
                words[-1] += ","
            words += _words(item)
    if _SO_BEFORE.search(text[max(0, feeling.start - 12) : feeling.start]):
        # "so stressed about money that I can't sleep": the "that" clause is
        # what the feeling leads to, not what it is about.
        lowered = [w.lower() for w in words]
        if "that" in lowered[1:]:
            words = words[: lowered.index("that", 1)]
        elif _is_a_result(lowered):
            # The same with its "that" left out: "so angry I could barely
            # speak", "so tired I nearly cried".
            return None
    if words and words[0].lower() in {"me", "us"} and len(words) > 1:
        # "It annoys me when people assume ...": the one it is done to; what
        # it is about comes after.
        words.pop(0)
    while words and words[0].lower() in _BRIDGE:
        words.pop(0)
    own = feeling.text.split()
    if len(own) >= 2 and own[-1].lower() in _OBJECT_STARTS and own[-2].lower() in _OBJECT_VERBS:
        # The phrase took the object's first word with it ("miss my").
        words, verb = [own[-1], *words], own[-2].lower()
    else:
        verb = own[-1].lower() if own else ""
    # "I miss him", "I miss her so much": who is missed, even said as a pronoun.
    if len(own) >= 2 and own[-2].lower() in _MISSING_VERBS:
        missed, following = own[-1].lower(), words[1:] if words[:1] == own[-1:] else words
    elif verb in _MISSING_VERBS and words:
        missed, following = _TRAILING_PUNCT.sub("", words[0]).lower(), words[1:]
    else:
        missed, following = "", []
    # ("miss her cooking" has an object of its own, found below.)
    if missed in _MISSED_PEOPLE and (
        not following or _TRAILING_JUNK.fullmatch(" " + " ".join(following))
    ):
        return About("fixed", "missing", listener_side(missed))
    if not words or _TRAILING_JUNK.fullmatch(" " + " ".join(words)):
        return None  # nothing but a tail like "at the same time" or "so much"
    when = _TRAILING_PUNCT.sub("", " ".join(words))
    if _ONLY_WHEN.fullmatch(when):
        # "I feel understood for the first time in ages", "anxious for
        # weeks now": when, kept as said, not what it is about
        # ("understood by the first time in ages").
        link, _, rest = when.partition(" ")
        return About("fixed", link, rest)
    link = words[0].lower()
    if verb in _MISSING_VERBS and link in _MISSED_AS_CLAUSE and len(words) >= 3:
        # "I miss who I was before all this", "missing how things were":
        # what is missed is a whole thought, said as missed.
        return About("fixed", "missing", listener_side(_tidy(" ".join(words), MAX_ABOUT_WORDS)))
    bare = verb in _OBJECT_VERBS and _bare_object(words[0], verb)
    if verb in _OBJECT_VERBS and (link in _OBJECT_STARTS or bare):
        # A feeling said as a verb is about its object: "I dread the
        # holidays" -> "... about the holidays", and so is a bare plural,
        # name or doing ("dreading Mondays", "I hate waiting"). What is
        # missed is said as missed ("low, missing your mum"): "low about
        # your mum" would say something is wrong with her.
        thing = _tidy(" ".join(words), MAX_ABOUT_WORDS)
        if len(thing.split()) >= (1 if bare else 2):
            if verb in _MISSING_VERBS:
                return About("fixed", "missing", listener_side(thing))
            return About("prep", "about", listener_side(thing))
    if (
        len(own) >= 2
        and own[-1].lower() in _PREPOSITIONS
        and link not in _PREPOSITIONS
        and link not in _REFLEXIVE_OBJECTS
        and len(words) >= 2
        and _TRAILING_PUNCT.sub("", words[-1]).lower() not in _LEFT_HANGING
    ):
        # The feeling's words end in their own preposition ("tired of",
        # "sick of"): what follows is its object ("tired of being strong
        # for everyone").
        prep, thing = own[-1].lower(), _tidy(" ".join(words), MAX_ABOUT_WORDS)
        form = "fixed" if _where_it_happened(prep, thing) else "prep"
        return About(form, prep, listener_side(thing))
    rest = _tidy(" ".join(words[1:]), MAX_ABOUT_WORDS)
    if link == "for" and rest.lower() in {"me", "myself", "us"}:
        # "happy for her but gutted for me": for whom, said back it would be
        # "disappointed for you", as if the listener felt it on their behalf.
        return None
    if link in _SETTINGS and rest and rest.split(" ", 1)[0].lower() not in _PERSONS:
        # "I had a panic attack on the train": a feeling said as an event
        # (after "a", "my first") is what it is about, with where and when
        # it happened; "the train" alone would lose the attack.
        # (So is a feeling noun in the plural: "I get panic attacks at work".)
        event = _EVENT_BEFORE.search(text, max(0, feeling.start - 30), feeling.start)
        if event is not None and (event.group("adj") or "").lower() in _DEGREE_NOUNS:
            event = None  # "a bit anxious at ...": a degree, not an event
        plural = feeling.text.lower() == feeling.lemma.lower() + "s"
        if event is not None or plural:
            owner = event.group("det").lower() if event else ""
            det = owner if owner in {"my", "our", "the"} else "the"
            adj = event.group("adj") if event else ""
            said = " ".join(filter(None, (det, adj, feeling.text, link, rest)))
            return About("prep", "about", listener_side(_tidy(said, MAX_ABOUT_WORDS)))
    if link in _SETTINGS and rest and (link == "during" or _is_a_setting(link, rest)):
        # "anxious at night", "lonely on Sundays", "fed up in the meeting":
        # when and where, not what the feeling is about; said back as they
        # said it, not "about night" or "with the meeting".
        return About("fixed", link, listener_side(rest))
    if link in _PREPOSITIONS and rest:
        return About("prep", link, listener_side(rest))
    if link == "that" and rest:
        return About("clause", "that", listener_side(rest))
    if link == "to" and rest.split(" ", 1)[0].lower() in _NOT_DONE_AFTER_TO:
        # "such an idiot to her": to whom, not something done ("to ask him").
        return None
    if link in _FIXED_LINKS and rest:
        return About("fixed", link, listener_side(rest))
    # "relieved the exam is over": a clause with its "that" left out.
    whole = _tidy(" ".join(words), MAX_ABOUT_WORDS)
    if link in _CLAUSE_STARTS and len(whole.split()) >= 3 and _has_verb(whole):
        return About("clause", "that", listener_side(whole))
    return None


_WHY = re.compile(r"\bwhy\b", re.IGNORECASE)


def _content(clauses: tuple[Span, ...], found: tuple[Feeling, ...]) -> str:
    """The message's main point, restated: the fullest first-person clause."""
    clauses = tuple(c for c in clauses[:MAX_CONTENT_CLAUSES] if not _HEDGE_CLAUSE.match(c.text))
    # A reply never says "why" (reflective-listening.md §2), so a clause
    # holding one ("my dad asked why it wasn't an A") could only be dropped
    # whole at the last step; another clause is said instead.
    sayable = tuple(c for c in clauses if not _WHY.search(c.text))
    if any(len(_words(c.text)) >= 2 for c in sayable):  # (not a lone "lol")
        clauses = sayable
    if not clauses:
        return ""
    # A feeling word is not a verb whose "I" was left out: "disappointed in him".
    feeling_words = feeling_words_of(found)

    def score(clause: Span) -> tuple[int, int, int, int]:
        words = [w.lower() for w in _words(clause.text)]
        meaningful = sum(1 for w in words if w.strip(".,!?") not in _FILLERS)
        elided = _subject_left_out(words, feeling_words) in {"I", "I'm"}  # "Lost a patient": I did
        personal = int(
            elided or any(w in {"i", "i'm", "i've", "my", "me", "im", "ive"} for w in words)
        )
        too_long = int(len(words) > MAX_CONTENT_WORDS)
        # A whole thought ("work was okay") reads back better than a
        # fragment ("same as always") after "what I'm hearing is that".
        thought = int(elided or _has_verb(clause.text))
        return (personal - too_long, thought, min(meaningful, MAX_CONTENT_WORDS), -clause.start)

    best = max(clauses, key=score)
    text = best.text
    index = clauses.index(best)
    # "The commute and my manager, they eat my whole day": the pronoun
    # stands for the noun phrase set before it; said back, the two go together.
    if (
        index + 1 < len(clauses)
        and clauses[index + 1].text.split(" ", 1)[0].lower() in _RESUMING
        and _dislocated(best.text)
    ):
        index += 1
        best = clauses[index]
        text = best.text
    if index and best.text.split(" ", 1)[0].lower() in _RESUMING:
        named = clauses[index - 1]
        if best.start - named.end <= 2 and _dislocated(named.text):
            text = f"{named.text.rstrip('.!?')}, {text[0].lower()}{text[1:]}"
    # "It's been a year | since the accident": the time or reason said
    # right after is part of the point, when there is room for it.
    after = index + 1
    if after < len(clauses) and not text.endswith((".", "!", "?")):
        follow = clauses[after]
        words = _words(follow.text)
        if (
            follow.start - best.end <= 2
            and words[0].lower() in _TIME_AND_REASON
            and len(_words(text)) + len(words) <= MAX_CONTENT_WORDS
        ):
            text = f"{text} {follow.text}"
    tidied = _tidy(text, MAX_CONTENT_WORDS)
    considered = _CONSIDERING.match(tidied)
    doing = textmod.gerund(considered.group("verb").lower()) if considered else ""
    if considered and doing:
        # "Maybe I should tell him": an option weighed. Said back as "maybe
        # you should" it would be advice; it is something they are weighing.
        rest = listener_side(considered.group("rest").strip())
        return f"you're thinking about {doing} {rest}".rstrip()
    # A diary's "Made pasta. Watched a film.": said back with its subject
    # ("you watched a film"), not as "what I'm hearing is that watched a film".
    restated = _restated(tidied, feeling_words)
    if _LIKE_A_SENSE.match(text):
        # "Like I don't matter there": a sense, not a fact. Said back
        # without its "like" it would state "you don't matter there".
        return f"{_A_SENSE}{restated}"
    return restated


# Diary style leaves out the "I": "Lost a patient at 4am", "Haven't started
# revising", "Finally called the bank". A clause opening with one of these
# verbs (or a regular past tense with its object or place after it) has the
# person as its subject.
_ELIDED_VERBS = frozenset(
    """lost got went made spent had took saw came left sat woke slept ate drove ran bought
    wrote told said gave found met did forgot heard kept paid rang sent thought fell broke
    caught drank fought knew rode sold spoke stood swam taught threw wore won
    wept haven't hasn't hadn't didn't can't couldn't won't wasn't""".split()
)
# ("put", "read", "quit" are left out: the same word gives an order, "just
# put ice on it".) Words after one of these that show the verb was not the
# person's: a subject asked about ("did you hear ...?"), or what only a
# thing does ("didn't work anyway", "couldn't happen to a nicer guy": it).
_ASKED_ABOUT = frozenset("i you we they he she it u ya".split())
_WHAT_IT_DOES = frozenset(
    """happen happened work worked matter mattered help helped last lasted count counted seem
    seemed exist apply""".split()
)
_ELIDED_ADVERBS = frozenset("finally just also still then barely nearly almost actually".split())
_AFTER_PAST = frozenset(
    """my the a an his her their our some this that it him them in at on with to up out home
    back all late early again""".split()
)


def _subject_left_out(words: list[str], feeling_words: frozenset[str] = frozenset()) -> str:
    """The subject a diary leaves out at the start of lowered ``words``: "I"
    before a verb in the past ("lost a patient"), "I'm" before one in "-ing"
    ("not feeling great", "moving in with Sam"), or ""."""
    if words and words[0] in _ELIDED_ADVERBS:
        words = words[1:]
    if len(words) < 2 or words[0] in feeling_words:
        return ""
    first = words[0]
    if words[1] in _ASKED_ABOUT:
        return ""
    if first in _ELIDED_VERBS:
        return "it" if words[1] in _WHAT_IT_DOES else "I"
    # ("Retired 6 months now", "Worked 12 hours straight": a number after
    # a past tense is how long or how much, not a name's verb.)
    if (
        len(first) > 4
        and first.endswith("ed")
        and (words[1] in _AFTER_PAST or words[1][:1].isdigit())
    ):
        return "I"
    doing = words[1] if first == "not" else first
    if (
        len(doing) > 4
        and doing.endswith("ing")
        and doing not in _ING_NOUNS
        and doing not in feeling_words
        and not _has_verb(" ".join(words[1:]))  # "finishing it was hard": a subject
    ):
        return "I'm"
    return ""


# Words in "-ing" that are things, not doings.
_ING_NOUNS = frozenset(
    """being nothing something everything anything morning evening wedding building meeting
    ceiling sibling darling spring string swing during wording clothing parking housing funding
    training painting drawing ending beginning setting heading warning offering rating""".split()
)


def _restated(fragment: str, feeling_words: frozenset[str] = frozenset()) -> str:
    """A tidied fragment from the listener's side, with the "I" a diary left
    out put back ("Felt amazing" -> "you felt amazing")."""
    subject = _subject_left_out([w.lower() for w in _words(fragment)], feeling_words)
    if subject:
        fragment = f"{subject} {fragment[0].lower()}{fragment[1:]}"
    return listener_side(fragment)


# Pronouns that take up a noun phrase said just before them.
_RESUMING = frozenset("they they're they've he he's she she's it it's that that's".split())
_DISLOCATED_OPENERS = frozenset("my our his her their the this these those all".split())


def _dislocated(clause: str) -> bool:
    """Whether ``clause`` is a noun phrase alone ("the kids and the dog"),
    set before a clause that takes it up again with a pronoun."""
    words = clause.split()
    return (
        len(words) <= MAX_ABOUT_WORDS // 2 + 2
        and words[0].lower() in _DISLOCATED_OPENERS
        # ("This just isn't true." says something: "isn't", "don't" are
        # verbs _has_verb misses.)
        and not any(w.lower().endswith(("n't", "n’t")) for w in words)
        and not _has_verb(clause)
    )


_CONSIDERING = re.compile(
    r"(?:maybe|perhaps|probably|i think|i guess|i wonder if)\W+i\s+should\s+(?:(?:just|really|actually|finally|probably)\s+)?"
    r"(?P<verb>[a-z]+)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_A_SENSE = "it feels like "
_LIKE_A_SENSE = re.compile(
    r"\W*(?:(?:and|but|so|just)\s+)*like\s+"
    r"(?:i|i'm|im|i've|nobody|no one|everyone|everybody|nothing|everything|my|they|he|she|it)\b",
    re.IGNORECASE,
)


_TIME_AND_REASON = frozenset("since because cause cos when after before until".split())


# "part of me", "half of me", "one side of me": a person holding two things
# at once, named as such even when neither side is a feeling word.
_PART_OF_ME = re.compile(
    r"\b(?:(?:a|one|the other|another|other) )?(?:part|half|side|bit) of me\b", re.IGNORECASE
)
_SIDE_JOIN = re.compile(
    r"[\s,;:-]*(?:\b(?:and|but|while|yet|whereas|though)\b)?[\s,;:-]*$", re.IGNORECASE
)


def _sides(sentences: tuple[Span, ...]) -> tuple[str, str] | None:
    """The two sides of an ambivalence spoken as "part of me ... and part of
    me ...", within one sentence or two neighbouring ones, restated; None
    if there is no such pair or a side is too long to say back."""
    texts = [s.text for s in sentences]
    if not any("of me" in sentence.lower() for sentence in texts):
        return None  # the usual case, found without a regex search per sentence
    for index, sentence in enumerate(texts):
        first = _PART_OF_ME.search(sentence)
        if first is None:
            continue
        rest = sentence[first.end() :]
        second = _PART_OF_ME.search(rest)
        if second is not None:
            one, other = rest[: second.start()], rest[second.end() :]
        elif index + 1 < len(texts) and (follow := _PART_OF_ME.search(texts[index + 1])):
            if follow.start() > 12:  # "...and part of me" opens the next sentence
                continue
            one, other = rest, texts[index + 1][follow.end() :]
        else:
            continue
        one = _tidy(_SIDE_JOIN.sub("", one), MAX_ABOUT_WORDS + 1)
        other = _tidy(other, MAX_ABOUT_WORDS + 1)
        if not one or not other or max(len(one.split()), len(other.split())) > MAX_ABOUT_WORDS:
            return None
        return listener_side(one), listener_side(other)
    return None


def _asked(sentences: tuple[Span, ...]) -> str:
    """The last question they asked, as an indirect clause, or ""."""
    for sentence in reversed(sentences):
        if not sentence.text.rstrip().endswith("?"):
            continue
        body = _TRAILING_PUNCT.sub("", _LEADING_JUNK.sub("", sentence.text.strip()))
        found = _QUESTION.match(body)
        if not found:
            return ""
        if found.group("wh"):
            wh, aux, subj, rest = (found.group(k) for k in ("wh", "aux", "subj", "rest"))
            if aux.lower() == "do":
                if subj.lower() not in {"i", "you", "we", "they"}:
                    return ""
                clause = f"{wh.lower()} {subj}{rest}"
            else:
                clause = f"{wh.lower()} {subj} {aux.lower()}{rest}"
        else:
            aux, subj, rest = (found.group(k) for k in ("aux2", "subj2", "rest2"))
            if aux.lower() == "did" or (
                aux.lower() == "do" and subj.lower() not in {"i", "you", "we", "they"}
            ):
                return ""
            clause = (
                f"whether {subj}{rest}"
                if aux.lower() == "do"
                else f"whether {subj} {aux.lower()}{rest}"
            )
        return listener_side(clause)
    return ""
