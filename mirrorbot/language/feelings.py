"""Finding feelings in a message: named, negated, hedged, mixed and implied.

``detect`` walks the message word by word: a trie lookup finds every lexicon
entry (longest phrase first), then each one is checked against its words
around it: is an ambiguous word ("down", "lost") in a feeling frame, is it
negated and how far does the negation reach, is it hedged or intensified,
whose feeling is it. Cue patterns add feelings the person implies without
naming them. Everything is compiled once (see :mod:`lexicon`), and the work
per message is linear in its length.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, reduce
from itertools import accumulate, chain, compress, count, repeat
from operator import add, and_, itemgetter, or_, sub
from typing import NamedTuple

from mirrorbot.language import lexicon as lex

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
    cue: str | None = (
        None  # for implied feelings: body, rumination, avoidance, loss, conflict, achievement, left_out, ...
    )
    confidence: float = 1.0
    start: int = 0
    end: int = 0
    # Added by the detector; not part of as_json().
    subject: str = "self"  # "self" (I'm angry) or "other" (she's angry)
    also: tuple[str, ...] = ()  # further families underneath ("betrayed": hurt, then anger)
    lemma: str = (
        ""  # the lexicon headword ("worried" for "worrying"); the cue kind's pattern for cues
    )
    contrast: bool = False  # said after "but", "just", "more", "rather"...: usually the point
    direct: bool = False  # reported as a state: "I feel X", "I'm X", "makes me X"

    def as_json(self) -> dict[str, object]:
        # The four keys of the `reply --json` contract; "implied" is added
        # only to a feeling guessed from a cue, so a named feeling is exactly
        # the contract's object.
        found: dict[str, object] = {
            "text": self.text,
            "family": self.family,
            "intensity": self.intensity,
            "negated": self.negated,
        }
        if self.implied:
            found["implied"] = True
        return found


class _Fields:
    """Feeling's slots in a plain class. A frozen dataclass sets each field
    through ``object.__setattr__``, which made building a Feeling cost more
    than finding it; ``_feeling`` fills one of these and turns it into the
    Feeling it is laid out exactly like (same slots, same order)."""

    __slots__ = Feeling.__slots__

    def __init__(
        self,
        text: str,
        family: str,
        intensity: int,
        negated: bool,
        implied: bool,
        hedged: bool,
        faux: bool,
        cue: str | None,
        confidence: float,
        start: int,
        end: int,
        subject: str,
        also: tuple[str, ...],
        lemma: str,
        contrast: bool,
        direct: bool,
    ) -> None:
        self.text = text
        self.family = family
        self.intensity = intensity
        self.negated = negated
        self.implied = implied
        self.hedged = hedged
        self.faux = faux
        self.cue = cue
        self.confidence = confidence
        self.start = start
        self.end = end
        self.subject = subject
        self.also = also
        self.lemma = lemma
        self.contrast = contrast
        self.direct = direct


assert _Fields.__slots__ == tuple(f for f in Feeling.__dataclass_fields__)


def _feeling(
    text: str,
    family: str,
    intensity: int,
    negated: bool,
    implied: bool,
    hedged: bool,
    faux: bool,
    cue: str | None,
    confidence: float,
    start: int,
    end: int,
    subject: str,
    also: tuple[str, ...],
    lemma: str,
    contrast: bool,
    direct: bool,
) -> Feeling:
    """``Feeling(...)`` with every field given in order, built faster."""
    fields = _Fields(
        text, family, intensity, negated, implied, hedged, faux, cue, confidence,
        start, end, subject, also, lemma, contrast, direct,
    )  # fmt: skip
    fields.__class__ = Feeling  # type: ignore[assignment]
    return fields  # type: ignore[return-value]


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# --- word lists that steer the rules ------------------------------------------
# Kept here rather than in the data files: they are grammar, not vocabulary.

# Verbs that make the next word a feeling ("I feel low", "feeling lost").
_FEEL = _set("feel feels felt feeling")
# Linking verbs: a frame only when a person is their subject ("I'm low", not
# "the battery is low").
_COPULA = _set(
    "am is are was were be been being get gets got getting gotten become became becomes "
    "becoming seem seems seemed look looks looked sound sounds sounded stay stayed staying "
    "grow grew growing went go goes remain remained "
    "isn't wasn't aren't weren't ain't"
)
_SUBJECT_COPULA = _set("i'm he's she's they're we're you're")
_SELF = _set("i i'm i've i'd i'll me my myself mine we we're we've our us ourselves")
_OTHER_PRONOUN = _set(
    "he she they you he's she's they're you're him her them his their your "
    "himself herself themselves yourself he'd she'd they'd you'd they've you've"
)
_PEOPLE = _set("""mum mom mam mother dad father parents parent brother sister sibling siblings friend
    friends bestie boss manager partner wife husband boyfriend girlfriend bf gf fiance fiancee
    son daughter kid kids child children baby grandma gran granny nan nana grandpa grandad
    granddad aunt auntie uncle cousin colleague colleagues coworker coworkers teacher everyone
    everybody people family team roommate flatmate housemate neighbour neighbor ex guy girl
    man woman lady doctor nurse therapist""")
# Capitalised words that start sentences but are not names.
_NOT_NAMES = _set("""the a an it this that these those there here today yesterday tomorrow tonight now then
    so and but or work life school college uni everything nothing something anything
    what why how when where who which well just also still maybe honestly really
    mine our his her their your my sometimes lately recently
    yeah yes yep yup yeh no nope nah ok okay oh ah aw aww hmm hey hi tbh ngl imo lol omg wow
    literally seriously basically anyway anyways plus instead after before since once if
    while although because though as until unless dude bro man god jeez gosh""")
_CAUSE_ME = _set(
    "makes made making make leaves left leaving keeps kept got gets getting get has had"
)
# Between a frame and its feeling word these may appear: "I'm just so very tired".
_MODIFIERS = _set("""just so really very pretty quite rather too also still always never ever kind sort of
    a an bit little tad slightly somewhat fairly extremely incredibly totally absolutely
    completely utterly super genuinely truly deeply seriously properly proper dead well right
    bloody fucking freaking damn mad crazy hella wicked uber insanely terribly awfully massively hugely entirely all
    goddamn goddamned damned effing frigging friggin flipping
    like been being getting becoming more less most even kinda lately now actually honestly
    such much as lot lots beyond tinge hint twinge pang
    feel feeling felt""")
_INTENSIFIERS = _set("""really so very extremely incredibly totally absolutely completely utterly super
    truly deeply seriously terribly awfully insanely massively hugely unbelievably ridiculously
    painfully horribly thoroughly desperately immensely overwhelmingly exceptionally majorly
    bloody fucking freaking damn hella mega uber beyond such too most
    goddamn goddamned damned effing frigging friggin flipping""")
# British intensifiers that only intensify right before the word: "well chuffed".
_TIGHT_INTENSIFIERS = _set("well dead proper properly right mad crazy")
_DEGREE_WORDS = _INTENSIFIERS | _TIGHT_INTENSIFIERS
_HEDGE_WORDS = _set(
    "slightly somewhat maybe perhaps probably possibly mildly partly fairly vaguely almost "
    "semi ish bit tad less tinge hint twinge lowkey"
)
_HEDGE_PAIRS = frozenset(
    {("kind", "of"), ("sort", "of"), ("a", "little"), ("i", "guess"), ("i", "suppose"),
     ("i", "think"), ("i", "reckon"), ("a", "touch"), ("in", "a")}
)  # fmt: skip
_NOT_HEDGE_BEFORE_KIND = _set("what this that the any some which every one no")
_NEGATORS = _set("not never no nor neither without hardly barely scarcely nothing ain't")
# "never been happier", "couldn't be more proud": a negation that emphasises.
_EMPHATIC_NEG = _set("never couldn't can't haven't hasn't hadn't wouldn't")
_EMPHATIC_WORDS = _set("more so this")
# "can't stop worrying", "not just sad": the negation is not about the feeling.
_CANCEL_AFTER_NEG = _set("stop help wait believe deny only just simply merely lie")
_DOUBT_AFTER_NEG = _set("sure certain know decide tell")
_NEG_FILLERS = _set("""really even at all be been being feel feeling felt so very too exactly actually
    particularly entirely totally quite overly always ever am is are was were that i i'm
    think believe reckon want going to a bit whole lot the slightest in any way""")
_SCOPE_END = _set("""but rather instead though although yet however because why what how when where who
    which until unless except whereas while since so then and or if whether""")
_SCOPE_END_AFTER_FEELING = _set("just more")
_CONTRAST = _set("but though although however yet instead whereas")
_SOFT_CONTRAST = _set("just more rather mostly mainly actually really")
_ANY_CONTRAST = _CONTRAST | _SOFT_CONTRAST
_CLAUSE_WORDS = _set("but because although though however whereas yet unless except")
_CLAUSE_IF_SUBJECT = _set("and or so then while since")
_SUBJECTS = _set(
    "i i'm i've i'd i'll he she they we you he's she's they're we're you're it it's my his "
    "her their our everyone nobody this that now"
)
_CLITICS = _set("m t s ve re ll d")
_SPLIT_CONTRACTIONS = _set(
    """i'm i've i'll i'd don't doesn't didn't can't couldn't won't wouldn't shouldn't isn't
    wasn't aren't weren't haven't hasn't hadn't ain't it's that's he's she's they're we're
    you're they've we've you've what's there's let's"""
)
_LAUGH = re.compile(r"^(?:a?(?:ha){2,}h?|(?:he){2,}h?|l+o+l+|lmf?ao+|rofl)$")
_SENTENCE_GAP = re.compile(r"[.!?\u2026\n]")
_CLAUSE_GAP = re.compile(r"[,;:()\[\]\"\u2013\u2014]|\s-\s|\s-$|^-\s")

