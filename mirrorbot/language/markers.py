"""Cues that let a listener add meaning: a complex reflection's raw material.

Each marker is a kind of thing people say that carries more than its words:
"again" (a pattern), "should" (a standard they hold), "everyone else" (a
comparison), "nobody notices" (not being seen), "I try so hard" (effort),
"used to" (a change), "I'm so stupid" (self-judgement), "I told everyone I
was fine" (a mask). The reply engine decides what to do with them; this
module only finds them.
"""

from __future__ import annotations

import re

from mirrorbot.language.text import REPORTING, not_just_after

# "I", "I've been", "I keep", "I was just": the person's own saying or doing.
_I_KEEP = r"\bi(?:'ve| have|'m| am| was)?(?: been| just| always| keep| kept| still| even)*"

_PATTERNS: dict[str, str] = {
    # "keep" is a pattern when it keeps doing ("keeps cancelling", "I keep
    # crying"), not when it holds ("keep my leg up", "kept quiet"), nor when
    # a thought goes round ("I keep replaying it": the mind, not the event).
    # ("feel like myself again" is a return, not a pattern: see _RETURNS.)
    "recurrence": r"\b(?:again|always|every (?:single )?(?:time|day|week|night)|(?:keeps?|kept)(?: on)?(?: (?:me|him|her|them|us|it))? (?!thinking|replaying|going over|wondering|checking|worrying|overthinking|picturing|imagining)\w+ing|constantly|yet again|once more|all the time|over and over)\b",
    # Only a standard the person holds for themselves ("I should"), not a
    # plain plan ("I need to buy milk") or someone else's ("she says I should").
    # The look-behinds sit after the "i" (each one longer by it) so that
    # they run only where an "i" is, not at every position of the text.
    "obligation": r"\bi"
    + not_just_after("i", *REPORTING, "me", "maybe", "perhaps", "guess")
    + r"(?:'m|m| am)?\s+(?:really\s+|just\s+|still\s+|probably\s+)?(?:should(?:n't| not)?|ought to|supposed to|meant to)\b|\bi feel like i should\b",
    # "All my friends" alone is only who ("I'm leaving all my friends"); set
    # against the person it is a comparison: "all my friends have jobs",
    # "all my friends already know", "than all my friends".
    "comparison": r"\b(?:everyone else|everybody else|other people|every(?:one|body) (?:around me|i know)|the others|compared to|unlike (?:everyone|my)|(?:except|apart from|other than) (?:for )?me|than (?:all )?(?:of )?my friends)\b"
    r"|\ball (?:of )?my friends(?: \w+ly| all| just| even| still| already| now)* (?:are|were|'re|have|had|'ve|has|seem(?:ed)?|do|did|does|can|could|will|got|get|know|knew|went|go|manage[ds]?|\w+ed)\b"
    # "everyone posts their perfect lives and mine is a mess"
    r"|\b(?:everyone|everybody|other people)(?: else)? (?:\w+ ){0,6}(?:and|but|while|whereas) (?:mine|my life|my \w+ (?:is|are|was|feels?))\b",
    # ("nobody at school even notices", "no one here ever asks": a place
    # and an adverb may stand between.)
    "unseen": r"\b(?:no ?one|nobody|no body)(?: (?:at|in|on|around) (?:\w+ )?\w+| here| there)?(?: even| ever| really| actually)? (?:notices?|noticed|cares?|cared|listens?|listened|sees?|saw|asks?|asked|gets? it|appreciates?|thanks?)\b|\btook (?:the )?credit\b|\binvisible\b|\btaken for granted\b|\bdoesn't even notice\b",
    "effort": r"\b(?:try(?:ing)? so hard|tried so hard|tried everything|doing everything|do everything|all i do|give it everything|bending over backwards|working so hard)\b",
    "change": r"\b(?:used to|any ?more|not the same|no longer|these days|ever since|since (?:she|he|they|we|i|it) (?:left|moved|died|started|changed))\b",
    # Saying or showing "fine" while not feeling it: "I told everyone I was
    # fine", "I keep pretending I'm okay", "putting on a brave face". Only
    # the person's own saying: "the doctor said I'm fine" is news, not a mask.
    "masking": _I_KEEP
    + r" (?:(?:say(?:ing)?|said|tell(?:ing)?(?: \w+){0,2}|told(?: \w+){0,2}|mak(?:e|ing) out)(?: that)?|(?:pretend(?:ing|ed)?|act(?:ing|ed)? like)(?: that| to be)?)(?: i'm| im| i am| i was| i'd be| i'll be| everything(?:'s| is| was)| things are| all is) (?:totally |perfectly |completely |absolutely |just )?(?:fine|okay|ok|alright|all right|good|coping)\b(?! to (?!everyone|everybody|people|anyone|them|him|her|my|me)\w)"
    + r"|"
    + _I_KEEP
    + r" (?:pretend(?:ing|ed)?|act(?:ing|ed)?|fak(?:e|ed|ing))(?: to be)? (?:fine|okay|ok|alright|all right|happy|normal|cheerful)\b"
    r"|\b(?:brave face|happy face|fake (?:a )?smile|faking (?:a )?smile|smil(?:e|ing) through|put(?:ting)? on a (?:good |brave |happy )?(?:show|front)|nobody knows how (?:i|bad)"
    # "Nobody at work knows I'm struggling", "no one here knows what I'm going through".
    r"|(?:nobody|no one|no-one) (?:at \w+ |here |around me |in my \w+ )?(?:even )?knows (?:i'm|im|i am|that i|what i|how much i|i've been)"
    # Carrying it alone: "I haven't told anyone", "nobody knows about it".
    r"|\bi (?:still )?(?:haven't|havent|have not|never|didn't|didnt|did not|can't|cant|cannot) (?:ever )?(?:tell|told) (?:anyone|anybody|a soul|a single person)"
    r"|(?:nobody|no one|no-one) knows about (?:it|this|that|any of (?:it|this))"
    # "so tired of pretending everything is ok", "sick of acting like I'm fine"
    r"|(?:tired|sick|exhausted|fed up) (?:of|from|with) (?:pretending|acting like|saying|telling everyone)(?: that)?(?: i'm| im| i am| everything(?:'s| is)| things are| all is| it's)? (?:totally |just )?(?:fine|okay|ok|alright|all right|good|happy|normal))\b",
    # ("I'm a mess" is left out: said of a day, it is overwhelm, not a verdict.)
    "self_judgement": r"\bi(?:'m| am) (?:so |such an? |a |an |just |really |completely |totally )*(?:stupid|useless|idiot|failure|pathetic|loser|worthless|hopeless case|disappointment|fraud)\b|\bwhat(?:'s|s| is)? wrong (?:with|w/?) me\b"
    r"|\bi(?:'m| am| feel like| felt like) (?:such )?(?:an?|the) (?:bad|terrible|awful|rubbish|useless|crap|shit|worst|horrible|lousy) (?:mum|mom|mother|dad|father|parent|friend|person|daughter|son|sister|brother|wife|husband|partner|boss|teacher|student)\b"
    r"|\bi (?:feel|felt) like (?:such )?(?:an? )?(?:idiot|failure|loser|fraud|disappointment)\b"
    # "I feel like I'm too much for people": a verdict on themselves.
    r"|\bi(?:'m| am|m) (?:just |always |probably )?too much(?: for (?:people|everyone|anyone|them|him|her))?(?= *$|[.,!?]| for)"
    r"|\bi(?:'m| am) not good enough\b|\bi(?:'m| am) (?:the|always the) problem\b|\b(?:it's|it is|it was|this is|that's|that is|maybe is|is all) (?:all )?my (?:own )?fault\b",
}

