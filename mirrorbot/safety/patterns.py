"""The crisis patterns: the grammar of what people say, as bounded regexes.

Patterns read the canonical word stream from ``normalize`` (" i want to die . ").
They are built from parts rather than from example sentences:

    intent  (want to, going to, planning to, thinking about, should, how to ...)
    + act   (kill myself, end my life, die, not wake up, take all my pills ...)

and who the sentence is about is read afterwards (``detector``): the same
"wants to end it" is the person themself after "I", and a third party at risk
after "my friend" or "she".

Linear time: every gap is "up to n words" over words of bounded length, no
quantifier is nested over another that can match the same text, and each
pattern starts on a literal word, so the work per position is bounded.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

W = r"[a-z0-9']+"
E = r"(?=(?: [,.])| $)"  # the clause ends here
# Not a secret kept for a treat: "told me not to tell my mum about the surprise party".
NOT_A_SURPRISE = (
    r"(?! (?:about|till|until|before) (?:the|my|her|his|our|their|a) (?:surprise|present"
    r"|presents|gift|gifts|party|birthday|engagement|wedding|proposal|holiday|trip|cake))"
)


def gap(n: int) -> str:
    """Up to ``n`` words (each with its trailing space)."""
    return rf"(?:{W} ){{0,{n}}}"


def clause_gap(n: int) -> str:
    """Up to ``n`` tokens, clause breaks included (not sentence breaks): "the bridge on
    my mind all week, the one over the bypass, how high it is"."""
    return rf"(?:[a-z0-9',]+ ){{0,{n}}}"


def across_gap(n: int) -> str:
    """Up to ``n`` tokens across sentence breaks: "blades today. not for shaving"."""
    return rf"(?:[a-z0-9',.]+ ){{0,{n}}}"


def alt(words: str) -> str:
    """An alternation of space-separated words; '_' joins a multiword item."""
    items = sorted({w.replace("_", " ") for w in words.split()}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(i) for i in items) + ")"


# -- word sets ---------------------------------------------------------------

PERSON_NOUNS = (
    "boss manager supervisor coworker co-worker coworkers colleague colleagues dad father "
    "mum mom mother mam mommy mummy ma parents parent stepdad stepmum stepmom stepfather "
    "stepmother brother sister brothers sisters sibling siblings son daughter sons daughters "
    "baby babies child children kid kids husband wife partner boyfriend girlfriend ex "
    "fiance fiancee spouse friend friends mate mates roommate flatmate housemate neighbour "
    "neighbor neighbours neighbors landlord teacher teachers classmate classmates bully "
    "bullies uncle aunt auntie cousin cousins grandad grandpa grandma gran nan nana granny "
    "grandfather grandmother nephew niece stepbrother stepsister guy guys man men woman "
    "women girl girls boy boys lady dude people person someone somebody students student "
    "coach pastor priest family twin pal buddy bitch bastard prick asshole arsehole "
    "toddler infant newborn stepson stepdaughter teen teenager pupil pupils ex-husband "
    "ex-wife ex-boyfriend ex-girlfriend exbf exgf in-laws colleague bestfriend everyone "
    "everybody anyone anybody cunt idiot twat dickhead bloke blokes lad lads fella fellas chap geezer "
    "carer carers caregiver caregivers grandson grandsons granddaughter granddaughters grandchild "
    "grandchildren grandkid grandkids hubby missus wifey driver doctor nurse officer cop "
    "policeman policewoman judge lawyer tutor lecturer headteacher headmaster therapist "
    "counsellor counselor adult adults grownup grownups"
)
PERSON = alt(PERSON_NOUNS)
# Who a person can be, as an object: "him", "my boss", "that stupid guy".
PERSON_OBJ = (
    r"(?:him|them|everyone|everybody|someone|somebody|anyone|anybody|people"
    r"|her(?!(?: [a-z']+)? (?:feelings|chances|career|reputation|pride|ego|back|knee|car|phone|stuff|things|plans|business))"
    rf"|(?:my|his|her|their|our|the|that|this|those|these|a|some|all the|all my|your|every) (?:[a-z0-9]+'s )?(?:{W} )?{PERSON}(?![a-z'-]))"
)
REFL = r"(?:myself|himself|herself|themselves|yourself|ourselves|themself)"
# Medicines a person could take too many of. ``DRUG`` (in the patterns) holds
# the everyday ones and opioids and sedatives besides; a rule that only needs
# a medicine named somewhere in the message (``forum``'s whole box or bottle)
# still gates on the everyday ones alone.
MEDICINES = (
    "pills tablets meds medication medications medicine paracetamol tylenol ibuprofen "
    "painkillers sleeping_pills antidepressants insulin aspirin codeine lithium xanax "
    "prescription pill tablet sleeping_tablets anti-depressants"
)
DRUG = alt(
    MEDICINES + " morphine oxycodone oxy opioids opiates tramadol diazepam valium fentanyl "
    "methadone sleeping_meds"
)

QTY = (
    r"(?:all|every|everything|enough|too many|loads|lots|a lot|[0-9]+|all the|all of|the rest"
    r"|(?:a|the|an|my|his|her|their|our) (?:whole |entire |full |big |new )?(?:bottle|box|pack|packet|strip|tub|load|handful|bunch|lot|month's supply|stash|supply|jar|blister pack))"
)

# An intent, desire, plan or rumination, followed by an act. Each ends where
# the act begins; "to" on its own covers "bought rope to ...", "the urge to ...".
INTENT = (
    r"(?:to|will|would|shall|should|might|may|must|could|can|rather"
    r"|might as well|may as well|wish i could|wish i would|wish i can|wish i did|wish i"
    r"|thinking|think|thinks|thought|thoughts|considering|consider|considered|contemplating|contemplate|contemplated"
    r"|fantasi[sz]e|fantasi[sz]ing|fantasi[sz]ed|dream|dreaming|dreamt|dreamed|obsessing|obsessed"
    r"|imagining|imagine|imagined|researching|researched|googling|googled|looking up|looked up|searching|searched"
    r"|feel like|feels like|felt like|feeling like|urge|urges|craving|crave|keep|keeps|kept"
    r"|talking|talks|talked|talk|joking|jokes|joked|writing|writes|wrote|posting|posted"
    r"|romanti[sz]ing|planning|plans|plan|planned|considering|attempted|attempt|attempting|tried|trying|try"
    r"|started|start|stop|stopped)"
)
# Who wants, needs, wishes ... to die. No "going to" or "will": "I'm going to
# die if I have to sit through that again" is a prediction, not a wish.
WANT = (
    r"(?:(?:want|wants|wanted|wanting|would like|long|longing|need|needs|ready|deserve|deserves|deserved"
    r"|hope|hoping|pray|praying|tempted|urge|urges|choose|chose|prefer|plan|plans|planned|planning"
    r"|intend|intends|decided|try|trying|tried|attempted|prepared|time|better|easier|reason|how|ways|way"
    r"|would love|can not wait|cannot wait|wish|wishes|wished|wishing|allowed|let me) to"
    r"|(?:wish|wished|wishing|wishes) (?:that )?(?:i|we|she|he|they) (?:could|would|can|might|did)"
    r"|(?:wish|wished|wishing|pray|praying|hope|hoping) (?:that )?(?:i|we|she|he|they)"
    r"|should|might as well|may as well|would rather|had rather|rather|must)"
)
GER = (
    r"(?:thinking|think|thinks|thought|thoughts|considering|consider|considered|contemplating|contemplated"
    r"|fantasi[sz]e|fantasi[sz]ing|fantasi[sz]es|fantasi[sz]ed|dream|dreaming|dreams|dreamt|dreamed"
    r"|obsessing|obsessed|imagining|imagine|imagined|romanti[sz]ing|feel like|feels like|felt like|feeling like"
    r"|talking|talks|talked|talk|joking|jokes|joked|writing|writes|posting|posts|posted|ruminating"
    r"|urge|urges|craving|cravings|crave|obsess)"
    r"(?: about| of| on)?"
)

HOW_OFTEN = (
    r"(?:every (?:single )?(?:day|night|morning|week)|all (?:the time|day|night)|constantly|more and more"
    r"|a lot|lately|again|non stop|nonstop|most days|most nights)"
)

# The code word "unalive" (or "unalived", "unaliving": the normaliser reads them
# all as "unalive"), but not with a thing after it: "finally unalived the
# dragon on level nine" is a game.
UNALIVE = r"unalive(?! (?:the|a|an|that|this|those|these|every)(?![a-z']))"

