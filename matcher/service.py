"""The core entry point: a ``Matcher`` serves shortlists from the live catalogue.

The API and the CLI both build a ``Matcher`` and call its methods; both serialise a result
with ``Shortlist.to_json`` so they return the same bytes.

Two modes: *live* (the default) keeps the catalogue in a ``Store`` and serves a snapshot
plus the changes made since it was built; *file* (``--index DIR``) serves a snapshot built
from a roster file, read-only.
"""

from __future__ import annotations

import gc
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import faiss
import numpy as np
import orjson

from matcher.catalogue import PLATFORMS
from matcher.config import Settings, default_scan_threads
from matcher.embed import Encoder
from matcher.errors import (
    InvalidInput,
    MatcherError,
    SnapshotMismatch,
    UnknownInfluencer,
    UnknownSegment,
)
from matcher.explain import explain_picked, pick
from matcher.filters import RowFilter, row_filter
from matcher.index import Snapshot, build_snapshot, current_snapshot_dir, load_snapshot
from matcher.live import Part, View, make_view
from matcher.profiles import AGE_BANDS, Influencer, Segment
from matcher.readers import read
from matcher.scoring import (
    DEFAULT_RANK_BY,
    RANK_BY,
    Priors,
    Scores,
    SegmentColumns,
    resolve_weights,
    score_rows,
    segment_columns,
    share_priors,
)
from matcher.segments import SegmentTargets, build_targets, load_segment_dir, parse_segment
from matcher.store import Store, UpsertCounts, open_store
from matcher.vectors import query_vector

log = logging.getLogger("matcher")
SEGMENT_CACHE_SIZE = 128
QUERIES_KEPT = 8
YOUNG_OBJECTS = 10_000  # the collector's first threshold, see _settle

ASSUMPTIONS = (
    "Segment share is the product of the factor shares (age, gender, country, language, "
    "interest), which assumes they are independent within an audience; a reported joint "
    "age x gender block replaces the age and gender product. Missing blocks are unknown: "
    "they take the platform average, widen the segment-share range and lower confidence. "
    "Confidence is the fraction of the targeted blocks and credibility that were reported."
)


class ReadOnlyCatalogue(MatcherError):
    status = 409
    slug = "read-only-catalogue"
    title = "The catalogue is read-only"


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
        return orjson.dumps(self.to_dict())


def lookalike_segment(profile: Influencer) -> Segment:
    """A segment describing a creator's audience: its main bands, genders, countries,
    languages and interests, weighted as the audience is."""
    audience = profile.audience
    data: dict[str, Any] = {"id": f"lookalike-{profile.id}"[:128],
                            "name": f"Audiences like {profile.handle or profile.id}'s",
                            "filters": {"exclude_ids": [profile.id]}}
    if audience.age:
        ranked = sorted(audience.age.items(), key=lambda kv: -kv[1])
        chosen, covered = [], 0.0
        for band, share in ranked:
            chosen.append(band)
            covered += share
            if covered >= 0.7:
                break
        data["ages"] = [b for b in AGE_BANDS if b in chosen]
    if audience.gender:
        gender, share = max(audience.gender.items(), key=lambda kv: kv[1])
        if share >= 0.65:
            data["genders"] = [gender]
    if audience.countries:
        top = sorted(audience.countries.items(), key=lambda kv: -kv[1])[:5]
        data["countries"] = {c: round(s, 4) for c, s in top if s > 0}
    if audience.languages:
        data["languages"] = [lang for lang, s in audience.languages.items() if s >= 0.2][:3] \
            or None
    if audience.interests:
        top_labels = sorted(audience.interests.items(), key=lambda kv: -kv[1])[:5]
        data["interests"] = [label for label, _ in top_labels]
    return Segment.model_validate(data)


