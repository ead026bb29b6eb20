"""Campaign plans against the simulator's population truth.

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/plans.py                # report: seeds 202, 303
    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/plans.py --calibrate    # choose: seed 101

For each seed: a world of ``--creators`` creators with its population
(``matcher.simulate.population``), the service over the world's provider reports, and the
world's first ``--segments`` segments. Per segment and budget (the median candidate price
times 5, 10, 20 and 50) the plan (``matcher.planning``) is compared, in *true* unique segment
reach, with (a) the top creators by fit and (b) by estimated reach, each booked in order
while the budget lasts, and (c) the same lazy greedy given the true overlap (the population
itself as the coverage function). Small instances (the 25 candidates of largest estimated
reach, a budget worth 5 of them) add (d) the exact optimum from a HiGHS MILP (the coverage
objective's concave part bounded by tangents, so the MILP value is an upper bound and its
solution's true reach a lower bound). Every method pays the planner's prices (reported, else
estimated). The certificate's claim (the plan reaches at least X of the best, under the
model) is checked against the truth: it is *broken* when the plan's true reach is below X
times a plan known to be feasible. The price model's error is measured on held-out reported
prices (a fifth of them).

``--calibrate`` grids the overlap model's parameters (``GroupParams``) on seed 101 only and
prints the best, and the 10th-90th percentile of truth/model overlap there (``MODEL_ERROR``).
"""

from __future__ import annotations

import argparse
import itertools
import math
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from scipy.optimize import Bounds, LinearConstraint, milp

from matcher.config import Settings
from matcher.embedding.encoder import Encoder
from matcher.planning.audiences import AudienceBlocks, GroupParams, group_weights
from matcher.planning.claims import OVERLAP_BAND, REACH_BAND, guarded_claim
from matcher.planning.coverage import Coverage
from matcher.planning.optimise import Limits, certificate, optimise, reach_curve
from matcher.planning.options import PlanOptions
from matcher.planning.plans import Problem, prepare, solve
from matcher.planning.prices import fit_prices
from matcher.service import Matcher
from matcher.simulate.evaluation import world_matcher, world_segments
from matcher.simulate.population import FOLLOWS_PER_PERSON, Population, build_population
from matcher.simulate.segments import SimSegment
from matcher.simulate.world import World, build_world

BUDGET_CREATORS = (5, 10, 20, 50)
SMALL_POOL, SMALL_CREATORS = 25, 5
TANGENTS = (0.0, -0.02, -0.05, -0.1, -0.2, -0.35, -0.5, -0.75, -1.0, -1.5, -2.0, -3.0, -5.0,
            -8.0)


@dataclass
class Case:
    seed: int
    segment: str
    creators_worth: int
    budget: float
    plan: float
    by_fit: float
    by_reach: float
    true_greedy: float
    claim: float          # the certificate's "at least" under the model
    broken: bool          # the claim exceeds what the truth allows
    broken_allowing: bool  # the same for the claim allowing for the model's error
    overlap: float        # 1 - true unique reach / true reaches added up, top by reach
    truth_cert_ok: bool   # the certificate computed on the truth bounds every true plan
    seconds: float


def sim_rows(problem: Problem, local: list[int] | np.ndarray) -> np.ndarray:
    return np.array([int(problem.pool.ids[int(problem.rows[i])].split("-")[1]) for i in local],
                    dtype=int)


def truth_coverage(pop: Population, seg: SimSegment, problem: Problem) -> Coverage:
    """The population itself as a coverage function over the problem's candidates."""
    rows = sim_rows(problem, np.arange(len(problem.rows)))
    follow = pop.follow(rows)
    people = pop.segment_people(seg)
    keep = people > 0
    q = sp.csr_matrix(follow[:, keep])
    universe = people[keep][None, :]
    return Coverage(np.asarray(q @ universe[0])[:, None], sp.csr_matrix(q.shape), universe,
                    np.ones(1), q)


def in_order(problem: Problem, key: np.ndarray, budget: float) -> list[int]:
    """Candidates by ``key`` descending, each booked while the budget lasts."""
    out, spent = [], 0.0
    for i in np.argsort(-key, kind="stable"):
        if spent + problem.cost[i] <= budget:
            out.append(int(i))
            spent += float(problem.cost[i])
    return out


