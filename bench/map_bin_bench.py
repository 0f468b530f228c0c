"""Peer of bench_map: the same binning of points into the pixels of a map window, in numpy.

Usage: /usr/bin/python3 map_bin_bench.py POINTS.f32 WIDTH HEIGHT WEST EAST SOUTH NORTH REPEATS
POINTS.f32 holds longitudes then latitudes, float32, n each. Prints the median milliseconds and
the number of points that fell in the window, as JSON.
"""
import json
import sys
import time

import numpy as np


def bin_points(lon, lat, width, height, west, east, south, north):
    x = (lon.astype(np.float64) - west) * (width / (east - west))
    y = (north - lat.astype(np.float64)) * (height / (north - south))
    inside = (x >= 0) & (x <= width) & (y >= 0) & (y <= height)
    px = np.minimum(x[inside].astype(np.int64), width - 1)
    py = np.minimum(y[inside].astype(np.int64), height - 1)
    counts = np.bincount(py * width + px, minlength=width * height)
    return counts.reshape(height, width), int(inside.sum())


def main():
    path = sys.argv[1]
    width, height = int(sys.argv[2]), int(sys.argv[3])
    west, east, south, north = (float(v) for v in sys.argv[4:8])
    repeats = int(sys.argv[8])
    data = np.fromfile(path, dtype=np.float32)
    n = data.size // 2
    lon, lat = data[:n], data[n:]
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        _, inside = bin_points(lon, lat, width, height, west, east, south, north)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    print(json.dumps({"median_ms": times[len(times) // 2], "inside": inside, "points": n}))


if __name__ == "__main__":
    main()
