"""The reference set an interest estimate for a creator missing its interest block is made from.

A creator reported without interests (a ranking export) takes the interest share of the
``NEIGHBOURS`` reported creators whose text embeddings are closest to its own, among a fixed
reference set of up to ``REFERENCE_SAMPLE`` creators with a reported interest block, spread
evenly over the catalogue. Which creators are nearest depends on the embeddings alone, not on
the segment, so the search layer finds them once (``matcher.search.neighbours``, when a
snapshot is built, a delta embedded or a batch chunk scored) and keeps them in
``Catalogue.interest_neighbours``; a segment reads them with one gather.
"""

from __future__ import annotations

import numpy as np

from matcher.matching.catalogue import Catalogue

NEIGHBOURS = 10            # reported creators an interest estimate is the mean of
REFERENCE_SAMPLE = 5000    # reported creators they are chosen among
REFERENCE_MIN = 20         # fewer reported: no neighbours (nor a bin of content affinity)


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


def neighbours_missing(catalogue: Catalogue) -> bool:
    """Whether the catalogue would estimate its creators missing interests from their nearest
    reported creators had it been built with them (a snapshot written before they were)."""
    return (catalogue.interest_neighbours is None
            and bool((~catalogue.block_present("interests")).any())
            and len(interest_reference(catalogue)) >= REFERENCE_MIN)
