"""Per-run figures of ``benchmarks/feedback.py --dump``, and bootstrap intervals over runs.

    python benchmarks/feedback_runs.py RUNS.json [--round 3] [--boot 4000] [--pooled]

Prints, for the round asked (default 3, the first shortlist after two pilots), every run's
true conversions per $1,000 (oracle, learning, no learning) and the ratio, each segment's
means over its replicates and its share of the difference of the means, then the ratio of
the means and the geometric mean of the per-run ratios with 90% bootstrap intervals: over
runs (each run drawn independently) and over segments (a segment's replicates drawn
together: they share the world, the pool and the truth, so they are not independent).

Where the dump has them (``benchmarks/feedback.py`` writes them since 2026-12-03), also
every round's means with the cumulative regret against the oracle, and the coverage of the
80% predictive intervals (rounds 2+). ``--pooled`` adds the same figures over all files'
runs together (a segment of one file and the same segment of another are different groups:
different worlds).
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


PLAN_COLUMNS = (" no learning's creators tested in the pilots | no learning's creators "
                "booked this round |")


def overlaps(run: dict, r: int) -> str:
    """How many of no learning's creators the pilots tested, and the round booked, of how
    many: whether learning ever saw the creators that make reach per dollar good."""
    static = set(run["static_plan"])
    piloted = {i for plan in run["plans"][:2] for i in plan}
    return (f" {len(static & piloted)} of {len(static)} "
            f"| {len(static & set(run['plans'][r]))} of {len(static)} |")


def rounds_table(runs: list[dict]) -> None:
    """Every round's means over runs (true conversions per $1,000), both ratios and the
    cumulative regret of learning against the oracle."""
    print("| round | oracle | learning | no learning | learning / no learning (of the means, "
          "geometric mean) | learning / oracle | cumulative regret |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    regret = 0.0
    for r in range(len(runs[0]["per_round"]["learning"])):
        fig = {p: np.array([run["per_round"][p][r] for run in runs]) * 1000
               for p in ("oracle", "learning", "no learning")}
        ratio, geo = summary(fig["learning"], fig["no learning"])
        o, le, st = (float(fig[p].mean()) for p in ("oracle", "learning", "no learning"))
        regret += o - le
        print(f"| {r + 1} | {o:.1f} | {le:.1f} | {st:.1f} | {ratio:.2f}x, {geo:.2f}x "
              f"| {le / o:.2f} | {regret:.1f} |")
    if all("covered" in run for run in runs):
        covered = sum(run["covered"] for run in runs)
        total = sum(run["total"] for run in runs)
        print(f"80% predictive intervals, rounds 2+: {covered}/{total} = "
              f"{covered / max(total, 1):.1%}")


def diagnosis_table(runs: list[dict]) -> None:
    """Round 3 booked with pieces of the truth (``feedback.py --diagnose``): each plan's true
    conversions per $1,000 (mean over runs), against no learning and the oracle, its spend
    over the budget."""
    runs = [run for run in runs if run.get("diagnosis")]
    if not runs:
        return
    static = np.array([run["per_round"]["no learning"][2] for run in runs]) * 1000
    oracle = np.array([run["diagnosis"]["oracle"] for run in runs]) * 1000
    print(f"\nround 3 with pieces of the truth, {len(runs)} runs "
          f"(no learning {static.mean():.1f}, oracle {oracle.mean():.1f})")
    print("| round 3 booked by | learning's conversions per $1,000 | / no learning (of the "
          "means, geometric mean) | / oracle | spend / budget |")
    print("| --- | --- | --- | --- | --- |")
    names = [k for k in runs[0]["diagnosis"] if not k.endswith(": spend")
             and not k.startswith(("corr", "log error")) and k != "tested"]
    for name in names:
        fig = np.array([run["diagnosis"][name] for run in runs]) * 1000
        ratio, geo = summary(np.maximum(fig, 1e-9), static)
        spend = np.mean([run["diagnosis"][f"{name}: spend"] for run in runs])
        print(f"| {name} | {fig.mean():.1f} | {ratio:.3f}x, {geo:.3f}x "
              f"| {fig.mean() / oracle.mean():.3f} | {spend:.3f} |")
    for key in ("corr: learned prediction, true rate", "corr: true feature effects, true rate",
                "tested"):
        print(f"{key}: mean {np.mean([run['diagnosis'][key] for run in runs]):.3f}")
    errors = [k for k in runs[0]["diagnosis"] if k.startswith("log error")]
    if errors:
        print("mean log error of members a post (estimate / true views x estimated share), "
              "mean over runs of each run's mean over candidates:")
    for key in errors:
        print(f"{key}: {np.nanmean([run['diagnosis'][key] for run in runs]):+.3f}")


def intervals(label: str, learning: np.ndarray, static: np.ndarray,
              groups: dict[str, np.ndarray], boot: int) -> str:
    rng = np.random.default_rng(0)
    ratio, geo = summary(learning, static)
    line = f"{label}, {len(learning)} runs: {ratio:.2f}x, {geo:.2f}x"
    for name, group in groups.items():
        b = bootstrap(learning, static, group, boot, rng)
        lo, hi = np.quantile(b, [0.05, 0.95], axis=0)
        line += (f"; 90% over {name}: {lo[0]:.2f}-{hi[0]:.2f}x, {lo[1]:.2f}-{hi[1]:.2f}x")
    return line


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", type=Path, nargs="+")
    parser.add_argument("--round", type=int, default=3)
    parser.add_argument("--boot", type=int, default=4000)
    parser.add_argument("--quiet", action="store_true", help="only the summary lines")
    parser.add_argument("--pooled", action="store_true",
                        help="also the figures over every file's runs together")
    args = parser.parse_args()
    r = args.round - 1
    every: list[dict] = []
    for path in args.runs:
        runs = json.loads(path.read_text())
        every += [{**run, "group": f"{path.name}:{run['segment']}"} for run in runs]
        fig = {p: np.array([run["per_round"][p][r] for run in runs]) * 1000
               for p in ("oracle", "learning", "no learning")}
        segments = np.array([run["segment"] for run in runs])
        if not args.quiet:
            print(f"\n{path}: round {args.round}, true conversions per $1,000")
            plans = all("plans" in run for run in runs)
            print("| segment | run | oracle | learning | no learning | learning / no learning "
                  "| no learning / oracle |" + (PLAN_COLUMNS if plans else ""))
            print("| --- " * (7 + 2 * plans) + "|")
            for i, run in enumerate(runs):
                print(f"| {run['segment']} | {run['replicate']} | {fig['oracle'][i]:.1f} "
                      f"| {fig['learning'][i]:.1f} | {fig['no learning'][i]:.1f} "
                      f"| {fig['learning'][i] / fig['no learning'][i]:.2f}x "
                      f"| {fig['no learning'][i] / fig['oracle'][i]:.2f} |"
                      + (overlaps(run, r) if plans else ""))
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
            if "covered" in runs[0]:
                print(f"\n{path.name}: every round, mean over runs")
                rounds_table(runs)
            diagnosis_table(runs)
        print(intervals(f"{path.name}: round {args.round}", fig["learning"],
                        fig["no learning"], {"runs": np.arange(len(runs)),
                                             "segments": segments}, args.boot))
    if args.pooled:
        fig = {p: np.array([run["per_round"][p][r] for run in every]) * 1000
               for p in ("learning", "no learning")}
        if not args.quiet:
            print(f"\npooled over {len(args.runs)} files: every round, mean over runs")
            rounds_table(every)
            diagnosis_table(every)
        print(intervals(f"pooled over {len(args.runs)} files: round {args.round}",
                        fig["learning"], fig["no learning"],
                        {"runs": np.arange(len(every)),
                         "segments": np.array([run["group"] for run in every])}, args.boot))


if __name__ == "__main__":
    main()
