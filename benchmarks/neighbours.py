"""What finding the nearest reported creators costs a snapshot build.

    python benchmarks/neighbours.py [--rows 10000 100000 1000000] [--dim 384]

Creators missing their interest block each find their ``NEIGHBOURS`` nearest among the
reference set of ``REFERENCE_SAMPLE`` reported creators (``matcher/search/neighbours.py``),
once per snapshot build. Random unit vectors stand in for text embeddings: the cost depends on
the counts, not on the values. Prints rows missing interests, seconds, and the table's size.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from matcher.matching.neighbours import NEIGHBOURS, REFERENCE_SAMPLE, as_stored  # noqa: E402
from matcher.search.neighbours import nearest  # noqa: E402


def unit_rows(rng: np.random.Generator, n: int, dim: int) -> np.ndarray:
    rows = rng.standard_normal((n, dim)).astype(np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--dim", type=int, default=384)
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    reference = as_stored(unit_rows(rng, REFERENCE_SAMPLE, args.dim))
    print(f"reference set {REFERENCE_SAMPLE:,} reported creators, {NEIGHBOURS} neighbours each,"
          f" dimension {args.dim}")
    print("| rows missing interests | seconds | table MB |")
    print("| --- | --- | --- |")
    for n in args.rows:
        queries = np.empty((n, args.dim), dtype=np.float32)
        for start in range(0, n, 100_000):
            queries[start:start + 100_000] = unit_rows(rng, min(100_000, n - start), args.dim)
        started = time.perf_counter()
        table = nearest(queries, np.arange(n), reference, NEIGHBOURS)
        seconds = time.perf_counter() - started
        print(f"| {n:,} | {seconds:.1f} | {table.nbytes / 1e6:.0f} |")


if __name__ == "__main__":
    main()
