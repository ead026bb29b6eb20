"""Scoring one chunk of raw roster rows against every segment, exactly, with no FAISS stage.

Per chunk: normalise each row (or reject it with its row number, field and reason), drop a
repeated id within the chunk (the driver settles repeats across chunks), build the columnar
catalogue of the chunk, then per segment ``build_targets`` + ``score_rows`` with the
reference priors and ``explain_many`` for the summary. The result is one Arrow table with a row
per (creator, segment), in the output schema, without ranks.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyarrow as pa

from matcher.batch.context import (
    ContextSpec,
    ScoringContext,
    context_for,
    reference_label_weights,
)
from matcher.batch.output import CONTRIBUTIONS, output_schema
from matcher.batch.source import RawReject, RawRow
from matcher.contracts.profiles import Influencer
from matcher.errors import RowError
from matcher.ingest.mapping import EXTRA_KEY
from matcher.ingest.normalise import normalise_profile
from matcher.ingest.readers import Reject
from matcher.matching.catalogue import (
    PLATFORMS,
    TIER_NAMES,
    Catalogue,
    build_catalogue,
    follower_tier,
)
from matcher.matching.explain import explain_many, pct, platform_name, range_text
from matcher.matching.filters import allowed_rows
from matcher.matching.scoring import FACTOR_BLOCK, Scores, score_rows
from matcher.matching.segments import SegmentTargets, build_targets
from matcher.search.neighbours import interest_neighbours
from matcher.search.snapshots import profile_text
from matcher.service.records import records

#: Between the estimated blocks of one row (an estimate's text may hold a comma).
ESTIMATE_SEPARATOR = "; "


@dataclass
class ChunkResult:
    index: int
    rows_read: int
    table: pa.Table                                    # scored pairs, no ranks
    accepted: list[tuple[str, int]] = field(default_factory=list)   # (id, row), in order
    rejects: list[Reject] = field(default_factory=list)
    repeats: list[tuple[int, str, int]] = field(default_factory=list)  # (row, id, first row)
    encoded: int = 0
    seconds: float = 0.0
    process: str = ""
    engagement: EngagementTally = field(default_factory=lambda: EngagementTally())


@dataclass
class EngagementTally:
    """How a roster's engagement compares with the reference catalogue's medians: the
    creators with a known rate, the sum of the logs of their ratios to the median of their
    platform and tier, and the creators whose platform the reference lacks."""

    known: int = 0
    log_ratio: float = 0.0
    borrowed: int = 0
    borrowed_platforms: set[str] = field(default_factory=set)

    def add(self, other: EngagementTally) -> None:
        self.known += other.known
        self.log_ratio += other.log_ratio
        self.borrowed += other.borrowed
        self.borrowed_platforms |= other.borrowed_platforms


def engagement_tally(context: ScoringContext, profiles: Sequence[Influencer]
                     ) -> EngagementTally:
    tally = EngagementTally()
    for profile in profiles:
        code = PLATFORMS.index(profile.platform.value)
        if code in context.borrowed_median:
            tally.borrowed += 1
            tally.borrowed_platforms.add(profile.platform.value)
            continue
        if profile.engagement_rate is None or profile.engagement_rate <= 0:
            continue
        tier = int(follower_tier(np.array([profile.followers]))[0])
        median = float(context.engagement_median[code, tier])
        if median > 0:
            tally.known += 1
            tally.log_ratio += math.log(profile.engagement_rate / median)
    return tally


def _validate(rows: Sequence[RawRow]) -> tuple[list[Influencer], list[int], list[dict[str, Any]],
                                               list[Reject], list[tuple[int, str, int]]]:
    profiles: list[Influencer] = []
    numbers: list[int] = []
    extras: list[dict[str, Any]] = []
    rejects: list[Reject] = []
    repeats: list[tuple[int, str, int]] = []
    first: dict[str, int] = {}
    for number, raw in rows:
        if isinstance(raw, RawReject):
            rejects.append(Reject(number, raw.field, raw.reason, raw.id))
            continue
        raw_id = raw.get("id")
        try:
            profile = normalise_profile(raw)
        except RowError as err:
            rejects.append(Reject(number, err.field, err.reason,
                                  None if raw_id is None else str(raw_id)))
            continue
        if profile.id in first:
            repeats.append((number, profile.id, first[profile.id]))
            continue
        first[profile.id] = number
        profiles.append(profile)
        numbers.append(number)
        extras.append(raw.get(EXTRA_KEY) or {})
    return profiles, numbers, extras, rejects, repeats


def _summary(lines: list[str], code: int, followers: int, borrowed: bool) -> str:
    if borrowed:
        name = platform_name(code)
        tier = TIER_NAMES[int(follower_tier(np.array([followers]))[0])]
        lines = [line.replace(f"the median of {name} creators with {tier} followers",
                              f"the median of creators with {tier} followers on every platform "
                              f"of the reference catalogue (it has no {name} creators)")
                 for line in lines]
    return " | ".join(lines)


def estimated_columns(catalogue: Catalogue, targets: SegmentTargets, scores: Scores,
                      rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Each row's segment-share range and what its estimated blocks rest on, with their
    estimates and ranges (``countries: top audience country BR, 55% (40-72%); interests:
    ...``), read from the shortlist's records; a row with every targeted block reported has
    the share as both ends and no estimated blocks."""
    low, high = scores.segment_share.copy(), scores.segment_share.copy()
    estimated = [""] * len(rows)
    partial = np.zeros(len(rows), dtype=bool)
    for flags in scores.imputed.values():
        partial |= flags
    at = np.flatnonzero(partial)
    if not len(at):
        return low, high, estimated
    low[at], high[at] = scores.share_range[at, 0], scores.share_range[at, 1]
    for i, record in zip(at, records(catalogue, targets, scores, at.tolist()),
                         strict=True):
        estimated[i] = ESTIMATE_SEPARATOR.join(
            f"{FACTOR_BLOCK[factor]}: {share['estimated_from']}, {pct(share['share'])} "
            f"({range_text(share['low'], share['high'])})"
            for factor, share in record["factor_shares"].items() if not share["reported"])
    return low, high, estimated


