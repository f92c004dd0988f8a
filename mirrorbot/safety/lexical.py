"""The lexical layer: crisis meaning read from vocabulary, the last net.

The rules in ``patterns``, ``broad``, ``phrasings``, ``forum`` and ``oblique``
are phrasings: each says how one kind of thing is said. On text nobody tuned
them on they find two thirds to three quarters of crises, and what they miss
is often plain: "I want to shoot up my workplace", "he threw me against the
wall", "i'm a self harmer", a person thinking about the train tracks or how
high a building is, "I've made my arrangements", new blades, petrol and an
address. This layer reads the same messages another way: by what the words
are about, not how they are strung together.

Each sentence is read for

- a risk word from one of a few families: an act done to a body (cut, burn,
  hit, choke, throw, stab, shoot up ...), a means or a place (blades, pills,
  rope, tracks, a platform edge, a bridge, a roof, petrol, a hammer ...), or
  a state or a farewell (a self harmer, made my arrangements, said my
  goodbyes, won't be here, ready to join her ...);
- who it is about: the speaker as the one who acts, the speaker as the one
  hurt ("me", "my arm"), or someone else at risk or hurt;
- what frame holds it: wanting or intending ("going to", "want to", "I'll"),
  dwelling on it ("thinking about", "keep picturing", "how high"), having
  it ready ("saved up", "in the garage", "bought"), or a habit of doing it
  ("when I mess up", "until it bleeds").

Whom and which frame decide the category. Guards are not repeated here:
``detector`` sets a finding aside with the guards every rule already goes
through (negation, stories and the news, grief, accidents, recovery told as
over, jokes, a helper's question). What this module does check is what only
a vocabulary reading needs: that the word is used in its risk sense ("shoot
me a text", "cut me some slack", "a razor for shaving", "rope for the
washing line", "thinking about the roof, it leaks").

``read`` is pure and linear in the message: a message with none of the risk
words costs one set test; each risk word looks at most a few words either
side within its own sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import pairwise

from mirrorbot.safety.patterns import PERSON_NOUNS

# ``detector._subject``: who the clause ending at a word is about
# ("self", "you", "third", "thing" or "none").
Subject = Callable[[list[str], int], str]


@dataclass(frozen=True, slots=True)
class Finding:
    """One risk reading: what it is, where, and about whom."""

    category: str  # suicide | self_harm | abuse | harm_to_others | third_party
    head: int  # the risk word's index (negation and accident guards start from here)
    first: int  # the evidence span, for the message and the guards
    last: int
    who: str  # "self": the speaker's own crisis; "third": someone else's
    sense: str  # which reading found it ("act", "means", "farewell", ...)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# -- who ---------------------------------------------------------------------
_PEOPLE = _words(PERSON_NOUNS) - _words(
    "someone somebody everyone everybody anyone anybody people person guy guys man men woman "
    "women girl girls boy boys lady dude"
)
_HIM_HER = _words("him her them")
_THEIR = _words("his her their")
_THEIR_SELF = _words("himself herself themselves themself")
_HE_SHE = _words("he she they")
_BODY = _words(
    "arm arms wrist wrists leg legs thigh thighs skin stomach belly tummy hip hips forearm "
    "forearms ankle ankles chest hand hands head neck throat face knuckles fist fists body "
    "side ribs back shoulder shoulders fingers finger foot feet calf calves cheek cheeks"
)
_PRIVATE = _words("leg legs thigh thighs chest breasts boobs bum butt bottom privates crotch")
_BODY = _BODY | _PRIVATE
# Where violence against many people is aimed: "shoot up my workplace".
_CROWDS = _words(
    "school workplace office class college uni university church mosque synagogue temple "
    "club party mall crowd crowds concert market festival station campus"
)
_PREPOSITIONS = _words("to for at with of from about by in on into onto against across along")
_DETERMINER = _words("the a an my his her their this that our your those these")
_CLAUSE_END = _words(". , ; : but because though although and so or then when if while")

# -- frames ------------------------------------------------------------------
# Wanting, intending, dwelling on: the words before a risk word that make it one.
_INTENT = _words(
    "want wanna wants wanted going gonna will would plan plans planning planned think "
    "thinking thought thinks imagine imagining imagined picture picturing pictured urge urges "
    "tempted fantasise fantasize fantasising fantasizing fantasy fantasies dream dreaming "
    "about ready decided decide need needs"
)
_INTENT_OR_EASY = _INTENT | {"easy"}  # "it would be so easy to just let go of the railing"
_DWELL = _words(
    "thinking think thought thinks imagine imagining imagined picture picturing pictured "
    "fantasise fantasize fantasising fantasizing dream dreaming dreamt obsessing obsessed "
    "talking talks talked mentions mentioning mentioned"
)
_LOOK_UP = _words(
    "research researching researched google googling googled looked looking checking checked "
    "check checks search searching searched wondering wonder wondered asked ask asking"
)
_LINGER = _words(
    "stand standing stood stands sit sitting sat sits walk walking walked walks wander "
    "wandering wandered drove drive driving drives go going went goes climbed climbing lean "
    "leaning leaned"
)
# What makes standing by a drop dwelling on it, not waiting for a train.
_LINGERING = _words(
    "edge close again looking staring stare down nights night ages hours hour purpose alone "
    "easy forward"
)
_HEIGHTS = _words(
    "high tall deep far many much long cold fast highest tallest deepest higher deeper"
)
_QUESTION = _words("how which where whether")
_LETHAL = _words(
    "survive survived surviving survival kill kills die dead enough lethal fatal take takes "
    "need needs would painless quick quickly heart"
)
# Nouns a drop word only describes: "the bridge club", "the roof terrace".
_MODIFIED = [
    [word]
    for word in (
        "club clubs game games party terrace bar restaurant cafe tour race team cottage house "
        "rental cruise walk walks garden gardens festival concert lessons class classes"
    ).split()
]
_ASKING = _words("how which whether what")
# What makes a question about a means a question about dying by it.
_DEADLY = _words(
    "survive survived kill kills die dead lethal fatal overdose painless heart stop stops"
)
_STOCK = _words(
    "saving saved save stockpiling stockpiled stockpile hoarding hoarded hoard collecting "
    "collected aside stash stashed stashing hidden hiding hid keeping tin"
)
_READY = _words(
    "ready garage wardrobe loft attic shed tied hidden hiding hid beam bought got ordered under "
    "upstairs"
)
# "Drop"/"means" words whose ordinary use the message names: not a risk.
_ORDINARY_USE = _words(
    "fix fixing fixed repair repairs repaired leak leaks leaking leaked tiles gutter gutters "
    "builder builders roofer paint painting painted view views photo photos picture pictures "
    "selfie sunset sunrise picnic swim swimming swam dive diving dived snorkel snorkelling "
    "fishing fish kayak kayaking boat boating paddle paddling sail sailing holiday holidays "
    "trip walkies dog dogs skating skate "
    "washing clothes climbing climb tow skipping swing tent camping knot knots lead garden "
    "delayed delay late cancelled canceled strike commute commuting queue meet meeting "
    "trainspotting spotting engineering design survey surveyor drawing sketch project price "
    "cost costs pharmacy chemist vitamins hunting shoot farm farmer army "
    "police range clay pigeons paintball nerf toy toys airsoft archery"
)

# -- acts --------------------------------------------------------------------
# Done to one's own body, these are self-harm whatever else is said.
_CUTS = _words(
    "cut cuts cutting carve carves carved carving slash slashes slashed slashing slit slits "
    "slitting gouge gouged gouging"
)
# Done to one's own body, these are self-harm with a sign it was meant ("until it
# bleeds", "when I mess up", "raw"); done to me by someone, abuse.
_INJURES = _words(
    "burn burns burned burnt burning scald scalds scalded scalding scratch scratches "
    "scratched scratching scrape scrapes scraped scraping bite bites biting punch punches "
    "punched punching hit hits hitting bang bangs banged banging slam slams slammed slamming "
    "smash smashes smashed smashing pinch pinches pinched pinching hurt hurts hurting bruise "
    "bruised stab stabs stabbed stabbing starve starves starved starving pour pours poured "
    "pouring"
)
_MEANT = _words(
    "until till when whenever raw numb bruise bruises bruised bleeds bleed bleeding blood "
    "bloody helps help helped felt feel right deserve deserved punish punishment punishing "
    "purpose deliberately again every release calm relief scars scar lighter blade blades "
    "razor razors"
)
# Done to me by someone, or by me to someone: violence. ("Kill" and "murder" are
# left to the rules, which know their idioms: "my feet are killing me", "mum's
# going to kill me when she sees the car".)
_ASSAULTS = _words(
    "hit hits hitting beat beats beating beaten punch punches punched punching kick kicks "
    "kicked kicking slap slaps slapped slapping choke chokes choked choking strangle "
    "strangles strangled strangling throttle throttles throttled smother smothers smothered "
    "suffocate suffocates suffocated shove shoves shoved shoving push pushes pushed pushing "
    "throw throws threw thrown throwing drag drags dragged dragging grab grabs grabbed "
    "grabbing pin pins pinned pinning burn burns burned burnt burning stab stabs stabbed "
    "stabbing shoot shoots shot shooting "
    "hurt hurts hurting attack attacks attacked attacking batter batters battered poison "
    "poisons poisoned poisoning rape rapes raped raping molest molests molested molesting "
    "touch touches touched touching grope gropes groped groping lock locks locked locking "
    "headbutt headbutted whip whips whipped belt belted bite bites biting slam slams "
    "slammed slamming stamp stamped stomp stomped break breaks broke breaking hold holds held "
    "holding pour pours poured spat spit spits"
)
_ASSAULTS_OR_CUTS = _ASSAULTS | _CUTS  # what someone close may do to another, or to themselves
# Violence that is a crisis when the speaker says they did it, with no intent word:
# "I grabbed my son by the throat", "I hit my girlfriend last night".
_SEVERE_DONE = _words(
    "hit punched beat choked strangled throttled smothered suffocated stabbed kicked "
    "slapped battered shoved pushed threw headbutted burned burnt"
)
# After "<verb> me", what makes it no assault: "shoot me a text", "hit me up",
# "threw me under the bus", "beat me at chess", "pushed me to apply".
_NOT_ASSAULT_AFTER = _words(
    "a an some one something up under to at in out off back over through round around "
    "with into forward"
)
# ... though these after it are: "threw me against the wall", "pushed me down the stairs".
_ASSAULT_AFTER = _words("against across down onto")
_TOUCH = _words("touch touches touched touching")
_SECRET = _words(
    "secret tell tells telling told desk alone nobody anyone like uncomfortable scared lap bed "
    "night room behind office"
)
_TELLING = _words("tell tells told")


def _secrecy(sentence: list[str]) -> bool:
    """A secrecy cue in the sentence; telling counts only as telling someone (not "tells me
    to stretch": an instruction, whoever gives it)."""
    for k, word in enumerate(sentence):
        if word in _SECRET and (
            word not in _TELLING or sentence[k + 1 : k + 3] not in (["me", "to"], ["us", "to"])
        ):
            return True
    return False


# -- means -------------------------------------------------------------------
_LOW_DROPS = _words("floor balcony window storey")
_WATERS = _words("lake river sea canal reservoir water")
# In front of, or walked into: "step in front of a train", "walk into traffic".
_VEHICLES = _words("train trains bus lorry lorries truck trucks traffic")
_WALKS = _words("walk walking walked")
_DROPS = (
    _LOW_DROPS
    | _VEHICLES
    | _words(
        "tracks track railway rails platform bridge bridges roof rooftop rooftops ledge cliff "
        "cliffs edge multistorey building buildings tower viaduct motorway lake river sea canal "
        "railing railings parapet "
        "reservoir quarry water"
    )
)
_POISONS = _words(
    "pills tablets paracetamol painkillers meds medication medications sleeping antidepressants "
    "prescriptions insulin"
)
_CORDS = _words("rope noose ropes")
# Fumes: a hose or charcoal, with what makes them a way to die.
_FUMES_MEANS = _words("hosepipe hose charcoal")
_FUMES = _words("tape taped exhaust window windows tent sealed vents")
_GUNS = _words("gun guns shotgun rifle pistol firearm")
_INTO_A_DROP = _words("into off front from out")
_PLUNGES = _words("jump jumping jumped step stepping stepped walk walking walked throw fall")
# Sharp or hot things that may be held to one's own body.
_SHARP = _words(
    "glass knife scissors compass needle pin lighter iron cigarette candle hob match matches"
)
# (Not "razor": most razors are for shaving, and are kept, hidden from a little
# brother and not shared.)
_SH_MEANS = _words("blades blade sharpener sharpeners")
_TOOL_BLADES = _words(
    "blunt spare replacement replace shaving shave shaved beard stanley craft scalpel saw mower "
    "lawnmower skates skate hockey windscreen wiper wipers blender fan turbine propeller rotor "
    "grass scooter knife knives kitchen hedge trimmer dad's husband's"
)
_ACQUIRED = _words(
    "bought buy buying ordered order came arrived new got get getting keep keeping kept carry "
    "carrying hid hide hiding hidden stash stashed found took"
)
_WEAPONS = _words(
    "petrol gasoline acid hammer knife knives machete axe crowbar bat gun guns shotgun rifle "
    "pistol bomb explosives crossbow"
)
_GOING = _words("go going goes went gone come coming")  # "going round with the hammer"
_NOT_WEAPONS = _words("water glue nail staple bb squirt spray massage heat claw sledge")
_WEAPON_TO = _words(
    "bought buy got get gets getting have has taking take bringing bring carrying carry going "
    "round sharpened sharpening loaded bag pocket fetch fetching"
)

# -- states and farewells ------------------------------------------------------
_HARMER = _words("harmer harmers cutter")
_FAREWELLS = _words(
    "arrangements affairs goodbye goodbyes letters letter note need here around join joining with "
    "take reason reasons read hear ends passwords deleted stuck date "
    "everything after over worry burden away last loved"
)
_AWAY = _words(
    "holiday holidays trip abroad travelling traveling flight flying move moving moved job "
    "work shift leaving visit visiting conference hospital surgery operation course uni "
    "university funeral wedding party birthday christmas break camp festival exchange plane "
    "airport detox appointment interview exam exams surgery scan "
    "relocating emigrating home mum's dad's sister's brother's gran's nan's away visa "
    "colleagues coworkers team class classmates students office boss retire retiring "
    "retirement graduation graduate"
)
_DEATHS = _words("died gone passed dead death lost grave buried")
_SOON = _words("soon again now ready waiting wait pray praying asked ask planning plan")
_LATER = _words("week tomorrow christmas much long longer soon weekend month birthday then")
_NOT_MATTER = _words("matter matters point anyway free fine better care")

# Readings whose meaning is a negation ("won't be here next week", "no reason to
# go on", "nobody has to worry about me"): the negation guard does not apply.
NEGATION_IS_THE_MEANING = _words("not-here not-needed no-worry no-burden no-reason")


def has_risk_word(present: frozenset[str]) -> bool:
    """The cheap gate: does the message hold any word this layer reads?"""
    return not present.isdisjoint(_HEADS)


def _sentence(words: list[str], k: int) -> tuple[int, int]:
    """The bounds (lo, hi: exclusive) of the sentence holding word ``k``, at most 30
    words either side (searched with list methods: this runs for every risk word)."""
    start = max(0, k - 30)
    back = words[start:k]
    back.reverse()
    try:
        lo = k - back.index(".")
    except ValueError:
        lo = start
    end = min(len(words), k + 30)
    try:
        hi = words.index(".", k + 1, end)
    except ValueError:
        hi = end
    return lo, hi


def _clause_before(words: list[str], k: int, reach: int = 6) -> list[str]:
    """Up to ``reach`` words before ``k``, stopping at a clause break."""
    lo = k
    while lo > 0 and k - lo < reach and words[lo - 1] not in _CLAUSE_END:
        lo -= 1
    return list(words[lo:k])


def _window(words: list[str], k: int, before: int, after: int) -> list[str]:
    lo, hi = _sentence(words, k)
    return list(words[max(lo, k - before) : min(hi, k + after + 1)])


def _is_self(who: str) -> bool:
    return who in ("self", "none")


# -- who a violent act is done to ------------------------------------------------
def _target(words: list[str], k: int) -> tuple[str, int]:
    """``_object``, or failing that a body the act is done into or onto, a few words on:
    "carved the word fat into my stomach", "held the lighter against her arm"."""
    target = _object(words, k)
    if target[0]:
        return target
    end = min(len(words), k + 8)
    for j in range(k + 2, end - 1):
        word = words[j]
        if word in _CLAUSE_END:
            break
        if words[k] in _THROWS and word in _AT_ME and words[j + 1] in ("me", "us"):
            return "me", j + 1  # "threw hot coffee over me", "poured water on me"
        if word in _INTO and words[j + 1] in ("my", "his", "her", "their"):
            for m, noun in enumerate(words[j + 2 : j + 4]):
                if noun in _BODY:
                    return ("me" if words[j + 1] == "my" else "their self"), j + 2 + m
            break
    return "", k


_BEFORE_NOUNS = _words("own little poor whole new baby big younger older really so hard")
_THROWS = _words(
    "throw throws threw thrown throwing pour pours poured pouring spat spit spits hurl hurled "
    "chuck chucks chucked"
)
_AT_ME = _words("at over on onto into in")
_HOLDS = _words("hold holds held holding")
_INTO = _words("into onto on across along over against in")


def _object(words: list[str], k: int) -> tuple[str, int]:
    """Whom the act at ``k`` is done to, and the index of the word that says so:
    ("me", j) the speaker ("me", "my arm"), ("myself", j), ("them", j) another person
    ("him", "my sister", "the baby"), ("their self", j) their own body ("her arm",
    "herself"), ("crowd", j) a place full of people, ("", k) none found. It looks a
    few words on, and never past a clause break."""
    hi = min(len(words), k + 12)
    j = k + 1
    # "beat the shit out of him", "beat the hell out of my stepdad"
    if words[j : j + 2] in (["the", "shit"], ["the", "hell"], ["the", "crap"]) and words[
        j + 2 : j + 4
    ] == ["out", "of"]:
        j += 4
    elif j < hi and words[j] in ("up", "down") and words[k] in ("shoot", "shooting", "burn"):
        j += 1  # "shoot up the school", "burn down his house"
    end = min(hi, j + 5)
    while j < end:
        word = words[j]
        if word in _CLAUSE_END or (word == "that" and j == k + 1):
            break  # (and "hurt that my mom will find": a clause, not an object)
        if word == "myself":
            return "myself", j
        if word in ("me", "us"):
            after = words[j + 1] if j + 1 < hi else ""
            if words[k] in _HOLDS:
                # "held me under the water" (not "held me close"; "held me down" is the
                # rules', which know the nurse and the tickling)
                return ("me", j) if after == "under" else ("", k)
            if after in _NOT_ASSAULT_AFTER and after not in _ASSAULT_AFTER:
                return "", k
            return "me", j
        if word == "my":
            rest = words[j + 1 : min(hi, j + 4)]
            for m, noun in enumerate(rest):
                if noun in _BODY:
                    return "me", j + 1 + m
                if _a_person(noun):
                    return "them", j + 1 + m
                if noun in _CROWDS:
                    return "crowd", j + 1 + m
            return "", k
        if word in _THEIR_SELF:
            return "their self", j
        if word in _THEIR and j + 1 < hi and words[j + 1] in _BODY:
            return "their self", j + 1
        if word in _HIM_HER:
            return "them", j
        if word in _PEOPLE:
            # "a kid", "children": someone, not anyone the speaker knows
            generic = words[j - 1] in ("a", "an", "some", "any") or j == k + 1
            return ("someone" if generic else "them"), j
        if word in _CROWDS:
            return "crowd", j
        if word in _PREPOSITIONS:
            # "carved his name into my leg", "poured it on my hand": only into a body
            ahead = words[j + 1 : min(hi, j + 4)]
            if word == "to" or _BODY.isdisjoint(ahead):
                return "", k  # "a fair shot to coach", "cut it with scissors"
        elif word not in _DETERMINER and word not in _BEFORE_NOUNS:
            return "", k  # "cut the cake", "hit the punch bag until my arms ached"
        j += 1
    return "", k


def _meant(sentence: Sequence[str]) -> bool:
    """A sign that a harm to one's own body was done on purpose."""
    return not _MEANT.isdisjoint(sentence)


def _intent_before(words: list[str], k: int) -> bool:
    """Wanting, intending or dwelling on the act at ``k``: "I want to", "I'm going to",
    "I'll", "I keep picturing", "next time ... I'm", "I have urges to"."""
    before = _clause_before(words, k, 7)
    return not _INTENT.isdisjoint(before) or "next" in before


def _acts(words: list[str], k: int, subject: Subject, present: frozenset[str]) -> Finding | None:
    """An act done to a body: self-harm, abuse, harm to others or a third party hurt."""
    word = words[k]
    if k and words[k - 1] in _BEFORE_A_STATE:
        return None  # "I am hurt that ...", "I got beaten up": a state, or the rules' passive
    target, t = _target(words, k)
    if not target or _in_play(words, t) or (word in _HOLDS and target != "me"):
        return None
    lo, hi = _sentence(words, k)
    sentence = words[lo:hi]
    before = _clause_before(words, k, 8)
    if not _NOBODY.isdisjoint(before):
        return None  # "no one is hurting me"
    who = subject(words, k)
    if who == "none" and not _diary_verb(words, lo, k):
        return None  # "my straighteners burned my neck": a thing did it
    if target in ("myself", "me") and _is_self(who):
        if target == "me" and who == "none" and words[t] not in _BODY:
            # "... Gav had been drinking, he threw my dinner and then threw me against the
            # wall": someone named before did it (not "the ball hit me")
            if word in _ASSAULTS and word not in _TO_ME_IDIOMS and _someone_before(words, lo, k):
                return Finding("abuse", k, k, t, "self", "act")
            return None
        if words[t + 1 : t + 2] and words[t + 1] in _SLACK:
            return None  # "cut myself some slack", "hurt myself a bit laughing"
        if _struck_on_something(words, t, hi) and _STRONG_MEANT.isdisjoint(sentence):
            return None  # "hit my head on the cupboard door", "cut my foot on the shards"
        if word in _CUTS or (word in _INJURES and (target == "myself" or _meant(sentence))):
            return Finding("self_harm", k, k, t, "self", "act")
        return None
    if target == "me" and who == "third" and word in _ASSAULTS and word not in _TO_ME_IDIOMS:
        touched = word in _TOUCH and (words[t] == "me" or words[t] not in _PRIVATE)
        if touched and not _secrecy(sentence):
            return None  # "she touched my arm", "it really touched me"
        return Finding("abuse", k, k, t, "self", "act")
    if who == "third" and word in _ASSAULTS_OR_CUTS and target in ("their self", "them"):
        if not _someone_known(words, lo, k):
            return None  # "they shot him through the door": news, not someone close
        if target == "their self":
            if words[t + 1 : t + 2] and words[t + 1] in _SLACK:
                return None  # "burn themselves out"
            if _struck_on_something(words, t, hi) and _STRONG_MEANT.isdisjoint(sentence):
                return None
            if word not in _CUTS and not (word in _INJURES and _meant(sentence)):
                return None  # "my friend hit his head and is in a coma"
            return Finding("third_party", k, k, t, "third", "own act")
        return Finding("third_party", k, k, t, "third", "act")
    if word in _BREAKS and words[t] not in _BODY:
        return None  # "break her heart", "broke me"
    if (
        who == "self"
        and target in ("them", "someone", "crowd", "their self")
        and word in _ASSAULTS
        and (_intent_before(words, k) or (word in _SEVERE_DONE and target == "them"))
    ):
        return Finding("harm_to_others", k, k, t, "self", "act")
    return None


# Said to me, these are idioms more often than threats ("ugh, shoot me"): the rules
# read them.
_TO_ME_IDIOMS = _words(
    "shoot shoots shot shooting strangle strangles strangling throttle throttles throttling"
)
_NOBODY = _words("nobody noone")
_BEFORE_A_STATE = _words(
    "am is are was were be been being feel felt feeling so really very get got gets getting"
)
_BREAKS = _words("break breaks broke breaking")
_SLACK = _words("some a an off out loose free")
# Signs of purpose strong enough to outweigh a knock on something.
_STRONG_MEANT = _words(
    "until till purpose deliberately punish punishment punishing deserve deserved numb "
    "release relief helps helped myself right"
)


# Games one beats or hits someone at, and what a hand is slapped or pushed away from.
_GAMES = _words(
    "monopoly chess cards fifa scrabble pool darts snooker poker tennis football golf bowling "
    "uno squash badminton table ping pong mario kart game games match quiz sparring training"
)


def _in_play(words: list[str], t: int) -> bool:
    """ "beat my brother at fifa", "hit my sister at monopoly", "slapped my hand away
    from the cake": a game won or a hand moved, told straight after whom."""
    after = words[t + 1 : t + 3]
    if after[:1] == ["away"]:
        return True
    return len(after) == 2 and after[0] in ("at", "in") and after[1] in _GAMES


def _struck_on_something(words: list[str], t: int, hi: int) -> bool:
    """ "... my head on the cupboard door", "my foot on the shards": a body part met
    something, the way an accident is told."""
    return t + 2 < hi and words[t + 1] == "on" and words[t + 2] in _DETERMINER


# Words that may stand before a verb whose subject, left out, is the writer's "I":
# "scratched my wrists raw", "and then burned my arm", "kept hitting my head".
_BEFORE_A_DIARY_VERB = _words(
    ", and then just also keep keeps kept been always sometimes still so again literally "
    "basically even to really often usually"
)


def _diary_verb(words: list[str], lo: int, k: int) -> bool:
    """The verb at ``k`` opens its sentence or follows only a linking word: a diary
    line whose subject is the writer."""
    return k == lo or words[k - 1] in _BEFORE_A_DIARY_VERB


def _someone_known(words: list[str], lo: int, k: int) -> bool:
    """Someone the speaker knows, named in the clause before word ``k``: "my sister",
    "his dad", "a boy in my class", "she" (not "they" or "someone")."""
    clause = _clause_before(words, k, 8) or words[max(lo, k - 1) : k]
    return any(word in ("he", "she") or _a_person(word) for word in clause)


def _someone_before(words: list[str], lo: int, k: int) -> bool:
    """A person named earlier in the sentence: the doer of a verb without a subject."""
    return any(word in _HE_SHE or _a_person(word) for word in words[lo:k])


def _a_person(word: str) -> bool:
    """ "sister", "sister's": a person word or its possessive (not "someone", "a guy")."""
    return word in _PEOPLE or (word.endswith("'s") and word[:-2] in _PEOPLE)


def _grip(words: list[str], k: int, subject: Subject, present: frozenset[str]) -> Finding | None:
    """Held by the throat, the neck or the hair: "had me up against it by my throat"."""
    lo, _ = _sentence(words, k)
    if k < 2 or words[k - 2] != "by" or words[k - 1] not in ("my", "the", "her", "his"):
        return None
    before = words[max(lo, k - 8) : k - 2]
    if "me" in before or words[k - 1] == "my":
        return Finding("abuse", k, max(lo, k - 8), k, "self", "grip")
    if not _HIM_HER.isdisjoint(before) or not _PEOPLE.isdisjoint(before):
        who = subject(words, max(lo, k - 8) + 1)
        if who == "self":
            return Finding("harm_to_others", k, max(lo, k - 8), k, "self", "grip")
        return Finding("third_party", k, max(lo, k - 8), k, "third", "grip")
    return None


def _sharp(words: list[str], k: int, subject: Subject, present: frozenset[str]) -> Finding | None:
    """A sharp or hot thing on one's own body, told as wanted: "ran my arm along the
    broken glass, it felt right", "held the lighter to my wrist till it blistered"."""
    lo, hi = _sentence(words, k)
    near = words[max(lo, k - 5) : min(hi, k + 5)]
    if "my" not in near or _BODY.isdisjoint(near) or _STRONG_MEANT.isdisjoint(words[lo:hi]):
        return None
    if subject(words, k) == "third":
        return None
    return Finding("self_harm", k, max(lo, k - 5), min(hi, k + 5) - 1, "self", "means")


def _made_to(words: list[str], k: int, subject: Subject, present: frozenset[str]) -> Finding | None:
    """Made to undress or strip by someone: "my coach makes me undress in his office",
    "he forced me to strip" (not "makes me strip the beds")."""
    before = words[max(0, k - 4) : k]
    if "me" not in before or _MAKES.isdisjoint(before):
        return None
    if words[k + 1 : k + 2] and words[k + 1] in _DETERMINER:
        return None
    at = max(0, k - 4) + before.index("me")
    if subject(words, at) != "third":
        return None
    return Finding("abuse", k, at, k, "self", "made to")


_MAKES = _words("make makes made making force forces forced forcing")


def _harmer(words: list[str], k: int, subject: Subject, present: frozenset[str]) -> Finding | None:
    """ "I'm a self harmer", "i am still a cutter" (not "was", which is looking back)."""
    before = words[max(0, k - 4) : k]
    if "am" in before and "a" in before:
        return Finding("self_harm", k, max(0, k - 4), k, "self", "state")
    return None


def _sh_means(
    words: list[str], k: int, subject: Subject, present: frozenset[str]
) -> Finding | None:
    """Blades or razors got, kept or hidden, with no tool or shaving in sight: "new
    blades came in the post", "hid a sharpener blade in my pencil case"."""
    lo, hi = _sentence(words, k)
    sentence = words[lo:hi]
    if not _TOOL_BLADES.isdisjoint(sentence) or not _ORDINARY_USE.isdisjoint(sentence):
        return None
    if words[k - 1 : k] == ["razor"] and not _kept_secret(sentence):
        return None  # "razor blades": a shaving product, unless kept secret
    if _ACQUIRED.isdisjoint(sentence):
        return None
    who = subject(words, k)
    if who == "third" and _MINE.isdisjoint(sentence):
        return Finding("third_party", k, lo, hi - 1, "third", "means")
    return Finding("self_harm", k, lo, hi - 1, "self", "means")


def _kept_secret(sentence: list[str]) -> bool:
    """ "mum doesn't know what they're for", "in secret"."""
    if "secret" in sentence or "secretly" in sentence:
        return True
    for m, word in enumerate(sentence):
        if word in ("know", "knows") and not _NEGATIONS.isdisjoint(sentence[max(0, m - 2) : m]):
            return True
    return False


def _sleeves(words: list[str], k: int, subject: Subject, present: frozenset[str]) -> Finding | None:
    """Covering one's body so nobody sees: "long sleeves in july so nobody sees my arms",
    "my arms are covered so no one sees what I did"."""
    lo, hi = _sentence(words, k)
    sentence = words[lo:hi]
    if (
        _HARMED_PLACES.isdisjoint(sentence) and _MARKS.isdisjoint(sentence)
    ) or "my" not in sentence:
        return None  # (not "a big coat to cover my tummy so nobody notices")
    if words[k] == "sleeves" and "long" not in sentence:
        return None
    if _UNSEEN.isdisjoint(sentence) or _SEEING.isdisjoint(sentence):
        return None  # (not "my arms are covered in paint")
    if subject(words, k) == "third":
        return None
    return Finding("self_harm", k, lo, hi - 1, "self", "hiding")


_UNSEEN = _words("nobody noone anyone hide hiding")
# Where self-harm is most often hidden, and its marks.
_HARMED_PLACES = _words("arm arms wrist wrists thigh thighs forearm forearms hip hips")
_MARKS = _words("marks scars cuts burns did")
_SEEING = _words("see sees notice notices knows know finds asks")


def _reopened(
    words: list[str], k: int, subject: Subject, present: frozenset[str]
) -> Finding | None:
    """Old wounds opened again: "I keep opening up the old cuts", "reopened my scars"."""
    before = words[max(0, k - 5) : k]
    if _REOPEN.isdisjoint(before) or subject(words, k) == "third":
        return None
    return Finding("self_harm", k, max(0, k - 5), k, "self", "act")


_REOPEN = _words("opening open opened reopen reopening reopened")


def _bleed(words: list[str], k: int, subject: Subject, present: frozenset[str]) -> Finding | None:
    """Making someone bleed ("gonna make that teacher bleed"), or letting oneself
    ("let my knuckles bleed, it helped")."""
    lo, _ = _sentence(words, k)
    before = words[max(lo, k - 4) : k]
    if _MAKE_LET.isdisjoint(before):
        return None
    if "my" in before and not _BODY.isdisjoint(before):
        return Finding("self_harm", k, max(lo, k - 4), k, "self", "act")
    if not _PEOPLE.isdisjoint(before) or not _HIM_HER.isdisjoint(before):
        return Finding("harm_to_others", k, max(lo, k - 4), k, "self", "act")
    return None


_MAKE_LET = _words("make making made let letting")


def _drop(words: list[str], k: int, subject: Subject, present: frozenset[str]) -> Finding | None:
    """A drop or deep water dwelt on, researched, lingered at or planned: "thinking
    about the train tracks", "how high a building needs to be", "stood too close to
    the platform edge on purpose", "my plan is to walk into the sea"."""
    lo, hi = _sentence(words, k)
    sentence = words[lo:hi]
    if not _ORDINARY_USE.isdisjoint(sentence) or words[k + 1 : k + 2] in _MODIFIED:
        return None
    before = words[max(lo, k - 8) : k]
    sense = ""
    at = k
    # a floor, a window, a train: a drop only when jumped from or stepped in front of
    weak = words[k] in _LOW_DROPS or words[k] in _VEHICLES
    if _letting_go(before) and not _INTENT_OR_EASY.isdisjoint(sentence):
        # "it would be so easy to just let go of the railing"
        if _whose(words, k) == "third":
            return Finding("third_party", k, max(lo, k - 8), k, "third", "plunge")
        return Finding("suicide", k, max(lo, k - 8), k, "self", "plunge")
    for m, word in enumerate(before):
        if weak and word not in _PLUNGES:
            continue
        if word in _DWELL and (_about(before[m + 1 :]) or word in ("picture", "picturing")):
            sense, at = "dwell", k - len(before) + m
            break
        if (
            word in _PLUNGES
            and not _INTENT.isdisjoint(sentence)  # planned ("plan" is an intent word)
            and _plunged(before[m + 1 :])
            and _a_way_to_die(word, words[k], before[m:])
        ):
            sense, at = "plunge", k - len(before) + m
            break
        lingered = word in _LINGER and (m == 0 or before[m - 1] != "let")  # (not "let go")
        if lingered and not _LINGERING.isdisjoint(sentence):
            sense, at = "linger", k - len(before) + m
            break
    if not sense and _enough(words[k + 1 : min(hi, k + 7)]):
        sense, at = "height", k  # "the water under the pier is deep enough, I checked"
    # "how high ... so you don't survive", "which part of the river is deepest"
    if (
        not sense
        and not _QUESTION.isdisjoint(sentence)
        and not _HEIGHTS.isdisjoint(sentence)
        and (not _LETHAL.isdisjoint(sentence) or not _LOOK_UP.isdisjoint(sentence))
    ):
        sense, at = "height", lo
    if not sense:
        return None
    who = subject(words, at) if at > lo else "none"
    if who in ("you", "thing"):
        return None
    return Finding(
        "third_party" if who == "third" else "suicide",
        k,
        min(at, k),
        k,
        "third" if who == "third" else "self",
        sense,
    )


def _a_way_to_die(verb: str, drop: str, way: Sequence[str]) -> bool:
    """Walking into water or traffic, stepping in front of a train, jumping or stepping
    from a height (not "jump into the lake this summer")."""
    if drop in _WATERS:
        return verb in _WALKS
    if drop in _VEHICLES:
        return verb in _WALKS or "front" in way
    return True


def _letting_go(before: Sequence[str]) -> bool:
    """ "... let go of the" just before a drop."""
    return any(a == "let" and b == "go" for a, b in pairwise(before))


def _plunged(between: Sequence[str]) -> bool:
    """After a verb of plunging, only oneself and a preposition into the drop: "jump
    off", "step in front of", "throw myself from" (not "throw my laptop out of")."""
    way = [word for word in between if word not in _ONESELF]
    return bool(way) and way[0] in _INTO_A_DROP


_ONESELF = _words("myself himself herself themselves right straight just")


def _about(between: Sequence[str]) -> bool:
    """ "about the", "about that bridge by": what is dwelt on is the next noun phrase."""
    if "about" not in between:
        return False
    rest = between[list(between).index("about") + 1 :]
    return len(rest) <= 3 and _CLAUSE_END.isdisjoint(rest)


def _enough(after: Sequence[str]) -> bool:
    """ "... is deep enough", "high enough": a drop measured against dying."""
    return any(a in ("high", "deep", "tall") and b == "enough" for a, b in pairwise(after))


def _poison(words: list[str], k: int, subject: Subject, present: frozenset[str]) -> Finding | None:
    """Pills saved up or researched: "enough tablets saved up", "hoarding his heart
    pills in a tin", "looked up how many of my pills it would take"."""
    lo, hi = _sentence(words, k)
    sentence = words[lo:hi]
    if not _ORDINARY_USE.isdisjoint(sentence):
        return None
    near = _window(words, k, 6, 6)
    stocked = not _STOCK.isdisjoint(near)
    how_many = "how" in near and ("many" in near or "much" in near)
    researched = (how_many and not _LETHAL.isdisjoint(near)) or (
        not _ASKING.isdisjoint(near) and not _DEADLY.isdisjoint(near)
    )
    if not stocked and not researched:
        return None
    who = subject(words, k)
    if who == "third" and _MINE.isdisjoint(words[max(lo, k - 3) : k]):
        return Finding("third_party", k, lo, hi - 1, "third", "means")
    return Finding("suicide", k, lo, hi - 1, "self", "means")


def _cord(words: list[str], k: int, subject: Subject, present: frozenset[str]) -> Finding | None:
    """A rope or a noose ready ("the rope is already in the garage", "he has a rope in
    his wardrobe"), or a hose with tape for the car's exhaust."""
    lo, hi = _sentence(words, k)
    sentence = words[lo:hi]
    if not _ORDINARY_USE.isdisjoint(sentence):
        return None
    if words[k] in _FUMES_MEANS:
        if _FUMES.isdisjoint(sentence):
            return None  # "the hose is in the shed"
    elif words[k] != "noose" and _READY.isdisjoint(sentence) and "has" not in sentence:
        return None
    who = subject(words, k)
    if who == "third":
        return Finding("third_party", k, lo, hi - 1, "third", "means")
    return Finding("suicide", k, lo, hi - 1, "self", "means")


def _weapon(words: list[str], k: int, subject: Subject, present: frozenset[str]) -> Finding | None:
    """A weapon got or taken, with a person in view: "bought petrol and I know where
    she lives", "going round with the hammer", "he has a gun and a plan"."""
    lo, hi = _sentence(words, k)
    sentence = words[lo:hi]
    if not _ORDINARY_USE.isdisjoint(sentence) or _WEAPON_TO.isdisjoint(sentence):
        return None
    if words[k - 1 : k] and (words[k - 1] in _NOT_WEAPONS or words[k - 1] == "to"):
        return None  # "a water gun", "the glue gun", "the right to bomb targets"
    person = (
        not _HE_SHE.isdisjoint(sentence)
        or not _HIM_HER.isdisjoint(sentence)
        or not _THEIR.isdisjoint(sentence)
        or not _PEOPLE.isdisjoint(sentence)
        or "lives" in sentence
        or "plan" in sentence
        or any(a in _GOING and b == "round" for a, b in pairwise(sentence))
        or not _CROWDS.isdisjoint(sentence)
    )
    if not person:
        return None
    # whoever gets or carries it ("I'm bringing my dad's gun": mine to bring)
    verb = next((j for j in range(k - 1, max(lo, k - 6) - 1, -1) if words[j] in _WEAPON_TO), k)
    who = subject(words, verb)
    if who == "third":
        if not _someone_known(words, lo, verb):
            return None  # "the gangs manage to get guns": nobody close
        return Finding("third_party", k, lo, hi - 1, "third", "means")
    if who in ("self", "none"):
        return Finding("harm_to_others", k, lo, hi - 1, "self", "means")
    return None


# Farewell cues: (strong, sense). A strong cue is enough; two weak ones of different
# senses in one message are too ("sorry for everything. please look after the cat").
_Cue = tuple[bool, str]


def _farewell(words: list[str], k: int, present: frozenset[str]) -> _Cue | None:
    """One cue of putting things in order to go: "I have made my arrangements", "said
    my goodbyes", "letters for my kids with the will", "won't need them where I'm
    going", "not going to be here next week so it doesn't matter", "ready to join
    her", "sorry for everything", "please look after the cat"."""
    word = words[k]
    lo, hi = _sentence(words, k)
    sentence = words[lo:hi]
    before = words[max(lo, k - 4) : k]
    after = words[k + 1 : min(hi, k + 5)]
    if word in ("arrangements", "affairs"):
        if "my" in before or "made" in before or "order" in after:
            return True, "arrangements"
    elif word in ("goodbye", "goodbyes"):
        if "said" in before or "say" in before or "saying" in before:
            strong = "my" in before or "already" in before or "everyone" in after
            return strong or "know" in sentence, "goodbyes"
    elif word in ("letters", "letter"):
        if "will" in sentence or "drawer" in sentence:
            return True, "letters"
        if "wrote" in before or "written" in before or "writing" in before:
            return False, "letters"
    elif word == "need" and not _NEGATIONS.isdisjoint(before[-2:]):
        if "where" in after or "anymore" in after or "after" in after:
            return True, "not-needed"
    elif word in ("here", "around") and "be" in before and not _NEGATIONS.isdisjoint(before):
        if not _LATER.isdisjoint(after):
            return not _NOT_MATTER.isdisjoint(sentence), "not-here"
    elif word in ("join", "joining") and not _DEATHS.isdisjoint(present):
        # "ready to join her", "waiting to join grandma" (not "join my brother for ...")
        if (not _SOON.isdisjoint(sentence) or "to" in before) and _INTO.isdisjoint(after):
            return True, "join"
    elif word == "with" and words[k - 1 : k] == ["be"] and not _DEATHS.isdisjoint(present):
        # "she wants to go and be with dad now", "I'll be with him soon": after a death
        if _someone_named(after) and not _REUNION_SOON.isdisjoint(words[k + 1 : k + 6]):
            return True, "join"
    elif word == "take" and words[k + 1 : k + 2] == ["me"] and not _GOD.isdisjoint(sentence):
        # "every night I ask god to take me", "... to take me now" (not "take me under his
        # wing", "take me back to that beach")
        then = words[k + 2 : k + 4]
        if not then or then[0] in _TAKEN_NOW or then == ["in", "my"]:
            return True, "take me"
    elif word in ("reason", "reasons") and not _NO_REASON.isdisjoint(before):
        if words[k + 1 : k + 2] == ["to"] and _going_on(words[k + 2 : k + 4]):
            return True, "no-reason"  # "no reason to continue", "run out of reasons to stay"
    elif word == "note" and _a_last_note(words[k + 1 : min(hi, k + 8)]):
        return True, "note"
    elif word == "everything" and (
        words[k - 2 : k] in (["sorry", "for"], ["thanks", "for"])
        or words[k - 3 : k] == ["thank", "you", "for"]
    ):
        return False, "sorry"
    elif word == "after" and words[k - 1 : k] == ["look"] and after[:1] != ["yourself"]:
        if not _ASKING_A_PROMISE.isdisjoint(before):
            return False, "look after"
    elif word == "over" and words[k - 2 : k] == ["all", "be"]:
        return False, "over"
    elif word == "worry" and words[k + 1 : k + 3] == ["about", "me"]:
        if not _NOBODY_OR_NOT.isdisjoint(_clause_before(words, k)):
            return False, "no-worry"
    elif word == "burden" and not _NO_LONGER.isdisjoint(before):
        return False, "no-burden"
    elif word == "away" and not _GIVING.isdisjoint(words[max(lo, k - 5) : k]):
        if "my" in words[max(lo, k - 5) : k]:
            return False, "giving away"
    elif word == "last" and words[k - 1 : k] == ["my"] and after[:1] == ["night"]:
        return False, "last"
    elif word == "loved" and "tell" in words[max(lo, k - 5) : k]:
        return True, "last words"
    elif word == "read" and words[k - 4 : k - 1] == ["by", "the", "time"]:
        # "by the time you read this I'll be gone" (not "... I'll be on the plane")
        return not _GONE.isdisjoint(sentence), "last words"
    elif word == "hear" and words[k + 1 : k + 3] == ["from", "me"] and "last" in sentence:
        return True, "last words"  # "this is the last time you'll hear from me"
    elif word == "ends" and words[k - 1 : k] == ["loose"]:
        return False, "loose ends"
    elif word == "passwords" and "my" in before:
        return False, "passwords"
    elif word == "deleted" and "my" in after:
        return False, "deleted"
    elif word == "stuck" and words[k - 2 : k] in (["nobody", "gets"], ["nobody", "is"]):
        return False, "nobody left with it"  # "... so nobody gets stuck with it"
    elif word == "date" and words[k - 2 : k] in _PICKED_A_DATE:
        # "I've picked a date." with nothing it is for (not "set up the whole date")
        return words[k + 1 : k + 2] in ([], ["."], [","], ["and"]), "date"
    return None


def _whose(words: list[str], k: int) -> str:
    """Whose farewell the clause before word ``k`` tells: the first person in it ("wrote
    my kids a letter": mine; "my mum keeps saying she'll be joining": hers), or ""."""
    clause = _clause_before(words, k, 10)
    for m, word in enumerate(clause):
        if word in ("i", "me", "myself"):
            return "self"
        if word == "my":
            opens = m == 0 and clause[1:2] != [] and clause[1] in _PEOPLE
            return "third" if opens else "self"
        if word in _HE_SHE or word in _PEOPLE:
            return "third"
    return ""


def _someone_named(after: list[str]) -> bool:
    """A person in the first words after: "him", "my mum", "dad"."""
    return any(word in _HIM_HER or word in _PEOPLE for word in after[:3])


def _going_on(said: list[str]) -> bool:
    """Living on: "live", "continue", "stay", "go on", "keep going", "carry on" (not
    "stay late", "go out", "keep quiet")."""
    if not said:
        return False
    verb, after = said[0], said[1:2]
    if verb in ("live", "living", "exist", "continue"):
        return True
    if verb == "stay":
        return after == [] or after[0] in (".", ",", "alive", "here", "around", "and")
    return (verb, after) in (("go", ["on"]), ("carry", ["on"]), ("keep", ["going"]))


_GONE = _words("gone dead over")
_PICKED_A_DATE = [
    [verb, det] for verb in ("picked", "set", "chosen", "chose") for det in ("a", "the")
]
_REUNION_SOON = _words("soon ready waiting now tonight planning")
_GOD = _words("god lord jesus universe")
_TAKEN_NOW = _words(". , now soon tonight please before away too already instead first so and i we")
_NO_REASON = _words("no out any without")


def _a_last_note(after: list[str]) -> bool:
    """ "a note saying sorry to everyone", "... we'd be better off" (not "saying sorry
    for eating the last yogurt": an apology for something)."""
    for m, word in enumerate(after):
        if word == "sorry":
            return after[m + 1 : m + 2] != ["for"] or after[m + 2 : m + 3] == ["everything"]
        if word in ("goodbye", "better", "forgive"):
            return True
    return False


def _farewells(
    words: list[str], places: list[int], present: frozenset[str], subject: Subject
) -> Finding | None:
    """A farewell: one strong cue, or two weak ones of different senses, in a message
    (``places``: where its farewell words are)."""
    senses: dict[str, int] = {}
    strong, strong_sense = -1, ""
    for k in places:
        cue = _farewell(words, k, present)
        if cue is None:
            continue
        senses.setdefault(cue[1], k)
        if cue[0] and strong < 0:
            # (Its sense is kept with it: a weak cue of the same sense before it
            # holds that sense's first place in ``senses``.)
            strong, strong_sense = k, cue[1]
    if strong < 0 and len(senses) < 2:
        return None
    k = strong if strong >= 0 else max(senses.values())
    first = min(senses.values())
    lo, _ = _sentence(words, k)
    sense = strong_sense or next(s for s, at in senses.items() if at == k)
    who = _whose(words, k) or subject(words, k)
    if sense == "last words" and words[k] in ("read", "hear"):
        # the reader is "you": whose going it is comes after ("I'll be gone", "she'll be")
        who = "third" if not _HE_SHE.isdisjoint(words[k + 1 : k + 5]) else "self"
    note = sense == "note" and not _FOUND_OR_LEFT.isdisjoint(words[lo:k])
    if who == "third" or note:
        if not note and not _someone_known(words, lo, k):
            return None  # "someone already said goodbye"
        return Finding("third_party", k, first, k, "third", sense)
    if who in ("you", "thing"):
        return None
    return Finding("suicide", k, first, k, "self", sense)


_GIVING = _words("give giving gave given gives")
_NEGATIONS = _words("not never no")
_NOBODY_OR_NOT = _NOBODY | _NEGATIONS  # "nobody has to worry about me"
_NO_LONGER = _NEGATIONS | {"longer"}  # "no longer a burden"
_ASKING_A_PROMISE = _words("please will can promise")  # "please look after the cat"
_FOUND_OR_LEFT = _words("found left")  # someone else's note: "found a note", "she left a note"
_MINE = _words("my i")

_Reader = Callable[[list[str], int, Subject, frozenset[str]], Finding | None]
# Each word's readers, tried in turn ("cuts" is an act, or old wounds reopened).
_READERS: dict[str, tuple[_Reader, ...]] = {}
for _group, _reader in (
    (_CUTS | _INJURES | _ASSAULTS, _acts),
    (_DROPS, _drop),
    (_POISONS, _poison),
    (_CORDS | _FUMES_MEANS, _cord),
    (_WEAPONS | _GUNS, _weapon),
    (_SH_MEANS, _sh_means),
    (_SHARP, _sharp),
    (_HARMER, _harmer),
    (_words("throat neck hair"), _grip),
    (_words("sleeves covered covering cover"), _sleeves),
    (_words("cuts scars wounds"), _reopened),
    (_words("bleed"), _bleed),
    (_words("undress strip"), _made_to),
):
    for _word in _group:
        _READERS[_word] = (*_READERS.get(_word, ()), _reader)

_READ_WORDS = frozenset(_READERS)
# Every word this layer reads: a reader's, or a farewell's.
_HEADS = _READ_WORDS | _FAREWELLS
# A farewell word makes a cue only with one of these words somewhere in the message
# (a set test), and the commonest words only inside one of their phrases (a string
# test, after the set test): a long entry's every "over" and "last" is not looked at.
_FAREWELL_COMPANIONS: dict[str, frozenset[str]] = {
    "arrangements": _words("my made"),
    "affairs": _words("my order"),
    "goodbye": _words("said say saying"),
    "goodbyes": _words("said say saying"),
    "letters": _words("will drawer wrote written writing"),
    "letter": _words("will drawer"),
    "need": _words("where anymore after"),
    "here": _NEGATIONS,
    "around": _NEGATIONS,
    "join": _DEATHS,
    "note": _words("sorry goodbye better forgive"),
    "joining": _DEATHS,
    "reason": _NO_REASON,
    "reasons": _NO_REASON,
    "worry": _NOBODY_OR_NOT,
    "burden": _NO_LONGER,
    "away": _GIVING,
    "passwords": _words("my"),
    "deleted": _words("my"),
    "date": _words("picked set chosen chose"),
    # (and for the words read by phrase, a set test first)
    "everything": _words("sorry thanks thank"),
    "after": _words("look"),
    "over": _words("all"),
    "last": _words("night"),
    "loved": _words("tell"),
    "with": _DEATHS,
    "take": _GOD,
    "read": _words("time"),
    "hear": _words("last"),
    "ends": _words("loose"),
    "stuck": _words("nobody noone"),
}
_FAREWELL_PHRASES: dict[str, tuple[str, ...]] = {
    "everything": (" for everything ",),
    "after": (" look after ",),
    "over": (" all be over ",),
    "last": (" my last night ",),
    "loved": (" i loved ",),
    "with": (" be with ",),
    "take": (" take me ",),
    "read": (" by the time you read ", " by the time we read ", " by the time anyone reads "),
    "hear": (" hear from me ",),
    "ends": (" loose ends ",),
    "stuck": (" nobody gets stuck ", " nobody is stuck "),
}
# Farewell words that can make a strong cue on their own.
_MAY_BE_STRONG = _words(
    "joining with take reason reasons read hear date "
    "arrangements affairs goodbye goodbyes letters letter need here around join note loved"
)


def _places(words: list[str], padded: str, wanted: AbstractSet[str]) -> list[int]:
    """Where the ``wanted`` words are in ``words``, in order. ``padded`` is the words
    joined by single spaces, with one before and one after: a word's place is how many
    spaces come before it there, and string search finds it at C speed (a long entry
    holds few risk words among hundreds). The spaces are counted on from the word's
    last place, not from the start: a word in every line of a long entry stays linear."""
    places: list[int] = []
    for word in wanted:
        key = f" {word} "
        at = padded.find(key)
        k = counted = 0
        while at >= 0:
            k += padded.count(" ", counted, at)
            counted = at
            if k >= len(words) or words[k] != word:
                # (a word holding a space would throw the count out: look the slow way)
                return [k for k, each in enumerate(words) if each in wanted]
            places.append(k)
            at = padded.find(key, at + len(key) - 1)
    places.sort()
    return places


def read(
    words: list[str], present: frozenset[str], subject: Subject, padded: str = ""
) -> list[Finding]:
    """Every risk reading in the message (``padded``: " " + " ".join(words) + " ", when
    the caller has it)."""
    held = present & _HEADS
    if not held:
        return []
    if not padded:
        padded = " " + " ".join(words) + " "
    found: list[Finding] = []
    farewell_words = {
        word
        for word in held & _FAREWELLS
        if not present.isdisjoint(_FAREWELL_COMPANIONS[word])
        and (word not in _FAREWELL_PHRASES or any(p in padded for p in _FAREWELL_PHRASES[word]))
    }
    # One weak farewell word on its own ("will", "over", "after") can flag nothing, and
    # no goodbye is read with a trip, a move, a new job or a funeral in the message
    # (goodbyes of another kind).
    if (
        len(farewell_words) > 1 or not farewell_words.isdisjoint(_MAY_BE_STRONG)
    ) and _AWAY.isdisjoint(present):
        places = _places(words, padded, farewell_words)
        farewell = _farewells(words, places, present, subject)
        if farewell is not None:
            found.append(farewell)
    read_words = held & _READ_WORDS
    for k in _places(words, padded, read_words) if read_words else ():
        for reader in _READERS[words[k]]:
            finding = reader(words, k, subject, present)
            if finding is not None:
                found.append(finding)
                break
    return found
