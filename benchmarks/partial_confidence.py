"""Does confidence say how far a partial creator's estimated segment share is from the truth?

    python benchmarks/partial_confidence.py [--seed 101] [--creators 20000] [--segments 25]
        [--partial 0.5] [--exponents 0.5,1,2] [--workdir DIR]

The world of ``benchmarks/partial.py``'s default mode: ``--partial`` of the creators reported
as ranking exports are (a top audience country and nothing else), the rest fully. For each
segment, every partial creator passing its true filters is scored as a shortlist scores it,
and for the old confidence (a missing block counting 1, one estimated from evidence 0.5) and
the new one at each exponent (``scoring.SPREAD_EXPONENT``) the table gives the Spearman
correlation of confidence with the absolute error of the segment share
(|estimated - true|, true the world's exact expectation) and with the relative error
(|estimated - true| / true, creators with a true share above 0), within each segment (the mean
over segments; a segment where the confidence is one constant counts 0) and pooled over every
(segment, creator) pair. Then the coverage of the ranges: the share of those creators whose
true segment share lies in ``segment_share_range``, and per targeted factor whose full report's
factor share (the same world reported in full) lies in the factor's own range.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

import numpy as np
from scipy.stats import spearmanr

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from matcher.embedding.encoder import Encoder  # noqa: E402
from matcher.matching import scoring  # noqa: E402
from matcher.simulate import build_world  # noqa: E402
from matcher.simulate.evaluation import world_matcher, world_segments  # noqa: E402

FACTORS = scoring.SHARE_FACTORS


def scored(matcher, seg, ids: list[str]) -> scoring.Scores:
    """``ids`` scored for ``seg`` as a shortlist scores them (the snapshot's part only)."""
    segment = matcher.resolve_segment(seg.to_yaml_dict())
    targets, _, priors = matcher.prepared(segment)
    part = matcher.view.parts[0]
    row_of = part.catalogue.row_of()
    rows = np.array([row_of[i] for i in ids], dtype=np.int64)
    return scoring.score_rows(part.catalogue, part.text_emb, targets[0], rows,
                              scoring.DEFAULT_WEIGHTS, priors)


def old_confidence(scores: scoring.Scores) -> np.ndarray:
    """Confidence as it was: a missing block counts 1, one estimated from evidence 0.5."""
    est = scores.estimates()
    missing = (~scores.credibility_known).astype(np.float64)
    for factor in scores.shares:
        missing += est.imputed[factor] - 0.5 * est.inferred[factor]
    out = 1.0 - missing / (len(scores.shares) + 1)
    out[scores.segment_share <= 0] = 0.0
    return out


def new_confidence(scores: scoring.Scores, exponent: float) -> np.ndarray:
    saved = scoring.SPREAD_EXPONENT
    scoring.SPREAD_EXPONENT = exponent
    try:
        return scoring.estimates(
            scores.catalogue, scores.rows, list(scores.shares), scores.priors,
            scores.affinity_cosine, scores.credibility_known, scores.segment_share,
            scores.shares, scores.targets, scores.text_emb).confidence
    finally:
        scoring.SPREAD_EXPONENT = saved


def spearman(a: np.ndarray, b: np.ndarray) -> float:
    if len(a) < 3 or np.ptp(a) == 0 or np.ptp(b) == 0:
        return 0.0
    return float(spearmanr(a, b).statistic)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=101)
    parser.add_argument("--creators", type=int, default=20_000)
    parser.add_argument("--segments", type=int, default=25)
    parser.add_argument("--partial", type=float, default=0.5)
    parser.add_argument("--exponents", default="0.5,1,2")
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    exponents = [float(e) for e in args.exponents.split(",")]
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="matcher-partial-confidence-"))
    encoder = Encoder(cache_path=workdir / "cache.sqlite")
    world = build_world(args.seed, args.creators)
    matcher = world_matcher(world, encoder, workdir, partial=args.partial)
    full = world_matcher(world, encoder, workdir, partial=0.0)
    partial = world.partial_rows(args.partial)
    ids = np.array(world.creators.ids)
    methods = ["old (evidence counts half)"] + [f"new, exponent {e:g}" for e in exponents]
    within: dict[tuple[str, str], list[float]] = {}
    pooled: dict[str, list[np.ndarray]] = {m: [] for m in methods}
    errors: dict[str, list[np.ndarray]] = {"abs": [], "rel": [], "true": []}
    covered: dict[str, list[np.ndarray]] = {"segment share": []}
    widths: dict[str, list[np.ndarray]] = {"segment share": []}
    segments = world_segments(args.seed, args.segments)
    for seg in segments:
        rows = np.flatnonzero(partial & world.eligible(seg))
        if len(rows) < 3:
            continue
        members = ids[rows].tolist()
        scores = scored(matcher, seg, members)
        truth = world.true_share(seg)[rows]
        error = np.abs(scores.segment_share - truth)
        relative = np.divide(error, truth, out=np.full(len(rows), np.nan), where=truth > 0)
        confidences = [old_confidence(scores)] + [new_confidence(scores, e) for e in exponents]
        held = truth > 0
        for method, confidence in zip(methods, confidences, strict=True):
            pooled[method].append(confidence)
            within.setdefault((method, "abs"), []).append(spearman(confidence, error))
            within.setdefault((method, "rel"), []).append(
                spearman(confidence[held], relative[held]))
        errors["abs"].append(error)
        errors["rel"].append(relative)
        errors["true"].append(truth)
        low, high = scores.share_range.T
        covered["segment share"].append((low <= truth) & (truth <= high))
        widths["segment share"].append(high - low)
        reported = scored(full, seg, members)
        est = scores.estimates()
        for factor in scores.shares:
            if factor not in reported.shares:
                continue
            flags = est.imputed[factor]
            true_factor = reported.shares[factor][flags]
            covered.setdefault(factor, []).append(
                (est.low[factor][flags] <= true_factor) & (true_factor <= est.high[factor][flags]))
            widths.setdefault(factor, []).append(est.high[factor][flags] - est.low[factor][flags])
        print(f"segment {seg.id}: {len(rows)} partial creators", file=sys.stderr, flush=True)
    all_abs, all_rel = np.concatenate(errors["abs"]), np.concatenate(errors["rel"])
    held = ~np.isnan(all_rel)
    print(f"seed {args.seed}, {args.creators:,} creators, {args.partial:.0%} reported with a top "
          f"audience country only, {len(within[(methods[0], 'abs')])} segments, "
          f"{len(all_abs):,} (segment, partial creator) pairs passing the true filters")
    print("\n| confidence | within segments: rho with abs error | within: rho with rel error "
          "| pooled: rho with abs error | pooled: rho with rel error | mean confidence |")
    print("| --- | --- | --- | --- | --- | --- |")
    for method in methods:
        confidence = np.concatenate(pooled[method])
        print(f"| {method} | {np.mean(within[(method, 'abs')]):.3f} "
              f"| {np.mean(within[(method, 'rel')]):.3f} "
              f"| {spearman(confidence, all_abs):.3f} "
              f"| {spearman(confidence[held], all_rel[held]):.3f} | {confidence.mean():.3f} |")
    print("\n| range | creators (estimated factor) | coverage of the truth | mean width |")
    print("| --- | --- | --- | --- |")
    for name, hits in covered.items():
        flat = np.concatenate(hits) if hits else np.zeros(0, dtype=bool)
        width = np.concatenate(widths[name]) if widths[name] else np.zeros(0)
        if len(flat):
            print(f"| {name} | {len(flat):,} | {flat.mean():.1%} | {width.mean():.4f} |")


if __name__ == "__main__":
    main()
