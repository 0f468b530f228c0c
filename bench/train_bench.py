#!/usr/bin/env python3
"""PyTorch (Python API) peer of `taxa-cli train --preset quick-cpu`: torchvision ResNet-18 on
the demo dataset's train split, shorter side S, random C x C crop, flip, normalise, batch 32,
SGD with momentum, the same number of torch threads and of loader workers. Prints images/s and
the share of time spent waiting for data, as JSON.
Usage: train_bench.py DATASET_DIR [STEPS] [THREADS] [CROP]"""
import json
import os
import sys
import time

import torch
import torchvision
from PIL import Image
from torchvision import transforms as T


class Train(torch.utils.data.Dataset):
    def __init__(self, root, transform):
        with open(os.path.join(root, "train2018.json")) as f:
            doc = json.load(f)
        ids = sorted({c["id"] for c in doc["categories"]})
        index = {c: i for i, c in enumerate(ids)}
        files = {im["id"]: im["file_name"] for im in doc["images"]}
        self.items = [(os.path.join(root, files[a["image_id"]]), index[a["category_id"]]) for a in doc["annotations"]]
        self.classes = len(ids)
        self.transform = transform

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        path, label = self.items[i]
        with open(path, "rb") as f:
            return self.transform(Image.open(f).convert("RGB")), label


def main():
    root = sys.argv[1]
    steps = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    threads = int(sys.argv[3]) if len(sys.argv) > 3 else 2
    crop = int(sys.argv[4]) if len(sys.argv) > 4 else 64
    torch.set_num_threads(threads)
    resize = (crop * 8 + 6) // 7
    tf = T.Compose([T.Resize(resize), T.RandomCrop(crop), T.RandomHorizontalFlip(), T.ToTensor(),
                    T.Normalize([0.466, 0.471, 0.380], [0.195, 0.194, 0.192])])
    data = Train(root, tf)
    loader = torch.utils.data.DataLoader(data, batch_size=32, shuffle=True, num_workers=threads,
                                         persistent_workers=True, prefetch_factor=2, drop_last=True)
    net = torchvision.models.resnet18(num_classes=data.classes)
    net.train()
    sgd = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9, weight_decay=5e-4)
    images, waited, done = 0, 0.0, 0
    # The iterator starts the worker processes and their prefetching before the clock, as
    # taxa's loader starts its threads before the epoch's clock.
    it = iter(loader)
    t0 = time.perf_counter()
    while done < steps:
        w0 = time.perf_counter()
        try:
            x, y = next(it)
        except StopIteration:  # shorter than the steps asked for: another epoch
            it = iter(loader)
            continue
        waited += time.perf_counter() - w0
        sgd.zero_grad()
        torch.nn.functional.cross_entropy(net(x), y).backward()
        sgd.step()
        images += x.shape[0]
        done += 1
    seconds = time.perf_counter() - t0
    print(json.dumps({"images_per_second": images / seconds, "data_wait_share": waited / seconds, "steps": done}))


if __name__ == "__main__":
    main()
