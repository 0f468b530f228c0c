#!/usr/bin/env python3
"""Plants near-duplicates in a copy of an iNat 2018 layout dataset (the demo): for N val photos,
a copy that is resized to half its size, re-encoded at JPEG quality 60 and cropped by 8% on two
sides goes into train under a new id, and so does a re-encoded-only copy of N more. Prints the
planted (val id, train id) pairs as JSON. Used by bench/run_neardup_check.sh.

  plant_copies.py DATASET N
"""
import json
import os
import sys

from PIL import Image


def copy_of(src, dst, resize):
    im = Image.open(src).convert("RGB")
    w, h = im.size
    if resize:
        im = im.crop((int(0.08 * w), int(0.08 * h), w, h)).resize((max(8, w // 2), max(8, h // 2)))
    im.save(dst, quality=60)


def main(root, n):
    val = json.load(open(os.path.join(root, "val2018.json")))
    train_path = os.path.join(root, "train2018.json")
    train = json.load(open(train_path))
    label = {a["image_id"]: a["category_id"] for a in val["annotations"]}
    next_id = max(im["id"] for im in train["images"] + val["images"]) + 1
    next_ann = max(a["id"] for a in train["annotations"] + val["annotations"]) + 1
    planted = []
    for i, im in enumerate(val["images"][: 2 * n]):
        name = im["file_name"].replace(".jpg", f"-copy{i}.jpg")
        copy_of(os.path.join(root, im["file_name"]), os.path.join(root, name), resize=i < n)
        train["images"].append(dict(im, id=next_id, file_name=name))
        train["annotations"].append({"id": next_ann, "image_id": next_id,
                                     "category_id": label[im["id"]]})
        planted.append({"val": im["id"], "train": next_id, "resized": i < n})
        next_id += 1
        next_ann += 1
    json.dump(train, open(train_path, "w"))
    print(json.dumps(planted))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
