"""Campaign results: the model of performance, results in, refined shortlists, the API."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import numpy as np
import pytest
from fastapi.testclient import TestClient

from matcher.api.app import create_app
from matcher.config import Settings, get_settings
from matcher.errors import InvalidInput, ResultConflict, UnknownCampaign
from matcher.feedback import refine as refine_module
from matcher.feedback.learning import ViewFactors, learn
from matcher.feedback.model import NO_EVIDENCE, Evidence, fit, predictive_interval
from matcher.feedback.pilots import knowledge_gradient, pilot_plan
from matcher.feedback.refine import evidence_line, performance_block, refine, refined_shortlist
from matcher.feedback.results import import_file, import_records
from matcher.reports.results import build_results_page, render_results_html
from matcher.service import Matcher
from matcher.store import ResultRow, SQLiteStore
from tests.conftest import EDITOR_KEY

KNOWN = {"c1", "c2", "c3"}
SEGMENTS = {"eco-parents-na", "pet-parents-us"}


def simulated(seed: int, creators: int, tested: int, posts: int
              ) -> tuple[np.ndarray, np.ndarray, list[Evidence], np.random.Generator]:
    """Creators drawn from the model's own family: features, true rates, and the posts of the
    first ``tested`` creators."""
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(creators, 4))
    beta = np.array([np.log(0.002), 0.5, 0.2, 0.3, 0.0])
    rate = np.exp(beta[0] + x @ beta[1:]) * rng.gamma(2.0, 0.5, creators)
    evidence = []
    for c in range(creators):
        if c >= tested:
            evidence.append(NO_EVIDENCE)
            continue
        members = rng.uniform(3_000, 20_000, posts)
        counts = rng.poisson(rate[c] * members * rng.gamma(15.0, 1 / 15.0, posts))
        evidence.append(Evidence(members, counts))
    return x, rate, evidence, rng


def test_little_evidence_stays_near_the_prediction_much_follows_the_observed_rate():
    x, _, evidence, _ = simulated(3, 200, 80, 2)
    model = fit(x, evidence)
    one = np.zeros((2, x.shape[1]))
    mu = float(model.predict(one[:1])[0])
    observed = 4 * mu  # a creator converting at four times its prediction
    small = Evidence(np.array([100.0]), np.array([round(observed * 100)]))
    large = Evidence(np.full(40, 20_000.0), np.full(40, round(observed * 20_000)))
    posterior = model.posterior(one, [small, large])
    ratio_small, ratio_large = posterior.mean / posterior.prediction
    assert ratio_small < 1.6          # a post to 100 members barely moves it
    assert ratio_large > 3.5          # 800k members: it follows the observed 4x
    assert posterior.high[1] - posterior.low[1] < posterior.high[0] - posterior.low[0]


def test_80_percent_intervals_cover_about_80_percent_of_held_out_posts():
    x, rate, evidence, rng = simulated(5, 400, 150, 1)
    model = fit(x, evidence)
    posterior = model.posterior(x, evidence)
    members = rng.uniform(3_000, 20_000, len(rate))
    held_out = rng.poisson(rate * members * rng.gamma(15.0, 1 / 15.0, len(rate)))
    low, high = predictive_interval(model, posterior, members, rng, draws=500)
    covered = float(np.mean((held_out >= low) & (held_out <= high)))
    assert 0.75 <= covered <= 0.85
    rate_covered = float(np.mean((rate >= posterior.low) & (rate <= posterior.high)))
    assert 0.72 <= rate_covered <= 0.88



def test_results_without_a_single_conversion_give_finite_figures():
    """A first pilot where nobody converted: the rates are small and finite, not NaN."""
    rng = np.random.default_rng(11)
    records = [{"id": f"c{i}", "handle": f"h{i}", "segment_share": float(rng.uniform(0.05, 0.5)),
                "estimated_reach": float(rng.uniform(2_000, 80_000)), "price_usd": 500.0,
                "platform": "instagram", "engagement_vs_median": float(rng.uniform(0.5, 2)),
                "content_affinity": float(rng.uniform(0, 1))} for i in range(30)]
    results = [ResultRow("spring", f"c{i}", "eco-parents-na", day, 500.0, 20_000, 150, 0, 0.0)
               for i in range(10) for day in ("2026-03-02", "2026-03-09")]
    learned = learn(records, results)
    post = learned.posterior
    for values in (post.mean, post.low, post.high, learned.expected_conversions):
        assert np.all(np.isfinite(values)) and np.all(values > 0)
    assert np.all(post.low < post.mean) and np.all(post.mean < post.high)
    tested_members = np.array([ev.total_members for ev in learned.evidence[:10]])
    assert np.all(post.mean[:10] * tested_members < 1)  # under one conversion where none came
    for i in (0, 20):
        assert "nan" not in evidence_line(learned, i, 1, 1)
        json.dumps(performance_block(learned, i), allow_nan=False)
    json.dumps(pilot_plan(learned, 5, None), allow_nan=False)  # what the API serialises

def test_a_creator_with_no_segment_share_neither_teaches_nor_skews_the_others():
    records = [{"id": f"c{i}", "segment_share": 0.1 + 0.02 * i, "estimated_reach": 1_000.0 * i,
                "price_usd": 300.0, "platform": "instagram"} for i in range(1, 13)]
    results = [ResultRow("spring", f"c{i}", "eco-parents-na", "2026-03-02", 300.0, 30_000, 300,
                         5 + i, 0.0) for i in range(1, 6)]
    outsider = {"id": "zero", "segment_share": 0.0, "estimated_reach": 0.0, "price_usd": 300.0,
                "platform": "instagram"}
    converted = ResultRow("spring", "zero", "eco-parents-na", "2026-03-02", 300.0, 30_000, 300,
                          250, 0.0)
    alone = learn(records, results)
    joined = learn([*records, outsider], [*results, converted])
    assert joined.evidence[-1].posts == 0
    np.testing.assert_allclose(joined.posterior.mean[:-1], alone.posterior.mean)
    np.testing.assert_allclose(joined.x[:-1], alone.x)


def test_results_of_creators_outside_the_pool_teach_the_feature_effects():
    """Tested creators outside the ranked pool: their results fit the feature effects (here
    a strong segment-share effect), they are not ranked, and the pool keeps its own scale."""
    rng = np.random.default_rng(4)

    def creator(name: str) -> dict[str, object]:
        return {"id": name, "segment_share": float(rng.uniform(0.05, 0.6)),
                "estimated_reach": float(rng.uniform(5_000, 50_000)), "price_usd": 400.0,
                "platform": "instagram", "engagement_vs_median": 1.0, "content_affinity": 0.5}

    pool = [creator(f"p{i}") for i in range(20)]
    others = [creator(f"o{i}") for i in range(40)]
    results = [ResultRow("spring", str(o["id"]), "eco-parents-na", "2026-03-02", 400.0, 40_000,
                         500, int(rng.poisson(0.02 * float(o["segment_share"]) ** 2 * 40_000
                                              * float(o["segment_share"]))), 0.0)
               for o in others]
    alone = learn(pool, results)
    joined = learn(pool, results, others=others)
    assert alone.learned_from == 0 and joined.learned_from == 40
    assert len(joined.records) == len(pool) and all(ev.posts == 0 for ev in joined.evidence)
    np.testing.assert_allclose(joined.x, alone.x)               # the pool's own scale
    assert np.ptp(np.log(alone.posterior.prediction)) < 1e-9    # nothing to tell them apart
    share = np.array([float(p["segment_share"]) for p in pool])
    assert np.corrcoef(np.log(share), np.log(joined.posterior.prediction))[0, 1] > 0.95
    assert joined.model.beta[1] > 0.5                          # the share effect, learned
    line = evidence_line(joined, 0, 1, 1)
    assert "learned from 40 creators with results" in line
    assert pilot_plan(joined, 2, None)["creators_with_results"] == 40   # as the line says


def test_refined_shortlists_learn_from_tested_creators_outside_their_pool(
        matcher: Matcher, settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    own = SQLiteStore(tmp_path / "catalogue.sqlite")
    assert matcher.store is not None
    own.upsert_profiles(list(matcher.store.iter_profiles()))
    own.put_campaign("spring", "eco-parents-na", "Spring pilot")
    served = Matcher(matcher.snapshot, matcher.encoder, settings, store=own)
    wide = served.shortlist("eco-parents-na", k=60, rank_by="reach").results
    far = wide[50]
    found = served.records_of("eco-parents-na", [far["id"], "nobody"])
    assert [r["id"] for r in found] == [far["id"]]  # scored as a shortlist scores it
    for name in ("segment_share", "estimated_reach", "price_usd", "content_affinity"):
        assert found[0][name] == far[name]
    own.add_results([ResultRow("spring", far["id"], "eco-parents-na", "2026-03-02", 100.0,
                               40_000, 900, 30, 0.0)])
    monkeypatch.setattr(refine_module, "FIT_POOL", 10)  # a pool of 10: the creator is outside
    refined = refined_shortlist(served, "eco-parents-na", 2, "expected_conversions")
    assert far["id"] not in {r["id"] for r in refined.results}
    assert all("learned from 1 creator with results" in r["summary"][0]
               for r in refined.results)
    page = build_results_page(served, "eco-parents-na", pool=10)
    assert page.outside == [far["id"]] and page.unknown == [] and page.creators == []


def test_the_results_page_says_why_each_unshown_creator_is_not_shown(
        matcher: Matcher, settings, tmp_path: Path):
    """A creator with results outside the pool is learned from; one in the catalogue with no
    estimated segment share (in the pool or outside it) is not, as its posts reach no segment
    member by the estimate; one no longer in the catalogue is not either."""
    own = SQLiteStore(tmp_path / "catalogue.sqlite")
    assert matcher.store is not None
    own.upsert_profiles(list(matcher.store.iter_profiles()))
    own.put_campaign("spring", "eco-parents-na", "Spring pilot")
    served = Matcher(matcher.snapshot, matcher.encoder, settings, store=own)
    wide = served.shortlist("eco-parents-na", k=settings.max_k, rank_by="reach").results
    zero = [i for i, r in enumerate(wide) if r["segment_share"] == 0]
    assert len(zero) >= 2 and zero[0] > 20   # ranked by reach, the share-0 creators come last
    inside, beyond = wide[zero[0]]["id"], wide[zero[1]]["id"]
    shown, gone, far = wide[0]["id"], wide[1]["id"], wide[10]["id"]
    own.add_results([ResultRow("spring", cid, "eco-parents-na", "2026-03-02", 100.0, 40_000,
                               900, conversions, 0.0)
                     for cid, conversions in ((shown, 30), (far, 20), (gone, 10), (inside, 3),
                                              (beyond, 3))])
    served.delete(gone)
    page = build_results_page(served, "eco-parents-na", pool=zero[0])  # holds a share-0 one
    assert {c.id for c in page.creators} == {shown, far}
    assert (page.outside, page.unreached, page.unknown) == ([], sorted([inside, beyond]),
                                                            [gone])
    html = render_results_html(page)
    assert "Learned from but not shown" not in html
    assert f"Learned over the top {zero[0]} creators by estimated reach, 2 of them with " \
        "results.</p>" in html
    assert ("Not learned from: 2 creators with results that reach no segment member by the "
            "estimate") in html
    assert f"no longer in the catalogue ({gone})" in html
    narrow = build_results_page(served, "eco-parents-na", pool=3)   # far is outside it
    assert [c.id for c in narrow.creators] == [shown]
    assert (narrow.outside, narrow.unreached, narrow.unknown) == ([far], sorted([inside, beyond]),
                                                                  [gone])
    html = render_results_html(narrow)
    assert f"Learned from but not shown: 1 creator with results outside those 3 ({far})" in html
    assert ("Learned over the top 3 creators by estimated reach, 1 of them with results, and "
            "from 1 tested creator outside them (not ranked).") in html
    assert f"Not learned from: 1 creator with results no longer in the catalogue ({gone})" in html


@pytest.fixture
def store(tmp_path: Path) -> SQLiteStore:
    db = SQLiteStore(tmp_path / "results.sqlite")
    db.put_campaign("spring", "eco-parents-na", "Spring pilot")
    return db


def row(**fields: object) -> dict[str, object]:
    return {"creator": "c1", "date": "2026-03-02", "spend": 400, "impressions": 50_000,
            "clicks": 600, "conversions": 40, "revenue": 1800.0, **fields}


def test_reimporting_a_file_stores_it_once(store: SQLiteStore, tmp_path: Path):
    path = tmp_path / "results.csv"
    path.write_text("creator,date,spend,impressions,clicks,conversions,revenue\n"
                    "c1,2026-03-02,400,50000,600,40,1800\n"
                    "c2,2026-03-02,250,20000,300,12,500.5\n", encoding="utf-8")
    first = import_file(store, "spring", path, KNOWN.__contains__, SEGMENTS.__contains__)
    stored = store.results(campaign="spring")
    again = import_file(store, "spring", path, KNOWN.__contains__, SEGMENTS.__contains__)
    assert (first.inserted, first.unchanged, len(first.rejects)) == (2, 0, 0)
    assert (again.inserted, again.unchanged, len(again.rejects)) == (0, 2, 0)
    assert store.results(campaign="spring") == stored
    store.put_campaign("spring", "eco-parents-na", "Spring pilot, renamed")
    assert store.results(campaign="spring") == stored  # a campaign's update keeps its results
    assert stored[0].segment == "eco-parents-na"  # the campaign's segment by default


def test_every_bad_row_is_rejected_with_its_reason(store: SQLiteStore):
    store.add_results([ResultRow("spring", "c3", "eco-parents-na", "2026-03-01", 100.0, 1000,
                                 10, 1, 0.0)])
    rows = [row(),
            row(creator="nobody"),
            row(creator="c2", campaign="autumn"),
            row(creator="c2", clicks=-3, conversions=0),
            row(creator="c2", conversions=700),
            row(),
            row(creator="c3", date="2026-03-01", conversions=2),
            row(creator="c2", date="March 2nd")]
    result = import_records(store, "spring", rows, KNOWN.__contains__, SEGMENTS.__contains__)
    reasons = {r.row: (r.field, r.reason) for r in result.rejects}
    assert len(result.accepted) + len(result.rejects) == len(rows) == result.rows
    assert [r.creator for r in result.accepted] == ["c1"]
    assert "unknown creator 'nobody'" in reasons[2][1]
    assert reasons[3][0] == "campaign" and "unknown campaign 'autumn'" in reasons[3][1]
    assert reasons[4][0] == "clicks" and "negative" in reasons[4][1]
    assert reasons[5][0] == "conversions" and "700 conversions above 600 clicks" in reasons[5][1]
    assert "duplicate row" in reasons[6][1] and "first seen at row 1" in reasons[6][1]
    assert "stored with other figures" in reasons[7][1]
    assert reasons[8][0] == "date"
    with pytest.raises(UnknownCampaign):
        import_records(store, "autumn", [row()], KNOWN.__contains__, SEGMENTS.__contains__)


def test_a_failed_write_leaves_the_store_as_it_was(store: SQLiteStore):
    import_records(store, "spring", [row()], KNOWN.__contains__, SEGMENTS.__contains__)
    before = store.results()
    fresh = ResultRow("spring", "c2", "eco-parents-na", "2026-03-05", 1.0, 10, 1, 0, 0.0)
    clash = ResultRow("spring", "c1", "eco-parents-na", "2026-03-02", 1.0, 1, 1, 1, 0.0)
    with pytest.raises(ResultConflict):
        store.add_results([fresh, clash])
    broken = ResultRow("spring", "c2", "eco-parents-na", "2026-03-06", None, 10, 1, 0, 0.0)  # type: ignore[arg-type]
    with pytest.raises(Exception, match="NOT NULL"):
        store.add_results([fresh, broken])
    assert store.results() == before
    assert store.add_results([fresh]).inserted == 1  # and takes the next write


def test_refined_ranking_cites_the_evidence_and_what_it_moved(matcher: Matcher):
    pool = matcher.shortlist("eco-parents-na", k=60, rank_by="reach")
    fit_bytes = matcher.shortlist("eco-parents-na", k=10).to_json()
    records = pool.results
    star, dud = records[30], records[0]
    results = []
    for creator, conversions in ((star, 300), (dud, 0)):
        for day in ("2026-03-02", "2026-03-09"):
            results.append(ResultRow("spring", creator["id"], "eco-parents-na", day, 100.0,
                                     40_000, 900, conversions, 0.0))
    refined, learned = refine(pool, results, "expected_conversions", 20)
    assert refined.rank_by == "expected_conversions"
    by_id = {r["id"]: r for r in refined.results}
    first = by_id[star["id"]]
    line = first["summary"][0]
    evidence = first["performance"]
    assert first["rank"] < 31 and line.startswith("2 posts: 600 conversions from ~")
    assert evidence["posts"] == 2 and evidence["conversions"] == 600
    assert f"rank {first['rank']} (by the prediction alone:" in line
    assert evidence["expected_conversions"] > evidence["predicted_conversions"]
    assert dud["id"] not in by_id  # no conversions from 80k impressions: it drops out
    untested = next(r for r in refined.results if r["performance"]["posts"] == 0)
    assert untested["summary"][0].startswith("no results yet:")
    assert "learned from 2 creators with results" in untested["summary"][0]
    assert matcher.shortlist("eco-parents-na", k=10).to_json() == fit_bytes


def test_results_pilots_and_the_results_page(matcher: Matcher, settings, tmp_path: Path):
    own = SQLiteStore(tmp_path / "catalogue.sqlite")
    assert matcher.store is not None
    own.upsert_profiles(list(matcher.store.iter_profiles()))
    served = Matcher(matcher.snapshot, matcher.encoder, settings, store=own)
    creator = served.shortlist("eco-parents-na", k=1, rank_by="reach").results[0]["id"]
    with TestClient(create_app(settings, matcher=served),
                    headers={"Authorization": f"Bearer {EDITOR_KEY}"}) as client:
        made = client.put("/v1/campaigns/spring", json={"segment_id": "eco-parents-na"})
        assert made.status_code == 200
        body = {"rows": [row(creator=creator), row(creator="nobody")]}
        first = client.post("/v1/campaigns/spring/results", json=body).json()
        again = client.post("/v1/campaigns/spring/results", json=body).json()
        assert (first["inserted"], first["rejected"], first["rows"]) == (1, 1, 2)
        assert (again["inserted"], again["unchanged"]) == (0, 1)
        huge = client.post("/v1/campaigns/spring/results", json={"rows": [
            row(creator=creator, impressions=10**30, date="2026-03-03"),
            row(creator=creator, segment="no-such-segment", date="2026-03-04")]})
        assert huge.status_code == 200
        assert [r["field"] for r in huge.json()["rejects"]] == ["impressions", "segment"]
        moved = client.put("/v1/campaigns/spring", json={"segment_id": "pet-parents-us"})
        assert moved.status_code == 422 and moved.json()["field"] == "segment_id"
        renamed = client.put("/v1/campaigns/spring", json={"segment_id": "eco-parents-na",
                                                          "name": "Spring"})
        assert renamed.status_code == 200
        long_name = client.put("/v1/campaigns/long", json={"segment_id": "eco-parents-na",
                                                           "name": "x" * 20_000})
        assert long_name.status_code == 422 and long_name.json()["field"] == "name"
        unknown = client.post("/v1/campaigns/autumn/results", json=body)
        assert unknown.status_code == 404
        assert unknown.headers["content-type"].startswith("application/problem+json")
        shortlist = client.post("/v1/shortlists", json={
            "segment_id": "eco-parents-na", "k": 5, "rank_by": "expected_value_per_dollar"})
        assert shortlist.status_code == 200
        assert all("performance" in r for r in shortlist.json()["results"])
        wider = client.post("/v1/shortlists", json={
            "segment_id": "eco-parents-na", "k": 10, "rank_by": "expected_value_per_dollar"})
        by_id = {r["id"]: r["performance"] for r in wider.json()["results"]}
        for record in shortlist.json()["results"]:  # one creator, one figure, whatever k
            assert by_id[record["id"]] == record["performance"]
        pilot = client.post("/v1/pilots", json={"segment_id": "eco-parents-na", "n": 4,
                                                "budget": 1e9, "pool": 40})
        assert pilot.status_code == 200
        proposal = pilot.json()
        assert len(proposal["pilot"]) == 4
        assert [v["id"] for v in proposal["verdicts"]] == [creator]
        assert json.dumps(proposal)  # plain JSON all through
        negative = client.post("/v1/pilots", json={"segment_id": "eco-parents-na", "n": 4,
                                                   "seed": -1})
        assert negative.status_code == 422 and "seed" in negative.text
    page = build_results_page(served, "eco-parents-na")
    assert [c.id for c in page.creators] == [creator]
    tested = page.creators[0]
    assert (tested.posts, tested.conversions) == (1, 40)
    assert tested.ratio == pytest.approx(tested.conversions / tested.predicted)
    html = render_results_html(page)
    assert f'<td>{tested.handle}</td><td class="num">1</td><td class="num">400</td>' in html
    second = served.shortlist("eco-parents-na", k=2, rank_by="reach").results[1]["id"]
    own.add_results([ResultRow("spring", second, "eco-parents-na", "2026-03-02", 100.0, 1000,
                               10, 1, 0.0)])
    narrow = build_results_page(served, "eco-parents-na", pool=1)
    assert [c.id for c in narrow.creators] == [creator] and narrow.outside == [second]
    assert "Learned from but not shown: 1 creator with results" in render_results_html(narrow)


def test_rows_the_store_cannot_hold_or_that_name_no_segment_are_rejected(store: SQLiteStore):
    rows = [row(impressions=10**30, clicks=5, conversions=1),
            row(impressions=1e19, clicks=5, conversions=1),
            row(conversions=True, clicks=True, impressions=True),
            row(date=20260302),
            row(date="2026-W10-1"),
            row(segment="no-such-segment"),
            row(segment=["eco-parents-na"]),
            row(segment="pet-parents-us")]
    result = import_records(store, "spring", rows, KNOWN.__contains__, SEGMENTS.__contains__)
    fields = {r.row: r.field for r in result.rejects}
    assert fields == {1: "impressions", 2: "impressions", 3: "impressions", 4: "date",
                      5: "date", 6: "segment", 7: "segment"}
    assert "unknown segment 'no-such-segment'" in result.rejects[5].reason
    assert [r.segment for r in store.results()] == ["pet-parents-us"]
    zero = import_records(store, "spring", [row(creator=0)], KNOWN.__contains__,
                          SEGMENTS.__contains__)
    assert zero.rejects[0].to_dict()["id"] == "0"  # the reject names the creator it read


def test_more_rows_than_the_roster_limit_store_nothing(store: SQLiteStore,
                                                      monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("MATCHER_MAX_ROSTER_ROWS", "2")
    get_settings.cache_clear()
    try:
        rows = [row(date=f"2026-03-0{day}") for day in (1, 2, 3)]
        with pytest.raises(InvalidInput, match="MATCHER_MAX_ROSTER_ROWS"):
            import_records(store, "spring", rows, KNOWN.__contains__, SEGMENTS.__contains__)
        assert store.results() == []
        accepted = import_records(store, "spring", rows[:2], KNOWN.__contains__,
                                  SEGMENTS.__contains__)
        assert accepted.inserted == 2
    finally:
        get_settings.cache_clear()


def test_a_correction_replaces_stored_figures_only_when_asked(store: SQLiteStore):
    import_records(store, "spring", [row(), row(creator="c2")], KNOWN.__contains__,
                   SEGMENTS.__contains__)
    fixed = row(conversions=12)
    plain = import_records(store, "spring", [fixed], KNOWN.__contains__, SEGMENTS.__contains__)
    assert plain.accepted == [] and plain.rejects[0].field == "row"
    assert "never merged: import with replace" in plain.rejects[0].reason
    assert store.results(campaign="spring")[0].conversions == 40
    replaced = import_records(store, "spring", [fixed, row(creator="c2"),
                                                row(creator="c3")],
                              KNOWN.__contains__, SEGMENTS.__contains__, replace=True)
    assert (replaced.replaced, replaced.unchanged, replaced.inserted) == (1, 1, 1)
    assert [r.conversions for r in store.results(campaign="spring")] == [12, 40, 40]
    twice = import_records(store, "spring", [fixed, fixed], KNOWN.__contains__,
                           SEGMENTS.__contains__, replace=True)
    assert "duplicate row" in twice.rejects[0].reason  # replace never merges two rows either


def test_a_failed_correction_or_deletion_leaves_the_store_as_it_was(store: SQLiteStore):
    from matcher.feedback.results import delete_rows

    import_records(store, "spring", [row(), row(creator="c2")], KNOWN.__contains__,
                   SEGMENTS.__contains__)
    before = store.results()
    fixed = ResultRow("spring", "c1", "eco-parents-na", "2026-03-02", 1.0, 10, 1, 1, 0.0)
    broken = ResultRow("spring", "c2", "eco-parents-na", "2026-03-02", None, 10, 1, 0, 0.0)  # type: ignore[arg-type]
    with pytest.raises(Exception, match="NOT NULL"):
        store.add_results([fixed, broken], replace=True)
    assert store.results() == before
    with pytest.raises(InvalidInput) as err:
        delete_rows(store, "spring")
    assert err.value.field == "creator"
    with pytest.raises(InvalidInput) as err:
        delete_rows(store, "spring", creator="c1", day="2 March")
    assert err.value.field == "date"
    with pytest.raises(UnknownCampaign):
        delete_rows(store, "autumn", creator="c1")
    assert store.results() == before
    gone = delete_rows(store, "spring", creator="c1", day="2026-03-02")
    assert [r.creator for r in gone.rows] == ["c1"] and gone.to_dict()["deleted"] == 1
    assert store.results() == before[1:]
    assert delete_rows(store, "spring", everything=True).to_dict()["deleted"] == 1


def test_a_correction_changes_the_next_refined_shortlist(matcher: Matcher, settings,
                                                         tmp_path: Path):
    own = SQLiteStore(tmp_path / "catalogue.sqlite")
    assert matcher.store is not None
    own.upsert_profiles(list(matcher.store.iter_profiles()))
    served = Matcher(matcher.snapshot, matcher.encoder, settings, store=own)
    pool = served.shortlist("eco-parents-na", k=40, rank_by="reach").results
    star, other = pool[30]["id"], pool[0]["id"]
    days = ("2026-03-02", "2026-03-09")
    flop = [row(creator=c, date=d, impressions=40_000, clicks=900, conversions=0)
            for c in (star, other) for d in days]
    request = {"segment_id": "eco-parents-na", "k": 10, "rank_by": "expected_conversions"}
    with TestClient(create_app(settings, matcher=served),
                    headers={"Authorization": f"Bearer {EDITOR_KEY}"}) as client:
        assert client.put("/v1/campaigns/spring",
                          json={"segment_id": "eco-parents-na"}).status_code == 200
        assert client.post("/v1/campaigns/spring/results",
                           json={"rows": flop}).json()["inserted"] == 4
        before = client.post("/v1/shortlists", json=request).json()["results"]
        old_rank = next((r["rank"] for r in before if r["id"] == star), 11)
        hit = [row(creator=star, date=d, impressions=40_000, clicks=900, conversions=300)
               for d in days]
        refused = client.post("/v1/campaigns/spring/results", json={"rows": hit}).json()
        assert refused["rejected"] == 2 and refused["inserted"] == 0
        assert "replace" in refused["rejects"][0]["reason"]
        fixed = client.post("/v1/campaigns/spring/results", json={"rows": hit, "replace": True})
        assert fixed.status_code == 200 and fixed.json()["replaced"] == 2
        after = client.post("/v1/shortlists", json=request).json()["results"]
        corrected = next(r for r in after if r["id"] == star)
        assert corrected["performance"]["conversions"] == 600
        assert corrected["rank"] < old_rank and corrected["summary"][0].startswith(
            "2 posts: 600 conversions")
        unselected = client.delete("/v1/campaigns/spring/results")
        assert unselected.status_code == 422 and unselected.json()["field"] == "creator"
        assert client.delete("/v1/campaigns/autumn/results?all=true").status_code == 404
        deleted = client.delete(f"/v1/campaigns/spring/results?creator={star}")
        assert deleted.status_code == 200 and deleted.json()["deleted"] == 2
        again = client.post("/v1/shortlists", json=request).json()["results"]
        assert all(r["performance"]["posts"] == 0 for r in again if r["id"] == star)
        assert [r["id"] for r in again] != [r["id"] for r in after]
        assert len(own.results(campaign="spring")) == 2


def test_cli_corrects_and_deletes_results(matcher: Matcher, settings, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch, capsys):
    import sys

    from matcher import cli

    own = SQLiteStore(tmp_path / "catalogue.sqlite")
    assert matcher.store is not None
    own.upsert_profiles(list(matcher.store.iter_profiles()))
    own.put_campaign("spring", "eco-parents-na")
    served = Matcher(matcher.snapshot, matcher.encoder, settings, store=own)
    creator = served.shortlist("eco-parents-na", k=1, rank_by="reach").results[0]["id"]
    monkeypatch.setattr(cli, "_matcher", lambda index: served)
    path = tmp_path / "results.csv"

    def run(*args: str) -> tuple[int, str]:
        monkeypatch.setattr(sys, "argv", ["matcher", "results", *args])
        with pytest.raises(SystemExit) as done:
            cli.main()
        out = capsys.readouterr()
        return int(done.value.code or 0), out.out + out.err

    header = "creator,date,spend,impressions,clicks,conversions\n"
    path.write_text(header + f"{creator},2026-03-02,400,50000,600,40\n", encoding="utf-8")
    assert run("import", str(path), "--campaign", "spring")[0] == 0
    path.write_text(header + f"{creator},2026-03-02,400,50000,600,12\n", encoding="utf-8")
    code, text = run("import", str(path), "--campaign", "spring")
    assert code == 0 and "1 rejected" in text and "import with replace" in text
    code, text = run("import", str(path), "--campaign", "spring", "--replace")
    assert code == 0 and "1 corrected" in text
    assert [r.conversions for r in own.results()] == [12]
    code, text = run("delete", "--campaign", "spring")
    assert code == 1 and text.startswith("error: creator: say which rows to delete")
    code, text = run("delete", "--campaign", "spring", "--date", "2026-03-02")
    assert code == 0 and text.startswith("1 row deleted") and own.results() == []


def test_untested_creators_reach_as_their_platform_showed_in_the_results():
    """Tested tiktok creators drew 15 times the impressions per follower of tested twitch
    creators: by default an untested tiktok creator is expected to reach more segment members
    a post, and convert more, than an untested twitch creator of the same reach and share."""
    views = {"tiktok": 0.5, "twitch": 0.03}
    records = [{"id": f"{p}{i}", "segment_share": 0.2, "estimated_reach": 20_000.0,
                "price_usd": 300.0, "platform": p, "engagement_vs_median": 1.0,
                "content_affinity": 0.5} for p in views for i in range(12)]
    results = [ResultRow("spring", f"{p}{i}", "eco-parents-na", "2026-03-02", 300.0,
                         round(100_000 * ratio), round(2_000 * ratio), round(100 * ratio), 0.0)
               for p, ratio in views.items() for i in range(4)]
    defaults = {name: field.default for name, field in Settings.model_fields.items()
                if name in ("view_ratio_by", "view_factor_prior_creators")}
    learned = learn(records, results, views=ViewFactors.of(Settings(**defaults)))
    members = dict(zip((r["id"] for r in records), learned.members_per_post, strict=True))
    predicted = dict(zip((r["id"] for r in records), learned.predicted_conversions,
                         strict=True))
    assert members["tiktok9"] > 2 * members["twitch9"]
    assert predicted["tiktok9"] > 2 * predicted["twitch9"]
    factor = learned.platform_view_factor
    assert factor["tiktok"] > 1 > factor["twitch"]
    # shrunk toward the pooled ratio: four creators a platform do not show the full 15-fold
    assert members["tiktok9"] < 15 * members["twitch9"]
    pooled = learn(records, results, views=ViewFactors("pooled"))
    assert pooled.members_per_post[9] == pytest.approx(pooled.members_per_post[21])


def test_a_platform_whose_posts_drew_no_impressions_is_expected_to_reach_the_least():
    """Results with 0 impressions are evidence: an untested creator on that platform is
    expected to reach fewer members a post than one on a platform that drew views."""
    views = {"tiktok": 50_000, "youtube": 20_000, "twitch": 0}
    records = [{"id": f"{p}{i}", "segment_share": 0.2, "estimated_reach": 20_000.0,
                "price_usd": 300.0, "platform": p, "engagement_vs_median": 1.0,
                "content_affinity": 0.5} for p in views for i in range(4)]
    results = [ResultRow("spring", f"{p}{i}", "eco-parents-na", "2026-03-02", 300.0,
                         shown, 0, 0, 0.0) for p, shown in views.items() for i in range(2)]
    learned = learn(records, results, views=ViewFactors("platform", 10.0))
    members = dict(zip((r["id"] for r in records), learned.members_per_post, strict=True))
    assert members["twitch3"] < members["youtube3"] < members["tiktok3"]
    assert learned.platform_view_factor["twitch"] < 1


def two_platforms(spread: float) -> tuple[list[dict], list[ResultRow]]:
    """12 candidates on each of tiktok and twitch (estimated reach 20,000 at share 0.2:
    100,000 real followers); 6 of each tested, tiktok's impressions per real follower
    ``spread`` times twitch's, each creator's own a little off its platform's."""
    records = [{"id": f"{p}{i}", "segment_share": 0.2, "estimated_reach": 20_000.0,
                "price_usd": 300.0, "platform": p, "engagement_vs_median": 1.0,
                "content_affinity": 0.5} for p in ("tiktok", "twitch") for i in range(12)]
    wobble = [0.8, 1.25, 0.9, 1.1, 1.0, 1.0]
    results = [ResultRow("spring", f"{p}{i}", "eco-parents-na", "2026-03-02", 300.0,
                         round(100_000 * ratio * wobble[i]), 600, 20, 0.0)
               for p, ratio in (("tiktok", 0.03 * spread), ("twitch", 0.03))
               for i in range(6)]
    return records, results


