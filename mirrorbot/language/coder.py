"""The practice coder: what a listener's reply does, and one honest tip.

``code(utterance, context)`` says whether a reply is a **reflection**
(simple or complex), a **question** (open or closed), **input** (information
or advice) or **other** (greetings, "mm-hmm", thanks), which of the fourteen
roadblocks it shows (:mod:`roadblocks`), the feelings it names, and tips
whose wording comes from ``prompts/coder/tips.toml``. ``context`` is what
the speaker said just before; with it the coder can tell parroting from a
paraphrase, an unstated feeling from a repeated one, and a feeling that is
off-target or too strong.

How a reply is read
-------------------
1. Cleaned (:func:`text.clean`), lower-cased, stutters folded ("s-so" ->
   "so"), fillers dropped ("um", ", you know,"), and split into sentences;
   a broken-off phrase ("--") ends a sentence too.
2. Each sentence gets a function. A **question** is a sentence that asks:
   it ends in "?", or begins like a question (an auxiliary before a subject:
   "do you", "is it"; a wh-word before a verb: "what happened"), or invites
   ("tell me about", "I wonder what"). Wh-words, "how" and invitations are
   open; auxiliary-first questions, "how many/long/often", "when", either-or
   and statements with a question mark are closed (unless they trail off
   on "or", leaving the other answers to the speaker: open). A **statement** is a
   reflection when it is about the speaker ("you're...", "it sounds
   like...", "part of you...", or what they said, in other words), input when
   it brings the listener's own material (advice in any form, facts,
   plans, "I recommend"), other when it is a formula or an acknowledgement.
3. One reply, one code: the **strongest move** it makes, in this order:
   a question (it hands the turn back and steers what comes next), then
   input (the listener's own material: advice or information changes who
   is talking), then a reflection, then other. So "You've had enough. What
   would help?" is an open question, and "You're tired. Try going to bed
   earlier." is advice. Acknowledgements ("okay", "great") and broken-off
   scraps count only when nothing else is there. When a reply asks several
   questions and any is open, it is open (the speaker answers the widest).
   Measured on transcribed sessions this order agreed with expert coders
   more than "the last sentence decides" or "the longest part decides",
   with one exception: when the listener's own material is at least twice
   as long as the questions ("Most people find the first fortnight the
   hardest... There's a group on Thursdays. Have you been before?"), the
   question is a coda and the reply is input; unless it asks leave to go
   on ("Would you like some information on that?", "Is it okay if I
   share an idea?"), which hands the choice of what comes next back.
4. A question mark: typed and spoken text differ. In **typed** text (the
   practice loop, the default) the mark is the learner's choice: "So you
   feel alone?" is a closed question, whatever its shape, and the tip says
   so; so is a reflection with a tag ("..., right?"). This is the rule of
   reflective-listening.md §2. In **transcribed** speech
   (``transcribed=True``) nobody typed the mark: a transcriber heard a
   rising tone and wrote "?". Counsellors often let a reflection rise a
   little to offer it for checking, which §2 allows ("It sounds like...,
   is that right?" counts as a reflection *and* a question). So in a
   transcript a statement with "?" is read by what it states: about the
   speaker's inner world (a feeling, a want, a worry, a value, both sides,
   "sounds like") it is a reflection; about a fact (a number, a day, who
   did what) it checks the fact and is a closed question. Measured on
   expert-coded transcripts, the inner-world half was coded reflection
   more often than question, the factual half question two to one.

Simple vs complex: a reflection is complex when it adds something the
speaker did not say: a feeling they did not name, a value or what matters
("important to you"), a meaning, a metaphor, both sides of ambivalence, or a
summary of several things; it is simple when it restates, and parroting
when it is mostly the speaker's own words (needs ``context``). In a
transcript, a reflection said with a rising tone counts toward complex: the
listener is checking a guess, and what only restates needs no checking.

``code`` is pure and fast (no I/O after the first call reads the tips) and
never raises.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from string import Template
from typing import Any

from mirrorbot.language import roadblocks as rb
from mirrorbot.language.feelings import VALENCE, Feeling, detect, primary
from mirrorbot.language.perspective import mirror
from mirrorbot.language.text import ANALYSIS_LIMIT, WORD, clean, not_just_after

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CODES: tuple[str, ...] = ("reflection", "question", "input", "other")
MAX_TIPS = 3
TIPS_FILE = "coder/tips.toml"


@dataclass(frozen=True, slots=True)
class Tip:
    """One piece of feedback: a stable id and the words shown."""

    id: str
    text: str


@dataclass(frozen=True, slots=True)
class Coding:
    """What one listener reply does.

    ``detail`` refines the code for the practice loop: for input
    "advice" or "information"; for reflections "parroting", "paraphrase",
    "feeling", "double", "summary" or "meaning"; else None.
    """

    input: str
    code: str
    subtype: str | None
    roadblocks: tuple[str, ...] = ()
    feelings: tuple[Feeling, ...] = ()
    tips: tuple[Tip, ...] = ()
    detail: str | None = None

    def as_json(self) -> dict[str, object]:
        """The ``code --json`` object of architecture.md, key for key.

        A feeling is the contract's four keys (``Feeling.as_json``), and
        only the feelings the reply *names*: a feeling the detector guesses
        from a cue ("you couldn't sleep") is kept on ``feelings`` for the
        practice judge, but not shown here, where it would read as named."""
        return {
            "input": self.input,
            "code": self.code,
            "subtype": self.subtype,
            "roadblocks": list(self.roadblocks),
            "feelings": [f.as_json() for f in self.feelings if not f.implied],
            "tips": [tip.text for tip in self.tips],
        }


# --- word lists ---------------------------------------------------------------


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_AUX = _set(
    "do does did don't doesn't didn't is isn't are aren't was wasn't were weren't have haven't "
    "has hasn't had hadn't can can't could couldn't would wouldn't will won't shall should "
    "shouldn't may might must am"
)
_SUBJECTS = _set(
    "you i we he she it they there that this these those anyone anybody anything someone "
    "somebody something everyone everything your my his her their our the a an any some "
    "people things he's she's it's that's you've mum mom dad"
)
_DETERMINERS = _set("your my his her their our the a an any some this that these those")
_WH = _set(
    "what what's whats how how's why when where where's who who's whom which whose what're "
    "what'd why'd how'd where'd who'd when'd"
)
_CLOSED_HOW = _set("many much often long old far")
# A wh-question that asks for one fact: a time, a date, an age, a name.
_ONE_FACT = re.compile(
    r"^(?:what|which) (?:time|day|date|year|month|age|grade|percentage)\b|^what(?:'s| is| was) (?:(?:your|his|her|their|the) )?(?:[\w']+ )?name\b(?! of)"
)
# A wh-clause as the subject of a statement ("What matters most here is
# that...", "What you're describing is a lot", "How you handle it is up to
# you"): the wh-word opens a clause with its own verb, then "is" and what
# it is. Not after an auxiliary ("What do you think is going on").
_PSEUDO_CLEFT = re.compile(
    r"^(?:what|how|why|where|when|who|whatever)\s+(?!(?:do|does|did|is|are|was|were|would|could|can|will|should|have|has|had|might|may)\b)"
    r"(?:(?:i|you|we|they|he|she|it|people|your \w+)(?:'re|'m|'ve)?\s+(?:\w+\s+)?\w+|\w+(?:s|ed))\b[^?]*?\s(?:is|was|are|were|has been|seems|sounds)\s+\w+"
)
# Words that, straight after a wh-word, make it a question rather than a
# clause ("what happened", "how are" vs "what I mean is", "how lovely").
_WH_NEXT = (
    _AUX
    | _set(
        "happened happens happen made makes make brought brings kind sort else would about if come "
        "do you's comes came gets got goes went led leads keeps stops helps helped worries "
        "concerns matters stands way part sorts kinds things thing time times day days"
    )
    | _CLOSED_HOW
    | _set("important confident ready willing likely sure much")
)
_BACKCHANNEL = _set(
    "mm mmm mm-hmm mhm mm-mm hmm hm uh-huh uh huh okay ok okey yeah yes yep yup ya right "
    "sure alright all oh ah aha wow great good excellent perfect cool gotcha got it i see "
    "thanks thank you indeed true exactly absolutely definitely certainly fine nice lovely "
    "fair enough no nope well so and but of course totally really interesting wonderful "
    "awesome brilliant"
)
_STOP = _set(
    "a an the and or but so if then than that this these those there here it its it's is are "
    "was were be been being am i i'm i've i'd i'll me my mine myself you you're you've you'd "
    "you'll your yours yourself we we're our us he she him her his they them their to of in on "
    "at for with about from by as into up down out just really very so such like kind sort "
    "um uh yeah okay well do does did doing have has had having not no don't can't it's "
    "what when where why how who which would could should will can may might must get got "
    "go going gonna wanna know think feel feeling felt say said saying mean all some any "
    "much many more most also too still even now then lot lots thing things something "
    "anything everything because cause 'cause right oh mm hmm ok sure yes"
)
_GREETING = re.compile(
    r"^(?:hi|hello|hey|good (?:morning|afternoon|evening)|welcome|nice to (?:meet|see)|"
    r"(?:it's |it is )?(?:good|great|nice|lovely) to (?:see|meet|have)|thanks?\b|thank you|"
    r"(?:i )?(?:really |just |do )?appreciate|(?:i'm |i am )?(?:so |really )?sorry to hear|bye|goodbye|see you|take care|my name is|pleasure|you're welcome|"
    r"no problem|excuse me|sorry|i'm sorry to interrupt|congratulations|have a (?:good|great|nice|lovely|safe|wonderful|happy)|"
    # A parting wish: "All the best", "Best of luck with it", "Good luck".
    r"(?:all the (?:very )?best|(?:the )?best of luck|good luck|best wishes|(?:i )?wish you (?:all the best|luck|well|the best))\b|"
    r"(?:i|we)(?:'ll| will) (?:plan to |hope to )?see you\b|(?:i|we) (?:plan|hope) to see you\b|"
    r"(?:i|we)(?:'m| are)? (?:really )?look(?:ing)? forward to|"
    # Pleasantries about the meeting and the listener's regard for the
    # speaker: "It was really nice talking with you", "My pleasure", "I've
    # enjoyed our chat", "I admire you for coming".
    r"(?:it was|it's been|it has been|it's|it is|that was) (?:very |really |so |such )?(?:nice|good|great|lovely|a pleasure|a real pleasure)"
    r" (?:talking|meeting|chatting|speaking|seeing|working|to (?:meet|see|talk|chat|have|speak|work))|my pleasure|"
    r"i(?:'ve| have)? (?:really |truly )?(?:enjoyed|loved) (?:talking|having|meeting|chatting|working|our|this|getting|today|hearing)|"
    r"i (?:really |truly )?(?:applaud|admire|commend|salute) you)"
)
# A name or a word of address first: "Sam, thanks for coming in."
_VOCATIVE = re.compile(r"^[a-z]+,\s+")
# The listener's verdict on what was said, and nothing about the speaker:
# "That sounds good.", "That's a big step." An acknowledgement, not a
# reflection ("That sounds hard" names their experience and is not here).
_EVALUATION = re.compile(
    r"^(?:(?:that|it|this|which)(?:'s| is| was| would be| will be| sounds| seems| looks)?|sounds|how) (?:like )?"
    r"(?:really |very |so |pretty |super |quite |just )*(?:good|great|fine|excellent|wonderful|exciting|awesome|fantastic|"
    r"brilliant|terrific|perfect|cool|nice|lovely|interesting|amazing|impressive|helpful|useful|fair|okay|ok|"
    r"(?:a |an )(?:really |very |pretty )?(?:good|great|excellent|wonderful|big|important|interesting|nice|smart|wise|"
    r"fantastic|huge) (?:idea|decision|plan|start|step|thing|goal|choice|point|question|achievement))\b"
)
# A short check after information: "Does that make sense?", "Any questions?"
_CHECK = re.compile(
    r"^(?:does that (?:make sense|sound \w+|seem \w+|work(?: for you)?|fit)|(?:do you have )?any (?:questions|concerns|thoughts)(?: \w+){0,3}"
    r"|what do you think(?: about (?:that|this))?|how does that (?:sound|feel)(?: to you)?|is that (?:right|correct|okay|ok|all right|alright|fair|true|accurate)"
    r"|(?:is )?that (?:okay|ok|all right|alright|fair)|okay|ok|all right|right|did i get that(?: right)?|would that be (?:ok|okay|all right|alright)"
    r"|sound good|make sense|you know what i mean|how's that"
    # The speaker's reaction to what the listener just brought: "How does
    # that fit for you?", "What's your impression?", "Do either of those
    # appeal?"
    r"|what's your (?:impression|reaction|take)(?: on (?:that|this|it))?|what do you (?:think|make) (?:of|about) (?:that|this|those|these|it)"
    r"|how (?:does|do) (?:that|this|those|these|it) (?:fit|sound|seem|strike you)(?: (?:for|to|with) you)?"
    r"|(?:does|do|would|could) (?:that|this|those|these|any of (?:those|these|them)|either of (?:those|these|them)) (?:\w+ ){0,2}(?:sound|seem|fit|appeal|interest you)(?: \w+){0,6})$"
)
# A statement that starts like a reflection of the speaker.
_REFLECTION_STEM = re.compile(
    r"^(?:(?:and |but |so |now |then |yet )*)"
    r"(?:(?:it |that |this )?(?:sounds?|seems?|feels?|looks?|appears?)(?: to me)?(?: like| as if| as though| that|,)?\b"
    r"|you(?:'re|'ve|'d|'ll)?\b|your\b|yourself\b|part of you|a part of you|some of you|on (?:the )?one hand|on the other hand"
    r"|i (?:get|have|got) (?:the |a )?(?:sense|impression|feeling)|i(?:'m| am) (?:hearing|getting|sensing|guessing)"
    r"|what i(?:'m| am) hearing|i hear (?:you|that)|if i(?:'m| am) (?:hearing|understanding)|i can (?:imagine|see|hear|tell)"
    r"|i sense|i(?:'m| am) (?:wondering|guessing) if you|i wonder if you(?:'re| are| feel| might| have)|let me see if|let me make sure"
    r"|(?:that|it|this) must|must (?:be|have)|(?:it's|that's|it is|that is|it's been|that's been|this is) (?:been |really |so |pretty |quite |a |such a |very |kind of |sort of |just |all |not |a bit |a little |an )*"
    r"(?:hard|tough|difficult|a lot|scary|frightening|frustrating|important|painful|heavy|exhausting|confusing|upsetting|big|huge|lonely|stressful|overwhelming|worrying|challenging|sad|rough|unfair|struggle|worry|concern|priority|problem|issue|shame|relief|change|step|pressure|burden)"
    r"|in other words|what you're saying|so what you're|you(?:'re| are) saying|for you|with you|at the same time|deep down|somewhere)"
)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|myself)\b")
_ABOUT_YOU = re.compile(r"\b(?:you|you're|you've|you'd|you'll|your|yourself)\b")
_LISTENER_INPUT = re.compile(
    r"^(?:(?:and |but |so |now |well |actually |basically |also )*)"
    r"(?:i(?:'m| am| will|'ll)? (?:going to|gonna|want to|wanna|wanted to|would like to|'d like to|'d love to|like to|need to|have to|will|'ll)\b(?! (?:make sure i|check|see if i|understand|hear))"
    r"|i (?:have|got|brought) (?:some|a|the|an)\b|i (?:see|notice|noticed|saw|read|looked) (?:that|here|in|on|from|your)"
    r"|i (?:think|believe|feel) (?:that )?(?:it|this|that|there|we|the|a|it's|there's|those|these)\b"
    r"|i (?:can|could) (?:give|help|offer|send|refer|show|get|tell you|provide|put)|my (?:job|role|goal|concern|hope|suggestion|plan) (?:is|would be|here)"
    r"|we (?:can|could|will|'ll|might|should|have|need|are going|'re going|usually|normally|often|do)\b|we've (?:got|been)|let's\b|let me (?:give|tell you|explain|share|show|just|ask)"
    r"|here(?:'s| is| are) (?:the|your|a|an|some|what|how|my)\b|there(?:'s| is) something (?:else )?i\b"
    r"|there (?:is|are|'s|was|were|have been|has been) (?:a lot of |lots of |some |many |also |other |different |plenty )(?!of you)"
    r"|(?:research|studies|evidence|the (?:doctor|medication|medicine|drug|law|rule|policy|guideline|program|programme|group|class|clinic|test|results?))\b"
    r"|(?:most|many|some|a lot of) (?:people|patients|students|smokers|folks|kids|parents)\b"
    r"|it(?:'s| is) (?:important|recommended|best|good|a good idea|helpful|useful|normal|common|true|possible) (?:to|that|for)\b)"
)
_INVITATION = re.compile(
    r"^(?:(?:and |but |so |now |then |well |maybe |perhaps |just |please )*)"
    r"(?:(?:can|could|would|will) you (?:please |maybe |just )?(?:tell|say|talk|describe|explain|share|give me|walk me|help me|fill me|think of|think about|imagine|expand|elaborate|paint)\b"
    r"|tell (?:me|us)\b|say (?:more|a bit|a little)|talk (?:to me )?(?:more |a bit |a little )?about|describe|explain|help me understand|walk me through|give me (?:an|some|a) (?:example|sense|idea)"
    r"|i(?:'m| am)? (?:wonder|wondering|curious|interested)(?: (?:about|what|how|if|whether|why|where|when|to know|to hear))?\b|i(?:'d| would) (?:love|like) to (?:hear|know|understand)|fill me in|let(?:'s| us) (?:talk|hear) about"
    r"|i want to (?:hear|know|understand)|share (?:more|with me|a bit|a little)|paint me|elaborate|go on\b"
    r"|why don't (?:you|we) (?:start by |begin by |just )?(?:tell (?:me|us)|fill me|talk (?:to me|with me|about)|share (?:with me|a bit|a little|more)|walk me|describe|start by|begin by|give me)"
    r"|(?:could|can|might) you (?:tell|say|describe|talk about|share|give me|walk me|fill me)"
    r"|(?:you )?(?:could|can|might) (?:tell (?:me|us)|say (?:more|a bit|a little)|describe|talk (?:to me )?about|share (?:more|with me|a bit|a little)|give me|walk me|fill me))"
)
# Invitations that may come after a preamble ("so, right now, tell me about...").
_INVITATION_INSIDE = re.compile(
    r"\b(?:i(?:'m| am)? (?:just |kind of |sort of |also |really )?(?:wonder|wondering|wondered|curious|interested) (?:about|what|how|if|whether|why|where|when|in (?:what|how|hearing|knowing))"
    r"|(?<!you )tell me (?:a little|a bit|about|more|what|how|why|something|some)|help me understand|walk me through|say (?:a little |a bit )?more about)\b"
)
# Advice dressed as a question: the listener supplies the answer. A question
# that asks the speaker to find one ("What could you do?", "Who could you
# call?") is evoking, not advising.
_DISGUISED = re.compile(
    rb.not_asked_which("have ")
    + r"have you (?:ever )?(?:tried|considered|thought about (?:\w+ing|a |an |some |getting|going|talking|trying|seeing|asking|telling|taking|(?:\w+ )?(?:counselling|counseling|therapy|medication|meditation|mindfulness|yoga|exercise|rehab|time off)\b)|thought of (?:\w+ing))|"
    + rb.not_asked_which("did ")
    + r"did you (?:try|consider) |\bwhy (?:don't|dont|do not) you\b|\bwhy not\b|\b(?:what|how) about (?:(?:you |we )?(?:just )?\w+ing|you\b|a |some )"
    r"|\bwhat if you (?:just |tried|try|talked|talk|took|take|went|go|told|tell|asked|ask|called|call|started|start|stopped|stop|gave|give|wrote|write)\b"
    r"|\b(?:would|could|might) it (?:help|be (?:worth|a good idea|better))\b|\bwouldn't it be (?:better|easier|good)\b"
    r"|\b(?:maybe|perhaps) (?:you )?(?:should|could|ought|need|try)\b|"
    + rb.not_after("think", "feel", "believe", "say", "guess", ahead="(?:you|u) (?:should|ought)")
    + r"(?:you|u) (?:should\b"
    + rb.NOT_PRAISE
    + r"|shouldn't\b|ought to\b)"
    r"|\bcan't you (?:just )?\w+|\bshouldn't you\b|\bdon't you think (?:you|it would|it'd) (?:should|could|ought|be better)"
)
_TAG = re.compile(
    r"(?:,|\s)\s*(?:right|correct|yeah|yes|huh|no|ok|okay|isn't it|aren't you|don't you|didn't you|wasn't it|doesn't it|is that (?:right|correct|fair|it|true|so)|did i get that(?: right)?|am i right|does that (?:sound|fit|make sense|seem) ?\w*|have i got that(?: right)?|would that be (?:right|fair|true)|is that (?:what|how) [^?]*)\s*\??$"
)
_DOUBLE = re.compile(
    r"\bon (?:the )?one hand\b|\bon the other(?: hand)?\b|\bpart of you\b|\bat the same time\b(?! (?:each|every|of|as|on|in)\b)|\band yet\b|"
    r"\b(?:torn|mixed feelings|both)\b|\bother part\b|\bone side\b"
    # The other side joined by "and", as §2 asks: "You want to be there
    # for him, and you also love your work."
    r"|,? and (?:you |part of you )?(?:also |still |at the same time,? )(?:you )?(?:\w+ )?(?:want|wanna|love|like|care|need|worry|worried|feel|think|hope|enjoy|miss|know|believe|value|fear|afraid|scared)\b"
)
_DOUBLE_BUT = re.compile(
    r"\b(?:you|you're|you've|part of you|on (?:the )?one hand)\b[^.?!]*?,? but (?:at the same time |also |then |on the other(?: hand)?,? )?"
    r"(?:you|you're|you've|part of you|another part|a part|on the other|there's also|it's also|at the same time)\b"
)
_VALUE = re.compile(
    r"\b(?:important (?:to|for) you|matters? (?:to|for) you|means? (?:a lot|so much|something|everything) to you|"
    r"you (?:really )?(?:value|care (?:about|so much|a lot)|believe in|want to be|wanna be|want (?:the best|more|a better)|need)|"
    r"kind of (?:person|mother|father|parent|man|woman|friend)|who you are|the person you|your (?:values|priorities|identity|family comes|goal|dream|hope)|"
    r"for you it's|what you (?:really )?want|the most important|priority|identity|deep down|at heart|underneath)\b"
)
_SUMMARY = re.compile(
    r"\b(?:so far|let me see if|let me make sure|to sum|in summary|summari[sz]e|you've told me|you've mentioned|"
    r"we've talked about|you talked about|you said (?:that )?earlier|a few things|several things|on the one hand)\b"
)
# ("as if" and "almost like" are imagery and a likeness, weighed there:
# counted here too they were counted twice; "almost" alone is degree.)
_INFERENCE = re.compile(
    r"\b(?:starting to|beginning to|part of you|maybe|perhaps|i wonder|i guess|i sense|i imagine|kind of|sort of|"
    r"underneath|deep down|more than|not just|not only|it's about|the real|what matters)\b"
)
_FEEL_THAT = re.compile(
    r"\byou(?:'re)? (?:feel|feeling|felt) (that|like)\b(?! (?:a|an|you're (?:a|an)|being|it's)\b)"
)
_FILLER_ANYWHERE = re.compile(
    r"(?:^|(?<=[\s,]))(?:u+m+|u+h+|e+r+m*|hm+|m+h?m+|uh-huh|mm-hmm|mhm|ah+)\b[,.]?(?=\s|$)"
    r"|,\s*(?:you know|i mean|like|sort of|kind of|you see)\s*,"
    r"|\[[^\]]*\]"
)
_LEAD_FILLER = re.compile(
    r"^(?:(?:u+m+|u+h+|er+m*|hm+|m+h?m+|mm-hmm|uh-huh|oh|ah|okay|ok|so(?! far)|and|but|well(?! done)|yeah|yes|yep|alright|all right|"
    r"anyway|also|now that|now,|right,|right\.|sure,|great,|good,|cool,|i see,|see,|look,|you know,|i mean,|like,|then,|"
    r"hi,|hey,|wow,|gosh,|fine,|now|and then|then|because|cause|'cause|or|plus|just|really|actually|basically|honestly|"
    # A claim of understanding leading into what was understood: "I
    # understand, you're tired of it" reads as what follows the comma.
    r"i (?:understand|hear you|get it|get that),)\s*[,.]?\s+)+"
)
_STUTTER = re.compile(r"\b([a-z']{1,12})-(?=\1)", re.IGNORECASE)
_BREAK = re.compile(r"\s*(?:--+|\u2014|\u2013|\s-\s|\u2026|\.\.\.)\s*")
_SPLIT = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\s*\|\s*|\n+")
_WHY_QUESTION = re.compile(
    r"^(?:but |and |so |then )?(?:why|how come)\b(?! (?:don't|not|dont|do not|wouldn't)\b)"
)


# --- sentences ------------------------------------------------------------------


@dataclass(slots=True)
class _Sentence:
    text: str  # normalised, lower case, fillers out
    core: str  # without leading fillers and discourse words
    words: list[str]
    asks: bool  # ends with "?"
    cut: bool  # broken off (ended with "--" or nothing)
    function: str = "other"  # reflection | question | input | other | filler
    subtype: str | None = None
    detail: str | None = None
    roadblocks: list[str] = field(default_factory=list)
    declarative_q: bool = False
    tag: bool = False
    why: bool = False


def _normalise(text: str) -> str:
    text = text.lower()
    text = _STUTTER.sub("", text)
    # ", you know," goes but leaves its comma: "Thinking about them, you
    # know, how..." keeps the clause boundary the question is found after.
    text = _FILLER_ANYWHERE.sub(lambda m: ", " if m.group().startswith(",") else " ", text)
    text = _BREAK.sub(" | ", text)
    text = re.sub(r"(?<=\w)-(?=\s|$)|(?:^|(?<=\s))-(?=\s*\w)", " | ", text)
    return re.sub(r"[ \t]+", " ", text).strip()


def _sentences(normal: str) -> list[_Sentence]:
    out: list[_Sentence] = []
    pieces = [p for p in _SPLIT.split(normal) if p is not None]
    # Which pieces were followed by a break marker (a cut-off)?
    for raw in pieces:
        piece = raw.strip(" |")
        if not piece or not any(ch.isalnum() for ch in piece):
            continue
        asks = piece.rstrip("\"')]").endswith("?")
        cut = piece.rstrip("\"')]")[-1:] not in {".", "!", "?"}
        core = _LEAD_FILLER.sub("", piece).strip(" ,.;:!")
        core = core.rstrip("?").strip()
        out.append(_Sentence(piece, core, WORD.findall(core), asks, cut))
    return out


# A sentence that only agrees or exclaims ("I think so.", "I see.", "Oh my
# goodness."): an acknowledgement, like "mm-hmm", not the listener's own
# material; the rest of the reply decides what it does.
_ASIDE = re.compile(
    r"^(?:oh )?(?:my )?(?:goodness|gosh|god|word)(?: me)?$|^i (?:think|guess|hope|believe|suppose|reckon) so$"
)


def _is_backchannel(words: Sequence[str]) -> bool:
    return all(w in _BACKCHANNEL for w in words)


# A wh-word left at the end of a spoken question: "You'd do what?"
_TRAILING_WH = re.compile(
    r"\b(?:like|did|do|does|was|were|is|are|said|then|and|be|say|feel|felt) (?:what|who|where|how)$"
)


# "I wonder if..." about the speaker's state, said as a statement: the
# tentative reflection of reflective-listening.md §4 ("I wonder if you're
# more hurt than angry"), not a question ("I wonder if you've thought
# about...", "I wonder what you make of it" ask).
_TENTATIVE = re.compile(
    r"^i (?:just |really |also )?wonder(?:ed)? (?:if|whether) (?:maybe |perhaps )?(?:you(?:'re| are| were| feel| felt| might be| may be|'ve been| have been)"
    r"|part of you|it(?:'s| is| was| might be| feels| felt)|that(?:'s| is| was| might be)|there's)\b"
)


# The listener proposing something the two of them (or the listener) could
# do, put as wondering: "I wonder if we could look at that next time", "I'm
# wondering whether I could share something". The speaker says yes or no
# to a plan, as to "Could we...?"; "I wonder what you..." stays open.
_PROPOSAL = re.compile(
    r"\bi(?:'m| am)? (?:just |kind of |sort of |also |really )?(?:wonder|wondering|wondered) (?:if|whether) (?:maybe |perhaps )?(?:we|i) (?:could|can|might|should|would|may)\b"
)


# Asking leave to go on: to share, to ask, to look at something together
# ("Would you like some information on that?", "Is it okay if I share an
# idea?", "Do you have a minute?", "Would you mind if we...?"). After the
# listener's own material it is not a coda: the speaker is handed the choice
# of what happens next, so the reply asks.
_PERMISSION = re.compile(
    # After any opening "so", "then", "well"...: one of these.
    r"^(?:(?:so|and|now|but|then|well),? )*(?:"
    r"(?:would|is|will) (?:it|that) be (?:ok|okay|all right|alright) (?:if|with you|for (?:me|us) to)\b"
    r"|is it (?:ok|okay|all right|alright) (?:if|with you|for (?:me|us) to)\b"
    r"|(?:would|do) you (?:mind|like|want) (?:if (?:i|we)|me to|us to|(?:some |a (?:bit|little) (?:of |more )?|more )?(?:information|info|ideas|suggestions|tips))\b"
    r"|(?:can|could|may) (?:i|we) (?:share|tell you|give you|offer|ask(?: you)?|talk (?:to you )?about|go (?:over|through)|take a look)\b"
    r"|do you have (?:a|a few) (?:minute|moment|second)s?\b"
    # An offer put for the speaker to take or leave: "Would you be
    # interested in...?", "Would you mind...?"
    r"|(?:would you be|are you) (?:at all |maybe |possibly )?(?:interested|open) (?:in|to)\b|would you mind\b)"
    r"|^would (?:that|it) be (?:ok|okay|all right|alright)$"
)


# An invitation to add more: "Anything else?", "Is there anything else...?"
_ADD_MORE = re.compile(
    r"^(?:(?:is|are) there )?any(?:thing|one)? (?:else|other|more|thoughts|ideas)\b|\bwhat else\b"
)


# Wondering aloud, then a comma and the question itself: "I'm wondering,
# have you...?", "I was curious, did she...?"
_WONDERING_LEAD = re.compile(
    r"^i(?:'m| am| was)? (?:just |really |also |kind of |sort of )?(?:wonder|wondering|wondered|curious),\s*(?=\w)"
)


_WHICH_ASKS = re.compile(
    r"^which (?:\w+ ){0,2}(?:do|does|did|is|are|was|were|would|could|should|will|can|have|has) (?:you|i|we|they|he|she|it|there)\b"
)


# Words that open a clause put before a question ("When you..., how...?").
_FRONTED = _set("when if now since as given thinking")
# A preposition the wh-word of a question can carry: "In what ways...?",
# "To what extent...?", "For how long...?", "With whom...?"
_WH_PREPOSITIONS = _set("in to at for with from on by about under of through over")


def _shape_of(s: _Sentence, part: str, words: list[str] | None = None) -> str | None:
    """The shape of the question that ``part``, the end of ``s``, asks
    (``words``: its words, when already split)."""
    return _question_shape(
        _Sentence(part, part, WORD.findall(part) if words is None else words, s.asks, s.cut)
    )


def _question_shape(s: _Sentence) -> str | None:
    """ "open", "closed" or None (not shaped like a question)."""
    w = s.words
    if not w:
        return None
    core = s.core
    if not s.asks and _TENTATIVE.match(core):
        return None  # "I wonder if you're more hurt than angry.": a tentative reflection
    if _PROPOSAL.search(core):
        return "closed"  # "I wonder if we could meet again": yes or no to a plan
    lead = _WONDERING_LEAD.match(core)
    if lead:
        # "I'm wondering, have you noticed...?": the question after the
        # comma is what is asked, not the wondering before it.
        shape = _shape_of(s, core[lead.end() :])
        if shape is not None:
            return shape
    if _INVITATION.match(core) or _INVITATION_INSIDE.search(core):
        return "open"
    if s.asks and _TRAILING_WH.search(core):
        return "open"  # "And then you did what?", "It would be like what?"
    if re.search(r"\bon a scale\b|\bwhat number\b|\bscale of (?:0|1|one|zero)", core) and (
        s.asks or re.search(r"\b(?:what|where|how)\b", core)
    ):
        return "closed"
    first = w[0]
    second = w[1] if len(w) > 1 else ""
    if _ADD_MORE.search(core):
        return "open"  # an invitation to add more
    if first in _WH_PREPOSITIONS and second in _WH and (s.asks or (len(w) > 2 and w[2] in _AUX)):
        # The question is the wh-word's, as it would be without the
        # preposition: "In what ways...?" open, "For how long...?" closed.
        # Not a phrase inside a statement ("...of how much you can take").
        shape = _shape_of(s, core[core.find(second, len(first)) :], w[1:])
        if shape is not None:
            return shape
    if first in _FRONTED:
        # A fronted clause, then the question: "If you stopped, what would
        # change?"; "When you think about the move, the baby, all of it, how
        # sure are you?" (the question after however many commas).
        comma = core.find(",")
        while comma >= 0:
            opener = WORD.search(core, comma + 1)
            if opener and (opener[0] in _WH or opener[0] in _AUX):
                return _shape_of(s, core[comma + 1 :].strip())
            comma = core.find(",", comma + 1)
    if first in _WH or first in {"whatever", "what-"}:
        if _PSEUDO_CLEFT.match(core):
            # "What matters most is...", "What I'm hearing is that...": a
            # statement (with a "?", a statement that rises).
            return None
        if first == "how" and second in _CLOSED_HOW:
            return "closed"
        if _ONE_FACT.match(core):
            return "closed"  # "What time...?", "What's her name?": one fact, one answer
        if first == "how" and second == "about":
            return "open"
        if first == "which" and not s.asks:
            # With no "?", "which" asks only before an auxiliary and its
            # subject ("Which would you pick") or a noun and its auxiliary
            # ("Which one do you mean"); else it is a relative clause going
            # on from the speaker's words ("...which is hard.", "which must
            # wear you out.").
            return "closed" if _WHICH_ASKS.match(core) else None
        if first in {"when", "which", "whose"} and (s.asks or second in _AUX):
            return "closed"
        # "What, are you going to quit?": a yes/no question behind "what".
        if (
            first == "what"
            and second in _AUX
            and len(w) > 2
            and w[2] in _SUBJECTS
            and core[4:5] == ","
        ):
            return "closed"
        if s.asks or second in _WH_NEXT or first.endswith("'s"):
            return "open"
        return None
    if first in {"do", "have"} and second in _DETERMINERS and not s.asks:
        # An imperative, not "do/have + subject": "Have a good day.", "Do your homework."
        return None
    if (
        first in _AUX
        and (
            second in _SUBJECTS
            or (second == "not" and len(w) > 2)
            # With its "?", an auxiliary before any noun asks: "Has health
            # always come first?", "Does drinking help?"
            or (s.asks and len(w) >= 3 and second not in _AUX)
        )
        and (s.asks or len(w) >= 3)
    ):
        return "open" if _asks_for_description(core) else "closed"
    # Fragment questions: "any ideas?", "anything else?", "or?"
    if s.asks and first in {"any", "anything", "anyone", "or", "and", "so"} and len(w) <= 4:
        return "closed"
    # "On a scale of 1 to 10, how ..." and questions after a fronted phrase.
    inner = re.search(
        r",\s*(?:so |and |but |then |now |like )?(what|what's|how|why|where|who|do|does|did|is|are|was|were|would|could|can|have|has|had|will|any|anything)\s+(\w+)",
        core,
    )
    if inner and (
        s.asks
        or (inner.group(1) in _WH and inner.group(2) in _WH_NEXT)
        or (inner.group(1) in _AUX and inner.group(2) in {"you", "there"})
    ):
        head, nxt = inner.group(1), inner.group(2)
        if "scale" in core:
            return "closed"
        if head in {"any", "anything"}:
            # "..., any other ideas?": an invitation to add more when asked.
            return "open" if s.asks and nxt in {"else", "other", "more"} else None
        if head in _WH:
            return "closed" if (head == "how" and nxt in _CLOSED_HOW) else "open"
        if nxt in _SUBJECTS:
            # "Before we stop, could you describe a good week?": a request
            # for a description after the fronted phrase, as at the start.
            return "open" if _asks_for_description(core[inner.start(1) :]) else "closed"
    return None


_DESCRIBE_REQUEST = re.compile(
    r"^(?:can|could|would|will) you (?:please )?(?:tell|say|describe|explain|talk|share|walk|help me|give me an example)"
)
# "Do you have a sense of what...", "can you think of how...": the answer
# is a description, not a yes or no.
_DESCRIBE_INSIDE = re.compile(
    r"\b(?:sense|idea|think|thought|thoughts|thinking|remember|imagine|describe|say)(?: at all| much| yet| already| ever)? (?:of |about |on |to |in )?(?:what|how|why|anything|any)\b"
    r"|^(?:would|do|will) you (?:mind|be willing|be open|like) (?:to )?(?:if we |if i )?(?:fill|filling|tell|telling|talk|talking|share|sharing|say|saying|explore|exploring|describe|describing|look|looking|go|going)\b"
)


def _asks_for_description(question: str) -> bool:
    """An auxiliary-first question that asks for a description, not a yes
    or no: "Can you tell me...", "Do you have a sense of what..."."""
    return bool(_DESCRIBE_REQUEST.match(question) or _DESCRIBE_INSIDE.search(question))


def _classify(s: _Sentence, overlap: float | None, transcribed: bool) -> None:
    core, w = s.core, s.words
    s.roadblocks = rb.find(core)
    if not w or _is_backchannel(w) or (_ASIDE.match(core) and not s.roadblocks):
        s.function = "filler"
        return
    shape = _question_shape(s)
    tagged = _TAG.search(s.text) if s.asks and len(w) > 2 else None
    if tagged:
        # "You feel let down, is that right?": the shape is the statement's.
        before = s.text[: tagged.start()]
        stated_core = _LEAD_FILLER.sub("", before).strip(" ,.;:!")
        stated = _Sentence(before, stated_core, WORD.findall(stated_core), False, False)
        if stated.words and _question_shape(stated) is None:
            shape = None
    s.why = bool(_WHY_QUESTION.match(core)) and (s.asks or shape is not None)
    if s.why and "interrogating" not in s.roadblocks:
        s.roadblocks.append("interrogating")
    advice = [r for r in s.roadblocks if r in rb.ADVICE_ROADBLOCKS]
    told = [r for r in s.roadblocks if r in rb.INPUT_ROADBLOCKS]
    if shape is not None:
        if _DISGUISED.search(core) and not _INVITATION.match(core):
            # "Have you tried...?", "Why don't you...?": advice dressed as a question.
            s.roadblocks = [r for r in s.roadblocks if r != "interrogating"]
            if "advising" not in s.roadblocks:
                s.roadblocks.append("advising")
            s.function, s.detail = "input", "advice"
            return
        # Advice words inside a real question are the speaker's to fill in.
        s.roadblocks = [r for r in s.roadblocks if r not in rb.ADVICE_ROADBLOCKS]
        s.function, s.subtype = "question", _left_open(core, shape)
        return
    if s.asks:
        if told:
            s.function = "input"
            s.detail = "advice" if advice else "information"
            return
        if transcribed and _inner_world(core):
            # A transcriber's "?" on a statement about the speaker's inner
            # world: the rising tone of a reflection offered for checking.
            s.function = "reflection"
            return
        s.function, s.subtype = "question", _left_open(core, "closed")
        s.declarative_q, s.tag = True, tagged is not None
        return
    s.function, s.detail = _statement(s, overlap, advice, told)


def _left_open(core: str, shape: str) -> str:
    """A yes/no question that trails off on "or" ("Do you see them much,
    or...?") leaves the other answers to the speaker: open."""
    return "open" if shape == "closed" and core.endswith(" or") else shape


# The listener's sense of the speaker, in the listener's first person ("I
# hear that...", "I gather you've...", "I've heard you mention..."): a
# reflection offered as the listener's perception, not the listener's news.
_PERCEIVE = re.compile(
    r"^i(?:'m| am|'ve| have)? (?:really |just |also |kind of |sort of )?(?:hear|hearing|sense|sensing|picking up|pick up|get(?:ting)? (?:the |a )?(?:sense|impression|feeling)|"
    r"notice|noticing|imagine|can imagine|can see|can hear|can tell|guess|suspect|wonder if you|think you|thought you|'m guessing|get that|understand that you|remember you|"
    r"(?:understand|gather|get|got|heard|(?:have|'ve) heard|remember|recall) (?:that )?(?:you|your)(?!(?: \w+)? (?:feel|mean)\b)|heard you)\b"
)
_LISTENER_OFFER = re.compile(
    r"\b(?:we|i) (?:could|can|will|'ll|might|would|should) (?:also )?(?:set|talk|look|work|go|come|do|give|send|make|meet|start|try|check|see|get|help|arrange|book|schedule|refer|put|share|offer)\b"
    r"|\b(?:i'd|i would) (?:like|love) to\b|\bif you(?:'re| are) (?:willing|interested|open|okay)\b|\bwould you (?:be )?(?:willing|like|mind)\b"
)
_GENERIC = re.compile(
    r"\b(?:most|many|some|a lot of|lots of|other) (?:people|patients|students|smokers|drinkers|folks|guys|kids|parents|men|women)\b"
    r"|\b(?:research|studies|evidence|guidelines?|recommendations?|the (?:law|rule|policy))\b|\b\d+(?:\.\d+)? ?(?:%|percent|mg|milligrams?|units?|drinks?|times?|minutes?|hours?|days?|weeks?|pounds?|kilos?)\b"
    r"|\bit(?:'s| is) (?:important|recommended|best|a good idea|helpful|normal|common|possible) (?:to|that|for)\b|\b(?:can|may|might|will) (?:cause|lead to|increase|reduce|lower|raise|help|affect)\b"
)
# A general truth: how things are for anyone, not what this speaker said
# (a claim about a substance, an activity or people in general, a finding,
# a definition, a sign or a side effect). Weighed only when the sentence
# says nothing of "you" or "I": "Walking is good exercise", "Sleep loss can
# make low moods worse", "When people hide how much they drink, that's
# often a sign it's become a problem".
_NUMBER = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|a couple of|a few|\d+(?:\.\d+)?)"
_WORLD = re.compile(
    # A limit or a dose: "no more than two a day", "one tablet at night".
    rf"\b(?:no more than|not more than|up to|at most|a maximum of|a minimum of) {_NUMBER}\b"
    rf"|\b{_NUMBER}(?: or {_NUMBER}| to {_NUMBER})? (?:\w+ ){{0,2}}(?:drinks?|glass(?:es)?|tablets?|pills?|doses?|units?|servings?|portions?|cigarettes?|cups?|mg|milligrams?)"
    r" (?:a|per|each|every|at) (?:day|week|hour|night|month|bedtime|time)\b|"
    r"\b(?:can|may|might|will|could|does|do|tends? to|often|usually) (?:\w+ly )?(?:cause|lead to|increase|reduce|lower|raise|affect|interact|include|harm|damage|protect|benefit|improve|worsen|trigger|make (?:it|things|people|them))\b"
    r"|\b(?:causes|increases|reduces|lowers|raises|affects|interacts|benefits|improves|worsens|protects|damages|harms|triggers)\b"
    r"|\b(?:is|are) (?:strongly |closely |often |also |directly )?(?:associated|linked) (?:with|to)\b|\b(?:has|have) been (?:found|shown|proven|linked)\b|\b(?:is|are) known (?:to|as|for)\b"
    r"|\b(?:a|the) (?:common |main |usual |early |warning )?(?:sign|symptom|side effect|risk factor)s? of\b|\bside effects?\b|\bwhat (?:we|they|doctors|people) call\b|\bwe call (?:it|that|this)\b"
    r"|\bthere(?:'s| is) (?:really |actually )?no such thing\b|\b(?:the )?(?:safest|recommended|healthiest|ideal|normal|maximum|minimum) (?:level|amount|limit|dose|number|way)\b"
    r"|\b(?:people|patients|kids|children|teens|teenagers|adolescents|adults|smokers|drinkers|users|women|men) (?:who|that)\b|^(?:(?:and|but|so|also|well) )*(?:when|if) (?:people|someone|somebody|anyone|a person)\b"
    r"|\b(?:is|are) (?:a |an )?(?:great|good|excellent|healthy|common|normal|safe|powerful|proven|natural|effective)(?: \w+)? (?:exercise|activity|medication|medicine|drug|treatment|stimulant|depressant|suppressant|way to|source of|form of)\b"
    # What a thing is, does or makes worse: "Alcohol is a depressant",
    # "Caffeine can make anxiety worse", "They work best when...".
    r"|\b(?:is|are) (?:a |an )(?:\w+ )?(?:stimulant|depressant|suppressant|sedative|carcinogen|toxin|diuretic|painkiller|antidepressant|antibiotic|steroid)s?\b"
    r"|\b(?:can|may|might|will|could|does|do|tends? to|often|usually) (?:\w+ly )?make (?:\w+ ){1,3}(?:worse|better|harder|easier|stronger|weaker)\b"
    r"|\b(?:can|may|might|will|could|tends? to|often|usually) (?:\w+ly )?make (?:anyone|anybody|everyone|people|someone|a person) \w+"
    r"|\b(?:is|are) (?:very |really |quite |so |pretty |extremely |fairly )?(?:common|rare|treatable|curable|preventable|contagious|hereditary)\b"
    r"|\b(?:is|are) (?:a |an )?(?:normal|natural|common|usual|expected) (?:part|stage|sign|reaction|response) (?:of|to)\b"
    # An amount in a unit, or a limit: "about ten units", "over the limit".
    rf"|\b{_NUMBER} (?:units?|calories|milligrams?|mg|grams?|percent|per cent)\b"
    r"|\b(?:over|above|under|below|within) the (?:\w+ )?(?:limit|guidelines?|recommended \w+)\b"
    r"|\bworks? (?:best|better) (?:when|if|with|for)\b|\b(?:is|are) (?:really |very |also )?(?:good|bad|great|healthy|harmful) for (?:your |the |low |mood|sleep|stress|anxiety|people|health|blood|weight|heart)"
    # An explanation: "The reason is...", "What happens is...", "That's because the body..."
    r"|\bthe reason (?:why |that )?(?:\w+ ){0,3}(?:is|was)\b|\bwhat happens is\b|\bthe way (?:it|this|that|they) works?\b|^(?:that|this|it)(?:'s| is) because\b"
)
# Words that mark the listener's own information or offer, whoever the
# sentence is about: a term of art ("what we call a binge"), news the
# speaker may not have ("you might not be aware that..."), an open door
# ("feel free to ask", "you can always call me"), an option put on the
# table ("That's something you could raise with your GP").
_INFO_MARKER = re.compile(
    r"\bwhat we call\b|\bwe call (?:it|that|this)\b|\b(?:might|may) not (?:be aware|know|realise|realize)\b|\bas you (?:may |might )?(?:know|be aware)\b"
    r"|\bfeel free to\b|\byou can always\b(?! (?:tell|see|hear|feel|sense)\b)|\byou're (?:always )?welcome to\b"
    r"|^(?:(?:so|and|well|maybe|then|but|also|okay),? )*(?:that's|that is|it's|this is|that would be|that might be|that could be) (?:something|one thing|a thing) (?:that )?(?:you|we) (?:can|could|might)\b"
)
# The listener's own doing or knowing, in a clause that does not open the
# sentence ("One of the things I'm noticing...", "...that's what I do",
# "...we usually meet on Thursdays"): the listener's material, as when the
# sentence starts with "I". Not inside quotes (the speaker's voice), and not
# the listener's perception of the speaker ("I imagine", "I think you").
_OWN_CLAUSE = re.compile(
    r"(?<![\"'\u201c])\b(?:i(?:'m| am)? (?:always |usually |often |also |definitely |really )?(?:do|did|see|saw|notice|noticed|noticing|tell|told|knew|use|recommend|suggest|plan|hope)"
    r"|i (?:can|could|will|'ll|would|'d) (?:definitely |also |just )?(?:set|give|help|offer|send|refer|show|get|book|arrange|call|talk|meet|be (?:happy|glad))"
    r"|i(?:'ve| have) (?:seen|noticed|had|heard of|worked)|we (?:have|use|usually|often|do|can|could|will|'ll))\b"
)
_PERCEIVING = re.compile(r"\bi (?:would |'d )?(?:imagine|guess|think|sense|suspect|wonder|hear)\b")
# An option the listener puts on the table: "one thing you could do is...",
# "another option would be...", "a good way to start might be...".
_OPTION = re.compile(
    r"\b(?:one|another|a|the other) (?:good |great |useful |simple |small |other )?(?:option|thing|idea|way|step|possibility|strategy|approach)s? (?:that )?(?:you|we|people|folks) (?:could|can|might)\b"
    r"|\b(?:one|another|a|the other|the best|a good) (?:good |great |useful |simple |small |other )?(?:option|idea|way to \w+|step|possibility|strategy|approach|place to start) (?:would be|is|might be|could be)\b"
)
_YOU_MODAL = re.compile(
    r"^(?:so |and |but |then )?you (?:can|could|might|may|will|'ll|would|'d) (?!feel|be feeling|want|like|say|see yourself|imagine)"
)
# The speaker's inner world: a feeling, a want, a worry, a value, a belief,
# both sides of ambivalence, or the listener's sense of it. A statement
# about these is a reflection; a statement of a fact (a number, a date,
# who did what) spoken with a rising tone checks the fact, like a question.
_INNER = re.compile(
    r"\b(?:feel|feels|feeling|felt|want|wants|wanted|wanna|would like|'d like|like to|love|loves|hate|hates|enjoy|enjoys|"
    r"hope|hoping|wish|wishes|worr(?:y|ied|ies|ying)|afraid|scared|fear|upset|angry|mad|sad|happy|glad|proud|guilty|ashamed|"
    r"embarrassed|frustrat\w*|stress\w*|overwhelm\w*|tired|lonely|alone|hurt|disappointed|relieved|excited|nervous|anxious|"
    r"important|matters?|value|values|care|cares|believe|believes|sure|unsure|confident|ready|willing|torn|struggl\w*|"
    r"hard|difficult|tough|easy|concern(?:s|ed)?|bother(?:s|ed)?|part of you|one hand|other hand|sounds? like|seems? like|"
    r"in a way|deep down|mean(?:s|t)? (?:a lot|something|everything)|sense of)\b"
)

