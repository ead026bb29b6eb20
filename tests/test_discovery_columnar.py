"""The column-by-column CSV reader gives the row reader's result, row for row."""

from __future__ import annotations

import gzip
import re

import numpy as np
import pytest

from matcher.discovery import read_customers
from matcher.discovery.customers import MAX_AGE, MIN_AGE
from matcher.errors import InvalidInput
from matcher.simulate import fixed_segments
from matcher.simulate.customers import draw_customers
from tests.conftest import FIXTURES

COLUMNS = ("age_band", "gender", "country", "language", "basket", "orders", "revenue",
           "engagement")

MESSY = """email,age,birth_year,gender,country,language,categories,interests,orders,revenue
a@x.invalid,34,,F,Germany,de,yoga|running,Vegan Food; yoga,3,"$1,234.50"

b@x.invalid,,1990,Man,US,english,,,12,80
c@x.invalid,abc,,F,DE,de,,,1,2
,,,,,,,,,
d@x.invalid,,,,,,,,,
email,age,birth_year,gender,country,language,categories,interests,orders,revenue
e@x.invalid,40,1800,woman,Atlantis,de,,,1,2
f@x.invalid,40,,robot,FR,fr,,,-3,2
g@x.invalid,22,,m,FR,fr,a|b,b|c,"12,5",1.234,56
h@x.invalid,22,,m,FR,klingon,,,2,"1.234,56"
i@x.invalid,70,,x,JP,ja,,,2,3,extra
j@x.invalid,,2030,f,US,en,,,7,NaN
k@x.invalid,19,,f,US,en,|,,007,9.5
l@x.invalid,19,,f,US
m@x.invalid,19,,f,US,en,call +1 555 010 9999,,1,1
"""


def _same(a, b) -> None:
    for name in COLUMNS:
        assert np.array_equal(getattr(a, name), getattr(b, name), equal_nan=True), name
    assert (a.countries, a.languages, a.baskets, a.mapped) == (
        b.countries, b.languages, b.baskets, b.mapped)
    assert [r.to_dict() for r in a.rejects] == [r.to_dict() for r in b.rejects]


def test_a_messy_export_is_read_alike_column_by_column_and_row_by_row(tmp_path):
    path = tmp_path / "messy.csv"
    path.write_text(MESSY, encoding="utf-8")
    columnar, rows = read_customers(path), read_customers(path, columnar=False)
    _same(columnar, rows)
    assert len(columnar) + len(columnar.rejects) == columnar.rows
    assert {r.field for r in columnar.rejects} >= {"age", "row", "gender", "country"}


@pytest.mark.parametrize(("name", "mapping"), [("hubspot-contacts.csv", "hubspot-contacts"),
                                               ("shopify-customers.csv", "shopify-customers")])
def test_bundled_layouts_are_read_alike(name, mapping):
    path = FIXTURES / "customers" / name
    _same(read_customers(path, mapping), read_customers(path, mapping, columnar=False))


def test_a_simulated_gzip_export_across_chunks_is_read_alike(tmp_path, monkeypatch):
    monkeypatch.setattr("matcher.discovery.columnar.CHUNK_ROWS", 700)
    sample = draw_customers(5, fixed_segments()[:3], 3_000)
    path = sample.write(tmp_path / "customers.csv.gz")
    with gzip.open(path, "rt") as handle:
        assert handle.readline().startswith("email")
    _same(read_customers(path), read_customers(path, columnar=False))


def test_a_truncated_gzip_export_names_the_last_row_read(tmp_path):
    sample = draw_customers(5, fixed_segments()[:3], 3_000)
    path = sample.write(tmp_path / "customers.csv.gz")
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(InvalidInput) as err:
        read_customers(path)
    assert err.value.field == "path"
    found = re.fullmatch(r"customers\.csv\.gz: not a readable gzip file after row ([\d,]+) "
                         r"\(EOFError\)", err.value.detail)
    assert found and 0 < int(found.group(1).replace(",", "")) < 3_000
    with pytest.raises(InvalidInput) as err:  # the row reader: an error naming the file
        read_customers(path, columnar=False)
    assert err.value.field == "path" and "not a readable gzip file" in err.value.detail


