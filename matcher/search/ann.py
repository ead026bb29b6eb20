"""The FAISS index strategy, chosen by catalogue size and filter selectivity.

* up to ``FLAT_MAX`` creators: ``IndexFlatIP``, an exact scan (a filter is an ID selector);
* above it: an inverted file over *two-part cells* (a pair of centroids, one from a k-means
  of the audience-mix part of the vector, the age and gender blocks, one from the rest),
  holding 4-bit fast-scan codes of each vector's offset from its cell on the principal axes;
  a query ranks the cells by their centroids' scores, scans the best until it has seen
  ``SCAN_FRACTION`` of the catalogue (more when a filter is selective, ``FILTER_ROOT``), and
  the best ``REFINE_FACTOR x k`` codes are re-scored exactly from the stored vectors
  (memory-mapped, shared by the API's processes).

Why cells and not one k-means, and the measurements behind every constant here, are in
``docs/design-notes/2026-12-index-at-a-million.md``; current figures in
``docs/performance.md``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np

FLAT_MAX = 200_000
CREATORS_PER_CELL = 64
SMALL_CELL = 128
CODE_VARIANCE = 0.99
REFINE_FACTOR = 1.5
REFINE_MIN = 500
SCAN_FRACTION = 0.04
SCAN_MIN = 40_000
FILTER_ROOT = 4
SCAN_IMPLEMENTATION = 11
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


def cell_centroids(layout: CellLayout, rest_centroids: np.ndarray, mix_centroids: np.ndarray,
                   lists: np.ndarray) -> np.ndarray:
    """The centroids of cells ``lists``: each its rest centroid and audience-mix centroid,
    placed in their dimensions of the vectors' space."""
    lists = np.asarray(lists, dtype=np.int64)
    rest_dims, mix_dims = layout.parts(rest_centroids.shape[1] + mix_centroids.shape[1])
    out = np.zeros((len(lists), len(rest_dims) + len(mix_dims)), dtype=np.float32)
    out[:, rest_dims] = rest_centroids[lists // layout.mix_cells]
    out[:, mix_dims] = mix_centroids[lists % layout.mix_cells]
    return out


def cell_counts(n: int) -> tuple[int, int]:
    """About ``CREATORS_PER_CELL`` per cell, a power of two split into rest x audience-mix
    codebooks, the rest one the larger: 128 x 128 at one million creators."""
    cells = 2 ** max(2, round(math.log2(n / CREATORS_PER_CELL)))
    rest = 2 ** math.ceil(math.log2(math.sqrt(cells)))
    return rest, cells // rest


@dataclass(frozen=True, eq=False)
class Cells:
    """The two codebooks, the code axes and the list sizes of an IVF index, to rank its
    cells and turn a query onto the axes its codes are in."""

    layout: CellLayout
    rest_dims: np.ndarray
    mix_dims: np.ndarray
    rest_centroids: np.ndarray
    mix_centroids: np.ndarray
    axes: np.ndarray  # (dimension, code dimension), orthonormal columns
    sizes: np.ndarray
    creators: int  # in all cells together
    filled: np.ndarray  # the non-empty cells' list numbers, two centroids and sizes
    filled_rest: np.ndarray
    filled_mix: np.ndarray
    filled_sizes: np.ndarray
    scanner: faiss.IndexIVFFastScan  # the index's inverted file, set to scan one query

    @classmethod
    def of(cls, index: faiss.Index, layout: CellLayout, rest_centroids: np.ndarray,
           mix_centroids: np.ndarray, axes: np.ndarray) -> Cells:
        ivf = faiss.downcast_index(faiss.extract_index_ivf(index))
        ivf.implem = SCAN_IMPLEMENTATION
        rest_dims, mix_dims = layout.parts(axes.shape[0])
        sizes = np.array([ivf.invlists.list_size(i) for i in range(ivf.nlist)], dtype=np.int64)
        filled = np.flatnonzero(sizes)
        return cls(layout, rest_dims, mix_dims, np.ascontiguousarray(rest_centroids),
                   np.ascontiguousarray(mix_centroids), np.ascontiguousarray(axes), sizes,
                   int(sizes.sum()), filled, filled // layout.mix_cells,
                   filled % layout.mix_cells, sizes[filled], ivf)

    def save(self, path: Path) -> None:
        with open(path, "wb") as handle:
            np.savez(handle, rest_centroids=self.rest_centroids,
                     mix_centroids=self.mix_centroids, axes=self.axes)

    @classmethod
    def load(cls, path: Path, index: faiss.Index, layout: CellLayout) -> Cells:
        with np.load(path) as saved:
            return cls.of(index, layout, saved["rest_centroids"], saved["mix_centroids"],
                          saved["axes"])

    def centroids(self, lists: np.ndarray) -> np.ndarray:
        """The centroids of cells ``lists`` in the vectors' space."""
        return cell_centroids(self.layout, self.rest_centroids, self.mix_centroids, lists)

    def code_query(self, query: np.ndarray) -> np.ndarray:
        """``query`` on the code axes, as one row for FAISS."""
        return np.ascontiguousarray((query @ self.axes).reshape(1, -1), dtype=np.float32)

    def ranked(self, query: np.ndarray, budget: int) -> tuple[np.ndarray, np.ndarray]:
        """The best non-empty cells for ``query``, in order, until they hold ``budget``
        creators, and their centroid scores (the query's inner product with each cell's
        centroid)."""
        scores = ((self.rest_centroids @ query[self.rest_dims])[self.filled_rest]
                  + (self.mix_centroids @ query[self.mix_dims])[self.filled_mix])
        sizes = self.filled_sizes
        total = len(scores)
        mean = max(self.creators / max(total, 1), 1.0)
        first = min(total, int(1.25 * math.ceil(budget / mean)) + 64)
        while True:
            top = (np.argpartition(scores, total - first)[total - first:] if first < total
                   else np.arange(total))
            top = top[np.argsort(scores[top])[::-1]]
            held = np.cumsum(sizes[top])
            if held[-1] >= budget or first == total:
                break
            first = min(total, first * 2)
        top = top[:int(np.searchsorted(held, budget)) + 1]
        return self.filled[top], scores[top].astype(np.float32)


def make_index(vectors: np.ndarray, mix: slice | None = None, flat_max: int = FLAT_MAX,
               seed: int = 0) -> tuple[faiss.Index, Cells | None]:
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
    picked = np.sort(rng.choice(
        n, size=min(n, TRAIN_PER_CENTROID * max(rest_cells, mix_cells)), replace=False))
    sample = np.ascontiguousarray(vectors[picked], dtype=np.float32)
    codebooks = []
    for dims, count in ((rest_dims, rest_cells), (mix_dims, mix_cells)):
        kmeans = faiss.Kmeans(len(dims), count, niter=KMEANS_ITERATIONS, seed=seed + 1)
        kmeans.train(np.ascontiguousarray(sample[:, dims]))
        codebooks.append(kmeans)
    cell_of = np.concatenate([_cells_of(np.ascontiguousarray(vectors[start:start + 100_000],
                                                             dtype=np.float32),
                                        codebooks, (rest_dims, mix_dims), mix_cells)
                              for start in range(0, n, 100_000)])
    centroids = cell_centroids(layout, codebooks[0].centroids, codebooks[1].centroids,
                               np.arange(rest_cells * mix_cells))
    cell_of = _without_small_cells(vectors, cell_of, centroids)
    axes = code_axes(sample - centroids[cell_of[picked]])
    # The codes are trained on offsets from the cells' centroids on the code axes; the
    # quantizer holding those centroids is only for that training (each part's k-means is
    # by distance, so a creator's cell is nearly always its nearest concatenated centroid).
    # Searches never use it: they rank cells by the codebooks themselves.
    quantizer = faiss.IndexFlatL2(axes.shape[1])
    quantizer.add(centroids @ axes)
    coder = faiss.IndexIVFPQ(quantizer, axes.shape[1], len(centroids), axes.shape[1], 4,
                             faiss.METRIC_INNER_PRODUCT)
    coder.by_residual = True
    coder.train(sample @ axes)
    for start in range(0, n, 100_000):
        chunk = np.ascontiguousarray(vectors[start:start + 100_000] @ axes, dtype=np.float32)
        cells = np.ascontiguousarray(cell_of[start:start + 100_000])
        coder.add_core(len(chunk), faiss.swig_ptr(chunk), None, faiss.swig_ptr(cells))
    index = faiss.IndexIVFPQFastScan(coder)
    index.referenced_objects = [quantizer]  # the copy points at it; keep it alive
    return index, Cells.of(index, layout, codebooks[0].centroids, codebooks[1].centroids,
                           axes)


def _cells_of(chunk: np.ndarray, codebooks: list[faiss.Kmeans],
              parts: tuple[np.ndarray, np.ndarray], mix_cells: int) -> np.ndarray:
    """Each row's cell: its nearest rest centroid and nearest audience-mix centroid."""
    cells = np.zeros(len(chunk), dtype=np.int64)
    for dims, kmeans, stride in zip(parts, codebooks, (mix_cells, 1), strict=True):
        _, nearest = kmeans.index.search(np.ascontiguousarray(chunk[:, dims]), 1)
        cells += nearest[:, 0] * stride
    return cells


def _without_small_cells(vectors: np.ndarray, cell_of: np.ndarray, centroids: np.ndarray
                         ) -> np.ndarray:
    """``cell_of`` with the creators of cells smaller than ``SMALL_CELL`` moved to the
    nearest kept cell's centroid: most pairs of centroids are rare, and a scan pays for
    every list it visits however few it holds."""
    sizes = np.bincount(cell_of, minlength=len(centroids))
    small = (sizes > 0) & (sizes < SMALL_CELL)
    kept = np.flatnonzero(sizes >= SMALL_CELL)
    movers = np.flatnonzero(small[cell_of])
    if not len(kept) or not len(movers):
        return cell_of
    nearest = faiss.IndexFlatL2(centroids.shape[1])
    nearest.add(np.ascontiguousarray(centroids[kept]))
    _, found = nearest.search(np.ascontiguousarray(vectors[movers], dtype=np.float32), 1)
    moved = cell_of.copy()
    moved[movers] = kept[found[:, 0]]
    return moved


def code_axes(offsets: np.ndarray, share: float = CODE_VARIANCE) -> np.ndarray:
    """The principal axes of ``offsets`` (uncentred: they are offsets from centroids)
    that hold ``share`` of their variance, an even number of them (fast-scan codes pack
    two dimensions a byte)."""
    values, axes = np.linalg.eigh(offsets.T.astype(np.float64) @ offsets)
    order = np.argsort(values)[::-1]
    held = np.cumsum(np.clip(values[order], 0.0, None))
    count = int(np.searchsorted(held, share * held[-1])) + 1 if held[-1] > 0 else 2
    count = min(len(values), count + count % 2)
    return np.ascontiguousarray(axes[:, order[:count]], dtype=np.float32)


def load_cells(path: Path, index: faiss.Index, cells: dict[str, int] | None) -> Cells | None:
    """After reading an index: the cells of an IVF one, saved beside it at ``path``."""
    if not is_ivf(index):
        return None
    if cells is None:
        raise ValueError("an IVF index needs its cell layout")
    return Cells.load(path, index, CellLayout.from_description(cells))


def is_ivf(index: faiss.Index) -> bool:
    return isinstance(faiss.try_extract_index_ivf(index), faiss.IndexIVF)


def id_selector(allowed: np.ndarray) -> faiss.IDSelectorBitmap:
    return faiss.IDSelectorBitmap(np.packbits(allowed, bitorder="little"))


def search(index: faiss.Index, cells: Cells | None, vectors: np.ndarray | None,
           query: np.ndarray, k: int, allowed: np.ndarray | None,
           scan_fraction: float = SCAN_FRACTION, scan_min: int = SCAN_MIN,
           gather_max: int = GATHER_MAX, allowed_count: int | None = None,
           selector: faiss.IDSelector | None = None, threads: int = 1
           ) -> tuple[np.ndarray, np.ndarray]:
    """Rows and inner products of the best k rows among ``allowed`` (all when None), of
    which there are ``allowed_count`` if the caller knows; ``selector``, when given, is
    ``allowed`` as an ID selector (from ``id_selector``); ``threads`` scan the cells."""
    n = index.ntotal
    candidates = (n if allowed is None else
                  allowed_count if allowed_count is not None else int(np.count_nonzero(allowed)))
    k = min(k, candidates)
    if k <= 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    q = np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32)
    filtered = allowed is not None and candidates < n
    mask = allowed if allowed is not None else np.ones(0, dtype=bool)  # read when filtered
    if cells is None or vectors is None:
        if filtered and selector is None:
            selector = id_selector(mask)
        params = faiss.SearchParameters(sel=selector) if filtered else None
        scores, rows = index.search(q, k, params=params)
        keep = rows[0] >= 0
        return rows[0][keep].astype(np.int64), scores[0][keep]
    if filtered and candidates <= gather_max:
        rows = np.flatnonzero(mask).astype(np.int64)
    else:
        scale = n / candidates
        budget = max(scan_fraction * n, scan_min) * (scale ** (1 / FILTER_ROOT) if filtered
                                                     else 1.0)
        budget = max(budget, 2 * k * scale)
        if filtered and selector is None:
            selector = id_selector(mask)  # built once, kept over retries
        refine = min(candidates, max(int(REFINE_FACTOR * k), REFINE_MIN))
        while True:
            rows = _scan(cells, q, refine, selector, int(budget), threads)
            if len(rows) >= k or budget >= n:
                break
            budget *= 4  # the scanned cells held too few allowed creators: never a short list
        rows = np.sort(rows)
    exact = inner_products(vectors, rows, q[0])
    top = np.argsort(-exact, kind="stable")[:k]
    return rows[top], exact[top]


