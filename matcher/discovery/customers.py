"""Customer exports in: CSV, Parquet, JSON lines (optionally gzip) through a customer mapping.

``read_customers(path, mapping)`` returns a ``CustomerBase``, one compact column per feature
(age band, gender, country, language, phrase set, orders, revenue, engagement), and every
rejected row with its number, field and reason: ``accepted + len(rejects) == rows read``.
Nothing that identifies a person is kept: the mapping reads only the columns it names, no
customer id is kept (a customer is a position in the arrays), and a reject's reason quotes
only the cell of the field it names, and never one that looks like an email or a phone
number. The columns grow as typed arrays (about 50 bytes a customer at the peak).
"""

from __future__ import annotations

import csv
import io
import math
import re
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from matcher.config import get_settings
from matcher.contracts.codes import country_code, language_code
from matcher.contracts.profiles import AGE_BANDS, GENDERS
from matcher.discovery.mapping import CustomerMapping, load_customer_mapping
from matcher.errors import InvalidInput, RowError
from matcher.ingest.limits import GZIP_ERRORS, open_binary, unreadable_gzip
from matcher.ingest.mapped_reader import iter_mapped_rows
from matcher.ingest.readers import Reject, roster_format

MIN_AGE, MAX_AGE = 13, 110
_GENDER_WORDS = {
    "female": "female", "f": "female", "woman": "female", "w": "female", "women": "female",
    "male": "male", "m": "male", "man": "male", "men": "male",
    "other": "other", "non-binary": "other", "nonbinary": "other", "diverse": "other",
    "x": "other", "d": "other",
}
_GENDER_UNKNOWN = {"unknown", "u", "prefer not to say", "not specified", "n/a", "none"}
_PHRASE_SPLIT = re.compile(r"[|;,]")
_MONEY = re.compile(r"^[^\d\-.]*(-?[\d.,' ]+?)[^\d]*$")
#: A cell that may be a person's email or phone number (say, in a shifted CSV row) is never
#: quoted in a reject's reason.
_IDENTIFIER = re.compile(r"@|(?:\d\D{0,2}){7,}")
_QUOTED = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")


@dataclass
class CustomerBase:
    """Customers as columns; -1 (codes) or NaN (numbers) is a missing value."""

    age_band: np.ndarray          # int8 index into AGE_BANDS
    gender: np.ndarray            # int8 index into GENDERS
    country: np.ndarray           # int16 index into ``countries``
    language: np.ndarray          # int16 index into ``languages``
    basket: np.ndarray            # int32 index into ``baskets``
    orders: np.ndarray            # float32
    revenue: np.ndarray           # float32
    engagement: np.ndarray        # float32, 0..1
    countries: list[str]
    languages: list[str]
    baskets: list[tuple[str, ...]]  # distinct phrase sets (categories and interests)
    rejects: list[Reject] = field(default_factory=list)
    mapped: tuple[str, ...] = ()    # the customer fields the mapping read

    def __len__(self) -> int:
        return len(self.age_band)

    @property
    def rows(self) -> int:
        return len(self) + len(self.rejects)

    def take(self, rows: np.ndarray) -> CustomerBase:
        """The customers at ``rows`` (same code lists)."""
        return CustomerBase(
            self.age_band[rows], self.gender[rows], self.country[rows], self.language[rows],
            self.basket[rows], self.orders[rows], self.revenue[rows], self.engagement[rows],
            self.countries, self.languages, self.baskets, [], self.mapped)

    def phrases(self) -> list[str]:
        """Every distinct phrase, in first-seen order."""
        return list(dict.fromkeys(p for basket in self.baskets for p in basket))