@pytest.mark.parametrize(("target", "transform"), [
    ("country", "country"), ("language", "language"), ("orders", "count"),
    ("revenue", "number"), ("engagement", "percent"), ("engagement", "rate")])
@pytest.mark.parametrize("shifted", ["john.doe@x.invalid", "+1 555 010 9999"])
def test_a_transform_never_quotes_a_personal_identifier(tmp_path, target, transform,
                                                        shifted):
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text(f"fields:\n  {target}: {{column: value, transform: {transform}}}\n"
                       "  gender: {column: gender}\n")
    path = tmp_path / "shifted.csv"
    path.write_text(f"gender,value\nf,\nm,\"{shifted}\"\n")
    for columnar in (True, False):
        rejects = read_customers(path, mapping, columnar=columnar).rejects
        assert [(r.row, r.field) for r in rejects] == [(2, target)]
        assert "not shown" in rejects[0].reason and shifted not in rejects[0].reason


MESSY_JSONL = "\n".join([
    '{"email": "a@x.invalid", "age": 34, "gender": "F", "country": "Germany", '
    '"language": "de", "categories": ["yoga", "running"], "interests": "Vegan Food; yoga", '
    '"orders": 3, "revenue": "$1,234.50"}',
    '',
    '{"age": "abc", "country": "DE"}',
    '{"age": true, "country": "DE"}',
    '{"age": 1.0, "country": "DE"}',
    '{"age": 30, "gender": 1, "country": "DE"}',
    '{"age": 30, "gender": 1.0, "country": "DE"}',
    'not json',
    '[1, 2]',
    '{"age": 30, "country": "Atlantis"}',
    '{"age": 30, "country": ["DE"]}',
    '{"age": 30, "interests": {"a": 1}}',
    '{"age": 30, "revenue": -3, "orders": 12.5}',
    '{"age": 30, "revenue": 1e400, "orders": 2}',
    '{"age": 30, "revenue": NaN, "orders": 2}',
    '{"age": 30, "revenue": 12, "orders": 2}',
    '{"age": 30, "revenue": 12.0, "orders": true}',
    '{"age": "age", "gender": "gender", "country": "country"}',
    '{"email": "b@x.invalid"}',
    '{"Age": 41, "COUNTRY": "fr", "interests": ["c9@example.invalid", "chess"]}',
    '{"age": null, "birth_year": 1990, "country": "US", "gender": "unknown"}',
    '{"age": 30, "gender": "robot", "country": "+1 555 010 9999"}',
]) + "\n"


@pytest.mark.parametrize("name", ["messy.jsonl", "messy.jsonl.gz"])
def test_a_messy_json_lines_export_is_read_alike_column_by_column_and_row_by_row(
        tmp_path, name):
    path = tmp_path / name
    data = MESSY_JSONL.encode()
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    columnar, rows = read_customers(path), read_customers(path, columnar=False)
    _same(columnar, rows)
    assert len(columnar) + len(columnar.rejects) == columnar.rows == 21
    assert {(r.row, r.field) for r in columnar.rejects} >= {
        (2, "age"), (3, "age"), (7, "row"), (8, "row"), (9, "country"), (17, "row")}
    assert "555" not in " ".join(r.reason for r in columnar.rejects)


def _parquet(tmp_path, rows: list[dict], name: str = "customers.parquet"):
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / name
    pq.write_table(pa.Table.from_pylist(rows), path)
    return path


