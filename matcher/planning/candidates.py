"""The creators a plan chooses from, with what the catalogue and the shortlists know of each.

Per segment, the top ``plan_candidates`` creators by fit and the top as many by estimated
reach (``Matcher.ranked_figures``: a shortlist's search and ranking without its records), and
any must-include beyond them; a creator's reach in a
segment whose shortlists do not hold it counts as 0 (it is outside that segment's best
candidates).
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from dataclasses import dataclass

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
    for s, segment in enumerate(segments):
        for rank_by in ("fit", "reach"):
            ranked = matcher.ranked_figures(segment, per_segment, weights, rank_by)
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
                fit=fit, reach=reach, reach_low=low, reach_high=high,
                blocks=_blocks(located), sketches=_sketches(located),
                max_sketch_hashes=matcher.settings.plan_max_sketch_hashes)


def _sketches(located: Sequence[tuple]) -> list[bytes | None] | None:
    sketches = [None if part.catalogue.sketches is None else part.catalogue.sketches[r]
                for part, r in located]
    return sketches if any(s is not None for s in sketches) else None


def _blocks(located: Sequence[tuple]) -> AudienceBlocks:
    countries: dict[str, int] = {}
    rows: list[dict[int, float]] = []
    interest = []
    for part, r in located:
        cat = part.catalogue
        line = cat.countries[r]
        row = {}
        for j, share in zip(line.indices, line.data, strict=True):
            row[countries.setdefault(cat.country_vocab[j], len(countries))] = float(share)
        rows.append(row)
        labels = cat.interests[r]
        vec = (labels.data @ part.label_emb[labels.indices] if labels.nnz
               else np.zeros(part.label_emb.shape[1]))
        interest.append(np.asarray(vec, dtype=float))
    country = np.zeros((len(located), max(len(countries), 1)))
    for i, row in enumerate(rows):
        for j, share in row.items():
            country[i, j] = share
    return AudienceBlocks(
        interest=np.stack(interest) if interest else np.zeros((0, 1)),
        country=country,
        age=np.array([part.catalogue.age[r] for part, r in located], dtype=float),
        gender=np.array([part.catalogue.gender[r] for part, r in located], dtype=float),
        platform=np.array([part.catalogue.platform[r] for part, r in located], dtype=int))


def platform_code(name: str) -> int:
    return PLATFORMS.index(name)
