"""Text-matched interest labels are kept only where the audiences of the creators a phrase
describes hold them; pins are untouched; the API, a live delta and a batch chunk agree; the
shortlist says why a label was dropped."""

import numpy as np
import pytest
import yaml

from matcher.batch.context import build_context
from matcher.contracts.profiles import Segment
from matcher.matching import audience_evidence
from matcher.matching.audience_evidence import AudienceEvidence
from matcher.matching.interests import InterestMatcher
from matcher.matching.segments import build_targets
from tests.conftest import FIXTURES

LABELS = ["Cars & Motorbikes", "Video Games", "Sports", "Clothing & Accessories",
          "Fitness & Wellness", "Electronics & Computers", "Food & Drink", "Travel"]
PHRASE = "fitness gadgets"  # text reaches electronics and fitness labels


@pytest.fixture(scope="module")
def labels_matcher(encoder) -> InterestMatcher:
    return InterestMatcher(LABELS, encoder.encode(LABELS), encoder)


def unit(rows: np.ndarray) -> np.ndarray:
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


def test_lift_is_the_labels_share_among_the_nearest_creators_over_its_mean(monkeypatch):
    monkeypatch.setattr(audience_evidence, "EVIDENCE_CREATORS", 10)
    rng = np.random.default_rng(0)
    runners = unit(np.array([1.0, 0, 0, 0]) + 0.05 * rng.normal(size=(20, 4)))
    others = unit(np.array([0, 1.0, 0, 0]) + 0.05 * rng.normal(size=(20, 4)))
    shares = np.zeros((40, 3), dtype=np.float32)
    shares[:20, 0], shares[20:, 1] = 0.5, 0.5      # label 2: nobody's audience
    evidence = AudienceEvidence(np.vstack([runners, others]), shares, shares.mean(axis=0))
    lift = evidence.lift(np.array([[1.0, 0, 0, 0]]))
    assert lift[0, 0] == pytest.approx(2.0) and lift[1, 0] == 0.0 and np.isnan(lift[2, 0])


def test_a_label_the_phrases_audiences_do_not_hold_is_dropped_the_supported_one_kept(
        labels_matcher, encoder):
    segment = Segment(name="Gadget fans", interests=[PHRASE])
    phrase = encoder.encode([PHRASE])
    text = labels_matcher.match(segment, phrase).phrase_labels(LABELS, [PHRASE])[PHRASE]
    assert len(text) >= 2, text     # text alone spreads the phrase over several labels
    supported = text[-1]            # the weakest by text is the one the audiences hold
    lift = np.full((len(LABELS), 1), 0.3, dtype=np.float32)
    lift[LABELS.index(supported)] = 2.5
    found = labels_matcher.match(segment, phrase, lift=lift)
    assert found.phrase_labels(LABELS, [PHRASE]) == {PHRASE: [supported]}
    dropped = found.by_phrase(LABELS, [PHRASE], dropped=True)[PHRASE]
    assert {m.label for m in dropped} == set(text) - {supported}
    assert all(m.lift == 0.3 and m.weight == 0 for m in dropped)
    assert found.matches[LABELS.index(supported)].lift == 2.5


def test_without_a_supported_label_the_text_match_stands(labels_matcher, encoder):
    segment = Segment(name="Gadget fans", interests=[PHRASE])
    phrase = encoder.encode([PHRASE])
    lift = np.full((len(LABELS), 1), 0.3, dtype=np.float32)
    plain = labels_matcher.match(segment, phrase)
    checked = labels_matcher.match(segment, phrase, lift=lift)
    np.testing.assert_array_equal(checked.weights, plain.weights)


def test_a_pinned_mapping_is_never_checked(labels_matcher, encoder):
    segment = Segment(name="Gadget fans", interests=[PHRASE, "console games"],
                      interest_labels={PHRASE: ["Sports", "Travel"]})
    lift = np.full((len(LABELS), 2), 0.1, dtype=np.float32)
    lift[LABELS.index("Fitness & Wellness"), 0] = 3.0
    found = labels_matcher.match(segment, encoder.encode(segment.interests), lift=lift)
    assert set(found.phrase_labels(LABELS, segment.interests)[PHRASE]) == {"Sports", "Travel"}
    assert found.by_phrase(LABELS, segment.interests, dropped=True)[PHRASE] == []


def _segment_with_a_drop(matcher, encoder, monkeypatch) -> Segment:
    """A bundled segment, and a lift threshold between the lifts of one phrase's labels, so
    that the snapshot's audiences drop at least one of them."""
    snapshot = matcher.snapshot
    data = yaml.safe_load((FIXTURES / "segments" / "home-fitness-in.yaml").read_text())
    data.update(id="audience-evidence-check", name="Audience evidence check")
    segment = Segment.model_validate(data)
    monkeypatch.setattr(audience_evidence, "LIFT_MIN", 0.0)
    plain = build_targets(segment, snapshot.catalogue, snapshot.label_emb, encoder,
                          text_emb=snapshot.text_emb)
    lifts = sorted(m.lift for found in plain.phrase_matches.values() for m in found
                   if m.lift is not None)
    assert lifts and lifts[-1] > lifts[0], lifts
    monkeypatch.setattr(audience_evidence, "LIFT_MIN", (lifts[-1] + lifts[0]) / 2)
    return segment


def test_the_delta_and_batch_weigh_labels_as_the_api_does(matcher, encoder, monkeypatch):
    segment = _segment_with_a_drop(matcher, encoder, monkeypatch)
    snapshot = matcher.snapshot
    api = build_targets(segment, snapshot.catalogue, snapshot.label_emb, encoder,
                        text_emb=snapshot.text_emb)
    assert any(api.phrase_dropped.values())
    delta = build_targets(segment, snapshot.catalogue, snapshot.label_emb, encoder,
                          reference=api)
    np.testing.assert_array_equal(delta.labels, api.labels)
    assert delta.phrase_dropped == api.phrase_dropped
    context = build_context(encoder, snapshot.catalogue, snapshot.label_emb, [segment], None,
                            text_emb=snapshot.text_emb)
    batch = context.segments[0].label_matches
    np.testing.assert_array_equal(
        np.array([batch[label][0] for label in snapshot.catalogue.label_vocab],
                 dtype=np.float32), api.labels)


def test_the_shortlist_names_the_lift_of_kept_and_dropped_labels(matcher, encoder,
                                                                   monkeypatch):
    segment = _segment_with_a_drop(matcher, encoder, monkeypatch)
    body = matcher.shortlist(segment.model_dump(mode="json"), k=5).to_dict()
    dropped = [m for found in body["interest_dropped"].values() for m in found]
    kept = [m for found in body["interest_mapping"].values() for m in found]
    assert dropped and all(m["lift"] < audience_evidence.LIFT_MIN for m in dropped)
    assert all(m["lift"] is None or m["lift"] >= audience_evidence.LIFT_MIN for m in kept)
    assert any(m["lift"] is not None for m in kept)
