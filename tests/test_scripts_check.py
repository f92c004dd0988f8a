"""Adversarial tests for the script tooling of issue 3.

"`scripts check` gives a `file:line` error for each kind of broken script
you can think of, and never a traceback." Every file in
tests/data/broken_scripts/ has exactly one defect (they are the same small
script with one line changed, so the line numbers are easy to read off in an
editor); BROKEN below says on which line and what the message must mention.
The files in tests/data/broken_scripts/valid/ must pass. Each file's `name`
is its file name, so that rule never gets in the way of the defect tested.

Then: broken user scripts in $MIRRORBOT_HOME/prompts/scripts (list, reply,
show, overrides) and `mirrorbot scripts test` on malformed, failing and
passing transcripts.

The line of a defect is the line a writer has to change: the key's line for
a bad value, the header of a [[stage]]/[[rule]] for a missing key, line 1 for
a missing top-level key, the line where a wording starts for a bad wording.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from mirrorbot import resources
from mirrorbot.dialogue import script
from mirrorbot.errors import PromptError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DATA = Path(__file__).parent / "data" / "broken_scripts"
VALID = DATA / "valid"

# file stem -> (line of the defect, a word the message must contain or None)
BROKEN: dict[str, tuple[int, str | None]] = {
    # TOML syntax, mid-file and at the end of the file
    "toml-unterminated-string": (2, "toml"),
    "toml-double-equals": (9, "toml"),
    "toml-duplicate-key": (5, "toml"),
    "toml-bad-table-header": (21, "toml"),
    "toml-eof-unclosed-array": (27, "toml"),
    "toml-eof-truncated": (23, "toml"),  # cut off mid-line, no newline at the end
    "toml-unclosed-multiline-string": (3, "toml"),  # the """ that never closes
    "toml-nul-byte": (13, None),
    "toml-deep-nesting": (5, None),  # 3000 nested arrays
    # encodings and line endings
    "not-utf8": (3, "utf-8"),
    "utf16": (1, "utf-8"),
    "bom-with-defect": (9, "after_turns"),  # a BOM is fine; the defect is line 9
    "crlf-with-defect": (15, "after_turns"),
    "line-separator-in-comment": (15, "after_turns"),  # U+2028 is no line break in TOML
    "next-line-char-in-string": (15, "after_turns"),  # nor is U+0085
    # missing things
    "missing-name": (1, "name"),
    "missing-title": (1, "title"),
    "missing-description": (1, "description"),
    "missing-opening": (1, "opening"),
    "empty-file": (1, "name"),
    "comments-only": (1, "name"),
    "stage-missing-name": (11, "name"),
    "rule-missing-name": (21, "name"),
    "rule-missing-pattern": (21, "pattern"),
    # wrong types and values
    "opening-empty-list": (4, "opening"),
    "opening-empty-string": (4, "opening"),
    "opening-number": (4, "opening"),
    "opening-table": (4, "opening"),
    "name-number": (1, "name"),
    "title-empty": (2, "title"),
    "title-list": (2, "title"),
    "title-datetime": (2, "title"),
    "description-number": (3, "description"),
    "after-turns-string": (9, "after_turns"),
    "after-turns-zero": (9, "after_turns"),
    "after-turns-negative": (9, "after_turns"),
    "after-turns-bool": (9, "after_turns"),
    "after-turns-float": (9, "after_turns"),
    "when-feelings-zero": (9, "when_feelings"),
    "priority-float": (24, "priority"),
    "priority-string": (24, "priority"),
    "summary-yes": (13, "summary"),
    "close-number": (19, "close"),
    "stages-string": (25, "stages"),
    "kind-unknown": (24, "kind"),
    "fallthrough-string": (24, "fallthrough"),
    "once-number": (24, "once"),
    "templates-number": (27, "templates"),
    "templates-with-number": (27, "templates"),
    "prompts-empty-string": (13, "prompts"),
    "closing-number": (5, "closing"),
    "next-number": (8, "next"),
    "next-empty": (8, "next"),
    # unknown keys
    "unknown-top-key": (2, "titel"),
    "unknown-top-table": (29, "settings"),  # a [settings] table, not a key = value
    "unknown-stage-key": (9, "after_turn"),
    "unknown-rule-key": (27, "template"),
    "stage-dotted-prompts": (13, "prompts"),  # prompts.first = "..." makes a table
    # structure
    "stage-defined-twice": (18, "explore"),
    "next-unknown-stage": (14, "closing"),
    "rule-unknown-stage": (25, "explor"),
    "condition-without-next": (9, "next"),
    "when-said-without-next": (8, "next"),  # the condition's line, as for after_turns
    "stage-plain-table": (6, "[[stage]]"),
    "rule-plain-table": (6, "[[rule]]"),
    "stage-plain-table-after-comment": (7, "[[stage]]"),
    "stage-inline-array": (6, "nowhere"),  # stage = [{ ... }] is valid TOML
    "quoted-table-header": (15, "after_turns"),  # [["stage"]] is valid TOML
    # patterns
    "pattern-bad-regex": (23, "pattern"),
    "pattern-bad-group-name": (23, "pattern"),
    "pattern-empty": (23, "pattern"),
    "pattern-number": (23, "pattern"),
    "when-said-bad-regex": (9, "pattern"),
    "when-said-empty": (9, "pattern"),
    # wordings: jinja syntax
    "opening-jinja-syntax": (4, "syntax"),
    "prompt-jinja-syntax": (13, "syntax"),
    "rule-template-jinja-syntax": (27, "syntax"),
    "remember-jinja-syntax": (26, "syntax"),
    "closing-jinja-syntax": (5, "syntax"),
    "unknown-filter": (27, "shout"),
    # wordings: variables
    "opening-undefined": (4, "feling"),
    "prompt-undefined": (13, "feling"),
    "closing-undefined": (5, "feling"),
    "rule-template-undefined-capture": (27, "whom"),
    "remember-undefined-capture": (26, "whom"),
    "undefined-in-untaken-branch": (27, "whom"),  # {% if not who %}{{ whom }}{% endif %}
    "opening-uses-message-variable": (4, "you_are"),  # nothing has been said yet
    "opening-escaped-quotes": (4, "feling"),  # "Hello. \"{{ feling }}\""
    "opening-multiline-string": (4, "feling"),  # """...""" over two lines
    "rule-template-multiline-string": (27, "whom"),
    # memory writes
    "remember-unknown-slot": (26, "topic"),
    "remember-slot-named-like-capture": (26, "person"),  # the pattern line mentions it too
    "remember-non-string": (26, "people"),
    "remember-list-value": (26, "people"),
    "remember-string": (26, "remember"),
    "remember-subtable-unknown-slot": (30, "persons"),  # [rule.remember] persons = ...
    # wordings that fail when rendered, and the sandbox (a clear error, never a crash)
    "template-division-by-zero": (13, None),
    "template-huge-range": (27, None),
    "template-include": (27, None),
    "template-recursive-macro": (27, None),
    "sandbox-class-mro": (4, "unsafe"),
    "sandbox-capture-globals": (27, "unsafe"),
    "sandbox-format-string": (27, "unsafe"),
    "sandbox-cycler-globals": (13, "unsafe"),
    # names
    "name-capitals": (1, "name"),
    "name-spaces": (1, "name"),
    "name-path": (1, "name"),
    "name-not-file-name": (1, "name"),  # prompts/README: "the file is NAME.toml"
}