def test_learned_shrinkage_follows_a_large_spread_between_platforms_and_ignores_none():
    """With the shrinkage learned from the results, platforms 15-fold apart keep nearly all
    of it (a fixed 10 creators keeps under half, in logs), and platforms that drew the same
    views get no factor at all."""
    records, results = two_platforms(15.0)
    learned = learn(records, results, views=ViewFactors("platform", 10.0, shrinkage="learned"))
    fixed = learn(records, results, views=ViewFactors("platform", 10.0))
    members = dict(zip((r["id"] for r in records), learned.members_per_post, strict=True))
    assert members["tiktok9"] > 12 * members["twitch9"]
    assert fixed.members_per_post[9] < 4 * fixed.members_per_post[21]
    records, results = two_platforms(1.0)
    same = learn(records, results, views=ViewFactors("platform", 10.0, shrinkage="learned"))
    assert set(same.platform_view_factor.values()) == {1.0}


def test_one_log_normal_mean_gives_the_ratio_the_tested_creators_drew():
    """With ``view_ratio_mean`` log, creators that all drew the same impressions per real
    follower give an untested creator that ratio; with a spread, the ratio is above the
    mean log ratio (the mean of a log-normal) and tiktok's factor above twitch's."""
    records, results = two_platforms(1.0)
    results = [dataclasses.replace(r, impressions=3_000) for r in results]
    same = learn(records, results, views=ViewFactors("platform", 10.0, mean="log"))
    assert same.view_ratio == pytest.approx(0.03)
    assert same.members_per_post[9] == pytest.approx(20_000 * 0.03)
    records, results = two_platforms(15.0)
    spread = learn(records, results, views=ViewFactors("platform", 10.0, mean="log"))
    log_mean = np.mean([np.log(r.impressions / 100_000) for r in results])
    assert spread.view_ratio > np.exp(log_mean)
    assert spread.platform_view_factor["tiktok"] > 1 > spread.platform_view_factor["twitch"]