_WORD = re.compile(
    r"[A-Za-z\u00c0-\u024f]+(?:['\u2019][A-Za-z]+)*|\d+(?:[.,]\d+)*"
    # emoticons, with or without a nose, and the emoji people use for feelings
    r"|(?<![\w)])[:;=8][-'^]?[()\[\]DPpOo/\\|*3]+(?![\w(])|<3+|</3"
    "|[\U0001f600-\U0001f64f\U0001f910-\U0001f92f\U0001f970-\U0001f97a\u2639\u263a\u2764\U0001f494\U0001f495\U0001f44d\U0001f44e\U0001f64f]"
)
# Emoticons and emoji become words the lexicon knows ("emoji_sad").
_EMOTICONS: dict[str, str] = {
    ")": "emoji_smile", "]": "emoji_smile", "3": "emoji_smile", "*": "emoji_smile",
    "(": "emoji_sad", "[": "emoji_sad", "D": "emoji_laugh", "P": "emoji_laugh",
    "p": "emoji_laugh", "O": "emoji_surprise", "o": "emoji_surprise",
    "/": "emoji_unsure", "\\": "emoji_unsure", "|": "emoji_unsure",
}  # fmt: skip
_EMOJI: dict[str, str] = {
    **dict.fromkeys("\U0001f600\U0001f601\U0001f603\U0001f604\U0001f60a\U0001f642\u263a\U0001f607\U0001f60c\U0001f44d", "emoji_smile"),
    **dict.fromkeys("\U0001f602\U0001f923\U0001f606\U0001f605\U0001f61c\U0001f61d\U0001f61b", "emoji_laugh"),
    **dict.fromkeys("\U0001f60d\U0001f618\U0001f970\u2764\U0001f495\U0001f617\U0001f619\U0001f61a\U0001f917", "emoji_heart"),
    **dict.fromkeys("\U0001f622\U0001f62d\U0001f61e\U0001f614\U0001f61f\U0001f641\u2639\U0001f494\U0001f625\U0001f63f\U0001f97a", "emoji_sad"),
    **dict.fromkeys("\U0001f620\U0001f621\U0001f624\U0001f92c\U0001f44e\U0001f612", "emoji_angry"),
    **dict.fromkeys("\U0001f628\U0001f630\U0001f631\U0001f627\U0001f616\U0001f623\U0001f62c", "emoji_scared"),
    **dict.fromkeys("\U0001f62e\U0001f62f\U0001f632\U0001f633\U0001f92f", "emoji_surprise"),
    **dict.fromkeys("\U0001f922\U0001f92e", "emoji_disgust"),
    **dict.fromkeys("\U0001f615\U0001f914\U0001f610\U0001f611", "emoji_unsure"),
    **dict.fromkeys("\U0001f629\U0001f62b\U0001f634\U0001f62a", "emoji_tired"),
    **dict.fromkeys("\U0001f633", "emoji_blush"),
    "\U0001f64f": "emoji_thanks",
}  # fmt: skip


def _emoji_word(raw: str) -> str | None:
    if raw[0].isalnum() and raw not in {"8", "3"} and not raw.startswith("8"):
        return None
    if raw.startswith("<"):
        return "emoji_sad" if "/" in raw else "emoji_heart"
    if len(raw) == 1 and not raw.isalnum():
        return _EMOJI.get(raw, "emoji_smile")
    if raw[0] in ":;=8" and len(raw) >= 2:
        if raw[0] == ";":
            return "emoji_smile"
        return _EMOTICONS.get(raw[-1])
    return None


@cache
def _vocabulary() -> frozenset[str]:
    grammar = (
        _FEEL
        | _COPULA
        | _SELF
        | _OTHER_PRONOUN
        | _MODIFIERS
        | _INTENSIFIERS
        | _HEDGE_WORDS
        | _NEGATORS
        | _SCOPE_END
        | _TIGHT_INTENSIFIERS
        | _PEOPLE
    )
    cue_words = frozenset(w for c in lex.cues().cues for e in c.elements for w in e.words)
    return lex.lexicon().vocabulary | grammar | cue_words


@dataclass(slots=True)
class _Tokens:
    """The message as parallel lists, one item per normalised word."""

    norm: Sequence[str]
    start: Sequence[int]
    end: Sequence[int]
    info: Sequence[_WordInfo]  # of the written word: see _word_info
    flags: Sequence[int]  # per token: what the word can be (see _token_flags)
    present: int  # all the tokens' flags together
    clause: list[int]  # clause number
    sentence: list[int]  # sentence number
    clause_start: list[int]  # first token index of each clause
    clause_end: list[int]  # one past the last token of each clause
    sentence_first: list[bool]  # first word of its sentence
    bang: list[bool]  # per clause: followed by "!!"


