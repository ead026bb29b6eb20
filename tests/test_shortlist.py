"""The core shortlist against the real model and a slice of the bundled catalogue."""

import gc
import re

import numpy as np
import pytest

from matcher.errors import InvalidInput, InvalidSegment, UnknownSegment
from matcher.matching.explain import pct, pcts
from matcher.matching.scoring import FIT_FACTORS

SEGMENT = {
    "id": "yoga-de", "name": "Women 35-54 in Germany into yoga",
    "description": "Women in their late thirties to fifties in Germany who practise yoga, "
                   "meditate and buy organic skincare.",
    "ages": {"min": 35, "max": 54}, "genders": ["female"], "countries": ["DE", "AT", "CH"],
    "interests": ["yoga", "mindfulness", "natural skincare"],
}


def test_every_bundled_segment_gives_k_explained_results(matcher):
    for segment_id in matcher.segments:
        result = matcher.shortlist(segment_id, k=10)
        assert 0 < len(result.results) <= 10
        assert len(result.results) == min(10, result.eligible)
        assert [r["rank"] for r in result.results] == list(range(1, len(result.results) + 1))


def test_contributions_add_up_to_fit(matcher):
    for result in matcher.shortlist(SEGMENT, k=25).results:
        # each figure is rounded to 4 decimals on its own: the sum is off by rounding only
        parts = result["factors"].values()
        total = sum(f["contribution"] for f in parts)
        assert total == pytest.approx(result["fit"], abs=5e-5 * (len(parts) + 1))
        for factor in parts:
            assert factor["contribution"] == pytest.approx(factor["weight"] * factor["value"],
                                                           abs=1e-4)


def test_results_are_sorted_by_the_objective(matcher):
    for rank_by, field in (("fit", "fit"), ("reach", "estimated_reach"),
                           ("share", "segment_share")):
        values = [r[field] for r in matcher.shortlist(SEGMENT, k=30, rank_by=rank_by).results]
        assert values == sorted(values, reverse=True)


def test_reach_is_followers_times_credibility_times_share(matcher):
    for r in matcher.shortlist(SEGMENT, k=10, rank_by="reach").results:
        credibility = r["credibility"] if r["credibility"] is not None else None
        if credibility is not None:
            # as a person checks it: the share shown has 4 decimals, reach whole people
            slack = r["followers"] * credibility * 5e-5 + 0.5
            assert r["estimated_reach"] == pytest.approx(
                r["followers"] * credibility * r["segment_share"], abs=slack)


def test_ranking_by_reach_finds_larger_audiences_than_by_share(matcher):
    by_reach = matcher.shortlist(SEGMENT, k=10, rank_by="reach").results
    by_share = matcher.shortlist(SEGMENT, k=10, rank_by="share").results
    assert sum(r["estimated_reach"] for r in by_reach) > sum(
        r["estimated_reach"] for r in by_share)


def test_weights_change_the_ranking_and_are_reported(matcher):
    default = matcher.shortlist(SEGMENT, k=10)
    content = matcher.shortlist(SEGMENT, k=10, weights={"affinity": 5.0})
    assert content.weights["affinity"] == 5.0
    assert [r["id"] for r in default.results] != [r["id"] for r in content.results]
    top = content.results[0]["factors"]["affinity"]
    assert top["weight"] > default.results[0]["factors"]["affinity"]["weight"]


@pytest.mark.parametrize("weights, field", [({"charisma": 1}, "weights.charisma"),
                                            ({"fit": -1}, "weights.fit")])
def test_bad_weights_name_the_field(matcher, weights, field):
    with pytest.raises(InvalidInput) as caught:
        matcher.shortlist(SEGMENT, k=5, weights=weights)
    assert caught.value.field == field


def test_unknown_segment_id_lists_the_known_ones(matcher):
    with pytest.raises(UnknownSegment, match="eco-parents-na"):
        matcher.shortlist("no-such-segment")


def test_invalid_inline_segment_names_the_field(matcher):
    with pytest.raises(InvalidSegment) as caught:
        matcher.shortlist({"ages": ["18-99"]})
    assert caught.value.field.startswith("ages")
    with pytest.raises(InvalidSegment, match="unknown country"):
        matcher.shortlist({"countries": ["Atlantis"]})


