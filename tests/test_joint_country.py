"""The joint age x country block: used in place of the age x country product where reported,
validated as the other blocks are, and absent from older snapshots without changing them."""

import numpy as np
import pytest
from pydantic import ValidationError

from matcher.contracts.profiles import Influencer, Segment
from matcher.errors import RowError
from matcher.ingest.normalise import normalise_profile
from matcher.matching.catalogue import Catalogue, build_catalogue
from matcher.matching.explain import JOINT_COUNTRY_TEXT, explain_picked, pick
from matcher.matching.scoring import (
    DEFAULT_WEIGHTS,
    score_rows,
    segment_columns,
    share_priors,
)
from tests.test_shares import creator, targets_for

AGE = {"18-24": 0.5, "45-54": 0.5}
COUNTRIES = {"BR": 0.5, "DE": 0.5}
# the young followers are Brazilian, the older German: the product says a quarter of the
# audience is 18-24 in Brazil, the joint block says half
AGE_COUNTRY = {"BR": {"18-24": 0.5}, "DE": {"45-54": 0.5}}
YOUNG_BRAZIL = Segment(ages=["18-24"], countries=["BR"])


def scored(catalogue, segment, rows=None):
    rows = np.arange(catalogue.size) if rows is None else rows
    targets = targets_for(segment, catalogue)
    text = np.zeros((catalogue.size, 4), dtype=np.float32)
    return targets, score_rows(catalogue, text, targets, rows, DEFAULT_WEIGHTS)


def test_a_reported_age_country_block_replaces_the_product():
    catalogue = build_catalogue([creator("a", age=AGE, countries=COUNTRIES,
                                         age_country=AGE_COUNTRY)])
    targets, scores = scored(catalogue, YOUNG_BRAZIL)
    assert scores.joint_age_country[0] and not scores.joint_age_gender[0]
    assert scores.segment_share[0] == pytest.approx(0.5)   # not 0.5 * 0.5
    text = np.zeros((1, 4), dtype=np.float32)
    read = score_rows(catalogue, text, targets, np.array([0]), DEFAULT_WEIGHTS,
                      columns=segment_columns(catalogue, text, targets,
                                              share_priors(catalogue, targets)))
    assert read.joint_age_country[0] and read.segment_share[0] == scores.segment_share[0]


def test_country_weights_weigh_the_joint_block_as_they_weigh_the_country_share():
    catalogue = build_catalogue([creator("a", age=AGE, countries=COUNTRIES,
                                         age_country=AGE_COUNTRY)])
    _, scores = scored(catalogue, Segment(ages=["18-24", "45-54"],
                                          countries={"BR": 1.0, "DE": 0.5}))
    assert scores.shares["country"][0] == pytest.approx(0.5 + 0.25)
    assert scores.segment_share[0] == pytest.approx(0.5 * 1.0 + 0.5 * 0.5)


def test_without_a_country_target_the_age_gender_block_still_applies():
    age_gender = {"female": {"18-24": 0.45}, "male": {"18-24": 0.05, "45-54": 0.5}}
    catalogue = build_catalogue([creator("a", age=AGE, countries=COUNTRIES,
                                         gender={"female": 0.45, "male": 0.55},
                                         age_gender=age_gender, age_country=AGE_COUNTRY)])
    _, scores = scored(catalogue, Segment(ages=["18-24"], genders=["female"]))
    assert scores.joint_age_gender[0] and not scores.joint_age_country[0]
    assert scores.segment_share[0] == pytest.approx(0.45)
    # with countries targeted too, age x country is used and gender counts as a marginal
    _, scores = scored(catalogue, Segment(ages=["18-24"], genders=["female"], countries=["BR"]))
    assert scores.joint_age_country[0] and not scores.joint_age_gender[0]
    assert scores.segment_share[0] == pytest.approx(0.5 * 0.45)


def test_the_explanation_names_the_joint_block():
    catalogue = build_catalogue([creator("a", age=AGE, countries=COUNTRIES,
                                         age_country=AGE_COUNTRY),
                                 creator("b", age=AGE, countries=COUNTRIES)])
    targets, scores = scored(catalogue, YOUNG_BRAZIL)
    lines = [" ".join(str(v) for v in why.values()) if isinstance(why, dict) else str(why)
             for why in explain_picked(catalogue, targets, pick(catalogue, scores, [0, 1]))]
    assert "age x country" in lines[0] and "independent" not in lines[0]
    assert "age x country" not in lines[1] and "independent" in lines[1]
    women = Segment(ages=["18-24"], countries=["BR"], genders=["female"])
    targets, scores = scored(catalogue, women)
    why = explain_picked(catalogue, targets, pick(catalogue, scores, [0]))[0]
    assert JOINT_COUNTRY_TEXT in (" ".join(str(v) for v in why.values())
                                  if isinstance(why, dict) else str(why))


def test_a_snapshot_from_before_the_block_opens_and_scores_the_same(tmp_path):
    profiles = [creator("a", age=AGE, countries=COUNTRIES),
                creator("b", age={"18-24": 1.0}, countries={"BR": 0.9})]
    catalogue = build_catalogue(profiles)
    catalogue.save(tmp_path)
    with np.load(tmp_path / "catalogue.npz", allow_pickle=True) as data:
        older = {k: data[k] for k in data.files if not k.startswith("joint_age_country")}
    assert len(older) < len(data.files)
    with open(tmp_path / "catalogue.npz", "wb") as handle:
        np.savez(handle, **older)
    loaded = Catalogue.load(tmp_path)
    assert loaded.joint_age_country is None
    _, before = scored(catalogue, YOUNG_BRAZIL)
    _, after = scored(loaded, YOUNG_BRAZIL)
    assert np.array_equal(before.segment_share, after.segment_share)
    assert np.array_equal(before.fit, after.fit) and not after.joint_age_country.any()


