"""The feelings detector: what a person would notice if it got them wrong."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mirrorbot.language import lexicon as lex
from mirrorbot.language.feelings import FAMILIES, VALENCE, Feeling, detect, primary
from mirrorbot.language.text import clean, clean_any


def named(text: str) -> list[Feeling]:
    return [f for f in detect(text) if not f.implied]


def families(text: str) -> list[str]:
    return [f.family for f in named(text)]


def one(text: str, word: str) -> Feeling:
    found = [f for f in detect(text) if f.text.lower() == word.lower()]
    assert len(found) == 1, (text, word, detect(text))
    return found[0]


# --- stated feelings -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "family"),
    [
        ("I'm so happy today", "happy", "joy"),
        ("I feel really proud of what I made", "proud", "pride"),
        ("Honestly I'm relieved it's over", "relieved", "calm"),
        ("I'm so grateful for my sister", "grateful", "love"),
        ("I'm hopeful about the new job", "hopeful", "hope"),
        ("I've been sad all week", "sad", "sadness"),
        ("I feel lonely in this city", "lonely", "loneliness"),
        ("I was really hurt by what he said", "hurt", "hurt"),
        ("I'm worried about my mum", "worried", "fear"),
        ("I am furious with them", "furious", "anger"),
        ("I'm so embarrassed", "embarrassed", "shame"),
        ("I'm confused about what she wants", "confused", "confusion"),
        ("I'm completely overwhelmed", "overwhelmed", "overwhelm"),
        ("I was shocked when I heard", "shocked", "surprise"),
        ("Honestly I'm disgusted", "disgusted", "disgust"),
    ],
)
def test_a_stated_feeling_is_found_in_its_family(text: str, word: str, family: str) -> None:
    feeling = one(text, word)
    assert feeling.family == family
    assert not feeling.negated and not feeling.implied
    assert text[feeling.start : feeling.end] == word


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Absolutely gutted about the result", "sadness"),
        ("Well chuffed with how it went", "joy"),
        ("I'm knackered", "overwhelm"),
        ("I'm so fed up with this", "anger"),
        ("I've been on edge all day", "fear"),
        ("He's got me wound up", "anger"),
        ("I'm a bit antsy", "fear"),
        ("Kinda bummed tbh", "sadness"),
        ("I'm made up for you", "joy"),
        ("I was livid", "anger"),
        ("So stoked for the weekend", "joy"),
        ("Honestly pissed off right now", "anger"),
        ("I totally freaked out", "fear"),
        ("I'm over the moon", "joy"),
        ("I'm at the end of my rope", "overwhelm"),
        ("I always feel left out", "loneliness"),
        ("I'm proper gutted", "sadness"),
    ],
)
def test_british_american_and_casual_forms(text: str, family: str) -> None:
    assert family in families(text)


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("it really saddens me", "sadness"),
        ("that upsets me", "sadness"),
        ("he gets on my nerves", "anger"),
        ("the noise is driving me up the wall", "anger"),
        ("my neighbour drives me mad", "anger"),
        ("she winds me up", "anger"),
        ("he pissed me off", "anger"),
        ("that ticks me off", "anger"),
        ("I was in bits after the call", "sadness"),
        ("I've been in a bad place lately", "sadness"),
        ("my heart sank when I saw the letter", "sadness"),
        ("I'm chuffed to bits", "joy"),
        ("so hyped for tonight", "joy"),
        ("nobody gets me", "loneliness"),
        ("I feel like I don't fit in", "loneliness"),
        ("I think I'm losing my mind", "overwhelm"),
        ("I'm barely holding it together", "overwhelm"),
        ("it makes my skin crawl", "disgust"),
        ("It stung when he laughed at my idea", "hurt"),
        ("Work is grinding me down", "overwhelm"),
        ("I'm kicking myself for missing it", "shame"),
        ("all my friends have kids now and I feel left behind", "loneliness"),
        ("I was overlooked for the promotion again", "hurt"),
        ("he stonewalled me for days", "hurt"),
        ("I'm brassed off with the lot of them", "anger"),
        ("I'm in a strop today", "anger"),
        ("I flew off the handle at work", "anger"),
        ("I'm in a right tizz about it", "fear"),
        ("I'm done in after the move", "overwhelm"),
        ("I'm losing the plot", "overwhelm"),
        ("I'm all at sea with this new system", "confusion"),
        ("I'm pleased as punch", "joy"),
        ("I'm amped for the game", "joy"),
        ("I was in such a state about the wedding", "overwhelm"),
    ],
)
def test_everyday_phrases_for_feelings(text: str, family: str) -> None:
    best = primary(detect(text))
    assert best is not None and best.family == family and not best.implied, detect(text)


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("I feel virtuous after the gym", "pride"),
        ("I feel so treasured by my friends", "love"),
        ("my mood lifted after the walk", "joy"),
        ("I feel like a traitor for leaving", "shame"),
        ("I wasn't feeling the most patient this morning", "calm"),
        ("I feel the most alive when I'm painting", "joy"),
    ],
)
def test_more_everyday_ways_of_saying_a_feeling(text: str, family: str) -> None:
    best = primary(detect(text))
    assert best is not None and best.family == family and not best.implied, detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "I mean, he did say he'd come",
        "What do you mean by that",
        "Doesn't mean it's over",
        "I didn't mean to",
        "I make a mean curry",
        "the mean is higher than the median",
    ],
)
def test_mean_the_verb_is_no_feeling(text: str) -> None:
    assert "anger" not in [f.family for f in detect(text)]


@pytest.mark.parametrize("text", ["she was so mean to me", "people can be really mean"])
def test_mean_the_adjective_implies_anger(text: str) -> None:
    assert one(text, "mean").family == "anger"


@pytest.mark.parametrize(
    ("text", "word"),
    [("I feel pretty goddamn weird about it", "weird"), ("I'm flipping furious", "furious")],
)
def test_swearing_intensifies_and_keeps_the_frame(text: str, word: str) -> None:
    feeling = one(text, word)
    assert feeling.direct and feeling.intensity >= 2


@pytest.mark.parametrize(
    "text", ["I feel beautiful in this dress", "I feel so attractive these days", "I feel sexy"]
)
def test_feeling_good_looking_is_a_named_feeling(text: str) -> None:
    best = primary(detect(text))
    assert best is not None and best.family == "joy" and not best.implied and best.direct


@pytest.mark.parametrize("text", ["the view was beautiful", "he's attractive"])
def test_good_looks_of_something_else_are_not_felt(text: str) -> None:
    assert named(text) == []


@pytest.mark.parametrize(("text", "word"), [("I feel brave enough to ask her", "brave")])
def test_enough_after_a_feeling_word_keeps_it_a_feeling(text: str, word: str) -> None:
    assert one(text, word).direct


def test_pretty_enough_is_felt_and_denied() -> None:
    feeling = one("I didn't feel pretty enough for the party", "pretty")
    assert feeling.negated and feeling.direct


@pytest.mark.parametrize(
    ("text", "family"),
    [("I'm in my feels tonight", "sadness"), ("I feel some kind of way about it", "confusion")],
)
def test_casual_ways_of_saying_a_feeling_is_stirring(text: str, family: str) -> None:
    best = primary(detect(text))
    assert best is not None and best.family == family and best.direct


def test_treasured_describing_a_thing_is_no_feeling() -> None:
    assert named("a treasured photo of my gran") == []


@pytest.mark.parametrize("text", ["I snapped at my son this morning", "I lost it at my sister"])
def test_snapping_at_someone_implies_anger(text: str) -> None:
    best = primary(detect(text))
    assert best is not None and best.family == "anger" and best.implied, detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "the vase was in pieces",
        "the crowd was going crazy",
        "it was in bits and pieces",
        "I left my bag behind",
        "the garden is overlooked by flats",
        "it was done in an hour",
        "the boat was all at sea",
        "the house is in a state",
    ],
)
def test_those_phrases_need_a_person_feeling_them(text: str) -> None:
    assert named(text) == []


def test_a_phrase_is_reported_in_the_persons_own_words() -> None:
    feeling = one("ugh I'm so fed-up with it", "fed-up")
    assert feeling.family == "anger"


@pytest.mark.parametrize("word", ["worry", "worried", "worrying", "worries"])
def test_inflections_of_one_entry(word: str) -> None:
    assert (
        one(
            f"the {word} keeps me up" if word in {"worry", "worries"} else f"I'm {word}", word
        ).family
        == "fear"
    )


def test_casual_spellings_and_stretched_letters() -> None:
    assert families("im sooo happyyy") == ["joy"]
    feeling = one("im sooo happyyy", "happyyy")
    assert feeling.intensity == 3
    assert families("i don t feel happy") == ["joy"]
    assert one("i don t feel happy", "happy").negated


# --- faux feelings ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "underneath"),
    [
        ("I feel so betrayed", "betrayed", {"hurt", "anger"}),
        ("I felt completely ignored", "ignored", {"loneliness", "hurt"}),
        ("I feel abandoned", "abandoned", {"loneliness", "hurt", "fear"}),
        ("I feel manipulated", "manipulated", {"anger", "hurt", "confusion"}),
        ("I feel used", "used", {"hurt", "anger"}),
        ("I feel unappreciated at work", "unappreciated", {"hurt", "anger"}),
        ("I felt attacked", "attacked", {"fear", "anger"}),
        ("I feel criticised all the time", "criticised", {"hurt", "shame"}),
        ("I feel judged", "judged", {"shame", "hurt"}),
    ],
)
def test_faux_feelings_map_to_the_feeling_underneath(
    text: str, word: str, underneath: set[str]
) -> None:
    feeling = one(text, word)
    assert feeling.faux
    assert {feeling.family, *feeling.also} == underneath


def test_a_faux_feeling_done_to_me_counts_without_feel() -> None:
    feeling = one("she ignored me again", "ignored")
    assert feeling.faux and feeling.subject == "self"


# --- neutral statements and ambiguous words ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I went to the shops and bought milk",
        "the meeting is at three",
        "I lost my keys",
        "I sat down",
        "my battery is low",
        "I feel like going out tonight",
        "we need to cross the road here",
        "the shop is close to my flat",
        "it's hot outside",
        "I'm stuck in traffic",
        "I sat down and wrote it up",
        "my back hurts",
        "I'm low on milk",
        "the sky is blue",
        "I used to live there",
        "happy birthday to my brother",
    ],
)
def test_neutral_statements_give_no_feeling(text: str) -> None:
    assert named(text) == [], detect(text)


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("I feel lost", "confusion"),
        ("I've been really down lately", "sadness"),
        ("feeling a bit low", "sadness"),
        ("I'm feeling blue", "sadness"),
        ("I'm cross with him", "anger"),
        ("I feel stuck", "confusion"),
        ("I feel close to her", "love"),
        ("I'm mad at you", "anger"),
    ],
)
def test_ambiguous_words_count_in_a_feeling_frame(text: str, family: str) -> None:
    assert families(text) == [family]


def test_mad_busy_is_busy_not_angry() -> None:
    assert "anger" not in families("I'm mad busy this week")


# --- negation ------------------------------------------------------------------------


def test_a_negated_feeling_is_marked_negated() -> None:
    assert one("I'm not angry", "angry").negated


def test_negation_ends_at_a_contrast() -> None:
    text = "I'm not angry, just disappointed"
    assert one(text, "angry").negated
    disappointed = one(text, "disappointed")
    assert not disappointed.negated
    assert primary(detect(text)) == disappointed


def test_negation_ends_at_just_even_without_a_comma() -> None:
    text = "I'm not angry just disappointed"
    assert one(text, "angry").negated
    assert not one(text, "disappointed").negated


def test_doubt_about_a_feeling_is_not_asserting_it() -> None:
    text = "not sure I'm angry, more disappointed"
    angry = one(text, "angry")
    assert angry.negated
    assert primary(detect(text)) == one(text, "disappointed")
    assert "confusion" not in families(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I don't feel happy about it", "happy"),
        ("I've never been less worried", "worried"),
        ("no longer scared of him", "scared"),
        ("I'm not at all anxious", "anxious"),
        ("I don't think I'm jealous", "jealous"),
        ("I never get nervous before exams", "nervous"),
        ("I dont feel sad", "sad"),
    ],
)
def test_negations(text: str, word: str) -> None:
    assert one(text, word).negated


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I've never been happier", "happier"),
        ("I couldn't be more proud", "proud"),
        ("I can't stop worrying", "worrying"),
        ("I don't know why I'm so angry", "angry"),
        ("I'm not just sad, I'm angry", "sad"),
        ("I've never felt so alone", "alone"),
    ],
)
def test_negations_that_do_not_negate_the_feeling(text: str, word: str) -> None:
    assert not one(text, word).negated


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I'm not angry or upset", ["angry", "upset"]),
        ("I don't feel sad, angry, or hurt about it", ["sad", "angry", "hurt"]),
        ("she isn't jealous nor bitter", ["jealous", "bitter"]),
        ("I'm not lonely and miserable any more", ["lonely", "miserable"]),
        ("I wasn't scared, or even nervous", ["scared", "nervous"]),
    ],
)
def test_a_list_of_feelings_shares_its_negation(text: str, words: list[str]) -> None:
    for word in words:
        assert one(text, word).negated, (text, word)


@pytest.mark.parametrize(
    ("text", "denied", "felt"),
    [
        ("I'm not angry, hurt.", "angry", "hurt"),
        ("I'm not angry and I'm upset", "angry", "upset"),
        ("I wasn't nervous, I was excited", "nervous", "excited"),
    ],
)
def test_a_contrast_after_a_denial_is_not_a_list(text: str, denied: str, felt: str) -> None:
    assert one(text, denied).negated
    assert not one(text, felt).negated
    assert primary(detect(text)) == one(text, felt)


@pytest.mark.parametrize(
    ("text", "felt", "ruled_out"),
    [
        ("I always get scared in lifts instead of feeling safe", "scared", "safe"),
        ("Honestly I feel sad rather than angry", "sad", "angry"),
        ("rather than being furious I'm mostly hurt", "hurt", "furious"),
        ("tonight I feel more restless than relaxed", "restless", "relaxed"),
        ("I'm more annoyed than worried", "annoyed", "worried"),
    ],
)
def test_a_feeling_ruled_out_by_instead_of_or_than_is_negated(
    text: str, felt: str, ruled_out: str
) -> None:
    assert one(text, ruled_out).negated
    assert not one(text, felt).negated
    assert primary(detect(text)) == one(text, felt)


@pytest.mark.parametrize(
    "text", ["I've never been happier than today", "I'd rather be happy than rich"]
)
def test_than_without_a_feeling_after_it_rules_nothing_out(text: str) -> None:
    assert not named(text)[0].negated


def test_never_been_happier_is_strong() -> None:
    assert one("I've never been happier", "happier").intensity == 3


# --- hedges and intensifiers -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I'm kind of sad",
        "I'm sort of sad",
        "I'm a bit sad",
        "I'm a little sad",
        "I'm slightly sad",
        "I'm somewhat sad",
        "I guess I'm sad",
        "maybe I'm sad",
        "I suppose I'm sad",
        "I'm probably sad",
        "I'm sad-ish",
        "kinda sad tbh",
    ],
)
def test_hedges_lower_intensity(text: str) -> None:
    sad = one(text, "sad")
    assert sad.hedged
    assert sad.intensity == 1


def test_hedge_never_goes_below_one() -> None:
    assert one("I'm a bit uneasy", "uneasy").intensity == 1


@pytest.mark.parametrize(
    "text",
    [
        "I'm really sad",
        "I'm so sad",
        "I'm very sad",
        "I'm extremely sad",
        "I'm incredibly sad",
        "I'm totally sad",
        "I'm utterly sad",
        "I'm SAD",
        "I'm sad!!",
    ],
)
def test_intensifiers_raise_intensity(text: str) -> None:
    assert one(text, "sad").intensity == 3


def test_intensity_never_exceeds_three() -> None:
    assert one("I'm so absolutely furious", "furious").intensity == 3


# --- several feelings ----------------------------------------------------------------------


def test_mixed_feelings_are_both_found() -> None:
    assert families("I'm excited and nervous") == ["joy", "fear"]


def test_happy_for_her_but_jealous() -> None:
    text = "happy for her but also kind of jealous"
    happy, jealous = one(text, "happy"), one(text, "jealous")
    assert jealous.hedged and jealous.contrast
    assert jealous.subject == "self"
    assert primary(detect(text)) == jealous
    assert not happy.negated


def test_feelings_come_in_order_with_offsets() -> None:
    text = "Tired and fed up, but weirdly hopeful."
    found = detect(text)
    assert [f.start for f in found] == sorted(f.start for f in found)
    assert [text[f.start : f.end] for f in found] == ["Tired", "fed up", "hopeful"]


# --- whose feeling -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "subject"),
    [
        ("I'm angry", "angry", "self"),
        ("she was angry", "angry", "other"),
        ("my mum is worried", "worried", "other"),
        ("he made me so angry", "angry", "self"),
        ("Sam seemed upset", "upset", "other"),
        ("they're excited", "excited", "other"),
        ("it makes me sad", "sad", "self"),
    ],
)
def test_whose_feeling_it_is(text: str, word: str, subject: str) -> None:
    assert one(text, word).subject == subject


@pytest.mark.parametrize(
    ("text", "word", "subject"),
    [
        ("my sister really scared me last night", "scared", "self"),
        ("the way he talks to me upsets me", "upsets", "self"),
        ("our teacher embarrassed us in front of everyone", "embarrassed", "self"),
        ("my flatmate annoys me", "annoys", "self"),
        ("it's been worrying me for weeks", "worrying", "self"),
        ("my brother gets on my nerves", "gets on my nerves", "self"),
        ("Dad let me down again", "let me down", "self"),
        ("she loves me", "loves", "other"),
        ("he hated me", "hated", "other"),
        ("she was scared of me", "scared", "other"),
        ("I feel like she's angry with me", "angry", "other"),
        ("it seems like he's upset about something", "upset", "other"),
        ("Yeah so annoyed right now", "annoyed", "self"),
        ("Tbh so tired today", "tired", "self"),
        ("Sam was furious", "furious", "other"),
        ("Kinda lonely tbh", "lonely", "self"),
        ("Proper fuming about it", "fuming", "self"),
    ],
)
def test_a_feeling_put_on_me_is_mine(text: str, word: str, subject: str) -> None:
    assert one(text, word).subject == subject


@pytest.mark.parametrize("text", ["he touched me", "they moved me to nights"])
def test_ambiguous_words_on_me_stay_ambiguous(text: str) -> None:
    assert named(text) == []


@pytest.mark.parametrize(
    ("text", "word", "family"),
    [
        ("I'm well chuffed", "chuffed", "joy"),
        ("honestly I'm desperately sad", "sad", "sadness"),
        ("I'm well happy with it", "happy", "joy"),
    ],
)
def test_a_degree_word_before_a_feeling_is_not_a_feeling(text: str, word: str, family: str) -> None:
    assert [(f.text, f.family) for f in named(text)] == [(word, family)]
    assert one(text, word).intensity == 3


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I'm feeling tired, cranky and miserable", "miserable"),
        ("Honestly I feel drained, irritable, and really scared", "scared"),
    ],
)
def test_a_list_after_a_reported_feeling_is_reported_too(text: str, word: str) -> None:
    assert all(f.direct for f in named(text)), detect(text)
    assert primary(detect(text)) == one(text, word)


@pytest.mark.parametrize(
    ("text", "word", "family"),
    [
        ("I was exhausted and got really angry", "angry", "anger"),
        ("I'm sick of working late and being ignored", "ignored", "loneliness"),
        ("she felt awful and was embarrassed", "embarrassed", "shame"),
        ("I feel like I'm messing about and getting distracted", "distracted", "confusion"),
    ],
)
def test_a_second_verb_shares_the_persons_frame(text: str, word: str, family: str) -> None:
    feeling = one(text, word)
    assert feeling.family == family and feeling.direct


def test_a_thing_does_not_lend_a_frame_to_the_next_verb() -> None:
    assert named("the soup was cold and got lower and lower") == []


@pytest.mark.parametrize("text", ["I'm feeling pretty low key tonight", "a lowkey weekend"])
def test_low_key_is_not_low(text: str) -> None:
    assert "sadness" not in families(text)


def test_primary_prefers_the_speakers_own_feeling() -> None:
    text = "she was furious and I was a bit scared"
    assert primary(detect(text)) == one(text, "scared")


# --- implied feelings ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "family"),
    [
        ("my chest goes tight before meetings", "body", "fear"),
        ("I can't sleep", "body", "overwhelm"),
        ("my stomach is in knots", "body", "fear"),
        ("my heart is racing", "body", "fear"),
        ("I keep checking my phone to see if she replied", "rumination", "fear"),
        ("I can't stop thinking about it", "rumination", "fear"),
        ("I've rewritten this email eleven times", "rumination", "fear"),
        ("I keep putting it off", "avoidance", "fear"),
        ("I've been avoiding him", "avoidance", "fear"),
        ("my dog died", "loss", "sadness"),
        ("we broke up last week", "loss", "sadness"),
        ("I lost my job", "loss", "fear"),
        ("we had a huge fight", "conflict", "anger"),
        ("she yelled at me", "conflict", "anger"),
        ("we argued again", "conflict", "anger"),
        ("I passed my exam", "achievement", "pride"),
        ("I got the job", "achievement", "pride"),
        ("nobody invited me", "left_out", "loneliness"),
        ("they went without me", "left_out", "loneliness"),
        ("I just lie there staring at the ceiling", "low_mood", "sadness"),
        ("I haven't left the house in days", "low_mood", "sadness"),
        ("too many deadlines this week", "overload", "overwhelm"),
        ("working till midnight every night", "overload", "overwhelm"),
        ("there's too much on with the kids", "overload", "overwhelm"),
        ("honestly I don't know where to begin", "overload", "overwhelm"),
        ("they passed me over for the team again", "loss", "sadness"),
        ("my week was rough", "overload", "overwhelm"),
        ("it's been such a long day", "overload", "overwhelm"),
        ("I was turned down for the flat", "loss", "sadness"),
        ("my results come back on Friday", "threat", "fear"),
        ("the results are due next week", "threat", "fear"),
    ],
)
def test_implied_feelings_from_cues(text: str, cue: str, family: str) -> None:
    implied = [f for f in detect(text) if f.implied and f.cue == cue]
    assert implied, detect(text)
    assert implied[0].family == family
    assert 0 < implied[0].confidence < 1
    assert text[implied[0].start : implied[0].end] == implied[0].text


def test_a_named_feeling_replaces_the_cue_of_the_same_family() -> None:
    found = detect("my dog died and I'm heartbroken")
    assert [f.family for f in found] == ["sadness"]
    assert not found[0].implied


def test_a_negated_cue_is_not_reported() -> None:
    assert [f for f in detect("I didn't lose my job") if f.cue == "loss"] == []


def test_passing_over_a_place_is_not_a_loss() -> None:
    assert [f for f in detect("we passed over the bridge at dawn") if f.implied] == []


def test_primary_prefers_named_over_implied() -> None:
    text = "I keep checking my phone and honestly I'm just sad"
    best = primary(detect(text))
    assert best is not None and best.text == "sad"


# --- the interface ----------------------------------------------------------------------------


def test_a_named_feeling_is_exactly_the_contracts_object() -> None:
    # architecture.md's `reply --json` contract: four keys per feeling.
    feeling = one("I'm worried", "worried")
    assert feeling.as_json() == {
        "text": "worried",
        "family": "fear",
        "intensity": 2,
        "negated": False,
    }


def test_a_guessed_feeling_is_marked_implied() -> None:
    guessed = [f for f in detect("My chest goes tight before meetings.") if f.implied]
    assert guessed and guessed[0].as_json()["implied"] is True
    assert set(guessed[0].as_json()) == {"text", "family", "intensity", "negated", "implied"}


def test_primary_of_nothing_is_none() -> None:
    assert primary([]) is None
    assert primary(detect("the meeting is at three")) is None


def test_every_reported_family_is_one_of_the_fifteen() -> None:
    text = "Gutted, lonely, hurt, scared, livid, ashamed, confused, exhausted, shocked, revolted, chuffed, proud, calm, fond, hopeful"
    found = detect(text)
    assert {f.family for f in found} == set(FAMILIES)
    assert set(VALENCE) == set(FAMILIES)


def test_lexicon_is_large_and_covers_every_family_at_every_intensity() -> None:
    lexicon = lex.lexicon()
    assert lexicon.lemmas >= 600
    for family in FAMILIES:
        levels = {e.intensity for e in lexicon.entries if e.family == family and e.implied is None}
        assert levels == {1, 2, 3}, family


def test_long_messages_are_handled() -> None:
    text = clean("I'm not sure what I feel. " * 200)[:4000]
    found = detect(text)
    assert all(text[f.start : f.end] == f.text for f in found)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_detect_never_raises_and_offsets_point_at_the_text(raw: str) -> None:
    text = clean(raw)
    for feeling in detect(text):
        assert feeling.family in FAMILIES
        assert 1 <= feeling.intensity <= 3
        assert text[feeling.start : feeling.end] == feeling.text
    primary(detect(text))


_SOUP = (
    "I i'm not never so really kind of a bit sad angry fed up on edge , . ! ? but just "
    "more and she he my mum made me feel felt lost down low keep checking phone died "
    "don t can't stop :( 😂 happy-ish SO sooo"
)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(_SOUP.split()),
        max_size=40,
    )
)
def test_detect_is_robust_on_feeling_like_word_soup(words: list[str]) -> None:
    text = clean(" ".join(words))
    for feeling in detect(text):
        assert text[feeling.start : feeling.end] == feeling.text


@settings(max_examples=300)
@given(st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=200))
def test_the_plain_ascii_shortcut_cleans_as_the_full_cleaner_does(text: str) -> None:
    assert clean(text) == clean_any(text)


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Jo bailed on me again last night.", "hurt"),
        ("My friends cancelled on us at the last minute.", "hurt"),
        ("He stood me up on Saturday.", "hurt"),
        ("My grandad has been in hospital since Tuesday.", "fear"),
        ("Our dog has been really unwell all week.", "fear"),
        ("My mum is having an operation next week.", "fear"),
    ],
)
def test_being_let_down_and_a_loved_one_being_ill_are_heard(text: str, family: str) -> None:
    found = [f for f in detect(clean(text)) if f.implied]
    assert found and found[0].family == family, found


def test_cancelling_is_avoidance_only_when_it_is_the_persons_own() -> None:
    mine = [f for f in detect("I cancelled on them again.") if f.implied]
    assert mine and mine[0].cue == "avoidance"
    theirs = [f for f in detect("They cancelled on me again.") if f.implied]
    assert theirs and theirs[0].cue == "let_down"


def test_not_knowing_what_one_feels_is_confusion() -> None:
    for text in ("I don't know how I feel about any of it.", "I don't even know what I'm feeling."):
        best = primary(detect(clean(text)))
        assert best is not None and best.family == "confusion" and not best.negated, text


def test_an_experience_described_is_the_speakers_feeling_unless_reported() -> None:
    (mine,) = [f for f in detect("I told my manager no and it felt great.") if f.family == "joy"]
    assert mine.subject == "self"
    (hers,) = [f for f in detect("My sister said it was terrifying.") if f.family == "fear"]
    assert hers.subject == "other"


def test_a_word_describing_a_noun_is_not_a_feeling() -> None:
    assert not [f for f in detect("I'm a bad driver.") if f.family == "sadness"]
    assert not detect("She always gets the interesting shifts.")
    assert [f.family for f in detect("I feel a bit bad about it.")] == ["sadness"]
    assert detect("The best bit was the walk home.")  # a ranking is still an appraisal


def test_praise_that_means_its_opposite_is_heard_as_irritation() -> None:
    (found,) = detect("Oh great, the car won't start again.")
    assert found.family == "anger" and found.implied and found.cue == "irony"


# --- frames after an auxiliary, hedges, words that are feelings only when felt ---


@pytest.mark.parametrize(
    ("text", "word", "family"),
    [
        ("I am being ignored by my flatmates again.", "ignored", "loneliness"),
        ("I was being blamed again.", "blamed", "anger"),
        ("We have been getting anxious about the move.", "anxious", "fear"),
    ],
)
def test_a_frame_reaches_its_subject_across_auxiliaries(text: str, word: str, family: str) -> None:
    feeling = one(text, word)
    assert feeling.family == family and feeling.direct and not feeling.implied


def test_kind_of_is_a_hedge_never_the_word_kind() -> None:
    found = detect(clean("I feel kinda funny today."))
    assert [(f.text, f.family) for f in found] == [("funny", "confusion")]
    assert found[0].hedged
    assert not detect("It was sort of a blur.")


@pytest.mark.parametrize(
    ("text", "word", "family"),
    [
        ("I feel free for the first time in years.", "free", "calm"),
        ("Wearing that dress I felt pretty.", "pretty", "pride"),
        ("I feel a bit funny about the whole plan.", "funny", "confusion"),
        ("Payday and I feel rich!", "rich", "joy"),
        ("Tonight I feel a little funny.", "funny", "confusion"),
    ],
)
def test_some_words_are_feelings_only_when_felt(text: str, word: str, family: str) -> None:
    found = [f for f in detect(clean(text)) if f.family == family and not f.implied]
    assert found, detect(clean(text))


@pytest.mark.parametrize(
    "text",
    [
        "Feel free to ring me after six.",
        "I'm free on Saturday if you want to meet.",
        "The coffee there is pretty good.",
        "She is rich and lives by the sea.",
    ],
)
def test_the_same_words_without_feel_are_not_feelings(text: str) -> None:
    assert not [f for f in detect(clean(text)) if not f.implied], detect(clean(text))


def test_funny_said_of_someone_else_is_laughter_not_confusion() -> None:
    (found,) = detect("My brother is so funny.")
    assert found.family == "joy" and found.implied


def test_a_degree_word_before_a_feeling_is_not_a_feeling_itself() -> None:
    assert [f.family for f in detect("I feel pretty tired tonight.")] == ["overwhelm"]


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("I feel so vain for caring what they think.", "shame"),
        ("Some days I feel like a fake at work.", "shame"),
        ("Everything has felt dull since the winter.", "sadness"),
        ("I'm feeling a bit cheeky today.", "joy"),
        ("I feel much more outgoing these days.", "joy"),
        ("After the match we all felt beaten.", "sadness"),
        ("My heart broke when she left.", "sadness"),
        ("I feel broken inside.", "sadness"),
    ],
)
def test_more_everyday_feeling_words(text: str, family: str) -> None:
    best = primary(detect(clean(text)))
    assert best is not None and best.family == family and not best.implied, detect(clean(text))


@pytest.mark.parametrize(
    "text",
    [
        "The report was dull and far too long.",
        "That's fake news.",
        "There's a dull ache in my knee.",
    ],
)
def test_describing_things_is_not_feeling_them(text: str) -> None:
    assert not [f for f in detect(clean(text)) if not f.implied], detect(clean(text))


@pytest.mark.parametrize(
    ("text", "word", "family"),
    [
        ("I don't feel as lost as I did in spring.", "lost", "confusion"),
        ("Since the walk I feel a lot better.", "better", "calm"),
        ("Honestly I feel beyond useless at this job.", "useless", "shame"),
    ],
)
def test_degree_words_between_feel_and_the_feeling_keep_the_frame(
    text: str, word: str, family: str
) -> None:
    feeling = one(clean(text), word)
    assert feeling.family == family and feeling.direct and not feeling.implied


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("I was not feeling so hot after the party.", "sadness"),
        ("I've got no energy at all this week.", "overwhelm"),
        ("I wasn't feeling up to it, so I stayed in.", "overwhelm"),
        ("I've been suffering quietly for months.", "sadness"),
    ],
)
def test_casual_ways_of_saying_low(text: str, family: str) -> None:
    best = primary(detect(clean(text)))
    assert best is not None and best.family == family and not best.negated, detect(clean(text))


def test_suffering_from_an_illness_is_not_named_sadness() -> None:
    assert not [f for f in detect("He is suffering from a bad cold.") if not f.implied]


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("I've been so uptight about the inspection.", "fear"),
        ("I feel dispirited after the meeting.", "sadness"),
        ("I feel stronger than I did a month ago.", "pride"),
        ("Ugh, I feel so fat in these jeans.", "shame"),
        ("I felt a bit pukey on the ferry.", "disgust"),
        ("I'm feeling sarcastic and short with everyone.", "anger"),
        ("I feel calmer and more stable these days.", "calm"),
    ],
)
def test_further_everyday_feeling_words(text: str, family: str) -> None:
    assert family in [f.family for f in named(clean(text))], detect(clean(text))


def test_weight_as_a_fact_is_not_a_feeling() -> None:
    assert not [f for f in detect("The cat got fat over winter.") if not f.implied]
    assert not [f for f in detect("I got fat on holiday, oh well.") if f.family == "shame"]


@pytest.mark.parametrize(
    ("text", "word"),
    [("I felt a tinge of envy.", "envy"), ("There's a hint of dread in me.", "dread")],
)
def test_a_tinge_or_a_hint_of_a_feeling_is_hedged(text: str, word: str) -> None:
    feeling = one(text, word)
    assert feeling.hedged and not feeling.negated


@pytest.mark.parametrize(
    ("text", "word", "family", "faux"),
    [
        ("I feel hated by the whole team.", "hated", "hurt", True),
        ("I was so disliked at that school.", "disliked", "hurt", True),
        ("I felt despised for asking.", "despised", "hurt", True),
        ("I hated every minute of that course.", "hated", "anger", False),
        ("Honestly I despised the way he spoke.", "despised", "disgust", False),
    ],
)
def test_being_hated_is_hurt_hating_is_anger(text: str, word: str, family: str, faux: bool) -> None:
    feeling = one(text, word)
    assert (feeling.family, feeling.faux) == (family, faux)


def test_passion_for_a_thing_is_enthusiasm() -> None:
    assert families("I feel passionate about teaching again.") == ["joy"]
    assert families("There's so much passion between us.") == ["love"]


def test_a_state_family_must_be_a_family() -> None:
    with pytest.raises(lex.LexiconError, match="line 1"):
        lex.parse_lexicon(["hated  anger  2  state=grumpy"])


@pytest.mark.parametrize(
    ("text", "word", "subject"),
    [
        ("I haven't been down lately, honestly.", "down", "self"),
        ("I have not been low this week.", "low", "self"),
        ("My dad wasn't okay after the call.", "okay", "other"),
    ],
)
def test_a_denied_state_is_found_and_negated(text: str, word: str, subject: str) -> None:
    feeling = one(text, word)
    assert feeling.negated and feeling.direct and feeling.subject == subject


def test_a_denied_copula_still_needs_a_person() -> None:
    assert not detect("The battery isn't low yet.")


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("I feel like a zombie after the night shift.", "overwhelm"),
        ("After that swim I feel like a new woman.", "joy"),
        ("On stage I felt like a rock star.", "pride"),
        ("I froze like a deer in headlights.", "fear"),
        ("At the wedding I felt like a fish out of water.", "shame"),
        ("Lately I feel like a ghost in my own house.", "sadness"),
        ("He treats me like a doormat.", "hurt"),
    ],
)
def test_pictures_people_paint_of_themselves(text: str, family: str) -> None:
    best = primary(detect(clean(text)))
    assert best is not None and best.family == family and not best.implied, detect(clean(text))


def test_being_treated_like_a_child_is_not_feeling_small() -> None:
    assert "shame" not in families("My boss treats me like a child.")
    assert families("Around my parents I still feel like a child.") == ["shame"]


@pytest.mark.parametrize(
    ("text", "cue", "family"),
    [
        ("I was diagnosed with asthma on Friday.", "threat", "fear"),
        ("We finally got my diagnosis back.", "threat", "fear"),
        ("Winning the match with my old team last night.", "achievement", "pride"),
    ],
)
def test_a_diagnosis_and_a_win_imply_a_feeling(text: str, cue: str, family: str) -> None:
    found = [f for f in detect(clean(text)) if f.implied]
    assert found and (found[0].cue, found[0].family) == (cue, family), found


def test_someone_else_winning_an_argument_is_no_achievement() -> None:
    assert not [f for f in detect("He is winning the argument again.") if f.cue == "achievement"]


def test_a_sentence_opening_contraction_is_not_a_name() -> None:
    # "It's" at the start of a sentence is not someone called It.
    (found,) = [f for f in detect("It's just been a long week.") if f.implied]
    assert found.subject == "self"
    (angry,) = detect("Sam's been so angry lately.")
    assert angry.subject == "other"


@pytest.mark.parametrize(
    "text",
    [
        "The relief driver never turned up, so I did a double shift.",
        "We had relief staff all week.",
    ],
)
def test_relief_naming_a_stand_in_is_not_a_feeling(text: str) -> None:
    # "relief" before the person or thing standing in is a job, not the
    # feeling ("such a relief", "relief washed over me").
    assert not [f for f in detect(text) if f.family == "calm"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("My chest has been so tight since Monday.", "body"),
        ("My nan didn't know who I was on Sunday.", "loss"),
        ("Tomorrow would have been her 60th birthday.", "loss"),
        ("I did way better than I expected in the mock.", "achievement"),
    ],
)
def test_more_everyday_cues_imply_a_feeling(text: str, cue: str) -> None:
    assert any(f.implied and f.cue == cue for f in detect(text)), detect(text)


@pytest.mark.parametrize(
    "text", ["The new manager asked who I was.", "I don't know who I am without my job."]
)
def test_being_asked_who_one_is_is_no_loss_by_itself(text: str) -> None:
    assert not any(f.cue == "loss" for f in detect(text))


@pytest.mark.parametrize(
    "text", ["My sister stopped speaking to me at Easter.", "He's giving me the silent treatment."]
)
def test_being_frozen_out_implies_hurt_first(text: str) -> None:
    implied = [f for f in detect(text) if f.implied]
    assert implied and implied[0].family == "hurt", implied
