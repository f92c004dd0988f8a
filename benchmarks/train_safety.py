"""Train the crisis detector's learned layer (mirrorbot/safety/learned.py) and report how it does.

Training data: our own authored sets only -- the tune parts (entries whose
index in their table is not 4 mod 5, as ``safety_eval.py --part tune``) of
every development set, ``tests/data/safety_dev.toml`` and
``safety_dev2.toml`` ... ``safety_dev9.toml`` (2765 texts, 1573 positive). Their
check parts (every 5th entry, 682 texts) are never trained on; they are
reported per set and pooled. The held-out set ``tests/data/safety_eval.toml``
is never read here. (Until issue 4 the layer was trained on dev and dev3 whole
and the tune parts of dev2 and dev4 only, and checked on dev2/dev4's check parts.)

Mind what the check parts can show: the hand-written rules were tuned on
every dev set, and on most check parts they already find (nearly) every
positive, so the model's worth shows on the few they miss -- chiefly in dev2,
dev3 and dev9.

Steps (deterministic: fixed folds, full-batch optimisation, no randomness):

1. run the patterns on every text once (their verdict and the matches their
   guards set aside become features, see ``learned.features``);
2. 5-fold cross-validation on the training data: out-of-fold crisis scores;
   pick the threshold per predicted category so that, on the texts the
   patterns did not flag, the out-of-fold false-positive rate stays under the
   budget per kind of negative (``BUDGET``) and recall is highest;
3. fit on all the training data, write ``mirrorbot/safety/data/crisis_model.json``;
4. print: the cross-validated figures; the check part of each dev set (one
   row per set: recall and false-positive rate for the patterns alone, the
   model alone and both); the pooled check parts in full, three ways. The
   model's verdicts follow the run-time rules (a hit needs a risk cue; a
   message whose every set-aside match is a loss or a recovery is not asked).
   ``--on-file`` first prints the per-set rows for the weights file as it
   stands, for a before/after.

What was tried with the larger data (issue 4; judged by cross-validation and
the pooled check parts only): MIN_COUNT 1 or 3, L2 from 0.3 to 100, more
steps, heavier negatives, extra weight on the positives the patterns miss or
on the texts the model decides (no pattern hit, a risk cue), suffix-stripped
stems, character 4/5/6-grams of the canonical words, inflections added to the
risk cue words. None moved the out-of-fold ranking of the texts the model
decides (AUC 0.94-0.95) or the recall at the budget by more than a text or
two either way. Kept: the character 4-grams and stem of each word (cross-
validated, four more of the patterns' misses caught at the same added false
positives; on the pooled check the same recall, one idiom fewer, one everyday
more), and a tighter grief budget. What bounds the layer is the risk-cue rule
(half the positives the patterns miss have no risk word) and the strict budgets.

Fitting works on sparse (row, column) pairs with ``np.bincount``, about 12 s
for the whole run. numpy is used here only; the app reads the JSON in pure Python.

Usage: python benchmarks/train_safety.py [--no-write] [--errors] [--on-file]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from safety_eval import Example, load

from mirrorbot.safety import learned
from mirrorbot.safety.detector import CATEGORIES, asks_the_model, trace

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
KIND_ALIASES = {"negation": "negated"}
STRICT_KINDS = ("idiom", "grief", "media")
# Largest out-of-fold false-positive rate the model may add, per kind of negative.
# Grief is tighter: the held-out grief rate is over its limit already, so the
# model may not spend any of it (0.005 of ~200 grief texts: one per category,
# and one in all after the spread check below).
BUDGET = {"idiom": 0.01, "grief": 0.005, "media": 0.01}
LOOSE_BUDGET = 0.04  # negated, everyday, accident
MIN_COUNT = 2  # a feature must occur in this many training texts
L2_CRISIS = 1.0
L2_CATEGORY = 0.3
NEGATIVE_WEIGHT = {"idiom": 2.0, "grief": 2.0, "media": 2.0, "negated": 1.5}
FOLDS = 5
SETS = ("safety_dev", *(f"safety_dev{n}" for n in range(2, 10)))
CHECK = "check parts (every 5th entry of dev..dev9)"


@dataclass
class Item:
    example: Example
    label: str
    flagged: bool  # by the patterns
    category: str | None  # the patterns' category
    feats: list[str]
    cue: bool  # a risk word or a guarded pattern match: a model-only hit needs one
    asked: bool  # whether ``assess`` asks the model at all (``detector.asks_the_model``)


def _kind(ex: Example) -> str:
    return ex.label if ex.positive else KIND_ALIASES.get(ex.label, ex.label)


def prepare(examples: Sequence[Example]) -> list[Item]:
    items = []
    for ex in examples:
        t = trace(ex.text)
        feats = learned.features(t.words, t.suppressed, t.media)
        items.append(
            Item(
                ex,
                _kind(ex),
                t.assessment.crisis,
                t.assessment.category,
                sorted(set(feats)),
                bool(t.suppressed) or (not t.media and learned.has_risk(t.words)),
                asks_the_model(t),
            )
        )
    return items


def vocabulary(items: Sequence[Item]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for item in items:
        for f in item.feats:
            counts[f] += 1
    kept = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
    return {f: i for i, f in enumerate(kept)}


@dataclass
class Sparse:
    """A 0/1 feature matrix as (row, column) pairs: the products are ``np.bincount`` sums."""

    rows: np.ndarray
    cols: np.ndarray
    shape: tuple[int, int]

    def dot(self, w: np.ndarray) -> np.ndarray:
        """X @ w (w a vector) with the bias column of ones in front."""
        return w[0] + np.bincount(self.rows, weights=w[1:][self.cols], minlength=self.shape[0])

    def tdot(self, r: np.ndarray) -> np.ndarray:
        """[1 X].T @ r (r a vector)."""
        return np.concatenate(
            ([r.sum()], np.bincount(self.cols, weights=r[self.rows], minlength=self.shape[1]))
        )

    def take(self, index: Sequence[int]) -> Sparse:
        where = np.full(self.shape[0], -1)
        where[np.asarray(index, dtype=np.int64)] = np.arange(len(index))
        keep = where[self.rows] >= 0
        return Sparse(where[self.rows][keep], self.cols[keep], (len(index), self.shape[1]))


def matrix(items: Sequence[Item], vocab: dict[str, int]) -> Sparse:
    rows: list[int] = []
    cols: list[int] = []
    for r, item in enumerate(items):
        for f in item.feats:
            c = vocab.get(f)
            if c is not None:
                rows.append(r)
                cols.append(c)
    return Sparse(
        np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64), (len(items), len(vocab))
    )


def _adam(
    grad_fn: Callable[[np.ndarray], np.ndarray], w: np.ndarray, steps: int = 400, rate: float = 0.05
) -> np.ndarray:
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for t in range(1, steps + 1):
        g = grad_fn(w)
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w = w - rate * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return w


def fit_crisis(x: Sparse, y: np.ndarray, weight: np.ndarray) -> np.ndarray:
    """Weighted L2 logistic regression; returns [bias, w...]."""
    total = weight.sum()

    def grad(w: np.ndarray) -> np.ndarray:
        p = 1.0 / (1.0 + np.exp(-x.dot(w)))
        g = x.tdot((p - y) * weight) / total
        reg = L2_CRISIS * w / total
        reg[0] = 0.0
        out: np.ndarray = g + reg
        return out

    return _adam(grad, np.zeros(x.shape[1] + 1))


def fit_category(x: Sparse, labels: np.ndarray, k: int) -> np.ndarray:
    """Softmax regression over the positives; returns a (1 + d, k) matrix."""
    n, d = x.shape
    y = np.zeros((n, k))
    y[np.arange(n), labels] = 1.0

    def grad(w: np.ndarray) -> np.ndarray:
        w = w.reshape(d + 1, k)
        z = np.stack([x.dot(w[:, j]) for j in range(k)], axis=1)
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = np.stack([x.tdot(p[:, j] - y[:, j]) for j in range(k)], axis=1) / n
        reg = L2_CATEGORY * w / n
        reg[0] = 0.0
        out: np.ndarray = (g + reg).ravel()
        return out

    return _adam(grad, np.zeros((d + 1) * k)).reshape(d + 1, k)


@dataclass
class Fitted:
    vocab: dict[str, int]
    crisis: np.ndarray
    category: np.ndarray

    def predict(self, items: Sequence[Item]) -> tuple[np.ndarray, list[str]]:
        x = matrix(items, self.vocab)
        p = 1.0 / (1.0 + np.exp(-x.dot(self.crisis)))
        heads = np.stack([x.dot(self.category[:, j]) for j in range(len(CATEGORIES))], axis=1)
        cats = [CATEGORIES[i] for i in np.argmax(heads, axis=1)]
        return p, cats


def fit(items: Sequence[Item]) -> Fitted:
    vocab = vocabulary(items)
    x = matrix(items, vocab)
    y = np.array([1.0 if it.example.positive else 0.0 for it in items])
    weight = np.array(
        [1.0 if it.example.positive else NEGATIVE_WEIGHT.get(it.label, 1.0) for it in items]
    )
    crisis = fit_crisis(x, y, weight)
    pos = [i for i, it in enumerate(items) if it.example.positive]
    labels = np.array([CATEGORIES.index(items[i].label) for i in pos])
    category = fit_category(x.take(pos), labels, len(CATEGORIES))
    return Fitted(vocab, crisis, category)


def folds(items: Sequence[Item]) -> list[int]:
    """Fold of each item: round robin within each label, so every fold has every kind."""
    seen: dict[str, int] = defaultdict(int)
    out = []
    for item in items:
        out.append(seen[item.label] % FOLDS)
        seen[item.label] += 1
    return out


def choose_thresholds(
    items: Sequence[Item], p: np.ndarray, cats: Sequence[str]
) -> dict[str, float]:
    """Per predicted category: the lowest threshold whose added false positives fit the budget.

    Calibrated without the run-time risk-cue rule: that rule only removes hits,
    it is not a licence to lower the thresholds.
    """
    grid = [round(t, 2) for t in np.arange(0.30, 0.99, 0.01)]
    negatives: dict[str, int] = defaultdict(int)
    for it in items:
        if not it.example.positive:
            negatives[it.label] += 1
    base_fp: dict[str, int] = defaultdict(int)
    for it in items:
        if not it.example.positive and it.flagged:
            base_fp[it.label] += 1
    thresholds: dict[str, float] = {}
    for category in CATEGORIES:
        chosen = 0.99
        for t in grid:
            fp: dict[str, int] = defaultdict(int)
            for it, prob, cat in zip(items, p, cats, strict=True):
                if (
                    cat == category
                    and not it.example.positive
                    and not it.flagged
                    and it.cue
                    and prob >= t
                ):
                    fp[it.label] += 1
            ok = all(
                fp[kind] / negatives[kind] <= BUDGET.get(kind, LOOSE_BUDGET)
                for kind in negatives
                if fp[kind]
            )
            if ok:
                chosen = t
                break
        thresholds[category] = chosen
    thresholds["default"] = max(thresholds.values())
    # Spread over five categories, the budget adds up: keep raising the loosest
    # threshold until the total added false positives fit too.
    while True:
        fp = defaultdict(int)
        for it, prob, cat in zip(items, p, cats, strict=True):
            if not it.example.positive and not it.flagged and prob >= thresholds[cat]:
                fp[it.label] += 1
        over = [k for k in negatives if fp[k] / negatives[k] > BUDGET.get(k, LOOSE_BUDGET) * 1.5]
        if not over:
            return thresholds
        low = min(CATEGORIES, key=lambda c: thresholds[c])
        if thresholds[low] >= 0.99:
            return thresholds
        thresholds[low] = round(thresholds[low] + 0.01, 2)


def model_hits(
    p: np.ndarray, cats: Sequence[str], thresholds: dict[str, float], items: Sequence[Item]
) -> list[bool]:
    """The model's verdicts, with the run-time rules: a hit needs a risk cue, and no
    message whose every set-aside match was a loss or a recovery is asked."""
    return [
        it.cue and it.asked and h
        for it, h in zip(items, _raw_hits(p, cats, thresholds), strict=True)
    ]


def _raw_hits(p: np.ndarray, cats: Sequence[str], thresholds: dict[str, float]) -> list[bool]:
    return [
        bool(prob >= thresholds.get(c, thresholds["default"]))
        for prob, c in zip(p, cats, strict=True)
    ]


def report(
    title: str, items: Sequence[Item], hits: Sequence[bool], categories: Sequence[str | None]
) -> None:
    print(f"\n{title}\n")
    rows: list[tuple[str, ...]] = []
    for category in CATEGORIES:
        group = [
            (h, c)
            for it, h, c in zip(items, hits, categories, strict=True)
            if it.example.positive and it.label == category
        ]
        if group:
            found = sum(h for h, _ in group)
            same = sum(h and c == category for h, c in group)
            rows.append(
                (category, str(len(group)), f"{found / len(group):.3f}", f"{same / len(group):.3f}")
            )
    direct = [
        h for it, h in zip(items, hits, strict=True) if it.example.positive and it.example.direct
    ]
    if direct:
        rows.append(("direct", str(len(direct)), f"{sum(direct) / len(direct):.3f}", ""))
    pos = [h for it, h in zip(items, hits, strict=True) if it.example.positive]
    rows.append(("all positives", str(len(pos)), f"{sum(pos) / len(pos):.3f}", ""))
    kinds = sorted({it.label for it in items if not it.example.positive})
    for kind in kinds:
        flags = [
            h
            for it, h in zip(items, hits, strict=True)
            if not it.example.positive and it.label == kind
        ]
        rows.append((f"FP {kind}", str(len(flags)), f"{sum(flags) / len(flags):.3f}", ""))
    print("| row               | n    | rate  | same category |")
    print("| ----------------- | ---- | ----- | ------------- |")
    for r in rows:
        print(f"| {r[0]:<17} | {r[1]:<4} | {r[2]:<5} | {r[3]:<13} |")


def export(model: Fitted, thresholds: dict[str, float], path: Path) -> None:
    inverse = sorted(model.vocab.items(), key=lambda kv: kv[1])
    weights: dict[str, list[float]] = {}
    for feature, index in inverse:
        crisis = float(model.crisis[index + 1])
        cats = [float(v) for v in model.category[index + 1]]
        row = [crisis, *cats]
        if max(abs(v) for v in row) < 0.005:
            continue
        weights[feature] = [round(v, 3) for v in row]
    data = {
        "about": "Crisis layer weights; trained by benchmarks/train_safety.py on our own authored sets.",
        "categories": list(CATEGORIES),
        "bias": [
            round(float(model.crisis[0]), 4),
            *(round(float(v), 4) for v in model.category[0]),
        ],
        "thresholds": thresholds,
        "weights": weights,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8"
    )


def load_sets() -> tuple[list[Example], dict[str, list[Example]]]:
    """The tune parts of every dev set (training) and their check parts, by set."""
    train: list[Example] = []
    check: dict[str, list[Example]] = {}
    for name in SETS:
        path = DATA / f"{name}.toml"
        train += load(path, "tune")
        check[name] = load(path, "check")
    return train, check


def cross_validate(train: Sequence[Item]) -> tuple[np.ndarray, list[str]]:
    """Out-of-fold crisis scores and categories of every training text."""
    fold_of = folds(train)
    p = np.zeros(len(train))
    cats: list[str] = [""] * len(train)
    for f in range(FOLDS):
        inside = [it for it, k in zip(train, fold_of, strict=True) if k != f]
        outside = [i for i, k in enumerate(fold_of) if k == f]
        model = fit(inside)
        pf, cf = model.predict([train[i] for i in outside])
        for j, i in enumerate(outside):
            p[i] = pf[j]
            cats[i] = cf[j]
    return p, cats


def on_file(items: Sequence[Item]) -> list[bool]:
    """The verdicts of the weights file as it stands (the app's own scoring)."""
    hits: list[bool] = []
    for it in items:
        t = trace(it.example.text)
        scored = learned.score(t.words, t.suppressed, t.media)
        hits.append(bool(scored and scored.crisis))
    return hits


def _rate(flags: Sequence[bool]) -> str:
    return f"{sum(flags) / len(flags):.3f}" if flags else "-"


def per_set(title: str, check: dict[str, list[Item]], model: dict[str, list[bool]]) -> None:
    """One row per dev set's check part, and the pooled row: recall and false-positive rate, three ways."""
    print(f"\n{title}\n")
    print(
        "| set         | pos | neg | recall: patterns | model | both  | FP: patterns | model | both  |"
    )
    print(
        "| ----------- | --- | --- | ---------------- | ----- | ----- | ------------ | ----- | ----- |"
    )
    for name in [*check, "pooled"]:
        if name == "pooled":
            items = [it for part in check.values() for it in part]
            hits = [h for part in check for h in model[part]]
        else:
            items, hits = check[name], model[name]
        both = [it.flagged or h for it, h in zip(items, hits, strict=True)]
        cols: list[str] = []
        for positive in (True, False):
            sel = [i for i, it in enumerate(items) if it.example.positive == positive]
            cols += [
                _rate([items[i].flagged for i in sel]),
                _rate([hits[i] for i in sel]),
                _rate([both[i] for i in sel]),
            ]
        pos = sum(it.example.positive for it in items)
        print(
            f"| {name:<11} | {pos:<3} | {len(items) - pos:<3} | {cols[0]:<16} | {cols[1]:<5} "
            f"| {cols[2]:<5} | {cols[3]:<12} | {cols[4]:<5} | {cols[5]:<5} |"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-write", action="store_true", help="do not write the weights file")
    parser.add_argument(
        "--errors", action="store_true", help="list check misses and false positives"
    )
    parser.add_argument(
        "--on-file",
        action="store_true",
        help="first report the weights file as it stands on the check parts (before/after)",
    )
    args = parser.parse_args(argv)

    train_examples, check_examples = load_sets()
    train = prepare(train_examples)
    check = {name: prepare(examples) for name, examples in check_examples.items()}
    pooled = [it for part in check.values() for it in part]
    print(
        f"training texts: {len(train)} ({sum(i.example.positive for i in train)} positive); "
        f"check: {len(pooled)} ({sum(i.example.positive for i in pooled)} positive)"
    )
    if args.on_file:
        current = {name: on_file(items) for name, items in check.items()}
        per_set(f"{CHECK}, by set: the weights file as it stands", check, current)

    p, cats = cross_validate(train)
    thresholds = choose_thresholds(train, p, cats)
    print("thresholds:", json.dumps(thresholds, sort_keys=True))

    cv_model = model_hits(p, cats, thresholds, train)
    report("Cross-validated (5 folds) on training data: model alone", train, cv_model, cats)
    combined = [it.flagged or h for it, h in zip(train, cv_model, strict=True)]
    combined_cat = [it.category if it.flagged else c for it, c in zip(train, cats, strict=True)]
    report("Cross-validated on training data: patterns OR model", train, combined, combined_cat)

    final = fit(train)
    pc, cc = final.predict(pooled)
    check_model = model_hits(pc, cc, thresholds, pooled)
    by_set: dict[str, list[bool]] = {}
    start = 0
    for name, items in check.items():
        by_set[name] = check_model[start : start + len(items)]
        start += len(items)
    per_set(f"{CHECK}, by set", check, by_set)
    report(
        f"{CHECK}, pooled: patterns alone",
        pooled,
        [it.flagged for it in pooled],
        [it.category for it in pooled],
    )
    report(f"{CHECK}, pooled: model alone", pooled, check_model, cc)
    both = [it.flagged or h for it, h in zip(pooled, check_model, strict=True)]
    both_cat = [it.category if it.flagged else c for it, c in zip(pooled, cc, strict=True)]
    report(f"{CHECK}, pooled: patterns OR model", pooled, both, both_cat)
    if args.errors:
        print("\nMissed:")
        for it, h, prob in zip(pooled, both, pc, strict=True):
            if it.example.positive and not h:
                print(f"  [{it.label} {prob:.2f}] {it.example.text}")
        print("\nFalse positives:")
        for it, h, prob in zip(pooled, both, pc, strict=True):
            if not it.example.positive and h:
                print(
                    f"  [{it.label} {prob:.2f} {'patterns' if it.flagged else 'model'}] {it.example.text}"
                )
    if not args.no_write:
        export(final, thresholds, learned.MODEL_PATH)
        size = learned.MODEL_PATH.stat().st_size
        print(
            f"\nwrote {learned.MODEL_PATH.relative_to(ROOT)} ({size / 1024:.0f} KiB, {len(final.vocab)} features)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
