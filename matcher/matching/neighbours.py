"""The reported creators nearest each creator missing its interest block, by bio and categories.

A creator reported without interests (a ranking export) takes the interest share of the
``NEIGHBOURS`` reported creators whose text embeddings are closest to its own, among a fixed
reference set of up to ``REFERENCE_SAMPLE`` creators with a reported interest block, spread
evenly over the catalogue. Which creators are nearest depends on the embeddings alone, not on
the segment, so they are found once (when a snapshot is built, a delta embedded or a batch
chunk scored) and a segment reads them with one gather.
"""

from __future__ import annotations

import numpy as np

from matcher.matching.catalogue import Catalogue

NEIGHBOURS = 10            # reported creators an interest estimate is the mean of
REFERENCE_SAMPLE = 5000    # reported creators they are chosen among
REFERENCE_MIN = 20         # fewer reported: no neighbours, the content-affinity bins stand
QUERY_CHUNK = 4096         # rows compared with the reference at once (4096 x 5000 floats)


def evenly_spaced(rows: np.ndarray, count: int) -> np.ndarray:
    """``count`` of ``rows`` spread evenly over them (all of them when there are fewer)."""
    if len(rows) <= count:
        return rows
    return rows[np.linspace(0, len(rows) - 1, count).astype(np.int64)]


def interest_reference(catalogue: Catalogue) -> np.ndarray:
    """The rows the interest estimates are learned from: up to ``REFERENCE_SAMPLE`` creators
    with a reported interest block, evenly spaced."""
    return evenly_spaced(np.flatnonzero(catalogue.block_present("interests")),
                         REFERENCE_SAMPLE)


def as_stored(text_emb: np.ndarray) -> np.ndarray:
    """Text embeddings rounded as a snapshot stores them (float16), as float32, so neighbours
    found at build time and from a loaded snapshot are the same."""
    return np.asarray(text_emb, dtype=np.float16).astype(np.float32)


def nearest(queries: np.ndarray, reference: np.ndarray, k: int) -> np.ndarray:
    """Per query row, the positions in ``reference`` of its ``k`` largest inner products
    (int16, in no particular order)."""
    out = np.empty((len(queries), k), dtype=np.int16)
    for start in range(0, len(queries), QUERY_CHUNK):
        chunk = queries[start:start + QUERY_CHUNK]
        similarity = chunk @ reference.T
        out[start:start + len(chunk)] = np.argpartition(-similarity, k - 1, axis=1)[:, :k]
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
