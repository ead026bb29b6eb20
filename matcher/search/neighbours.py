"""Finding each creator's nearest reported creators by bio and categories (exact, with FAISS).

The reference set and how the neighbours are read are the matching layer's
(``matcher.matching.neighbours``); this finds them once, where text embeddings are made.
"""

from __future__ import annotations

import faiss
import numpy as np

from matcher.matching.catalogue import Catalogue
from matcher.matching.neighbours import NEIGHBOURS, REFERENCE_MIN, as_stored, interest_reference

QUERY_CHUNK = 65_536       # rows searched at once: bounds the result arrays' memory


def nearest(queries: np.ndarray, reference: np.ndarray, k: int) -> np.ndarray:
    """Per query row, the positions in ``reference`` of its ``k`` largest inner products
    (int16, best first)."""
    out = np.empty((len(queries), k), dtype=np.int16)
    for start in range(0, len(queries), QUERY_CHUNK):
        chunk = np.ascontiguousarray(queries[start:start + QUERY_CHUNK], dtype=np.float32)
        _, found = faiss.knn(chunk, np.ascontiguousarray(reference, dtype=np.float32), k,
                             faiss.METRIC_INNER_PRODUCT)
        out[start:start + len(chunk)] = found
    return out


def interest_neighbours(catalogue: Catalogue, text_emb: np.ndarray,
                        reference_emb: np.ndarray) -> np.ndarray | None:
    """Per row of ``catalogue``, the positions in the reference set (whose rounded text
    embeddings are ``reference_emb``) of its nearest reported creators; -1 on rows whose
    interest block is reported. None when the reference set is too small to learn from."""
    if len(reference_emb) < REFERENCE_MIN:
        return None
    k = min(NEIGHBOURS, len(reference_emb))
    out = np.full((catalogue.size, k), -1, dtype=np.int16)
    missing = np.flatnonzero(~catalogue.block_present("interests"))
    if len(missing):
        out[missing] = nearest(as_stored(text_emb[missing]), reference_emb, k)
    return out


def attach_interest_neighbours(catalogue: Catalogue, text_emb: np.ndarray,
                               reference: Catalogue | None = None,
                               reference_text_emb: np.ndarray | None = None) -> None:
    """Find and keep ``catalogue.interest_neighbours``: among its own reported creators, or
    among those of ``reference`` (the snapshot whose priors will be used) when given."""
    if reference is None:
        reference, reference_text_emb = catalogue, text_emb
    assert reference_text_emb is not None
    rows = interest_reference(reference)
    catalogue.interest_neighbours = interest_neighbours(
        catalogue, text_emb, as_stored(reference_text_emb[rows]))
