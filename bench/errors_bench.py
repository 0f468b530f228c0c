#!/usr/bin/env python3
"""Peer of bench_errors: the same three analyses in NumPy (vectorised, no Python loop over
images or classes) on the inputs bench_errors wrote to DIR: expected calibration error of the
split, its supercategories and buckets; hardness, mistakenness and the ranked likely label
errors; the taxonomy-ordered sparse confusion matrix at seven levels. Prints one JSON line with
the best milliseconds of 21 runs per stage and the checksums bench_errors prints.
Usage: errors_bench.py DIR"""

import json
import sys
import time

import numpy as np

BINS = 15
EDGES = np.array([2, 5, 10, 20, 50, 100, 200, 500, 1001])
RANKS = ["kingdom", "phylum", "class_", "order", "family", "genus", "species"]


def best_ms(work, runs=21):
    """The fastest of the runs, as bench_errors takes it."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        out = work()
        times.append((time.perf_counter() - t0) * 1000)
    return min(times), out


def read_inputs(d):
    with open(f"{d}/classes.tsv") as f:
        header = f.readline().rstrip("\n").split("\t")
        rows = [line.rstrip("\n").split("\t") for line in f]
    table = {h: np.array([r[i] for r in rows]) for i, h in enumerate(header)}
    class_of_category = {int(c): i for i, c in enumerate(table["category_id"])}
    truth = dict(np.loadtxt(f"{d}/truth.csv", delimiter=",", skiprows=1, dtype=np.int64))
    ids, classes, scores = [], [], []
    with open(f"{d}/val.topk.csv") as f:
        f.readline()
        for line in f:
            image, cats, s = line.rstrip("\n").split(",")
            ids.append(int(image))
            classes.append([class_of_category[int(c)] for c in cats.split()])
            scores.append(s.split())
    ids = np.array(ids)
    # strtof, as the C++ reader: float32 values, summed and compared in float64.
    return (table, ids, np.array(classes), np.array(scores, dtype=np.float32).astype(np.float64),
            np.array([truth[i] for i in ids]))


def bin_of(conf):
    b = np.clip(np.ceil(conf * BINS).astype(np.int64) - 1, 0, BINS - 1)
    b = np.where((b > 0) & (conf <= b / BINS), b - 1, b)
    return np.where((b < BINS - 1) & (conf > (b + 1) / BINS), b + 1, b)


def ece_by_group(conf, correct, group, groups):
    """ECE of each group (rows with group < 0 are left out)."""
    keep = group >= 0
    idx = group[keep] * BINS + bin_of(conf[keep])
    n = np.bincount(idx, minlength=groups * BINS).reshape(groups, BINS)
    s = np.bincount(idx, weights=conf[keep], minlength=groups * BINS).reshape(groups, BINS)
    k = np.bincount(idx, weights=correct[keep], minlength=groups * BINS).reshape(groups, BINS)
    with np.errstate(invalid="ignore", divide="ignore"):
        gap = np.where(n > 0, np.abs(k / np.maximum(n, 1) - s / np.maximum(n, 1)), 0.0)
    total = n.sum(axis=1)
    return np.where(total > 0, (gap * n).sum(axis=1) / np.maximum(total, 1), 0.0)


def calibration(classes, scores, truth, super_of, super_count, bucket_of):
    conf = scores[:, 0]
    correct = (classes[:, 0] == truth).astype(np.float64)
    overall = ece_by_group(conf, correct, np.zeros(len(truth), dtype=np.int64), 1)[0]
    supers = ece_by_group(conf, correct, super_of[truth], super_count)
    buckets = ece_by_group(conf, correct, bucket_of[truth], len(EDGES) - 1)
    return overall, supers.sum() + buckets.sum()


def label_errors(classes, scores, truth, class_count):
    tail = np.maximum(0.0, 1.0 - scores.sum(axis=1))
    q = tail / (class_count - scores.shape[1])
    with np.errstate(divide="ignore", invalid="ignore"):
        plogp = np.where(scores > 0, scores * np.log(scores), 0.0)
        tail_term = np.where(q > 0, tail * np.log(q), 0.0)
    hardness = -plogp.sum(axis=1) - tail_term
    in_top = classes == truth[:, None]
    label_p = np.where(in_top, scores, 0.0).sum(axis=1) + np.where(in_top.any(axis=1), 0.0, q)
    correct = classes[:, 0] == truth
    m = (np.where(correct, -1.0, 1.0) * np.exp(-hardness) + 1) / 2
    wrong = np.flatnonzero(~correct)
    # Ranked as the C++ side stores it: float32, stable among equals.
    order = wrong[np.argsort(-m.astype(np.float32)[wrong], kind="stable")]
    return order, label_p


def confusion(table, super_of, t, g, n):
    class_count = len(super_of)
    names = [table[r] for r in RANKS]
    dfs = np.empty(class_count, dtype=np.int64)
    dfs[np.lexsort(names[::-1])] = np.arange(class_count)  # kingdom first, then down the path
    super_first = np.full(super_of.max() + 1, class_count, dtype=np.int64)
    np.minimum.at(super_first, super_of, dfs)
    order = np.argsort(super_first[super_of] * class_count + dfs)
    ordered_super = super_of[order]
    change = np.concatenate(([True], ordered_super[1:] != ordered_super[:-1]))
    levels = []
    for level in range(7):
        # A taxon is its whole path: at phylum level a change of kingdom splits too. At species
        # level every class is its own group.
        if level == 6:
            change = np.ones(class_count, dtype=bool)
        for rank in ([0, 1] if level == 1 else [level] if 1 < level < 6 else []):
            path = names[rank][order]
            change = change | np.concatenate(([False], path[1:] != path[:-1]))
        group = np.empty(class_count, dtype=np.int64)
        group[order] = np.cumsum(change) - 1
        r, c = group[t], group[g]
        key = r * class_count + c
        cells, inverse = np.unique(key, return_inverse=True)
        counts = np.bincount(inverse, weights=n).astype(np.int64)
        axis = np.union1d(r, c)
        ri = np.searchsorted(axis, cells // class_count)
        ci = np.searchsorted(axis, cells % class_count)
        levels.append([int(len(axis)), int(len(cells)), int(counts.sum()),
                       int(((ri + 1) * (ci + 7) * counts).sum())])
    return levels


def main():
    d = sys.argv[1]
    table, ids, classes, scores, truth = read_inputs(d)
    class_count = len(table["class"])
    supers, super_of = np.unique(table["supercategory"], return_inverse=True)
    # Supercategories in the C++ order (most species first, ties by name) only matter for the
    # sum of their ECEs, which does not depend on the order.
    train = table["train"].astype(np.int64)
    bucket_of = np.searchsorted(EDGES, train, side="right") - 1
    bucket_of = np.where((train >= EDGES[0]) & (train < EDGES[-1]), bucket_of, -1)
    wrong = classes[:, 0] != truth
    pairs, pair_counts = np.unique(np.stack([truth[wrong], classes[wrong, 0]]), axis=1,
                                   return_counts=True)
    t, g = pairs[0], pairs[1]

    ece_ms, (ece, group_sum) = best_ms(
        lambda: calibration(classes, scores, truth, super_of, len(supers), bucket_of))
    errors_ms, (ranked, _) = best_ms(lambda: label_errors(classes, scores, truth, class_count))
    confusion_ms, levels = best_ms(
        lambda: confusion(table, super_of, t, g, pair_counts.astype(np.float64)))
    print(json.dumps({"images": int(len(ids)), "classes": class_count, "ece_ms": ece_ms,
                      "errors_ms": errors_ms, "confusion_ms": confusion_ms, "ece": float(ece),
                      "group_ece_sum": float(group_sum), "wrong": int(len(ranked)),
                      "top_errors": [int(ids[i]) for i in ranked[:100]], "levels": levels}))


if __name__ == "__main__":
    main()
