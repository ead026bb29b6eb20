"""Reading a customer export column by column: every distinct cell parsed once.

A customer export repeats itself: a million rows hold a few hundred distinct countries,
genders, ages and phrase lists. ``read_columns`` splits the records as the row reader does
(``matcher.ingest.mapped_reader``), keeps only the mapped columns' cells, and parses each
distinct cell of a column once, with the same functions and the same reasons as
``customers.customer_row``; a row takes the first error in the row reader's order. The
result is the row reader's, accepted and rejected row for row, in a fraction of the time
(``benchmarks/discovery.py --scale``).

- CSV: the ``csv`` module splits the rows (blank lines skipped, the first row the header,
  repeated headers and over-wide rows rejected, rows numbered alike).
- Parquet: pyarrow reads only the mapped columns (and the first named one, to find rows
  that repeat the header; the other named columns only for the row groups of such a row),
  ``CHUNK_ROWS`` records at a time; numbers stay numbers.
- JSON lines: each line decoded by ``json`` (a line that is not JSON, or not an object, is
  rejected with the row reader's reason), each record's keys resolved as the row reader
  resolves them. pandas' and pyarrow's JSON readers were not used: they type a whole
  column at once (an integer age next to a blank becomes 30.0, ``true`` next to numbers a
  number), so the rejects and their reasons would not be the row reader's.

Mappings with sums, ratios or several columns per field, JSON arrays, Parquet files with
two columns of one name and mappings naming a column's second occurrence in JSON lines
take the row reader.
"""

from __future__ import annotations

import csv
import json
import operator
import re
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from matcher.config import get_settings
from matcher.discovery import customers as parse
from matcher.errors import InvalidInput, RowError
from matcher.ingest.limits import GZIP_ERRORS, too_many_records, unreadable_gzip
from matcher.ingest.mapped_reader import Resolver, _open_text, unreadable_csv
from matcher.ingest.mapping import Source, VendorMapping, header_key
from matcher.ingest.readers import Reject, roster_format

CHUNK_ROWS = 100_000
#: The customer fields in the order ``customer_row`` reads them: a row with several bad
#: cells is rejected for the first.
FIELD_ORDER: tuple[str, ...] = ("categories", "interests", "age", "gender", "country",
                                "language", "orders", "revenue", "engagement")
_REPEATED_HEADER = ("a repeated header row (the export's column names again), not a "
                    "creator")


def can_read(mapping: VendorMapping) -> bool:
    """Whether every field of ``mapping`` is one column (the columnar path's case)."""
    return all(s.kind in ("column", "value") for s in mapping.sources)


class _Field:
    """One customer field: its source, and its parsed distinct cells."""

    def __init__(self, source: Source, resolver: Resolver,
                 parse_value: Callable[[Any], Any]) -> None:
        self.source = source
        self.ref = source.refs[0] if source.kind == "column" else None
        self.position = resolver.index[self.ref] if self.ref is not None else -1
        self.resolver = resolver
        self.parse_value = parse_value
        #: keyed by type and cell: 1 and 1.0 (and True) are equal keys but read differently
        self.memo: dict[tuple[type, Any], tuple[bool, Any, Any, bool]] = {}

    def parsed(self, cell: Any) -> tuple[bool, Any, Any, bool]:
        """(blank, value or None, RowError or None, whether the mapping itself failed) of
        one cell."""
        key = (type(cell), cell)
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = self._parse(cell)
        return found

    def _parse(self, cell: Any) -> tuple[bool, Any, Any, bool]:
        if isinstance(cell, _Cell):
            cell = cell.value
        try:
            if self.ref is None:
                raw = self.resolver.value(self.source, [])
            else:
                probe: list[Any] = [None] * (self.position + 1)
                probe[self.position] = cell
                raw = self.resolver.value(self.source, probe)
        except RowError as err:
            return False, None, RowError(err.field, parse.redacted(err.reason)), True
        if raw is None:
            return True, None, None, False
        try:
            return False, self.parse_value(raw), None, False
        except RowError as err:
            return False, None, err, False