def true_value(pop: Population, seg: SimSegment, problem: Problem, local: list[int]) -> float:
    return pop.unique_reach(sim_rows(problem, local), seg)


def exact_optimum(truth: Coverage, cost: np.ndarray, budget: float
                  ) -> tuple[list[int], float]:
    """HiGHS on the tangent MILP: the chosen rows and the MILP's value (an upper bound)."""
    n = len(cost)
    q = truth.q.toarray()
    weight = truth.universe[0]
    live = (weight > weight.max() * 1e-9) & (q.max(axis=0) > 0)
    log_miss = np.log(np.clip(1.0 - q[:, live], 1e-12, 1.0))          # (n, cells)
    w = weight[live]
    cells = int(live.sum())
    rows_a, lower, upper = [], [], []
    budget_row = np.concatenate([cost, np.zeros(cells)])
    rows_a.append(sp.csr_matrix(budget_row))
    lower.append(np.array([-np.inf]))
    upper.append(np.array([budget]))
    eye = sp.identity(cells, format="csr")
    for z0 in TANGENTS:
        slope = math.exp(z0)
        block = sp.hstack([sp.csr_matrix(slope * log_miss.T), eye], format="csr")
        rows_a.append(block)
        lower.append(np.full(cells, -np.inf))
        upper.append(np.full(cells, 1.0 - slope * (1.0 - z0)))
    matrix = sp.vstack(rows_a, format="csr")
    result = milp(c=np.concatenate([np.zeros(n), -w]),
                  constraints=LinearConstraint(matrix, np.concatenate(lower),
                                               np.concatenate(upper)),
                  integrality=np.concatenate([np.ones(n), np.zeros(cells)]),
                  bounds=Bounds(np.zeros(n + cells), np.ones(n + cells)),
                  options={"time_limit": 120.0, "mip_rel_gap": 1e-6})
    if result.x is None:
        raise RuntimeError(f"HiGHS found no solution: {result.message}")
    chosen = [i for i in range(n) if result.x[i] > 0.5]
    return chosen, -float(result.fun)


def price_error(world: World, seed: int) -> tuple[float, float, int]:
    """Median absolute and 80th percentile relative error of the price model on a held-out
    fifth of the reported prices."""
    cr = world.creators
    priced = np.flatnonzero(np.isfinite(cr.price_usd))
    rng = np.random.default_rng(seed)
    test = rng.random(len(priced)) < 0.2
    train, held = priced[~test], priced[test]
    model = fit_prices(cr.followers[train], cr.engagement_rate[train], cr.platform[train],
                       cr.price_usd[train])
    assert model is not None
    guess, low, high = model.estimate(cr.followers[held], cr.engagement_rate[held],
                                      cr.platform[held])
    err = np.abs(guess / cr.price_usd[held] - 1.0)
    inside = float(np.mean((cr.price_usd[held] >= low) & (cr.price_usd[held] <= high)))
    return float(np.median(err)), inside, len(held)


def problems(matcher: Matcher, segments: list[SimSegment]
             ) -> list[tuple[SimSegment, int, Problem]]:
    out = []
    for seg in segments:
        segment = matcher.resolve_segment(seg.to_yaml_dict())
        probe = prepare(matcher, [segment], PlanOptions(budget=1e9))
        unit = float(np.median(probe.cost))
        for worth in BUDGET_CREATORS:
            out.append((seg, worth, prepare(matcher, [segment],
                                            PlanOptions(budget=round(unit * worth, 2)))))
    return out


