"""The shortlist pipeline: a segment's targets and filters per catalogue part, the first
stage (FAISS or an exact scan of the delta), exact scoring of the candidates, the ranking
across parts and the records of the k best.

``Shortlister`` owns the per-part caches of what a segment costs to prepare, so a saved
segment is encoded, matched and filtered once per catalogue part.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from matcher.config import Settings
from matcher.contracts.profiles import Segment
from matcher.embedding.encoder import Encoder
from matcher.matching.explain import SHARE_DIGITS, round_shares
from matcher.matching.scoring import (
    Priors,
    Scores,
    SegmentColumns,
    check_weights_apply,
    score_rows,
    segment_columns,
    share_priors,
)
from matcher.matching.segments import SegmentTargets, build_targets
from matcher.search.live import Part, View
from matcher.search.selection import RowFilter, row_filter
from matcher.search.vectors import query_vector
from matcher.service.caches import PartCache
from matcher.service.records import Shortlist, records
from matcher.service.warnings import Baseline, baseline, shortlist_warnings

SEGMENT_CACHE_SIZE = 128
QUERIES_KEPT = 8


@dataclass
class RankedFigures:
    """What a plan reads of a shortlist's creators, best first: ids, fit, estimated reach,
    segment share and its range, rounded as the shortlist's records round them."""

    ids: list[str]
    fit: np.ndarray
    reach: np.ndarray
    segment_share: np.ndarray
    share_range: np.ndarray   # (n, 2)


@dataclass
class _Ranked:
    rankings: list[list[tuple[float, str, int, int]]]  # per ranking: (-key, id, part,
    #                                                    position in the part's scores)
    scored: list[Scores]
    eligible: int
    candidates: int