def test_summary_states_only_the_returned_numbers(matcher):
    for r in matcher.shortlist(SEGMENT, k=15).results:
        text = "\n".join(r["summary"])
        for share in r["factor_shares"].values():
            assert pct(share["share"]) in text
        assert pct(r["segment_share"]) in text
        assert f"{r['estimated_reach']:,.0f}" in text
        assert f"{r['followers']:,}" in text
        assert f"fit {r['fit']:.3f}" in text
        assert f"engagement {pct(r['engagement_rate'])}" in text
        for m in r["interest_matches"]:
            assert f"'{m['label']}' {pct(m['share'])}" in text
        for block in r["missing_blocks"]:
            assert f"{block} not reported" in text
        stated = {float(x) for x in re.findall(r"(\d+\.\d{3})(?!%)", text.split("fit ")[-1])}
        contributions = {round(f["contribution"], 3) for f in r["factors"].values()}
        assert stated - {round(r["fit"], 3)} <= contributions


def test_percentages_formatted_together_read_as_one_at_a_time():
    rng = np.random.default_rng(3)
    values = np.concatenate([
        rng.random(20_000), rng.random(20_000) / 10, rng.random(20_000) / 100,
        np.arange(100_001) / 100_000,  # every step of 0.001%: the table's edges and ties
        [0.0, -0.0, 1.0, 0.09995, 0.0995, 0.00995, 0.005, 0.125, 1e-12, -0.02, 1.7, np.nan]])
    assert pcts(values) == [pct(value) for value in values.tolist()]


def test_missing_blocks_lower_confidence_and_are_named(matcher):
    seg = dict(SEGMENT, languages=["de"])
    results = matcher.shortlist(seg, k=200).results
    held = [r for r in results if r["segment_share"] > 0]  # a share of 0 has confidence 0
    missing = [r for r in held if "languages" in r["missing_blocks"]]
    complete = [r for r in held if not r["missing_blocks"]]
    assert missing and complete
    assert max(r["confidence"] for r in missing) < min(r["confidence"] for r in complete)
    for r in missing:
        assert r["factor_shares"]["language"]["reported"] is False
        low, high = r["segment_share_range"]
        assert low <= r["segment_share"] <= high and high > low
    assert all(r["confidence"] == 0 for r in results if r["segment_share"] == 0)


def test_interest_phrases_meet_provider_labels(matcher):
    result = matcher.shortlist(SEGMENT, k=10)
    labels = {m["label"] for r in result.results for m in r["interest_matches"]}
    assert labels & {"Yoga & Pilates", "Mindfulness & Meditation", "Yoga", "Meditation",
                     "Skincare", "Wellness", "Healthy Lifestyle", "Beauty & Cosmetics"}, labels


def test_fit_factors_are_the_documented_ones(matcher):
    result = matcher.shortlist(SEGMENT, k=3)
    assert set(result.weights) == set(FIT_FACTORS)
    assert abs(sum(result.results[0]["factors"][f]["weight"]
                   for f in result.results[0]["factors"]) - 1.0) < 1e-9


def test_first_stage_candidates_hold_the_exact_top(matcher):
    """The FAISS stage keeps the creators an exact scan over everyone would rank first."""
    from matcher.matching.scoring import resolve_weights, score_rows
    from matcher.matching.segments import build_targets

    snap = matcher.snapshot
    catalogue = snap.catalogue
    for segment_id in list(matcher.segments)[:6]:
        seg = matcher.resolve_segment(segment_id)
        result = matcher.shortlist(seg, k=20)
        targets = build_targets(seg, catalogue, snap.label_emb, matcher.encoder,
                                text_emb=snap.text_emb)
        from matcher.matching.filters import allowed_rows
        allowed = allowed_rows(catalogue, targets, seg.filters)
        rows = np.arange(catalogue.size) if allowed is None else np.flatnonzero(allowed)
        scores = score_rows(catalogue, snap.text_emb, targets, rows, resolve_weights(None))
        exact = {catalogue.ids[r] for r in scores.rows[np.argsort(-scores.fit)[:20]]}
        found = {r["id"] for r in result.results}
        assert len(exact & found) >= 19, segment_id


