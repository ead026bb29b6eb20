"""The roster side of a batch run: raw rows in chunks, a size estimate, and repeated ids.

Rows are read as the readers read them (``iter_raw_rows``, or ``iter_mapped_rows`` through
a vendor mapping) and grouped into chunks of raw rows: that is what is shipped to a worker.
Repeated ids are found across the whole roster by ``SeenIds``, a SQLite table on disk, so
memory does not grow with the roster.
"""

from __future__ import annotations

import gzip
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from matcher.errors import InvalidInput, RowError
from matcher.ingest.mapped_reader import iter_mapped_rows
from matcher.ingest.mapping import VendorMapping
from matcher.ingest.readers import iter_raw_rows, roster_format

SAMPLE_BYTES = 1 << 20


@dataclass(frozen=True)
class RawReject:
    """A row the reader already rejected; unlike ``RowError`` it pickles, for Dask."""

    field: str
    reason: str
    id: str | None = None


RawRow = tuple[int, dict[str, Any] | RawReject]


def _portable(row: tuple[int, dict[str, Any] | RowError]) -> RawRow:
    number, raw = row
    if isinstance(raw, RowError):
        return number, RawReject(raw.field, raw.reason, getattr(raw, "id", None))
    return number, raw


def iter_chunks(path: Path, chunk_rows: int, mapping: VendorMapping | None = None
                ) -> Iterator[list[RawRow]]:
    if not path.exists():
        raise InvalidInput(f"roster file not found: {path}", field="roster")
    rows = (iter_mapped_rows(path, mapping, chunk_rows) if mapping is not None
            else iter_raw_rows(path, chunk_rows=chunk_rows))
    while True:
        try:
            chunk = [_portable(row) for row in islice(rows, chunk_rows)]
        except UnicodeDecodeError as err:
            raise InvalidInput(f"{path.name} is not UTF-8 text ({err.reason}); give a mapping "
                               "with 'encoding:' (e.g. latin-1)", field="roster") from None
        except (ValueError, OSError, EOFError) as err:   # pyarrow, pandas, gzip
            raise InvalidInput(f"cannot read {path.name} as "
                               f"{roster_format(path).replace('jsonl', 'JSON lines')}: {err}",
                               field="roster") from None
        if not chunk:
            return
        yield chunk


def estimate_rows(path: Path) -> int | None:
    """Roughly how many records ``path`` holds, for a progress ETA: exact for Parquet, else
    the file's size over the average record size of its first megabyte."""
    try:
        fmt = roster_format(path)
        if fmt == "parquet":
            import pyarrow.parquet as pq

            return int(pq.ParquetFile(path).metadata.num_rows)
        size = path.stat().st_size
        with open(path, "rb") as raw:
            if path.name.lower().endswith(".gz"):
                with gzip.GzipFile(fileobj=raw) as unzipped:
                    sample = unzipped.read(SAMPLE_BYTES)
                    consumed = max(raw.tell(), 1)
                ratio = len(sample) / consumed
            else:
                sample = raw.read(SAMPLE_BYTES)
                ratio = 1.0
    except Exception:  # noqa: BLE001 - only an estimate; reading reports the real problem
        return None
    lines = sample.count(b"\n") - (1 if fmt == "csv" else 0)
    if lines <= 0 or not sample:
        return None
    if len(sample) < SAMPLE_BYTES and ratio == 1.0:
        return lines + (0 if sample.endswith(b"\n") else 1)
    return max(1, int(size * ratio / (len(sample) / lines)))


class SeenIds:
    """Accepted ids and the row each was first seen at, on disk."""

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(str(path), isolation_level=None)
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute("PRAGMA cache_size=-16000")
        self._db.execute("CREATE TABLE seen (id TEXT PRIMARY KEY, row INTEGER NOT NULL) "
                         "WITHOUT ROWID")

    def first_rows(self, ids: Sequence[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        unique = list(dict.fromkeys(ids))
        for start in range(0, len(unique), 500):
            part = unique[start:start + 500]
            marks = ",".join("?" * len(part))
            found.update(self._db.execute(f"SELECT id, row FROM seen WHERE id IN ({marks})",
                                          part).fetchall())
        return found

    def add(self, items: Sequence[tuple[str, int]]) -> None:
        self._db.execute("BEGIN")
        self._db.executemany("INSERT OR IGNORE INTO seen VALUES (?, ?)", items)
        self._db.execute("COMMIT")

    def close(self) -> None:
        self._db.close()
