"""The soak's checks (scripts/soak.sh): a run killed and resumed many times against the same run
left alone. Usage: soak_check.py TAXA_CLI WHOLE_RUN KILLED_RUN; exits 1 with the first
difference."""
import filecmp
import json
import os
import subprocess
import sys

cli, whole, run = sys.argv[1:4]
# What an epoch's record must repeat exactly; its timings may differ.
EPOCH_KEYS = ("stage", "epoch", "global_epoch", "step", "loss", "lr", "train_top1", "train_top3",
              "val_top1", "val_top3", "bad_images", "val_bad_images")
STEP_KEYS = ("step", "stage", "epoch", "batch", "loss", "lr", "train_top1", "train_top3")


def fail(message):
    print("soak: FAILED: " + message)
    sys.exit(1)


def records(folder):
    with open(os.path.join(folder, "metrics.jsonl")) as f:
        lines = [json.loads(line) for line in f if line.strip()]
    epochs = [r for r in lines if r.get("type") == "epoch"]
    steps = [r for r in lines if r.get("type") == "step"]
    return epochs, steps


def check_metrics():
    want_epochs, want_steps = records(whole)
    got_epochs, got_steps = records(run)
    numbers = [r["global_epoch"] for r in got_epochs]
    if numbers != sorted(set(numbers)) or len(numbers) != len(want_epochs):
        fail(f"epochs recorded {numbers}, want each of 1..{len(want_epochs)} once")
    for want, got in zip(want_epochs, got_epochs):
        for k in EPOCH_KEYS:
            if want.get(k) != got.get(k):
                fail(f"epoch {got['global_epoch']}: {k} {got.get(k)} != {want.get(k)}")
    got_numbers = [r["step"] for r in got_steps]
    if got_numbers != sorted(set(got_numbers)):
        fail("step records repeat or go back: " + str(got_numbers[:40]))
    if [[r.get(k) for k in STEP_KEYS] for r in got_steps] != \
            [[r.get(k) for k in STEP_KEYS] for r in want_steps]:
        fail("step records differ from the uninterrupted run's")
    return len(got_epochs), len(got_steps)


def check_weights():
    names = sorted(n for n in os.listdir(os.path.join(whole, "checkpoints"))
                   if n.startswith("epoch-"))
    for name in names:
        exported = []
        for folder in (whole, run):
            checkpoint = os.path.join(folder, "checkpoints", name)
            if not os.path.exists(checkpoint):
                fail(f"{checkpoint} is missing")
            out = os.path.join(folder, name + ".pth")
            subprocess.run([cli, "export", "--checkpoint", checkpoint, "--out", out], check=True,
                           stdout=subprocess.DEVNULL)
            exported.append(out)
        if not filecmp.cmp(exported[0], exported[1], shallow=False):
            fail(f"{name}: the weights differ from the uninterrupted run's")
    return len(names)


def check_leftovers():
    for root, _, files in os.walk(run):
        for f in files:
            if ".tmp" in f:
                fail("temporary file left behind: " + os.path.join(root, f))


epochs, steps = check_metrics()
checkpoints = check_weights()
check_leftovers()
print(f"soak: identical to the uninterrupted run: {checkpoints} epoch checkpoints (weights byte "
      f"for byte), {epochs} epoch and {steps} step records; no temporary file left")
