"""The FAISS index strategy, chosen by catalogue size and filter selectivity.

* up to ``FLAT_MAX`` creators: ``IndexFlatIP``, an exact scan (a filter is an ID selector);
* above it: an inverted file over *two-part cells* holding compact codes, its best rows
  re-scored from the vectors stored beside it (memory-mapped, so several API workers share
  one copy).

Two-part cells: the vector is split into its audience-mix part (the age and gender blocks,
ten dimensions) and the rest (text, interests, countries, languages, engagement and
credibility). Each part has its own k-means codebook, and a cell is a pair of centroids, one
from each (an inverted multi-index cut along our blocks). A query ranks every pair by the
sum of its two inner products (cheap: ``rest_cells`` + ``mix_cells`` dot products) and
scans the best cells until it has seen ``SCAN_FRACTION`` of the catalogue, and at least
``SCAN_MIN`` creators (at 300,000 creators 3% alone recalled 0.969). One k-means over the
whole vector clusters by content and leaves each list's age mix as varied as the
catalogue's, so a segment whose score is mostly "share aged 25-34" found its top 50 in lists
ranked 300 to 1,100 and 256 probes of 4,096 still recalled only 0.977 (min 0.36); with
cells, the same number of scanned creators recalls 0.99 (``benchmarks/scale.py``, README).

A filter runs inside the search as an ID selector, with the scanned share raised by the
fourth root of how selective it is (``FILTER_ROOT``: over the cells the square root scanned
78% more at 10% passing, for recall@50 0.998 against 0.996); if the scanned cells still hold
fewer than k allowed creators the scan widens until they do, so no list comes back short; a
filter that leaves at most ``GATHER_MAX`` creators is answered exactly from just those rows.

The cells are scanned through compact codes and the best of them re-scored exactly: each
creator's offset from its cell centroid is a product-quantised code of 4 bits a dimension
(FAISS "fast scan", 120 bytes at 240 dimensions, scored from SIMD registers), and the
``max(REFINE_FACTOR x k, REFINE_MIN)`` best by code are re-scored from the stored float32
vectors (``vectors.npy``), which also answer the gathered filter path. At a million
creators, half-precision codes scanned directly took 2.7 ms for 30,000 creators (memory
bound: 14 MB read from scattered cells) and recalled 0.987; the 4-bit codes scan 40,000 and
refine in less, for 0.99 (``benchmarks/scale.py``, README). Codes of 4 bits per two
dimensions needed three times the refinement for the same recall; 8-bit scalar codes with
a refinement scanned no faster than half precision (2.96 against 2.72 ms); half-precision
stored vectors cost 0.4 ms more to re-score 1,000 rows than float32 (decoding). FAISS
spends about a microsecond on each list it scans besides the codes, so cells hold about 64
creators (``CREATORS_PER_CELL``): at a million, a k=50 search over 40,000 creators took
2.4-2.5 ms (p50) in 32-creator cells and 1.5-2.1 ms in 64-creator cells, for about the same
recall@50 (0.994 both on 100 training segments, 0.990 against 0.987 on the benchmark's 30);
128-creator cells (128 x 64) recalled 0.991 and 0.981.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import faiss
import numpy as np

FLAT_MAX = 200_000
CREATORS_PER_CELL = 64
DIMS_PER_CODE = 1
REFINE_FACTOR = 2
REFINE_MIN = 500
SCAN_FRACTION = 0.04
SCAN_MIN = 40_000
FILTER_ROOT = 4
GATHER_MAX = 30_000
TRAIN_PER_CENTROID = 64
KMEANS_ITERATIONS = 20


@dataclass(frozen=True)
class CellLayout:
    """How an IVF snapshot's cells are made: list ``r * mix_cells + m`` holds the creators
    nearest rest centroid ``r`` and audience-mix centroid ``m``."""

    mix_start: int
    mix_stop: int
    rest_cells: int
    mix_cells: int

    def describe(self) -> dict[str, int]:
        return {"mix_start": self.mix_start, "mix_stop": self.mix_stop,
                "rest_cells": self.rest_cells, "mix_cells": self.mix_cells}

    @classmethod
    def from_description(cls, described: dict[str, int]) -> CellLayout:
        return cls(int(described["mix_start"]), int(described["mix_stop"]),
                   int(described["rest_cells"]), int(described["mix_cells"]))

    def parts(self, dim: int) -> tuple[np.ndarray, np.ndarray]:
        """Dimensions of the rest part and of the audience-mix part."""
        mix = np.arange(self.mix_start, self.mix_stop)
        return np.setdiff1d(np.arange(dim), mix), mix


def cell_counts(n: int) -> tuple[int, int]:
    """About ``CREATORS_PER_CELL`` per cell, a power of two split into rest x audience-mix
    codebooks, the rest one the larger: 128 x 128 at one million creators."""
    cells = 2 ** max(2, round(math.log2(n / CREATORS_PER_CELL)))
    rest = 2 ** math.ceil(math.log2(math.sqrt(cells)))
    return rest, cells // rest


@dataclass(frozen=True, eq=False)
class Cells:
    """The two codebooks and the list sizes of a loaded IVF index, to rank its cells."""

    layout: CellLayout
    rest_dims: np.ndarray
    mix_dims: np.ndarray
    rest_centroids: np.ndarray
    mix_centroids: np.ndarray
    sizes: np.ndarray
    creators: int  # in all cells together

    @classmethod
    def of(cls, index: faiss.Index, layout: CellLayout) -> Cells:
        ivf = faiss.extract_index_ivf(index)
        rest_dims, mix_dims = layout.parts(ivf.d)
        centroids = ivf.quantizer.reconstruct_n(0, ivf.nlist)
        sizes = np.array([ivf.invlists.list_size(i) for i in range(ivf.nlist)], dtype=np.int64)
        return cls(layout, rest_dims, mix_dims,
                   np.ascontiguousarray(centroids[::layout.mix_cells][:, rest_dims]),
                   np.ascontiguousarray(centroids[:layout.mix_cells][:, mix_dims]), sizes,
                   int(sizes.sum()))

    def ranked(self, query: np.ndarray, budget: int) -> tuple[np.ndarray, np.ndarray]:
        """The best cells for ``query``, in order, until they hold ``budget`` creators, and
        their centroid scores (the query's inner product with each cell's centroid)."""
        scores = ((self.rest_centroids @ query[self.rest_dims])[:, None]
                  + (self.mix_centroids @ query[self.mix_dims])[None, :]).ravel()
        total = len(scores)
        mean = max(self.creators / total, 1.0)
        first = min(total, int(1.25 * math.ceil(budget / mean)) + 64)
        while True:
            top = (np.argpartition(scores, total - first)[total - first:] if first < total
                   else np.arange(total))
            top = top[np.argsort(scores[top])[::-1]]
            held = np.cumsum(self.sizes[top])
            if held[-1] >= budget or first == total:
                break
            first = min(total, first * 2)
        top = top[:int(np.searchsorted(held, budget)) + 1]
        return top.astype(np.int64), scores[top].astype(np.float32)


def make_index(vectors: np.ndarray, mix: slice | None = None, flat_max: int = FLAT_MAX,
               seed: int = 0) -> tuple[faiss.Index, CellLayout | None]:
    """The index for these vectors; ``mix`` names the audience-mix dimensions of the cells.
    An IVF index holds only codes: its snapshot stores the vectors beside it."""
    n, d = vectors.shape
    if n <= flat_max or mix is None:
        index = faiss.IndexFlatIP(d)
        index.add(vectors)
        return index, None
    rest_cells, mix_cells = cell_counts(n)
    layout = CellLayout(mix.start, mix.stop, rest_cells, mix_cells)
    rest_dims, mix_dims = layout.parts(d)
    rng = np.random.default_rng(seed)
    sample = vectors[np.sort(rng.choice(
        n, size=min(n, TRAIN_PER_CENTROID * max(rest_cells, mix_cells)), replace=False))]
    codebooks = []
    for dims, count in ((rest_dims, rest_cells), (mix_dims, mix_cells)):
        kmeans = faiss.Kmeans(len(dims), count, niter=KMEANS_ITERATIONS, seed=seed + 1)
        kmeans.train(np.ascontiguousarray(sample[:, dims]))
        codebooks.append(kmeans)
    centroids = np.zeros((rest_cells * mix_cells, d), dtype=np.float32)
    centroids[:, rest_dims] = np.repeat(codebooks[0].centroids, mix_cells, axis=0)
    centroids[:, mix_dims] = np.tile(codebooks[1].centroids, (rest_cells, 1))
    # Each part's k-means is by distance, so a creator's cell (nearest rest centroid, nearest
    # mix centroid) is its nearest concatenated centroid by distance: the quantizer that
    # trains the codes on offsets from those centroids. Searches never use it.
    quantizer = faiss.IndexFlatL2(d)
    quantizer.add(centroids)
    coder = faiss.IndexIVFPQ(quantizer, d, len(centroids), d // DIMS_PER_CODE, 4,
                             faiss.METRIC_INNER_PRODUCT)
    coder.by_residual = True
    coder.train(sample)
    for start in range(0, n, 100_000):
        chunk = np.ascontiguousarray(vectors[start:start + 100_000], dtype=np.float32)
        cells = np.zeros(len(chunk), dtype=np.int64)
        for dims, kmeans, stride in ((rest_dims, codebooks[0], mix_cells),
                                     (mix_dims, codebooks[1], 1)):
            _, nearest = kmeans.index.search(np.ascontiguousarray(chunk[:, dims]), 1)
            cells += nearest[:, 0] * stride
        coder.add_core(len(chunk), faiss.swig_ptr(chunk), None, faiss.swig_ptr(cells))
    index = faiss.IndexIVFPQFastScan(coder)
    index.referenced_objects = [quantizer]  # the copy points at it; keep it alive
    return index, layout


def prepare_loaded(index: faiss.Index, cells: dict[str, int] | None) -> Cells | None:
    """After reading an index: the cell codebooks of an IVF one."""
    if not is_ivf(index):
        return None
    if cells is None:
        raise ValueError("an IVF index needs its cell layout")
    return Cells.of(index, CellLayout.from_description(cells))


def is_ivf(index: faiss.Index) -> bool:
    return isinstance(faiss.try_extract_index_ivf(index), faiss.IndexIVF)


def id_selector(allowed: np.ndarray) -> faiss.IDSelectorBitmap:
    return faiss.IDSelectorBitmap(np.packbits(allowed, bitorder="little"))


def search(index: faiss.Index, cells: Cells | None, vectors: np.ndarray | None,
           query: np.ndarray, k: int, allowed: np.ndarray | None,
           scan_fraction: float = SCAN_FRACTION, scan_min: int = SCAN_MIN,
           gather_max: int = GATHER_MAX, allowed_count: int | None = None,
           selector: faiss.IDSelector | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Rows and inner products of the best k rows among ``allowed`` (all when None), of
    which there are ``allowed_count`` if the caller knows; ``selector``, when given, is
    ``allowed`` as an ID selector (from ``id_selector``)."""
    n = index.ntotal
    candidates = (n if allowed is None else
                  allowed_count if allowed_count is not None else int(np.count_nonzero(allowed)))
    k = min(k, candidates)
    if k <= 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    q = np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32)
    filtered = allowed is not None and candidates < n
    if cells is None or vectors is None:
        if filtered and selector is None:
            selector = id_selector(allowed)
        params = faiss.SearchParameters(sel=selector) if filtered else None
        scores, rows = index.search(q, k, params=params)
        keep = rows[0] >= 0
        return rows[0][keep].astype(np.int64), scores[0][keep]
    if filtered and candidates <= gather_max:
        rows = np.flatnonzero(allowed).astype(np.int64)
    else:
        scale = n / candidates
        budget = max(scan_fraction * n, scan_min) * (scale ** (1 / FILTER_ROOT) if filtered
                                                     else 1.0)
        budget = max(budget, 2 * k * scale)
        if filtered and selector is None:
            selector = id_selector(allowed)  # built once, kept over retries
        refine = min(candidates, max(REFINE_FACTOR * k, REFINE_MIN))
        while True:
            rows = _scan(index, cells, q, refine, selector, int(budget))
            if len(rows) >= k or budget >= n:
                break
            budget *= 4  # the scanned cells held too few allowed creators: never a short list
        rows = np.sort(rows)
    exact = vectors[rows] @ q[0]
    top = np.argsort(-exact, kind="stable")[:k]
    return rows[top], exact[top]


def _scan(index: faiss.Index, cells: Cells, q: np.ndarray, k: int,
          selector: faiss.IDSelector | None, budget: int) -> np.ndarray:
    """The rows of the k best codes in the best cells holding ``budget`` creators."""
    lists, centroid_scores = cells.ranked(q[0], budget)
    ivf = faiss.extract_index_ivf(index)
    params = faiss.SearchParametersIVF(sel=selector, nprobe=len(lists))
    scores = np.empty((1, k), dtype=np.float32)
    rows = np.empty((1, k), dtype=np.int64)
    ivf.search_preassigned_c(1, faiss.swig_ptr(q), k, faiss.swig_ptr(lists.reshape(1, -1)),
                             faiss.swig_ptr(centroid_scores.reshape(1, -1)),
                             faiss.swig_ptr(scores), faiss.swig_ptr(rows), False, params)
    return rows[0][rows[0] >= 0]