# People reuse their words, so each distinct written word is looked at once.
# Per written word: its normalised part(s), stretched ("sooo"), written in
# capitals ("ANGRY"), capitalised ("Sam"), lower case, a clitic ("don t"),
# a clause word ("but"). Indexes of the flags:
_STRETCHED, _UPPER, _CAPITAL = 1, 2, 3
_WordInfo = tuple[tuple[str, ...], bool, bool, bool, str, bool, bool]
_WORD_INFO: dict[str, _WordInfo] = {}
_WORD_INFO_LIMIT = 50_000


def _word_info(raw: str) -> _WordInfo:
    low = raw.lower()
    emoji = _emoji_word(raw)
    if emoji is not None:
        parts: tuple[str, ...] = (emoji,)
        stretched = False
    elif _LAUGH.match(low):
        parts, stretched = ("haha",), False
    else:
        folded = lex.unstretch(low, _vocabulary())
        parts = lex.normalise(folded if folded is not None else low)
        stretched = folded is not None
    info = (
        parts,
        stretched,
        len(raw) > 1 and raw.isupper(),
        raw[:1].isupper(),
        low,
        low in _CLITICS,
        parts[0] in _CLAUSE_WORDS,
    )
    if len(_WORD_INFO) >= _WORD_INFO_LIMIT:
        _WORD_INFO.clear()
    _WORD_INFO[raw] = info
    return info


# What a normalised word can be, so each rule finds its few candidate
# positions with C-level filtering instead of testing every word in Python.
_ENTRY, _TRIGGER, _NEGATOR, _CONTRASTS, _AND, _SUBJECT, _RULES_OUT = 1, 2, 4, 8, 16, 32, 64
_FLAGS: dict[str, int] = {}


def _token_flags(word: str) -> int:
    flags = _FLAGS.get(word)
    if flags is None:
        flags = (
            (_ENTRY if word in lex.lexicon().root.children else 0)
            | (_TRIGGER if word in lex.cues().by_trigger else 0)
            | (_NEGATOR if word in _NEGATORS or word.endswith("n't") else 0)
            | (_CONTRASTS if word in _ANY_CONTRAST else 0)
            | (_AND if word in _CLAUSE_IF_SUBJECT else 0)
            | (_SUBJECT if word in _SUBJECTS else 0)
            | (_RULES_OUT if word in _RULING_OUT else 0)
        )
        if len(_FLAGS) >= _WORD_INFO_LIMIT:
            _FLAGS.clear()
        _FLAGS[word] = flags
    return flags


def _positions(t: _Tokens, flag: int) -> list[int]:
    """The indexes of the tokens that have ``flag``."""
    if not t.present & flag:
        return []
    flags = t.flags
    if len(flags) < 40:
        return [i for i, f in enumerate(flags) if f & flag]
    return list(compress(range(len(flags)), map(and_, flags, repeat(flag))))


class _Chunk(NamedTuple):
    """A space-separated chunk of a message ("work.", "don't", ":)"): its
    words with their offsets in the chunk. No word spans a space, so a
    message's words are its chunks' words, and people reuse chunks as much as
    words. ``simple``: one word, at the chunk's start, one token, no clitic;
    then the fields after it describe it and the gap after it (the rest of
    the chunk and a space), and a message of simple chunks is tokenised
    without a loop in Python."""

    words: tuple[tuple[int, int, _WordInfo], ...]
    simple: bool = False
    token: str = ""
    info: _WordInfo | None = None
    step: int = 0  # the chunk's length and its space
    length: int = 0  # the word's length
    clause_after: bool = False  # the gap after it ends a clause
    sentence_after: bool = False  # ... and a sentence
    bang_after: bool = False  # ... with "!!"
    clause_word: bool = False  # a clause begins at the word ("but")
    flags: int = 0  # the token's _token_flags


_CHUNKS: dict[str, _Chunk] = {}


def _chunk(chunk: str) -> _Chunk:
    info_of = _WORD_INFO.get
    words = tuple(
        (m.start(), m.end(), info_of(m.group()) or _word_info(m.group()))
        for m in _WORD.finditer(chunk)
    )
    entry = _Chunk(words)
    if len(words) == 1 and words[0][0] == 0:
        _, length, info = words[0]
        if len(info[0]) == 1 and not info[5]:
            gap = chunk[length:] + " "
            sentence = _SENTENCE_GAP.search(gap) is not None
            entry = _Chunk(
                words,
                True,
                info[0][0],
                info,
                len(chunk) + 1,
                length,
                sentence or _CLAUSE_GAP.search(gap) is not None,
                sentence,
                gap.count("!") >= 2,
                info[6],
                _token_flags(info[0][0]),
            )
    if len(_CHUNKS) >= _WORD_INFO_LIMIT:
        _CHUNKS.clear()
    _CHUNKS[chunk] = entry
    return entry


def _tokenise(text: str) -> _Tokens:
    chunks = text.split(" ")
    entry_of = _CHUNKS.get
    entries = [entry_of(chunk) or _chunk(chunk) for chunk in chunks]
    if all(map(_SIMPLE, entries)):
        return _tokenise_simple(entries)
    norm: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    infos: list[_WordInfo] = []
    clause_start: list[int] = []
    sentence_start: list[int] = []
    bang: list[bool] = []
    previous_end = -1
    position = 0
    for chunk, entry in zip(chunks, entries, strict=True):
        for offset, offset_end, info in entry.words:
            begin = position + offset
            finish = position + offset_end
            if previous_end < 0:
                clause_start.append(0)
                sentence_start.append(0)
            elif begin == previous_end + 1 and text[previous_end] == " ":
                if info[5] and f"{norm[-1]}'{info[4]}" in _SPLIT_CONTRACTIONS:
                    # "don t", "i m": an apostrophe typed as a space. Join the halves.
                    norm[-1] = f"{norm[-1]}'{info[4]}"
                    ends[-1] = previous_end = finish
                    continue
                if info[6]:
                    clause_start.append(len(norm))
                    bang.append(False)
            elif begin == previous_end:
                if info[6]:
                    clause_start.append(len(norm))
                    bang.append(False)
            else:
                gap = text[previous_end:begin]
                if _SENTENCE_GAP.search(gap) is not None:
                    sentence_start.append(len(norm))
                    clause_start.append(len(norm))
                    bang.append(gap.count("!") >= 2)
                elif info[6] or _CLAUSE_GAP.search(gap) is not None:
                    clause_start.append(len(norm))
                    bang.append(gap.count("!") >= 2)
            parts = info[0]
            if len(parts) == 1:
                norm.append(parts[0])
                starts.append(begin)
                ends.append(finish)
                infos.append(info)
            else:
                for part in parts:
                    norm.append(part)
                    starts.append(begin)
                    ends.append(finish)
                    infos.append(info)
            previous_end = finish
        position += len(chunk) + 1
    n = len(norm)
    if n:
        bang.append(text.count("!", previous_end) >= 2)
    flags = [_token_flags(word) for word in norm]
    return _numbered(norm, starts, ends, infos, flags, clause_start, sentence_start, bang)


_SIMPLE = itemgetter(1)


