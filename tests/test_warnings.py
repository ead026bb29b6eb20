"""Every shortlist says what a planner should know: each warning a documented code and a
sentence with the answer's figures."""

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from matcher.api.app import create_app
from matcher.contracts.profiles import Segment
from matcher.matching.warnings import WARNING_CODES
from matcher.search.selection import RowFilter
from matcher.service.warnings import Baseline, shortlist_warnings
from tests.conftest import EDITOR_KEY, READER_KEY
from tests.test_live import creator, live  # noqa: F401  (the fixture)

EDITOR = {"Authorization": f"Bearer {EDITOR_KEY}"}
READER = {"Authorization": f"Bearer {READER_KEY}"}
ROOT = Path(__file__).resolve().parents[1]


def codes(result: dict) -> dict[str, str]:
    return {w["code"]: w["message"] for w in result["warnings"]}


def test_a_segment_no_audience_holds_is_weak_and_micro_and_claims_no_confidence(matcher):
    beekeepers = {"name": "Men 65+ in Iceland into beekeeping", "ages": ["65+"],
                  "genders": ["male"], "countries": ["IS"], "interests": ["beekeeping"]}
    result = matcher.shortlist(beekeepers, k=10).to_dict()
    found = codes(result)
    assert "micro-segment" in found and "segment members are estimated" in found["micro-segment"]
    assert all(r["segment_share"] == 0 for r in result["results"])  # none in this world
    assert "no creator listed has any of its audience" in found["weak-match"]
    for record in result["results"]:
        assert record["confidence"] == 0.0
        assert any("no share to be confident in" in line for line in record["summary"])


def test_a_well_served_bundled_segment_raises_no_quality_warning(matcher):
    result = matcher.shortlist("eco-parents-na", k=10).to_dict()
    assert not {"weak-match", "micro-segment", "empty", "short"} & set(codes(result))
    assert all(r["confidence"] > 0 for r in result["results"])


@pytest.mark.parametrize("best, average, weak", [
    (0.05, 0.04, True),    # barely above a random creator's share
    (0.09, 0.05, True),    # under twice the average
    (0.11, 0.05, False),
    (0.75, 0.60, True),    # a broad segment: under halfway from the average to 100%
    (0.85, 0.60, False),
])
def test_a_list_no_better_than_a_random_pick_is_a_weak_match(matcher, best, average, weak):
    targets = matcher.shortlister.prepared(Segment(name="Women", genders=["female"]),
                                        matcher.view)[0]
    passing = [RowFilter(None, 5000, None)]
    results = [{"segment_share": share, "factor_shares": {"gender": {"reported": True}}}
               for share in (best, best / 2)]
    found = shortlist_warnings(targets[:1], passing, results, 2, 5000,
                               Baseline(average, 100.0, 2000))
    assert ("weak-match" in {w["code"] for w in found}) is weak


def test_a_list_resting_on_estimates_says_so(live):  # noqa: F811
    """Creators reported with only a top audience country, ranked first by reach."""
    segment = {"name": "US audiences", "countries": ["US"]}
    with TestClient(create_app(live.settings, matcher=live)) as api:
        for i in range(6):
            row = creator(f"top-us-{i}", followers=900_000_000,
                          audience={"top_countries": ["US"]})
            assert api.put(f"/v1/influencers/top-us-{i}", json=row,
                           headers=EDITOR).status_code == 201
        result = api.post("/v1/shortlists", headers=READER,
                          json={"segment": segment, "k": 10, "rank_by": "reach"}).json()
    assert sum(r["id"].startswith("top-us-") for r in result["results"]) == 6
    assert codes(result)["inferred"].startswith("6 of the 10 creators listed")


def test_every_warning_code_is_documented():
    api_doc = (ROOT / "docs" / "api.md").read_text()
    for code, sentence in WARNING_CODES.items():
        assert f"`{code}`" in api_doc, code
        assert sentence.split(":")[0][:40] in api_doc, code


def test_a_pinned_label_no_creator_reports_is_named(matcher):
    segment = {"name": "Yoga", "countries": ["US"], "interests": ["yoga"],
               "interest_labels": {"yoga": ["Underwater Yoga"]}}
    found = codes(matcher.shortlist(segment, k=5).to_dict())
    assert "'Underwater Yoga'" in found["unknown-pin"]


def test_every_phrase_a_summary_names_matched_a_label_with_weight(matcher):
    for segment_id in sorted(matcher.segments):
        result = matcher.shortlist(segment_id, k=5).to_dict()
        matched = {phrase for phrase, labels in result["interest_mapping"].items()
                   if any(m["weight"] > 0 for m in labels)}
        for record in result["results"]:
            for line in record["summary"]:
                if "hold interests matching" in line:
                    named = set(re.findall(r"'([^']+)'", line.split("matching", 1)[1]))
                    assert named and named <= matched, (segment_id, line)


def test_a_phrase_whose_audiences_dispute_every_text_label_is_warned_about(matcher):
    """'quantum basket weaving championships' reaches gaming labels through the taxonomy, but
    the creators nearest it do not over-index on them; 'yoga' reaches labels its audiences
    bear out. Only the first is named, with each disputed label's path and lift."""
    nonsense, plain = "quantum basket weaving championships", "yoga"
    result = matcher.shortlist({"name": "Odd", "countries": ["US"],
                                "interests": [nonsense, plain]}, k=5).to_dict()
    mapping = result["interest_mapping"]
    by_text = {phrase: [m for m in found if m["via"] in ("direct", "context", "taxonomy")]
               for phrase, found in mapping.items()}
    assert by_text[nonsense] and all(m["lift"] < 1 for m in by_text[nonsense])
    assert any(m["lift"] >= 1 for m in by_text[plain])
    message = codes(result)["audience-disputed-interest"]
    for m in by_text[nonsense]:
        assert f"'{m['label']}' ({m['via']}, lift " in message
    assert f"'{plain}'" not in message
