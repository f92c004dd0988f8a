"""Turn any text into the plain word stream the crisis patterns read.

People in distress type fast: no apostrophes, lowercase, stretched letters
("diiie"), number-for-letter spellings ("su1cide", "k!ll"), masked words
("s*icide") and community code words ("kms", "unalive", "sewerslide"). This
module folds all of that into one canonical form, so the patterns can be
written once, from the grammar of what people say:

    "Im not gonna lie i kinda wanna d1e rn!!"  ->  " i want to die right now . "

The result is a string of lowercase tokens separated by single spaces, with
"," for a clause break and "." for a sentence break, padded with a space at
each end. Tokens are at most ``MAX_TOKEN`` characters, so a pattern's gaps of
"up to n words" cost a bounded amount per position: matching stays linear.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from itertools import compress, count
from typing import cast

MAX_TOKEN = 30  # longer "words" are junk (hashes, URLs, keyboard mashing)

_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_QUOTES = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"}
)
# A word: letters and digits, optionally joined by one symbol people use inside
# words (apostrophes, and the look-alikes of leetspeak and masking). One
# separator per repetition keeps this unambiguous, hence linear.
_TOKEN = re.compile(
    r"[$@]?[^\W_]+(?:['*@$!|][^\W_]+)*[*]?|[.?!\n\u2026]+|[,;:()\[\]\u2013\u2014]|(?<=\s)-(?=\s)"
)

_LEET = str.maketrans(
    {"0": "o", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i", "|": "i"}
)
_HAS_LEET = re.compile(r"[0-9@$!|]")
_HAS_LETTER = re.compile(r"[a-z]")
# A number with a unit or ending glued on: "10k", "3yrs", "5am", "20mg", "12yo".
# Read as the number and the unit, not as leetspeak ("10k" is not "iok"),
# unless the leet reading is a word the patterns know ("3nd", "5uicide").
_QUANTITY = re.compile(r"([0-9]+)([a-z]{1,5})")
_RUN3 = re.compile(r"(.)\1{2,}")
_RUN2 = re.compile(r"(.)\1+")
# Misspellings of suicide/suicidal: "sucide", "suiside", "suicde", "sooicide".
_SUICIDE = re.compile(r"s[uo]{1,2}[aiy]{0,2}[cs]{1,2}[iy]{0,2}d(?:e|es|al|ally|ed|le|el|ial)?")
_NOT_SUFFIX = {
    "ca": ("can", "not"),
    "wo": ("will", "not"),
    "ai": ("am", "not"),
    "sha": ("shall", "not"),
}

# One token -> its canonical words. Contractions without apostrophes, texting
# shorthand, and the code words people use to get past filters.
_MAP: dict[str, tuple[str, ...]] = {
    # contractions, with and without the apostrophe
    "im": ("i", "am"),
    "i'm": ("i", "am"),
    "ive": ("i", "have"),
    "i've": ("i", "have"),
    "id": ("i", "would"),
    "i'd": ("i", "would"),
    "i'll": ("i", "will"),
    "imma": ("i", "am", "going", "to"),
    "ima": ("i", "am", "going", "to"),
    "i'ma": ("i", "am", "going", "to"),
    "i'mma": ("i", "am", "going", "to"),
    "youre": ("you", "are"),
    "you're": ("you", "are"),
    "you'll": ("you", "will"),
    "you'd": ("you", "would"),
    "you've": ("you", "have"),
    "he's": ("he", "is"),
    "hes": ("he", "is"),
    "she's": ("she", "is"),
    "shes": ("she", "is"),
    "he'll": ("he", "will"),
    "she'll": ("she", "will"),
    "they'll": ("they", "will"),
    "theyll": ("they", "will"),
    "he'd": ("he", "would"),
    "she'd": ("she", "would"),
    "they'd": ("they", "would"),
    "they're": ("they", "are"),
    "theyre": ("they", "are"),
    "we're": ("we", "are"),
    "we'll": ("we", "will"),
    "we've": ("we", "have"),
    "it's": ("it", "is"),
    "that's": ("that", "is"),
    "thats": ("that", "is"),
    "what's": ("what", "is"),
    "whats": ("what", "is"),
    "there's": ("there", "is"),
    "theres": ("there", "is"),
    "who's": ("who", "is"),
    "let's": ("let", "us"),
    "cannot": ("can", "not"),
    "cant": ("can", "not"),
    "dont": ("do", "not"),
    "doesnt": ("does", "not"),
    "didnt": ("did", "not"),
    "wont": ("will", "not"),
    "wouldnt": ("would", "not"),
    "shouldnt": ("should", "not"),
    "couldnt": ("could", "not"),
    "isnt": ("is", "not"),
    "arent": ("are", "not"),
    "wasnt": ("was", "not"),
    "werent": ("were", "not"),
    "havent": ("have", "not"),
    "hasnt": ("has", "not"),
    "hadnt": ("had", "not"),
    "aint": ("am", "not"),
    "mustnt": ("must", "not"),
    "dunno": ("do", "not", "know"),
    "idk": ("i", "do", "not", "know"),
    "idc": ("i", "do", "not", "care"),
    "idgaf": ("i", "do", "not", "care"),
    # texting
    "gonna": ("going", "to"),
    "gunna": ("going", "to"),
    "gona": ("going", "to"),
    "finna": ("going", "to"),
    "wanna": ("want", "to"),
    "wana": ("want", "to"),
    "wannna": ("want", "to"),
    "gotta": ("got", "to"),
    "hafta": ("have", "to"),
    "tryna": ("trying", "to"),
    "lemme": ("let", "me"),
    "u": ("you",),
    "ur": ("your",),
    "ya": ("you",),
    "r": ("are",),
    "bc": ("because",),
    "cuz": ("because",),
    "cos": ("because",),
    "coz": ("because",),
    "bcuz": ("because",),
    "becuz": ("because",),
    "tho": ("though",),
    "rn": ("right", "now"),
    # units people abbreviate ("3 yrs clean", "2 wks", "12 yo")
    "yr": ("year",),
    "yrs": ("years",),
    "wk": ("week",),
    "wks": ("weeks",),
    "mth": ("month",),
    "mths": ("months",),
    "mnths": ("months",),
    "hr": ("hour",),
    "hrs": ("hours",),
    "mins": ("minutes",),
    "yo": ("years", "old"),
    "tn": ("tonight",),
    "tonite": ("tonight",),
    "2nite": ("tonight",),
    "2day": ("today",),
    "2night": ("tonight",),
    "tmr": ("tomorrow",),
    "tmrw": ("tomorrow",),
    "2moro": ("tomorrow",),
    "2morrow": ("tomorrow",),
    "pls": ("please",),
    "plz": ("please",),
    "ppl": ("people",),
    "bf": ("boyfriend",),
    "gf": ("girlfriend",),
    "bff": ("friend",),
    "bestie": ("friend",),
    "sis": ("sister",),
    "bro": ("brother",),
    "b4": ("before",),
    "4ever": ("forever",),
    "bout": ("about",),
    "abt": ("about",),
    "wud": ("would",),
    "shud": ("should",),
    "cud": ("could",),
    "wat": ("what",),
    "wut": ("what",),
    "nd": ("and",),
    "nomore": ("anymore",),
    "anymre": ("anymore",),
    "dieing": ("dying",),
    "dyin": ("dying",),
    "ded": ("dead",),
    "killin": ("killing",),
    "livin": ("living",),
    "lyfe": ("life",),
    "lyf": ("life",),
    "wnat": ("want",),
    # contractions typed without the apostrophe, where no other word is spelt so
    # ("shell", "hell", "wed", "its", "were", "lets" are words, and stay)
    # common misspellings of what others do to me
    "chocked": ("choked",),
    "chocking": ("choking",),
    "slaped": ("slapped",),
    "slaping": ("slapping",),
    "punshed": ("punched",),
    "stabed": ("stabbed",),
    "kiked": ("kicked",),
    "threatend": ("threatened",),
    "threatning": ("threatening",),
    "strangeled": ("strangled",),
    "hed": ("he", "would"),
    "theyd": ("they", "would"),
    "youve": ("you", "have"),
    "youd": ("you", "would"),
    "weve": ("we", "have"),
    "whos": ("who", "is"),
    "itll": ("it", "will"),
    "thatll": ("that", "will"),
    "thered": ("there", "would"),
    "wnt": ("want",),
    "watn": ("want",),
    "wan": ("want",),
    "sucidal": ("suicidal",),
    "cuttin": ("cutting",),
    "cuting": ("cutting",),
    "cutin": ("cutting",),
    "chokd": ("choked",),
    "choaked": ("choked",),
    "nite": ("night",),
    "yeet": ("throw",),
    "yeeting": ("throwing",),
    "yeeted": ("threw",),
    "hurtin": ("hurting",),
    "goin": ("going",),
    "doin": ("doing",),
    "nothin": ("nothing",),
    "noone": ("nobody",),
    "no-one": ("nobody",),
    "lol": ("lol",),
    "lmao": ("lol",),
    "lmfao": ("lol",),
    "haha": ("lol",),
    "hahaha": ("lol",),
    "rofl": ("lol",),
    "xd": ("lol",),
    "jk": ("lol",),
    # reflexives, misspelt
    "myslef": ("myself",),
    "mysefl": ("myself",),
    "mysef": ("myself",),
    "meself": ("myself",),
    "miself": ("myself",),
    "mself": ("myself",),
    "myselfe": ("myself",),
    "myselff": ("myself",),
    "urself": ("yourself",),
    "yourslef": ("yourself",),
    "themself": ("themselves",),
    "themselfs": ("themselves",),
    "theirselves": ("themselves",),
    "hisself": ("himself",),
    "herslef": ("herself",),
    # code words
    "kms": ("to", "kill", "myself"),
    "kmss": ("to", "kill", "myself"),
    "kys": ("kill", "yourself"),
    "kmsl": ("laughing",),  # "kill myself laughing": a laugh, not a crisis
    "unalive": ("unalive",),
    "unalived": ("unalive",),
    "unaliving": ("unalive",),
    "unalives": ("unalive",),
    "sewerslide": ("suicide",),
    "sewerslid": ("suicide",),
    "seweslide": ("suicide",),
    "sewerside": ("suicide",),
    "suicide": ("suicide",),
    "suicides": ("suicides",),  # the drill ("run suicides"), or rates: never one person's crisis
    "idw": ("i", "do", "not", "want"),
    "idwt": ("i", "do", "not", "want", "to"),
    "iwtd": ("i", "want", "to", "die"),
    "kil": ("kill",),
    "kll": ("kill",),
    "myslf": ("myself",),
    "suicidal": ("suicidal",),
    "selfharm": ("selfharm",),
    "selfharming": ("selfharm",),
    "selfharmed": ("selfharm",),
    "selfharms": ("selfharm",),
    "selfdelete": ("selfdelete",),
    "shing": ("selfharm",),
    "sh'ing": ("selfharm",),
    "sh'd": ("selfharm",),
    "shd": ("selfharm",),
    "sh'ed": ("selfharm",),
    "od": ("overdose",),
    "oding": ("overdose",),
    "oded": ("overdosed",),
    "od'd": ("overdosed",),
    "ctb": ("suicide",),
    "suicidial": ("suicidal",),
    "sucidial": ("suicidal",),
}

# Words that carry no weight for these patterns and would only break them up:
# intensifiers, hedges, swearing, discourse fillers.
_FILLER = frozenset(
    "just really honestly seriously actually literally genuinely truly so very totally "
    "completely fully simply fucking fuckin fking fkn freaking frickin effing bloody damn "
    "kinda sorta tbh ngl um uh umm uhh even still definitely probably maybe perhaps "
    "sometimes often always also too lowkey highkey legit deadass oh ah ugh".split()
)
# Phrases to drop before reading negation: "not gonna lie, I want to die".
_FILLER_PHRASES: tuple[tuple[str, ...], ...] = (
    ("i", "am", "not", "going", "to", "lie"),
    ("not", "going", "to", "lie"),
    ("i", "am", "not", "joking"),
    ("i", "am", "not", "kidding"),
    ("not", "joking"),
    ("not", "kidding"),
    ("no", "joke"),
    ("no", "lie"),
    ("to", "be", "honest"),
    ("if", "i", "am", "honest"),
    ("if", "i", "am", "being", "honest"),
    ("in", "all", "honesty"),
    ("i", "swear"),
    ("i", "mean"),
    ("you", "know"),
    ("kind", "of"),
    ("sort", "of"),
    ("i", "guess"),
    ("a", "bit"),
    ("a", "little"),
    ("at", "this", "point"),
    ("to", "the", "point", "where"),
)
# Two or three words that are one word here.
_MERGE: dict[tuple[str, ...], tuple[str, ...]] = {
    ("my", "self", "harm"): ("my", "selfharm"),
    ("my", "self", "harming"): ("my", "selfharm"),
    ("self", "harm"): ("selfharm",),
    ("self", "harming"): ("selfharm",),
    ("self", "harmed"): ("selfharm",),
    ("self", "harms"): ("selfharm",),
    ("self", "h"): ("selfharm",),  # "self-h", cut short
    ("self", "injury"): ("selfharm",),
    ("self", "injuring"): ("selfharm",),
    ("self", "injure"): ("selfharm",),
    ("self", "mutilation"): ("selfharm",),
    ("self", "mutilating"): ("selfharm",),
    ("self", "delete"): ("selfdelete",),
    ("self", "deleting"): ("selfdelete",),
    ("s", "h"): ("sh",),
    ("s", "i"): ("si",),
    ("sh", "ing"): ("selfharm",),
    ("sewer", "slide"): ("suicide",),
    ("sewer", "slid"): ("suicide",),
    ("sewer", "side"): ("suicide",),
    ("kermit", "suicide"): ("commit", "suicide"),
    ("un", "alive"): ("unalive",),
    ("no", "one"): ("nobody",),
    ("any", "more"): ("anymore",),
    ("abuse", "line"): ("abuse", "helpline"),
    ("no", "more"): ("anymore",),
    ("my", "self"): ("myself",),
    ("your", "self"): ("yourself",),
    ("her", "self"): ("herself",),
    ("him", "self"): ("himself",),
    ("them", "selves"): ("themselves",),
    # "he shows up wherever I am" is not a TV show
    ("shows", "up"): ("turns", "up"),
    ("show", "up"): ("turn", "up"),
    ("showed", "up"): ("turned", "up"),
    ("showing", "up"): ("turning", "up"),
}
_MERGE_FIRST = frozenset(key[0] for key in _MERGE)

# Words a masked or stretched spelling may stand for ("k*ll", "diiie").
_MASKABLE = (
    "suicide",
    "suicidal",
    "kill",
    "killing",
    "myself",
    "die",
    "dying",
    "dead",
    "death",
    "self",
    "harm",
    "cut",
    "cutting",
    "hang",
    "murder",
    "rape",
    "raped",
)

_vocabulary: frozenset[str] = frozenset(_MASKABLE)


# Two neighbouring letters typed the wrong way round in the words a crisis turns on
# ("i want to end my lfie", "kill mysefl"): each such misspelling maps to its word.
# Made once at import; misspellings that are words themselves are left out.
_TRANSPOSABLE = (
    "life kill killing myself suicide suicidal alive living dead dying overdose wrists pills "
    "hurt hurting cutting"
)
_NOT_A_TYPO = frozenset("lief ilve".split())


def _transpositions() -> dict[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = {}
    for word in _TRANSPOSABLE.split():
        for k in range(len(word) - 1):
            typo = word[:k] + word[k + 1] + word[k] + word[k + 2 :]
            if typo != word and typo not in _NOT_A_TYPO and typo not in _MAP:
                found[typo] = (word,)
    return found


_MAP.update(_transpositions())


def set_vocabulary(words: Iterable[str]) -> None:
    """The words the patterns use: stretched spellings fold onto these."""
    global _vocabulary
    _vocabulary = frozenset(words) | frozenset(_MASKABLE)
    _canonical.cache_clear()
    _CHUNKS.clear()


@lru_cache(maxsize=8192)
def _canonical(token: str) -> tuple[str, ...]:
    if len(token) > MAX_TOKEN:
        return ("xx",)
    mapped = _MAP.get(token)
    if mapped is not None:
        return mapped
    if token.endswith("n't") and len(token) > 3:
        stem = token[:-3]
        return _NOT_SUFFIX.get(stem, (stem, "not"))
    if "'" in token:
        stem, _, tail = token.partition("'")
        if stem and tail in ("re", "ve", "ll", "d", "m", "s"):
            expanded = {"re": "are", "ve": "have", "ll": "will", "d": "would", "m": "am"}
            if tail == "s":
                return (token,)  # a possessive ("my friend's"): keep it whole
            return (stem, expanded[tail])
        token = token.replace("'", "")
        mapped = _MAP.get(token)
        if mapped is not None:
            return mapped
    if "*" in token:
        pattern = re.compile(re.escape(token.strip("*")).replace(r"\*", "[a-z]{1,2}"))
        for word in _MASKABLE:
            if pattern.fullmatch(word):
                return (word,)
        token = token.replace("*", "")
    if _HAS_LEET.search(token) and _HAS_LETTER.search(token):
        as_i = token.translate(_LEET).replace("1", "i").replace("9", "g")
        as_l = token.translate(_LEET).replace("1", "l").replace("9", "g")
        quantity = _QUANTITY.fullmatch(token)
        if (
            quantity is not None
            and as_i not in _vocabulary
            and as_l not in _vocabulary
            and as_i not in _MAP
            and not _SUICIDE.fullmatch(as_i)
        ):
            number, unit = quantity.groups()
            if unit in ("st", "nd", "rd", "th"):
                return (token,)  # an ordinal: "2nd", "40th"
            return (number, *_MAP.get(unit, (unit,)))
        token = as_l if as_l in _vocabulary and as_i not in _vocabulary else as_i
        mapped = _MAP.get(token)
        if mapped is not None:
            return mapped
    if token in _vocabulary:
        return (token,)
    if len(token) >= 6 and _SUICIDE.fullmatch(token):
        return ("suicidal",) if token.endswith(("al", "ally")) else ("suicide",)
    if token.startswith("selfharm"):
        return ("selfharm",)
    # Stretched letters: "diiiie" -> "die", "killlll" -> "kill", "sooo" -> "soo".
    two = _RUN3.sub(r"\1\1", token)
    if two in _vocabulary or two in _MAP:
        return _MAP.get(two, (two,))
    one = _RUN2.sub(r"\1", token)
    if one != token and (one in _vocabulary or one in _MAP):
        return _MAP.get(one, (one,))
    if token.endswith("in") and token + "g" in _vocabulary:
        return (token + "g",)
    return (two,)


def tokens(text: str) -> list[str]:
    """The canonical words of ``text``, with "," and "." as clause and sentence breaks."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
        text = _INVISIBLE.sub("", text).translate(_QUOTES)
    text = text.replace("`", "'").lower()
    if "\n" in text:
        text = _LINE_BREAK.sub(_one_stop, text)
    chunks = text.split()
    if not chunks:
        return []
    if text[0] == "-" or text[-1] == "-":
        # A lone "-" is a clause break only between spaces: at the very start or
        # end it is not, which the chunks below cannot tell. Read it whole.
        return _tidy(_canonical_words(_join_spelled(_pieces(text))))
    # The text is read a whitespace-separated chunk at a time, each chunk's
    # pieces and canonical words looked up once per process: no token spans
    # whitespace once line breaks are single stops, so this gives the same
    # words as reading the whole text with ``_TOKEN``, for a dictionary lookup
    # per chunk instead of a regex match and a few string operations per token.
    entries = list(map(_CHUNKS.get, chunks))
    if None in entries:
        entries = [entry or _chunk(chunk) for entry, chunk in zip(entries, chunks, strict=True)]
    ready = cast("list[_Chunk]", entries)
    if _SPELLED in "".join([entry[1] for entry in ready]):
        # Three single letters in a row: perhaps a word spelled out ("s u i c i d e").
        pieces = [piece for entry in ready for piece in entry[2]]
        return _tidy(_canonical_words(_join_spelled(pieces)))
    return _tidy([word for entry in ready for word in entry[0]])