def mirrorbot(*args: str, stdin: str = "", timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mirrorbot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def error_line(path: Path | str, line: int | None = None) -> re.Pattern[str]:
    """A stderr line naming ``path`` and ``line`` (any line or none when
    ``line`` is None), as the CLI prints it."""
    where = re.escape(str(path)) + (f":{line}" if line is not None else r"(?::\d+)?")
    return re.compile(rf"(?:mirrorbot: )?{where}: \S")


def one_error(result: subprocess.CompletedProcess[str]) -> str:
    """The single stderr line of a run that must fail as bad input."""
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    assert result.returncode == 2, f"exit {result.returncode}: {result.stderr}"
    lines = result.stderr.splitlines()
    assert len(lines) == 1, f"want one line on stderr, got {result.stderr!r}"
    return lines[0]


def test_every_broken_file_has_an_expectation() -> None:
    on_disk = {p.stem for p in DATA.glob("*.toml")}
    assert on_disk == set(BROKEN), (
        f"no expectation for {sorted(on_disk - set(BROKEN))}, "
        f"no file for {sorted(set(BROKEN) - on_disk)}"
    )


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_script_names_file_and_line(name: str) -> None:
    path = DATA / f"{name}.toml"
    line, word = BROKEN[name]
    try:
        script.check(path)
    except PromptError as exc:
        error = exc
    except Exception as exc:  # what the CLI would turn into "unexpected error", exit 1
        pytest.fail(f"{type(exc).__name__} instead of a PromptError: {exc}")
    else:
        pytest.fail(f"{name}: accepted, want an error at line {line}")
    assert error.line == line, f"want line {line}, got: {error}"
    assert str(error).startswith(f"{path}:{line}: "), str(error)
    assert "\n" not in str(error), f"want one line: {error}"
    if word is not None:
        assert word.lower() in error.message.lower(), f"want {word!r} mentioned: {error}"


def test_cli_reports_each_broken_file_on_one_line() -> None:
    """All the files in one `scripts check`: one stderr line each, with the
    right line; every file is reported, even after a bad one."""
    paths = [DATA / f"{name}.toml" for name in sorted(BROKEN)]
    result = mirrorbot("scripts", "check", *map(str, paths))
    lines = result.stderr.splitlines()
    problems = [f"accepted: {line}" for line in result.stdout.splitlines()]
    problems += [line for line in lines if "unexpected error" in line]
    for path in paths:
        want = BROKEN[path.stem][0]
        mine = [line for line in lines if error_line(path).match(line)]
        if len(mine) != 1 or not error_line(path, want).match(mine[0]):
            problems.append(f"{path.name}: want one line at line {want}, got {mine}")
    assert not problems, "\n".join(problems)
    assert len(lines) == len(paths), result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert result.returncode == 2, f"exit {result.returncode}"


def test_valid_scripts_pass() -> None:
    paths = sorted(VALID.glob("*.toml"))
    assert {p.stem for p in paths} >= {"base", "bom", "crlf", "minimal", "unicode", "full"}
    rejected = []
    for path in paths:
        try:
            assert script.check(path).name == path.stem
        except PromptError as exc:
            rejected.append(str(exc))
    assert not rejected, "valid scripts rejected:\n" + "\n".join(rejected)
    result = mirrorbot("scripts", "check", *map(str, paths))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    for path in paths:
        assert re.search(rf"^{re.escape(str(path))}: ok\b", result.stdout, re.M), result.stdout


def test_bom_and_crlf_are_invisible() -> None:
    base = script.check(VALID / "base.toml")
    for variant in ("bom", "crlf"):
        other = script.check(VALID / f"{variant}.toml")
        assert other.title == base.title and other.opening[0].source == base.opening[0].source
        assert [s.name for s in other.stages] == [s.name for s in base.stages]
        assert [r.pattern.pattern for r in other.rules] == [r.pattern.pattern for r in base.rules]


def test_shipped_scripts_pass() -> None:
    shipped = sorted((resources.shipped_prompts() / script.SCRIPTS_DIR).glob("*.toml"))
    assert shipped
    for path in shipped:
        assert script.check(path).name == path.stem


def test_several_paths_each_reported(tmp_path: Path) -> None:
    empty = tmp_path / "empty.toml"
    empty.write_text("")
    folder = tmp_path / "folder.toml"
    folder.mkdir()
    missing = tmp_path / "missing.toml"
    broken = DATA / "next-unknown-stage.toml"
    good, also_good = VALID / "base.toml", VALID / "minimal.toml"
    result = mirrorbot(
        "scripts", "check", *map(str, [good, empty, broken, folder, missing, also_good])
    )
    assert "Traceback" not in result.stderr + result.stdout
    assert result.returncode == 2, result.stderr
    assert [line.split(": ok")[0] for line in result.stdout.splitlines()] == [
        str(good),
        str(also_good),
    ]
    lines = result.stderr.splitlines()
    assert len(lines) == 4, result.stderr
    assert error_line(empty, 1).match(lines[0]) and "name" in lines[0], lines[0]
    assert error_line(broken, 14).match(lines[1]), lines[1]
    assert error_line(folder).match(lines[2]) and "directory" in lines[2].lower(), lines[2]
    assert error_line(missing).match(lines[3]), lines[3]
    assert re.search(r"no such file|not exist|not found", lines[3], re.I), lines[3]


def test_a_crashing_wording_does_not_stop_the_other_files() -> None:
    crashing = DATA / "template-include.toml"
    broken, good = DATA / "after-turns-zero.toml", VALID / "base.toml"
    result = mirrorbot("scripts", "check", str(crashing), str(broken), str(good))
    assert "Traceback" not in result.stderr
    assert result.returncode == 2, f"exit {result.returncode}: {result.stderr}"
    lines = result.stderr.splitlines()
    assert len(lines) == 2, result.stderr
    assert error_line(crashing, 27).match(lines[0]), lines[0]
    assert error_line(broken, 9).match(lines[1]), lines[1]
    assert f"{good}: ok" in result.stdout


HEAD = 'name = "huge"\ntitle = "Huge"\ndescription = "Ten thousand rules."\nopening = ["Hello."]\n'


def _huge(rules: int, broken_last: bool) -> tuple[str, int]:
    parts, line = [HEAD], HEAD.count("\n")
    bad_line = 0
    for i in range(rules):
        pattern = "(unclosed" if broken_last and i == rules - 1 else rf"\bword{i}\b"
        parts.append(f"\n[[rule]]\nname = \"r{i}\"\npattern = '{pattern}'\n")
        line += 4
        bad_line = line  # the pattern line of the last rule
    return "".join(parts), bad_line


def test_huge_script_finishes(tmp_path: Path) -> None:
    """10,000 rules: checked (no timing is asserted; the generous timeout
    only keeps a quadratic regression from hanging the suite), and a defect
    in the last one is still found at its line."""
    good = tmp_path / "huge.toml"
    bad = tmp_path / "broken" / "huge.toml"  # same name: the name must match the file
    bad.parent.mkdir()
    good.write_text(_huge(10_000, broken_last=False)[0])
    text, bad_line = _huge(10_000, broken_last=True)
    bad.write_text(text)
    results = {}
    for path in (good, bad):
        done = subprocess.run(
            [sys.executable, "-m", "mirrorbot", "scripts", "check", str(path)],
            capture_output=True,
            text=True,
            timeout=300,
        )
        results[path] = (done.returncode, done.stdout, done.stderr)
    code, out, err = results[good]
    assert code == 0 and "Traceback" not in err, err
    assert f"{good}: ok" in out and "10000 rules" in out, out
    code, out, err = results[bad]
    assert code == 2 and "Traceback" not in err, err
    assert len(err.splitlines()) == 1 and error_line(bad, bad_line).match(err), err


# -- user scripts in $MIRRORBOT_HOME/prompts/scripts ------------------------------


def user_scripts(home: Path) -> Path:
    folder = home / "prompts" / "scripts"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def write_broken(folder: Path, name: str = "broken") -> Path:
    """after-turns-zero.toml renamed: its defect is on line 9."""
    text = (DATA / "after-turns-zero.toml").read_text(encoding="utf-8")
    path = folder / f"{name}.toml"
    path.write_text(text.replace('name = "after-turns-zero"', f'name = "{name}"'))
    return path


def shipped_titles() -> dict[str, str]:
    folder = resources.shipped_prompts() / script.SCRIPTS_DIR
    return {
        p.stem: tomllib.loads(p.read_text(encoding="utf-8"))["title"]
        for p in sorted(folder.glob("*.toml"))
    }


def test_list_marks_a_broken_user_script(isolated_home: Path) -> None:
    folder = user_scripts(isolated_home)
    broken = write_broken(folder)
    (folder / "mine.toml").write_text(
        (VALID / "minimal.toml")
        .read_text()
        .replace('"minimal"', '"mine"')
        .replace('title = "Demo"', 'title = "My own"')
    )
    result = mirrorbot("scripts", "list")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    rows = {line.split()[0]: line for line in result.stdout.splitlines() if line.strip()}
    assert "broken" in rows["broken"].lower() and f"{broken}:9" in rows["broken"], rows
    assert "My own" in rows["mine"] and "broken" not in rows["mine"]
    for name, title in shipped_titles().items():
        assert title in rows[name] and "(broken" not in rows[name], rows.get(name)


def test_list_survives_unreadable_user_files(isolated_home: Path) -> None:
    """A dangling symlink, a folder called x.toml and a Latin-1 file among
    the user's scripts: each is marked, the rest are listed, exit 0."""
    folder = user_scripts(isolated_home)
    (folder / "dangling.toml").symlink_to(folder / "gone.toml")
    (folder / "folder.toml").mkdir()
    (folder / "latin.toml").write_bytes((DATA / "not-utf8.toml").read_bytes())
    result = mirrorbot("scripts", "list")
    assert "Traceback" not in result.stderr
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr}"
    rows = {line.split()[0]: line for line in result.stdout.splitlines() if line.strip()}
    for name in ("dangling", "folder", "latin"):
        assert "broken" in rows.get(name, "").lower(), result.stdout
    assert f"{folder / 'latin.toml'}:3" in rows["latin"]
    for name in shipped_titles():
        assert name in rows, result.stdout


