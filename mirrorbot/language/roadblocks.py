"""Gordon's roadblocks, and the two coders add, as patterns over a listener's words.

Each roadblock is a list of regular expressions, matched case-insensitively
against one sentence of the listener's reply (fillers such as "um" and
stutters such as "s-so" already folded; apostrophes straight). The patterns
look for the *move* (an instruction, a verdict, a promise that all will be
well), never for "you" alone: "You're worried she'll leave" is a reflection,
not a judgement, and nothing here fires on it.

``find`` gives the names present, in the order of ``ROADBLOCKS``. The
interrogating roadblock's other half, question after question, needs the
whole reply and is decided by the coder.
"""

from __future__ import annotations

import re
from functools import cache

# The fourteen names of reflective-listening.md §3 (an interface: JSON output
# and tests use them, in this order).
ROADBLOCKS: tuple[str, ...] = (
    "ordering", "warning", "moralizing", "advising", "lecturing", "judging",
    "praising", "name_calling", "diagnosing", "reassuring", "interrogating",
    "distracting", "claimed_understanding", "self_focus",
)  # fmt: skip

# Roadblocks that make a statement the listener's own input (an instruction,
# a verdict, an explanation) rather than a reflection of the speaker.
INPUT_ROADBLOCKS = frozenset(
    "ordering warning moralizing advising lecturing judging name_calling diagnosing".split()
)
ADVICE_ROADBLOCKS = frozenset("ordering warning moralizing advising".split())

_YOU = r"(?:you|u|ya)"
_YOURE = r"(?:you're|youre|you are|ur|you were)"
_IMPERATIVE_ADVICE = (
    r"take|try|get|call|ring|phone|talk|speak|write|make|ask|give|find|join|eat|sleep|rest|"
    r"exercise|breathe|relax|focus|remember|set|start|put|spend|avoid|cut|book|sign|reach|"
    r"text|message|email|meditate|journal|read|listen|use|check|walk|plan|prioriti[sz]e|"
    r"schedule|say|tell|learn|practi[cs]e|treat|drink|invite|look|see|consider|have|keep|"
    r"turn|switch|unplug|delete|block|apologi[sz]e|forgive|write|do|buy|go|leave|be"
)


def not_after(*words: str, ahead: str = "") -> str:
    """A word starts here, and not straight after any of ``words`` (each
    whole, then a space; a leading "-" marks a word ending, "-n't" for
    "couldn't", "won't"). "You couldn't stop crying" reports what happened;
    "Stop crying" orders. The word boundary comes first so the lookbehinds
    are tried only where a word starts, not at every character; ``ahead``
    (a pattern for what follows) is checked before them, so they are tried
    only where the move itself starts."""
    look = rf"(?={ahead})" if ahead else ""
    return (
        r"\b" + look + "".join(rf"(?<!{w[1:]} )" if w[0] == "-" else rf"(?<!\b{w} )" for w in words)
    )


# How it must wear on someone: after "you must get...", a guess at their
# experience, not an order.
_WORN = r"(?:tired|fed up|sick|worn|frustrated|annoyed|lonely|bored|exhausted|scared|angry|upset|down|weary|impatient)"

# A subject just before an instruction's verb makes it a report or a plan,
# not an order: "you calm down", "she'll have a rest".
_PRONOUNS = ("you", "i", "we", "they", "he", "she")


def not_asked_which(ahead: str) -> str:
    """After a wh-word the speaker is asked what they tried, not told to
    try: "What have you tried?" (``ahead``: the words that follow)."""
    return not_after(
        "what", "which", "else", "ones", "things", "ways", "many", "much", "who", "where", "how",
        ahead=ahead,
    )  # fmt: skip


# "You should be proud of yourself" is praise, not a duty laid on them:
# after "should", neither moralizing nor advising (praising catches it).
_PROUD = r" (?:really |so |very |rightly |just )?(?:be|feel) (?:really |so |very |quite |rightly |incredibly )?(?:proud|pleased|chuffed)\b"
NOT_PRAISE = rf"(?!{_PROUD})"

# A parting wish is not advice: "Have a good weekend", "Take care".
_PARTING_WISH = r"(?! (?:a )?(?:good|great|nice|lovely|safe|wonderful|happy|fab|fantastic) (?:day|afternoon|evening|morning|night|weekend|week|one|time|trip|holiday|christmas)\b)(?! care\b)"

