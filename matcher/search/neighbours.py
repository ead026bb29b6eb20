"""Finding each creator's nearest reported creators by bio and categories (exact, with FAISS).

The reference set and how the neighbours are read are the matching layer's
(``matcher.matching.neighbours``); this finds them once, where text embeddings are made.
"""

from __future__ import annotations

import faiss
import numpy as np

from matcher.matching.catalogue import Catalogue
from matcher.matching.neighbours import NEIGHBOURS, REFERENCE_MIN, as_stored, interest_reference

QUERY_CHUNK = 1024         # rows searched at once: bounds the re-scoring's memory (~130 MB)
MARGIN = 10                # extra candidates re-scored exactly, for near-ties at the k-th


def nearest(text_emb: np.ndarray, rows: np.ndarray, reference: np.ndarray, k: int
            ) -> np.ndarray:
    """Per row of ``rows``, the positions in ``reference`` of the ``k`` largest inner
    products of its text embedding as stored (int16, best first, ties to the lower
    position). FAISS proposes ``k + MARGIN`` candidates; each row re-scores its own in float64,
    so what a row is given never depends on which rows are searched with it."""
    wide = min(k + MARGIN, len(reference))
    exact_reference = reference.astype(np.float64)
    out = np.empty((len(rows), k), dtype=np.int16)
    for start in range(0, len(rows), QUERY_CHUNK):
        chunk = as_stored(text_emb[rows[start:start + QUERY_CHUNK]])
        _, found = faiss.knn(np.ascontiguousarray(chunk), reference, wide,
                             faiss.METRIC_INNER_PRODUCT)
        scores = np.add.reduce(chunk.astype(np.float64)[:, None, :] * exact_reference[found],
                               axis=2)
        order = np.lexsort((found, -scores), axis=1)[:, :k]
        out[start:start + len(chunk)] = np.take_along_axis(found, order, axis=1)
    return out


def interest_neighbours(catalogue: Catalogue, text_emb: np.ndarray,
                        reference_emb: np.ndarray, count: int = NEIGHBOURS
                        ) -> np.ndarray | None:
    """Per row of ``catalogue``, the positions in the reference set (whose text embeddings
    as stored are ``reference_emb``) of its ``count`` nearest reported creators; -1 on rows
    whose interest block is reported. None when the reference set is too small to learn
    from."""
    if len(reference_emb) < REFERENCE_MIN:
        return None
    k = min(count, len(reference_emb))
    out = np.full((catalogue.size, k), -1, dtype=np.int16)
    missing = np.flatnonzero(~catalogue.block_present("interests"))
    if len(missing):
        out[missing] = nearest(text_emb, missing, np.ascontiguousarray(reference_emb), k)
    return out


def attach_interest_neighbours(catalogue: Catalogue, text_emb: np.ndarray,
                               reference: Catalogue | None = None,
                               reference_text_emb: np.ndarray | None = None) -> None:
    """Find and keep ``catalogue.interest_neighbours``: among its own reported creators, or
    among those of ``reference`` (the snapshot whose priors will be used) when given, as many
    as that snapshot keeps; none when it kept none (built before they were, or too few
    reported creators), so its own creators and these are estimated alike."""
    count = NEIGHBOURS
    if reference is None:
        reference, reference_text_emb = catalogue, text_emb
    elif reference.interest_neighbours is None:
        catalogue.interest_neighbours = None
        return
    else:
        count = reference.interest_neighbours.shape[1]
    assert reference_text_emb is not None
    rows = interest_reference(reference)
    catalogue.interest_neighbours = interest_neighbours(
        catalogue, text_emb, as_stored(reference_text_emb[rows]), count)
