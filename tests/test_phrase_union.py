"""With ``interests.PHRASE_UNION`` set, the labels one phrase reaches count as one group of
followers, not as independent ones; off, the interest share is the noisy-OR over labels."""

import numpy as np
import pytest

from matcher.contracts.profiles import Segment
from matcher.matching import interests
from matcher.matching.phrase_union import phrase_union_share
from matcher.matching.scoring import factor_shares
from matcher.matching.segments import build_targets
from matcher.simulate.evaluation import log_reach_ratio

# one creator holding three labels: 0.4, 0.3 and 0.5 of its audience
OWNER, COLUMNS, VALUES = np.zeros(3, dtype=np.int64), np.arange(3), np.array([0.4, 0.3, 0.5])
# two phrases: the first reaches label 0 by text and label 1 through the audience path at
# half weight; the second reaches labels 1 and 2 by text
WEIGHTS = np.array([[1.0, 0.0], [0.5, 1.0], [0.0, 1.0]])
PATH = np.array([[False, False], [True, False], [False, False]])


def share(union: str) -> float:
    return float(phrase_union_share(OWNER, COLUMNS, VALUES, WEIGHTS, PATH, union, 1)[0])


def test_a_phrases_labels_count_as_one_group_and_phrases_as_independent():
    # "max": phrase 1 max(0.4, 0.15), phrase 2 max(0.3, 0.5); 1 - 0.6 x 0.5
    assert share("max") == pytest.approx(0.7)


def test_path_max_keeps_the_noisy_or_among_a_phrases_text_labels():
    # phrase 1 max(0.4 by text, 0.15 by path); phrase 2 1 - 0.7 x 0.5 = 0.65; 1 - 0.6 x 0.35
    assert share("path-max") == pytest.approx(0.79)


def test_max_once_counts_a_label_two_phrases_reach_for_the_one_weighting_it_most():
    weights = np.array([[1.0, 1.0], [0.0, 0.5]])  # label 0 reached fully by both phrases
    path = np.zeros_like(weights, dtype=bool)
    columns, values = np.arange(2), np.array([0.4, 0.3])
    owner = np.zeros(2, dtype=np.int64)
    twice = phrase_union_share(owner, columns, values, weights, path, "max", 1)[0]
    once = phrase_union_share(owner, columns, values, weights, path, "max-once", 1)[0]
    assert twice == pytest.approx(1 - 0.6 * 0.6)
    assert once == pytest.approx(1 - 0.6 * 0.85)  # phrase 2 keeps label 1 at 0.15


def test_an_unknown_union_is_refused():
    with pytest.raises(ValueError, match="PHRASE_UNION"):
        share("sum")


@pytest.mark.parametrize("union", ["max", "path-max", "max-once"])
def test_the_setting_reaches_the_shortlists_interest_share(matcher, encoder, monkeypatch, union):
    """build_targets keeps the pair weights and the scoring combines them by phrase; "max-once"
    never exceeds the default noisy-OR (each label counted once, inside one phrase by max)."""
    snapshot = matcher.snapshot
    catalogue = snapshot.catalogue
    segment = Segment(name="Fit gamers", interests=["video games", "fitness and gym workouts",
                                                    "beekeeping"])
    rows = catalogue.prior_rows
    default = build_targets(segment, catalogue, snapshot.label_emb, encoder,
                            text_emb=snapshot.text_emb)
    assert default.phrase_union is None
    monkeypatch.setattr(interests, "PHRASE_UNION", union)
    targets = build_targets(segment, catalogue, snapshot.label_emb, encoder,
                            text_emb=snapshot.text_emb)
    assert targets.phrase_union == union and targets.pair_weights is not None
    assert targets.labels is not None
    assert targets.pair_path is not None and targets.pair_path.any()  # beekeeping's path
    np.testing.assert_allclose(targets.pair_weights.max(axis=1), targets.labels, atol=1e-6)
    got = factor_shares(catalogue, targets, rows)["interest"]
    noisy_or = factor_shares(catalogue, default, rows)["interest"]
    dense = catalogue.interests[rows].toarray()
    weights, path = targets.pair_weights, targets.pair_path
    if union == "max-once":
        owned = np.zeros(weights.shape, dtype=bool)
        owned[np.arange(len(weights)), weights.argmax(axis=1)] = True
        weights = np.where(owned, weights, 0.0)
    for i in range(0, len(rows), max(1, len(rows) // 40)):
        held = np.minimum(dense[i][:, None] * weights, 0.999999)
        if union == "path-max":
            text = 1 - np.prod(1 - np.where(path, 0.0, held), axis=0)
            per_phrase = np.maximum(text, np.where(path, held, 0.0).max(axis=0))
        else:
            per_phrase = held.max(axis=0)
        assert got[i] == pytest.approx(1 - np.prod(1 - per_phrase), abs=1e-6)
    if union == "max-once":
        assert np.all(got <= noisy_or + 1e-6)  # float32 label weights against float64
        assert np.any(got < noisy_or - 1e-3)


def test_the_reach_scale_is_the_median_log_ratio_over_creators_with_a_reach():
    estimated = np.array([200.0, 100.0, 50.0, 10.0])
    true = np.array([100.0, 100.0, 100.0, 0.0])  # the last has no true reach: left out
    assert log_reach_ratio(estimated, true) == pytest.approx(0.0)
    assert log_reach_ratio(2 * estimated[:3], true[:3]) == pytest.approx(np.log(2))
    assert np.isnan(log_reach_ratio(np.zeros(2), np.ones(2)))