@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        (["reply", "--script", "broken", "hi"], ""),
        (["--plain", "--script", "broken"], "hi\n"),
    ],
    ids=["reply", "plain"],
)
def test_using_a_broken_user_script(isolated_home: Path, args: list[str], stdin: str) -> None:
    broken = write_broken(user_scripts(isolated_home))
    line = one_error(mirrorbot(*args, stdin=stdin))
    assert error_line(broken, 9).match(line), line


def test_broken_user_override_of_the_default_script(isolated_home: Path) -> None:
    """The default script ("open" in config.toml) replaced by a broken copy."""
    broken = write_broken(user_scripts(isolated_home), "open")
    line = one_error(mirrorbot("reply", "hi"))
    assert error_line(broken, 9).match(line), line


def test_reply_with_unknown_script_names_the_available(isolated_home: Path) -> None:
    folder = user_scripts(isolated_home)
    (folder / "mine.toml").write_text(
        (VALID / "minimal.toml").read_text().replace('"minimal"', '"mine"')
    )
    line = one_error(mirrorbot("reply", "--script", "nosuch", "hi"))
    assert "nosuch" in line
    for name in [*shipped_titles(), "mine"]:
        assert re.search(rf"\b{re.escape(name)}\b", line), f"{name} not named: {line}"


