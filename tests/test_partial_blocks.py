"""Blocks reported in part: ranked top interests without shares, and countries blocks that
list only the top countries (their shares summing under 1)."""

import json

import numpy as np
import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from matcher.api.app import create_app
from matcher.config import get_settings
from matcher.contracts.profiles import Audience
from matcher.errors import RowError
from matcher.ingest.normalise import normalise_profile
from matcher.ingest.readers import read
from matcher.matching.catalogue import build_catalogue
from matcher.matching.partial_blocks import partial_rows, remainder, remainder_mixes
from matcher.service.records import NEAREST_EVIDENCE
from tests.conftest import EDITOR_KEY, READER_KEY
from tests.test_live import creator, live  # noqa: F401  (the fixture)

EDITOR = {"Authorization": f"Bearer {EDITOR_KEY}"}
READER = {"Authorization": f"Bearer {READER_KEY}"}
BAD_RANKINGS = (
    ({"top_interests": ["Fitness & Gym", "Fitness & Gym"]}, "twice"),
    ({"top_interests": ["Fitness & Gym", "Cats & Kittens"],
      "interests": {"Fitness & Gym": 0.1, "Cats & Kittens": 0.3}}, "contradicts"),
)


def test_top_interests_are_read_from_every_format_and_checked():
    assert Audience(top_interests="Fitness & Gym").top_interests == ["Fitness & Gym"]
    raw = creator("x", audience={"top_interests": "Fitness & Gym; Cats & Kittens"})
    assert normalise_profile(raw).audience.top_interests == ["Fitness & Gym", "Cats & Kittens"]
    # a label may hold "|" or ","; a JSON array keeps it whole
    raw = creator("x", audience={"top_interests": '["Healthy Living | Nutrition", "A, B"]'})
    assert normalise_profile(raw).audience.top_interests == ["Healthy Living | Nutrition",
                                                             "A, B"]
    # an unknown label is kept, as an interests block keeps it
    assert Audience(top_interests=["Never Seen Before"]).top_interests == ["Never Seen Before"]
    for audience, reason in BAD_RANKINGS:
        with pytest.raises(ValidationError, match=reason):
            Audience(**audience)
        with pytest.raises(RowError, match=reason) as err:
            normalise_profile(creator("x", audience=audience))
        assert err.value.field == "audience.top_interests"


def test_flat_and_json_lines_rosters_read_top_interests_and_reject_bad_ones(tmp_path):
    flat = tmp_path / "roster.csv"
    flat.write_text("id,platform,followers,audience_top_interests\n"
                    "a,instagram,1000,Fitness & Gym;Cats & Kittens\n"
                    "b,instagram,1000,Fitness & Gym;Fitness & Gym\n")
    result = read(flat)
    assert [p.audience.top_interests for p in result.accepted] == [
        ["Fitness & Gym", "Cats & Kittens"]]
    assert [(r.row, r.field) for r in result.rejects] == [(2, "audience.top_interests")]
    lines = tmp_path / "roster.jsonl"
    rows = [creator("ok", audience={"top_interests": ["Fitness & Gym"]})]
    rows += [creator(f"bad{i}", audience=audience) for i, (audience, _) in enumerate(BAD_RANKINGS)]
    lines.write_text("".join(json.dumps(row) + "\n" for row in rows))
    result = read(lines)
    assert [p.id for p in result.accepted] == ["ok"]
    assert [r.field for r in result.rejects] == ["audience.top_interests"] * 2


def test_the_api_rejects_a_bad_ranking_naming_the_field(live):  # noqa: F811
    with TestClient(create_app(live.settings, matcher=live)) as api:
        for audience, reason in BAD_RANKINGS:
            response = api.put("/v1/influencers/bad", json=creator("bad", audience=audience),
                               headers=EDITOR)
            assert response.status_code == 422
            body = response.json()
            assert body["field"] == "audience.top_interests" and reason in json.dumps(body)
        rows = [creator("ok", audience={"top_interests": ["Fitness & Gym"]})]
        rows += [creator(f"bad{i}", audience=audience)
                 for i, (audience, _) in enumerate(BAD_RANKINGS)]
        bulk = api.post("/v1/influencers:bulk", json=rows, headers=EDITOR)
        assert bulk.status_code == 200 and bulk.json()["accepted"] == 1
        assert {r["row"]: r["field"] for r in bulk.json()["rejects"]} == {
            2: "audience.top_interests", 3: "audience.top_interests"}


FITNESS = {"name": "Gym goers", "interests": ["gym workouts"],
           "description": "People who train at the gym"}
BAKER_AUDIENCE: dict[str, object] = {"age": {"45-54": 1.0}, "countries": {"IS": 1.0},
                                     "gender": {"female": 0.5, "male": 0.5}}
BAKER = {"bio": "Sourdough baker sharing bread recipes", "categories": [],
         "audience": BAKER_AUDIENCE}


def test_top_interests_condition_the_estimate_and_are_named(live):  # noqa: F811
    listed = {**BAKER, "audience": {**BAKER_AUDIENCE, "top_interests": ["Fitness & Gym"]}}
    with TestClient(create_app(live.settings, matcher=live)) as api:
        for id_, row in (("plain", BAKER), ("listed", listed)):
            assert api.put(f"/v1/influencers/{id_}", json=creator(id_, **row),
                           headers=EDITOR).status_code == 201
        result = api.post("/v1/shortlists", json={"segment": FITNESS, "k": 500},
                          headers=READER).json()
        stored = api.get("/v1/influencers/listed", headers=READER).json()
    records = {r["id"]: r for r in result["results"]}
    plain, ranked = (records[i]["factor_shares"]["interest"] for i in ("plain", "listed"))
    assert plain["estimated_from"] == NEAREST_EVIDENCE
    assert ranked["estimated_from"] == f"top audience interests Fitness & Gym; {NEAREST_EVIDENCE}"
    # a baker's neighbours hold little fitness; listed first, it holds their largest share
    assert ranked["share"] > plain["share"]
    low, high = records["listed"]["segment_share_range"]
    assert low <= records["listed"]["segment_share"] <= high
    assert any(line.startswith("interests not reported: top audience interests Fitness & Gym; ")
               for line in records["listed"]["summary"])
    # the store keeps what was reported
    assert stored["audience"].get("interests") is None
    assert stored["audience"]["top_interests"] == ["Fitness & Gym"]


