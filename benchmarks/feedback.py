"""Campaign results fed back into the next plan, measured on a world's hidden conversion truth.

    python benchmarks/feedback.py [--seeds 22 23 24] [--creators 4000] [--segments 8]

For each seed, a world (``matcher.simulate``) and its first ``--segments`` segments; for each
segment a hidden conversion propensity per creator (``matcher/simulate/conversions.py``) and
a pool: the service's top ``--pool`` creators by estimated reach that have a price. Every
round books ``--n`` creators (one post each) within a budget of ``--n`` x the pool's median
price, by four policies:

* oracle: the best true conversions per dollar (the truth the others cannot see);
* learning: rounds 1-2 are pilots chosen by Thompson sampling over the posterior (which
  tested creators they book again and how they fill the other slots, by draws, means or
  knowledge gradients: ``--pilot-retests`` and ``--pilot-explore``, the settings'
  choices), rounds 3+ the best posterior mean conversions per dollar; every round's
  simulated results are fed back before the next;
* no learning: the best estimated reach per dollar (the prediction without results; the
  same plan each round); with ``--avg-views``, the best segment members a post per dollar
  as the service predicts them without results (reported average views x share);
* fit: the top ``--n`` of the default shortlist (rank_by=fit), what a planner reads today.

Each segment runs ``--replicates`` times, each with its own campaign noise and Thompson
draws. Reported per round: the true conversions per dollar of each plan (mean over runs), the
ratio of learning to no learning (of the means, and the geometric mean of the per-run ratios),
the learning policy's cumulative regret against the oracle, and the coverage of 80%
predictive intervals: of each booked creator's conversions, predicted before the round's
results were seen (given the post's impressions), across rounds 2+. Seed 21 was used to set
the model's penalties and the pilot policy, seeds 21 and 101 to choose the feature-effect
penalty (``--beta-sd``); 22, 23 and 24 (8 segments x 3 runs) and 25, 26 and 27 (64 segments x
1 run) are never used for choosing and are reported. ``--dump`` writes every run's figures,
interval coverage and plans for ``benchmarks/feedback_runs.py`` (per-run tables, every
round, bootstrap intervals, several seeds pooled).

``--diagnose`` (tuning seeds only, with ``--rounds 3``) also books round 3 with pieces of
the truth given one at a time: the true views a post, the true rate of the tested creators,
the feature effects the truth implies, the oracle among the tested, and so on
(``round3_pieces``), to show where the missing gain is; ``feedback_runs.py`` tables them.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from matcher.config import Settings  # noqa: E402
from matcher.embedding.encoder import Encoder  # noqa: E402
from matcher.feedback import model as performance_model  # noqa: E402
from matcher.feedback.learning import ViewFactors, learn, reported_avg_views  # noqa: E402
from matcher.feedback.model import (  # noqa: E402
    PerformanceModel,
    predictive_interval,
)
from matcher.feedback.pilots import book, choose_pilot, exploit  # noqa: E402
from matcher.feedback.refine import refine  # noqa: E402
from matcher.simulate import build_world  # noqa: E402
from matcher.simulate.conversions import (  # noqa: E402
    POST_SHAPE,
    campaign_days,
    conversion_truth,
    run_campaign,
)
from matcher.simulate.evaluation import world_matcher, world_segments  # noqa: E402
from matcher.simulate.world import VIEW_RATIO  # noqa: E402
from matcher.store import ResultRow  # noqa: E402

POLICIES = ("oracle", "learning", "no learning", "fit")
PILOT_ROUNDS = 2
# what --dump keeps of a run: its figures, its interval coverage, and the plans as indices
# into its pool (learning's per round, the oracle's and no learning's)
DUMPED = ("segment", "replicate", "pool", "per_round", "covered", "total", "covered_tested",
          "total_tested", "seconds", "plans", "oracle_plan", "static_plan", "diagnosis")


# other estimators of the members a post of untested creators that --diagnose books round 3
# by, with main's rates
DIAGNOSED_VIEWS = {
    "one log mean, K10": ViewFactors("platform", 10.0, False, "log"),
    "one log mean, K3": ViewFactors("platform", 3.0, False, "log"),
    "one log mean, pooled": ViewFactors("pooled", 10.0, False, "log"),
    "sums, K3": ViewFactors("platform", 3.0, False, "sums"),
    "sums, K learned": ViewFactors("platform", 10.0, False, "sums", "learned"),
    "one log mean, K learned": ViewFactors("platform", 10.0, False, "log", "learned"),
}


def result_rows(rows: list[dict]) -> list[ResultRow]:
    return [ResultRow(campaign=r["campaign"], creator=r["creator"], segment=r["segment"],
                      date=r["date"], spend=r["spend"], impressions=r["impressions"],
                      clicks=r["clicks"], conversions=r["conversions"], revenue=r["revenue"])
            for r in rows]


def true_feature_effects(x: np.ndarray, log_rate: np.ndarray) -> PerformanceModel:
    """The model the truth implies over a pool: the feature effects of a least-squares fit
    of the true log rate (conversions per estimated segment member) on the features, the
    creator spread of its residuals (a Gamma with the same variance of r), the simulator's
    post-to-post shape."""
    design = np.c_[np.ones(len(x)), x]
    beta, *_ = np.linalg.lstsq(design, log_rate, rcond=None)
    residual_var = float(np.var(log_rate - design @ beta))
    alpha = 1.0 / max(np.expm1(residual_var), 1e-3)
    return PerformanceModel(beta=beta, alpha=float(np.clip(alpha, np.exp(-1.5), np.exp(5.0))),
                            kappa=POST_SHAPE)


def round3_pieces(learned, world, truth, rows: np.ndarray, price: np.ndarray, n: int,
                  budget: float, other_views: dict[str, np.ndarray] | None = None
                  ) -> dict[str, float]:
    """The first shortlist after the pilots, given pieces of the truth one at a time (true
    conversions per dollar of each plan, and of its spend over the budget). ``other_views``:
    members a post by other view estimators (by name), booked with the same rates; for
    each estimator (main's too) the mean log error of members a post, over the tested and
    the untested candidates with a segment share, is kept as "log error: ..." """
    share = np.array([float(r["segment_share"]) for r in learned.records])
    views = world.creators.avg_views[rows].astype(float)
    true_cpp = truth.conversions_per_post[rows]
    true_members = views * share                  # estimated share: the model's unit
    true_rate = true_cpp / np.maximum(true_members, 1e-12)
    tested = np.array([ev.posts > 0 for ev in learned.evidence], dtype=bool)
    observed = np.array([ev.total_conversions / ev.total_members if ev.posts else 0.0
                         for ev in learned.evidence])
    members = learned.members_per_post
    platform_views = np.array([VIEW_RATIO[r["platform"]] * float(r["followers"])
                               for r in learned.records])
    platform_members = platform_views * share     # the views a post the platform implies
    rate = learned.posterior.mean
    # a creator with no true segment members has a true rate of 0: its log is floored at the
    # pool's smallest positive rate, so it cannot dominate the least-squares fit
    floor = float(true_rate[true_rate > 0].min()) if (true_rate > 0).any() else 1e-12
    log_true = np.log(np.maximum(true_rate, floor))
    oracle_model = true_feature_effects(learned.x, log_true)
    oracle_posterior = oracle_model.posterior(learned.x, learned.evidence)
    rate_beta = oracle_posterior.mean
    reach = np.array([float(r["estimated_reach"]) for r in learned.records])
    candidates = np.zeros(len(rows), dtype=bool)
    candidates[np.argsort(-(reach / price), kind="stable")[:3 * n]] = True
    rate_tested = np.where(tested, true_rate, rate)
    expected = {
        "main": rate * members,
        "true views a post": rate * true_members,
        "true views a post for the untested": rate * np.where(tested, members, true_members),
        "true platform view ratio for the untested": rate * np.where(
            tested, members, platform_members),
        "no learning, by views a post (no results)": true_members,
        "observed rate of the tested (no shrinkage)": np.where(tested, observed, rate) * members,
        "true rate of the tested": rate_tested * members,
        "true feature effects": rate_beta * members,
        "true feature effects, no evidence": oracle_posterior.prediction * members,
        "true feature effects + true rate of the tested": np.where(tested, true_rate,
                                                                    rate_beta) * members,
        "... + true views a post": np.where(tested, true_rate, rate_beta) * true_members,
        "oracle among the tested": np.where(tested, true_cpp, np.nan),
        "oracle among the first pilot's candidates": np.where(candidates, true_cpp, np.nan),
        "oracle": true_cpp,
    }
    for name, other in (other_views or {}).items():
        expected[f"views by {name}"] = rate * other
    out: dict[str, float] = {}
    reached = (share > 0) & (true_members > 0)
    for name, estimate in {"main": members, **(other_views or {})}.items():
        error = np.log(np.maximum(estimate, 1e-12) / np.maximum(true_members, 1e-12))
        for kind, which in (("tested", tested), ("untested", ~tested)):
            pick = reached & which
            out[f"log error: {name}, {kind}"] = (float(error[pick].mean()) if pick.any()
                                                 else float("nan"))
    for name, value in expected.items():
        plan = book(value / price, price, n, budget)
        out[name] = truth.conversions_per_dollar(rows[plan])
        out[f"{name}: spend"] = float(price[plan].sum()) / budget
    fitted = np.log(learned.posterior.prediction)
    ideal = np.log(oracle_posterior.prediction)
    out["corr: learned prediction, true rate"] = float(np.corrcoef(fitted, log_true)[0, 1])
    out["corr: true feature effects, true rate"] = float(np.corrcoef(ideal, log_true)[0, 1])
    out["tested"] = float(tested.sum())
    return out


def run_segment(world, matcher, seg, seed: int, args: argparse.Namespace,
                replicate: int = 0) -> dict:
    shortlist = matcher.shortlist(seg.to_yaml_dict(), k=args.pool, rank_by="reach")
    records = [r for r in shortlist.results if r.get("price_usd")]
    by_fit = matcher.shortlist(seg.to_yaml_dict(), k=args.pool, rank_by="fit").results
    row_of = {id_: i for i, id_ in enumerate(world.creators.ids)}
    rows = np.array([row_of[r["id"]] for r in records])
    truth = conversion_truth(world, seg, seed)
    price = truth.price[rows]
    budget = args.n * float(np.median(price))
    rng = np.random.default_rng([seed, 7, replicate])
    days = campaign_days(date(2026, 1, 5), args.rounds)
    oracle = book(truth.conversions_per_post[rows] / price, price, args.n, budget)
    views = ViewFactors(args.view_ratio, args.view_prior_creators, args.avg_views,
                        args.view_ratio_mean, args.view_shrinkage)
    avg_views = reported_avg_views(matcher, records, views)
    reach = np.array([r["estimated_reach"] for r in records], dtype=float)
    if args.avg_views:  # the prediction without results reads the reported views
        static = book(learn(records, [], views=views, avg_views=avg_views).members_per_post
                      / price, price, args.n, budget)
    else:
        static = book(reach / price, price, args.n, budget)
    fit_rows = np.array([row_of[r["id"]] for r in by_fit if r.get("price_usd")][:args.n])
    results: list[ResultRow] = []
    out: dict[str, list[float]] = {p: [] for p in POLICIES}
    plans: list[list[int]] = []
    covered = total = covered_tested = total_tested = 0
    started = time.perf_counter()
    diagnosis: dict[str, float] = {}
    for round_ in range(args.rounds):
        learned = learn(records, results, seed=100 * replicate + round_, views=views,
                        avg_views=avg_views)
        if round_ == PILOT_ROUNDS and args.diagnose:
            other_views = {
                name: learn(records, results, seed=100 * replicate + round_, views=other,
                            avg_views=avg_views).members_per_post
                for name, other in DIAGNOSED_VIEWS.items()}
            diagnosis = round3_pieces(learned, world, truth, rows, price, args.n, budget,
                                      other_views)
        if round_ < PILOT_ROUNDS:
            plan = choose_pilot(learned, args.n, budget, rng, among=args.among,
                                retests=args.pilot_retests, explore=args.pilot_explore)
        else:
            plan = exploit(learned, args.n, budget)
        new = run_campaign(world, truth, rows[plan], rng, days[round_],
                           campaign=f"sim-{seg.id}")
        if round_ > 0:  # predictive intervals from what was known before this round
            impressions = np.array([r["impressions"] for r in new], dtype=float)
            share = np.array([records[i]["segment_share"] for i in plan], dtype=float)
            sub = learned.posterior
            members = np.zeros(len(records))
            members[plan] = impressions * share
            low, high = predictive_interval(learned.model, sub, members, rng)
            observed = np.array([r["conversions"] for r in new])
            inside = (observed >= low[plan]) & (observed <= high[plan])
            tested = np.array([learned.evidence[i].posts > 0 for i in plan], dtype=bool)
            covered += int(inside.sum())
            total += len(plan)
            covered_tested += int(inside[tested].sum())
            total_tested += int(tested.sum())
        results += result_rows(new)
        plans.append([int(i) for i in plan])
        out["oracle"].append(truth.conversions_per_dollar(rows[oracle]))
        out["learning"].append(truth.conversions_per_dollar(rows[plan]))
        out["no learning"].append(truth.conversions_per_dollar(rows[static]))
        out["fit"].append(truth.conversions_per_dollar(fit_rows))
    return {"per_round": out, "covered": covered, "total": total, "results": results,
            "covered_tested": covered_tested, "total_tested": total_tested,
            "seconds": (time.perf_counter() - started) / args.rounds, "pool": len(records),
            "segment": seg.id, "replicate": replicate, "plans": plans,
            "oracle_plan": [int(i) for i in oracle], "static_plan": [int(i) for i in static],
            "diagnosis": diagnosis}


def time_refine(world, matcher, seed: int, args: argparse.Namespace) -> None:
    seg = world_segments(seed, 1)[0]
    results = run_segment(world, matcher, seg, seed, args)["results"]
    segment = seg.to_yaml_dict()
    matcher.shortlist(segment, k=20)  # warm: priors and interest matching cached
    timings: dict[str, list[float]] = {"plain (rank_by=fit)": [], "refined": []}
    for _ in range(5):
        started = time.perf_counter()
        matcher.shortlist(segment, k=20)
        timings["plain (rank_by=fit)"].append(time.perf_counter() - started)
        started = time.perf_counter()
        pool = matcher.shortlist(segment, k=100, rank_by="reach")
        refine(pool, results, "expected_conversions", 20)
        timings["refined"].append(time.perf_counter() - started)
    print(f"\nseed {seed}, segment {seg.id}, {len(results)} result rows from "
          f"{len({r.creator for r in results})} creators; k=20, refined over a pool of 100")
    print("| shortlist | median seconds |\n| --- | --- |")
    for name, values in timings.items():
        print(f"| {name} | {float(np.median(values)):.3f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    defaults = Settings.model_fields
    parser.add_argument("--seeds", type=int, nargs="+", default=[22, 23, 24])
    parser.add_argument("--creators", type=int, default=4000)
    parser.add_argument("--segments", type=int, default=8)
    parser.add_argument("--skip-segments", type=int, default=0,
                        help="leave out the first this many of the --segments (to extend a "
                             "run already made: a run's figures do not depend on the other "
                             "segments)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--n", type=int, default=10)
    parser.add_argument("--pool", type=int, default=300)
    parser.add_argument("--replicates", type=int, default=3,
                        help="runs per segment, each with its own campaign noise and draws")
    parser.add_argument("--among", type=int, default=3,
                        help="pilots draw among this many x n best by posterior mean")
    parser.add_argument("--pilot-retests", nargs="?", const="any",
                        choices=("any", "scale", "none"),
                        default=defaults["pilot_retests"].default,
                        help="which creators with results pilots may book again: any, only "
                             "those whose verdict is scale, or none (default: the setting "
                             "pilot_retests's default; without a value: any)")
    parser.add_argument("--pilot-explore",
                        choices=("thompson", "greedy", "knowledge_gradient",
                                 "knowledge_gradient_shared"),
                        default=defaults["pilot_explore"].default,
                        help="pilots book the best Thompson draws per dollar, the best "
                             "posterior means, or the best knowledge gradients per dollar "
                             "(without or with shared feature effects) (default: the setting "
                             "pilot_explore's default)")
    parser.add_argument("--no-pilot-retests", dest="pilot_retests", action="store_const",
                        const="none", help="the same as --pilot-retests none")
    parser.add_argument("--beta-sd", type=float, default=None,
                        help="the penalty sd of each standardised feature effect (default: "
                             "the model's BETA_SD); for choosing it on tuning seeds")
    parser.add_argument("--view-ratio", choices=("pooled", "platform"),
                        default=defaults["view_ratio_by"].default,
                        help="an untested creator's views a post: the pooled view ratio or "
                             "the pooled ratio x its platform's learned factor (default: the "
                             "setting view_ratio_by's default)")
    parser.add_argument("--view-prior-creators", type=float,
                        default=defaults["view_factor_prior_creators"].default,
                        help="shrinkage of each platform's view factor, in creators "
                             "(default: the setting view_factor_prior_creators's default)")
    parser.add_argument("--view-ratio-mean", choices=("sums", "log"),
                        default=defaults["view_ratio_mean"].default,
                        help="the view ratio and platform factors from sums of impressions "
                             "and real followers and mean log ratios (sums), or from one "
                             "log-normal mean (log) (default: the setting view_ratio_mean's "
                             "default)")
    parser.add_argument("--view-shrinkage", choices=("fixed", "learned"),
                        default=defaults["view_factor_shrinkage"].default,
                        help="the platform factors shrunk by --view-prior-creators (fixed) or "
                             "by the within- over between-platform variance the results show "
                             "(learned) (default: the setting view_factor_shrinkage's default)")
    parser.add_argument("--avg-views", action=argparse.BooleanOptionalAction,
                        default=defaults["views_from_avg_views"].default,
                        help="an untested creator's views a post from its profile's reported "
                             "avg_views where it has them, the no-learning plan too (default: "
                             "the setting views_from_avg_views's default)")
    parser.add_argument("--diagnose", action="store_true",
                        help="also book round 3 (the first shortlist after the pilots) with "
                             "pieces of the truth given one at a time (dumped as each run's "
                             "'diagnosis'; feedback_runs.py tables it); use with --rounds 3 "
                             "on tuning seeds only")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--dump", type=Path, default=None,
                        help="write every run's per-round figures to this JSON file "
                             "(one file per seed: SEED is replaced by the seed)")
    parser.add_argument("--time-refine", action="store_true",
                        help="only time a refined shortlist against a plain one (k=20) after "
                             "the first segment's rounds, on the first seed")
    args = parser.parse_args()
    if args.beta_sd is not None:
        performance_model.BETA_SD = args.beta_sd
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="matcher-feedback-"))
    encoder = Encoder(cache_path=workdir / "cache.sqlite")
    for seed in args.seeds:
        world = build_world(seed, args.creators)
        matcher = world_matcher(world, encoder, workdir)
        if args.time_refine:
            time_refine(world, matcher, seed, args)
            return
        runs = [run_segment(world, matcher, seg, seed, args, replicate)
                for seg in world_segments(seed, args.segments)[args.skip_segments:]
                for replicate in range(args.replicates)]
        if args.dump:
            dump = Path(str(args.dump).replace("SEED", str(seed)))
            dump.write_text(json.dumps(
                [{key: r[key] for key in DUMPED} for r in runs], indent=1))
        print(f"\nseed {seed}: {args.creators} creators, "
              f"{args.segments - args.skip_segments} segments x "
              f"{args.replicates} replicates (campaign noise and Thompson draws), pools of "
              f"{min(r['pool'] for r in runs)}-{max(r['pool'] for r in runs)} priced "
              f"candidates, {args.n} creators a round\n")
        print("| round | oracle | learning | no learning | fit | learning / no learning "
              "(of the means, geometric mean over runs) | learning / oracle "
              "| cumulative regret |")
        print("| --- | --- | --- | --- | --- | --- | --- | --- |")
        regret = 0.0
        for r in range(args.rounds):
            m = {p: float(np.mean([run["per_round"][p][r] for run in runs])) for p in POLICIES}
            ratios = [run["per_round"]["learning"][r] / run["per_round"]["no learning"][r]
                      for run in runs]
            regret += m["oracle"] - m["learning"]
            kind = "pilot" if r < PILOT_ROUNDS else "shortlist"
            print(f"| {r + 1} ({kind}) | {m['oracle'] * 1000:.1f} | {m['learning'] * 1000:.1f} "
                  f"| {m['no learning'] * 1000:.1f} | {m['fit'] * 1000:.1f} "
                  f"| {m['learning'] / m['no learning']:.2f}x, "
                  f"{float(np.exp(np.mean(np.log(ratios)))):.2f}x "
                  f"| {m['learning'] / m['oracle']:.2f} | {regret * 1000:.1f} |")
        covered = sum(r["covered"] for r in runs)
        total = sum(r["total"] for r in runs)
        ct = sum(r["covered_tested"] for r in runs)
        tt = sum(r["total_tested"] for r in runs)
        print("\ntrue conversions per $1,000 (mean over runs); regret: the oracle's minus "
              "learning's, summed over rounds")
        print(f"80% predictive intervals covered {covered}/{total} "
              f"= {covered / max(total, 1):.1%} of held-out post outcomes ({ct}/{tt} = "
              f"{ct / max(tt, 1):.1%} of creators with results, {covered - ct}/{total - tt} = "
              f"{(covered - ct) / max(total - tt, 1):.1%} of creators without); learning and "
              f"planning a round: {np.mean([r['seconds'] for r in runs]):.2f} s")


if __name__ == "__main__":
    main()