class Matcher:
    def __init__(self, snapshot: Snapshot, encoder: Encoder, settings: Settings,
                 segments: dict[str, Segment] | None = None, store: Store | None = None
                 ) -> None:
        self.encoder = encoder
        self.settings = settings
        self.bundled_segments = (load_segment_dir(settings.segments_dir) if segments is None
                                 else segments)
        self.store = store
        self.index_dir = snapshot.directory.parent.parent
        self._write_lock = threading.Lock()
        self._rebuild_thread: threading.Thread | None = None
        self.rebuilds = 0
        faiss.omp_set_num_threads(1)  # one query on two threads is slower than on one
        self.scan_threads = settings.scan_threads or default_scan_threads()
        self._targets_cache: OrderedDict[Any, Any] = OrderedDict()
        self._priors_cache: OrderedDict[Any, Any] = OrderedDict()
        self._columns_cache: OrderedDict[Any, Any] = OrderedDict()
        self._cached_for: View | None = None
        self._cache_lock = threading.Lock()  # shortlists also run on threadpool threads
        self._view = self._view_of(snapshot)
        _settle(snapshot)

    # --- opening ---------------------------------------------------------------------------

    @classmethod
    def open(cls, settings: Settings, encoder: Encoder | None = None,
             index_dir: Path | None = None, log: Callable[[str], None] | None = None
             ) -> Matcher:
        """File mode when ``index_dir`` is given; otherwise the live catalogue, loaded from
        the bundled roster and indexed on first use."""
        encoder = encoder or Encoder(settings.model_path, settings.cache_path,
                                     settings.embed_batch_size)
        if index_dir is not None and Path(index_dir) != settings.index_dir:
            return cls(load_snapshot(index_dir, encoder), encoder, settings)
        store = open_store(settings.database_url)
        say = log or (lambda _m: None)
        if store.count_profiles() == 0 and store.last_seq() == 0 and settings.roster.exists():
            result = read(settings.roster)
            store.upsert_profiles(result.accepted)
            say(f"loaded {len(result.accepted)} profiles from {settings.roster} into the "
                f"catalogue ({len(result.rejects)} rows rejected)")
        snapshot = None
        if current_snapshot_dir(settings.index_dir) is not None:
            try:
                snapshot = load_snapshot(settings.index_dir, encoder)
            except SnapshotMismatch as error:  # the store is the source of truth: rebuild
                say(f"{error.detail}; rebuilding it from the catalogue store")
        if snapshot is None or "store_seq" not in snapshot.manifest:
            build_from_store(store, encoder, settings.index_dir, log=say)
            snapshot = load_snapshot(settings.index_dir, encoder)
        return cls(snapshot, encoder, settings, store=store)

    def _view_of(self, snapshot: Snapshot) -> View:
        if self.store is None:
            return make_view(snapshot, [], 0, self.encoder)
        base_seq = int(snapshot.manifest.get("store_seq", 0))
        seq = self.store.last_seq()
        return make_view(snapshot, self.store.changes_since(base_seq), seq, self.encoder)

    @property
    def view(self) -> View:
        return self._view

    @property
    def snapshot(self) -> Snapshot:
        return self._view.base

    # --- writes ----------------------------------------------------------------------------

    def _writable(self) -> Store:
        if self.store is None:
            raise ReadOnlyCatalogue(
                f"this service reads a snapshot built from a file ({self.snapshot.directory}); "
                "serve without --index to use the live catalogue", field="catalogue")
        return self.store

    def refresh(self) -> View:
        """Apply every change in the store since the base snapshot; start a rebuild when the
        delta has grown past ``rebuild_after``."""
        self._writable()
        with self._write_lock:
            self._view = self._view_of(self._view.base)
            delta = len(self._view.delta_ids)
        if delta >= self.settings.rebuild_after:
            self.rebuild(background=True)
        return self._view

    def upsert(self, profiles: Sequence[Influencer]) -> UpsertCounts:
        counts = self._writable().upsert_profiles(profiles)
        self.refresh()
        return counts

    def delete(self, influencer_id: str) -> None:
        if not self._writable().delete_profile(influencer_id):
            raise UnknownInfluencer(f"no influencer with id {influencer_id!r}", field="id")
        self.refresh()

    def rebuild(self, background: bool = False) -> threading.Thread | None:
        """Write a new snapshot of the whole store and swap it in; queries go on meanwhile."""
        store = self._writable()

        def work() -> None:
            build_from_store(store, self.encoder, self.index_dir)
            snapshot = load_snapshot(self.index_dir, self.encoder)
            with self._write_lock:
                self._view = self._view_of(snapshot)
                self.rebuilds += 1
                _settle(snapshot)

        if not background:
            work()
            return None
        if self._rebuild_thread is not None and self._rebuild_thread.is_alive():
            return self._rebuild_thread
        self._rebuild_thread = threading.Thread(target=work, name="matcher-rebuild",
                                                daemon=True)
        self._rebuild_thread.start()
        return self._rebuild_thread

    # --- segments --------------------------------------------------------------------------

    @property
    def segments(self) -> dict[str, Segment]:
        out = dict(self.bundled_segments)
        if self.store is not None:
            out.update({s.id: s for s in self.store.list_segments()})
        return out

    def resolve_segment(self, segment: Segment | dict[str, Any] | str) -> Segment:
        if isinstance(segment, Segment):
            return segment
        if isinstance(segment, str):
            if self.store is not None and (saved := self.store.get_segment(segment)):
                return saved[0]
            if segment not in self.bundled_segments:
                raise UnknownSegment(f"no segment with id {segment!r}; known: "
                                     f"{', '.join(sorted(self.segments)) or 'none'}",
                                     field="segment_id")
            return self.bundled_segments[segment]
        return parse_segment(segment)

    # --- reads -----------------------------------------------------------------------------

    def influencer(self, influencer_id: str) -> dict[str, Any]:
        if self.store is not None:
            stored = self.store.get_profile(influencer_id)
            if stored is None:
                raise UnknownInfluencer(f"no influencer with id {influencer_id!r}", field="id")
            return {**stored.profile.model_dump(mode="json", exclude_none=True),
                    "version": stored.version, "updated_at": stored.updated_at}
        profile = self.snapshot.profile(influencer_id)
        if profile is None:
            raise UnknownInfluencer(f"no influencer with id {influencer_id!r}", field="id")
        return profile

    def lookalikes(self, influencer_id: str, k: int = 20,
                   weights: dict[str, float] | None = None) -> Shortlist:
        """Creators whose audiences are closest to this creator's audience (not their bio)."""
        profile = Influencer.model_validate(
            {key: value for key, value in self.influencer(influencer_id).items()
             if key not in ("version", "updated_at")})
        return self.shortlist(lookalike_segment(profile), k=k,
                              weights={"affinity": 0.0, **(weights or {})})

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
        view = self._view
        self._forget_replaced_parts(view)
        pool = max(self.settings.candidate_pool, k * self.settings.candidate_factor)
        segment_key = seg.model_dump_json()
        targets, filters, priors = self._prepared(seg, view, segment_key)
        columns = (self._columns(segment_key, view, targets, priors) if isinstance(segment, str)
                   else [None] * len(targets))
        eligible = candidates = 0
        ranked: list[tuple[float, str, int, int]] = []
        scored: list[Scores] = []
        for index, (part, part_targets) in enumerate(zip(view.parts, targets, strict=True)):
            passing = filters[index]
            live = part.live_mask(passing.mask)
            unchanged = live is passing.mask
            live_count = (part.catalogue.size if live is None else passing.count if unchanged
                          else int(np.count_nonzero(live)))
            eligible += live_count
            query = _query(part, part_targets, resolved)
            rows = part.search(query, pool, live, live_count,
                               passing.selector if unchanged else None, self.scan_threads)
            if rank_by == "reach":
                rows = np.union1d(rows, _largest_audiences(part, live, pool))
            scores = score_rows(part.catalogue, part.text_emb, part_targets, rows, resolved,
                                priors, columns[index])
            candidates += len(rows)
            key = scores.ranking_key(rank_by)
            best = _best_with_ties(key, k)
            ids = part.catalogue.ids
            ranked += zip((-key[best]).tolist(), [ids[row] for row in scores.rows[best].tolist()],
                          [index] * len(best), best.tolist(), strict=True)
            scored.append(scores)
        ranked.sort()
        chosen: dict[int, list[int]] = {}
        for _, _, index, j in ranked[:k]:
            chosen.setdefault(index, []).append(j)
        built = {(index, j): result for index, js in chosen.items()
                 for j, result in zip(js, _results(view.parts[index], targets[index],
                                                   scored[index], js), strict=True)}
        results = []
        for rank, (_, _, index, j) in enumerate(ranked[:k], start=1):
            record = built[(index, j)]
            record["rank"] = rank
            results.append(record)
        return Shortlist(seg, rank_by, k, resolved, view.version, eligible, candidates,
                         results)

    def _prepared(self, seg: Segment, view: View, key: str | None = None
                  ) -> tuple[list[SegmentTargets], list[RowFilter], Priors]:
        """Targets and filters per part, and missing-block priors, cached per segment and
        catalogue part: a saved segment is encoded, matched and filtered once. ``key`` is
        the segment's JSON when the caller has it."""
        key = key or seg.model_dump_json()
        targets, filters = [], []
        for part in view.parts:
            cached = self._targets_cache.get((key, id(part.catalogue)))
            if cached is None or cached[0] is not part.catalogue:
                part_targets = build_targets(seg, part.catalogue, part.label_emb, self.encoder)
                cached = (part.catalogue, part_targets,
                          row_filter(part.catalogue, part_targets, seg.filters))
                self._remember(self._targets_cache, (key, id(part.catalogue)), cached)
            targets.append(cached[1])
            filters.append(cached[2])
        base = view.parts[0].catalogue
        known = self._priors_cache.get((key, id(base)))
        if known is None or known[0] is not base:
            known = (base, share_priors(base, targets[0]) if targets[0].targeted() else {})
            self._remember(self._priors_cache, (key, id(base)), known)
        return targets, filters, known[1]

    def _columns(self, key: str, view: View, targets: list[SegmentTargets], priors: Priors
                 ) -> list[SegmentColumns | None]:
        """A saved segment's per-creator figures (shares, segment shares, affinities), per
        part, from its second shortlist on (a one-off shortlist, as from the CLI, never pays
        for the whole catalogue), for the ``segment_columns`` most recently used saved
        segments; ``key`` is the segment's JSON, ``priors`` its missing-block priors."""
        if self.settings.segment_columns <= 0:
            return [None] * len(targets)
        out: list[SegmentColumns | None] = []
        for part, part_targets in zip(view.parts, targets, strict=True):
            cached = self._columns_cache.get((key, id(part.catalogue)))
            if cached is None or cached[0] is not part.catalogue:
                cached = (part.catalogue, None)  # seen once
            elif cached[1] is None:
                cached = (part.catalogue, segment_columns(part.catalogue, part.text_emb,
                                                          part_targets, priors))
            self._remember(self._columns_cache, (key, id(part.catalogue)), cached,
                           self.settings.segment_columns * len(view.parts))
            out.append(cached[1])
        return out

    def _forget_replaced_parts(self, view: View) -> None:
        """Drop what the segment caches hold for catalogue parts ``view`` no longer has: a
        rebuilt snapshot's predecessor, a delta part replaced by a write. Otherwise the old
        part's arrays stay in memory until newer segments push them out."""
        if view is self._cached_for:
            return
        current = {id(part.catalogue) for part in view.parts}
        with self._cache_lock:
            for cache in (self._targets_cache, self._priors_cache, self._columns_cache):
                for key in [key for key, value in cache.items() if id(value[0]) not in current]:
                    del cache[key]
            self._cached_for = view

    def _remember(self, cache: OrderedDict[Any, Any], key: Any, value: Any,
                  size: int = SEGMENT_CACHE_SIZE) -> None:
        with self._cache_lock:
            cache[key] = value
            cache.move_to_end(key)
            while len(cache) > size:
                cache.popitem(last=False)


