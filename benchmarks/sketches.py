"""Plans with audience sketches against the simulator's population truth.

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/sketches.py --tune     # choose lg_k: seed 101
    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/sketches.py            # report: seeds 202, 303

For each seed: a world, its population, the service over the world's provider reports (as
``benchmarks/plans.py``) and the world's first ``--segments`` segments, each at budgets worth
10 and 20 median candidates. Every candidate gets a Theta sketch of its realised follower ids
(``population.follower_ids`` at 1 in ``--scale``, ``follower_sketches``). Per plan:

* unique reach error: the estimate of the sketched plan's set from the sketches, and from
  the overlap model alone, against the population's true unique segment reach of that set;
* pairwise overlap error: over pairs of the 12 candidates of largest estimated reach, the
  shared segment members from the sketches and from the model against the truth, over the
  smaller creator's true reach;
* bound coverage: how often the library's bounds on the union of the plan's sketches hold the
  exact number of realised followers of the set;
* plan true unique reach with sketches against without.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import tempfile
from dataclasses import replace
from pathlib import Path

import numpy as np

from matcher.contracts.sketches import BOUND_STD_DEVS, RECOMMENDED_LG_K
from matcher.embedding.encoder import Encoder
from matcher.planning.options import PlanOptions
from matcher.planning.plans import Problem, overlap_model, prepare, solve
from matcher.planning.sketched import SketchedCoverage
from matcher.simulate.evaluation import world_matcher, world_segments
from matcher.simulate.population import build_population, follower_ids, follower_sketches
from matcher.simulate.world import build_world

BUDGET_CREATORS = (10, 20)
PAIR_POOL = 12


def sim_row(problem: Problem, local: int) -> int:
    return int(problem.pool.ids[int(problem.rows[local])].split("-")[1])


def run_seed(seed: int, lg_ks: list[int], args: argparse.Namespace, encoder: Encoder,
             workdir: Path) -> dict[int, dict[str, list[float]]]:
    world = build_world(seed, args.creators)
    pop = build_population(world)
    matcher = world_matcher(world, encoder, workdir)
    ids_cache: dict[int, np.ndarray] = {}
    out: dict[int, dict[str, list[float]]] = {k: {} for k in lg_ks}
    for seg in world_segments(seed, args.segments):
        segment = matcher.resolve_segment(seg.to_yaml_dict())
        unit = float(np.median(prepare(matcher, [segment], PlanOptions(budget=1e9)).cost))
        for worth in BUDGET_CREATORS:
            problem = prepare(matcher, [segment], PlanOptions(budget=round(unit * worth, 2)))
            rows = [sim_row(problem, i) for i in range(len(problem.rows))]
            missing = [r for r in rows if r not in ids_cache]
            for r, ids in zip(missing, follower_ids(pop, missing, seed, args.scale),
                              strict=True):
                ids_cache[r] = ids
            modelled = solve(problem, matcher.settings).to_dict()
            model_set = [problem.rows.tolist().index(problem.pool.ids.index(c["id"]))
                         for c in modelled["creators"]]
            for lg_k in lg_ks:
                stats = out[lg_k]
                raw = follower_sketches([ids_cache[r] for r in rows], lg_k)
                sketches: list[bytes | None] = [None] * len(problem.pool)
                for local, blob in enumerate(raw):
                    sketches[int(problem.rows[local])] = blob
                pool = replace(problem.pool, sketches=sketches)
                cov = overlap_model(pool, problem.rows, problem.value, problem.params)
                assert isinstance(cov, SketchedCoverage)
                sketched = solve(replace(problem, pool=pool, cov=cov),
                                 matcher.settings).to_dict()
                chosen = [problem.rows.tolist().index(pool.ids.index(c["id"]))
                          for c in sketched["creators"]]
                truth = pop.unique_reach([rows[i] for i in chosen], seg)
                alone = sum(pop.unique_reach([rows[i]], seg) for i in chosen)
                if truth > 0:
                    stats.setdefault("reach_err_sketch", []).append(
                        float(cov.unique_reach(chosen)[0]) / truth - 1)
                    stats.setdefault("reach_err_model", []).append(
                        float(problem.cov.unique_reach(chosen)[0]) / truth - 1)
                    true_share = 1 - truth / alone
                    for name, c in (("share_err_sketch", cov), ("share_err_model",
                                                                problem.cov)):
                        added = sum(float(c.unique_reach([i])[0]) for i in chosen)
                        est_share = 1 - float(c.unique_reach(chosen)[0]) / added
                        stats.setdefault(name, []).append(est_share - true_share)
                low, high = sketched["segments"][0]["unique_reach_range"]
                stats.setdefault("range_holds", []).append(float(low <= truth <= high))
                low, high = modelled["segments"][0]["unique_reach_range"]
                stats.setdefault("range_holds_model", []).append(
                    float(low <= pop.unique_reach([rows[i] for i in model_set], seg) <= high))
                people = len(np.unique(np.concatenate([ids_cache[rows[i]] for i in chosen])))
                est, lo, hi = cov.union_bounds(chosen) or (0.0, 0.0, 0.0)
                stats.setdefault("bound_holds", []).append(float(lo <= people <= hi))
                stats.setdefault("people_err", []).append(abs(est / max(people, 1) - 1))
                stats.setdefault("true_with", []).append(truth)
                stats.setdefault("true_without", []).append(
                    pop.unique_reach([rows[i] for i in model_set], seg))
                stats.setdefault("bytes", []).extend(float(len(b)) for b in raw)
                if worth == BUDGET_CREATORS[0]:
                    top = np.argsort(-problem.cov.reach[:, 0], kind="stable")[:PAIR_POOL]
                    for a, b in itertools.combinations(top.tolist(), 2):
                        ta = pop.unique_reach([rows[a]], seg)
                        tb = pop.unique_reach([rows[b]], seg)
                        both = ta + tb - pop.unique_reach([rows[a], rows[b]], seg)
                        small = min(ta, tb)
                        if small <= 0 or both < 0.05 * small:   # pairs that overlap
                            continue
                        for name, c in (("pair_err_sketch", cov), ("pair_err_model",
                                                                   problem.cov)):
                            ea = float(c.unique_reach([a])[0])
                            eb = float(c.unique_reach([b])[0])
                            est_both = ea + eb - float(c.unique_reach([a, b])[0])
                            stats.setdefault(name, []).append(abs(est_both - both) / small)
    return out


def summary(stats: dict[str, list[float]]) -> dict[str, float]:
    gain = np.array(stats["true_with"]) / np.maximum(np.array(stats["true_without"]), 1e-9)
    return {
        "plans": len(stats["true_with"]),
        "reach_sketch": statistics.median(np.abs(stats["reach_err_sketch"])),
        "reach_model": statistics.median(np.abs(stats["reach_err_model"])),
        "bias_sketch": statistics.median(stats["reach_err_sketch"]),
        "bias_model": statistics.median(stats["reach_err_model"]),
        "share_sketch": statistics.median(np.abs(stats["share_err_sketch"])),
        "share_model": statistics.median(np.abs(stats["share_err_model"])),
        "pair_sketch": statistics.median(stats["pair_err_sketch"]),
        "pair_model": statistics.median(stats["pair_err_model"]),
        "people_err": statistics.median(stats["people_err"]),
        "bound_holds": float(np.mean(stats["bound_holds"])),
        "range_holds": float(np.mean(stats["range_holds"])),
        "range_holds_model": float(np.mean(stats["range_holds_model"])),
        "with_over_without": float(np.median(gain)),
        "kb": statistics.median(stats["bytes"]) / 1000,
    }


def table(rows: list[tuple[str, int, dict[str, float]]]) -> None:
    print("| seed | lg_k | plans | reach err sketch (bias) | reach err model (bias) | overlap "
          "share err sketch | overlap share err model | pair err sketch | pair err model | "
          "people err | union bound holds | plan range holds, sketch (model) | true reach with / "
          "without "
          "sketches | sketch kB |")
    print("|---" * 14 + "|")
    for seed, lg_k, s in rows:
        print(f"| {seed} | {lg_k} | {s['plans']:.0f} | {s['reach_sketch']:.1%} "
              f"({s['bias_sketch']:+.1%}) | {s['reach_model']:.1%} ({s['bias_model']:+.1%}) | "
              f"{s['share_sketch']:.1%} | {s['share_model']:.1%} | "
              f"{s['pair_sketch']:.1%} | {s['pair_model']:.1%} | "
              f"{s['people_err']:.2%} | {s['bound_holds']:.0%} | {s['range_holds']:.0%} "
              f"({s['range_holds_model']:.0%}) | "
              f"{s['with_over_without']:.3f} | {s['kb']:.1f} |")
    print("(reach errors: medians of |estimate / truth - 1|, bias the signed median; overlap "
          "share: 1 - unique / summed reaches, error in points; pair: shared members' error "
          f"over the smaller reach, pairs sharing >= 5%; bounds at {BOUND_STD_DEVS} std devs)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[202, 303])
    parser.add_argument("--tune", action="store_true",
                        help="lg_k 10, 12, 14 on the tuning seed 101 (choose by the note's rule)")
    parser.add_argument("--lg-k", type=int, default=RECOMMENDED_LG_K)
    parser.add_argument("--creators", type=int, default=2000)
    parser.add_argument("--segments", type=int, default=4)
    parser.add_argument("--scale", type=float, default=10.0,
                        help="the population is realised at 1 in this many people")
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args(argv)
    encoder = Encoder()
    seeds, lg_ks = ([101], [10, 12, 14]) if args.tune else (args.seeds, [args.lg_k])
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for seed in seeds:
            workdir = (args.workdir or Path(tmp)) / f"seed-{seed}"
            workdir.mkdir(parents=True, exist_ok=True)
            for lg_k, stats in run_seed(seed, lg_ks, args, encoder, workdir).items():
                rows.append((seed, lg_k, summary(stats)))
    table(rows)


if __name__ == "__main__":
    main()
