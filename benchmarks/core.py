"""Core figures on the bundled fixture catalogue.

    python benchmarks/core.py [--queries 200] [--roster fixtures/creators.jsonl.gz]

Prints: index build time cold (empty embedding cache) and warm; shortlist latency in-process
(p50/p99) over N distinct segments, first with their texts unseen and then again with the
segment embeddings cached; recall@50 of the FAISS stage against an exact scan of the same
inner products, and of the whole shortlist against exact scoring of every eligible creator.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from matcher.config import Settings  # noqa: E402
from matcher.embedding.encoder import Encoder  # noqa: E402
from matcher.ingest.readers import read  # noqa: E402
from matcher.matching.filters import allowed_rows  # noqa: E402
from matcher.matching.scoring import resolve_weights, score_rows  # noqa: E402
from matcher.matching.segments import build_targets  # noqa: E402
from matcher.search.snapshots import build_snapshot, load_snapshot  # noqa: E402
from matcher.search.vectors import query_vector  # noqa: E402
from matcher.service import Matcher  # noqa: E402
from matcher.simulate import random_segments  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(np.array(values), q))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--roster", type=Path, default=ROOT / "fixtures" / "creators.jsonl.gz")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="matcher-bench-"))
    profiles = read(args.roster).accepted
    encoder = Encoder(cache_path=work / "cache.sqlite")
    started = time.perf_counter()
    build_snapshot(profiles, encoder, work / "idx")
    cold = time.perf_counter() - started
    started = time.perf_counter()
    build_snapshot(profiles, encoder, work / "idx")
    warm = time.perf_counter() - started

    settings = Settings(index_dir=work / "idx", cache_path=work / "cache.sqlite")
    matcher = Matcher(load_snapshot(work / "idx", encoder), encoder, settings, segments={})
    segments = [s.to_yaml_dict() for s in
                random_segments(np.random.default_rng(args.seed), args.queries)]
    for i, seg in enumerate(segments):
        seg["id"] = f"bench-{i}"
    matcher.shortlist(segments[0], k=50)

    def timed(k: int) -> list[float]:
        out = []
        for seg in segments:
            t0 = time.perf_counter()
            matcher.shortlist(seg, k=k)
            out.append(1000 * (time.perf_counter() - t0))
        return out

    first_pass = timed(20)
    second_pass = timed(20)

    snap = matcher.snapshot
    catalogue = snap.catalogue
    weights = resolve_weights(None)
    stage_recall, final_recall = [], []
    for seg_dict in segments[:50]:
        seg = matcher.resolve_segment(seg_dict)
        # the snapshot's text embeddings: the audience check weighs labels as the service does
        targets = build_targets(seg, catalogue, snap.label_emb, encoder, text_emb=snap.text_emb)
        allowed = allowed_rows(catalogue, targets, seg.filters)
        query = query_vector(targets, snap.layout, weights, catalogue)
        rows, _ = snap.search(query, 50, allowed)
        exact = snap.exact_scores(query)
        if allowed is not None:
            exact = np.where(allowed, exact, -np.inf)
        top = np.argsort(-exact)[:50]
        stage_recall.append(len(set(rows) & set(top)) / max(len(top), 1))
        result = matcher.shortlist(seg, k=50)
        eligible = np.arange(catalogue.size) if allowed is None else np.flatnonzero(allowed)
        scores = score_rows(catalogue, snap.text_emb, targets, eligible, weights)
        best = {catalogue.ids[r] for r in scores.rows[np.argsort(-scores.fit)[:50]]}
        final_recall.append(len(best & {r["id"] for r in result.results}) / len(best))

    print(f"catalogue: {catalogue.size} creators from {args.roster.name}; "
          f"{len(segments)} segments; model {encoder.name}")
    print("| figure | value |")
    print("| --- | --- |")
    print(f"| index build, cold embedding cache | {cold:.1f} s |")
    print(f"| index build, warm embedding cache | {warm:.1f} s |")
    print(f"| shortlist k=20, new segment (text encoded) p50 / p99 | "
          f"{statistics.median(first_pass):.1f} / {percentile(first_pass, 99):.1f} ms |")
    print(f"| shortlist k=20, known segment (embeddings cached) p50 / p99 | "
          f"{statistics.median(second_pass):.1f} / {percentile(second_pass, 99):.1f} ms |")
    print(f"| FAISS stage recall@50 vs exact scan of the same scores | "
          f"{np.mean(stage_recall):.3f} (min {np.min(stage_recall):.3f}) |")
    print(f"| shortlist recall@50 vs exact fit over every eligible creator | "
          f"{np.mean(final_recall):.3f} (min {np.min(final_recall):.3f}) |")


if __name__ == "__main__":
    main()
