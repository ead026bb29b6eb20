"""Plans over thousands of candidates: the paths small instances never take.

The lazy greedy ranks only the ratios still above the floor of its last full ranking, the
overlap model keeps each candidate's nearest groups, and the candidates' interests are
written in a basis of the label embeddings; each must give what the plain computation gives.
"""

import numpy as np
import pytest

from matcher.planning.audiences import GroupParams, group_weights, kmeans
from matcher.planning.candidates import label_basis
from matcher.planning.coverage import Coverage
from matcher.planning.optimise import Limits, optimise

PARAMS = GroupParams()


def large_instance(seed: int, n: int = 3000, groups: int = 300, silent: float = 0.6
                   ) -> tuple[Coverage, np.ndarray, np.ndarray]:
    """Creators each in a few of many groups; ``silent`` of them reach no segment member, so
    most ratios are 0 once the others are ranked."""
    rng = np.random.default_rng(seed)
    reach = rng.lognormal(9.0, 1.2, (n, 1)) * (rng.random((n, 1)) >= silent)
    weights = np.zeros((n, groups))
    for row in range(n):
        picked = rng.choice(groups, 5, replace=False)
        weights[row, picked] = rng.dirichlet(np.full(5, 0.5))
    cost = np.round(rng.lognormal(6.0, 0.8, n), 2) + 1.0
    return Coverage.build(reach, weights, np.ones(1), PARAMS), cost, np.zeros(n, dtype=int)


def plain_greedy(cov: Coverage, cost: np.ndarray, budget: float, unit_cost: bool
                 ) -> tuple[list[int], float]:
    """Every candidate's gain computed afresh at every step; the best ratio, lowest row first."""
    miss, spent, order = cov.empty_miss(), 0.0, []
    chosen = np.zeros(len(cost), dtype=bool)
    divisor = np.ones_like(cost) if unit_cost else np.maximum(cost, 1e-9)
    while True:
        open_rows = ~chosen & (spent + cost <= budget + 1e-9)
        if not open_rows.any():
            break
        ratio = np.where(open_rows, cov.gains(miss) / divisor, -np.inf)
        best = int(np.argmax(ratio))
        if ratio[best] <= 0:
            break
        order.append(best)
        cov.add_into(miss, best)
        spent += float(cost[best])
        chosen[best] = True
    return order, cov.value_of(miss)


@pytest.mark.parametrize(("seed", "silent"), [(1, 0.0), (2, 0.0), (1, 0.6)])
def test_the_lazy_greedy_books_what_a_full_re_evaluation_books_on_thousands(seed, silent):
    cov, cost, platform = large_instance(seed, silent=silent)
    budget = float(np.median(cost)) * 300
    plan, _ = optimise(cov, cost, platform, Limits(budget=budget), singles=0, pairs=0)
    plain = [plain_greedy(cov, cost, budget, unit) for unit in (False, True)]
    best_order, best_value = max(plain, key=lambda run: run[1])
    assert len(plan.order) > 100, "enough steps to rank past the first floor"
    assert plan.order == best_order
    assert plan.value == pytest.approx(best_value, rel=1e-12)


def test_each_candidate_spreads_over_its_nearest_groups_only():
    rng = np.random.default_rng(3)
    vectors = rng.normal(size=(3000, 24))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    weights = group_weights(vectors, PARAMS).toarray()
    groups = weights.shape[1]
    assert groups > PARAMS.groups_per_candidate
    assert np.allclose(weights.sum(axis=1), 1.0)
    assert (np.count_nonzero(weights, axis=1) <= PARAMS.groups_per_candidate).all()
    closeness = vectors @ kmeans(vectors, groups).T
    nearest = np.argsort(-closeness, axis=1)[:, :PARAMS.groups_per_candidate]
    for row in range(len(vectors)):
        assert set(np.flatnonzero(weights[row])) <= set(nearest[row].tolist())
        assert weights[row, nearest[row, 0]] == weights[row].max()


def test_the_label_basis_keeps_every_inner_product_in_fewer_dimensions():
    rng = np.random.default_rng(4)
    base = rng.normal(size=(40, 384))
    delta = np.vstack([base[:5] * 2.0 - base[5:10], rng.normal(size=(3, 384))])  # 3 new labels
    basis = label_basis([base, delta])
    assert basis.shape == (43, 384)
    assert np.allclose(basis @ basis.T, np.eye(len(basis)), atol=1e-10)
    labels = np.vstack([base, delta])
    coordinates = labels @ basis.T
    assert np.allclose(coordinates @ coordinates.T, labels @ labels.T, rtol=1e-9, atol=1e-8)
