"""Share arithmetic against examples computed by hand."""

import numpy as np
import pytest

from matcher.contracts.profiles import Influencer, Segment
from matcher.matching.catalogue import build_catalogue
from matcher.matching.interests import MATCH_MARGIN, soft_weights
from matcher.matching.scoring import (
    DEFAULT_WEIGHTS,
    factor_shares,
    score_rows,
    segment_columns,
    share_priors,
)
from matcher.matching.segments import SegmentTargets

AGE = {"13-17": 0.05, "18-24": 0.15, "25-34": 0.40, "35-44": 0.25, "45-54": 0.10,
       "55-64": 0.03, "65+": 0.02}


def creator(id_: str, **audience) -> Influencer:
    return Influencer.model_validate({
        "id": id_, "platform": "instagram", "followers": 100_000, "engagement_rate": 0.03,
        "credibility": 0.8, "audience": audience})


def targets_for(segment: Segment, catalogue, labels=None) -> SegmentTargets:
    def vec(weights, vocab):
        return None if weights is None else np.array([weights.get(v, 0.0) for v in vocab],
                                                     dtype=np.float32)
    from matcher.contracts.profiles import AGE_BANDS, GENDERS
    return SegmentTargets(
        segment=segment, persona=np.zeros(4, dtype=np.float32),
        phrases=np.zeros((0, 4), dtype=np.float32),
        age=vec(segment.age_weights(), AGE_BANDS),
        gender=vec(None if segment.genders is None else {g: 1.0 for g in segment.genders},
                   GENDERS),
        countries=vec(segment.country_weights(), catalogue.country_vocab),
        languages=vec(None if segment.languages is None else {c: 1.0 for c in
                                                              segment.languages},
                      catalogue.language_vocab),
        labels=labels)


def test_age_bands_and_range_with_cut_band():
    catalogue = build_catalogue([creator("a", age=AGE)])
    bands = targets_for(Segment(ages=["25-34", "35-44"]), catalogue)
    assert factor_shares(catalogue, bands, np.array([0]))["age"][0] == pytest.approx(0.65)
    # 21-44 covers 4 of the 7 years of 18-24: 0.15 * 4/7 + 0.40 + 0.25
    ranged = targets_for(Segment(ages={"min": 21, "max": 44}), catalogue)
    expected = 0.15 * 4 / 7 + 0.40 + 0.25
    assert factor_shares(catalogue, ranged, np.array([0]))["age"][0] == pytest.approx(
        expected, abs=1e-4)


def test_country_weights_count_relative_to_heaviest():
    catalogue = build_catalogue([creator("a", countries={"US": 0.5, "CA": 0.2, "MX": 0.1})])
    seg = Segment(countries={"US": 0.8, "CA": 0.2})
    share = factor_shares(catalogue, targets_for(seg, catalogue), np.array([0]))["country"][0]
    assert share == pytest.approx(0.5 * 1.0 + 0.2 * 0.25)
    listed = Segment(countries=["US", "CA"])
    share = factor_shares(catalogue, targets_for(listed, catalogue), np.array([0]))["country"][0]
    assert share == pytest.approx(0.7)


def test_interest_share_is_union_of_matched_labels():
    catalogue = build_catalogue([creator("a", interests={"Yoga": 0.4, "Cooking": 0.5,
                                                         "Gaming": 0.3})])
    vocab = catalogue.label_vocab
    labels = np.array([{"Yoga": 1.0, "Cooking": 0.5}.get(v, 0.0) for v in vocab],
                      dtype=np.float32)
    targets = targets_for(Segment(interests=["mindful movement"]), catalogue, labels)
    share = factor_shares(catalogue, targets, np.array([0]))["interest"][0]
    assert share == pytest.approx(1 - (1 - 0.4) * (1 - 0.25), abs=1e-6)


def test_segment_share_is_product_and_reach_uses_credibility():
    catalogue = build_catalogue([creator("a", age=AGE, gender={"female": 0.6, "male": 0.4},
                                         countries={"DE": 0.5})])
    seg = Segment(ages=["25-34"], genders=["female"], countries=["DE"])
    scores = score_rows(catalogue, np.zeros((1, 4), dtype=np.float32),
                        targets_for(seg, catalogue), np.array([0]), DEFAULT_WEIGHTS)
    assert scores.segment_share[0] == pytest.approx(0.40 * 0.6 * 0.5)
    assert scores.reach[0] == pytest.approx(100_000 * 0.8 * 0.12)
    assert scores.values["audience_match"][0] == pytest.approx(0.12 ** (1 / 3))


def test_joint_age_gender_block_replaces_the_product():
    joint = {"female": {"25-34": 0.35, "35-44": 0.05}, "male": {"25-34": 0.05, "35-44": 0.55}}
    catalogue = build_catalogue([creator("a", age={"25-34": 0.4, "35-44": 0.6},
                                         gender={"female": 0.4, "male": 0.6},
                                         age_gender=joint)])
    seg = Segment(ages=["25-34"], genders=["female"])
    targets, text = targets_for(seg, catalogue), np.zeros((1, 4), dtype=np.float32)
    scores = score_rows(catalogue, text, targets, np.array([0]), DEFAULT_WEIGHTS)
    assert scores.joint_age_gender[0]
    assert scores.segment_share[0] == pytest.approx(0.35)   # not 0.4 * 0.4
    read = score_rows(catalogue, text, targets, np.array([0]), DEFAULT_WEIGHTS,
                      columns=segment_columns(catalogue, text, targets,
                                              share_priors(catalogue, targets)))
    assert read.joint_age_gender[0] and read.segment_share[0] == scores.segment_share[0]


def test_missing_block_is_imputed_with_a_range_and_lower_confidence():
    rows = [creator(f"r{i}", countries={"DE": 0.1 * i}) for i in range(1, 9)]
    rows.append(creator("unknown"))
    catalogue = build_catalogue(rows)
    seg = Segment(countries=["DE"])
    scores = score_rows(catalogue, np.zeros((9, 4), dtype=np.float32),
                        targets_for(seg, catalogue), np.arange(9), DEFAULT_WEIGHTS)
    reported = [0.1 * i for i in range(1, 9)]
    assert scores.imputed["country"][8]
    assert scores.shares["country"][8] == pytest.approx(np.mean(reported), abs=1e-6)
    low, high = scores.share_range[8]
    assert low == pytest.approx(np.quantile(reported, 0.1), abs=1e-6)
    assert high == pytest.approx(np.quantile(reported, 0.9), abs=1e-6)
    assert scores.confidence[8] < scores.confidence[0] == 1.0


def test_label_matching_takes_best_label_and_close_ones():
    close = 0.8 - MATCH_MARGIN / 2
    scores = np.array([[0.8], [close], [0.1]], dtype=np.float32)  # (labels, phrases)
    weight = soft_weights(scores)[:, 0]
    assert weight[0] == 1.0 and weight[1] == 1.0 and weight[2] == 0.0