def test_a_messy_parquet_export_is_read_alike_column_by_column_and_row_by_row(tmp_path):
    rows = [
        {"email": "a@x.invalid", "age": 34, "gender": "F", "country": "Germany",
         "language": "de", "categories": ["yoga", "running"], "interests": "Vegan Food; yoga",
         "orders": 3, "revenue": 1234.5},
        {"email": None, "age": 12, "gender": None, "country": "DE", "language": None,
         "categories": None, "interests": None, "orders": None, "revenue": None},
        {"email": None, "age": None, "gender": "robot", "country": "DE", "language": "de",
         "categories": [], "interests": None, "orders": 1, "revenue": float("nan")},
        {"email": "email", "age": None, "gender": "gender", "country": "country",
         "language": "language", "categories": None, "interests": "interests",
         "orders": None, "revenue": None},
        {"email": None, "age": 40, "gender": "m", "country": "Atlantis", "language": "de",
         "categories": ["chess"], "interests": None, "orders": -2, "revenue": -1.0},
        {"email": None, "age": 40, "gender": "m", "country": "FR", "language": "fr",
         "categories": ["c1@x.invalid", "chess"], "interests": None, "orders": 2,
         "revenue": float("inf")},
        {"email": None, "age": None, "gender": None, "country": None, "language": None,
         "categories": None, "interests": None, "orders": None, "revenue": None},
    ]
    path = _parquet(tmp_path, rows)
    columnar, rows_read = read_customers(path), read_customers(path, columnar=False)
    _same(columnar, rows_read)
    assert [(r.row, r.field) for r in columnar.rejects] == [
        (2, "age"), (3, "gender"), (4, "gender"), (5, "country"), (6, "revenue"), (7, "row")]
    assert len(columnar) == 1 and columnar.rows == 7


def test_a_repeated_header_row_of_a_parquet_export_is_rejected_alike(tmp_path):
    rows = [{"age": str(30 + i), "country": "DE"} for i in range(5)]
    rows[3] = {"age": "age", "country": "Country"}
    path = _parquet(tmp_path, rows)
    columnar, rows_read = read_customers(path), read_customers(path, columnar=False)
    _same(columnar, rows_read)
    assert [(r.row, r.field) for r in columnar.rejects] == [(4, "row")]


def test_the_same_customers_as_csv_parquet_and_json_lines_make_the_same_segments(tmp_path):
    from matcher.config import Settings
    from matcher.discovery import DiscoveryOptions, discover

    sample = draw_customers(8, fixed_segments()[:3], 1_200)
    sample.rows[41]["age"] = "twelve"  # a bad row, row 42 of every format
    csv_path = sample.write(tmp_path / "customers.csv")
    jsonl_path = sample.write(tmp_path / "customers.jsonl.gz")
    typed = [{k: (None if v == "" else v) for k, v in row.items()} for row in sample.rows]
    for row in typed:  # Parquet columns have one type: ages as text, lists as lists
        row["age"] = None if row["age"] is None else str(row["age"])
        row["revenue"] = None if row["revenue"] is None else str(row["revenue"])
        row["categories"] = None if row["categories"] is None else row["categories"].split("|")
    parquet_path = _parquet(tmp_path, typed)
    bases = [read_customers(p) for p in (csv_path, parquet_path, jsonl_path)]
    for base, path in zip(bases, (csv_path, parquet_path, jsonl_path), strict=True):
        _same(base, read_customers(path, columnar=False))
        assert [(r.row, r.field) for r in base.rejects] == [(42, "age")]
        assert "twelve" in base.rejects[0].reason
    _same(bases[0], bases[1])
    _same(bases[0], bases[2])

    def encode(phrases):
        return np.stack([np.frombuffer(p.encode().ljust(16, b"\0")[:16], np.uint8)
                         .astype(np.float32) + 1.0 for p in phrases])

    found = [discover(b, encode, Settings(discovery_min_segment_size=50),
                      DiscoveryOptions(max_segments=4)) for b in bases]
    summaries = [[(s.segment.id, s.figures.size) for s in f.segments] for f in found]
    assert summaries[0] == summaries[1] == summaries[2]
    assert all(np.array_equal(found[0].labels, f.labels) for f in found[1:])


@pytest.mark.parametrize("layout", ["parquet", "jsonl", "jsonl-one"])
def test_amount_cells_that_are_lists_of_one_length_are_rejected_alike(tmp_path, layout):
    if layout == "parquet":
        path = _parquet(tmp_path, [{"age": 30, "revenue": [1, 2]},
                                   {"age": 31, "revenue": [3, 4]}])
    else:
        lines = (['{"age": 30, "revenue": [12.5]}'] if layout == "jsonl-one" else
                 ['{"age": 30, "revenue": [1, 2], "orders": [5, 6]}',
                  '{"age": 31, "revenue": [3, 4], "orders": [7, 8]}'])
        path = tmp_path / "customers.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    columnar, rows = read_customers(path), read_customers(path, columnar=False)
    _same(columnar, rows)
    assert len(columnar.rejects) == (1 if layout == "jsonl-one" else 2)
    assert all(r.field in ("revenue", "orders") and r.reason.endswith("got a list")
               for r in columnar.rejects)


