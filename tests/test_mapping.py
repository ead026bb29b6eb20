"""Vendor exports read through column mappings: the bundled layouts on invented fixtures."""

import csv
import json
from pathlib import Path

import pandas as pd
import pytest

from matcher.errors import InvalidInput, RowError
from matcher.ingest.mapped_reader import iter_mapped_rows
from matcher.ingest.mapping import EXTRA_KEY, VendorMapping, bundled_mappings, load_mapping
from matcher.ingest.readers import Reject, validate_rows
from tests.conftest import FIXTURES

VENDOR = FIXTURES / "vendor"


def records(path: Path, encoding: str = "utf-8") -> int:
    with open(path, newline="", encoding=encoding) as handle:
        return sum(1 for row in csv.reader(handle) if any(c.strip() for c in row)) - 1


def read_mapped(path: Path, mapping: VendorMapping) -> tuple[list, list[Reject], list[dict]]:
    raw = list(iter_mapped_rows(path, mapping))
    extras = [r.get(EXTRA_KEY, {}) for _, r in raw if not isinstance(r, RowError)]
    accepted, rejects = [], []
    for item in validate_rows(iter(raw)):
        (rejects if isinstance(item, Reject) else accepted).append(item)
    return accepted, rejects, extras


@pytest.mark.parametrize("name, mapping, encoding, expected", [
    ("instagram_top_creators.csv", "instagram-top-creators", "utf-8",
     {10: "row", 12: "audience.top_countries", 15: "id", 17: "followers"}),
    ("instagram_top_creators_2022-06.csv", "instagram-top-creators-2022-06", "utf-8",
     {7: "id", 10: "audience.top_countries"}),
    ("tiktok_top_creators.csv", "tiktok-top-creators", "utf-8",
     {13: "id", 14: "engagement_rate"}),
    ("youtube_top_creators.csv", "youtube-top-creators", "utf-8",
     {9: "engagement_rate", 12: "audience.top_countries", 13: "id"}),
    ("youtube_global_statistics.csv", "youtube-global-statistics", "latin-1", {}),
])
def test_bundled_mapping_reads_its_layout_and_rejects_precisely(name, mapping, encoding,
                                                                 expected):
    path = VENDOR / name
    accepted, rejects, _ = read_mapped(path, load_mapping(mapping))
    assert len(accepted) + len(rejects) == records(path, encoding)
    assert {r.row: r.field for r in rejects} == expected
    assert all(r.reason for r in rejects)


def test_instagram_export_values_are_read_from_the_exact_columns():
    accepted, rejects, extras = read_mapped(VENDOR / "instagram_top_creators.csv",
                                            load_mapping("instagram-top-creators"))
    first = accepted[0]
    assert (first.id, first.handle, first.name) == ("instagram:marisol.bakes", "marisol.bakes",
                                                    "Marisol Bakes")
    assert first.platform.value == "instagram" and first.followers == 2_400_000
    assert first.engagement_rate == pytest.approx(84_300 / 2_400_000)
    assert first.categories == ["Food & Cooking", "Family"]
    # the top audience country has no share: the block stays missing, the code is an extra
    assert first.audience.countries is None
    countries = [e.get("top_audience_country") for e in extras]
    assert countries[:4] == ["US", "JP", "DE", "BR"]
    assert "GB" in countries and None in countries          # "UK" alias; a blank cell
    assert extras[0]["authentic_engagement"] == 61_000
    by_row = {r.row: r for r in rejects}
    assert "repeated header" in by_row[10].reason
    assert "'Atlantis'" in by_row[12].reason
    raw = dict(iter_mapped_rows(VENDOR / "instagram_top_creators.csv",
                                load_mapping("instagram-top-creators")))
    assert raw[12].id == "instagram:gamer.galaxy"       # a mapped row's error keeps its id
    assert "first seen at row 5" in by_row[15].reason
    assert "column 'followers' #2" in by_row[17].reason and "'lots'" in by_row[17].reason


def test_engagement_above_one_is_a_ratio_not_a_percentage_and_absurd_ones_are_rejected(
        tmp_path):
    """Viral posts draw more engagements than followers: 1,241,700 / 94,000 is 13.21, not
    13.21% and not a reject; a ratio past 100 is a misread column."""
    accepted, _, _ = read_mapped(VENDOR / "tiktok_top_creators.csv",
                                 load_mapping("tiktok-top-creators"))
    viral = next(p for p in accepted if p.followers == 94_000)
    assert viral.engagement_rate == pytest.approx(1_241_700 / 94_000)
    lines = (VENDOR / "tiktok_top_creators.csv").read_text().splitlines()
    misread = tmp_path / "tiktok.csv"
    misread.write_text("\n".join([lines[0], lines[6].replace("94K", "94")]) + "\n")
    _, rejects, _ = read_mapped(misread, load_mapping("tiktok-top-creators"))
    assert rejects and "above 100, so not a rate" in rejects[0].reason


