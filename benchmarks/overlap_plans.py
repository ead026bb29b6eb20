"""Plans where audiences overlap, with and without audience sketches, on one and two segments.

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/overlap_plans.py --follows-per-person 6
    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/overlap_plans.py      # the default world
    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/overlap_plans.py --follows-per-person 2 6 12 24

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

Several ``--follows-per-person`` share one world, index and set of prepared problems per seed
(the plan on the overlap model alone is then the same plan at every value; only its true
value changes). Each plan's certificate claim (``at_least``) is checked against the truth: it
is broken when the plan's true value is below the claim times the best true value of any of
the methods' plans (all within the budget); the same for the claim allowing for the model's
error (``claims.guarded_claim``). The share of the creators' stated reach that the population
loses to follow probabilities capped at 1 is printed per value. After the table: the rows
whose true overlap of (b) is at least ``--overlap-threshold``, pooled, and every plan in a
band by the true overlap of its own (b) (``--bands``).
"""

from __future__ import annotations

import argparse
import itertools
import json
import operator
import statistics
import tempfile
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from plans import BUDGET_CREATORS, in_order, sim_rows

from matcher.contracts.sketches import RECOMMENDED_LG_K
from matcher.embedding.encoder import Encoder
from matcher.planning.claims import OVERLAP_BAND, REACH_BAND, guarded_claim
from matcher.planning.coverage import Coverage, ReachFunction
from matcher.planning.optimise import certificate, optimise
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
    follows: float         # the population's follows per person
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
    claim: float           # the plan's certificate, at_least, overlap model alone
    claim_sketched: float  # the same with sketches
    allowing: float = float("nan")           # at_least_allowing_model_error, model alone
    allowing_sketched: float = float("nan")  # the same with sketches
    # diagnostics, not the baselines:
    by_true_reach: float = float("nan")   # (b'): top by each creator's true value alone
    b_reach_ratio: float = float("nan")   # (b)'s creators: true value alone / estimated
    overlap_true: float = float("nan")    # the true overlap of (b')

    @property
    def best_known(self) -> float:
        """The best true value of a plan within the budget found by any method."""
        return max(self.plan, self.sketched, self.by_fit, self.by_reach, self.true_greedy)

    def broken(self, sketched: bool, allowing: bool = False) -> bool:
        """The truth breaks the certificate's claim: the plan's true value is below the claim
        times a plan known to be feasible."""
        if sketched:
            value, claim = self.sketched, (self.allowing_sketched if allowing
                                           else self.claim_sketched)
        else:
            value, claim = self.plan, self.allowing if allowing else self.claim
        return value < claim * self.best_known - 1e-6


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


def claim_of(cov: ReachFunction, problem: Problem, order: list[int], value: float) -> float:
    """The planner's ``at_least``: value over the certificate's upper bound."""
    limits = replace(problem.limits, max_creators=None) if problem.capped else problem.limits
    bound = certificate(cov, problem.cost, limits, order)
    return value / max(bound, value) if bound > 0 else 1.0


def allowing_of(cov: ReachFunction, problem: Problem, order: list[int], claim: float) -> float:
    """The planner's ``at_least_allowing_model_error`` (``claims.guarded_claim``)."""
    limits = replace(problem.limits, max_creators=None) if problem.capped else problem.limits
    rows = problem.rows
    return guarded_claim(cov, problem.cost, limits, order, problem.pool.reach_low[rows],
                         problem.pool.reach_high[rows], claim, REACH_BAND,
                         OVERLAP_BAND).at_least


def capped_share(pop: Population, top: float = 1.0) -> float:
    """The share of the creators' stated real reach (followers x credibility) that the cap of
    a follow probability at 1 loses in the population; ``top`` < 1: among that share of the
    creators with the largest stated reach only."""
    cr = pop.world.creators
    stated = cr.followers * cr.credibility
    rows = np.argsort(-stated, kind="stable")[:max(1, round(top * len(stated)))]
    realised = sum(float((pop.follow(chunk) @ pop.people).sum())
                   for chunk in np.array_split(rows, 20) if len(chunk))
    return 1.0 - realised / float(stated[rows].sum())


