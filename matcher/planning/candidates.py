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
from typing import TYPE_CHECKING, Any

import numpy as np

from matcher.contracts.profiles import Segment
from matcher.errors import InfeasiblePlan
from matcher.matching.catalogue import PLATFORMS, Catalogue
from matcher.planning.audiences import AudienceBlocks
from matcher.planning.prices import PriceModel, catalogue_price_model
from matcher.service import Matcher

if TYPE_CHECKING:
    from matcher.service.pipeline import RankedFigures

_PRICE_MODELS: weakref.WeakKeyDictionary[Catalogue, PriceModel | None] = (
    weakref.WeakKeyDictionary())
_BASES: weakref.WeakKeyDictionary[Catalogue, dict[tuple, np.ndarray]] = (
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
    position: dict[str, int] = {}    # candidate id: its row, in the order first ranked
    ranked_rows: list[tuple[int, np.ndarray, RankedFigures]] = []
    saved = matcher.segments
    for s, segment in enumerate(segments):
        # a saved segment by its id: its per-creator columns are kept and read (same figures)
        asked = segment.id if saved.get(segment.id) == segment else segment
        for ranked in matcher.ranked_figures(asked, per_segment, weights, ("fit", "reach")):
            rows = np.fromiter((position.setdefault(creator, len(position))
                                for creator in ranked.ids), dtype=np.int64,
                               count=len(ranked.ids))
            ranked_rows.append((s, rows, ranked))
    ids = list(position) + [i for i in dict.fromkeys(must_include) if i not in position]
    n, n_seg = len(ids), len(segments)
    fit = np.full((n, n_seg), np.nan)
    reach = np.zeros((n, n_seg))
    low = np.zeros((n, n_seg))
    high = np.zeros((n, n_seg))
    for s, rows, ranked in ranked_rows:
        share = ranked.segment_share
        positive = share > 0
        scale = np.where(positive, ranked.reach / np.where(positive, share, 1.0), 0.0)
        fit[rows, s] = ranked.fit
        reach[rows, s] = ranked.reach
        low[rows, s] = np.minimum(ranked.reach, ranked.share_range[:, 0] * scale)
        high[rows, s] = np.maximum(ranked.reach, ranked.share_range[:, 1] * scale)
    located = []
    for creator in ids:
        where = matcher.view.locate(creator)
        if where is None:
            raise InfeasiblePlan(f"plan.must_include: no creator with id {creator!r} in the "
                                 "catalogue", field="plan.must_include")
        located.append(where)
    by_part = _by_part(located)

    def column(name: str, dtype: type) -> np.ndarray:
        out: np.ndarray = np.zeros(n, dtype=dtype)
        for part, at, rows in by_part:
            out[at] = getattr(part.catalogue, name)[rows]
        return out

    return Pool(ids=ids,
                handles=[part.catalogue.handles[r] for part, r in located],
                names=[part.catalogue.names[r] for part, r in located],
                platform=column("platform", int), followers=column("followers", float),
                engagement=column("engagement", float), price=column("price", float),
                credibility=column("credibility", float),
                fit=fit, reach=reach, reach_low=low, reach_high=high,
                blocks=_blocks(by_part, n), sketches=_sketches(located),
                max_sketch_hashes=matcher.settings.plan_max_sketch_hashes)


def _by_part(located: Sequence[tuple]) -> list[tuple[Any, np.ndarray, np.ndarray]]:
    """(part, positions in ``located``, rows of the part) for each part, in the order the
    parts first appear."""
    parts: dict[int, tuple[Any, list[int], list[int]]] = {}  # id(part): part, positions, rows
    for at, (part, r) in enumerate(located):
        parts.setdefault(id(part), (part, [], []))[1].append(at)
        parts[id(part)][2].append(r)
    return [(part, np.asarray(at, dtype=np.int64), np.asarray(rows, dtype=np.int64))
            for part, at, rows in parts.values()]


def _sketches(located: Sequence[tuple]) -> list[bytes | None] | None:
    sketches = [None if part.catalogue.sketches is None else part.catalogue.sketches[r]
                for part, r in located]
    return sketches if any(s is not None for s in sketches) else None


def _blocks(by_part: list[tuple[Any, np.ndarray, np.ndarray]], n: int) -> AudienceBlocks:
    """The candidates' audience blocks. Countries get columns in the order the candidates
    first hold them; each interest vector is its labels' shares times their embeddings,
    written in an orthonormal basis of the span of the parts' label embeddings (the same
    lengths and inner products in as many dimensions as there are labels, when they are
    fewer than the embedding's)."""
    if not n:
        return AudienceBlocks(interest=np.zeros((0, 1)), country=np.zeros((0, 1)),
                              age=np.zeros(0), gender=np.zeros(0), platform=np.zeros(0, dtype=int))
    first_part = by_part[0][0]
    basis = _label_basis(by_part)
    interest = np.zeros((n, len(basis)))
    age = np.zeros((n, first_part.catalogue.age.shape[1]))
    gender = np.zeros((n, first_part.catalogue.gender.shape[1]))
    platform = np.zeros(n, dtype=int)
    owners, names, shares = [], [], []
    country_code: dict[str, int] = {}    # the parts' country names, numbered
    for part, at, rows in by_part:
        cat = part.catalogue
        held = cat.countries[rows]
        owners.append(np.repeat(at, np.diff(held.indptr)))
        codes = np.array([country_code.setdefault(c, len(country_code))
                          for c in cat.country_vocab], dtype=np.int64)
        names.append(codes[held.indices])
        shares.append(held.data.astype(float))
        if part.label_emb.shape[0]:
            coordinates = np.asarray(part.label_emb, dtype=float) @ basis.T   # (labels, basis)
            interest[at] = cat.interests[rows].astype(float) @ coordinates
        age[at], gender[at], platform[at] = cat.age[rows], cat.gender[rows], cat.platform[rows]
    owner = np.concatenate(owners)
    order = np.argsort(owner, kind="stable")    # candidate by candidate, each in row order
    owner, name, share = owner[order], np.concatenate(names)[order], np.concatenate(shares)[order]
    held_names, first, which = np.unique(name, return_index=True, return_inverse=True)
    column = np.empty(len(held_names), dtype=np.int64)
    column[np.argsort(first, kind="stable")] = np.arange(len(held_names))
    country = np.zeros((n, max(len(held_names), 1)))
    country[owner, column[which]] = share
    return AudienceBlocks(interest=interest, country=country, age=age, gender=gender,
                          platform=platform)


def _label_basis(by_part: list[tuple[Any, np.ndarray, np.ndarray]]) -> np.ndarray:
    """``label_basis`` of the parts' label embeddings, kept per base catalogue and the
    parts' label vocabularies (a label's embedding is fixed for a catalogue's encoder)."""
    key = tuple(tuple(part.catalogue.label_vocab) for part, _, _ in by_part)
    kept = _BASES.setdefault(by_part[0][0].catalogue, {})
    basis = kept.get(key)
    if basis is None:
        if len(kept) >= 8:    # a live catalogue's delta parts come and go
            kept.clear()
        basis = kept[key] = label_basis([part.label_emb for part, _, _ in by_part])
    return basis


def label_basis(embeddings: Sequence[np.ndarray]) -> np.ndarray:
    """(rank, dim): orthonormal rows spanning every label embedding given."""
    stacked = np.vstack([np.asarray(e, dtype=float) for e in embeddings])
    if not len(stacked):
        return np.zeros((1, stacked.shape[1]))
    _, singular, rows = np.linalg.svd(stacked, full_matrices=False)
    kept = rows[singular > singular[0] * 1e-10]
    return kept if len(kept) else np.zeros((1, stacked.shape[1]))


def platform_code(name: str) -> int:
    return PLATFORMS.index(name)
