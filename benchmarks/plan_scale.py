"""Campaign plans over a million creators: a plan request's time, split by stage.

    python benchmarks/plan_scale.py --out DIR [--reuse] [--plans 28] [--candidates 10000]

Builds (or, with ``--reuse``, keeps) the million-creator snapshot of ``benchmarks/scale.py``
under ``DIR``, then times plans as ``POST /v1/plans`` makes them (``plan_campaign``, in
process, then ``--http`` of them over loopback): each bundled saved segment alone in turn,
``MATCHER_PLAN_CANDIDATES=--candidates`` (so up to twice as many candidates: the best by fit
and the best by estimated reach), a budget worth ``--creators-worth`` creators at the
catalogue's median reported price. Prints p50 / p95 of the whole plan and of its stages, in
wall-clock seconds and in CPU seconds of the process (all its threads; less swayed by other
jobs on the machine), with the load average before and after the timed plans:

- search: the first stage (FAISS) the rankings by fit and by reach share, and the rankings;
- exact fit of the pool: the exact scores of the first stage's creators (``score_rows``);
- candidates: the candidates' figures and audience blocks (``gather`` beyond the above);
- prices, the overlap model (audience groups and coverage), the greedy (``optimise``), the
  certificate, the reach curve, the answer; "other" is the rest (checks and filters).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from matcher.config import Settings  # noqa: E402
from matcher.embedding.encoder import Encoder  # noqa: E402
from matcher.search.snapshots import current_snapshot_dir, load_snapshot  # noqa: E402

KEY = "plan-scale-bench"
STAGES = ("search", "exact fit of the pool", "candidates", "prices", "overlap model", "greedy",
          "certificate", "reach curve", "answer", "other")


def snapshot_dir(work: Path, encoder: Encoder, creators: int, reuse: bool) -> Path:
    kept = current_snapshot_dir(work / "index") if reuse else None
    if kept is not None:
        return kept
    from scale import scaled_snapshot

    return scaled_snapshot(work, encoder, creators, 5000, reuse=False)[0]


class Stopwatch:
    """Inclusive seconds (wall clock and CPU time of the process) per wrapped function,
    summed over the calls of one plan."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.cpu: dict[str, float] = defaultdict(float)
        self.last: dict[str, Any] = {}

    def wrap(self, owner: Any, name: str, label: str) -> None:
        inner: Callable[..., Any] = getattr(owner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            started, cpu = time.perf_counter(), time.process_time()
            try:
                self.last[label] = inner(*args, **kwargs)
                return self.last[label]
            finally:
                self.seconds[label] += time.perf_counter() - started
                self.cpu[label] += time.process_time() - cpu

        setattr(owner, name, timed)


def instrument(watch: Stopwatch) -> None:
    import matcher.planning.plans as plans
    import matcher.service.pipeline as pipeline
    from matcher.service import Matcher

    watch.wrap(pipeline, "score_rows", "exact fit")
    watch.wrap(Matcher, "ranked_figures", "ranked")
    watch.wrap(plans, "gather", "gather")
    watch.wrap(plans, "price_model", "price model")
    watch.wrap(plans, "price", "price")
    watch.wrap(plans, "overlap_model", "overlap model")
    watch.wrap(plans, "optimise", "greedy")
    watch.wrap(plans, "certificate", "certificate")
    watch.wrap(plans, "reach_curve", "reach curve")
    watch.wrap(plans, "_answer", "answer")


def stages(seconds: dict[str, float], total: float) -> dict[str, float]:
    out = {
        "search": seconds["ranked"] - seconds["exact fit"],
        "exact fit of the pool": seconds["exact fit"],
        "candidates": seconds["gather"] - seconds["ranked"],
        "prices": seconds["price model"] + seconds["price"],
        "overlap model": seconds["overlap model"],
        "greedy": seconds["greedy"],
        "certificate": seconds["certificate"],
        "reach curve": seconds["reach curve"],
        "answer": seconds["answer"],
    }
    out["other"] = total - sum(out.values())
    return out


def load_average() -> str:
    """The 1, 5 and 15 minute load averages (other jobs on the machine skew wall clock)."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--creators", type=int, default=1_000_000)
    parser.add_argument("--reuse", action="store_true",
                        help="keep the snapshot already in --out instead of building one")
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument("--plans", type=int, default=28, help="timed plans (>= 20)")
    parser.add_argument("--candidates", type=int, default=10_000)
    parser.add_argument("--creators-worth", type=float, default=50.0)
    parser.add_argument("--http", type=int, default=10, help="plans timed over HTTP (0: none)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    encoder = Encoder(cache_path=args.out / "cache.sqlite")
    directory = snapshot_dir(args.out, encoder, args.creators, args.reuse)
    print(f"snapshot {directory}", file=sys.stderr)
    if args.build_only:
        return

    from matcher.reports import parse_campaign, plan_campaign
    from matcher.service import Matcher

    settings = Settings(index_dir=args.out / "index", cache_path=args.out / "cache.sqlite",
                        segments_dir=ROOT / "fixtures" / "segments",
                        plan_candidates=args.candidates)
    matcher = Matcher(load_snapshot(args.out / "index", encoder), encoder, settings)
    budget = round(args.creators_worth * float(np.nanmedian(matcher.snapshot.catalogue.price)))
    saved = sorted(matcher.segments)
    campaigns = [parse_campaign({"name": f"plan {name}", "segments": [name],
                                 "plan": {"budget": budget}}) for name in saved]
    for campaign in campaigns:  # each segment encoded, matched, filtered; columns made
        for _ in range(2):
            plan_campaign(matcher, campaign).to_json()
    watch = Stopwatch()
    instrument(watch)
    load_before = load_average()
    rows: list[dict[str, float]] = []
    cpu_rows: list[dict[str, float]] = []
    totals, cpu_totals, pools, chosen = [], [], [], []
    for i in range(args.plans):
        watch.seconds.clear()
        watch.cpu.clear()
        started, cpu = time.perf_counter(), time.process_time()
        plan = plan_campaign(matcher, campaigns[i % len(campaigns)])
        plan.to_json()  # as the API answers
        total = time.perf_counter() - started
        cpu_total = time.process_time() - cpu
        totals.append(total)
        cpu_totals.append(cpu_total)
        rows.append(stages(watch.seconds, total))
        cpu_rows.append(stages(watch.cpu, cpu_total))
        pools.append(len(watch.last["gather"]))
        chosen.append(len(plan.to_dict()["creators"]))
    n = matcher.snapshot.catalogue.size
    print(f"{n:,} creators, {len(saved)} bundled saved segments one at a time, "
          f"MATCHER_PLAN_CANDIDATES={args.candidates:,}, budget ${budget:,} "
          f"({args.creators_worth:g} x the median reported price), {args.plans} plans "
          f"after a warm-up, {np.median(pools):,.0f} candidates ({min(pools):,} to "
          f"{max(pools):,}) and {np.median(chosen):.0f} creators chosen (median), "
          f"{os.cpu_count()} cores")
    print(f"load average before / after: {load_before} / {load_average()}")
    print("| stage | p50 (s) | p95 (s) | mean (s) | CPU p50 (s) | CPU p95 (s) |")
    print("| --- | --- | --- | --- | --- | --- |")
    for stage in STAGES:
        values = [row[stage] for row in rows]
        cpu_values = [row[stage] for row in cpu_rows]
        print(f"| {stage} | {np.median(values):.3f} | {np.quantile(values, 0.95):.3f} | "
              f"{np.mean(values):.3f} | {np.median(cpu_values):.3f} | "
              f"{np.quantile(cpu_values, 0.95):.3f} |")
    print(f"| **plan, in process** | **{np.median(totals):.3f}** | "
          f"**{np.quantile(totals, 0.95):.3f}** | {np.mean(totals):.3f} | "
          f"{np.median(cpu_totals):.3f} | {np.quantile(cpu_totals, 0.95):.3f} |")
    del matcher
    if args.http:
        print(http_plans(args, saved, budget))


def http_plans(args: argparse.Namespace, saved: list[str], budget: float) -> str:
    import httpx

    from tests.server import Server

    env = {**os.environ, "MATCHER_CACHE_PATH": str(args.out / "cache.sqlite"),
           "MATCHER_API_KEYS": f"reader:{KEY}", "MATCHER_API_KEYS_FILE": str(args.out / "k.json"),
           "MATCHER_SEGMENTS_DIR": str(ROOT / "fixtures" / "segments"),
           "MATCHER_DATABASE_URL": str(args.out / "unused.sqlite"),
           "MATCHER_PLAN_CANDIDATES": str(args.candidates), "MATCHER_SHORTLIST_SECONDS": "60",
           # one key sends every plan on purpose; load.py measures the quota
           "MATCHER_CLIENT_COMPUTE_SECONDS": "0"}
    server = Server(env, args=("--index", str(args.out / "index"))).start(timeout=300)
    times = []
    try:
        with httpx.Client(base_url=server.base, headers={"Authorization": f"Bearer {KEY}"},
                          timeout=120) as client:
            def post(name: str) -> None:
                client.post("/v1/plans", json={"campaign": {"name": f"plan {name}",
                                                            "segments": [name]},
                                               "budget": budget}).raise_for_status()
            for name in saved:  # warm-up, as in process
                post(name)
                post(name)
            for i in range(args.http):
                started = time.perf_counter()
                post(saved[i % len(saved)])
                times.append(time.perf_counter() - started)
    finally:
        server.stop()
    return (f"over HTTP (one `matcher serve` process, one client, {args.http} plans after a "
            f"warm-up): p50 {np.median(times):.3f} s, p95 {np.quantile(times, 0.95):.3f} s")


if __name__ == "__main__":
    main()