def _parsers(this_year: int, max_items: int, max_chars: int
             ) -> dict[str, Callable[[Any], Any]]:
    def phrases(name: str) -> Callable[[Any], Any]:
        return lambda v: tuple(parse._phrases(v, name, max_items, max_chars))

    return {
        "categories": phrases("categories"), "interests": phrases("interests"),
        "age": lambda v: parse._age({"age": v}, this_year),
        "birth_year": lambda v: parse._age({"birth_year": v}, this_year),
        "gender": parse._gender,
        "country": lambda v: parse._code(v, "country"),
        "language": lambda v: parse._code(v, "language"),
        "orders": lambda v: parse._number(v, "orders", "an order count >= 0"),
        "revenue": lambda v: parse._number(v, "revenue", "an amount spent >= 0"),
        "engagement": parse._engagement,
    }


def _cell_chunks(path: Path, mapping: VendorMapping, positions: list[int]
                 ) -> Iterator[tuple[Resolver, list[int], list[tuple[Any, ...]],
                                     list[tuple[int, str, str]]]]:
    """(resolver, row numbers, mapped cells per row, row-level rejects) per chunk."""
    resolver: Resolver | None = None
    numbers: list[int] = []
    rows: list[tuple[Any, ...]] = []
    rejects: list[tuple[int, str, str]] = []
    number = 0
    limit = get_settings().max_roster_rows
    with _open_text(path, mapping.encoding) as handle:
        reader = csv.reader(handle, delimiter=mapping.delimiter)
        try:
            for cells in reader:
                if not "".join(cells).strip():
                    continue
                if resolver is None:
                    resolver = Resolver(mapping, cells, path.name)
                    positions[:] = sorted({resolver.index[r] for s in mapping.sources
                                           for r in s.refs})
                    pick = _picker(positions)
                    width = len(resolver.header)
                    first = next(((i, k) for i, k in enumerate(resolver.header_keys) if k),
                                 None)
                    continue
                number += 1
                if number > limit:
                    raise too_many_records(path, limit)
                if (mapping.skip_repeated_headers and first is not None
                        and first[0] < len(cells)
                        and cells[first[0]].lstrip()[:1].lower() == first[1][:1]
                        and header_key(cells[first[0]]) == first[1]
                        and resolver.is_header(cells)):
                    rejects.append((number, "row", _REPEATED_HEADER))
                    continue
                if len(cells) > width and any(str(c).strip() for c in cells[width:]):
                    rejects.append((number, "row",
                                    f"{len(cells)} fields, but the header has {width}"))
                    continue
                numbers.append(number)
                if positions and len(cells) <= positions[-1]:
                    rows.append(pick([*cells, *[None] * (positions[-1] + 1 - len(cells))]))
                else:
                    rows.append(pick(cells))
                if len(rows) >= CHUNK_ROWS:
                    yield resolver, numbers, rows, rejects
                    numbers, rows, rejects = [], [], []
        except (UnicodeDecodeError, csv.Error) as err:
            raise unreadable_csv(path, mapping, number, err) from None
        except GZIP_ERRORS as err:
            raise unreadable_gzip(path, number, err) from None
    if resolver is None:
        raise InvalidInput(f"{path.name} is empty: expected a header row", field="path")
    if rows or rejects:
        yield resolver, numbers, rows, rejects


def _picker(positions: list[int]) -> Callable[[list[Any]], tuple[Any, ...]]:
    if len(positions) == 1:
        return lambda cells: (cells[positions[0]],)
    if not positions:
        return lambda cells: ()
    return operator.itemgetter(*positions)


class _Book:
    """Codes in order of first use by an accepted row (as the row reader assigns them)."""

    def __init__(self, first: Any = None) -> None:
        self.codes: dict[Any, int] = {} if first is None else {first: 0}

    def encode(self, keys: np.ndarray, value_of: Callable[[Any], Any]) -> np.ndarray:
        """The codes of rows given by ``keys`` (-1 a missing value); ``value_of`` turns a
        key into the value the book holds (None: missing)."""
        local, uniques = pd.factorize(keys, use_na_sentinel=True)
        table = np.empty(len(uniques) + 1, dtype=np.int64)
        table[-1] = -1
        for i, key in enumerate(uniques):
            value = value_of(key)
            table[i] = -1 if value is None else self.codes.setdefault(value, len(self.codes))
        return table[local]


