"""Rosters in: JSON lines (nested), JSON arrays, CSV (flat columns or JSON cells), Parquet.

``read(path)`` returns every accepted profile and every rejected row with its number, field
and reason: ``len(accepted) + len(rejects) == rows read``, always. Row numbers count records
from 1 (the CSV header is not a record).
"""

from __future__ import annotations

import io
import json
import math
import sys
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from matcher.config import get_settings
from matcher.contracts.profiles import Influencer
from matcher.errors import InvalidInput, RowError
from matcher.ingest.limits import GZIP_ERRORS, open_binary, too_many_records
from matcher.ingest.normalise import normalise_profile

FLAT_BLOCKS = {
    "audience_age_": "age",
    "audience_gender_": "gender",
    "audience_country_": "countries",
    "audience_language_": "languages",
    "audience_interest_": "interests",
}
JSON_BLOCKS = {
    "audience_age": "age",
    "audience_gender": "gender",
    "audience_countries": "countries",
    "audience_languages": "languages",
    "audience_interests": "interests",
    "audience_age_gender": "age_gender",
    "audience_age_country": "age_country",
    "audience_top_countries": "top_countries",
    "audience_top_languages": "top_languages",
    "audience_top_interests": "top_interests",
    "audience_dominant_gender": "dominant_gender",
    "audience_dominant_age": "dominant_age",
}
SUFFIXES = (".jsonl", ".ndjson", ".json", ".csv", ".parquet")


@dataclass(frozen=True)
class Reject:
    row: int
    field: str
    reason: str
    id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ReadResult:
    accepted: list[Influencer] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return len(self.accepted) + len(self.rejects)


def roster_format(path: Path) -> str:
    name = path.name.lower().removesuffix(".gz")
    for suffix in SUFFIXES:
        if name.endswith(suffix):
            return suffix.lstrip(".").replace("ndjson", "jsonl")
    raise InvalidInput(
        f"cannot tell the format of {path.name!r}: expected one of "
        f"{', '.join(SUFFIXES)} (optionally .gz)", field="path")


def upload_name(filename: str | None, default: str) -> str:
    """A fresh file name for an upload, keeping the suffix that tells its format (``.csv``,
    ``.jsonl.gz``); an upload whose suffix tells none is an error naming ``filename``."""
    name = Path(filename or default).name.lower()
    try:
        roster_format(Path(name))
    except InvalidInput as err:
        raise InvalidInput(err.detail, field="filename") from None
    parts = Path(name).suffixes
    suffix = "".join(parts[-2:]) if name.endswith(".gz") else parts[-1]
    return f"{uuid.uuid4().hex}{suffix}"


def _open_text(path: Path, by_line: bool = True) -> io.TextIOBase:
    """``by_line``: the format reads a record a line, so no line may pass
    MATCHER_MAX_LINE_BYTES; a JSON array is one document, bounded by the roster limit."""
    return io.TextIOWrapper(open_binary(path, max_line_bytes=None if by_line else sys.maxsize),
                            encoding="utf-8-sig", newline="")  # -sig: a leading BOM is no text


