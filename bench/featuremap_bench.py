#!/usr/bin/env python3
"""The feature map benchmark's Python side (bench/run_featuremap_bench.sh).

  featuremap_bench.py make OUT.bin N [DIMS] [CLASSES] [SEED]
      writes a synthetic feature store in taxa-cli's format (TAXAFEAT, half precision, unit
      rows): N vectors around CLASSES random centres (Zipf-like class sizes), the last 5%
      marked val
  featuremap_bench.py umap FEATURES.bin OUT.npy K
      umap-learn (Debian's umap-learn) on the same vectors: cosine, n_neighbors=K, PCA start (scikit-learn's, timed too),
      prints the wall time of fit_transform as JSON
  featuremap_bench.py trust FEATURES.bin OURS.map.bin PEER.npy|- SAMPLE [SEED]
      scikit-learn's trustworthiness (cosine in feature space, 10 neighbours) of both layouts
      (or ours alone) on the same random SAMPLE points, as JSON
"""
import json
import sys
import time

import numpy as np


def read_store(path):
    raw = open(path, "rb").read()
    assert raw[:8] == b"TAXAFEAT", path
    version, dims = np.frombuffer(raw, np.uint32, 2, 8)
    count = int(np.frombuffer(raw, np.uint64, 1, 16)[0])
    at = 24
    ids = np.frombuffer(raw, np.int64, count, at)
    at += 8 * count
    splits = np.frombuffer(raw, np.uint8, count, at)
    at += count
    x = np.frombuffer(raw, np.float16, count * int(dims), at).reshape(count, int(dims))
    return ids, splits, x


def read_map(path):
    raw = open(path, "rb").read()
    assert raw[:8] == b"TAXAMAP1", path
    count = int(np.frombuffer(raw, np.uint64, 1, 24)[0])
    at = 32
    ids = np.frombuffer(raw, np.int64, count, at)
    at += 9 * count
    return ids, np.frombuffer(raw, np.float32, 2 * count, at).reshape(count, 2)


def make(out, n, dims=256, classes=8142, seed=0):
    rng = np.random.default_rng(seed)
    sizes = 1.0 / np.arange(1, classes + 1) ** 0.8
    labels = rng.choice(classes, size=n, p=sizes / sizes.sum())
    centres = rng.standard_normal((classes, dims)).astype(np.float32)
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    x = np.empty((n, dims), np.float32)
    for start in range(0, n, 65536):
        part = labels[start:start + 65536]
        v = centres[part] + rng.standard_normal((len(part), dims)).astype(np.float32) * (0.7 / np.sqrt(dims))
        x[start:start + 65536] = v / np.linalg.norm(v, axis=1, keepdims=True)
    splits = np.zeros(n, np.uint8)
    splits[int(n * 0.95):] = 1
    with open(out, "wb") as f:
        f.write(b"TAXAFEAT")
        f.write(np.array([1, dims], np.uint32).tobytes())
        f.write(np.array([n], np.uint64).tobytes())
        f.write(np.arange(n, dtype=np.int64).tobytes())
        f.write(splits.tobytes())
        f.write(x.astype(np.float16).tobytes())


def run_umap(features, out, k):
    import umap
    _, _, x = read_store(features)
    x = x.astype(np.float32)
    from sklearn.decomposition import PCA
    start = time.perf_counter()
    # umap-learn 0.5.3 takes a PCA start as an array (its "pca" option came later).
    start_xy = PCA(n_components=2, random_state=0).fit_transform(x)
    y = umap.UMAP(n_neighbors=k, metric="cosine", init=start_xy).fit_transform(x)
    seconds = time.perf_counter() - start
    np.save(out, y)
    print(json.dumps({"umap_seconds": seconds}))


def trust(features, ours, peer, sample, seed=0):
    """peer "-": ours alone."""
    from sklearn.manifold import trustworthiness
    ids, _, x = read_store(features)
    map_ids, y_ours = read_map(ours)
    assert (map_ids == ids).all(), "the map is not of the whole store in order"
    layouts = [("ours", y_ours)] + ([] if peer == "-" else [("umap_learn", np.load(peer))])
    rows = np.random.default_rng(seed).choice(len(ids), size=min(sample, len(ids)), replace=False)
    xs = x[rows].astype(np.float32)
    out = {name: trustworthiness(xs, y[rows], n_neighbors=10, metric="cosine")
           for name, y in layouts}
    print(json.dumps(out))


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "make":
        make(args[0], int(args[1]), *(int(a) for a in args[2:]))
    elif cmd == "umap":
        run_umap(args[0], args[1], int(args[2]))
    elif cmd == "trust":
        trust(args[0], args[1], args[2], int(args[3]), *(int(a) for a in args[4:]))
