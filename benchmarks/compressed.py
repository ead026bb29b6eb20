"""Compressed codes for the 100-million plan: IVF-PQ with exact refinement, measured here.

    python benchmarks/compressed.py [--creators 4000000] [--nlist 8192] [--codes pq|sq8]
                                    [--pq 60] [--nprobe 64 128 256] [--refine 10 20 40]

Builds vectors shaped like ours at ``--creators`` (the simulated world tiled and perturbed, as
in ``benchmarks/scale.py``), then an IVF index of compressed codes held in RAM
(``IVF{nlist},PQ{pq}``: ``pq`` bytes a creator; ``--codes sq8``: ``IVF{nlist},SQ8``, one byte
a dimension) and a half-precision copy of every vector in a memory-mapped file (the
refinement store: 2 bytes a dimension, on disk, read only for the candidates). A query takes
``refine x 50`` candidates from the codes and re-ranks them exactly from the file. Prints
recall@50 against an exact scan of the same vectors, single-thread latency, build time and the
bytes a creator costs in RAM and on disk, with what they come to at 100 million.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import faiss
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from scale import scaled_catalogue  # noqa: E402

from matcher.embedding.encoder import Encoder  # noqa: E402
from matcher.ingest.normalise import normalise_profile  # noqa: E402
from matcher.matching.catalogue import build_catalogue  # noqa: E402
from matcher.matching.scoring import resolve_weights  # noqa: E402
from matcher.matching.segments import build_targets, parse_segment  # noqa: E402
from matcher.search.snapshots import profile_text  # noqa: E402
from matcher.search.vectors import balance, fit_layout, profile_vectors, query_vector  # noqa: E402
from matcher.simulate import build_world, random_segments  # noqa: E402

K = 50


def vectors_and_queries(n: int, work: Path) -> tuple[np.ndarray, np.ndarray]:
    encoder = Encoder(cache_path=work / "cache.sqlite")
    world = build_world(seed=3, n_creators=5000)
    profiles = [normalise_profile(r) for r in world.reported_profiles()]
    template = build_catalogue(profiles)
    text = encoder.encode([profile_text(p) for p in profiles])
    label_emb = encoder.encode(template.label_vocab)
    catalogue, emb = scaled_catalogue(template, text, n, seed=5)
    layout = fit_layout(catalogue, emb, label_emb)
    vectors = profile_vectors(catalogue, emb, label_emb, layout)
    layout = balance(layout, vectors)
    segments = [parse_segment(s.to_yaml_dict())
                for s in random_segments(np.random.default_rng(9), 30)]
    queries = []
    for weights in (None, {"affinity": 0.4, "interest": 0.3}):
        resolved = resolve_weights(weights)
        for segment in segments:
            # the text embeddings let the audience check weigh labels as the service does
            targets = build_targets(segment, catalogue, label_emb, encoder, text_emb=emb)
            queries.append(query_vector(targets, layout, resolved, catalogue))
    del emb
    return vectors, np.array(queries, dtype=np.float32)


def exact_top(vectors: np.ndarray, queries: np.ndarray) -> list[set[int]]:
    best = np.full((len(queries), K), -np.inf, dtype=np.float32)
    rows = np.zeros((len(queries), K), dtype=np.int64)
    for start in range(0, len(vectors), 500_000):
        scores = queries @ vectors[start:start + 500_000].T
        top = np.argpartition(-scores, K, axis=1)[:, :K]
        merged = np.concatenate([best, np.take_along_axis(scores, top, axis=1)], axis=1)
        merged_rows = np.concatenate([rows, top + start], axis=1)
        keep = np.argpartition(-merged, K, axis=1)[:, :K]
        best = np.take_along_axis(merged, keep, axis=1)
        rows = np.take_along_axis(merged_rows, keep, axis=1)
    return [set(r.tolist()) for r in rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--creators", type=int, default=4_000_000)
    parser.add_argument("--nlist", type=int, default=8192)
    parser.add_argument("--codes", choices=["pq", "sq8"], default="pq")
    parser.add_argument("--pq", type=int, default=60, help="bytes of PQ code a creator")
    parser.add_argument("--nprobe", type=int, nargs="+", default=[64, 128, 256])
    parser.add_argument("--refine", type=int, nargs="+", default=[10, 20, 40])
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    work = args.out or Path(tempfile.mkdtemp(prefix="matcher-compressed-"))
    work.mkdir(parents=True, exist_ok=True)

    started = time.perf_counter()
    vectors, queries = vectors_and_queries(args.creators, work)
    n, d = vectors.shape
    print(f"{n:,} vectors of dimension {d} in {time.perf_counter() - started:.0f} s",
          file=sys.stderr, flush=True)
    truth = exact_top(vectors, queries)

    store = work / "refine-fp16.npy"
    half = np.lib.format.open_memmap(store, mode="w+", dtype=np.float16, shape=(n, d))
    for start in range(0, n, 500_000):
        half[start:start + 500_000] = vectors[start:start + 500_000]
    half.flush()
    del half

    started = time.perf_counter()
    codes = f"PQ{args.pq}" if args.codes == "pq" else "SQ8"
    index = faiss.index_factory(d, f"IVF{args.nlist},{codes}", faiss.METRIC_INNER_PRODUCT)
    ivf = faiss.extract_index_ivf(index)
    ivf.cp.niter = 10
    rng = np.random.default_rng(0)
    sample = vectors[np.sort(rng.choice(n, size=min(n, args.nlist * 40), replace=False))]
    index.train(sample)
    for start in range(0, n, 200_000):
        index.add(vectors[start:start + 200_000])
    build = time.perf_counter() - started
    del vectors
    faiss.write_index(index, str(work / "index.faiss"))
    index_bytes = (work / "index.faiss").stat().st_size
    refine = np.load(store, mmap_mode="r")

    faiss.omp_set_num_threads(1)
    print(f"{n:,} creators, IVF{args.nlist},{codes} (8-bit codes) + exact refinement "
          f"from half-precision vectors in a memory-mapped file; {len(queries)} queries "
          "(30 segments, default and re-weighted), 1 thread")
    print(f"build (training and adding, encoding excluded): {build:.0f} s")
    print(f"RAM: index {index_bytes / n:.0f} B/creator ({index_bytes / 1e9:.2f} GB); at 100M: "
          f"{index_bytes / n * 1e8 / 1e9:.0f} GB")
    print(f"disk (refinement store): {2 * d} B/creator; at 100M: {2 * d * 1e8 / 1e9:.0f} GB")
    print()
    print("| probes | candidates refined | recall@50 mean (min) | p50 ms | p99 ms |")
    print("| ---: | ---: | --- | ---: | ---: |")
    for nprobe in args.nprobe:
        params = faiss.SearchParametersIVF(nprobe=nprobe)
        for factor in args.refine:
            recalls, latencies = [], []
            for j, query in enumerate(queries):
                t0 = time.perf_counter()
                _, found = index.search(query.reshape(1, -1), K * factor, params=params)
                rows = found[0][found[0] >= 0]
                order = np.sort(rows)
                exact = np.asarray(refine[order], dtype=np.float32) @ query
                best = order[np.argsort(-exact, kind="stable")[:K]]
                latencies.append(1000 * (time.perf_counter() - t0))
                recalls.append(len(set(best.tolist()) & truth[j]) / K)
            print(f"| {nprobe} | {K * factor} | {np.mean(recalls):.3f} ({np.min(recalls):.2f}) "
                  f"| {np.percentile(latencies, 50):.2f} | {np.percentile(latencies, 99):.2f} |",
                  flush=True)


if __name__ == "__main__":
    main()
