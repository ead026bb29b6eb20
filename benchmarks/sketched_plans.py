"""Time and memory of a plan whose candidates all carry audience sketches.

The instance is the review's: ``--creators`` candidates, each a sketch of ``--hashes`` random
hashes below theta 0.05, three segments, four audience groups; beside it the same candidates
without sketches. ``--pool P``: the hashes are drawn from P shared ones instead, so the
audiences overlap (P = creators x hashes / 20: a hash is held by about 20 creators). Prints
one table row per phase, and the plans (creators, value, a digest of the order) so that two
versions of the code can be compared. ``--by-hash`` plans with the reference gains
(``SketchedCoverage.gains_by_hash``, linear in the hashes held) instead of the incremental
ones. Usage::

    python benchmarks/sketched_plans.py --creators 400 --hashes 1500
    python benchmarks/sketched_plans.py --creators 400 --hashes 1500 --pool 30000
    python benchmarks/sketched_plans.py --creators 400 --hashes 1500 --max-hashes 200000
"""

from __future__ import annotations

import argparse
import hashlib
import resource
import struct
import time

import datasketches
import numpy as np

from matcher.contracts.sketches import SKETCH_SEED
from matcher.planning.audiences import GroupParams
from matcher.planning.coverage import Coverage
from matcher.planning.optimise import Limits, certificate, optimise
from matcher.planning.sketched import DEFAULT_MAX_HASHES, SketchedCoverage

SEGMENTS = 3


class ByHash(SketchedCoverage):
    """The reference: gains computed hash by hash."""

    def gains(self, miss: np.ndarray, rows: np.ndarray | None = None) -> np.ndarray:
        return self.gains_by_hash(miss, rows)


def instance(n: int, per: int, seed: int, pool: int = 0
             ) -> tuple[list[bytes], np.ndarray, np.ndarray]:
    real = datasketches.update_theta_sketch(lg_k=10, seed=SKETCH_SEED)
    for i in range(20_000):
        real.update(i)
    header = bytearray(real.compact().serialize()[:24])
    theta = int(2**63 * 0.05)
    struct.pack_into("<Q", header, 16, theta)
    rng = np.random.default_rng(seed)
    raws = []
    shared = np.unique(rng.integers(1, theta, pool, dtype=np.int64)) if pool else None
    for _ in range(n):
        hashes = (np.unique(rng.integers(1, theta, per, dtype=np.int64)) if shared is None
                  else np.sort(rng.choice(shared, min(per, len(shared)), replace=False))
                  ).astype("<u8")
        blob = bytearray(header)
        struct.pack_into("<I", blob, 8, len(hashes))
        raws.append(bytes(blob) + hashes.tobytes())
    reach = rng.uniform(20_000, 50_000, (n, SEGMENTS))
    weights = rng.dirichlet(np.full(4, 0.5), n)
    return raws, reach, weights


def each_alone(cov: SketchedCoverage, order: list[int]) -> np.ndarray:
    """What each creator of the plan alone reaches (the answer's ``overlap_with_plan``), as
    ``plans._answer`` computes it (before: the plan without each creator, one by one)."""
    try:
        from matcher.planning.plans import _members_without_each
    except ImportError:
        return np.array([cov.members(cov.miss_of(order)) - cov.members(
            cov.miss_of([o for o in order if o != row])) for row in order])
    return cov.members(cov.miss_of(order)) - _members_without_each(cov, order)


def peak_gb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--creators", type=int, default=400)
    parser.add_argument("--hashes", type=int, default=1500)
    parser.add_argument("--max-hashes", type=int, default=DEFAULT_MAX_HASHES)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pool", type=int, default=0,
                        help="draw every sketch's hashes from this many shared ones (overlap)")
    parser.add_argument("--by-hash", action="store_true",
                        help="plan with the reference gains, hash by hash")
    args = parser.parse_args()
    raws, reach, weights = instance(args.creators, args.hashes, args.seed, args.pool)
    base = Coverage.build(reach, weights, np.ones(SEGMENTS), GroupParams())
    rng = np.random.default_rng(args.seed + 1)
    cost = rng.uniform(1, 3, args.creators)
    limits = Limits(float(cost.sum()) / 5)
    platform = np.zeros(args.creators, dtype=int)
    rows = [("phase", "seconds", "peak RSS GB")]
    start = time.perf_counter()
    cov = (ByHash if args.by_hash else SketchedCoverage).build(base, raws, args.max_hashes)
    rows.append((f"build ({cov.holds.nnz:,} hashes held)", time.perf_counter() - start,
                 peak_gb()))
    orders: dict[str, list[int]] = {}
    plans: list[str] = []
    for label, model in (("sketched", cov), ("no sketches", base)):
        start = time.perf_counter()
        run, _ = optimise(model, cost, platform, limits, 8, 5)
        rows.append((f"optimise, {label}", time.perf_counter() - start, peak_gb()))
        orders[label] = run.order
        plans.append(f"plan, {label}: {len(run.order)} creators, value {run.value:,.1f}, "
                     f"order {hashlib.sha256(str(run.order).encode()).hexdigest()[:12]}")
    start = time.perf_counter()
    certificate(cov, cost, limits, orders["sketched"])
    rows.append(("certificate, sketched", time.perf_counter() - start, peak_gb()))
    start = time.perf_counter()
    each_alone(cov, orders["sketched"])
    rows.append(("answer: each creator's overlap, sketched", time.perf_counter() - start,
                 peak_gb()))
    print(f"{args.creators} creators x {args.hashes} hashes, cap {args.max_hashes:,}, "
          f"pool {args.pool or 'none'}{', gains by hash' if args.by_hash else ''}")
    for label, seconds, peak in rows:
        print(f"{label:<40} {seconds:>8}" if isinstance(seconds, str) else
              f"{label:<40} {seconds:>8.2f} {peak:>8.2f}")
    print("\n".join(plans))


if __name__ == "__main__":
    main()