_APOLOGY = re.compile(r"\bi(?:'m| am) (?:so |really |very )?sorry\b")


def _inner_world(core: str) -> bool:
    """A statement about the speaker's inner world: the words of _INNER, or
    a feeling the lexicon knows ("scary", "gutted", "on edge"), said or
    denied ("not too thrilled" is about feelings too), in a clause
    of four words or more (a word or two with a rise, "Some guilt?", offers
    a word to check, like a question). The listener's apology ("I'm sorry")
    is a formula, not the speaker's feeling."""
    if _INNER.search(core):
        return True
    rest = _APOLOGY.sub(" ", core)
    return len(WORD.findall(rest)) >= 4 and any(not f.implied for f in detect(rest))


# "You" in a sentence that opens with the listener ("I", "we") or "there"
# is not about the speaker: "I know you've been busy", "There's a group you
# could join".
_LISTENER_LEAD = re.compile(r"^(?:i|we|let's|there)\b")
_SO_LEAD = re.compile(r"\b(?:so|and)\b")
_TRAILING_STEM = re.compile(
    r"\b(?:it |that )?(?:sounds|seems|feels) like\s*$|\b(?:i guess|i imagine|i suppose|it seems)\s*$"
)


def _statement(
    s: _Sentence, overlap: float | None, advice: Sequence[str], told: Sequence[str]
) -> tuple[str, str | None]:
    """Reflection, input or other for a sentence that does not ask: the
    strongest evidence wins; with none either way, a statement that is long
    enough to carry content is read as a reflection (what counsellors mostly
    say when they are not asking)."""
    core, w = s.core, s.words
    if advice:
        return "input", "advice"
    if told:
        return "input", "information"
    social = {"praising", "reassuring", "claimed_understanding", "self_focus", "distracting"}
    if any(r in social for r in s.roadblocks):
        return "other", None
    if _GREETING.match(core) or _GREETING.match(_VOCATIVE.sub("", core)):
        return "other", None
    if s.cut and len(w) <= 3 and all(x in _STOP for x in w):
        return "other", None  # a broken-off scrap with nothing in it yet: "and then", "you were"
    about_you = bool(_ABOUT_YOU.search(core))
    if _EVALUATION.match(core) and not about_you:
        return "other", None
    refl = 0.0
    give = 0.0
    if _REFLECTION_STEM.match(core):
        refl += 2.0
    elif about_you and not _LISTENER_LEAD.match(core):
        refl += 1.5
    perceived = bool(_PERCEIVE.match(core) or _TENTATIVE.match(core))
    if perceived:
        refl += 2.0
    if _TRAILING_STEM.search(core):
        refl += 2.0
    if overlap is not None:
        refl += 2.0 * overlap
    if _LISTENER_INPUT.match(core):
        give += 2.0
    if _LISTENER_OFFER.search(core):
        give += 1.5
    if _GENERIC.search(core):
        give += 1.0
    if _WORLD.search(core) and not about_you and not _FIRST_PERSON.search(core):
        give += 1.5
    if _INFO_MARKER.search(core):
        give += 2.5
    if _OPTION.search(core):
        give += 2.0
    if _YOU_MODAL.match(core):
        give += 1.5
    if not perceived and (
        re.match(r"^(?:i|i'm|i've|i'll|i'd|we|we're|we've|my|our)\b", core)
        or (_OWN_CLAUSE.search(core) and not _PERCEIVING.search(core))
    ):
        give += 1.0  # the listener's own material, first thing or in a later clause
    if give == 0.0 and refl == 0.0:
        # A few words are an acknowledgement, unless they echo the speaker
        # ("So, money.", "Your sister.").
        # "So" or "and" among the opening words, after any "okay": "Okay, so, money."
        lead = s.text[: max(s.text.find(core), 0)]
        # A relative clause ("which is hard") goes on from what they said.
        echo = bool(_SO_LEAD.search(lead)) or bool(overlap) or w[0] == "which"
        if len(w) <= 3 and not echo:
            return "other", None
        return "reflection", None
    if give > refl:
        return "input", "information"
    return "reflection", None


