"""Practice scenarios: a speaker who reveals themselves in layers, as data.

A scenario (``prompts/scenarios/NAME.toml``, format in that folder's
README.md) gives a persona and setting, an opening line, and layers from the
surface complaint to the feeling underneath to what matters most. Each layer
says which feelings and content a good reflection would catch, and how the
speaker answers each kind of reply. ``load`` and ``check`` report any
problem as ``file:line: message``, because a writer has to find it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from mirrorbot import resources
from mirrorbot.dialogue.promptfile import PromptFile
from mirrorbot.dialogue.templates import Template, Word, word_entry
from mirrorbot.language.feelings import FAMILIES, detect
from mirrorbot.language.roadblocks import ROADBLOCKS

SCENARIOS_DIR = "scenarios"
MIN_LAYERS = 3
MIN_WORDINGS = 2  # several wordings per response, so the speaker does not repeat at once
CATCH = ("either", "feeling", "content", "both")
# Roadblocks a scenario may answer together: a key in [responses.roadblocks]
# is a roadblock's own name, one of these groups, or "any".
GROUPS: dict[str, tuple[str, ...]] = {
    "directing": ("ordering", "warning", "moralizing", "advising", "lecturing"),
    "judging": ("judging", "name_calling", "diagnosing"),
    "soothing": ("praising", "reassuring"),
    "questioning": ("interrogating",),
    "distracting": ("distracting",),
    "self": ("claimed_understanding", "self_focus"),
}
# What a wording may use, with sample values for checking.
SAMPLE_VALUES: dict[str, Any] = {"word": "anxious", "name": "Sam"}

_TOP_KEYS = {
    "name", "title", "description", "opening", "closing", "persona", "responses", "layer",
}  # fmt: skip
_PERSONA_KEYS = {"name", "about", "setting"}
_RESPONSE_KEYS = {"filler", "too_strong", "warming", "roadblocks"}
_LAYER_KEYS = {
    "name", "feelings", "content", "catch", "gist", "value", "opens",
    "partial", "missed", "open_question", "closed_question", "filler", "words",
}  # fmt: skip
_LAYER_RESPONSES = ("partial", "missed", "open_question", "closed_question")


@dataclass(frozen=True)
class Persona:
    name: str
    about: str
    setting: str


@dataclass(frozen=True)
class Layer:
    """One layer of what the speaker has to say.

    ``feelings`` maps each family a good reflection may name to the
    strongest intensity (1-3) the speaker would accept; ``content`` holds
    words and phrases, any of which shows the content was caught; ``catch``
    says what an accurate reflection needs (either, feeling, content, both).
    ``gist`` (and ``value``, for what matters most) are noun phrases from the
    listener's side, used to build an example of a stronger reflection;
    ``words`` (optional) are the feeling words that example should use
    ("guilty", not any word of the shame family: "embarrassed about
    resenting her" names the wrong shade), each with the family it is read
    as, worked out once when the file is loaded.
    """

    name: str
    feelings: tuple[tuple[str, int], ...]
    content: tuple[str, ...]
    catch: str
    gist: str
    value: str | None
    opens: tuple[Template, ...]
    partial: tuple[Template, ...]
    missed: tuple[Template, ...]
    open_question: tuple[Template, ...]
    closed_question: tuple[Template, ...]
    filler: tuple[Template, ...]
    words: tuple[tuple[str, Word], ...] = ()

    @property
    def families(self) -> dict[str, int]:
        return dict(self.feelings)


@dataclass(frozen=True)
class Scenario:
    name: str
    title: str
    description: str
    path: Path
    persona: Persona
    opening: tuple[Template, ...]
    closing: tuple[Template, ...]
    layers: tuple[Layer, ...]
    filler: tuple[Template, ...]
    too_strong: tuple[Template, ...]
    warming: tuple[Template, ...]
    # Every one of the fourteen roadblocks -> (the key that answers it, wordings).
    roadblocks: Mapping[str, tuple[str, tuple[Template, ...]]]


def example_family(word: str) -> str | None:
    """The family the detector reads ``word`` as, said of the learner's
    speaker ("You're guilty."), or None."""
    found = [f for f in detect(f"You're {word}.") if not f.negated]
    return found[0].family if found else None


class _Loader(PromptFile):
    """Turns one scenario file into a ``Scenario``, or raises ``PromptError``
    naming the line a writer has to change."""

    STRIP = True

    def __init__(self, path: Path) -> None:
        super().__init__(path, "scenario file")

    # -- pieces -----------------------------------------------------------

    def table(self, parent: dict[str, Any], key: str, at: tuple[str | int, ...]) -> dict[str, Any]:
        value = parent.get(key)
        if value is None:
            raise self.fail(
                self.line(*at) if at else 1,
                f"missing required table [{'.'.join(map(str, (*at, key)))}]",
            )
        if not isinstance(value, dict):
            raise self.fail(self.line(*at, key), f"'{key}' must be a table")
        return value

    def wordings(
        self,
        table: dict[str, Any],
        key: str,
        at: tuple[str | int, ...],
        required: bool = True,
        least: int = MIN_WORDINGS,
    ) -> tuple[Template, ...]:
        value = table.get(key)
        if value is None:
            if required:
                where = self.line(*at) if at else 1
                raise self.fail(where, f"missing required key '{key}' (a list of wordings)")
            return ()
        if not isinstance(value, list):
            raise self.fail(self.line(*at, key), f"'{key}' must be a list of wordings")
        if len(value) < least:
            raise self.fail(
                self.line(*at, key),
                f"'{key}' needs at least {least} wordings, so the speaker does not repeat",
            )
        out = []
        for template, where in self.compiled(value, key, at):
            self.try_render(template, SAMPLE_VALUES, where)
            out.append(template)
        return tuple(out)

    # -- the whole file ---------------------------------------------------

    def load(self) -> Scenario:
        data = self.data
        self.unknown_keys(data, _TOP_KEYS, (), "the scenario")
        name = self.name(data)
        title = self.string(data, "title", ())
        description = self.string(data, "description", ())
        persona_table = self.table(data, "persona", ())
        self.unknown_keys(persona_table, _PERSONA_KEYS, ("persona",), "[persona]")
        persona = Persona(
            self.string(persona_table, "name", ("persona",)),
            self.string(persona_table, "about", ("persona",)),
            self.string(persona_table, "setting", ("persona",)),
        )
        opening = self.wordings(data, "opening", (), least=1)
        closing = self.wordings(data, "closing", ())
        responses = self.table(data, "responses", ())
        at = ("responses",)
        self.unknown_keys(responses, _RESPONSE_KEYS, at, "[responses]")
        filler = self.wordings(responses, "filler", at)
        too_strong = self.wordings(responses, "too_strong", at)
        warming = self.wordings(responses, "warming", at)
        roadblocks = self.roadblocks(self.table(responses, "roadblocks", at))
        layers = self.layers(data.get("layer"))
        return Scenario(
            name, title, description, self.path, persona, opening, closing, layers,
            filler, too_strong, warming, roadblocks,
        )  # fmt: skip

    def roadblocks(self, table: dict[str, Any]) -> dict[str, tuple[str, tuple[Template, ...]]]:
        at = ("responses", "roadblocks")
        allowed = {*ROADBLOCKS, *GROUPS, "any"}
        for key in table:
            if key not in allowed:
                raise self.fail(
                    self.line(*at, key),
                    f"unknown roadblock '{key}' in [responses.roadblocks] (a roadblock: "
                    f"{', '.join(ROADBLOCKS)}; a group: {', '.join(GROUPS)}; or any)",
                )
        said = {key: self.wordings(table, key, at) for key in table}
        resolved: dict[str, tuple[str, tuple[Template, ...]]] = {}
        for roadblock in ROADBLOCKS:
            group = next(g for g, members in GROUPS.items() if roadblock in members)
            answer = next((k for k in (roadblock, group, "any") if k in said), None)
            if answer is None:
                raise self.fail(
                    self.line(*at),
                    f"no answer to the roadblock '{roadblock}': add '{roadblock}', "
                    f"its group '{group}' or 'any' to [responses.roadblocks]",
                )
            resolved[roadblock] = (answer, said[answer])
        return resolved

    def layers(self, value: Any) -> tuple[Layer, ...]:
        if value is None:
            raise self.fail(1, f"a scenario needs at least {MIN_LAYERS} [[layer]] tables")
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail(self.line("layer"), "'layer' must be written as [[layer]] tables")
        if len(value) < MIN_LAYERS:
            raise self.fail(
                self.line("layer", len(value) - 1) if value else 1,
                f"a scenario needs at least {MIN_LAYERS} layers (surface, feeling underneath, "
                f"what matters most); this one has {len(value)}",
            )
        layers: list[Layer] = []
        for index, table in enumerate(value):
            layers.append(self.layer(table, index, [layer.name for layer in layers]))
        return tuple(layers)

    def layer(self, table: dict[str, Any], index: int, before: list[str]) -> Layer:
        at: tuple[str | int, ...] = ("layer", index)
        name = self.string(table, "name", at)
        self.unknown_keys(table, _LAYER_KEYS, at, f"layer '{name}'")
        if name in before:
            raise self.fail(self.line(*at, "name"), f"layer '{name}' is defined twice")
        feelings = self.feelings(table, at)
        content = self.content(table, at)
        catch = table.get("catch", "either")
        if catch not in CATCH:
            raise self.fail(self.line(*at, "catch"), f"'catch' must be one of {', '.join(CATCH)}")
        gist = self.string(table, "gist", at)
        value = table.get("value")
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise self.fail(self.line(*at, "value"), "'value' must be a non-empty string")
        if index == 0 and "opens" in table:
            raise self.fail(
                self.line(*at, "opens"),
                "the first layer is opened by the scenario's 'opening'; leave 'opens' out here",
            )
        opens = self.wordings(table, "opens", at) if index > 0 else ()
        said = {key: self.wordings(table, key, at) for key in _LAYER_RESPONSES}
        filler = self.wordings(table, "filler", at, required=False)
        words = self.example_words(table, at, dict(feelings))
        return Layer(
            name=name,
            feelings=feelings,
            content=content,
            catch=str(catch),
            gist=gist,
            value=value.strip() if isinstance(value, str) else None,
            opens=opens,
            partial=said["partial"],
            missed=said["missed"],
            open_question=said["open_question"],
            closed_question=said["closed_question"],
            filler=filler,
            words=words,
        )

    def example_words(
        self, table: dict[str, Any], at: tuple[str | int, ...], families: dict[str, int]
    ) -> tuple[tuple[str, Word], ...]:
        """The layer's own feeling words for its examples ("guilty",
        "ashamed|of"), each with its family: each must be read as one of the
        layer's families, or the example could not be judged accurate (and
        would teach the wrong shade)."""
        value = table.get("words")
        if value is None:
            return ()
        where = self.line(*at, "words")
        if not isinstance(value, list) or not value:
            raise self.fail(where, "'words' must be a non-empty list of feeling words")
        out = []
        for entry in value:
            if not isinstance(entry, str) or not entry.partition("|")[0].strip():
                raise self.fail(where, "each of 'words' must be a feeling word, e.g. \"guilty\"")
            word = word_entry(entry.strip(), "about")
            family = example_family(word.text)
            if family not in families:
                raise self.fail(
                    where,
                    f"{word.text!r} is not read as any of this layer's feelings "
                    f"({', '.join(families)})",
                )
            out.append((family, word))
        return tuple(out)

    def feelings(
        self, table: dict[str, Any], at: tuple[str | int, ...]
    ) -> tuple[tuple[str, int], ...]:
        value = table.get("feelings")
        if value is None:
            raise self.fail(self.line(*at), "missing required key 'feelings'")
        if not isinstance(value, dict) or not value:
            raise self.fail(
                self.line(*at, "feelings"),
                "'feelings' must be a table of family = intensity, e.g. { fear = 2, shame = 1 }",
            )
        out = []
        for family, strength in value.items():
            where = self.line(*at, "feelings", family)
            if family not in FAMILIES:
                raise self.fail(
                    where,
                    f"unknown feeling family {family!r} (families: {', '.join(FAMILIES)})",
                )
            if (
                isinstance(strength, bool)
                or not isinstance(strength, int)
                or not 1 <= strength <= 3
            ):
                raise self.fail(
                    where,
                    f"the intensity of {family!r} must be 1, 2 or 3 (the strongest word the "
                    "speaker would accept)",
                )
            out.append((family, strength))
        return tuple(out)

    def content(self, table: dict[str, Any], at: tuple[str | int, ...]) -> tuple[str, ...]:
        value = table.get("content")
        if value is None:
            raise self.fail(self.line(*at), "missing required key 'content'")
        if not isinstance(value, list) or not value:
            raise self.fail(
                self.line(*at, "content"), "'content' must be a list of words or phrases"
            )
        out = []
        for index, entry in enumerate(value):
            if not isinstance(entry, str) or not re.search(r"\w", entry):
                raise self.fail(
                    self.line(*at, "content", index), "each of 'content' must be a word or phrase"
                )
            out.append(entry.strip().lower())
        return tuple(out)


def check(path: Path) -> Scenario:
    """Load ``path`` and test-render every wording; raise ``PromptError``."""
    return _Loader(path).load()


def available() -> dict[str, Path]:
    """Scenario name -> file, built-ins and the user's (which add or override)."""
    return resources.catalogue(SCENARIOS_DIR)


def load(name: str) -> Scenario:
    """The scenario called ``name``; ``PromptError`` if it is unknown or broken."""
    return _load_at(*resources.named(SCENARIOS_DIR, name, "scenario"))


@cache
def _load_at(path: Path, _mtime: int) -> Scenario:
    return check(path)