_PATTERNS: dict[str, tuple[str, ...]] = {
    "ordering": (
        r"^(?:just |now )?stop\b(?! me\b)",
        # Not what someone could not stop doing: "you couldn't stop crying".
        not_after("to", "not", "-n't", "cannot", "never", ahead="stop ")
        + r"stop (?:\w+ing|it|that|this|crying|complaining|whining|moaning)\b",
        r"^(?:look |honestly |seriously |well |then |right )?(?:you )?(?:really |just |simply |seriously )?(?:(?:need|have|got|gotta) to|gotta)\b(?! (?:say|admit)\b)",
        rf"\b{_YOU} (?:just|really|simply|seriously|absolutely|definitely) (?:(?:need|have|got) to|gotta)\b",
        rf"^{_YOU}(?:'ve| have)? got to\b",
        # Not a guess at how it is for them: "You must get tired of it".
        rf"\b{_YOU} must(?! have| be| feel| know| think| (?:get|grow) (?:so |really |pretty |a bit |a little )?{_WORN})\b",
        r"\bi (?:want|need) (?:you|u) to\b",
        not_after(
            *_PRONOUNS, "you'd", "to", "would", "will", "-'ll", ahead="(?:calm|settle|quiet|shut) "
        )
        + r"(?:calm|settle|quiet|shut) (?:down|up)\b",
        # Not what someone does: "You get over it quicker than she does".
        not_after(*_PRONOUNS, "to", "-'ll", "will", "-n't", "never", ahead="(?:get|got) over ")
        + r"(?:get|got) over (?:it|him|her|them|yourself|this|that)\b",
        r"\bsnap out of it\b|\bpull yourself together\b|\bgrow up\b|\bman up\b|\btoughen up\b",
        r"\bdeal with it\b|\bget a grip\b|\bget over yourself\b|\bsuck it up\b",
        r"^(?:just )?(?:move on|go and|go tell|go talk|quit \w+ing|enough)\b",
        r"^(?:just |you have to |you need to |you've got to )?let (?:it|him|her|them|this|that) go\b",
        r"^don't (?:be|cry|do|say|let|you dare|even)\b",
        r"^(?:you )?(?:will|shall) (?:do|go|stop|tell)\b",
    ),
    "warning": (
        rf"\bif {_YOU} (?:don't|do not|keep|carry on|continue|won't|never|go on)\b.*\b(?:you'll|you will|you're going to|you are going to|you're gonna|you'd|it'll|it will|they'll|she'll|he'll|your \w+(?:'ll| will| is going to| are going to| are gonna| is gonna))\b",
        rf"\b{_YOU}(?:'ll| will) (?:regret|be sorry|end up|lose|wish you|pay for|live to regret)\b",
        rf"\b{_YOURE} (?:going to|gonna) (?:regret|end up|lose|be sorry|get hurt|get fired|pay)\b",
        r"\bor else\b|\bmark my words\b|\bbefore it's too late\b|\bwatch out\b|\byou've been warned\b",
        # Not better things had: "You had better things to do that night".
        rf"\b{_YOU}(?:'d| had) (?:better|best)\b(?! (?:things|stuff|days|times|ones|options|ideas|plans|luck|people|friends|offers|jobs|chances|reasons|ways|places|nights|weekends|results|news)\b)",
        r"\bbe careful(?: or| otherwise| because|,)",
        r"\b(?:that's|it's|this is) (?:going to|gonna) (?:backfire|end badly|blow up in your face|come back to bite)\b",
        r"\bcome back to bite you\b|\bplaying with fire\b",
    ),
    "moralizing": (
        rf"\b{_YOU} (?:really )?ought(?:n't)? to\b",
        rf"\b{_YOU} should(?:n't| not)? (?:really )?(?:be|feel) (?:grateful|thankful|ashamed|glad|happy)\b",
        rf"\b{_YOU} should(?:n't| not)?(?: have|'ve)\b",
        rf"\b{_YOU} should\b{NOT_PRAISE}",
        r"\bthe (?:right|decent|proper|moral|responsible|mature|adult) thing\b",
        r"\b(?:it's|it is|that's|that is) (?:not )?(?:your (?:duty|responsibility|job|obligation)|only right|only fair|morally)\b",
        rf"\b{_YOU} (?:owe it|have a duty|have a responsibility)\b",
        r"\ba (?:good|real|decent|proper|loving|responsible) (?:person|friend|mother|mum|mom|father|dad|son|daughter|parent|partner|wife|husband|sister|brother|employee) (?:would|should|wouldn't|doesn't|would never)\b",
        r"\b(?:it's|it is|that's|that is) (?:wrong|selfish|immoral|disrespectful|not fair|unfair|not right) (?:to|of you)\b",
        r"\bshould be ashamed\b|\bcount your blessings\b|\bfamily comes first\b",
        r"\bthink (?:of|about) (?:your|the) (?:kids|children|family|parents)\b",
        r"\bwhat kind of (?:person|mother|father|friend|parent|son|daughter)\b",
        r"\bthat's not how (?:you|a|we) (?:treat|behave|act)\b",
    ),
    "advising": (
        # Not when the speaker is asked to say what they tried: "What have
        # you tried so far?", "Which did you try?" (an open question).
        rf"{not_asked_which('have ')}have {_YOU} (?:ever |thought about |considered )?(?:tried|thought about|considered|looked into|thought of)\b",
        rf"{not_asked_which('did ')}did {_YOU} (?:try|think about|consider)\b",
        rf"\bwhy (?:don't|dont|do not|not) (?:{_YOU}|just|try|ask|tell|talk|take|go|get)\b",
        r"\bwhy not\b",
        r"\b(?:what|how) about (?:(?:you|we) (?:just )?)?\w+ing\b",
        r"\bhow about (?:you|we|a|some|just|trying|taking|talking|calling)\b",
        rf"\bwhat if {_YOU} (?:just |tried|try|talked|talk|took|take|went|go|told|tell|asked|ask|called|call|started|start|stopped|stop|had|gave|give|wrote|write)\b",
        rf"\b(?:maybe|perhaps|possibly) (?:{_YOU} )?(?:could|should|can|might|just|try|need|ought|want to try)\b",
        r"\b(?:maybe|perhaps) (?:try|take|talk|get|go|ask|tell|call|give|have)\b",
        r"^(?:maybe|perhaps) (?:a|an|some) (?:\w+ )?\w+ (?:would|could|might|will) (?:help|be (?:good|worth it|a good idea|useful|helpful))\b",
        not_after(
            "so",
            "that",
            "if",
            "when",
            "because",
            "until",
            "where",
            "how",
            "what",
            ahead=rf"{_YOU} (?:could|can|might|may) ",
        )
        + rf"{_YOU} (?:could|can|might|may) (?:always |just |also |even )?(?:try|want to|wanna|consider|think about|talk|ask|tell|go|get|take|call|start|look|join|write|see|find|give|speak|use|make|put|reach out)\b",
        rf"\b{_YOU} (?:should\b{NOT_PRAISE}|shouldn't\b)",
        r"\bit (?:might|may|would|could|will) (?:really )?(?:help|be (?:good|helpful|worth|wise|a good idea|smart) (?:to|if))\b",
        r"\bi(?:'d| would) (?:recommend|suggest|advise|encourage|try)\b",
        r"\bi (?:recommend|suggest|advise|encourage you)\b",
        r"\bmy (?:advice|suggestion|recommendation|tip)\b",
        r"\bif i (?:were|was) you\b",
        r"\bthe best (?:thing|way|option|idea|bet) (?:to do |for you )?(?:is|would be|here)\b",
        r"\b(?:a|the) (?:good|better|smart) (?:idea|move|plan) (?:would be|is|might be) to\b",
        # An option put on the table for them: "One thing you could do is...",
        # "Another option would be to...".
        rf"\b(?:one|another|the other) (?:good |useful |simple |small |other )?(?:thing|option|idea|step)s? (?:that )?{_YOU} (?:could|can|might) (?:do|try|think about|consider)\b",
        r"\b(?:one|another|the other) (?:good |useful |simple |small |other )?(?:option|idea|possibility) (?:would be|is|might be|could be) (?:to|for you to)\b",
        not_after(
            "want to", "wanted to", "wanna", "like to", "let me", "i", "we", "to", ahead="make "
        )
        + r"make sure (?:you|that you|to)\b|\bdon't forget to\b|\bremember to\b",
        not_after(*_PRONOUNS, "to", "-'ll", "will", ahead="have a ")
        + r"have a (?:think|word|chat|go|bath|rest|break|nap|lie-in|cup)\b",
        # An instruction first thing ("Walk more", "Get some sleep"), but not
        # a request to hear more ("Say more", "Talk more about it") and not
        # a noun that heads the subject of a statement ("Sleep loss can
        # make it worse", "Rest days matter", "Talk therapy helps").
        rf"^(?:just |maybe |perhaps |please |first |then |next time |so )?(?!(?:say|talk|speak|tell|write|explain|share) more\b)(?:{_IMPERATIVE_ADVICE})\b"
        r"(?! (?:you|i|he|she|it|they|we|is|are|was|were|that|this|does|did|do|about|me|us|a bit|a little|ahead|on|and)\b)(?![-,'])"
        r"(?! (?!(?:what|who|how|which|where|when|her|him|them|out|up|down|back|off|in|over|away|some|a|an|the|your|my|his|their|our|those|these|more)\b)\w+ (?:is|are|was|were|can|could|may|might|will|would|helps?|matters?|makes?|works?|tends?|has|have)\b)"
        rf"{_PARTING_WISH}",
        not_after(*_PRONOUNS, "just", "really", "always", "still", "a", "good", "to", ahead="try ")
        + r"try (?:to |and )?\w+",
        r"\b(?:you|u) (?:just )?need (?:a|some|more|to get|to take|to try|to talk)\b",
        r"\bwhy don't we\b|^let's (?:try|think about|make|get|go|look|plan|find|set)\b",
        r"\bthere's (?:always|nothing wrong with) \w+ing\b",
    ),
    "lecturing": (
        r"\bthe (?:fact|facts|truth|reality|thing|point|problem|science|evidence|research|data|statistics) (?:is|are|says|shows|of the matter)\b",
        r"\b(?:research|studies|science|statistics|evidence|experts|doctors|data|surveys) (?:shows?|says?|tells? us|suggests?|proves?|has shown|have shown|agree)\b",
        r"\b(?:statistically|logically|objectively|scientifically|rationally) (?:speaking)?",
        r"\blet me (?:explain|tell you (?:why|how|something|what)|break it down|put it this way)\b",
        r"\b(?:look at it|think of it|think about it) (?:this way|logically|rationally|objectively)\b|\bif you think about it\b",
        rf"\b{_YOU} (?:have|need|got) to (?:understand|realise|realize|accept|see|remember) that\b",
        r"\b(?:everyone|everybody|we all) knows? (?:that)?\b",
        r"\b(?:here's|here is) the thing\b|\bit's (?:a|just a) (?:simple )?fact\b|\bthat's just how (?:it|life|the world|things) (?:is|are|works)\b",
        r"\b(?:it's|it is|that's) (?:simple|basic|just) (?:logic|math|maths|biology|common sense)\b",
        r"\bthe (?:logical|sensible|rational) (?:thing|conclusion|answer)\b",
        r"\bin (?:my|the) (?:professional )?(?:opinion|view)\b",
    ),
    "judging": (
        r"\b(?:it's|it is|that's|that is|it was|that was) (?:all )?(?:your (?:own )?fault|on you|your own doing)\b",
        r"\bbrought (?:this|it|that) on (?:yourself|urself)\b|\bonly (?:got|have) yourself to blame\b|\byou asked for it\b|\byou made your bed\b",
        rf"\b{_YOURE} (?:being |just being |acting |so |too |really |way |a bit |kind of |pretty |totally |completely )*(?:over ?sensitive|too sensitive|dramatic|melodramatic|lazy|selfish|unreasonable|immature|childish|irresponsible|ridiculous|paranoid|irrational|petty|overreacting|overthinking|exaggerating|making (?:a big deal|a fuss|it up|excuses|too much)|blowing (?:it|this|things) out|the problem|wrong|in the wrong|being silly|silly|stupid|dumb|naive|spoiled|spoilt|ungrateful|weak|entitled|hysterical|negative|crazy|nuts|mean|rude|unfair|impossible|difficult|too much|a bit much)\b",
        r"\b(?:that|it|this) (?:was|is|sounds|seems) (?:a |really |pretty |so |kind of |such a )*(?:stupid|dumb|silly|foolish|idiotic|ridiculous|pathetic|crazy|selfish|irresponsible|childish|bad|terrible|poor) (?:idea|thing to do|decision|choice|move|of you|mistake)\b",
        r"\b(?:that|it|this) (?:was|is) (?:so |really |pretty |kind of )*(?:stupid|dumb|silly|foolish|idiotic|ridiculous|pathetic|selfish|irresponsible|childish) (?:of you)?\b",
        r"\bwhat were you thinking\b|\bhow could you (?:do|say|be (?:so|that|such)|let|think|not|even|ever|forget|treat)\b|\bwhat did you expect\b",
        rf"\b{_YOU} (?:over ?react(?:ed|ing)?|over ?think|exaggerate|blew it|messed (?:it|that|this) up|screwed (?:it|that|this|up))\b",
        rf"\b{_YOU} (?:really )?(?:shouldn't|should not) have\b",
        r"\b(?:no wonder|of course) (?:she|he|they|it|people)\b.*\b(?:left|dumped|fired|angry|upset|annoyed|mad|hate)\b",
        rf"\b{_YOU} (?:always|never) (?:do this|do that|listen|learn|think|get this way|make|overreact|blame)\b",
        r"\bthat's (?:not|no) (?:a )?(?:real|good|valid) (?:problem|reason|excuse)\b|\bthat's no excuse\b",
        # A verdict on how much they do something: "You're drinking too
        # much". Only for habits a listener judges: "You're working too
        # hard" is usually their overload reflected.
        rf"\b{_YOURE} (?:drinking|smoking|eating|spending|gambling|partying|using|worrying|complaining|overthinking|moaning|whining|stressing) (?:way |far |much |a bit |a little )?too (?:much|often|many)\b",
        # A verdict on someone in their story: "She's a terrible friend",
        # "He doesn't deserve you".
        r"\b(?:she|he|they)(?:'s| is|'re| are| was| were) (?:such )?(?:a |an )?(?:really |pretty |total |complete )?(?:terrible|awful|horrible|toxic|useless|lousy|rubbish|crap|bad|selfish|nasty) (?:friend|person|partner|boss|mother|mum|mom|father|dad|people|friends|sister|brother|husband|wife)\b",
        r"\b(?:she|he|they) (?:doesn't|does not|don't|do not|didn't|did not) deserve you\b",
        # A verdict on the person in a role: "You're a bad parent".
        rf"\b{_YOURE} (?:such )?(?:a |an )(?:really |pretty |very )?(?:bad|terrible|awful|useless|lousy|rubbish|hopeless|selfish|lazy|poor|crap|horrible) (?:parent|mother|mum|mom|father|dad|friend|partner|wife|husband|son|daughter|person|student|employee|boss|sister|brother)\b",
    ),
    "praising": (
        r"(?<!\ba )(?<!\bthe )\b(?:great|good|nice|excellent|amazing|awesome|fantastic|brilliant|super|terrific|wonderful) (?:job|work|going|effort|stuff|one)\b",
        r"^(?:(?:oh|well|wow|that's),? )?(?:good|great|nice) for you\b",
        r"\bwell done\b|\bbravo\b|\bway to go\b|\bkudos\b|\byou rock\b|\bhigh five\b|\bgood on (?:you|ya)\b|\bnailed it\b",
        rf"\b{_YOURE} (?:so |really |such an? |the |an |a |truly |very |incredibly )*(?:great|amazing|awesome|wonderful|brave|strong|smart|clever|brilliant|talented|inspiring|inspiration|star|hero|legend|champ|superstar|the best|fantastic|incredible|good person|good friend|good mum|good mom|good dad|good parent|best)\b(?! (?:player|athlete|student|pupil|performer|runner|swimmer|striker|worker|employee|of)\b)",
        r"\bi'm (?:so |really |very )?(?:proud of you|impressed)\b",
        rf"\b{_YOU} should{_PROUD}",
        rf"\b{_YOU} (?:did|are doing|'re doing|have done|'ve done) (?:so |really |very |a )*(?:great|amazing|awesome|brilliant|fantastic|well|good|wonderful|fine|terrific|excellent)(?: job)?\b",
        r"^(?:that's |that is |how |so )?(?:great|amazing|awesome|fantastic|wonderful|brilliant|incredible|impressive|excellent)(?: news)?[!.]*$",
        r"\bi (?:love|admire) (?:that|how|your|you)\b",
    ),
    "name_calling": (
        rf"\b{_YOURE} (?:being |acting like |acting |such |so |a |an |just |really |total |complete |a total |a complete |a big |a bit of |like |)*(?:an? |such an? |a total |a complete |a big |)(?:idiot|baby|crybaby|cry baby|drama queen|drama king|loser|coward|snowflake|wimp|brat|fool|moron|child|hypochondriac|pushover|doormat|control freak|narcissist|jerk|sissy|princess|diva|nutcase|psycho|lunatic|nag|airhead|klutz|clown|slob|quitter|martyr|victim|sheep|spoiled brat|idiot)s?\b",
        r"\b(?:don't|stop) (?:be|being) (?:a |such a |an |so )?(?:baby|wimp|crybaby|drama queen|coward|child|snowflake|princess|pussy|sissy|martyr|victim|idiot|doormat|pushover)\b",
        r"\b(?:what|such) an? (?:baby|wimp|idiot|loser|drama queen|crybaby|coward|snowflake|brat|fool|moron|princess|diva)\b",
        rf"\b(?:{_YOU}|ya) (?:big |silly |stupid |little )?(?:baby|idiot|wimp|crybaby|fool|moron|loser|coward|drama queen)\b",
        r"\b(?:cry|boo) ?(?:baby|hoo)\b",
    ),
    "diagnosing": (
        r"\b(?:that's|that is|it's|it is|this is) (?:just |only |probably |really |clearly )?(?:your|the) (?:anxiety|depression|ocd|adhd|trauma|ego|insecurity|insecurities|fear|inner child|ptsd|bpd|past|childhood|stress|hormones|grief|low self[- ]esteem|self[- ]esteem|abandonment issues|jealousy) (?:talking|speaking|at work|again|kicking in|showing)\b",
        r"\b(?:sounds|seems|looks) (?:to me )?(?:like |as if )?(?:you(?:'ve| have)? (?:got )?)?(?:clinical |classic |textbook |a touch of |a bit of |some |an? )?(?:depression|anxiety disorder|ptsd|ocd|adhd|add|bipolar|burnout|a breakdown|a nervous breakdown|panic disorder|an? \w+ disorder|narcissis\w+|codependen\w+|trauma|a trauma response|postnatal depression|postpartum depression|seasonal affective|sad|an attachment \w+|attachment issues|abandonment issues|a midlife crisis|a mid-life crisis|imposter syndrome|impostor syndrome)\b",
        rf"\b{_YOU}(?:'ve got|'ve| have got| have| probably have| might have| may have| could have| clearly have| obviously have) (?:got )?(?:clinical |postnatal |postpartum |severe |mild |a touch of |a bit of |some )?(?:depression|anxiety|ptsd|ocd|adhd|bipolar|an? \w+ disorder|abandonment issues|trust issues|commitment issues|attachment issues|daddy issues|mommy issues|mummy issues|issues with|imposter syndrome|impostor syndrome|low self[- ]esteem)\b",
        rf"\b{_YOURE} (?:just |clearly |obviously |probably |really )?(?:an alcoholic|an addict|a junkie|a drunk|an alcohol \w+|a problem drinker|projecting|in denial|codependent|self[- ]sabotaging|bipolar|depressed|clinically|a narcissist|narcissistic|traumati[sz]ed|repressing|deflecting|avoidant|anxiously attached|displacing|catastrophi[sz]ing|attention[- ]seeking)\b",
        r"\b(?:classic|textbook|typical) (?:\w+ )?(?:avoidance|projection|denial|anxiety|depression|middle child|only child|behaviou?r|case|symptom|sign|defen[cs]e)\b",
        r"\b(?:a|your) (?:defen[cs]e|coping) mechanism\b",
        r"\b(?:it's|that's|it is|this is) (?:all )?(?:because of|about|down to|from) your (?:childhood|upbringing|father|mother|dad|mum|mom|parents|past|ex)\b",
        rf"\b{_YOU} (?:just )?(?:want|need|crave) (?:attention|validation|control|approval)\b",
        r"\bthe real (?:reason|problem|issue) (?:is|you|here)\b|\bwhat's really going on (?:is|here is)\b",
        r"\bsubconsciously\b|\bunconsciously you\b|\bdeep down you (?:just )?(?:want|know|are)\b.*\b(?:attention|control|punish)\b",
    ),
    "reassuring": (
        r"\bdon't (?:you )?(?:worry|stress|panic|fret|feel bad|beat yourself up|be so hard on yourself|be sad|be upset)\b",
        r"\b(?:no need|nothing) to (?:worry|be (?:worried|scared|afraid|upset|sad|ashamed|embarrassed))\b",
        r"\b(?:it'll|it will|it's (?:all )?(?:going to|gonna)|everything(?:'ll| will|'s going to|'s gonna| is going to)|things(?:'ll| will| are going to| are gonna)|all(?:'ll| will)|you'll|you will|you're going to|you're gonna|she'll|he'll|they'll|it'd|it would) (?:all )?(?:be |turn out |work out |get |feel )?(?:fine|ok|okay|alright|all right|great|better|well|good|ok in the end|sorted|worth it|through this|over it|over him|over her|back on your feet|right as rain)\b",
        # Not working something out ("You'll work out the details"): a task, not a promise.
        r"\b(?:will|'ll|always|going to|gonna|bound to) (?:all )?(?:work|sort) (?:itself |themselves |things |it )?out\b(?! (?:the|a|an|what|how|your|my|his|her|their|our|some|which|when|where|who|whether|if|a way)\b)",
        r"(?:^|, )at least\b|\bat least (?:you|it's|it is|you've|you have|you're|he|she|they|there|now|that|this|your)\b",
        r"\bi'm (?:sure|certain|positive|confident) (?:it'll|it will|you'll|you will|things|everything|it's|he'll|she'll|they'll|you can|it is|he|she|they|that|it)\b",
        r"\b(?:it's|it is|that's|that is) not (?:that|so|as|the end of the world|a big deal|that big a deal|worth)\b",
        r"\bit could (?:be|have been) (?:a lot |much |so much )?worse\b",
        r"\b(?:look on|on) the bright side\b|\bsilver lining\b|\bevery cloud\b|\beverything happens for a reason\b",
        r"\bplenty (?:more )?(?:of )?(?:other )?fish\b|\btime heals\b|\bthis too shall pass\b|\bit'll pass\b|\bit will pass\b",
        r"\b(?:cheer|chin) up\b|\bno big deal\b|\bthese things happen\b|\bhappens to (?:everyone|everybody|the best of us)\b",
        r"\byou(?:'ve)? got this\b(?! \w)|\byou'll be (?:fine|ok|okay|alright|grand)\b",
        r"\byou'll (?:find|meet) (?:someone|somebody|another|a better|the right)\b|\byou're better off\b",
        r"\b(?:i'm|i am) sure (?:he|she|they|it) (?:didn't|did not|doesn't|does not|meant|means|loves?|cares?)\b",
        r"\bit (?:wasn't|isn't) your fault\b|\byou did (?:all|everything|your best) (?:you could)?\b",
        r"\bthings (?:always )?(?:get|will get) better\b|\btomorrow(?:'s| is) (?:a|another) (?:new )?day\b",
        # Normalising, so the feeling needs no hearing: "Everyone panics
        # before exams", "We all get nervous", "Most people feel that way".
        r"^(?:(?:but|and|well|look|honestly|oh),? )*(?:everyone|everybody|we all|all of us|(?:most|lots of|loads of|a lot of|many|new|other|all) (?:\w+ )?(?:people|parents|mums|moms|dads|students|carers|couples|mothers|fathers))\b"
        r"(?: \w+)? (?:feels?|gets?|panics?|struggles?|worries?|stresses?|goes through|go through|has|have|find it) (?:that|this|it|nervous|anxious|stressed|scared|worried|wobbles|doubts|like that|like this|the same|that way|this way|before|at some point|sometimes|from time to time|hard)\b",
        # A promise of new company, a benign reading: "You'll make new
        # friends", "It's probably just a mix-up".
        rf"\b{_YOU}(?:'ll| will) (?:soon |easily |definitely )?(?:make|find|meet) (?:new |other |better |more |lots of )?(?:friends|people)\b",
        r"^(?:(?:well|oh|look|honestly),? )?(?:it's|it is|it was|that's|that is|that was|i'm sure it's|i'm sure it was) (?:probably |likely |maybe |most likely )?(?:just )?(?:a |an )?(?:mix-up|misunderstanding|phase|blip|oversight|mistake|bad day|misunderstood)\b",
        # Comfort for a loss: "She knew you loved her", "There was nothing
        # you could have done", "She's in a better place".
        r"^(?:(?:but|and|well|look|honestly|oh),? )?(?:she|he|they) knew (?:how much )?you (?:loved|cared|were there)\b",
        r"\bthere(?:'s| is| was) nothing (?:more |else )?(?:you|anyone) could(?:'ve| have)? (?:done|do)\b",
        r"\b(?:in a better place|at peace now|not suffering any ?more|no longer (?:in pain|suffering))\b",
        # A promise about someone else: "He'll come round", "She'll be back".
        # Not what the speaker hopes, fears or thinks: "You hope she'll be
        # back", "You think he'll come round" ("I think he'll..." promises).
        not_after(
            "hope",
            "hoping",
            "wish",
            "worry",
            "worried",
            "fear",
            "afraid",
            "doubt",
            "if",
            "whether",
            "that",
            "you think",
            "you believe",
            "you reckon",
            "you feel",
            "you're sure",
            ahead="(?:he|she|they)(?:'ll| will) ",
        )
        + r"(?:he|she|they)(?:'ll| will) (?:\w+ly )?(?:come (?:round|around)|be back|get over it|see sense|forgive you)\b",
    ),
    "interrogating": (
        r"^(?:but |and |so )?why\b(?! (?:don't|not|dont|do not)\b)",
        r"\bhow come\b",
        r"\bwhat (?:on earth |the hell |the heck )?(?:possessed|made) you (?:do|think|say|act)\b",
    ),
    "distracting": (
        r"^(?:anyway|anyhow|anyways)\b|\banyway,? (?:how|what|did|have|let's|i|speaking|on|enough|moving)\b",
        r"\bspeaking of\b|\bon a (?:lighter|brighter|different|happier|completely different|more positive|separate) note\b",
        r"\blet(?:'s| us) (?:talk|think) about something (?:else|more \w+|nicer|happier|lighter|cheerful|positive|fun)\b",
        r"\blet's (?:talk about|change the subject|not dwell|think about something else|focus on something|get (?:a|some) \w+|go (?:out|for|get|grab)|watch|do something fun|forget)\b",
        r"\b(?:change|changing) (?:of |the )?subject\b|\bthat reminds me\b|\bby the way\b|\benough about\b|\bmoving on\b",
        r"\b(?:haha|hahaha|ha ha|lol|lmao|rofl|hehe|lmfao)\b|\U0001f602|\U0001f923",
        r"\b(?:want|wanna|fancy) (?:to )?(?:go|grab|get|watch|see|hear|play)\b.*\b(?:drink|coffee|food|pizza|movie|film|game|beer|pint|lunch|dinner|joke)\b",
        r"\b(?:did|have) you (?:see|seen|watch|watched|hear|heard) (?:about )?(?:the|that) (?:game|match|news|show|film|movie|episode|weather)\b",
        r"\b(?:forget|don't think) about (?:it|him|her|them|that|work)\b|\btake your mind off\b|\bthink about something else\b",
        r"\b(?:here's|heard|tell you|know) (?:a|the) (?:good |funny )?joke\b|\bfunny story\b|\bjust kidding\b|\bjk\b",
        r"\bat least (?:the weather|it's (?:friday|the weekend|sunny))\b",
    ),
    "claimed_understanding": (
        r"\bi know (?:exactly |just |totally |completely )?(?:how|what) (?:you|u)(?:'re| are)? (?:feel|mean|going through|dealing with|experiencing|are going through|are feeling|'re feeling|'re going through)\b",
        r"\bi know (?:exactly |just )?(?:how|what) (?:that|it|this) (?:feels|is like|'s like)\b",
        r"\bi know (?:exactly |just )?how (?:hard|difficult|tough|painful|awful|bad|scary|horrible|frustrating|lonely|stressful) (?:that|it|this) (?:is|was|feels|can be|must be)\b",
        r"\bi know what it's like\b|\bi know the feeling\b|\bi (?:can|totally|completely|so) relate\b|\bi feel your pain\b",
        r"\bi (?:totally |completely |fully |really |absolutely )(?:understand|get it|get you|get that|know)\b",
        r"\bi understand (?:exactly|completely|totally|perfectly|fully|what you're going through|how you feel|how hard)\b",
        r"\bi (?:get|know) (?:it|that)(?: completely| totally| exactly)\b|\bi know,? i know\b",
        r"\bbelieve me,? i (?:know|understand|get)\b|\bi've been there\b|\btrust me,? i know\b",
        r"\bi know exactly\b|\bi understand exactly\b|\bi get exactly\b",
        # A bare claim, with nothing after it to show what was understood:
        # "I hear you.", "I understand.", "I get where you're coming from."
        # Followed by what was heard ("I hear you, it's been a long month")
        # the reflection shows it, and the coder reads that instead.
        r"^i (?:really |totally |completely |do |can )?(?:hear you|understand|get it|get you|get that"
        r"|(?:see|know|get|understand) what you(?:'re| are)? (?:mean|saying)|hear what you(?:'re| are) saying"
        r"|(?:see|know|get|understand) where you(?:'re| are) coming from)(?:,? (?:i do|though|now|too))?$",
    ),
    "self_focus": (
        r"\b(?:that|this|the same(?: thing)?|something (?:similar|like that)|it) (?:happened|happens) to me\b",
        r"^(?:me too|same here|ditto|snap)\b|^same(?=\s*(?:[,.!]|$)|\s+(?:for|with) me\b)|(?<!\bto )\bme too\b|\bsame here\b",
        r"\bwhen i was (?:your age|young|a kid|at|in|going|younger|little|a teenager|\w+ing)\b",
        r"\bi (?:had|have had|went through|go through|felt|feel|did|do|was|used to feel) (?:the )?(?:same|exactly the same|a similar|something similar|the exact same|just the same|that too|the same thing)\b",
        r"\bmy (?:own )?(?:mum|mom|mother|dad|father|ex|boss|partner|wife|husband|sister|brother|friend|kid|son|daughter|family|divorce|breakup) (?:did|was|is|does|had|went|used to|also|too)\b",
        r"\b(?:reminds|remind) me of (?:when|my|the time|myself)\b|\bi remember when i\b|\bthat's (?:just )?like (?:me|my)\b",
        r"\bi've been there\b|\bin my (?:own )?(?:experience|case|life)\b|\bwhen i went through\b|\bi once\b",
        r"\blet me tell you (?:about )?(?:my|when i|what happened to me)\b|\bi'm the same\b|\bi'm exactly the same\b|\bi'm like that too\b",
        r"\bi (?:also|too) (?:had|have|felt|went|lost|got)\b|\bthe same thing happened\b",
        r"^i (?:had|have had|once had) (?:a|my|an) (?:\w+ )?\w+ (?:do|did|say|said|pull|try) (?:that|this|the same|something like that)\b",
    ),
}