def pilot_fixture() -> tuple[list[dict], list[ResultRow]]:
    """40 like creators; the first 10 tested with two posts each, of which c0-c2 converted
    20 times as well as the others."""
    records = [{"id": f"c{i}", "segment_share": 0.2, "estimated_reach": 20_000.0,
                "price_usd": 300.0, "platform": "instagram", "engagement_vs_median": 1.0,
                "content_affinity": 0.5} for i in range(40)]
    results = [ResultRow("spring", f"c{i}", "eco-parents-na", day, 300.0, 20_000, 600,
                         40 if i < 3 else 2, 0.0)
               for i in range(10) for day in ("2026-03-02", "2026-03-09")]
    return records, results


def test_a_pilot_without_retests_proposes_only_creators_without_results():
    """Tested creators that converted well are booked again by a pilot by default; with
    retests off the pilot tests only new creators, and its verdicts still name the tested
    ones to scale."""
    records, results = pilot_fixture()
    learned = learn(records, results)
    tested = {f"c{i}" for i in range(10)}
    retesting = pilot_plan(learned, 10, None, seed=1)
    assert tested & {p["id"] for p in retesting["pilot"]}
    exploring = pilot_plan(learned, 10, None, seed=1, retests="none")
    assert len(exploring["pilot"]) == 10
    assert not tested & {p["id"] for p in exploring["pilot"]}
    assert {v["id"] for v in exploring["verdicts"] if v["action"] == "scale"} >= {"c0", "c1"}