def test_shortlists_run_without_a_garbage_collection_halfway(matcher):
    matcher.shortlist(SEGMENT, k=50)
    gc.collect()  # counts start from zero
    before = [generation["collections"] for generation in gc.get_stats()]
    for _ in range(5):
        result = matcher.shortlist(SEGMENT, k=50)
    assert len(result.results) == 50
    assert [generation["collections"] for generation in gc.get_stats()] == before


def test_a_tiny_share_is_shown_as_tiny_not_as_none(matcher):
    """A share under 0.0001 keeps two significant digits and its confidence; only a share of
    exactly 0 reads as none of the audience."""
    from matcher.matching.explain import pcts, round_shares

    assert round_shares(np.array([0.00004, 0.45678, 0.0])).tolist() == [0.00004, 0.4568, 0.0]
    # each tiny share keeps its own two significant digits, wherever it sits in a block
    assert round_shares(np.array([[3.456e-5, 0.5], [7.89e-7, 0.0]])).tolist() == [
        [3.5e-5, 0.5], [7.9e-7, 0.0]]
    assert pcts(np.array([0.00004, 0.0])) == ["<0.01%", "0%"]
    for r in matcher.shortlist(SEGMENT, k=200, rank_by="share").results:
        assert (r["confidence"] == 0) == (r["segment_share"] == 0)


ADULTS = {"id": "adults", "name": "Adults 18-44", "ages": ["18-24", "25-34", "35-44"]}


@pytest.mark.parametrize("segment, weights", [("eco-parents-na", None), (SEGMENT, None),
                                              (ADULTS, {"reach": 20.0})])
def test_a_plans_ranked_figures_are_the_shortlists_when_the_first_stage_is_partial(
        matcher, monkeypatch, segment, weights):
    """A plan reads the same creators and figures as the fit and reach shortlists, also when
    the first stage takes part of the catalogue (the fit ranking ranks its creators alone,
    the reach ranking adds the largest audiences; a fit weighted to reach, which the first
    stage does not see, would prefer some of those)."""
    monkeypatch.setattr(matcher.settings, "candidate_pool", 1)
    k = 10
    by_fit, by_reach = matcher.ranked_figures(segment, k, weights, rank_bys=("fit", "reach"))
    for rank_by, figures in (("fit", by_fit), ("reach", by_reach)):
        shortlist = matcher.shortlist(segment, k=k, weights=weights, rank_by=rank_by)
        if rank_by == "fit":
            assert shortlist.candidates == k * matcher.settings.candidate_factor
            assert shortlist.candidates < shortlist.eligible
        results = shortlist.results
        assert figures.ids == [r["id"] for r in results]
        assert figures.fit.tolist() == [r["fit"] for r in results]
        assert figures.reach.tolist() == [r["estimated_reach"] for r in results]
        assert figures.segment_share.tolist() == [r["segment_share"] for r in results]
        assert figures.share_range.tolist() == [list(r["segment_share_range"])
                                                for r in results]


def test_a_reach_shortlist_holds_only_creators_the_filters_let_through(matcher):
    narrow = {**SEGMENT, "id": "yoga-de-small", "filters": {"followers": {"max": 100_000}}}
    results = matcher.shortlist(narrow, k=50, rank_by="reach").results
    assert results
    assert all(r["followers"] is None or r["followers"] <= 100_000 for r in results)


def test_the_largest_audiences_are_those_of_a_known_size():
    """A reach ranking adds the largest audiences (followers x credibility, the median where
    unknown, an assumed credibility where no creator reports one) to its first stage."""
    from types import SimpleNamespace

    from matcher.matching.catalogue import Catalogue

    largest = Catalogue.by_real_followers.func
    known = SimpleNamespace(followers=np.array([10, 30, 20, 30]), credibility_fill=0.5,
                            credibility=np.array([1.0, np.nan, 0.5, 0.5]))
    assert largest(known).tolist() == [1, 3, 0, 2]
    unknown = SimpleNamespace(followers=np.array([10, 30, 20]), credibility_fill=0.8,
                              credibility=np.full(3, np.nan))
    assert largest(unknown).tolist() == [1, 2, 0]
