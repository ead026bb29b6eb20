"""Global ranks per segment, across chunks, in bounded memory.

A rank is the position of a creator among the segment's *eligible* creators of the whole
roster, by fit (highest first), ties by id: the order a shortlist uses.

* ``TopK`` (``--top K``): a running best K per segment; memory K x segments rows.
* ``Runs`` (every pair written): each chunk's eligible rows of a segment are sorted and
  spilled as one Parquet *run*; ineligible rows are spilled in roster order. The final pass
  merges the runs of a segment block by block (an external merge sort: from each run a block
  of at most ``BLOCK_ROWS`` rows is held; every row up to the smallest last key of the held
  blocks is final and is written, with its rank), at most ``FAN_IN`` runs at a time (more
  runs are first merged into longer ones). Memory is ``FAN_IN x BLOCK_ROWS`` rows, whatever
  the roster's size.
"""

from __future__ import annotations

import bisect
import contextlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from matcher.batch.output import release_memory

SORT_KEYS = [("fit", "descending"), ("creator_id", "ascending")]
BLOCK_ROWS = 1024
FAN_IN = 32
Key = tuple[float, str]


def rank_order(table: pa.Table) -> pa.Table:
    return table.sort_by(SORT_KEYS) if table.num_rows > 1 else table


def with_ranks(table: pa.Table, first: int) -> pa.Table:
    ranks = pa.array(range(first, first + table.num_rows), type=pa.int64())
    return table.set_column(table.schema.get_field_index("rank"), "rank", ranks)


def split_eligible(table: pa.Table) -> tuple[pa.Table, pa.Table]:
    mask = pc.fill_null(table["eligible"], False)
    return table.filter(mask), table.filter(pc.invert(mask))


class TopK:
    """The best ``k`` eligible rows of each segment seen so far."""

    def __init__(self, k: int, segments: int, schema: pa.Schema) -> None:
        self.k = k
        self.best = [schema.empty_table() for _ in range(segments)]

    def add(self, segment: int, eligible: pa.Table) -> None:
        if eligible.num_rows:
            merged = pa.concat_tables([self.best[segment], eligible])
            self.best[segment] = rank_order(merged).slice(0, self.k)

    def ranked(self, segment: int) -> pa.Table:
        return with_ranks(self.best[segment], 1)


class _Run:
    """One sorted run, read a block at a time."""

    def __init__(self, path: Path) -> None:
        self._batches = pq.ParquetFile(path).iter_batches(batch_size=BLOCK_ROWS)
        self.block: pa.Table | None = None
        self.keys: list[Key] = []
        self._load()

    def _load(self) -> None:
        for batch in self._batches:
            if batch.num_rows:
                self.block = pa.Table.from_batches([batch])
                fits = self.block["fit"].to_pylist()
                ids = self.block["creator_id"].to_pylist()
                self.keys = [(-f, i) for f, i in zip(fits, ids, strict=True)]
                return
        self.block, self.keys = None, []

    def take_upto(self, cutoff: Key) -> pa.Table | None:
        assert self.block is not None
        n = bisect.bisect_right(self.keys, cutoff)
        if n == 0:
            return None
        taken = self.block.slice(0, n)
        if n == len(self.keys):
            self._load()
        else:
            self.block, self.keys = self.block.slice(n), self.keys[n:]
        return taken


def merge_runs(paths: Sequence[Path]) -> Iterator[pa.Table]:
    """The rows of sorted runs, in rank order, a block at a time."""
    runs = [_Run(p) for p in paths]
    while True:
        live = [r for r in runs if r.block is not None]
        if not live:
            return
        cutoff = min(r.keys[-1] for r in live)
        parts = [t for t in (r.take_upto(cutoff) for r in live) if t is not None]
        yield rank_order(pa.concat_tables(parts))


class Runs:
    """Spilled runs of one segment at a time, merged into ranked output at the end."""

    def __init__(self, directory: Path, segments: int, schema: pa.Schema) -> None:
        self.directory = directory
        self.schema = schema
        self.runs: list[list[Path]] = [[] for _ in range(segments)]
        self._unranked: list[pq.ParquetWriter | None] = [None] * segments
        self._count = 0
        directory.mkdir(parents=True, exist_ok=True)

    def _name(self, prefix: str) -> Path:
        self._count += 1
        return self.directory / f"{prefix}-{self._count:07d}.parquet"

    def add(self, segment: int, eligible: pa.Table, ineligible: pa.Table) -> None:
        if eligible.num_rows:
            path = self._name(f"run-{segment}")
            pq.write_table(rank_order(eligible), path, row_group_size=BLOCK_ROWS,
                           compression="zstd")
            self.runs[segment].append(path)
        if ineligible.num_rows:
            writer = self._unranked[segment]
            if writer is None:
                writer = self._unranked[segment] = pq.ParquetWriter(
                    self.directory / f"unranked-{segment}.parquet", self.schema,
                    compression="zstd")
            writer.write_table(ineligible)

    def _compact(self, segment: int) -> list[Path]:
        paths = self.runs[segment]
        while len(paths) > FAN_IN:
            merged: list[Path] = []
            for start in range(0, len(paths), FAN_IN):
                group = paths[start:start + FAN_IN]
                if len(group) == 1:
                    merged.append(group[0])
                    continue
                target = self._name(f"run-{segment}")
                with pq.ParquetWriter(target, self.schema, compression="zstd") as writer:
                    for block in merge_runs(group):
                        writer.write_table(block, row_group_size=BLOCK_ROWS)
                for path in group:
                    path.unlink()
                merged.append(target)
            paths = merged
        return paths

    def write_segment(self, segment: int, write: Callable[[pa.Table], None]) -> int:
        """Writes the segment's ranked rows, then its ineligible rows; returns the count."""
        written = 0
        for count, block in enumerate(merge_runs(self._compact(segment)), start=1):
            write(with_ranks(block, written + 1))
            written += block.num_rows
            if count % 64 == 0:
                release_memory()
        writer = self._unranked[segment]
        if writer is not None:
            writer.close()
            path = self.directory / f"unranked-{segment}.parquet"
            for batch in pq.ParquetFile(path).iter_batches(batch_size=BLOCK_ROWS):
                table = pa.Table.from_batches([batch])
                write(table)
                written += table.num_rows
        return written

    def close(self) -> None:
        for writer in self._unranked:
            if writer is not None:
                with contextlib.suppress(Exception):  # closed already by write_segment
                    writer.close()
