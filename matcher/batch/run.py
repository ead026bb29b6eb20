"""``score_roster``: every creator of a roster against every segment, written as a file.

The driver reads the roster in chunks of raw rows, has each chunk scored (in this process,
or on Dask workers), settles ids repeated across chunks, appends rejects as it goes, and
spills the scored rows for the final ranking pass (or keeps a running top K). Scored +
rejected creators = rows read, always.
"""

from __future__ import annotations

import math
import shutil
import tempfile
import time
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from matcher.batch.context import ContextSpec, build_context
from matcher.batch.output import (
    RejectsWriter,
    ScoredWriter,
    output_schema,
    rejects_path,
    release_memory,
)
from matcher.batch.progress import Progress, ProgressCallback
from matcher.batch.ranking import Runs, TopK, split_eligible
from matcher.batch.scorer import ChunkResult, EngagementTally, score_chunk
from matcher.batch.source import RawRow, SeenIds, estimate_rows, iter_chunks
from matcher.contracts.profiles import Segment
from matcher.embedding.encoder import Encoder
from matcher.errors import InvalidInput
from matcher.ingest.mapping import VendorMapping
from matcher.ingest.readers import Reject
from matcher.matching.catalogue import Catalogue
from matcher.matching.scoring import resolve_weights
from matcher.matching.segments import build_targets
from matcher.matching.warnings import REFERENCE_MISMATCH, warning

if TYPE_CHECKING:
    from matcher.config import Settings
    from matcher.service import Matcher

DEFAULT_CHUNK_ROWS = 10_000


@dataclass(frozen=True)
class BatchOptions:
    top: int | None = None
    chunk_rows: int = DEFAULT_CHUNK_ROWS
    mapping: VendorMapping | None = None
    weights: dict[str, float] | None = None
    workers: int | None = None
    scheduler: str | None = None


@dataclass
class Reference:
    """The served snapshot whose reference numbers every score uses, and the model: paths
    for workers, and the loaded objects for a run in this process."""

    snapshot_dir: Path
    model_path: str | None
    cache_path: str | None
    embed_batch_size: int = 64
    encoder: Encoder | None = None
    catalogue: Catalogue | None = None
    label_emb: np.ndarray | None = None
    version: str = ""
    text_dtype: Any = np.float32

    @classmethod
    def of_matcher(cls, matcher: Matcher) -> Reference:
        snapshot = matcher.snapshot
        settings = matcher.settings
        return cls(snapshot.directory, settings.model_path, str(settings.cache_path),
                   settings.embed_batch_size, matcher.encoder, snapshot.catalogue,
                   snapshot.label_emb, snapshot.version, snapshot.text_emb.dtype)

    def text_emb(self) -> np.ndarray:
        """The snapshot's bio and categories embeddings, memory-mapped."""
        return np.load(Path(self.snapshot_dir) / "text_emb.npy", mmap_mode="r")

    @classmethod
    def of_settings(cls, settings: Settings, snapshot_dir: Path) -> Reference:
        return cls(snapshot_dir, settings.model_path, str(settings.cache_path),
                   settings.embed_batch_size)


@dataclass
class BatchSummary:
    rows_read: int = 0
    scored: int = 0
    rejected: int = 0
    segments: int = 0
    rows_written: int = 0
    texts_encoded: int = 0
    seconds: float = 0.0
    output: Path | None = None
    rejects: Path | None = None
    chunks: int = 0
    processes: dict[str, int] = field(default_factory=dict)   # pid -> contexts it built
    engagement: EngagementTally = field(default_factory=EngagementTally)
    #: by segment id, the eligible creators without a reported credibility that passed
    #: min_credibility on the reference's median (unknown_credibility: catalogue_median)
    median_credibility: dict[str, int] = field(default_factory=dict)
    warnings: list[dict[str, str]] = field(default_factory=list)  # see matching.warnings

    def line(self) -> str:
        rate = self.rows_read / self.seconds if self.seconds else 0.0
        text = (f"scored {self.scored:,} creators x {self.segments} segments = "
                f"{self.rows_written:,} rows -> {self.output}; rejected {self.rejected:,} of "
                f"{self.rows_read:,} rows read -> {self.rejects}; {self.seconds:.1f} s "
                f"({rate:,.0f} roster rows/s); texts encoded {self.texts_encoded:,}")
        if self.processes:
            count = len(self.processes)
            loads = "once" if set(self.processes.values()) == {1} else "more than once"
            text += (f"; {count} worker process{'es' if count > 1 else ''}, "
                     f"{'each' if count > 1 else 'it'} loaded the model and snapshot {loads}")
        return text


