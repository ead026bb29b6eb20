"""Interest phrases reach the labels that mean them, broader or narrower; what matches
nothing is said, pinned, or left unknown rather than zero."""

import numpy as np
import pytest
import yaml
from fastapi.testclient import TestClient

from matcher.api.app import create_app
from matcher.batch.context import build_context
from matcher.contracts.profiles import Segment
from matcher.ingest.readers import read
from matcher.matching import audience_evidence, interests
from matcher.matching.audience_evidence import AudienceEvidence
from matcher.matching.catalogue import build_catalogue
from matcher.matching.explain import match_parts
from matcher.matching.interests import (
    TAXONOMY_RELATED,
    InterestMatcher,
    Taxonomy,
    context_text,
    label_parts,
    load_taxonomy,
    soft_weights,
    taxonomy_scores,
)
from matcher.matching.neighbours import as_stored, interest_reference
from matcher.matching.scoring import resolve_weights
from matcher.matching.segments import build_targets
from matcher.search.live import make_view
from matcher.search.snapshots import profile_text
from matcher.store import Change
from tests.conftest import FIXTURES, READER_KEY

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


def test_a_shortlist_says_what_each_phrase_matched_and_warns_of_what_matched_nothing(
        matcher, monkeypatch):
    # by text alone: the audience path would reach a label for the second phrase (tested below)
    monkeypatch.setattr(interests, "AUDIENCE_PATH", None)
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


def test_when_no_phrase_matches_the_interest_factor_is_unknown_not_zero(matcher, monkeypatch):
    monkeypatch.setattr(interests, "AUDIENCE_PATH", None)  # by text alone, as above
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


# The audience-evidence check (variant D of docs/design-notes/2026-12-03-interest-next-tries.md):
# a text match the phrase's audiences do not over-index on keeps EVIDENCE_KEEP of its weight.
GADGETS = "fitness gadgets"  # text reaches electronics and fitness labels


def test_lift_is_the_labels_share_among_the_nearest_creators_over_its_mean(monkeypatch):
    monkeypatch.setattr(audience_evidence, "EVIDENCE_CREATORS", 10)
    rng = np.random.default_rng(0)

    def unit(rows: np.ndarray) -> np.ndarray:
        return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)

    runners = unit(np.array([1.0, 0, 0, 0]) + 0.05 * rng.normal(size=(20, 4)))
    others = unit(np.array([0, 1.0, 0, 0]) + 0.05 * rng.normal(size=(20, 4)))
    shares = np.zeros((40, 3), dtype=np.float32)
    shares[:20, 0], shares[20:, 1] = 0.5, 0.5      # label 2: nobody's audience
    evidence = AudienceEvidence(np.vstack([runners, others]), shares, shares.mean(axis=0))
    lift = evidence.lift(np.array([[1.0, 0, 0, 0]]))
    assert lift[0, 0] == pytest.approx(2.0) and lift[1, 0] == 0.0 and np.isnan(lift[2, 0])


def _home_fitness(id_: str = "audience-evidence-check") -> Segment:
    return Segment.model_validate(
        {**yaml.safe_load((FIXTURES / "segments" / "home-fitness-in.yaml").read_text()),
         "id": id_, "name": "Audience evidence check"})


def test_a_small_catalogue_never_halves_a_label(encoder, subset_roster):
    """With 40 reference creators the 50 nearest a phrase are all of them: every lift is 1
    up to float noise, which says nothing and halves no label."""
    profiles = [p for p in read(subset_roster).accepted if p.audience.interests][:40]
    catalogue = build_catalogue(profiles)
    text_emb = encoder.encode([profile_text(p) for p in profiles])
    label_emb = encoder.encode(list(catalogue.label_vocab))
    segment = _home_fitness()
    plain = build_targets(segment, catalogue, label_emb, encoder)
    checked = build_targets(segment, catalogue, label_emb, encoder, text_emb=text_emb)
    assert plain.labels is not None and (plain.labels > 0).any()
    np.testing.assert_array_equal(checked.labels, plain.labels)
    # were the lifts read over so few creators, float noise alone must not halve a label
    rows = interest_reference(catalogue)
    assert len(rows) == 40
    shares = catalogue.interests[rows].toarray().astype(np.float32)
    evidence = AudienceEvidence(as_stored(text_emb[rows]), shares, shares.mean(axis=0))
    lift = evidence.lift(encoder.encode(segment.interests))
    known = ~np.isnan(lift)
    np.testing.assert_allclose(lift[known], 1.0, atol=1e-5)
    low, judged = audience_evidence.unsupported(np.ones_like(lift), lift)
    assert judged.all() and not low.any()