def read_columns(path: Path, mapping: VendorMapping
                 ) -> tuple[dict[str, np.ndarray], dict[str, list[Any]], list[Reject]] | None:
    """The accepted customers' columns, the code books and the rejects of a CSV, Parquet or
    JSON lines export (gzip or not); None when the file needs the row reader (a Parquet
    file with two columns of one name, a mapping naming a column's second occurrence in
    JSON lines)."""
    fmt = roster_format(path)
    chunks: Iterator[tuple[Resolver, list[int], dict[int, Sequence[Any]],
                           list[tuple[int, str, str]]]]
    positions: list[int] = []
    if fmt == "csv":
        chunks = _csv_columns(path, mapping, positions)
    elif fmt == "parquet":
        found = _parquet_columns(path, mapping, positions)
        if found is None:
            return None
        chunks = found
    elif fmt == "jsonl":
        if any(ref.occurrence != 1 for s in mapping.sources for ref in s.refs):
            return None
        chunks = _jsonl_columns(path, mapping, positions)
    else:
        return None
    settings = get_settings()
    parsers = _parsers(date.today().year, settings.max_items,
                       settings.discovery_max_phrase_chars)
    books = {"country": _Book(), "language": _Book(), "basket": _Book(())}
    parts: dict[str, list[np.ndarray]] = {k: [] for k in _DTYPES}
    rejects: list[Reject] = []
    fields: dict[str, _Field] | None = None
    for resolver, numbers, columns, row_rejects in chunks:
        if fields is None:
            fields = {s.target: _Field(s, resolver, parsers[s.target])
                      for s in mapping.sources}
        chunk_rejects = [Reject(n, f, r) for n, f, r in row_rejects]
        if numbers:
            chunk_rejects += _chunk(fields, columns, np.array(numbers), books, parts,
                                    texts_only=fmt == "csv")
        rejects.extend(sorted(chunk_rejects, key=lambda r: r.row))
    out = {name: (np.concatenate(chunks) if chunks else np.zeros(0)).astype(dtype)
           for (name, dtype), chunks in zip(_DTYPES.items(), parts.values(), strict=True)}
    return out, {name: list(book.codes) for name, book in books.items()}, rejects


def _csv_columns(path: Path, mapping: VendorMapping, positions: list[int]
                 ) -> Iterator[tuple[Resolver, list[int], dict[int, Sequence[Any]],
                                     list[tuple[int, str, str]]]]:
    for resolver, numbers, rows, rejects in _cell_chunks(path, mapping, positions):
        columns: dict[int, Sequence[Any]] = (
            dict(zip(positions, zip(*rows, strict=True), strict=True)) if rows else {})
        yield resolver, numbers, columns, rejects


class _Cell:
    """A cell that is not a string, an int or a float (a list, an object, a boolean), made
    hashable by its type and text so that distinct cells are parsed once each, and never
    equal to a cell of another type (``True`` is not ``1``)."""

    __slots__ = ("key", "value")

    def __init__(self, value: Any) -> None:
        self.value = value
        self.key = (type(value).__name__, repr(value))

    def __hash__(self) -> int:
        return hash(self.key)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Cell) and self.key == other.key


_SCALARS = ({str}, {int}, {float})


def _hashable(cells: list[Any]) -> list[Any]:
    """``cells`` as keys for ``pd.factorize``: as they are when the column holds one type of
    string or number (and blanks), otherwise every cell but strings and blanks wrapped in a
    ``_Cell`` (in JSON, 1, 1.0 and true are equal keys but read differently)."""
    kinds = set(map(type, cells))
    kinds.discard(type(None))
    if not kinds or kinds in _SCALARS:
        return cells
    return [c if c is None or type(c) is str else _Cell(c) for c in cells]


def _count(number: int, path: Path) -> None:
    limit = get_settings().max_roster_rows
    if number > limit:
        raise too_many_records(path, limit)


