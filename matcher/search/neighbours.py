"""Finding each creator's nearest reported creators by bio, categories and top audience
country (exact, with FAISS).

The reference set and how the neighbours are read are the matching layer's
(``matcher.matching.neighbours``); this finds them once, where text embeddings are made.
"""

from __future__ import annotations

import faiss
import numpy as np

from matcher.matching.catalogue import Catalogue
from matcher.matching.neighbours import (
    NEIGHBOURS,
    REFERENCE_MIN,
    SAME_COUNTRY,
    as_stored,
    interest_reference,
    top_country_codes,
)

QUERY_CHUNK = 1024         # rows searched at once: bounds the re-scoring's memory (~130 MB)
MARGIN = 10                # extra candidates re-scored exactly, for near-ties at the k-th


def _with_country(emb: np.ndarray, country: np.ndarray, size: int) -> np.ndarray:
    """``emb`` with a one-hot of ``country`` (-1: none) scaled so that two rows of the same
    country gain ``SAME_COUNTRY`` in inner product."""
    extra = np.zeros((len(emb), size), dtype=np.float32)
    known = np.flatnonzero(country >= 0)
    extra[known, country[known]] = np.sqrt(SAME_COUNTRY)
    return np.ascontiguousarray(np.hstack([emb, extra]))


def nearest(text_emb: np.ndarray, rows: np.ndarray, reference: np.ndarray, k: int,
            countries: np.ndarray | None = None,
            reference_countries: np.ndarray | None = None) -> np.ndarray:
    """Per row of ``rows``, the positions in ``reference`` of the ``k`` largest similarities
    (int16, best first, ties to the lower position): the inner product of text embeddings as
    stored, plus ``SAME_COUNTRY`` where the row's top audience country (``countries``, one
    code per row of ``rows``, "" for none) is the reference creator's. FAISS proposes
    ``k + MARGIN`` candidates; each row re-scores its own in float64, so what a row is given
    never depends on which rows are searched with it."""
    wide = min(k + MARGIN, len(reference))
    exact_reference = reference.astype(np.float64)
    by_country = False
    if countries is not None and reference_countries is not None:
        by_country = True
        codes = {c: i for i, c in enumerate(sorted(set(reference_countries) - {""}))}
        ref_country = np.array([codes.get(c, -1) for c in reference_countries], dtype=np.int64)
        own_country = np.array([codes.get(c, -1) for c in countries], dtype=np.int64)
        search_reference = _with_country(reference, ref_country, len(codes))
    else:
        search_reference = reference
    out = np.empty((len(rows), k), dtype=np.int16)
    for start in range(0, len(rows), QUERY_CHUNK):
        chunk = as_stored(text_emb[rows[start:start + QUERY_CHUNK]])
        query = chunk
        if by_country:
            mine = own_country[start:start + len(chunk)]
            query = _with_country(chunk, mine, len(codes))
        _, found = faiss.knn(np.ascontiguousarray(query), search_reference, wide,
                             faiss.METRIC_INNER_PRODUCT)
        scores = np.add.reduce(chunk.astype(np.float64)[:, None, :] * exact_reference[found],
                               axis=2)
        if by_country:
            scores += SAME_COUNTRY * ((ref_country[found] == mine[:, None]) & (mine[:, None] >= 0))
        order = np.lexsort((found, -scores), axis=1)[:, :k]
        out[start:start + len(chunk)] = np.take_along_axis(found, order, axis=1)
    return out


def interest_neighbours(catalogue: Catalogue, text_emb: np.ndarray,
                        reference_emb: np.ndarray,
                        reference_countries: np.ndarray | None = None) -> np.ndarray | None:
    """Per row of ``catalogue``, the positions in the reference set (whose text embeddings
    as stored are ``reference_emb``, top audience countries ``reference_countries``) of its
    nearest reported creators; -1 on rows whose interest block is reported. None when the
    reference set is too small to learn from."""
    if len(reference_emb) < REFERENCE_MIN:
        return None
    k = min(NEIGHBOURS, len(reference_emb))
    out = np.full((catalogue.size, k), -1, dtype=np.int16)
    missing = np.flatnonzero(~catalogue.block_present("interests"))
    if len(missing):
        countries = (None if reference_countries is None
                     else top_country_codes(catalogue, missing))
        out[missing] = nearest(text_emb, missing, np.ascontiguousarray(reference_emb), k,
                               countries, reference_countries)
    return out


def attach_interest_neighbours(catalogue: Catalogue, text_emb: np.ndarray,
                               reference: Catalogue | None = None,
                               reference_text_emb: np.ndarray | None = None) -> None:
    """Find and keep ``catalogue.interest_neighbours``: among its own reported creators, or
    among those of ``reference`` (the snapshot whose priors will be used) when given; none
    when that snapshot kept none (built before they were, or too few reported creators), so
    its own creators and these are estimated alike."""
    if reference is None:
        reference, reference_text_emb = catalogue, text_emb
    elif reference.interest_neighbours is None:
        catalogue.interest_neighbours = None
        return
    assert reference_text_emb is not None
    rows = interest_reference(reference)
    catalogue.interest_neighbours = interest_neighbours(
        catalogue, text_emb, as_stored(reference_text_emb[rows]),
        top_country_codes(reference, rows))
