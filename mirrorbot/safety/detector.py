"""Crisis detection: does this message need the crisis reply instead of a reflection?

``assess(text)`` is pure, fast (tens of microseconds for a journal-sized
message) and never raises. It reads the canonical word stream from
``normalize``, runs the grammar-built rules from ``patterns`` whose anchor
words occur, and then asks of each match:

- **Who is it about?** The nearest subject before the verb ("I", "my friend",
  "she"), or the reflexive ("myself" / "herself"). Someone else at risk is
  ``third_party``; someone else hurting *me* is ``abuse``.
- **Is it negated?** "I'd never hurt myself", "I'm not suicidal". Not
  negations: "I'm not sure I want to live", "I can't stop thinking about
  dying", "trying not to kill myself". A rule that carries its own negation
  ("don't want to be alive") is never cancelled.
- **Is it about a story?** Talk about films, books, games, news or awareness
  work is not a crisis when the person in it is someone else ("the main
  character kills herself"), but a first-person pull toward it is
  ("since that film I keep thinking about doing it").
- **Is it an accident?** "I cut myself shaving" is not self-harm; "again",
  "on purpose" or a blade make it self-harm whatever else is said.

Decisions where the brief left a choice (documented in tests/test_safety.py):
a denied wish to die followed by wanting it all to stop ("I don't want to die,
I just want this to stop") shows resources; a friend or relative who died by
suicide, told as a loss ("when I was ten", "a year since", "I miss him"), is
grief like other grief (reflective-listening §5), but a recent or unfinished
one ("last night", "tried to") still shows resources; "I want to kill my
boss" shows resources unless it is plainly a joke or a complaint ("lol", "for
eating my lunch", "if he's late again").
"""

from __future__ import annotations

import bisect
import operator
import re
import threading
from collections.abc import Container, Iterable
from dataclasses import dataclass
from itertools import accumulate, pairwise, repeat

from mirrorbot.safety import (
    broad,
    forum,
    learned,
    lexical,
    normalize,
    oblique,
    patterns,
    phrasings,
)
from mirrorbot.safety.patterns import PERSON_NOUNS, Rule, vocabulary

RULES: tuple[Rule, ...] = (
    patterns.RULES + broad.RULES + phrasings.RULES + forum.RULES + oblique.RULES
)
normalize.set_vocabulary(vocabulary(RULES))

CATEGORIES = ("suicide", "self_harm", "abuse", "harm_to_others", "third_party")


@dataclass(frozen=True, slots=True)
class Assessment:
    """What the safety check found in one message."""

    crisis: bool
    category: str | None = None
    direct: bool = False
    matched: str = ""


SAFE = Assessment(False)

_SELF = frozenset("i me myself my mine we us our ourselves".split())
_YOU = frozenset("you your yourself yours".split())
_THIRD = frozenset(
    (
        "he she they him her them his their hers himself herself themselves themself someone "
        "somebody who character characters protagonist hero heroine villain narrator author "
        "singer actor actress victim soldier patient client player rapper band poet writer "
        "celebrity star lead mc survivor whoever one"
    ).split()
) | frozenset(PERSON_NOUNS.split()) - {"everyone", "everybody", "anyone", "anybody", "people"}
_THING = frozenset(
    "it this that life everything nothing work school job exam exams uni college week day "
    "year traffic weather game film movie book show song news phone car".split()
)
_BOUNDARY = frozenset(
    ", . but because though although except however yet then and so or cause until unless".split()
)
_PREPOSITIONS = frozenset("at in on from with of to for about by near into".split())
_NEGATORS = frozenset("not never no nor without nah".split())
_UNNEGATE_AFTER = frozenset("sure certain know knowing stop stopping help able helping".split())
_UNNEGATE_BEFORE = frozenset("trying try tries tried struggling hard fighting how".split())

_MEDIA = frozenset(
    (
        "film films movie movies book books novel novels show shows series tv episode episodes "
        "documentary documentaries doc game games videogame character characters protagonist "
        "villain hero heroine story stories plot scene scenes song songs lyrics podcast podcasts "
        "article articles news headline headlines season chapter chapters anime manga play "
        "musical opera poem poems author actor actress netflix trailer comic comics fiction "
        "spoiler spoilers spoiler's biography memoir album rapper singer band theatre theater "
        "cinema sitcom drama thriller horror hbo youtube youtuber video videos storyline "
        "narrator novelist hamlet romeo juliet shakespeare ophelia newspaper read reading "
        "literature lesson lessons respawn respawned respawning playthrough speedrun npc npcs "
        "minecraft fortnite roblox skyrim zelda elden gta radio programme broadcast presenter"
    ).split()
)
# Words that name a story only when they are nouns: "he reads my texts", "she
# showed me", "he plays games with my head" are a person's doings, not a book,
# show or game. Harm done to the speaker is set aside as a story only on the
# other story words.
_MEDIA_VERBISH = frozenset(
    "read reading show shows video videos play lesson lessons news season".split()
)
_DETERMINERS = frozenset(
    "the a an this that these those my his her our their your new last latest next first".split()
)
_TOPIC = frozenset(
    (
        "prevention awareness statistics rates research essay lecture training course module "
        "campaign charity fundraiser fundraising hotline helpline seminar workshop thesis "
        "dissertation debate history historical psychology volunteer volunteering "
        "samaritans presentation policy statistic survey journalist study admission admissions "
        "speaker speakers assembly assemblies pshe safeguarding poster posters leaflet leaflets"
    ).split()
)
# ``_media`` and the first test of ``_Context.story``, as one set each.
_STORY = _MEDIA | _TOPIC
_STORY_NOUNS = (_MEDIA - _MEDIA_VERBISH) | _TOPIC
_ACCIDENT = frozenset(
    (
        "shaving shave shaved cooking cook chopping chop slicing peeling accident accidentally "
        "accidently oven stove hob pan kettle iron straighteners curling tin paper fence nail "
        "gym workout playing football rugby falling fell fall tripped trip slipped "
        "lifting running training skating climbing kitchen garden gardening hiking cycling bike "
        "stairs exercising exercise sport match carrying moving dancing sprained pulled "
        "twisted broken glass door desk table knife onions onion carrots bread opening "
        "pitch hot boiling soup tea coffee sunburn sunburnt sun "
        "barbecue bbq grill candle wax match dishwasher tool tools drill saw scissors "
        "crafting cat cats dog dogs kitten puppy thorns brambles rose roses hamster rabbit "
        "mandoline grater peeler slicer blender lid opener glue knitting sewing crochet "
        "embroidery soldering stapler"
    ).split()
)
_SH_MARKERS = frozenset(
    (
        "again purpose deliberately intentionally relapse relapsed relapsing urge urges scars "
        "scar blade blades razor razors lighter cigarette cigarettes compass sharpener punish "
        "punishing deserve deserved bleed bleeding hide hiding sleeves until till cope coping "
        "numb release every want need keep kept been started wanted"
    ).split()
)
_BY_ACCIDENT = frozenset("accident accidentally respawn respawned".split())
_LAUGH = frozenset("lol joke joking kidding jokingly".split())
_HYPERBOLE_IF = frozenset(
    "eats ate takes took borrows borrowed uses used forgets forgot is was keeps does did says "
    "leaves left plays touches steals stole finishes finished drinks drank wakes calls".split()
)
_THREAT_MARKERS = frozenset(
    (
        "threaten threatens threatened threatening said says told tells swore swears promised "
        "tried trying tries wants wanted knife gun weapon texted screamed shouted yelled"
    ).split()
)
_IF_I_LEAVE = frozenset(
    "leave left tell told go call report try ever speak talk see break run escape".split()
)
_SELF_ACT_OK = frozenset(
    (
        "hit hits hitting punched punching punch slapped slapping slap beat beating beaten "
        "stabbed stab choked choking strangled strangling shook shake shaking kicked kicking "
        "attacked attacking shoved shoving burned burnt smacked smacking battered headbutted "
        "suffocated smothered poisoned raped molested assaulted"
    ).split()
)
_OTHER_OK = _SELF_ACT_OK | frozenset(
    (
        "clocked decked thumped whacked socked walloped booted kneed elbowed backhanded belted "
        "grabbed twisted squeezed yanked pulled dragged held shook bit spat throttled "
        "hits beat beats beating punches slaps kicks chokes strangles shoves pushed pushes push "
        "pushing hurt hurts hurting abuse abuses abused abusing rape rapes raping molest "
        "molests molesting assault assaults assaulting grab grabs grabbed grabbing drag drags "
        "dragged dragging burn burns stab stabs attack attacks bite bites bit pin pins pinned "
        "throttle throttles throttled smack smacks whip whips whipped belt belted bruise "
        "bruised bruises spit spat spits trap traps trapped touch touches touched touching "
        "grope gropes groped groping batter batters suffocate smother smothers poison drug "
        "drugged spike spiked shakes headbutt stalk stalks stalked stalking threaten threatens "
        "threatened threatening blackmail blackmails blackmailed blackmailing isolate isolates "
        "isolated isolating control controls controlled controlling tie tied hold held holds"
    ).split()
)
_GRIEF = frozenset(
    (
        "died dies passed funeral hospice death dead late buried burial cremation cremated "
        "memorial grave cancer illness stroke heart attack rip miss missing grief grieving "
        "bereavement bereaved widow widowed"
    ).split()
)
# What a rule with ``Rule.of_a_task`` can be said of.
_TASK = frozenset(
    (
        "job jobs work shift shifts boss manager notice spreadsheet spreadsheets assignment "
        "assignments essay essays homework coursework course module exam exams revision project "
        "projects deadline deadlines report reports email emails inbox meeting meetings commute "
        "contract lease flat landlord relationship marriage group club team band company office "
        "printer laptop computer software code bug app traffic diet gym uni college school class "
        "lessons wedding planning renovation move moving kids toddler toddlers teething "
        "holiday holidays vacation trip abroad travelling traveling conference camp festival "
        "paycheck paycheque rent"
    ).split()
)
# Someone else's death by suicide told as a loss: "my dad killed himself when I
# was ten", "it's a year since my brother's suicide". Grief (reflective-listening
# §5), unless it is recent ("last night", "today") or the act was not completed
# ("tried to", "took an overdose"): those still show resources.
_LOSS_RULES = frozenset(
    "suicide/past-act suicide/lost-to-suicide suicide/mention suicide/overdosed suicide/intent".split()
)
_LONG_AGO = _GRIEF | frozenset(
    (
        "ago since after anniversary anniversaries years year decade decades birthday birthdays "
        "when childhood memory memories remember remembering grave ashes headstone lost loss "
        "real born"
    ).split()
)
_RECENT = frozenset("tonight today yesterday morning just hours minutes hospital icu".split())
_DIED = frozenset("died dying death lost losing committed".split())
_NOT_COMPLETED = frozenset("tried attempted attempt overdose taken".split())
_AFTER_SUICIDE_AT_RISK = frozenset(
    "attempt attempts attempted note notes plan plans planning threat threats risk watch "
    "thoughts ideation".split()
)
# Small lapses that "she'll kill me if I ..." is said of.
_LAPSES = frozenset(
    (
        "late forget forgot forgetting miss missed spill spilled spilt eat ate borrow borrowed "
        "break broke lose lost wear wore scratch scratched crash crashed dent dented mess messed "
        "fail failed burn burnt ruin ruined finish finished skip skipped oversleep overslept "
        "stain stained sees finds"
    ).split()
)
_NOBODY = frozenset("nobody noone never not ball puck wave door branch".split())
_PRIORITY = {"suicide": 0, "self_harm": 1, "harm_to_others": 2, "abuse": 3, "third_party": 4}


@dataclass(frozen=True, slots=True)
class _Hit:
    category: str
    direct: bool
    matched: str


def assess(text: str) -> Assessment:
    """Check one message (or a model's output) for crisis language. Never raises.

    The hand-written patterns decide first; when they find nothing, the
    learned layer (``learned``) may still flag the message (``direct`` is then
    false and ``matched`` starts with "model:"); when it does not either, the
    lexical layer (``lexical``) reads risk from vocabulary, through the same
    guards (``direct`` false, ``matched`` starting with "lexical/").

    If any layer fails (a bug), the message has not been read, so nothing says
    it is safe: the answer is ``UNSURE`` (a crisis, no category), and the crisis
    reply with general resources is shown instead of a reflection or a model's
    reply (reflective-listening §5: when unsure, lean towards showing
    resources). ``assess_strictly`` is the same check without this net, for
    tests that must see the bug.
    """
    try:
        return assess_strictly(text)
    except Exception:  # a bug must neither take the turn down nor pass as "safe"
        return UNSURE


# What ``assess`` answers when a layer failed: shown as the crisis reply with the
# general resources (no category), never sent to a model.
UNSURE = Assessment(True, None, False, "unsure: the check failed")


def assess_strictly(text: str) -> Assessment:
    """``assess`` without the net: a bug in a layer raises here."""
    found = _trace(text)
    if found.assessment.crisis or not found.words:
        return found.assessment
    if not asks_the_model(found):
        return found.assessment
    scored = (
        None
        if _asked_about_an_injury(text, found)
        else learned.score(found.words, found.suppressed, found.media)
    )
    if scored is not None and scored.crisis:
        return Assessment(True, scored.category, False, f"model: {scored.evidence or 'overall'}")
    return _last_layer(found) or found.assessment


_HURT = frozenset("hurt hurting injured injure".split())
# What makes a question about being hurt more than an injury: a self-harm place or mark.
_NOT_AN_INJURY = frozenset(
    "arm arms wrist wrists thigh thighs skin stomach blood bleeding scars scar cuts marks "
    "sleeves".split()
)


def _asked_about_an_injury(text: str, found: Trace) -> bool:
    """ "My husband said 'you hurt yourself again?' when I limped in from rugby": someone's
    question to me about being hurt, with a sport or a strain that says how, and no
    self-harm marker but "again" nor a place people cut or burn. The learned layer reads
    "yourself" and "again" as self-harm; the patterns' accident guard knows better."""
    present = found.present or frozenset(found.words)
    if "you" not in present or _HURT.isdisjoint(present) or not isinstance(text, str):
        return False
    if _INJURED_AT_PLAY.isdisjoint(present) or not _NOT_AN_INJURY.isdisjoint(present):
        return False
    if not _SH_MARKERS_BUT_AGAIN.isdisjoint(present):
        return False
    return _only_asks_you(text)


def every_layer(text: str) -> tuple[Assessment, Assessment | None, Assessment | None]:
    """Each layer's verdict on ``text``, every layer run whatever the others found and
    nothing caught: the patterns', the learned layer's and the lexical layer's (None
    when that layer had nothing to say). For tests: a bug in any layer raises here,
    where ``assess`` would only have shown resources."""
    found = _trace(text)
    if not found.words:
        return found.assessment, None, None
    scored = learned.score(found.words, found.suppressed, found.media)
    model = None if scored is None else Assessment(scored.crisis, scored.category, False)
    # (``_last_layer`` reads only the words, the set-aside matches and the media flag, and
    # makes the word set and padded text itself when a flagged trace has none)
    return found.assessment, model, _last_layer(found)


# Guards whose setting aside the learned layer is not asked to second-guess.
_DECIDED_GUARDS = frozenset(("loss", "recovered", "clinician", "helping"))


def asks_the_model(found: Trace) -> bool:
    """Whether ``assess`` asks the learned layer about a message the patterns did not
    flag: not when every match they set aside was one they decided (someone else's
    death told as a loss, a crisis told as over, a clinician's "she's ready to go",
    a helper's question). ``benchmarks/train_safety.py`` trains to the same rule."""
    return not found.suppressed or not all(
        guard in _DECIDED_GUARDS for _, _, guard in found.suppressed
    )


def assess_patterns(text: str) -> Assessment:
    """The hand-written patterns' verdict alone, without the learned layer."""
    return trace(text).assessment


def _by_word(word_sets: Iterable[frozenset[str]]) -> dict[str, int]:
    """For each word, the rules (bit n: rule n) whose set holds it."""
    masks: dict[str, int] = {}
    for number, words in enumerate(word_sets):
        for word in words:
            masks[word] = masks.get(word, 0) | 1 << number
    return masks


# Which rules each word wakes (``Rule.anchors``) and which it lets through their
# second gate (``Rule.needs``), as bit masks: a message costs one lookup and two
# ORs per distinct word, not one set test per rule. ``_GATED``: the rules that
# have a second gate.
_WAKES = _by_word(rule.anchors for rule in RULES)
_OPENS = _by_word(rule.needs for rule in RULES)
_GATES: dict[str, tuple[int, int]] = {
    word: (_WAKES.get(word, 0), _OPENS.get(word, 0)) for word in _WAKES.keys() | _OPENS.keys()
}
_GATED = sum(1 << number for number, rule in enumerate(RULES) if rule.needs)
LONG = 60  # words: longer messages are searched sentence by sentence

# Where the rules can start (``Rule.openings``), by word, for the rules worked
# out so far (a rule is worked out when a message wakes it the second time):
# first word -> (the rules any word may follow there, second word -> the
# rules any word may follow there, second word -> third word -> rules). One
# pass over a message's words then finds every place each woken rule is worth
# trying. Rule numbers are kept in tuples, replaced whole when a rule is
# added: the garbage collector soon stops walking them.
_Rules = tuple[int, ...]
_STARTS: dict[str, tuple[_Rules, dict[str, _Rules], dict[str, dict[str, _Rules]]]] = {}
# Bit masks (bit n: rule n) of the rules in _STARTS or tried everywhere (their
# openings are None), and of those tried everywhere. Each is replaced whole,
# after the entries, so a reader that takes it once sees complete entries.
_INDEXED = 0
_WIDE = 0
_MET: set[int] = set()  # rules some message has woken
_INDEXING = threading.Lock()


def _index(number: int, opening: patterns.Openings | None) -> None:
    global _INDEXED, _WIDE
    with _INDEXING:
        if _INDEXED >> number & 1:
            return
        if opening is None:
            _WIDE |= 1 << number
        else:
            for first, seconds in opening[1].items():
                rules, by_second, by_third = _STARTS.get(first, ((), {}, {}))
                if seconds is None:
                    rules += (number,)
                else:
                    for second, thirds in seconds.items():
                        if thirds is None:
                            by_second[second] = (*by_second.get(second, ()), number)
                            continue
                        after = by_third.setdefault(second, {})
                        for third in thirds:
                            after[third] = (*after.get(third, ()), number)
                _STARTS[first] = (rules, by_second, by_third)
        _INDEXED |= 1 << number  # last: another thread reads the entries once it is here


def _bits(mask: int) -> set[int]:
    """The rule numbers in a bit mask."""
    numbers = set()
    while mask:
        lowest = mask & -mask
        numbers.add(lowest.bit_length() - 1)
        mask ^= lowest
    return numbers