def run_seed(seed: int, args: argparse.Namespace, encoder: Encoder, workdir: Path
             ) -> list[Case]:
    world = build_world(seed, args.creators)
    pops = {f: build_population(world, f) for f in args.follows_per_person}
    for f, pop in pops.items():
        print(f"seed {seed} follows {f:g}: {capped_share(pop):.4f} of the creators' stated "
              f"real reach lost to follow probabilities capped at 1 ({capped_share(pop, 0.1):.4f}"
              " of the largest tenth's)", flush=True)
    matcher = world_matcher(world, encoder, workdir)
    settings = matcher.settings
    sketch_of: dict[float, dict[int, bytes]] = {f: {} for f in pops}
    cases = []
    for segs, values in campaigns(world_segments(seed, args.segments), args.second_value):
        segments = [matcher.resolve_segment(seg.to_yaml_dict()) for seg in segs]
        probe = prepare(matcher, segments, PlanOptions(budget=1e9, values=values))
        unit = float(np.median(probe.cost))
        for worth in args.worths:
            problem = prepare(matcher, segments, PlanOptions(budget=round(unit * worth, 2),
                                                             values=values))
            search = (problem.cost, problem.platform, problem.limits,
                      settings.plan_seed_singles, settings.plan_seed_pairs)
            started = time.perf_counter()
            modelled, _ = optimise(problem.cov, *search)
            seconds_model = time.perf_counter() - started
            claim = claim_of(problem.cov, problem, modelled.order, modelled.value)
            allowing = allowing_of(problem.cov, problem, modelled.order, claim)
            budget = problem.limits.budget
            fit = np.nan_to_num(problem.pool.fit[problem.rows], nan=-1.0).max(axis=1)
            estimated = problem.cov.reach @ problem.value
            by_fit = in_order(problem, fit, budget)
            by_reach = in_order(problem, estimated, budget)
            rows = sim_rows(problem, np.arange(len(problem.rows))).tolist()
            for follows, pop in pops.items():
                known = sketch_of[follows]
                missing = [r for r in rows if r not in known]
                if missing:
                    ids = follower_ids(pop, missing, seed * 1000 + len(known), args.scale)
                    known.update(zip(missing, follower_sketches(ids, args.lg_k), strict=True))
                sketches: list[bytes | None] = [None] * len(problem.pool)
                for local, r in enumerate(rows):
                    sketches[int(problem.rows[local])] = known[r]
                pool = replace(problem.pool, sketches=sketches)
                cov = overlap_model(pool, problem.rows, problem.value, problem.params)
                assert isinstance(cov, SketchedCoverage)   # a sketch trimmed to no hash: modelled
                started = time.perf_counter()
                measured, _ = optimise(cov, *search)
                seconds = time.perf_counter() - started
                claim_sketched = claim_of(cov, problem, measured.order, measured.value)
                truth = truth_coverage(pop, segs, problem.value, problem)
                greedy, _ = optimise(truth, *search)
                worth_of = [true_value(pop, segs, problem.value, problem, s)
                            for s in (modelled.order, measured.order, by_fit, by_reach,
                                      greedy.order)]
                alone = sum(true_value(pop, segs, problem.value, problem, [i])
                            for i in by_reach)
                true_alone = truth.reach @ problem.value
                by_true = in_order(problem, true_alone, budget)
                value_by_true = true_value(pop, segs, problem.value, problem, by_true)
                sum_by_true = float(true_alone[by_true].sum())
                plan, sketched, a, b, c = worth_of
                case = Case(follows, seed, len(segs), worth, plan, sketched, a, b, c,
                            1.0 - b / alone if alone else 0.0, seconds, seconds_model, claim,
                            claim_sketched, allowing,
                            allowing_of(cov, problem, measured.order, claim_sketched),
                            value_by_true,
                            float(true_alone[by_reach].sum() / estimated[by_reach].sum()),
                            1.0 - value_by_true / sum_by_true if sum_by_true else 0.0)
                cases.append(case)
                print(f"follows {follows:g} seed {seed} segments "
                      f"{'+'.join(s.id for s in segs)} worth {worth}: "
                      f"{len(problem.rows)} candidates ({int(cov.sketched.sum())} sketched), "
                      f"{cov.holds.nnz:,} hashes; overlap of (b) {case.overlap:.2f}; plan "
                      f"{worth_of[0]:,.0f} sketched {worth_of[1]:,.0f} (a) {worth_of[2]:,.0f} "
                      f"(b) {worth_of[3]:,.0f} (c) {worth_of[4]:,.0f}; claims {claim:.3f} / "
                      f"{claim_sketched:.3f}; search {seconds_model:.2f} s / {seconds:.2f} s "
                      "sketched", flush=True)
    return cases