class _Columns:
    """Growing columns and the code books of one read."""

    TYPES = {"age_band": "b", "gender": "b", "country": "h", "language": "h", "basket": "l",
             "orders": "f", "revenue": "f", "engagement": "f"}

    def __init__(self) -> None:
        self.values: dict[str, array[Any]] = {k: array(t) for k, t in self.TYPES.items()}
        self.codes: dict[str, dict[Any, int]] = {"country": {}, "language": {},
                                                 "basket": {(): 0}}

    def code(self, book: str, value: Any) -> int:
        if value is None:
            return -1
        table = self.codes[book]
        return table.setdefault(value, len(table))

    def add(self, row: dict[str, Any]) -> None:
        for name in ("age_band", "gender"):
            self.values[name].append(-1 if row[name] is None else row[name])
        for name in ("orders", "revenue", "engagement"):
            self.values[name].append(math.nan if row[name] is None else row[name])
        for name in ("country", "language", "basket"):
            self.values[name].append(self.code(name, row[name]))

    def base(self, rejects: list[Reject], mapped: tuple[str, ...]) -> CustomerBase:
        v = self.values

        def floats(name: str) -> np.ndarray:
            return np.frombuffer(v[name], dtype=np.float32).copy()

        def ints(name: str, dtype: type) -> np.ndarray:
            return np.array(v[name], dtype=dtype)

        return CustomerBase(
            ints("age_band", np.int8), ints("gender", np.int8), ints("country", np.int16),
            ints("language", np.int16), ints("basket", np.int32), floats("orders"),
            floats("revenue"), floats("engagement"), list(self.codes["country"]),
            list(self.codes["language"]), list(self.codes["basket"]), rejects, mapped)


def shown(value: Any) -> str:
    """A cell as quoted in a reject's reason: cut short, and withheld when it may identify
    a person."""
    text = str(value).strip()
    if _IDENTIFIER.search(text):
        return "a value that looks like an email or phone number (not shown)"
    return repr(text[:40])


def redacted(reason: str) -> str:
    """A reason written by the mapping (a ``transform:`` quotes the cell it could not read)
    with every quoted value that may identify a person withheld, as ``shown`` does."""
    return _QUOTED.sub(lambda quoted: shown(quoted.group(0)[1:-1])
                       if _IDENTIFIER.search(quoted.group(0)) else quoted.group(0), reason)


def _number(value: Any, name: str, expected: str) -> float:
    if isinstance(value, (bool, dict, list)):
        raise RowError(name, f"expected {expected}, got a {type(value).__name__}")
    if isinstance(value, (int, float)):
        try:
            number = float(value)
        except OverflowError:  # an integer of more than 308 digits
            raise RowError(name, f"expected {expected}, got a number too large to "
                                 "read") from None
    else:
        text = str(value).strip()
        match = _MONEY.match(text)
        if not match:
            raise RowError(name, f"expected {expected}, got {shown(text)}")
        digits = match.group(1).replace(" ", "").replace("'", "")
        if digits.count(",") and digits.count("."):  # 1,234.50 or 1.234,50
            digits = (digits.replace(",", "") if digits.rfind(".") > digits.rfind(",")
                      else digits.replace(".", "").replace(",", "."))
        elif digits.count(",") == 1 and len(digits.split(",")[1]) != 3:
            digits = digits.replace(",", ".")  # a decimal comma: 12,5
        else:
            digits = digits.replace(",", "")
        try:
            number = float(digits)
        except ValueError:
            raise RowError(name, f"expected {expected}, got {shown(text)}") from None
    if not math.isfinite(number) or number < 0:
        raise RowError(name, f"expected {expected}, got {shown(value)}")
    return number


def age_band_of(age: float) -> int:
    for index, band in enumerate(AGE_BANDS):
        high = MAX_AGE if band == "65+" else int(band.split("-")[1])
        if age <= high:
            return index
    return len(AGE_BANDS) - 1