def test_a_pilot_on_scale_books_again_only_the_creators_whose_verdict_is_scale():
    """With ``pilot_retests`` scale the tested creators that converted well (verdict scale)
    are booked first and the other slots go to creators without results; the tested ones
    that did not convert are not booked again."""
    records, results = pilot_fixture()
    learned = learn(records, results)
    plan = pilot_plan(learned, 10, None, seed=1, retests="scale")
    scale = {v["id"] for v in plan["verdicts"] if v["action"] == "scale"}
    booked = [p["id"] for p in plan["pilot"]]
    tested = {f"c{i}" for i in range(10)}
    assert scale >= {"c0", "c1"}
    assert len(booked) == 10
    assert set(booked[:len(scale)]) == scale
    assert tested & set(booked) == scale
    assert all(not p["tested"] for p in plan["pilot"][len(scale):])


@pytest.mark.parametrize("retests", ["scale", "none"])
def test_a_pilot_from_a_small_pool_never_books_a_creator_twice_nor_a_tested_one_again(
        retests):
    """12 creators, 10 of them tested: the draw among the untested has fewer creators than
    its usual share, and must still keep to them; under scale the verdicts reported are the
    ones it booked by."""
    records, results = pilot_fixture()
    learned = learn(records[:12], results)
    tested = {f"c{i}" for i in range(10)}
    for seed in range(20):
        plan = pilot_plan(learned, 5, None, seed=seed, retests=retests)
        booked = [p["id"] for p in plan["pilot"]]
        assert len(booked) == len(set(booked))
        scale = {v["id"] for v in plan["verdicts"] if v["action"] == "scale"}
        assert tested & set(booked) == (scale if retests == "scale" else set())
        assert plan["spend"] == pytest.approx(300.0 * len(booked))


