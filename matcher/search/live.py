"""The live catalogue: an immutable base snapshot plus a small delta of recent changes.

A ``View`` is what one query reads: the base snapshot with the rows that were updated or
deleted since it was built masked out, and a delta part holding the current version of every
profile changed since then (searched by an exact scan). Writes build a new ``View`` and swap
it in with one assignment, so a query never sees half an update; when the delta grows past a
threshold a new snapshot is built in the background from the store and swapped in the same
way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import faiss
import numpy as np

from matcher.contracts.profiles import Influencer
from matcher.embedding.encoder import Encoder
from matcher.matching.catalogue import Catalogue, build_catalogue
from matcher.search.neighbours import attach_interest_neighbours
from matcher.search.snapshots import Snapshot, profile_text
from matcher.search.vectors import BlockLayout, profile_vectors
from matcher.store import Change


@dataclass(frozen=True)
class Part:
    """One searchable piece of the catalogue."""

    catalogue: Catalogue
    text_emb: np.ndarray
    label_emb: np.ndarray
    layout: BlockLayout
    alive: np.ndarray | None = None           # rows still current; None = all
    snapshot: Snapshot | None = None          # set for the base part (FAISS search)
    vectors: np.ndarray | None = None         # set for the delta part (exact scan)

    def search(self, query: np.ndarray, k: int, live: np.ndarray | None,
               live_count: int | None = None, selector: faiss.IDSelector | None = None,
               threads: int = 1) -> np.ndarray:
        """The k best rows among ``live`` (from ``live_mask``; None: every row), of which
        there are ``live_count``, and ``selector`` is their ID selector, when the caller has
        them; ``threads`` scan the snapshot's cells."""
        if self.snapshot is not None:
            rows, _ = self.snapshot.search(query, k, live, live_count, selector, threads)
            return rows
        assert self.vectors is not None
        scores = self.vectors @ query
        if live is not None:
            scores = np.where(live, scores, -np.inf)
        top = np.argsort(-scores, kind="stable")[:k]
        return top[np.isfinite(scores[top])]

    def live_mask(self, allowed: np.ndarray | None) -> np.ndarray | None:
        """The rows that pass ``allowed`` (None: all) and are still current."""
        if self.alive is None:
            return allowed
        return self.alive if allowed is None else allowed & self.alive


@dataclass(frozen=True)
class View:
    base: Snapshot
    parts: tuple[Part, ...]
    seq: int                                   # last store sequence number reflected
    delta_ids: frozenset[str] = field(default_factory=frozenset)

    @property
    def version(self) -> str:
        return f"{self.base.version}+{self.seq}" if self.seq else self.base.version

    @property
    def size(self) -> int:
        return sum(int(p.catalogue.size if p.alive is None else np.count_nonzero(p.alive))
                   for p in self.parts)

    def locate(self, influencer_id: str) -> tuple[Part, int] | None:
        for part in reversed(self.parts):
            rows = part.catalogue.row_of()
            row = rows.get(influencer_id)
            if row is not None and (part.alive is None or part.alive[row]):
                return part, row
        return None


def base_part(snapshot: Snapshot) -> Part:
    return Part(snapshot.catalogue, snapshot.text_emb, snapshot.label_emb, snapshot.layout,
                snapshot=snapshot)


def delta_part(profiles: Sequence[Influencer], base: Snapshot, encoder: Encoder) -> Part:
    catalogue = build_catalogue(profiles)
    catalogue.engagement_median = base.catalogue.engagement_median
    catalogue.credibility_median = base.catalogue.credibility_median
    text_emb = encoder.encode([profile_text(p) for p in profiles])
    label_emb = (encoder.encode(catalogue.label_vocab) if catalogue.label_vocab
                 else np.zeros((0, encoder.dim), dtype=np.float32))
    vectors = profile_vectors(catalogue, text_emb, label_emb, base.layout)
    attach_interest_neighbours(catalogue, text_emb, base.catalogue, base.text_emb)
    return Part(catalogue, text_emb, label_emb, base.layout, vectors=vectors)


def make_view(base: Snapshot, changes: Sequence[Change], seq: int, encoder: Encoder) -> View:
    """The base snapshot with ``changes`` (latest state per id, since the base) applied."""
    if not changes:
        return View(base, (base_part(base),), seq)
    row_of = base.catalogue.row_of()
    alive = np.ones(base.catalogue.size, dtype=bool)
    current: list[Influencer] = []
    for change in changes:
        row = row_of.get(change.id)
        if row is not None:
            alive[row] = False
        if change.profile is not None:
            current.append(change.profile)
    parts = [Part(base.catalogue, base.text_emb, base.label_emb, base.layout, alive=alive,
                  snapshot=base)]
    if current:
        parts.append(delta_part(current, base, encoder))
    return View(base, tuple(parts), seq, frozenset(c.id for c in changes))
