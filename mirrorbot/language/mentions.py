"""Who and what a message is about: the people, places and topics named.

A listener who remembers "your sister" from ten minutes ago, and links it
back, is a listener who was paying attention. These are the handles memory
keeps; they are found by small word lists, not by guessing at names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import word_start

_RELATIONS = (
    "mum mom mam mother dad father parents stepmum stepmom stepdad sister brother siblings "
    "partner husband wife boyfriend girlfriend fiance fiancee ex spouse son daughter kids children "
    "baby grandma grandmother gran nan grandad grandpa grandfather grandparents aunt uncle cousin "
    "niece nephew friend friends best friend flatmate roommate housemate neighbour neighbor boss "
    "manager team colleague colleagues coworker coworkers teacher tutor therapist doctor landlord "
    "family in-laws mother-in-law father-in-law dog cat"
).split()
_PLACES = (
    "work office job school uni university college home house flat apartment gym hospital church "
    "class classroom shop store"
).split()
_TOPICS = {
    "work": "work job boss manager office deadline deadlines promotion meeting meetings shift shifts career colleague colleagues",
    "study": "exam exams test tests essay dissertation thesis school uni university college course coursework grades revision",
    "money": "money rent bills debt debts loan mortgage salary pay overdraft savings",
    "health": "health doctor hospital illness sick pain diagnosis appointment sleep insomnia",
    "family": "mum mom dad parents sister brother family kids children son daughter grandma gran grandad",
    "love": "partner husband wife boyfriend girlfriend relationship dating date marriage divorce breakup ex",
    "friends": "friend friends mates flatmate roommate",
    "home": "home house flat apartment move moving landlord neighbours neighbors",
}
_TOPIC_OF = {word: topic for topic, words in _TOPICS.items() for word in words.split()}


# The people and places these lists know: words that name who or where a
# message is about. (The topic words are left out: "meeting" or "test" is
# often the less telling word, as in "the allotment meeting".)
NOUNS = frozenset(_RELATIONS) | frozenset(_PLACES)
# The people (and pets) alone: who can have a feeling of their own.
PEOPLE = frozenset(_RELATIONS)
# Where something happened: "in the meeting", "at work", "on the train" say
# where a feeling came up, not what it is about.
SETTINGS = frozenset(_PLACES) | frozenset(
    """meeting meetings party interview appointment car train bus tube plane funeral wedding
    dinner lesson lecture call session shift queue supermarket pub restaurant""".split()
)

_PERSON = re.compile(
    "(?P<owner>"
    + word_start("my", "our")
    + r")\s+(?:(?:older|younger|little|big|best|new|old|oldest|youngest|eldest|ex-)\s*)?"
    r"(?P<who>"
    + "|".join(sorted((re.escape(r) for r in _RELATIONS), key=len, reverse=True))
    + r")\b"
)
_PLACE = re.compile(
    word_start("at", "to", "from", "in")
    + r"\s+(?:the\s+|my\s+)?(?P<where>"
    + "|".join(_PLACES)
    + r")\b"
)
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


@dataclass(frozen=True)
class Mentions:
    people: tuple[str, ...]  # from the listener's side: "your sister"
    places: tuple[str, ...]  # "work", "home"
    topics: tuple[str, ...]  # broad areas: "work", "study", "family", ...


def find(text: str) -> Mentions:
    """The people, places and topics in ``text`` (already cleaned)."""
    # One lowering and case-sensitive patterns: matching with IGNORECASE
    # costs about twice as much on every message.
    lowered = text.lower()
    people: list[str] = []
    for found in _PERSON.finditer(lowered):
        # "my sister" and "our mum" are both the person's own: "your ..." back.
        person = f"your {found.group('who')}"
        if person not in people:
            people.append(person)
    places = list(dict.fromkeys(m.group("where") for m in _PLACE.finditer(lowered)))
    topics = list(dict.fromkeys(_TOPIC_OF[w] for w in _WORD.findall(lowered) if w in _TOPIC_OF))
    return Mentions(tuple(people), tuple(places), tuple(topics))
