"""A small learned layer on top of the crisis patterns: catch what the grammar missed.

The hand-written patterns (``detector``) are precise but brittle: a crisis said
in words their grammar does not know goes unseen. This layer scores a message
with two linear models over sparse features and is consulted only when the
patterns found nothing:

- a **crisis head** (logistic regression): how likely the message needs the
  crisis reply;
- a **category head** (softmax over ``CATEGORIES``): which kind of crisis, for
  the reply and the session record.

Features (see ``features``) are words, word pairs and skip pairs of the
normaliser's canonical stream, the character 4-grams and suffix-stripped stem
of each word (for spelling variants and inflections), plus what the patterns saw on the way: a rule
that matched but a guard set aside ("negated", "media", "hyperbole", ...).

Weights live in ``data/crisis_model.json``, trained by
``benchmarks/train_safety.py`` on our own authored sets only: the tune parts
(four entries in five) of every development set, ``safety_dev.toml`` to
``safety_dev9.toml``; their check parts and the held-out set are never
trained on. Pure Python at run time: a dictionary lookup per feature, so
the cost is linear in the message and a few microseconds for a journal line.
The file is read once, on first use.
"""

from __future__ import annotations

import heapq
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache, reduce
from itertools import pairwise, repeat
from operator import add
from pathlib import Path
from typing import Any

MODEL_PATH = Path(__file__).parent / "data" / "crisis_model.json"
MAX_WORDS = 400  # longer messages are scored on their first and last 200 words


@dataclass(frozen=True, slots=True)
class Model:
    """Weights of the crisis head (one per feature) and the category head (one per category)."""

    categories: tuple[str, ...]
    crisis: dict[str, float]
    category: dict[str, tuple[float, ...]]
    bias: float
    category_bias: tuple[float, ...]
    thresholds: dict[str, float]  # by predicted category; "default" for the rest