def run_seed(seed: int, args: argparse.Namespace, encoder: Encoder, workdir: Path
             ) -> tuple[list[Case], list[dict[str, float]], tuple[float, float, int]]:
    world = build_world(seed, args.creators)
    pop = build_population(world, args.follows_per_person)
    matcher = world_matcher(world, encoder, workdir)
    settings = matcher.settings
    cases, small = [], []
    for seg, worth, problem in problems(matcher, world_segments(seed, args.segments)):
        started = time.perf_counter()
        plan = solve(problem, settings).to_dict()
        seconds = time.perf_counter() - started
        chosen = [problem.pool.ids.index(c["id"]) for c in plan["creators"]]
        local = [int(np.searchsorted(problem.rows, r)) for r in chosen]
        budget = problem.limits.budget
        fit = np.nan_to_num(problem.pool.fit[problem.rows, 0], nan=-1.0)
        truth = truth_coverage(pop, seg, problem)
        run, _ = optimise(truth, problem.cost, problem.platform, problem.limits,
                          settings.plan_seed_singles, settings.plan_seed_pairs)
        values = {
            "plan": true_value(pop, seg, problem, local),
            "by_fit": true_value(pop, seg, problem, in_order(problem, fit, budget)),
            "by_reach": true_value(pop, seg, problem,
                                   in_order(problem, problem.cov.reach[:, 0], budget)),
            "true_greedy": true_value(pop, seg, problem, run.order)}
        claim = plan["certificate"]["at_least"]
        best_known = max(values.values())
        truth_bound = certificate(truth, problem.cost,
                                  replace(problem.limits, max_creators=None)
                                  if problem.capped else problem.limits, run.order)
        allowing = plan["certificate"]["at_least_allowing_model_error"]
        top = sim_rows(problem, in_order(problem, problem.cov.reach[:, 0], budget))
        alone = sum(pop.unique_reach([r], seg) for r in top)
        cases.append(Case(seed, seg.id, worth, budget, values["plan"], values["by_fit"],
                          values["by_reach"], values["true_greedy"], claim,
                          values["plan"] < claim * best_known - 1e-6,
                          values["plan"] < allowing * best_known - 1e-6,
                          1.0 - values["by_reach"] / alone if alone else 0.0,
                          truth_bound >= best_known - 1e-6, seconds))
        if worth == BUDGET_CREATORS[0]:
            small.append(small_instance(pop, seg, problem, settings))
    return cases, small, price_error(world, seed)


def small_instance(pop: Population, seg: SimSegment, problem: Problem, settings: Settings
                   ) -> dict[str, float]:
    top = np.argsort(-problem.cov.reach[:, 0], kind="stable")[:SMALL_POOL]
    sub_cost = problem.cost[top]
    budget = float(np.median(sub_cost)) * SMALL_CREATORS
    limits = Limits(budget)
    model = problem.cov.subset(top)
    plan, _ = optimise(model, sub_cost, problem.platform[top], limits,
                       settings.plan_seed_singles, settings.plan_seed_pairs)
    claim = plan.value / certificate(model, sub_cost, limits, plan.order)
    sub = Problem(problem.pool, problem.rows[top], problem.priced, sub_cost,
                  problem.platform[top], limits, problem.segments, problem.value,
                  problem.params, model, problem.model, [])
    truth = truth_coverage(pop, seg, sub)
    greedy, _ = optimise(truth, sub_cost, problem.platform[top], limits,
                         settings.plan_seed_singles, settings.plan_seed_pairs)
    best, bound = exact_optimum(truth, sub_cost, budget)
    values = {"plan": true_value(pop, seg, sub, plan.order),
              "true_greedy": true_value(pop, seg, sub, greedy.order),
              "optimum": true_value(pop, seg, sub, best), "milp_bound": bound}
    values["claim"] = claim
    best_known = max(values["optimum"], values["true_greedy"])
    values["broken"] = float(values["plan"] < claim * best_known - 1e-6)
    allowing = guarded_claim(model, sub_cost, limits, plan.order, problem.pool.reach_low[sub.rows],
                             problem.pool.reach_high[sub.rows], claim, REACH_BAND,
                             OVERLAP_BAND).at_least
    values["broken_allowing"] = float(values["plan"] < allowing * best_known - 1e-6)
    return values


