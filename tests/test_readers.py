import json
from pathlib import Path

import pandas as pd
import pytest

from matcher.errors import InvalidInput
from matcher.ingest.readers import read
from tests.conftest import FIXTURES, write_jsonl

INJECTED = json.loads((FIXTURES / "injected.json").read_text())
BAD_KINDS = {"missing_id", "negative_followers", "unknown_country", "age_sum_bad",
             "non_numeric_share", "unknown_platform", "duplicate_id"}


@pytest.mark.parametrize("name", ["creators.jsonl.gz", "creators_sample.csv",
                                  "creators_sample.parquet"])
def test_every_row_is_accepted_or_rejected(name):
    path = FIXTURES / name
    result = read(path)
    if path.suffix == ".gz":
        import gzip
        with gzip.open(path, "rt") as handle:
            lines = sum(1 for line in handle if line.strip())
    else:
        lines = len(pd.read_csv(path) if path.suffix == ".csv" else pd.read_parquet(path))
    assert result.rows == lines
    assert len(result.accepted) + len(result.rejects) == lines
    assert len(result.accepted) > 0.9 * lines


def test_injected_bad_rows_are_exactly_the_rejects():
    result = read(FIXTURES / "creators.jsonl.gz")
    expected = {row + 1 for row, kind in INJECTED["creators.jsonl.gz"] if kind in BAD_KINDS}
    assert {r.row for r in result.rejects} == expected
    for reject in result.rejects:
        assert reject.field and reject.reason


def test_fixable_messiness_is_normalised_not_rejected():
    result = read(FIXTURES / "creators.jsonl.gz")
    accepted = {p.id for p in result.accepted}
    assert len(accepted) == len(result.accepted)
    for profile in result.accepted:
        if profile.audience.age:
            assert sum(profile.audience.age.values()) == pytest.approx(1.0, abs=0.02)


def test_csv_and_parquet_samples_agree():
    csv_profiles = read(FIXTURES / "creators_sample.csv").accepted
    parquet_profiles = read(FIXTURES / "creators_sample.parquet").accepted
    assert [p.id for p in csv_profiles] == [p.id for p in parquet_profiles]
    assert csv_profiles[5].audience == parquet_profiles[5].audience


def test_flat_csv_columns_and_json_cells(tmp_path: Path):
    frame = pd.DataFrame([{
        "id": "a1", "platform": "tiktok", "followers": "12.5K", "engagement_rate": "4%",
        "audience_age_18_24": 60, "audience_age_25_34": 40, "audience_gender_female": 0.7,
        "audience_gender_male": 0.3, "audience_country_US": 0.4,
        "audience_country_Germany": 0.2, "audience_languages": '{"en": 0.8}',
        "audience_interests": '{"Gaming": 0.5}', "categories": '["Gaming"]',
    }])
    path = tmp_path / "flat.csv"
    frame.to_csv(path, index=False)
    (profile,) = read(path).accepted
    assert profile.followers == 12_500
    assert profile.engagement_rate == pytest.approx(0.04)
    assert profile.audience.age == {"18-24": pytest.approx(0.6), "25-34": pytest.approx(0.4)}
    assert profile.audience.countries == {"US": pytest.approx(0.4), "DE": pytest.approx(0.2)}
    assert profile.audience.languages == {"en": pytest.approx(0.8)}
    assert profile.audience.interests == {"Gaming": pytest.approx(0.5)}


def test_column_mapping_renames_other_layouts(tmp_path: Path):
    path = tmp_path / "vendor.csv"
    pd.DataFrame([{"creator": "v1", "network": "youtube", "subs": "1.2M", "er": 0.02}]).to_csv(
        path, index=False)
    mapping = {"creator": "id", "network": "platform", "subs": "followers",
               "er": "engagement_rate"}
    (profile,) = read(path, mapping).accepted
    assert (profile.id, profile.followers) == ("v1", 1_200_000)


def test_broken_json_line_is_a_reject_not_a_crash(tmp_path: Path):
    path = write_jsonl(tmp_path / "r.jsonl", [{"id": "x", "platform": "x", "followers": 5,
                                               "engagement_rate": 0.1}])
    path.write_text(path.read_text() + "{not json\n")
    result = read(path)
    assert len(result.accepted) == 1
    assert result.rejects[0].row == 2 and "not valid JSON" in result.rejects[0].reason


def test_unknown_file_type_is_a_clear_error(tmp_path: Path):
    path = tmp_path / "roster.xlsx"
    path.write_text("x")
    with pytest.raises(InvalidInput, match="cannot tell the format"):
        read(path)


def test_a_json_array_on_one_line_is_not_held_to_the_line_limit(tmp_path, monkeypatch):
    """MATCHER_MAX_LINE_BYTES bounds a record of a line-based format; a JSON array is one
    document (written on one line by most tools), bounded by MATCHER_MAX_ROSTER_BYTES."""
    from matcher.config import get_settings

    rows = [{"id": f"c{i}", "handle": f"c{i}", "platform": "instagram", "followers": 1000,
             "engagement_rate": 0.03, "bio": "x" * 200} for i in range(20)]
    one_line = tmp_path / "roster.json"
    one_line.write_text(json.dumps(rows))
    lines = tmp_path / "roster.jsonl"
    lines.write_text(json.dumps(rows[0] | {"bio": "x" * 3000}) + "\n")
    monkeypatch.setenv("MATCHER_MAX_LINE_BYTES", "2000")
    get_settings.cache_clear()
    try:
        assert len(read(one_line).accepted) == 20
        with pytest.raises(InvalidInput, match="MATCHER_MAX_LINE_BYTES"):
            read(lines)
    finally:
        get_settings.cache_clear()


def test_a_roster_over_the_row_limit_stops_naming_it(tmp_path, monkeypatch):
    from matcher.config import get_settings
    from matcher.ingest.mapping import load_mapping
    from tests.strategies import INSTAGRAM_HEADER, read_mapped

    rows = tmp_path / "roster.jsonl"
    rows.write_text("".join(json.dumps({"id": f"c{i}"}) + "\n" for i in range(11)))
    export = tmp_path / "export.csv"
    export.write_text(",".join(INSTAGRAM_HEADER) + "\n"
                      + "".join(f"{i},n{i},i{i},Music,,1M,1M,US,1%,1%,1k,1k\n" for i in range(11)))
    monkeypatch.setenv("MATCHER_MAX_ROSTER_ROWS", "10")
    get_settings.cache_clear()
    try:
        with pytest.raises(InvalidInput, match="MATCHER_MAX_ROSTER_ROWS"):
            read(rows)
        with pytest.raises(InvalidInput, match="MATCHER_MAX_ROSTER_ROWS"):
            read_mapped(export, load_mapping("instagram-top-creators"))
        monkeypatch.setenv("MATCHER_MAX_ROSTER_ROWS", "11")
        get_settings.cache_clear()
        assert read(rows).rows == 11
    finally:
        get_settings.cache_clear()