def _age(raw: dict[str, Any], this_year: int) -> int | None:
    if raw.get("age") is not None:
        age = _number(raw["age"], "age", f"an age in years from {MIN_AGE} to {MAX_AGE}")
        where = "age"
    elif raw.get("birth_year") is not None:
        year = _number(raw["birth_year"], "birth_year", "a birth year such as 1987")
        if not 1900 <= year <= this_year:
            raise RowError("birth_year", f"expected a birth year from 1900 to {this_year}, "
                                         f"got {shown(raw['birth_year'])}")
        age, where = this_year - year, "birth_year"
    else:
        return None
    if not MIN_AGE <= age <= MAX_AGE:
        raise RowError(where, f"an age of {age + 0.0:g} is outside {MIN_AGE} to {MAX_AGE}")
    return age_band_of(age)


def _gender(value: Any) -> int | None:
    if value is None:
        return None
    text = str(value).strip().lower()
    if text in _GENDER_UNKNOWN or not text:
        return None
    if text not in _GENDER_WORDS:
        raise RowError("gender", f"expected female, male or other (or f/m, woman/man), got "
                                 f"{shown(value)}")
    return GENDERS.index(_GENDER_WORDS[text])


def _code(value: Any, name: str) -> str | None:
    if value is None or str(value).strip() == "":
        return None
    if isinstance(value, (dict, list)):
        raise RowError(name, f"expected a {name} code or name, got a {type(value).__name__}")
    try:
        return (country_code if name == "country" else language_code)(str(value))
    except ValueError:
        expected = ("an ISO 3166-1 alpha-2 code or a country name" if name == "country"
                    else "an ISO 639-1 code or a language name")
        raise RowError(name, f"unknown {name} {shown(value)}, expected {expected}") from None


def _phrases(value: Any, name: str, limit: int, max_chars: int) -> list[str]:
    if value is None:
        return []
    if isinstance(value, dict):
        raise RowError(name, "expected a list of phrases or text, got an object")
    items = value if isinstance(value, list) else _PHRASE_SPLIT.split(str(value))
    out = [" ".join(str(item).split()).lower() for item in items if item is not None]
    out = [p for p in out if p and not _IDENTIFIER.search(p)]  # never keep an email or phone
    if len(out) > limit:
        raise RowError(name, f"{len(out):,} entries, over the limit of {limit:,} "
                             "(MATCHER_MAX_ITEMS)")
    long = next((p for p in out if len(p) > max_chars), None)
    if long is not None:
        raise RowError(name, f"an entry of {len(long):,} characters; expected a short phrase "
                             f"of at most {max_chars} (MATCHER_DISCOVERY_MAX_PHRASE_CHARS)")
    return out


def _engagement(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, str) and value.strip().endswith("%"):
        number = _number(value.strip()[:-1], "engagement", "a rate from 0 to 1 or a percentage")
        number /= 100.0
    else:
        number = _number(value, "engagement", "a rate from 0 to 1 or a percentage")
        if number > 1.0:
            number /= 100.0
    if number > 1.0:
        raise RowError("engagement", f"expected a rate from 0 to 1 or a percentage, got "
                                     f"{shown(value)}")
    return number


def customer_row(raw: dict[str, Any], this_year: int, max_items: int,
                 max_chars: int = 80) -> dict[str, Any]:
    """One mapped row -> its features; ``RowError`` names the field that cannot be read."""
    phrases = (_phrases(raw.get("categories"), "categories", max_items, max_chars)
               + _phrases(raw.get("interests"), "interests", max_items, max_chars))
    orders = raw.get("orders")
    revenue = raw.get("revenue")
    row = {
        "age_band": _age(raw, this_year),
        "gender": _gender(raw.get("gender")),
        "country": _code(raw.get("country"), "country"),
        "language": _code(raw.get("language"), "language"),
        "basket": tuple(dict.fromkeys(phrases)) or None,
        "orders": None if orders is None else _number(orders, "orders", "an order count >= 0"),
        "revenue": None if revenue is None else _number(revenue, "revenue",
                                                        "an amount spent >= 0"),
        "engagement": _engagement(raw.get("engagement")),
    }
    if all(v is None for v in row.values()):
        raise RowError("row", "no field to segment on: every mapped column is blank")
    if row["basket"] is None:
        row["basket"] = ()
    return row