def test_show_a_broken_user_script(isolated_home: Path) -> None:
    """`show` of a file that is not UTF-8: printed anyway, or one line naming
    the file and line; never "unexpected error" (exit 1)."""
    folder = user_scripts(isolated_home)
    latin = folder / "latin.toml"
    latin.write_bytes((DATA / "not-utf8.toml").read_bytes())
    result = mirrorbot("scripts", "show", "latin")
    assert "Traceback" not in result.stderr
    assert result.returncode in (0, 2), f"exit {result.returncode}: {result.stderr}"
    if result.returncode == 2:
        assert error_line(latin, 3).match(one_error(result)), result.stderr


def test_user_script_overrides_a_builtin(isolated_home: Path, tmp_path: Path) -> None:
    assert "open" in shipped_titles()
    mine = user_scripts(isolated_home) / "open.toml"
    mine.write_text(
        'name = "open"\ntitle = "My own open"\ndescription = "Mine, not the shipped one."\n'
        'opening = ["Hello from my own open script."]\n'
    )
    assert script.available()["open"] == mine
    listed = mirrorbot("scripts", "list")
    assert listed.returncode == 0, listed.stderr
    row = next(line for line in listed.stdout.splitlines() if line.split()[:1] == ["open"])
    assert "My own open" in row, row
    shown = mirrorbot("scripts", "show", "open")
    assert shown.returncode == 0 and shown.stdout == mine.read_text(), shown.stderr
    replay = tmp_path / "mine.txt"
    replay.write_text("script: open\n= Hello from my own open script.\n> hello\n~ .\n")
    result = mirrorbot("scripts", "test", str(replay))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == "2 passed, 0 failed"