def calibrate(args: argparse.Namespace, encoder: Encoder, workdir: Path) -> None:
    seed = args.calibration_seed
    world = build_world(seed, args.creators)
    pop = build_population(world)
    matcher = world_matcher(world, encoder, workdir)
    sets = []
    for seg, _worth, problem in problems(matcher, world_segments(seed, args.segments)):
        plan = solve(problem, matcher.settings).to_dict()
        chosen = [problem.pool.ids.index(c["id"]) for c in plan["creators"]]
        budget = problem.limits.budget
        fit = np.nan_to_num(problem.pool.fit[problem.rows, 0], nan=-1.0)
        for local in ([int(np.searchsorted(problem.rows, r)) for r in chosen],
                      in_order(problem, fit, budget),
                      in_order(problem, problem.cov.reach[:, 0], budget)):
            rows = sim_rows(problem, local)
            true_single = sum(pop.unique_reach([r], seg) for r in rows)
            sets.append((problem, local, pop.unique_reach(rows, seg) / true_single))
    results = []
    for size, temperature, follows in itertools.product((4, 8, 16, 32), (0.05, 0.1, 0.2, 0.4),
                                                        (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)):
        params = GroupParams(size=size, temperature=temperature, follows=follows)
        cache: dict[int, Problem] = {}
        ratios = []
        for problem, local, true_factor in sets:
            tuned = cache.setdefault(id(problem), problem.with_params(params))
            modelled = tuned.cov.unique_reach(local)[0] / tuned.cov.reach[local, 0].sum()
            ratios.append(true_factor / modelled)
        logs = np.log(ratios)
        results.append((float(np.mean(logs ** 2)), params, np.quantile(ratios, [0.1, 0.9])))
    results.sort(key=lambda r: r[0])
    print(f"calibration on seed {seed}: {len(sets)} sets (plans, top by fit, top by reach)")
    print("| size | temperature | follows | mean sq. log error | truth/model p10 | p90 |")
    print("| --- | --- | --- | --- | --- | --- |")
    for err, p, q in results[:8]:
        print(f"| {p.size} | {p.temperature} | {p.follows} | {err:.4f} | {q[0]:.3f} | "
              f"{q[1]:.3f} |")
    no_overlap = np.array([true_factor for _p, _l, true_factor in sets])
    error = float(np.mean(np.log(no_overlap) ** 2))
    print(f"no overlap (unique reach = the sum): error {error:.4f}"
          f", truth/model p10 {np.quantile(no_overlap, 0.1):.3f} "
          f"p90 {np.quantile(no_overlap, 0.9):.3f}")
    default = next((r for r in results if r[1] == GroupParams()), results[0])
    print(f"current defaults {GroupParams()}: error {default[0]:.4f}, "
          f"truth/model p10 {default[2][0]:.3f} p90 {default[2][1]:.3f}")