class Shortlister:
    def __init__(self, encoder: Encoder, settings: Settings, scan_threads: int) -> None:
        self.encoder = encoder
        self.settings = settings
        self.scan_threads = scan_threads
        self.targets: PartCache[tuple[SegmentTargets, RowFilter]] = PartCache(SEGMENT_CACHE_SIZE)
        self.priors: PartCache[Priors] = PartCache(SEGMENT_CACHE_SIZE)
        self.baselines: PartCache[Baseline] = PartCache(SEGMENT_CACHE_SIZE)
        self.columns: PartCache[SegmentColumns | None] = PartCache(
            max(settings.segment_columns, 1))

    def shortlist(self, view: View, seg: Segment, saved: bool, k: int,
                  weights: dict[str, float], rank_by: str) -> Shortlist:
        """The k best creators of ``view`` for ``seg`` (``saved``: a segment asked for by id,
        whose per-creator columns are worth keeping), ranked by ``rank_by``."""
        segment_key = seg.model_dump_json()
        prepared = self.prepared(seg, view, segment_key)
        targets, filters, priors = prepared
        ranking = self._ranked(view, seg, saved, k, weights, (rank_by,), segment_key, prepared)
        ranked = ranking.rankings[0]
        chosen: dict[int, list[int]] = {}
        for _, _, index, j in ranked[:k]:
            chosen.setdefault(index, []).append(j)
        built = {(index, j): record for index, js in chosen.items()
                 for j, record in zip(js, records(view.parts[index].catalogue, targets[index],
                                                  ranking.scored[index], js), strict=True)}
        results = []
        for rank, (_, _, index, j) in enumerate(ranked[:k], start=1):
            record = built[(index, j)]
            record["rank"] = rank
            results.append(record)
        eligible, candidates = ranking.eligible, ranking.candidates
        average = self._baseline(segment_key, view, targets[0], filters[0], priors)
        warnings = shortlist_warnings(targets, filters, results, k, eligible, average,
                                      seg.filters, view.parts[0].catalogue.credibility_median)
        mapping: dict[str, list[dict[str, Any]]] = {p: [] for p in seg.interests}
        for part_targets in targets:  # a delta part may hold labels the snapshot has not
            for phrase, found in part_targets.phrase_matches.items():
                known = {m["label"] for m in mapping[phrase]}
                mapping[phrase] += [{"label": m.label, "weight": m.weight,
                                     "score": m.similarity, "via": m.via, "lift": m.lift,
                                     "creators": list(m.creators)}
                                    for m in found if m.label not in known]
        return Shortlist(seg, rank_by, k, weights, view.version, eligible, candidates, results,
                         warnings, mapping)

    def ranked_figures(self, view: View, seg: Segment, saved: bool, k: int,
                       weights: dict[str, float], rank_bys: tuple[str, ...]
                       ) -> list[RankedFigures]:
        """What a plan reads of the k best creators of ``view`` for ``seg`` by each of
        ``rank_bys``, in the order and to the digits of ``shortlist``'s records, without
        building the records; the rankings share one first stage and one exact scoring."""
        found = self._ranked(view, seg, saved, k, weights, rank_bys, seg.model_dump_json())
        return [_figures(ranked[:k], found.scored) for ranked in found.rankings]

    def _ranked(self, view: View, seg: Segment, saved: bool, k: int,
                weights: dict[str, float], rank_bys: tuple[str, ...], segment_key: str,
                prepared: tuple[list[SegmentTargets], list[RowFilter], Priors] | None = None
                ) -> _Ranked:
        """The first stage and the exact scores of every part, and for each of ``rank_bys``
        the k best (with ties) of each part, merged and sorted. A ranking by reach also
        considers the largest audiences; the others rank the first stage's creators alone.
        ``prepared``: what ``prepared`` gave for this segment and view, when the caller has it."""
        pool = max(self.settings.candidate_pool, k * self.settings.candidate_factor)
        targets, filters, priors = prepared or self.prepared(seg, view, segment_key)
        check_weights_apply(weights, targets[0])
        columns = (self._columns(segment_key, view, targets, priors) if saved
                   else [None] * len(targets))
        eligible = candidates = 0
        rankings: list[list[tuple[float, str, int, int]]] = [[] for _ in rank_bys]
        scored: list[Scores] = []
        by_reach = [rank_by in ("reach", "reach_low") for rank_by in rank_bys]
        for index, (part, part_targets) in enumerate(zip(view.parts, targets, strict=True)):
            passing = filters[index]
            live = part.live_mask(passing.mask)
            unchanged = live is passing.mask
            live_count = (part.catalogue.size if live is None else passing.count if unchanged
                          else int(np.count_nonzero(live)))
            eligible += live_count
            query = _query(part, part_targets, weights)
            first = part.search(query, pool, live, live_count,
                                passing.selector if unchanged else None, self.scan_threads)
            in_first = _holds(first, part.catalogue.size) if any(by_reach) else None
            rows = first
            if in_first is not None:    # the first stage and the largest audiences, sorted
                in_either = in_first.copy()
                in_either[_largest_audiences(part, live, pool)] = True
                rows = np.flatnonzero(in_either)
            scores = score_rows(part.catalogue, part.text_emb, part_targets, rows, weights,
                                priors, columns[index])
            candidates += len(rows)
            ids = part.catalogue.ids
            # a ranking not by reach ranks the first stage's rows only
            of_first = (None if all(by_reach) or in_first is None
                        else np.flatnonzero(in_first[rows]))
            for ranked, rank_by, reach in zip(rankings, rank_bys, by_reach, strict=True):
                key = scores.ranking_key(rank_by)
                at = None if reach or of_first is None else of_first
                best = _best_with_ties(key if at is None else key[at], k)
                best = best if at is None else at[best]
                ranked += zip((-key[best]).tolist(),
                              [ids[row] for row in scores.rows[best].tolist()],
                              [index] * len(best), best.tolist(), strict=True)
            scored.append(scores)
        for ranked in rankings:
            ranked.sort()
        return _Ranked(rankings, scored, eligible, candidates)

    def records_of(self, view: View, seg: Segment, ids: set[str],
                   weights: dict[str, float]) -> list[dict[str, Any]]:
        """The records of the named creators for ``seg``, scored as a shortlist scores them
        whatever their rank and the segment's filters (no rank; ids that are not current
        creators of ``view`` are left out)."""
        targets, _, priors = self.prepared(seg, view, seg.model_dump_json())
        out: list[dict[str, Any]] = []
        for part, part_targets in zip(view.parts, targets, strict=True):
            alive = part.live_mask(None)
            row_of = part.catalogue.row_of()    # built once per catalogue
            found = (row_of.get(id_) for id_ in ids)
            rows = np.array(sorted(row for row in found
                                   if row is not None and (alive is None or alive[row])),
                            dtype=np.int64)
            if not len(rows):
                continue
            scores = score_rows(part.catalogue, part.text_emb, part_targets, rows, weights,
                                priors)
            out += records(part.catalogue, part_targets, scores, range(len(rows)))
        return out

    def _baseline(self, key: str, view: View, targets: SegmentTargets, passing: RowFilter,
                  priors: Priors) -> Baseline | None:
        """The segment's average figures over the snapshot's eligible creators still current,
        once per segment, snapshot and priors (the delta can turn the top-country table on)."""
        if not targets.targeted():
            return None
        base = view.parts[0]
        cache_key = _priors_key(view, key)
        found = self.baselines.get(base.catalogue, cache_key)
        if found is None:
            found = baseline(base, targets, base.live_mask(passing.mask), priors)
            self.baselines.put(base.catalogue, cache_key, found)
        return found

    def prepared(self, seg: Segment, view: View, key: str | None = None
                 ) -> tuple[list[SegmentTargets], list[RowFilter], Priors]:
        """Targets and filters per part, and missing-block priors, cached per segment and
        catalogue part. ``key`` is the segment's JSON when the caller has it."""
        key = key or seg.model_dump_json()
        targets: list[SegmentTargets] = []
        filters = []
        for part in view.parts:
            cached = self.targets.get(part.catalogue, key)
            if cached is None:
                part_targets = build_targets(seg, part.catalogue, part.label_emb, self.encoder,
                                             reference=targets[0] if targets else None,
                                             text_emb=None if targets else part.text_emb)
                cached = (part_targets, row_filter(part.catalogue, part_targets, seg.filters))
                self.targets.put(part.catalogue, key, cached)
            targets.append(cached[0])
            filters.append(cached[1])
        base = view.parts[0].catalogue
        priors_key = _priors_key(view, key)
        priors = self.priors.get(base, priors_key)
        if priors is None:
            priors = (share_priors(base, targets[0], by_top_country=priors_key[0] == "1",
                                   text_emb=view.parts[0].text_emb)
                      if targets[0].targeted() else Priors())
            self.priors.put(base, priors_key, priors)
        return targets, filters, priors

    def _columns(self, key: str, view: View, targets: list[SegmentTargets], priors: Priors
                 ) -> list[SegmentColumns | None]:
        """A saved segment's per-creator figures (shares, segment shares, affinities), per
        part, from its second shortlist on (a one-off shortlist, as from the CLI, never pays
        for the whole catalogue), for the ``segment_columns`` most recently used saved
        segments."""
        if self.settings.segment_columns <= 0:
            return [None] * len(targets)
        out: list[SegmentColumns | None] = []
        for part, part_targets in zip(view.parts, targets, strict=True):
            seen, columns = self.columns.lookup(part.catalogue, key)
            if seen and columns is None:
                columns = segment_columns(part.catalogue, part.text_emb, part_targets, priors)
            self.columns.put(part.catalogue, key, columns)  # None: seen once
            out.append(columns)
        return out