@pytest.mark.parametrize("block, expected", [
    ({"XX": {"18-24": 0.2}}, "unknown country"),
    ({"BR": {"18-24": 0.7}, "DE": {"45-54": 0.6}}, "at most 1"),
    ({"BR": {"18-30": 0.2}}, "18-24"),
    ({"BR": {"18-24": 1.5}}, "less than or equal to 1"),
])
def test_bad_age_country_blocks_are_rejected_naming_the_field(block, expected):
    with pytest.raises(ValidationError) as raised:
        Influencer.model_validate({"id": "a", "platform": "instagram", "followers": 1000,
                                   "audience": {"age_country": block}})
    error = raised.value.errors()[0]
    assert error["loc"][:2] == ("audience", "age_country") and expected in str(raised.value)


def test_ingest_reads_country_names_and_band_spellings_and_names_bad_ones():
    row = {"id": "a", "platform": "instagram", "followers": 1000,
           "audience": {"age_country": {"Brazil": {"18_24": 0.5}, "DEU": {"45-54": 0.4}}}}
    assert normalise_profile(row).audience.age_country == {"BR": {"18-24": 0.5},
                                                           "DE": {"45-54": 0.4}}
    for block, field in (({"Atlantis": {"18-24": 0.5}}, "audience.age_country"),
                         ({"BR": {"teens": 0.5}}, "audience.age_country.BR"),
                         ('{"BR": ', "audience.age_country")):
        with pytest.raises(RowError) as raised:
            normalise_profile({**row, "audience": {"age_country": block}})
        assert raised.value.field == field


def test_countries_the_joint_block_leaves_out_are_scored_by_the_product():
    age = {"18-24": 0.5, "25-34": 0.5}
    countries = {"US": 0.6, "GB": 0.4}
    top_only = creator("top", age=age, countries=countries,
                       age_country={"US": {"18-24": 0.3, "25-34": 0.3}})
    zero_elsewhere = creator("zero", age=age, countries=countries,
                             age_country={"FR": {"18-24": 0.0}})
    plain = creator("plain", age=age, countries=countries)
    catalogue = build_catalogue([top_only, zero_elsewhere, plain])
    _, gb = scored(catalogue, Segment(ages=["18-24"], countries=["GB"]))
    assert gb.segment_share.tolist() == pytest.approx([0.2, 0.2, 0.2])
    _, us = scored(catalogue, Segment(ages=["18-24"], countries=["US"]))
    assert us.segment_share.tolist() == pytest.approx([0.3, 0.3, 0.3])


def test_a_joint_block_without_a_countries_or_an_age_block_is_not_scored():
    catalogue = build_catalogue([creator("a", age=AGE, age_country=AGE_COUNTRY),
                                 creator("b", countries=COUNTRIES, age_country=AGE_COUNTRY)])
    _, scores = scored(catalogue, YOUNG_BRAZIL)
    assert not scores.joint_age_country.any()


def test_a_profile_stored_before_the_marginals_check_still_loads():
    stored = {"id": "a", "platform": "instagram", "followers": 1000,
              "audience": {"countries": {"BR": 0.5, "DE": 0.5},
                           "age_country": {"BR": {"18-24": 0.3}}}}
    with pytest.raises(ValidationError):
        Influencer.model_validate(stored)
    loaded = Influencer.model_validate(stored, context={"stored": True})
    assert loaded.audience.age_country == {"BR": {"18-24": 0.3}}


@pytest.mark.parametrize("audience, expected", [
    ({"countries": {"BR": 0.3, "DE": 0.5}, "age_country": AGE_COUNTRY},
     "BR's bands sum to 0.500 but the countries block gives BR 0.300"),
    ({"age": {"18-24": 0.2, "45-54": 0.8}, "age_country": AGE_COUNTRY},
     "band 18-24 sums to 0.500 over its countries, more than the age block's 0.200"),
])
def test_a_joint_block_contradicting_the_marginals_is_rejected(audience, expected):
    profile = {"id": "a", "platform": "instagram", "followers": 1000, "audience": audience}
    with pytest.raises(ValidationError) as raised:
        Influencer.model_validate(profile)
    assert expected in str(raised.value)
    with pytest.raises(RowError) as rejected:
        normalise_profile(profile)
    assert rejected.value.field.startswith("audience.age_country")
    assert expected in str(rejected.value)


def test_ingest_reads_joint_shares_as_it_reads_the_marginals():
    row = {"id": "a", "platform": "instagram", "followers": 1000}
    read = normalise_profile({**row, "audience": {
        "countries": {"BR": "50%", "DE": "50%"},
        "age_country": {"BR": {"18-24": "50%", "25-34": None}, "DE": {"45-54": 50}},
        "age_gender": {"Female": {"18-24": "45%"}, "male": {"18-24": 5, "45-54": 50}}}})
    assert read.audience.age_country == {"BR": {"18-24": 0.5}, "DE": {"45-54": 0.5}}
    assert read.audience.age_gender == {"female": {"18-24": 0.45},
                                        "male": {"18-24": 0.05, "45-54": 0.5}}
    for bands, field in (({"18-24": 0.2, "18_24": 0.3}, "audience.age_country.BR"),
                         ({"18-24": True}, "audience.age_country.BR.18-24"),
                         ({"18-24": -0.1}, "audience.age_country.BR.18-24")):
        with pytest.raises(RowError) as raised:
            normalise_profile({**row, "audience": {"age_country": {"BR": bands}}})
        assert raised.value.field == field
