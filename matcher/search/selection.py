"""A segment's hard filters on one catalogue part, ready for the search: the passing rows
and the same rows as the ID selector FAISS filters with inside its scan."""

from __future__ import annotations

from dataclasses import dataclass, field

import faiss
import numpy as np

from matcher.contracts.profiles import Filters
from matcher.matching.catalogue import Catalogue
from matcher.matching.filters import allowed_rows, filter_masks
from matcher.matching.segments import SegmentTargets
from matcher.search.ann import id_selector


@dataclass(frozen=True)
class RowFilter:
    """A segment's filters on one catalogue, made once and shared by its shortlists: the
    passing rows (None: every row; read-only), how many pass, and the same rows as the ID
    selector a FAISS search takes."""

    mask: np.ndarray | None
    count: int
    selector: faiss.IDSelector | None
    alone: dict[str, int] = field(default_factory=dict)  # rows each filter alone passes


def row_filter(catalogue: Catalogue, targets: SegmentTargets, filters: Filters) -> RowFilter:
    masks = filter_masks(catalogue, targets, filters)
    mask = allowed_rows(catalogue, targets, filters, masks)
    if mask is None:
        return RowFilter(None, catalogue.size, None)
    mask.flags.writeable = False
    alone = {name: int(np.count_nonzero(m)) for name, m in masks.items()}
    return RowFilter(mask, int(np.count_nonzero(mask)), id_selector(mask), alone)
