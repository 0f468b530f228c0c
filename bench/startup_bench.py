#!/usr/bin/env python3
"""Start-up of the programs as whole processes (issue 11), each against a peer in the same run.
Times fresh processes (median of RUNS) and reads each one's peak memory from wait4's rusage.
Usage: startup_bench.py BUILD_DIR DATASET_DIR TORCH_EMPTY_MAIN [RUNS]"""
import os
import statistics
import subprocess
import sys
import time

build, data, torch_empty = sys.argv[1:4]
runs = int(sys.argv[4]) if len(sys.argv) > 4 else 11
cli = os.path.join(build, "app/cli/taxa-cli")
here = os.path.dirname(os.path.abspath(__file__))


def run_once(cmd):
    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    seconds = time.perf_counter() - start
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        sys.exit(f"startup_bench: {' '.join(cmd)} exited {p.returncode}")
    return seconds, usage.ru_maxrss / 1024.0


def median(cmd):
    samples = [run_once(cmd) for _ in range(runs)]
    return statistics.median(s for s, _ in samples), max(m for _, m in samples)


def row(name, seconds, mb):
    print(f"  {name:44s} {seconds * 1000:8.1f} ms  peak {mb:6.1f} MB")


print(f"whole processes, median of {runs}")
version = median([cli, "--version"])
empty_torch = median([torch_empty])
python = median(["/usr/bin/python3", "-S", "-c", "pass"])
print("taxa-cli --version (target <= 30 ms)")
row("taxa-cli --version", *version)
row("peer: empty main() linked to libtorch_cpu", *empty_torch)
row("peer: python3 -S -c pass", *python)
print(f"  ratio: {empty_torch[0] / version[0]:.1f}x faster than the torch-linked empty program")

stats = median([cli, "stats", "--dataset", data, "--json"])
peer = median(["/usr/bin/python3", os.path.join(here, "load_bench.py"), data, "1"])
print("taxa-cli stats --json on the full-scale set (target >= 4x, peak <= 250 MB)")
row("taxa-cli stats --json", *stats)
row("peer: python3 load_bench.py (json.load + index)", *peer)
print(f"  ratio: {peer[0] / stats[0]:.2f}x")
