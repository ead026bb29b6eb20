"""Reading a vendor export through a ``VendorMapping``, row by row, in constant memory.

CSV is read with the mapping's encoding and delimiter, keeping repeated header names apart
(``followers``, ``followers#2``); a row that repeats the header is rejected as one, so that
``accepted + rejected == rows read`` still holds. Parquet and JSON lines records are mapped
by key. Rows come out as ``(row number, nested raw profile | RowError)``, the same shape as
``matcher.ingest.readers.iter_raw_rows``, for ``validate_rows`` or the batch scorer.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa

from matcher.config import get_settings
from matcher.errors import InvalidInput, MappedRowError, RowError
from matcher.ingest.limits import GZIP_ERRORS, open_binary, too_many_records
from matcher.ingest.mapping import (
    EXTRA_KEY,
    RATE_FIELDS,
    REQUIRED,
    TRANSFORMS,
    ColumnRef,
    Source,
    VendorMapping,
    header_key,
    missing_column,
)
from matcher.ingest.readers import nest_flat_row, roster_format

RawRow = tuple[int, dict[str, Any] | RowError]


class Resolver:
    """A mapping bound to one header: turns a row of cells into a nested raw profile."""

    def __init__(self, mapping: VendorMapping, header: Iterable[Any], source: str,
                 strict: bool = True) -> None:
        self.mapping = mapping
        self.header = [str(h) for h in header]
        keys = [header_key(h) for h in self.header]
        self.header_keys = keys
        self.index: dict[ColumnRef, int] = {}
        seen: dict[str, int] = {}
        for position, key in enumerate(keys):
            seen[key] = seen.get(key, 0) + 1
            self.index[ColumnRef(key, seen[key])] = position
        if strict:
            for src in (*mapping.sources, *mapping.extras):
                for ref in src.columns():
                    if ref not in self.index:
                        section = "extras" if src in mapping.extras else "fields"
                        raise missing_column(mapping, f"{section}.{src.target}", ref, source,
                                             self.header)
        used = {self.index[r] for r in mapping.referenced() if r in self.index}
        self.unmapped = [i for i in range(len(keys)) if i not in used]

    def is_header(self, cells: list[Any]) -> bool:
        named = [(i, k) for i, k in enumerate(self.header_keys) if k]
        return bool(named) and all(i < len(cells) and header_key(cells[i]) == k
                                   for i, k in named)

    def _cell(self, cells: list[Any], ref: ColumnRef, src: Source) -> Any:
        position = self.index.get(ref)
        value = cells[position] if position is not None and position < len(cells) else None
        if value is None:
            return None
        if isinstance(value, str):
            value = value.strip()
            if value in src.null_values:
                return None
        elif isinstance(value, float) and value != value:
            return None
        return value

    def _read(self, src: Source, cells: list[Any], ref: ColumnRef) -> Any:
        value = self._cell(cells, ref, src)
        if value is None:
            return None
        if src.values and str(value) in src.values:
            value = src.values[str(value)]
        for name in src.transforms:
            try:
                value = TRANSFORMS[name](value, src.target)
            except RowError as err:
                raise RowError(src.target, f"column {ref.label()}: {err.reason}") from None
        if src.split is not None:
            value = [part.strip() for part in str(value).split(src.split) if part.strip()]
        elif src.prefix:
            value = f"{src.prefix}{value}"
        return value

    def _total(self, src: Source, cells: list[Any], refs: tuple[ColumnRef, ...]) -> float:
        total = 0.0
        for ref in refs:
            value = self._cell(cells, ref, src)
            if value is None:
                raise RowError(src.target, f"column {ref.label()} is blank; {src.target} is "
                                           "computed from it")
            try:
                total += TRANSFORMS["count"](value, src.target)
            except RowError as err:
                raise RowError(src.target, f"column {ref.label()}: {err.reason}") from None
        return total

    def value(self, src: Source, cells: list[Any]) -> Any:
        if src.kind == "value":
            return src.constant
        if src.kind == "unavailable":  # unknown: a field the profile can do without
            if src.target in REQUIRED:
                raise RowError(src.target, str(src.constant))
            return None
        if src.kind == "column":
            return self._read(src, cells, src.refs[0])
        if src.kind == "columns":
            found = [self._read(src, cells, ref) for ref in src.refs]
            return [v for v in found if v not in (None, "")] or None
        if src.kind == "sum":
            return int(self._total(src, cells, src.refs))
        numerator = self._total(src, cells, src.refs)
        denominator = self._total(src, cells, src.denominator)
        formula = f"{_sum_text(src.refs)} / {_sum_text(src.denominator)}"
        if denominator == 0:
            raise RowError(src.target, f"{formula}: the denominator is 0")
        ratio = numerator / denominator
        most = RATE_FIELDS.get(src.target)
        if most is not None and ratio > most:
            raise RowError(src.target, f"{formula} = {numerator:,.0f} / {denominator:,.0f} = "
                                       f"{ratio:.2f}, above {most:g}, so not a rate")
        if most is not None:  # as a percentage, so that 13.2 is never read as 13.2%
            return f"{ratio * 100!r}%"
        return ratio

    def apply(self, cells: list[Any]) -> dict[str, Any]:
        """The nested raw profile of one row (extras under ``EXTRA_KEY``); ``MappedRowError``
        names the target field and the column when a value cannot be read."""
        out: dict[str, Any] = {}
        if self.mapping.keep_unmapped:
            out = nest_flat_row({self.header[i]: cells[i] for i in self.unmapped
                                 if i < len(cells)})
        row_id: str | None = None
        id_source = next((s for s in self.mapping.sources if s.target == "id"), None)
        try:
            if id_source is not None:
                found = self.value(id_source, cells)
                row_id = None if found is None else str(found)
            for src in self.mapping.sources:
                value = self.value(src, cells)
                if value is not None:
                    _assign(out, src.target, value)
            extras = {src.target: self.value(src, cells) for src in self.mapping.extras}
        except RowError as err:
            raise MappedRowError(err.field, err.reason, row_id) from None
        if extras:
            out[EXTRA_KEY] = extras
        return out


def _sum_text(refs: tuple[ColumnRef, ...]) -> str:
    text = " + ".join(r.label() for r in refs)
    return f"({text})" if len(refs) > 1 else text


def _assign(out: dict[str, Any], target: str, value: Any) -> None:
    parts = target.split(".")
    node = out
    for part in parts[:-1]:
        child = node.get(part)
        if not isinstance(child, dict):
            child = {}
            node[part] = child
        node = child
    node[parts[-1]] = value


def _open_text(path: Path, encoding: str) -> io.TextIOBase:
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise InvalidInput(f"unknown text encoding {encoding!r}", field="mapping.encoding") \
            from None
    if encoding.lower().replace("_", "-") in ("utf-8", "utf8"):
        encoding = "utf-8-sig"
    return io.TextIOWrapper(open_binary(path), encoding=encoding, newline="")


def _csv_rows(path: Path, mapping: VendorMapping) -> Iterator[RawRow]:
    resolver: Resolver | None = None
    number = 0
    with _open_text(path, mapping.encoding) as handle:
        reader = csv.reader(handle, delimiter=mapping.delimiter)
        try:
            for cells in reader:
                if not any(c.strip() for c in cells):
                    continue
                if resolver is None:
                    resolver = Resolver(mapping, cells, path.name)
                    continue
                number += 1
                yield number, _map_cells(resolver, mapping, cells)
        except (UnicodeDecodeError, csv.Error) as err:
            raise unreadable_csv(path, mapping, number, err) from None
    if resolver is None:
        raise InvalidInput(f"{path.name} is empty: expected a header row", field="path")


def unreadable_csv(path: Path, mapping: VendorMapping, number: int,
                   err: UnicodeDecodeError | csv.Error) -> InvalidInput:
    """The error of a CSV that stops being readable after ``number`` rows: bytes that are not
    the mapping's encoding, or a row the CSV reader cannot parse."""
    if isinstance(err, UnicodeDecodeError):
        line, byte = _first_undecodable(path, mapping.encoding)
        return InvalidInput(
            f"{path.name}: not {mapping.encoding} text: line {line} has byte 0x{byte:02x}; "
            "set 'encoding:' in the mapping, e.g. latin-1 or cp1252",
            field="mapping.encoding")
    return InvalidInput(f"{path.name}: unreadable CSV near row {number + 1}: {err}",
                        field="path")


