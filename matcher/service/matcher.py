"""The core entry point: a ``Matcher`` serves shortlists from the live catalogue.

The API and the CLI both build a ``Matcher`` and call its methods; both serialise a result
with ``Shortlist.to_json`` so they return the same bytes.

Two modes: *live* (the default) keeps the catalogue in a ``Store`` and serves a snapshot
plus the changes made since it was built; *file* (``--index DIR``) serves a snapshot built
from a roster file, read-only.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import faiss

from matcher.config import PLAN_CANDIDATES_MAX, Settings, default_scan_threads
from matcher.contracts.profiles import Influencer, Segment
from matcher.embedding.encoder import Encoder, duration
from matcher.errors import (
    InvalidInput,
    ReadOnlyCatalogue,
    SnapshotMismatch,
    UnknownInfluencer,
    UnknownSegment,
)
from matcher.ingest.readers import read
from matcher.matching.neighbours import neighbours_missing
from matcher.matching.scoring import DEFAULT_RANK_BY, RANK_BY, Priors, resolve_weights
from matcher.matching.segments import SegmentTargets, load_segment_dir, parse_segment
from matcher.search.live import View, make_view
from matcher.search.selection import RowFilter
from matcher.search.snapshots import Snapshot, build_snapshot, current_snapshot_dir, load_snapshot
from matcher.service.lookalikes import lookalike_segment
from matcher.service.memory import settle
from matcher.service.pipeline import RankedFigures, Shortlister
from matcher.service.records import Shortlist
from matcher.store import STORED, Store, UpsertCounts, open_store

log = logging.getLogger("matcher")


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
        self.shortlister = Shortlister(encoder, settings, self.scan_threads)
        self._view = self._view_of(snapshot)
        settle()

    # --- opening ---------------------------------------------------------------------------

    @classmethod
    def open(cls, settings: Settings, encoder: Encoder | None = None,
             index_dir: Path | None = None, log: Callable[[str], None] | None = None
             ) -> Matcher:
        """File mode when ``index_dir`` is given; otherwise the live catalogue, loaded from
        the bundled roster and indexed on first use."""
        encoder = encoder or Encoder(settings.model_path, settings.cache_path,
                                     settings.embed_batch_size, settings.query_encode_threads)
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
            started = time.monotonic()
            encoded = encoder.encoded_count
            build_from_store(store, encoder, settings.index_dir, log=say, progress=log is not None)
            snapshot = load_snapshot(settings.index_dir, encoder)
            embedded = encoder.encoded_count - encoded
            say(f"built the index of {snapshot.catalogue.size:,} creators in "
                f"{duration(time.monotonic() - started)} ("
                + (f"{embedded:,} texts embedded)" if embedded else
                   "every text read from the embedding cache)"))
            say(f"the next start reuses it (MATCHER_INDEX_DIR={settings.index_dir}, catalogue "
                f"in MATCHER_DATABASE_URL={settings.database_url}); a copy of "
                f"MATCHER_CACHE_PATH={settings.cache_path} spares another machine the embedding, "
                "and `matcher serve --index DIR` serves a snapshot made by `matcher index build "
                "ROSTER --index DIR` with no build at all")
        if neighbours_missing(snapshot.catalogue):
            message = (f"snapshot {snapshot.directory.name} was built without the nearest "
                       "reported creators, so creators missing interests are estimated from "
                       "content affinity bins; remove it for the service to rebuild it from "
                       "the catalogue store")
            logging.getLogger("matcher").warning(message)
            say(message)
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
                settle()

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
        profile = Influencer.model_validate(  # as stored: not held to today's limits
            {key: value for key, value in self.influencer(influencer_id).items()
             if key not in ("version", "updated_at")}, context=STORED)
        means = self.snapshot.catalogue.label_mean_share
        return self.shortlist(lookalike_segment(profile, means), k=k,
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
        return self.shortlister.shortlist(self._view, seg, isinstance(segment, str), k,
                                          resolve_weights(weights), rank_by)

    def ranked_figures(self, segment: Segment | dict[str, Any] | str, k: int,
                       weights: dict[str, float] | None = None,
                       rank_bys: tuple[str, ...] = ("fit",)) -> list[RankedFigures]:
        """What a plan reads of the k best creators for ``segment`` by each of ``rank_bys``
        (fit, estimated reach, segment share and its range), as ``shortlist`` ranks them but
        without their records, for up to ``PLAN_CANDIDATES_MAX`` creators (a shortlist takes
        at most ``max_k``)."""
        seg = self.resolve_segment(segment)
        for rank_by in rank_bys:
            if rank_by not in RANK_BY:
                raise InvalidInput(f"rank_by must be one of {list(RANK_BY)}, got {rank_by!r}",
                                   field="rank_by")
        if not 1 <= k <= PLAN_CANDIDATES_MAX:
            raise InvalidInput(f"k must be between 1 and {PLAN_CANDIDATES_MAX}, got {k}",
                               field="k")
        return self.shortlister.ranked_figures(self._view, seg, isinstance(segment, str), k,
                                               resolve_weights(weights), rank_bys)

    def records_of(self, segment: Segment | dict[str, Any] | str, ids: Iterable[str],
                   weights: dict[str, float] | None = None) -> list[dict[str, Any]]:
        """The creator records of the named creators for ``segment``, as a shortlist would
        give them but unranked and whatever their rank or the segment's filters; ids of no
        current creator are left out."""
        wanted = {str(id_) for id_ in ids}
        if not wanted:
            return []
        seg = self.resolve_segment(segment)
        return self.shortlister.records_of(self._view, seg, wanted, resolve_weights(weights))

    def reported_avg_views(self, ids: Iterable[str]) -> dict[str, float]:
        """The average views a post each named current creator's profile reports; creators
        whose profile reports none are left out, and every creator when the snapshot predates
        the figure (its live changes would otherwise be estimated one way, the rest another)."""
        out: dict[str, float] = {}
        if self._view.parts[0].catalogue.avg_views is None:
            return out
        for id_ in ids:
            found = self._view.locate(str(id_))
            if found is None or found[0].catalogue.avg_views is None:
                continue
            views = float(found[0].catalogue.avg_views[found[1]])
            if views == views:
                out[str(id_)] = views
        return out

    def prepared(self, seg: Segment) -> tuple[list[SegmentTargets], list[RowFilter], Priors]:
        """A segment's targets and filters per part of the current view, and its priors."""
        return self.shortlister.prepared(seg, self._view)


def build_from_store(store: Store, encoder: Encoder, index_dir: Path,
                     log: Callable[[str], None] | None = None, progress: bool = False) -> Path:
    """A snapshot of every live profile in the store, tagged with the store's sequence."""
    seq = store.last_seq()
    profiles = list(store.iter_profiles())
    return build_snapshot(profiles, encoder, index_dir, source="catalogue store", log=log,
                          progress=progress, metadata={"store_seq": seq})