# "You could...", "you need to...": what the speaker might do, not how they are.
_YOU_MIGHT_DO = re.compile(r"^you (?:can|could|might|may|should|will|'ll|need|have to|must)\b")


def _statement_reflects(s: _Sentence) -> bool:
    """A statement with a "?" that would stand as a reflection without it."""
    core = s.core
    if _REFLECTION_STEM.match(core):
        return not _YOU_MIGHT_DO.match(core)
    return bool(_ABOUT_YOU.search(core)) and not _LISTENER_LEAD.match(core)


# --- context -----------------------------------------------------------------------


@lru_cache(maxsize=8192)
def _stem(word: str) -> str:
    w = word.lower().replace("\u2019", "'")
    for suffix in ("'s", "n't", "'re", "'ve", "'ll", "'d", "'m"):
        if w.endswith(suffix):
            w = w[: -len(suffix)]
    for suffix in ("ingly", "edly", "ing", "ness", "ed", "ly", "es", "s"):
        if len(w) > len(suffix) + 2 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def _content(text: str) -> list[str]:
    return [_stem(m.group()) for m in WORD.finditer(text.lower()) if m.group().lower() not in _STOP]


@dataclass(frozen=True, slots=True)
class _Context:
    words: frozenset[str]
    sequence: tuple[str, ...]
    feelings: tuple[Feeling, ...]
    families: frozenset[str]  # of the feelings they named (not those only implied)
    first: str  # the speaker's first sentence, from the listener's side
    asks: bool  # the speaker asked for the listener's view or information, or said yes to it