def _clean(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def nest_flat_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """A flat CSV/Parquet record -> the nested profile layout."""
    out: dict[str, Any] = {}
    audience: dict[str, Any] = {}
    for column, value in row.items():
        value = _clean(value)
        key = str(column).strip()
        if key == "audience" and value not in (None, ""):
            audience.update(_blocks_cell(value))
        elif key in JSON_BLOCKS:
            if value not in (None, ""):
                audience[JSON_BLOCKS[key]] = value
        elif key.startswith("audience_"):
            for prefix, block in FLAT_BLOCKS.items():
                if key.startswith(prefix):
                    label = key[len(prefix):]
                    if block == "age":
                        label = label.replace("_plus", "+").replace("_", "-")
                    if value not in (None, ""):
                        cells = audience.setdefault(block, {})
                        if not isinstance(cells, dict):
                            raise RowError(f"audience.{block}", f"given as a JSON cell and as "
                                                                f"column {key!r}: give one")
                        cells[label] = value
                    break
            else:
                out[key] = value
        else:
            out[key] = value
    if audience:
        out["audience"] = audience
    return out


def _blocks_cell(value: Any) -> dict[str, Any]:
    """An ``audience`` cell: a JSON object of blocks (a Parquet struct comes as a dict)."""
    blocks = value
    if isinstance(value, str):
        try:
            blocks = json.loads(value)
        except (ValueError, RecursionError):
            blocks = None
    if not isinstance(blocks, dict):
        raise RowError("audience", f"expected a JSON object of audience blocks, got "
                                   f"{str(value)[:40]!r}")
    return blocks


def _nested(row: dict[str, Any], mapping: Mapping[str, str] | None) -> dict[str, Any] | RowError:
    try:
        return nest_flat_row(_rename(row, mapping))
    except RowError as err:
        return err


def _rename(row: dict[str, Any], mapping: Mapping[str, str] | None) -> dict[str, Any]:
    if not mapping:
        return row
    return {mapping.get(k, k): v for k, v in row.items()}


def iter_raw_rows(path: Path, mapping: Mapping[str, str] | None = None,
                  chunk_rows: int = 50_000) -> Iterator[tuple[int, dict[str, Any] | RowError]]:
    """(row number, nested raw dict) for every record; unparseable lines come as RowError.
    A file that cannot be read as its format at all (not UTF-8, a broken gzip stream, CSV the
    parser gives up on, not Parquet) is an ``InvalidInput`` naming it."""
    fmt = roster_format(path)
    limit = get_settings().max_roster_rows
    try:
        for count, row in enumerate(_raw_rows(path, fmt, mapping, chunk_rows), start=1):
            if count > limit:
                raise too_many_records(path, limit)
            yield row
    except UnicodeDecodeError as err:
        raise InvalidInput(f"{path.name} is not UTF-8 text ({err.reason}: byte "
                           f"0x{err.object[err.start]:02x}); save it as UTF-8", field="path"
                           ) from None
    except GZIP_ERRORS as err:
        raise InvalidInput(f"{path.name} is not a readable gzip file ({err})", field="path"
                           ) from None


def _raw_rows(path: Path, fmt: str, mapping: Mapping[str, str] | None,
              chunk_rows: int) -> Iterator[tuple[int, dict[str, Any] | RowError]]:
    if fmt == "jsonl":
        with _open_text(path) as handle:
            number = 0
            for line in handle:
                if not line.strip():
                    continue
                number += 1
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as err:
                    yield number, RowError(
                        "row", f"not valid JSON ({err.msg} at column {err.colno})")
                    continue
                except ValueError as err:  # a number past Python's 4300-digit limit
                    yield number, RowError("row", f"not readable JSON ({str(err).split(';')[0]})")
                    continue
                except RecursionError:
                    yield number, RowError("row", "nested deeper than a profile can be")
                    continue
                if not isinstance(record, dict):
                    yield number, RowError("row", "expected a JSON object per line")
                    continue
                yield number, _rename(record, mapping)
    elif fmt == "json":
        with _open_text(path, by_line=False) as handle:
            text = handle.read()
        try:
            records = json.loads(text)
        except json.JSONDecodeError as err:
            raise InvalidInput(f"{path.name} is not valid JSON: {err}", field="path") from None
        except ValueError as err:  # a number past Python's 4300-digit limit
            raise InvalidInput(f"{path.name} is not readable JSON: {str(err).split(';')[0]}",
                               field="path") from None
        except RecursionError:
            raise InvalidInput(f"{path.name} is nested deeper than a profile can be",
                               field="path") from None
        if not isinstance(records, list):
            raise InvalidInput(f"{path.name}: expected a JSON array of profiles", field="path")
        for number, record in enumerate(records, start=1):
            yield number, (_rename(record, mapping) if isinstance(record, dict)
                           else RowError("row", "expected a JSON object"))
    elif fmt == "csv":
        import pandas as pd

        with _open_text(path) as handle:
            try:
                reader = pd.read_csv(handle, dtype=str, keep_default_na=False,
                                     chunksize=chunk_rows)
                number = 0
                for frame in reader:
                    if not isinstance(frame.index, pd.RangeIndex):
                        # pandas took the first column as the index: every record shifted
                        raise InvalidInput(f"{path.name} is not readable CSV: the first record "
                                           f"has more fields than the header's "
                                           f"{len(frame.columns)}", field="path")
                    for record in frame.to_dict(orient="records"):
                        number += 1
                        yield number, _nested(record, mapping)
            except pd.errors.EmptyDataError:
                raise InvalidInput(f"{path.name} is empty: expected a header row",
                                   field="path") from None
            except pd.errors.ParserError as err:
                raise InvalidInput(f"{path.name} is not readable CSV: {str(err).strip()}",
                                   field="path") from None
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        source: Any = path
        if path.name.lower().endswith(".gz"):  # Parquet reads at offsets: decompressed whole
            with open_binary(path) as packed:
                source = pa.BufferReader(packed.read())
        try:
            number = 0
            for batch in pq.ParquetFile(source).iter_batches(batch_size=chunk_rows):
                for record in batch.to_pylist():
                    number += 1
                    yield number, _nested(record, mapping)
        except (pa.ArrowException, OSError) as err:  # pyarrow raises OSError for bad metadata
            raise InvalidInput(f"{path.name} is not readable Parquet: {err}", field="path"
                               ) from None


def validate_rows(
    rows: Iterable[tuple[int, dict[str, Any] | RowError]], seen: dict[str, int] | None = None
) -> Iterator[Influencer | Reject]:
    """Normalise each raw row; a repeated id is rejected, naming the row that had it first."""
    seen = {} if seen is None else seen
    for number, raw in rows:
        if isinstance(raw, RowError):
            yield Reject(number, raw.field, raw.reason)
            continue
        raw_id = raw.get("id")
        try:
            profile = normalise_profile(raw)
        except RowError as err:
            yield Reject(number, err.field, err.reason, None if raw_id is None else str(raw_id))
            continue
        if profile.id in seen:
            yield Reject(number, "id", f"duplicate id {profile.id!r}, first seen at row "
                                       f"{seen[profile.id]}", profile.id)
            continue
        seen[profile.id] = number
        yield profile


def read(path: str | Path, mapping: Mapping[str, str] | None = None) -> ReadResult:
    path = Path(path)
    if not path.exists():
        raise InvalidInput(f"roster file not found: {path}", field="path")
    result = ReadResult()
    for item in validate_rows(iter_raw_rows(path, mapping)):
        if isinstance(item, Reject):
            result.rejects.append(item)
        else:
            result.accepted.append(item)
    return result
