"""Plans where audiences overlap, with and without audience sketches, on one and two segments.

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/overlap_plans.py --follows-per-person 6
    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/overlap_plans.py      # the default world

For each seed (202 and 303 by default; nothing here is tuned: lg_k is ``RECOMMENDED_LG_K``,
chosen on seed 101 by ``benchmarks/sketches.py --tune``, and the population is realised at 1
in ``--scale`` as there): a world of ``--creators`` creators and its population with
``--follows-per-person`` (6: audiences overlap far more than in the world the overlap model
was calibrated on), the service over the world's provider reports, and

* single-segment campaigns: each of the world's first ``--segments`` segments;
* two-segment campaigns: consecutive pairs of them, a member of the first worth 1.0 and of
  the second ``--second-value`` (0.5),

each at budgets worth 5, 10, 20 and 50 median candidates. Every candidate of every campaign
gets a Theta sketch of its realised followers (``population.follower_ids``,
``follower_sketches``). The plan (the planner's search, ``optimise``, on the overlap model
alone, and with the sketches) is compared in *true* value (sum over segments of value x true
unique segment reach, from the population) with (a) the top creators by fit (the best of
their fits over the campaign's segments) and (b) by estimated value (value-weighted
estimated segment reach), each booked while the budget lasts, and (c) the same search given
the true overlap and true reaches (the population as the coverage function).
"""

from __future__ import annotations

import argparse
import itertools
import operator
import statistics
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from plans import BUDGET_CREATORS, in_order, sim_rows

from matcher.contracts.sketches import RECOMMENDED_LG_K
from matcher.embedding.encoder import Encoder
from matcher.planning.coverage import Coverage
from matcher.planning.optimise import optimise
from matcher.planning.options import PlanOptions
from matcher.planning.plans import Problem, overlap_model, prepare
from matcher.planning.sketched import SketchedCoverage
from matcher.simulate.evaluation import world_matcher, world_segments
from matcher.simulate.population import (
    Population,
    build_population,
    follower_ids,
    follower_sketches,
)
from matcher.simulate.segments import SimSegment
from matcher.simulate.world import build_world


@dataclass
class Case:
    seed: int
    segments: int          # segments of the campaign
    creators_worth: int
    plan: float            # true value of the plan, overlap model alone
    sketched: float        # the same with sketches
    by_fit: float          # (a)
    by_reach: float        # (b)
    true_greedy: float     # (c)
    overlap: float         # 1 - true value of (b) / its creators' true values added up
    seconds: float         # the sketched plan's search
    seconds_model: float   # the model's


def truth_coverage(pop: Population, segs: list[SimSegment], value: np.ndarray,
                   problem: Problem) -> Coverage:
    """The population as a coverage function over the problem's candidates, all segments."""
    follow = pop.follow(sim_rows(problem, np.arange(len(problem.rows))))
    people = np.array([pop.segment_people(seg) for seg in segs])      # (segments, cells)
    keep = (people > 0).any(axis=0)
    universe = people[:, keep]
    q = sp.csr_matrix(np.hstack([follow[:, keep]] * len(segs)))
    reach = np.asarray(follow[:, keep] @ universe.T)
    return Coverage(reach, sp.csr_matrix((len(problem.rows), universe.shape[1])), universe,
                    value, q)


def true_value(pop: Population, segs: list[SimSegment], value: np.ndarray, problem: Problem,
               local: list[int]) -> float:
    rows = sim_rows(problem, local)
    return float(sum(v * pop.unique_reach(rows, seg) for v, seg in zip(value, segs,
                                                                       strict=True)))


def campaigns(segs: list[SimSegment], second: float
              ) -> list[tuple[list[SimSegment], dict[str, float]]]:
    single = [([seg], {seg.id: 1.0}) for seg in segs]
    pairs = [([a, b], {a.id: 1.0, b.id: second}) for a, b in zip(segs[::2], segs[1::2],
                                                                  strict=False)]
    return single + pairs