# Ways of killing oneself, in base and -ing forms (the intent decides).
_NOT_EFFORT = (
    r"(?! (?:over|for|at (?:work|the gym|the office|school|uni)|trying|laughing|working|studying|revising"
    r"|doing|getting|to (?:get|finish|make|please|meet|keep|impress)|with work|in the gym|lol)(?![a-z]))"
)
# "You'd kill yourself laughing", "before you kill yourself with work": the generic
# "you" of hyperbole about effort or laughter. Not "lol" or "for"/"over" here:
# "people say kill yourself lol", "... kill yourself for being fat" are bullying.
_NOT_YOUR_EFFORT = (
    r"(?! (?:laughing|trying|working|studying|revising|doing|getting|with (?:work|overtime|revision)"
    r"|at (?:work|the gym|the office|school|uni)|in the gym|to (?:get|finish|make|please|meet|keep|impress))(?![a-z]))"
)
ACT_SUICIDE = (
    r"(?:"
    rf"(?:kill|killing|kills|killed) {REFL}{_NOT_EFFORT}"
    rf"|(?:unalive|unaliving|off|offing|end|ending|hang|hanging|hung|gas|gassing|poison|poisoning|suffocate|suffocating"
    rf"|electrocute|electrocuting|delete|deleting|neck|necking|drown|drowning|shoot|shooting|shot) {REFL}"
    r"(?! (?:in the foot|up|out|in (?:work|coffee|tea|paperwork|books|debt|wine)|in the eye|to sleep|with (?:work|food)"
    r"|in the (?:leg|arm|hand|thigh)|on (?:the|a|my)))"
    rf"|{UNALIVE}|selfdelete"
    r"|(?:end|ending|ended|take|taking|took|finish|finishing) (?:my|his|her|their|your) (?:own )?(?:life|lives|existence)"
    r"|(?:end|ending|ended) (?:it all|it|everything|things|all of this|this life|my suffering|it for good|it now|it tonight)"
    r"(?! (?:with|between|there|here|off|early|at|on a))"
    r"|(?:commit|committing|committed|attempt|attempting|attempted) suicide"
    r"|(?<!career )(?<!social )(?<!political )(?<!commercial )(?<!financial )(?<!electoral )(?<!fashion )suicide(?! (?:squad|mission|run|runs|doors|drill|sprints|bomber|bombers|bombing|vest|rates|prevention|awareness))"
    r"|(?:starve|starving|drink|drinking) (?:myself|himself|herself|themselves) to death"
    r"|(?:overdose|overdosing|overdosed)(?! on (?:caffeine|coffee|sugar|chocolate|sweets|candy|netflix|tv|cuteness|love|energy|red bull|work|vitamin|carbs|junk|memes|content))"
    r"|(?:jump|jumping|jumped|leap|leaping|throw myself|throwing myself|threw myself) (?:off|of|from) (?:the top of )?(?:a|the|my|our|that|this) (?:[a-z']+ )?"
    r"(?:bridge|building|roof|rooftop|cliff|balcony|tower|car park|carpark|window|ledge|overpass|flyover|block|platform|top floor|train"
    r"|multi storey|multistorey|viaduct|quarry|pier|dam|parking garage)"
    r"|(?:jump|jumping|jumped|step|stepping|stepped|throw myself|throwing myself|threw myself|lie down|lying down|walk|walking) "
    r"(?:in front of|under|onto|into) (?:a|the|some|an) (?:oncoming )?(?:train|bus|car|truck|lorry|tram|tracks|traffic|sea|ocean|river|lake)"
    r"|(?:throw|throwing|threw) (?:myself|himself|herself|themselves) (?:off|out of|from|under|in front of)"
    r"|(?:walk|walking|walked) into (?:the )?(?:sea|ocean|river|lake|traffic)"
    r"|(?:slit|slitting|slash|slashing|cut|cutting|open|opening) (?:my|his|her|their) (?:wrists|wrist|throat|veins)"
    r"|(?:put|putting) a bullet (?:in|through) (?:my|his|her|their) (?:head|brain|skull)"
    r"|(?:blow|blowing) (?:my|his|her|their) brains out"
    r"|(?:drink|drinking|drank) (?:of |some |a little |a cup of )?(?:bleach|antifreeze)"
    r"|(?:drive|driving|drove|crash|crashing|crashed|swerve|swerving) (?:my car |the car |his car |her car )?(?:into|off) (?:a|the) "
    r"(?:wall|tree|bridge|cliff|river|lorry|truck|oncoming|motorway|barrier|lake|sea)"
    r"|(?:crash|crashing) (?:my|the) car on purpose"
    rf"|(?:take|taking|took|swallow|swallowing|swallowed|down|downing|downed|overdose on|od on) {QTY} "
    rf"(?:of )?(?:my |the |these |those |his |her |their |all my |all the |all of my |[a-z]+'s )?(?:[a-z]+ ){{0,2}}{DRUG}"
    rf"|(?:take|taking|took) (?:an )?overdose"
    r"|(?:hang|hanging) (?:myself|himself|herself)"
    r")"
)
# Wanting to be dead, to not exist, to not wake up.
ACT_DIE = (
    r"(?:"
    r"(?:die|be dead)(?! (?:of|from) (?:embarrassment|shame|cringe|boredom|laughter|laughing|happiness|cuteness|jealousy|envy|curiosity|old age|natural))"
    r"(?! (?:happy|laughing|than(?! (?:feel|live|keep|carry|go on|suffer|continue|exist|face|wake up|stay|spend another|be alive|go back|be here|deal))|for (?:a|this|that|it|my|our)|in (?:a|peace|my sleep at)))"
    r"|(?:not|never) (?:be|being) (?:alive|here|around)(?: anymore| any longer| tomorrow)?(?! (?:for|when|at|on|in time|to|by|until|till|this|next|tomorrow (?:because|for|at)))"
    r"|(?:not|never) (?:exist|existing)|(?:stop|stopped|stopping) (?:existing|living|breathing)|cease to exist"
    r"|(?:not|never) (?:wake|waking) up(?! (?:early|at|before|so|on time|in time|for))"
    r"|(?:go|going|fall|falling) (?:to )?(?:sleep|asleep) (?:forever|and (?:not|never) wake up|and never come back)"
    r"|sleep forever|(?:disappear|vanish)(?: forever| for good| permanently| completely| and never come back| off the face of the earth| from (?:existence|the world|this world|this earth))"
    r"|(?:disappear|vanish)(?! (?:for|to|into|on|off|somewhere|from|after|before|at|until|till|when|in|under|beneath|behind|inside|down|back|with|through|over|all (?:day|weekend|night)|abroad|travelling|traveling))"
    r"|(?:be|being) gone(?: forever| for good)?(?! (?:for|by|when|before|at|in|on|until|till|to|from|all))"
    r"|(?:leave|leaving) (?:this|the) (?:world|earth|planet)"
    r"|(?:fade|fading) away(?! (?:from|for|into the background|a bit|slowly from))"
    r"|give up on (?:life|living)|(?:be|being) with (?:my|her|him|them) (?:[a-z']+ )?(?:again )?in heaven"
    r"|(?:join|joining) (?:him|her|them|my [a-z']+) (?:in heaven|up there|on the other side)"
    r"|(?:get|getting|be|being) (?:hit|run over|killed) by (?:a|the) (?:car|bus|truck|train|lorry)"
    r"|not (?:be|being) born|(?:never|not) (?:have )?(?:been|be) born"
    r")"
)
GER_DIE = (
    r"(?:dying|being dead|not being (?:here|alive|around)|not existing|not waking up|my (?:own )?death"
    r"|my (?:own )?funeral|disappearing forever|(?:how|ways|way) to die|death as (?:a|an|the) (?:way|escape|option|relief)"
    r"|(?:wanting|want|wishing) to die|suicide|suicidal (?:thoughts|feelings|ideation))"
)

# Hurting someone, and hurting oneself.
HARM_VERB = (
    r"(?:kill|killing|murder|murdering|hurt|hurting|harm|harming|stab|stabbing|shoot|shooting|strangle|strangling"
    r"|choke|choking|poison|poisoning|beat up|beating up|beat the shit out of|beat|beating|punch|punching|attack|attacking"
    r"|smother|smothering|drown|drowning|run over|running over|slap|slapping|hit|hitting|burn|burning|torture|torturing"
    r"|suffocate|suffocating|rape|raping|kidnap|kidnapping|bash|bashing|batter|battering|throttle|throttling"
    r"|shake|shaking|knife|knifing|shoot up|shooting up|blow up|blowing up|bomb|bombing|smash|smashing)"
)
SH_VERB = (
    r"(?:cut|cuts|cutting|burn|burns|burning|burnt|burned|hurt|hurts|hurting|hurted|harm|harms|harming|harmed"
    r"|hit|hits|hitting|punch|punches|punching|punched|scratch|scratches|scratching|scratched|bite|bites|biting|bit"
    r"|starve|starves|starving|starved|bruise|bruises|bruising|bruised|slap|slaps|slapping|slapped|choke|chokes|choking|choked"
    r"|strangle|strangling|strangled|injure|injures|injuring|injured|mutilate|mutilating|mutilated|carve|carving|carved"
    r"|pinch|pinching|pinched|stab|stabbing|stabbed|slice|slicing|sliced|slash|slashing|slashed)"
)
VIOLENT = (
    r"(?:hit|hits|hitting|beat|beats|beating|beaten|punch|punches|punched|punching|slap|slaps|slapped|slapping"
    r"|kick|kicks|kicked|kicking|choke|chokes|choked|choking|strangle|strangles|strangled|strangling"
    r"|shove|shoves|shoved|shoving|push|pushes|pushed|pushing|hurt|hurts|hurting|abuse|abuses|abused|abusing"
    r"|rape|rapes|raped|raping|molest|molests|molested|molesting|assault|assaults|assaulted|assaulting"
    r"|grab|grabs|grabbed|grabbing|drag|drags|dragged|dragging|burn|burns|burned|burnt|stab|stabs|stabbed"
    r"|attack|attacks|attacked|attacking|bite|bites|bit|pin|pins|pinned|throttle|throttles|throttled"
    r"|smack|smacks|smacked|smacking|whip|whips|whipped|belt|belted|bruise|bruised|bruises|spit on|spat on|spits on"
    r"|trap|traps|trapped|touch|touches|touched|touching|grope|gropes|groped|groping|batter|batters|battered"
    r"|suffocate|suffocated|smother|smothered|smothers|poison|poisoned|drug|drugged|spike|spiked|shake|shakes|shook"
    r"|headbutt|headbutted|stalk|stalks|stalked|stalking|threaten|threatens|threatened|threatening|blackmail|blackmails"
    r"|blackmailed|blackmailing|isolate|isolates|isolated|isolating|control|controls|controlled|controlling|tie|tied"
    r"|strangle|beats up|beat up|beating up|hold down|held down|holds down|pinned down|pins down)"
)
# What after "X hit me" shows it is not violence: "hit me up", "beat me at chess".
_NOT_VIOLENCE = (
    r"(?! (?:up|with (?:the|a|an|some|that|this|his|her) (?:news|question|questions|truth|fact|joke|idea|bombshell|request|bill|invoice"
    r"|compliment|line|look|story|offer|reality|realisation|realization)|at (?:chess|cards|tennis|football|pool|games|the game|monopoly"
    r"|mario|fifa|scrabble|poker|everything|[a-z]+ing|[a-z]+ball)|in (?:the|a|every) (?:race|game|match|final|election|argument|debate|quiz)"
    r"|to it|to the (?:punch|bathroom|car|shower|door|top|finish|line|table|last|first|next|best|front)|away|off|out|by (?:a|one|two|three|[0-9]+)"
    r"|on the (?:shoulder|back|arm)|deeply|so much|emotionally|in the back|into (?:doing|trying|taking|buying|going|signing|applying|joining)"
    r"|to (?:be|do|work|try|study|achieve|grow|improve|go|apply|exercise|the limit|my limits|reach|keep|get|finish|write|speak)"
    r"|a (?:coffee|drink|seat|chair|plate|beer|snack|sandwich|tea)|for (?:a|an|the)|first|hard when|in (?:traffic|the queue))(?![a-z]))"
)

PULL = (
    r"(?:(?:thinking|think|thought|considering|tempted|want|wanted|wanting|planning|plan|urge|going|makes me want|made me want)"
    r"(?: about| of| to)? (?:doing|do|try|trying|copy|copying) (?:it|that|the same|the same thing|what (?:he|she|they) did|it myself)"
    r"|relate to (?:him|her|them|it|the character|that) (?:way )?too much|(?:wish|wished) (?:it|that) (?:was|were) me"
    r"|(?:made|makes|making) me want to (?:die|do it|do the same|end it|kill myself|go too|join))"
)