# The speaker asks for the listener's information or view, or says yes to
# hearing it: "What should I do?", "Is that normal?", "Any ideas?", "Go
# ahead.", "Yes, please tell me." Information after this is welcome.
_SPEAKER_ASKS = re.compile(
    # A question of theirs of two words or more, but not a rhetorical "why"
    # ("Why does this always happen to me?", "What's the point?"), an
    # interjection ("Honestly?"), a tag ("..., you know?", "..., right?") or
    # someone else's words in quotes.
    r"(?:^|[.!?]\s+)(?!(?:but |and |so )?(?:why|how come|what's the point|what is the point)\b)"
    r"[^.!?\s'\"\u2018\u201c]+\s(?:(?!\s['\"\u2018\u201c])[^.!?])*(?<!you know)(?<!right)(?<!know what)(?<!guess what)(?<!isn't it)\?"
    r"|(?:^|\b(?:can|could|would|will) you |\bplease |[.!?] )tell me\b|\bi(?:'d| would) (?:like|love) to (?:know|hear)|\bi want(?:ed)? to (?:know|ask) (?:you|what|how|if|whether)\b"
    r"|\bany (?:advice|ideas|tips|suggestions|thoughts)\b|\byour (?:advice|thoughts|view|opinion|take)\b|\b(?:some|any) (?:advice|information|info)\b"
    r"|^(?:(?:yes|yeah|yep|sure|okay|ok|please)\W*)*(?:go ahead|go on|please|yes please|sure|i'd like that|that would help|i'm listening)\W*$"
)