def test_a_greedy_pilot_books_the_best_posterior_means():
    """With ``pilot_explore`` greedy a pilot before any result is the shortlist by estimated
    reach per dollar (here the cheapest creators, every reach being the same), and after
    results, with retests off, the best creators without results by posterior mean."""
    records, results = pilot_fixture()
    for i, record in enumerate(records):
        record["price_usd"] = 100.0 + 10 * i
    first = pilot_plan(learn(records, []), 5, None, retests="none", explore="greedy")
    assert [p["id"] for p in first["pilot"]] == [f"c{i}" for i in range(5)]
    learned = learn(records, results)
    second = pilot_plan(learned, 5, None, retests="none", explore="greedy")
    untested = np.arange(10, 40)
    best = untested[np.argsort(-learned.expected_value_per_dollar[untested],
                               kind="stable")[:5]]
    assert [p["id"] for p in second["pilot"]] == [f"c{i}" for i in best]


def settled_fixture() -> tuple[list[dict], list[ResultRow]]:
    """12 like creators: c0-c2 tested with six posts that converted well, c3-c5 with six
    that hardly converted, c6-c11 never tested. A shortlist of 5 is c0-c2 and two of the
    untested, whose rank only a test can settle."""
    records = [{"id": f"c{i}", "segment_share": 0.2, "estimated_reach": 20_000.0,
                "price_usd": 300.0, "platform": "instagram", "engagement_vs_median": 1.0,
                "content_affinity": 0.5} for i in range(12)]
    results = [ResultRow("spring", f"c{i}", "eco-parents-na", f"2026-03-0{day}", 300.0,
                         20_000, 600, 40 if i < 3 else day % 2, 0.0)
               for i in range(6) for day in range(1, 7)]
    return records, results