# -- rules -------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """One pattern and what a match means.

    ``category`` is for the speaker's own crisis; a match about someone else
    becomes "third_party" (or stays as it is for ``fixed`` rules). ``direct``
    is an explicit first-person statement of intent or act. ``negatable``:
    a "not"/"never" just before the verb cancels it ("I'd never hurt
    myself"); rules that carry their own negation ("don't want to live") are
    not negatable. ``topic``: a bare mention (the word "suicide") that talk
    about films, books, news or awareness work does not count as a crisis.
    """

    name: str
    category: str
    direct: bool
    source: str  # the rule's regular expression as written, compiled on first use (``pattern``)
    anchors: frozenset[str]
    negatable: bool = True
    topic: bool = False
    # resolve | self | other_to_me | harm | subject (who the sentence's subject is,
    # not a pronoun in the act: "I'm going to join her" is about me) | ...
    who: str = "resolve"
    needs: frozenset[str] = field(default_factory=frozenset)
    # Everyday readings of the rule's words that the detector checks for.
    # ``bereaved``: also what the bereaved do and say for the dead (giving
    # things away, a goodbye, a last entry), so set aside in a message that
    # tells of a death and is not only about me. ``of_a_task``: also said of a
    # task, a job or a relationship ("I can't do this anymore, this
    # spreadsheet"), so set aside in a sentence that names one.
    bereaved: bool = False
    of_a_task: bool = False

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        # Compiled when a message first holds one of the rule's anchor words:
        # compiling all of them cost ~200 ms at every start of `mirrorbot
        # reply`, and most messages wake only a few rules.
        return re.compile(rf"(?<= )(?:{_bounded(self.source)})(?= )")

    def openings(self) -> Openings | None:
        """Where a match of ``pattern`` can start: the words it can start with, and
        the words that can follow them (``Openings``). None when the first words
        are not a short list: the rule is then tried at every word.

        The detector tries the pattern only where such words stand, instead
        of letting the regex engine try every word of the message. It works
        this out once per rule (about as long as compiling it) and keeps it in
        its own index, so nothing is kept here.
        """
        return find_openings(_bounded(self.source))


def _bounded(source: str) -> str:
    """Make every word-level lookahead end on a word boundary.

    ``(?! (?:early|to))`` is meant as "not followed by the word 'to'", but a
    regex would also refuse "tomorrow"; this appends ``(?![a-z0-9'])`` inside
    each lookahead that starts with a space or a clause break.
    """
    out: list[str] = []
    i = 0
    while i < len(source):
        if source.startswith(("(?! ", "(?= ", "(?=(?: [,.])"), i):
            depth = 0
            j = i
            while j < len(source):
                char = source[j]
                if char == "\\":
                    j += 2
                    continue
                if char == "(":
                    depth += 1
                elif char == ")":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            inner = _bounded(source[i + 3 : j])
            out.append(source[i : i + 3] + "(?:" + inner + ")(?![a-z0-9']))")
            i = j + 1
            continue
        out.append(source[i])
        i += 1
    return "".join(out)


# -- where a match can start -------------------------------------------------
#
# Every pattern runs as ``(?<= )(?:source)(?= )`` over the padded word stream,
# so a match starts at a word, and the words of its text up to its third space
# are the words of the stream there (the last of them whole, as a match ends
# before a space). Walking the parsed expression gives every string those
# first three words can be; where the message's words are none of them, no
# match can start, so the detector need not try the pattern there. Only
# literal words and small character sets are followed: anything wider
# (``[a-z]+``, ``.``, a category, a back-reference) after the first word lets
# any word follow from there, and in the first word gives up (the rule is then
# tried at every word, as before). Lookarounds are skipped, which can only add
# strings, never lose one.

# The words a match can start with; for each, None (any word may follow) or
# the second words, and for each of those None or the third words.
Openings = tuple[frozenset[str], dict[str, "dict[str, frozenset[str] | None] | None"]]

_OPENINGS_LIMIT = 4000  # strings followed at once before settling for less
_OPENINGS_LONGEST = 40  # repeats of a part followed before settling for less
_SMALL_SET = 16  # characters in a [...] set followed one by one


class _Wide(Exception):
    """The first word of a match is not one of a short list of strings."""


def _parser() -> Any:
    # The standard library's own regex parser (``re._parser`` from Python 3.11,
    # ``sre_parse`` before); without it every rule is tried at every word.
    for name in ("re._parser", "sre_parse"):
        try:
            return importlib.import_module(name)
        except ImportError:  # pragma: no cover - depends on the Python version
            continue
    return None  # pragma: no cover


def find_openings(source: str) -> Openings | None:
    """The first words of a match of ``source`` and what can follow them; None if unbounded."""
    parser = _parser()
    if parser is None:  # pragma: no cover
        return None
    try:
        tree = parser.parse(source)
        if int(tree.state.flags) & ~int(re.UNICODE):
            return None  # case-insensitive or verbose: not followed
        found = _starts(tree.data, 2)
    except (_Wide, AttributeError, TypeError, ValueError, re.error):
        return None
    if found is None:
        return None
    # Three words are followed as far as they stay a short list; where they
    # do not, what two words allow still holds (a place must pass both).
    try:
        deeper = _starts(tree.data, 3)
    except _Wide:
        deeper = None
    if deeper is not None:
        found = _both(found, deeper)
    if not found:
        return None
    return frozenset(found), {
        first: None
        if seconds is None
        else {
            second: None if thirds is None else frozenset(thirds)
            for second, thirds in seconds.items()
        }
        for first, seconds in found.items()
    }


_Found = dict[str, "dict[str, set[str] | None] | None"]


def _starts(nodes: Any, depth: int) -> _Found | None:
    """The words (up to ``depth``) a match of ``nodes`` can start with, as a tree."""
    walk = _Walk(depth)
    still_open = walk.nodes(nodes, {""})
    found: _Found = {}
    for text in still_open | walk.closed | walk.loose:
        # (an empty word, or none, means any word from there on)
        first, _, rest = text.partition(" ")
        if not first:
            return None  # a match could start with a space or be empty
        if not rest:
            found[first] = None
            continue
        seconds = found.setdefault(first, {})
        if seconds is None:
            continue
        second, _, third = rest.partition(" ")
        if not second or not third:
            if second:
                seconds[second] = None
            else:
                found[first] = None
            continue
        thirds = seconds.setdefault(second, set())
        if thirds is not None:
            thirds.add(third)
    return found


def _both(one: _Found, other: _Found) -> _Found:
    """The starts both trees allow."""
    found: _Found = {}
    for first in one.keys() & other.keys():
        seconds, more = one[first], other[first]
        if seconds is None or more is None:
            found[first] = more if seconds is None else seconds
            continue
        kept: dict[str, set[str] | None] = {}
        for second in seconds.keys() & more.keys():
            thirds, others = seconds[second], more[second]
            if thirds is None or others is None:
                kept[second] = others if thirds is None else thirds
            elif thirds & others:
                kept[second] = thirds & others
        if kept:
            found[first] = kept
    return found


def _chars(items: Any) -> set[str] | None:
    """The characters a ``[...]`` set matches, when it lists a few; None otherwise."""
    out: set[str] = set()
    for op, value in items:
        name = getattr(op, "name", "")
        if name == "LITERAL":
            out.add(chr(int(value)))
        elif name == "RANGE" and int(value[1]) - int(value[0]) < _SMALL_SET:
            out.update(chr(c) for c in range(int(value[0]), int(value[1]) + 1))
        else:
            return None  # a negated set, a category (\w), a wide range
    return out if len(out) <= _SMALL_SET else None


class _Walk:
    """Follows a parsed expression over the strings a match can start with.

    A string is open until its third space: it then goes to ``closed`` (three
    words). When what follows can no longer be listed, the open strings that
    already hold a whole first word go to ``loose``, cut after their last whole
    word (any word may follow that); one still in its first word means the
    rule's first words are not a short list (``_Wide``).
    """

    def __init__(self, depth: int) -> None:
        self.depth = depth  # a string closes at its depth-th space
        self.closed: set[str] = set()
        self.loose: set[str] = set()

    def settle(self, strings: set[str]) -> None:
        for text in strings:
            words, space, _ = text.rpartition(" ")
            if not space:
                raise _Wide(text)
            self.loose.add(words)

    def nodes(self, nodes: Any, still_open: set[str]) -> set[str]:
        """Follow ``nodes`` from the strings in ``still_open``; return those still open after."""
        items = list(getattr(nodes, "data", nodes))  # (a parsed pattern's own list)
        i = 0
        while i < len(items) and still_open:
            if len(still_open) > 1:
                by_spaces: dict[int, set[str]] = {}
                for opened in still_open:
                    by_spaces.setdefault(opened.count(" "), set()).add(opened)
                if 0 not in by_spaces:
                    # Every string holds a whole first word: what follows does
                    # not depend on the words before, so it is worked out once
                    # for all the strings with as many spaces.
                    after: set[str] = set()
                    for spaces, group in by_spaces.items():
                        after |= self.after_words(items[i:], group, spaces)
                    return after
            op, value = items[i]
            name = getattr(op, "name", "")
            i += 1
            if name == "LITERAL":
                # A run of literal characters at once: a word, or a few.
                text = chr(int(value))
                while i < len(items) and getattr(items[i][0], "name", "") == "LITERAL":
                    text += chr(int(items[i][1]))
                    i += 1
                still_open = self.literal(text, still_open)
            elif name == "IN":
                chars = _chars(value)
                if chars is None:
                    self.settle(still_open)
                    still_open = set()
                    continue
                grown: set[str] = set()
                for char in chars:
                    grown |= self.literal(char, still_open)
                still_open = grown
            elif name in ("ASSERT", "ASSERT_NOT", "AT"):
                continue  # zero width: skipping a test only adds strings
            elif name == "SUBPATTERN":
                if value[1] or value[2]:
                    raise _Wide("inline flags")
                still_open = self.nodes(value[3], still_open)
            elif name == "ATOMIC_GROUP":
                still_open = self.nodes(value, still_open)
            elif name == "BRANCH":
                grown = set()
                for branch in value[1]:
                    grown |= self.nodes(branch, still_open)  # (never changes the set given)
                still_open = grown
            elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                still_open = self.repeat(int(value[0]), int(value[1]), value[2], still_open)
            else:
                # Any character, a back-reference, a conditional.
                self.settle(still_open)
                still_open = set()
            if len(still_open) + len(self.closed) > _OPENINGS_LIMIT:
                self.settle(still_open)
                still_open = set()
                self.settle(self.closed)
                self.closed.clear()
        return still_open

    def after_words(self, items: list[Any], still_open: set[str], spaces: int) -> set[str]:
        """Follow ``items`` from strings that all hold ``spaces`` spaces (one or more)."""
        rest = _Walk(self.depth)
        ends = rest.nodes(items, {" " * spaces})
        if rest.loose or len(still_open) * (len(ends) + len(rest.closed)) > _OPENINGS_LIMIT:
            self.settle(still_open)  # (any word may follow their whole words)
            return set()
        self.closed.update(opened + end[spaces:] for opened in still_open for end in rest.closed)
        return {opened + end[spaces:] for opened in still_open for end in ends}

    def literal(self, text: str, still_open: set[str]) -> set[str]:
        """The open strings after ``text``; the third space closes a string."""
        while True:
            head, space, text = text.partition(" ")
            if head:
                still_open = {opened + head for opened in still_open}
            if not space:
                return still_open
            grown: set[str] = set()
            for opened in still_open:
                if opened.count(" ") >= self.depth - 1:
                    self.closed.add(opened)
                else:
                    grown.add(opened + " ")
            still_open = grown

    def repeat(self, least: int, most: int, body: Any, still_open: set[str]) -> set[str]:
        current = still_open
        for _ in range(least):
            current = self.nodes(body, current)
        seen = set(current)
        count = least
        while current and count < most:
            current = self.nodes(body, current) - seen
            # (a string seen after fewer repeats has every ending this one has)
            seen |= current
            count += 1
            if len(seen) > _OPENINGS_LIMIT or count > _OPENINGS_LONGEST:
                self.settle(seen)
                return set()
        return seen


def _rule(
    name: str,
    category: str,
    direct: bool,
    source: str,
    anchors: str,
    **options: object,
) -> Rule:
    needs = options.pop("needs", "")
    return Rule(
        name,
        category,
        direct,
        source,
        frozenset(anchors.split()),
        needs=frozenset(str(needs).split()),
        **options,  # type: ignore[arg-type]
    )


_KILL = "kill killing kills killed"
_SUICIDE_ANCHORS = (
    f"{_KILL} unalive off offing end ending ended take taking took finish finishing hang hanging hung gas "
    "gassing poison poisoning suffocate suffocating electrocute electrocuting delete deleting neck necking "
    "drown drowning shoot shooting shot stab stabbing starve starving burn burning selfdelete suicide "
    "overdose overdosing overdosed jump jumping jumped leap leaping throw throwing threw step stepping "
    "stepped lie lying walk walking walked slit slitting slash slashing cut cutting open opening put "
    "putting blow blowing drink drinking drank drive driving drove crash crashing crashed swerve swerving "
    "swallow swallowing swallowed down downing downed commit committing committed attempt attempting attempted"
)
_DIE_ANCHORS = (
    "die dead alive here around exist existing living breathing wake waking sleep asleep disappear "
    "vanish gone world earth planet life heaven join joining hit run killed born fade fading"
)

# Being made to join in a pastime ("he forced me to watch the football", "my mates
# forced me to sing karaoke"): a complaint about leisure, not coercion. Not a video
# or photos, which abusers force on people, nor "a game" to play ("a secret game").
_LEISURE = (
    "(?:(?:watch|sit through|sing|dance|go to|come to|go and see|listen to) (?:[a-z0-9']+ ){0,4}"
    + alt(
        "football footy match game rugby cricket golf snooker darts f1 formula_one grand_prix telly "
        "tv film movie musical opera ballet panto pantomime show series box_set soap love_island "
        "bake_off eurovision karaoke party wedding hen stag concert gig festival pub quiz records "
        "album playlist band music songs"
    )
    + "|play (?:[a-z0-9']+ ){0,2}"
    + alt("monopoly scrabble board_games football rugby cricket golf snooker darts tennis charades")
    + ")"
    # (and not "go to a party and have sex", "watch the match and then he hit me")
    + r"(?!(?: [a-z0-9']+){0,8} (?:sex|sexual|touch|touched|naked|nudes|drink|drunk|drugs|hurt|hit"
    r"|beat|porn|kiss|strip|undress)(?![a-z0-9']))"
)

# Away for a while, somewhere: "nobody would notice if I disappeared for a weekend to
# the lakes" (not "for good", "forever").
_FOR_A_WHILE = (
    r"(?! (?:for (?:a|the|an|one|two|three|a few|the whole) (?:day|days|weekend|week|weeks|month|hour|hours|bit|while|afternoon|night)"
    r"|to (?:the|a|my|his|her) (?!other side)|on (?:holiday|a trip|a retreat)|abroad|camping)(?![a-z]))"
)


RULES: tuple[Rule, ...] = (
    # -- suicide: intent + act --------------------------------------------
    _rule(
        "suicide/intent",
        "suicide",
        True,
        # A how-often may come first: "thinking every day about killing myself".
        rf"(?P<v>{INTENT}) (?:{HOW_OFTEN} )?(?:{gap(2)})?(?P<act>{ACT_SUICIDE})",
        _SUICIDE_ANCHORS,
    ),
    _rule(
        "suicide/wish-to-die",
        "suicide",
        True,
        rf"(?P<v>{WANT}) (?:{gap(1)})?(?P<act>{ACT_DIE})",
        _DIE_ANCHORS,
    ),
    _rule(
        "suicide/thinking-about-death",
        "suicide",
        False,
        rf"(?P<v>{GER}) (?P<act>{GER_DIE})",
        "dying dead being existing waking death funeral disappearing die suicide suicidal",
    ),
    _rule(
        "suicide/method-seeking",
        "suicide",
        True,
        rf"(?P<v>how|ways|way|easiest|quickest|painless|painlessly|best|fastest|methods|method) (?:{gap(3)})?"
        rf"(?P<act>die|dying|to go(?=(?: [,.])| $| (?:quickly|quietly|peacefully|painlessly|fast|forever|for good|in (?:my|your|their) sleep|without (?:pain|hurting)))|overdose|od|kill myself|end it|end my life|hang myself|how many {DRUG}|lethal dose|lethal|fatal dose)",
        "die dying go overdose od kill end hang lethal fatal",
    ),
    _rule(
        "suicide/lethal-dose",
        "suicide",
        False,
        rf"(?P<v>how many|how much) (?:{gap(3)})?(?P<act>(?:{DRUG}) (?:{gap(4)})?(?:kill|die|overdose|lethal|fatal|to die|to od|does it take|would it take|it would take|it will take|it takes|would take|would i need|i would need|not wake up|never wake up|end it|kill me|to kill))",
        "kill die overdose lethal fatal take wake end",
    ),
    _rule(
        "suicide/overdosed",
        "suicide",
        True,
        r"(?P<v>(?:i|she|he|they|friend|[a-z]+) (?:have |has |had |just )?)(?P<act>overdosed(?! on (?:caffeine|coffee|sugar|chocolate|netflix|tv)))",
        "overdosed",
    ),
    # -- suicide: passive ideation (no explicit plan) -----------------------
    _rule(
        "suicide/do-not-want-to-live",
        "suicide",
        False,
        r"(?P<v>not|never|no longer|no) (?:(?!where |which |how |what |who |when |why |if i should )[a-z0-9']+ ){0,3}"
        r"(?:want|wanna|wish|feel like|care|desire|deserve|deserves|deserving|see the point|see a reason|see any reason|see any point|find a reason|have a reason|have any reason|have the will|have the energy|have the strength)"
        r" (?:to |in |of |for )?(?:being )?(?P<act>live(?! (?:in|with|near|at|here|there|abroad|alone|together|on|by|somewhere|where|forever|to be|that long|till|until|up|out|off|through|for ever|longer))"
        r"|living(?! (?:in|with|near|at|here|there|abroad|alone|together|on|by|somewhere|where|forever|to be|that long|up|out|off|through|arrangement))"
        r"|be alive|being alive|alive|exist|existing|be here(?: anymore| any longer| on (?:this )?earth| in this world| at all)?(?=(?: [,.])| $| anymore)"
        r"|be around anymore|be around any longer|(?:go|going) on(?! (?:holiday|holidays|vacation|a|an|the|trips?|dates?|tour|stage"
        r"|about|at|to|my|his|her|their|this|that|it|instagram|facebook|social|tiktok|youtube|rides?|medication|meds"
        r"|antidepressants|strike|leave)(?![a-z']))"
        r"|carry on|carrying on|keep going|keep living|continue living|continue|continuing"
        r"|wake up(?! (?:early|at|before|so early|on time|in time|for|to))|waking up(?! (?:early|at|before|so early|on time|in time|for|to))"
        r"|survive|stay alive|staying alive|be on this earth|be in this world|be part of this world|breathe|try anymore|trying anymore"
        r"|get up (?:anymore|in the morning anymore|tomorrow))",
        "live living alive exist existing here around go going carry carrying keep continue continuing wake "
        "waking survive stay staying earth world breathe try trying get",
        negatable=False,
    ),
    _rule(
        "suicide/not-care-if-i-die",
        "suicide",
        False,
        r"(?P<v>not|never) (?:care|mind|bothered) (?:if|whether) (?:i|i am) (?P<act>live|die|wake up|make it|survive|get hit|alive|dead|died|lived)",
        "live die wake make survive hit alive dead died lived",
        negatable=False,
    ),
    _rule(
        "suicide/cannot-go-on",
        "suicide",
        False,
        r"(?P<v>can not|could not|unable to|can no longer|not able to|do not think i can|not sure i can|do not know if i can|do not know how much longer i can|do not know how long i can)"
        r" (?P<act>(?:go on|keep going|carry on|continue|keep living|live|survive)(?=(?: [,.])| $| like this| anymore| any longer| much longer| living| with (?:life|this|my life)| another| for)"
        r"|live like this|continue like this|survive this|live with myself|live with (?:this|the pain)"
        r"|(?:do|take|handle|deal with|cope with|bear|stand|face|keep doing|live with|cope|hold on|pretend|fight)(?: it| this| this pain| the pain| my life| life| everything| anything| another day| tomorrow| any of it| any of this| on)?"
        r" (?:anymore|any longer|much longer|for much longer))",
        "go keep carry continue live survive do take handle deal cope bear stand face hold pretend fight",
        negatable=False,
        of_a_task=True,
    ),
    _rule(
        "suicide/no-point",
        "suicide",
        False,
        r"(?P<v>no|not a|not any|nothing|zero|what is the|whats the|see no|lost all|lost any|losing) "
        r"(?:real )?(?:point|reason|purpose|will|meaning|hope) (?:left )?(?:in |of |to |for )?(?:me )?(?:even )?"
        r"(?P<act>living|life|going on|being alive|being here|existing|carrying on|waking up|staying alive|keep going|keep living"
        r"|live|go on|stay alive|be alive|be here|exist|carry on|continue|my life|my existence|anything anymore|any of it|it all|trying anymore|anymore"
        r"|me being here|me being alive|me|getting up|get up)(?=(?: [,.])| $| anymore| at all| any longer| now| without| if| when| because| since| lol| like this)",
        "living life going alive here existing carrying waking staying keep live go stay exist carry continue "
        "anything any it trying anymore me getting get",
        negatable=False,
    ),
    _rule(
        "suicide/what-is-the-point",
        "suicide",
        False,
        r"(?P<v>what is the|whats the|there is no|there is not any|is there any|is there even a) (?P<act>point)(?: anymore| of it all| of anything| of me| in anything)?"
        + E,
        "point",
        negatable=False,
    ),
    _rule(
        "suicide/nothing-to-live-for",
        "suicide",
        False,
        r"(?P<v>nothing|no reason|no reasons|not much|nobody|no one|nothing left|no will|not have the will|lost my will|losing my will|losing the will|no desire|my will)"
        r" (?:left )?(?P<act>to live(?: for)?|worth living for|to keep going|to stay alive|to go on|to keep living)",
        "live living going alive go",
        negatable=False,
    ),
    _rule(
        "suicide/life-not-worth-it",
        "suicide",
        False,
        r"(?P<v>life|my life|living|existing|being alive|everything|it all) (?:is|feels|seems|has become|became|has been|does not feel|does not seem|is not|no longer feels|no longer seems|is no longer|is not even|was|will never be) "
        r"(?:(?:not|no longer) )?(?P<act>worth (?:living|it|anything)|pointless|meaningless|hopeless|worthless|unbearable|not worth (?:living|it)|not worth living|a waste|over|too much to bear|not for me)",
        "worth pointless meaningless hopeless worthless unbearable waste over much me",
        negatable=False,
    ),
    _rule(
        "suicide/is-life-worth-it",
        "suicide",
        False,
        r"(?P<v>is) (?P<act>(?:life|my life|living|it all|any of this|staying alive|being alive) (?:even )?worth (?:it|living|anything|the pain|the effort))",
        "worth",
        negatable=False,
    ),
    _rule(
        "suicide/not-worth-living",
        "suicide",
        False,
        r"(?P<v>not|no longer|never) (?P<act>worth living|worth being alive|worth staying alive|meant to be alive|meant to be here|supposed to be alive|supposed to be here)",
        "worth meant supposed",
        negatable=False,
    ),
    _rule(
        "suicide/why-alive",
        "suicide",
        False,
        r"(?P<v>why) (?:should i|do i|would i|bother|even|keep|do i keep|should i keep|go on|am i|was i|did i|is) (?:even |still |keep )?"
        r"(?P<act>(?:living|live|going on|go on|being alive|staying alive|stay alive|existing|exist|waking up|wake up|carry on|carrying on|trying|try|alive|here|still here|still alive|breathing|born|bother(?:ing)?|survive|survived|wake up every day)"
        r"(?=(?: [,.])| $| anymore| at all| any longer| every day| when| if| in this| on this))",
        "living live going go alive staying stay existing exist waking wake carry carrying trying try here "
        "breathing born bother bothering survive survived",
        negatable=False,
    ),
    _rule(
        "suicide/tired-of-living",
        "suicide",
        False,
        r"(?P<v>tired|sick|exhausted|weary|bored|fed up|done|finished|over) (?:of|with) (?P<act>living|being alive|life|existing|being here|it all|everything|waking up|this life|my life|breathing|being me|being in this world|this world|this existence|my existence|being a burden)"
        r"(?! (?:in|at|with|here|like|that|for|of|this|on|outside|[a-z]+ing))",
        "living alive life existing here all everything waking breathing me world existence burden",
        negatable=False,
    ),
    _rule(
        "suicide/better-off-without-me",
        "suicide",
        False,
        r"(?P<v>better|happier|easier|lighter|fine|okay|ok|relieved|free|freer|good|great|nicer) (?:off |place |places |world |of |all )?"
        r"(?P<act>without me|if i (?:was|were|had|had not|was not|were not|would|could|did|just) (?:not |never |just )?(?:gone|dead|died|die|here|around|alive|born|disappeared|disappear|exist|existed|left forever|ended it|killed myself|vanished)"
        r"|when i am gone|once i am gone|with me gone|with me dead|with me out of the picture|if i disappeared|if i died|if i was gone|if i were gone)",
        "without gone dead died die here around alive born disappeared disappear exist existed left ended killed vanished",
        negatable=False,
        who="self",
    ),
    _rule(
        "suicide/nobody-would-miss-me",
        "suicide",
        False,
        r"(?P<v>nobody|no one|not one person|not a single person|anyone|anybody|everyone|everybody|people|they|my family|the world|who|would anyone|will anyone|nobody will|nobody would)"
        rf" (?:{{g}})(?P<act>miss me|notice (?:if|when) i (?:am |was |were )?(?:gone|dead|died|disappeared|disappear|not here|left|vanished|stopped existing|killed myself){_FOR_A_WHILE}|care (?:if|when) i (?:am |was |were )?(?:gone|dead|died|die|disappeared|disappear|not here|vanished|killed myself|did not wake up|never woke up|stopped existing){_FOR_A_WHILE}"
        r"|come to my funeral|cry at my funeral|notice i was gone|notice i am gone|even notice if i|be sad if i (?:died|was gone|disappeared)|be relieved if i|be relieved when i)".replace(
            "{g}", gap(3)
        ),
        "miss notice care funeral even sad relieved",
        negatable=False,
        who="self",
    ),
    _rule(
        "suicide/if-i-died",
        "suicide",
        False,
        r"(?P<v>if|when|once) (?:i|i just) (?P<act>(?:died|die|disappeared|disappear|was gone|were gone|am gone|was not here|were not here|was not around|was dead|were dead|killed myself|kill myself|ended it|end it|took my (?:own )?life|committed suicide|did not wake up|never woke up|stopped existing|was never born|vanished|left forever)"
        r"(?: (?:{W} ){0,3}(?:, )?(?:{W} ){0,4}(?:would|will|could|might)? ?(?:anyone|anybody|nobody|no one|everyone|everybody|they|people|my family|things|the world|life|it|who) (?:{W} ){0,3}(?:care|notice|miss|better|happier|easier|relieved|relief|fine|okay|cry|mourn|remember|sad|matter|come|even)))".replace(
            "{W}", W
        ),
        "died die disappeared disappear gone here around dead killed kill ended end took committed wake woke stopped born vanished left",
        negatable=False,
        who="self",
    ),
    _rule(
        "suicide/burden",
        "suicide",
        False,
        r"(?P<v>i am|i feel|i feel like|i have become|i have always been|i am nothing but|feel like i am|i was|i will always be|i became|i am only|only|am) (?:a |such a |just a |nothing but a |the )?(?P<act>burden)(?! (?:of proof|on the nhs at my age))"
        r"|(?P<v2>burden) (?P<act2>(?:to|on|for) (?:everyone|everybody|my family|the people|them|you all|others|my friends|my parents|my partner|my kids|my husband|my wife|people|those around me|anyone))",
        "burden",
        negatable=False,
        who="self",
    ),
    _rule(
        "suicide/rather-be-dead",
        "suicide",
        False,
        r"(?P<v>would rather|had rather|rather|prefer to|prefer) (?P<act>be dead|die|not exist|not be alive|not be here|not wake up|be gone|not live)(?! than(?! (?:feel|live|keep|carry|go on|suffer|continue|exist|face|wake up|stay|spend another|be alive|go back|be here|deal)))",
        "dead die exist alive here wake gone live",
    ),
    _rule(
        "suicide/better-off-dead",
        "suicide",
        False,
        r"(?P<v>better|happier) (?:off )?(?P<act>dead)|(?P<v2>better) (?P<act2>(?:if|that) i (?:was|were|am) dead|to be dead|dead than alive)",
        "dead",
    ),
    _rule(
        "suicide/someone-kill-me",
        "suicide",
        False,
        r"(?P<v>want|wanted|wish|wishing|need|hope|hoping|pray|praying|would love|would like) (?:that )?(?:someone|somebody|something|a car|a bus|a truck|a train|a lorry|god|the universe|they|he|she|it|a stranger|anyone|the cancer|this illness) "
        r"(?:would |will |to |could |can |might )?(?:just )?(?P<act>(?:kill|end|take|shoot|hit|run over|murder|put me out of my misery|finish)(?: me| my life| off me| me off)|hits me|kills me|ends me|takes me)",
        "kill end take shoot hit run murder put finish hits kills ends takes",
    ),
    _rule(
        "suicide/hope-i-die",
        "suicide",
        False,
        r"(?P<v>hope|hopes|hoping|hoped|pray|prays|praying|prayed|wish|wishing) (?:that )?(?:i|something|a car|a bus|a truck|a lorry|a train|the plane|my heart|someone|somebody) (?:{W} )?(?P<act>die|dies|died|do not wake up|does not wake up|never wake up|will not wake up|wont wake up|get hit|gets hit|hits me|kills me|runs me over|crash|crashes|get cancer|stops|stop beating|just stops|stops beating|do not make it|will not make it|never wake|fall asleep and never)".replace(
            "{W}", W
        ),
        "die dies died wake hit hits kills runs crash cancer stops stop make never fall",
    ),
    _rule(
        "suicide/wish-i-was-dead",
        "suicide",
        False,
        r"(?P<v>wish|wished|wishing|wishes) (?:that )?(?:i|i could|i would|i had|i did) (?:{W} )?(?P<act>dead|died|die|never been born|not been born|never born|never existed|not exist|not existed|not alive|not here|gone|disappear|disappeared|vanish|vanished|woke up dead|stop existing|stopped existing|sleep forever|not wake up|never wake up|never woke up|not woken up|cease to exist|be dead|was dead|were dead|was gone|were gone|was not alive|were not alive|was not here|were not here|was not born|was never born|had died|would die|could die|would disappear|could disappear)(?! (?:for a|for the|from|on|at|to|into|when))".replace(
            "{W}", W
        ),
        "dead died die born existed exist alive here gone disappear disappeared vanish vanished woke stop "
        "stopped sleep wake cease",
    ),
    _rule(
        "suicide/want-it-to-end",
        "suicide",
        False,
        r"(?P<v>want|wanted|wish|need|needs|hope|make|let|wanting|wishing) (?P<act>it all|everything|all of it|all of this|all this|the pain|my life|life|my suffering|the suffering|it all to|this life|the hurt|the darkness|the thoughts|my existence|the voices)"
        r" (?:to |would |could |will )?(?:just )?(?:end|stop|be over|go away|finish|cease|fade away|be done)"
        r"(?=(?: [,.])| $| forever| for good| permanently| already| now| at last| once and for all| tonight| soon)",
        "end stop over away finish cease fade done",
    ),
    _rule(
        "suicide/want-it-to-stop-after-death",
        "suicide",
        False,
        r"(?P<v>want|wanted|wish|need|needs|hope|wanting|wishing) (?P<act>it|this|things|every ?thing|the pain|it all) (?:to |would |could |will )?(?:just )?(?:end|stop|be over|go away|finish)"
        r"(?=(?: [,.])| $| forever| for good| permanently| already| now| at last| once and for all)",
        "end stop over away finish",
        needs="die dying dead death suicidal suicide kill live living alive exist",
    ),
    _rule(
        "suicide/goodbye",
        "suicide",
        False,
        r"(?P<v>goodbye|bye|farewell) (?P<act>forever|cruel world|world|everyone forever|to everyone forever|for the last time|to this world|to life)(?! (?:cup|tour|of))"
        r"|(?P<v2>this is) (?P<act2>(?:my )?(?:final |last )?goodbye|the end for me|my last (?:night|day|message|post|entry|goodbye|words) (?:alive|on earth|ever|here)?)"
        r"|(?P<v3>by the time) (?P<act3>(?:you|anyone|someone|they|people|somebody) (?:read|reads|find|finds|see|sees) this)"
        r"|(?P<v4>will not|may not|might not|wont|probably will not|do not think i will) (?P<act4>be (?:here|around|alive) (?:tomorrow|much longer|for much longer|anymore|for long|next week|by morning|by tomorrow|to see (?:tomorrow|the morning|another day|next year|christmas|my birthday))(?! (?:because|for|at|on|in|as|i am|due|till|until|but|so)))"
        r"|(?P<v5>last) (?P<act5>(?:night|day|hours|moments|week|breath|message|post) (?:alive|on earth|of my life|on this earth|before i go))"
        r"|(?P<v6>wrote|written|writing|write|left|leave|leaving|drafted|drafting|started|finished|posted|posting|sent|sending|texted|recorded|recording) (?P<act6>(?:a |my |the |some )?(?:suicide|goodbye|farewell|last) (?:note|letter|letters|notes|message|messages|video))"
        r"|(?P<v7>giving|gave|given|give) (?P<act7>away (?:all )?(?:of )?(?:my|all my) (?:stuff|things|belongings|possessions|clothes|games|books|pets|cat|dog))"
        r"|(?P<v8>said|saying|say|texted|texting) (?P<act8>(?:my )?(?:goodbyes|goodbye to everyone|final goodbyes|last goodbyes))",
        "forever world everyone last life goodbye end read reads find finds see sees here around alive "
        "night day hours moments week breath message post note letter letters notes messages video away "
        "goodbyes",
        negatable=False,
        bereaved=True,
    ),
    _rule(
        "suicide/suicidal",
        "suicide",
        True,
        r"(?P<v>(?:i am|i feel|i have been|i get|i got|i was|am|feel|feeling|felt|been|getting|become|became|i am having|having|had|have|i have|get|so) (?:{W} )?)(?P<act>suicidal)".replace(
            "{W}", W
        ),
        "suicidal",
    ),
    _rule(
        "suicide/mention",
        "suicide",
        False,
        r"(?P<v>(?<!career )(?<!social )(?<!political )(?<!commercial )(?<!financial )(?<!electoral )(?<!fashion )(?<!tactical )(?<!brand )(?<!career-)(?<!corporate ))"
        r"(?P<act>suicide(?! (?:squad|mission|missions|run|runs|doors|door|drill|drills|sprint|sprints|burpees|blonde|king|bomber|bombers|bombing|bombings|attack|attacks|vest|rates|rate|statistics|stats|prevention|awareness|hotline|helpline|line|number|season|mission|pass|jockey|bid|squeeze|knot|note (?:in the|from the))(?![a-z]))"
        rf"|suicidal|selfdelete|{UNALIVE}|noose|ctb)",
        "suicide suicidal selfdelete unalive noose ctb",
        topic=True,
    ),
    _rule(
        "suicide/kill-yourself",
        "suicide",
        False,
        rf"(?P<v>(?:told|tell|tells|telling|said|says|say|keep telling|keeps telling|kept telling) (?:me|him|her|them|us|people) (?:to |i should |that i should |he should |she should )?)?(?P<act>(?:kill|killing|go kill) yourself{_NOT_YOUR_EFFORT}|kys)",
        "yourself kys",
    ),
    _rule(
        "suicide/attempt",
        "suicide",
        True,
        r"(?P<v>(?:my|a|an|first|last|previous|failed|second|third|another|recent|survived|survivor of|after|since|the) (?:{W} )?)(?P<act>(?:suicide )?attempt(?:s)?(?= (?:on my life|at suicide|to end|to kill))|suicide attempt|attempt on my (?:own )?life)".replace(
            "{W}", W
        ),
        "attempt attempts suicide",
    ),
    _rule(
        "suicide/pull-after-media",
        "suicide",
        False,
        rf"(?P<v>i|me|myself|makes|made|making|now|cannot|can not|keep|and) (?:{gap(4)})?(?P<act>{PULL})",
        "doing do try trying copy copying relate wish want",
        negatable=False,
        who="self",
        needs="suicide suicidal killed kills kill killing himself herself themselves overdose overdosed hanged died unalive selfharm cutting cut end ended ending",
    ),
    _rule(
        "suicide/i-end-it",
        "suicide",
        True,
        r"(?P<v>i|when i|the day i|night i|i finally) (?P<act>(?:end|kill) (?:it all|it|my life|myself|everything))(?=(?: [,.])| $| tonight| today| tomorrow| now| this| for good| once| soon)",
        "end kill",
    ),
    _rule(
        "suicide/take-them-all",
        "suicide",
        True,
        r"(?P<v>to|will|going to|gonna|want to|about to|just|i|i am|i have|i just|i will|tonight) (?P<act>(?:take|taking|took|swallow|swallowing|swallowed|down|downing|downed) (?:all of them|them all|all of it|the lot|it all|every single one|every last one|the whole lot|the whole thing|them at once|all at once))",
        "take taking took swallow swallowing swallowed down downing downed",
        needs="pills tablets meds medication medicine paracetamol painkillers antidepressants insulin pill tablet",
    ),
    _rule(
        "suicide/i-took",
        "suicide",
        True,
        rf"(?P<v>i|i have|i just|i already|i think i|i) (?:{gap(1)})?(?P<act>(?:took|swallowed|downed|taken|have taken) {QTY} (?:of )?(?:my |the |these |those |all my |all the |all of my )?(?:[a-z]+ )?{DRUG}|(?:took|taken) (?:an |a )?overdose)",
        "took swallowed downed taken",
    ),
    _rule(
        "suicide/do-it-with-means",
        "suicide",
        True,
        r"(?P<v>going to|gonna|will|want to|about to|ready to|plan to|planning to|need to|have to|finally|decided to|to) (?P<act>(?:do it|use (?:it|them)|go through with it|take them|jump)(?=(?: [,.])| $| tonight| today| tomorrow| now| soon| this| when| after| before| once| off| from| in))",
        "do use go take jump",
        needs="pills tablets meds rope noose gun knife bridge roof ledge edge building cliff balcony tower window train tracks note suicide die dying kill myself overdose blade",
    ),
    _rule(
        "suicide/means-ready",
        "suicide",
        True,
        rf"(?P<v>stockpiling|stockpiled|stockpile|hoarding|hoarded|hoard|saving up|saved up|collecting|collected|counting|counted|bought|got|have|sorted) (?P<act>(?:my |the |all my |enough |a )?(?:{DRUG}|rope|noose)(?: (?:ready|to overdose|to end it|for when|for tonight|for later|so i can|just in case))|(?:my |the |all my |enough )?{DRUG}(?= (?:to|so)))",
        "pills tablets meds medication medicine paracetamol painkillers antidepressants rope noose pill tablet",
    ),
    _rule(
        "suicide/pills-ready",
        "suicide",
        True,
        rf"(?P<v>{DRUG}|rope|noose|gun) (?P<act>(?:is |are )?(?:ready|laid out|lined up|in front of me|counted out|on the table))",
        "ready laid lined front counted table",
    ),
    _rule(
        "suicide/killing-myself-tonight",
        "suicide",
        True,
        r"(?P<v>i am|i|am) (?P<act>(?:killing myself|ending it all|ending it|ending my life|taking my (?:own )?life|doing it) (?:tonight|today|tomorrow|this weekend|right now|now|soon|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|after|before|when))"
        r"|(?P<v2>die|dying|end my life|ending my life) (?P<act2>by my own hands?)",
        "killing ending taking doing hand hands",
    ),
    _rule(
        "suicide/goodbye-when-done",
        "suicide",
        False,
        r"(?P<v>goodbye|bye|farewell) (?P<act>everyone|everybody|all|guys|world|y'all)(?! (?:see|until|till|for now|have|enjoy|see you|talk|catch|back|good ?night))",
        "everyone everybody all guys world",
        needs="done sorry forgive forever last end tired over enough finished gone miss love",
        negatable=False,
        bereaved=True,
    ),
    _rule(
        "abuse/get-hit",
        "abuse",
        True,
        r"(?P<v>get|gets|getting|got|being|been|was|am) (?P<act>(?:hit|beaten|punched|slapped|kicked|hurt|strangled|choked|locked in|locked up|burned|burnt) (?:at home|by my (?:dad|father|mum|mom|mother|stepdad|stepfather|husband|wife|partner|boyfriend|girlfriend|parents|brother|uncle|ex)|by (?:him|her|them) (?:again|every|when|at)))",
        "hit beaten punched slapped kicked hurt strangled choked locked burned burnt",
    ),
    _rule(
        "harm/make-them-suffer",
        "harm_to_others",
        True,
        rf"(?P<v>to|will|going to|gonna|want to) (?P<act>make (?:him|her|them|my {PERSON}|everyone) (?:suffer|bleed|scream in pain|feel pain))",
        "make",
        who="self",
    ),
    _rule(
        "suicide/use-it",
        "suicide",
        True,
        r"(?P<v>going to|gonna|will|ready to|about to|want to|have to|need to) (?P<act>(?:use it|use them|go through with it|act on it|carry it out)(?=(?: [,.])| $| tonight| today| tomorrow| now| soon| this))",
        "use go act carry",
        needs="plan pills tablets rope noose gun knife bridge note suicide die kill myself overdose",
    ),
    _rule(
        "suicide/death-appeals",
        "suicide",
        False,
        r"(?P<v>(?<!his )(?<!her )(?<!their )(?<!'s )(?:death|dying|being dead|not existing|not being here|not waking up|ending it|killing myself|suicide|not being alive))"
        r" (?:(?:[a-z']+ ){0,1})(?P<act>(?:sounds|seems|feels|looks|would be|is|will be|could be|would feel|would) (?:like )?(?:so |such |really |a )?(?:peaceful|nice|good|appealing|tempting|relief|a relief|the answer|better|easier|freedom|the best option|an escape|comforting|welcome|inviting|so much better|a way out|an option|the only option|my only option|the solution|the only answer|the only way))",
        "sounds seems feels looks would is will could",
        negatable=False,
    ),
    _rule(
        "suicide/before-i-go",
        "suicide",
        False,
        r"(?P<v>letters|letter|notes|note|goodbyes|goodbye|messages|message|sorry|apologising|apologizing|apologies) (?:(?:[a-z']+ ){0,4})(?P<act>before i (?:go|die|leave for good|am gone)|for when i am gone|for after i am gone|when i am gone|after i die|after i am gone)(?=(?: [,.])| $)",
        "go die leave gone",
        negatable=False,
    ),
    _rule(
        "suicide/lethal-amount",
        "suicide",
        False,
        rf"(?P<v>how many|how much|what amount of|what dose of|enough) (?P<act>(?:[a-z]+ )?{DRUG} (?:it takes|does it take|would it take|would take|will take|to take to|is too many|is fatal|is lethal|kills you|would kill|will kill|to kill|to die|to overdose|to od|to not wake up|to never wake up|to end it)|(?:[a-z]+ )?{DRUG} (?:[a-z']+ ){{0,2}}(?:to kill me|to kill myself|would kill me|would be fatal|would be lethal))",
        "takes take fatal lethal kills kill die overdose od wake end",
        negatable=False,
    ),
    _rule(
        "suicide/cannot-anymore",
        "suicide",
        False,
        r"(?P<v>can not|cannot|could not) (?P<act>(?:anymore|any longer|any more|do it anymore|keep doing this|keep on)(?=(?: [,.])| $))"
        r"|(?P<v2>want|need|i want|i need) (?P<act2>out(?: of (?:life|this life|this world|everything|existence|here for good|it all))?(?=(?: [,.])| $| for good| forever))",
        "anymore any more do keep out",
        negatable=False,
        of_a_task=True,
    ),
    _rule(
        "suicide/at-the-edge",
        "suicide",
        False,
        r"(?P<v>i am|am|i|sitting|standing|stood|sat|climbed|climbing) (?:standing |sitting |stood |sat |up |out )?(?:on |at |onto |over )(?:the |a )?(?:edge of (?:the |a )?)?(?P<act>(?:bridge|roof|rooftop|ledge|cliff|cliff edge|railway tracks|tracks|train tracks|railing|parapet|top of (?:the|a|my) (?:building|car park|multistorey|block))"
        r"(?=(?: [,.])| $| right now| now| and| looking| again| thinking| ready| tonight| about to| crying| alone))",
        "bridge roof rooftop ledge cliff edge tracks railing parapet top",
        negatable=False,
    ),
    _rule(
        "suicide/no-way-out",
        "suicide",
        False,
        r"(?P<v>way out|escape|option|options|answer|solution|choice|exit) (?:(?:[a-z']+ ){0,2})(?P<act>(?:other than|except|but|apart from|besides|than) (?:death|dying|to die|suicide|ending it|killing myself|to end it|to kill myself|ending my life|to end my life))"
        r"|(?P<v2>see no|see|there is no|there is not any|no) (?P<act2>(?:other )?way out)(?=(?: [,.])| $| anymore| at all| for me| of this life| of life)",
        "death dying die suicide ending killing end way",
        negatable=False,
    ),
    _rule(
        "suicide/make-it-stop",
        "suicide",
        False,
        r"(?P<v>make|making|made) (?P<act>(?:it|this|everything|the pain|it all|all of it|the thoughts) (?:all )?(?:stop|end|go away)) (?:permanently|forever|for good|once and for all)",
        "permanently forever good all",
        negatable=False,
    ),
    _rule(
        "suicide/hate-being-alive",
        "suicide",
        False,
        r"(?P<v>hate|hating|hated|despise|loathe|can not stand|can not bear|resent) (?P<act>being alive|existing|living(?=(?: [,.])| $| anymore| every)|waking up every (?:day|morning)|waking up(?=(?: [,.])| $)|that i am alive|that i exist|that i woke up|still being alive|being born)",
        "alive existing living waking exist woke born",
    ),
    _rule(
        "suicide/last-night",
        "suicide",
        False,
        r"(?P<v>tonight is|today is|this is|this will be|tomorrow will be|tomorrow is) (?P<act>my (?:last|final) (?:night|day|morning|sunset|week)(?=(?: [,.])| $| ever| alive| here| on))",
        "last final",
        negatable=False,
    ),
    _rule(
        "suicide/only-way-out",
        "suicide",
        False,
        r"(?P<v>dying|death|suicide|killing myself|ending it|ending my life|not existing|being dead|to die|to end it|dead)"
        r" (?:{W} ){0,3}(?P<act>(?:the|my) (?:only|best|easiest|last|one) (?:way out|option|answer|solution|escape|choice|way|exit|relief))".replace(
            "{W}", W
        )
        + r"|(?P<v2>only way out|only escape|only option|only answer|only solution|only choice|only relief) (?:{W} ){0,2}(?P<act2>(?:death|to die|dying|suicide|to end it|to end my life|to kill myself|to disappear|if i die|if i am dead))".replace(
            "{W}", W
        ),
        "way option answer solution escape choice exit relief death die dying suicide end kill disappear dead",
        negatable=False,
    ),
    _rule(
        "suicide/past-act",
        "third_party",
        False,
        r"(?P<v>(?:he|she|they|[a-z']+) (?:has |had |just )?)(?P<act>(?:took|taken|has taken|had taken) (?:an |a )?overdose|killed (?:himself|herself|themselves|themself)"
        r"|(?:took|ended|taken) (?:his|her|their) (?:own )?life"
        r"|(?:hanged|hung) (?:himself|herself|themselves)(?! (?:upside down|by (?:his|her|their) (?:knees|legs|feet|arms|hands)))"
        r"|died (?:by|of|from) suicide|committed suicide|(?:tried|attempted) suicide|jumped (?:off|from|in front of) (?:a|the) [a-z]+)",
        "took taken killed ended hanged hung died committed tried attempted jumped",
        who="relation",
    ),
    _rule(
        "suicide/lost-to-suicide",
        "third_party",
        False,
        rf"(?P<v>lost|losing) (?P<act>(?:him|her|them|my (?:{W} )?{PERSON}) to suicide)",
        "suicide",
        who="relation",
    ),
    _rule(
        "suicide/says-better-off-without-her",
        "third_party",
        False,
        rf"(?P<v>says|said|saying|say|thinks|thought|told me|tells me|texted|believes|feels|posted|convinced) (?:that )?(?:{gap(4)})?(?P<act>(?:better|happier|easier) (?:off )?without (?:her|him|them)|a burden)",
        "without burden",
        who="relation",
    ),
    _rule(
        "harm/beat-up",
        "abuse",
        True,
        rf"(?P<v>beat|beats|beating|beaten|beat the shit out of|beat the crap out of|beats the shit out of|beat the hell out of) (?P<obj>me|us|her|him|them|my (?:{W} )?{PERSON}) up",
        "beat beats beating beaten",
        who="other_to_me",
    ),
    # -- self-harm ---------------------------------------------------------
    _rule(
        "self_harm/reflexive",
        "self_harm",
        True,
        rf"(?P<v>{SH_VERB}) (?P<act>(?:myself|himself|herself|themselves|themself|ourselves))"
        r"(?! (?:off|out|up|some slack|short|free|loose|a break|laughing|with words|by (?:thinking|holding|keeping|staying|trying|being|letting|overthinking|not|worrying|comparing|caring|pushing|working|saying|doing|going|lying|refusing|reading|watching|looking|checking|believing)|more than (?:anyone|they)|emotionally|in the process)(?![a-z]))",
        "cut cuts cutting burn burns burning burnt burned hurt hurts hurting hurted harm harms harming harmed hit "
        "hits hitting punch punches punching punched scratch scratches scratching scratched bite bites biting bit "
        "starve starves starving starved bruise bruises bruising bruised slap slaps slapping slapped choke chokes "
        "choking choked strangle strangling strangled injure injures injuring injured mutilate mutilating "
        "mutilated carve carving carved pinch pinching pinched stab stabbing stabbed slice slicing sliced slash "
        "slashing slashed",
    ),
    _rule(
        "self_harm/body",
        "self_harm",
        True,
        r"(?P<v>cut|cuts|cutting|burn|burns|burning|burnt|burned|scratch|scratches|scratching|scratched|carve|carved|carving|slice|sliced|slicing|slash|slashed|slashing|bruise|bruising|bruised|stab|stabbed|stabbing)"
        r" (?:(?:[a-z']+ ){0,2}into |into )?(?P<act>(?:my|his|her|their) (?:own )?(?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|belly|hip|hips|body|forearm|forearms|ankle|ankles|chest|shoulder|shoulders|upper arm|inner thigh|inner thighs|flesh))",
        "cut cuts cutting burn burns burning burnt burned scratch scratches scratching scratched carve carved "
        "carving slice sliced slicing slash slashed slashing bruise bruising bruised stab stabbed stabbing",
    ),
    _rule(
        "self_harm/cutting-again",
        "self_harm",
        True,
        r"(?P<v>started|start|starting|stop|stopped|stopping|quit|quitting|relapsed|relapse|relapsing|keep|kept|been|and|again|am|is|are|was|were|slipped|went back to|go back to|urge|urges|urge to|urges to|want to|need to|needed to|wanted to|going to|tempted to|craving|thought about|thinking about|think about|used to|i|she|he|they|not to|temptation to|resist|resisting|back to)"
        r" (?P<act>cut|cutting|burning|harming|selfharm|sh|burn)(?= again| tonight| last night| deeper| every| for (?:years|months|weeks|a while)| since| to cope| to feel| to punish| to numb| to release| when| after| because| [,.]| $)",
        "cut cutting burning harming selfharm sh burn",
    ),
    _rule(
        "self_harm/mention",
        "self_harm",
        False,
        r"(?P<v>)(?P<act>selfharm)",
        "selfharm",
        topic=True,
    ),
    _rule(
        "self_harm/sh",
        "self_harm",
        False,
        r"(?P<v>my|the|to|from|of|on|started|start|stopped|stop|relapsed|relapse|relapsing|urge to|urges to|want to|clean from|clean of|free from|been|i|used to|about|into|did|do|some) "
        r"(?P<act>sh)(?= [,.]| $| again| urges?| scars?| cuts?| wounds?| marks?| habit| relapse| tonight| last night| today| yesterday| for| and| but| because| when| since)"
        r"|(?P<v2>)(?P<act2>sh) (?:again|urges|urge|scars|scar|cuts|wounds|marks|relapse|habit|free|clean)"
        r"|(?P<v3>urge to|urges to|want to|wanted to|need to|needed to|tempted to|going to|craving to|relapsed on|relapse on|relapsed with) (?P<act3>sh)",
        "sh",
    ),
    _rule(
        "self_harm/marks",
        "self_harm",
        False,
        r"(?P<v>hide|hiding|hid|cover|covering|covered|show|showing|noticed|notice|saw|see|sees|seen|found|find|looked at|look at) (?:up )?(?P<act>(?:my|his|her|the) (?:cuts|scars|wounds|fresh cuts|new cuts|selfharm scars|burns|sh scars|sh cuts|arms|wrists|thighs)(?! (?:from (?:the|my|an|a) (?:surgery|operation|accident|op|fall|crash|c-section)|are healing from)))"
        r"|(?P<v2>fresh|new|deep|more|bleeding|open) (?P<act2>(?:cuts|scars|wounds|burns) on (?:my|her|his|their))"
        r"|(?P<v3>cuts|scars|burns|wounds) (?P<act3>on (?:my|her|his|their) (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|stomach|hips|skin|body))"
        r"|(?P<v5>arms|arm|wrists|wrist|legs|leg|thighs|thigh|body|skin|stomach|hips) (?:is |are )?(?P<act5>(?:covered in|covered with|full of|all) (?:cuts|scars|burns|scratches|slashes|marks|lines))"
        r"|(?P<v4>long sleeves|wear sleeves|wearing sleeves|sleeves) (?:to |in summer to |so nobody sees |so no one sees )?(?P<act4>(?:hide|cover|see)(?: my| the| them))",
        "cuts scars wounds burns arms wrists thighs on hide cover see covered full",
    ),
    _rule(
        "self_harm/other",
        "self_harm",
        True,
        rf"(?P<v>make|made|making|makes) (?P<act>{REFL} (?:bleed|throw up|vomit|purge|pass out|sick on purpose))"
        r"|(?P<v2>punch|punched|punching|hit|hitting|bang|banging|banged|smash|smashing|smashed|kick|kicking|kicked) (?P<act2>(?:the |a |my )?(?:walls?|doors?|mirror|my head|my fists?) (?:until|till|so hard|and broke|and bled)(?: (?:my|i|it|they))?)"
        r"|(?P<v3>until|till) (?P<act3>(?:i|it|they|my (?:[a-z]+ )?(?:skin|arms|wrists|hands|knuckles|legs)) (?:bleed|bleeds|bled|bruise|bruised|bruises|break|broke))"
        r"|(?P<v4>deserve|deserves|deserved) (?:to )?(?P<act4>(?:be hurt|hurt|suffer|feel pain|bleed|be in pain|the pain|pain|to be punished|to feel pain))"
        r"|(?P<v5>use|used|using|hold|holding|grabbed|grab|got|get|bought|buy|keep|kept|hide|hidden|hid|with|found|find|took|take) (?:a |the |my |some |out )?(?P<act5>(?:razor )?blades?|razor blade|razor blades|sharpener blade)",
        "bleed throw vomit purge pass sick until till bled bleeds bruise bruised bruises break broke hurt "
        "suffer pain punished blade blades",
    ),
    # -- harm from others and to others ------------------------------------
    _rule(
        "harm/intent",
        "harm_to_others",
        True,
        rf"(?P<v>to|will|would|shall|should|might|may|must|going to|gonna|about to|thinking about|thinking of|think about|fantasi[sz]e about|fantasi[sz]ing about|feel like|urge to|urges to|want to|dream about|dreaming about|thoughts of|thoughts about|tried to|trying to|try to|planning|plan|planned) "
        rf"(?:{gap(1)})?(?P<act>{HARM_VERB}) (?P<obj>me|{PERSON_OBJ})"
        r"(?! (?:for|at|in) (?:chess|cards|tennis|football|pool|a game|the game|games|monopoly|fifa|poker|an argument|the race|the final|[a-z]+ing)(?![a-z]))",
        "kill killing murder murdering hurt hurting harm harming stab stabbing shoot shooting strangle "
        "strangling choke choking poison poisoning beat beating punch punching attack attacking smother "
        "smothering drown drowning run running slap slapping hit hitting burn burning torture torturing "
        "suffocate suffocating rape raping kidnap kidnapping bash bashing batter battering throttle "
        "throttling shake shaking knife knifing blow blowing bomb bombing smash smashing",
        who="harm",
    ),
    _rule(
        "harm/act",
        "abuse",
        True,
        rf"(?P<v>{VIOLENT}) (?P<obj>me|us|her|him|them|my (?:{W} )?{PERSON}(?![a-z'-])){_NOT_VIOLENCE}",
        "hit hits hitting beat beats beating beaten punch punches punched punching slap slaps slapped slapping "
        "kick kicks kicked kicking choke chokes choked choking strangle strangles strangled strangling shove "
        "shoves shoved shoving push pushes pushed pushing hurt hurts hurting abuse abuses abused abusing rape "
        "rapes raped raping molest molests molested molesting assault assaults assaulted assaulting grab grabs "
        "grabbed grabbing drag drags dragged dragging burn burns burned burnt stab stabs stabbed attack "
        "attacks attacked attacking bite bites bit pin pins pinned throttle throttles throttled smack smacks "
        "smacked smacking whip whips whipped belt belted bruise bruised bruises spit spat spits trap traps "
        "trapped touch touches touched touching grope gropes groped groping batter batters battered "
        "suffocate suffocated smother smothered smothers poison poisoned drug drugged spike spiked shake "
        "shakes shook headbutt headbutted stalk stalks stalked stalking threaten threatens threatened "
        "threatening blackmail blackmails blackmailed blackmailing isolate isolates isolated isolating "
        "control controls controlled controlling tie tied hold held holds pins pinned",
        who="other_to_me",
    ),
    _rule(
        "abuse/threat",
        "abuse",
        True,
        r"(?P<v>threaten|threatens|threatened|threatening|threats|threat) (?P<act>me(?=(?: [,.])| $| with| again| if i (?:leave|left|tell|told|go|call|report)| and| every| when| all| so| because)|(?:{g})(?:to (?:kill|hurt|harm|hit|beat|stab|shoot|burn|strangle|choke|take (?:the|my|our|away (?:the|my|our)) (?:kids|children|baby|son|daughter|kid)"
        r"|kick me out|throw me out|leave me|kill himself|kill herself|kill themselves|end it|post|share|leak|send|tell|report|out me|expose|ruin|take my|call|hurt my|kill my)"
        r"|to kill me|to hurt me|against me|of violence|on my life))".replace("{g}", gap(3)),
        "to me against of on",
        who="other_to_me",
    ),
    _rule(
        "abuse/death-threats",
        "abuse",
        True,
        r"(?P<v>getting|get|got|receiving|received|receive|sends|sent|sending|had|have) (?:{W} )?(?P<act>death threats|threats)".replace(
            "{W}", W
        ),
        "threats",
        who="self",
    ),
    _rule(
        "abuse/afraid",
        "abuse",
        False,
        rf"(?P<v>scared|afraid|terrified|frightened|petrified|fearful|fear|fearing|feared|frighten|scares|scare|terrifies)"
        rf" (?P<act>(?:to go|of going|of coming|to be|to come|to get) (?:back )?home|to be (?:alone )?(?:with|around|near) (?:him|her|them|my {PERSON})"
        rf"|(?:of|for) (?:my life|my safety|my kids|my children|my kid|our lives|our safety|my baby)"
        rf"|of (?:him|her|them)(?=(?: [,.])| $| when| because| and| so| now| since| all| every| after| coming)"
        rf"|of (?:my|our) (?:{W} )?(?:dad|father|mum|mom|mother|stepdad|stepfather|stepmum|stepmom|husband|wife|partner|boyfriend|girlfriend|ex|brother|uncle|parents|fiance|fiancee|ex-husband|ex-wife|ex-boyfriend|ex-girlfriend|spouse|grandad|grandpa)(?! (?:being|getting|finding|reading|seeing|dying|leaving|'s))"
        r"|(?:of )?what (?:he|she|they) (?:will|would|might|could|is going to|can) do(?: to me| next| if| when)?"
        r"|(?:of |that )?(?:he|she|they) (?:will|would|might|could|is going to|are going to) (?:find me|come after me|come back|do something|snap|hurt|kill|hit|beat))",
        "home him her them my our life safety kids children kid lives baby dad father mum mom mother stepdad "
        "stepfather stepmum stepmom husband wife partner boyfriend girlfriend ex brother uncle parents fiance "
        "fiancee spouse grandad grandpa what he she they",
        who="self",
    ),
    _rule(
        "abuse/not-safe",
        "abuse",
        False,
        rf"(?P<v>not|never|do not feel|does not feel|no longer feel|no longer|(?<!not feel )(?<!not )unsafe|not feel) (?:feel )?(?P<act>(?:safe )?(?:at home|in my (?:own )?(?:home|house|flat|room|bed|apartment)|around (?:him|her|them|my {PERSON})|with (?:him|her|them|my {PERSON})|in this (?:house|relationship|home|marriage)|in my relationship|in my marriage|when (?:he|she|they) (?:is|are|gets|comes) (?:home|drunk|angry|back)))"
        r"|(?P<v2>i am|i feel|we are|i could be) (?P<act2>in danger|unsafe(?: at home| around| with| here)?)(?! (?:of (?:failing|losing|missing|being late|burning out)))",
        "home house flat room bed apartment him her them my this relationship marriage when danger unsafe",
        who="self",
        negatable=False,
    ),
    _rule(
        "abuse/control",
        "abuse",
        False,
        r"(?P<v>forces|forced|forcing|force|make|makes|made|making|pressures|pressured|pressuring|pressure) (?:me|us) (?:to )?(?P<act>have sex|sleep with|do (?:sexual|things|stuff|it) (?:i|that|even)|watch porn|send (?:nudes|pictures|photos)|touch (?:him|her|them)|take drugs|drink until)"
        r"|(?P<v3>forces|forced|forcing) (?:me|us) (?P<act3>to(?! (?:eat (?:my|vegetables|veg|healthy)|study|go to (?:school|church|the dentist|bed|the gym)|do (?:my|the) (?:homework|chores|dishes|revision)|practi[sc]e|exercise|clean|tidy|read|learn|wear|try|apologi[sz]e|take (?:a|my) (?:break|medicine|meds)|rest|relax|sleep"
        rf"|{_LEISURE})(?![a-z])))"
        r"|(?P<v4>takes|took|keeps|kept|controls|controlled|hides|hid|confiscated|confiscates|stole|steals|has) (?:all )?(?:of )?(?P<act4>(?:my|our) (?:money|wages|salary|bank card|bank cards|cards|passport|documents|benefits|pay|id|car keys|keys|finances))"
        r"|(?P<v5>locks|locked|locking|lock) (?P<act5>(?:me|us) (?:in|out|up|inside|in the house|in my room|in a room))"
        r"|(?P<v6>controls|controlled|controlling|monitors|monitoring|tracks|tracking|checks|checking) (?P<act6>(?:everything i do|who i see|who i talk to|what i wear|where i go|what i eat|my every move|my location|my phone every|all my messages|my messages))"
        r"|(?P<v7>stalking|stalks|stalked|stalk|following|follows|followed) (?P<act7>me(?! (?:on|back|around (?:on|the shop))(?![a-z]))(?=(?: [,.])| $| home| everywhere| around| from| to| in (?:his|her|a) car| again| and| at night))"
        r"|(?P<v8>is|was|gets|has been|can be|becomes|became|got|are|were|being|been) (?P<act8>(?:violent|abusive|physical|controlling)(?: with me| towards me| to me| when| again| at home| (?:to|with|towards) (?:my|our|us))?(?=(?: [,.])| $| with| towards| to| when| again| at| and| if| after))"
        r"|(?P<v9>abusive|violent|controlling) (?P<act9>relationship|partner|husband|wife|boyfriend|girlfriend|ex|dad|father|mum|mom|mother|parent|parents|stepdad|stepfather|stepmum|home|household|marriage|family|brother|uncle)"
        r"|(?P<v10>domestic) (?P<act10>violence|abuse)",
        "leave go see have talk contact call get out sex sleep sexual things stuff it porn nudes pictures photos "
        "touch take drink to money wages salary bank cards passport documents benefits pay id keys finances "
        "in out up inside everything who what where my location all messages me violent abusive physical "
        "controlling relationship partner husband wife boyfriend girlfriend ex dad father mum mom mother "
        "parent parents stepdad stepfather stepmum home household marriage family brother uncle violence abuse",
        who="resolve_abuse",
    ),
    _rule(
        "abuse/not-let-me",
        "abuse",
        False,
        r"(?P<v>will not|does not|would not|never|not|wont|refuses to|refused to) let (?:me|us) (?P<act>leave(?=(?: [,.])| $| the house| home| him| her| them| the relationship| the room| the flat| the apartment| his place| her place| without| alone)"
        r"|go anywhere|see (?:my|anyone|any of my|friends|family)|have (?:my own|money|a phone|my phone|a job|access|friends|any money|my own money|a bank)|talk to (?:anyone|my|friends|family|other)"
        r"|contact|call (?:anyone|my|the police|for help)|get a job|go to work|out of (?:his|her|their) sight|out of the house|go out alone|go out without)"
        r"|(?P<v2>am not|are not|not|never|no longer) allowed to (?P<act2>leave(?=(?: [,.])| $| the house| home| my room| without| alone)|see (?:my|anyone|friends|family)|have (?:my own|money|a phone|my phone|friends)|talk to (?:anyone|my|friends|family)|contact|go out alone|go anywhere|go out without)",
        "leave go see have talk contact call get out allowed",
        who="victim",
        negatable=False,
    ),
    _rule(
        "abuse/was-abused",
        "abuse",
        True,
        r"(?P<v>being|been|was|got|get|gets|am|were|is|keep getting|i) (?:(?:nearly|almost|badly|brutally|viciously|severely|savagely|seriously|violently|repeatedly|physically) )?(?P<act>raped|abused|molested|sexually assaulted|sexual assaulted|assaulted|beaten up|beaten(?! (?:in|at|by (?:a|the|[0-9])|to it|again at))|attacked by (?:him|her|them|my|a man|a guy|someone)|strangled|choked(?! (?:on|up|by (?:a|the|food|water))(?![a-z]))|groomed|trafficked|stalked(?! (?:her|his|their|my|your|on|through|them|him))|threatened(?! (?:with (?:a (?:fine|ban|lawsuit)|legal|eviction)))|hit by (?:him|her|them|my)|hurt by (?:him|her|them|my) (?!words)|beaten by (?:him|her|them|my)|touched by (?:him|her|them|my|an|a))",
        "raped abused molested assaulted beaten attacked strangled choked groomed trafficked stalked "
        "threatened hit hurt touched",
        who="subject",
    ),
    _rule(
        "abuse/mention",
        "abuse",
        False,
        r"(?P<v>)(?P<act>rape|raped|raping|rapist|molest|molested|molesting|molestation|incest|sexual abuse|sexually abused|sexual assault|sexually assaulted|revenge porn|child abuse|abused me|abuses me|abusing me|my abuser|my abusers)",
        "rape raped raping rapist molest molested molesting molestation incest sexual sexually revenge child "
        "abused abuses abusing abuser abusers",
        topic=True,
    ),
    _rule(
        "abuse/throw-at-me",
        "abuse",
        True,
        rf"(?P<v>throw|throws|threw|throwing|hurl|hurls|hurled) (?:{gap(3)})?(?P<act>at me|at my (?:head|face))",
        "at",
        who="other_to_me",
    ),
    _rule(
        "harm/weapon",
        "harm_to_others",
        True,
        r"(?P<v>bring|bringing|take|taking|brought) (?:a |my |his |dad's |the )?(?P<act>(?:gun|knife|weapon|rifle|pistol|bomb) (?:to|into) (?:school|work|the office|class|college|uni|church|the mall))"
        r"|(?P<v2>shoot|shooting) (?P<act2>up (?:the |my )?(?:school|office|work|class|college|place|mall|church))"
        rf"|(?P<v3>to|will|going to|gonna|want to|should) (?P<act3>(?:burn|burning|set fire to|torch|blow up|firebomb) (?:his|her|their|my (?:[a-z']+ )?{PERSON}'s|the) (?:house|home|flat|car|place|school|office)(?: down)?)",
        "gun knife weapon rifle pistol bomb up burn burning set torch blow firebomb",
        who="self",
    ),
    _rule(
        "harm/want-them-dead",
        "harm_to_others",
        False,
        rf"(?P<v>want|wish|hope) (?P<obj>{PERSON_OBJ}) (?P<act>dead|to die|would die|was dead|were dead|gone forever)",
        "dead die gone",
        who="harm",
    ),
)


# A second gate for rules whose anchors are common words: every match of the
# rule holds one of these words too (most often its verb), so a message that
# has none of them skips the rule without running its pattern.
_NEEDS = {
    "abuse/control": "forces forced forcing force make makes made making pressures pressured pressuring "
    "pressure takes took keeps kept controls controlled hides hid confiscated confiscates stole "
    "steals has locks locked locking lock monitors monitoring tracks tracking checks checking "
    "stalking stalks stalked stalk following follows followed violent abusive physical "
    "controlling domestic",
    "abuse/not-safe": "not never longer unsafe danger",
    "suicide/death-appeals": "death dying dead existing here waking ending killing suicide alive",
    "suicide/goodbye": "goodbye bye farewell goodbyes end last time here around alive away suicide",
    "abuse/afraid": "scared afraid terrified frightened petrified fearful fear fearing feared "
    "frighten scares scare terrifies",
    "suicide/cannot-anymore": "not cannot out",
    "self_harm/marks": "cuts scars wounds burns arms wrists thighs scratches slashes marks lines sleeves",
    "suicide/no-point": "no not nothing zero what whats see lost losing",
    "suicide/cannot-go-on": "not unable no",
    "abuse/not-let-me": "let allowed",
    "abuse/threat": "threaten threatens threatened threatening threats threat",
    "suicide/tired-of-living": "tired sick exhausted weary bored fed done finished over",
    "suicide/do-not-want-to-live": "not never no longer",
    "suicide/life-not-worth-it": "life living existing alive everything all",
    "abuse/throw-at-me": "throw throws threw throwing hurl hurls hurled",
    "suicide/hope-i-die": "hope hopes hoping hoped pray prays praying prayed wish wishing",
    "suicide/why-alive": "why",
    "suicide/nothing-to-live-for": "nothing reason reasons much nobody one left will desire lost "
    "losing not",
    "suicide/want-it-to-end": "want wanted wish need needs hope make let wanting wishing",
    "suicide/last-night": "tonight today this tomorrow",
}
RULES = tuple(
    replace(rule, needs=rule.needs | frozenset(_NEEDS[rule.name].split()))
    if rule.name in _NEEDS
    else rule
    for rule in RULES
)


def vocabulary(rules: tuple[Rule, ...] = RULES) -> frozenset[str]:
    """Every word the rules mention (stretched spellings fold onto these)."""
    words: set[str] = set()
    for rule in rules:
        words |= rule.anchors | rule.needs
        words |= set(re.findall(r"(?<![\\?])\b[a-z]{3,}\b", rule.source))
    words |= set(PERSON_NOUNS.split())
    return frozenset(w for w in words if len(w) > 1)
