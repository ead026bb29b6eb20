"""Campaign plans: the budgeted greedy, its certificate, the answer's figures, bad input."""

import itertools

import numpy as np
import pytest
from fastapi.testclient import TestClient

from matcher.api.app import create_app
from matcher.errors import InfeasiblePlan, InvalidInput
from matcher.planning.audiences import GroupParams, kmeans
from matcher.planning.claims import guarded_claim
from matcher.planning.coverage import Coverage
from matcher.planning.optimise import Limits, certificate, optimise
from matcher.planning.prices import fit_prices
from matcher.reports import parse_campaign, plan_campaign
from tests.conftest import READER_KEY

PARAMS = GroupParams()


def instance(seed: int, n: int = 40, groups: int = 6) -> tuple[Coverage, np.ndarray, np.ndarray]:
    """Creators whose audiences fall in a few shared groups, with prices and platforms."""
    rng = np.random.default_rng(seed)
    reach = rng.lognormal(9.0, 1.0, (n, 1))
    weights = rng.dirichlet(np.full(groups, 0.3), n)
    cost = np.round(reach[:, 0] * rng.lognormal(-4.0, 0.4, n), 2) + 1.0
    platform = rng.integers(0, 3, n)
    return Coverage.build(reach, weights, np.ones(1), PARAMS), cost, platform