# A run of sentence marks holding a line break is one sentence break. It
# becomes a single "." with the run's first and last characters kept as space
# or not, so a neighbouring lone "-" reads as it did (a clause break only
# between spaces) and no token can span a line break. (Whole runs are matched,
# and those without a line break kept, so the search stays linear.)
_LINE_BREAK = re.compile(r"[.?!\n\u2026]+")


def _one_stop(found: re.Match[str]) -> str:
    run = found.group()
    if "\n" not in run:
        return run
    return (" ." if run[0] == "\n" else ".") + (" " if run[-1] == "\n" else "")


# One chunk of text (no whitespace) -> its canonical words, one letter per
# piece ("L" for a single letter, "w" for anything else: three L in a row may
# be a spelled-out word) and its pieces.
_Chunk = tuple[tuple[str, ...], str, tuple[str, ...]]
_CHUNKS: dict[str, _Chunk] = {}
_CHUNKS_MAX = 20_000  # distinct chunks remembered before starting afresh
_SPELLED = "LLL"


def _chunk(chunk: str) -> _Chunk:
    # The spaces around stand for the whitespace around a chunk in the text.
    pieces = tuple(_pieces(" " + chunk + " "))
    entry = (
        tuple(_canonical_words(pieces)),
        "".join("L" if len(piece) == 1 and piece.isalpha() else "w" for piece in pieces),
        pieces,
    )
    if len(_CHUNKS) >= _CHUNKS_MAX:
        _CHUNKS.clear()
    _CHUNKS[chunk] = entry
    return entry