def test_an_integer_and_an_equal_float_in_different_chunks_are_read_apart(tmp_path,
                                                                          monkeypatch):
    monkeypatch.setattr("matcher.discovery.columnar.CHUNK_ROWS", 2)
    path = tmp_path / "customers.jsonl"
    path.write_text("".join(f'{{"age": {30 + i}, "gender": {g}, "interests": {t}}}\n'
                            for i, (g, t) in enumerate([("1", "7"), ("1", "7"),
                                                        ("1.0", "7.0"), ("1.0", "7.0")])),
                    encoding="utf-8")
    columnar, rows = read_customers(path), read_customers(path, columnar=False)
    _same(columnar, rows)
    assert [r.row for r in columnar.rejects] == [1, 2, 3, 4]
    assert "'1.0'" in columnar.rejects[2].reason


@pytest.mark.parametrize("target", ["revenue", "orders", "age", "birth_year", "engagement",
                                    "gender", "country"])
def test_an_integer_too_large_for_a_number_is_rejected_alike(tmp_path, target):
    path = tmp_path / "customers.jsonl"
    path.write_text(f'{{"country": "DE", "{target}": {"9" * 400}}}\n'
                    '{"age": 31, "revenue": 3}\n', encoding="utf-8")
    columnar, rows = read_customers(path), read_customers(path, columnar=False)
    _same(columnar, rows)
    assert len(columnar) == 1 and [(r.row, r.field) for r in columnar.rejects] == [
        (1, target)]
    if target in ("revenue", "orders", "age", "birth_year", "engagement"):
        assert columnar.rejects[0].reason.endswith("got a number too large to read")


def test_a_repeated_header_of_a_parquet_export_reads_only_the_named_columns_it_needs(
        tmp_path, monkeypatch):
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [{"email": f"u{i}@x.invalid", "notes": "n", "age": str(30 + i % 40),
             "country": "DE"} for i in range(40)]
    header = {"email": "Email", "notes": "notes", "age": "AGE", "country": "country"}
    rows[5] = rows[23] = header  # rejected: every named column holds its name
    rows[17] = {**header, "notes": "not a header"}  # read: one named column does not
    rows[29] = {**header, "age": "31"}  # read: a mapped column does not
    path = tmp_path / "customers.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=7)
    monkeypatch.setattr("matcher.discovery.columnar.CHUNK_ROWS", 10)
    rows_read = read_customers(path, columnar=False)

    read: list[tuple[int, list[str]]] = []
    real = pq.ParquetFile.read_row_group

    def read_row_group(self, i, columns=None, **kw):
        read.append((i, list(columns)))
        return real(self, i, columns=columns, **kw)

    def read_table(*args, **kw):
        raise AssertionError("the whole file read for a repeated header")

    monkeypatch.setattr(pq.ParquetFile, "read_row_group", read_row_group)
    monkeypatch.setattr(pq, "read_table", read_table)
    columnar = read_customers(path)
    _same(columnar, rows_read)
    assert [(r.row, r.field) for r in columnar.rejects] == [
        (6, "row"), (18, "age"), (24, "row"), (30, "country")]
    assert read == [(0, ["notes"]), (2, ["notes"]), (3, ["notes"])]


def test_a_negative_zero_age_is_shown_as_zero(tmp_path):
    path = tmp_path / "customers.jsonl"
    path.write_text('{"age": -0.0, "gender": "f"}\n{"age": "-0", "gender": "f"}\n',
                    encoding="utf-8")
    columnar, rows = read_customers(path), read_customers(path, columnar=False)
    _same(columnar, rows)
    assert [r.reason for r in columnar.rejects] == [
        f"an age of 0 is outside {MIN_AGE} to {MAX_AGE}"] * 2