def _tokenise_simple(entries: Sequence[_Chunk]) -> _Tokens:
    """Tokens of a message whose chunks are all simple: one word each, one
    space between chunks, so offsets are running sums of chunk lengths."""
    n = len(entries)
    (
        _, _, norm, infos, steps, lengths, clause_after, sentence_after, bang_after, clause_word,
        flags,
    ) = zip(*entries, strict=True)  # fmt: skip
    starts = list(accumulate(steps, initial=0))
    starts.pop()
    ends = list(map(add, starts, lengths))
    # A clause starts after a gap that ends one, or at a clause word.
    breaks = list(compress(range(1, n), map(or_, clause_after, clause_word[1:])))
    sentence_start = [0]
    bang: list[bool] = []
    for k in breaks:
        bang.append(bang_after[k - 1])
        if sentence_after[k - 1]:
            sentence_start.append(k)
    bang.append(bang_after[-1])
    return _numbered(norm, starts, ends, infos, flags, [0, *breaks], sentence_start, bang)


def _numbered(
    norm: Sequence[str],
    starts: Sequence[int],
    ends: Sequence[int],
    infos: Sequence[_WordInfo],
    flags: Sequence[int],
    clause_start: list[int],
    sentence_start: list[int],
    bang: list[bool],
) -> _Tokens:
    """The tokens with their clause and sentence numbers. "and"/"so"/"then"
    followed by a new subject start a new clause ("tired and fed up" stays
    one clause; "tired and I'm fed up" does not)."""
    n = len(norm)
    clause_end = [*clause_start[1:], n] if n else []
    present = reduce(or_, flags, 0)
    if present & _AND:
        boundaries = set(clause_start)
        cuts = [
            i
            for i, f in enumerate(flags)
            if f & _AND and 0 < i < n - 1 and flags[i + 1] & _SUBJECT and i not in boundaries
        ]
        if cuts:
            bang_at_end = dict(zip(clause_end, bang, strict=True))
            clause_start = sorted(boundaries.union(cuts))
            clause_end = [*clause_start[1:], n]
            bang = [bang_at_end.get(end, False) for end in clause_end]
    firsts = [False] * n
    for begin in sentence_start:
        firsts[begin] = True
    return _Tokens(
        norm, starts, ends, infos, flags, present,
        _numbers(clause_start, clause_end),
        _numbers(sentence_start, [*sentence_start[1:], n]),
        clause_start, clause_end, firsts, bang,
    )  # fmt: skip


def _numbers(starts: list[int], ends: list[int]) -> list[int]:
    """Per token, the number of the span (clause, sentence) it is in."""
    if len(starts) == 1:
        return [0] * ends[0]
    if len(starts) < 8:
        numbers: list[int] = []
        for number, (begin, end) in enumerate(zip(starts, ends, strict=False)):
            numbers += [number] * (end - begin)
        return numbers
    return list(chain.from_iterable(map(repeat, count(), map(sub, ends, starts))))


@dataclass(slots=True)
class _Hit:
    """A lexicon entry found at tokens [first, last)."""

    entry: lex.Entry
    first: int
    last: int


def _find_entries(t: _Tokens) -> list[_Hit]:
    children = lex.lexicon().root.children
    norm = t.norm
    hits: list[_Hit] = []
    n = len(norm)
    after = 0  # the end of the last hit: entries do not overlap
    for i in _positions(t, _ENTRY):
        if i < after:
            continue
        node: lex.Node | None = children[norm[i]]
        best: _Hit | None = None
        j = i
        while node is not None:
            j += 1
            if node.entry is not None:
                best = _Hit(node.entry, i, j)
            if j >= n:
                break
            node = node.children.get(norm[j])
        if best is not None:
            hits.append(best)
            after = best.last
    return hits


# --- the rules ----------------------------------------------------------------


def _coordinated_with(t: _Tokens, first: int) -> int:
    """The end of the feeling that "and"/"or" joins ``first`` to."""
    k = first - 1
    floor = t.clause_start[t.clause[first]]
    while k >= floor and t.norm[k] in _MODIFIERS and t.norm[k] not in _FEEL:
        k -= 1
    return k


# "-ly" words that are not adverbs, so cannot stand between a frame and its
# feeling ("my family happy" is no frame).
_NOT_ADVERBS = _set("family early reply supply apply italy july belly bully rally ally jelly")


def _is_adverb(word: str) -> bool:
    """An adverb of manner or degree ("vaguely", "especially", "suitably"):
    "I feel vaguely suspicious" is framed like "I feel suspicious". Feeling
    words ending in -ly ("lonely", "silly") are not skipped."""
    return (
        len(word) > 4
        and word.endswith("ly")
        and word not in _NOT_ADVERBS
        and word not in lex.lexicon().vocabulary
    )


_ARTICLE = frozenset(["a", "an"])
_OTHERS_DETERMINER = frozenset(["the", "these", "those", "his", "her", "their", "your"])
# Words that can follow a feeling word without it describing a noun.
_NOT_A_NOUN = _set("""and or but nor about with of for to at in on by from because that when enough
    so as than if again today now lately right too though yet all even still really
    anymore any more ever tonight yesterday this these those it them him her me you us""")

# A denial between the frame and the word keeps the frame: "I'm not down".
_FRAME_NOT = frozenset(["not", "never"])


# Between a copula and its subject: "I have been", "she would get", "I am being".
_BEFORE_COPULA = _MODIFIERS | _set(
    "have has had 've would will could might may must should can do does did "
    "am is are was were be been being not never haven't hasn't hadn't won't wouldn't "
    "couldn't shouldn't can't don't doesn't didn't isn't wasn't aren't weren't"
)


# Words opening a clause that puts one feeling in place of another.
_CORRECTING = _set("just more mostly rather only")


def _frame(t: _Tokens, first: int, feeling_ends: dict[int, bool]) -> str | None:
    """How ``t.norm[first]`` is framed as a feeling: "feel" (feel/feeling),
    "copula" (a person + am/is/got...), "cause" (makes me / made me),
    "coordinated" ("tired and wound up"), "listed" (after a reported
    feeling and a comma: "feeling tired, cranky and sad"), "instead" (put
    in place of one just said: "not sad, just a bit lost"), or None."""
    norm, floor = t.norm, t.clause_start[t.clause[first]]
    k = first - 1
    while (
        k >= floor
        and (
            norm[k] in _MODIFIERS
            or norm[k] in _FRAME_NOT
            or _is_adverb(norm[k])
            or (norm[k] == "the" and norm[k + 1] == "most")  # "feeling the most alive"
        )
        and norm[k] not in _FEEL
        and norm[k] not in _COPULA
    ):
        k -= 1
    if k < floor:
        # "feeling tired, cranky and sad": a list across commas.
        if floor > 0 and feeling_ends.get(floor) and t.sentence[floor - 1] == t.sentence[first]:
            return "listed"
        if (
            floor > 0
            and norm[floor] in _CORRECTING
            and t.sentence[floor - 1] == t.sentence[first]
            and any(
                feeling_ends.get(end)
                for end in range(t.clause_start[t.clause[floor - 1]] + 1, floor + 1)
            )
        ):
            return "instead"  # "not sad exactly, just a bit lost": the feeling put instead
        return None
    word = norm[k]
    if word in {"and", "or", "but", "yet", "also"} and k in feeling_ends:
        return "coordinated"
    if word in _FEEL:
        return "feel"
    if word in _SUBJECT_COPULA:
        return "copula"
    if word == "me" and k > floor and norm[k - 1] in _CAUSE_ME:
        return "cause"
    if word in _COPULA:
        # The copula's subject must be a person: "I am", "she's been", "my mum got".
        j = k - 1
        while j >= floor and norm[j] in _BEFORE_COPULA:
            j -= 1
        if j < floor:
            return None
        subject = norm[j]
        if subject in _SELF or subject in _OTHER_PRONOUN or subject in _PEOPLE:
            return "copula"
        if subject in _JOINS_VERBS and _shared_subject(t, j):
            return "copula"  # "I felt ashamed and was scared", "... and being ignored"
        if subject.endswith("'ve") or subject.endswith("'d") or subject.endswith("'ll"):
            return "copula"
        if _looks_like_name(t, j):
            return "copula"
    return None