def _pieces(text: str) -> list[str]:
    """The tokens of lowercased ``text``, with sentence and clause marks as "." and ","."""
    pieces: list[str] = []
    for found in _TOKEN.finditer(text):
        piece = found.group()
        first = piece[0]
        if first in ".?!\n\u2026":
            pieces.append(".")
        elif first in ",;:()[]\u2013\u2014-":
            pieces.append(",")
        elif piece.endswith("!"):
            # "die!" or "die!!" end a sentence; "k!ll" does not.
            pieces.append(piece.strip("!|'*") or piece)
            pieces.append(".")
        else:
            pieces.append(piece.strip("|'*") or piece)
    return pieces


def _canonical_words(pieces: Iterable[str]) -> list[str]:
    raw: list[str] = []
    for piece in pieces:
        if piece in (".", ","):
            raw.append(piece)
        else:
            raw.extend(_canonical(piece))
    return raw


def _join_spelled(raw: list[str]) -> list[str]:
    """'s u i c i d e' -> 'suicide': four or more single letters in a row make one word."""
    if len(raw) < 4:
        return raw
    out: list[str] = []
    run: list[str] = []
    for word in [*raw, "."]:
        if len(word) == 1 and word.isalpha():
            run.append(word)
            continue
        joined = "".join(run)
        if len(run) >= 4 or (len(run) == 3 and joined in _vocabulary):
            out.append(joined)
        else:
            out.extend(run)
        run = []
        out.append(word)
    out.pop()
    return out