def _starts_of(opening: patterns.Openings, words: list[str]) -> list[int]:
    """The words (in order) where a match of a rule with ``opening`` can start."""
    first, after = opening
    size = len(words)
    found = []
    for k, word in enumerate(words):
        if word not in first:
            continue
        seconds = after[word]
        if seconds is not None:
            if k + 1 == size or words[k + 1] not in seconds:
                continue
            thirds = seconds[words[k + 1]]
            if thirds is not None and (k + 2 == size or words[k + 2] not in thirds):
                continue
        found.append(k)
    return found


def _candidates(words: list[str], wanted: int) -> dict[int, list[int]]:
    """For each rule in ``wanted`` (a bit mask), the words (in order) where a match of
    it can start."""
    found: dict[int, list[int]] = {}
    size = len(words)
    get = _STARTS.get
    for k, word in enumerate(words):
        entry = get(word)
        if entry is None:
            continue
        rules, by_second, by_third = entry
        if k + 1 < size:
            second = words[k + 1]
            if by_second:
                more = by_second.get(second)
                if more is not None:
                    rules = rules + more if rules else more
            if by_third and k + 2 < size:
                after = by_third.get(second)
                if after is not None:
                    more = after.get(words[k + 2])
                    if more is not None:
                        rules = rules + more if rules else more
        for number in rules:
            if wanted >> number & 1:
                places = found.get(number)
                if places is None:
                    found[number] = [k]
                else:
                    places.append(k)
    return found


@dataclass(frozen=True, slots=True)
class Trace:
    """The patterns' verdict on one message and what they saw on the way.

    ``suppressed`` holds ``(category, rule name, guard)`` for each rule that
    matched but was set aside by a guard (``guard`` is one of ``loss``,
    ``negated``, ``media``, ``accident``, ``recovered``, ``grief``,
    ``hyperbole``, ``own``, ``clinician``, ``helping``, ``subject``). It is only complete when
    ``assessment.crisis`` is false (a direct suicidal match stops the search).
    The learned layer reads it (``assess`` does not ask it about a message
    whose every set-aside match was a ``loss``, ``recovered``, ``clinician`` or ``helping``).
    """

    assessment: Assessment
    words: list[str]
    suppressed: tuple[tuple[str, str, str], ...]
    media: bool
    present: frozenset[str] = frozenset()  # the message's distinct words
    padded: str = ""  # " " + " ".join(words) + " ", when the search got that far


def trace(text: str) -> Trace:
    """What the hand-written patterns make of ``text``, with the matches their guards
    dropped. Never raises: if the patterns fail (a bug), the verdict is ``UNSURE``."""
    try:
        return _trace(text)
    except Exception:  # a bug must neither take the turn down nor pass as "safe"
        return Trace(UNSURE, [], (), False)


def _trace(text: str) -> Trace:
    """``trace`` without the net."""
    value: object = text
    if isinstance(value, bytes | bytearray):
        value = bytes(value).decode("utf-8", "replace")
    value = value if isinstance(value, str) else str(value)
    if not value.strip():
        return Trace(SAFE, [], (), False)
    found = _assess(value)
    if (
        not found.assessment.crisis
        and not found.media
        and "you" in found.present
        and not _only_asks_you(value)
    ):
        told = _you_as_me(found)
        if told is not None:
            return told
    if (
        found.assessment.crisis
        or found.media
        or _THIRD_PERSON.isdisjoint(found.present)
        or not _PEACEFULLY.isdisjoint(found.present)
        or any(
            guard in ("loss", "recovered", "grief", "helping") for _, _, guard in found.suppressed
        )
        or _after_a_death(found)
    ):
        # (someone else's death or recovery, already read as such: "after her suicide
        # nobody said her name", "he went peacefully"; a dying relative's wishes)
        return found
    if _told_of_a_dying(found.words):
        # ("towards the end grandpa kept saying he was ready to die": his words, not
        # a risk; harm done to someone is still read)
        return _their_harm(found) or found
    return _reported(found) or _their_harm(found) or _their_risk(found) or found


# Someone else's words reported: "my best friend told me she bangs her head on the
# wall", "my dad keeps saying he won't be here much longer". Most rules are written
# in the first person; the reported clause is read again as if she or he said it
# ("i bang my head on the wall"), and a suicidal or self-harm match there is a
# third party at risk. Not in a story or after a death (a dying relative's wishes,
# a book's character), where the first person would lose what sets them aside
# (``trace`` rules those out before any second reading).
_SAYS = frozenset(
    (
        "told tells tell says said saying say keeps kept texted texts messaged posted posts wrote "
        "writes admitted admits confessed confesses mentioned mentions warned warns swore swears "
        "promised thinks thought feels felt"
    ).split()
)
_AS_ME = {
    "she": {"she": "i", "her": "my", "herself": "myself", "hers": "mine"},
    "he": {"he": "i", "his": "my", "him": "me", "himself": "myself"},
}
_THIRD_PERSON = frozenset("she he her him his herself himself".split())
# Little words after which "her" is the one a verb is done to, not whose: "hit her again".
_ENDS_A_PHRASE = frozenset(
    (
        ", . and but so to on in at with for from again up down out off over about around into "
        "because when if until till that then too all every like as or now back by through "
        "there here"
    ).split()
)
_PEACEFULLY = frozenset("peacefully peaceful dignity hospice naturally comfortably".split())
_AS_ME_VERB = {"is": "am", "has": "have", "does": "do", "was": "was", "wants": "want"}
_REPORT_REACH = 40  # words: see _reported
_REPORT_FILLERS = frozenset("me us that saying to".split())


def _heard_as(
    clause: list[str],
    found: Trace,
    kinds: tuple[str, ...] | None,
    label: str,
    category: str | None = "third_party",
) -> Trace | None:
    """``found``'s message read again as ``clause`` (her words as mine, you as me): a
    crisis of one of ``kinds`` (any, if None) there is this message's, as ``category``
    (the match's own, if None), and its match says which reading found it."""
    hit = _assess(" ".join(clause)).assessment
    if not hit.crisis or (kinds is not None and hit.category not in kinds):
        return None
    return Trace(
        Assessment(True, category or hit.category, False, f"{label}: {hit.matched}"),
        found.words,
        found.suppressed,
        found.media,
        found.present,
    )


def _after_a_death(found: Trace) -> bool:
    """Grief or the end of a life in the message: someone else's dying wishes and
    words are theirs, not a risk the second readings should find. Missing someone
    who "would" or "will" be missed is a supposition, not a loss ("he says nobody
    would miss him")."""
    grief = found.present & _GRIEF
    if grief and grief <= _MISS and _only_supposed_missing(found.words):
        grief = frozenset()
    return bool(grief) or not _END_OF_LIFE.isdisjoint(found.present)


_MISS = frozenset("miss missing".split())
_SUPPOSING = frozenset("would will wouldn't won't 'd even ever care notice".split())


def _only_supposed_missing(words: list[str]) -> bool:
    """Every "miss" in ``words`` follows a would/will/even (within two words)."""
    return all(
        not _SUPPOSING.isdisjoint(words[max(0, k - 2) : k])
        for k, word in enumerate(words)
        if word in _MISS
    )


def _told_of_a_dying(words: list[str]) -> bool:
    """ "towards the end", "his last days", "she died": the words of someone dying."""
    return any(
        (word, then) == ("the", "end")
        or (word == "last" and then in _LAST_DAYS)
        or (word in _HE_SHE and then in _DIED_AS_HE)
        for word, then in pairwise(words)
    )


def _reported(found: Trace) -> Trace | None:
    words = found.words
    for k, word in enumerate(words):
        if word not in _SAYS or k == 0:
            continue
        who = words[max(0, k - 4) : k]
        if not any(w in _PEOPLE or w in ("she", "he") or w.endswith("'s") for w in who):
            continue
        j = k + 1
        while j < len(words) and j - k <= 3 and words[j] in _REPORT_FILLERS:
            j += 1
        # (A report is a clause, not the rest of a long entry: read to the end of
        # its sentence, but never further than _REPORT_REACH words, so an entry
        # with a "says" word in every line costs time in proportion to its length.)
        said = words[j : _sentence_end(words, j, j + _REPORT_REACH)]
        # whose words: the clause speaks of her or of him, not both
        genders = [g for g in _AS_ME if not _AS_ME[g].keys().isdisjoint(said)]
        if len(genders) != 1:
            continue
        mapping = _AS_ME[genders[0]]
        clause: list[str] = []
        for w in said:
            if clause and clause[-1] == "i" and w not in mapping:
                w = _AS_ME_VERB.get(w, _first_person(w))  # "she keeps" -> "i keep"
            clause.append(mapping.get(w, w))
        heard = _heard_as(clause, found, ("suicide", "self_harm"), "reported")
        if heard is not None:
            return heard
    return None


# Harm done to someone else told as it is done: "I'm worried about my sister, he reads
# all her messages and keeps her passport". The rules for harm from others are mostly
# written with "me" as the one harmed; the message is read again with her (or him)
# as me, and an abuse match there is a third party at risk. Only when a word of harm
# or control is in it, and not in a story or after a death.
_HARM_TRIGGERS = frozenset(
    (
        "hit hits hitting punched punches punch slapped slaps slap kicked kicks choked chokes "
        "strangled strangles beat beats beaten beating hurt hurts hurting raped rapes rape "
        "starve starves starved starving "
        "touched touches touching groped gropes forced forces forcing threatens threatened "
        "threatening threats locks locked controls controlling passport wages paycheck pension "
        "allowance location tracker follows following followed stalking stalks bruises bruise "
        "marks scared afraid terrified allowed let spat spits shoved shoves pushed pushes grabbed "
        "grabs dragged drags pinned throat neck hair records recorded videos photos nudes pictures "
        "regret sex bed wives messages phone money loans debt changed changing shower isolate "
        "isolated cornered cigarette burns burned burnt ribs broke cracked eye lip fell cried "
        "worthless stupid useless wet sheets without"
    ).split()
)
# What "her"/"his" owns when it is the one harmed: her phone, her passport, her kids,
# her neck or hair. Not the body at large: "my brother hit his head on the door"
# is his own knock, and would read as "hit my head".
_HER_THINGS = frozenset(
    (
        "phone passport money card cards wages pay paycheck pension benefits keys car room door "
        "flat house home bed life messages texts location job bank savings account clothes "
        "hair neck throat kids children baby friends family mum mom dad sister brother number "
        "street work windscreen windows medication meds food dinner own new"
    ).split()
) | frozenset(PERSON_NOUNS.split())


def _their_harm(found: Trace) -> Trace | None:
    if _HARM_TRIGGERS.isdisjoint(found.present):
        return None
    if any(
        category == "abuse" and guard in ("accident", "hyperbole")
        for category, _, guard in found.suppressed
    ):
        return None  # ("my daughter kicked me in her sleep": the blow was read, and set aside)
    for victim in ("she", "he"):
        if _AS_ME[victim].keys().isdisjoint(found.present):
            continue
        clause = _as_me(found.words, victim, _HER_THINGS)
        heard = _heard_as(clause, found, ("abuse",), "harm to another")
        if heard is not None:
            return heard
    return None


def _their_risk(found: Trace) -> Trace | None:
    """ "I'm worried about my sister, she keeps hoping something happens to her": the
    message read again with her as me, when it names someone ("my sister", "a lad
    at work") and speaks of her or of him; a suicidal or self-harm match there is a
    third party at risk."""
    present = found.present
    if _PEOPLE.isdisjoint(present):
        return None
    words = found.words
    for gender, mapping in _AS_ME.items():
        if mapping.keys().isdisjoint(present):
            continue
        # (harm done to her is ``_their_harm``'s, read with care for whose head was hit)
        kinds = ("suicide", "self_harm", "third_party")
        heard = _heard_as(_as_me(words, gender), found, kinds, f"of {gender}")
        if heard is not None:
            return heard
    return None


# Self-talk in the second person, in a journal: "you tell yourself it's a phase but
# you've been cutting yourself for months". A message with a clause that opens on
# "you" (not a question, a condition or someone's words to me: "do you", "if you",
# "he told me you") is read again with you as me.
_YOU_AS_ME = {"you": "i", "your": "my", "yourself": "myself", "yours": "mine"}
_YOU_OPENS = frozenset(", . and but so then honestly because".split())
# Words after which "you" is who acts ("if you were gone"), not whom it is done to.
_YOU_LEADS = _YOU_OPENS | frozenset(
    "if when whenever that until till unless cause where while since before after as than "
    "once or".split()
)
_NOT_SELF_TALK = frozenset(
    (
        "if when whenever how what why where do did does can could would should will are were "
        "have has tell told tells says said say asked ask asks warned want wants let thank "
        "love miss see hope"
    ).split()
)


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_YOU_WORD = re.compile(r"\byou\b", re.IGNORECASE)


def _only_asks_you(text: str) -> bool:
    """Whether every sentence with "you" in it is a question ("You hurt yourself at
    football again?"): asked of someone else, not the writer talking to themselves.
    (The pattern words have lost their question marks, so the text is read.)"""
    saying_you = [s for s in _SENTENCE.findall(text) if _YOU_WORD.search(s)]
    return bool(saying_you) and all(s.rstrip().endswith("?") for s in saying_you)


def _you_as_me(found: Trace) -> Trace | None:
    words = found.words
    talks = any(
        w == "you"
        and (k == 0 or words[k - 1] in _YOU_OPENS)
        and not (k + 1 < len(words) and words[k + 1] in ("know", "see", "guys", "all"))
        for k, w in enumerate(words)
    )
    first = words.index("you")
    if not talks or (first and words[first - 1] in _NOT_SELF_TALK):
        return None  # "if you ever feel like ...", "do you", "he told me you ..."
    clause: list[str] = []
    for k, w in enumerate(words):
        if k and words[k - 1] == "you":
            w = {"are": "am", "were": "was"}.get(w, w)
        elif w == "you" and k and words[k - 1] not in _YOU_LEADS:
            w = "me"  # "he only shoves you": the one it is done to
        clause.append(_YOU_AS_ME.get(w, w))
    return _heard_as(clause, found, None, "as me", category=None)


def _as_me(words: list[str], gender: str, owned: frozenset[str] | None = None) -> list[str]:
    """The words with her (or him) as me: "she keeps her pills" -> "i keep my pills",
    "he hits her" -> "he hits me" (for "she"). "her"/"his" is "my" before what she owns:
    with ``owned``, only before those words ("her" is "me" otherwise and "his" stays);
    without, before any word but a little word that ends the phrase ("hit her again")."""
    mapping = _AS_ME[gender]
    possessive, unowned = ("her", "me") if gender == "she" else ("his", "his")
    out: list[str] = []
    for k, w in enumerate(words):
        if w == possessive:
            after = words[k + 1] if k + 1 < len(words) else "."
            owns = after in owned if owned is not None else after not in _ENDS_A_PHRASE
            w = "my" if owns else unowned
        else:
            w = mapping.get(w, w)
        if k and words[k - 1] == gender:
            w = _AS_ME_VERB.get(w, _first_person(w))  # "she keeps" -> "i keep"
        out.append(w)
    return out


def _first_person(verb: str) -> str:
    """ "keeps" -> "keep", "wishes" -> "wish", "tries" -> "try": the verb after "she"."""
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if verb.endswith(("sses", "shes", "ches", "xes", "zes", "oes")):
        return verb[:-2]
    if verb.endswith("s") and not verb.endswith(("ss", "us", "is")) and len(verb) > 3:
        return verb[:-1]
    return verb


def _guard(rule: Rule, found: re.Match[str], ctx: _Context) -> str:
    """Which guard most likely set a matched rule aside (a hint for the learned layer)."""
    verb = _group(found, "v")
    v_index = ctx.index(verb[0] if verb else found.start())
    end_index = ctx.index(found.end()) - 1
    if _told_as_a_loss(rule, found, ctx, v_index, end_index):
        return "loss"
    if rule.negatable and _negated(ctx.words, v_index):
        return "negated"
    if _negated_inside(ctx.words, v_index, max(v_index, end_index)):
        return "negated"
    if rule.category in ("suicide", "self_harm") and _none_of_it(found, ctx):
        return "negated"
    if ctx.media or _sung(ctx, v_index, end_index):
        return "media"
    if rule.category == "self_harm" and (
        _accident(ctx.words, v_index, end_index)
        or _someone_else_on_my_body(found, ctx.words, v_index) == "professional"
        or _a_blade_for_a_chore(ctx.words, v_index, end_index)
    ):
        return "accident"
    if rule.category == "self_harm" and _recovered(ctx, v_index):
        return "recovered"
    if rule.name == "broad/ready-to-go" and _a_clinicians_word(found, ctx.words, v_index):
        return "clinician"
    act = _group(found, "act")
    who = _who(rule, ctx, v_index, act[2] if act else found.group())
    if _helping(rule, found, ctx, who):
        return "helping"
    if rule.name == "broad/days-clean" and _a_substance(ctx.sentence(v_index, end_index)):
        return "recovered"
    if not _GRIEF.isdisjoint(ctx.present):
        return "grief"
    sentence = ctx.sentence(v_index, max(v_index, end_index))
    if _told_as_over(rule, found, ctx, sentence):
        return "recovered"
    if _an_everyday_mishap(rule, found, ctx, v_index, end_index, sentence):
        return "accident"
    if (
        _hyperbole(ctx.words, ctx.index(found.end()), sentence)
        or (rule.category == "suicide" and _makes_you(ctx.words, v_index))
        or (rule.category in ("abuse", "harm_to_others") and _a_tease(sentence))
        or (
            rule.name == "oblique/quoted-threat" and _a_quoted_tease(ctx.words, end_index, sentence)
        )
    ):
        return "hyperbole"
    if rule.who == "against_me" and _own_doing(found, _subject(ctx.words, v_index)):
        return "own"
    return "subject"


def _assess(text: str) -> Trace:
    padded, words = normalize.normal_form(text)
    present = frozenset(words)
    starts = _token_starts(words)
    context = _Context(padded, words, starts, present, _media(words, present))
    best: _Hit | None = None
    suppressed: list[tuple[str, str, str]] = []
    woken = opened = 0  # the rules the message's words wake; the gated ones they let through
    get = _GATES.get
    for word in present:
        gates = get(word)
        if gates is not None:
            woken |= gates[0]
            opened |= gates[1]
    wanted = woken & ~(_GATED & ~opened)
    long = len(words) > LONG
    # Most woken rules have no place in the message where a match could start
    # and cost nothing more: only those with one, those tried everywhere and
    # those not worked out yet are gone through, in order.
    indexed = _INDEXED  # (taken once: later additions are not in the index pass)
    fresh = wanted & ~indexed
    searched = wanted & indexed & ~_WIDE
    places = _candidates(words, searched) if searched else {}
    layout: _Sentences | None = None  # for a long message
    for number in sorted(places.keys() | _bits(wanted & _WIDE) | _bits(fresh)):
        rule = RULES[number]
        candidates: list[int] | None = None  # None: search everywhere
        if not fresh >> number & 1:
            candidates = places.get(number)
        elif number not in _MET:
            # The first message to wake a rule searches it as it is; the next
            # works out where it can start (when its turn comes: a direct hit
            # before it stops the work). A one-off run (``mirrorbot reply``)
            # pays for no more than compiling the rules it wakes.
            _MET.add(number)
        else:
            opening = rule.openings()
            _index(number, opening)
            if opening is not None:
                candidates = _starts_of(opening, words)
                if not candidates:
                    continue
        if long:
            if layout is None:
                layout = _Sentences(words, starts, padded)
            matches: Iterable[re.Match[str]] = _in_sentences(
                rule.pattern, context, layout, present.intersection(rule.anchors), candidates
            )
        elif candidates is not None:
            matches = _tried_at(rule.pattern, padded, starts, candidates)
        else:
            matches = rule.pattern.finditer(padded)
        for found in matches:
            hit = _judge(rule, found, context)
            if hit is None:
                if len(suppressed) < 8:
                    suppressed.append((rule.category, rule.name, _guard(rule, found, context)))
                continue
            if (
                best is None
                or (not best.direct and hit.direct)
                or (
                    best.direct == hit.direct and _PRIORITY[hit.category] < _PRIORITY[best.category]
                )
            ):
                best = hit
            if best.direct and best.category == "suicide":
                found_it = Assessment(True, best.category, True, best.matched)
                return Trace(found_it, words, tuple(suppressed), context.media)
            break  # one hit per rule is enough
    if best is None:
        best = _lexical(context)
    if best is None:
        return Trace(SAFE, words, tuple(suppressed), context.media, present, padded)
    found_it = Assessment(True, best.category, best.direct, best.matched)
    return Trace(found_it, words, tuple(suppressed), context.media)