def test_the_label_the_phrases_audiences_hold_outweighs_a_look_alike(labels_matcher, encoder):
    segment = Segment(name="Gadget fans", interests=[GADGETS])
    phrase = encoder.encode([GADGETS])
    text = labels_matcher.match(segment, phrase).by_phrase(LABELS, [GADGETS])[GADGETS]
    assert len(text) >= 2, text      # text alone spreads the phrase over several labels
    supported = text[-1].label       # the weakest by text is the one the audiences hold
    lift = np.full((len(LABELS), 1), 0.3, dtype=np.float32)
    lift[LABELS.index(supported)] = 2.5
    found = labels_matcher.match(segment, phrase, lift=lift).by_phrase(LABELS, [GADGETS])
    weights = {m.label: m.weight for m in found[GADGETS]}
    assert set(weights) == {m.label for m in text}    # a look-alike is weakened, not dropped
    assert weights[supported] == pytest.approx(text[-1].weight)
    for m in text[:-1]:
        assert weights[m.label] == pytest.approx(interests.EVIDENCE_KEEP * m.weight)
    # by text the look-alikes weighed as much as the supported label; checked, it outweighs
    # every one of them
    assert all(m.weight == text[-1].weight for m in text[:-1]), text
    assert all(weights[m.label] < weights[supported] for m in text[:-1]), weights


def test_without_a_supported_label_the_text_match_stands(labels_matcher, encoder):
    segment = Segment(name="Gadget fans", interests=[GADGETS])
    phrase = encoder.encode([GADGETS])
    lift = np.full((len(LABELS), 1), 0.3, dtype=np.float32)
    plain = labels_matcher.match(segment, phrase)
    checked = labels_matcher.match(segment, phrase, lift=lift)
    np.testing.assert_array_equal(checked.weights, plain.weights)


def test_a_pinned_mapping_is_never_weakened(labels_matcher, encoder):
    segment = Segment(name="Gadget fans", interests=[GADGETS, "console games"],
                      interest_labels={GADGETS: ["Sports", "Travel"]})
    lift = np.full((len(LABELS), 2), 0.1, dtype=np.float32)
    lift[LABELS.index("Fitness & Wellness"), 0] = 3.0
    found = labels_matcher.match(segment, encoder.encode(segment.interests), lift=lift)
    pinned = found.by_phrase(LABELS, segment.interests)[GADGETS]
    assert {m.label: m.weight for m in pinned} == {"Sports": 1.0, "Travel": 1.0}
    assert all(m.lift is None for m in pinned)    # not checked, so no lift to show


SUPPLEMENTS = "protein and supplements"
NUTRITION = "Sports Nutrition & Supplements"  # on the fixtures, lift ~0.3 for SUPPLEMENTS


@pytest.fixture(scope="module")
def client(settings, matcher):
    with TestClient(create_app(settings, matcher=matcher),
                    headers={"Authorization": f"Bearer {READER_KEY}"}) as c:
        yield c


def test_the_api_weakens_a_label_the_phrases_audiences_do_not_hold(client, matcher, encoder):
    """Through POST /v1/shortlists on the bundled fixtures: 'protein and supplements' reaches
    'Sports Nutrition & Supplements' by text, the audiences of the creators nearest the phrase
    do not over-index on it, and the shortlist counts it at half its text weight."""
    snapshot = matcher.snapshot
    segment = _home_fitness()
    plain = build_targets(segment, snapshot.catalogue, snapshot.label_emb, encoder)
    text = {m.label: m.weight for m in plain.phrase_matches[SUPPLEMENTS]}
    answer = client.post("/v1/shortlists", json={"segment": segment.model_dump(
        mode="json", exclude_none=True), "k": 5})
    assert answer.status_code == 200, answer.text
    mapping = {m["label"]: m for m in answer.json()["interest_mapping"][SUPPLEMENTS]
               if m["via"] != "audience"}   # the audience path may add a label: tested below
    served = {label: m["weight"] for label, m in mapping.items()}
    assert set(served) == set(text)                              # weakened, none dropped
    assert text[NUTRITION] > 0
    assert served[NUTRITION] == pytest.approx(interests.EVIDENCE_KEEP * text[NUTRITION])
    others = set(text) - {NUTRITION}
    assert others and all(served[label] == text[label] for label in others)
    # the mapping says why: the lift that weakened the label, and those that did not
    assert mapping[NUTRITION]["lift"] < audience_evidence.LIFT_MIN
    assert all(mapping[label]["lift"] >= audience_evidence.LIFT_MIN for label in others)


def test_the_explanation_says_why_a_label_counts_half(matcher, encoder):
    snapshot = matcher.snapshot
    targets = build_targets(_home_fitness(), snapshot.catalogue, snapshot.label_emb, encoder,
                            text_emb=snapshot.text_emb)
    texts = {label: match_parts(targets).texts[column][1]
             for column, label in enumerate(snapshot.catalogue.label_vocab)
             if column in targets.label_matches}
    lift = next(m.lift for m in targets.phrase_matches[SUPPLEMENTS] if m.label == NUTRITION)
    assert lift is not None
    assert texts[NUTRITION].endswith(f", audience lift {lift:.2f} < 1.0: weight halved)")
    assert all("audience lift" not in text for label, text in texts.items()
               if label != NUTRITION)


