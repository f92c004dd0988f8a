"""Messages said to the listener itself rather than about the person's life.

"Thanks, that helps", "sorry, I'm rambling", "are you a real person?",
"can you help me?": each wants a plain answer (you're welcome, there's room,
what mirrorbot is, what it can do), not a reflection of its own words. This
module only recognises them; the reply engine says the answer (prompts/replies.toml,
the ``attending/...`` rules).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mirrorbot.language.analysis import Analysis


def to_listener(a: Analysis) -> str:
    """What ``a`` says to the listener: "thanks", "apology", "goodbye",
    "agreed", "what-i-am", "who-i-am", "can-help", or "" for a message about
    the person's own life."""
    if _thanks_the_listener(a):
        return "thanks"
    if _sorry_for_talking(a):
        return "apology"
    if _taking_leave(a):
        return "goodbye"
    if _AGREED.search(a.text) and _names_no_feeling(a):
        return "agreed"
    return _asked_of_the_listener(a.text)


# "Yes, that's it exactly", "spot on": the reflection landed. Said back, it
# would be "It sounds like that's it exactly".
_AGREED = re.compile(
    r"^\W*(?:(?:yes|yeah|yep|yup|mm+|right|ok|okay)\W+)*"
    r"(?:that'?s (?:it|right|exactly it|exactly right|spot on|true|so true|about right)|exactly|spot on|"
    r"you'?ve got it|you got it|that'?s (?:exactly )?how i feel|precisely)"
    r"(?:\W+(?:exactly|yes|yeah|really|totally))*\W*$",
    re.IGNORECASE,
)


# "Ok, that's enough for tonight", "going to bed now, night": leaving, said
# to the listener, answered with a goodbye rather than restated.
_LEAVING_SAID = (
    # ("That's it" alone is as often "that's it exactly": only with a time.)
    r"(?:that'?s enough(?: for (?:now|tonight|today|this evening))?"
    r"|that'?s (?:it|all) for (?:now|tonight|today|this evening)"
    r"|(?:i'?m |i am )?(?:going to|gonna|off to|heading to|heading off to) (?:go|bed|sleep|stop|head off)\b[^.!?]*"
    r"|good ?night|night night|bye(?: for now)?|goodbye|see you|see ya|gotta go|got to go"
    r"|i (?:have|need) to go|i'?ll stop (?:here|there)|let'?s stop (?:here|there)|signing off)"
)
_LEAVING = re.compile(
    r"^\W*(?:(?:ok|okay|right|well|anyway|anyways|alright|so|and|yeah)\W+)*"
    + _LEAVING_SAID
    + r"(?:\W+"
    + _LEAVING_SAID
    + r")*\W*$",
    re.IGNORECASE,
)
LEAVING_MAX_WORDS = 10


def _taking_leave(a: Analysis) -> bool:
    return _short_and_only(a, LEAVING_MAX_WORDS, _LEAVING)


def _short_and_only(a: Analysis, max_words: int, said: re.Pattern[str]) -> bool:
    """Whether ``a`` is short, names no feeling, and says ``said``."""
    return a.content_words <= max_words and _names_no_feeling(a) and said.search(a.text) is not None


# Thanks said to the listener ("thanks, that helps") and nothing more: a
# reply that guesses "grateful" back at them sounds like a machine.
THANKS_MAX_WORDS = 6


def _thanks_the_listener(a: Analysis) -> bool:
    return (
        a.content_words <= THANKS_MAX_WORDS
        and not a.is_question
        and any(f.cue == "gratitude" for f in a.feelings)
        and _names_no_feeling(a)
    )


def _names_no_feeling(a: Analysis) -> bool:
    """Whether every feeling that may be said back is only implied: "sorry
    for venting, I'm so hurt" names one, and that comes first."""
    return all(f.implied for f in a.asserted)


# "Sorry, I'm rambling", "sorry for the long message": an apology for
# taking up room, answered by making room, not by restating it.
_SORRY_FOR_TALKING = re.compile(
    r"\b(?:sorry|apologies)\b[^.!?]{0,25}?\b(?:rambl\w*|going on|babbl\w*|rant\w*|vent\w*|"
    r"long (?:message|post|entry|one)|this is (?:so |really )?long|dump\w*|"
    r"(?:all )?over the place|not making (?:any )?sense|so much text)",
    re.IGNORECASE,
)
SORRY_MAX_WORDS = 8


def _sorry_for_talking(a: Analysis) -> bool:
    return _short_and_only(a, SORRY_MAX_WORDS, _SORRY_FOR_TALKING)


# Questions about the listener itself deserve a plain, honest answer (what
# mirrorbot is, what it can do), not their own words turned back on them.
# Anchored once at the start (not "^a|^b", which is tried at every position).
_WHAT_ARE_YOU = re.compile(
    r"^\W*(?:(?:(?:are|r) (?:you|u)|is this|am i (?:talking|speaking|writing) (?:to|with)) "
    r"(?:even |actually |really |just )?(?:a |an )?(?:real|human|person|people|bot|robot|ai|a\.i\.|"
    r"machine|computer|program|programme|chat ?bot|therapist|counsell?or|alive)\b)",
    re.IGNORECASE,
)
# "So", "ok", "um" before a question about mirrorbot.
_ASKING_LEAD = r"^\W*(?:(?:so|ok|okay|and|well|um|hm+|but)\W+)?"
# "Who are you?" asks for a name and a description, not a yes or a no.
_WHO_ARE_YOU = re.compile(
    _ASKING_LEAD
    + r"(?:(?:who|what) (?:are|r|is) (?:you|u|this)|who am i (?:talking|speaking|writing) (?:to|with)"
    r"|what(?:'s| is) your name)\W*$",
    re.IGNORECASE,
)
# "What are you for?", "what do you do?": what it can do, not who it is.
_WHAT_FOR = re.compile(
    _ASKING_LEAD
    + r"(?:what (?:are|r) (?:you|u) (?:even |actually |really )?(?:for|good for|here for|meant to do|supposed to do)"
    r"|what (?:do|can) (?:you|u) (?:even |actually |really )?do|what(?:'s| is) (?:this|this app|this thing|the point of this) (?:even )?for"
    r"|what(?:'s| is) the point of (?:this|you)|how does (?:this|this thing|it) work)\W*$",
    re.IGNORECASE,
)
_CAN_YOU_HELP = re.compile(
    r"^\W*(?:can|could|will|would) (?:you|u) (?:please |even |actually |really )?help(?: me)?\W*$",
    re.IGNORECASE,
)


# Past this length, a message with no question mark is telling something
# ("are you a real person or just a program, I wondered, because ..."),
# not asking mirrorbot what it is.
ASKED_OF_ME_MAX_CHARS = 40


def _asked_of_the_listener(text: str) -> str:
    """The kind of a question about mirrorbot itself, or ""."""
    if "?" not in text and len(text) > ASKED_OF_ME_MAX_CHARS:
        return ""
    if _WHAT_ARE_YOU.search(text):
        return "what-i-am"
    if _WHO_ARE_YOU.search(text):
        return "who-i-am"
    if _CAN_YOU_HELP.search(text) or _WHAT_FOR.search(text):
        return "can-help"
    return ""
