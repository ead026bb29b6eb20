"""A campaign plan: the creators to book for a budget, their marginal reach, and the bound.

``make_plan`` gathers the candidates of every segment (``candidates.gather``), prices them
(reported, else estimated by ``prices``), applies the constraints of ``PlanOptions``, builds
the overlap model (``audiences`` groups, ``coverage``), runs ``optimise`` and reports the
plan with its certificate and its reach curve. A constraint that cannot be met raises
``InfeasiblePlan`` naming it; a plan is only ever returned whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

import numpy as np
import orjson
import scipy.sparse as sp
from pydantic import BaseModel, Field

from matcher.config import Settings
from matcher.contracts.profiles import Platform, Segment
from matcher.contracts.sketches import BOUND_STD_DEVS
from matcher.errors import InfeasiblePlan
from matcher.matching.catalogue import PLATFORMS
from matcher.planning.audiences import GroupParams, group_weights
from matcher.planning.candidates import Pool, gather, price_model
from matcher.planning.claims import OVERLAP_BAND, REACH_BAND, GuardedClaim, guarded_claim
from matcher.planning.coverage import Coverage, ReachFunction
from matcher.planning.optimise import Limits, certificate, optimise, reach_curve, start_state
from matcher.planning.options import PlanOptions
from matcher.planning.prices import PriceModel
from matcher.planning.sketched import SketchedCoverage, sketched_coverage
from matcher.service import Matcher

#: The modelled unique reach's error against the simulator's truth: 10th and 90th percentile
#: of truth / model over plans on the calibration seed (benchmarks/plans.py --calibrate).
MODEL_ERROR = (0.925, 1.093)

OVERLAP_MODEL = (
    "Unique reach is a coverage function: the candidates are clustered by audience (interest "
    "embedding, countries, age, gender, platform) into groups; a segment's members in a group "
    "number the candidates' reach there over {follows} (the members' average follows of "
    "them), and each creator reaches its share of a group independently of the others. "
    "Parameters chosen on the simulator's population truth (seed 101); the range adds the "
    "creators' segment-share ranges and the model's 10th-90th percentile error there.")


SKETCH_METHOD = (
    "Creators with an audience sketch: the people they reach are the union of their Theta "
    "sketches (trimmed to one theta), each sampled person a segment member with the highest "
    "segment share (estimated segment reach over sketched followers) among the plan's "
    "sketched creators who reach them; a creator without a sketch reaches a person of its "
    "audience groups as the overlap model says. The certificate is exact under this "
    "estimate; the range takes the library's bounds on the union of the plan's sketches "
    f"({BOUND_STD_DEVS} standard deviations).")


class MeasuredOverlap(BaseModel):
    creators: int = Field(description="Creators of the plan whose overlap was measured.")
    people: int = Field(description="The library's estimate of the people the plan's sketched "
                                    "creators reach (union of their sketches).")
    people_bounds: tuple[int, int] = Field(description="The library's bounds on it.")
    bound_std_devs: int
    segment_members: list[int] = Field(description="Per segment: the plan's unique reach "
                                                   "among sketched people.")
    method: str


class PlanCreator(BaseModel):
    order: int = Field(description="Position in the order the plan added the creators.")
    id: str
    handle: str | None = None
    name: str | None = None
    platform: str
    followers: int
    fit: dict[str, float] = Field(description="Fit per segment whose candidates hold it.")
    price_usd: float = Field(description="Price per post used by the plan.")
    price_estimated: bool = Field(description="True when no price is reported and the price "
                                              "model's estimate stands in.")
    price_range: tuple[float, float] | None = Field(
        None, description="The estimate's 10th-90th percentile range (estimated prices only).")
    estimated_reach: dict[str, int] = Field(description="Segment members this creator reaches "
                                                        "alone, per segment.")
    marginal_reach: int = Field(description="Unique segment members (all segments) it adds "
                                            "to the creators before it in the order.")
    marginal_reach_by_segment: dict[str, int]
    overlap_with_plan: int = Field(description="Of its segment members, how many another "
                                               "creator of the plan also reaches.")
    overlap_share: float = Field(description="overlap_with_plan over its reach.")
    cost_per_marginal_thousand: float | None = Field(
        None, description="price_usd / marginal_reach x 1,000; null when it adds nobody.")
    overlap_source: Literal["measured", "modelled"] | None = Field(
        None, description="Present when a candidate carries an audience sketch: 'measured' "
                          "when this creator's overlap with the plan's other sketched creators "
                          "comes from the sketches, 'modelled' when from the overlap model.")


class SegmentReach(BaseModel):
    id: str
    name: str | None = None
    value_per_member: float
    unique_reach: int = Field(description="Segment members the plan reaches, each once.")
    unique_reach_range: tuple[int, int] = Field(
        description="Low and high: the creators' segment-share ranges and the overlap "
                    "model's error on the simulator.")
    total_reach: int = Field(description="The creators' reaches added up (people counted "
                                         "once per creator).")
    expected_frequency: float = Field(description="total_reach / unique_reach: creators of "
                                                  "the plan a reached member follows.")


class Certificate(BaseModel):
    upper_bound: float = Field(description="No plan of the candidates within the budget "
                                           "(holding the must-includes, and no more creators "
                                           "than a max_creators given) is worth more, under "
                                           "the model.")
    at_least: float = Field(description="value / upper_bound: the plan reaches at least this "
                                        "share of the best plan's value, under the model.")
    at_least_allowing_model_error: float = Field(
        description="value_at_low_ends / upper_bound_at_high_ends, at most at_least: the claim "
                    "if every creator's segment reach and the model's overlap are within "
                    "the bands calibrated on the simulator (a calibrated band, not a "
                    "guarantee: see docs/plans.md).")
    value_at_low_ends: float | None = Field(
        None, description="The plan's value with each creator's segment reach at the low "
                          "end of its band and the overlap at the high end of its band.")
    upper_bound_at_high_ends: float | None = Field(
        None, description="No plan within the budget is worth more with every candidate's "
                          "segment reach at the high end of its band and the overlap at the "
                          "low end of its band (nor more than those reaches added up).")
    a_priori: str = Field(description="What the algorithm guarantees before looking.")


class CurvePoint(BaseModel):
    budget: float
    estimated_cost: float = Field(description="Part of budget from estimated prices.")
    unique_reach: int
    value: float


class PlanResponse(BaseModel):
    budget: float
    total_cost: float
    estimated_cost: float = Field(description="Part of total_cost from estimated prices.")
    value: float = Field(description="Sum over segments of value_per_member x unique_reach.")
    segments: list[SegmentReach]
    creators: list[PlanCreator]
    certificate: Certificate
    reach_curve: list[CurvePoint] = Field(
        description="The cost-benefit greedy's plan at each budget up to "
                    "MATCHER_PLAN_CURVE_BUDGET x the budget: cost against unique reach.")
    overlap: dict[str, Any] = Field(description="ids and members[i][j]: modelled members "
                                                "both creators reach (all segments).")
    candidates: int = Field(description="Creators the plan chose from after the filters.")
    greedy_runs: int
    method: str
    price_model: str | None
    overlap_model: str
    measured_overlap: MeasuredOverlap | None = Field(
        None, description="Present when a candidate carries an audience sketch.")
    warnings: list[str]


@dataclass
class Plan:
    body: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return self.body

    def to_json(self) -> bytes:
        return orjson.dumps(self.body)


@dataclass
class Priced:
    cost: np.ndarray
    estimated: np.ndarray
    low: np.ndarray
    high: np.ndarray


def price(pool: Pool, model: PriceModel | None) -> Priced:
    reported = np.isfinite(pool.price) & (pool.price > 0)
    cost = np.where(reported, np.round(pool.price, 2), np.nan)
    low, high = cost.copy(), cost.copy()
    if model is not None and (~reported).any():
        guess, lo, hi = model.estimate(pool.followers, pool.engagement, pool.platform)
        cost = np.where(reported, cost, np.round(guess, 2))
        low = np.where(reported, low, np.round(lo, 2))
        high = np.where(reported, high, np.round(hi, 2))
    return Priced(cost, ~reported & np.isfinite(cost), low, high)


def _limits(options: PlanOptions, budget: float, must: list[int], most: int) -> Limits:
    return Limits(
        budget=budget, min_creators=options.min_creators,
        max_creators=most if options.max_creators is None else options.max_creators,
        platform_max={PLATFORMS.index(p.value): lim.max for p, lim in options.platforms.items()
                      if lim.max is not None},
        platform_min={PLATFORMS.index(p.value): lim.min for p, lim in options.platforms.items()
                      if lim.min},
        must=tuple(must))


@dataclass
class Problem:
    """A plan's inputs after the candidates, prices and constraints are settled."""

    pool: Pool
    rows: np.ndarray          # candidates kept after the filters (rows of ``pool``)
    priced: Priced
    cost: np.ndarray          # (len(rows),)
    platform: np.ndarray      # (len(rows),)
    limits: Limits
    segments: list[Segment]
    value: np.ndarray         # (segments,)
    params: GroupParams
    cov: ReachFunction
    model: PriceModel | None
    warnings: list[str]
    capped: bool = False      # max_creators is MATCHER_PLAN_MAX_CREATORS, not the request's

    def with_params(self, params: GroupParams) -> Problem:
        """The same problem under another overlap model."""
        return replace(self, params=params, cov=overlap_model(self.pool, self.rows,
                                                              self.value, params))