def _results(part: Part, targets: SegmentTargets, scores: Scores, candidates: list[int]
             ) -> list[dict[str, Any]]:
    """The returned record of each chosen candidate (its rank set by the caller)."""
    catalogue = part.catalogue
    picked = pick(catalogue, scores, candidates)
    whys = explain_picked(catalogue, targets, picked)
    rows = picked.rows
    price = catalogue.price[rows].tolist()
    factor_shares = _by_candidate(len(rows), {
        f: [{"share": share, "reported": not imputed}
            for share, imputed in zip(picked.shares[f], picked.imputed[f], strict=True)]
        for f in picked.shares})
    factors = _by_candidate(len(rows), {
        f: [{"value": value, "weight": weight, "contribution": contribution}
            for value, contribution in zip(picked.values[f], picked.contributions[f],
                                           strict=True)]
        for f, weight in scores.effective_weights.items()})
    ids, handles, names = catalogue.ids, catalogue.handles, catalogue.names
    out = []
    for (row, code, followers, engagement, credibility, reported, cost, fit, share, share_range,
         reach, shares, joint, affinity, ratio, figures, confidence, why) in zip(
            rows, picked.platform, picked.followers, picked.engagement, picked.credibility,
            picked.credibility_known, price, picked.fit, picked.segment_share,
            picked.share_range, picked.reach, factor_shares, picked.joint, picked.affinity,
            picked.ratio, factors, picked.confidence, whys, strict=True):
        cost = cost if cost == cost else None  # NaN: no price reported
        out.append({
            "rank": 0,
            "id": ids[row],
            "handle": handles[row],
            "name": names[row],
            "platform": PLATFORMS[code],
            "followers": followers,
            "engagement_rate": engagement,
            "credibility": credibility if reported else None,
            "price_usd": cost,
            "fit": fit,
            "segment_share": share,
            "segment_share_range": share_range,
            "estimated_reach": reach,
            "cost_per_thousand_reached": (cost / reach * 1000.0) if cost and reach > 0
            else None,
            "factor_shares": shares,
            "joint_age_gender": joint,
            "content_affinity": affinity,
            "engagement_vs_median": ratio,
            "factors": figures,
            "confidence": confidence,
            "missing_blocks": why["missing_blocks"],
            "interest_matches": why["interest_matches"],
            "summary": why["summary"],
        })
    return out


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


