"""Choose the default fit weights on a calibration world (never on the checking seed).

    python benchmarks/calibrate.py [--seed 101] [--creators 20000] [--segments 25]

Grid-searches the fit weights for the best mean NDCG@50 by true share, and prints the top
settings with their NDCG@50 by true reach when ranking by reach. The defaults in
``matcher/matching/scoring.py`` come from this run; ``matcher eval --seed 11`` then reports
them on a world they were not fitted to.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from matcher.embedding.encoder import Encoder  # noqa: E402
from matcher.simulate import build_world  # noqa: E402
from matcher.simulate.evaluation import evaluate, world_matcher, world_segments  # noqa: E402


def label_agreement(encoder: Encoder, seed: int) -> tuple[float, float]:
    """Precision and recall of the labels matched to each phrase against the hidden mapping."""
    import numpy as np

    from matcher.contracts.profiles import Segment
    from matcher.matching.interests import InterestMatcher
    from matcher.simulate import random_segments
    from matcher.simulate.vocab import INTEREST_LABELS

    labels = list(INTEREST_LABELS)
    matcher = InterestMatcher(labels, encoder.encode(labels), encoder)
    hit = wrong = missed = 0
    for segment in random_segments(np.random.default_rng(seed + 1), 80):
        phrases = list(segment.interests)
        found = matcher.match(Segment(name=segment.name, interests=phrases),
                              encoder.encode(phrases)).phrase_labels(labels, phrases)
        for phrase in phrases:
            got, truth = set(found[phrase]), set(segment.label_map.get(phrase, []))
            hit, wrong, missed = hit + len(got & truth), wrong + len(got - truth), missed + len(
                truth - got)
    return hit / max(hit + wrong, 1), hit / max(hit + missed, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=101)
    parser.add_argument("--creators", type=int, default=20_000)
    parser.add_argument("--segments", type=int, default=25)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="matcher-calibrate-"))
    encoder = Encoder(cache_path=workdir / "cache.sqlite")
    world = build_world(args.seed, args.creators)
    matcher = world_matcher(world, encoder, workdir, log=print)
    segments = world_segments(args.seed, args.segments)

    results = []
    grid = itertools.product((1.0,), (0.0, 0.05, 0.1, 0.2), (0.0, 0.1, 0.2),
                             (0.0, 0.05, 0.1), (0.0, 0.05, 0.1))
    for match, affinity, interest, engagement, credibility in grid:
        weights = {"audience_match": match, "affinity": affinity, "interest": interest,
                   "engagement": engagement, "credibility": credibility}
        report = evaluate(world, segments, matcher, methods=("service rank_by=fit",),
                          weights=weights)
        mean = report.mean("service rank_by=fit")
        results.append((mean["ndcg50_share"], mean["ndcg10_share"], weights))
        print(f"{mean['ndcg50_share']:.4f} {mean['ndcg10_share']:.4f} {weights}", flush=True)
    results.sort(key=lambda r: -r[0])
    print("\nbest by NDCG@50 share (ranking by fit):")
    for ndcg50, ndcg10, weights in results[:10]:
        print(f"  {ndcg50:.4f}  (NDCG@10 {ndcg10:.4f})  {weights}")
    reach = evaluate(world, segments, matcher, methods=("service rank_by=reach",),
                     weights=results[0][2]).mean("service rank_by=reach")
    print(f"ranking by reach with the best weights: NDCG@50 reach {reach['ndcg50_reach']:.4f}")
    precision, recall = label_agreement(encoder, args.seed)
    print(f"interest labels matched to phrases vs the hidden mapping: precision {precision:.2f},"
          f" recall {recall:.2f}")


if __name__ == "__main__":
    main()
