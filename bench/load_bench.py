#!/usr/bin/env python3
"""Python peer of bench_load: json.load of train + val + categories, then the same index
(class indices, image table with labels, per-class counts, 7-rank taxonomy with counts).
Prints the best wall time over REPEATS runs in this process and the peak memory.
Usage: load_bench.py DATASET_DIR [REPEATS]"""
import json
import os
import resource
import sys
import time

RANKS = ("kingdom", "phylum", "class", "order", "family", "genus")


def load(root):
    with open(os.path.join(root, "train2018.json")) as f:
        train = json.load(f)
    with open(os.path.join(root, "val2018.json")) as f:
        val = json.load(f)
    cats_path = os.path.join(root, "categories.json")
    if os.path.exists(cats_path):
        with open(cats_path) as f:
            cats = json.load(f)
    else:
        cats = train["categories"]
    cats = sorted(cats, key=lambda c: c["id"])
    class_of = {c["id"]: i for i, c in enumerate(cats)}
    images = {}
    counts = {"train": [0] * len(cats), "val": [0] * len(cats)}
    for split, doc in (("train", train), ("val", val)):
        for im in doc["images"]:
            images[im["id"]] = [im["file_name"], im.get("rights_holder"), im["width"],
                                im["height"], split, -1]
        for a in doc["annotations"]:
            c = class_of[a["category_id"]]
            images[a["image_id"]][5] = c
            counts[split][c] += 1
    # Taxonomy: node per rank path, with species and image counts.
    tree = {}
    for i, c in enumerate(cats):
        path = ()
        for r in RANKS + ("name",):
            path = path + (c.get(r, ""),)
            node = tree.setdefault(path, [0, 0, 0])
            node[0] += 1
            node[1] += counts["train"][i]
            node[2] += counts["val"][i]
    return images, counts, tree


def print_best(load, root, repeats):
    """Runs load(root) REPEATS times; prints the best wall time and the peak memory as JSON."""
    best = 1e30
    for _ in range(repeats):
        t0 = time.perf_counter()
        images, counts, tree = load(root)
        best = min(best, time.perf_counter() - t0)
        n_images, n_taxa = len(images), len(tree)
        del images, counts, tree
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": round(best, 4), "peak_mb": round(peak, 1),
                      "images": n_images, "taxa": n_taxa}))


def main():
    print_best(load, sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3)


if __name__ == "__main__":
    main()
