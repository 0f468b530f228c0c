#!/usr/bin/env python3
"""PyTorch (Python API) peer of `taxa-cli train`: a torchvision ResNet (or ResNet + the
iSQRT-COV head, written here from the same equations) on the demo dataset's train split,
shorter side S, random C x C crop, flip, normalise, SGD with momentum, the same number of torch
threads and of loader workers. On CUDA: bf16 autocast, channels_last and pinned batches, as
taxa does. Prints images/s and the share of time spent waiting for data, as JSON.
Usage: train_bench.py DATASET_DIR [STEPS] [THREADS] [CROP] [--device cuda] [--arch resnet50]
                      [--head avg|mpncov] [--batch 32] [--workers N]"""
import argparse
import contextlib
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


class CovHead(torch.nn.Module):
    """iSQRT-COV: 1x1 conv to d with BN and ReLU, covariance over positions, trace
    pre-normalisation, N coupled Newton-Schulz steps, trace post-compensation, upper triangle."""

    def __init__(self, channels, classes, d=160, iterations=3):
        super().__init__()
        self.conv = torch.nn.Conv2d(channels, d, 1, bias=False)
        self.bn = torch.nn.BatchNorm2d(d)
        self.n = iterations
        self.register_buffer("upper", torch.triu(torch.ones(d, d, dtype=torch.bool)), persistent=False)
        self.fc = torch.nn.Linear(d * (d + 1) // 2, classes)

    def forward(self, f):
        x = torch.relu(self.bn(self.conv(f))).flatten(2).float()
        xc = x - x.mean(2, keepdim=True)
        sigma = xc @ xc.transpose(1, 2) / x.shape[2]
        eye = torch.eye(sigma.shape[1], device=sigma.device).expand_as(sigma)
        tr = sigma.diagonal(dim1=1, dim2=2).sum(1).view(-1, 1, 1)
        a = sigma / tr
        t = (3 * eye - a) / 2
        y, z = a @ t, t
        for _ in range(self.n - 2):
            t = (3 * eye - z @ y) / 2
            y, z = y @ t, t @ z
        y = y @ (3 * eye - z @ y) / 2
        c = y * tr.sqrt()
        return self.fc(c[:, self.upper].to(self.fc.weight.dtype))


def network(arch, head, classes):
    net = getattr(torchvision.models, arch)(num_classes=classes)
    if head == "mpncov":
        channels = net.fc.in_features
        body = torch.nn.Sequential(*list(net.children())[:-2])
        return torch.nn.Sequential(body, CovHead(channels, classes))
    return net


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root")
    ap.add_argument("steps", nargs="?", type=int, default=30)
    ap.add_argument("threads", nargs="?", type=int, default=2)
    ap.add_argument("crop", nargs="?", type=int, default=64)
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--arch", default="resnet18")
    ap.add_argument("--head", default="avg")
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--workers", type=int, default=0)
    args = ap.parse_args()
    root, steps, threads, crop = args.root, args.steps, args.threads, args.crop
    cuda = args.device == "cuda"
    torch.set_num_threads(threads)
    resize = (crop * 8 + 6) // 7
    tf = T.Compose([T.Resize(resize), T.RandomCrop(crop), T.RandomHorizontalFlip(), T.ToTensor(),
                    T.Normalize([0.466, 0.471, 0.380], [0.195, 0.194, 0.192])])
    data = Train(root, tf)
    loader = torch.utils.data.DataLoader(data, batch_size=args.batch, shuffle=True,
                                         num_workers=args.workers or threads, pin_memory=cuda,
                                         persistent_workers=True, prefetch_factor=2, drop_last=True)
    net = network(args.arch, args.head, data.classes).to(args.device)
    if cuda:
        net = net.to(memory_format=torch.channels_last)
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
        if cuda:
            x = x.to("cuda", non_blocking=True).contiguous(memory_format=torch.channels_last)
            y = y.to("cuda", non_blocking=True)
        sgd.zero_grad()
        # torch.autocast("cuda", enabled=False) still asks CUDA about bf16 and fails on a
        # CPU-only torch (Debian's 1.13): no autocast context at all on the CPU.
        with torch.autocast("cuda", dtype=torch.bfloat16) if cuda else contextlib.nullcontext():
            logits = net(x)
        loss = torch.nn.functional.cross_entropy(logits.float(), y)
        loss.backward()
        sgd.step()
        loss.item()  # as taxa reads the loss every step
        images += x.shape[0]
        done += 1
    if cuda:
        torch.cuda.synchronize()
    seconds = time.perf_counter() - t0
    print(json.dumps({"images_per_second": images / seconds, "data_wait_share": waited / seconds, "steps": done}))


if __name__ == "__main__":
    main()