def _check(segments: Sequence[Segment], out: Path, options: BatchOptions) -> None:
    if not segments:
        raise InvalidInput("give at least one segment", field="segments")
    ids = [s.id for s in segments]
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    if repeated:
        raise InvalidInput(f"segment {repeated[0]!r} is given twice", field="segments")
    if options.top is not None and options.top < 1:
        raise InvalidInput(f"--top must be at least 1, got {options.top}", field="top")
    if options.chunk_rows < 1:
        raise InvalidInput(f"--chunk-rows must be at least 1, got {options.chunk_rows}",
                           field="chunk_rows")
    if options.workers is not None and options.scheduler is not None:
        raise InvalidInput("give --workers or --scheduler, not both", field="workers")
    if options.workers is not None and options.workers < 1:
        raise InvalidInput(f"--workers must be at least 1, got {options.workers}",
                           field="workers")
    if not out.parent.is_dir():
        raise InvalidInput(f"no directory {out.parent} for the output", field="out")


class _Settler:
    """Applies chunk results in roster order: repeated ids, rejects, ranking spill."""

    def __init__(self, segments: Sequence[Segment], seen: SeenIds, rejects: RejectsWriter,
                 ranking: TopK | Runs) -> None:
        self.segments = len(segments)
        self.median_judged = [s.id if judges_on_the_median(s) else None for s in segments]
        self.seen = seen
        self.rejects = rejects
        self.ranking = ranking
        self.summary = BatchSummary(segments=self.segments)
        self.summary.median_credibility = {i: 0 for i in self.median_judged if i is not None}

    def settle(self, result: ChunkResult) -> None:
        ids = [i for i, _ in result.accepted] + [i for _, i, _ in result.repeats]
        prior = self.seen.first_rows(ids)
        rejects = list(result.rejects)
        keep = np.ones(len(result.accepted), dtype=bool)
        for position, (id_, row) in enumerate(result.accepted):
            if id_ in prior:
                keep[position] = False
                rejects.append(Reject(row, "id", f"duplicate id {id_!r}, first seen at row "
                                                 f"{prior[id_]}", id_))
        for row, id_, first in result.repeats:
            rejects.append(Reject(row, "id", f"duplicate id {id_!r}, first seen at row "
                                             f"{prior.get(id_, first)}", id_))
        self.seen.add([(i, r) for i, r in result.accepted if i not in prior])
        self.rejects.write(rejects)
        mask = pa.array(np.tile(keep, self.segments)) if not keep.all() else None
        table = result.table if mask is None else result.table.filter(mask)
        kept = int(keep.sum())
        for segment in range(self.segments):
            eligible, ineligible = split_eligible(table.slice(segment * kept, kept))
            judged = self.median_judged[segment]
            if judged is not None and eligible.num_rows:
                self.summary.median_credibility[judged] += unreported_credibility(eligible)
            if isinstance(self.ranking, TopK):
                self.ranking.add(segment, eligible)
            else:
                self.ranking.add(segment, eligible, ineligible)
        summary = self.summary
        summary.rows_read += result.rows_read
        summary.scored += kept
        summary.rejected += len(rejects)
        summary.texts_encoded += result.encoded
        summary.engagement.add(result.engagement)
        summary.chunks += 1
        pid, _, loads = result.process.partition(":")
        summary.processes[pid] = max(summary.processes.get(pid, 0), int(loads or 0))


def _local_results(reference: Reference, segments: Sequence[Segment], options: BatchOptions,
                   chunks: Iterator[list[RawRow]],
                   extra_types: Sequence[tuple[str, str]]) -> Generator[ChunkResult, None, None]:
    if reference.encoder is None or reference.catalogue is None or reference.label_emb is None:
        from matcher.batch.context import context_for

        context = context_for(_spec(reference, segments, options))
    else:
        text_emb = reference.text_emb()
        context = build_context(reference.encoder, reference.catalogue, reference.label_emb,
                                segments, options.weights, reference.version,
                                reference.text_dtype, text_emb)
    for index, chunk in enumerate(chunks):
        yield score_chunk(context, index, chunk, extra_types)


def _spec(reference: Reference, segments: Sequence[Segment], options: BatchOptions
          ) -> ContextSpec:
    return ContextSpec.create(reference.snapshot_dir, reference.model_path,
                              reference.cache_path, reference.embed_batch_size, segments,
                              resolve_weights(options.weights))