def report(args: argparse.Namespace, encoder: Encoder, workdir: Path) -> None:
    all_cases, all_small = [], []
    for seed in args.seeds:
        cases, small, (price_err, inside, held) = run_seed(seed, args, encoder, workdir)
        all_cases += cases
        all_small += small
        print(f"\nseed {seed}: price model on {held} held-out reported prices: median "
              f"|estimate/price - 1| {price_err:.3f}, {inside:.0%} inside the 10-90% range")
    print("\n| seed | creators' worth | plans | true overlap of top by reach | plan / true "
          "greedy (c), mean (min) | plan / best of (a),(b), mean (min) | plans >= 1.2 x best "
          "of (a),(b) | plan / top by fit (a) | plan / top by reach (b) | certificate claim "
          "(median) | claims broken | claims allowing model error broken | truth "
          "certificate valid | plan seconds (median) |")
    print("|" + " --- |" * 14)
    ordered = sorted(all_cases, key=lambda c: (c.seed, c.creators_worth))
    for (seed, worth), group in itertools.groupby(ordered,
                                                  key=lambda c: (c.seed, c.creators_worth)):
        g = list(group)
        vs_c = [c.plan / c.true_greedy for c in g]
        vs_ab = [c.plan / max(c.by_fit, c.by_reach) for c in g]
        print(f"| {seed} | {worth} | {len(g)} | {statistics.mean(c.overlap for c in g):.2f} "
              f"| {statistics.mean(vs_c):.3f} ({min(vs_c):.3f}) "
              f"| {statistics.mean(vs_ab):.3f} ({min(vs_ab):.3f}) "
              f"| {sum(v >= 1.2 for v in vs_ab)} "
              f"| {statistics.mean(c.plan / c.by_fit for c in g):.3f} "
              f"| {statistics.mean(c.plan / c.by_reach for c in g):.3f} "
              f"| {statistics.median(c.claim for c in g):.3f} "
              f"| {sum(c.broken for c in g)} | {sum(c.broken_allowing for c in g)} "
              f"| {all(c.truth_cert_ok for c in g)} "
              f"| {statistics.median(c.seconds for c in g):.3f} |")
    print(f"\nsmall instances ({SMALL_POOL} candidates of largest estimated reach, a budget "
          f"worth {SMALL_CREATORS}): exact optimum by HiGHS on the tangent MILP")
    print("| plans | plan / optimum (d), mean (min) | true greedy / optimum | optimum / MILP "
          "bound | certificate claim (median) | claims broken | claims allowing model error "
          "broken |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    vs_d = [s["plan"] / s["optimum"] for s in all_small]
    print(f"| {len(all_small)} "
          f"| {statistics.mean(vs_d):.3f} ({min(vs_d):.3f}) "
          f"| {statistics.mean(s['true_greedy'] / s['optimum'] for s in all_small):.3f} "
          f"| {statistics.mean(s['optimum'] / s['milp_bound'] for s in all_small):.4f} "
          f"| {statistics.median(s['claim'] for s in all_small):.3f} "
          f"| {int(sum(s['broken'] for s in all_small))} "
          f"| {int(sum(s['broken_allowing'] for s in all_small))} |")


def speed(args: argparse.Namespace) -> None:
    """The planner's core (audience groups, coverage model, optimise, certificate, curve) on
    ``--speed-candidates`` candidates of a simulated world, budgets worth 50 creators."""
    world = build_world(7, args.speed_candidates)
    s, cr = world.sample, world.creators
    size = s.size[:, None].astype(float)
    blocks = AudienceBlocks(interest=s.interest / size, country=s.country / size,
                            age=s.age / size, gender=s.gender / size,
                            platform=cr.platform.astype(int))
    segment = world_segments(7, 1)[0]
    reach = world.true_reach(segment)[:, None]
    price = np.where(np.isfinite(cr.price_usd), cr.price_usd,
                     0.08 * cr.followers.astype(float) ** 0.8)
    budget = float(np.median(price)) * 50
    settings = Settings()
    times = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        params = GroupParams()
        cov = Coverage.build(reach, group_weights(blocks.vectors(), params), np.ones(1),
                             params)
        limits = Limits(budget)
        run, _ = optimise(cov, price, cr.platform, limits, settings.plan_seed_singles,
                          settings.plan_seed_pairs)
        certificate(cov, price, limits, run.order)
        reach_curve(cov, price, cr.platform, limits, budget * settings.plan_curve_budget)
        times.append(time.perf_counter() - started)
    print(f"planner core on {args.speed_candidates:,} candidates, budget worth 50 creators "
          f"({len(run.order)} chosen), {args.repeat} runs: p50 {np.median(times):.2f} s, "
          f"p95 {np.quantile(times, 0.95):.2f} s")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[202, 303])
    parser.add_argument("--calibrate", action="store_true")
    parser.add_argument("--calibration-seed", type=int, default=101)
    parser.add_argument("--speed", action="store_true",
                        help="time the planner's core on --speed-candidates candidates")
    parser.add_argument("--speed-candidates", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--creators", type=int, default=3000)
    parser.add_argument("--segments", type=int, default=8)
    parser.add_argument("--follows-per-person", type=float, default=FOLLOWS_PER_PERSON,
                        help="the truth's population: creators a person follows on average "
                             "(more: audiences overlap more); the model is not re-fitted")
    parser.add_argument("--workdir", type=Path,
                        default=Path(tempfile.gettempdir()) / "matcher-bench-plans",
                        help="where the worlds' indexes and the embedding cache are kept")
    args = parser.parse_args(argv)
    if args.speed:
        speed(args)
        return
    args.workdir.mkdir(parents=True, exist_ok=True)
    encoder = Encoder(cache_path=args.workdir / "cache.sqlite")
    if args.calibrate:
        if args.calibration_seed in args.seeds:
            sys.exit("the calibration seed must not be a reported seed")
        calibrate(args, encoder, args.workdir)
    else:
        report(args, encoder, args.workdir)


if __name__ == "__main__":
    main()