def _first_undecodable(path: Path, encoding: str) -> tuple[int, int]:
    """The first physical line that does not decode, and its first bad byte."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rb") as handle:
        for number, line in enumerate(handle, start=1):
            try:
                line.decode(encoding)
            except UnicodeDecodeError as err:
                return number, line[err.start]
    return 0, 0


def _map_cells(resolver: Resolver, mapping: VendorMapping, cells: list[Any]
               ) -> dict[str, Any] | RowError:
    if mapping.skip_repeated_headers and resolver.is_header(cells):
        return RowError("row", "a repeated header row (the export's column names again), "
                               "not a creator")
    width = len(resolver.header)
    if len(cells) > width and any(str(c).strip() for c in cells[width:]):
        return RowError("row", f"{len(cells)} fields, but the header has {width}")
    try:
        return resolver.apply(cells)
    except RowError as err:  # MappedRowError too
        return err


def _record_rows(records: Iterator[Any], mapping: VendorMapping, source: str,
                 strict_header: list[str] | None = None) -> Iterator[RawRow]:
    resolvers: dict[tuple[str, ...], Resolver] = {}
    if strict_header is not None:
        resolvers[tuple(strict_header)] = Resolver(mapping, strict_header, source)
    for number, record in enumerate(records, start=1):
        if isinstance(record, RowError):
            yield number, record
            continue
        if not isinstance(record, dict):
            yield number, RowError("row", "expected a JSON object per record")
            continue
        keys = tuple(str(k) for k in record)
        resolver = resolvers.get(keys)
        if resolver is None:
            resolver = resolvers[keys] = Resolver(mapping, keys, source, strict=False)
        yield number, _map_cells(resolver, mapping, list(record.values()))


def _jsonl_records(path: Path, mapping: VendorMapping) -> Iterator[Any]:
    with _open_text(path, mapping.encoding) as handle:
        for line in handle:
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as err:
                yield RowError("row", f"not valid JSON ({err.msg} at column {err.colno})")
            except ValueError as err:  # a number past Python's 4300-digit limit
                yield RowError("row", f"not readable JSON ({str(err).split(';')[0]})")
            except RecursionError:
                yield RowError("row", "nested deeper than a profile can be")


def iter_mapped_rows(path: str | Path, mapping: VendorMapping, chunk_rows: int = 50_000
                     ) -> Iterator[RawRow]:
    """(row number, nested raw profile or RowError) for every record of ``path``; a file
    that cannot be read as its format at all is an ``InvalidInput`` naming it."""
    path = Path(path)
    if not path.exists():
        raise InvalidInput(f"roster file not found: {path}", field="path")
    limit = get_settings().max_roster_rows
    try:
        for count, row in enumerate(_mapped_rows(path, mapping, chunk_rows), start=1):
            if count > limit:
                raise too_many_records(path, limit)
            yield row
    except UnicodeError as err:
        raise InvalidInput(f"{path.name} is not {mapping.encoding} text ({err})",
                           field="path") from None
    except GZIP_ERRORS as err:
        raise InvalidInput(f"{path.name} is not a readable gzip file ({err})",
                           field="path") from None
    except RecursionError:
        raise InvalidInput(f"{path.name} is nested deeper than a profile can be",
                           field="path") from None
    except (pa.ArrowException, OSError) as err:
        raise InvalidInput(f"{path.name} is not readable {roster_format(path)} ({err})",
                           field="path") from None


def _mapped_rows(path: Path, mapping: VendorMapping, chunk_rows: int) -> Iterator[RawRow]:
    fmt = roster_format(path)
    if fmt == "csv":
        yield from _csv_rows(path, mapping)
    elif fmt == "parquet":
        import pyarrow.parquet as pq

        parquet = pq.ParquetFile(path)
        names = list(parquet.schema_arrow.names)

        def batches() -> Iterator[Any]:
            for batch in parquet.iter_batches(batch_size=chunk_rows):
                yield from batch.to_pylist()

        yield from _record_rows(batches(), mapping, path.name, strict_header=names)
    elif fmt == "jsonl":
        yield from _record_rows(_jsonl_records(path, mapping), mapping, path.name)
    else:
        with _open_text(path, mapping.encoding) as handle:
            try:
                records = json.load(handle)
            except ValueError as err:
                raise InvalidInput(f"{path.name} is not valid JSON: {err}", field="path") \
                    from None
        if not isinstance(records, list):
            raise InvalidInput(f"{path.name}: expected a JSON array of records", field="path")
        yield from _record_rows(iter(records), mapping, path.name)