def value(cov: Coverage, rows: list[int]) -> float:
    return float(cov.unique_reach(rows).sum())


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_plan_respects_budget_counts_platforms_and_must_include(seed):
    cov, cost, platform = instance(seed)
    budget = float(np.median(cost)) * 8
    must = int(np.argsort(cost)[len(cost) // 2])
    limits = Limits(budget, min_creators=3, max_creators=6, platform_max={0: 2},
                    platform_min={1: 2}, must=(must,))
    run, _ = optimise(cov, cost, platform, limits)
    assert cost[run.order].sum() <= budget + 1e-6
    assert 3 <= len(run.order) <= 6
    assert (platform[run.order] == 0).sum() <= 2
    assert (platform[run.order] == 1).sum() >= 2
    assert must in run.order
    assert len(set(run.order)) == len(run.order)


@pytest.mark.parametrize("seed", range(3))
def test_certificate_bounds_the_exact_optimum_under_counts_caps_and_must_include(seed):
    cov, cost, platform = instance(seed, n=12, groups=3)
    budget = float(np.median(cost)) * 4
    must = int(np.argsort(cost)[3])
    limits = Limits(budget, min_creators=2, max_creators=3, platform_max={0: 1},
                    platform_min={1: 1}, must=(must,))
    feasible = [list(rows) for k in range(2, 4) for rows in itertools.combinations(range(12), k)
                if must in rows and cost[list(rows)].sum() <= budget
                and (platform[list(rows)] == 0).sum() <= 1
                and (platform[list(rows)] == 1).sum() >= 1]
    best = max(value(cov, rows) for rows in feasible)
    run, _ = optimise(cov, cost, platform, limits)
    assert run.value <= best + 1e-6
    assert certificate(cov, cost, limits, run.order) >= best - 1e-6


@pytest.mark.parametrize("seed", range(6))
def test_certificate_bounds_the_exact_optimum_and_greedy_meets_its_guarantee(seed):
    cov, cost, platform = instance(seed, n=12, groups=3)
    budget = float(np.median(cost)) * 3
    limits = Limits(budget)
    best = max(value(cov, list(rows)) for k in range(1, 13)
               for rows in itertools.combinations(range(12), k)
               if cost[list(rows)].sum() <= budget)
    run, _ = optimise(cov, cost, platform, limits)
    bound = certificate(cov, cost, limits, run.order)
    assert bound >= best - 1e-6
    assert run.value <= best + 1e-6
    assert run.value >= (1 - 1 / np.e) / 2 * best


@pytest.mark.parametrize("seed", range(4))
def test_guarded_claim_holds_with_reaches_and_overlap_at_their_band_ends(seed):
    """The truth at the worst ends of the bands: the plan's creators at the low end of their
    reach and with the most overlap, every other creator at the high end with the least; the
    plan still reaches the guarded claim's share of the true best, and the claim is never
    above at_least."""
    cov, cost, platform = instance(seed, n=12, groups=3)
    budget = float(np.median(cost)) * 3
    limits = Limits(budget)
    run, _ = optimise(cov, cost, platform, limits)
    at_least = run.value / certificate(cov, cost, limits, run.order)
    rng = np.random.default_rng(seed)
    low = cov.reach * rng.uniform(0.7, 1.0, cov.reach.shape)
    high = cov.reach * rng.uniform(1.0, 1.4, cov.reach.shape)
    reach_band, overlap_band = (0.8, 1.2), (0.9, 1.1)
    claim = guarded_claim(cov, cost, limits, run.order, low, high, at_least, reach_band,
                          overlap_band)
    assert 0 < claim.at_least <= at_least
    true_reach = high * reach_band[1]
    true_reach[run.order] = low[run.order] * reach_band[0]
    truth = cov.with_reach(true_reach)

    def true_value(rows: list[int]) -> float:   # a union never above its reaches added up
        factor = overlap_band[0] if set(rows) == set(run.order) else overlap_band[1]
        return min(value(truth, rows) * factor, float(true_reach[rows].sum()))

    plan_true = true_value(run.order)
    best_true = max(true_value(list(rows)) for k in range(1, 13)
                    for rows in itertools.combinations(range(12), k)
                    if cost[list(rows)].sum() <= budget)
    assert plan_true >= claim.at_least * best_true - 1e-6
    assert claim.upper_bound >= best_true - 1e-6


def test_guarded_claim_bounds_plans_whatever_their_overlap_by_the_added_up_reaches():
    """Creators the model puts in one audience group, truly disjoint: the overlap band is far
    off, and the bound of the high reaches added up still holds the true best."""
    weights = np.zeros((6, 2))
    weights[:, 0] = 1.0
    reach = np.full((6, 1), 100.0)
    cov = Coverage.build(reach, weights, np.ones(1), PARAMS)
    cost = np.ones(6)
    limits = Limits(3.0)
    run, _ = optimise(cov, cost, np.zeros(6, dtype=int), limits)
    at_least = run.value / certificate(cov, cost, limits, run.order)
    claim = guarded_claim(cov, cost, limits, run.order, reach, reach, at_least, (1.0, 1.0),
                          (1.0, float("inf")))
    assert claim.upper_bound == pytest.approx(300.0)   # three disjoint audiences of 100
    assert claim.at_least == pytest.approx(run.value / 300.0)


def test_greedy_beats_top_by_fit_when_the_best_fits_share_an_audience():
    # six creators of one audience group (the best fits) and six with audiences of their own
    weights = np.zeros((12, 7))
    weights[:6, 0] = 1.0
    weights[np.arange(6, 12), np.arange(1, 7)] = 1.0
    reach = np.array([[100.0]] * 6 + [[80.0]] * 6)
    cov = Coverage.build(reach, weights, np.ones(1), PARAMS)
    cost = np.ones(12)
    top_by_fit = value(cov, [0, 1, 2, 3])
    run, _ = optimise(cov, cost, np.zeros(12, dtype=int), Limits(4.0))
    assert run.value > 1.1 * top_by_fit


def test_price_model_recovers_a_log_linear_price():
    rng = np.random.default_rng(5)
    followers = rng.lognormal(11, 1.5, 500)
    engagement = rng.uniform(0.01, 0.08, 500)
    platform = rng.integers(0, 3, 500)
    price = 0.05 * followers ** 0.8 * np.exp(0.3 * platform) * rng.lognormal(0, 0.2, 500)
    model = fit_prices(followers, engagement, platform, price)
    assert model is not None
    guess, low, high = model.estimate(followers, engagement, platform)
    assert np.median(np.abs(guess / price - 1)) < 0.2
    assert 0.7 < np.mean((price >= low) & (price <= high)) < 0.9
    assert fit_prices(followers[:5], engagement[:5], platform[:5], price[:5]) is None


def campaign(plan: dict, segments: list | None = None) -> object:
    return parse_campaign({"name": "Plan test", "segments": segments or ["eco-parents-na"],
                           "plan": plan})


def test_plan_answer_adds_up(matcher):
    plan = plan_campaign(matcher, campaign({"budget": 20000},
                                           ["eco-parents-na", "pet-parents-us"])).to_dict()
    creators = plan["creators"]
    assert creators and plan["total_cost"] <= 20000
    assert plan["total_cost"] == pytest.approx(sum(c["price_usd"] for c in creators), abs=0.05)
    for segment in plan["segments"]:
        marginal = sum(c["marginal_reach_by_segment"][segment["id"]] for c in creators)
        assert abs(marginal - segment["unique_reach"]) <= len(creators)
        low, high = segment["unique_reach_range"]
        assert low <= segment["unique_reach"] <= high
        assert segment["unique_reach"] <= segment["total_reach"] + 1
    certificate_ = plan["certificate"]
    assert 0 < certificate_["at_least"] <= 1
    assert 0 < certificate_["at_least_allowing_model_error"] <= certificate_["at_least"]
    assert certificate_["value_at_low_ends"] <= plan["value"]
    assert certificate_["at_least_allowing_model_error"] == pytest.approx(min(
        certificate_["value_at_low_ends"] / certificate_["upper_bound_at_high_ends"],
        certificate_["at_least"]), abs=1e-3)
    for c in creators:
        assert c["price_estimated"] == (c["price_range"] is not None)
        assert 0 <= c["overlap_with_plan"] <= sum(c["estimated_reach"].values())
    curve = [p["unique_reach"] for p in plan["reach_curve"]]
    assert curve == sorted(curve)
    estimated = [p["estimated_cost"] for p in plan["reach_curve"]]
    assert estimated == sorted(estimated) and estimated[-1] > 0
    assert all(0 <= p["estimated_cost"] <= p["budget"] for p in plan["reach_curve"])
    assert plan["reach_curve"][-1]["budget"] <= 2 * 20000
    ids = plan["overlap"]["ids"]
    assert ids == [c["id"] for c in creators]
    assert all(len(line) == len(ids) for line in plan["overlap"]["members"])


def test_plan_constraints_hold_through_the_matcher(matcher):
    free = plan_campaign(matcher, campaign({"budget": 30000})).to_dict()
    top = free["creators"][0]["id"]
    cheap = min(free["creators"], key=lambda c: c["price_usd"])["id"]
    plan = plan_campaign(matcher, campaign({
        "budget": 30000, "max_creators": 4, "exclude": [top], "must_include": [cheap],
        "platforms": {"instagram": {"max": 1}}, "max_budget_share": 0.5,
        "reported_prices_only": True})).to_dict()
    ids = [c["id"] for c in plan["creators"]]
    assert top not in ids and cheap in ids and len(ids) <= 4
    assert sum(c["platform"] == "instagram" for c in plan["creators"]) <= 1
    assert all(not c["price_estimated"] for c in plan["creators"])
    assert all(c["price_usd"] <= 15000 for c in plan["creators"])


@pytest.mark.parametrize(("plan", "field"), [
    ({"budget": 1}, "plan.budget"),
    ({}, "plan.budget"),
    ({"budget": 500, "must_include": "EXPENSIVE"}, "plan.must_include"),
    ({"budget": 5000, "must_include": ["no-such-creator"]}, "plan.must_include"),
    ({"budget": 5000, "values": {"other-segment": 2}}, "plan.values"),
])
def test_infeasible_plans_name_the_constraint(matcher, plan, field):
    if plan.get("must_include") == "EXPENSIVE":
        free = plan_campaign(matcher, campaign({"budget": 100000})).to_dict()
        plan["must_include"] = [max(free["creators"], key=lambda c: c["price_usd"])["id"]]
    with pytest.raises(InfeasiblePlan) as err:
        plan_campaign(matcher, campaign(plan))
    assert err.value.field == field


@pytest.mark.parametrize(("plan", "words"), [
    ({"budget": 100, "min_creators": 5, "max_creators": 2}, "min_creators 5 is above"),
    ({"budget": 100, "must_include": ["a"], "exclude": ["a"]}, "both in must_include"),
    ({"budget": 100, "platforms": {"tiktok": {"min": 3, "max": 1}}}, "min 3 is above max 1"),
])
def test_contradictory_constraints_are_rejected_before_planning(plan, words):
    with pytest.raises(InvalidInput, match=words) as err:
        campaign(plan)
    assert err.value.field is not None and err.value.field.startswith("plan")


def test_post_plans(settings, matcher):
    with TestClient(create_app(settings, matcher=matcher),
                    headers={"Authorization": f"Bearer {READER_KEY}"}) as client:
        body = {"campaign": {"name": "API plan", "segments": ["eco-parents-na"],
                             "plan": {"max_creators": 5}}, "budget": 15000}
        response = client.post("/v1/plans", json=body)
        assert response.status_code == 200
        plan = response.json()
        assert plan["budget"] == 15000 and len(plan["creators"]) <= 5
        assert 0 < plan["certificate"]["at_least_allowing_model_error"] <= (
            plan["certificate"]["at_least"])
        assert response.content == plan_campaign(matcher, parse_campaign(body["campaign"]),
                                                 15000).to_json()
        low = client.post("/v1/plans", json={**body, "budget": 1})
        assert low.status_code == 422
        assert low.headers["content-type"].startswith("application/problem+json")
        assert low.json()["field"] == "plan.budget"


def test_plan_page_shows_the_plans_numbers(matcher):
    from matcher.reports.plan_page import render_plan_html

    plan = plan_campaign(matcher, campaign({"budget": 20000}))
    body = plan.to_dict()
    html = render_plan_html(plan, "Page test")
    from matcher.reports.plan_page import HEAT_MAP_MAX_CREATORS

    readable = len(body["creators"]) <= HEAT_MAP_MAX_CREATORS   # else the top pairs listed
    assert html.count("<svg") == (2 if readable else 1)
    assert ('class="plan-pairs"' in html) == (not readable)
    for creator in body["creators"]:
        assert f"{creator['marginal_reach']:,}" in html
    guessed = sum(c["price_estimated"] for c in body["creators"])
    assert guessed and html.count("(estimated") == 2 * guessed   # price and cost per 1,000
    assert f"{body['segments'][0]['unique_reach']:,}" in html


@pytest.mark.slow
def test_cli_plan_prints_the_bytes_the_api_returns(settings, matcher, cli_env, tmp_path):
    import subprocess
    import sys

    path = tmp_path / "campaign.yaml"
    path.write_text("name: CLI plan\nsegments: [eco-parents-na]\nplan: {max_creators: 6}\n",
                    encoding="utf-8")
    cli = subprocess.run([sys.executable, "-m", "matcher.cli", "plan", str(path), "--budget",
                          "12000"], capture_output=True, env=cli_env, timeout=300)
    assert cli.returncode == 0, cli.stderr.decode()[-2000:]
    api = plan_campaign(matcher, parse_campaign({"name": "CLI plan",
                                                 "segments": ["eco-parents-na"],
                                                 "plan": {"max_creators": 6}}), 12000)
    assert cli.stdout.rstrip(b"\n") == api.to_json()
    assert "at_least_allowing_model_error" in api.to_dict()["certificate"]
    saved = subprocess.run([sys.executable, "-m", "matcher.cli", "plan", str(path), "--budget",
                            "12000", "--out", str(tmp_path / "plan.json")], capture_output=True,
                           env=cli_env, timeout=300)
    claim = api.to_dict()["certificate"]["at_least_allowing_model_error"]
    assert f"({claim:.0%} allowing for its error)" in saved.stdout.decode()
    low = subprocess.run([sys.executable, "-m", "matcher.cli", "plan", str(path), "--budget",
                          "1"], capture_output=True, env=cli_env, timeout=300)
    assert low.returncode == 1
    assert low.stderr.decode().startswith("error: plan.budget:")


def test_population_truth_agrees_with_the_worlds_reach_and_counts_shared_followers_once():
    from matcher.simulate import build_world
    from matcher.simulate.evaluation import world_segments
    from matcher.simulate.population import build_population

    world = build_world(11, 400)
    population = build_population(world)
    segment = world_segments(11, 1)[0]
    truth = world.true_reach(segment)
    follow = population.follow(np.arange(400))
    uncapped = np.flatnonzero(follow.max(axis=1) < 1.0)
    top = uncapped[np.argsort(-truth[uncapped])[:10]]
    for row in top:
        assert population.unique_reach([row], segment) == pytest.approx(truth[row], rel=1e-9)
    together = population.unique_reach(top, segment)
    assert max(truth[top]) < together < truth[top].sum()


def test_overlap_figures_match_their_definitions():
    from matcher.planning.plans import _pair_overlap, _reached_only_by

    for params in (PARAMS, GroupParams(max_reach_share=1.0)):
        rng = np.random.default_rng(0)
        cov = Coverage.build(rng.lognormal(9, 1, (30, 2)), rng.dirichlet(np.full(5, 0.3), 30),
                             np.ones(2), params)
        order = [3, 7, 1, 20, 11]
        full = cov.miss_of(order)
        pair = _pair_overlap(cov, order)
        for a, i in enumerate(order):
            others = [o for o in order if o != i]
            only = cov.members(full) - cov.members(cov.miss_of(others))
            assert _reached_only_by(cov, full, order, i) == pytest.approx(only)
            for b, j in enumerate(order):
                both = cov.reach[i].sum() + cov.reach[j].sum() - value(cov, [i, j])
                assert pair[a, b] == pytest.approx(0.0 if a == b else max(both, 0.0), abs=1e-6)


NO_PLATFORM = {p: {"max": 0} for p in ("instagram", "tiktok", "youtube", "x", "linkedin")}


@pytest.mark.parametrize(("plan", "segments", "field"), [
    ({"budget": 20000, "values": {"eco-parents-na": 0}}, None, "plan.values"),
    ({"budget": 20000, "platforms": NO_PLATFORM}, None, "plan.platforms"),
    ({"budget": 20000, "min_creators": 3,
      "platforms": {**NO_PLATFORM, "instagram": {"max": 1}}}, None, "plan.min_creators"),
    ({"budget": 20000}, [{"id": "nobody", "countries": ["AQ"],
                          "interests": ["underwater basket weaving"]}], "segments"),
    ({"budget": 20000, "max_creators": 10_000}, None, "plan.max_creators"),
    ({"budget": 20000}, ["eco-parents-na", "eco-parents-na"], "segments"),
])
def test_plans_that_would_book_nobody_or_too_many_are_refused(matcher, plan, segments, field):
    with pytest.raises(InfeasiblePlan) as err:
        plan_campaign(matcher, campaign(plan, segments))
    assert err.value.field == field


def test_must_include_refusal_names_the_filter_it_fails(matcher):
    free = plan_campaign(matcher, campaign({"budget": 20000})).to_dict()
    dear = max(free["creators"], key=lambda c: c["price_usd"])
    share = (dear["price_usd"] - 1) / 20000
    with pytest.raises(InfeasiblePlan) as err:
        plan_campaign(matcher, campaign({"budget": 20000, "must_include": [dear["id"]],
                                         "min_fit": 0.0, "max_budget_share": share}))
    assert err.value.field == "plan.max_budget_share"


@pytest.mark.parametrize("budget", [float("inf"), float("nan"), 1e300, -1.0])
def test_budget_given_apart_from_the_campaign_is_checked_like_plan_budget(matcher, budget):
    with pytest.raises(InfeasiblePlan) as err:
        plan_campaign(matcher, campaign({}), budget)
    assert err.value.field == "plan.budget"


def test_api_refuses_infinite_budgets_and_values(settings, matcher):
    with TestClient(create_app(settings, matcher=matcher),
                    headers={"Authorization": f"Bearer {READER_KEY}"}) as client:
        for raw in (b'{"campaign": {"name": "p", "segments": ["eco-parents-na"]}, '
                    b'"budget": Infinity}',
                    b'{"campaign": {"name": "p", "segments": ["eco-parents-na"], "plan": '
                    b'{"budget": 9000, "values": {"eco-parents-na": Infinity}}}}'):
            response = client.post("/v1/plans", content=raw,
                                   headers={"content-type": "application/json"})
            assert response.status_code == 422, response.text


def test_a_plan_stopped_by_the_creator_setting_says_so_and_its_bound_holds(matcher):
    from dataclasses import replace

    from matcher.planning import PlanOptions, prepare, solve
    from matcher.reports.render import campaign_segments

    problem = prepare(matcher, campaign_segments(matcher, campaign({})), PlanOptions(budget=1e9))
    everyone = solve(problem, matcher.settings).to_dict()
    capped = replace(problem, limits=replace(problem.limits, max_creators=5))
    plan = solve(capped, matcher.settings).to_dict()
    assert len(plan["creators"]) == 5 and len(everyone["creators"]) > 5
    assert any("MATCHER_PLAN_MAX_CREATORS" in w for w in plan["warnings"])
    assert plan["certificate"]["upper_bound"] >= everyone["value"]


def test_partial_enumeration_is_bounded_by_settings():
    from pydantic import ValidationError

    from matcher.config import Settings

    with pytest.raises(ValidationError):
        Settings(plan_seed_pairs=1_000)
    with pytest.raises(ValidationError):
        Settings(plan_max_creators=1_000_000)


def test_minimums_on_a_tight_budget_are_met_within_it(matcher):
    free = plan_campaign(matcher, campaign({"budget": 1e9, "max_creators": 60})).to_dict()
    cheapest = sorted(c["price_usd"] for c in free["creators"])[:20]
    budget = sum(cheapest) * 1.02
    plan = plan_campaign(matcher, campaign({"budget": budget, "min_creators": 20})).to_dict()
    assert len(plan["creators"]) >= 20 and plan["total_cost"] <= budget


def test_a_segment_the_plan_misses_and_unknown_exclusions_are_named_in_the_warnings(matcher):
    plan = plan_campaign(matcher, campaign(
        {"budget": 20000, "exclude": ["no-such-creator"]},
        ["eco-parents-na", {"id": "nobody", "countries": ["AQ"],
                            "interests": ["underwater basket weaving"]}]))
    warnings = plan.to_dict()["warnings"]
    assert any(w.startswith("segment nobody:") for w in warnings)
    assert any(w.startswith("plan.exclude:") and "no-such-creator" in w for w in warnings)


@pytest.mark.parametrize(("second", "chosen"), [(0.5, 0), (0.6, 1)])
def test_a_two_segment_plan_maximises_the_valued_reach(second, chosen):
    """Creator 0 reaches 100 members of the first segment, creator 1 180 of the second:
    worth 100 against 90 at a value of 0.5 for the second, 108 at 0.6. The plan's value is
    the sum over segments of value x unique reach, and the marginal reaches add up to it."""
    weights = np.eye(3)
    reach = np.array([[100.0, 0.0], [0.0, 180.0], [30.0, 30.0]])
    cov = Coverage.build(reach, weights, np.array([1.0, second]), PARAMS)
    run, _ = optimise(cov, np.array([1.0, 1.0, 0.4]), np.zeros(3, dtype=int), Limits(1.0))
    assert run.order == [chosen]
    unique = cov.unique_reach(run.order)
    assert run.value == pytest.approx(unique[0] + second * unique[1])
    both, _ = optimise(cov, np.array([1.0, 1.0, 0.4]), np.zeros(3, dtype=int), Limits(2.4))
    assert sorted(both.order) == [0, 1, 2]
    assert both.value == pytest.approx(130.0 + second * 210.0)


def test_a_larger_candidate_pool_plans_with_creators_beyond_a_shortlists_500(matcher,
                                                                            monkeypatch):
    adults = {"id": "adults-18-44", "name": "Adults 18-44", "ages": ["18-24", "25-34", "35-44"]}
    shortlisted = {r["id"] for rank_by in ("fit", "reach")
                   for r in matcher.shortlist(adults, k=500, rank_by=rank_by).results}
    beyond_shortlists = campaign({"budget": 20000, "exclude": sorted(shortlisted)}, [adults])
    with pytest.raises(InfeasiblePlan) as err:  # 200 by default: every candidate excluded
        plan_campaign(matcher, beyond_shortlists)
    assert err.value.field == "plan.exclude"
    monkeypatch.setattr(matcher.settings, "plan_candidates", 1000)
    plan = plan_campaign(matcher, beyond_shortlists).to_dict()
    chosen = {c["id"] for c in plan["creators"]}
    assert chosen and not chosen & shortlisted
    assert plan["total_cost"] <= 20000


def test_segments_share_the_plans_candidate_limit_and_the_plan_says_so(matcher, monkeypatch):
    monkeypatch.setattr(matcher.settings, "plan_candidates", 1000)
    monkeypatch.setattr(matcher.settings, "plan_max_pool", 800)
    plan = plan_campaign(matcher, campaign({"budget": 20000},
                                           ["eco-parents-na", "pet-parents-us"])).to_dict()
    assert plan["creators"]
    assert any("200 by fit" in w and "MATCHER_PLAN_MAX_POOL" in w for w in plan["warnings"])
    monkeypatch.setattr(matcher.settings, "plan_candidates", 200)
    assert not any("MATCHER_PLAN_MAX_POOL" in w for w in plan_campaign(
        matcher, campaign({"budget": 20000}, ["eco-parents-na", "pet-parents-us"])
    ).to_dict()["warnings"])


def test_the_candidate_pool_is_a_bounded_setting():
    from pydantic import ValidationError

    from matcher.config import Settings

    assert Settings(plan_candidates=10_000).plan_candidates == 10_000
    with pytest.raises(ValidationError):
        Settings(plan_candidates=10_001)
    assert Settings(plan_max_pool=50_000).plan_max_pool == 50_000
    with pytest.raises(ValidationError):  # the softmax and group weights of more: 100s of MB
        Settings(plan_max_pool=50_001)


class _LimitOpeningVectors(np.ndarray):
    """Unit vectors whose first product opens a one-thread BLAS limit that the test closes
    after k-means returns: in one thread, the overlap of another thread's limit (as
    discovery's scikit-learn k-means sets) with whatever k-means holds, without nesting."""

    opened: list = []

    def __matmul__(self, other):
        if not _LimitOpeningVectors.opened:
            import threadpoolctl

            _LimitOpeningVectors.opened.append(
                threadpoolctl.threadpool_limits(limits=1, user_api="blas"))
        return np.asarray(self) @ np.asarray(other)


def test_grouping_audiences_leaves_the_processs_blas_threads_alone():
    """The process keeps its BLAS thread count through a plan's k-means overlapping another
    limit: every later product's digits depend on it."""
    threadpoolctl = pytest.importorskip("threadpoolctl")

    def blas_threads() -> list[int]:
        return [i["num_threads"] for i in threadpoolctl.threadpool_info()
                if i["user_api"] == "blas"]

    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(300, 16))
    vectors = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).view(
        _LimitOpeningVectors)
    before = blas_threads()
    if not before or max(before) == 1:
        pytest.skip("no BLAS that runs on more than one thread")
    _LimitOpeningVectors.opened.clear()
    try:
        kmeans(vectors, 8, 0, 0)
        assert _LimitOpeningVectors.opened, "k-means made no product"
        _LimitOpeningVectors.opened[0].restore_original_limits()
        assert blas_threads() == before
    finally:
        threadpoolctl.ThreadpoolController().limit(limits=max(before), user_api="blas")
