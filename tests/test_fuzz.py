"""Fuzzing the roster readers and the normaliser (strategies in ``tests/strategies.py``).

The promises: ``read()`` either raises ``InvalidInput`` with a message (a whole-file problem:
not UTF-8, not JSON, not an array, not Parquet, a broken gzip stream, an unknown format, a
limit) or returns with ``accepted + rejected`` equal to the records the file holds, every
reject naming its field and reason; ``normalise_profile`` on any dict returns a profile or
raises ``RowError`` with a field and a reason. Nothing else escapes.

Deterministic (``derandomize``); ``benchmarks/fuzz.py`` runs the same strategies for
thousands of examples and counts them.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matcher.contracts.profiles import Influencer
from matcher.errors import InvalidInput, RowError
from matcher.ingest.mapping import load_mapping
from matcher.ingest.normalise import normalise_profile
from matcher.ingest.readers import read
from tests.strategies import (
    FILES,
    INSTAGRAM_HEADER,
    FuzzFile,
    check_read,
    csv_files,
    instagram_csv_files,
    json_files,
    jsonl_files,
    normaliser_inputs,
    read_mapped,
)

INSTAGRAM = load_mapping("instagram-top-creators")


def fuzz(examples: int) -> settings:
    """Few enough examples for the suite (``benchmarks/fuzz.py`` runs thousands), the same
    ones on every run, no example database written into the working tree."""
    return settings(max_examples=examples, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.large_base_example])


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One directory for every example (hypothesis calls a test many times per fixture)."""
    return tmp_path_factory.mktemp("fuzz")


@fuzz(400)
@given(raw=normaliser_inputs)
def test_the_normaliser_returns_a_profile_or_a_row_error(raw):
    try:
        profile = normalise_profile(raw)
    except RowError as err:
        assert isinstance(err.field, str) and err.field.strip(), err
        assert isinstance(err.reason, str) and err.reason.strip(), err
    else:
        assert isinstance(profile, Influencer)


@pytest.mark.parametrize("fmt, examples", [("jsonl", 150), ("json", 120), ("csv", 150),
                                           ("parquet", 100), ("random bytes", 150)])
def test_every_file_is_read_or_rejected_whole(fmt, examples, scratch):
    @fuzz(examples)
    @given(file=FILES[fmt])
    def run(file: FuzzFile) -> None:
        outcome = check_read(file, scratch, read)
        assert not outcome.problems, outcome.problems

    run()


@fuzz(120)
@given(file=instagram_csv_files())
def test_a_mapped_export_is_read_or_rejected_whole(file, scratch):
    outcome = check_read(file, scratch, lambda path: read_mapped(path, INSTAGRAM))
    assert not outcome.problems, outcome.problems


@fuzz(40)
@given(file=st.one_of(jsonl_files(), json_files(), csv_files()))
def test_a_utf8_bom_changes_nothing(file, scratch):
    """Spreadsheets and Windows tools write "UTF-8 with BOM": the same roster, read alike."""
    if file.name.endswith(".gz") or file.rows is None or file.data.startswith(b"\xef\xbb\xbf"):
        return
    plain = scratch / f"plain{Path(file.name).suffix}"
    plain.write_bytes(file.data)
    marked = scratch / f"marked{Path(file.name).suffix}"
    marked.write_bytes(b"\xef\xbb\xbf" + file.data)
    assert summary(marked) == summary(plain)


def summary(path: Path) -> object:
    try:
        result = read(path)
    except InvalidInput as err:
        return str(err).replace("marked", "plain")
    return [p.id for p in result.accepted], [(r.row, r.field) for r in result.rejects]


