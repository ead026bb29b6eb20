"""The service must keep beating the bio-only baseline on a seeded world with known truth."""

import pytest

from matcher.simulate import build_world
from matcher.simulate.evaluation import METHODS, evaluate, world_matcher, world_segments

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def small_world_report(encoder, workdir):
    world = build_world(seed=5, n_creators=1200)
    matcher = world_matcher(world, encoder, workdir)
    return evaluate(world, world_segments(5, 10), matcher, methods=METHODS)


def test_service_beats_bio_only_on_true_share(small_world_report):
    bio = small_world_report.mean("bio-only")
    fit = small_world_report.mean("service rank_by=fit")
    assert fit["ndcg50_share"] >= bio["ndcg50_share"] + 0.25, (fit, bio)


def test_ranking_by_reach_beats_bio_only_and_followers_on_true_reach(small_world_report):
    reach = small_world_report.mean("service rank_by=reach")
    assert reach["ndcg50_reach"] >= small_world_report.mean("bio-only")["ndcg50_reach"] + 0.3
    assert reach["ndcg50_reach"] > small_world_report.mean("followers")["ndcg50_reach"]


def test_no_hard_filter_is_ever_violated(small_world_report):
    for method in METHODS:
        assert small_world_report.mean(method)["violations"] == 0


def test_random_baseline_is_far_below(small_world_report):
    assert small_world_report.mean("random")["ndcg50_share"] < 0.3