# Scripts with wordings that can only fail in a conversation: `check` must
# either reject them (file:line) or the session must cope. Never both "ok"
# and then "unexpected error" mid-conversation.
SESSION_TRAPS = {
    "optional-capture": (
        "pattern = '\\bmy (?P<who>best )?friend\\b'\n"
        'remember = { people = "your {{ who }}friend" }\n'
    ),
    "earlier-in-remember": ("pattern = '\\bfriend\\b'\nremember = { notes = \"{{ earlier }}\" }\n"),
}


@pytest.mark.parametrize("trap", sorted(SESSION_TRAPS))
def test_a_script_check_accepts_survives_a_conversation(
    isolated_home: Path, tmp_path: Path, trap: str
) -> None:
    path = user_scripts(isolated_home) / f"{trap}.toml"
    path.write_text(
        f'name = "{trap}"\ntitle = "Trap"\ndescription = "A rule that needs care."\n'
        f'opening = ["Hello."]\n\n[[rule]]\nname = "friend"\n{SESSION_TRAPS[trap]}'
    )
    try:
        script.check(path)
    except PromptError as exc:
        assert exc.line is not None, str(exc)
        return  # rejected up front, with a line: fine
    replay = tmp_path / "trap.txt"
    replay.write_text(f"script: {trap}\n> my friend called me today and I was glad\n~ .\n")
    result = mirrorbot("scripts", "test", str(replay))
    assert "Traceback" not in result.stderr
    assert result.returncode == 0, f"check said ok, the session failed: {result.stderr}"


