"""Seeds for fuzz_checkpoint: small state dicts as torch.save writes them (zip records, data.pkl,
storages), in the shapes the weight reader meets: an OrderedDict from a module, a plain dict with
float16, int64 and strided tensors, and a training checkpoint holding "state_dict".
Usage: python3 make_weight_seeds.py DIR"""
import os
import sys

import torch

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
torch.manual_seed(0)
net = torch.nn.Sequential(torch.nn.Conv2d(3, 2, 1), torch.nn.BatchNorm2d(2), torch.nn.Linear(2, 2))
torch.save(net.state_dict(), os.path.join(out, "module.pth"))
w = torch.arange(6, dtype=torch.float32).reshape(2, 3)
torch.save({"fc.weight": w.t(), "half": torch.ones(4, dtype=torch.float16),
            "count": torch.tensor(7), "shared": w[1]}, os.path.join(out, "plain.pth"))
torch.save({"epoch": 3, "state_dict": {"module.fc.bias": torch.zeros(2)}},
           os.path.join(out, "checkpoint.pth"))