_ME_US = frozenset(["me", "us"])
# Feeling words whose verb puts the feeler after it ("scares me", "hurt me"),
# unlike "she loves me" or "he hates me", which are her love and his hate.
_OBJECT_FEELS = frozenset(["hurt", "upset"])
_NOT_VERB_ENDINGS = ("ly", "ment", "ion", "ness", "ful", "y", "ive")


@cache
def _names_the_speaker(form: tuple[str, ...]) -> bool:
    """Whether a phrase puts the speaker in it as the one who feels: "drives
    me mad", "my heart sank", "proud of myself"."""
    return not _SPEAKER_WORDS.isdisjoint(form)


_SPEAKER_WORDS = frozenset(["me", "my", "myself"])


def _moves_the_object(entry: lex.Entry, word: str, length: int) -> bool:
    """Whether ``word`` (of a one-word entry) is a verb that makes its object
    feel: its headword is the object's state ("scared", "annoyed", "hurt"),
    the word is no adverb or noun ("annoyingly", "embarrassment"), and it
    is a feeling whatever frames it (not "touched", "moved")."""
    lemma = entry.lemma
    return (
        length == 1
        and not entry.faux
        and not entry.frame  # "he touched me", "they moved me to nights"
        and entry.state is None  # "she hated me" is her hate (felt as hurt: a faux feeling)
        and entry.implied is None
        and (lemma.endswith("ed") or lemma in _OBJECT_FEELS)
        and not word.endswith(_NOT_VERB_ENDINGS)
    )


# Joining a second verb to the first one's subject: "I felt X and was Y".
_JOINS_VERBS = _set("and but or then yet")
_SUBJECT_PERSONS = _set("i i'm i've i'd we we're he she they you he's she's they're you're")


def _shared_subject(t: _Tokens, join: int) -> bool:
    """Whether the verb after "and"/"but" at ``join`` shares a person
    subject said shortly before it in its sentence ("I felt ashamed and was
    scared"), not a thing ("the room was cold and got colder")."""
    norm, sentence = t.norm, t.sentence[join]
    for k in range(join - 1, max(-1, join - 13), -1):
        if t.sentence[k] != sentence:
            return False
        word = norm[k]
        if word in _SUBJECT_PERSONS or word in _PEOPLE:
            return not _is_object(t, k)
        if word in _EXPERIENCE:
            return False
    return False


def _looks_like_name(t: _Tokens, k: int) -> bool:
    word = t.norm[k]
    info = t.info[k]
    if not info[_CAPITAL] or info[_UPPER] or word in _NOT_NAMES or word == "i":
        return False
    if len(info[0]) > 1:
        return False  # "Kinda" -> "kind of": one written word, no name
    if "'" in word and word.split("'", 1)[0] in _NOT_NAMES:
        return False  # "It's", "That'll", "There's": a contraction, not "Sam's"
    # A word the detector knows (a feeling, "Proper", "Totally") opening a
    # sentence is that word, not a name.
    return not (t.sentence_first[k] and word in _vocabulary())


_SUBJECT_ONLY = _set(
    "i i'm i've i'd i'll we we're we've he she they you he's she's they're you're "
    "he'd she'd they'd you'd they've you've"
)


# A person word after one of these is an object ("angry at my dad", "happy
# for my friend's engagement"), not the one who feels.
_OBJECT_MARKERS = _set(
    "at for of with to about by from on in towards toward over around after without than like"
)
_DETERMINERS = _set("my our his her their your the a an this that these those")


def _is_object(t: _Tokens, k: int) -> bool:
    """Whether the person word at ``k`` is the object of a preposition. "I",
    "she", "they're" never are: "feel like she's angry" is her anger."""
    if t.norm[k] in _SUBJECT_ONLY and t.norm[k] != "you":  # "angry with you" is an object
        return False
    j = k - 1
    while j >= 0 and t.norm[j] in _DETERMINERS and t.clause[j] == t.clause[k]:
        j -= 1
    return j >= 0 and t.clause[j] == t.clause[k] and t.norm[j] in _OBJECT_MARKERS


_EXPERIENCE = frozenset(["it", "that", "this", "it's", "that's"])
_LINKING = frozenset(["felt", "feels", "feel", "was", "is", "seemed", "seems", "got", "gets"])
_REPORTED = frozenset(
    "said says say told tells tell thinks think thought reckons reckoned claims claimed "
    "wrote writes texted reckon".split()
)


# How many words back the search for a feeling's subject, or for a hedge
# on it, looks: far beyond any sentence people write, and a cap on the
# work per feeling in a run-on of hundreds of words ("sorry sorry ...").
_SUBJECT_REACH = 60


def _subject(t: _Tokens, index: int, sentence: int, earlier: dict[int, str] | None = None) -> str:
    """Whose feeling: the nearest person word before ``index`` in its clause
    ("I'm", "she", "my mum", "Sam", "made me"); a clause with no subject of
    its own ("... but kind of anxious") shares the subject of the feeling
    before it in the sentence (``earlier``: token index -> subject); failing
    that, the nearest subject pronoun or name earlier in the sentence; "self"
    if none."""
    norm = t.norm
    clause = t.clause[index - 1] if index > 0 else 0
    k = index - 1
    # Whose feeling it is is said close by; a run-on of hundreds of words
    # ("sorry sorry sorry ...") must not be walked back once per feeling.
    floor = max(-1, index - 1 - _SUBJECT_REACH)
    while k > floor and t.sentence[k] == sentence:
        word = norm[k]
        same_clause = t.clause[k] == clause
        if not same_clause and earlier:
            before = [i for i in earlier if i < index and t.sentence[i] == sentence]
            if before:
                return earlier[max(before)]
        if word in _SELF and (same_clause or word in _SUBJECT_ONLY):
            return "self"
        if (
            word in _EXPERIENCE
            and same_clause
            and k + 1 < index
            and norm[k + 1] in _LINKING
            and _REPORTED.isdisjoint(norm[max(0, k - 3) : k])  # "she said it was scary"
        ):
            # "...told my boss no, and it felt amazing": the experience's
            # feeling is the speaker's, whoever was named before it.
            return "self"
        if _is_object(t, k):
            k -= 1
            continue
        if (word in _OTHER_PRONOUN and (same_clause or word in _SUBJECT_ONLY)) or word in _PEOPLE:
            # "my mum" is somebody else; "my" alone is the speaker.
            return "other"
        if word.endswith("'s") and word not in {"it's", "that's", "what's", "there's", "here's"}:
            return "other"
        if _looks_like_name(t, k):
            return "other"
        k -= 1
    return "self"