def _parquet_columns(path: Path, mapping: VendorMapping, positions: list[int]
                     ) -> Iterator[tuple[Resolver, list[int], dict[int, Sequence[Any]],
                                         list[tuple[int, str, str]]]] | None:
    """A Parquet export's mapped columns, ``CHUNK_ROWS`` records at a time (pyarrow reads
    only those and the first named column, for repeated headers). Records are numbered from
    1, as the row reader numbers them."""
    import pyarrow.parquet as pq

    try:
        names = list(pq.ParquetFile(path).schema_arrow.names)
    except (pa.ArrowException, OSError) as err:
        raise InvalidInput(f"{path.name} is not readable parquet ({err})",
                           field="path") from None
    if len(set(names)) != len(names):  # the row reader's records keep one of them
        return None
    resolver = Resolver(mapping, names, path.name)
    positions[:] = sorted({resolver.index[r] for s in mapping.sources for r in s.refs})
    named = [(i, k) for i, k in enumerate(resolver.header_keys) if k]
    wanted = sorted({*positions, *([named[0][0]] if named else [])})

    def chunks() -> Iterator[tuple[Resolver, list[int], dict[int, Sequence[Any]],
                                   list[tuple[int, str, str]]]]:
        number = 0
        try:
            parquet = pq.ParquetFile(path)
            for batch in parquet.iter_batches(batch_size=CHUNK_ROWS,
                                              columns=[names[i] for i in wanted]):
                cells = {i: batch.column(j).to_pylist() for j, i in enumerate(wanted)}
                start, n = number, batch.num_rows
                number += n
                _count(number, path)
                rejected = (_parquet_headers(path, names, named, start, cells)
                            if named and mapping.skip_repeated_headers else set())
                keep = [i for i in range(n) if i not in rejected]
                rejects = [(start + i + 1, "row", _REPEATED_HEADER) for i in sorted(rejected)]
                columns: dict[int, Sequence[Any]] = {
                    p: [cells[p][i] for i in keep] if rejected else cells[p]
                    for p in positions}
                yield resolver, [start + i + 1 for i in keep], columns, rejects
        except (pa.ArrowException, OSError) as err:
            raise InvalidInput(f"{path.name} is not readable parquet ({err})",
                               field="path") from None

    return chunks()


def _parquet_headers(path: Path, names: list[str], named: list[tuple[int, str]],
                     start: int, cells: dict[int, list[Any]]) -> set[int]:
    """Rows of a batch (its first at record ``start``) that repeat the header: every named
    column holds its own name, as ``Resolver.is_header`` checks a record. The columns of
    the batch already read (the mapped ones and the first named one) are checked first;
    only where they all hold their names, which is nearly never, is each other named column
    read, one at a time, for just the row groups holding those rows."""
    import pyarrow.parquet as pq

    doubt = list(range(len(cells[named[0][0]])))
    for i, key in named:
        if i in cells:
            column = cells[i]
            doubt = [r for r in doubt if header_key(column[r]) == key]
    rest = [(i, key) for i, key in named if i not in cells]
    if not doubt or not rest:
        return set(doubt)
    parquet = pq.ParquetFile(path)
    ends = np.cumsum([parquet.metadata.row_group(g).num_rows
                      for g in range(parquet.metadata.num_row_groups)])
    groups: dict[int, list[tuple[int, int]]] = {}  # row group -> (row of batch, row of group)
    for r in doubt:
        g = int(np.searchsorted(ends, start + r, side="right"))
        groups.setdefault(g, []).append((r, start + r - (int(ends[g - 1]) if g else 0)))
    for i, key in rest:
        for g, rows in list(groups.items()):
            column = parquet.read_row_group(g, columns=[names[i]]).column(0)
            rows = [(r, at) for r, at in rows if header_key(column[at].as_py()) == key]
            if rows:
                groups[g] = rows
            else:
                del groups[g]
        if not groups:
            break
    return {r for rows in groups.values() for r, _ in rows}