# Inputs the fuzzing found: each escaped as another exception, or was miscounted or misread,
# until matcher/ingest/readers.py and normalise.py were fixed.
FOUND = [
    ("jsonl: an integer past Python's 4300-digit limit", "r.jsonl",
     b'{"id": "a", "platform": "x", "followers": ' + b"9" * 5000 + b', "engagement_rate": 0.1}\n'
     b'{"id": "b", "platform": "x", "followers": 5, "engagement_rate": 0.1}\n', (1, 1)),
    ("jsonl: a 401-digit integer count", "r.jsonl",
     b'{"id": "a", "platform": "x", "followers": 1' + b"0" * 400 + b', "engagement_rate": 0}\n',
     (0, 1)),
    ("json: an array nested past the recursion limit", "r.json", b"[" * 5000 + b"]" * 5000,
     "invalid"),
    ("json: an integer past the digit limit", "r.json", b"[" + b"9" * 5000 + b"]", "invalid"),
    ("jsonl: latin-1 text", "r.jsonl", '{"id": "é"}\n'.encode("latin-1"), "invalid"),
    ("jsonl: UTF-16", "r.jsonl", '{"id": "a"}\n'.encode("utf-16"), "invalid"),
    ("jsonl.gz: truncated", "r.jsonl.gz", gzip.compress(b'{"id": "a"}\n' * 50)[:30], "invalid"),
    ("jsonl.gz: not gzip at all", "r.jsonl.gz", b'{"id": "a"}\n', "invalid"),
    ("csv.gz: a corrupted gzip stream", "r.csv.gz",
     (lambda z: z[:12] + bytes([z[12] ^ 0x5A]) + z[13:])(gzip.compress(b"id,platform\n" * 40)),
     "invalid"),
    ("csv: empty", "r.csv", b"", "invalid"),
    ("csv: a row with an extra field", "r.csv", b"id,platform\na,x\nb,x,extra\n", "invalid"),
    ("csv: an unclosed quote", "r.csv", b'id,platform\n"a,x\n', "invalid"),
    ("csv: an audience cell that is not JSON", "r.csv",
     b'id,platform,followers,engagement_rate,audience\na,x,5,0.1,{not json\n'
     b'b,x,5,0.1,"[1, 2]"\nc,x,5,0.1,\n', (1, 2)),
    ("csv: an age block as a JSON cell and as flat columns", "r.csv",
     b'id,platform,followers,engagement_rate,audience_age,audience_age_18_24\n'
     b'a,x,5,0.1,"{""18-24"": 1}",1\n', (0, 1)),
    ("parquet: random bytes", "r.parquet", b"PAR1\x00\x00PAR1", "invalid"),
    ("csv: the first record has one field more than the header (read shifted)", "r.csv",
     b"id,platform,followers,engagement_rate\na,x,5,0.1,\nb,x,5,0.1\n", "invalid"),
    ("csv: a UTF-8 BOM (every row was rejected, 'id: missing')", "r.csv",
     b"\xef\xbb\xbfid,platform,followers,engagement_rate\na,x,5,0.1\n", (1, 0)),
    ("json: a UTF-8 BOM (the file was rejected whole)", "r.json",
     b'\xef\xbb\xbf[{"id": "a", "platform": "x", "followers": 5, "engagement_rate": 0.1}]', (1, 0)),
    ("a UTF-8 BOM before a blank first line", "r.jsonl",
     b'\xef\xbb\xbf\n{"id": "a", "platform": "x", "followers": 5, "engagement_rate": 0.1}\n',
     (1, 0)),
]


@pytest.mark.parametrize("name, data, expected", [f[1:] for f in FOUND],
                         ids=[f[0] for f in FOUND])
def test_inputs_the_fuzzing_found(name, data, expected, tmp_path):
    path = tmp_path / name
    path.write_bytes(data)
    if expected == "invalid":
        with pytest.raises(InvalidInput) as caught:
            read(path)
        assert caught.value.field and str(caught.value)
        return
    result = read(path)
    assert (len(result.accepted), len(result.rejects)) == expected
    assert all(r.field and r.reason for r in result.rejects)


def test_a_gzipped_parquet_roster_is_read(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist([{"id": "p1", "platform": "tiktok", "followers": "12.5K",
                                   "engagement_rate": "4%"}])
    plain = tmp_path / "r.parquet"
    pq.write_table(table, plain)
    packed = tmp_path / "r.parquet.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    assert [p.id for p in read(packed).accepted] == ["p1"]


@pytest.mark.parametrize("path", ["audience.age_gender", "audience.age_country", "categories",
                                  "bio", "id"])
def test_a_value_nested_as_deep_as_json_allows_is_a_row_error_or_a_profile(path):
    """json.loads returns lists nested ~990 deep; the normaliser walks them (text checks,
    limits, error messages) from further down the stack than a reader's caller."""
    value: object = 0
    for _ in range(990):
        value = [value]
    raw = {"id": "d", "platform": "x", "followers": 5, "engagement_rate": 0.1}
    *parents, last = path.split(".")
    node = raw
    for part in parents:
        node = node.setdefault(part, {})
    node[last] = value
    try:
        normalise_profile(raw)
    except RowError as err:
        assert err.field and err.reason


MAPPED_ESCAPES = [
    ("a truncated .csv.gz", "export.csv.gz",
     gzip.compress(",".join(INSTAGRAM_HEADER).encode() + b"\n" * 50)[:60]),
    ("a .jsonl line nested past the recursion limit", "export.jsonl",
     b'{"name": ' + b"[" * 5000 + b"}\n"),
    ("a .jsonl number past the 4300-digit limit", "export.jsonl",
     b'{"name": ' + b"9" * 5000 + b"}\n"),
    ("a .jsonl file in UTF-16", "export.jsonl", '{"name": "a"}\n'.encode("utf-16")),
    ("a .json array nested past the recursion limit", "export.json", b"[" * 5000),
    ("a .parquet file of random bytes", "export.parquet", b"PAR1\x00\x00PAR1"),
]


@pytest.mark.parametrize("name, data", [m[1:] for m in MAPPED_ESCAPES],
                         ids=[m[0] for m in MAPPED_ESCAPES])
def test_the_mapped_reader_rejects_unreadable_files_whole(name, data, tmp_path):
    path = tmp_path / name
    path.write_bytes(data)
    try:
        result = read_mapped(path, INSTAGRAM)
    except InvalidInput:
        return
    assert all(r.field and r.reason for r in result.rejects)