def _by_candidate(count: int, columns: dict[str, list[Any]]) -> list[dict[str, Any]]:
    """Per candidate, a dict of its value in each of ``columns``, filled a column at a time
    (a quarter of the cost of zipping each candidate's values into a dict)."""
    out: list[dict[str, Any]] = [{} for _ in range(count)]
    for name, values in columns.items():
        for record, value in zip(out, values, strict=True):
            record[name] = value
    return out


def _settle(snapshot: Snapshot) -> None:
    """Take a loaded snapshot's millions of objects (ids, handles, names) out of the garbage
    collector's reach: otherwise every full collection walks them all, a pause of tens of
    milliseconds at a million creators, landing on whichever request triggered it. And let
    a shortlist's records (up to about 1,500 live containers at k=50) be built without a
    young collection starting halfway: at the default threshold of 700 nearly every
    shortlist ran one, and collections took 7-10% of a shortlist's time at a million
    creators."""
    gc.collect()
    gc.freeze()
    young, *older = gc.get_threshold()
    gc.set_threshold(max(young, YOUNG_OBJECTS), *older)


def _best_with_ties(key: np.ndarray, k: int) -> np.ndarray:
    """Positions of the k largest values of ``key`` and of every value tied with the k-th."""
    if len(key) <= k:
        return np.arange(len(key))
    kth = np.partition(key, len(key) - k)[len(key) - k]
    return np.flatnonzero(key >= kth)


def _largest_audiences(part: Part, live: np.ndarray | None, count: int) -> np.ndarray:
    catalogue = part.catalogue
    real = catalogue.followers * np.nan_to_num(catalogue.credibility,
                                               nan=catalogue.credibility_median)
    if live is not None:
        real = np.where(live, real, -1.0)
    top = np.argsort(-real, kind="stable")[:count]
    return top[real[top] >= 0]


def build_from_store(store: Store, encoder: Encoder, index_dir: Path,
                     log: Callable[[str], None] | None = None) -> Path:
    """A snapshot of every live profile in the store, tagged with the store's sequence."""
    seq = store.last_seq()
    profiles = list(store.iter_profiles())
    return build_snapshot(profiles, encoder, index_dir, source="catalogue store", log=log,
                          metadata={"store_seq": seq})
