"""Train the crisis detector's learned layer (mirrorbot/safety/learned.py) and report how it does.

Training data: our own authored sets only -- ``tests/data/safety_dev.toml``,
``tests/data/safety_dev3.toml`` and the tune parts of ``tests/data/safety_dev2.toml``
and ``tests/data/safety_dev4.toml`` (entries whose index in their table is not
4 mod 5). The held-out set ``tests/data/safety_eval.toml`` is never read here.

Steps (deterministic: fixed folds, full-batch optimisation, no randomness):

1. run the patterns on every text once (their verdict and the matches their
   guards set aside become features, see ``learned.features``);
2. 5-fold cross-validation on the training data: out-of-fold crisis scores;
   pick the threshold per predicted category so that, on the texts the
   patterns did not flag, the out-of-fold false-positive rate stays under the
   budget per kind of negative (``BUDGET``) and recall is highest;
3. fit on all the training data, write ``mirrorbot/safety/data/crisis_model.json``;
4. print: the cross-validated figures, and the check parts of dev2 and dev4
   (every 5th entry) for the patterns alone, the model alone and both combined.

numpy is used here only; the app reads the JSON in pure Python.

Usage: python benchmarks/train_safety.py [--no-write] [--errors]
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
from mirrorbot.safety.detector import CATEGORIES, trace

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
KIND_ALIASES = {"negation": "negated"}
STRICT_KINDS = ("idiom", "grief", "media")
# Largest out-of-fold false-positive rate the model may add, per kind of negative.
BUDGET = {"idiom": 0.01, "grief": 0.01, "media": 0.01}
LOOSE_BUDGET = 0.04  # negated, everyday, accident
MIN_COUNT = 2  # a feature must occur in this many training texts
L2_CRISIS = 1.0
L2_CATEGORY = 0.3
NEGATIVE_WEIGHT = {"idiom": 2.0, "grief": 2.0, "media": 2.0, "negated": 1.5}
FOLDS = 5
CHECK = "check (dev2 + dev4, every 5th)"


@dataclass
class Item:
    example: Example
    label: str
    flagged: bool  # by the patterns
    category: str | None  # the patterns' category
    feats: list[str]
    cue: bool  # a risk word or a guarded pattern match: a model-only hit needs one


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
                bool(t.suppressed) or (not t.media and not learned._RISK.isdisjoint(t.words)),
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


def matrix(items: Sequence[Item], vocab: dict[str, int]) -> np.ndarray:
    x = np.zeros((len(items), len(vocab)), dtype=np.float64)
    for r, item in enumerate(items):
        for f in item.feats:
            c = vocab.get(f)
            if c is not None:
                x[r, c] = 1.0
    return x


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


def fit_crisis(x: np.ndarray, y: np.ndarray, weight: np.ndarray) -> np.ndarray:
    """Weighted L2 logistic regression; returns [bias, w...]."""
    xb = np.hstack([np.ones((x.shape[0], 1)), x])
    total = weight.sum()

    def grad(w: np.ndarray) -> np.ndarray:
        p = 1.0 / (1.0 + np.exp(-(xb @ w)))
        g = xb.T @ ((p - y) * weight) / total
        reg = L2_CRISIS * w / total
        reg[0] = 0.0
        out: np.ndarray = g + reg
        return out

    return _adam(grad, np.zeros(xb.shape[1]))


def fit_category(x: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
    """Softmax regression over the positives; returns a (1 + d, k) matrix."""
    xb = np.hstack([np.ones((x.shape[0], 1)), x])
    y = np.zeros((x.shape[0], k))
    y[np.arange(x.shape[0]), labels] = 1.0
    n = x.shape[0]

    def grad(w: np.ndarray) -> np.ndarray:
        w = w.reshape(xb.shape[1], k)
        z = xb @ w
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = xb.T @ (p - y) / n
        reg = L2_CATEGORY * w / n
        reg[0] = 0.0
        out: np.ndarray = (g + reg).ravel()
        return out

    return _adam(grad, np.zeros(xb.shape[1] * k)).reshape(xb.shape[1], k)


@dataclass
class Fitted:
    vocab: dict[str, int]
    crisis: np.ndarray
    category: np.ndarray

    def predict(self, items: Sequence[Item]) -> tuple[np.ndarray, list[str]]:
        x = matrix(items, self.vocab)
        xb = np.hstack([np.ones((x.shape[0], 1)), x])
        p = 1.0 / (1.0 + np.exp(-(xb @ self.crisis)))
        cats = [CATEGORIES[i] for i in np.argmax(xb @ self.category, axis=1)]
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
    category = fit_category(x[pos], labels, len(CATEGORIES))
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
    """The model's verdicts, with the run-time rule that a hit needs a risk cue."""
    return [it.cue and h for it, h in zip(items, _raw_hits(p, cats, thresholds), strict=True)]


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-write", action="store_true", help="do not write the weights file")
    parser.add_argument(
        "--errors", action="store_true", help="list check misses and false positives"
    )
    args = parser.parse_args(argv)

    train_examples = load(DATA / "safety_dev.toml") + load(DATA / "safety_dev2.toml", "tune")
    train_examples += load(DATA / "safety_dev3.toml") + load(DATA / "safety_dev4.toml", "tune")
    check_examples = load(DATA / "safety_dev2.toml", "check") + load(
        DATA / "safety_dev4.toml", "check"
    )
    train = prepare(train_examples)
    check = prepare(check_examples)
    print(
        f"training texts: {len(train)} ({sum(i.example.positive for i in train)} positive); check: {len(check)}"
    )

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
    thresholds = choose_thresholds(train, p, cats)
    print("thresholds:", json.dumps(thresholds, sort_keys=True))

    cv_model = model_hits(p, cats, thresholds, train)
    report("Cross-validated (5 folds) on training data: model alone", train, cv_model, cats)
    combined = [it.flagged or h for it, h in zip(train, cv_model, strict=True)]
    combined_cat = [it.category if it.flagged else c for it, c in zip(train, cats, strict=True)]
    report("Cross-validated on training data: patterns OR model", train, combined, combined_cat)

    final = fit(train)
    pc, cc = final.predict(check)
    check_model = model_hits(pc, cc, thresholds, check)
    report(
        f"{CHECK}: patterns alone",
        check,
        [it.flagged for it in check],
        [it.category for it in check],
    )
    report(f"{CHECK}: model alone", check, check_model, cc)
    both = [it.flagged or h for it, h in zip(check, check_model, strict=True)]
    both_cat = [it.category if it.flagged else c for it, c in zip(check, cc, strict=True)]
    report(f"{CHECK}: patterns OR model", check, both, both_cat)
    if args.errors:
        print("\nMissed:")
        for it, h, prob in zip(check, both, pc, strict=True):
            if it.example.positive and not h:
                print(f"  [{it.label} {prob:.2f}] {it.example.text}")
        print("\nFalse positives:")
        for it, h, prob in zip(check, both, pc, strict=True):
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