def _header(path: Path, mapping: CustomerMapping) -> list[str] | None:
    """The columns of a CSV or Parquet file (records of JSON lines have their own keys)."""
    fmt = roster_format(path)
    if fmt == "csv":
        with io.TextIOWrapper(open_binary(path), encoding=mapping.columns.encoding,
                              newline="") as handle:
            for cells in csv.reader(handle, delimiter=mapping.columns.delimiter):
                if any(c.strip() for c in cells):
                    return cells
        raise InvalidInput(f"{path.name} is empty: expected a header row", field="path")
    if fmt == "parquet":
        import pyarrow.parquet as pq

        try:
            return list(pq.ParquetFile(path).schema_arrow.names)
        except Exception as err:  # noqa: BLE001 - pyarrow raises several kinds
            raise InvalidInput(f"{path.name} is not readable Parquet ({err})",
                               field="path") from None
    return None


def iter_customers(path: Path, mapping: CustomerMapping
                   ) -> Iterator[tuple[int, dict[str, Any] | RowError]]:
    """(row number, features or RowError) for every record of ``path``."""
    header = _header(path, mapping)
    columns = mapping.for_header(header) if header is not None else mapping.columns
    settings = get_settings()
    this_year = date.today().year
    for number, raw in iter_mapped_rows(path, columns):
        if isinstance(raw, RowError):
            yield number, RowError(raw.field, redacted(raw.reason))  # never the row's id
            continue
        try:
            yield number, customer_row(raw, this_year, settings.max_items,
                                       settings.discovery_max_phrase_chars)
        except RowError as err:
            yield number, err


def _read_columns(path: Path, mapping: CustomerMapping) -> CustomerBase | None:
    """A CSV, Parquet or JSON lines export read column by column, or None when the file or
    its mapping needs the row reader."""
    from matcher.discovery.columnar import can_read, read_columns  # it imports this

    header = _header(path, mapping)
    columns = mapping.for_header(header) if header is not None else mapping.columns
    if not can_read(columns):
        return None
    found = read_columns(path, columns)
    if found is None:
        return None
    values, books, rejects = found
    return CustomerBase(**values, countries=books["country"], languages=books["language"],
                        baskets=books["basket"], rejects=rejects,
                        mapped=tuple(s.target for s in mapping.columns.sources))


def read_customers(path: str | Path, mapping: CustomerMapping | str | Path | None = None,
                   columnar: bool = True) -> CustomerBase:
    """Every accepted customer as columns, every rejected row with its reason. A CSV,
    Parquet or JSON lines file whose fields are one column each is read column by column
    (``columnar.py``, the same result), other files row by row (``columnar=False`` forces
    that)."""
    path = Path(path)
    if not path.is_file():
        raise InvalidInput(f"customer file not found: {path.name}", field="path")
    if not isinstance(mapping, CustomerMapping):
        mapping = load_customer_mapping(mapping)
    columns = _Columns()
    rejects: list[Reject] = []
    number = 0
    try:
        if roster_format(path) in ("csv", "parquet", "jsonl") and columnar:
            read = _read_columns(path, mapping)
            if read is not None:
                return read
        for number, row in iter_customers(path, mapping):
            if isinstance(row, RowError):
                rejects.append(Reject(number, row.field, row.reason))
            else:
                columns.add(row)
    except UnicodeDecodeError:
        # the decoder reads ahead, so the row holding the bad byte is not known
        raise InvalidInput(f"{path.name}: not readable as {mapping.columns.encoding} text; "
                           "set the mapping's encoding (e.g. encoding: latin-1)",
                           field="encoding") from None
    except GZIP_ERRORS as err:
        raise unreadable_gzip(path, number, err) from None
    return columns.base(rejects, tuple(s.target for s in mapping.columns.sources))