def overlap_model(pool: Pool, rows: np.ndarray, value: np.ndarray, params: GroupParams
                  ) -> ReachFunction:
    """The overlap model over the candidates ``rows``, with measured overlap among those
    that carry an audience sketch (``sketched``)."""
    groups = group_weights(pool.blocks.vectors()[rows], params)
    model = Coverage.build(pool.reach[rows], groups, value, params)
    if pool.sketches is None:
        return model
    return sketched_coverage(model, [pool.sketches[int(r)] for r in rows],
                             pool.max_sketch_hashes)


def prepare(matcher: Matcher, segments: Sequence[Segment], options: PlanOptions,
            weights: dict[str, float] | None = None, params: GroupParams | None = None
            ) -> Problem:
    """Candidates, prices, filters and the overlap model; ``InfeasiblePlan`` naming the
    constraint when they cannot all be met."""
    settings = matcher.settings
    if options.budget is None:
        raise InfeasiblePlan("plan.budget: a plan needs a budget (plan.budget, or --budget)",
                             field="plan.budget")
    budget = float(options.budget)
    ids = [s.id for s in segments]
    twice = sorted({i for i in ids if ids.count(i) > 1})
    if twice:
        raise InfeasiblePlan(f"segments: {', '.join(twice)} given more than once (a plan "
                             "counts each segment's members once; give inline segments "
                             "distinct ids)", field="segments")
    unknown = sorted(set(options.values) - set(ids))
    if unknown:
        raise InfeasiblePlan(f"plan.values: {', '.join(unknown)} not among the campaign's "
                             f"segments ({', '.join(ids)})", field="plan.values")
    if not any(options.values.get(s, 1.0) > 0 for s in ids):
        raise InfeasiblePlan("plan.values: every segment's member is worth 0, so no plan is "
                             "better than none", field="plan.values")
    most = settings.plan_max_creators
    if options.max_creators is not None and options.max_creators > most:
        raise InfeasiblePlan(f"plan.max_creators: {options.max_creators} is above the "
                             f"{most} a plan may book (MATCHER_PLAN_MAX_CREATORS)",
                             field="plan.max_creators")
    for creators, name in ((options.min_creators, "plan.min_creators"),
                           (len(set(options.must_include)), "plan.must_include")):
        if creators > most:
            raise InfeasiblePlan(f"{name}: {creators} creators, above the {most} a plan may "
                                 "book (MATCHER_PLAN_MAX_CREATORS)", field=name)
    per_segment = min(settings.plan_candidates,
                      max(1, settings.plan_max_pool // (2 * len(segments))))
    pool = gather(matcher, segments, weights, per_segment, options.must_include)
    if not len(pool):
        raise InfeasiblePlan("segments: no creator passes the segments' filters, so there is "
                             "nothing to plan", field="segments")
    model = price_model(matcher)
    priced = price(pool, model)
    warnings: list[str] = []
    if per_segment < settings.plan_candidates:
        warnings.append(f"candidates: {per_segment:,} by fit and as many by estimated reach "
                        f"per segment, not MATCHER_PLAN_CANDIDATES ({settings.plan_candidates:,}"
                        f"): {len(segments)} segments share MATCHER_PLAN_MAX_POOL "
                        f"({settings.plan_max_pool:,})")
    strangers = [i for i in dict.fromkeys(options.exclude) if matcher.view.locate(i) is None]
    if strangers:
        warnings.append(f"plan.exclude: {len(strangers)} ids match no creator of the catalogue "
                        f"({', '.join(strangers[:5])}{', ...' if len(strangers) > 5 else ''})")
    keep = _eligible(pool, priced, options, budget, warnings)
    rows = np.flatnonzero(keep)
    must_rows = [pool.ids.index(m) for m in dict.fromkeys(options.must_include)]
    must = [int(np.searchsorted(rows, r)) for r in must_rows]
    cost = priced.cost[rows]
    platform = pool.platform[rows]
    _check(options, budget, cost, platform, [pool.ids[r] for r in rows], must)
    params = params or GroupParams()
    value = np.array([options.values.get(s, 1.0) for s in ids])
    cov = overlap_model(pool, rows, value, params)
    limits = _limits(options, budget, must, most)
    if start_state(cov, cost, platform, limits) is None:
        raise InfeasiblePlan("the must-includes and the creator or platform minimums cannot "
                             f"all be booked within the budget of ${budget:,.2f}",
                             field="plan.min_creators" if options.min_creators else
                             "plan.platforms")
    return Problem(pool, rows, priced, cost, platform, limits, list(segments), value, params,
                   cov, model, warnings, capped=options.max_creators is None)


def solve(problem: Problem, settings: Settings) -> Plan:
    """The plan for a prepared problem, with its certificate and reach curve."""
    cov, cost, platform, limits = problem.cov, problem.cost, problem.platform, problem.limits
    try:
        run, runs = optimise(cov, cost, platform, limits, settings.plan_seed_singles,
                             settings.plan_seed_pairs)
    except ValueError as err:
        raise InfeasiblePlan(f"{err} (budget ${limits.budget:,.2f})",
                             field="plan.platforms") from None
    if not run.order:
        _nobody_reached(cov, cost, limits.budget)
    # MATCHER_PLAN_MAX_CREATORS bounds the search, not the plans the certificate speaks of
    bounded = replace(limits, max_creators=None) if problem.capped else limits
    bound = certificate(cov, cost, bounded, run.order)
    rows = problem.rows
    guarded = guarded_claim(cov, cost, bounded, run.order, problem.pool.reach_low[rows],
                            problem.pool.reach_high[rows], model_claim(run.value, bound),
                            REACH_BAND, OVERLAP_BAND)
    curve = reach_curve(cov, cost, platform, limits, limits.budget * settings.plan_curve_budget)
    return Plan(_answer(problem, run.order, bound, guarded, curve, runs, run.start, settings))


def model_claim(value: float, bound: float) -> float:
    """The plan's share of the best plan's value under the model: value / upper bound."""
    return value / max(bound, value) if bound > 0 else 1.0


def make_plan(matcher: Matcher, segments: Sequence[Segment], options: PlanOptions,
              weights: dict[str, float] | None = None, params: GroupParams | None = None
              ) -> Plan:
    return solve(prepare(matcher, segments, options, weights, params), matcher.settings)


def _nobody_reached(cov: ReachFunction, cost: np.ndarray, budget: float) -> None:
    """Raise ``InfeasiblePlan`` for a plan that books nobody: say why instead of answering
    with an empty plan."""
    reaching = np.flatnonzero(cov.gains(cov.empty_miss()) > 0)
    if not len(reaching):
        raise InfeasiblePlan(f"segments: none of the {len(cov)} candidates reaches a member of "
                             "the segments (under the model), so there is nothing to plan",
                             field="segments")
    cheapest = float(cost[reaching].min())
    raise InfeasiblePlan(f"plan.budget: ${budget:,.2f} buys no candidate that reaches a "
                         f"segment member (the cheapest that does costs ${cheapest:,.2f})",
                         field="plan.budget")


def _eligible(pool: Pool, priced: Priced, options: PlanOptions, budget: float,
              warnings: list[str]) -> np.ndarray:
    keep = np.isfinite(priced.cost)
    unpriced = int((~keep).sum())
    if unpriced:
        warnings.append(f"{unpriced} candidates have no reported price and too few creators "
                        "report one to estimate it: left out")
    steps: list[tuple[str, np.ndarray | None]] = [
        ("plan.reported_prices_only", ~priced.estimated if options.reported_prices_only
         else None),
        ("plan.exclude", ~np.isin(pool.ids, options.exclude)),
        ("plan.min_fit", None if options.min_fit is None else
         np.nanmax(np.where(np.isnan(pool.fit), -1.0, pool.fit), axis=1) >= options.min_fit),
        ("plan.max_budget_share", None if options.max_budget_share is None else
         priced.cost <= options.max_budget_share * budget + 1e-9)]
    for name, passes in steps:
        if passes is None:
            continue
        before = int(keep.sum())
        keep &= passes
        if before and not keep.any():
            raise InfeasiblePlan(f"{name}: none of the {before} candidates left passes it "
                                 f"(budget ${budget:,.2f})", field=name)
    why = {"plan.reported_prices_only": "has no reported price",
           "plan.exclude": "is excluded",
           "plan.min_fit": f"is under min_fit {options.min_fit} (or outside every segment's "
                           "candidates, so its fit is unknown)",
           "plan.max_budget_share": f"costs more than max_budget_share "
                                    f"{options.max_budget_share} of the budget"}
    for creator in options.must_include:
        row = pool.ids.index(creator)
        if keep[row]:
            continue
        if not np.isfinite(priced.cost[row]):
            raise InfeasiblePlan(f"plan.must_include: must-include {creator} has no price",
                                 field="plan.must_include")
        name = next(name for name, passes in steps if passes is not None and not passes[row])
        raise InfeasiblePlan(f"{name}: must-include {creator} {why[name]} "
                             f"(${priced.cost[row]:,.2f})", field=name)
    if not keep.any():
        raise InfeasiblePlan("plan: no candidate has a price", field="plan")
    return keep


def _check(options: PlanOptions, budget: float, cost: np.ndarray, platform: np.ndarray,
           ids: list[str], must: list[int]) -> None:
    cheapest = int(np.argmin(cost))
    if budget < cost[cheapest]:
        raise InfeasiblePlan(f"plan.budget: ${budget:,.2f} is below the cheapest candidate "
                             f"({ids[cheapest]}, ${cost[cheapest]:,.2f})", field="plan.budget")
    must_cost = float(cost[must].sum())
    if must_cost > budget:
        raise InfeasiblePlan(f"plan.must_include: the must-includes cost ${must_cost:,.2f}, over "
                             f"the budget of ${budget:,.2f}", field="plan.must_include")
    for name, limit in options.platforms.items():
        code = PLATFORMS.index(name.value)
        forced = sum(1 for r in must if platform[r] == code)
        if limit.max is not None and forced > limit.max:
            raise InfeasiblePlan(f"plan.platforms.{name.value}.max: {forced} must-includes on "
                                 f"{name.value}, above its max {limit.max}",
                                 field=f"plan.platforms.{name.value}.max")
        available = int((platform == code).sum())
        if limit.min > available:
            raise InfeasiblePlan(f"plan.platforms.{name.value}.min: {limit.min} wanted, "
                                 f"{available} candidates on {name.value}",
                                 field=f"plan.platforms.{name.value}.min")
    if options.min_creators > len(cost):
        raise InfeasiblePlan(f"plan.min_creators: {options.min_creators} wanted, {len(cost)} "
                             "candidates", field="plan.min_creators")
    allowed = 0
    for code in np.unique(platform):
        cap = getattr(options.platforms.get(Platform(PLATFORMS[int(code)])), "max", None)
        available = int((platform == code).sum())
        allowed += available if cap is None else min(cap, available)
    if not allowed:
        raise InfeasiblePlan("plan.platforms: the platform caps (max) allow none of the "
                             f"{len(cost)} candidates", field="plan.platforms")
    if options.min_creators > allowed:
        raise InfeasiblePlan(f"plan.min_creators: {options.min_creators} wanted, the platform "
                             f"caps (max) allow {allowed} of the candidates",
                             field="plan.min_creators")


def _answer(problem: Problem, order: list[int], bound: float, guarded: GuardedClaim,
            curve: list[tuple[float, float, np.ndarray, int]], runs: int, method: str,
            settings: Settings) -> dict[str, Any]:
    pool, rows, priced, cov = problem.pool, problem.rows, problem.priced, problem.cov
    segments, value, model = problem.segments, problem.value, problem.model
    warnings = list(problem.warnings)
    budget = problem.limits.budget
    ids = [s.id for s in segments]
    miss = cov.empty_miss()
    full = cov.miss_of(order)
    without = _members_without_each(cov, order) if isinstance(cov, SketchedCoverage) else None
    creators = []
    for position, local in enumerate(order):
        row = int(rows[local])
        gained = cov.member_gains(miss, local)
        miss = cov.add(miss, local)
        alone = (_reached_only_by(cov, full, order, local) if without is None
                 else cov.members(full) - without[position])
        reach = cov.reach[local]
        overlap = float(np.clip(reach - alone, 0.0, None).sum())
        marginal = float(gained.sum())
        cost = float(priced.cost[row])
        creators.append({
            "order": position + 1, "id": pool.ids[row], "handle": pool.handles[row],
            "name": pool.names[row], "platform": PLATFORMS[int(pool.platform[row])],
            "followers": int(pool.followers[row]),
            "fit": {ids[s]: round(float(f), 4) for s, f in enumerate(pool.fit[row])
                    if np.isfinite(f)},
            "price_usd": cost, "price_estimated": bool(priced.estimated[row]),
            "price_range": ((float(priced.low[row]), float(priced.high[row]))
                            if priced.estimated[row] else None),
            "estimated_reach": {ids[s]: int(round(r)) for s, r in enumerate(reach)},
            "marginal_reach": int(round(marginal)),
            "marginal_reach_by_segment": {ids[s]: int(round(g)) for s, g in enumerate(gained)},
            "overlap_with_plan": int(round(overlap)),
            "overlap_share": round(overlap / float(reach.sum()), 4) if reach.sum() > 0 else 0.0,
            "cost_per_marginal_thousand": (round(cost / marginal * 1000.0, 2)
                                           if marginal >= 0.5 else None),
        })
    unique = cov.members(full)
    if isinstance(cov, SketchedCoverage):
        low, high, measured = _sketched_range(cov, cov.with_reach(pool.reach_low[rows]),
                                              cov.with_reach(pool.reach_high[rows]), order)
        for creator, local in zip(creators, order, strict=True):
            creator["overlap_source"] = "measured" if cov.sketched[local] else "modelled"
    else:
        assert isinstance(cov, Coverage)
        # the plan's own rows only: each creator's shares of its groups do not depend on
        # the other candidates', so these are the same figures as over every candidate
        booked = cov.subset(np.asarray(order, dtype=np.int64))
        plan_rows = range(len(order))
        low = booked.with_reach(pool.reach_low[rows][order]).unique_reach(plan_rows) * (
            MODEL_ERROR[0])
        high = booked.with_reach(pool.reach_high[rows][order]).unique_reach(plan_rows) * (
            MODEL_ERROR[1])
        measured = None
    high = np.minimum(high, pool.reach_high[rows][order].sum(axis=0))
    total = cov.reach[order].sum(axis=0)
    segments_out = [{
        "id": seg.id, "name": seg.name or None, "value_per_member": float(value[s]),
        "unique_reach": int(round(unique[s])),
        "unique_reach_range": (int(round(min(low[s], unique[s]))),
                               int(round(max(high[s], unique[s])))),
        "total_reach": int(round(total[s])),
        "expected_frequency": round(float(total[s] / unique[s]), 3) if unique[s] > 0 else 0.0,
    } for s, seg in enumerate(segments)]
    for s, seg in enumerate(segments):
        if unique[s] < 0.5:
            warnings.append(f"segment {seg.id}: the plan reaches none of its members (its "
                            "candidates are outside the budget or the caps, or reach nobody)")
    plan_value = float(value @ unique)
    spent = float(priced.cost[rows[order]].sum())
    estimated = float(priced.cost[rows[order]][priced.estimated[rows[order]]].sum())
    if estimated:
        warnings.append(f"${estimated:,.2f} of the ${spent:,.2f} rests on estimated prices")
    median_judged = [seg.id for seg in segments if seg.filters.min_credibility is not None
                     and seg.filters.unknown_credibility == "catalogue_median"]
    unreported = int(np.isnan(pool.credibility[rows[order]]).sum())
    if median_judged and unreported:
        warnings.append(f"{unreported} of the {len(order)} creators booked have no reported "
                        "credibility; the min_credibility of segment "
                        f"{', '.join(median_judged)} judges it on the catalogue's median "
                        "(unknown_credibility: catalogue_median, the default)")
    at_least = model_claim(plan_value, bound)
    chosen = list(order)
    pair = _pair_overlap(cov, chosen)
    if problem.capped and len(order) == problem.limits.max_creators:
        warnings.append(f"the plan stopped at {len(order)} creators (MATCHER_PLAN_MAX_CREATORS) "
                        f"with ${budget - spent:,.2f} of the budget unspent; set max_creators "
                        "or a smaller budget (the certificate still bounds every plan within "
                        "the budget)")
    estimated_mask = priced.estimated[rows]
    curve_estimated = np.cumsum([float(problem.cost[r]) if estimated_mask[r] else 0.0
                                 for *_, r in curve]) if curve else np.zeros(0)
    return {
        "budget": budget,
        "total_cost": round(spent, 2),
        "estimated_cost": round(estimated, 2),
        "value": round(plan_value, 2),
        "segments": segments_out,
        "creators": creators,
        "certificate": {
            "upper_bound": round(max(bound, plan_value), 2),
            "at_least": round(at_least, 4),
            "at_least_allowing_model_error": round(min(guarded.at_least, at_least), 4),
            "value_at_low_ends": round(guarded.low_value, 2),
            "upper_bound_at_high_ends": round(guarded.upper_bound, 2),
            "a_priori": "with only a budget, at least (1 - 1/e)/2 of the best plan (the better "
                        "of the cost-benefit and the unit-cost greedy); creator limits and "
                        "platform caps keep the certificate valid but not this factor"},
        "reach_curve": [{"budget": round(c, 2), "estimated_cost": round(float(e), 2),
                         "unique_reach": int(round(float(m.sum()))), "value": round(v, 2)}
                        for (c, v, m, _), e in zip(curve, curve_estimated, strict=True)],
        "overlap": {"ids": [pool.ids[int(rows[i])] for i in chosen],
                    "members": [[int(round(x)) for x in line] for line in pair]},
        "candidates": len(rows),
        "greedy_runs": runs,
        "method": (f"lazy budgeted greedy, best of {runs} runs (cost-benefit, unit-cost, "
                   f"seeds of the {settings.plan_seed_singles} best singles and pairs of the "
                   f"{settings.plan_seed_pairs} best); the plan came from the {method}"),
        "price_model": model.describe() if model is not None else None,
        "overlap_model": OVERLAP_MODEL.format(follows=problem.params.follows),
        **({} if measured is None else {"measured_overlap": measured}),
        "warnings": warnings,
    }


def _members_without_each(cov: ReachFunction, order: list[int]) -> np.ndarray:
    """(len(order), segments): the members the plan ``order`` reaches without each of its
    creators, in n log n adds rather than n²: the state of all but a block of the order is
    split in halves, each half's state adding the other half."""
    out = np.zeros((len(order), len(cov.value)))

    def leave_out(miss: np.ndarray, lo: int, hi: int) -> None:    # miss: all but [lo, hi)
        if hi - lo == 1:
            out[lo] = cov.members(miss)
            return
        mid = (lo + hi) // 2
        left = miss.copy()
        for row in order[mid:hi]:
            cov.add_into(left, row)
        leave_out(left, lo, mid)
        for row in order[lo:mid]:
            cov.add_into(miss, row)
        leave_out(miss, mid, hi)

    if order:
        leave_out(cov.empty_miss(), 0, len(order))
    return out


def _reached_only_by(cov: ReachFunction, full: np.ndarray, order: list[int], row: int
                     ) -> np.ndarray:
    """(segments,) members of the plan ``order`` (``full``: its miss shares) that creator
    ``row`` alone reaches: in each of its groups, its share times the share nobody else
    reaches (``full / (1 - q)``)."""
    if isinstance(cov, SketchedCoverage):
        others = [o for o in order if o != row]
        return cov.members(full) - cov.members(cov.miss_of(others))
    assert isinstance(cov, Coverage)
    q = cov.q
    start, end = q.indptr[row], q.indptr[row + 1]
    cols, share = q.indices[start:end], q.data[start:end]
    if (share >= 1.0 - 1e-12).any():    # the others' miss cannot be divided out
        others = [o for o in order if o != row]
        return cov.members(full) - cov.members(cov.miss_of(others))
    only = np.zeros(cov.universe.size)
    only[cols] = cov.universe.ravel()[cols] * full[cols] * share / (1.0 - share)
    return only.reshape(cov.universe.shape).sum(axis=1)


def _pair_overlap(cov: ReachFunction, chosen: list[int]) -> np.ndarray:
    """Members both creators of each pair reach (all segments): reach_i + reach_j minus the
    pair's unique reach, which for a coverage function is ``sum_k M_k q_ik q_jk`` plus what
    each creator's stated reach exceeds its modelled reach."""
    if not chosen:
        return np.zeros((0, 0))
    if isinstance(cov, SketchedCoverage):
        return _pair_overlap_by_union(cov, chosen)
    assert isinstance(cov, Coverage)
    q = cov.q[chosen]
    universe = cov.universe.ravel()
    both = sp.csr_matrix(q.multiply(universe[None, :])) @ q.T
    both = np.asarray(both.toarray())
    alone = np.asarray(q @ universe).ravel()
    excess = cov.reach[chosen].sum(axis=1) - alone
    pair = np.maximum(both + excess[:, None] + excess[None, :], 0.0)
    np.fill_diagonal(pair, 0.0)
    return pair


def _sketched_range(cov: SketchedCoverage, low_cov: ReachFunction, high_cov: ReachFunction,
                    order: list[int]) -> tuple[np.ndarray, np.ndarray, dict[str, Any]]:
    """The unique reach's range when some of the plan's overlap is measured: the modelled
    part as without sketches, the sketched people within the library's bounds on the union
    of the plan's sketches (times the creators' segment-share ranges); and what was
    measured."""
    assert isinstance(low_cov, SketchedCoverage) and isinstance(high_cov, SketchedCoverage)
    bounds = cov.union_bounds(order)
    estimate, lower, upper = bounds if bounds is not None else (0.0, 0.0, 0.0)
    rel_low = lower / estimate if estimate > 0 else 1.0
    rel_high = upper / estimate if estimate > 0 else 1.0
    low_model, low_sketch = low_cov.parts(low_cov.miss_of(order))
    high_model, high_sketch = high_cov.parts(high_cov.miss_of(order))
    _, sketched = cov.parts(cov.miss_of(order))
    sketched_ids = int(sum(1 for i in order if cov.sketched[i]))
    return (low_model * MODEL_ERROR[0] + low_sketch * rel_low,
            high_model * MODEL_ERROR[1] + high_sketch * rel_high,
            {"creators": sketched_ids,
             "people": int(round(estimate)),
             "people_bounds": (int(round(lower)), int(round(upper))),
             "bound_std_devs": BOUND_STD_DEVS,
             "segment_members": [int(round(x)) for x in sketched],
             "method": SKETCH_METHOD})


def _pair_overlap_by_union(cov: SketchedCoverage, chosen: list[int]) -> np.ndarray:
    """Members both creators of each pair reach (all segments): measured where both carry
    sketches; the same coverage function's pair terms otherwise, plus what each creator's
    stated reach exceeds its reach in the function."""
    return cov.pair_overlap(chosen)