def _jsonl_columns(path: Path, mapping: VendorMapping, positions: list[int]
                   ) -> Iterator[tuple[Resolver, list[int], dict[int, Sequence[Any]],
                                       list[tuple[int, str, str]]]]:
    """A JSON lines export's mapped keys, ``CHUNK_ROWS`` records at a time. Each line is
    decoded by ``json`` as the row reader decodes it (blank lines skipped, a line that is
    not JSON or not an object rejected, records numbered from 1), and each record's keys
    resolved as the row reader resolves them (one resolver per distinct set of keys)."""
    refs = list(dict.fromkeys(r for s in mapping.sources for r in s.refs))
    canonical = Resolver(mapping, [r.name for r in refs], path.name, strict=False)
    positions[:] = list(range(len(refs)))
    getters: dict[tuple[str, ...], tuple[Resolver, list[int | None]]] = {}
    numbers: list[int] = []
    cells: list[list[Any]] = [[] for _ in refs]
    rejects: list[tuple[int, str, str]] = []
    number = 0

    def flush() -> tuple[Resolver, list[int], dict[int, Sequence[Any]],
                         list[tuple[int, str, str]]]:
        return canonical, numbers, dict(enumerate(cells)), rejects

    try:
        with _open_text(path, mapping.encoding) as handle:
            for line in handle:
                if not line.strip():
                    continue
                number += 1
                _count(number, path)
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as err:
                    rejects.append((number, "row",
                                    f"not valid JSON ({err.msg} at column {err.colno})"))
                    continue
                except ValueError as err:  # a number past Python's 4300-digit limit
                    rejects.append((number, "row",
                                    f"not readable JSON ({str(err).split(';')[0]})"))
                    continue
                except RecursionError:
                    rejects.append((number, "row", "nested deeper than a profile can be"))
                    continue
                if not isinstance(record, dict):
                    rejects.append((number, "row", "expected a JSON object per record"))
                    continue
                keys = tuple(record)
                getter = getters.get(keys)
                if getter is None:
                    resolver = Resolver(mapping, keys, path.name, strict=False)
                    getter = getters[keys] = (resolver, [resolver.index.get(r) for r in refs])
                values = list(record.values())
                if mapping.skip_repeated_headers and getter[0].is_header(values):
                    rejects.append((number, "row", _REPEATED_HEADER))
                    continue
                numbers.append(number)
                for column, at in zip(cells, getter[1], strict=True):
                    column.append(None if at is None else values[at])
                if len(numbers) >= CHUNK_ROWS:
                    yield flush()
                    numbers, rejects = [], []
                    cells = [[] for _ in refs]
    except UnicodeError as err:
        raise InvalidInput(f"{path.name} is not {mapping.encoding} text ({err})",
                           field="path") from None
    except GZIP_ERRORS as err:
        raise unreadable_gzip(path, number, err) from None
    if numbers or rejects:
        yield flush()


_DTYPES: dict[str, Any] = {
    "age_band": np.int8, "gender": np.int8, "country": np.int16, "language": np.int16,
    "basket": np.int32, "orders": np.float32, "revenue": np.float32, "engagement": np.float32}


class _Parsed:
    """One field over a chunk: per row, its distinct cell's index into per-cell arrays.

    Cells of an amount field that are plain decimals (``_PLAIN``: nearly every cell is
    distinct, so parsing each distinct cell once saves nothing), or numbers >= 0 in a
    Parquet or JSON file, are converted at once by ``float``, as ``_number`` would; the slot
    before the None cell's stands for them."""

    def __init__(self, spec: _Field | None, cells: Sequence[Any], n: int,
                 texts_only: bool = True) -> None:
        self.plain: np.ndarray | None = None
        table: list[tuple[bool, Any, Any, bool]]
        if spec is None:  # not mapped: blank everywhere
            self.codes = np.full(n, -1, dtype=np.int64)
            table = [(True, None, None, False)]
        else:
            series = pd.Series(cells, dtype=object)
            direct = _plain_cells(spec, series, texts_only)
            if direct is not None:
                self.plain = direct
                series = series.where(~direct, None)
            if not texts_only:
                series = pd.Series(_hashable(series.tolist()), dtype=object)
            self.codes, uniques = pd.factorize(series, use_na_sentinel=True)
            table = [spec.parsed(u) for u in uniques]
            if direct is not None:
                self.codes[direct] = len(table)
                self.direct = np.zeros(n)
                # one object per cell, even when every cell is a list of one length
                boxed = np.fromiter(cells, dtype=object, count=n)
                self.direct[direct] = boxed[direct].astype(float)
                table.append((False, 0.0, None, False))
            table.append(spec.parsed(None))
        self.blank_of = np.array([t[0] for t in table], dtype=bool)
        self.value_of = np.empty(len(table), dtype=object)
        self.value_of[:] = [t[1] for t in table]
        self.error_of = np.empty(len(table), dtype=object)
        self.error_of[:] = [t[2] for t in table]
        self.none_of = np.array([t[1] is None or t[1] == () for t in table], dtype=bool)
        self.bad_of = np.array([t[2] is not None and not t[3] for t in table], dtype=bool)
        self.early_of = np.array([t[3] for t in table], dtype=bool)

    def rows(self, attribute: str) -> np.ndarray:
        found = getattr(self, attribute)[self.codes]  # code -1 picks the last: a None cell
        if attribute == "value_of" and self.plain is not None:
            found[self.plain] = self.direct[self.plain]
        return found


#: A cell ``_number`` reads as plain ``float(cell)``.
_PLAIN = re.compile(r"\d{1,15}(?:\.\d{1,15})?")
_AMOUNTS = ("orders", "revenue")


