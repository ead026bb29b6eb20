"""The core entry point: a ``Matcher`` serves shortlists from one index snapshot.

The API and the CLI both build a ``Matcher`` and call ``shortlist``; both serialise the
result with ``Shortlist.to_json`` so they return the same bytes.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from matcher.catalogue import PLATFORMS
from matcher.config import Settings
from matcher.embed import Encoder
from matcher.errors import InvalidInput, UnknownInfluencer, UnknownSegment
from matcher.explain import explain
from matcher.filters import allowed_rows
from matcher.index import Snapshot, build_snapshot, current_snapshot_dir, load_snapshot
from matcher.profiles import Segment
from matcher.readers import read
from matcher.scoring import DEFAULT_RANK_BY, RANK_BY, resolve_weights, score_rows
from matcher.segments import build_targets, load_segment_dir, parse_segment
from matcher.vectors import query_vector

ASSUMPTIONS = (
    "Segment share is the product of the factor shares (age, gender, country, language, "
    "interest), which assumes they are independent within an audience; a reported joint "
    "age x gender block replaces the age and gender product. Missing blocks are unknown: "
    "they take the platform average, widen the segment-share range and lower confidence. "
    "Confidence is the fraction of the targeted blocks and credibility that were reported."
)


@dataclass
class Shortlist:
    segment: Segment
    rank_by: str
    k: int
    weights: dict[str, float]
    catalogue_version: str
    eligible: int
    candidates: int
    results: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "segment": {"id": self.segment.id, "name": self.segment.name},
            "rank_by": self.rank_by,
            "k": self.k,
            "weights": self.weights,
            "catalogue_version": self.catalogue_version,
            "eligible": self.eligible,
            "candidates_scored": self.candidates,
            "assumptions": ASSUMPTIONS,
            "results": self.results,
        }

    def to_json(self) -> bytes:
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":")).encode()


def _num(value: Any) -> float | None:
    value = float(value)
    return None if np.isnan(value) else value


class Matcher:
    def __init__(self, snapshot: Snapshot, encoder: Encoder, settings: Settings,
                 segments: dict[str, Segment] | None = None) -> None:
        self.snapshot = snapshot
        self.encoder = encoder
        self.settings = settings
        self.segments = load_segment_dir(settings.segments_dir) if segments is None else segments
        self._lock = threading.Lock()

    @classmethod
    def open(cls, settings: Settings, encoder: Encoder | None = None,
             index_dir: Path | None = None, log: Callable[[str], None] | None = None
             ) -> Matcher:
        """Load the snapshot in ``index_dir``; the default index is built on first use."""
        encoder = encoder or Encoder(settings.model_path, settings.cache_path,
                                     settings.embed_batch_size)
        index_dir = index_dir or settings.index_dir
        if current_snapshot_dir(index_dir) is None and index_dir == settings.index_dir:
            result = read(settings.roster)
            build_snapshot(result.accepted, encoder, index_dir, source=str(settings.roster),
                           log=log)
        return cls(load_snapshot(index_dir, encoder), encoder, settings)

    def resolve_segment(self, segment: Segment | dict[str, Any] | str) -> Segment:
        if isinstance(segment, Segment):
            return segment
        if isinstance(segment, str):
            if segment not in self.segments:
                raise UnknownSegment(f"no segment with id {segment!r}; known: "
                                     f"{', '.join(sorted(self.segments)) or 'none'}",
                                     field="segment_id")
            return self.segments[segment]
        return parse_segment(segment)

    def influencer(self, influencer_id: str) -> dict[str, Any]:
        profile = self.snapshot.profile(influencer_id)
        if profile is None:
            raise UnknownInfluencer(f"no influencer with id {influencer_id!r}", field="id")
        return profile

    def shortlist(self, segment: Segment | dict[str, Any] | str, k: int = 20,
                  weights: dict[str, float] | None = None, rank_by: str | None = None
                  ) -> Shortlist:
        seg = self.resolve_segment(segment)
        rank_by = rank_by or DEFAULT_RANK_BY
        if rank_by not in RANK_BY:
            raise InvalidInput(f"rank_by must be one of {list(RANK_BY)}, got {rank_by!r}",
                               field="rank_by")
        if not 1 <= k <= self.settings.max_k:
            raise InvalidInput(f"k must be between 1 and {self.settings.max_k}, got {k}",
                               field="k")
        resolved = resolve_weights(weights)
        snap = self.snapshot
        catalogue = snap.catalogue
        targets = build_targets(seg, catalogue, snap.label_emb, self.encoder)
        allowed = allowed_rows(catalogue, targets, seg.filters)
        eligible = catalogue.size if allowed is None else int(allowed.sum())
        pool = max(self.settings.candidate_pool, k * self.settings.candidate_factor)
        rows, _ = snap.search(query_vector(targets, snap.layout, resolved), pool, allowed)
        if rank_by == "reach":
            rows = np.union1d(rows, self._largest_audiences(allowed, pool))
        scores = score_rows(catalogue, snap.text_emb, targets, rows, resolved)
        key = scores.ranking_key(rank_by)
        ids = np.array([catalogue.ids[r] for r in scores.rows])
        order = np.lexsort((ids, -key))[:k]
        results = [self._result(rank, targets, scores, j)
                   for rank, j in enumerate(order, start=1)]
        return Shortlist(seg, rank_by, k, resolved, snap.version, eligible, len(rows), results)

    def _largest_audiences(self, allowed: np.ndarray | None, count: int) -> np.ndarray:
        catalogue = self.snapshot.catalogue
        real = catalogue.followers * np.nan_to_num(catalogue.credibility,
                                                   nan=catalogue.credibility_median)
        if allowed is not None:
            real = np.where(allowed, real, -1.0)
        top = np.argsort(-real, kind="stable")[:count]
        return top[real[top] >= 0]

    def _result(self, rank: int, targets: Any, scores: Any, j: int) -> dict[str, Any]:
        catalogue = self.snapshot.catalogue
        row = int(scores.rows[j])
        why = explain(catalogue, targets, scores, j)
        factors = {
            f: {"value": float(scores.values[f][j]), "weight": w,
                "contribution": float(scores.contributions[f][j])}
            for f, w in scores.effective_weights.items()
        }
        price = _num(catalogue.price[row])
        reach = float(scores.reach[j])
        return {
            "rank": rank,
            "id": catalogue.ids[row],
            "handle": catalogue.handles[row],
            "name": catalogue.names[row],
            "platform": PLATFORMS[int(catalogue.platform[row])],
            "followers": int(catalogue.followers[row]),
            "engagement_rate": float(catalogue.engagement[row]),
            "credibility": _num(catalogue.credibility[row]),
            "price_usd": price,
            "fit": float(scores.fit[j]),
            "segment_share": float(scores.segment_share[j]),
            "segment_share_range": [float(x) for x in scores.share_range[j]],
            "estimated_reach": reach,
            "cost_per_thousand_reached": (price / reach * 1000.0) if price and reach > 0
            else None,
            "factor_shares": {f: {"share": float(s[j]), "reported": not bool(
                scores.imputed[f][j])} for f, s in scores.shares.items()},
            "joint_age_gender": bool(scores.joint_age_gender[j]),
            "content_affinity": float(scores.affinity_cosine[j]),
            "engagement_vs_median": float(scores.engagement_ratio[j]),
            "factors": factors,
            "confidence": float(scores.confidence[j]),
            "missing_blocks": why["missing_blocks"],
            "interest_matches": why["interest_matches"],
            "summary": why["summary"],
        }
