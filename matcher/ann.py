"""The FAISS index strategy, chosen by catalogue size and filter selectivity.

* up to ``FLAT_MAX`` creators: ``IndexFlatIP``, an exact scan (a filter is an ID selector);
* above it: ``IVF{nlist},SQfp16`` (inner product, half-precision codes, two bytes per
  dimension), memory-mappable so several API workers share one copy. A query probes
  ``NPROBE`` lists; a filter runs inside the search as an ID selector with the probe count
  raised by the square root of how selective it is (a filter passing 10% probes 3.2 times
  as many lists; the fourth root lost recall, 0.969 against 0.987 at 10%), so a selective
  filter still finds k; a filter that leaves at most ``GATHER_MAX`` creators is answered
  exactly by decoding just those rows.

8-bit codes (``SQ8``) alone halve the scan but cap first-stage recall@50 near 0.97 on our
vectors whatever the probe count (many creators' scores differ by less than the quantisation
step); half precision does not (0.964 against 0.992 at 128 probes, measured with an earlier
query weighting).

The figures behind these thresholds are in the README (``benchmarks/scale.py``).
"""

from __future__ import annotations

import math

import faiss
import numpy as np

FLAT_MAX = 200_000
NPROBE = 128
GATHER_MAX = 30_000
TRAIN_PER_LIST = 40


def ivf_lists(n: int) -> int:
    """About 4 sqrt(n) lists, a power of two: 4096 at one million creators."""
    return int(2 ** round(math.log2(max(4 * math.sqrt(n), 64))))


def make_index(vectors: np.ndarray, flat_max: int = FLAT_MAX, seed: int = 0) -> faiss.Index:
    n, d = vectors.shape
    if n <= flat_max:
        index = faiss.IndexFlatIP(d)
        index.add(vectors)
        return index
    nlist = ivf_lists(n)
    quantizer = faiss.IndexFlatIP(d)
    index = faiss.IndexIVFScalarQuantizer(quantizer, d, nlist, faiss.ScalarQuantizer.QT_fp16,
                                          faiss.METRIC_INNER_PRODUCT)
    index.cp.niter = 10
    rng = np.random.default_rng(seed)
    sample = vectors[np.sort(rng.choice(n, size=min(n, nlist * TRAIN_PER_LIST),
                                        replace=False))]
    index.train(sample)
    for start in range(0, n, 100_000):
        index.add(vectors[start:start + 100_000])
    index.nprobe = NPROBE
    index.make_direct_map()
    return index


def prepare_loaded(index: faiss.Index) -> faiss.Index:
    """After reading an IVF index: default probes and the id -> code map for gathering."""
    if is_ivf(index):
        ivf = faiss.extract_index_ivf(index)
        ivf.nprobe = NPROBE
        ivf.make_direct_map()
    return index


def is_ivf(index: faiss.Index) -> bool:
    return isinstance(faiss.try_extract_index_ivf(index), faiss.IndexIVF)


def search(index: faiss.Index, query: np.ndarray, k: int, allowed: np.ndarray | None,
           nprobe: int = NPROBE, gather_max: int = GATHER_MAX
           ) -> tuple[np.ndarray, np.ndarray]:
    """Rows and inner products of the best k rows among ``allowed`` (all when None)."""
    n = index.ntotal
    candidates = n if allowed is None else int(np.count_nonzero(allowed))
    k = min(k, candidates)
    if k <= 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    q = query.reshape(1, -1).astype(np.float32)
    ivf = faiss.try_extract_index_ivf(index) if is_ivf(index) else None
    if ivf is not None and allowed is not None and candidates <= gather_max:
        rows = np.flatnonzero(allowed).astype(np.int64)
        vectors = index.reconstruct_batch(rows)
        scores = vectors @ q[0]
        top = np.argsort(-scores, kind="stable")[:k]
        return rows[top], scores[top]
    if ivf is None:
        params: faiss.SearchParameters | None = None
        if allowed is not None and candidates < n:
            params = faiss.SearchParameters(sel=faiss.IDSelectorBitmap(np.packbits(
                allowed, bitorder="little")))
    else:
        probes = nprobe if allowed is None else min(
            ivf.nlist, int(math.ceil(nprobe * math.sqrt(n / max(candidates, 1)))))
        selector = None
        if allowed is not None and candidates < n:
            selector = faiss.IDSelectorBitmap(np.packbits(allowed, bitorder="little"))
        params = faiss.SearchParametersIVF(sel=selector, nprobe=probes)
    scores, rows = index.search(q, k, params=params)
    keep = rows[0] >= 0
    return rows[0][keep].astype(np.int64), scores[0][keep]
