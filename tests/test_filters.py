"""Hard filters run inside the FAISS search: a selective filter still returns k."""

import numpy as np

from matcher.matching.catalogue import PLATFORMS

BASE = {"name": "Gamers", "ages": ["13-17", "18-24"], "interests": ["video games"]}


def test_selective_filter_still_returns_k(matcher):
    catalogue = matcher.snapshot.catalogue
    twitch = int((catalogue.platform == PLATFORMS.index("twitch")).sum())
    assert twitch >= 20
    seg = dict(BASE, filters={"platforms": ["twitch"]})
    result = matcher.shortlist(seg, k=20)
    assert len(result.results) == 20
    assert {r["platform"] for r in result.results} == {"twitch"}
    assert result.eligible == twitch


def test_every_filter_holds_in_the_results(matcher):
    seg = dict(BASE, countries=["BR", "MX"], filters={
        "platforms": ["tiktok", "instagram"], "followers": {"min": 20_000, "max": 300_000},
        "min_credibility": 0.75, "min_share": {"country": 0.3}})
    result = matcher.shortlist(seg, k=50)
    assert result.results
    for r in result.results:
        assert r["platform"] in ("tiktok", "instagram")
        assert 20_000 <= r["followers"] <= 300_000
        assert r["credibility"] >= 0.75
        assert r["factor_shares"]["country"]["share"] >= 0.3
        assert r["factor_shares"]["country"]["reported"]


def test_filter_with_fewer_passing_than_k_returns_all_that_pass(matcher):
    catalogue = matcher.snapshot.catalogue
    cutoff = int(np.sort(catalogue.followers)[-7])
    seg = dict(BASE, filters={"followers": {"min": cutoff}})
    result = matcher.shortlist(seg, k=50)
    assert len(result.results) == result.eligible == int((catalogue.followers >= cutoff).sum())


def test_excluded_ids_never_appear(matcher):
    first = matcher.shortlist(BASE, k=10)
    excluded = [r["id"] for r in first.results[:5]]
    again = matcher.shortlist(dict(BASE, filters={"exclude_ids": excluded}), k=10)
    assert not set(excluded) & {r["id"] for r in again.results}
    assert len(again.results) == 10


def test_excluded_unknown_credibility_does_not_pass_a_minimum(matcher):
    result = matcher.shortlist(dict(BASE, filters={"min_credibility": 0.0,
                                                   "unknown_credibility": "exclude"}), k=500)
    assert all(r["credibility"] is not None for r in result.results)