# -- transcripts ----------------------------------------------------------------

MALFORMED: dict[str, tuple[bytes, int]] = {
    "unknown-setting": (b"speed: 3\n> hi\n", 1),
    "bad-regex": (b"> hi\n~ (unclosed\n", 2),
    "bad-regex-negated": (b"> hi\n! [z-a]\n", 2),
    "seed-word": (b"seed: three\n> hi\n", 1),
    "seed-superscript": ("seed: \u00b3\n> hi\n".encode(), 1),  # "³".isdigit() is True
    "no-prefix": (b"seed: 1\n> hi\nhello there\n", 3),
    "setting-after-first-turn": (b"> hi\nscript: open\n", 2),
    "unknown-script": (b"# which script\nscript: nosuch\n> hi\n", 2),
    "not-utf8": (b"> hi\n~ caf\xe9\n", 2),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_transcript(tmp_path: Path, case: str) -> None:
    content, line = MALFORMED[case]
    path = tmp_path / f"{case}.txt"
    path.write_bytes(content)
    error = one_error(mirrorbot("scripts", "test", str(path)))
    assert error_line(path, line).match(error), error


def test_missing_transcript(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    assert error_line(missing).match(one_error(mirrorbot("scripts", "test", str(missing))))


def test_transcript_with_a_broken_user_script(isolated_home: Path, tmp_path: Path) -> None:
    broken = write_broken(user_scripts(isolated_home))
    path = tmp_path / "uses-broken.txt"
    path.write_text("script: broken\n> hi\n~ .\n")
    line = one_error(mirrorbot("scripts", "test", str(path)))
    assert error_line(broken, 9).match(line), line


PASSING = "script: open\n~ .\n> I am so worried about my exam tomorrow\n! ^zzz$\n~ .\n"
FAILING = (
    "script: open\n"  # 1
    "~ .\n"  # 2: passes
    "> I am so worried about my exam tomorrow\n"  # 3
    "! ^zzz$\n"  # 4: passes
    "= This is certainly not the reply.\n"  # 5: fails
    "~ ^zzz$\n"  # 6: fails
    "> thanks\n"  # 7
    "~ .\n"  # 8: passes
)


def test_passing_transcript(tmp_path: Path) -> None:
    path = tmp_path / "passing.txt"
    path.write_text(PASSING)
    result = mirrorbot("scripts", "test", str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == "3 passed, 0 failed", result.stdout


def test_failing_transcript(tmp_path: Path) -> None:
    failing, passing = tmp_path / "failing.txt", tmp_path / "passing.txt"
    failing.write_text(FAILING)
    passing.write_text(PASSING)
    result = mirrorbot("scripts", "test", str(failing), str(passing))
    assert "Traceback" not in result.stderr + result.stdout
    assert result.returncode == 1, f"exit {result.returncode}: {result.stdout}{result.stderr}"
    lines = (result.stdout + result.stderr).splitlines()
    assert lines[-1] == "6 passed, 2 failed", lines
    reported = [line for line in lines[:-1] if line.strip()]
    assert len(reported) == 2, reported
    assert reported[0].startswith(f"{failing}:5: "), reported
    assert reported[1].startswith(f"{failing}:6: "), reported
