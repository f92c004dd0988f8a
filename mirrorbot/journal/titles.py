"""Automatic session titles and topic words: pure functions, no I/O.

A title is the main feeling family and one topic word, ``"Fear · work"``:

- the **main family** is the family that weighs most: each feeling counts
  its intensity (1-3), twice over where it was named rather than guessed
  from a cue, so "dreading it, I hate the fuss" outweighs a passing "I'm
  fine" (denied feelings do not count; a tie goes to the one said first);
- the **topic** is the content word the person used most often across the
  session: not a function word, not a common verb or filler, not one of the
  feeling words they used, at least three letters. A word known to name a
  person or place ("dad", "sister", "work") counts one use more, and one
  that looks like a verb form ("hit", "passed", "crying") half a use less,
  so "it hit me again, a year since Dad passed" is about "dad"; a tie goes
  to the word used first.

With no feeling the title is the topic alone (``"Work"``), with neither it
is ``"Untitled"``. Titles are capped at 60 characters.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from mirrorbot.language.feelings import FAMILIES
from mirrorbot.language.mentions import NOUNS

UNTITLED = "Untitled"
MAX_TITLE = 60

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")

# Words that say nothing about what a session was about.
_STOP = frozenset(
    """
    a about above after again against all almost also although always am among an and another
    any anybody anyone anything anyway anyways are aren't around as at away back be became
    because become been before being below between both but by can can't cannot could couldn't
    did didn't do does doesn't doing don't done down during each either else enough even ever
    every everyone everything few for from further get gets getting give go goes going gone
    got gotten had hadn't has hasn't have haven't having he he'd he'll he's her here hers herself
    him himself his how however i i'd i'll i'm i've if in into is isn't it it's its itself just
    keep kind know knew known last least less let let's like likely lot lots made make makes making
    many may maybe me might mine more most much must my myself never new next no nobody none nor
    not nothing now of off often oh ok okay on once one only or other others our ours ourselves
    out over own part really right said same say says saying see seem seemed seems she she'd
    she'll she's should shouldn't since so some somebody someone something sometimes somehow
    still such sure take taken takes than that that's the their theirs them themselves then there
    there's these they they'd they'll they're they've thing things think thinking thought this
    those though through thus till to too took toward towards tried try trying under until up
    upon us use used very want wanted wants was wasn't way we we'd we'll we're we've well went
    were weren't what what's whatever when where whether which while who whole whom whose why
    will with within without won't would wouldn't yeah yes yet you you'd you'll you're you've
    your yours yourself yourselves feel feels felt feeling feelings sort bit pretty quite rather
    just also actually basically literally honestly today yesterday tomorrow tonight day days
    time times week weeks year years morning evening night lately recently again
    keeps kept come comes came coming tell told telling talk talked talking put looks look looking
    find found need needed needs mean means meant happen happened happening stuff
    gonna wanna gotta cause cos hmm um uh yep nope nah sorry thanks thank please
    dont cant wont didnt doesnt isnt wasnt arent werent couldnt wouldnt shouldnt havent
    hasnt hadnt ive youre theyre thats whats theres lets idk tbh lol omg
    """.split()
)
# (The last lines: contractions typed without their apostrophe, and texting,
# which are grammar and tone, not a topic: "i dont want golf" is about golf.)


def topic_words(text: str, exclude: Iterable[str] = ()) -> list[str]:
    """The content words of ``text``, lower-cased, in order, repeats kept.
    A command typed in a conversation ("/end", "/summary") has none."""
    if text.lstrip().startswith("/"):
        return []
    skip = {w.lower() for w in exclude}
    found = []
    for match in _WORD.finditer(text):
        word = match.group().lower().replace("\u2019", "'")
        if len(word) < 3 or word in _STOP or word in skip:
            continue
        if word.endswith("'s"):
            word = word[:-2]
            if len(word) < 3 or word in _STOP or word in skip:
                continue
        elif "'" in word:
            continue  # "it'll", "we'd", "couldn't": grammar, not a topic
        found.append(word)
    return found


def main_family(feelings: Iterable[Mapping[str, object]]) -> str | None:
    """The family that weighs most among ``feelings`` (dicts as in
    ``Feeling.as_json()``): its intensity, doubled for a named feeling over
    a guessed one; a tie goes to the one said first (what a person opens with)."""
    weights: Counter[str] = Counter()
    first: dict[str, int] = {}
    for index, feeling in enumerate(feelings):
        family = feeling.get("family")
        if isinstance(family, str) and family in FAMILIES and not feeling.get("negated"):
            intensity = feeling.get("intensity")
            strength = intensity if isinstance(intensity, int) and 1 <= intensity <= 3 else 2
            weights[family] += strength * (1 if feeling.get("implied") else 2)
            first.setdefault(family, index)
    if not weights:
        return None
    return max(weights, key=lambda f: (weights[f], -first[f]))


def main_topic(texts: Sequence[str], feelings: Iterable[Mapping[str, object]] = ()) -> str | None:
    """The content word used most often across ``texts``, leaving out feeling words."""
    feeling_words: set[str] = set()
    for feeling in feelings:
        text = feeling.get("text")
        if isinstance(text, str):
            feeling_words.update(w.lower() for w in _WORD.findall(text))
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for text in texts:
        for word in topic_words(text, feeling_words):
            counts[word] += 1
            first.setdefault(word, len(first))
    if not counts:
        return None
    return max(counts, key=lambda w: (counts[w] + _weight(w), -first[w]))


# Short words that are common past tenses or verbs said of an event.
_VERBISH = frozenset("hit got let put cut lost left sent ran sat won met".split())


def _weight(word: str) -> float:
    """What a word's count is adjusted by as a topic (see the module docstring)."""
    if word in NOUNS:
        return 1
    if word in _VERBISH or word.endswith(("ed", "ing")):
        return -0.5
    return 0


def auto_title(texts: Sequence[str], feelings: Iterable[Mapping[str, object]]) -> str:
    """A session title from the person's ``texts`` and the ``feelings`` found in them."""
    feelings = list(feelings)
    family = main_family(feelings)
    topic = main_topic(texts, feelings)
    if family and topic:
        title = f"{family.capitalize()} · {topic}"
    elif family:
        title = family.capitalize()
    elif topic:
        title = topic.capitalize()
    else:
        title = UNTITLED
    return title[:MAX_TITLE]
