"""An estimated factor share carries its own range, in the record and in its line, and
confidence follows the estimate's spread: a narrow estimate counts as nearly known, the
platform average as wholly missing."""

import pytest
from fastapi.testclient import TestClient

from matcher.api.app import create_app
from matcher.ingest.normalise import normalise_profile
from matcher.matching.explain import pct, range_text
from tests.conftest import EDITOR_KEY, READER_KEY
from tests.test_live import creator, live  # noqa: F401  (the fixture)

EDITOR = {"Authorization": f"Bearer {EDITOR_KEY}"}
READER = {"Authorization": f"Bearer {READER_KEY}"}
ONLY_TOP = {"gender": None, "age": None, "languages": None, "interests": None,
            "countries": None}
US_AUDIENCES = {"name": "US audiences", "countries": ["US"]}


def _records(matcher, segment: dict, rows: dict[str, dict]) -> dict[str, dict]:
    with TestClient(create_app(matcher.settings, matcher=matcher)) as api:
        for id_, row in rows.items():
            assert api.put(f"/v1/influencers/{id_}", json=row,
                           headers=EDITOR).status_code == 201, id_
        result = api.post("/v1/shortlists", json={"segment": segment, "k": 500},
                          headers=READER).json()
    return {r["id"]: r for r in result["results"]}


def _exports(*countries: str | None) -> dict[str, dict]:
    """Creators reported as ranking exports are: a top audience country (or none), no
    credibility."""
    out = {}
    for country in countries:
        audience = {**ONLY_TOP, "top_countries": [country] if country else None}
        row = creator(f"top-{country or 'none'}",
                      audience={k: v for k, v in audience.items() if v})
        row["credibility"] = None
        out[row["id"]] = row
    return out


def test_an_estimated_factor_shows_its_range_in_the_record_and_its_line(live):  # noqa: F811
    records = _records(live, US_AUDIENCES, _exports("US", None))
    for id_ in ("top-US", "top-none"):
        country = records[id_]["factor_shares"]["country"]
        assert not country["reported"]
        assert country["low"] <= country["share"] <= country["high"]
        assert country["low"] < country["high"]
        written = f"{pct(country['share'])} ({range_text(country['low'], country['high'])})"
        lines = [line for line in records[id_]["summary"] if line.startswith("countries not")]
        assert len(lines) == 1 and written in lines[0], (written, lines)
    assert "top audience country is US have" in " ".join(records["top-US"]["summary"])
    reported = [r for r in records.values() if r["factor_shares"]["country"]["reported"]]
    assert reported
    for record in reported:  # a reported share has no range, and its line is as before
        assert set(record["factor_shares"]["country"]) == {"share", "reported",
                                                           "estimated_from"}
        assert record["summary"][0].endswith("of the audience is in US")


def test_a_narrow_estimate_counts_as_nearly_known_the_platform_average_as_missing(
        live):  # noqa: F811
    records = _records(live, US_AUDIENCES, _exports("US", None))
    by_top, platform = (records[i]["factor_shares"]["country"] for i in ("top-US", "top-none"))
    width, platform_width = (by_top["high"] - by_top["low"],
                             platform["high"] - platform["low"])
    assert width < platform_width
    # one targeted factor and credibility, both unknown: the platform average leaves both
    # wholly missing, the top country's estimate its width over the platform's
    assert records["top-none"]["confidence"] == 0.0
    expected = 1 - (width / platform_width + 1) / 2
    assert records["top-US"]["confidence"] == pytest.approx(expected, abs=0.011)
    assert records["top-US"]["confidence"] > records["top-none"]["confidence"]


def test_a_fully_reported_creators_confidence_and_summary_are_unchanged(live):  # noqa: F811
    segment = {"name": "Older Icelanders", "countries": ["IS"], "ages": ["45-54"]}
    records = _records(live, segment, {"falconer": creator("falconer"),
                                       "no-credibility": {**creator("no-credibility"),
                                                          "credibility": None}})
    full, no_credibility = records["falconer"], records["no-credibility"]
    assert full["confidence"] == 1.0 and full["missing_blocks"] == []
    # credibility alone unknown: 1 missing of the 2 targeted blocks + 1, as before
    assert no_credibility["confidence"] == round(1 - 1 / 3, 2)
    for record in (full, no_credibility):
        assert all("not reported" not in line or "credibility" in line
                   for line in record["summary"])
        assert not any("%)" in line for line in record["summary"]), record["summary"]
        assert all(set(share) == {"share", "reported", "estimated_from"}
                   for share in record["factor_shares"].values())


def test_confidence_stays_0_on_a_share_of_0_whatever_was_estimated(live):  # noqa: F811
    segment = {"name": "US women", "countries": ["US"], "genders": ["female"]}
    row = creator("iceland-only", audience={"countries": {"IS": 1.0}})  # gender estimated
    live.upsert([normalise_profile(row)])
    record = {r["id"]: r for r in live.shortlist(segment, k=500).results}.get("iceland-only")
    if record is None:  # not among the candidates scored: score it by name
        record = live.records_of(segment, ["iceland-only"])[0]
    assert record["segment_share"] == 0.0
    assert not record["factor_shares"]["gender"]["reported"]
    assert record["confidence"] == 0.0