def test_a_live_delta_weighs_a_label_as_the_snapshot_does(matcher, encoder, subset_roster):
    """A creator added since the snapshot, in a real live delta part, reporting the weakened
    label (written in lower case, as labels are matched without case) and one the snapshot
    supports: each weighs what the snapshot's label does, in the delta's targets and in the
    shortlist's mapping."""
    segment = _home_fitness()
    template = next(p for p in read(subset_roster).accepted if p.audience.interests)
    lower = NUTRITION.lower()
    added = template.model_copy(update={
        "id": "delta-nutrition", "handle": "deltanutrition",
        "audience": template.audience.model_copy(update={
            "countries": {"IN": 0.9}, "interests": {lower: 0.5, "Fitness & Gym": 0.3}})})
    view = make_view(matcher.snapshot, [Change(1, added.id, added)], 1, encoder)
    assert len(view.parts) == 2
    targets, _, _ = matcher.shortlister.prepared(segment, view)
    snapshot_weight = dict(zip(view.parts[0].catalogue.label_vocab, targets[0].labels,
                               strict=True))
    delta_weight = dict(zip(view.parts[1].catalogue.label_vocab, targets[1].labels,
                            strict=True))
    assert snapshot_weight[NUTRITION] == pytest.approx(0.5 * snapshot_weight["Fitness & Gym"])
    assert delta_weight[lower] == pytest.approx(snapshot_weight[NUTRITION])
    assert delta_weight["Fitness & Gym"] == pytest.approx(snapshot_weight["Fitness & Gym"])
    answer = matcher.shortlister.shortlist(view, segment, False, 5, resolve_weights(None),
                                           "fit").to_dict()
    served = {m["label"]: m["weight"] for m in answer["interest_mapping"][SUPPLEMENTS]}
    assert served[lower] == pytest.approx(served[NUTRITION])


def test_a_batch_chunk_weighs_labels_as_the_api_does(matcher, encoder):
    snapshot = matcher.snapshot
    segment = _home_fitness()
    api = build_targets(segment, snapshot.catalogue, snapshot.label_emb, encoder,
                        text_emb=snapshot.text_emb)
    assert api.labels is not None
    context = build_context(encoder, snapshot.catalogue, snapshot.label_emb, [segment], None,
                            text_emb=snapshot.text_emb)
    batch = context.segments[0].label_matches
    np.testing.assert_array_equal(
        np.array([batch[label][0] for label in snapshot.catalogue.label_vocab],
                 dtype=np.float32), api.labels)


# The audience path (variant E2 of docs/design-notes/2026-12-03-audience-path.md): the label
# the audiences of the creators nearest a phrase over-index on most counts too, via "audience".
BEEKEEPING = "beekeeping"   # no label of LABELS matches it by text


def test_a_phrase_no_label_matches_by_text_reaches_the_label_its_audiences_hold(
        labels_matcher, encoder):
    segment = Segment(name="Beekeepers", interests=[BEEKEEPING, "yoga flows"])
    phrases = encoder.encode(segment.interests)
    lift = np.full((len(LABELS), 2), 0.5, dtype=np.float32)
    lift[LABELS.index("Food & Drink"), 0] = 3.0
    lift[LABELS.index("Travel"), 0] = 2.5   # over-indexed, but not the most
    found = labels_matcher.match(segment, phrases, lift=lift)
    assert found.unmatched == []
    [match] = found.by_phrase(LABELS, segment.interests)[BEEKEEPING]
    assert (match.label, match.via) == ("Food & Drink", "audience")
    assert match.weight == pytest.approx(interests.AUDIENCE_PATH_WEIGHT) and match.weight < 1
    assert match.lift == pytest.approx(3.0)
    # with no label over-indexed enough the phrase still matches nothing, and says so
    lift[:, 0] = interests.AUDIENCE_PATH_LIFT - 0.1
    assert labels_matcher.match(segment, phrases, lift=lift).unmatched == [BEEKEEPING]


def test_the_audience_path_never_lowers_a_text_match(labels_matcher, encoder):
    segment = Segment(name="Gadget fans", interests=[GADGETS])
    phrase = encoder.encode([GADGETS])
    text = labels_matcher.match(segment, phrase).by_phrase(LABELS, [GADGETS])[GADGETS]
    lift = np.full((len(LABELS), 1), 1.0, dtype=np.float32)
    lift[LABELS.index(text[0].label)] = 3.0       # the top label by lift is a full text match
    found = labels_matcher.match(segment, phrase, lift=lift).by_phrase(LABELS, [GADGETS])
    assert {(m.label, m.weight, m.via) for m in found[GADGETS]} == {
        (m.label, m.weight, m.via) for m in text}