def features(
    words: Sequence[str], suppressed: Sequence[tuple[str, str, str]], media: bool
) -> list[str]:
    """The sparse features of one message (a list; repeats count once at scoring)."""
    if len(words) > MAX_WORDS:
        words = [*words[: MAX_WORDS // 2], ".", *words[-MAX_WORDS // 2 :]]
    out: list[str] = []
    append = out.append
    prev = prev2 = "."
    for word in words:
        if word == ".":
            prev = prev2 = "."
            continue
        if word != ",":
            append(word)
        if prev != ".":
            append(f"{prev} {word}")
            if prev2 != ".":
                append(f"{prev2} _ {word}")
        prev2 = prev
        prev = word
    # The same stream in word classes: "i want to end my life" and "i wanna
    # stop existing" share "SELF WANT to DIE"; small data generalises through these.
    c1 = c2 = "."
    classes = _CLASS.get
    for word in words:
        if word == ".":
            c1 = c2 = "."
            continue
        c = classes(word, "w")
        if c == "w" and c1 == "w":
            continue  # runs of unclassed words say nothing
        if c1 != ".":
            append(f"@{c1} {c}")
            if c2 != ".":
                append(f"@{c2} {c1} {c}")
        c2 = c1
        c1 = c
    # Spelling variants and inflections ("cuts"/"cutting", "shoves"/"shoved",
    # "scarred"): character 4-grams of each longer word, and the word with a
    # common suffix stripped. One cached lookup per distinct word.
    for word in set(words):
        out.extend(_word_parts(word))
    for category, rule, guard in suppressed:
        append("#rule " + rule)
        append("#guard " + guard)
        append("#cat " + category + " " + guard)
    if media:
        append("#media")
    if suppressed:
        append("#suppressed")
    return out


_SUFFIXES = ("ing", "ed", "es", "s", "ly")


@lru_cache(maxsize=8192)
def _word_parts(word: str) -> tuple[str, ...]:
    """``%``-prefixed character 4-grams of ``<word>`` and ``~``-prefixed stem of one word."""
    if len(word) < 4:
        return ()
    marked = f"<{word}>"
    parts = [f"%{marked[i : i + 4]}" for i in range(len(marked) - 3)]
    for suffix in _SUFFIXES:
        if len(word) - len(suffix) >= 3 and word.endswith(suffix):
            parts.append("~" + word[: -len(suffix)])
            break
    return tuple(parts)


def _classes() -> dict[str, str]:
    table = {
        "SELF": "i me myself my mine we us our ourselves",
        "OTHER": (
            "he she they him her them his their himself herself themselves someone friend "
            "friends mate bestie brother sister mum mom dad mother father son daughter kid kids "
            "child baby partner boyfriend girlfriend husband wife ex cousin uncle aunt grandad "
            "grandma nan student flatmate roommate stepdad stepmum teacher coach boss neighbour"
        ),
        "YOU": "you your yourself",
        "DIE": (
            "die dying dead death died suicide suicidal kms unalive unaliving ctb alive live "
            "living life exist existing existence wake waking gone disappear vanish born "
            "overdose od jump jumped bridge"
        ),
        "KILL": "kill killing killed kills murder murdered off end ending ended",
        "HURT": (
            "hurt hurting hurts cut cutting cuts burn burning burned burnt hit hitting hits "
            "punch punched punches scratch scratched bleed bleeding blood beat beats beating "
            "slap slapped slaps stab stabbed strangle strangled choke choked shove shoved "
            "push pushed rape raped touch touches touched grab grabbed sh selfharm harm harming "
            "scars scar marks bruises bruise starve punish"
        ),
        "NEG": "not never no nobody none nothing without",
        "WANT": (
            "want wanna wanted wish wishing hope hoping going gonna plan planning planned "
            "ready decided decide thinking think thought considering tried try trying urge "
            "urges keep can't"
        ),
        "STOP": "stop stopped quit clean recovered haven't used",
        "LAUGH": "lol lmao haha joke joking kidding jk",
        "THING": (
            "it this that work job phone battery laptop car heat commute exam exams homework "
            "deadline traffic meeting printer game party song"
        ),
        "THREAT": "threaten threatens threatened threat threats scared afraid fear terrified",
        "ANY": "anymore longer forever again",
        "BETTER": "better easier happier burden",
    }
    out: dict[str, str] = {}
    for name, words in table.items():
        for word in words.split():
            out.setdefault(word, name)
    for word in "to be am is are was were will would the a an of and , if when".split():
        out.setdefault(word, word)
    return out


_CLASS = _classes()
# A model-only hit needs one of these strong risk words (or a pattern match a
# guard set aside). Words like "life", "end", "gone", "wake" are too common in
# everyday talk to be a cue on their own.
_RISK = frozenset(
    (
        "die dying dead death died suicide suicidal kms unalive unaliving ctb overdose od "
        "kill killing killed murder hurt hurting hurts cut cutting cuts burn burning burned "
        "hit hitting hits punch punched beat beats beating slap slapped stab stabbed strangle "
        "strangled choke choked shove shoved pushed rape raped touches touched grabbed "
        "selfharm harm harming scars marks bruises bruise bleed bleeding blood starve punish "
        "threaten threatens threatened threats pills tablets knife "
        "gun blade blades razor rope noose bridge goodbye secrets forced sex abuse abused "
        "abusive violent unsafe danger weapon nudes suffer exist existing disappear burden"
    ).split()
)
# Risk words that also name an everyday object: "the punch bag", "a razor in the
# bathroom cabinet", "a new kitchen knife". Said only as that object, they are no
# cue (``has_risk``).
_AS_AN_OBJECT_AFTER = {
    "punch": frozenset("bag bags ball balls bowl".split()),
    "punching": frozenset("bag bags ball".split()),
}
_AS_AN_OBJECT_BEFORE = {
    "knife": frozenset(
        "kitchen bread butter chef chef's carving paring steak cheese fish palette".split()
    ),
    "razor": frozenset("electric disposable safety travel".split()),
}
# Where a razor is kept or what it is for, when it is a razor for shaving.
_GROOMING = frozenset(
    "shave shaving shaved beard stubble legs cabinet washbag sink toiletries bathroom".split()
)
# What makes a blade kept somewhere more than a blade: hiding it, needing it, "in case".
_KEPT_FOR_HARM = frozenset(
    "hide hiding hid hidden secret secretly case need needed emergency sleeve under".split()
)


# Hitting the bag, not anyone: "I hit the punch bag", "punched the boxing pads".
_STRUCK = frozenset("hit hitting hits punch punched punching beat beating kick kicked".split())
_KIT = frozenset("bag bags pads pad ball".split())
_KIT_KIND = frozenset("punch punching boxing heavy speed kick".split())


def _an_object(words: Sequence[str], k: int) -> bool:
    word = words[k]
    if word in _STRUCK:
        ahead = words[k + 1 : k + 4]
        if any(a in _KIT_KIND and b in _KIT for a, b in pairwise(ahead)):
            return True
    after = _AS_AN_OBJECT_AFTER.get(word)
    if after is not None and k + 1 < len(words) and words[k + 1] in after:
        return True
    before = _AS_AN_OBJECT_BEFORE.get(word)
    if before is not None and k and words[k - 1] in before:
        return _KEPT_FOR_HARM.isdisjoint(words)
    return word == "razor" and not _GROOMING.isdisjoint(words) and _KEPT_FOR_HARM.isdisjoint(words)


_OBJECT_WORDS = frozenset(_AS_AN_OBJECT_AFTER) | frozenset(_AS_AN_OBJECT_BEFORE) | _STRUCK


def has_risk(words: Sequence[str]) -> bool:
    """Whether ``words`` hold a strong risk word (``_RISK``) that is not only the name of
    an everyday object ("the punch bag", "a razor in my bathroom cabinet")."""
    found = _RISK.intersection(words)
    if not found:
        return False
    if not found <= _OBJECT_WORDS or "myself" in words:
        return True  # (not "I take it out on the punch bag and then on myself")
    return not all(_an_object(words, k) for k, word in enumerate(words) if word in found)


_model: Model | None = None


def load(path: Path = MODEL_PATH) -> Model | None:
    """The trained weights, read once (``None`` when the file is missing or broken)."""
    global _model
    if _model is not None and (path is MODEL_PATH or path == MODEL_PATH):
        return _model  # (``is`` first: this runs on every message)
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        categories = tuple(str(c) for c in data["categories"])
        rows: dict[str, list[float]] = data["weights"]
        model = Model(
            categories=categories,
            crisis={k: float(v[0]) for k, v in rows.items() if v[0]},
            category={k: tuple(float(x) for x in v[1:]) for k, v in rows.items() if any(v[1:])},
            bias=float(data["bias"][0]),
            category_bias=tuple(float(x) for x in data["bias"][1:]),
            thresholds={k: float(v) for k, v in data["thresholds"].items()},
        )
        width = len(categories)
        if len(model.category_bias) != width or any(
            len(row) != width for row in model.category.values()
        ):
            return None  # (``score`` adds the category rows a column at a time)
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None
    if path == MODEL_PATH:
        _model = model
    return model


@dataclass(frozen=True, slots=True)
class Score:
    probability: float  # of needing the crisis reply
    category: str
    crisis: bool  # at or above the threshold for its category
    evidence: str  # the features that pushed the score up most (empty when not a crisis)


def score(
    words: Sequence[str],
    suppressed: Sequence[tuple[str, str, str]] = (),
    media: bool = False,
    model: Model | None = None,
) -> Score | None:
    """Score one message's canonical words; ``None`` when no model is available."""
    model = model or load()
    if model is None:
        return None
    if media and not suppressed:
        return Score(0.0, "", False, "")  # talk about a story: the patterns' guard decides
    if not suppressed and not has_risk(words):
        # No risk word and no guarded pattern match: "my dad thinks I should
        # go", "part of me wants to go and part of me wants to stay", "I take
        # it out on the punch bag" are everyday talk, whatever their shape.
        return Score(0.0, "", False, "")
    present = set(features(words, suppressed, media))
    # The sums below add the same weights in the same order (the set's) as a
    # loop would, with the adding done in C: ``reduce`` adds one by one, left to
    # right, where ``sum`` may not (it compensates from Python 3.12).
    order = list(present)
    weights = list(map(model.crisis.get, order, repeat(0.0)))
    z = reduce(add, weights, model.bias)
    probability = 1.0 / (1.0 + math.exp(-z)) if z > -30.0 else 0.0
    # The category head costs more; only a message that could be flagged needs it.
    if probability < min(model.thresholds.values()):
        return Score(probability, "", False, "")
    heads = list(model.category_bias)
    rows = list(filter(None, map(model.category.get, order)))
    if rows:  # (every row as long as the heads, ``load`` checks: added a column at a time)
        columns = zip(*rows, strict=True)
        heads = [reduce(add, column, bias) for column, bias in zip(columns, heads, strict=True)]
    top = max(range(len(heads)), key=heads.__getitem__)
    category = model.categories[top]
    threshold = model.thresholds.get(category, model.thresholds["default"])
    if probability < threshold:
        return Score(probability, category, False, "")
    # The three heaviest telling features (not "i", "to", "it"), when they
    # weigh for a crisis: the heaviest of those with a positive weight.
    telling = (
        (w, f) for w, f in zip(weights, order, strict=True) if w > 0 and (" " in f or len(f) > 3)
    )
    best = heapq.nlargest(3, telling)
    evidence = ", ".join(f.replace(" _ ", " … ") for w, f in best)
    return Score(probability, category, True, evidence)