def inner_products(vectors: np.ndarray, rows: np.ndarray, query: np.ndarray) -> np.ndarray:
    """``vectors[rows] @ query`` without gathering the rows first (FAISS reads each one in
    place: 0.10 against 0.15 ms for 750 rows of memory-mapped vectors after a scan)."""
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    rows = np.ascontiguousarray(rows, dtype=np.int64)
    query = np.ascontiguousarray(query, dtype=np.float32)
    out = np.empty(len(rows), dtype=np.float32)
    faiss.fvec_inner_products_by_idx(faiss.swig_ptr(out), faiss.swig_ptr(query),
                                     faiss.swig_ptr(vectors), faiss.swig_ptr(rows),
                                     vectors.shape[1], 1, len(rows))
    return out


def _scan(cells: Cells, q: np.ndarray, k: int, selector: faiss.IDSelector | None,
          budget: int, threads: int = 1) -> np.ndarray:
    """The rows of the k best codes in the best cells holding ``budget`` creators. With
    ``threads`` > 1 the ranked cells are dealt out in turn to that many parts, scanned at
    once on FAISS's OpenMP threads (as a batch of the same query, one part each), and each
    part's ``k / threads`` best are kept: the re-scoring that follows is exact, so the
    parts' code scores are never compared with one another."""
    lists, centroid_scores = cells.ranked(q[0], budget)
    parts = max(1, min(threads, len(lists)))
    width = -(-len(lists) // parts)
    keys = np.full(parts * width, -1, dtype=np.int64)  # FAISS skips a list numbered -1
    keys[:len(lists)] = lists
    cell_scores = np.zeros(parts * width, dtype=np.float32)
    cell_scores[:len(lists)] = centroid_scores
    keys = np.ascontiguousarray(keys.reshape(width, parts).T)  # part p: ranks p, p + parts...
    cell_scores = np.ascontiguousarray(cell_scores.reshape(width, parts).T)
    each = -(-k // parts)
    params = faiss.SearchParametersIVF(sel=selector, nprobe=width)
    scores = np.empty((parts, each), dtype=np.float32)
    rows = np.empty((parts, each), dtype=np.int64)
    coded = np.ascontiguousarray(np.repeat(cells.code_query(q[0]), parts, axis=0))
    before = faiss.omp_get_max_threads()
    if parts > 1:
        faiss.omp_set_num_threads(parts)
    try:
        cells.scanner.search_preassigned_c(parts, faiss.swig_ptr(coded), each,
                                           faiss.swig_ptr(keys), faiss.swig_ptr(cell_scores),
                                           faiss.swig_ptr(scores), faiss.swig_ptr(rows),
                                           False, params)
    finally:
        if parts > 1:
            faiss.omp_set_num_threads(before)
    found = rows.ravel()
    return found[found >= 0]