def test_an_export_without_engagement_is_scored_with_engagement_unknown():
    accepted, rejects, _ = read_mapped(VENDOR / "youtube_global_statistics.csv",
                                       load_mapping("youtube-global-statistics"))
    assert accepted and not rejects
    assert all(p.engagement_rate is None for p in accepted)


def test_a_column_the_export_lacks_fails_the_file_naming_the_columns():
    with pytest.raises(InvalidInput) as err:
        list(iter_mapped_rows(VENDOR / "tiktok_top_creators.csv",
                              load_mapping("instagram-top-creators")))
    assert err.value.field == "mapping.fields.id"
    assert "no column 'name'" in err.value.detail and "'Tiktoker name'" in err.value.detail


def test_wrong_encoding_names_the_line_and_the_setting():
    mapping = load_mapping("youtube-global-statistics")
    utf8 = VendorMapping.from_dict({**_as_dict(mapping), "encoding": "utf-8"})
    with pytest.raises(InvalidInput) as err:
        list(iter_mapped_rows(VENDOR / "youtube_global_statistics.csv", utf8))
    assert err.value.field == "mapping.encoding"
    assert "line 2" in err.value.detail and "latin-1" in err.value.detail


def _as_dict(mapping: VendorMapping) -> dict:
    import yaml

    assert mapping.path is not None
    return yaml.safe_load(mapping.path.read_text())


@pytest.mark.parametrize("data, field", [
    ({"fields": {"id": "a", "platform": "b", "followers": "c", "engagement_rate": "d",
                 "audience.mood": "e"}}, "mapping.fields.audience.mood"),
    ({"fields": {"id": "a", "platform": "b", "followers": {"column": "c", "transform": "x"},
                 "engagement_rate": "d"}}, "mapping.fields.followers.transform"),
    ({"fields": {"id": "a", "platform": "b"}}, "mapping.fields.followers"),
    ({"fields": {"id": "a", "platform": "b", "followers": {"column": "c", "sum": ["d"]},
                 "engagement_rate": "d"}}, "mapping.fields.followers"),
    ({"colums": {}}, "mapping.colums"),
])
def test_invalid_mapping_files_name_the_field(data, field):
    with pytest.raises(InvalidInput) as err:
        VendorMapping.from_dict(data)
    assert err.value.field == field


def test_unknown_mapping_name_lists_the_bundled_ones():
    with pytest.raises(InvalidInput) as err:
        load_mapping("no-such-layout")
    assert "instagram-top-creators" in err.value.detail
    assert {"instagram-top-creators", "tiktok-top-creators", "youtube-top-creators"} <= set(
        bundled_mappings())


def test_renames_with_unmapped_columns_kept_and_nested_targets(tmp_path: Path):
    frame = pd.DataFrame([
        {"creator_id": "c1", "network": "IG", "fans": "12.5K", "er": "3.1%",
         "Female %": "61", "Male %": "39", "audience_country_US": 0.5},
        {"creator_id": "c2", "network": "yt", "fans": "2M", "er": "1%", "Female %": "",
         "Male %": "", "audience_country_US": 0.2},
    ])
    path = tmp_path / "export.csv"
    frame.to_csv(path, index=False)
    mapping = VendorMapping.from_dict({
        "keep_unmapped": True,
        "fields": {"id": "creator_id", "platform": {"column": "network", "transform": "lower"},
                   "followers": {"column": "fans", "transform": "count"},
                   "engagement_rate": {"column": "er", "transform": "rate"},
                   "audience.gender.female": {"column": "Female %", "transform": "percent"},
                   "audience.gender.male": {"column": "Male %", "transform": "percent"}}})
    accepted, rejects, _ = read_mapped(path, mapping)
    assert not rejects
    first, second = accepted
    assert first.followers == 12_500 and first.engagement_rate == pytest.approx(0.031)
    assert first.audience.gender == {"female": 0.61, "male": 0.39}
    assert first.audience.countries == {"US": 0.5}
    assert second.platform.value == "youtube" and second.audience.gender is None


def test_json_lines_records_are_mapped_by_key(tmp_path: Path):
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [
        {"handle": "a", "subs": "1.2M", "eng": 0.02},
        {"handle": "b", "subs": "n/a", "eng": 0.02},
        "not an object",
    ]) + "\n{broken\n")
    mapping = VendorMapping.from_dict({
        "constants": {"platform": "youtube"},
        "fields": {"id": "handle", "followers": {"column": "subs", "transform": "count"},
                   "engagement_rate": "eng"}})
    accepted, rejects, _ = read_mapped(path, mapping)
    assert [p.followers for p in accepted] == [1_200_000]
    assert {r.row: r.field for r in rejects} == {2: "followers", 3: "row", 4: "row"}
    assert "not valid JSON" in rejects[-1].reason
