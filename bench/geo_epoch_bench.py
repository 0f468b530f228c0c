"""Peer of bench_geo: one epoch of the network prior in PyTorch's Python API (Debian's
python3-torch), the same network, loss, sampling and batch size as taxa's LibTorch code.

Usage: /usr/bin/python3 geo_epoch_bench.py EXAMPLES.bin CLASSES THREADS EPOCHS BATCH
EXAMPLES.bin holds n, then n x 6 float32 encoded inputs, then n int64 classes. Prints the
median seconds per epoch and the last epoch's mean loss, as JSON.
"""
import json
import math
import struct
import sys
import time

import numpy as np
import torch
import torch.nn as nn


class ResBlock(nn.Module):
    def __init__(self, width, dropout):
        super().__init__()
        self.w1 = nn.Linear(width, width)
        self.w2 = nn.Linear(width, width)
        self.drop = nn.Dropout(dropout)

    def forward(self, x):
        return x + torch.relu(self.w2(self.drop(torch.relu(self.w1(x)))))


class GeoNet(nn.Module):
    def __init__(self, classes, width=256, blocks=4, dropout=0.5):
        super().__init__()
        self.inp = nn.Linear(6, width)
        self.blocks = nn.Sequential(*[ResBlock(width, dropout) for _ in range(blocks)])
        self.cls = nn.Linear(width, classes, bias=False)

    def forward(self, x):
        return self.cls(self.blocks(torch.relu(self.inp(x))))


def encode(lon, lat, date):
    x = torch.stack([lon, lat], 1)
    d = date.unsqueeze(1)
    return torch.cat([torch.sin(math.pi * x), torch.cos(math.pi * x),
                      torch.sin(math.pi * d), torch.cos(math.pi * d)], 1)


def random_points(n):
    u = torch.rand(n, 3)
    lon = u[:, 0] * 2 - 1
    lat = 1 - 2 * torch.acos(u[:, 1] * 2 - 1) / math.pi
    return encode(lon, lat, u[:, 2] * 2 - 1)


def loss_fn(logits, classes, random_logits):
    k = logits.shape[1]
    s = torch.sigmoid(logits)
    index = classes.unsqueeze(1)
    absent = -torch.log(1 - s + 1e-5)
    present = -k * torch.log(s.gather(1, index) + 1e-5)
    at_photos = absent.scatter(1, index, present)
    return at_photos.mean() + (-torch.log(1 - torch.sigmoid(random_logits) + 1e-5)).mean()


def main():
    path, classes, threads, epochs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    batch = int(sys.argv[5])
    torch.set_num_threads(threads)
    raw = open(path, "rb").read()
    (n,) = struct.unpack_from("<q", raw, 0)
    inputs = torch.from_numpy(np.frombuffer(raw, np.float32, n * 6, 8).reshape(n, 6).copy())
    labels = torch.from_numpy(np.frombuffer(raw, np.int64, n, 8 + 24 * n).copy())
    by_class = [np.flatnonzero(labels.numpy() == c) for c in range(classes)]
    torch.manual_seed(2019)
    rng = np.random.default_rng(2019)
    net = GeoNet(classes)
    adam = torch.optim.Adam(net.parameters(), lr=5e-4)
    times, last = [], 0.0
    for epoch in range(epochs):
        t0 = time.perf_counter()
        for group in adam.param_groups:
            group["lr"] = 5e-4 * 0.98 ** epoch
        net.train()
        order = np.concatenate([rng.permutation(c)[:100] for c in by_class if len(c)])
        rng.shuffle(order)
        order = torch.from_numpy(order)
        total, batches = 0.0, 0
        for first in range(0, len(order), batch):
            pick = order[first:first + batch]
            b = len(pick)
            logits = net(torch.cat([inputs[pick], random_points(b)]))
            loss = loss_fn(logits[:b], labels[pick], logits[b:])
            adam.zero_grad()
            loss.backward()
            adam.step()
            total += loss.item()
            batches += 1
        times.append(time.perf_counter() - t0)
        last = total / batches
    times.sort()
    print(json.dumps({"seconds_per_epoch": times[len(times) // 2], "loss": last}))


if __name__ == "__main__":
    main()