def _plain_cells(spec: _Field, series: pd.Series, texts_only: bool = True
                 ) -> np.ndarray | None:
    source = spec.source
    if (source.target not in _AMOUNTS or source.kind != "column" or source.values
            or source.transforms or source.split is not None or source.prefix):
        return None
    if texts_only:
        plain = series.str.fullmatch(_PLAIN).fillna(False).to_numpy(dtype=bool)
        texts = plain
    else:  # Parquet or JSON: numbers as numbers, maybe text too
        kinds = series.map(type)
        texts = kinds.isin([str]).to_numpy(dtype=bool)
        numbers = kinds.isin([int, float]).to_numpy(dtype=bool)
        plain = np.zeros(len(series), dtype=bool)
        if texts.any():
            plain[texts] = series[texts].str.fullmatch(_PLAIN).to_numpy(dtype=bool)
        if numbers.any():
            try:
                values = np.array(series[numbers].tolist(), dtype=float)
            except OverflowError:  # an integer past a float: parsed, ``_number`` rejects it
                values = np.full(int(numbers.sum()), np.nan)
            plain[numbers] = np.isfinite(values) & (values >= 0)
    if source.null_values:
        plain = plain & ~(series.isin(source.null_values).to_numpy(dtype=bool) & texts)
    return plain


def _chunk(fields: dict[str, _Field], columns: dict[int, Sequence[Any]],
           numbers: np.ndarray, books: dict[str, _Book], parts: dict[str, list[np.ndarray]],
           texts_only: bool = True) -> list[Reject]:
    """Parse one chunk; append its accepted rows to ``parts``, return its field rejects."""
    n = len(numbers)
    parsed = {target: _Parsed(fields.get(target),
                              columns[fields[target].position]
                              if target in fields and fields[target].position >= 0
                              else (None,) * n, n, texts_only)
              for target in (*FIELD_ORDER, "birth_year")}
    use_age = ~parsed["age"].rows("blank_of")  # an age cell wins over a birth year

    def field_rows(target: str, attribute: str) -> np.ndarray:
        if target == "age":
            return np.where(use_age, parsed["age"].rows(attribute),
                            parsed["birth_year"].rows(attribute))
        return parsed[target].rows(attribute)

    # the first bad field of a row: the mapping's own errors (in its order) come first, as
    # the row reader maps a whole row before reading its fields
    checks = [(t, "early_of") for t in fields] + [(t, "bad_of") for t in FIELD_ORDER]
    error = np.full(n, -1, dtype=np.int64)  # index into ``checks``
    for order, (target, attribute) in enumerate(checks):
        rows = (parsed[target].rows(attribute) if attribute == "early_of"
                else field_rows(target, attribute))
        error[(error < 0) & rows] = order
    empty = np.ones(n, dtype=bool)
    for target in FIELD_ORDER:
        empty &= field_rows(target, "none_of")
    rejected = np.flatnonzero((error >= 0) | empty)
    out = []
    for i in rejected.tolist():
        if error[i] >= 0:
            target, attribute = checks[error[i]]
            err = (parsed[target].rows("error_of") if attribute == "early_of"
                   else field_rows(target, "error_of"))[i]
            out.append(Reject(int(numbers[i]), err.field, err.reason))
        else:
            out.append(Reject(int(numbers[i]), "row",
                              "no field to segment on: every mapped column is blank"))
    keep = np.ones(n, dtype=bool)
    keep[rejected] = False

    def values(target: str) -> np.ndarray:
        return field_rows(target, "value_of")[keep]

    for name, target in (("age_band", "age"), ("gender", "gender")):
        found = values(target)
        parts[name].append(np.where(found == None, -1, found).astype(np.int64))  # noqa: E711
    for name in ("country", "language"):
        parts[name].append(books[name].encode(values(name), lambda v: v))
    categories, interests = parsed["categories"], parsed["interests"]
    pair = ((categories.codes + 1) * (len(interests.value_of) + 1) + interests.codes + 1)[keep]

    def basket(key: int) -> tuple[str, ...]:
        c = categories.value_of[key // (len(interests.value_of) + 1) - 1]
        t = interests.value_of[key % (len(interests.value_of) + 1) - 1]
        return tuple(dict.fromkeys((c or ()) + (t or ())))

    parts["basket"].append(books["basket"].encode(pair, basket))
    for name in ("orders", "revenue", "engagement"):
        found = values(name)
        parts[name].append(np.where(found == None, np.nan, found).astype(np.float64))  # noqa: E711
    return out
