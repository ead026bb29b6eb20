"""Per-run figures of ``benchmarks/feedback.py --dump``, and bootstrap intervals over runs.

    python benchmarks/feedback_runs.py RUNS.json [--round 3] [--boot 4000]

Prints, for the round asked (default 3, the first shortlist after two pilots), every run's
true conversions per $1,000 (oracle, learning, no learning) and the ratio, each segment's
means over its replicates and its share of the difference of the means, then the ratio of
the means and the geometric mean of the per-run ratios with 90% bootstrap intervals: over
runs (each run drawn independently) and over segments (a segment's replicates drawn
together: they share the world, the pool and the truth, so they are not independent).
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

import numpy as np


def summary(learning: np.ndarray, static: np.ndarray) -> tuple[float, float]:
    return (float(learning.mean() / static.mean()),
            float(np.exp(np.mean(np.log(learning / static)))))


def bootstrap(learning: np.ndarray, static: np.ndarray, groups: np.ndarray, boot: int,
              rng: np.random.Generator) -> np.ndarray:
    """(boot, 2): ratio of means and geometric mean over resamples of the groups."""
    labels = np.unique(groups)
    members = [np.flatnonzero(groups == g) for g in labels]
    out = np.empty((boot, 2))
    for b in range(boot):
        pick = np.concatenate([members[i] for i in rng.integers(0, len(labels), len(labels))])
        out[b] = summary(learning[pick], static[pick])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", type=Path, nargs="+")
    parser.add_argument("--round", type=int, default=3)
    parser.add_argument("--boot", type=int, default=4000)
    parser.add_argument("--quiet", action="store_true", help="only the summary lines")
    args = parser.parse_args()
    for path in args.runs:
        runs = json.loads(path.read_text())
        r = args.round - 1
        fig = {p: np.array([run["per_round"][p][r] for run in runs]) * 1000
               for p in ("oracle", "learning", "no learning")}
        segments = np.array([run["segment"] for run in runs])
        if not args.quiet:
            print(f"\n{path}: round {args.round}, true conversions per $1,000")
            print("| segment | run | oracle | learning | no learning | learning / no learning "
                  "| no learning / oracle |")
            print("| --- | --- | --- | --- | --- | --- | --- |")
            for i, run in enumerate(runs):
                print(f"| {run['segment']} | {run['replicate']} | {fig['oracle'][i]:.1f} "
                      f"| {fig['learning'][i]:.1f} | {fig['no learning'][i]:.1f} "
                      f"| {fig['learning'][i] / fig['no learning'][i]:.2f}x "
                      f"| {fig['no learning'][i] / fig['oracle'][i]:.2f} |")
            total = float((fig["learning"] - fig["no learning"]).sum())
            print("\n| segment | oracle | learning | no learning | ratio of means "
                  "| share of the sum of (learning - no learning) |")
            print("| --- | --- | --- | --- | --- | --- |")
            by: dict[str, list[int]] = defaultdict(list)
            for i, s in enumerate(segments):
                by[str(s)].append(i)
            for s, idx in by.items():
                o, le, st = (float(fig[p][idx].mean()) for p in ("oracle", "learning",
                                                                  "no learning"))
                diff = float((fig["learning"][idx] - fig["no learning"][idx]).sum())
                print(f"| {s} | {o:.1f} | {le:.1f} | {st:.1f} | {le / st:.2f}x "
                      f"| {diff:+.0f} of {total:+.0f} |")
        rng = np.random.default_rng(0)
        ratio, geo = summary(fig["learning"], fig["no learning"])
        line = f"{path.name}: round {args.round}, {len(runs)} runs: {ratio:.2f}x, {geo:.2f}x"
        for name, groups in (("runs", np.arange(len(runs))), ("segments", segments)):
            b = bootstrap(fig["learning"], fig["no learning"], groups, args.boot, rng)
            lo, hi = np.quantile(b, [0.05, 0.95], axis=0)
            line += (f"; 90% over {name}: {lo[0]:.2f}-{hi[0]:.2f}x, {lo[1]:.2f}-{hi[1]:.2f}x")
        print(line)


if __name__ == "__main__":
    main()