_LIKE = frozenset("like if".split())


def _story_said(words: list[str], present: frozenset[str], story: frozenset[str]) -> bool:
    """A story word is in the message, and not only in a simile: "he laughed like it was
    a game", "like something out of a film" say how it felt, not what was watched; nor
    denied ("and no, it's not for a story"), nor one's browsing ("I saw it in his
    history")."""
    if present.isdisjoint(_LIKE) and present.isdisjoint(_NOT_A_STORY_CUES):
        return True
    for k, word in enumerate(words):
        if word not in story or not _LIKE.isdisjoint(words[max(0, k - 4) : k]):
            continue
        before = words[max(0, k - 3) : k]
        if before[-2:] == ["not", "a"] or before == ["not", "for", "a"]:
            continue
        if word in _MINE_NOT_A_TOPIC and before[-1:] and before[-1] in _WHOSE_HISTORY:
            continue  # "in his history", "a girl on my course"
        if before[-1:] == ["my"] and not _GIVING.isdisjoint(present):
            continue  # "I've given my games and my guitar to my brother": belongings
        if word in ("video", "videos", "story") and not _POSTED.isdisjoint(
            words[max(0, k - 5) : k]
        ):
            continue  # "a boy in my year posted a video saying goodbye": his own post
        if _a_recording_of_someone(words, k):
            continue  # "the video he took of me", "they film me": made by someone here
        if _own_writing(words, k):
            continue  # "she wrote in her diary that she wants to die": her words, not a topic
        if word in _GAMES and _made_to_play(words, k):
            continue  # "my uncle forced me to play a 'game' with him": not a game one watched
        if word in _SESSIONS and before[-1:] and before[-1] in _TO_A_SESSION:
            continue  # "after training", "at training": a session one goes to, not a topic
        return True
    return False


# Topic words that are also sessions one goes to ("after training", "from the
# course" would have a determiner): with a bare "after"/"at" before them.
_SESSIONS = frozenset("training assembly lecture seminar workshop".split())
_TO_A_SESSION = frozenset("after before at from to during".split())
# A search or browser history, not the subject: "in his history", "my search history".
_WHOSE_HISTORY = frozenset(
    "my his her their your our same search browser browsing internet google".split()
)
_MINE_NOT_A_TOPIC = frozenset("history course module".split())
_POSTED = frozenset(
    (
        "posted posts posting sent sends made makes recorded uploaded put post upload uploading "
        "send sending share sharing shared leak leaked leaking"
    ).split()
)
_GIVING = frozenset("given gave giving give gives away sold selling needing rehomed".split())
# A recording someone in the message made of a person ("the video he took of me",
# "pictures she filmed of us"), or "film" as the act of recording someone ("they
# film me"): evidence of what was done, not a story watched.
_RECORDINGS = frozenset("video videos photos photo pictures picture pics clip clips".split())
_RECORDED = frozenset("took taken filmed recorded shot made snapped".split())
_MAKERS = frozenset("he she they someone somebody he's she's they've".split())
_FILMED = frozenset("me her him us them".split())


def _a_recording_of_someone(words: list[str], k: int) -> bool:
    word = words[k]
    ahead = words[k + 1 : k + 4]
    if word == "film":
        return bool(ahead) and ahead[0] in _FILMED
    return (
        word in _RECORDINGS
        and len(ahead) == 3
        and ahead[0] in _MAKERS
        and ahead[1] in _RECORDED
        and ahead[2] == "of"
    )


_GAMES = frozenset("game games".split())
_MADE = frozenset("forced forces force forcing made makes make making".split())


def _made_to_play(words: list[str], k: int) -> bool:
    """ "Forced me to play a game", "makes me play his games": a "game" someone makes
    the teller (or another) play, with them."""
    before = words[max(0, k - 6) : k]
    return any(
        w in ("play", "playing") and not _MADE.isdisjoint(before[max(0, j - 3) : j])
        for j, w in enumerate(before)
    )


# Someone's own writing told with what it says of the writer: "wrote in her essay
# that she wishes she were dead", "in my journal that I can't go on".
_WRITINGS = frozenset("diary journal notebook note notes letter poem essay story".split())
_WRITERS = frozenset("my her his their".split())
_WRITER_SUBJECTS = frozenset("i she he they".split())


def _own_writing(words: list[str], k: int) -> bool:
    return (
        words[k] in _WRITINGS
        and k >= 2
        and words[k - 2] == "in"
        and words[k - 1] in _WRITERS
        and words[k + 1 : k + 2] == ["that"]
        and words[k + 2 : k + 3] != []
        and words[k + 2] in _WRITER_SUBJECTS
    )


# Words that may make a story word something else: only with one of them is the
# message read word by word.
_NOT_A_STORY_CUES = (
    frozenset(["not", "that"])
    | _MINE_NOT_A_TOPIC
    | _GIVING
    | _POSTED
    | _SESSIONS
    | _RECORDED
    | _FILMED
    | _MADE
)


# A song's (or a poem's, a film's) words quoted: "the chorus goes 'i wanna die tonight'",
# "she sings 'i'm gonna hurt you'". The first person after it is the singer's.
_SONG_PARTS = frozenset(
    "chorus lyric lyrics line lines verse hook refrain song songs track title bars poem".split()
)
_GOES = frozenset("goes go went says said is".split())
_SINGS = frozenset("sings sang sung singing raps rapped rapping croons crooned".split())
_QUOTE_FILLERS = frozenset(", like".split())
_BREAKS = frozenset(", .".split())
# ... unless the teller takes the words as their own: "that line is exactly how I feel".
_RELATE = frozenset("relate relatable resonates resonate exactly literally mood same".split())


def _sung(ctx: _Context, v_index: int, end_index: int) -> bool:
    """The match's clause is quoted from a song, a poem or a film: its first-person
    subject ("i", within a few words before the verb) comes just after a song part that
    "goes" or someone who "sings", with at most "like" or a comma between, and the teller
    does not take the words as their own ("that's exactly me", "and I do", "same": a
    word for it, or the first person again after the quote)."""
    if not _RELATE.isdisjoint(ctx.present) or (
        _SINGS.isdisjoint(ctx.present)
        and (_GOES.isdisjoint(ctx.present) or _SONG_PARTS.isdisjoint(ctx.present))
    ):
        return False
    words = ctx.words
    if not _SELF.isdisjoint(words[end_index + 1 :]):
        return False
    k = v_index
    while k >= 0 and v_index - k <= 4 and words[k] not in _SELF:
        if words[k] in _BREAKS:
            return False
        k -= 1
    if k < 0 or v_index - k > 4:
        return False
    k -= 1
    while k >= 0 and words[k] in _QUOTE_FILLERS:
        k -= 1
    if k < 0:
        return False
    if words[k] in _SINGS:
        return True
    return words[k] in _GOES and not _SONG_PARTS.isdisjoint(words[max(0, k - 3) : k])


def _media(words: list[str], present: frozenset[str]) -> bool:
    """A story or topic word in the message ("the film", "the show's ending", "an essay on"),
    not only in a simile, nor the reading of a last message ("by the time you read this")."""
    if present.isdisjoint(_STORY):
        return any(w.endswith("'s") and w[:-2] in _STORY_NOUNS for w in present)
    if "read" in present and present.isdisjoint(_STORY_BUT_READ) and _read_last(words):
        return False
    return _story_said(words, present, _STORY)


_STORY_BUT_READ = _STORY - frozenset(["read"])


def _read_last(words: list[str]) -> bool:
    """Every "read" is "by the time you/we/they read": a last message, not a story."""
    return all(
        words[k - 4 : k - 1] == ["by", "the", "time"] for k, w in enumerate(words) if w == "read"
    )


def _lexical(ctx: _Context) -> _Hit | None:
    """The broad net (``broad.death_wish``), with the story guard on top."""
    found = broad.death_wish(ctx.words)
    if found is None:
        return None
    first, last = found
    if (ctx.media and _subject(ctx.words, first) != "self") or _sung(ctx, first, last):
        return None
    sentence = ctx.sentence(first, last)
    if _a_chore_laughed_at(sentence) and _made_to_by_a_chore(ctx.words, first):
        return None  # "this homework makes me want to die lol"
    if _looking_back(ctx, sentence):
        return None
    if _asks_how_to_help(ctx, first, last + 1):
        return None  # "how to talk to someone who's thinking about suicide"
    return _Hit("suicide", False, " ".join(ctx.words[max(0, first - 4) : last + 1]))


class _Sentences:
    """Where the words and sentences of a long message are (made once per message)."""

    __slots__ = ("at", "ends", "last", "of")

    def __init__(self, words: list[str], starts: list[int], padded: str) -> None:
        self.at = _places(words)  # each word's places
        # the sentence of each word: how many sentence breaks come before it
        self.of = list(accumulate(map(operator.eq, words, repeat(".")), initial=0))
        # where each sentence ends in the padded text (after its "." and a space)
        self.ends = [starts[k] + 2 for k in self.at.get(".", ())]
        if words[-1] != ".":
            self.ends.append(len(padded))
        self.last = len(self.ends) - 1


def _in_sentences(
    pattern: re.Pattern[str],
    ctx: _Context,
    layout: _Sentences,
    held: Iterable[str],
    candidates: list[int] | None,
) -> list[re.Match[str]]:
    """Search the runs of sentences that hold one of the rule's anchors (``held``), each
    with the sentence after it (". not from a hotel"); only at ``candidates`` when given
    (the same matches as searching each run)."""
    starts, padded = ctx.starts, ctx.padded
    of, ends, last = layout.of, layout.ends, layout.last
    marked = {of[k] for word in held for k in layout.at[word]}
    matches: list[re.Match[str]] = []
    if candidates is None:
        runs = sorted(marked)
        k = 0
        while k < len(runs):
            first = runs[k]
            while k + 1 < len(runs) and runs[k + 1] == runs[k] + 1:
                k += 1
            end = runs[k] + 1 if runs[k] < last else runs[k]
            matches += pattern.finditer(padded, ends[first - 1] if first else 1, ends[end])
            k += 1
        return matches
    done = 0  # where the last match ended: the search goes on from there
    for k in candidates:
        start = starts[k]
        if start < done:
            continue
        sentence = of[k]
        if sentence in marked:
            while sentence + 1 in marked:
                sentence += 1
            if sentence < last:
                sentence += 1  # the run's search takes the sentence after it too
        elif sentence - 1 not in marked:
            continue  # not in a searched sentence
        found = pattern.match(padded, start, ends[sentence])
        if found is not None:
            matches.append(found)
            done = found.end()
    return matches


def _tried_at(
    pattern: re.Pattern[str], padded: str, starts: list[int], candidates: list[int]
) -> list[re.Match[str]]:
    """``pattern.finditer(padded)`` when a match can start only at the words
    ``candidates`` (in order): the same matches, without trying every other place."""
    matches: list[re.Match[str]] = []
    done = 0
    for k in candidates:
        start = starts[k]
        if start < done:
            continue  # inside the last match: finditer goes on after it
        found = pattern.match(padded, start)
        if found is not None:
            matches.append(found)
            done = found.end()
    return matches


def _places(words: list[str]) -> dict[str, list[int]]:
    """Each word's places in ``words``, in order."""
    at: dict[str, list[int]] = {}
    for k, word in enumerate(words):
        places = at.get(word)
        if places is None:
            at[word] = [k]
        else:
            places.append(k)
    return at


def _token_starts(words: list[str]) -> list[int]:
    starts: list[int] = []
    position = 1  # the string starts with a space
    for word in words:
        starts.append(position)
        position += len(word) + 1
    return starts