_AFTER_TO = frozenset(
    "want wanted wants going need needs have has ready trying try tried deserve like "
    "plan planning planned how ways way".split()
)


def _tidy(raw: list[str]) -> list[str]:
    """Merge multiword units, drop fillers, read a lone "2" as "to" and "b" as "be"."""
    # Only the words in _SPECIAL can merge, go, change or end a filler phrase;
    # the runs of words between them are copied as they are.
    marks = list(compress(count(), map(_SPECIAL.__contains__, raw)))
    if not marks:
        return raw
    out: list[str] = []
    i = 0
    n = len(raw)
    for mark in marks:
        if mark < i:
            continue  # merged into the word before
        if mark > i:
            out += raw[i:mark]
        word = raw[mark]
        i = mark + 1
        if word in _DROP:
            continue
        if word in _MERGE_FIRST and i < n and raw[i] in _MERGE_SECOND[word]:
            replacement = None
            for size in (3, 2):
                replacement = _MERGE.get(tuple(raw[mark : mark + size]))
                if replacement is not None:
                    break
            if replacement is not None:
                out.extend(replacement)
                i = mark + size
                continue
        if word == "2" and out and out[-1] in _AFTER_TO:
            word = "to"
        elif word == "b" and out and out[-1] == "to":
            word = "be"  # "i do not want to b alive"
        elif word == "ill" and (not out or out[-1] in _OPENERS):
            out.extend(("i", "will"))
            continue
        elif word == "me" and i < n and raw[i] in _KIN and (not out or out[-1] in _OPENERS):
            word = "my"  # "me hubby put his hands round my throat": a possessive, as in "my"
        if word in _FILLER:
            continue
        out.append(word)
        if word in _PHRASES_BY_LAST:
            _drop_phrase(out)
    if i < n:
        out += raw[i:]
    return out


