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

# Hostile shapes (issue 23), written as a zip of stored records as torch.save lays them out:
# nesting far deeper than any state dict, a stride-0 view declaring a billion elements over
# one, and a storage count that the file does not hold.
import zipfile


def hostile(name, pickle_bytes, storages=()):
    with zipfile.ZipFile(os.path.join(out, name), "w", zipfile.ZIP_STORED) as z:
        z.writestr("archive/data.pkl", pickle_bytes)
        z.writestr("archive/byteorder", "little")
        for key, data in storages:
            z.writestr("archive/data/" + key, data)


def tensor_pickle(sizes, strides, numel):
    def tup(xs):
        return b"(" + b"".join(b"\x8a\x08" + x.to_bytes(8, "little", signed=True) for x in xs) + b"t"
    return (b"\x80\x02}(X\x01\x00\x00\x00w"
            b"ctorch._utils\n_rebuild_tensor_v2\n((X\x07\x00\x00\x00storage"
            b"ctorch\nFloatStorage\nX\x01\x00\x00\x000X\x03\x00\x00\x00cpu"
            + b"\x8a\x08" + numel.to_bytes(8, "little") + b"tQK\x00" + tup(sizes) + tup(strides)
            + b"\x89ccollections\nOrderedDict\n)RtRu.")


hostile("deep.pth", b"\x80\x02N" + b"\x85" * 100000 + b".")
hostile("stride0.pth", tensor_pickle([1 << 30], [0], 1), [("0", b"\0" * 4)])
hostile("numel-lie.pth", tensor_pickle([4], [1], 1 << 40), [("0", b"\0" * 16)])