def ratio(values: list[float]) -> str:
    return f"{statistics.mean(values):.3f} ({min(values):.3f})"


def table(cases: list[Case]) -> None:
    print("\n| follows | seed | segments | creators' worth | plans | true overlap of (b) | plan / "
          "(c), no sketches → sketches, mean (min) | plan / best of (a),(b), no sketches → "
          "sketches, mean (min) | (c) / best of (a),(b) | plans >= 1.2 x best of (a),(b): "
          "plan, sketched, (c) | claims broken, no sketches / sketches (allowing model error) "
          "| search s, median, no sketches / sketches |")
    print("|" + " --- |" * 12)
    key = operator.attrgetter("follows", "segments", "seed", "creators_worth")
    for (follows, segments, seed, worth), group in itertools.groupby(sorted(cases, key=key),
                                                                     key=key):
        g = list(group)
        plan_ab, sketched_ab, c_ab = over_best_baseline(g)
        print(f"| {follows:g} | {seed} | {segments} | {worth} | {len(g)} "
              f"| {statistics.mean(c.overlap for c in g):.2f} "
              f"| {ratio([c.plan / c.true_greedy for c in g])} → "
              f"{ratio([c.sketched / c.true_greedy for c in g])} "
              f"| {ratio(plan_ab)} → {ratio(sketched_ab)} | {statistics.mean(c_ab):.3f} "
              f"| {sum(v >= 1.2 for v in plan_ab)}, {sum(v >= 1.2 for v in sketched_ab)}, "
              f"{sum(v >= 1.2 for v in c_ab)} "
              f"| {sum(c.broken(False) for c in g)} / {sum(c.broken(True) for c in g)} "
              f"({sum(c.broken(False, True) for c in g)} / "
              f"{sum(c.broken(True, True) for c in g)}) "
              f"| {statistics.median(c.seconds_model for c in g):.2f} / "
              f"{statistics.median(c.seconds for c in g):.2f} |")


def over_best_baseline(g: list[Case]) -> tuple[list[float], list[float], list[float]]:
    """The plan, the sketched plan and (c), each over the better of (a) and (b), per case."""
    best = [max(c.by_fit, c.by_reach) for c in g]
    return ([c.plan / b for c, b in zip(g, best, strict=True)],
            [c.sketched / b for c, b in zip(g, best, strict=True)],
            [c.true_greedy / b for c, b in zip(g, best, strict=True)])


def pooled(label: str, g: list[Case]) -> str:
    plan_ab, sketched_ab, c_ab = over_best_baseline(g)
    return (f"| {label} | {len(g)} | {statistics.mean(c_ab):.3f} "
            f"| {statistics.mean(plan_ab):.3f} → {statistics.mean(sketched_ab):.3f} "
            f"| {statistics.mean(c.plan / c.true_greedy for c in g):.3f} → "
            f"{statistics.mean(c.sketched / c.true_greedy for c in g):.3f} "
            f"| {sum(v >= 1.2 for v in c_ab) / len(g):.2f} "
            f"| {sum(v >= 1.2 for v in plan_ab) / len(g):.2f} → "
            f"{sum(v >= 1.2 for v in sketched_ab) / len(g):.2f} "
            f"| {sum(c.broken(False) for c in g)} / {sum(c.broken(True) for c in g)} |")


POOLED_HEADER = ("| plans | n | (c) / best of (a),(b), mean | plan / best of (a),(b), mean, no "
                 "sketches → sketches | plan / (c), mean, no sketches → sketches | share of (c) "
                 ">= 1.2 x best | share of plans >= 1.2 x best, no sketches → sketches | claims "
                 "broken, no sketches / sketches |\n" + "|" + " --- |" * 8)


