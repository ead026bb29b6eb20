"""How much of the gap to the oracle is the independence of age and country.

    python benchmarks/joint_country.py [--seeds 12 11] [--creators 20000] [--segments 25]
        [--vocabularies default social adplatform]

For each seed and vocabulary, NDCG@50 by true share (``rank_by=fit``) and by true reach
(``rank_by=reach``) of: (a) the service on today's reports (marginals only); (b) the same
reports with the joint ``age_country`` block for every creator with an age block (the exact
expectation over its reported countries); (c) the oracle (the hidden phrase -> label map
pinned) on (a)'s reports and (c') on (b)'s; (d) the true marginals (the exact factor shares,
multiplied: independence alone), by share and by reach. A ranking by the true share or reach
itself scores 1 (the ceiling). Each figure over all segments, the segments targeting both age
and countries, and those the vocabulary names as deliberately correlated in age and country.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from matcher.contracts.profiles import AGE_BANDS  # noqa: E402
from matcher.embedding.encoder import Encoder  # noqa: E402
from matcher.simulate import build_world  # noqa: E402
from matcher.simulate.evaluation import evaluate, ndcg, world_matcher, world_segments  # noqa: E402

SERVICE = ("service rank_by=fit", "service rank_by=reach", "oracle rank_by=fit",
           "oracle rank_by=reach")


def named_correlated(vocabulary: str) -> set[str]:
    """The segment ids a vocabulary's source names as deliberately correlated in age and
    country."""
    path = ROOT / "matcher" / "simulate" / f"vocab_{vocabulary}.py"
    if not path.exists():
        return set()
    found = re.search(r"deliberately correlated in (.*?);", path.read_text(), re.S)
    return set(re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)+", found.group(1))) if found else set()


def true_marginals(world, segments) -> dict[str, dict[str, float]]:
    """NDCG@50 of ranking by the product of the exact factor shares, by share and by reach."""
    out: dict[str, dict[str, float]] = {"fit": {}, "reach": {}}
    followers_real = world.creators.followers * world.creators.credibility
    for seg in segments:
        share, reach = world.true_share(seg), world.true_reach(seg)
        pool = np.flatnonzero(world.eligible(seg))
        independent = world.independent_share(seg)
        for kind, key, truth in (("fit", independent, share),
                                 ("reach", followers_real * independent, reach)):
            ranked = pool[np.argsort(-key[pool], kind="stable")[:50]]
            out[kind][seg.id] = ndcg(truth[ranked], truth[pool], 50)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[12, 11])
    parser.add_argument("--creators", type=int, default=20_000)
    parser.add_argument("--segments", type=int, default=25)
    parser.add_argument("--vocabularies", nargs="+", default=["default", "social", "adplatform"])
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="matcher-joint-country-"))
    encoder = Encoder(cache_path=workdir / "cache.sqlite")
    lines = ["| seed | vocabulary | segments | n | (a) fit | (b) fit | (c) oracle fit "
             "| (c') oracle+joint fit | (d) true marginals fit | (a) reach | (b) reach "
             "| (c) oracle reach | (c') oracle+joint reach | (d) true marginals reach |",
             "|" + " --- |" * 14]
    for seed in args.seeds:
        for vocabulary in args.vocabularies:
            world = build_world(seed, args.creators, vocabulary=vocabulary)
            segments = world_segments(seed, args.segments, vocabulary)
            scores = {}
            for label, share in (("marginals", 0.0), ("joint", 1.0)):
                matcher = world_matcher(world, encoder, workdir, joint_age_country=share)
                report = evaluate(world, segments, matcher, methods=SERVICE)
                for method in SERVICE:
                    metric = "ndcg50_reach" if method.endswith("reach") else "ndcg50_share"
                    scores[(label, method)] = {s: v[metric]
                                               for s, v in report.scores[method].items()}
            marginal = true_marginals(world, segments)
            both = {s.id for s in segments
                    if s.countries is not None and set(s.ages) != set(AGE_BANDS)}
            subsets = {"all": {s.id for s in segments}, "age and country": both,
                       "named correlated": named_correlated(vocabulary)}
            for subset, ids in subsets.items():
                ids = ids & {s.id for s in segments}
                if not ids:
                    continue

                def mean(values: dict[str, float], ids: set[str] = ids) -> str:
                    return f"{np.mean([values[i] for i in ids]):.3f}"
                cells = []
                for kind in ("fit", "reach"):
                    cells += [mean(scores[("marginals", f"service rank_by={kind}")]),
                              mean(scores[("joint", f"service rank_by={kind}")]),
                              mean(scores[("marginals", f"oracle rank_by={kind}")]),
                              mean(scores[("joint", f"oracle rank_by={kind}")]),
                              mean(marginal[kind])]
                lines.append(f"| {seed} | {vocabulary} | {subset} | {len(ids)} | "
                             + " | ".join(cells) + " |")
                print(lines[-1], flush=True)
            if subsets["named correlated"]:
                print("  named correlated: " + ", ".join(sorted(subsets["named correlated"])))
            print("  age and country: " + ", ".join(sorted(both)), flush=True)
    print(f"\n{args.creators:,} creators, {args.segments} segments a vocabulary, top 50")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
