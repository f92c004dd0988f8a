"""Acceptance tests for the built-in dialogue scripts (issue 3).

Every transcript in tests/transcripts replays cleanly; each built-in script
holds a 30-turn conversation on varied journal text without repeating
itself, saying "why", asking too much or giving advice, summarises what was
said and closes; a correction is repaired at once and the rejected feeling
never comes back; ruptures and repairs are counted.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mirrorbot.dialogue import script as scripts
from mirrorbot.dialogue import transcript
from mirrorbot.session import Session, Turn

TRANSCRIPTS = Path(__file__).parent / "transcripts"
BUILT_IN = ("open", "check-in", "untangle", "good-things", "crossroads")
SEEDS = range(5)

# Varied journal text: named feelings, plain facts, mixed and implied
# feelings, very short turns, and people named and named again later
# (Priya, Tom, "my dad", "my manager", "my partner").
JOURNAL = [
    "Honestly a bit tired this morning.",
    "I have a review with my manager at two and I'm nervous about it.",
    "yeah",
    "Last time she said my reports were sloppy and it stung.",
    "I keep rewriting the same slide over and over.",
    "My sister Priya hasn't called me back since Sunday.",
    "I don't know.",
    "I'm excited about the trip in May but worried about the money.",
    "We had pasta for dinner and watched a film.",
    "My chest goes tight when I think about the rent.",
    "It's always me who organises everything at home.",
    "I went for a run before work and felt properly good afterwards.",
    "Everyone else on the team seems to cope fine.",
    "hmm",
    "My dad called and we talked for an hour, which was lovely.",
    "I should be further along with the dissertation by now.",
    "I'm frustrated with myself for snapping at my partner.",
    "The flat is quiet now that Tom has moved out.",
    "I miss how things used to be with my friends.",
    "ok",
    "Priya finally texted, but only to ask for a favour.",
    "I'm proud that I said no to the extra shift.",
    "I guess I'm a bit lonely in the evenings.",
    "Work was fine, nothing much happened.",
    "My manager actually thanked me in the meeting.",
    "I feel calm and a little sad at the same time.",
    "I couldn't sleep again last night.",
    "Tom sent a photo of his new place and I felt left out.",
    "It's not a big deal, just a long week.",
    "My dad wants me to visit next weekend.",
    "I'm scared I'll mess up the presentation on Friday.",
    "The garden is finally growing something.",
    "I keep thinking about what Priya said about me.",
    "I'm relieved the exam is over.",
    "Nothing seems to change no matter how hard I try.",
    "I don't really know what I feel about my partner right now.",
    "I laughed properly for the first time in ages.",
    "I'm dreading going back to the office on Monday.",
    "Mum's birthday is next week and I haven't bought anything.",
    "I want to be kinder to myself.",
]

ROADBLOCKS = re.compile(
    r"you should|have you tried|don'?t worry|\bat least\b|i know exactly how you feel"
    r"|it'?ll be fine|you need to",
    re.IGNORECASE,
)
WHY = re.compile(r"\bwhy\b", re.IGNORECASE)
# Words too common to show that a summary named something the person said.
STOPWORDS = frozenset(
    """about after again also always been before being could didn't does doesn't
    don't every feel feeling felt from have having here just know like more much
    never nothing only really right same seems some that their them then there
    these they thing things this those time want well were what when which while
    with would your you're yours yourself since other back hearing stands check
    talked heard missed anything today there's been""".split()
)
_WORD = re.compile(r"[a-z][a-z']+")


def content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if len(w) >= 4 and w not in STOPWORDS}


def journal_for(seed: int, count: int = 30) -> list[str]:
    """``count`` lines of the journal, starting at a different place per seed."""
    start = seed * 7
    return [JOURNAL[(start + i) % len(JOURNAL)] for i in range(count)]


def converse(name: str, seed: int, turns: int = 30) -> tuple[Session, list[Turn], list[str]]:
    """Drive a conversation of ``turns`` person turns (or until the script
    closes itself): /summary at turn 20 when no summary has come yet, and
    /end at the end when the script did not close."""
    session = Session(seed=seed, script=name)
    replies = [session.opening()]
    said: list[str] = []
    for number, line in enumerate(journal_for(seed, turns), start=1):
        if number == 20 and not any(t.kind == "summary" for t in replies):
            replies.append(session.turn("/summary"))
        replies.append(session.turn(line))
        said.append(line)
        if session.ended:
            break
    if not session.ended:
        replies.append(session.turn("/end"))
    return session, replies, said