def score_roster(roster: str | Path, segments: Sequence[Segment], out: str | Path,
                 reference: Reference, options: BatchOptions | None = None,
                 log: Callable[[str], None] | None = None, bar: bool | None = None,
                 on_progress: ProgressCallback | None = None) -> BatchSummary:
    """Score every creator of ``roster`` against every segment into ``out`` (Parquet, CSV or
    JSON lines, by suffix) and the rejects into ``rejects_path(out)``."""
    options = options or BatchOptions()
    roster, out = Path(roster), Path(out)
    _check(segments, out, options)
    resolve_weights(options.weights)
    say = log or (lambda _m: None)
    started = time.perf_counter()
    mapping = options.mapping
    extra_types = [(s.target, s.value_type) for s in mapping.extras] if mapping else []
    schema = output_schema(extra_types)
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}.work-", dir=out.parent))
    cleanup: list[Callable[[], None]] = [lambda: shutil.rmtree(work, ignore_errors=True)]
    try:
        writer = ScoredWriter(out, schema)
        cleanup.append(writer.abort)
        rejects = RejectsWriter(rejects_path(out))
        cleanup.append(rejects.abort)
        seen = SeenIds(work / "seen.sqlite")
        cleanup.append(seen.close)
        ranking: TopK | Runs = (TopK(options.top, len(segments), schema) if options.top
                                else Runs(work / "runs", len(segments), schema))
        if isinstance(ranking, Runs):
            cleanup.append(ranking.close)
        progress = Progress(estimate_rows(roster), log, bar, on_progress)
        cleanup.append(progress.close)
        settler = _Settler(segments, seen, rejects, ranking)
        chunks = iter_chunks(roster, options.chunk_rows, mapping)
        if options.workers is None and options.scheduler is None:
            results = _local_results(reference, segments, options, chunks, extra_types)
        else:
            from matcher.batch.cluster import dask_results

            results = dask_results(_spec(reference, segments, options), chunks, extra_types,
                                   options.workers, options.scheduler, say)
        cleanup.append(results.close)         # stops a cluster if scoring stops early
        for result in results:
            settler.settle(result)
            del result
            release_memory()
            progress.update(settler.summary.rows_read)
        progress.close()
        for index in range(len(segments)):
            if isinstance(ranking, TopK):
                writer.write(ranking.ranked(index))
            else:
                ranking.write_segment(index, writer.write)
        summary = settler.summary
        summary.rows_written = writer.rows
        summary.output = writer.close()
        summary.rejects = rejects.close()
        cleanup = [c for c in cleanup if c not in (writer.abort, rejects.abort)]
    finally:
        for step in reversed(cleanup):
            step()
    if summary.scored + summary.rejected != summary.rows_read:  # pragma: no cover - invariant
        raise RuntimeError(f"{summary.scored} scored + {summary.rejected} rejected != "
                           f"{summary.rows_read} rows read")
    summary.seconds = time.perf_counter() - started
    if options.workers is None and options.scheduler is None:
        summary.processes = {}
    summary.warnings = batch_warnings(reference, segments, summary.engagement,
                                      summary.median_credibility)
    for item in summary.warnings:
        say(f"warning ({item['code']}): {item['message']}")
    return summary


def judges_on_the_median(segment: Segment) -> bool:
    return (segment.filters.min_credibility is not None
            and segment.filters.unknown_credibility == "catalogue_median")


def unreported_credibility(scored: pa.Table) -> int:
    """Rows of ``scored`` whose missing blocks include credibility."""
    named = pc.match_substring_regex(scored["missing_blocks"], r"(^|,)credibility(,|$)")
    return int(pc.sum(pc.fill_null(named, False)).as_py() or 0)


def batch_warnings(reference: Reference, segments: Sequence[Segment],
                   engagement: EngagementTally,
                   median_credibility: dict[str, int] | None = None) -> list[dict[str, str]]:
    """What an analyst should know about a run: segments' phrases that matched no label in
    the reference, eligible creators whose unreported credibility passed min_credibility on
    the median, and a roster unlike the reference its engagement is measured against."""
    found: list[dict[str, str]] = []
    if reference.encoder is not None and reference.catalogue is not None:
        assert reference.label_emb is not None
        text_emb = reference.text_emb()
        for segment in segments:  # with the texts, as scoring: the audience path counts
            targets = build_targets(segment, reference.catalogue, reference.label_emb,
                                    reference.encoder, text_emb=text_emb)
            found += [warning(w["code"], f"segment {segment.id}: {w['message']}")
                      for w in targets.warnings]
    median = ("" if reference.catalogue is None
              else f" ({reference.catalogue.credibility_median:.2f})")
    for segment in segments:
        passed = (median_credibility or {}).get(segment.id, 0)
        if passed and judges_on_the_median(segment):
            found.append(warning(
                "estimated-credibility", f"segment {segment.id}: {passed:,} eligible "
                f"{'creator has' if passed == 1 else 'creators have'} no reported "
                "credibility and passed min_credibility "
                f"{segment.filters.min_credibility:g} on the reference catalogue's median "
                f"credibility{median} (unknown_credibility: catalogue_median, the default; "
                "exclude makes them ineligible)"))
    if engagement.borrowed_platforms:
        found.append(warning("reference-mismatch", f"{engagement.borrowed:,} creators are on "
                             f"{', '.join(sorted(engagement.borrowed_platforms))}, which the "
                             "reference catalogue does not hold: their engagement is measured "
                             "against the median of its other platforms"))
    if engagement.known:
        typical = math.exp(engagement.log_ratio / engagement.known)
        if not 1 / REFERENCE_MISMATCH <= typical <= REFERENCE_MISMATCH:
            found.append(warning(
                "reference-mismatch", f"the roster's typical creator engages {typical:.1f}x "
                "the median of the reference catalogue's creators of the same platform and "
                f"follower tier (over {engagement.known:,} creators with a rate): the roster "
                "does not resemble the reference, so its 'x the median' figures and "
                "engagement factor are relative to that catalogue, not to the roster"))
    return found