def _affinity(text_emb: np.ndarray, persona: np.ndarray) -> np.ndarray:
    """Content affinity as an (n, 1) column for ``score_rows`` (with a persona of [1.0]).

    A BLAS matrix-vector product sums each row in an order that depends on the row's place in
    the matrix, so the same creator could differ in the last digit between chunks. Row by row
    in float64, rounded to float32 (the precision the shortlist computes in), a creator's
    affinity is the same in any chunk, on any worker.
    """
    cosine = np.multiply(text_emb, persona.astype(np.float64)).sum(axis=1)
    return cosine.astype(np.float32).astype(np.float64).reshape(-1, 1)


def score_profiles(context: ScoringContext, profiles: Sequence[Influencer],
                   numbers: Sequence[int], extras: Sequence[dict[str, Any]],
                   extra_names: Sequence[str], schema: pa.Schema) -> tuple[pa.Table, int]:
    """Every (profile, segment) pair scored and explained; returns the table and the number
    of texts the encoder had to encode (not found in the embedding cache)."""
    if not profiles:
        return schema.empty_table(), 0
    encoder = context.encoder
    before = encoder.encoded_count
    catalogue = build_catalogue(profiles)
    catalogue.engagement_median = context.engagement_median
    catalogue.credibility_median = context.catalogue.credibility_median
    text_emb = encoder.encode([profile_text(p) for p in profiles])
    # rounded as the snapshot stores them, then exact in float64 (see _affinity)
    text_emb = text_emb.astype(context.text_dtype).astype(np.float64)
    if context.reference_emb is not None:
        catalogue.interest_neighbours = interest_neighbours(
            catalogue, text_emb, context.reference_emb, context.neighbour_count)
    label_emb = (encoder.encode(catalogue.label_vocab) if catalogue.label_vocab
                 else np.zeros((0, encoder.dim), dtype=np.float32))
    rows = np.arange(len(profiles))
    platforms = [PLATFORMS[int(code)] for code in catalogue.platform]
    borrowed = [int(code) in context.borrowed_median for code in catalogue.platform]
    common: dict[str, Any] = {
        "row": pa.array(numbers, pa.int64()), "creator_id": pa.array(catalogue.ids),
        "handle": pa.array(catalogue.handles), "platform": pa.array(platforms),
        "followers": pa.array(catalogue.followers, pa.int64()),
        "rank": pa.nulls(len(rows), pa.int64()),
        **{name: pa.array([e.get(name) for e in extras], schema.field(name).type)
           for name in extra_names}}
    tables = []
    for reference in context.segments:
        segment = reference.segment
        targets = build_targets(segment, catalogue, label_emb, encoder)
        if reference.best_similarity is None:  # the snapshot's labels match no phrase
            targets.labels, targets.label_matches = None, {}
        elif targets.labels is not None or segment.interests:
            targets.labels, targets.label_matches = reference_label_weights(
                reference, catalogue.label_vocab, label_emb, targets.phrases, encoder)
            targets.phrase_union = None  # the snapshot's weights, combined by noisy-OR
        affinity = _affinity(text_emb, targets.persona)
        targets.persona = np.ones(1)
        scores = score_rows(catalogue, affinity, targets, rows, context.weights,
                            reference.priors)
        allowed = allowed_rows(catalogue, targets, segment.filters)
        missing: list[str] = []
        summaries: list[str] = []
        for j, why in enumerate(explain_many(catalogue, targets, scores, rows)):
            missing.append(",".join(why["missing_blocks"]))
            summaries.append(_summary(why["summary"], int(catalogue.platform[j]),
                                      int(catalogue.followers[j]), borrowed[j]))
        share_low, share_high, estimated = estimated_columns(catalogue, targets, scores, rows)
        columns = {
            **common,
            "segment_id": pa.array([segment.id] * len(rows), pa.string()),
            "fit": pa.array(scores.fit, pa.float64()),
            "eligible": pa.array(np.ones(len(rows), dtype=bool) if allowed is None else allowed),
            "segment_share": pa.array(scores.segment_share, pa.float64()),
            "segment_share_low": pa.array(share_low, pa.float64()),
            "segment_share_high": pa.array(share_high, pa.float64()),
            "estimated_reach": pa.array(scores.reach, pa.float64()),
            **{column: (pa.array(scores.contributions[factor], pa.float64())
                        if factor in scores.contributions else pa.nulls(len(rows), pa.float64()))
               for factor, column in CONTRIBUTIONS.items()},
            "confidence": pa.array(scores.confidence, pa.float64()),
            "missing_blocks": pa.array(missing, pa.string()),
            "estimated_blocks": pa.array(estimated, pa.string()),
            "summary": pa.array(summaries, pa.string()),
        }
        tables.append(pa.table([columns[name] for name in schema.names], schema=schema))
    return pa.concat_tables(tables), encoder.encoded_count - before


def score_chunk(context: ScoringContext, index: int, rows: Sequence[RawRow],
                extra_types: Sequence[tuple[str, str]]) -> ChunkResult:
    started = time.perf_counter()
    profiles, numbers, extras, rejects, repeats = _validate(rows)
    schema = output_schema(extra_types)
    table, encoded = score_profiles(context, profiles, numbers, extras,
                                    [name for name, _ in extra_types], schema)
    return ChunkResult(index, len(rows), table, list(zip([p.id for p in profiles], numbers,
                                                         strict=True)),
                       rejects, repeats, encoded, time.perf_counter() - started,
                       context.process, engagement_tally(context, profiles))


def score_chunk_task(spec: ContextSpec, index: int, rows: Sequence[RawRow],
                     extra_types: Sequence[tuple[str, str]]) -> ChunkResult:
    """The unit of work a Dask worker runs: its context is built once per process."""
    return score_chunk(context_for(spec), index, rows, extra_types)