def test_a_text_match_the_phrases_audiences_do_not_hold_counts_half_beside_their_label(
        labels_matcher, encoder):
    """None of the phrase's text labels is held by its audiences, but they clearly hold
    another label (the audience path): the phrase is judged, so its text labels count half."""
    segment = Segment(name="Gadget fans", interests=[GADGETS])
    phrase = encoder.encode([GADGETS])
    text = labels_matcher.match(segment, phrase).by_phrase(LABELS, [GADGETS])[GADGETS]
    held = next(label for label in LABELS if label not in {m.label for m in text})
    lift = np.full((len(LABELS), 1), 0.3, dtype=np.float32)
    lift[LABELS.index(held)] = 3.0
    found = labels_matcher.match(segment, phrase, lift=lift).by_phrase(LABELS, [GADGETS])
    weights = {m.label: m.weight for m in found[GADGETS]}
    assert weights.pop(held) == pytest.approx(interests.AUDIENCE_PATH_WEIGHT)
    assert weights == pytest.approx({m.label: interests.EVIDENCE_KEEP * m.weight for m in text})
    assert all(m.weakened for m in found[GADGETS] if m.label != held)


def test_the_audience_path_picks_one_label_or_several_as_set():
    """"Binance traders": an off-map label's lift (12.6) edges out the two labels the phrase
    means (11.4, 11.2). The default takes the one of the highest lift; the ratio and joint
    picks (docs/design-notes/2026-12-03-interest-multi.md) take several, weighted below 0.5."""
    lift = np.array([[12.6], [11.4], [11.2], [3.0], [1.5]], dtype=np.float32)
    joint = np.array([[0.2], [1.0], [0.7], [0.9], [1.0]], dtype=np.float32)
    text = np.zeros_like(lift)

    def path(pick: str) -> list[float]:
        return audience_evidence.audience_path(text, lift, 1, 2.0, 0.5, False, pick, 0.7,
                                               joint, 0.6)[:, 0].round(3).tolist()

    assert interests.AUDIENCE_PATH_PICK == "joint"
    assert path("top") == [0.5, 0.0, 0.0, 0.0, 0.0]
    assert path("ratio") == pytest.approx([0.5, 0.5 * 11.4 / 12.6, 0.5 * 11.2 / 12.6, 0, 0],
                                          abs=1e-3)
    # a label under the path's lowest lift (1.5 < 2.0) is never taken, whatever its fit
    assert path("joint") == pytest.approx([0.0, 0.5, 0.35, 0.45, 0.0])
    assert path("top+joint") == pytest.approx([0.5, 0.5, 0.35, 0.45, 0.0])


def test_a_joint_fit_that_did_not_converge_takes_the_top_label_and_a_bad_pick_is_refused():
    lift = np.array([[12.6], [11.4], [1.5]], dtype=np.float32)
    failed = np.full((3, 1), np.nan, dtype=np.float32)
    path = audience_evidence.audience_path(np.zeros_like(lift), lift, 1, 2.0, 0.5, False,
                                           "joint", 0.7, failed, 0.6)
    assert path[:, 0].tolist() == [0.5, 0.0, 0.0]
    with pytest.raises(ValueError, match="Joint"):
        audience_evidence.audience_path(np.zeros_like(lift), lift, 1, 2.0, 0.5, False,
                                        "Joint", 0.7, failed, 0.6)


def test_the_joint_pick_reaches_the_shortlists_labels_as_set(matcher, encoder, monkeypatch):
    """With AUDIENCE_PATH_PICK "joint", a segment's phrase takes through the audience path
    the labels of the joint fit, each at half its weight, as build_targets computes it."""
    monkeypatch.setattr(interests, "AUDIENCE_PATH_PICK", "joint")
    fits: list[np.ndarray] = []
    fit = AudienceEvidence.joint

    def recorded(self, near):
        fits.append(fit(self, near))
        return fits[-1]

    monkeypatch.setattr(AudienceEvidence, "joint", recorded)
    snapshot = matcher.snapshot
    segment = Segment(name="Joint pick beekeepers", interests=[BEEKEEPING])
    targets = build_targets(segment, snapshot.catalogue, snapshot.label_emb, encoder,
                            text_emb=snapshot.text_emb)
    [joint] = fits
    column = {label: row for row, label in enumerate(snapshot.catalogue.label_vocab)}
    taken = [m for m in targets.phrase_matches[BEEKEEPING] if m.via == "audience"]
    assert taken
    for match in taken:
        weight = float(joint[column[match.label], 0])
        assert weight >= interests.AUDIENCE_PATH_JOINT_MIN
        assert match.weight == pytest.approx(interests.AUDIENCE_PATH_WEIGHT * weight, abs=1e-3)


def test_the_joint_fit_credits_the_label_that_explains_the_nearest_creators():
    """Two labels over-index among the creators nearest a phrase; one is held by every one of
    them and by no one else, the other by them and by half the rest: with the first in the
    fit the second adds nothing, though its lift alone is above 1."""
    rng = np.random.default_rng(0)

    def unit(rows: np.ndarray) -> np.ndarray:
        return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)

    near = unit(np.array([1.0, 0, 0, 0]) + 0.05 * rng.normal(size=(50, 4)))
    rest = unit(np.array([0, 1.0, 0, 0]) + 0.05 * rng.normal(size=(150, 4)))
    shares = np.zeros((200, 3), dtype=np.float32)
    shares[:50, 0] = 0.5
    shares[:50, 1], shares[50:125, 1] = 0.3, 0.3
    shares[:, 2] = rng.uniform(0, 0.2, size=200)
    evidence = AudienceEvidence(np.vstack([near, rest]), shares, shares.mean(axis=0))
    phrase = np.array([[1.0, 0, 0, 0]], dtype=np.float32)
    assert evidence.nearest(phrase)[:, 0].tolist() == [1.0] * 50 + [0.0] * 150
    assert evidence.lift(phrase)[1, 0] > 1.5
    joint = evidence.joint(evidence.nearest(phrase))[:, 0]
    assert joint[0] == pytest.approx(1.0) and joint[1] < 0.05 and joint[2] < 0.05


