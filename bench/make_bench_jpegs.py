#!/usr/bin/env python3
"""Writes JPEGs shaped like iNaturalist 2018 photos for the pipeline benchmark: longest side
800, mixed orientations, detailed content (blurred blobs, fine texture and edges), quality 92,
about 230 KB each. Deterministic. Usage: make_bench_jpegs.py OUT_DIR [COUNT]"""
import os
import sys

import numpy as np
from PIL import Image, ImageFilter


def make(rng, w, h):
    # Large smooth shapes (background and subject) plus fine texture, like foliage or fur.
    low = rng.random((h // 16 + 1, w // 16 + 1, 3)) * 255
    img = Image.fromarray(low.astype(np.uint8)).resize((w, h), Image.BICUBIC)
    base = np.asarray(img, dtype=np.float32)
    fine = rng.normal(0, 1, (h, w, 1)).astype(np.float32)
    fine = np.asarray(Image.fromarray(((fine[..., 0] * 40) + 128).clip(0, 255).astype(np.uint8))
                      .filter(ImageFilter.GaussianBlur(0.8)), dtype=np.float32)[..., None] - 128
    yy, xx = np.mgrid[0:h, 0:w]
    stripes = (np.sin(xx * rng.uniform(0.05, 0.3) + yy * rng.uniform(0.05, 0.3)) * 25)[..., None]
    out = base + fine * rng.uniform(0.8, 1.4) + stripes
    return Image.fromarray(out.clip(0, 255).astype(np.uint8))


def main():
    out_dir = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    os.makedirs(out_dir, exist_ok=True)
    rng = np.random.default_rng(2018)
    sizes = 0
    for i in range(count):
        short = int(rng.choice([450, 533, 600, 640]))
        w, h = (800, short) if rng.random() < 0.65 else (short, 800)
        path = os.path.join(out_dir, f"{i:05d}.jpg")
        make(rng, w, h).save(path, quality=92)
        sizes += os.path.getsize(path)
    print(f"wrote {count} JPEGs to {out_dir}, mean {sizes / count / 1024:.0f} KB")


if __name__ == "__main__":
    main()
