"""The column-by-column CSV reader gives the row reader's result, row for row."""

from __future__ import annotations

import gzip
import re

import numpy as np
import pytest

from matcher.discovery import read_customers
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
