"""Interest phrases reach the labels that mean them, broader or narrower; what matches
nothing is said, pinned, or left unknown rather than zero."""

import numpy as np
import pytest

from matcher.contracts.profiles import Segment
from matcher.matching.interests import (
    TAXONOMY_RELATED,
    InterestMatcher,
    Taxonomy,
    label_parts,
    load_taxonomy,
    soft_weights,
    taxonomy_scores,
)

LABELS = ["Cars & Motorbikes", "Video Games", "Sports", "Clothing & Accessories",
          "Fitness & Wellness", "Electronics & Computers", "Food & Drink", "Travel"]


@pytest.fixture(scope="module")
def labels_matcher(encoder) -> InterestMatcher:
    return InterestMatcher(LABELS, encoder.encode(LABELS), encoder)


def matched(matcher: InterestMatcher, encoder, name: str, phrases: list[str],
            **fields) -> dict[str, set[str]]:
    segment = Segment(name=name, interests=phrases, **fields)
    found = matcher.match(segment, encoder.encode(phrases))
    return {p: set(labels) for p, labels in found.phrase_labels(LABELS, phrases).items()}


def test_a_narrow_phrase_reaches_the_broader_label_that_holds_it(labels_matcher, encoder):
    got = matched(labels_matcher, encoder, "Calm living", ["yoga flows"])
    assert got["yoga flows"] == {"Fitness & Wellness"}


def test_jargon_reaches_its_domain_not_a_look_alike(labels_matcher, encoder):
    got = matched(labels_matcher, encoder, "Young gamers in India", ["mobile esports"])
    assert "Video Games" in got["mobile esports"] and "Sports" not in got["mobile esports"]
    got = matched(labels_matcher, encoder, "Petrolheads in Germany", ["tuning and track days"])
    assert got["tuning and track days"] == {"Cars & Motorbikes"}


def test_a_phrase_that_means_nothing_here_matches_nothing(labels_matcher, encoder):
    segment = Segment(name="Beekeepers", interests=["beekeeping", "yoga flows"])
    found = labels_matcher.match(segment, encoder.encode(segment.interests))
    assert found.unmatched == ["beekeeping"]


def test_pinned_labels_override_inference_and_an_empty_pin_forbids(labels_matcher, encoder):
    pins = {"yoga flows": ["Sports"], "mobile esports": []}
    got = matched(labels_matcher, encoder, "Pinned", ["yoga flows", "mobile esports"],
                  interest_labels=pins)
    assert got == {"yoga flows": {"Sports"}, "mobile esports": set()}
    segment = Segment(name="x", interests=["yoga flows"],
                      interest_labels={"yoga flows": ["No Such Label"]})
    assert labels_matcher.match(segment, encoder.encode(["yoga flows"])).unknown_pins == [
        "No Such Label"]


def test_a_pin_must_name_one_of_the_segments_phrases():
    with pytest.raises(ValueError, match="interest_labels"):
        Segment(interests=["yoga"], interest_labels={"pilates": ["Fitness"]})


def test_soft_weights_count_close_labels_fully_and_nothing_under_the_floor():
    scores = np.array([[0.70, 0.20], [0.66, 0.25], [0.60, 0.10]], dtype=np.float32)
    weight = soft_weights(scores)
    assert weight[:, 0].tolist() == pytest.approx([1.0, 1.0, weight[2, 0]])
    assert 0.0 <= weight[2, 0] < 1.0
    assert not weight[:, 1].any()  # the second phrase's best is under the floor


def test_the_taxonomy_links_ancestors_and_descendants_only():
    taxonomy = Taxonomy(("root", "child", "other"), ("root", "child", "other"),
                        np.array([0, 1, 2]),
                        np.array([[1, 1, 0], [1, 1, 0], [0, 0, 1]], dtype=bool))
    labels = np.array([[0.9, 0.0, 0.0], [0.0, 0.0, 0.9]], dtype=np.float32)  # root, other
    phrases = np.array([[0.1, 0.8, 0.1]], dtype=np.float32)                   # child
    scores = taxonomy_scores(labels, phrases, taxonomy)
    assert scores[0, 0] == pytest.approx(min(0.9 * TAXONOMY_RELATED, 0.8)) and scores[1, 0] == 0
    same = taxonomy_scores(np.array([[0.0, 0.9, 0.0]], dtype=np.float32), phrases, taxonomy)
    assert same[0, 0] == pytest.approx(0.8)  # a label on the phrase's own node counts fully


def test_a_label_joining_interests_is_placed_by_each_part():
    assert label_parts("Cars & Motorbikes") == ["Cars & Motorbikes", "Cars", "Motorbikes"]
    assert label_parts("Video Gaming | eSports") == ["Video Gaming | eSports", "Video Gaming",
                                                     "eSports"]
    assert label_parts("Travel") == ["Travel"]


def test_the_bundled_taxonomy_is_a_tree_with_aliases():
    taxonomy = load_taxonomy()
    assert taxonomy.size > 100 and len(taxonomy.forms) > 2 * taxonomy.size
    assert taxonomy.related.diagonal().all()
    assert (taxonomy.related == taxonomy.related.T).all()


def test_a_shortlist_says_what_each_phrase_matched_and_warns_of_what_matched_nothing(matcher):
    segment = {"name": "Yoga lovers", "ages": ["25-34"],
               "interests": ["yoga practice", "medieval siege engines restoration"]}
    result = matcher.shortlist(segment, k=5).to_dict()
    mapping = result["interest_mapping"]
    assert mapping["yoga practice"] and mapping["medieval siege engines restoration"] == []
    assert all(m["via"] in ("direct", "context", "taxonomy") and 0 < m["weight"] <= 1
               for m in mapping["yoga practice"])
    assert any("medieval siege engines restoration" in w["message"]
               and w["code"] == "unmatched-interest" for w in result["warnings"])
    for record in result["results"]:
        line = next(s for s in record["summary"] if "hold interests matching" in s)
        assert "siege" not in line  # the explanation names only what matched


def test_when_no_phrase_matches_the_interest_factor_is_unknown_not_zero(matcher):
    segment = {"name": "Women 25-34", "ages": ["25-34"], "genders": ["female"],
               "interests": ["medieval siege engines restoration"]}
    plain = {key: value for key, value in segment.items() if key != "interests"}
    no_text = {"affinity": 0.0}  # the persona text holds the phrase, the audience does not
    result = matcher.shortlist(segment, k=10, weights=no_text).to_dict()
    assert any("interest factor is unknown" in w["message"] for w in result["warnings"])
    assert all("interest" not in r["factor_shares"] for r in result["results"])
    without = matcher.shortlist(plain, k=10, weights=no_text).to_dict()
    assert [r["id"] for r in result["results"]] == [r["id"] for r in without["results"]]


def test_a_pinned_label_is_used_and_said(matcher):
    label = matcher.snapshot.catalogue.label_vocab[0]
    segment = {"name": "Pinned", "interests": ["anything at all"],
               "interest_labels": {"anything at all": [label]}}
    result = matcher.shortlist(segment, k=5).to_dict()
    assert result["interest_mapping"]["anything at all"][0]["label"] == label
    assert result["interest_mapping"]["anything at all"][0]["via"] == "pinned"