@pytest.mark.parametrize("explore", ["knowledge_gradient", "knowledge_gradient_shared"])
def test_a_knowledge_gradient_pilot_tests_the_creators_that_can_change_the_shortlist(
        explore):
    """Creators whose posterior is already far above the shortlist's last place (c0-c2) or
    far below it (c3-c5) are not booked: the pilot tests the untested creators at the
    margin, whose one post can change the shortlist booked after it."""
    records, results = settled_fixture()
    learned = learn(records, results)
    gradient = knowledge_gradient(learned, 5, None,
                                  shared=explore == "knowledge_gradient_shared")
    assert gradient[6:].min() > gradient[:6].max()
    plan = pilot_plan(learned, 5, None, seed=1, explore=explore)
    booked = {p["id"] for p in plan["pilot"]}
    assert len(booked) == 5 and booked <= {f"c{i}" for i in range(6, 12)}
    assert "knowledge gradient" in plan["policy"]


@pytest.mark.parametrize("explore", ["knowledge_gradient", "knowledge_gradient_shared"])
@pytest.mark.parametrize("retests", ["any", "scale", "none"])
def test_a_knowledge_gradient_pilot_keeps_to_n_the_budget_and_priced_creators(
        explore, retests):
    records, results = pilot_fixture()
    for i, record in enumerate(records):
        record["price_usd"] = None if i % 4 == 3 else 100.0 + 10 * i
    learned = learn(records, results)
    tested = {f"c{i}" for i in range(10)}
    for n, budget in ((10, None), (8, 1_500.0), (3, 5_000.0)):
        plan = pilot_plan(learned, n, budget, seed=2, retests=retests, explore=explore)
        booked = [p["id"] for p in plan["pilot"]]
        assert 0 < len(booked) <= n and len(booked) == len(set(booked))
        assert budget is None or plan["spend"] <= budget
        assert all(int(b[1:]) % 4 != 3 for b in booked)
        scale = {v["id"] for v in plan["verdicts"] if v["action"] == "scale"}
        if retests != "any":
            assert tested & set(booked) <= (scale if retests == "scale" else set())