@lru_cache(maxsize=256)
def _context(text: str) -> _Context:
    cleaned = clean(text)[:ANALYSIS_LIMIT]
    found = tuple(f for f in detect(cleaned) if not f.negated)
    # Families the speaker named; a feeling only implied by a cue ("no one
    # helps me") is theirs to hear named, so naming it adds something.
    said = [f for f in found if not f.implied]
    families = frozenset(f.family for f in said) | frozenset(a for f in said for a in f.also)
    seq = tuple(_content(cleaned))
    first = re.split(r"(?<=[.!?])\s+|\n", cleaned, maxsplit=1)[0] if cleaned else ""
    asks = bool(_SPEAKER_ASKS.search(cleaned.lower()))
    return _Context(frozenset(seq), seq, found, families, first, asks)


def _overlap(words: Sequence[str], ctx: _Context | None) -> float | None:
    if ctx is None or not ctx.words:
        return None
    content = [w for w in words if w not in _STOP]
    if not content:
        return None
    stems = [_stem(w) for w in content]
    return sum(1 for w in stems if w in ctx.words) / len(stems)


# Families close enough that naming one for another is not a miss.
_NEAR: dict[str, frozenset[str]] = {
    "sadness": _set("loneliness hurt shame overwhelm disappointment"),
    "loneliness": _set("sadness hurt"),
    "hurt": _set("sadness loneliness anger shame"),
    "fear": _set("overwhelm confusion surprise shame"),
    "anger": _set("hurt disgust overwhelm"),
    "shame": _set("sadness hurt fear"),
    "confusion": _set("fear overwhelm surprise"),
    "overwhelm": _set("fear sadness anger confusion"),
    "surprise": _set("confusion fear joy"),
    "disgust": _set("anger"),
    "joy": _set("pride calm love hope surprise"),
    "pride": _set("joy hope"),
    "calm": _set("joy hope"),
    "love": _set("joy"),
    "hope": _set("joy pride calm"),
}