def _hedge_before(t: _Tokens, first: int, negated: bool) -> bool:
    # From the clause's start, but no further back than a hedge can reach:
    # an unpunctuated run-on is one clause of hundreds of words.
    norm, floor = t.norm, max(t.clause_start[t.clause[first]], first - _SUBJECT_REACH)
    for k in range(floor, first):
        word = norm[k]
        if word in _HEDGE_WORDS:
            if word == "less" and negated:
                continue  # "never been less worried" is a strong "not"

            if word == "bit" and k + 1 < first and norm[k + 1] == "of":
                continue  # "a bit of time"
            return True
        if k + 1 < first and (word, norm[k + 1]) in _HEDGE_PAIRS:
            if word in {"kind", "sort"} and k > 0 and norm[k - 1] in _NOT_HEDGE_BEFORE_KIND:
                continue
            if word == "in" and not (k + 2 < first and norm[k + 2] == "way"):
                continue  # only "in a way"
            return True
    return False


def _hedge_after(t: _Tokens, last: int) -> bool:
    norm, n = t.norm, len(t.norm)
    if last < n and t.sentence[last] == t.sentence[last - 1]:
        word = norm[last]
        if word in {"ish", "maybe", "probably", "perhaps"}:
            return True
        if (
            last + 1 < n
            and (word, norm[last + 1])
            in {
                ("i", "guess"),
                ("i", "suppose"),
                ("i", "think"),
                ("kind", "of"),
                ("sort", "of"),
            }
            and (
                last + 2 >= n
                or t.sentence[last + 2] != t.sentence[last]
                or t.clause[last + 2] != t.clause[last]
            )
        ):
            return True
    return False


def _intensified(t: _Tokens, first: int, last: int) -> bool:
    norm, floor = t.norm, t.clause_start[t.clause[first]]
    if any(t.info[k][_UPPER] or t.info[k][_STRETCHED] for k in range(first, last)):
        return True
    if t.bang[t.clause[first]]:
        return True
    k = first - 1
    if k >= floor and norm[k] in _TIGHT_INTENSIFIERS:
        return True
    steps = 0
    while k >= floor and steps < 4:
        word = norm[k]
        if word in _INTENSIFIERS or (t.info[k][_UPPER] and word not in {"i", "i'm"}):
            return not (word == "too" and k + 1 < len(norm) and norm[k + 1] == "much")
        if word not in _MODIFIERS and word not in _FEEL and word not in _SUBJECT_COPULA:
            return False
        k -= 1
        steps += 1
    return False


def _negation(t: _Tokens, hits: Sequence[_Hit]) -> tuple[list[int], list[int]]:
    """Per token: 0 asserted, 1 negated, 2 doubted ("not sure I'm angry"); and
    the index of the negator whose scope covers it (-1 if none)."""
    norm, n = t.norm, len(t.norm)
    state = [0] * n
    source = [-1] * n
    doubt_ends = {hit.last: hit.first for hit in hits if hit.entry.doubt}
    negators = _positions(t, _NEGATOR)
    if t.present & _RULES_OUT:
        _rule_out(t, hits, state, source)
    if not negators and not doubt_ends:
        return state, source
    in_hit = [False] * n
    ends_feeling = [False] * n
    # At the first token of each feeling: one past its last (so never 0: a
    # feeling starts where this is non-zero).
    feeling_end = [0] * n
    for hit in hits:
        for k in range(hit.first, hit.last):
            in_hit[k] = True
        if hit.entry.family != "-":
            ends_feeling[hit.last - 1] = True
            feeling_end[hit.first] = hit.last
    points = sorted({*negators, *doubt_ends} - {n}) if doubt_ends else negators
    k = 0
    for point in points:
        if point < k:
            continue
        k = point
        word = norm[k]
        negator = not in_hit[k] and (word in _NEGATORS or word.endswith("n't"))
        doubt_phrase = k in doubt_ends and not negator
        if not negator and not doubt_phrase:
            k += 1
            continue
        clause_end = t.clause_end[t.clause[k]]
        if doubt_phrase:
            mode, begin, origin = 2, k, doubt_ends[k]
        else:
            look = k + 1
            while look < clause_end and norm[look] in _NEG_FILLERS and not feeling_end[look]:
                look += 1
            following = norm[look] if look < clause_end else ""
            if (
                word == "no"
                and following not in {"longer", "more"}
                and not (look == k + 1 and look < n and feeling_end[look])
            ):
                k += 1
                continue
            if (norm[k + 1 : k + 2] and norm[k + 1] in _CANCEL_AFTER_NEG) or following in {
                "stop",
                "help",
            }:
                k += 1
                continue
            mode = 2 if following in _DOUBT_AFTER_NEG else 1
            begin, origin = k + 1, k
        seen_feeling = False
        j = begin
        while True:
            while j < clause_end:
                word_j = norm[j]
                if not in_hit[j]:
                    if word_j in _SCOPE_END and not (
                        mode == 2 and word_j in {"if", "whether", "that"}
                    ):
                        break
                    if word_j in _SCOPE_END_AFTER_FEELING and seen_feeling:
                        break
                if feeling_end[j]:
                    seen_feeling = True
                state[j] = mode
                source[j] = origin
                j += 1
            # "not angry, upset or hurt": a list of feelings shares the "not".
            listed = (
                _listed_after(t, j, feeling_end, doubt=mode == 2) if ends_feeling[j - 1] else -1
            )
            if listed < 0:
                break
            for m in range(j, listed):
                state[m] = mode
                source[m] = origin
            j = listed
            clause_end = t.clause_end[t.clause[j]]
        k = max(j, k + 1)
    return state, source


# Words that rule a feeling out ("rather than", "instead of"): see _rule_out.
_RULING_OUT = _set("than instead")
# Between "than"/"instead of" and the feeling it rules out: "rather than
# feeling safe", "more angry than sad".
_RULED_OUT_GAP = _set("feel feeling felt be being getting get so very really that too quite just")


def _rule_out(t: _Tokens, hits: Sequence[_Hit], state: list[int], source: list[int]) -> None:
    """A feeling said to be what the person does not feel instead of another
    ("scared instead of feeling safe", "sad rather than angry", "more
    listless than relaxed") is negated, like "not"; "less angry than sad"
    keeps "sad" (it is the stronger)."""
    norm = t.norm
    for hit in hits:
        first = hit.first
        if hit.entry.family == "-" or state[first]:
            continue
        k = first - 1
        floor = max(0, first - 4)
        while k >= floor and norm[k] in _RULED_OUT_GAP:
            k -= 1
        if k < 1 or t.sentence[k] != t.sentence[first]:
            continue
        word, before = norm[k], norm[k - 1]
        if word == "of" and before == "instead":
            origin = k - 1
        elif word == "than" and (before == "rather" or _more_than(t, hits, k)):
            origin = k
        else:
            continue
        for m in range(first, hit.last):
            state[m] = 1
            source[m] = origin


def _more_than(t: _Tokens, hits: Sequence[_Hit], than: int) -> bool:
    """Whether "than" at ``than`` compares a feeling said with "more" before
    it in the sentence: "more angry than ...", "feel more tired and sore than"."""
    norm = t.norm
    floor = max(0, than - 8)
    for k in range(than - 1, floor - 1, -1):
        if t.sentence[k] != t.sentence[than] or norm[k] == "less":
            return False
        if norm[k] == "more":
            return any(k < hit.first < than and hit.entry.family != "-" for hit in hits)
    return False