def test_a_pin_overrides_the_audience_path(labels_matcher, encoder):
    segment = Segment(name="Beekeepers", interests=[BEEKEEPING],
                      interest_labels={BEEKEEPING: ["Travel"]})
    lift = np.full((len(LABELS), 1), 0.5, dtype=np.float32)
    lift[LABELS.index("Food & Drink"), 0] = 3.0
    found = labels_matcher.match(segment, encoder.encode(segment.interests), lift=lift)
    assert [(m.label, m.via) for m in found.by_phrase(LABELS, [BEEKEEPING])[BEEKEEPING]] == [
        ("Travel", "pinned")]


ORIGAMI = "origami"   # on the fixtures no label matches it by text; its nearest bios do


def _origami(id_: str, **fields) -> Segment:
    return Segment(id=id_, name="Origami", interests=[ORIGAMI], countries=["IN"],
                   **fields)


def test_a_segment_without_a_name_is_told_its_lift_is_read_over_the_phrase_alone(client):
    """Without a name there is no context to write a phrase in: the explanation and the
    warning say the lift rests on the creators nearest the phrase alone."""
    segment = Segment(id="origami-nameless", interests=[ORIGAMI], countries=["IN"])
    body = client.post("/v1/shortlists", json={"segment": segment.model_dump(
        mode="json", exclude_none=True), "k": 5}).json()
    mapped = body["interest_mapping"][ORIGAMI]
    assert mapped and all(m["via"] == "audience" for m in mapped)
    alone = "the 50 reference creators whose bios and categories are nearest it, lift"
    lines = [line for result in body["results"] for line in result["summary"]
             if "through the audiences" in line]
    assert lines and all(alone in line and "segment's name" not in line for line in lines)
    [warned] = [w for w in body["warnings"] if w["code"] == "audience-only-interest"]
    assert "segment's name" not in warned["message"] and "nearest it over-index" in \
        warned["message"]


def test_the_api_reaches_a_label_through_the_phrases_audiences(client, matcher, encoder,
                                                                monkeypatch):
    """Through POST /v1/shortlists on the bundled fixtures: 'origami' matches no label by
    text; the labels of the joint fit of the creators nearest it (those at 0.6 of the largest
    weight or more, with a lift of 2 or more) are matched at half their weight, named with
    their lift and the creators they rest on, and warned about."""
    snapshot = matcher.snapshot
    evidence = audience_evidence.audience_evidence(snapshot.catalogue, snapshot.text_emb)
    assert evidence is not None
    segment = _origami("origami-api")
    # the lift over the creators nearest the phrase, averaged with the lift over those nearest
    # it written with the segment's name (interests.LIFT_READ "both")
    in_context = encoder.encode([context_text(segment, ORIGAMI)])
    alone = encoder.encode([ORIGAMI])
    lift = ((evidence.lift(alone) + evidence.lift(in_context)) / 2)[:, 0]
    joint = evidence.joint((evidence.nearest(alone) + evidence.nearest(in_context)) / 2)[:, 0]
    taken = (joint >= interests.AUDIENCE_PATH_JOINT_MIN) & (lift >= interests.AUDIENCE_PATH_LIFT)
    expected = {snapshot.catalogue.label_vocab[r]: interests.AUDIENCE_PATH_WEIGHT * joint[r]
                for r in np.flatnonzero(taken)}
    top = int(np.argmax(np.where(taken, joint, -1.0)))
    assert expected
    answer = client.post("/v1/shortlists", json={"segment": segment.model_dump(
        mode="json", exclude_none=True), "k": 5})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    mapped = {m["label"]: m for m in body["interest_mapping"][ORIGAMI]}
    assert {label: m["weight"] for label, m in mapped.items()} == pytest.approx(
        expected, abs=1e-3)
    best = mapped[snapshot.catalogue.label_vocab[top]]
    assert best["via"] == "audience"
    assert best["lift"] == pytest.approx(float(lift[top]), abs=1e-3)
    assert best["creators"] == list(evidence.nearest_ids(in_context)[0])
    assert len(best["creators"]) == audience_evidence.PATH_CREATORS_SHOWN
    assert [w["code"] for w in body["warnings"]].count("audience-only-interest") == 1
    stated = (f"through the audiences of the reference creators whose bios and categories "
              f"are nearest it, alone and written with the segment's name (50 each), "
              f"lift {lift[top]:.2f}, weight {expected[best['label']]:.2f}")
    assert any(ORIGAMI in line and stated in line
               for result in body["results"] for line in result["summary"])
    # without the path the phrase matches nothing and the interest factor is left out
    monkeypatch.setattr(interests, "AUDIENCE_PATH", None)
    plain = client.post("/v1/shortlists", json={"segment": _origami(
        "origami-api-off").model_dump(mode="json", exclude_none=True), "k": 5}).json()
    assert plain["interest_mapping"][ORIGAMI] == []
    assert "unmatched-interest" in [w["code"] for w in plain["warnings"]]