def test_every_built_in_script_is_shipped_and_checks() -> None:
    available = scripts.available()
    for name in BUILT_IN:
        assert name in available, name
        loaded = scripts.check(available[name])
        assert loaded.name == name
        assert loaded.title and loaded.description and loaded.opening


def test_every_built_in_script_has_a_transcript() -> None:
    covered = {transcript.parse(path).script for path in TRANSCRIPTS.glob("*.txt")}
    assert set(BUILT_IN) <= covered


@pytest.mark.parametrize("path", sorted(TRANSCRIPTS.glob("*.txt")), ids=lambda p: p.name)
def test_transcript_replays(path: Path) -> None:
    replay = transcript.parse(path)
    assert replay.checks > 0
    failures = transcript.run(replay)
    assert not failures, "\n".join(str(f) for f in failures)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("name", BUILT_IN)
def test_thirty_turn_conversation(name: str, seed: int) -> None:
    session, replies, said = converse(name, seed)
    texts = [t.reply for t in replies]
    assert len(said) >= 25, f"the conversation stopped after {len(said)} turns"

    repeated = {t for t in texts if texts.count(t) > 1}
    assert not repeated, f"repeated replies: {repeated}"
    assert not [t for t in texts if WHY.search(t)]
    assert not [t for t in texts if ROADBLOCKS.search(t)]
    questions = [t for t in texts if t.rstrip().endswith("?")]
    assert len(questions) <= len(texts) / 3, f"{len(questions)} of {len(texts)}: {questions}"

    summaries = [(i, t) for i, t in enumerate(replies) if t.kind == "summary"]
    assert summaries, "no summary"
    for index, summary in summaries:
        earlier = set().union(*(content_words(t.input) for t in replies[1:index]))
        named = content_words(summary.reply) & earlier
        assert len(named) >= 2, f"summary names too little of what was said: {summary.reply!r}"

    assert session.ended
    assert replies[-1].kind == "closing"
    assert replies[-1].rule != "session/ended"


@pytest.mark.parametrize("name", BUILT_IN)
def test_correction_is_repaired_and_remembered(name: str) -> None:
    session = Session(seed=1, script=name)
    session.opening()
    angry = session.turn("I'm furious with my brother for reading my messages.")
    assert "anger" in angry.reflected, angry.reply  # the premise: anger was reflected

    repair = session.turn("I'm not angry, I'm hurt.")
    assert repair.kind == "repair", repair.reply
    assert "hurt" in repair.reflected, repair.reply
    assert "anger" in session.memory.rejected

    later = [
        "I'm so angry he did that.",
        "My brother just laughed about it.",
        "I'm so angry I could scream.",
        "He always does this to me.",
        "Honestly I'm furious and fed up.",
        "yeah",
        "I'm so angry with him, and sad too.",
        "My mum says to let it go.",
        "It makes me livid when he lies.",
        "I don't know.",
        "I'm so angry.",
        "My brother texted sorry this evening.",
        "I'm irritated and tired.",
        "It still annoys me a lot.",
        "I'm so angry, really.",
    ]
    for line in later:
        turn = session.turn(line)
        if session.ended:
            break
        assert "anger" not in turn.reflected, f"{line!r} -> {turn.reply!r}"


def test_ruptures_and_repairs_are_counted() -> None:
    session = Session(seed=2, script="open")
    session.opening()
    first = session.turn("I'm really anxious about the interview tomorrow.")
    assert first.reflected, first.reply
    assert (session.memory.ruptures, session.memory.repairs) == (0, 0)

    missed = session.turn("No, that's not it.")
    assert missed.kind == "repair"
    assert (session.memory.ruptures, session.memory.repairs) == (1, 1)

    session.turn("I'm mostly sad that my dad won't be there to hear about it.")
    assert (session.memory.ruptures, session.memory.repairs) == (1, 1)

    session.turn("I'm furious with my brother for reading my messages.")
    corrected = session.turn("I'm not angry, I'm hurt.")
    assert corrected.kind == "repair"
    assert (session.memory.ruptures, session.memory.repairs) == (2, 2)
    assert session.memory.corrections, "the correction is remembered"
