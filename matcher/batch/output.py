"""The scored file and the rejects file: schema, and writers that append chunk by chunk.

One row per (creator, segment)::

    row              the creator's row number in the roster (records from 1)
    creator_id, handle, platform, followers
    segment_id
    rank             1 = best fit among the segment's eligible creators; empty if not eligible
    fit, eligible    eligible: passes the segment's hard filters
    segment_share, segment_share_low, segment_share_high, estimated_reach
    contribution_*   one column per fit factor (empty where the factor does not apply)
    confidence, missing_blocks (comma-separated)
    estimated_blocks each estimated block, what it rests on, its share and range
                     ("countries: top audience country BR, 55% (40-72%)", "; "-separated);
                     empty where every targeted block is reported
    summary          the lines joined with " | "
    ...              the mapping's extras, if any

Parquet is written with ``ParquetWriter``, CSV and JSON lines by appending, so memory stays
flat whatever the roster's size. Writers write to ``NAME.partial`` and rename on ``close``:
an interrupted run leaves no half file under the final name.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from matcher.errors import InvalidInput
from matcher.ingest.readers import Reject
from matcher.matching.scoring import FIT_FACTORS

FORMATS = {".parquet": "parquet", ".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}
CONTRIBUTIONS = {factor: f"contribution_{factor}" for factor in FIT_FACTORS}
ARROW_TYPES = {"int": pa.int64(), "float": pa.float64(), "str": pa.string()}
REJECT_COLUMNS = ("row", "id", "field", "reason")
#: Parquet rows per row group: small blocks are gathered first, so the footer stays small.
ROW_GROUP_ROWS = 16_384


def release_memory() -> None:
    """Hand memory Arrow has freed back to the system, so a long run's peak does not creep
    up with the allocator's retained pages."""
    with contextlib.suppress(AttributeError, NotImplementedError):
        pa.default_memory_pool().release_unused()


def output_schema(extra_types: Sequence[tuple[str, str]] = ()) -> pa.Schema:
    fields = [
        pa.field("row", pa.int64(), nullable=False),
        pa.field("creator_id", pa.string(), nullable=False),
        pa.field("handle", pa.string()),
        pa.field("platform", pa.string()),
        pa.field("followers", pa.int64()),
        pa.field("segment_id", pa.string(), nullable=False),
        pa.field("rank", pa.int64()),
        pa.field("fit", pa.float64(), nullable=False),
        pa.field("eligible", pa.bool_()),
        pa.field("segment_share", pa.float64()),
        pa.field("segment_share_low", pa.float64()),
        pa.field("segment_share_high", pa.float64()),
        pa.field("estimated_reach", pa.float64()),
        *[pa.field(column, pa.float64()) for column in CONTRIBUTIONS.values()],
        pa.field("confidence", pa.float64()),
        pa.field("missing_blocks", pa.string()),
        pa.field("estimated_blocks", pa.string()),
        pa.field("summary", pa.string()),
    ]
    taken = {f.name for f in fields}
    for name, kind in extra_types:
        if name in taken:
            raise InvalidInput(f"extra column {name!r} would replace an output column",
                               field=f"mapping.extras.{name}")
        fields.append(pa.field(name, ARROW_TYPES[kind]))
    return pa.schema(fields)


def output_format(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InvalidInput(f"cannot tell the output format of {path.name!r}: expected "
                           f"{', '.join(FORMATS)}", field="out")
    return fmt


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """A text a spreadsheet would run as a formula (it starts with = + - @, a tab or a
    carriage return), written with a leading apostrophe, as OWASP recommends for CSV files;
    anything else as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def safe_table(table: pa.Table) -> pa.Table:
    """``safe_cell`` on every text column of ``table``."""
    columns = []
    for column in table.columns:
        if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
            risky = pc.match_substring_regex(column, r"^[=+\-@\t\r]")
            column = pc.if_else(risky, pc.binary_join_element_wise("'", column, ""), column)
        columns.append(column)
    return pa.Table.from_arrays(columns, schema=table.schema)


def rejects_path(out: Path) -> Path:
    """``scored.parquet`` -> ``scored.rejects.csv``, beside it."""
    return out.with_name(f"{out.stem}.rejects.csv")


def _partial(path: Path) -> Path:
    return path.with_name(f"{path.name}.partial")


class ScoredWriter:
    """Appends Arrow tables to a Parquet, CSV or JSON lines file."""

    def __init__(self, path: Path, schema: pa.Schema) -> None:
        self.path = path
        self.format = output_format(path)
        self.schema = schema
        self.rows = 0
        self._tmp = _partial(path)
        self._parquet: pq.ParquetWriter | None = None
        self._csv: pacsv.CSVWriter | None = None
        self._text: IO[str] | None = None
        self._pending: list[pa.Table] = []
        self._pending_rows = 0
        if self.format == "parquet":
            self._parquet = pq.ParquetWriter(self._tmp, schema, compression="zstd")
        elif self.format == "csv":
            self._csv = pacsv.CSVWriter(str(self._tmp), schema)
        else:
            self._text = open(self._tmp, "w", encoding="utf-8")  # noqa: SIM115

    def write(self, table: pa.Table) -> None:
        if table.num_rows == 0:
            return
        table = table.select(self.schema.names).cast(self.schema)
        self.rows += table.num_rows
        if self._parquet is not None:
            self._pending.append(table)
            self._pending_rows += table.num_rows
            if self._pending_rows >= ROW_GROUP_ROWS:
                self._flush()
        elif self._csv is not None:
            self._csv.write_table(safe_table(table))
        else:
            assert self._text is not None
            for record in table.to_pylist():
                self._text.write(json.dumps(record, ensure_ascii=False) + "\n")

    def _flush(self) -> None:
        if self._parquet is not None and self._pending:
            self._parquet.write_table(pa.concat_tables(self._pending),
                                      row_group_size=max(self._pending_rows, 1))
        self._pending, self._pending_rows = [], 0

    def close(self) -> Path:
        if self._parquet is not None:
            self._flush()
            self._parquet.close()
        elif self._csv is not None:
            self._csv.close()
        elif self._text is not None:
            self._text.close()
        os.replace(self._tmp, self.path)
        return self.path

    def abort(self) -> None:
        for closer in (self._parquet, self._csv, self._text):
            if closer is not None:
                with contextlib.suppress(Exception):  # the run failed already: keep its error
                    closer.close()
        self._tmp.unlink(missing_ok=True)


class RejectsWriter:
    """The rejects CSV: row, id, field, reason; appended as chunks are settled."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.count = 0
        self._tmp = _partial(path)
        self._handle = open(self._tmp, "w", newline="", encoding="utf-8")  # noqa: SIM115
        self._writer: Any = csv.writer(self._handle)
        self._writer.writerow(REJECT_COLUMNS)

    def write(self, rejects: Sequence[Reject]) -> None:
        for r in sorted(rejects, key=lambda r: r.row):
            self._writer.writerow([r.row, safe_cell(r.id or ""), safe_cell(r.field),
                                   safe_cell(r.reason)])
        self.count += len(rejects)

    def close(self) -> Path:
        self._handle.close()
        os.replace(self._tmp, self.path)
        return self.path

    def abort(self) -> None:
        self._handle.close()
        self._tmp.unlink(missing_ok=True)
