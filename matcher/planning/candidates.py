"""The creators a plan chooses from, with what the catalogue and the segments' rankings know
of each.

Per segment, the top ``plan_candidates`` creators by fit and the top as many by estimated
reach (``Matcher.ranked_figures``: a shortlist's search and ranking without its records), and
any must-include beyond them; a creator's reach in a
segment whose rankings do not hold it counts as 0 (it is outside that segment's best
candidates).
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from matcher.contracts.profiles import Segment
from matcher.errors import InfeasiblePlan
from matcher.matching.catalogue import PLATFORMS, Catalogue
from matcher.planning.audiences import AudienceBlocks
from matcher.planning.prices import PriceModel, catalogue_price_model
from matcher.service import Matcher

_PRICE_MODELS: weakref.WeakKeyDictionary[Catalogue, PriceModel | None] = (
    weakref.WeakKeyDictionary())


@dataclass
class Pool:
    ids: list[str]
    handles: list[str | None]
    names: list[str | None]
    platform: np.ndarray      # (n,) index into PLATFORMS
    followers: np.ndarray     # (n,)
    engagement: np.ndarray    # (n,) NaN when unknown
    price: np.ndarray         # (n,) reported price, NaN when none
    credibility: np.ndarray   # (n,) reported credibility, NaN when none
    fit: np.ndarray           # (n, segments) NaN outside a segment's candidates
    reach: np.ndarray         # (n, segments) estimated segment reach
    reach_low: np.ndarray
    reach_high: np.ndarray
    blocks: AudienceBlocks
    sketches: list[bytes | None] | None = None  # serialised Theta sketches; None: nobody's
    max_sketch_hashes: int = 1_000_000  # MATCHER_PLAN_MAX_SKETCH_HASHES

    def __len__(self) -> int:
        return len(self.ids)


def price_model(matcher: Matcher) -> PriceModel | None:
    """The price model of the serving snapshot's catalogue (fit once per snapshot)."""
    catalogue = matcher.snapshot.catalogue
    if catalogue not in _PRICE_MODELS:
        _PRICE_MODELS[catalogue] = catalogue_price_model(catalogue)
    return _PRICE_MODELS[catalogue]


def gather(matcher: Matcher, segments: Sequence[Segment], weights: dict[str, float] | None,
           per_segment: int, must_include: Sequence[str]) -> Pool:
    figures: dict[str, dict[int, tuple[float, float, float, float, float]]] = {}
    saved = matcher.segments
    for s, segment in enumerate(segments):
        # a saved segment by its id: its per-creator columns are kept and read (same figures)
        asked = segment.id if saved.get(segment.id) == segment else segment
        for ranked in matcher.ranked_figures(asked, per_segment, weights, ("fit", "reach")):
            for creator, fit, reach, share, (share_low, share_high) in zip(
                    ranked.ids, ranked.fit.tolist(), ranked.reach.tolist(),
                    ranked.segment_share.tolist(), ranked.share_range.tolist(), strict=True):
                figures.setdefault(creator, {})[s] = (fit, reach, share, share_low, share_high)
    ids = list(figures) + [i for i in dict.fromkeys(must_include) if i not in figures]
    n, n_seg = len(ids), len(segments)
    fit = np.full((n, n_seg), np.nan)
    reach = np.zeros((n, n_seg))
    low = np.zeros((n, n_seg))
    high = np.zeros((n, n_seg))
    for row, creator in enumerate(ids):
        for s, (creator_fit, creator_reach, share, share_low, share_high) in figures.get(
                creator, {}).items():
            fit[row, s] = creator_fit
            reach[row, s] = creator_reach
            scale = creator_reach / share if share > 0 else 0.0
            low[row, s] = min(creator_reach, share_low * scale)
            high[row, s] = max(creator_reach, share_high * scale)
    located = []
    for creator in ids:
        where = matcher.view.locate(creator)
        if where is None:
            raise InfeasiblePlan(f"plan.must_include: no creator with id {creator!r} in the "
                                 "catalogue", field="plan.must_include")
        located.append(where)
    return Pool(ids=ids,
                handles=[part.catalogue.handles[r] for part, r in located],
                names=[part.catalogue.names[r] for part, r in located],
                platform=np.array([part.catalogue.platform[r] for part, r in located],
                                  dtype=int),
                followers=np.array([part.catalogue.followers[r] for part, r in located],
                                   dtype=float),
                engagement=np.array([part.catalogue.engagement[r] for part, r in located],
                                    dtype=float),
                price=np.array([part.catalogue.price[r] for part, r in located], dtype=float),
                credibility=np.array([part.catalogue.credibility[r] for part, r in located],
                                     dtype=float),
                fit=fit, reach=reach, reach_low=low, reach_high=high,
                blocks=_blocks(located), sketches=_sketches(located),
                max_sketch_hashes=matcher.settings.plan_max_sketch_hashes)


