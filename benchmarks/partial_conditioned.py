"""The regression estimate of partial creators' missing blocks, variant by variant.

    python benchmarks/partial_conditioned.py [--seed 101] [--creators 10000]

One world as ``benchmarks/partial.py`` builds it (half the creators reported as ranking
exports report them), one snapshot; for each variant of ``matcher.matching.conditioned`` (the
factors it estimates, its text penalty; ``off`` is the estimates without it) a fresh service
over that snapshot, and NDCG@50 by true share (``rank_by=fit``) and by true reach
(``rank_by=reach``) for the partial creators and the full ones, each kind ranked among itself.
The variants and the rule that judges them are in
docs/design-notes/2026-12-03-partial-conditioned.md.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from partial import FIGURES_HEADER, K, kind_figures  # noqa: E402

from matcher.config import Settings  # noqa: E402
from matcher.embedding.encoder import Encoder  # noqa: E402
from matcher.matching import conditioned  # noqa: E402
from matcher.service import Matcher  # noqa: E402
from matcher.simulate import build_world  # noqa: E402
from matcher.simulate.evaluation import world_matcher, world_segments  # noqa: E402

EVIDENCE = ("country", "language", "interest")
VARIANTS: dict[str, tuple[tuple[str, ...], float]] = {
    "off": ((), conditioned.RIDGE_TEXT),
    "A1": (EVIDENCE, 1.0),               # countries, languages, interests; text penalty 1
    "A10": (EVIDENCE, 10.0),
    "B1": (EVIDENCE + ("age", "gender"), 1.0),   # and ages and genders
    "B10": (EVIDENCE + ("age", "gender"), 10.0),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=101)
    parser.add_argument("--creators", type=int, default=10_000)
    parser.add_argument("--segments", type=int, default=25)
    parser.add_argument("--partial", type=float, default=0.5)
    parser.add_argument("--variants", nargs="*", default=list(VARIANTS))
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="matcher-partial-"))
    encoder = Encoder(cache_path=workdir / "cache.sqlite")
    world = build_world(args.seed, args.creators)
    served = world_matcher(world, encoder, workdir, partial=args.partial)
    segments = world_segments(args.seed, args.segments)
    print(f"seed {args.seed}, {args.creators:,} creators, {args.partial:.0%} reported with a "
          f"top audience country only, {args.segments} segments, NDCG@{K} among each kind")
    print("| variant " + FIGURES_HEADER + " seconds |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name in args.variants:
        conditioned.CONDITIONED_FACTORS, conditioned.RIDGE_TEXT = VARIANTS[name]
        conditioned._DESIGNS.clear()
        matcher = Matcher(served.snapshot, encoder, Settings(
            index_dir=served.settings.index_dir, cache_path=workdir / "cache.sqlite"),
            segments={})
        started = time.perf_counter()
        cells = kind_figures(matcher, world, segments, args.partial)
        print(f"| {name} | " + " | ".join(f"{c:.4f}" for c in cells)
              + f" | {time.perf_counter() - started:.0f} |", flush=True)


if __name__ == "__main__":
    main()
