"""How well the feelings detector names the emotion of short texts, and how fast.

Reads two public development sets in place (never copied into the repo):

- ``dair_emotion/val.txt``: short first-person posts, ``text;label``, six
  labels (sadness, joy, love, anger, fear, surprise), one per row.
- ``goemotions/ekman_dev.tsv``: Reddit comments, ``text<TAB>ids<TAB>id``, ids
  0-based into ``ekman_labels.txt`` (anger, disgust, fear, joy, neutral,
  sadness, surprise); a row may carry several labels.

The prediction for a text is the family of ``primary(detect(clean(text)))``,
implied feelings included, mapped onto the dataset's labels (table below).
``primary`` prefers asserted feelings, so it returns a negated one only when
nothing else was found ("I no longer feel terrified"); its family still
counts, because both datasets label what a text is *about* (dair labels that
example fear). ``--negated-as-none`` counts such rows as "no emotion" instead;
the macro-F1 either way is printed. No feeling at all is ``neutral`` for
GoEmotions and a miss for dair (which has no neutral). For a GoEmotions row
with several labels the prediction is correct if it is any of them; per-label
counts then use the matched label, or the row's first label when nothing
matched.

Mapping of our 15 families (reflective-listening.md §4) to dataset labels:

    joy pride calm hope       -> joy
    love                      -> love (dair); joy (GoEmotions has no love: Ekman puts it under joy)
    sadness loneliness hurt shame -> sadness
    fear                      -> fear
    anger                     -> anger
    disgust                   -> disgust (GoEmotions); anger (dair has no disgust; closest label)
    surprise confusion        -> surprise (GoEmotions' Ekman grouping puts confusion there)
    overwhelm                 -> sadness (see --compare-overwhelm: both datasets label
                                 "exhausted", "drained", "burnt out" as sadness more than
                                 anything; sadness scores best on both, fear a close second)

Each family's label above was checked against every other label on dair
(one family moved at a time, rechecked after the last lexicon change): none
scores better, so the mapping stands. Love is best stood for by our love
family alone (mapping pride, calm or hope there as well only adds joy rows);
surprise by surprise and confusion together (confusion to fear instead: 0.653).

Where dair stays short of 0.80, and what was tried (issue 2). dair's labels are
machine-generated from the emotion word in each post, on a scheme that
differs from §4 for many common words: thankful/grateful/appreciative (§4
love; dair joy), curious (hope; dair surprise), unsure/uncertain/sceptical/
strange (confusion; dair fear), helpless/distraught (sadness; dair fear),
overwhelmed/stressed/rushed (overwhelm; dair fear, anger, surprise),
impressed/amazing (joy; dair surprise), sentimental (love; dair sadness).
A diagnosis, never a method: relabelling each detected headword with its most
common dair label would reach about 0.82 with today's detection, while
counting every no-feeling row as correct would reach only about 0.71. The gap
is the label scheme, not missed feelings; closing it would mean filing words
under families §4 does not give them, and the reply names a feeling with its
family's words ("thankful" said back as "glad" instead of "grateful").
Most rows still without a feeling say "I feel like/that ..." with no feeling
word at all, or use a word that is no feeling here ("feel cold", "feel
submissive", "feel convinced", "feel free to ...").

Built (by kind): frames past auxiliaries and denials ("I am being ignored",
"I haven't been down"); degree words between "feel" and the word ("as",
"a lot", "beyond", "a tinge of", "the most"); "kind of"/"kinda" as a hedge,
never "kind"; a ``feel`` flag for words that are feelings only when felt
("free", "pretty", "beautiful", "funny" = odd); a ``state=`` flag for passives
that are another feeling ("I feel hated" is hurt); a denial covering a list
("not angry, upset or hurt"); "instead of", "rather than", "more X than"
ruling a feeling out; a list after a reported feeling reported too ("feeling
tired, cranky and miserable"); a second verb sharing the person ("I was
exhausted and got angry"); a feeling put on the speaker being theirs ("she
scared me", "he gets on my nerves"); "she"/"he" after "like" as a subject
("I feel like she's angry"); sentence openers that are no names ("Yeah so
annoyed", "Kinda lonely"); "mean" the verb as no feeling ("I mean, ...");
missing everyday words and phrases ("feel like a zombie", "not feeling so
hot", "drives me mad", "in bits", "my heart sank", "kicking myself" ...).
dair 0.651 -> 0.666 along the way; it ends at 0.663 because fixing whose
feeling it is took back rows that had been credited by mistake ("like she
still hated me" as the speaker's hate). GoEmotions ~0.51.

Tried and dropped: confusion -> fear for dair (dair files unsure/uncertain
there): 0.644, worse, and GoEmotions' own Ekman grouping puts confusion under
surprise. ``primary`` letting the earlier of two equal feelings win: dair
+0.006, GoEmotions -0.001; a tie-break for the whole app with no reason but
dair's habit of naming the first word, so "later wins" stays.
``primary`` without the direct-report step: dair -0.024. Lists without commas
("feeling agitated irritated and low") as reported lists: dair -0.006, and
mostly adjectives before a noun ("a dull heavy ache"). "how happy I am" as
the speaker's report: right, but the reply then drops the clause around it
("she has no idea how scared I was" -> "You're nervous"). Insults
("asshole", "bastard") as implied anger: said of oneself they came back as
"embarrassed to her".

Usage: python benchmarks/feelings_eval.py [--data DIR] [--errors N] [--compare-overwhelm]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from mirrorbot.language.feelings import Feeling, detect, primary
from mirrorbot.language.text import clean

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"

BASE_MAP: dict[str, str] = {
    "joy": "joy", "pride": "joy", "calm": "joy", "hope": "joy", "love": "love",
    "sadness": "sadness", "loneliness": "sadness", "hurt": "sadness", "shame": "sadness",
    "fear": "fear", "anger": "anger", "disgust": "disgust",
    "surprise": "surprise", "confusion": "surprise", "overwhelm": "sadness",
}  # fmt: skip
NONE = "neutral"


@dataclass(frozen=True)
class Row:
    text: str
    gold: tuple[str, ...]


def load_dair(path: Path) -> list[Row]:
    rows: list[Row] = []
    with path.open(encoding="utf-8") as handle:
        next(handle)  # header
        for line in handle:
            text, _, label = line.rstrip("\n").rpartition(";")
            if text:
                rows.append(Row(text, (label,)))
    return rows


def load_goemotions(folder: Path) -> list[Row]:
    names = (folder / "ekman_labels.txt").read_text(encoding="utf-8").split()
    rows: list[Row] = []
    with (folder / "ekman_dev.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2:
                continue
            rows.append(Row(parts[0], tuple(names[int(i)] for i in parts[1].split(","))))
    return rows


def predict(families: Sequence[str | None], mapping: dict[str, str]) -> list[str]:
    return [NONE if f is None else mapping[f] for f in families]


@dataclass
class Score:
    labels: list[str]
    rows: list[tuple[str, str, float, float, float, int]]  # label, -, p, r, f1, support
    macro_f1: float
    accuracy: float


def score(rows: Sequence[Row], predictions: Sequence[str], labels: Sequence[str]) -> Score:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    support: Counter[str] = Counter()
    correct = 0
    for row, predicted in zip(rows, predictions, strict=False):
        gold = predicted if predicted in row.gold else row.gold[0]
        support[gold] += 1
        if predicted == gold:
            tp[gold] += 1
            correct += 1
        else:
            fn[gold] += 1
            fp[predicted] += 1
    table = []
    f1s = []
    for label in labels:
        p = tp[label] / (tp[label] + fp[label]) if tp[label] + fp[label] else 0.0
        r = tp[label] / (tp[label] + fn[label]) if tp[label] + fn[label] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        f1s.append(f1)
        table.append((label, "", p, r, f1, support[label]))
    return Score(list(labels), table, sum(f1s) / len(f1s), correct / len(rows))


def print_table(title: str, result: Score, note: str = "") -> None:
    print(f"\n{title}")
    if note:
        print(note)
    print(f"  {'label':<10} {'precision':>9} {'recall':>7} {'F1':>6} {'support':>8}")
    for label, _, p, r, f1, n in result.rows:
        print(f"  {label:<10} {p:>9.3f} {r:>7.3f} {f1:>6.3f} {n:>8}")
    print(f"  {'macro-F1':<10} {'':>9} {'':>7} {result.macro_f1:>6.3f}")
    print(f"  accuracy {result.accuracy:.3f} over {sum(r[5] for r in result.rows)} rows")


def timed(texts: Sequence[str]) -> tuple[list[Feeling | None], list[float]]:
    """The primary feeling of each text, and what finding it cost in µs."""
    found: list[Feeling | None] = []
    costs: list[float] = []
    for text in texts:
        cleaned = clean(text)
        begin = time.perf_counter_ns()
        best = primary(detect(cleaned))
        costs.append((time.perf_counter_ns() - begin) / 1000)
        found.append(best)
    return found, costs


def families(found: Sequence[Feeling | None], negated_as_none: bool) -> list[str | None]:
    return [None if f is None or (negated_as_none and f.negated) else f.family for f in found]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA,
        help="folder holding dair_emotion/ and goemotions/",
    )
    parser.add_argument(
        "--errors", type=int, default=0, help="print this many misclassified rows per set"
    )
    parser.add_argument(
        "--compare-overwhelm", action="store_true", help="score each label for overwhelm"
    )
    parser.add_argument(
        "--negated-as-none",
        action="store_true",
        help="count a negated primary feeling as no emotion",
    )
    args = parser.parse_args(argv)
    try:
        dair = load_dair(args.data / "dair_emotion" / "val.txt")
        goemotions = load_goemotions(args.data / "goemotions")
    except OSError as error:
        print(f"feelings_eval: cannot read the data: {error}; pass --data DIR", file=sys.stderr)
        return 2

    detect("warm up the lexicon and the cues")
    dair_found, dair_cost = timed([r.text for r in dair])
    go_found, go_cost = timed([r.text for r in goemotions])
    dair_families = families(dair_found, args.negated_as_none)
    go_families = families(go_found, args.negated_as_none)

    dair_map = {**BASE_MAP, "disgust": "anger"}
    go_map = {**BASE_MAP, "love": "joy"}
    dair_labels = ["sadness", "joy", "love", "anger", "fear", "surprise"]
    go_labels = ["anger", "disgust", "fear", "joy", "neutral", "sadness", "surprise"]

    if args.compare_overwhelm:
        print("overwhelm mapped to:   dair macro-F1   GoEmotions macro-F1")
        for label in ("fear", "sadness", "anger", "surprise"):
            d = score(dair, predict(dair_families, {**dair_map, "overwhelm": label}), dair_labels)
            g = score(goemotions, predict(go_families, {**go_map, "overwhelm": label}), go_labels)
            print(f"  {label:<20} {d.macro_f1:>12.3f} {g.macro_f1:>20.3f}")

    dair_pred = predict(dair_families, dair_map)
    go_pred = predict(go_families, go_map)
    dair_score = score(dair, dair_pred, dair_labels)
    go_score = score(goemotions, go_pred, go_labels)
    print_table(
        "dair-ai/emotion validation (2,000 rows, one label each)",
        dair_score,
        f"  no feeling found: {dair_pred.count(NONE)} rows (counted as misses)",
    )
    print_table(
        "GoEmotions dev, Ekman labels",
        go_score,
        "  multi-label rows: a prediction counts as correct if it is any of the row's labels",
    )
    other = not args.negated_as_none
    d_other = score(dair, predict(families(dair_found, other), dair_map), dair_labels)
    g_other = score(goemotions, predict(families(go_found, other), go_map), go_labels)
    print(
        f"\nwith negated primary feelings counted as {'no emotion' if other else 'their family'}: "
        f"dair macro-F1 {d_other.macro_f1:.3f}, GoEmotions macro-F1 {g_other.macro_f1:.3f}"
    )
    for name, costs in (("dair", dair_cost), ("GoEmotions", go_cost)):
        ordered = sorted(costs)
        p95 = ordered[int(len(ordered) * 0.95)]
        print(
            f"\n{name}: detect+primary median {statistics.median(costs):.1f} µs, "
            f"p95 {p95:.1f} µs, max {ordered[-1]:.1f} µs per message"
        )
    long_text = " ".join(r.text for r in goemotions[:200])[:4000]
    begin = time.perf_counter_ns()
    detect(clean(long_text))
    print(f"a 4,000-character message: {(time.perf_counter_ns() - begin) / 1000:.0f} µs")

    if args.errors:
        for title, rows, predictions in (
            ("dair", dair, dair_pred),
            ("GoEmotions", goemotions, go_pred),
        ):
            print(f"\n-- {title}: first {args.errors} misclassified --")
            shown = 0
            for row, predicted in zip(rows, predictions, strict=False):
                if predicted not in row.gold:
                    found = [(f.text, f.family, f.negated) for f in detect(clean(row.text))]
                    print(
                        f"  gold={','.join(row.gold):<16} pred={predicted:<9} {row.text[:110]!r} {found}"
                    )
                    shown += 1
                    if shown >= args.errors:
                        break
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