def test_pilot_explore_reads_the_knowledge_gradient(monkeypatch):
    for value in ("knowledge_gradient", "knowledge_gradient_shared"):
        monkeypatch.setenv("MATCHER_PILOT_EXPLORE", value)
        assert Settings().pilot_explore == value


@pytest.mark.parametrize(("value", "read"), [("true", "any"), ("false", "none"), ("1", "any"),
                                             ("off", "none"),
                                             ("scale", "scale"), ("any", "any")])
def test_pilot_retests_reads_its_values_and_the_old_booleans(monkeypatch, value, read):
    monkeypatch.setenv("MATCHER_PILOT_RETESTS", value)
    assert Settings().pilot_retests == read


def test_an_unknown_pilot_setting_is_an_error_naming_it(monkeypatch):
    monkeypatch.setenv("MATCHER_PILOT_EXPLORE", "random")
    with pytest.raises(ValueError, match="pilot_explore"):
        Settings()


@pytest.mark.parametrize("by", ["pooled", "platform"])
def test_refined_shortlists_over_the_api_read_the_view_ratio_setting(
        matcher: Matcher, settings, tmp_path: Path, by: str):
    """MATCHER_VIEW_RATIO_BY reaches the API: with one pooled ratio every untested creator's
    members a post are its estimated reach (segment members) x the same ratio; by platform,
    the platform whose tested creators drew 20 times the impressions gets the larger one."""
    own = SQLiteStore(tmp_path / "catalogue.sqlite")
    assert matcher.store is not None
    own.upsert_profiles(list(matcher.store.iter_profiles()))
    chosen = settings.model_copy(update={"view_ratio_by": by})
    served = Matcher(matcher.snapshot, matcher.encoder, chosen, store=own)
    pool = served.shortlist("eco-parents-na", k=60, rank_by="reach").results
    platforms = sorted({r["platform"] for r in pool})
    assert len(platforms) >= 2
    loud, quiet = platforms[:2]
    tested = {p: [r for r in pool if r["platform"] == p][:2] for p in (loud, quiet)}
    rows = [row(creator=r["id"], impressions=round(r["estimated_reach"] * share),
                clicks=10, conversions=1)
            for p, share in ((loud, 2.0), (quiet, 0.1)) for r in tested[p]]
    request = {"segment_id": "eco-parents-na", "k": 40, "rank_by": "expected_conversions"}
    with TestClient(create_app(chosen, matcher=served),
                    headers={"Authorization": f"Bearer {EDITOR_KEY}"}) as client:
        assert client.put("/v1/campaigns/spring",
                          json={"segment_id": "eco-parents-na"}).status_code == 200
        assert client.post("/v1/campaigns/spring/results",
                           json={"rows": rows}).json()["inserted"] == 4
        results = client.post("/v1/shortlists", json=request).json()["results"]
    ratio = {}
    for record in sorted(results, key=lambda r: -r["estimated_reach"]):
        if record["performance"]["posts"] == 0:
            ratio.setdefault(record["platform"], record["performance"]["members_per_post"]
                             / record["estimated_reach"])
    assert loud in ratio and quiet in ratio
    if by == "pooled":
        assert ratio[loud] == pytest.approx(ratio[quiet], rel=0.01)
    else:
        assert ratio[loud] > 1.5 * ratio[quiet]