def where_overlap(cases: list[Case], threshold: float, bands: list[float]) -> None:
    """The issue's targets read where audiences overlap: rows (follows, seed, segments,
    budget) whose mean true overlap of (b) is at least ``threshold``, pooled over their plans;
    then every plan in a band by the true overlap of its own (b)."""
    key = operator.attrgetter("follows", "segments", "seed", "creators_worth")
    rows = [list(g) for _, g in itertools.groupby(sorted(cases, key=key), key=key)]
    print(f"\nRows with a mean true overlap of (b) of at least {threshold:g}, by follows and "
          "segments:\n")
    print(POOLED_HEADER)
    picked = [c for g in rows if statistics.mean(c.overlap for c in g) >= threshold for c in g]
    for (follows, segments), g in itertools.groupby(
            sorted(picked, key=operator.attrgetter("follows", "segments")),
            key=operator.attrgetter("follows", "segments")):
        print(pooled(f"follows {follows:g}, {segments} segment(s)", list(g)))
    for segments in sorted({c.segments for c in picked}):
        print(pooled(f"all follows, {segments} segment(s)",
                     [c for c in picked if c.segments == segments]))
    print("\nEvery plan by the true overlap of its own (b):\n")
    print(POOLED_HEADER)
    edges = [-np.inf, *bands, np.inf]
    for segments in sorted({c.segments for c in cases}):
        for low, high in itertools.pairwise(edges):
            band = [c for c in cases if c.segments == segments and low <= c.overlap < high]
            if band:
                name = (f"< {high:g}" if low == -np.inf else f">= {low:g}" if high == np.inf
                        else f"{low:g}-{high:g}")
                print(pooled(f"{segments} segment(s), overlap {name}", band))


def diagnostics(cases: list[Case]) -> None:
    """How much of (c)'s lead over (b) is (b) not knowing the true reaches (capped follow
    probabilities, the estimates' error) and how much is overlap: (b') books by each
    creator's true value alone."""
    print("\n| follows | segments | plans | (b): true / estimated value of its creators alone "
          "| true overlap of (b) | true overlap of (b') | (b') / (b) | (c) / (b) | (c) / (b') |")
    print("|" + " --- |" * 9)
    key = operator.attrgetter("follows", "segments")
    for (follows, segments), group in itertools.groupby(sorted(cases, key=key), key=key):
        g = list(group)
        print(f"| {follows:g} | {segments} | {len(g)} "
              f"| {statistics.mean(c.b_reach_ratio for c in g):.3f} "
              f"| {statistics.mean(c.overlap for c in g):.2f} "
              f"| {statistics.mean(c.overlap_true for c in g):.2f} "
              f"| {statistics.mean(c.by_true_reach / c.by_reach for c in g):.3f} "
              f"| {statistics.mean(c.true_greedy / c.by_reach for c in g):.3f} "
              f"| {statistics.mean(c.true_greedy / c.by_true_reach for c in g):.3f} |")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[202, 303])
    parser.add_argument("--creators", type=int, default=3000)
    parser.add_argument("--segments", type=int, default=8)
    parser.add_argument("--second-value", type=float, default=0.5,
                        help="value of a member of a two-segment campaign's second segment")
    parser.add_argument("--follows-per-person", type=float, nargs="+", default=[2.0],
                        help="the truth's population: creators a person follows on average "
                             "(several: one world, index and set of plans per seed, a "
                             "population and sketches per value)")
    parser.add_argument("--worths", type=int, nargs="+", default=list(BUDGET_CREATORS),
                        help="budgets, in median candidate prices")
    parser.add_argument("--lg-k", type=int, default=RECOMMENDED_LG_K)
    parser.add_argument("--scale", type=float, default=10.0,
                        help="the population is realised at 1 in this many people")
    parser.add_argument("--overlap-threshold", type=float, default=0.25,
                        help="'where audiences overlap': rows whose true overlap of (b) is at "
                             "least this")
    parser.add_argument("--bands", type=float, nargs="+", default=[0.10, 0.25, 0.40, 0.60],
                        help="edges of the bands of true overlap of (b) plans are pooled in")
    parser.add_argument("--json", type=Path, help="also write every case here")
    parser.add_argument("--workdir", type=Path,
                        default=Path(tempfile.gettempdir()) / "matcher-bench-plans",
                        help="where the worlds' indexes and the embedding cache are kept")
    args = parser.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    encoder = Encoder(cache_path=args.workdir / "cache.sqlite")
    cases = []
    for seed in args.seeds:
        cases += run_seed(seed, args, encoder, args.workdir)
        if args.json:
            args.json.write_text(json.dumps([asdict(c) for c in cases], indent=1))
    print(f"\nfollows per person {', '.join(f'{f:g}' for f in args.follows_per_person)}, "
          f"{args.creators} creators, lg_k {args.lg_k}, population realised at 1 in "
          f"{args.scale:g}; values: one segment 1.0, two segments 1.0 and {args.second_value}")
    table(cases)
    where_overlap(cases, args.overlap_threshold, args.bands)
    diagnostics(cases)


if __name__ == "__main__":
    main()