def test_an_empty_pin_forbids_the_audience_path_too(client):
    forbidden = _origami("origami-forbidden", interest_labels={ORIGAMI: []})
    answer = client.post("/v1/shortlists", json={"segment": forbidden.model_dump(
        mode="json", exclude_none=True), "k": 5})
    assert answer.status_code == 200, answer.text
    assert answer.json()["interest_mapping"][ORIGAMI] == []


def test_a_pin_overrides_the_audience_path_in_the_api(client):
    pinned = _origami("origami-pinned", interest_labels={ORIGAMI: ["Luxury Travel"]})
    answer = client.post("/v1/shortlists", json={"segment": pinned.model_dump(
        mode="json", exclude_none=True), "k": 5})
    assert answer.status_code == 200, answer.text
    mapping = answer.json()["interest_mapping"][ORIGAMI]
    assert [(m["via"], m["weight"]) for m in mapping] == [("pinned", 1.0)]


def test_a_batch_chunk_and_a_live_delta_weigh_an_audience_label_as_the_api_does(
        matcher, encoder, subset_roster):
    snapshot = matcher.snapshot
    segment = _origami("origami-batch")
    api = build_targets(segment, snapshot.catalogue, snapshot.label_emb, encoder,
                        text_emb=snapshot.text_emb)
    matches = api.phrase_matches[ORIGAMI]
    assert matches and all(m.via == "audience" for m in matches)
    context = build_context(encoder, snapshot.catalogue, snapshot.label_emb, [segment], None,
                            text_emb=snapshot.text_emb)
    batch = context.segments[0].label_matches
    for match in matches:
        assert batch[match.label][0] == pytest.approx(match.weight, abs=1e-3)
        assert batch[match.label][1] is not None and batch[match.label][1].via == "audience"
    match = matches[0]
    # a creator added since the snapshot reports the label in lower case
    template = next(p for p in read(subset_roster).accepted if p.audience.interests)
    added = template.model_copy(update={
        "id": "delta-origami", "handle": "deltaorigami",
        "audience": template.audience.model_copy(update={
            "countries": {"IN": 0.9}, "interests": {match.label.lower(): 0.5}})})
    view = make_view(snapshot, [Change(1, added.id, added)], 1, encoder)
    targets, _, _ = matcher.shortlister.prepared(segment, view)
    delta = dict(zip(view.parts[1].catalogue.label_vocab, targets[1].labels, strict=True))
    assert delta[match.label.lower()] == pytest.approx(match.weight, abs=1e-3)
    [delta_match] = [m for m in targets[1].phrase_matches[ORIGAMI]
                     if m.label == match.label.lower()]
    assert (delta_match.via, delta_match.creators) == ("audience", match.creators)


def test_a_batch_run_warns_about_an_audience_matched_phrase_as_the_api_does(matcher):
    from matcher.batch import Reference
    from matcher.batch.run import batch_warnings
    from matcher.batch.scorer import EngagementTally

    found = batch_warnings(Reference.of_matcher(matcher), [_origami("origami-batch")],
                           EngagementTally())
    codes = [w["code"] for w in found]
    assert codes.count("audience-only-interest") == 1 and "unmatched-interest" not in codes


RUNNING = ["Running", "Trail running", "Marathon running", "Running clubs", "Jogging",
           "Running shoes", "Road running", "Cooking"]


def test_a_phrase_spread_over_many_labels_shares_out_the_budget(encoder, monkeypatch):
    near_alike = InterestMatcher(RUNNING, encoder.encode(RUNNING), encoder)
    segment = Segment(name="Runners", interests=["running", "home cooking"])
    phrases = encoder.encode(segment.interests)
    monkeypatch.setattr(interests, "MATCH_MARGIN", 0.5)  # every running label counts fully
    unlimited = near_alike.match(segment, phrases).pairs
    assert unlimited is not None and unlimited[:, 0].sum() > 3.0
    monkeypatch.setattr(interests, "PHRASE_WEIGHT_BUDGET", 3.0)
    budgeted = near_alike.match(segment, phrases)
    assert budgeted.pairs is not None
    assert budgeted.pairs[:, 0].sum() == pytest.approx(3.0, rel=1e-5)
    spread = unlimited[:, 0] > 0
    assert np.allclose(budgeted.pairs[spread, 0] / unlimited[spread, 0],
                       3.0 / unlimited[:, 0].sum(), rtol=1e-5)  # proportions kept
    narrow = unlimited[:, 1].sum() <= 3.0
    assert not narrow or np.array_equal(budgeted.pairs[:, 1], unlimited[:, 1])