# Words that report someone's thought or feeling: after them, "you should",
# "you're selfish" or "you need to" are the speaker's own words reflected
# ("You feel you should be doing more"), not the listener's verdict.
_REPORTED = re.compile(
    r"\b(?:you|you're|you've|you'd|he|she|they|he's|she's|they're|he'd|she'd|they'd|people|everyone|part of you|your \w+)"
    r"\s+(?:\w+\s+)?(?:feel|feels|felt|feeling|think|thinks|thought|thinking|worried|worry|worries|"
    r"afraid|scared|wonder|wondering|believe|believes|say|says|said|saying|told you|tell you|"
    r"tells you|call you|calls you|called you|calling you|hear|heard|hearing|sense|know|knew|"
    r"realise|realize|wish|wishing|want|wanted|wants|like|hope|hoping|hopes|plan|planning|"
    r"intend|intends|ready|willing|decided|considering|rather|prefer|prefers|wanna|reckon|reckons|"
    r"guess|figure|figured|suppose|expect|expects|imagine|sure|certain|convinced|confident)\b"
)
# Reassurance too: "You hope it'll all work out" is their hope reflected.
_REPORTABLE = INPUT_ROADBLOCKS | {"reassuring"}


def _reported(name: str, sentence: str, match: re.Match[str]) -> bool:
    """The move is someone's thought or words, reported. A warning's
    condition may come first and the report after it, before the
    consequence: "If you don't find work, you reckon you'll end up in
    trouble" is their prediction, not the listener's threat."""
    end = match.end() if name == "warning" else match.start()
    return _REPORTED.search(sentence, 0, end) is not None


