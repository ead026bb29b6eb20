"""Hard filters as a boolean row mask (the search layer turns it into a FAISS ID selector)."""

from __future__ import annotations

import numpy as np

from matcher.contracts.profiles import Filters
from matcher.errors import InvalidSegment
from matcher.matching.catalogue import PLATFORMS, Catalogue
from matcher.matching.scoring import FACTOR_BLOCK, factor_shares
from matcher.matching.segments import SegmentTargets


def allowed_rows(catalogue: Catalogue, targets: SegmentTargets, filters: Filters
                 ) -> np.ndarray | None:
    """Rows passing every filter, or None when nothing is filtered.

    Unknown credibility does not pass ``min_credibility``; a missing block does not pass a
    ``min_share`` on it.
    """
    mask = np.ones(catalogue.size, dtype=bool)
    filtered = False
    if filters.platforms:
        codes = [PLATFORMS.index(p.value) for p in filters.platforms]
        mask &= np.isin(catalogue.platform, codes)
        filtered = True
    if filters.followers is not None:
        if filters.followers.min is not None:
            mask &= catalogue.followers >= filters.followers.min
        if filters.followers.max is not None:
            mask &= catalogue.followers <= filters.followers.max
        filtered = True
    if filters.min_credibility is not None:
        mask &= np.nan_to_num(catalogue.credibility, nan=-1.0) >= filters.min_credibility
        filtered = True
    if filters.exclude_ids:
        row_of = catalogue.row_of()
        mask[[row_of[i] for i in filters.exclude_ids if i in row_of]] = False
        filtered = True
    if filters.min_share:
        shares = factor_shares(catalogue, targets, np.arange(catalogue.size))
        for factor, minimum in filters.min_share.items():
            if factor not in shares:
                raise InvalidSegment(
                    f"filters.min_share.{factor}: the segment has no {factor} target to "
                    "measure a share against", field=f"filters.min_share.{factor}")
            present = catalogue.block_present(FACTOR_BLOCK[factor])
            mask &= present & (shares[factor] >= minimum - 1e-9)
        filtered = True
    return mask if filtered else None
