#!/usr/bin/env python3
"""The PyTorch side of test_statedict: torchvision's ResNet-18 as the independent reference.

  torchvision_peer.py make DIR      writes DIR/tv.pth (a state dict of a seeded ResNet-18 with
                                    10 classes and non-trivial batch-norm statistics), DIR/x.bin
                                    (an input, float32 1x3x64x64) and DIR/y.bin (its logits)
  torchvision_peer.py check DIR W   loads W into torchvision's ResNet-18 with load_state_dict
                                    (strict) and compares its logits on DIR/x.bin with
                                    DIR/ours.bin; exit 0 when they agree to 1e-4
Also writes DIR/unrelated.pth, a state dict of names no ResNet has.
Exit 3 when torch or torchvision is missing (the test then skips).
"""
import sys

try:
    import torch
    import torchvision
except ImportError as e:
    print(f"python3-torch/torchvision not available: {e}")
    sys.exit(3)

SHAPE = (1, 3, 64, 64)


def model():
    torch.manual_seed(7)
    m = torchvision.models.resnet18(num_classes=10)
    with torch.no_grad():
        for mod in m.modules():
            if isinstance(mod, torch.nn.BatchNorm2d):
                mod.running_mean.uniform_(-0.2, 0.2)
                mod.running_var.uniform_(0.5, 1.5)
                mod.weight.uniform_(0.5, 1.5)
                mod.bias.uniform_(-0.2, 0.2)
    return m.eval()


def logits(m, x):
    with torch.no_grad():
        return m(x)


def main():
    mode, folder = sys.argv[1], sys.argv[2]
    if mode == "make":
        m = model()
        torch.manual_seed(11)
        x = torch.randn(SHAPE)
        torch.save(m.state_dict(), f"{folder}/tv.pth")
        x.numpy().tofile(f"{folder}/x.bin")
        logits(m, x).numpy().tofile(f"{folder}/y.bin")
        torch.save({"encoder.layers.0.weight": torch.ones(4, 4)}, f"{folder}/unrelated.pth")
        return 0
    m = torchvision.models.resnet18(num_classes=10)
    # weights_only=True is torch.load's default from PyTorch 2.6: the file must pass it.
    m.load_state_dict(torch.load(sys.argv[3], weights_only=True), strict=True)
    m.eval()
    import numpy as np
    x = torch.from_numpy(np.fromfile(f"{folder}/x.bin", dtype=np.float32).reshape(SHAPE))
    ours = torch.from_numpy(np.fromfile(f"{folder}/ours.bin", dtype=np.float32).reshape(1, 10))
    diff = (logits(m, x) - ours).abs().max().item()
    print(f"max abs difference {diff:.3g}")
    return 0 if diff < 1e-4 else 1


if __name__ == "__main__":
    sys.exit(main())
