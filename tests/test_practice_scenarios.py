"""Practice scenarios: the built-ins are complete, safe and teachable, and a
broken scenario file is reported at the line a writer has to change."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from mirrorbot import resources, safety
from mirrorbot.dialogue.templates import Template, safe_render
from mirrorbot.errors import PromptError
from mirrorbot.language.coder import code
from mirrorbot.language.roadblocks import ROADBLOCKS
from mirrorbot.practice import scenario, wording
from mirrorbot.practice.feedback import stronger
from mirrorbot.practice.judge import judge

BUILT_IN = sorted(scenario.available())
REQUIRED_TOPICS = {
    "work-stress", "caring-for-parent", "breakup", "exam-anxiety", "new-parent", "grief",
    "drinking", "friend-conflict",
}  # fmt: skip
SHIPPED = resources.shipped_prompts() / "scenarios"


def _wordings(s: scenario.Scenario) -> list[Template]:
    found = [*s.opening, *s.closing, *s.filler, *s.too_strong, *s.warming]
    for _, options in s.roadblocks.values():
        found.extend(options)
    for layer in s.layers:
        for key in ("opens", "partial", "missed", "open_question", "closed_question", "filler"):
            found.extend(getattr(layer, key))
    return found


def test_at_least_eight_scenarios_cover_the_required_topics() -> None:
    assert len(BUILT_IN) >= 8
    assert set(BUILT_IN) >= REQUIRED_TOPICS


@pytest.mark.parametrize("name", BUILT_IN)
def test_a_built_in_scenario_is_complete(name: str) -> None:
    s = scenario.load(name)
    assert s.persona.name and s.persona.about and s.persona.setting
    assert len(s.layers) >= 3
    assert s.layers[-1].value, "the deepest layer names what matters most"
    assert set(s.roadblocks) == set(ROADBLOCKS)
    for layer in s.layers[1:]:
        assert len(layer.opens) >= 2
    for layer in s.layers:
        for key in ("partial", "missed", "open_question", "closed_question"):
            assert len(getattr(layer, key)) >= 2, (layer.name, key)


@pytest.mark.parametrize("name", BUILT_IN)
def test_no_scenario_wording_is_crisis_content(name: str) -> None:
    s = scenario.load(name)
    for template in _wordings(s):
        text = safe_render(template, {"word": "anxious", "name": s.persona.name})
        assert text
        assert not safety.assess(text).crisis, text


@pytest.mark.parametrize("name", BUILT_IN)
def test_every_layer_has_an_example_that_would_open_it(name: str) -> None:
    s = scenario.load(name)
    words = wording.load()
    for index, layer in enumerate(s.layers):
        context = safe_render((layer.opens or s.opening)[0], {})
        for seed in range(3):
            example = stronger(s, index, words, wording.Deck(random.Random(seed)), context)
            verdict = judge(code(example, context), s, index)
            assert verdict.verdict == "accurate", (layer.name, example, verdict)


# --- broken files -------------------------------------------------------------


def _broken(tmp_path: Path, old: str, new: str, name: str = "work-stress") -> tuple[Path, int]:
    """A copy of a built-in with ``old`` replaced, and the line ``new`` starts on."""
    text = (SHIPPED / f"{name}.toml").read_text(encoding="utf-8")
    assert old in text, old
    changed = text.replace(old, new, 1)
    path = tmp_path / f"{name}.toml"
    path.write_text(changed, encoding="utf-8")
    line = changed[: changed.index(new)].count("\n") + 1 if new else 0
    return path, line


def _line_of(path: Path, needle: str) -> int:
    text = path.read_text(encoding="utf-8")
    return text[: text.index(needle)].count("\n") + 1


@pytest.mark.parametrize(
    ("old", "new", "at", "message"),
    [
        ("feelings = { overwhelm = 3, anger = 2 }", "feelings = { overwhelm = 3, angst = 2 }", "angst", "unknown feeling family 'angst'"),
        ("feelings = { overwhelm = 3, anger = 2 }", "feelings = { overwhelm = 4 }", "overwhelm = 4", "must be 1, 2 or 3"),
        ('catch = "feeling"', 'catch = "vibes"', "vibes", "'catch' must be one of"),
        ('gist = "the work piling up"', 'gist = "the work piling up"\nmood = "grey"', "mood", "unknown key 'mood' in layer"),
        ('closed_question = [\n  "Yeah.",', 'closed_question = [\n  "Yeah {{ wrod }}.",', "wrod", "undefined variable 'wrod'"),
        ('closed_question = [\n  "Yeah.",', 'closed_question = [\n  "Yeah {{ .",', "{{ .", "template syntax"),
        ("directing = [", "bossing = [", "bossing", "unknown roadblock 'bossing'"),
        ('name = "the workload"', 'name = "the workload"\nopens = ["Hi.", "Hello."]', "opens", "the first layer is opened by the scenario's 'opening'"),
        ('content = [\n  "work",', 'content = [\n  7,', "  7,", "each of 'content' must be a word or phrase"),
        ('name = "work-stress"', 'name = "work_stress"', "work_stress", "'name' must be lower-case"),
        ('name = "work-stress"', 'name = "stress"', '"stress"', "they must match"),
        ('filler = [\n  "So, yeah. That\'s where I am.",\n  "Mm. It\'s just a lot.",\n  "Anyway.",\n]', 'filler = ["So, yeah."]', 'filler = ["So', "at least 2 wordings"),
        ('title = "Snowed under at work"', 'title = "Snowed under at work', "Snowed under at work\n", "TOML syntax"),
        ('words = ["embarrassed", "exposed|by"]', 'words = ["embarrassed", "furious"]', "furious", "'furious' is not read as any of this layer's feelings"),
        ('words = ["embarrassed", "exposed|by"]', 'words = "embarrassed"', 'words = "emb', "'words' must be a non-empty list"),
    ],
)  # fmt: skip
def test_a_broken_scenario_names_the_line(
    tmp_path: Path, old: str, new: str, at: str, message: str
) -> None:
    path, _ = _broken(tmp_path, old, new)
    with pytest.raises(PromptError) as caught:
        scenario.check(path)
    line = _line_of(path, at)
    assert message in caught.value.message
    assert caught.value.line == line, str(caught.value)
    assert str(caught.value).startswith(f"{path}:{line}: ")


def test_a_roadblock_left_unanswered_is_reported(tmp_path: Path) -> None:
    path, _ = _broken(tmp_path, "questioning = [", "asking = [")
    with pytest.raises(PromptError) as caught:
        scenario.check(path)
    assert "unknown roadblock 'asking'" in caught.value.message
    text = path.read_text(encoding="utf-8")
    start = text.index("asking = [")
    end = text.index("]", start)
    path.write_text(text[:start] + text[end + 1 :], encoding="utf-8")
    with pytest.raises(PromptError) as caught:
        scenario.check(path)
    assert "no answer to the roadblock 'interrogating'" in caught.value.message
    assert caught.value.line == _line_of(path, "[responses.roadblocks]")


def test_two_layers_are_not_enough(tmp_path: Path) -> None:
    text = (SHIPPED / "work-stress.toml").read_text(encoding="utf-8")
    cut = text.rindex("[[layer]]")
    path = tmp_path / "work-stress.toml"
    path.write_text(text[:cut], encoding="utf-8")
    with pytest.raises(PromptError) as caught:
        scenario.check(path)
    assert "at least 3 layers" in caught.value.message
    assert caught.value.line is not None


def test_a_users_scenario_adds_to_the_built_ins_and_can_replace_one(isolated_home: Path) -> None:
    folder = isolated_home / "prompts" / "scenarios"
    folder.mkdir(parents=True)
    text = (SHIPPED / "work-stress.toml").read_text(encoding="utf-8")
    (folder / "my-own.toml").write_text(
        text.replace('name = "work-stress"', 'name = "my-own"'), encoding="utf-8"
    )
    (folder / "grief.toml").write_text(
        text.replace('name = "work-stress"', 'name = "grief"'), encoding="utf-8"
    )
    found = scenario.available()
    assert found["my-own"].parent == folder
    assert found["grief"].parent == folder
    assert scenario.load("grief").persona.name == "Sam"


def test_an_unknown_scenario_says_which_exist() -> None:
    with pytest.raises(PromptError) as caught:
        scenario.load("no-such-thing")
    assert "no scenario called 'no-such-thing'" in str(caught.value)
    assert "work-stress" in str(caught.value)


def test_a_layers_own_words_give_its_examples_their_shade() -> None:
    # The guilt layer of caring for a parent names guilt, not any word of
    # the shame family ("embarrassed about resenting her").
    s = scenario.load("caring-for-parent")
    index = next(i for i, layer in enumerate(s.layers) if layer.words)
    words = wording.load()
    for seed in range(6):
        example = stronger(s, index, words, wording.Deck(random.Random(seed)), "")
        assert "guilty" in example or "ashamed" in example, example
        assert "embarrassed" not in example