def test_a_pin_is_never_scaled_by_the_budget(encoder, monkeypatch):
    near_alike = InterestMatcher(RUNNING, encoder.encode(RUNNING), encoder)
    pinned = RUNNING[:5]
    segment = Segment(name="Runners", interests=["running"],
                      interest_labels={"running": pinned})
    monkeypatch.setattr(interests, "PHRASE_WEIGHT_BUDGET", 3.0)
    found = near_alike.match(segment, encoder.encode(segment.interests))
    assert {RUNNING[r]: float(w) for r, w in enumerate(found.weights) if w > 0} == {
        label: 1.0 for label in pinned}


# A phrase the encoder barely knows, read in the segment's context (WEAK_PHRASE_SCORE,
# docs/design-notes/2026-12-04-interest-worst.md).
PETS = ["Dogs & Pets", "Travel", "Cars & Motorbikes", "Food & Drink", "Video Games"]
CRUFTS = Segment(name="Dog show-goers in the UK", interests=["Crufts visitors", "road trips"])


def test_a_phrase_the_encoder_barely_knows_is_read_in_the_segments_context(encoder,
                                                                           monkeypatch):
    pets = InterestMatcher(PETS, encoder.encode(PETS), encoder)
    phrases = encoder.encode(CRUFTS.interests)
    by_text = pets.match(CRUFTS, phrases)  # the default: a dog show's name reaches travel
    assert by_text.phrase_labels(PETS, CRUFTS.interests)["Crufts visitors"] == ["Travel"]
    monkeypatch.setattr(interests, "WEAK_PHRASE_SCORE", 0.5)
    found = pets.match(CRUFTS, phrases)
    assert found.weak is not None and found.weak.tolist() == [True, False]
    assert found.phrase_labels(PETS, CRUFTS.interests) == {
        "Crufts visitors": ["Dogs & Pets"], "road trips": ["Travel"]}
    unnamed = Segment(interests=CRUFTS.interests)
    assert not pets.weak(unnamed, phrases).any()  # no name, no context to read it in


@pytest.mark.parametrize("weak_lifts", ["context", "default"])
def test_a_weak_phrases_audiences_are_read_as_weak_phrase_lifts_says(matcher, encoder,
                                                                     monkeypatch, weak_lifts):
    """"context": in context only (I1, I2); "default": as every other phrase's (J1, J2)."""
    monkeypatch.setattr(interests, "WEAK_PHRASE_SCORE", 0.5)
    monkeypatch.setattr(interests, "WEAK_PHRASE_LIFTS", weak_lifts)
    snapshot = matcher.snapshot
    targets = build_targets(CRUFTS, snapshot.catalogue, snapshot.label_emb, encoder,
                            text_emb=snapshot.text_emb)
    assert targets.phrase_weak is not None and targets.label_lift is not None
    evidence = audience_evidence.audience_evidence(snapshot.catalogue, snapshot.text_emb)
    assert evidence is not None
    context = encoder.encode([context_text(CRUFTS, p) for p in CRUFTS.interests])
    in_context = evidence.lift_over(evidence.nearest_rows(context))
    both = (in_context + evidence.lift_over(evidence.nearest_rows(
        encoder.encode(CRUFTS.interests)))) / 2
    lift = np.array([targets.label_lift[label.casefold()]
                     for label in snapshot.catalogue.label_vocab])
    for p, weak in enumerate(targets.phrase_weak.tolist()):
        read_in_context = weak and weak_lifts == "context"
        np.testing.assert_allclose(lift[:, p], (in_context if read_in_context else both)[:, p],
                                   rtol=1e-5, equal_nan=True)
    assert targets.phrase_weak.tolist() == [True, False]
    crufts = targets.phrase_matches["Crufts visitors"]
    assert "Dogs & Puppies" in [m.label for m in crufts if m.via in ("direct", "context")]


def test_a_live_delta_reads_the_snapshots_weak_phrases_in_context(matcher, encoder,
                                                                  subset_roster, monkeypatch):
    monkeypatch.setattr(interests, "WEAK_PHRASE_SCORE", 0.5)
    template = next(p for p in read(subset_roster).accepted if p.audience.interests)
    added = template.model_copy(update={"id": "delta-dogs", "handle": "deltadogs"})
    view = make_view(matcher.snapshot, [Change(1, added.id, added)], 1, encoder)
    targets, _, _ = matcher.shortlister.prepared(CRUFTS, view)
    assert targets[0].phrase_weak is not None and targets[1].phrase_weak is not None
    assert targets[1].phrase_weak.tolist() == targets[0].phrase_weak.tolist() == [True, False]


# Which lift the audience path reads, and phrases it skips
# (docs/design-notes/2026-12-04-interest-smoothed-lift.md, S1-S3; off by default).

