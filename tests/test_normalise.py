import copy

import pytest

from matcher.errors import RowError
from matcher.ingest.normalise import normalise_profile, parse_count, parse_rate

CLEAN = {
    "id": "c1", "handle": "ana", "name": "Ana", "platform": "instagram",
    "bio": "Yoga every morning", "categories": ["Yoga"], "country": "DE", "language": "de",
    "followers": 120000, "engagement_rate": 0.031, "credibility": 0.82,
    "audience": {
        "age": {"18-24": 0.2, "25-34": 0.4, "35-44": 0.3, "45-54": 0.1},
        "gender": {"female": 0.7, "male": 0.29, "other": 0.01},
        "countries": {"DE": 0.6, "AT": 0.1},
        "languages": {"de": 0.8},
        "interests": {"Fitness & Gym": 0.4, "Healthy Lifestyle": 0.3},
    },
}


def variant(path: str, value: object) -> dict:
    row = copy.deepcopy(CLEAN)
    *parents, last = path.split(".")
    target = row
    for key in parents:
        target = target[key]
    if value is KeyError:
        del target[last]
    else:
        target[last] = value
    return row


@pytest.mark.parametrize("text, expected", [
    ("48.5M", 48_500_000), ("12.5K", 12_500), ("1,234", 1234), (" 900 ", 900), (3.0, 3),
    ("2b", 2_000_000_000),
])
def test_counts_are_read_from_vendor_strings(text, expected):
    assert parse_count(text, "followers") == expected


@pytest.mark.parametrize("text, expected", [
    (0.031, 0.031), ("3.1%", 0.031), (3.1, 0.031), ("0,5", 0.5), ("100%", 1.0),
])
def test_rates_accept_fractions_and_percentages(text, expected):
    assert parse_rate(text, "engagement_rate") == pytest.approx(expected)


def test_clean_row_is_kept_as_is():
    profile = normalise_profile(CLEAN)
    assert profile.audience.age["25-34"] == pytest.approx(0.4)
    assert profile.audience.countries == {"DE": pytest.approx(0.6), "AT": pytest.approx(0.1)}


def test_percentage_block_becomes_fractions():
    row = variant("audience.age", {"18-24": 20, "25-34": 40, "35-44": 30, "45-54": 10})
    assert normalise_profile(row).audience.age["35-44"] == pytest.approx(0.3)


def test_percent_strings_mixed_with_fractions():
    row = variant("audience.gender", {"female": "70%", "male": 0.29, "other": 0.01})
    assert normalise_profile(row).audience.gender["female"] == pytest.approx(0.7)


@pytest.mark.parametrize("total_scale", [0.98, 1.03])
def test_sums_within_tolerance_are_rescaled(total_scale):
    age = {k: v * total_scale for k, v in CLEAN["audience"]["age"].items()}
    profile = normalise_profile(variant("audience.age", age))
    assert sum(profile.audience.age.values()) == pytest.approx(1.0)
    assert profile.audience.age["25-34"] == pytest.approx(0.4)


def test_partial_country_block_is_not_inflated():
    profile = normalise_profile(CLEAN)
    assert sum(profile.audience.countries.values()) == pytest.approx(0.7)


@pytest.mark.parametrize("name, code", [
    ("United States", "US"), ("Germany", "DE"), ("UK", "GB"), ("South Korea", "KR"),
    ("DEU", "DE"), ("de", "DE"),
])
def test_country_names_become_iso_codes(name, code):
    profile = normalise_profile(variant("audience.countries", {name: 0.5}))
    assert profile.audience.countries == {code: pytest.approx(0.5)}
    assert normalise_profile(variant("country", name)).country == code


def test_duplicate_country_keys_after_mapping_are_added():
    profile = normalise_profile(variant("audience.countries", {"US": 0.3, "United States": 0.2}))
    assert profile.audience.countries == {"US": pytest.approx(0.5)}


def test_language_names_and_platform_aliases():
    profile = normalise_profile(variant("language", "German") | {"platform": "IG"})
    assert profile.language == "de"
    assert profile.platform.value == "instagram"


def test_flat_age_keys_and_categories_string():
    row = variant("audience.age", {"18_24": 0.5, "65_plus": 0.5}) | {
        "categories": '["Yoga", "Wellness"]'}
    profile = normalise_profile(row)
    assert profile.audience.age == {"18-24": 0.5, "65+": 0.5}
    assert profile.categories == ["Yoga", "Wellness"]


def test_missing_block_stays_unknown():
    profile = normalise_profile(variant("audience.languages", KeyError))
    assert profile.audience.languages is None
    assert profile.audience.missing_blocks() == ["languages"]


@pytest.mark.parametrize("path, value, field, reason", [
    ("id", None, "id", "missing"),
    ("platform", "myspace", "platform", "'myspace'"),
    ("followers", -5, "followers", ">= 0"),
    ("followers", "lots", "followers", "expected a count"),
    ("followers", KeyError, "followers", "missing"),
    ("engagement_rate", 250, "engagement_rate", "between 0 and 1"),
    ("credibility", "high", "credibility", "expected a number"),
    ("country", "Atlantis", "country", "unknown country 'Atlantis'"),
    ("language", "Klingon", "language", "unknown language"),
    ("audience.age", {"18-24": 0.9, "25-34": 0.7}, "audience.age", "sum to 1.600"),
    ("audience.age", {"18-24": 0.3, "25-34": 0.1}, "audience.age", "sum to 0.400"),
    ("audience.age", {"18-29": 1.0}, "audience.age", "unknown age band"),
    ("audience.gender", {"female": "lots", "male": 0.5}, "audience.gender.female", "'lots'"),
    ("audience.countries", {"US": 0.8, "CA": 0.6}, "audience.countries", "at most 1"),
    ("audience.countries", {"Atlantis": 0.1}, "audience.countries", "'Atlantis'"),
    ("audience.interests", {"Yoga": 150}, "audience.interests.Yoga", "percentage up to 100"),
    ("audience.interests", "not json", "audience.interests", "JSON object"),
    ("audience.gender", {"female": 0.5, "robot": 0.5}, "audience.gender.robot", "female"),
    ("categories", 5, "categories", "list of strings"),
])
def test_rejects_name_field_and_reason(path, value, field, reason):
    with pytest.raises(RowError) as caught:
        normalise_profile(variant(path, value))
    assert caught.value.field == field
    assert reason in caught.value.reason


def test_engagement_is_a_ratio_that_may_pass_one_and_may_be_unknown():
    from tests.test_live import creator

    def rate(value):
        row = creator("e", engagement_rate=value)
        if value is None:
            del row["engagement_rate"]
        return normalise_profile(row).engagement_rate

    assert rate(None) is None                      # unknown, like credibility
    assert rate("150%") == pytest.approx(1.5)      # more engagements than followers
    assert rate(2.5) == pytest.approx(0.025)       # a bare number above 1 is a percentage
    assert rate(0.04) == pytest.approx(0.04)
    with pytest.raises(RowError, match="engagement_rate"):
        rate("20000%")