# Words one of which must appear for a marker's pattern to be worth
# running: most messages carry no marker, and a substring test is far
# cheaper than a case-insensitive regex search.
_TRIGGERS: dict[str, tuple[str, ...]] = {
    "recurrence": (
        "again",
        "always",
        "every",
        "keep",
        "kept",
        "constantly",
        "more",
        "all the time",
        "over and over",
    ),
    "obligation": ("should", "ought", "supposed", "meant to"),
    "comparison": ("else", "other", "friends", "every", "compared", "unlike", "except", "apart"),
    "unseen": ("one", "nobody", "no body", "credit", "invisible", "granted", "notice"),
    "effort": ("try", "tried", "everything", "all i do", "backwards", "so hard"),
    "change": ("used to", "more", "same", "longer", "these days", "since"),
    "masking": (
        "fine",
        "ok",
        "alright",
        "all right",
        "good",
        "happy",
        "normal",
        "cheerful",
        "coping",
        "face",
        "smil",
        "front",
        "show",
        "knows",
        "told",
        "tell",
    ),
    "self_judgement": (
        "i'm",
        "i am",
        "feel like",
        "felt like",
        "wrong w",
        "my fault",
        "my own fault",
    ),
}
_COMPILED: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (name, _TRIGGERS[name], re.compile(pattern)) for name, pattern in _PATTERNS.items()
)

MARKERS: tuple[str, ...] = tuple(_PATTERNS)


# "Again" after a state one wants back ("feel useful again", "be happy again",
# "feel like myself again", "normal again"): a return to how things were, not
# a recurrence. Taken out before the recurrence pattern is tried.
_RETURNS = re.compile(
    r"\b(?:(?:want to|wanna|wish i could|hope to|hoping to|love to|need to|long to|try to"
    r"|trying to) (?:feel|be)(?: like)?(?: \w+){1,3}"
    r"|(?:myself|normal|human|whole|okay|ok|happy|well|better|safe|useful|free|confident))"
    r" again\b"
)


def find(text: str) -> frozenset[str]:
    """The names of the markers present in ``text``."""
    lowered = text.lower()
    found = set()
    for name, triggers, pattern in _COMPILED:
        if not any(t in lowered for t in triggers):
            continue
        said = lowered
        if name == "recurrence" and "again" in lowered:
            said = _RETURNS.sub(" ", lowered)
        if pattern.search(said):
            found.add(name)
    return frozenset(found)
