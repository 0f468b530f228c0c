#!/usr/bin/env python3
"""PyTorch (Python API) peer of `taxa-cli train --nproc-per-node N`: DistributedDataParallel on
Gloo over loopback, one process per rank started with torch.multiprocessing, the quick-cpu
recipe (torchvision ResNet-18, shorter side 73, random 64 x 64 crop, flip, normalise, SGD
momentum 0.9, weight decay 5e-4, lr 0.05), a per-rank batch, a DistributedSampler over the demo
dataset's train split, torch threads and DataLoader workers per rank as given. Each rank runs
STEPS steps; the clock (rank 0's) starts once the loader is running and stops after the last
step, as ours does, so decoding and waiting count on both sides. Prints JSON: images/s over all
ranks, rank 0's share of time waiting for data.
Usage: ddp_bench.py DATASET_DIR WORLD [STEPS] [--batch 32] [--threads 1] [--workers 1]"""
import argparse
import json
import os
import socket
import time

import torch
import torch.distributed as dist
import torch.multiprocessing as mp
import torchvision
from torch.nn.parallel import DistributedDataParallel as DDP
from torchvision import transforms as T

from train_bench import Train


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rank_main(rank, args, port, out):
    os.environ["MASTER_ADDR"] = "127.0.0.1"
    os.environ["MASTER_PORT"] = str(port)
    torch.set_num_threads(args.threads)
    dist.init_process_group("gloo", rank=rank, world_size=args.world)
    torch.manual_seed(0)  # the same initial weights everywhere (DDP broadcasts rank 0's anyway)
    tf = T.Compose([T.Resize(73), T.RandomCrop(64), T.RandomHorizontalFlip(), T.ToTensor(),
                    T.Normalize([0.466, 0.471, 0.380], [0.195, 0.194, 0.192])])
    data = Train(args.root, tf)
    sampler = torch.utils.data.distributed.DistributedSampler(data, args.world, rank, shuffle=True)
    loader = torch.utils.data.DataLoader(data, batch_size=args.batch, sampler=sampler,
                                         num_workers=args.workers, persistent_workers=True,
                                         prefetch_factor=2, drop_last=True)
    net = DDP(torchvision.models.resnet18(num_classes=data.classes))
    net.train()
    sgd = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9, weight_decay=5e-4)
    epoch, done, images, waited = 0, 0, 0, 0.0
    sampler.set_epoch(epoch)
    it = iter(loader)
    dist.barrier()
    t0 = time.perf_counter()
    while done < args.steps:
        w0 = time.perf_counter()
        try:
            x, y = next(it)
        except StopIteration:
            epoch += 1
            sampler.set_epoch(epoch)
            it = iter(loader)
            continue
        waited += time.perf_counter() - w0
        sgd.zero_grad()
        loss = torch.nn.functional.cross_entropy(net(x), y)
        loss.backward()  # DDP all-reduces the gradient buckets during it
        sgd.step()
        loss.item()
        images += x.shape[0]
        done += 1
    seconds = time.perf_counter() - t0
    total = torch.tensor([float(images)])
    dist.all_reduce(total)
    if rank == 0:
        out.put({"world": args.world, "images_per_second": total.item() / seconds,
                 "data_wait_share": waited / seconds, "steps": done})
    dist.destroy_process_group()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root")
    ap.add_argument("world", type=int)
    ap.add_argument("steps", nargs="?", type=int, default=30)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    ctx = mp.get_context("spawn")
    out = ctx.SimpleQueue()
    mp.spawn(rank_main, args=(args, free_port(), out), nprocs=args.world, join=True)
    print(json.dumps(out.get()))


if __name__ == "__main__":
    main()