PARTIAL = {"BR": 0.41, "PT": 0.12, "US": 0.09}   # the top three countries: 62%
COMPLETE = {"BR": 0.6, "PT": 0.4}


def _country_records(live, mode: str, segment: dict, monkeypatch) -> dict[str, dict]:  # noqa: F811
    monkeypatch.setenv("MATCHER_PARTIAL_BLOCKS", mode)
    get_settings.cache_clear()
    try:
        with TestClient(create_app(live.settings, matcher=live)) as api:
            for id_, countries in (("partial", PARTIAL), ("complete", COMPLETE)):
                row = creator(id_, audience={**creator(id_)["audience"], "countries": countries})
                assert api.put(f"/v1/influencers/{id_}", json=row,
                               headers=EDITOR).status_code in (200, 201)
            result = api.post("/v1/shortlists", json={"segment": segment, "k": 500},
                              headers=READER).json()
            stored = api.get("/v1/influencers/partial", headers=READER).json()
    finally:
        get_settings.cache_clear()
    assert stored["audience"]["countries"] == PARTIAL  # nothing estimated is written back
    return {r["id"]: r for r in result["results"]}


def test_an_unlisted_target_of_a_partial_countries_block_gets_an_estimate_within_its_bounds(
        live, monkeypatch):  # noqa: F811
    segment = {"name": "US and Mexico (estimate)", "countries": ["US", "MX"]}
    records = _country_records(live, "estimate", segment, monkeypatch)
    partial = records["partial"]
    share = partial["factor_shares"]["country"]["share"]
    # MX is not listed: at most the smallest listed share (9%) and the remainder (38%)
    assert 0.09 < share <= 0.09 + 0.09 + 1e-4
    assert partial["factor_shares"]["country"]["reported"]
    low, high = partial["segment_share_range"]
    assert low < partial["segment_share"] <= high
    assert any("countries reported in part (62%): MX not listed, estimated " in line
               and "(0-9.0%)" in line for line in partial["summary"])
    complete = records["complete"]
    assert complete["factor_shares"]["country"]["share"] == 0.0
    assert not any("reported in part" in line for line in complete["summary"])


def test_listed_mode_and_complete_blocks_score_as_before(live, monkeypatch):  # noqa: F811
    segment = {"name": "Brazil and Mexico", "countries": ["BR", "MX"]}
    listed = _country_records(live, "listed", segment, monkeypatch)
    estimated = _country_records(live, "estimate", {**segment, "name": "Brazil and Mexico 2"},
                                 monkeypatch)
    assert listed["partial"]["factor_shares"]["country"]["share"] == pytest.approx(0.41)
    assert estimated["partial"]["factor_shares"]["country"]["share"] > 0.41
    for records in (listed, estimated):
        complete = records["complete"]
        assert complete["factor_shares"]["country"]["share"] == pytest.approx(0.6)
        low, high = complete["segment_share_range"]
        assert low == complete["segment_share"] == high
    assert not any("reported in part" in line for line in listed["partial"]["summary"])


def test_the_remainder_is_spread_as_creators_of_the_same_top_country_spread_theirs():
    reference = {"US": 0.5, "MX": 0.3, "CA": 0.2}       # complete: never estimated
    partial = {"US": 0.5, "CA": 0.2, "BR": 0.1}         # 80%: MX, FR not listed
    profiles = [normalise_profile(creator(f"r{i}", audience={"countries": reference}))
                for i in range(6)]
    profiles.append(normalise_profile(creator("p", audience={"countries": partial})))
    catalogue = build_catalogue(profiles)
    vocab = catalogue.country_vocab
    target = np.zeros(len(vocab))
    target[[vocab.index("MX"), vocab.index("FR"), vocab.index("US")]] = 1.0
    found = remainder(catalogue, np.arange(len(profiles)), "countries", target,
                      remainder_mixes(catalogue)["countries"])
    assert found is not None and found.at.tolist() == [6]
    # the remainder (20%) as US-top creators spread it: all on MX, capped at the smallest
    # listed share (10%); FR, which they never hold, gets nothing
    assert found.bound[0] == pytest.approx(0.1)
    assert found.unlisted[0, vocab.index("MX")] == pytest.approx(0.1)
    assert found.unlisted[0, vocab.index("FR")] == 0.0
    assert found.point[0] == pytest.approx(0.1)
    assert found.most[0] == pytest.approx(0.2)  # MX and FR at 10% each: the whole remainder


def test_a_block_summing_to_the_tolerance_itself_is_complete_whatever_its_float32_rounding():
    blocks = [{"US": 0.5, "MX": 0.48}, {"AT": 0.5, "CH": 0.48}, {"US": 0.9, "MX": 0.08},
              {"US": 0.7, "MX": 0.28}, {"US": 0.5, "MX": 0.47}]
    profiles = [normalise_profile(creator(f"c{i}", audience={"countries": block}))
                for i, block in enumerate(blocks)]
    catalogue = build_catalogue(profiles)
    assert partial_rows(catalogue, np.arange(len(blocks)), "countries").tolist() == [
        False, False, False, False, True]