def test_a_label_few_nearest_creators_hold_has_a_low_lower_bound_lift():
    """Two labels with the same point lift among a phrase's 50 nearest creators: one held by
    3 of them at 0.5, the other by 25 at 0.06. The lower bound keeps most of the second's
    lift and little of the first's; the pseudo-count lift shrinks both toward 1 alike."""
    near = np.tile(np.array([[1.0, 0.0]], dtype=np.float32), (50, 1))
    rest = np.tile(np.array([[0.0, 1.0]], dtype=np.float32), (450, 1))
    shares = np.zeros((500, 2), dtype=np.float32)
    shares[:3, 0] = 0.5                       # rare: 3 of the 50 nearest
    shares[:25, 1] = 0.06                     # common among them: 25 of 50
    shares[50:53, 0], shares[50:75, 1] = 0.05, 0.006   # and a little elsewhere
    evidence = AudienceEvidence(np.vstack([near, rest]), shares, shares.mean(axis=0))
    rows = evidence.nearest_rows(np.array([[1.0, 0.0]], dtype=np.float32))
    point = evidence.lift_over(rows)[:, 0]
    assert point[0] == pytest.approx(point[1], rel=1e-3) and point[0] > 5
    lower = evidence.lift_lower_over(rows, 1.645)[:, 0]
    assert lower[0] < 0.2 * point[0] and lower[1] > 0.5 * point[1]
    assert audience_evidence.pseudo_count_lift(point, 50, 50.0) == pytest.approx(
        (point + 1) / 2)


def test_the_audience_path_judges_the_lift_it_is_given_and_shows_the_point_lift(
        labels_matcher, encoder):
    segment = Segment(name="Beekeepers", interests=[BEEKEEPING])
    phrases = encoder.encode(segment.interests)
    lift = np.full((len(LABELS), 1), 0.5, dtype=np.float32)
    lift[LABELS.index("Food & Drink"), 0] = 3.0
    [match] = labels_matcher.match(segment, phrases, lift=lift,
                                   path_lift=lift).by_phrase(LABELS, [BEEKEEPING])[BEEKEEPING]
    assert (match.label, match.via, match.lift) == ("Food & Drink", "audience", 3.0)
    smoothed = lift.copy()
    smoothed[LABELS.index("Food & Drink"), 0] = interests.AUDIENCE_PATH_LIFT - 0.1
    found = labels_matcher.match(segment, phrases, lift=lift, path_lift=smoothed)
    assert found.unmatched == [BEEKEEPING]


@pytest.mark.parametrize("skip", [False, True])
def test_the_path_skips_a_phrase_whose_text_match_its_audiences_support_when_set(
        labels_matcher, encoder, monkeypatch, skip):
    monkeypatch.setattr(interests, "PATH_ONLY_UNSUPPORTED", skip)
    segment = Segment(name="Gadget fans", interests=[GADGETS, BEEKEEPING])
    phrases = encoder.encode(segment.interests)
    text = labels_matcher.match(segment, phrases).by_phrase(LABELS, segment.interests)[GADGETS]
    other = next(label for label in LABELS if label not in {m.label for m in text})
    lift = np.full((len(LABELS), 2), 0.5, dtype=np.float32)
    lift[LABELS.index(text[0].label), 0] = interests.AUDIENCE_PATH_LIFT   # supported text
    lift[LABELS.index(other), :] = 5.0       # the path's label for both phrases
    found = labels_matcher.match(segment, phrases, lift=lift).by_phrase(LABELS,
                                                                        segment.interests)
    gadget_path = [m.label for m in found[GADGETS] if m.via == "audience"]
    assert gadget_path == ([] if skip else [other])
    # a phrase no text label matches is never supported by its text: it keeps its path label
    assert [m.label for m in found[BEEKEEPING]] == [other]


def test_the_path_lift_setting_reaches_the_shortlists_targets(matcher, encoder, monkeypatch):
    """With PATH_LIFT_SMOOTHING set, build_targets hands the path the smoothed lift: with a
    pseudo-count far larger than the 50 creators every lift is about 1 and the path takes
    nothing; the explanation's lifts stay the point lifts. An unknown value is refused."""
    snapshot = matcher.snapshot
    segment = Segment(name="Smoothed-lift beekeepers", interests=[BEEKEEPING])

    def targets():
        return build_targets(segment, snapshot.catalogue, snapshot.label_emb, encoder,
                             text_emb=snapshot.text_emb)

    assert any(m.via == "audience" for m in targets().phrase_matches[BEEKEEPING])
    point = targets().label_lift
    monkeypatch.setattr(interests, "PATH_LIFT_SMOOTHING", "pseudo")
    monkeypatch.setattr(interests, "PATH_LIFT_PSEUDO", 1e9)
    found = targets()
    assert not any(m.via == "audience" for m in found.phrase_matches[BEEKEEPING])
    assert found.label_lift is not None and point is not None
    assert all(np.allclose(found.label_lift[k], point[k], equal_nan=True) for k in point)
    monkeypatch.setattr(interests, "PATH_LIFT_SMOOTHING", "lower")
    assert targets() is not None
    monkeypatch.setattr(interests, "PATH_LIFT_SMOOTHING", "bayes")
    with pytest.raises(ValueError, match="bayes"):
        targets()