# The filler phrases by their last word, longest first: a word that ends none
# of them (most words) costs one dictionary lookup.
_PHRASES_BY_LAST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _phrase in sorted(_FILLER_PHRASES, key=len, reverse=True):
    _PHRASES_BY_LAST[_phrase[-1]] = (*_PHRASES_BY_LAST.get(_phrase[-1], ()), _phrase)


# Words read by the word before them: "want 2", "to b", "ill" opening a clause.
_BY_THE_WORD_BEFORE = frozenset(["2", "b", "ill", "me"])
# "me" as a possessive (British, Irish, Australian speech) opening a clause: "me mum".
_KIN = frozenset(
    (
        "hubby husband missus wife mum mam mom ma dad da boyfriend girlfriend partner fella "
        "son daughter brother sister nan gran grandad uncle auntie stepdad stepmum ex"
    ).split()
)
# What a clause opens after, for "ill" ("I'll") and "me" before kin.
_OPENERS = frozenset([",", ".", "and", "so", "then", "but"])
_SPECIAL = _MERGE_FIRST | _FILLER | frozenset(_PHRASES_BY_LAST) | _BY_THE_WORD_BEFORE
# The second words of the merges, by first word: a merge needs one of them next.
_MERGE_SECOND: dict[str, frozenset[str]] = {
    first: frozenset(key[1] for key in _MERGE if key[0] == first) for first in _MERGE_FIRST
}
# Fillers that nothing else can happen to: dropped straight away.
_DROP = _FILLER - _MERGE_FIRST - _BY_THE_WORD_BEFORE


def _drop_phrase(out: list[str]) -> None:
    phrases = _PHRASES_BY_LAST.get(out[-1])
    if phrases is None:
        return
    for phrase in phrases:
        size = len(phrase)
        if len(out) >= size and tuple(out[-size:]) == phrase:
            del out[-size:]
            return


def normal_form(text: str) -> tuple[str, list[str]]:
    """The padded token string the patterns search, and its tokens."""
    words = tokens(text)
    return " " + " ".join(words) + " ", words
