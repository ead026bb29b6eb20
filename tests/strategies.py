"""Hypothesis strategies that fuzz the roster readers and the normaliser, and the check of
what a reader did with one file.

Shared by ``tests/test_fuzz.py`` (the properties, a few hundred examples in the suite) and
``benchmarks/fuzz.py`` (thousands, counted). Rows are mostly near-valid profiles with a few
fields mutated, so that the normaliser's deep paths run, not only its first check: arbitrary
JSON in any field, 1e400, NaN, -0, huge integers, lone surrogates, control characters, BOMs,
long texts, deep nesting, wrong types for audience blocks, unknown keys. Files carry those
rows in every format the readers take and are then damaged now and then: other encodings,
a BOM, a truncated or corrupted gzip stream, ragged CSV, stray quotes, random bytes.

A ``FuzzFile`` knows how many records it holds when its damage leaves that well defined
(``rows``); ``check_read`` returns every broken promise: an exception other than
``InvalidInput`` escapes (raised, not caught), a count differs, a reject without a field or
a reason, an intact file rejected whole.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from matcher.errors import InvalidInput
from matcher.ingest.readers import ReadResult, Reject

# --------------------------------------------------------------------------- values


@dataclass(frozen=True)
class Raw:
    """JSON text written into a file as it is: numbers ``json.dumps`` cannot write (1e400,
    -0, a 5000-digit integer) and nesting past Python's recursion limit."""

    text: str


RAW_NUMBERS = ("1e400", "-1e400", "1E+309", "1e-400", "-0", "-0.0", "0e0", "NaN", "Infinity",
               "-Infinity", "1" + "0" * 400, "9" * 5000, "4.9e-324", "12.5e3", "1e13", "1e14")
BIG_INTS = (10**400, -(10**400), 2**63, 2**63 - 1, 2**64, -(2**63) - 1, 10**13, 10**13 + 1, 0)
SPECIAL_FLOATS = (0.0, -0.0, float("nan"), float("inf"), float("-inf"), 1e308, 5e-324,
                  1e13, 100.0, 100.000001, 1.0000001)
NASTY_TEXT = (
    "", " ", "\t", "\ud800", "a\udc00b", "\udfff\ud800", "\ufeff", "\ufeff12", "\x00", "\x07",
    "\x1b[31m", "\u2028", "\u0085", "\u200b", "null", "None", "NaN", "nan", "N/A", "-", "inf",
    "Infinity", "-inf", "1e400", "-1e400", "1E+309", "-0", "-1", "0x10", "1_000", "\uff11\uff12",
    "\u0663", "48.5M", "12.5K", "1,234", "2b", "1.5 k", "41%", "%", "100%", "1e5%", "250%",
    "$12", "$", "[]", "{}", "[1,2", '{"a":', '{"18-24": 1e400}', '["US", "US"]', "true", "0",
    "1", "100", "\U0001f642", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629", "x" * 10_001,
    "=cmd|' /C calc'!A0", '"', '""', ",", "a,b", "a\nb", "a\rb", "a\r\nb", "BR|US|PT", "US;DE",
    "Germany", "DEU", "de", "deu", "zz", "Narnia", "65+", "65_plus", "18_24", "female",
    "instagram", "ig", " YT ", "tik tok", "\ud83d", "e\u0301",
)
KNOWN_KEYS = ("id", "handle", "name", "platform", "bio", "categories", "country", "language",
              "followers", "engagement_rate", "avg_views", "credibility", "price_usd",
              "audience", "age", "gender", "countries", "languages", "interests", "age_gender",
              "top_countries", "18-24", "65+", "female", "male", "US", "de")
AGE_BANDS = ("13-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+")
AGE_SPELLINGS = {"18-24": ("18_24", " 18-24 ", "18 - 24"), "65+": ("65_plus", "65plus", "65-")}
GENDERS = ("female", "male", "other", "Female", " MALE ")
COUNTRIES = ("US", "de", "Germany", "DEU", "United Kingdom", "BR", "Brazil", "IS", "FR",
             "JP", "Korea, Republic of")