# --- tips ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Wording:
    tips: dict[str, str]
    examples: dict[str, str]
    gentle: dict[str, str]


def load_tips() -> _Wording:
    """The tips file (the user's override first); raises PromptError if unusable."""
    return _load_tips_cached()


@cache
def _load_tips_cached() -> _Wording:
    from mirrorbot import resources
    from mirrorbot.errors import PromptError

    path = resources.prompt_path(TIPS_FILE)
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise PromptError(path, None, f"cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+)", str(exc))
        raise PromptError(
            path, int(found.group(1)) if found else None, f"TOML syntax: {exc}"
        ) from None

    def table(name: str) -> dict[str, str]:
        value = data.get(name, {})
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise PromptError(path, None, f"[{name}] must map names to strings")
        return dict(value)

    return _Wording(table("tips"), table("examples"), table("gentle"))


def _wording() -> _Wording:
    try:
        return _load_tips_cached()
    except Exception:  # a broken override: tips fall back to their ids
        return _Wording({}, {}, {})


def _render(tip_id: str, values: dict[str, str]) -> Tip:
    text = _wording().tips.get(tip_id, tip_id)
    return Tip(tip_id, Template(text).safe_substitute(values))


def _gentle(family: str) -> str:
    return _wording().gentle.get(family, family)