@pytest.mark.parametrize("from_avg_views", [True, False])
def test_untested_creators_reach_the_views_their_profiles_report(
        matcher: Matcher, settings, tmp_path: Path, from_avg_views: bool):
    """MATCHER_VIEWS_FROM_AVG_VIEWS: an untested creator whose profile reports avg_views
    reaches avg_views x its segment share a post, before any result and after; off, its
    estimated reach x the brand's view ratio (0.25 before any result)."""
    own = SQLiteStore(tmp_path / "catalogue.sqlite")
    assert matcher.store is not None
    profiles = {p.id: p for p in matcher.store.iter_profiles()}
    own.upsert_profiles(list(profiles.values()))
    chosen = settings.model_copy(update={"views_from_avg_views": from_avg_views})
    served = Matcher(matcher.snapshot, matcher.encoder, chosen, store=own)
    request = {"segment_id": "eco-parents-na", "k": 30, "rank_by": "expected_conversions"}
    with TestClient(create_app(chosen, matcher=served),
                    headers={"Authorization": f"Bearer {EDITOR_KEY}"}) as client:
        before = client.post("/v1/shortlists", json=request).json()["results"]
        tested = before[:2]
        rows = [row(creator=r["id"], impressions=1_000, clicks=10, conversions=1)
                for r in tested]
        assert client.put("/v1/campaigns/spring",
                          json={"segment_id": "eco-parents-na"}).status_code == 200
        assert client.post("/v1/campaigns/spring/results",
                           json={"rows": rows}).json()["inserted"] == 2
        after = client.post("/v1/shortlists", json=request).json()["results"]
    reported = [r for r in [*before, *after] if r["performance"]["posts"] == 0
                and profiles[r["id"]].avg_views is not None and r["segment_share"] > 0]
    assert len(reported) >= 20
    for record in reported:
        members = record["performance"]["members_per_post"]
        by_views = profiles[record["id"]].avg_views * record["segment_share"]
        if from_avg_views:
            assert members == pytest.approx(by_views, abs=1)
        elif record in before:
            assert members == pytest.approx(record["estimated_reach"] * 0.25, abs=1)
    if not from_avg_views:
        assert sum(r["performance"]["members_per_post"] == pytest.approx(
            profiles[r["id"]].avg_views * r["segment_share"], abs=1) for r in reported) < 3


def test_a_snapshot_built_before_avg_views_reads_no_creators_views(
        matcher: Matcher, settings, monkeypatch):
    """With MATCHER_VIEWS_FROM_AVG_VIEWS on, a snapshot that predates the figure reads no
    creator's avg_views (not only its live changes'), so every creator is estimated alike."""
    chosen = settings.model_copy(update={"views_from_avg_views": True})
    served = Matcher(matcher.snapshot, matcher.encoder, chosen)
    ids = list(matcher.snapshot.catalogue.ids[:50])
    assert len(served.reported_avg_views(ids)) > 40  # the fixtures report them
    monkeypatch.setattr(matcher.snapshot.catalogue, "avg_views", None)
    assert served.reported_avg_views(ids) == {}


def test_the_service_reads_every_view_setting_from_the_environment(monkeypatch):
    """MATCHER_VIEW_* settings reach the model the service learns with (not only the
    benchmark's own ViewFactors)."""
    for name, value in (("MATCHER_VIEW_RATIO_BY", "pooled"),
                        ("MATCHER_VIEW_FACTOR_PRIOR_CREATORS", "3.5"),
                        ("MATCHER_VIEWS_FROM_AVG_VIEWS", "true"),
                        ("MATCHER_VIEW_RATIO_MEAN", "log"),
                        ("MATCHER_VIEW_FACTOR_SHRINKAGE", "learned")):
        monkeypatch.setenv(name, value)
    views = ViewFactors.of(Settings())
    assert views == ViewFactors("pooled", 3.5, True, "log", "learned")