LANGUAGES = ("en", "DE", "German", "pt", "spa", "is", "Japanese", "fr")
PLATFORMS = ("instagram", "tiktok", "youtube", "x", "twitch", "IG", " yt ", "Twitter",
             "tik tok", "FB", "linkedin")
INTERESTS = ("Fitness & Gym", "Gaming", "Travel", "Healthy Lifestyle", "Falconry",
             "Coffee", "\U0001f642 Emoji")
DEEP_DEPTHS = (50, 400, 5_000, 20_000)  # json.loads manages the first two, never the others
DEPTHS_PY = (50, 400, 900, 990)  # Python structures handed to the normaliser


def deep(depth: int, kind: str) -> Raw:
    if kind == "list":
        return Raw("[" * depth + "]" * depth)
    return Raw('{"a":' * depth + "0" + "}" * depth)


def deep_python(depth: int, kind: str) -> Any:
    value: Any = 0
    for _ in range(depth):
        value = [value] if kind == "list" else {"a": value}
    return value


def weighted(*pairs: tuple[int, st.SearchStrategy[Any]]) -> st.SearchStrategy[Any]:
    return st.sampled_from([s for w, s in pairs for _ in range(w)]).flatmap(lambda s: s)


texts = st.one_of(
    st.sampled_from(NASTY_TEXT),
    st.text(max_size=12),
    st.text(st.characters(categories=["Cs", "Cc", "Cf", "Zs", "Zl", "Nd", "So"]), max_size=6),
)
numbers = st.one_of(
    st.integers(-(10**6), 10**12),
    st.integers(),
    st.sampled_from(BIG_INTS),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(SPECIAL_FLOATS),
    st.sampled_from(RAW_NUMBERS).map(Raw),
)
scalars = st.one_of(st.none(), st.booleans(), numbers, texts)
keys = st.one_of(st.sampled_from(KNOWN_KEYS), texts)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(keys, inner, max_size=3),
    max_leaves=8,
)
deep_raw = st.builds(deep, st.sampled_from(DEEP_DEPTHS), st.sampled_from(("list", "dict")))
any_values = weighted((6, json_values), (1, deep_raw))


