#!/usr/bin/env python3
"""PyTorch (Python API) peer of bench_model: the same iSQRT-COV computation and a torchvision
ResNet-18 SGD step, same sizes, same threads. Prints JSON (median milliseconds).
Usage: model_bench.py [THREADS] [REPEATS]"""
import json
import sys
import time

import torch
import torchvision


def median_ms(repeats, fn):
    fn()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return times[len(times) // 2]


def isqrt_cov(x, n):
    b, d = x.shape[0], x.shape[1]
    flat = x.reshape(b, d, -1)
    m = flat.shape[2]
    xc = flat - flat.mean(2, keepdim=True)
    sigma = xc.bmm(xc.transpose(1, 2)) / m
    eye = torch.eye(d, dtype=x.dtype).expand_as(sigma)
    trace = sigma.diagonal(0, 1, 2).sum(1).view(-1, 1, 1)
    a = sigma / trace
    three = 3.0 * eye
    t = (three - a) * 0.5
    y = a.bmm(t)
    z = t
    for _ in range(2, n):
        t = (three - z.bmm(y)) * 0.5
        y = y.bmm(t)
        z = t.bmm(z)
    y = y.bmm(three - z.bmm(y)) * 0.5
    y = y * trace.sqrt()
    idx = torch.triu_indices(d, d)
    return y.reshape(b, d * d)[:, idx[0] * d + idx[1]]


def sgd_step_ms(repeats, net, sgd, inputs, labels):
    """Median milliseconds of one SGD step with cross-entropy."""
    def step():
        sgd.zero_grad()
        torch.nn.functional.cross_entropy(net(inputs), labels).backward()
        sgd.step()
    return median_ms(repeats, step)


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    torch.set_num_threads(threads)
    torch.manual_seed(0)
    out = {"threads": threads}
    for size in (14, 28):
        x = torch.randn(8, 160, size, size, requires_grad=True)

        def head():
            x.grad = None
            isqrt_cov(x, 3).sum().backward()
        out[f"cov_{size}_ms"] = median_ms(repeats, head)
    net = torchvision.models.resnet18(num_classes=1000)
    net.train()
    sgd = torch.optim.SGD(net.parameters(), lr=0.1, momentum=0.9, weight_decay=1e-4)
    images = torch.randn(32, 3, 112, 112)
    labels = torch.randint(0, 1000, (32,))
    out["resnet18_step_ms"] = sgd_step_ms(repeats, net, sgd, images, labels)
    # The classifier of a ResNet-50 at the full 2018 class count: all BLAS (sgemm).
    fc = torch.nn.Linear(2048, 8142)
    fc_sgd = torch.optim.SGD(fc.parameters(), lr=0.1, momentum=0.9)
    features = torch.randn(32, 2048)
    fc_labels = torch.randint(0, 8142, (32,))
    out["classifier_8142_step_ms"] = sgd_step_ms(repeats, fc, fc_sgd, features, fc_labels)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