@dataclass(frozen=True, slots=True)
class _Context:
    padded: str
    words: list[str]
    starts: list[int]
    present: frozenset[str]
    # A film, book, game, news story or topic in the message (``_media``): worked
    # out once, as every message's Trace needs it and the guards ask it often.
    media: bool

    def index(self, offset: int) -> int:
        """The index of the word at or after character ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    @property
    def story(self) -> bool:
        """``media``, where a word that is as often a person's doing ("he reads my texts",
        "she videos me") counts only as a noun ("the show", "a video") or "reading about"."""
        present = self.present
        if not present.isdisjoint(_STORY_NOUNS) and _story_said(self.words, present, _STORY_NOUNS):
            return True
        if present.isdisjoint(_MEDIA_VERBISH):
            return False
        words = self.words
        for k, word in enumerate(words):
            if word not in _MEDIA_VERBISH or _a_recording_of_someone(words, k):
                continue  # ("the video he took of me": a recording, not a show)
            if (k > 0 and words[k - 1] in _DETERMINERS) or (
                k + 1 < len(words) and words[k + 1] in ("about", "where", "in", "when")
            ):
                return True
        return False

    def sentence(self, first: int, last: int) -> list[str]:
        """The words of the sentence holding words ``first``..``last`` (at most 40 either side)."""
        words = self.words
        lo = first
        while lo > 0 and first - lo < 40 and words[lo - 1] != ".":
            lo -= 1
        hi = last
        while hi < len(words) - 1 and hi - last < 40 and words[hi + 1] != ".":
            hi += 1
        return words[lo : hi + 1]


# How far a guard reads for the sentence around a match: a run-on entry with no
# full stop is one "sentence" of thousands of words, and reading all of it for
# each match made the check quadratic ("we got beaten 3-0 " over and over: 5.5 s
# for 108 KB). Sentences people write are far shorter.
SENTENCE_REACH = 60  # words


def _sentence_start(words: list[str], k: int) -> int:
    """Where the sentence holding word ``k`` starts: just after the last "." before it
    (no more than SENTENCE_REACH words back)."""
    floor = max(0, k - SENTENCE_REACH)
    while k > floor and words[k - 1] != ".":
        k -= 1
    return k


def _sentence_end(words: list[str], k: int, limit: int | None = None) -> int:
    """Where the sentence holding word ``k`` ends: the first "." at or after it (or the
    end), looked for no further than ``limit``, and never more than SENTENCE_REACH
    words on."""
    stop = min(len(words), k + SENTENCE_REACH if limit is None else limit)
    try:
        return words.index(".", k, stop)
    except ValueError:
        return stop


def _group(found: re.Match[str], base: str) -> tuple[int, int, str] | None:
    """The span and text of the first group named ``base``, ``base``2, ... that matched."""
    for name in (base, *(f"{base}{n}" for n in range(2, 11))):
        if name not in found.re.groupindex:
            break
        value = found.group(name)
        if value is not None:
            return found.start(name), found.end(name), value
    return None


def _who(rule: Rule, ctx: _Context, v_index: int, act_text: str) -> str:
    """Whom the match is about: the sentence's subject, or for most rules first a
    reflexive in the act ("kill myself")."""
    if rule.who in ("resolve_abuse", "harm", "other_to_me", "subject"):
        return _subject(ctx.words, v_index)
    return _reflexive(act_text) or _subject(ctx.words, v_index)


def _judge(rule: Rule, found: re.Match[str], ctx: _Context) -> _Hit | None:
    verb = _group(found, "v")
    act = _group(found, "act")
    verb_start = verb[0] if verb else found.start()
    act_text = act[2] if act else found.group()
    v_index = ctx.index(verb_start)
    end_index = ctx.index(found.end()) - 1
    matched = found.group().strip()

    # A verb that opens on a negation ("not allowed", "never allowed") is what
    # the rule says, not a denial of it: look for one after the verb only.
    after_verb = ctx.index(verb[1]) if verb and verb[2].split(" ", 1)[0] in _NEGATORS else v_index
    if rule.negatable and (
        _negated(ctx.words, v_index)
        or _negated_inside(ctx.words, after_verb, ctx.index(act[0]) if act else v_index)
    ):
        return None

    if _sung(ctx, v_index, end_index):
        return None  # "the chorus goes 'i wanna die tonight'": the song's words, not mine

    if act and rule.name == "suicide/intent":
        between = ctx.words[v_index + 1 : ctx.index(act[0])]
        if not _STORY_NOUNS.isdisjoint(between):
            return None  # "writing an essay on suicide": the act is a topic, not an intent

    who = _who(rule, ctx, v_index, act_text)
    sentence = ctx.sentence(v_index, max(v_index, end_index))
    if (
        rule.bereaved
        and not _GRIEF.isdisjoint(ctx.present)
        and (who != "self" or not _THEM.isdisjoint(ctx.present))
    ):
        # "we gave away her clothes after the funeral", "I wrote a letter to
        # my dad though he died years ago": grief, not a preparation
        return None
    if _helping(rule, found, ctx, who):
        # "what should I say if a student tells me she's being hurt at home": a helper's
        # question about a disclosure that has not been made
        return None
    if _told_as_a_loss(rule, found, ctx, v_index, end_index):
        # "my dad killed himself when I was ten", "my nan went to sleep and didn't wake
        # up", "my brother was beaten to death in 2015": someone else's death, told as a loss
        return None
    if rule.category == "self_harm":
        doer = _someone_else_on_my_body(found, ctx.words, v_index)
        if doer == "professional":
            return None  # "the tattoo artist cut my skin", "the nurse cut my skin"
        if doer == "someone":
            return _Hit("abuse", False, matched)  # "my boyfriend cut my skin with a knife"
        if _a_blade_for_a_chore(ctx.words, v_index, end_index):
            return None  # "I took the blade out of my pencil sharpener to clean it"
    if (
        (rule.category == "suicide" and who == "third") or rule.name == "broad/ready-to-go"
    ) and _their_dying(ctx, v_index, end_index):
        # "she wanted to die at home", "grandad said he was ready to die, at
        # the end": how someone who has died wished to die, not a risk now
        return None
    if rule.name == "broad/nobody-would-believe" and _a_tall_tale(ctx.words, end_index):
        return None  # "nobody will believe me when I tell them I won the raffle"
    if rule.name == "suicide/goodbye" and _away_a_while(found.group(), ctx.present):
        return None  # "I won't be here next week, I'm on holiday"
    if rule.name in _GOODBYES and _a_leaving(found.group(), ctx.present):
        return None  # "said goodbye to everyone at work today, new job on monday"
    if rule.name == "broad/days-clean" and _a_substance(sentence):
        # "two years clean and I still think about using when things get hard": an urge to
        # drink or use again, told in recovery, is not self-harm (reflective-listening §5)
        return None
    if rule.name == "broad/ready-to-go" and _a_clinicians_word(found, ctx.words, v_index):
        # "the doctor says she's ready to go": a discharge or the end of a life, judged by
        # whoever cares for her, not her wish to die
        return None
    if rule.name in _A_RITUAL_LETTER and _a_ritual_letter(ctx.words, end_index):
        # "I wrote a letter to my dad and burned it", "... and left it at his
        # grave": a letter of grief, not a goodbye
        return None
    if rule.name == "broad/giving-away" and _their_things_given(ctx.words, v_index, act_text):
        return None  # "I gave away his clothes", "we rehomed her cat": after a death
    if rule.name == "broad/cover-story" and _not_my_cover_story(ctx.words, v_index):
        return None  # "people say it was just a dog": others minimising a loss
    if rule.category == "suicide" and _told_to(ctx.words, ctx.index(found.start())):
        # "people keep telling me to kill myself": bullying, harm from others
        return None if ctx.story else _Hit("abuse", True, matched)
    if rule.name == "suicide/overdosed" and _someone_else_overdosed(found) and not ctx.media:
        return _Hit("third_party", False, matched)
    if rule.name == "oblique/quoted-threat" and _a_quoted_tease(ctx.words, end_index, sentence):
        return None  # "mum said 'I'll kill you if you're late' lol", "'I'll end you at scrabble'"
    if rule.name in _THREATS_OF_A_LAPSE and _a_lapse(found, ctx, sentence):
        return None  # "she'll kill me if I'm late": hyperbole about a small lapse
    if _told_as_over(rule, found, ctx, sentence):
        return None  # "two years ago I tried ...; today I ran a 10k", "I survived it and got out"
    if rule.category == "suicide" and ctx.media and not _BY_ACCIDENT.isdisjoint(sentence):
        return None  # "in the game I keep jumping off the cliff by accident"
    if rule.of_a_task and not _TASK.isdisjoint(sentence):
        return None  # "I can't do this anymore, this spreadsheet", "I hate my job and I want out"
    if _an_everyday_mishap(rule, found, ctx, v_index, end_index, sentence):
        return None  # "he jumped off the pier into the sea", "the dog bit me"
    if rule.category == "abuse" and _moved_not_touched(ctx.words, found, v_index, end_index):
        return None  # "I was touched by her letter", "his speech really touched me"
    if rule.category in ("suicide", "self_harm") and _none_of_it(found, ctx):
        return None  # "no self harm, just sad", "no suicidal thoughts, just exhausted"
    if rule.category == "suicide" and _makes_you(ctx.words, v_index):
        return None  # "this commute makes you want to die": what a thing does to anyone
    if rule.category == "suicide" and _a_chore_laughed_off(rule, ctx.words, v_index, sentence):
        return None  # "this homework makes me want to die lol", "dead inside after that exam lol"

    if rule.who == "harm":
        return _judge_harm(rule, found, ctx, sentence, matched)
    if rule.who == "self_only":
        return _judge_self_only(rule, ctx, who, v_index, end_index, matched)
    if rule.who == "against_me":
        return _judge_against_me(rule, found, ctx, v_index, end_index, matched)
    if rule.who == "intent_other":
        return _judge_intent_other(rule, found, ctx, v_index, sentence, matched)
    if rule.who == "other_to_me":
        return _judge_other_to_me(rule, found, ctx, sentence, matched)
    if rule.who == "relation":
        if ctx.media or not _relation_subject(ctx.words, v_index, found.group("v")):
            return None
        return _Hit("third_party", False, matched)
    if rule.who == "victim":  # the person is the one controlled: "he won't let me leave"
        if ctx.story and who != "self":
            return None
        return _Hit("abuse", rule.direct, matched)
    if rule.who == "resolve_abuse":
        described = _has(found, "v8") or _has(found, "v9") or _has(found, "v10")
        if who == "self" and not described and not _hiding_it(verb):
            return None
        if ctx.story and who != "self":
            return None
        if _has(found, "v10") and ctx.media:
            return None  # "a documentary about domestic violence": the topic, not my home
        if who == "third" and not _mentions_me(matched) and not described:
            return _Hit("third_party", False, matched)
        return _Hit("abuse", rule.direct, matched)

    if rule.topic and (ctx.media or (_a_noun_here(ctx.words, v_index) and _in_a_role(ctx.words))):
        return None  # (a bare mention: "as a teacher I have to report signs of self harm")
    if ctx.media and who in ("third", "thing", "none") and (rule.who != "self" or who == "third"):
        return None  # (a character's: "in the anime he gets beaten up by his dad")

    if (
        rule.category == "self_harm"
        and rule.name
        not in (
            "self_harm/mention",
            "self_harm/sh",
            "broad/cover-story",
            "broad/on-purpose",
            "oblique/blamed-the-pet",  # the pet is the cover story, not an accident
            "oblique/marks-from-me",
            "oblique/burn-with-the-tool",  # with the straighteners: a tool used, not a slip
            "oblique/scratch-with-a-point",  # scratched with scissors: not a cut by mishap
            "oblique/pour-it-on-my-skin",  # "I pour boiling water on my hand": a habit
            "oblique/cut-where-it-is-no-slip",  # a stomach or thigh cut with a knife
            "oblique/down-the-stairs-to-hurt",  # thrown, not fallen
            "forum/blade-not-for",  # "razors, and not for shaving": the everyday use denied
            "broad/hot-thing-on-my-skin",  # a hot spoon pressed to the arm: a tool used
        )
        and _accident(ctx.words, v_index, end_index)
    ):
        return None
    if rule.category == "self_harm" and _recovered(ctx, v_index):
        return None

    if rule.who == "self" or who in ("self", "you", "none", "thing"):
        direct = rule.direct and who in ("self", "none")
        return _Hit(rule.category, direct, matched)
    return _Hit("third_party", False, matched)


# How a dying person wished to die ("at home", "peacefully", "in her own
# bed"): the manner or place of a death, not a wish for it.
_MANNER = frozenset(
    "peacefully peaceful dignity home hospice naturally quietly comfortably".split()
)
_AT_THE_PLACE = frozenset("at in with on surrounded among".split())
_PLACE = frozenset(
    "home peace dignity bed sleep garden hospice own terms arms presence family".split()
)
# A wish told in the past tense, and what places its wisher at the end of a life.
_PAST_WISH = frozenset("wanted wished was were begged asked chose had kept said told".split())
_PRESENT_WISH = frozenset("wants wishes is are am says keeps begs asks still now".split())
_END_OF_LIFE = frozenset(
    (
        "hospice palliative terminal terminally cancer dementia dialysis chemo chemotherapy "
        "treatment treatments illness prognosis dignitas assisted euthanasia"
    ).split()
)
_LAST_DAYS = frozenset("days weeks months hours moments".split())
_HE_SHE = frozenset("he she they".split())
_DIED_AS_HE = frozenset("died passed".split())


def _their_dying(ctx: _Context, v_index: int, end_index: int) -> bool:
    """Someone else's wish to die told as part of their death: its manner or place
    ("she wanted to die at home", "he wanted to die peacefully"), or in the past of
    someone at the end of their life ("grandad said he was ready to die, at the end",
    "she wanted to die, and she did")."""
    words = ctx.words
    present = ctx.present
    if not _STILL_NOW.isdisjoint(present) or not _RECENT.isdisjoint(present):
        return False
    after = words[end_index + 1 : end_index + 4]
    if after and (
        after[0] in _MANNER or (after[0] in _AT_THE_PLACE and not _PLACE.isdisjoint(after[1:]))
    ):
        return True
    around = words[max(0, v_index - 2) : v_index + 2]
    if _PAST_WISH.isdisjoint(around) or not _PRESENT_WISH.isdisjoint(around):
        return False
    if not _END_OF_LIFE.isdisjoint(present):
        return True
    for k, (word, then) in enumerate(pairwise(words)):
        if word in _HE_SHE and (
            then in _DIED_AS_HE or (then == "did" and words[k + 2 : k + 3] in ([], ["."], [","]))
        ):
            return True  # "... and he died", "... and she did"
        if (word, then) == ("the", "end") or (word == "last" and then in _LAST_DAYS):
            return True  # "at the end", "in his last weeks"
    return False


# A letter written in grief: burned, never sent, left at a grave, suggested by a
# counsellor.
_A_RITUAL_LETTER = frozenset(["broad/letters-to-everyone"])
_UNSENT = frozenset(
    (
        "burned burnt burn burning unsent grave graveside headstone therapist counsellor "
        "counselor grief exercise"
    ).split()
)


def _a_ritual_letter(words: list[str], end_index: int) -> bool:
    after = words[end_index + 1 : end_index + 8]
    if not _UNSENT.isdisjoint(after):
        return True
    return any(w == "never" and n in ("sent", "send", "posted") for w, n in pairwise(after))


def _their_things_given(words: list[str], v_index: int, act: str) -> bool:
    """The speaker giving away someone else's things ("I gave away his clothes"): what
    the bereaved do, not a preparation ("he's giving away his things" is one)."""
    if _reflexive(act) != "third":
        return False
    for j in range(v_index - 1, max(-1, v_index - 11), -1):
        word = words[j]
        if word in ("i", "we"):
            return True
        if word in _HE_SHE or word == ".":
            return False
    return False


# People at large saying it ("people say it was just a dog"): not my cover story.
_OTHERS_SAY = frozenset("people everyone everybody others folk".split())


def _not_my_cover_story(words: list[str], v_index: int) -> bool:
    return v_index > 0 and words[v_index - 1] in _OTHERS_SAY


def _told_as_a_loss(
    rule: Rule, found: re.Match[str], ctx: _Context, v_index: int, end_index: int
) -> bool:
    """Someone else's death told as a loss (the "loss" guard): a completed suicide
    (``_a_loss``), how someone died in their sleep (``_a_death``), or someone killed
    long ago (``_a_killing_long_ago``)."""
    if rule.name in _LOSS_RULES:
        if _a_loss(rule, found, ctx):
            return True
    elif rule.name == "broad/not-wake-up" and _a_death(found, ctx, v_index):
        return True
    return rule.category in ("abuse", "third_party") and _a_killing_long_ago(
        ctx, v_index, end_index
    )


def _told_as_over(rule: Rule, found: re.Match[str], ctx: _Context, sentence: list[str]) -> bool:
    """A crisis told as over (the "recovered" guard, with ``_recovered`` and the days-clean
    substance): a recovery looked back on ("two years ago I tried ...; today I ran a
    10k"), self-harm's marks healed ("two years free of self harm", "the scars have
    faded"), or harm from others escaped ("my dad used to hit us; he's dead now and I'm
    okay", "I survived it and got out")."""
    return (
        (rule.category in ("suicide", "self_harm") and _looking_back(ctx, sentence))
        or (rule.name in _NAMES_THE_HARM and _told_as_healed(ctx, sentence))
        or ((rule.category == "abuse" or _mentions_me(found.group())) and _abuse_over(ctx))
    )


def _an_everyday_mishap(
    rule: Rule,
    found: re.Match[str],
    ctx: _Context,
    v_index: int,
    end_index: int,
    sentence: list[str],
) -> bool:
    """The match read as an everyday thing told as such (the "accident" guard, with
    ``_accident`` and the self-harm guards on whose body and which blade): a swim, a
    near miss, a lie-in, an errand, a feast, a game, a blow in play. ``_judge`` and
    ``_guard`` both ask this one function, so a new reading goes here once."""
    words = ctx.words
    category = rule.category
    matched = found.group()
    if category in ("suicide", "third_party") and _a_plunge(
        words, ctx.index(found.start()), end_index
    ):
        return True  # "he jumped off the pier into the sea": a swim, not a fall
    if rule.name == "broad/almost-did-it" and _a_near_miss(words, end_index, sentence):
        return True  # "I nearly killed myself on the last hill of the bike ride"
    if category == "suicide":
        # "I hope I don't wake up with a hangover", "sleep forever on sundays"; "giving
        # my stuff away before the move", "a noose knot at scouts"
        return _a_lie_in(matched, words, end_index) or _an_everyday_errand(matched, ctx.present)
    if category == "self_harm":
        return _starved_for_a_feast(matched, words, end_index)  # "... all day for the buffet"
    return category == "abuse" and (
        _a_little_ones_blow(words, v_index, end_index)  # "the baby headbutted me"
        or _an_animals_doing(words, v_index)  # "the dog bit me"
        or _a_knock_in_play(matched, words, end_index)  # "a black eye from a football"
        or _hit_with_a_toy(words, end_index)  # "he whacked me with a lightsaber"
        or (
            rule.name == "abuse/control"
            and (
                _locked_out_by_mistake(found, sentence)  # "locked me out by accident"
                or _locked_out_of_their_room(found, ctx)  # "... out of the bathroom"
            )
        )
        or (rule.name == "abuse/was-abused" and _a_team_beaten(ctx, v_index, end_index))
        or _a_score(ctx, end_index)  # "we got beaten 3-0 at home", "he beat me 6-2 at chess"
        or _a_blow_unmeant(ctx, v_index, end_index, sentence)  # "he kicked me by accident"
        or _pushed_in_play(words, v_index, end_index)  # "he pushed her on the swing"
    )


def _a_loss(rule: Rule, found: re.Match[str], ctx: _Context) -> bool:
    """Someone else's completed suicide told as a loss, not a risk now (``_LOSS_RULES``)."""
    words = ctx.words
    present = ctx.present
    for k, word in enumerate(words):
        if word in _RECENT or (word == "night" and k and words[k - 1] == "last"):
            if word == "today" and words[k + 1 : k + 2] in (["would"], ["is"], ["marks"]):
                continue  # "today would have been his 50th"
            if word == "today" and k and words[k - 1] == "ago":
                continue  # "six years ago today": an anniversary
            if _dates_a_rite(words, k):
                continue  # "the funeral was yesterday": the death came before it
            return False
    if rule.name == "suicide/intent" and found.group().split() != ["to", "suicide"]:
        return False
    if rule.name in ("suicide/mention", "suicide/intent"):
        # "my brother's suicide", "after his suicide" (not "her suicide attempt")
        at = ctx.index(found.start("act"))
        before = words[at - 1] if at > 0 else ""
        after = words[at + 1] if at + 1 < len(words) else ""
        if after in _AFTER_SUICIDE_AT_RISK or words[at] != "suicide":
            return False
        if after in _BEREAVED:
            return True  # "a suicide loss group", "suicide bereavement support"
        if before in ("by", "to", "of", "from", "committed") and at > 1:
            # "my friend died by suicide", "we lost him to suicide" (when told as a loss),
            # "bereaved by suicide", "survivors of suicide"
            earlier = words[max(0, at - 5) : at - 1]
            if not _BEREAVED.isdisjoint(earlier):
                return True
            told = not _DIED.isdisjoint(earlier)
            return told and not _LONG_AGO.isdisjoint(present)
        if (
            before in _NAMES_A_CAUSE
            and after in ("", ".", ",", ";")
            and not (_LONG_AGO.isdisjoint(present) and _RITES.isdisjoint(present))
        ):
            # the cause of a death told ("the inquest said suicide", "he died in 2019. suicide.")
            return True
        return before in ("his", "her", "their") or (
            before.endswith("'s") and before not in ("it's", "that's", "what's", "there's")
        )
    if not _NOT_COMPLETED.isdisjoint(found.group().split()) and rule.name != "suicide/overdosed":
        return False
    if rule.name == "suicide/overdosed" and not _someone_else_overdosed(found):
        return False
    return not _LONG_AGO.isdisjoint(present) or any(_A_YEAR.fullmatch(w) for w in words)


_A_YEAR = re.compile(r"(?:19|20)[0-9][0-9]s?")  # "in 2010"
# What makes "to death" not a death: it nearly was, or it is a threat or a fear.
_NOT_DEAD = frozenset(
    (
        "nearly almost half near practically inch barely survived survive surviving lived "
        "coma will gonna going would could might threatens threatened threat scared afraid "
        "me myself us"
    ).split()
)


def _a_killing_long_ago(ctx: _Context, v_index: int, end_index: int) -> bool:
    """ "My brother was beaten to death in 2015", "my dad was beaten to death when I was a
    kid": someone else killed, told as a past death (a year, "ago", "when I was", a grave),
    not recent ("last night") and not nearly, threatened, or done to me."""
    words = ctx.words
    after = words[end_index + 1 : end_index + 3]
    if after != ["to", "death"] or not _RECENT.isdisjoint(ctx.present):
        return False
    if _subject(words, v_index) != "third" or "night" in ctx.present:
        return False
    clause = words[_sentence_start(words, v_index) : end_index + 3]
    if not _NOT_DEAD.isdisjoint(clause) or not _DANGER_NOW.isdisjoint(ctx.present):
        return False  # ("... and now the same gang is after me")
    if any(pair in _AFTER_ME for pair in pairwise(words)):
        return False
    dated = not _DATED.isdisjoint(ctx.present)
    return dated or any(_A_YEAR.fullmatch(w) for w in words)


# What dates a killing as long ago (not "death" itself, which only tells it).
_DATED = _LONG_AGO - frozenset("death dead dying".split())
_DANGER_NOW = frozenset(
    (
        "now next currently threaten threatens threatened threatening threats knife gun "
        "weapon hiding scared afraid"
    ).split()
)
_AFTER_ME = frozenset((("after", "me"), ("after", "us"), ("coming", "for")))


# Bereavement by suicide named as such; words that name a death's cause.
_BEREAVED = frozenset(
    "bereaved bereavement bereavements survivor survivors loss losses grief grieving".split()
)
_NAMES_A_CAUSE = frozenset(". : ; said says ruled recorded verdict was a as".split())
# What is done after a death: a time word that dates one of these dates it, not the death.
_RITES = frozenset(
    (
        "funeral funerals inquest service memorial wake cremation burial vigil viewing "
        "celebration shiva"
    ).split()
)


_KILLED = frozenset("killed took hanged shot jumped overdosed ended".split())


def _dates_a_rite(words: list[str], k: int) -> bool:
    """ "the funeral was yesterday", "the service for my cousin was today": the time word
    ``words[k]`` dates a rite after a death (not "he killed himself at the wake today")."""
    for j in range(k - 1, max(-1, k - 6), -1):
        word = words[j]
        if word in _RITES:
            return True
        if word in (".", ",") or word in _DIED or word in _KILLED:
            return False
    return False


_TOLD = frozenset(
    "telling tell tells told messaging messaged texting texted saying said commenting "
    "commented dm dms dming dmed messages texts".split()
)


def _told_to(words: list[str], start: int) -> bool:
    """ "they keep telling me to ..." right before a match (the match's first word at ``start``)."""
    if start < 2 or words[start - 1] != "me" or words[start - 2] not in _TOLD:
        return False
    return words[start] == "to" or words[start - 2] in ("said", "saying", "says")


_THREATS_OF_A_LAPSE = frozenset(("broad/conditional-threat", "oblique/quoted-threat"))
_LAUGHS = _LAUGH | frozenset("haha hahaha lmao lmfao jk".split())
_PLAYED = frozenset(
    (
        "scrabble chess cards monopoly fifa football training darts pool golf tennis quiz game "
        "games match uno badminton squash snooker"
    ).split()
)


def _a_quoted_tease(words: list[str], end_index: int, sentence: list[str]) -> bool:
    """ "My mum said 'I'll kill you if you're late' lol", "'we're going to kill you guys at
    training'", "nan said 'I'll end you at scrabble'": a threat quoted in a laugh, over a
    small lapse (``_a_tease``, with the quote's "you" as the teller's "I"), to a group, or
    over a game."""
    if not _LAUGHS.isdisjoint(sentence):
        return True
    after = words[end_index + 1 : end_index + 5]
    if after[:1] == ["guys"] or not _PLAYED.isdisjoint(after):
        return True
    return _a_tease(["i" if w == "you" else w for w in sentence])


def _a_lapse(found: re.Match[str], ctx: _Context, sentence: list[str]) -> bool:
    """ "She'll kill me if I'm late", "... if I forget her birthday": the condition is a
    small lapse and nobody said, swore or threatened it; not "... if I leave"."""
    act = found.group("act").split()
    if act[0] not in ("kill", "murder"):
        return False
    if _a_tease(sentence):
        return True
    if not _THREAT_MARKERS.isdisjoint(sentence):
        return False
    end = ctx.index(found.end())
    after = ctx.words[end : end + 8]
    return not _LAPSES.isdisjoint(after) and _IF_I_LEAVE.isdisjoint(after)


# Jumping into water for fun: off something low, into the sea, a lake or a pool, or a
# named water sport. Not off a bridge, a cliff, a roof or a building, unless the
# sport is named ("cliff diving").
_LOW_PLATFORMS = frozenset(
    "pier jetty rocks rock boat dock pontoon harbour harbor diving springboard board raft "
    "groyne wall side edge".split()
)
_WATER = frozenset("sea water lake pool river harbour harbor waves ocean loch sea's".split())
_SWIM = frozenset("swim swimming swam dive diving splash summer dare dared wetsuit".split())
_WATER_SPORTS = frozenset("tombstoning coasteering".split())
_NOT_A_SWIM = frozenset(
    (
        "tonight night never forever found find missing police coastguard drown drowned drowning "
        "died dead die body search searching end kill gone hospital rescued note goodbye"
    ).split()
)
_JUMPS = frozenset("jump jumped jumping jumps leap leapt leaping".split())


def _a_plunge(words: list[str], first: int, last: int) -> bool:
    """ "He jumped off the pier into the sea", "the kids jumped off the rocks into the
    lake", "cliff diving": a jump into water for fun, not a fall from a height."""
    said = words[first : last + 1]
    if _JUMPS.isdisjoint(said):
        return False
    sentence = words[_sentence_start(words, first) : _sentence_end(words, last + 1)]
    if not _WATER_SPORTS.isdisjoint(sentence) or any(
        w == "cliff" and then in ("diving", "jumping", "jumps", "dive")
        for w, then in pairwise(sentence)
    ):
        return True
    after = words[last + 1 : last + 6]
    if _LOW_PLATFORMS.isdisjoint(said[-3:]) and _LOW_PLATFORMS.isdisjoint(after[:1]):
        return False
    into_water = any(
        w == "into" and not _WATER.isdisjoint(after[k + 1 : k + 4]) for k, w in enumerate(after)
    )
    if not _NOT_A_SWIM.isdisjoint(sentence):
        return False  # "... into the sea tonight", "... and they haven't found him"
    return into_water or not _SWIM.isdisjoint(sentence)


# Pushing a child or a friend on something that rides: play, not violence.
_RIDES = frozenset(
    "swing swings roundabout trampoline sledge sled scooter trike tricycle bike pram buggy "
    "stroller pushchair wheelchair trolley cart go-kart kart hammock".split()
)
_PUSHES = frozenset("push pushes pushed pushing".split())
_PUSHED_HARD = frozenset(
    "into off down over out purpose hard road wall stairs fell fall hurt".split()
)


# Where a near miss happens: "nearly killed myself on the stairs / tripping over the dog".
_NEAR_MISS_PLACES = _ACCIDENT | frozenset(
    (
        "hill hills ice icy ladder pavement kerb curb step steps slope trail path skateboard "
        "scooter treadmill trampoline puddle rollerblades skis ski snowboard tripping slipping "
        "skidding"
    ).split()
)
_HIGH_PLACES = frozenset(
    "bridge tracks railway roof ledge cliff balcony tower building pills rope car-park".split()
)


def _a_near_miss(words: list[str], end_index: int, sentence: list[str]) -> bool:
    """ "I nearly killed myself on the last hill of the bike ride", "almost killed myself
    tripping over the dog": a near accident, told as such, with no marker of self-harm and
    no place people go to die."""
    if words[end_index] != "myself":
        return False
    after = words[end_index + 1 : end_index + 9]
    return (
        not _NEAR_MISS_PLACES.isdisjoint(after)
        and _HIGH_PLACES.isdisjoint(sentence)
        and _SH_MARKERS.isdisjoint(sentence)
    )


_SLEEP_ENDS = frozenset((("wake", "up"), ("waking", "up"), ("woke", "up"), ("sleep", "forever")))
_DAYS_OFF = frozenset(
    "sundays saturdays weekends mondays mornings holiday holidays days lie-ins".split()
)


def _a_lie_in(matched: str, words: list[str], end_index: int) -> bool:
    """ "I hope I don't wake up with a hangover", "I wish I could sleep forever on sundays":
    waking up without something, sleeping in on a day off; not waking at all."""
    said = matched.split()
    if tuple(said[-2:]) not in _SLEEP_ENDS:
        return False
    after = words[end_index + 1 : end_index + 4]
    if not after:
        return False
    if said[-1] == "up":
        return after[0] == "hungover" or (
            after[0] == "with" and after[1:2] in (["a"], ["my"], ["the"], ["any"])
        )
    return after[0] in ("on", "at", "in") and not _DAYS_OFF.isdisjoint(after[1:])


_FEASTS = frozenset(
    "buffet feast banquet barbecue bbq tasting curry pizza roast brunch all-you-can-eat".split()
)


def _starved_for_a_feast(matched: str, words: list[str], end_index: int) -> bool:
    """ "I starved myself all day for the buffet": saving room for a meal, not starving."""
    return matched.split()[0] in ("starved", "starve", "starving") and not _FEASTS.isdisjoint(
        words[end_index + 1 : end_index + 8]
    )


_TOUCHED = frozenset("touched touches touch touching".split())
# What moves a person ("touched by her letter"): words, gifts, kindness, not a hand.
_MOVING = frozenset(
    (
        "letter letters words word card cards message messages note notes gesture gestures "
        "kindness speech speeches gift gifts present presents email emails text texts story "
        "stories support generosity concern tribute tributes poem poems song songs response "
        "reaction comments comment offer compassion love care video visit effort efforts "
        "thought thoughts thoughtfulness eulogy toast flowers post posts memory memories "
        "honesty courage faith help warmth welcome invitation drawing painting"
    ).split()
)
_OWNERS = frozenset("her his their my our your a an the this that all".split())


def _moved_not_touched(words: list[str], found: re.Match[str], v_index: int, end: int) -> bool:
    """ "I was touched by her letter", "his speech really touched me", "the card touched
    me": touched meaning moved, by words, a gift or a kindness (not by a hand, a person,
    or "him"); nothing of a body, a secret or fear in the sentence."""
    said = found.group().split()
    if _TOUCHED.isdisjoint(said):
        return False
    sentence = words[_sentence_start(words, v_index) : _sentence_end(words, end)]
    if not _FEAR.isdisjoint(sentence) or not _NOT_MOVED.isdisjoint(sentence):
        return False
    if said[-2:-1] == ["by"] or said[-1] in _OWNERS:
        # "touched by her ...": what follows "her" says whether she or her letter
        after = words[end + 1 : end + 4] if said[-1] in _OWNERS else words[end : end + 4]
        return _named_first(after, _MOVING, _PEOPLE, _THIRD, (",", ".", "and", "when"))
    if words[end] not in ("me", "us"):
        return False
    # "his speech touched me": the doer, the nearest noun before the verb, moves people
    doer = reversed(words[max(0, v_index - 3) : v_index])
    return _named_first(doer, _MOVING, (",", "."), _PEOPLE, _THIRD)


def _named_first(seq: Iterable[str], wanted: frozenset[str], *stops: Container[str]) -> bool:
    """Whether, reading ``seq`` in order, a word of ``wanted`` comes before any word of
    ``stops``: who did it, the nearest noun to the verb, named before a clause break or a
    person."""
    for word in seq:
        if word in wanted:
            return True
        if any(word in stop for stop in stops):
            return False
    return False


# A touch that is no gesture whatever touched it: a body, a secret, unwanted.
_NOT_MOVED = frozenset(
    "secret body bed lap private privates chest thigh leg legs skin where want wanted "
    "uncomfortable stop".split()
)


_LITTLE_ONES = frozenset("baby babies toddler toddlers infant newborn".split())
_SMALL_AGES = frozenset("1 2 3 4 one two three four".split())
_FEAR = frozenset("scared afraid terrified frightened".split())
# A blow in a bout: "hit me harder than usual in sparring", "kicked me in the match".
_SPARRING = frozenset("sparring spar sparred bout tackle tackled scrum ruck".split())
# "In his sleep, he says": a sleeper's blow told with doubt is not taken on trust.
_DOUBTED = frozenset("says said claims claimed pretends pretending pretended awake".split())


def _a_little_ones_blow(words: list[str], v_index: int, end_index: int) -> bool:
    """ "The baby headbutted me and gave me a nosebleed", "my 2 year old bit me", "my son
    kicked me in his sleep", "my coach hit me harder than usual in sparring": a baby's, a
    sleeper's or a sparring partner's blow, not abuse (and nobody afraid)."""
    before = words[max(0, v_index - 8, _sentence_start(words, v_index)) : v_index]
    little = not _LITTLE_ONES.isdisjoint(before) or any(
        a in _SMALL_AGES and (b, c) == ("year", "old")
        for a, b, c in zip(before, before[1:], before[2:], strict=False)
    )
    after = words[end_index + 1 : end_index + 5]
    asleep = any(
        a == "in" and b in ("his", "her", "their") and c == "sleep"
        for a, b, c in zip(after, after[1:], after[2:], strict=False)
    )
    sparring = not _SPARRING.isdisjoint(words[end_index + 1 : end_index + 8])
    return (little or sparring or (asleep and _DOUBTED.isdisjoint(words))) and _FEAR.isdisjoint(
        words
    )


# What "no" names when it denies a crisis outright: "no self harm", "no suicidal thoughts".
_DENIED_NOUNS = frozenset("selfharm sh suicidal".split())
# What says the denial is not the whole story: now, a pull, a return.
_BUT_NOW = frozenset(
    "but though although want wanted wanting tempted close nearly almost tonight".split()
)


def _none_of_it(found: re.Match[str], ctx: _Context) -> bool:
    """ "No self harm, just sad", "no suicidal thoughts, just exhausted": the crisis named
    straight after "no", denied, with nothing of a pull, a "but" or it going on now."""
    start = ctx.index(found.start())
    words = ctx.words
    if start < 1 or words[start - 1] != "no" or words[start] not in _DENIED_NOUNS:
        return False
    if found.group().split()[0] != words[start]:
        return False
    return _BUT_NOW.isdisjoint(ctx.present) and not _still_now(ctx)


# Three preparations that are errands when their reason is said: things given away
# for a move or a clear-out, the edge of a cliff or a bridge for a view or a photo, a
# noose as a knot learned or a decoration. Each reason, and what no errand explains.
_GIVEN = frozenset("giving gave give given gives giveaway".split())
_A_MOVE = frozenset(
    (
        "move moving moved emigrate emigrating emigrated relocate relocating relocated "
        "downsize downsizing downsized declutter decluttering decluttered clearout clear-out "
        "charity minimalism minimalist kondo"
    ).split()
)
_EDGES = frozenset("edge ledge cliff cliffs bridge".split())
_A_VIEW = frozenset(
    (
        "photo photos photograph photographs pictures picture pics selfie selfies sunset "
        "sunrise view views scenery camera stars hike hiking"
    ).split()
)
_A_KNOT = frozenset(
    (
        "scouts scout cubs cub brownies guides knot knots badge sailing halloween decoration "
        "decorations prop props costume fake rehearsal stage"
    ).split()
)
_NO_ERRAND = frozenset(
    (
        "forever world life alive note letter letters forgive sorry tired enough pills end "
        "tonight anymore gone die dead suicide kill ready peace better wardrobe hanging hang "
        "nobody sort sorted won't wont need needing after thought think thinking wondered "
        "jump jumping jumped fall falling easy tempted wanted want hour hours alone step "
        "using use myself neck beam loft garage strong weight keep kept hide hid practising "
        "practise practice bottom"
    ).split()
)


def _an_everyday_errand(matched: str, present: frozenset[str]) -> bool:
    """ "Giving my stuff away before the move", "I stood at the edge of the cliff and took
    photos of the sunset", "we learned to tie a noose knot at scouts": the preparation's
    everyday reason is said, and nothing in the message that no errand explains (a thought,
    a jump, nobody left to sort things, using it, "myself")."""
    said = frozenset(matched.split())
    if not _NO_ERRAND.isdisjoint(present):
        return False
    if "noose" in said or "nooses" in said:
        return not _A_KNOT.isdisjoint(present)
    if not _EDGES.isdisjoint(said):
        return not _A_VIEW.isdisjoint(present)
    if not _GIVEN.isdisjoint(said) or "away" in said:
        return not _A_MOVE.isdisjoint(present)
    return False


# People whose work cuts, burns or pierces skin, and where it is done.
_SKIN_WORK = frozenset(
    (
        "tattooist tattoo tattoos tattooed artist piercer piercing piercings surgeon surgeons "
        "surgery operation op nurse nurses doctor doctors dr gp dentist dermatologist "
        "consultant beautician therapist acupuncturist physio podiatrist chiropodist "
        "phlebotomist vet midwife paramedic stitches biopsy mole salon clinic hospital "
        "laser waxing electrolysis"
    ).split()
)


def _someone_else_on_my_body(found: re.Match[str], words: list[str], v_index: int) -> str | None:
    """Who did a self-harm act ("cut my skin") when it is someone else: ``"professional"``
    for a tattoo artist, a nurse or a surgeon at work; ``"someone"`` for anyone else ("my
    boyfriend cut my skin", harm from others); None when it is mine."""
    act = _group(found, "act")
    if act is None or act[2].split()[0] != "my":
        return None
    subject = _subject(words, v_index)
    if subject not in ("third", "none"):
        return None
    lo = _sentence_start(words, v_index)
    before = words[max(0, v_index - 5, lo) : v_index]
    sentence = words[lo : _sentence_end(words, v_index)]
    if not _SKIN_WORK.isdisjoint(before) or (
        subject == "third" and not _SKIN_WORK.isdisjoint(sentence) and _FEAR.isdisjoint(sentence)
    ):
        return "professional"
    return "someone" if subject == "third" else None


# A chore a blade is taken out or apart for: "to clean it", "to get the shavings out".
_BLADE_CHORES = frozenset(
    "clean fix replace change sharpen unjam unclog oil empty swap mend dry repair".split()
)
_ON_A_BODY = frozenset(
    (
        "myself me arm arms wrist wrists leg legs thigh thighs skin stomach hip hips body "
        "use using hide hid hiding keep kept again urge urges cut cutting bleed bleeding"
    ).split()
)


def _a_blade_for_a_chore(words: list[str], v_index: int, end_index: int) -> bool:
    """ "I took the blade out of my pencil sharpener to clean it", "took the razor apart
    to clean the blades": a blade handled for a chore said straight after, with nothing
    of a body, a use, hiding or keeping it in the sentence."""
    said = words[v_index : end_index + 1]
    if "blade" not in said and "blades" not in said and "razor" not in said:
        return False
    sentence = words[_sentence_start(words, v_index) : _sentence_end(words, end_index)]
    if not _ON_A_BODY.isdisjoint(sentence) or not _MARKERS_BUT_BLADES.isdisjoint(sentence):
        return False
    after = words[end_index + 1 : end_index + 9]
    return any(w == "to" and then in _BLADE_CHORES for w, then in pairwise(after)) or any(
        w == "to" and then == "get" and "out" in after for w, then in pairwise(after)
    )


_MARKERS_BUT_BLADES = _SH_MARKERS - frozenset("blade blades razor razors sharpener".split())


# Toys and soft things a blow in play is struck with.
_TOYS = frozenset(
    (
        "lightsaber pillow pillows nerf snowball snowballs toy toys foam balloon balloons "
        "cushion cushions teddy noodle squirt plushie sponge"
    ).split()
)
_HARM_TOO = frozenset(
    "hurt hurts bled bleeding blood hospital again scared afraid breathe until till face "
    "choke choking every always".split()
)


def _hit_with_a_toy(words: list[str], end_index: int) -> bool:
    """ "My little brother whacked me with a lightsaber", "she hit me with a pillow": a blow
    in play, struck with a toy, and nothing said of hurt or fear."""
    after = words[end_index + 1 : end_index + 6]
    if not after or after[0] != "with" or _TOYS.isdisjoint(after):
        return False
    return _HARM_TOO.isdisjoint(words[end_index + 1 : _sentence_end(words, end_index + 1)])


_ANIMALS = frozenset(
    (
        "dog dogs puppy pup cat cats kitten horse pony hamster rabbit parrot budgie snake "
        "goat bird birds wasp bee ferret rat mouse cow sheep goose swan gerbil lizard"
    ).split()
)
_PERSON_WORDS = frozenset(
    "he she they him her them someone somebody man woman guy boy girl".split()
)


def _an_animals_doing(words: list[str], v_index: int) -> bool:
    """ "The dog bit me", "next door's cat scratched me": the one who did it, the nearest
    noun before the verb in its clause, is an animal."""
    doer = reversed(words[max(0, v_index - 4) : v_index])
    return _named_first(doer, _ANIMALS, (",", "."), _PERSON_WORDS, _PEOPLE)


_INJURIES = frozenset("eye eyes bruise bruises bruised lip nose nosebleed tooth teeth".split())
_PLAY = frozenset(
    (
        "football ball rugby cricket hockey netball basketball volleyball tennis squash "
        "badminton frisbee training match game practice pe gym trampoline skateboard "
        "skateboarding bike cycling skiing climbing"
    ).split()
)
_FROM_PLAY = frozenset("from at in during playing by".split())


def _a_knock_in_play(matched: str, words: list[str], end_index: int) -> bool:
    """ "Got a black eye from a football at training": an injury whose cause is a ball or
    a game, told straight after it (not a blow someone dealt)."""
    said = matched.split()
    if _INJURIES.isdisjoint(said) or "me" in said:
        return False  # (not "he gave me a black eye at the match")
    after = words[end_index + 1 : end_index + 7]
    return bool(after) and after[0] in _FROM_PLAY and not _PLAY.isdisjoint(after)


_BY_MISTAKE = frozenset(
    (("by", "accident"), ("by", "mistake"), ("accidentally", "locked"), ("accidently", "locked"))
)


def _locked_out_by_mistake(found: re.Match[str], sentence: list[str]) -> bool:
    """ "My flatmate locked me out by accident": a lock-out by mistake, not control (and
    not by a partner or ex, whose "mistake" the policy does not take on trust)."""
    return (
        _PARTNERS.isdisjoint(sentence)
        and _has(found, "act5")
        and any(pair in _BY_MISTAKE for pair in pairwise(sentence))
    )


_TEAMS = frozenset("we team side club squad lads girls boys united city rovers".split())
_NUMBER_WORDS = frozenset("nil zero one two three four five six seven eight nine ten".split())
_COUNTED = frozenset("times days nights weeks months years hours minutes a an or more".split())


def _a_score(ctx: _Context, end_index: int) -> bool:
    """ "We got beaten 3-0 at home", "he beat me 6-2 at chess", "we were beaten 21-3 by the
    all blacks", "beaten by her brother at chess 3-0": a beating told with a game's score
    in the few words after it, in its clause ("3-0" is "3 0" by then, "two nil" too), was
    a game, whoever was beaten and wherever, unless the message is afraid."""
    if not _FEAR.isdisjoint(ctx.present):
        return False
    words = ctx.words
    for k in range(end_index + 1, min(end_index + 7, len(words) - 1)):
        if words[k] in _BREAKS:
            return False
        if (words[k].isdigit() or words[k] in _NUMBER_WORDS) and (
            words[k + 1].isdigit() or words[k + 1] in _NUMBER_WORDS
        ):
            # ("2-3 times a week" is no score)
            return words[k + 2 : k + 3] == [] or words[k + 2] not in _COUNTED
    return False


_BEATEN_HARD = (
    _HARM_TOO
    | _INJURIES
    | frozenset(
        "by up with belt night home dad mum father mother stepdad stepmum brother sister".split()
    )
)


def _a_team_beaten(ctx: _Context, v_index: int, end_index: int) -> bool:
    """ "We got beaten on saturday", "the team got badly beaten": a side beaten in a game,
    not a person by someone ("we got beaten by dad", "we got beaten up")."""
    words = ctx.words
    if words[end_index] != "beaten" or v_index < 1 or words[v_index - 1] not in _TEAMS:
        return False
    after = words[end_index + 1 : _sentence_end(words, end_index + 1)]
    return _BEATEN_HARD.isdisjoint(after) and _FEAR.isdisjoint(ctx.present)


# Rooms someone else is using or keeps as their own: locked out of them, one waits.
_OCCUPIED = frozenset("bathroom toilet loo shower wc".split())
_OWN_ROOM = frozenset(("his", "her", "their"))


def _locked_out_of_their_room(found: re.Match[str], ctx: _Context) -> bool:
    """ "My sister locked me out of the bathroom", "my brother locked me out of his room":
    kept out of a room someone else is in, not shut out of home or in a room (and not by a
    partner, nor in anger)."""
    if not _has(found, "act5") or found.group("act5").split()[-1] != "out":
        return False
    end = ctx.index(found.end())
    after = ctx.words[end : end + 4]
    if after[:1] != ["of"] or len(after) < 3:
        return False
    room = after[2] in _OCCUPIED or (after[1] in _OWN_ROOM and after[2] in ("room", "bedroom"))
    return room and ctx.present.isdisjoint(_PARTNERS) and ctx.present.isdisjoint(_NOT_IN_PLAY)


# Said of a blow, that it was not meant: an accident, a sleeper's, a prank.
_UNMEANT_PAIRS = frozenset(
    (
        ("as", "a"), ("for", "a"), ("messing", "about"), ("messing", "around"),
        ("mucking", "about"), ("play", "fighting"),
    )
)  # fmt: skip
_JOKES = frozenset("joke laugh prank dare".split())
_UNMEANT = frozenset("accidentally accidently playfighting sleepwalking".split())
# What makes a blow's "accident" or "joke" doubtful, or no play: said so by the one who
# did it, repeated, meant, fear, a fall or a hold that is dangerous whatever the mood.
_NOT_IN_PLAY = _FEAR | frozenset(
    (
        "says said claims claimed pretends pretended pretending again always every keeps kept "
        "happens happening purpose meant deliberately angry anger temper punish punishes "
        "stairs road traffic under wall hospital knife drunk"
    ).split()
)


def _a_blow_unmeant(ctx: _Context, v_index: int, end_index: int, sentence: list[str]) -> bool:
    """ "He kicked me by accident", "my brother accidentally hit me with the cricket bat",
    "my daughter kicked me while she was asleep", "he shoved me into the pool as a joke":
    a blow told as not meant, by someone who is not a partner (a partner's "accident" is
    not taken on trust; a sleeper's is), with nothing that doubts it or makes it harm."""
    if not _NOT_IN_PLAY.isdisjoint(ctx.present):
        return False
    words = ctx.words
    clause = words[_sentence_start(words, v_index) : _sentence_end(words, end_index)]
    if not _NOT_A_BLOW.isdisjoint(clause):
        return False
    asleep = any(
        (a == "while" and b in ("sleeping", "asleep"))
        or (a in _HE_SHE and b in ("was", "were") and c == "asleep")
        or (a == "in" and b in ("his", "her", "their") and c == "sleep")
        for a, b, c in zip(clause, clause[1:], [*clause[2:], ""], strict=False)
    )
    if asleep:
        return True  # (the one who did it asleep: not "while I was asleep")
    if not _PARTNERS.isdisjoint(sentence):
        return False
    if not _UNMEANT.isdisjoint(clause) or any(pair in _BY_MISTAKE for pair in pairwise(clause)):
        return True
    # a prank: thrown or pushed in (a pool, the sea, the snow) for a laugh; not a blow
    # struck "as a joke", and nothing that hurt
    return (
        v_index < len(words)
        and words[v_index] in _PRANKS
        and _HARM_TOO.isdisjoint(clause)
        and any(
            (a, b) in _UNMEANT_PAIRS and (a not in ("as", "for") or c in _JOKES)
            for a, b, c in zip(clause, clause[1:], [*clause[2:], ""], strict=False)
        )
    )


_PRANKS = _PUSHES | frozenset(
    "shove shoves shoved shoving threw throw throws chucked chuck dunked dunk tipped".split()
)
# Acts no sleep, slip or joke explains.
_NOT_A_BLOW = _TOUCHED | frozenset(
    "grope groped groping raped rape molested kissed kiss undressed filmed".split()
)


def _pushed_in_play(words: list[str], v_index: int, end_index: int) -> bool:
    if v_index >= len(words) or words[v_index] not in _PUSHES:
        return False
    after = words[end_index + 1 : end_index + 8]
    if not _PUSHED_HARD.isdisjoint(after):
        return False  # "pushed me in my wheelchair into the road"
    return (
        bool(after)
        and after[0] in ("on", "in", "round", "around", "along", "about", "higher")
        and (not _RIDES.isdisjoint(after) or after[0] == "higher")
    )


# What "clean" or "sober" is from, when it is drink, drugs or gambling; and the words
# that make it self-harm whatever else is said.
_SUBSTANCE = frozenset(
    (
        "using use drink drinking drank drinks booze alcohol sober sobriety drugs drug coke "
        "cocaine weed heroin meth crack smoking vaping vape gambling gamble betting bet "
        "sponsor aa na meeting meetings pint pints wine vodka"
    ).split()
)
_HARM_WORDS = frozenset(
    (
        "cut cutting cuts harm harming hurt hurting blade blades razor burn burning scars scar "
        "sh selfharm myself bleed bleeding skin arms wrists thighs"
    ).split()
)


def _a_substance(sentence: list[str]) -> bool:
    """ "Two years clean and I still think about using": clean from drink or drugs, not
    from self-harm (no self-harm word in the sentence)."""
    return not _SUBSTANCE.isdisjoint(sentence) and _HARM_WORDS.isdisjoint(sentence)


# Someone who meets the subject at work: "as a teacher", "as a school nurse".
_ROLES = frozenset(
    (
        "teacher teachers nurse doctor gp counsellor counselor therapist worker carer paramedic "
        "volunteer lifeguard coach mentor tutor lecturer psychologist psychiatrist midwife "
        "firstaider aider officer lead governor chaplain pharmacist"
    ).split()
)


_NOUN_AFTER = frozenset("of about any on with the around for regarding re".split())


def _a_noun_here(words: list[str], index: int) -> bool:
    """ "signs of self harm", "asked about suicide": the word named, not done ("I self harm")."""
    return index > 0 and words[index - 1] in _NOUN_AFTER


def _in_a_role(words: list[str]) -> bool:
    """ "As a teacher ...", "as a school nurse ...": speaking from a job."""
    return any(
        w == "as"
        and words[k + 1 : k + 2] in (["a"], ["an"])
        and not _ROLES.isdisjoint(words[k + 2 : k + 5])
        for k, w in enumerate(words)
    )


def _helping(rule: Rule, found: re.Match[str], ctx: _Context, who: str | None) -> bool:
    """A helper's question about someone else (``_asked_what_if_told``, ``_asks_how_to_help``),
    not about me."""
    if _mentions_me(found.group()):
        return False
    start = ctx.index(found.start())
    if who == "third" and _asked_what_if_told(ctx.words, start, ctx.index(found.end())):
        return True
    return _asks_how_to_help(ctx, start, ctx.index(found.end()))


# A question that asks how to help or how to tell: "how do I support a friend who ...",
# "what are the signs that a teenager might be ...", "learn how to talk to someone who ...".
_HOW_TO_HELP = (
    ("how", "do", "i"), ("how", "can", "i"), ("how", "should", "i"), ("how", "to"),
    ("what", "do", "i"), ("what", "should", "i"), ("what", "can", "i"), ("what", "are", "the"),
    ("what", "are", "good"), ("what", "are", "signs"), ("any", "tips"), ("any", "advice"),
    ("learn", "how", "to"), ("best", "way", "to"), ("right", "way", "to"), ("how", "do", "you"),
    ("how", "would", "i"),
)  # fmt: skip
_HELPS = frozenset(
    (
        "support supporting help helping talk listen say respond tell spot recognise recognize "
        "notice signs apps tools resources handle approach comfort advice tips ask asking raise"
    ).split()
)
# What makes it someone at risk now, whatever is asked: a disclosure made, a time, a plan.
_AT_RISK_NOW = _RECENT | frozenset(
    "night now going gonna plan planning plans says said told texted wrote just keeps".split()
)
_RECOGNISING = frozenset("signs sign spot recognise recognize notice might".split())
_KNOWN = frozenset("my his her their our he she he's she's they're".split())
_ME_NOT_THE_ASKER = frozenset("me myself i'm im i've i'd mine".split())


def _asks_how_to_help(ctx: _Context, start: int, end: int) -> bool:
    """ "How do I support a friend who self harms", "what are the signs that a teenager
    might be suicidal", "how can I tell if my neighbour is being abused": a question on
    how to help or to tell, opening the clause the match is in, about someone who is not
    me, with nothing of a disclosure made, a time or a plan."""
    words = ctx.words
    clause = words[_clause_start(words, start, 16) : start]
    after = -1  # where the opener ends in the clause
    for k in range(min(6, len(clause))):
        for n in (3, 2):
            if tuple(clause[k : k + n]) in _HOW_TO_HELP:
                after = k + n
                break
        if after >= 0:
            break
    if after < 0 or _HELPS.isdisjoint(clause + words[start:end]):
        return False
    stop = end
    while stop < len(words) and words[stop] not in (".", ","):
        stop += 1
    asked = clause[after:] + words[start:stop]
    if "i" in asked or not _ME_NOT_THE_ASKER.isdisjoint(asked):
        return False  # "how do I tell if I'm being abused": about me
    if _THIRD.isdisjoint(asked) and _PEOPLE.isdisjoint(asked):
        return False  # ("any tips on how to die": nobody else is named)
    if not _RECOGNISING.isdisjoint(clause + asked) or _whether(clause + asked):
        return _AT_RISK_NOW.isdisjoint(ctx.present)  # whether anyone is at risk is the question
    # how to support someone: only someone not yet known ("a friend who self harms", not
    # "my friend who wants to kill himself", who is at risk now)
    if not _KNOWN.isdisjoint(asked):
        return False
    return _AT_RISK_NOW.isdisjoint(ctx.present)


def _whether(words: list[str]) -> bool:
    """ "How can I tell if ...", "how do you ask your son if ...": whether anyone is at
    risk is the question."""
    return any(
        (w == "tell" and words[k + 1 : k + 2] == ["if"])
        or (w in ("ask", "asking") and "if" in words[k + 1 : k + 5])
        for k, w in enumerate(words)
    )


_ASKS = frozenset("what how who where should".split())
_DISCLOSES = frozenset("tells says discloses confides comes admits".split())
_NOT_YET_KNOWN = frozenset("a an someone somebody anyone one any".split())
# Whoever does the harm in a disclosure asked about, not yet known: "if my child tells me
# someone has hurt them", "if she says anybody touched her".
_ANY_DOER = frozenset("someone somebody anyone anybody a an".split())
# How an answer to a disclosure is asked for after it: "..., what should I say?", "what's
# the right thing to do", "how do I respond".
_ANSWERS = frozenset("say do respond react handle answer reply".split())


def _asked_what_if_told(words: list[str], start: int, end: int | None = None) -> bool:
    """ "What should I say if a student tells me she's being hurt?", "how do I respond if a
    colleague says she wants to die": a question, asked before the match, about what to
    do if someone not yet known were to tell me (present tense: not "if she told me",
    which happened). Or asked after it ("if my son ever tells me he wants to hurt
    himself, what's the right thing to say?", with ``end``, where the match ends). The
    teller may be someone known when the telling is one that may never come ("ever",
    "were to") or what it would tell is done by nobody known yet ("if my child tells me
    someone has hurt them")."""
    clause = words[_clause_start(words, start, 16) : start]
    if not clause:
        return False
    if clause[0] not in _ASKS and (
        clause[0] != "if" or end is None or not _answer_asked(words, end)
    ):
        return False
    for k, word in enumerate(clause):
        if word == "if" and not _DISCLOSES.isdisjoint(clause[k + 1 : k + 6]):
            # someone not yet known: "a student", "someone", "one of my clients" (not "my
            # friend", who may be saying it now)
            teller = clause[k + 1 : k + 6]
            if teller[0] in _NOT_YET_KNOWN or "ever" in teller or "were" in teller:
                return True
            told = words[start - len(clause) + k + 1 : start + 3]
            return any(
                w in _DISCLOSES and not _ANY_DOER.isdisjoint(told[j + 1 : j + 4])
                for j, w in enumerate(told)
            )
    return False


def _answer_asked(words: list[str], end: int) -> bool:
    """After ``end``, in the same sentence, a question on how to answer: "what should I
    say", "what's the right thing to do", "how do I react"."""
    k = end
    while k < len(words) and words[k] != ".":
        if words[k] in ("what", "how") and not _ANSWERS.isdisjoint(words[k + 1 : k + 7]):
            return True
        k += 1
    return False


_TELLS = frozenset("tell told say said show showed".split())
_TOLD_TO = frozenset("them people anyone anybody everyone everybody you that".split())
# What "I was / got / am" told would be done to me: not a tale of my own doing.
_DONE_TO_ME = frozenset("was got am have had been being".split())
_HARM_TOLD = frozenset(
    "he she him her his hit hits hurt hurts abuse abused police touched raped did does".split()
)


def _a_tall_tale(words: list[str], end_index: int) -> bool:
    """ "Nobody will believe me when I tell them I won the raffle", "... if I say I saw a
    ghost": what would not be believed is my own doing or sighting, not harm to me."""
    after = words[end_index + 1 : _sentence_end(words, end_index + 1, end_index + 30)]
    if not _HARM_TOLD.isdisjoint(after):
        return False
    for k, word in enumerate(after):
        if word in _TELLS:
            rest = after[k + 1 :]
            while rest and rest[0] in _TOLD_TO:
                rest = rest[1:]
            return len(rest) > 1 and rest[0] == "i" and rest[1] not in _DONE_TO_ME
    return False


# A goodbye at a leaving: a job, a move, a school, a trip, a retirement.
_GOODBYES = frozenset("suicide/goodbye suicide/goodbye-when-done".split())
_LEAVINGS = frozenset(
    (
        "job work office team colleagues coworkers shift company leaving do retire retiring "
        "retirement moving move emigrating abroad flight airport holiday term school uni "
        "college course class graduation monday contract notice plane boarding"
    ).split()
)
# A farewell said, or a last message's "by the time you read this".
_FAREWELLS = frozenset("goodbye goodbyes bye farewell read".split())
# Words of a last goodbye, which no leaving explains.
_FINAL = frozenset(
    (
        "forever world life alive note letter letters forgive sorry tired enough pills end "
        "tonight anymore gone die dead suicide kill myself longer need ready peace better"
    ).split()
)


_AWAY = frozenset(
    (
        "holiday holidays vacation trip away abroad leave conference visiting festival camp "
        "honeymoon travelling traveling flying cruise hols"
    ).split()
)


def _away_a_while(matched: str, present: frozenset[str]) -> bool:
    """ "I won't be here next week, I'm on holiday": an absence for a while (next week, not
    tomorrow or much longer), explained by a trip, with nothing final in it."""
    return (
        matched.split()[-2:] == ["next", "week"]
        and not _AWAY.isdisjoint(present)
        and _FINAL.isdisjoint(present)
    )


def _a_leaving(matched: str, present: frozenset[str]) -> bool:
    """ "My last day at this job, goodbye everyone!", "said goodbye to everyone at work,
    new job on monday": a farewell said (not "I won't be here much longer") and explained
    by a leaving, with nothing final in it."""
    return (
        not _FAREWELLS.isdisjoint(matched.split())
        and not _LEAVINGS.isdisjoint(present)
        and _FINAL.isdisjoint(present)
    )


_CLINICIANS = frozenset(
    (
        "doctor doctors dr nurse nurses consultant consultants gp surgeon surgeons vet vets "
        "midwife carer carers physio paramedic paramedics hospice palliative ward staff team"
    ).split()
)


def _a_clinicians_word(found: re.Match[str], words: list[str], v_index: int) -> bool:
    """ "The doctor says she's ready to go", "the vet said he was ready to go": a
    clinician's judgement of someone ready to leave (hospital, or this life)."""
    if not found.group("act").startswith("ready to go"):
        return False
    return not _CLINICIANS.isdisjoint(words[max(0, v_index - 3) : v_index])


_CAUSES = frozenset("makes make made making".split())
# Not a thing but the whole of it: "everything makes you want to die", "life does".
_ALL_OF_IT = frozenset(
    "everything life living existence existing world everyone everybody people all alive being".split()
)


def _makes_you(words: list[str], v_index: int) -> bool:
    """ "This commute makes you want to die", "mondays make you wanna die": the generic
    "you" of hyperbole, what a thing would do to anyone. Not when a person does the
    making ("he makes you want to die") or it is asked ("does it make you ...")."""
    if v_index < 3 or words[v_index - 1] != "you" or words[v_index - 2] not in _CAUSES:
        return False
    before = words[max(0, v_index - 7, _sentence_start(words, v_index - 2)) : v_index - 2]
    return bool(before) and all(
        w not in _THIRD and w not in _SELF and w not in _NOT_SELF_TALK and w not in _ALL_OF_IT
        for w in before
    )


_CHORES = _THING | _TASK


def _a_chore_laughed_off(rule: Rule, words: list[str], v_index: int, sentence: list[str]) -> bool:
    """ "This homework makes me want to die lol", "dead inside after that exam lol": a
    chore or a thing that makes me feel it, laughed off in the same sentence. Only the
    wish or the deadness put on a thing, not a method, not "kms lol"."""
    if not _a_chore_laughed_at(sentence):
        return False
    if rule.name == "broad/already-dead":
        return True
    return rule.name == "suicide/wish-to-die" and _made_to_by_a_chore(words, v_index)


def _a_chore_laughed_at(sentence: list[str], laughs: frozenset[str] = _LAUGH) -> bool:
    """A laugh ("lol", "joking": a word of ``laughs``) and a chore or a thing in the sentence."""
    return not laughs.isdisjoint(sentence) and not _CHORES.isdisjoint(sentence)


def _made_to_by_a_chore(words: list[str], k: int) -> bool:
    """ "This homework makes me (want to) die": "makes me" within the four words before
    word ``k``, and a chore or a thing, not a person, before that in the sentence."""
    for j in range(max(1, k - 4), k):
        if words[j] == "me" and words[j - 1] in _CAUSES:
            before = words[max(0, j - 6, _sentence_start(words, j)) : j - 1]
            return not _CHORES.isdisjoint(before) and _THIRD.isdisjoint(before)
    return False


# Small things a child, a parent or a friend "will kill me" for: an embarrassment or
# a treat ("if I post that photo", "if I sing at her wedding", "if I wear that shirt").
_TEASED_FOR = _LAPSES | frozenset(
    (
        "post posted posts share shared show showed sing sang dance danced wear wore embarrass "
        "embarrassed mention mentioned tag tagged upload uploaded kiss kissed hug hugged buy "
        "bought spend spent spoil spoiled spoilt play played eat wake woke"
    ).split()
)
# Said, not sworn: a weapon, an attempt or a threat in the sentence is not teasing.
_SWORN = _THREAT_MARKERS - frozenset("said says told tells texted".split())
# A partner's "I'll kill you if you wear that" is control, not teasing: not set aside.
_PARTNERS = frozenset(
    (
        "husband wife boyfriend girlfriend partner ex fiance fiancee spouse hubby missus wifey "
        "ex-husband ex-wife ex-boyfriend ex-girlfriend exbf exgf bf gf stepdad stepfather "
        "stepmum stepmom stepmother"
    ).split()
)


def _a_tease(sentence: list[str]) -> bool:
    """ "My son says he'll kill me if I post that photo", "mum said she'd kill me if I
    wore that shirt again": a joking threat over a small thing, said by someone who is
    not a partner, with no weapon, attempt or threat; not "... if I leave / tell"."""
    if not _SWORN.isdisjoint(sentence):
        return False
    for k in range(len(sentence) - 2):
        if sentence[k] == "if" and sentence[k + 1] == "i":
            if not _PARTNERS.isdisjoint(sentence[:k]):
                return False  # (who says it; "... if I show his girlfriend" is teasing)
            said = sentence[k + 2 : k + 4]
            if said[0] in ("ever", "was", "am", "get", "got", "were"):
                said = said[1:]  # "if I was late", "if I'm late again"
            if "about" in sentence[k + 2 : k + 8]:
                return False  # "if I post anything about him": silencing, not teasing
            if not said or said[0] in _IF_I_LEAVE:
                return False
            return said[0] in _TEASED_FOR or not _LAPSES.isdisjoint(sentence[k + 2 : k + 7])
    return False


def _a_death(found: re.Match[str], ctx: _Context, v_index: int) -> bool:
    """ "she went to sleep and didn't wake up": how someone else died, not a wish."""
    subject = _subject(ctx.words, v_index)
    said = found.group().split()
    if subject == "third" and "did" in said:
        return True
    # "my dog went to sleep and never woke up": told in the past of someone else
    return subject in ("third", "none") and "woke" in said and "i" not in ctx.words[:v_index]


def _someone_else_overdosed(found: re.Match[str]) -> bool:
    """ "my cousin overdosed", "she overdosed" (the rule's verb group holds the doer)."""
    doer = found.group("v").split()
    return bool(doer) and doer[0] in _THIRD


def _judge_self_only(
    rule: Rule, ctx: _Context, who: str, v_index: int, end_index: int, matched: str
) -> _Hit | None:
    """The speaker's own crisis; said of someone else it is a third party at risk,
    unless the message is about a death (grief) or a story."""
    if who == "third":
        if ctx.media or not _GRIEF.isdisjoint(ctx.present):
            return None
        return _Hit("third_party", False, matched)
    if ctx.media and who != "self":
        return None
    if rule.category == "self_harm" and (
        _accident(ctx.words, v_index, end_index) or _recovered(ctx, v_index)
    ):
        return None
    return _Hit(rule.category, rule.direct and who in ("self", "none"), matched)


# Words for the speaker, for someone else, and for what is the speaker's own.
_ME = frozenset("me us my our myself i".split())
_THEM = frozenset("her him them his their herself himself themselves she he they".split())
_MINE = frozenset(["my", "our"])
_PEOPLE = frozenset(PERSON_NOUNS.split())


def _own_doing(found: re.Match[str], subject: str) -> bool:
    """The speaker doing something to their own things ("I keep checking
    my phone"): not control by someone else."""
    obj = _group(found, "obj")
    return obj is not None and subject == "self" and obj[2].split()[0] in _MINE


def _judge_against_me(
    rule: Rule, found: re.Match[str], ctx: _Context, v_index: int, end_index: int, matched: str
) -> _Hit | None:
    """Harm from others: to me (abuse) or to someone else (a third party at risk).

    The object decides when there is one ("rough with me", "next to her head");
    otherwise the subject: "I get hit" is abuse, "my sister's husband gets
    rough" a third party, "he gets rough when he drinks" abuse when the message
    speaks in the first person.
    """
    subject = _subject(ctx.words, v_index)
    if ctx.story and subject != "self":
        return None
    if _own_doing(found, subject):
        return None
    obj = _group(found, "obj")
    if obj is not None:
        first, *rest = obj[2].split()
        if first in _MINE and rest and rest[-1] in _PEOPLE:
            return _Hit("third_party", False, matched)  # "the carer leaves my dad without food"
        if first in _ME:
            return _Hit("abuse", rule.direct, matched)
        if first in _THEM:
            return _Hit("third_party", False, matched)
    if subject in ("self", "none", "you", "thing"):
        if rule.category == "abuse" and _accident(ctx.words, v_index, end_index):
            return None
        return _Hit("abuse", rule.direct, matched)
    before = ctx.words[max(0, v_index - 4) : v_index]
    if any(w.endswith("'s") for w in before) or _ME.isdisjoint(ctx.present):
        return _Hit("third_party", False, matched)
    if "by" in matched.split():
        return _Hit("third_party", False, matched)  # "my aunt got slapped by her husband"
    return _Hit("abuse", rule.direct, matched)


def _judge_intent_other(
    rule: Rule, found: re.Match[str], ctx: _Context, v_index: int, sentence: list[str], matched: str
) -> _Hit | None:
    """Intent to harm someone: the speaker's (unless a joke or a story), or a third party's."""
    subject = _subject(ctx.words, v_index)
    if ctx.media and subject != "self":
        return None
    if subject == "third":
        return _Hit("third_party", False, matched)
    if _hyperbole(ctx.words, ctx.index(found.end()), sentence):
        return None
    return _Hit(rule.category, rule.direct and subject in ("self", "none"), matched)


def _judge_harm(
    rule: Rule, found: re.Match[str], ctx: _Context, sentence: list[str], matched: str
) -> _Hit | None:
    obj = (found.group("obj") or "").split()
    to_me = bool(obj) and obj[0] in ("me", "us")
    subject = _subject(ctx.words, ctx.index(found.start("v")))
    if subject in ("self", "none", "you") and not to_me:
        if ctx.media and subject != "self":
            return None
        if _hyperbole(ctx.words, ctx.index(found.end()), sentence):
            return None
        return _Hit(rule.category, rule.direct and subject != "you", matched)
    if subject == "third":
        if ctx.media:
            return None
        if to_me:
            act = found.group("act")
            if act.startswith(_IDIOM_HARMS) and not _threat_context(found, sentence):
                return None  # "my mum is going to kill me when she sees this"
            return _Hit("abuse", True, matched)
        return _Hit("third_party", False, matched)
    return None


def _judge_other_to_me(
    rule: Rule, found: re.Match[str], ctx: _Context, sentence: list[str], matched: str
) -> _Hit | None:
    subject = _subject(ctx.words, ctx.index(found.start("v")))
    verb = (found.group("v") or "").split()
    verb_word = verb[0] if verb else ""
    obj_text = found.group("obj") if "obj" in found.re.groupindex else None
    to_me = obj_text.split()[0] in ("me", "us") if obj_text is not None else _mentions_me(matched)
    if subject == "third":
        if ctx.story:
            return None
        if verb_word not in _OTHER_OK and rule.name == "harm/act":
            return None
        if to_me:
            return _Hit("abuse", rule.direct, matched)
        return _Hit("third_party", False, matched)
    before = ctx.words[max(0, ctx.index(found.start("v")) - 2) : ctx.index(found.start("v"))]
    if (
        subject == "none"
        and to_me
        and rule.name.startswith("broad/")
        and verb_word in _OTHER_OK
        and _NOBODY.isdisjoint(before)
    ):
        return _Hit("abuse", rule.direct, matched)  # "the missus ... clocked me", "Mark hit me"
    if (
        subject == "self"
        and not to_me
        and (
            rule.name == "abuse/threat"
            or verb_word in _SELF_ACT_OK
            or (verb_word in _HELD and _held_roughly(ctx.words, ctx.index(found.end())))
        )
    ):
        if _hyperbole(ctx.words, ctx.index(found.end()), sentence):
            return None
        return _Hit("harm_to_others", True, matched)
    return None


# Holding someone is harm done when it is by the neck or pinned down: "I grabbed my
# son by the neck", "I held her against the wall" (not "I held my baby").
_HELD = frozenset("grabbed grab grabbing held hold holding pinned pin dragged drag".split())
_ROUGH_HOLDS = (
    ("by", "the", "neck"),
    ("by", "the", "throat"),
    ("by", "the", "hair"),
    ("by", "his", "neck"),
    ("by", "her", "neck"),
    ("by", "his", "throat"),
    ("by", "her", "throat"),
    ("by", "his", "hair"),
    ("by", "her", "hair"),
    ("against", "the", "wall"),
    ("against", "a", "wall"),
    ("to", "the", "floor"),
    ("to", "the", "ground"),
    ("down", "the", "stairs"),
)


def _held_roughly(words: list[str], end: int) -> bool:
    """The words just after a hold (``end``: the first word after the match) say it was
    rough: "by the neck", "against the wall", "to the floor"."""
    ahead = tuple(words[end : end + 5])
    return any(ahead[i : i + 3] == hold for hold in _ROUGH_HOLDS for i in range(3))


_CONCEAL = frozenset("hide hiding hid hidden cover covering covered conceal concealing".split())


def _hiding_it(verb: tuple[int, int, str] | None) -> bool:
    """ "I have to hide the bruises before work": the speaker hiding the marks of harm."""
    return verb is not None and verb[2].split(" ", 1)[0] in _CONCEAL


def _has(found: re.Match[str], name: str) -> bool:
    return name in found.re.groupindex and found.group(name) is not None


_GENERIC = frozenset(
    "guy guys man men woman women girl girls boy boys lady dude people person someone somebody "
    "everyone everybody anyone anybody bitch bastard prick asshole arsehole cunt idiot twat "
    "dickhead who".split()
)


def _relation_subject(words: list[str], index: int, verb: str | None) -> bool:
    """Someone the person knows ("my brother", "she"), not "a man" in the news."""
    candidates = (verb or "").split()[:1]
    j = index - 1
    while j >= 0 and index - j <= 8 and words[j] not in (",", "."):
        candidates.append(words[j])
        j -= 1
    for word in candidates:
        if word in ("he", "she", "they") or (word in _THIRD and word not in _GENERIC):
            return True
        if word.endswith("'s") and word[:-2] in _THIRD and word[:-2] not in _GENERIC:
            return True
    return False


_MY_WORDS = frozenset("me us my our myself".split())


def _mentions_me(matched: str) -> bool:
    return not _MY_WORDS.isdisjoint(matched.split())


_AFRAID = frozenset("scared afraid worried frightened terrified".split())

# What "mum is going to ... me when she sees this" says in jest.
_IDIOM_HARMS = ("kill", "murder", "strangle", "throttle", "skin", "slaughter")


def _threat_context(found: re.Match[str], sentence: list[str]) -> bool:
    verb = found.group("v")
    if verb.startswith(("tried", "trying", "try", "want", "thinking", "plan")):
        return True
    if _a_tease(sentence):
        return False  # "my son says he'll kill me if I post that photo"
    if not _THREAT_MARKERS.isdisjoint(sentence):
        return True
    for i, word in enumerate(sentence[:-2]):
        if word == "if" and sentence[i + 1] == "i" and sentence[i + 2] in _IF_I_LEAVE:
            return True
    return False


def _hyperbole(words: list[str], after: int, sentence: list[str]) -> bool:
    """'I'll kill him lol', 'I could kill her for eating my lunch', 'if he's late again'
    (but not 'for what he did')."""
    if not _LAUGH.isdisjoint(sentence):
        return True
    if any(w in _AFRAID and sentence[k + 1 : k + 2] == ["i"] for k, w in enumerate(sentence)):
        return False  # "I could hurt her when she's like this and I'm scared I will"
    following = words[after : after + 3]
    if following and following[0] == "for":
        # ("... for eating my lunch"; not "I'll make him pay for what he did": revenge)
        return following[1:2] != ["what"]
    if len(following) == 3 and following[0] == "," and following[1] in ("he", "she", "they"):
        # "I could kill my brother, he ate my last yogurt": a complaint about what he did
        return following[2] in _HYPERBOLE_IF and following[2] not in ("is", "was", "says", "does")
    if (
        len(following) >= 2
        and following[0] in ("if", "when")
        and following[1]
        in (
            "he",
            "she",
            "they",
            "it",
            "you",
        )
    ):
        return len(following) < 3 or following[2] in _HYPERBOLE_IF
    return False


def _reflexive(act: str) -> str | None:
    words = act.split()
    if "myself" in words or "me" in words or "my" in words:
        return "self"
    if "yourself" in words:
        return "you"
    if not {"himself", "herself", "themselves", "themself", "his", "their", "her"}.isdisjoint(
        words
    ):
        return "third"
    return None


def _subject(words: list[str], index: int) -> str:
    """Who the clause ending at word ``index`` is about: self | you | third | thing | none."""
    j = index - 1
    steps = 0
    # "me" after a verb or a preposition is that verb's object: who acts may be named
    # before it ("she kicks me out and makes me sleep in the car", "my grandson shouts
    # at me and has my card"); if nobody is, the clause is still about me.
    fallback = "none"
    while j >= 0 and steps < 8:
        word = words[j]
        if word in (",", "."):
            break
        if (
            j > 0
            and words[j - 1] in _PREPOSITIONS
            and word not in ("me", "us", "him", "her", "them")
        ):
            j -= 1  # "the kids at school", "my friend from work": not the subject
            steps += 1
            continue
        if word == "it" and words[j + 1] in ("and", "then"):
            j -= 1  # "I lost it and hit her": the object of the verb before
            steps += 1
            continue
        if word in ("me", "us") and j > 0 and words[j - 1] not in _ME_STILL_ACTS:
            # ("part of me wants", "he makes me want to", "me and him": still me)
            fallback = "self"
            j -= 1
            steps += 1
            continue
        if word in ("me", "us") and j > 1 and _joined_to_the_teller(words, j, index):
            # "grandad tells me to sit on his lap and touches me": I do what I am told,
            # the teller does the verb joined to the telling; who tells is its subject
            teller = _subject(words, j - 1)
            return "self" if teller == "none" else teller
        if word in ("my", "our") and j + 1 < index:
            # "my husband and his family take my whole salary and hit me": a
            # possessive names what follows it, not who acts.
            j -= 1
            steps += 1
            continue
        if word in _SELF:
            return "self"
        if word in _YOU:
            return "you"
        if word in _THIRD or (word.endswith("'s") and word[:-2] in _THIRD):
            return "third"
        if word in _THING:
            return "thing" if fallback == "none" else fallback
        if word in ("but", "because", "though", "although"):
            break
        j -= 1
        steps += 1
    return fallback


# Words before "me" that leave me the one who acts next: a clause opening on "me"
# ("me and him"), "part of me", and verbs whose object does the next verb ("he
# makes me want to", "it made me", "they told me to").
_ME_STILL_ACTS = frozenset(
    (
        ", . and but so then or because of make makes made making let lets letting get gets "
        "got getting want wants wanted tell tells told telling ask asks asked asking force "
        "forces forced forcing help helps helped helping drive drives drove push pushes "
        "pushed pushing leave leaves left leaving"
    ).split()
)


_FINITE_TELLERS = frozenset(
    (
        "makes made lets gets got wants wanted tells told asks asked forces forced helps "
        "helped drives drove pushes pushed leaves left"
    ).split()
)
_IRREGULAR_PAST = frozenset(
    "held bit spat beat hit shook stuck threw took made told got drove kept put".split()
)


def _joined_to_the_teller(words: list[str], j: int, index: int) -> bool:
    """ "Tells me to sit on his lap and touches me", "made me undress and filmed me": "me"
    after a telling or making verb (``words[j]``) does what it is told, but the verb at
    ``index`` is inflected like the telling one ("touches", "filmed", not "touch") and
    joined to it by "and", so the teller does it."""
    teller = words[j - 1]
    if teller not in _FINITE_TELLERS or index >= len(words) or "and" not in words[j + 1 : index]:
        return False
    if words[index - 1] == "to" or (index >= 2 and words[index - 2 : index] == ["and", "to"]):
        return False  # "told me to go and to ..."
    verb = words[index]
    past = teller.endswith("ed") or teller in _IRREGULAR_PAST
    if past:
        return verb.endswith("ed") or verb in _IRREGULAR_PAST - {"hit", "beat", "put"}
    return verb.endswith("s") and not verb.endswith(("ss", "us", "is")) and len(verb) > 3


def _negated(words: list[str], index: int) -> bool:
    """A 'not'/'never' in the few words before the verb, in the same clause."""
    j = index - 1
    steps = 0
    while j >= 0 and steps < 6:
        word = words[j]
        if word in _BOUNDARY:
            return False
        if word in _NEGATORS:
            after = words[j + 1] if j + 1 < len(words) else ""
            before = words[j - 1] if j > 0 else ""
            if after in _UNNEGATE_AFTER or before in _UNNEGATE_BEFORE:
                return False
            if word == "not" and before == "can" and after == "wait":
                return False  # "can't wait to die"
            return not (
                word == "no"
                and after
                not in (
                    "longer way intention intentions plans plan desire urge urges thoughts "
                    "thought wish"
                ).split()
            )
        if word in _SELF or word in _YOU or word in _THIRD:
            # "there's no way I would ...", "never would I ..."
            ahead = words[max(0, j - 2) : j]
            return "never" in ahead or ahead in (["no", "way"], ["not", "that"])
        j -= 1
        steps += 1
    return False


def _negated_inside(words: list[str], first: int, last: int) -> bool:
    """A negation between the verb and the act: "I am not suicidal"."""
    for j in range(first, min(last, len(words))):
        if words[j] in _NEGATORS:
            after = words[j + 1] if j + 1 < len(words) else ""
            before = words[j - 1] if j > 0 else ""
            if before == "can" and after == "wait":
                continue
            if after in _UNNEGATE_AFTER or before in _UNNEGATE_BEFORE:
                continue
            if words[j] == "no" and after not in ("longer", "way"):
                continue
            return True
    return False


# A crisis told as over: placed in the past ("two years ago", "used to", "when I
# was at my lowest") in a message that says how it is now ("glad I stayed",
# "the scars are fading", "haven't in three years") and nothing of it now.
_AGO_UNITS = frozenset("year years month months decade decades".split())
_RECOVERED_PAIRS = frozenset(
    (
        ("glad", "i"), ("grateful", "i"), ("proud", "of"), ("doing", "ok"), ("doing", "okay"),
        ("doing", "well"), ("doing", "better"), ("are", "fading"), ("have", "faded"),
        ("have", "healed"), ("in", "recovery"), ("clean", "for"), ("not", "since"),
        ("finish", "line"), ("i", "recovered"), ("i", "survived"), ("is", "recovering"),
        ("am", "recovering"), ("are", "recovering"), ("happens", "next"), ("looking", "forward"),
    )
)  # fmt: skip
_THANKFUL = frozenset("grateful thankful".split())
# A stage of life a crisis is placed in: "at uni", "in school", "in my teens".
_STAGES = frozenset("uni university school college sixth sixth-form teens".split())
_LONG_TIME = ["a", "long", "time", "ago"]
_RACES = frozenset("marathon 10k 5k k km half race ultra triathlon parkrun".split())
# Help that worked, told as such: "therapy helped", "the service helped a lot",
# "therapy saved me".
_HELPED = frozenset(
    (helper, done)
    for done in ("helped", "saved")
    for helper in (
        "therapy therapist counselling counseling counsellor counselor service services "
        "treatment medication meds group doctor gp clinic programme program"
    ).split()
)
_BETTER = frozenset("better well okay ok great fine".split())
# What came back: "it's back", "the urges are back", "it came back", "they have come back".
_IT_IS_BACK = frozenset(
    (
        ("is", "back"), ("are", "back"), ("came", "back"), ("coming", "back"),
        ("come", "back"), ("creeping", "back"), ("crept", "back"),
    )
)  # fmt: skip
_AN_AGE = re.compile(r"1[0-9]|[2-9][0-9]")  # "at 17", "I'm 25 now"
_STILL_NOW = frozenset(
    (
        "again relapse relapsed relapsing lately recently tonight anymore urge urges "
        "starting creeping returning struggling still"
    ).split()
)


# Rules that name self-harm or its marks, not an act or an intent: "self harm",
# "the scars on my arms".
_NAMES_THE_HARM = frozenset("self_harm/mention self_harm/marks".split())
_MILESTONE_UNITS = frozenset("month months year years".split())
_HEALED = frozenset(
    (
        ("have", "faded"), ("have", "healed"), ("are", "fading"), ("are", "faded"),
        ("are", "healed"), ("stopped", "hiding"), ("faded", "now"), ("healed", "now"),
        ("are", "old"), ("old", "now"), ("are", "white"), ("white", "now"),
    )
)  # fmt: skip
_NOT_HEALED = frozenset(
    "new fresh want wanted need needed tempted miss blade blades razor razors lighter sharpener".split()
)


def _told_as_healed(ctx: _Context, sentence: list[str]) -> bool:
    """ "Two years free of self harm today", "the scars on my arms have faded and I've
    stopped hiding them": self-harm told as over, by a milestone of months or years or by
    its marks healed, with nothing of it now (no urge, no "still", no new marks)."""
    present = ctx.present
    if not _NOT_HEALED.isdisjoint(present) or _still_now(ctx):
        return False
    milestone = any(
        unit in _MILESTONE_UNITS and then in ("free", "clean") for unit, then in pairwise(sentence)
    )
    healed = not present.isdisjoint(("scars", "scar")) and any(
        pair in _HEALED for pair in pairwise(ctx.words)
    )
    return milestone or healed


def _still_now(ctx: _Context) -> bool:
    """ "still", "again", "lately", urges, or "now the thoughts are back", "it came back last
    week": going on now, or what was over has returned, whatever past is told with it. Not
    "anymore" said of shame or hiding ("I'm not ashamed of them anymore", "I don't cover
    my arms anymore"): that is what being over is like."""
    now = ctx.present & _STILL_NOW
    if now and (now != _ANYMORE or not _unashamed(ctx.words)):
        return True
    return "back" in ctx.present and any(pair in _IT_IS_BACK for pair in pairwise(ctx.words))


_ANYMORE = frozenset(["anymore"])
_SHAME = frozenset(
    "ashamed embarrassed hide hiding cover covering conceal concealing self-conscious".split()
)


def _unashamed(words: list[str]) -> bool:
    """Every "anymore" ends a clause of shame or hiding given up: "not ashamed of them
    anymore", "I don't hide my arms anymore"."""
    return all(
        not _SHAME.isdisjoint(words[max(0, k - 6) : k])
        for k, w in enumerate(words)
        if w == "anymore"
    )


# What the urges or the thoughts have done when they are over: "the urges are mostly gone
# now", "the thoughts have faded"; and what says they are not over after all.
_FADED = frozenset("gone faded fading passed eased easing disappeared quiet quieter".split())
# (and what may stand between "are"/"have" and "gone": "have been mostly gone now")
_MOSTLY = frozenset("mostly nearly almost pretty much all largely finally long been now".split())
_URGE_WORDS = frozenset("urge urges thoughts thought feelings impulse impulses cravings".split())
_RETURNED = (_STILL_NOW - frozenset("urge urges anymore".split())) | frozenset(
    "back but worse".split()
)


def _urges_gone(ctx: _Context, sentence: list[str]) -> bool:
    """ "The urges to cut are mostly gone now", "the thoughts of ending it have faded": the
    pull told as over, with nothing of its return ("back", "again", "but", "lately")."""
    if _URGE_WORDS.isdisjoint(sentence) or _FADED.isdisjoint(sentence):
        return False
    if not _RETURNED.isdisjoint(ctx.present):
        return False
    for k, w in enumerate(sentence):
        if w in ("are", "have", "has", "is") and not _URGE_WORDS.isdisjoint(
            sentence[max(0, k - 6) : k]
        ):
            j = k + 1
            while j < len(sentence) and sentence[j] in _MOSTLY:
                j += 1
            if j < len(sentence) and sentence[j] in _FADED:
                return True
    return False


def _looking_back(ctx: _Context, sentence: list[str]) -> bool:
    if _urges_gone(ctx, sentence):
        return True  # "the urges to cut are mostly gone now"
    if _still_now(ctx):
        return False  # "two years ago I ... and now it's back": a return, not a recovery
    past = any(
        (w == "ago" and k and sentence[k - 1] in _AGO_UNITS)
        or (w == "used" and sentence[k + 1 : k + 2] == ["to"])
        or (w == "when" and sentence[k + 1 : k + 3] == ["i", "was"])
        or (w == "last" and sentence[k + 1 : k + 2] == ["year"])
        or (w == "went" and sentence[k + 1 : k + 4] == ["through", "a", "phase"])
        or (w == "at" and sentence[k + 1 : k + 2] != [] and _AN_AGE.fullmatch(sentence[k + 1]))
        or (w in ("at", "in") and sentence[k + 1 : k + 2] != [] and sentence[k + 1] in _STAGES)
        or (w == "my" and sentence[k + 1 : k + 3] == ["last", "attempt"])
        or (w == "time" and sentence[k + 1 : k + 2] == ["ago"])
        for k, w in enumerate(sentence)
    )
    if not past:
        return False
    words = ctx.words
    if any(pair in _RECOVERED_PAIRS or pair in _HELPED for pair in pairwise(words)):
        return True  # "glad I stayed", "the eating disorder service helped"
    if not _THANKFUL.isdisjoint(ctx.present):
        return True  # "back when I was suicidal I couldn't have imagined this, so grateful"
    if any(w == "ran" and not _RACES.isdisjoint(words[k + 1 : k + 4]) for k, w in enumerate(words)):
        return True  # "a year ago I tried ... today I ran my first half marathon"
    if any(
        w == "was" and k and words[k - 1] in ("that", "it") and words[k + 1 : k + 5] == _LONG_TIME
        for k, w in enumerate(words)
    ):
        return True  # "... a lot, but that was a long time ago": put behind, said so
    if any(
        (w == "doing" and not _BETTER.isdisjoint(words[k + 1 : k + 3]))
        or (
            w == "am"
            and _AN_AGE.fullmatch(words[k + 1] if k + 1 < len(words) else "")
            and words[k + 2 : k + 3] == ["now"]
        )
        for k, w in enumerate(words)
    ):
        return True  # "she's doing loads better", "I was 17 ...; I'm 25 now"
    # "I used to cut, I have not in three years"
    return any(
        w == "not" and words[k - 1 : k] == ["have"] and words[k + 1 : k + 2] in (["in"], ["for"])
        for k, w in enumerate(words)
    )


# Abuse told as over: a past frame and a way out in the same message.
_ABUSE_PAST = frozenset("used looking survived survivor ago when growing last".split())
_CHILDHOOD = frozenset("little small young younger a kid child teenager teen".split())
_GOT_OUT = frozenset(
    (
        ("got", "out"), ("i", "left"), ("i", "escaped"), ("finally", "left"), ("i", "survived"),
        ("is", "dead"), ("am", "okay"), ("am", "ok"), ("am", "safe"), ("left", "him"),
        ("left", "her"), ("i", "help"), ("is", "over"), ("her", "leave"), ("him", "leave"),
        ("them", "leave"), ("doing", "great"), ("doing", "well"), ("am", "happy"),
        ("finally", "happy"), ("am", "free"), ("finally", "free"), ("left", "my"),
    )
)  # fmt: skip


def _abuse_over(ctx: _Context) -> bool:
    """ "he used to hit us; he's dead now and I'm okay", "looking back ... and I got out":
    harm from others told as over, with nothing said of it now ("still", "again")."""
    present = ctx.present
    if present.isdisjoint(_ABUSE_PAST) or _still_now(ctx):
        return False
    words = ctx.words
    past = any(
        (w == "used" and words[k + 1 : k + 2] == ["to"])
        or (w == "looking" and words[k + 1 : k + 2] == ["back"])
        or w in ("survived", "survivor")
        or (w == "ago" and k and words[k - 1] in _AGO_UNITS)
        or (w == "when" and words[k + 1 : k + 3] == ["i", "was"] and _in_childhood(words, k + 3))
        or (w == "growing" and words[k + 1 : k + 2] == ["up"])
        or (w == "last" and words[k + 1 : k + 2] == ["year"])
        for k, w in enumerate(words)
    )
    if past and not _HARM_NOW.isdisjoint(present):
        return False  # "... I'm okay, but he hit me last week", "now he's hitting my sister"
    return past and any(pair in _GOT_OUT for pair in pairwise(words))


# Harm told as happening now, whatever past is told with it.
_HARM_NOW = frozenset(
    (
        "yesterday today week weekend recently currently hitting hits beats beating hurts "
        "hurting controls threatens threatening"
    ).split()
)


def _in_childhood(words: list[str], k: int) -> bool:
    """ "(when I was) little", "a kid", "12": a childhood, told from after it."""
    word = words[k] if k < len(words) else ""
    return word in _CHILDHOOD or (word.isdigit() and int(word) < 18)


def _recovered(ctx: _Context, index: int) -> bool:
    """'I stopped cutting two years ago', 'I quit self-harming', 'therapy helped me stop
    hurting myself': recovery, not a crisis."""
    words = ctx.words
    start = max(0, index - 3)
    before = words[start : index + 1]
    at = index if words[index : index + 1] == ["stop"] else index - 1
    if (
        at >= 2
        and words[at] == "stop"
        and words[at - 2 : at] == ["helped", "me"]
        and "again" not in words[index : index + 6]
        and _STILL_NOW.isdisjoint(ctx.present)
    ):
        return True  # (help that worked: not "helps me stop", "I need help to stop")
    return (
        any(
            w in ("stopped", "quit")
            # "I stopped eating to punish my body": the stopping is the harm
            and words[start + k + 1 : start + k + 2] not in (["eating"], ["sleeping"], ["taking"])
            for k, w in enumerate(before)
        )
        and "again" not in words[index : index + 6]
    )


def _clause_start(words: list[str], k: int, reach: int) -> int:
    """Where the clause holding word ``k`` starts: just after the last "," or "." before
    it, at most ``reach`` words back."""
    lo = k
    while lo > 0 and k - lo < reach and words[lo - 1] not in (",", "."):
        lo -= 1
    return lo


def _accident(words: list[str], first: int, last: int) -> bool:
    window = words[_clause_start(words, first, 8) : last + 9]
    markers = _SH_MARKERS.intersection(window)
    if markers == _AGAIN and not _INJURED_AT_PLAY.isdisjoint(window):
        markers = frozenset()  # "I hurt myself again at football, pulled my hamstring"
    if markers or _marks_made(window):
        return False
    return not _ACCIDENT.isdisjoint(window)


_AGAIN = frozenset(["again"])
_SH_MARKERS_BUT_AGAIN = _SH_MARKERS - _AGAIN
# A sport or a strain that says how one got hurt, again: not a return to self-harm.
_INJURED_AT_PLAY = frozenset(
    (
        "football rugby netball hockey cricket basketball tennis squash gym training match "
        "running marathon skiing climbing sprained sprain ankle knee knees hamstring groin "
        "ligament ligaments tendon calf limped limping twisted pulled torn swollen"
    ).split()
)


_MAKING = frozenset("make makes making made give gives giving gave".split())
_MADE_MARKS = frozenset("wounds wound cuts marks burns scratches lines holes".split())


def _marks_made(window: list[str]) -> bool:
    """Marks made, not got: "I make wounds on my arm with a knife", "giving myself
    cuts" (the marks straight after the verb, or after "myself")."""
    for k, word in enumerate(window):
        if word not in _MAKING:
            continue
        after = window[k + 1 : k + 3]
        if after and after[0] in _MADE_MARKS:
            return True
        if len(after) == 2 and after[0] == "myself" and after[1] in _MADE_MARKS:
            return True
    return False


# -- the lexical layer -----------------------------------------------------------
# ``lexical`` reads risk from vocabulary (a risk word, who it is about, what frame
# holds it) when no rule and not the learned layer found anything. Its findings go
# through the guards every rule goes through; nothing in it is direct.
_LEXICAL_LAUGH = _LAUGH | frozenset("haha hahaha lmao lmfao rofl".split())


def _last_layer(found: Trace) -> Assessment | None:
    """The lexical layer's verdict on a message nothing else flagged, or None."""
    words = found.words
    present = found.present or frozenset(words)
    if not lexical.has_risk_word(present):
        return None
    if any(guard != "subject" for _, _, guard in found.suppressed):
        return None  # a rule met these words and a guard already set them aside
    padded = found.padded or " " + " ".join(words) + " "
    readings = lexical.read(words, present, _subject, padded)
    if not readings:
        return None
    ctx = _Context(padded, words, _token_starts(words), present, found.media)
    for finding in sorted(readings, key=lambda f: _PRIORITY[f.category]):
        if not _lexical_set_aside(finding, ctx):
            first = max(0, finding.first - 3)
            said = " ".join(words[first : finding.last + 1])
            return Assessment(True, finding.category, False, f"lexical/{finding.sense}: {said}")
    return None


def _lexical_set_aside(finding: lexical.Finding, ctx: _Context) -> bool:
    """Whether a guard the rules use sets a lexical finding aside."""
    words = ctx.words
    head, first, last = finding.head, finding.first, finding.last
    sentence = ctx.sentence(first, last)
    category = finding.category
    if ctx.media and finding.who != "self":
        return True
    if ctx.story and category in ("third_party", "harm_to_others"):
        return True
    if finding.sense not in lexical.NEGATION_IS_THE_MEANING and (
        _negated(words, head) or _negated(words, first) or _negated_inside(words, first, head)
    ):
        return True
    if finding.sense != "join" and not _GRIEF.isdisjoint(sentence):
        return True
    if (category == "self_harm" or finding.sense == "own act") and _accident(words, head, last):
        return True
    if (
        category in ("abuse", "third_party")
        and not _BY_ACCIDENT.isdisjoint(sentence)
        and _accident(words, head, last)
    ):
        return True  # (someone's blow is taken as meant unless called an accident)
    if category in ("suicide", "self_harm") and (
        _looking_back(ctx, sentence) or _recovered(ctx, head)
    ):
        return True
    if category == "suicide" and (
        _made_to_by_a_chore(words, first) or _a_chore_laughed_at(sentence, _LEXICAL_LAUGH)
    ):
        return True  # "this meeting makes me want to jump out of the window"
    if category == "self_harm" and _told_as_healed(ctx, sentence):
        return True
    if category in ("abuse", "third_party") and _abuse_over(ctx):
        return True
    if category in ("abuse", "harm_to_others", "third_party") and (
        not _LEXICAL_LAUGH.isdisjoint(sentence)
        or _a_tease(sentence)
        or _hyperbole(words, last + 1, sentence)
        or _a_little_ones_blow(words, head, last)
        or _hit_with_a_toy(words, last)
        or _an_animals_doing(words, head)
        or _pushed_in_play(words, head, last)
    ):
        return True
    return _asked_what_if_told(words, first, last + 1) or _in_a_role(words)