def to_python(value: Any) -> Any:
    """The value a JSON reader would hand on: ``Raw`` text parsed (kept as text when Python's
    json cannot parse it: past the recursion or integer-digit limits)."""
    if isinstance(value, Raw):
        try:
            return json.loads(value.text)
        except (ValueError, RecursionError):
            return value.text
    if isinstance(value, dict):
        return {k: to_python(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_python(v) for v in value]
    return value


def dumps(value: Any, ensure_ascii: bool = True) -> str:
    """JSON text of ``value`` with every ``Raw`` written as it is."""
    raws: dict[str, str] = {}

    def placeholder(obj: Any) -> str:
        if isinstance(obj, Raw):
            key = f"@@raw{len(raws)}@@"
            raws[key] = obj.text
            return key
        raise TypeError(type(obj).__name__)

    text = json.dumps(value, default=placeholder, ensure_ascii=ensure_ascii, allow_nan=True)
    for key, raw in raws.items():
        text = text.replace(f'"{key}"', raw, 1)
    return text


# --------------------------------------------------------------------------- rows


@st.composite
def shares(draw: st.DrawFn, labels: tuple[str, ...], complete: bool) -> dict[str, Any]:
    """A share block as vendors write it: fractions, percentages or "41%" texts."""
    chosen = draw(st.lists(st.sampled_from(labels), min_size=1, max_size=4, unique=True))
    weights = [draw(st.integers(1, 100)) for _ in chosen]
    total = sum(weights) if complete else max(sum(weights), 100)
    style = draw(st.sampled_from(("fraction", "fraction", "percent", "text")))
    out: dict[str, Any] = {}
    for label, weight in zip(chosen, weights, strict=True):
        share = weight / total
        out[label] = (round(share, 4) if style == "fraction" else round(share * 100, 2)
                      if style == "percent" else f"{share * 100:.1f}%")
    return out


@st.composite
def audiences(draw: st.DrawFn) -> dict[str, Any]:
    blocks: dict[str, st.SearchStrategy[Any]] = {
        "age": shares(AGE_BANDS, complete=True).map(
            lambda b: {draw_spelling(k, len(b)): v for k, v in b.items()}),
        "gender": shares(GENDERS[:3], complete=True),
        "countries": shares(COUNTRIES, complete=False),
        "languages": shares(LANGUAGES, complete=False),
        "interests": st.dictionaries(st.sampled_from(INTERESTS),
                                     st.floats(0, 1) | st.sampled_from(("40%", 55)),
                                     max_size=3),
        "top_countries": st.one_of(st.lists(st.sampled_from(COUNTRIES), max_size=3),
                                   st.sampled_from(("BR|US|PT", "Germany", '["US", "DE"]'))),
        "age_gender": st.just({"female": {"18-24": 0.5}, "male": {"25-34": 0.5}}),
        "age_country": st.sampled_from(({"Brazil": {"18_24": 0.3}, "US": {"65+": 0.2}},
                                        '{"DEU": {"25-34": 0.4}}', {"XX": {"18-24": 0.1}},
                                        {"BR": {"18-24": 1.2}}, {"BR": [0.1]})),
    }
    return {name: draw(block) for name, block in blocks.items() if draw(st.booleans())}


def draw_spelling(band: str, salt: int) -> str:
    spellings = AGE_SPELLINGS.get(band)
    return spellings[salt % len(spellings)] if spellings and salt % 3 == 0 else band


PROFILE_PATHS = (*KNOWN_KEYS[:14], "audience.age", "audience.gender", "audience.countries",
                 "audience.languages", "audience.interests", "audience.age_gender",
                 "audience.age_country", "audience.top_countries", "audience.age.18-24",
                 "audience.gender.female", "audience.countries.US", "audience.languages.en",
                 "audience.interests.Gaming",
                 "audience.unknown_block", "unknown_key", "_extra")


def mutate(row: dict[str, Any], path: str, op: str, value: Any) -> None:
    """Set, delete or re-key the field at the dotted ``path`` (parents made as needed)."""
    *parents, last = path.split(".")
    node = row
    for part in parents:
        child = node.get(part)
        if not isinstance(child, dict):
            child = {}
            node[part] = child
        node = child
    if op == "delete":
        node.pop(last, None)
    elif op == "rekey" and isinstance(value, str) and node:
        old = next(iter(node))
        node[value] = node.pop(old)
    else:
        node[last] = value


@st.composite
def profiles(draw: st.DrawFn, max_mutations: int = 3) -> dict[str, Any]:
    """A near-valid raw profile with up to ``max_mutations`` fields mutated."""
    row: dict[str, Any] = {
        "id": draw(st.one_of(st.sampled_from(("c1", "c2", " c3 ", 7)),
                             st.integers(0, 10**6).map(lambda i: f"c{i}"))),
        "platform": draw(st.sampled_from(PLATFORMS)),
        "followers": draw(st.one_of(st.integers(0, 10**9), st.floats(0, 1e9),
                                    st.sampled_from(("48.5M", "12.5K", "1,234", " 900 ", "2b")))),
        "engagement_rate": draw(st.one_of(st.floats(0, 1), st.sampled_from(
            ("3.1%", "0.05", 4.2, "12,5", 0)))),
    }
    optional: dict[str, st.SearchStrategy[Any]] = {
        "handle": st.text(max_size=10), "name": st.text(max_size=10),
        "bio": st.text(max_size=40),
        "categories": st.one_of(st.lists(st.sampled_from(INTERESTS), max_size=3),
                                st.sampled_from(("Yoga|Food", "A;B,C", '["Gaming"]'))),
        "country": st.sampled_from(COUNTRIES), "language": st.sampled_from(LANGUAGES),
        "avg_views": st.one_of(st.integers(0, 10**8), st.sampled_from(("1.2M", "3K"))),
        "credibility": st.one_of(st.floats(0, 1), st.sampled_from(("82%", 91))),
        "price_usd": st.one_of(st.floats(0, 1e6), st.sampled_from(("$120", "99.5", 0))),
        "audience": audiences(),
    }
    for key, strategy in optional.items():
        if draw(st.booleans()):
            row[key] = draw(strategy)
    for _ in range(draw(st.integers(0, max_mutations))):
        path = draw(st.one_of(st.sampled_from(PROFILE_PATHS), texts))
        op = draw(st.sampled_from(("set", "set", "set", "delete", "rekey")))
        value = draw(texts if op == "rekey" else any_values)
        mutate(row, path, op, value)
    return row


def with_deep_value(row: dict[str, Any], path: str, depth: int, kind: str) -> dict[str, Any]:
    mutate(row, path, "set", deep_python(depth, kind))
    return row


#: What the normaliser is handed: near-valid rows (as a reader parsed them), any JSON
#: object, and rows with a value nested about as deep as json.loads can return.
normaliser_inputs = weighted(
    (8, profiles().map(to_python)),
    (1, st.dictionaries(keys, json_values, max_size=6).map(to_python)),
    (1, st.builds(with_deep_value, profiles(max_mutations=0).map(to_python),
                  st.sampled_from(PROFILE_PATHS), st.sampled_from(DEPTHS_PY),
                  st.sampled_from(("list", "dict")))),
)

# --------------------------------------------------------------------------- files


@dataclass
class FuzzFile:
    """Bytes to write as ``name``; ``rows``: the records a reader must count, or None when
    the damage leaves that undefined (it may then also reject the file whole)."""

    name: str
    data: bytes
    rows: int | None
    damage: tuple[str, ...] = ()

    def __repr__(self) -> str:  # what hypothesis prints for a failing example
        head = self.data[:600]
        more = f"... ({len(self.data)} bytes)" if len(self.data) > 600 else ""
        return f"FuzzFile({self.name!r}, rows={self.rows}, damage={self.damage}, {head!r}{more})"


ENCODINGS = ("utf-8",) * 8 + ("utf-8-sig", "utf-16", "latin-1", "cp1252")
COMPRESSION = ("none",) * 8 + ("gzip", "gzip", "gzip-truncated", "gzip-corrupt",
                                "gzip-trailing-garbage", "gzip-empty")


def encode(text: str, encoding: str) -> tuple[bytes, bool]:
    """The bytes of ``text`` and whether they are exactly its UTF-8 (perhaps with a BOM)."""
    if encoding.startswith("utf"):
        data = text.encode(encoding, "surrogatepass")
    else:
        data = text.encode(encoding, "replace")
    try:
        exact = data.decode("utf-8-sig") == text
    except UnicodeDecodeError:
        exact = False
    return data, exact


def compress(data: bytes, how: str, cut: float) -> tuple[bytes, bool]:
    """Gzipped (or damaged gzip) bytes and whether the stream is still intact."""
    if how == "none":
        return data, True
    packed = gzip.compress(data, mtime=0)
    if how == "gzip":
        return packed, True
    if how == "gzip-truncated":
        return packed[: max(1, int(len(packed) * cut))], False
    if how == "gzip-corrupt":
        at = 10 + int((len(packed) - 18) * cut)
        return packed[:at] + bytes([packed[at] ^ 0x5A]) + packed[at + 1:], False
    if how == "gzip-trailing-garbage":
        return packed + b"\x00garbage", False
    return b"", False  # gzip-empty: a .gz of no bytes at all


@st.composite
def finish(draw: st.DrawFn, text: str, suffix: str, rows: int | None,
           damage: tuple[str, ...] = (), encodings: tuple[str, ...] = ENCODINGS) -> FuzzFile:
    """Encode and maybe compress ``text`` into a file of ``suffix``."""
    encoding = draw(st.sampled_from(encodings))
    data, exact = encode(text, encoding)
    how = draw(st.sampled_from(COMPRESSION))
    data, intact = compress(data, how, draw(st.floats(0.05, 0.95)))
    damage = (*damage, *([encoding] if encoding != "utf-8" else []),
              *([how] if how != "none" else []))
    return FuzzFile(f"roster{suffix}{'.gz' if how != 'none' else ''}", data,
                    rows if exact and intact else None, damage)


garbage_lines = st.one_of(
    st.sampled_from(("{not json", "[1, 2", "}", "'single'", "NaN", "{\"id\": 1,}", "\ufeff{}",
                     "\x00", "\x1c", "{\"id\": \"x\"} trailing")),
    st.text(max_size=20).map(lambda t: re.sub(r"[\r\n]", "", t)),
)


@st.composite
def jsonl_files(draw: st.DrawFn) -> FuzzFile:
    """JSON lines: near-valid profiles, other JSON values, garbage and blank lines."""
    ensure_ascii = draw(st.booleans())
    lines: list[str] = []
    for item in draw(st.lists(weighted((8, profiles().map(lambda p: ("row", p))),
                                       (1, json_values.map(lambda v: ("row", v))),
                                       (1, deep_raw.map(lambda v: ("row", v))),
                                       (1, garbage_lines.map(lambda g: ("text", g))),
                                       (1, st.sampled_from(("", "  ", "\t")).map(
                                           lambda b: ("text", b)))),
                              max_size=6)):
        kind, value = item
        lines.append(dumps(value, ensure_ascii) if kind == "row" else value)
    newline = draw(st.sampled_from(("\n", "\r\n")))
    text = newline.join(lines) + (newline if draw(st.booleans()) else "")
    rows = sum(1 for line in lines if line.strip())
    return draw(finish(text, draw(st.sampled_from((".jsonl", ".ndjson", ".JSONL"))), rows))


@st.composite
def json_files(draw: st.DrawFn) -> FuzzFile:
    """A JSON array of records, or a document that is not one."""
    ensure_ascii = draw(st.booleans())
    records = draw(st.lists(weighted((8, profiles()), (1, json_values), (1, deep_raw)),
                            max_size=6))
    shape = draw(st.sampled_from(("array",) * 5 + ("object", "scalar", "truncated", "deep")))
    separator = draw(st.sampled_from((",", ", ", ",\n  ")))
    text = "[" + separator.join(dumps(r, ensure_ascii) for r in records) + "]"
    rows: int | None = len(records)
    try:
        json.loads(text)
    except (ValueError, RecursionError):  # a record past the nesting or digit limits
        rows = None
    if shape == "object":
        text, rows = dumps(draw(profiles()), ensure_ascii), None
    elif shape == "scalar":
        text, rows = dumps(draw(scalars), ensure_ascii), None
    elif shape == "truncated":
        text, rows = text[: len(text) * draw(st.integers(0, 9)) // 10], None
    elif shape == "deep":
        text, rows = deep(draw(st.sampled_from(DEEP_DEPTHS[2:])), "list").text, None
    return draw(finish(text, draw(st.sampled_from((".json", ".JSON"))), rows, (shape,)))


FLAT_PREFIXES = {"age": "audience_age_", "gender": "audience_gender_",
                 "countries": "audience_country_", "languages": "audience_language_",
                 "interests": "audience_interest_"}


def cell(value: Any) -> str:
    """One value as a CSV cell."""
    if value is None:
        return ""
    if isinstance(value, Raw):
        return value.text
    if isinstance(value, str):
        return value
    if isinstance(value, (list, dict)):
        return dumps(value, ensure_ascii=False)
    return repr(value) if isinstance(value, float) else str(value)


def flatten(row: dict[str, Any], layout: str) -> dict[str, Any]:
    """A raw profile in a flat layout: audience blocks as ``audience_age_18_24`` columns
    ("flat"), JSON cells per block ("blocks") or one JSON ``audience`` cell ("cell")."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        if key != "audience":
            out[key] = value
        elif not isinstance(value, dict) or layout == "cell":
            out["audience"] = value
        else:
            for block, content in value.items():
                prefix = FLAT_PREFIXES.get(block)
                if layout == "flat" and prefix and isinstance(content, dict):
                    for label, share in content.items():
                        label = label.replace("+", "_plus") if block == "age" else label
                        out[prefix + label.replace("-", "_")] = share
                else:
                    out[f"audience_{block}"] = content
    return out


class CsvWriter:
    """``csv.writer`` quotes a field that holds a character of its line terminator only: with
    "\\n" lines, a lone "\\r" would go out bare and split its record when read back, so a
    record holding one is written with every field quoted (as is every record, by choice)."""

    def __init__(self, buffer: io.StringIO, newline: str, quote_all: bool) -> None:
        self.buffer, self.newline, self.quote_all = buffer, newline, quote_all

    def writerow(self, cells: list[str]) -> None:
        quote_all = self.quote_all or any("\r" in c for c in cells)
        csv.writer(self.buffer, lineterminator=self.newline,
                   quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL).writerow(cells)


def clean_text(text: str) -> str:
    """What Arrow can hold of ``text``: lone surrogates become U+FFFD."""
    return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


@st.composite
def csv_files(draw: st.DrawFn) -> FuzzFile:
    """Flat CSV rosters (csv.writer quoting embedded quotes and newlines), some ragged."""
    layout = draw(st.sampled_from(("flat", "blocks", "cell")))
    records = [flatten(r, layout) for r in draw(st.lists(profiles(), max_size=5))]
    header: list[str] = list(dict.fromkeys(k for r in records for k in r)) or ["id", "platform"]
    damage = draw(st.sampled_from(("none",) * 4 + ("missing", "extra", "stray-quote",
                                                    "blank-lines", "empty", "header-only")))
    newline = draw(st.sampled_from(("\n", "\r\n")))
    buffer = io.StringIO()
    writer = CsvWriter(buffer, newline, draw(st.booleans()))
    writer.writerow(header)
    rows: int | None = len(records) if len(header) >= 2 else None
    for record in records:
        cells = [cell(record.get(h)) for h in header]
        if damage == "missing" and draw(st.booleans()):
            cells = cells[: draw(st.integers(2, max(2, len(cells))))]
        elif damage == "extra" and draw(st.booleans()):
            cells += draw(st.lists(texts.map(clean_text), min_size=1, max_size=3))
            rows = None
        writer.writerow(cells)
        if damage == "blank-lines":
            buffer.write(newline)
    text = buffer.getvalue()
    if damage == "stray-quote":
        at = draw(st.integers(0, len(text)))
        text, rows = text[:at] + '"' + text[at:], None
    elif damage == "empty":
        text, rows = "", None
    elif damage == "header-only":
        head = io.StringIO()
        CsvWriter(head, newline, False).writerow(header)
        text, rows = head.getvalue(), 0 if len(header) >= 2 else None
    return draw(finish(text, draw(st.sampled_from((".csv", ".CSV"))), rows, (damage,)))


@st.composite
def parquet_files(draw: st.DrawFn) -> FuzzFile:
    """Parquet rosters: all-text columns, typed columns or a nested ``audience`` struct."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    typing = draw(st.sampled_from(("text", "typed", "nested")))
    records = [flatten(to_python(r), "cell" if typing == "nested" else "flat")
               for r in draw(st.lists(profiles(), max_size=5))]
    header = list(dict.fromkeys(clean_text(k) for r in records for k in r)) or ["id"]

    def text_table() -> Any:
        return pa.Table.from_pylist(
            [{h: clean_text(cell(r.get(h))) for h in header} for r in
             ({clean_text(k): v for k, v in r.items()} for r in records)],
            schema=pa.schema([(h, pa.string()) for h in header]))

    buffer = io.BytesIO()
    deepest = max((nesting(v) for r in records for v in r.values()), default=0)
    try:
        if typing == "text" or not records:
            raise ValueError("text columns")
        pq.write_table(pa.Table.from_pylist(
            [{h: _arrow_value(r.get(h), typing) for h in header} for r in
             ({clean_text(k): v for k, v in r.items()} for r in records)]), buffer)
    except (pa.ArrowException, OverflowError, TypeError, ValueError):
        # mixed types in a column (Arrow wants one), an empty struct: every column as text
        typing = "text"
        buffer = io.BytesIO()
        pq.write_table(text_table(), buffer)
    data = buffer.getvalue()
    damage = draw(st.sampled_from(("none",) * 5 + ("gzip", "truncated", "flipped")))
    rows: int | None = len(records)
    notes: tuple[str, ...] = (typing, damage)
    if typing != "text" and deepest > 30:
        # Arrow writes such a schema but reads none past 100 levels (a list takes three)
        rows, notes = None, (*notes, f"nested {deepest} deep")
    if damage == "gzip":
        return FuzzFile("roster.parquet.gz", gzip.compress(data, mtime=0), rows, notes)
    if damage == "truncated":
        data, rows = data[: draw(st.integers(0, len(data) - 1))], None
    elif damage == "flipped":
        at = draw(st.integers(0, len(data) - 1))
        data, rows = data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1:], None
    return FuzzFile("roster.parquet", data, rows, notes)


def nesting(value: Any) -> int:
    """How many lists and objects deep ``value`` goes."""
    if isinstance(value, dict):
        return 1 + max((nesting(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((nesting(v) for v in value), default=0)
    return 0


def _arrow_value(value: Any, typing: str) -> Any:
    if isinstance(value, Raw):
        return value.text
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return ({clean_text(str(k)): _arrow_value(v, typing) for k, v in value.items()}
                if typing == "nested" else clean_text(dumps(value)))
    if isinstance(value, list):
        return [_arrow_value(v, typing) for v in value]
    return value


random_files = st.builds(
    lambda suffix, data: FuzzFile(f"roster{suffix}", data, None, ("random",)),
    st.sampled_from((".jsonl", ".ndjson", ".json", ".csv", ".parquet", ".jsonl.gz", ".csv.gz",
                     ".json.gz", ".parquet.gz", ".txt", ".xlsx", "", ".gz")),
    st.one_of(st.binary(max_size=300),
              st.sampled_from((b"PAR1", b"PAR1\x00\x00\x00\x00PAR1", b"\x1f\x8b", b"\xff\xfe",
                               b"\xef\xbb\xbf", b'"', b"\n\n\n", b"[", b"{}", b"id\n1\n")),
              st.tuples(st.sampled_from((b"id,platform\n", b'[{"id": 1}', b"PAR1",
                                         b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03")),
                        st.binary(max_size=100)).map(b"".join)),
)

#: Every plain-reader format, by the name the fuzz table gives it.
FILES: dict[str, st.SearchStrategy[FuzzFile]] = {
    "jsonl": jsonl_files(), "json": json_files(), "csv": csv_files(),
    "parquet": parquet_files(), "random bytes": random_files,
}

# --------------------------------------------------------------------------- mapped

INSTAGRAM_HEADER = ("Rank", "name", "instagram name", "Category_1", "Category_2", "followers",
                    "followers", "country", "Eng. (Auth.)", "Eng. (Auth.)", "Eng. (Avg.)",
                    "Eng. (Avg.)")


@st.composite
def instagram_cells(draw: st.DrawFn) -> list[str]:
    """One row of the "top Instagram creators" export, a few cells replaced."""
    followers = draw(st.integers(0, 10**9))
    engagement = draw(st.integers(0, 10**7))
    cells = [str(draw(st.integers(1, 1000))), draw(st.from_regex(r"[a-z][a-z0-9_.]{0,12}",
                                                                  fullmatch=True)),
             draw(st.text(max_size=12)), draw(st.sampled_from(INTERESTS)),
             draw(st.sampled_from(("", *INTERESTS))), f"{followers / 1e6:.1f}M", str(followers),
             draw(st.sampled_from(("", *COUNTRIES))), f"{engagement / 1e3:.1f}K",
             str(engagement), f"{engagement / 1e3:.1f}K", str(engagement)]
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(cells) - 1))
        cells[at] = cell(draw(weighted((3, texts), (1, numbers), (1, json_values))))
    return cells


@st.composite
def instagram_csv_files(draw: st.DrawFn, compression: bool = False) -> FuzzFile:
    """CSV in the layout of the bundled ``instagram-top-creators`` mapping: ragged rows,
    repeated headers, blank rows, a missing column, other encodings."""
    header = list(INSTAGRAM_HEADER)
    damage = draw(st.sampled_from(("none",) * 4 + ("ragged", "repeated-header", "blank-rows",
                                                    "no-followers-column", "stray-quote")))
    if damage == "no-followers-column":
        del header[6]
    newline = draw(st.sampled_from(("\n", "\r\n")))
    buffer = io.StringIO()
    writer = CsvWriter(buffer, newline, draw(st.booleans()))
    writer.writerow(header)
    rows: int | None = 0
    for cells in draw(st.lists(instagram_cells(), max_size=5)):
        if damage == "ragged" and draw(st.booleans()):
            cells = cells[: draw(st.integers(0, len(cells)))] + draw(
                st.lists(texts.map(clean_text), max_size=2))
        elif damage == "repeated-header" and draw(st.booleans()):
            cells = list(header)
        elif damage == "blank-rows" and draw(st.booleans()):
            cells = [" "] * len(header)  # skipped: not a record
        writer.writerow(cells)
        if rows is not None and any(c.strip() for c in cells):
            rows += 1
    text = buffer.getvalue()
    if damage == "no-followers-column":
        rows = None
    elif damage == "stray-quote":
        at = draw(st.integers(0, len(text)))
        text, rows = text[:at] + '"' + text[at:], None
    if not compression:
        encoding = draw(st.sampled_from(ENCODINGS))
        data, exact = encode(text, encoding)
        damage_all = (damage, *([encoding] if encoding != "utf-8" else []))
        return FuzzFile("export.csv", data, rows if exact else None, damage_all)
    return draw(finish(text, ".csv", rows, (damage,)))


# --------------------------------------------------------------------------- checks


@dataclass
class Outcome:
    """What a reader made of one file."""

    whole: str | None = None      # an InvalidInput's message: the file rejected whole
    accepted: int = 0
    rejected: int = 0
    problems: list[str] = field(default_factory=list)  # broken promises (must stay empty)


def read_mapped(path: Path, mapping: Any) -> ReadResult:
    """``read`` through a column mapping: ``validate_rows`` over ``iter_mapped_rows``."""
    from matcher.ingest.mapped_reader import iter_mapped_rows
    from matcher.ingest.readers import validate_rows

    result = ReadResult()
    for item in validate_rows(iter_mapped_rows(path, mapping)):
        (result.rejects if isinstance(item, Reject) else result.accepted).append(item)
    return result


def check_read(file: FuzzFile, directory: Path,
               reader: Callable[[Path], ReadResult]) -> Outcome:
    """Write ``file`` into ``directory`` and read it. Any exception other than
    ``InvalidInput`` propagates: that is an escape."""
    path = directory / file.name
    path.write_bytes(file.data)
    try:
        result = reader(path)
    except InvalidInput as err:
        outcome = Outcome(whole=str(err))
        if not str(err).strip() or not err.field:
            outcome.problems.append(f"InvalidInput without a message or field: {err!r}")
        if file.rows is not None:
            outcome.problems.append(f"an intact file of {file.rows} records rejected whole: "
                                    f"{err} (field {err.field})")
        return outcome
    outcome = Outcome(accepted=len(result.accepted), rejected=len(result.rejects))
    outcome.problems.extend(reject_problems(result.rejects))
    read_rows = len(result.accepted) + len(result.rejects)
    if result.rows != read_rows:
        outcome.problems.append(f"ReadResult.rows {result.rows} != accepted + rejected "
                                f"{read_rows}")
    if file.rows is not None and read_rows != file.rows:
        outcome.problems.append(f"read {read_rows} records (accepted {len(result.accepted)}, "
                                f"rejected {len(result.rejects)}), the file holds {file.rows}")
    return outcome


def reject_problems(rejects: Iterable[Reject]) -> list[str]:
    problems = []
    last = 0
    for reject in rejects:
        if not (isinstance(reject.field, str) and reject.field.strip()):
            problems.append(f"a reject without a field: {reject}")
        if not (isinstance(reject.reason, str) and reject.reason.strip()):
            problems.append(f"a reject without a reason: {reject}")
        if not reject.row > last:
            problems.append(f"reject row numbers out of order: {reject.row} after {last}")
        last = reject.row
    return problems
