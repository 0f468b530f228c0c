#!/usr/bin/env python3
"""Python peers of bench_load for the layouts beyond 2018, building the same index as the C++
loader: class indices, an image table with labels, per-class counts, and the tree of ranks with
counts. Prints the best wall time over REPEATS runs in this process and the peak memory.

  layout_bench.py folders ROOT [REPEATS]   os.scandir walk of ROOT/train and ROOT/val: class
                                           folders (images only, in name order), nested
                                           folders as ranks
  layout_bench.py inat2021 ROOT [REPEATS]  json.load of train.json + val.json, with the
                                           locations (latitude, longitude, date) 2021 puts in
                                           each image entry
  layout_bench.py make-tree ROOT           writes the benchmark tree: 10 x 10 groups of 20
                                           classes, 45 train + 5 val empty files each (100,000)
"""
import json
import os
import sys

from load_bench import print_best

RANKS = ("kingdom", "phylum", "class", "order", "family", "genus")
IMAGE_EXT = (".jpg", ".jpeg", ".png")


def walk(folder, shown, split, rel, depth, images, class_of, classes):
    """Lists one folder: images make it a class (its path below the split folder), folders
    are walked in name order, hidden entries skipped."""
    folders, files = [], []
    with os.scandir(folder) as it:
        for e in it:
            if e.name.startswith("."):
                continue
            if e.is_dir():
                folders.append(e.name)
            elif e.is_file() and e.name.lower().endswith(IMAGE_EXT):
                files.append(e.name)
    if files:
        if depth == 0 or folders:
            raise ValueError(shown + rel + ": not a class folder")
        key = rel[:-1]
        label = class_of.get(key)
        if label is None:
            label = class_of[key] = len(classes)
            classes.append(key)
        for name in sorted(files):
            images.append([len(images), shown + rel + name, split, label])
    for name in sorted(folders):
        if depth + 1 > 7:
            raise ValueError(shown + rel + name + ": nested too deep")
        walk(os.path.join(folder, name), shown, split, rel + name + "/", depth + 1, images,
             class_of, classes)


def tree_of(names_and_ranks, counts):
    """Node per rank path with species, train and val counts."""
    tree = {}
    for i, path in enumerate(names_and_ranks):
        prefix = ()
        for part in path:
            prefix = prefix + (part,)
            node = tree.setdefault(prefix, [0, 0, 0])
            node[0] += 1
            node[1] += counts["train"][i]
            node[2] += counts["val"][i]
    return tree


def load_folders(root):
    images, class_of, classes = [], {}, []
    for split in ("train", "val"):
        if os.path.isdir(os.path.join(root, split)):
            walk(os.path.join(root, split), split + "/", split, "", 0, images, class_of, classes)
    order = sorted(range(len(classes)), key=lambda k: classes[k])
    new_index = [0] * len(classes)
    for k, old in enumerate(order):
        new_index[old] = k
    counts = {"train": [0] * len(classes), "val": [0] * len(classes)}
    for im in images:
        im[3] = new_index[im[3]]
        counts[im[2]][im[3]] += 1
    paths = [tuple(classes[old].split("/")) for old in order]
    return images, counts, tree_of(paths, counts)


def load_inat2021(root):
    with open(os.path.join(root, "train.json")) as f:
        train = json.load(f)
    with open(os.path.join(root, "val.json")) as f:
        val = json.load(f)
    cats = sorted(train["categories"], key=lambda c: c["id"])
    class_of = {c["id"]: i for i, c in enumerate(cats)}
    images = {}
    counts = {"train": [0] * len(cats), "val": [0] * len(cats)}
    for split, doc in (("train", train), ("val", val)):
        for im in doc["images"]:
            images[(split, im["id"])] = [im["file_name"], im.get("rights_holder"), im["width"],
                                         im["height"], split, -1, im.get("latitude"),
                                         im.get("longitude"), im.get("date")]
        for a in doc["annotations"]:
            c = class_of[a["category_id"]]
            images[(split, a["image_id"])][5] = c
            counts[split][c] += 1
    paths = [tuple(c.get(r, "") for r in RANKS) + (c["name"],) for c in cats]
    return images, counts, tree_of(paths, counts)


def make_tree(root):
    n = 0
    for a in range(10):
        for b in range(10):
            for c in range(20):
                cls = f"group{a:02d}/sub{b:02d}/class{c:02d}"
                for split, count in (("train", 45), ("val", 5)):
                    folder = os.path.join(root, split, cls)
                    os.makedirs(folder, exist_ok=True)
                    for i in range(count):
                        open(os.path.join(folder, f"{split}{i:03d}.jpg"), "w").close()
                        n += 1
    print(f"{n} files under {root}")


def main():
    mode, root = sys.argv[1], sys.argv[2]
    if mode == "make-tree":
        make_tree(root)
        return
    load = {"folders": load_folders, "inat2021": load_inat2021}[mode]
    print_best(load, root, int(sys.argv[3]) if len(sys.argv) > 3 else 3)

if __name__ == "__main__":
    main()