# Between two feelings of a list: "angry, upset or hurt", "sad nor angry".
_LIST_JOINS = _set("or nor and")
# Degree words a listed feeling may carry: "not angry or even upset".
_LIST_DEGREE = _set("even very too overly particularly remotely especially that all")


_DOUBT_ALTERNATIVE = _set("just simply only maybe actually really")


def _listed_after(
    t: _Tokens, j: int, feeling_end: Sequence[int], depth: int = 0, doubt: bool = False
) -> int:
    """Where the next feeling of a list begins, if the feeling that ends just
    before token ``j`` is followed by "or"/"nor"/"and" and another feeling
    ("not angry or upset"), or by a comma and another feeling in a list that
    ends with "or"/"nor"/"and" ("not sad, angry, or hurt"); else -1. A
    comma alone is a contrast, not a list: "I'm not angry, hurt"."""
    n, norm = len(t.norm), t.norm
    if j <= 0 or j >= n or t.sentence[j] != t.sentence[j - 1]:
        return -1
    joined = norm[j] in _LIST_JOINS
    if not joined and t.clause[j] == t.clause[j - 1]:
        return -1  # no comma and no "or": "not angry just upset" is no list
    m = j + 1 if joined else j
    if m < n and norm[m] in _LIST_DEGREE and not feeling_end[m]:
        m += 1
    elif doubt and joined and m < n and norm[m] in _DOUBT_ALTERNATIVE and not feeling_end[m]:
        m += 1  # "can't tell if I'm angry or just tired": both are in doubt
    if m >= n or not feeling_end[m] or t.sentence[m] != t.sentence[j - 1]:
        return -1
    if joined or (depth < 8 and _listed_after(t, feeling_end[m], feeling_end, depth + 1) >= 0):
        return m
    return -1


def _emphatic(t: _Tokens, negator: int, first: int, entry: lex.Entry) -> bool:
    """ "never been happier", "couldn't be more proud": not a negation."""
    if negator < 0 or t.norm[negator] not in _EMPHATIC_NEG:
        return False
    between = [*t.norm[negator + 1 : first], *entry.form[:1]]  # "never felt so alone"
    if "less" in between:
        return False
    return entry.comparative or any(w in _EMPHATIC_WORDS for w in between)


def _contrast_after(t: _Tokens, hits: Sequence[_Hit]) -> int:
    """The first contrast word ("but", or "just"/"more" after a feeling or at
    the start of a clause): every token after it comes after a contrast.
    The number of tokens if there is none."""
    after_hit = {hit.last for hit in hits}
    norm = t.norm
    for k in _positions(t, _CONTRASTS):
        word = norm[k]
        if word in _CONTRAST or (
            word in _SOFT_CONTRAST and (k in after_hit or t.clause_start[t.clause[k]] == k)
        ):
            return k
    return len(norm)


def _make(
    text: str,
    t: _Tokens,
    first: int,
    last: int,
    family: str,
    intensity: int,
    cue: str,
    confidence: float,
    subject: str = "self",
    also: tuple[str, ...] = (),
    lemma: str = "",
    contrast: bool = False,
) -> Feeling:
    """An implied feeling at tokens [first, last)."""
    start, end = t.start[first], t.end[last - 1]
    return _feeling(
        text[start:end], family, intensity, False, True, False, False, cue, confidence,
        start, end, subject, also, lemma, contrast, False,
    )  # fmt: skip


def detect(text: str) -> list[Feeling]:
    """Every feeling in ``text`` (already cleaned), in order of appearance."""
    if not text:
        return []
    t = _tokenise(text)
    if not t.norm:
        return []
    hits = _find_entries(t)
    negation, negator = _negation(t, hits)
    contrast = _contrast_after(t, hits)
    norm = t.norm
    found: list[Feeling] = []
    named_by_sentence: dict[int, set[str]] = {}
    feeling_ends: dict[int, bool] = {}  # token just after each feeling word -> reported directly
    subjects: dict[int, str] = {}  # first token of each named feeling -> whose it is
    # "not sure I'm angry": the doubt is about the feeling, not a feeling itself.
    doubt_used = {
        negator[h.first] for h in hits if negation[h.first] == 2 and h.entry.family != "-"
    }
    # "well chuffed", "desperately sad": a degree word right before another
    # feeling is its intensifier, not a feeling of its own.
    degree_at = {
        h.first for h in hits if len(h.entry.form) == 1 and h.entry.form[0] in _DEGREE_WORDS
    }
    if degree_at:  # ... before a feeling word, not before "lol" ("so mad lol")
        degree_at &= {
            h.first - 1 for h in hits if h.entry.family != "-" and h.entry.implied is None
        }
    denied_here: dict[int, set[str]] = {}  # sentence -> families denied so far
    for hit in hits:
        entry, first, last = hit.entry, hit.first, hit.last
        if entry.family == "-" or first in doubt_used or first in degree_at:
            continue
        before = norm[first - 1] if first > 0 and t.clause[first - 1] == t.clause[first] else ""
        after = norm[last] if last < len(norm) and t.clause[last] == t.clause[first] else ""
        if before in entry.not_after:
            continue
        subject = _subject(t, first, t.sentence[first], subjects)
        implied_kind: str | None = None
        family = entry.family
        frame = _frame(t, first, feeling_ends)
        direct = frame in {"feel", "copula", "cause", "listed", "instead"} or (
            frame == "coordinated" and feeling_ends.get(_coordinated_with(t, first), False)
        )
        # "I'm a bad mum", "the interesting projects": a word describing the
        # noun after it, not a feeling ("a bit bad" has no noun after it).
        describes = bool(after) and after not in _NOT_A_NOUN and len(entry.form) == 1
        if describes and before in _ARTICLE and entry.frame and frame != "feel":
            frame = None
        if (
            describes
            and before in _OTHERS_DETERMINER
            and entry.implied is not None
            and not entry.form[0].endswith(("est", "worst"))  # "the best bit" ranks it
        ):
            continue
        if subject != "self" and _names_the_speaker(entry.form):
            # "he gets on my nerves", "she let me down": the speaker's feeling.
            subject = "self"
        if after in _ME_US and _moves_the_object(entry, norm[first], last - first):
            # "she scared me", "it's worrying me": the feeling is the speaker's.
            frame, subject = "cause", "self"
            direct = True
        if entry.frame:
            if frame is None and entry.faux and after in _ME_US:
                frame, subject = "cause", "self"
            if frame is not None and after in entry.not_before and frame != "feel":
                frame = None
            if entry.feel_only and frame is not None:
                if describes and entry.form[0] in _MODIFIERS:
                    continue  # "I feel pretty tired": a degree word here
                if frame != "feel" or after in entry.not_before:
                    frame = None
            if frame is not None and entry.self_only and subject != "self":
                frame = None
            if frame is None:
                if entry.implied is None or after in entry.not_before:
                    continue
                implied_kind, family = entry.implied, entry.implied_family or entry.family
        else:
            if after in entry.not_before:
                continue
            if entry.implied is not None:
                implied_kind, family = entry.implied, entry.implied_family or entry.family
        if frame == "instead" and family in denied_here.get(t.sentence[first], ()):
            # "not even sad, just numb": a word of the family they just
            # denied is set apart from it, not that feeling after all.
            continue
        faux = entry.faux
        if entry.state is not None and direct and implied_kind is None:
            # "I feel hated": a judgement about others, felt as hurt.
            family, faux = entry.state, True
        feeling_ends[last] = direct and implied_kind is None
        state = negation[first]
        negated = state != 0
        if negated:
            denied_here.setdefault(t.sentence[first], set()).add(family)
        hedged = state == 2 or _hedge_before(t, first, negated) or _hedge_after(t, last)
        intense = _intensified(t, first, last)
        if state == 1 and _emphatic(t, negator[first], first, entry):
            negated, hedged, intense = False, False, True
        intensity = entry.intensity
        if intense and not hedged:
            intensity = min(3, intensity + 1)
        elif hedged and not intense:
            intensity = max(1, intensity - 1)
        start, end = t.start[first], t.end[last - 1]
        named = implied_kind is None
        feeling = _feeling(
            text[start:end], family, intensity,
            negated, not named, hedged, faux, implied_kind,
            1.0 if named else 0.6,
            start, end, subject,
            entry.also if named else (),
            entry.lemma, first > contrast, direct and named,
        )  # fmt: skip
        found.append(feeling)
        if named:
            subjects[first] = subject
            # Named, even as "not": "I don't feel proud of how I got the job"
            # must not come back as pride implied by "got the job".
            named_by_sentence.setdefault(t.sentence[first], set()).add(family)
    found.extend(_implied(text, t, negation, named_by_sentence, contrast))
    if "?" in text:
        found.extend(_questions(text, t, found))
    sentence_at: dict[int, int] | None = None
    if named_by_sentence and any(f.implied for f in found):
        sentence_at = _sentence_at(t)
        found = [
            f for f in found
            if not (f.implied and f.family in named_by_sentence.get(sentence_at.get(f.start, -1), ()))
        ]  # fmt: skip
    if any(f.cue == "relief" for f in found) and any(f.cue == "threat" for f in found):
        # "Got my results back, all clear": the threat is what is over.
        sentence_at = sentence_at or _sentence_at(t)
        relieved = {sentence_at.get(f.start) for f in found if f.cue == "relief"}
        found = [
            f for f in found if not (f.cue == "threat" and sentence_at.get(f.start) in relieved)
        ]
    if len(found) > 1:
        found.sort(key=_position)
    return found


