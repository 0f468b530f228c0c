#!/usr/bin/env python3
"""torchvision + PIL peer of `taxa-cli bench pipeline`: the same files through the standard
train transform (RandomResizedCrop(C), RandomHorizontalFlip, ToTensor, Normalize) and eval
transform (Resize(S), CenterCrop(C), ToTensor, Normalize), one thread, files read from disk
each time. Prints images per second as JSON. Usage: pipeline_bench.py DIR [C] [PASSES]"""
import glob
import json
import os
import sys
import time

import torch
from PIL import Image
from torchvision import transforms as T

torch.set_num_threads(1)


def rate(files, transform, passes):
    t0 = time.perf_counter()
    for _ in range(passes):
        for path in files:
            with open(path, "rb") as f:
                img = Image.open(f).convert("RGB")
            transform(img)
    return len(files) * passes / (time.perf_counter() - t0)


def main():
    folder = sys.argv[1]
    crop = int(sys.argv[2]) if len(sys.argv) > 2 else 224
    passes = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    resize = (crop * 8 + 6) // 7
    files = sorted(glob.glob(os.path.join(folder, "**", "*.jpg"), recursive=True))
    norm = T.Normalize([0.466, 0.471, 0.380], [0.195, 0.194, 0.192])
    train = T.Compose([T.RandomResizedCrop(crop), T.RandomHorizontalFlip(), T.ToTensor(), norm])
    evaluate = T.Compose([T.Resize(resize), T.CenterCrop(crop), T.ToTensor(), norm])
    print(json.dumps({"images": len(files), "train": {"images_per_second": rate(files, train, passes)},
                      "eval": {"images_per_second": rate(files, evaluate, passes)}}))


if __name__ == "__main__":
    main()