# A cheap first look: a roadblock's patterns can only match a sentence that
# holds one of these words, so most sentences skip most patterns. Every
# pattern above must contain one of its roadblock's words (tests check the
# phrasings of each; keep the two in step when adding a pattern).
_TRIGGERS: dict[str, frozenset[str]] = {
    name: frozenset(words.split())
    for name, words in {
        "ordering": "stop need needs have got gotta must want calm settle quiet shut get over snap pull "
        "grow man toughen deal grip suck move go quit enough don't will shall let",
        "warning": "if regret sorry end lose wish pay else mark late watch warned better best careful "
        "backfire badly blow bite fire",
        "moralizing": "ought oughtn't should shouldn't right decent proper moral responsible mature "
        "adult duty responsibility job obligation only owe good real loving wrong selfish immoral "
        "disrespectful fair unfair ashamed blessings family think kind how",
        "advising": "have did why what how maybe perhaps possibly could can might may should shouldn't "
        "help recommend suggest advise encourage advice suggestion recommendation tip were was best "
        "good better smart sure forget remember try need let's there's "
        + _IMPERATIVE_ADVICE.replace("|", " ")
        .replace("prioriti[sz]e", "prioritise prioritize")
        .replace("practi[cs]e", "practise practice")
        .replace("apologi[sz]e", "apologise apologize"),
        "lecturing": "fact facts truth reality thing point problem science evidence research data "
        "statistics studies experts doctors surveys statistically logically objectively "
        "scientifically rationally explain tell break put look think have need got understand "
        "everyone everybody all here's here simple basic just logical sensible rational opinion view",
        "judging": "fault on yourself urself blame asked bed you're youre you are ur were stupid dumb "
        "deserve awful horrible toxic useless lousy rubbish crap nasty drinking smoking eating spending "
        "gambling partying using worrying complaining moaning whining stressing "
        "silly foolish idiotic ridiculous pathetic crazy selfish irresponsible childish bad terrible "
        "poor thinking could expect you over overreact overreacted overreacting overthink overthinking "
        "exaggerate blew messed screwed shouldn't should no of always never excuse",
        "praising": "great good nice excellent amazing awesome fantastic brilliant super terrific "
        "wonderful done bravo way kudos rock five ya nailed you're youre are ur were proud impressed "
        "pleased chuffed "
        "you incredible impressive love admire",
        "name_calling": "you're youre are ur were idiot baby crybaby cry drama loser coward snowflake wimp "
        "brat fool moron child hypochondriac pushover doormat control narcissist jerk sissy princess "
        "diva nutcase psycho lunatic nag airhead klutz clown slob quitter martyr victim sheep don't "
        "stop what such you ya boo idiots",
        "diagnosing": "that's it's this your sounds seems looks you have you've projecting denial "
        "codependent self sabotaging bipolar depressed clinically narcissist narcissistic "
        "traumatized traumatised repressing deflecting avoidant anxiously displacing catastrophizing "
        "catastrophising attention classic textbook typical defense defence coping because about "
        "down from want need crave real what's subconsciously unconsciously deep",
        "reassuring": "don't worry no need nothing it'll will it's everything things all you'll you're "
        "she'll he'll they'll it'd would work sort bound at least sure certain positive confident "
        "that's not could worse bright side silver cloud happens plenty fish heals pass cheer chin "
        "big deal happen got wasn't isn't did get tomorrow everyone everybody people parents mums moms "
        "dads students carers couples mothers fathers friends mix misunderstanding phase blip "
        "oversight mistake misunderstood bad knew peace suffering longer place",
        "interrogating": "why how what",
        "distracting": "anyway anyhow anyways speaking lighter brighter different happier note let's "
        "change changing subject reminds way enough moving haha hahaha ha lol lmao rofl hehe lmfao "
        "\U0001f602 \U0001f923 want wanna fancy did have forget don't take think here's heard tell know "
        "joke funny kidding jk least let",
        "claimed_understanding": "know understand get relate feel believe been trust totally "
        "completely exactly hear see",
        "self_focus": "happened happens me same ditto snap when i remind reminds remember my like "
        "been experience once let i'm also too",
    }.items()
}
_WORDS = re.compile(r"[a-z]+(?:'[a-z]+)?|[\U0001f600-\U0001f64f\U0001f900-\U0001f9ff]")


@cache
def _compiled() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (name, re.compile("|".join(f"(?:{p})" for p in _PATTERNS[name]), re.IGNORECASE))
        for name in ROADBLOCKS
    )


def find(sentence: str) -> list[str]:
    """The roadblocks one (normalised, lower-cased) sentence shows, in ``ROADBLOCKS`` order."""
    present = set(_WORDS.findall(sentence.lower()))
    present.update(part for word in list(present) if "'" in word for part in word.split("'"))
    return _find(sentence, present)


def _unfiltered(sentence: str) -> list[str]:
    """``find`` without the first look (tests compare the two)."""
    return _find(sentence, None)


def _find(sentence: str, present: set[str] | None) -> list[str]:
    """The roadblocks shown, trying only those with a trigger word in
    ``present`` (all of them when it is None)."""
    found: list[str] = []
    for name, pattern in _compiled():
        if present is not None and present.isdisjoint(_TRIGGERS[name]):
            continue
        for match in pattern.finditer(sentence):
            if name in _REPORTABLE and _reported(name, sentence, match):
                continue
            found.append(name)
            break
    return found