def run_seed(seed: int, args: argparse.Namespace, encoder: Encoder, workdir: Path
             ) -> list[Case]:
    world = build_world(seed, args.creators)
    pop = build_population(world, args.follows_per_person)
    matcher = world_matcher(world, encoder, workdir)
    settings = matcher.settings
    sketch_of: dict[int, bytes] = {}
    cases = []
    for segs, values in campaigns(world_segments(seed, args.segments), args.second_value):
        segments = [matcher.resolve_segment(seg.to_yaml_dict()) for seg in segs]
        probe = prepare(matcher, segments, PlanOptions(budget=1e9, values=values))
        unit = float(np.median(probe.cost))
        for worth in BUDGET_CREATORS:
            problem = prepare(matcher, segments, PlanOptions(budget=round(unit * worth, 2),
                                                             values=values))
            rows = sim_rows(problem, np.arange(len(problem.rows))).tolist()
            missing = [r for r in rows if r not in sketch_of]
            if missing:
                ids = follower_ids(pop, missing, seed * 1000 + len(sketch_of), args.scale)
                sketch_of.update(zip(missing, follower_sketches(ids, args.lg_k), strict=True))
            sketches: list[bytes | None] = [None] * len(problem.pool)
            for local, r in enumerate(rows):
                sketches[int(problem.rows[local])] = sketch_of[r]
            pool = replace(problem.pool, sketches=sketches)
            cov = overlap_model(pool, problem.rows, problem.value, problem.params)
            assert isinstance(cov, SketchedCoverage)   # a sketch trimmed to no hash: modelled
            search = (problem.cost, problem.platform, problem.limits,
                      settings.plan_seed_singles, settings.plan_seed_pairs)
            started = time.perf_counter()
            modelled, _ = optimise(problem.cov, *search)
            seconds_model = time.perf_counter() - started
            started = time.perf_counter()
            measured, _ = optimise(cov, *search)
            seconds = time.perf_counter() - started
            truth = truth_coverage(pop, segs, problem.value, problem)
            greedy, _ = optimise(truth, *search)
            budget = problem.limits.budget
            fit = np.nan_to_num(problem.pool.fit[problem.rows], nan=-1.0).max(axis=1)
            estimated = problem.cov.reach @ problem.value
            by_reach = in_order(problem, estimated, budget)
            worth_of = [true_value(pop, segs, problem.value, problem, s)
                        for s in (modelled.order, measured.order, in_order(problem, fit, budget),
                                  by_reach, greedy.order)]
            alone = sum(true_value(pop, segs, problem.value, problem, [i]) for i in by_reach)
            cases.append(Case(seed, len(segs), worth, *worth_of,
                              1.0 - worth_of[3] / alone if alone else 0.0, seconds,
                              seconds_model))
            print(f"seed {seed} segments {'+'.join(s.id for s in segs)} worth {worth}: "
                  f"{len(problem.rows)} candidates ({int(cov.sketched.sum())} sketched), "
                  f"{cov.holds.nnz:,} hashes; plan "
                  f"{worth_of[0]:,.0f} sketched {worth_of[1]:,.0f} (a) {worth_of[2]:,.0f} "
                  f"(b) {worth_of[3]:,.0f} (c) {worth_of[4]:,.0f}; search {seconds_model:.2f} s "
                  f"/ {seconds:.2f} s sketched", flush=True)
    return cases


def table(cases: list[Case]) -> None:
    print("\n| seed | segments | creators' worth | plans | true overlap of (b) | sketches | "
          "plan / true greedy (c), mean (min) | plan / best of (a),(b), mean (min) | plans >= "
          "1.2 x best of (a),(b) | plan / (a) | plan / (b) | (c) / best of (a),(b) | search s "
          "(median) |")
    print("|" + " --- |" * 13)
    key = operator.attrgetter("segments", "seed", "creators_worth")
    for (segments, seed, worth), group in itertools.groupby(sorted(cases, key=key), key=key):
        g = list(group)
        for label, get, secs in (("no", lambda c: c.plan, lambda c: c.seconds_model),
                                 ("yes", lambda c: c.sketched, lambda c: c.seconds)):
            vs_c = [get(c) / c.true_greedy for c in g]
            vs_ab = [get(c) / max(c.by_fit, c.by_reach) for c in g]
            print(f"| {seed} | {segments} | {worth} | {len(g)} "
                  f"| {statistics.mean(c.overlap for c in g):.2f} | {label} "
                  f"| {statistics.mean(vs_c):.3f} ({min(vs_c):.3f}) "
                  f"| {statistics.mean(vs_ab):.3f} ({min(vs_ab):.3f}) "
                  f"| {sum(v >= 1.2 for v in vs_ab)} "
                  f"| {statistics.mean(get(c) / c.by_fit for c in g):.3f} "
                  f"| {statistics.mean(get(c) / c.by_reach for c in g):.3f} "
                  f"| {statistics.mean(c.true_greedy / max(c.by_fit, c.by_reach) for c in g):.3f} "
                  f"| {statistics.median(secs(c) for c in g):.2f} |")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[202, 303])
    parser.add_argument("--creators", type=int, default=3000)
    parser.add_argument("--segments", type=int, default=8)
    parser.add_argument("--second-value", type=float, default=0.5,
                        help="value of a member of a two-segment campaign's second segment")
    parser.add_argument("--follows-per-person", type=float, default=2.0,
                        help="the truth's population: creators a person follows on average")
    parser.add_argument("--lg-k", type=int, default=RECOMMENDED_LG_K)
    parser.add_argument("--scale", type=float, default=10.0,
                        help="the population is realised at 1 in this many people")
    parser.add_argument("--workdir", type=Path,
                        default=Path(tempfile.gettempdir()) / "matcher-bench-plans",
                        help="where the worlds' indexes and the embedding cache are kept")
    args = parser.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    encoder = Encoder(cache_path=args.workdir / "cache.sqlite")
    cases = []
    for seed in args.seeds:
        cases += run_seed(seed, args, encoder, args.workdir)
    print(f"\nfollows per person {args.follows_per_person}, {args.creators} creators, "
          f"lg_k {args.lg_k}, population realised at 1 in {args.scale:g}; values: one "
          f"segment 1.0, two segments 1.0 and {args.second_value}")
    table(cases)


if __name__ == "__main__":
    main()
