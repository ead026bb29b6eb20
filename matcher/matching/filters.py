"""Hard filters as a boolean row mask (the search layer turns it into a FAISS ID selector)."""

from __future__ import annotations

import numpy as np

from matcher.contracts.profiles import Filters
from matcher.errors import InvalidSegment
from matcher.matching.catalogue import PLATFORMS, Catalogue
from matcher.matching.scoring import FACTOR_BLOCK, factor_shares
from matcher.matching.segments import SegmentTargets


def filter_masks(catalogue: Catalogue, targets: SegmentTargets, filters: Filters
                 ) -> dict[str, np.ndarray]:
    """Each filter the segment sets, by name (as in the segment: ``platforms``,
    ``followers``, ``min_credibility``, ``exclude_ids``, ``min_share.country``...), and
    the rows it alone lets through.

    Unknown credibility is judged on the catalogue's median by ``min_credibility`` (the
    default ``unknown_credibility: catalogue_median``) or does not pass it (``exclude``); a
    missing block does not pass a ``min_share`` on it.
    """
    masks: dict[str, np.ndarray] = {}
    if filters.platforms:
        codes = [PLATFORMS.index(p.value) for p in filters.platforms]
        masks["platforms"] = np.isin(catalogue.platform, codes)
    if filters.followers is not None:
        mask = np.ones(catalogue.size, dtype=bool)
        if filters.followers.min is not None:
            mask &= catalogue.followers >= filters.followers.min
        if filters.followers.max is not None:
            mask &= catalogue.followers <= filters.followers.max
        masks["followers"] = mask
    if filters.min_credibility is not None:
        unknown = (catalogue.credibility_median
                   if filters.unknown_credibility == "catalogue_median" else -1.0)
        masks["min_credibility"] = (np.nan_to_num(catalogue.credibility, nan=unknown)
                                    >= filters.min_credibility)
    if filters.exclude_ids:
        mask = np.ones(catalogue.size, dtype=bool)
        row_of = catalogue.row_of()
        mask[[row_of[i] for i in filters.exclude_ids if i in row_of]] = False
        masks["exclude_ids"] = mask
    if filters.min_share:
        shares = factor_shares(catalogue, targets, np.arange(catalogue.size))
        for factor, minimum in filters.min_share.items():
            if factor not in shares:
                raise InvalidSegment(
                    f"filters.min_share.{factor}: the segment has no {factor} target to "
                    "measure a share against", field=f"filters.min_share.{factor}")
            present = catalogue.block_present(FACTOR_BLOCK[factor])
            masks[f"min_share.{factor}"] = present & (shares[factor] >= minimum - 1e-9)
    return masks


def allowed_rows(catalogue: Catalogue, targets: SegmentTargets, filters: Filters,
                 masks: dict[str, np.ndarray] | None = None) -> np.ndarray | None:
    """Rows passing every filter, or None when nothing is filtered."""
    masks = filter_masks(catalogue, targets, filters) if masks is None else masks
    if not masks:
        return None
    mask = np.ones(catalogue.size, dtype=bool)
    for alone in masks.values():
        mask &= alone
    return mask