def _position(feeling: Feeling) -> tuple[int, int]:
    return feeling.start, feeling.end


def _sentence_at(t: _Tokens) -> dict[int, int]:
    """Each token's start offset -> its sentence number (a feeling starts at a token)."""
    return dict(zip(t.start, t.sentence, strict=False))


_QUESTION_WORDS = _set("why how what who where which wait really seriously")


def _questions(text: str, t: _Tokens, found: Sequence[Feeling]) -> Iterable[Feeling]:
    """A puzzled question ("why would she do that?") with no feeling named in
    it implies confusion, faintly."""
    sentence_of = _sentence_at(t)
    busy = {sentence_of.get(f.start, -1) for f in found}
    n = len(t.norm)
    k = 0
    while k < n:
        s = t.sentence[k]
        last = k
        while last + 1 < n and t.sentence[last + 1] == s:
            last += 1
        tail = text[t.end[last] : t.start[last + 1] if last + 1 < n else len(text)]
        if "?" in tail and s not in busy and t.norm[k] in _QUESTION_WORDS:
            yield _make(text, t, k, last + 1, "confusion", 1, "question", 0.4, lemma="question")
        k = last + 1


def _implied(
    text: str,
    t: _Tokens,
    negation: Sequence[int],
    named_by_sentence: dict[int, set[str]],
    contrast: int,
) -> Iterable[Feeling]:
    """Feelings implied by cue patterns, one per family per clause, only where
    the person has not named that family in the same sentence."""

    by_trigger = lex.cues().by_trigger
    norm = t.norm
    # Every cue needs one of its trigger words, so only cues whose trigger
    # occurs are tried, and only at starts within reach of that word.
    triggers = _positions(t, _TRIGGER)
    if not triggers:
        return
    clause_of = t.clause
    match = lex.match_cue
    at = 0
    while at < len(triggers):
        clause = clause_of[triggers[at]]
        begin, stop = t.clause_start[clause], t.clause_end[clause]
        candidates: dict[int, tuple[lex.Cue, list[int]]] = {}
        while at < len(triggers) and clause_of[triggers[at]] == clause:
            k = triggers[at]
            for cue in by_trigger[norm[k]]:
                known = candidates.get(id(cue))
                if known is None:
                    candidates[id(cue)] = (cue, [k])
                else:
                    known[1].append(k)
            at += 1
        families = set(named_by_sentence.get(t.sentence[begin], ()))
        matches: list[tuple[int, int, lex.Cue]] = []
        present = set(norm[begin:stop])
        for cue, places in candidates.values():
            if any(words.isdisjoint(present) for words in cue.required):
                continue
            starts, reach = cue.starts, cue.reach
            s = begin
            for place in places:
                s = max(s, place - reach)
                found = False
                while s <= place:
                    if (starts is None or norm[s] in starts) and not negation[s]:
                        end = match(cue.elements, norm, s, stop)
                        if end > s:
                            matches.append((s, end, cue))
                            found = True
                            break
                    s += 1
                if found:
                    break
        # Per family, the longest match: "passed my exam" over "I passed".
        matches.sort(key=lambda m: (m[0] - m[1], m[0]))
        used: list[tuple[int, int]] = []
        for s, end, cue in matches:
            if cue.families[0] in families or any(s < e and b < end for b, e in used):
                continue
            families.add(cue.families[0])
            used.append((s, end))
            yield _make(
                text, t, s, end, cue.families[0], cue.intensity, cue.kind, cue.confidence,
                _subject(t, end, t.sentence[end - 1]), cue.families[1:], cue.pattern,
                s > contrast,
            )  # fmt: skip


# Feeling words said by rote ("fine", "okay", "alright"), by their lemma.
ROTE = frozenset({"fine", "okay"})


def primary(feelings: Sequence[Feeling]) -> Feeling | None:
    """The feeling the message is mostly about: asserted over negated, the
    speaker's own over someone else's, named over implied (but a rote
    "fine" or "okay" under both), a reported state
    ("I feel hurt") over a feeling word used otherwise ("I hate that"), then
    the strongest,

    where a contrast ("not angry, just disappointed", "happy for her but
    jealous") counts as one step stronger; the later one wins a tie."""
    if not feelings:
        return None

    def rank(f: Feeling) -> tuple[bool, bool, int, bool, int, float, int]:
        strength = f.intensity + (1 if f.contrast else 0)
        return (
            not f.negated,
            # A loss is the speaker's to grieve, whoever it names ("my
            # brother took his own life").
            f.subject == "self" or f.cue == "loss",
            # Named over implied; but "I'm fine" is the answer everyone
            # gives, and beside a cue ("I'm fine, it's just been a long
            # week") the cue says more.
            0 if f.lemma in ROTE else 1 if f.implied else 2,
            f.direct,
            strength,
            f.confidence,
            f.start,
        )

    return max(feelings, key=rank)


def lexicon_size() -> int:
    """Number of entries (headwords and phrases) in the shipped lexicon."""
    return lex.lexicon().lemmas