def _sketches(located: Sequence[tuple]) -> list[bytes | None] | None:
    sketches = [None if part.catalogue.sketches is None else part.catalogue.sketches[r]
                for part, r in located]
    return sketches if any(s is not None for s in sketches) else None


def _blocks(located: Sequence[tuple]) -> AudienceBlocks:
    """The candidates' audience blocks. Countries get columns in the order the candidates
    first hold them; each interest vector is its labels' shares times their embeddings, one
    candidate at a time (the same arithmetic whatever the pool)."""
    n = len(located)
    if not n:
        return AudienceBlocks(interest=np.zeros((0, 1)), country=np.zeros((0, 1)),
                              age=np.zeros(0), gender=np.zeros(0), platform=np.zeros(0, dtype=int))
    parts: dict[int, tuple[Any, list[int], list[int]]] = {}  # id(part): part, positions, rows
    for position, (part, r) in enumerate(located):
        parts.setdefault(id(part), (part, [], []))[1].append(position)
        parts[id(part)][2].append(r)
    first_part = located[0][0]
    interest = np.zeros((n, first_part.label_emb.shape[1]))
    age = np.zeros((n, first_part.catalogue.age.shape[1]))
    gender = np.zeros((n, first_part.catalogue.gender.shape[1]))
    platform = np.zeros(n, dtype=int)
    owners, names, shares = [], [], []
    for part, positions, rows in parts.values():
        cat, at = part.catalogue, np.asarray(positions, dtype=np.int64)
        held = cat.countries[np.asarray(rows, dtype=np.int64)]
        owners.append(np.repeat(at, np.diff(held.indptr)))
        names.append(np.asarray(cat.country_vocab, dtype=object)[held.indices])
        shares.append(held.data.astype(float))
        emb = part.label_emb
        indptr, indices, data = cat.interests.indptr, cat.interests.indices, cat.interests.data
        for position, r in zip(positions, rows, strict=True):
            start, end = indptr[r], indptr[r + 1]
            if end > start:
                interest[position] = data[start:end] @ emb[indices[start:end]]
        age[at], gender[at], platform[at] = cat.age[rows], cat.gender[rows], cat.platform[rows]
    owner = np.concatenate(owners)
    order = np.argsort(owner, kind="stable")    # candidate by candidate, each in row order
    owner, name, share = owner[order], np.concatenate(names)[order], np.concatenate(shares)[order]
    held_names, first, which = np.unique(name.astype(str), return_index=True,
                                         return_inverse=True)
    column = np.empty(len(held_names), dtype=np.int64)
    column[np.argsort(first, kind="stable")] = np.arange(len(held_names))
    country = np.zeros((n, max(len(held_names), 1)))
    country[owner, column[which]] = share
    return AudienceBlocks(interest=interest, country=country, age=age, gender=gender,
                          platform=platform)


def platform_code(name: str) -> int:
    return PLATFORMS.index(name)
