#!/usr/bin/env python3
"""Python peer of bench_why: the same saliency map with PyTorch's Python API and torchvision
(PIL decode, resize, centre crop, forward to layer4, autograd of logit A - logit B, gradient x
activation summed over channels), and the same look-alike query with NumPy over the same
half-precision vectors (converted per query, as ours is) and over a float32 copy with
precomputed norms (twice the memory). Prints JSON: best milliseconds and the top-10 rows.
Usage: why_bench.py OUT_DIR [THREADS]"""
import json
import sys
import time

import numpy as np
import torch
import torchvision
from PIL import Image

MEAN = torch.tensor([0.466, 0.471, 0.380]).view(3, 1, 1)
STD = torch.tensor([0.195, 0.194, 0.192]).view(3, 1, 1)


def best_ms(runs, fn):
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        best = min(best, (time.perf_counter() - t0) * 1000)
    return best


def view(path, resize, crop):
    image = Image.open(path).convert("RGB")
    w, h = image.size
    s = resize / min(w, h)
    image = image.resize((round(w * s), round(h * s)), Image.BILINEAR)
    w, h = image.size
    left, top = (w - crop) // 2, (h - crop) // 2
    image = image.crop((left, top, left + crop, top + crop))
    x = torch.from_numpy(np.asarray(image, dtype=np.float32) / 255).permute(2, 0, 1)
    return ((x - MEAN) / STD).unsqueeze(0)


def saliency(net, path, resize, crop):
    x = view(path, resize, crop)
    with torch.no_grad():
        x = net.maxpool(net.relu(net.bn1(net.conv1(x))))
        f = net.layer4(net.layer3(net.layer2(net.layer1(x))))
    f.requires_grad_(True)
    logits = net.fc(torch.flatten(net.avgpool(f), 1))
    g = torch.autograd.grad(logits[0, 0] - logits[0, 1], f)[0]
    return (g * f).sum(1)[0]


def top10(sims):
    part = np.argpartition(-sims, 10)[:10]
    return [int(i) for i in part[np.argsort(-sims[part], kind="stable")]]


def main():
    out = sys.argv[1]
    torch.set_num_threads(int(sys.argv[2]) if len(sys.argv) > 2 else 2)
    photo = json.loads(sys.stdin.read())["photo"]
    result = {}
    for name, model, resize, crop in (("quick", torchvision.models.resnet18, 73, 64),
                                      ("wide", torchvision.models.resnet50, 256, 224)):
        net = model(num_classes=14).eval()
        result[f"{name}_ms"] = best_ms(7, lambda: saliency(net, photo, resize, crop))
    x = np.fromfile(f"{out}/vectors.f16", dtype=np.float16).reshape(-1, 256)
    q = np.fromfile(f"{out}/query.f32", dtype=np.float32)

    def from_half():
        xf = x.astype(np.float32)
        return top10((xf @ q) / (np.linalg.norm(xf, axis=1) * np.linalg.norm(q)))
    result["nn_ms"] = best_ms(5, from_half)
    result["top"] = from_half()
    xf = x.astype(np.float32)
    inverse = 1 / np.linalg.norm(xf, axis=1)
    result["nn_f32_ms"] = best_ms(11, lambda: top10((xf @ q) * inverse))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
