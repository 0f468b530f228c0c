#!/usr/bin/env python3
"""Writes val predictions with scores (a top-k store) for a dataset with no images, such as
`taxa-cli demo --full-scale --no-images`, so that the Analysis panel has something to show at
full scale (scripts/screenshots.sh). Not a model: a seeded draw in which an image is named
right with a probability that grows with its species' training count, and a mistake names a
congener when the genus has one, as a fine-grained classifier's mistakes mostly do.

Usage: scripts/full-scale-predictions.py DATASET_DIR OUT.topk.csv [SEED]
"""
import collections
import json
import random
import sys


def main():
    root, out = sys.argv[1], sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 2018)
    categories = json.load(open(f"{root}/categories.json"))
    genus = {c["id"]: c.get("genus", "") for c in categories}
    congeners = collections.defaultdict(list)
    for cid, g in genus.items():
        congeners[g].append(cid)
    train = json.load(open(f"{root}/train2018.json"))["annotations"]
    counts = collections.Counter(a["category_id"] for a in train)
    ids = sorted(genus)
    with open(out, "w") as f:
        f.write("image_id,category_ids,scores\n")
        for a in json.load(open(f"{root}/val2018.json"))["annotations"]:
            truth = a["category_id"]
            right = rng.random() < 0.35 + 0.5 * min(1.0, counts[truth] / 200)
            near = [c for c in congeners[genus[truth]] if c != truth] or ids
            other = rng.choice(near)
            third = rng.choice(ids)
            while third in (truth, other):
                third = rng.choice(ids)
            first, second = (truth, other) if right else (other, truth)
            if not right and rng.random() < 0.4:  # the label not even among the three
                second = rng.choice([c for c in ids if c not in (truth, other, third)][:50])
            p1 = rng.uniform(0.4, 0.95)
            p2 = rng.uniform(0.0, min(p1, 1.0 - p1))
            p3 = rng.uniform(0.0, min(p2, 1.0 - p1 - p2))
            f.write(f"{a['image_id']},{first} {second} {third},{p1:.4f} {p2:.4f} {p3:.4f}\n")


if __name__ == "__main__":
    main()