def _softer(f: Feeling) -> str:
    """A word for the speaker's feeling a step below theirs."""
    if f.intensity <= 1 and not f.implied and not f.faux:
        return mirror(f.text)
    return _gentle(f.family)


def _example(ctx: _Context | None, fallback: str | None = None) -> str:
    ex = _wording().examples
    if ctx is not None:
        feeling = primary(ctx.feelings) if ctx.feelings else None
        if feeling is not None:
            return Template(ex.get("feeling", "")).safe_substitute(feeling=_softer(feeling))
        content = _listener_content(ctx.first)
        if content:
            return Template(ex.get("content", "")).safe_substitute(content=content)
    if fallback:
        return fallback
    return ex.get("generic", "")


def _listener_content(sentence: str) -> str:
    words = sentence.split()
    if not words:
        return ""
    text = mirror(" ".join(words[:14])).rstrip(" .!?,;:")
    if len(words) > 14:
        text = text.rsplit(" ", 1)[0] if " " in text else text
    return text[:1].lower() + text[1:] if not text.startswith("I ") else text


# --- the coder ---------------------------------------------------------------------


def code(utterance: str, context: str | None = None, *, transcribed: bool = False) -> Coding:
    """Code one listener reply; ``context`` is what the speaker said before it.
    ``transcribed``: the reply is a transcript of speech, not typed text (see
    the module docstring, "A question mark"). Never raises."""
    try:
        return _code(utterance, context, transcribed)
    except Exception:  # pragma: no cover - a last resort: the coder must not fail a turn
        text = utterance if isinstance(utterance, str) else ""
        return Coding(text, "other", None)


def _code(utterance: object, context: object, transcribed: bool) -> Coding:
    if not isinstance(utterance, str):  # callers outside the type checker's reach
        utterance = "" if utterance is None else str(utterance)
    cleaned = clean(utterance)[:ANALYSIS_LIMIT]
    ctx = _context(context) if isinstance(context, str) and context.strip() else None
    feelings = tuple(detect(cleaned)) if cleaned else ()
    sents = _sentences(_normalise(cleaned))
    for s in sents:
        _classify(s, _overlap(s.words, ctx), transcribed)
    _checks_join_reflections(sents, transcribed)

    code_, subtype, detail = _combine(sents)
    roadblocks = _roadblocks(sents)
    if code_ == "reflection":
        subtype, detail = _reflection_subtype(sents, feelings, ctx)
    tips = _tips(code_, subtype, detail, sents, roadblocks, feelings, ctx)
    return Coding(utterance, code_, subtype, roadblocks, feelings, tips, detail)


# The listener asking whether they heard right, as a sentence of its own
# after a reflection: "Is that right?", "Did I get that right?", "Is that
# what it's like?", "Does that sum it up?" It is the tag of
# reflective-listening.md §2 ("It sounds like..., is that right?") said
# apart, and is read as that tag is (see _classify).
_HEARD_CHECK = re.compile(
    r"^(?:is that|is this|did i|have i|am i|does that|would that be)\b(?:\W+\w+){0,6}?\W+"
    r"(?:right|correct|accurate|fair|close|true|(?:sums?|summed) (?:it |that |things |everything )?up"
    r"|what (?:it|you|this|that)(?:'s|'re| is| are)?(?: \w+){0,3}|how (?:it|you|this|that)(?:'s|'re| is| are)?(?: \w+){0,3})$"
)


def _checks_join_reflections(sents: Sequence[_Sentence], transcribed: bool) -> None:
    """A check of the hearing after a reflection is read as its tag. Typed,
    it stays a closed question and the tip is the tag's ("leave it off").
    In a transcript, after a reflection of the speaker's inner world it
    joins the reflection: offered for checking, as "You feel stuck, is that
    right?" is; after a restated fact ("You stopped in March. Is that
    right?") it stays a closed question, as the fact with a tag does."""
    before: _Sentence | None = None
    for s in sents:
        if s.function == "filler":
            continue
        if (
            s.function == "question"
            and before is not None
            and before.function == "reflection"
            and len(s.words) <= 8
            and _HEARD_CHECK.match(s.core)
        ):
            if transcribed and _inner_world(before.core):
                s.function, s.subtype = "reflection", None
            else:
                s.tag = True
        before = s


def _combine(sents: Sequence[_Sentence]) -> tuple[str, str | None, str | None]:
    """One code for the reply: the strongest move it makes (see the module
    docstring). Broken-off scraps count only when nothing else is there."""
    doing = [s for s in sents if s.function != "filler"]
    if not doing:
        return "other", None, None
    full = [s for s in doing if not (s.cut and len(s.words) <= 3)] or doing
    given = [s for s in full if s.function == "input"]
    asked = [s for s in full if s.function == "question"]
    # Information or advice, then a question that is only a check ("Does
    # that make sense?") or a coda at most half as long: the check hands the
    # turn back, but what the reply does is inform (or advise).
    if (
        given
        and asked
        and not any(_PERMISSION.search(s.core) for s in asked)
        and (
            all(_CHECK.match(s.core) for s in asked)
            or sum(len(s.words) for s in given) >= 2 * sum(len(s.words) for s in asked)
        )
    ):
        full = [s for s in full if s.function != "question"]
    for function in ("question", "input", "reflection", "other"):
        chosen = [s for s in full if s.function == function]
        if chosen:
            last = chosen[-1]
            if function == "input" and any(x.detail == "advice" for x in chosen):
                return "input", None, "advice"
            subtype = last.subtype
            if function == "question" and any(x.subtype == "open" for x in chosen):
                subtype = "open"  # the speaker answers the widest question
            return function, subtype, last.detail
    return "other", None, None  # pragma: no cover - every sentence has a function