def _priors_key(view: View, key: str) -> str:
    """A segment's key for what depends on its priors: the tables of estimates from a top
    audience country or a dominant value are built only when some part holds creators that
    need them."""
    by_top = any(part.catalogue.has_partial_evidence for part in view.parts)
    return f"{int(by_top)}{key}"


def _query(part: Part, targets: SegmentTargets, weights: dict[str, float]) -> np.ndarray:
    """The first-stage query of a segment and weighting, kept with the segment's targets for
    the last few weightings."""
    key = tuple(weights.values())
    query = targets.queries.get(key)
    if query is None:
        if len(targets.queries) >= QUERIES_KEPT:
            targets.queries.clear()
        query = targets.queries[key] = query_vector(targets, part.layout, weights,
                                                    part.catalogue)
        query.flags.writeable = False
    return query


def _figures(top: list[tuple[float, str, int, int]], scored: list[Scores]) -> RankedFigures:
    """A plan's figures of ranked creators, rounded as ``records`` rounds them."""
    fit, reach = np.zeros(len(top)), np.zeros(len(top))
    share, share_range = np.zeros(len(top)), np.zeros((len(top), 2))
    part_of = np.array([part for _, _, part, _ in top], dtype=np.int64)
    position = np.array([j for _, _, _, j in top], dtype=np.int64)
    for index, scores in enumerate(scored):
        out = np.flatnonzero(part_of == index)
        if not len(out):
            continue
        at = position[out]
        fit[out] = np.round(scores.fit[at], SHARE_DIGITS)
        reach[out] = np.round(scores.reach[at])
        share[out] = round_shares(scores.segment_share[at])
        share_range[out] = round_shares(scores.share_range[at])
    return RankedFigures([id_ for _, id_, _, _ in top], fit, reach, share, share_range)


def _best_with_ties(key: np.ndarray, k: int) -> np.ndarray:
    """Positions of the k largest values of ``key`` and of every value tied with the k-th."""
    if len(key) <= k:
        return np.arange(len(key))
    kth = np.partition(key, len(key) - k)[len(key) - k]
    return np.flatnonzero(key >= kth)


def _holds(rows: np.ndarray, size: int) -> np.ndarray:
    """(size,) True at ``rows``."""
    mask = np.zeros(size, dtype=bool)
    mask[rows] = True
    return mask



def _largest_audiences(part: Part, live: np.ndarray | None, count: int) -> np.ndarray:
    """The ``count`` rows of ``live`` (None: every row) with the most real followers."""
    order = part.catalogue.by_real_followers
    return order[:count] if live is None else order[live[order]][:count]


__all__ = ["RankedFigures", "Shortlister"]