def _roadblocks(sents: Sequence[_Sentence]) -> tuple[str, ...]:
    found: set[str] = set()
    for s in sents:
        found.update(s.roadblocks)
    questions = sum(1 for s in sents if s.function == "question")
    if questions >= 2:
        found.add("interrogating")
    return tuple(name for name in rb.ROADBLOCKS if name in found)


def _reflection_subtype(
    sents: Sequence[_Sentence], feelings: Sequence[Feeling], ctx: _Context | None
) -> tuple[str, str]:
    reflections = [s for s in sents if s.function == "reflection"]
    body = " ".join([s.text for s in reflections or sents])  # a list joins faster
    words = [w for s in reflections for w in s.words]
    if _DOUBLE.search(body) or _DOUBLE_BUT.search(body):
        return "complex", "double"
    if _SUMMARY.search(body) or (len(words) >= 40 and body.count(",") + body.count(" and ") >= 4):
        return "complex", "summary"
    named = [f for f in feelings if not f.negated and not f.implied]
    overlap = _overlap(words, ctx)
    if ctx is not None:
        content = [_stem(w) for w in words if w not in _STOP]
        fresh = [w for w in content if w not in ctx.words]
        if len(content) >= 2 and len(fresh) <= len(content) // 6:
            return "simple", "parroting"
    if _AMPLIFIED.search(body):
        # An amplified reflection (reflective-listening.md §2): their
        # position overstated so they can step back from it.
        return "complex", "meaning"
    new_feeling = bool(named) and (ctx is None or any(f.family not in ctx.families for f in named))
    # Evidence of added meaning, weighed: what matters to them, both sides,
    # a summary, a wish, an inference ("starting to", "not just"), a feeling
    # they did not name; against: their own words back, or a few words only.
    score = 0.0
    score += 2.0 if _VALUE.search(body) else 0.0
    score += 1.7 if new_feeling else 0.0
    score += 1.0 if _WISH.search(body) else 0.0
    score += 0.7 if _INFERENCE.search(body) else 0.0
    score += 0.5 if _NEGATION.search(body) else 0.0
    score += 0.5 if _IMAGERY.search(body) else 0.0
    score += 1.0 if _SIMILE.search(body) else 0.0
    score += 0.5 if len(words) >= 20 else (-0.7 if len(words) < 8 else 0.0)
    # Offered with a rising tone (a transcript's "?" on a reflection): the
    # listener checks a guess, which goes beyond the speaker's words; what
    # only restates them needs no checking.
    score += 1.0 if any(s.asks for s in reflections) else 0.0
    if overlap is not None:
        score += 0.5 if overlap < 0.2 else (-1.5 if overlap > 0.5 else 0.0)
    if score >= _COMPLEX_AT:
        return "complex", "feeling" if new_feeling else "meaning"
    return "simple", "paraphrase"


_COMPLEX_AT = 1.0
# Overstatement of an absolute: "There's really nothing at all you can do",
# "Nobody whatsoever is on your side", "You never, ever get a break".
_AMPLIFIED = re.compile(
    r"\b(?:absolutely|completely|totally|utterly|really|just) (?:nothing|nobody|no one|no way|never|everything|everyone|everybody|always)\b"
    r"|\b(?:nothing|nobody|no one|none|everything|everyone|everybody|anything|anyone)(?: \w+)? (?:at all|whatsoever)\b"
    r"|\bnever,? ever\b|\bnot (?:one|a) single\b|\bin the (?:whole )?(?:wide )?world\b"
)
_WISH = re.compile(
    r"\byou (?:really |just |kind of |still )?(?:want|wanna|would like|'d like|don't want|do not want|hope|wish|'d rather|would rather)\b"
)
# A likeness the listener offers for the speaker's experience: "It's like
# you're on a treadmill", "Kind of feels like being the only adult in the
# house", "Like a fresh start." Added meaning (a metaphor or a simile), not
# "sounds like" (a stem) and not "you feel like" (a thought).
_SIMILE = re.compile(
    r"\b(?:it's|it is|that's|that is|(?<!you )feels|(?<!you )felt|kind of|sort of|almost|a bit|a little) like (?:you(?:'re)?|your|a|an|being|the|\w+ing)\b"
    r"|^(?:(?:so|and|but|almost|more|kind of|sort of)\W+){0,2}like (?:a|an|being)\b"
    # The listener imagining how it is for them: "It must feel like
    # everyone is waiting for you to fail", "It might seem like...".
    r"|\b(?:must|might|may|would|could|can) (?:feel|seem) like\b"
    # "It's as if the floor went", "almost as though you were a guest":
    # but "you feel as if..." is their thought, as "you feel like" is.
    r"|\bas" + not_just_after("as", "feel", "feels", "felt", "feeling") + r" (?:if|though)\b"
)
_NEGATION = re.compile(r"\b(?:not|n't|never|no longer)\b")
_IMAGERY = re.compile(
    r"\b(?:like (?:a|an) \w+|(?:an? )?(?:uphill|roller ?coaster|battle|weight|burden|wall|trap|cycle|rut|storm|crossroads|tightrope|treadmill|balancing act))\b|"
    r"\b(?:carrying|drowning|hitting a wall|treading water|walking on eggshells|on your shoulders|in the dark|spinning your wheels|caught between|pulled in)\b"
)


def _tips(
    code_: str,
    subtype: str | None,
    detail: str | None,
    sents: Sequence[_Sentence],
    roadblocks: Sequence[str],
    feelings: Sequence[Feeling],
    ctx: _Context | None,
) -> tuple[Tip, ...]:
    example = _example(ctx)
    out: list[Tip] = []

    def add(tip_id: str, **values: str) -> None:
        if all(t.id != tip_id for t in out):
            out.append(_render(tip_id, {"example": example, **values}))

    asked = [s for s in sents if s.function == "question"]
    for name in roadblocks:
        if name == "interrogating":
            if any(s.why for s in sents):
                add("why_question")
            else:
                add("interrogating" if len(asked) < 2 else "stacked_questions")
        else:
            add(name)
    if code_ == "question" and asked:
        last = asked[-1]
        if last.tag:
            add("tag_question")
        elif last.declarative_q and _statement_reflects(last):
            add("question_mark", example=_as_statement(last.text))
        elif subtype == "closed":
            add("closed_question")  # "Did you...?" and a fact checked with a "?" alike
    if code_ in {"reflection", "question"}:
        _feeling_tips(add, sents, feelings, ctx)
    if code_ == "reflection" and detail == "parroting":
        add("parroting")
    elif (
        code_ == "reflection"
        and subtype == "simple"
        and ctx is not None
        and ctx.feelings
        and not any(not f.negated and not f.implied for f in feelings)
    ):
        add("add_feeling")
    elif code_ == "reflection" and subtype == "simple" and not out:
        add("go_deeper")
    if code_ == "input" and not out:
        # The listener's own material with no roadblock in it: fine when it
        # was asked for (or the speaker said yes to hearing it), otherwise a
        # turn taken from them (reflective-listening.md §3, §7).
        add("information_asked" if ctx is not None and ctx.asks else "information")
    if code_ == "other" and not roadblocks:
        add("other_moment" if ctx is not None and ctx.feelings else "other_reply")
    return tuple(out[:MAX_TIPS])


def _as_statement(sentence: str) -> str:
    text = _TAG.sub("", sentence).rstrip(" ?,")
    text = _LEAD_FILLER.sub("", text).strip()
    return (text[:1].upper() + text[1:] + ".") if text else ""


def _feeling_tips(
    add: Any, sents: Sequence[_Sentence], feelings: Sequence[Feeling], ctx: _Context | None
) -> None:
    body = " ".join(s.text for s in sents)
    if _DOUBLE_BUT.search(body):
        add("but_double", word="but")
    said = primary(ctx.feelings) if ctx is not None and ctx.feelings else None
    thought = _FEEL_THAT.search(body)
    if thought:
        add("feel_that", word=thought.group(1), feeling=_softer(said) if said else _gentle("hurt"))
    for f in feelings:
        if f.negated or f.implied:
            continue
        if f.faux:
            add("faux_feeling", word=f.text, under=_gentle(f.family))
            continue
        if ctx is None or not ctx.feelings:
            continue
        theirs = [g for g in ctx.feelings if g.family == f.family or f.family in g.also]
        if theirs:
            strongest = max(g.intensity for g in theirs)
            if f.intensity - strongest >= 2:
                add("too_strong", word=f.text, feeling=_gentle(f.family))
            continue
        against = _OPPOSITE.get(VALENCE.get(f.family) or "")
        if not ctx.families:
            # The speaker named no feeling, only gave cues: naming one is a
            # guess at what they did not say (a complex reflection), off
            # target only when it points the other way ("You sound excited"
            # to "He stopped speaking to me").
            if said is not None and all(VALENCE.get(g.family) == against for g in ctx.feelings):
                add("off_target", word=f.text, feeling=_softer(said))
            continue
        near = any(
            f.family in _NEAR.get(g.family, frozenset()) and VALENCE.get(g.family) != against
            for g in ctx.feelings
        )
        if not near and said is not None:
            add("off_target", word=f.text, feeling=_softer(said))


# A valence's opposite ("+" <-> "-").
_OPPOSITE = {"+": "-", "-": "+"}


def codes() -> Iterable[str]:
    return CODES
