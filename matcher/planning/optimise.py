"""Budgeted maximum coverage: which candidates to book, and how far from the best that is.

``optimise`` runs the lazy cost-benefit greedy (CELF: marginal gains only shrink as the set
grows, so a stale gain is an upper bound and only the candidates whose stale ratio could still
win are re-evaluated) from several starts and keeps the best plan:

* the must-includes alone, by gain per dollar (cost-benefit) and by gain (unit cost);
* partial enumeration: each of the ``singles`` best single creators, and each pair of the
  ``pairs`` best, as a seed completed by the cost-benefit greedy.

With only a budget (plus must-include, exclusions and filters, which shrink the pool), the
better of the cost-benefit and the unit-cost greedy reaches at least (1 - 1/e)/2 of the best
plan (Leskovec et al. 2007, after Khuller, Moss and Naor 1999); seeds of size 3 would raise
that to 1 - 1/e (Sviridenko 2004) at n^3 greedy runs, which is why the bound reported with a
plan is the a-posteriori ``certificate`` instead: for any set P,
``f(T) <= f(P) + sum_{j in T \\ P} gain_j(P)``, so ``f(P)`` plus the best fractional knapsack
of the gains w.r.t. P (and, with a creator limit, the largest gains that many) bounds every
plan; the minimum over the plan's prefixes is reported. Creator counts and platform caps or
minimums are met by construction (minimums first, then the greedy) and keep the certificate
valid, but not the a-priori factor.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

import numpy as np

from matcher.planning.coverage import ReachFunction

BATCH = 64  # candidates re-evaluated at once by the lazy greedy
KNAPSACK_FIRST = 256  # items the fractional knapsack sorts first (more only if they all fit)


@dataclass(frozen=True)
class Limits:
    budget: float
    min_creators: int = 0
    max_creators: int | None = None
    platform_max: dict[int, int] = field(default_factory=dict)
    platform_min: dict[int, int] = field(default_factory=dict)
    must: tuple[int, ...] = ()


@dataclass
class Run:
    """One greedy's plan: the rows in the order they were added, its value and cost."""

    order: list[int]
    value: float
    spent: float
    start: str


@dataclass
class _State:
    cov: ReachFunction
    cost: np.ndarray
    platform: np.ndarray
    limits: Limits
    order: list[int] = field(default_factory=list)
    miss: np.ndarray = field(default_factory=lambda: np.zeros(0))
    spent: float = 0.0
    chosen: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    counts: dict[int, int] = field(default_factory=dict)

    @classmethod
    def empty(cls, cov: ReachFunction, cost: np.ndarray, platform: np.ndarray, limits: Limits
              ) -> _State:
        return cls(cov, cost, platform, limits, [], cov.empty_miss(), 0.0,
                   np.zeros(len(cov), dtype=bool), {})

    def copy(self) -> _State:
        return _State(self.cov, self.cost, self.platform, self.limits, list(self.order),
                      self.miss.copy(), self.spent, self.chosen.copy(), dict(self.counts))

    def add(self, row: int) -> None:
        self.order.append(row)
        self.cov.add_into(self.miss, row)    # the state owns its miss (``copy``)
        self.spent += float(self.cost[row])
        self.chosen[row] = True
        p = int(self.platform[row])
        self.counts[p] = self.counts.get(p, 0) + 1

    def value_of(self) -> float:
        return self.cov.value_of(self.miss)

    def deficits(self) -> tuple[dict[int, int], int]:
        """Creators still needed per platform minimum, and beyond them for the count minimum."""
        per = {p: max(0, m - self.counts.get(p, 0)) for p, m in self.limits.platform_min.items()}
        per = {p: d for p, d in per.items() if d}
        rest = max(0, self.limits.min_creators - len(self.order) - sum(per.values()))
        return per, rest

    def open_mask(self) -> np.ndarray:
        """Candidates that may still be added without breaking a cap or the budget."""
        ok = ~self.chosen & (self.spent + self.cost <= self.limits.budget + 1e-9)
        if self.limits.max_creators is not None and len(self.order) >= self.limits.max_creators:
            return np.zeros_like(ok)
        for p, cap in self.limits.platform_max.items():
            if self.counts.get(p, 0) >= cap:
                ok &= self.platform != p
        return ok

    def reserve(self, without: int | None = None) -> float | None:
        """The least the unmet minimums can still cost (None: they cannot be met), with
        ``without`` added first."""
        if without is None:
            return self.reserve_after(None)
        return self.reserve_after(int(self.platform[without]), without)

    def reserve_after(self, platform: int | None, row: int | None = None) -> float | None:
        """``reserve`` once one more creator of ``platform`` is in; without ``row``, a lower
        bound of ``reserve(without=r)`` for every row r of that platform."""
        per, rest = self.deficits()
        if platform is not None:
            if per.get(platform):
                per[platform] -= 1
            elif rest:
                rest -= 1
        free = ~self.chosen
        if row is not None:
            free[row] = False
        total = 0.0
        for p, need in per.items():
            if not need:
                continue
            if p in self.limits.platform_max and need > self.limits.platform_max[p] - (
                    self.counts.get(p, 0) + (platform == p)):
                return None
            pool = np.flatnonzero(free & (self.platform == p))
            if len(pool) < need:
                return None
            cheapest = pool[np.argsort(self.cost[pool], kind="stable")[:need]]
            total += float(self.cost[cheapest].sum())
            free[cheapest] = False
        if rest:
            pool = np.flatnonzero(free)
            if len(pool) < rest:
                return None
            total += float(np.sort(self.cost[pool])[:rest].sum())
        return total

    def fits(self, row: int) -> bool:
        """Adding ``row`` keeps the budget, the caps, and the minimums affordable."""
        if self.chosen[row] or not self.open_mask()[row]:
            return False
        reserve = self.reserve(without=row)
        return reserve is not None and self.spent + self.cost[row] + reserve <= (
            self.limits.budget + 1e-9)


def _meet_minimums(state: _State) -> bool:
    """Add the best gain-per-dollar creators the minimums still need; False if impossible."""
    while True:
        per, rest = state.deficits()
        if not per and not rest:
            return True
        wanted = state.open_mask()
        if per:
            wanted &= np.isin(state.platform, [p for p, d in per.items() if d])
        rows = np.flatnonzero(wanted)
        if not len(rows):
            return False
        ratio = state.cov.gains(state.miss, rows) / np.maximum(state.cost[rows], 1e-9)
        # one reserve per platform bounds every row's from below: exact checks only for rows
        # that pass it, so a step costs O(n log n), not n reserves
        floors = {int(p): state.reserve_after(int(p)) for p in np.unique(state.platform[rows])}
        for row in rows[np.argsort(-ratio, kind="stable")]:
            floor = floors[int(state.platform[row])]
            if floor is None or state.spent + state.cost[row] + floor > (
                    state.limits.budget + 1e-9):
                continue
            if state.fits(int(row)):
                state.add(int(row))
                break
        else:
            return False


def _ranked(ratio: np.ndarray, count: int, first: int) -> np.ndarray:
    """The ``first`` (or, when that is most of them, all ``count``) rows of largest ratio,
    largest first; rows past ``count`` have ratio -inf."""
    if first * 4 >= count:
        return np.argsort(-ratio, kind="stable")[:count]
    top = np.argpartition(-ratio, first)[:first]
    return top[np.argsort(-ratio[top], kind="stable")]


def _lazy_greedy(state: _State, unit_cost: bool, bound: np.ndarray | None = None) -> None:
    """Add creators by marginal gain per dollar (or by gain) while any still fits.
    ``bound``: gains with respect to a subset of the state (still upper bounds)."""
    cov, cost = state.cov, state.cost
    divisor = np.ones_like(cost) if unit_cost else np.maximum(cost, 1e-9)
    bound = cov.gains(state.miss) if bound is None else bound.copy()   # stale: upper bounds
    floor = np.inf    # the last of the 16 x BATCH best ratios when last ranked among all
    while True:
        open_rows = state.open_mask()
        count = int(open_rows.sum())
        if not count:
            return
        ratio = np.where(open_rows, bound / divisor, -np.inf)
        # ratios only fall, so while 4 x BATCH of them are still at the floor, the best are
        # among those and only they are ranked (in the order a full ranking gives them); a
        # floor of 0 holds every open row, which a partial ranking sorts faster
        leading = np.flatnonzero(ratio >= floor)
        if floor > 0 and 4 * BATCH <= len(leading) <= 16 * BATCH:
            ranked = leading[np.argsort(-ratio[leading], kind="stable")]
        else:
            ranked = _ranked(ratio, count, 16 * BATCH)
            floor = float(ratio[ranked[-1]])
        best, best_ratio, pos = -1, 0.0, 0
        while pos < len(ranked):
            batch = ranked[pos:pos + BATCH]
            fresh = cov.gains(state.miss, batch)
            bound[batch] = fresh
            fresh_ratio = fresh / divisor[batch]
            top = int(np.argmax(fresh_ratio))
            if fresh_ratio[top] > best_ratio:
                best, best_ratio = int(batch[top]), float(fresh_ratio[top])
            pos += BATCH
            if pos >= len(ranked) < count:
                ranked = _ranked(ratio, count, count)
            if pos >= len(ranked) or best_ratio >= ratio[ranked[pos]]:
                break
        if best < 0 or best_ratio <= 0:
            return
        state.add(best)


def _run(base: _State, seed: tuple[int, ...], unit_cost: bool, name: str,
         bound: np.ndarray | None = None) -> Run | None:
    state = base.copy()
    for row in seed:
        if not state.fits(row):
            return None
        state.add(row)
    if not _meet_minimums(state):
        return None
    _lazy_greedy(state, unit_cost, bound)
    return Run(state.order, state.value_of(), state.spent, name)


def start_state(cov: ReachFunction, cost: np.ndarray, platform: np.ndarray, limits: Limits
                ) -> _State | None:
    """The must-includes in; None when their cost and the minimums exceed the budget."""
    state = _State.empty(cov, cost, platform, limits)
    for row in limits.must:
        state.add(row)
    reserve = state.reserve()
    if reserve is None or state.spent + reserve > limits.budget + 1e-9:
        return None
    return state


def optimise(cov: ReachFunction, cost: np.ndarray, platform: np.ndarray, limits: Limits,
             singles: int = 8, pairs: int = 5) -> tuple[Run, int]:
    """The best plan found and the number of greedy runs made. The caller has checked that
    the must-includes and minimums fit (``start_state`` is not None)."""
    base = start_state(cov, cost, platform, limits)
    if base is None:
        raise ValueError("the must-includes and minimums do not fit the budget")
    gains = cov.gains(base.miss)    # upper bounds of every later gain (submodularity)
    runs = [_run(base, (), False, "cost-benefit greedy", gains),
            _run(base, (), True, "unit-cost greedy", gains)]
    open_rows = np.flatnonzero(base.open_mask())
    best_single = open_rows[np.argsort(-gains[open_rows], kind="stable")]
    for row in best_single[:singles]:
        runs.append(_run(base, (int(row),), False, "seeded greedy (1)", gains))
    for a, b in itertools.combinations(best_single[:pairs].tolist(), 2):
        runs.append(_run(base, (int(a), int(b)), False, "seeded greedy (2)", gains))
    done = [r for r in runs if r is not None]
    if not done:
        raise ValueError("no plan meets the minimums within the budget")
    return max(done, key=lambda r: (r.value, -r.spent)), len(done)


def fractional_knapsack(gains: np.ndarray, cost: np.ndarray, capacity: float) -> float:
    """The most of ``gains`` a capacity buys when items may be taken in part."""
    if capacity <= 0:
        return 0.0
    keep = gains > 0
    gains, cost = gains[keep], np.maximum(cost[keep], 1e-12)
    ratio = gains / cost
    order, cumulative = _best_first(ratio, cost, capacity)
    full = int(np.searchsorted(cumulative, capacity, side="right"))
    total = float(gains[order[:full]].sum())
    if full < len(order):
        spent = float(cumulative[full - 1]) if full else 0.0
        total += float(gains[order[full]]) * (capacity - spent) / float(cost[order[full]])
    return total


def _best_first(ratio: np.ndarray, cost: np.ndarray, capacity: float
                ) -> tuple[np.ndarray, np.ndarray]:
    """The items by ratio, largest first (ties in index order), and their cumulative cost:
    only as many as it takes to pass ``capacity`` (all of them when they do not), the same
    leading items a full stable sort gives."""
    first = KNAPSACK_FIRST
    while first < len(ratio):
        cut = np.partition(ratio, len(ratio) - first)[len(ratio) - first]
        leading = np.flatnonzero(ratio >= cut)
        order = leading[np.argsort(-ratio[leading], kind="stable")]
        cumulative = np.cumsum(cost[order])
        if cumulative[-1] > capacity:
            return order, cumulative
        first *= 4
    order = np.argsort(-ratio, kind="stable")
    return order, np.cumsum(cost[order])


def _largest_sum(values: np.ndarray, count: int) -> float:
    """The sum of the ``count`` largest values, added largest first."""
    if count <= 0:
        return 0.0
    if count < len(values):
        values = np.partition(values, len(values) - count)[len(values) - count:]
    return float(np.sort(values)[::-1].sum())


def certificate(cov: ReachFunction, cost: np.ndarray, limits: Limits, order: list[int]) -> float:
    """An upper bound on the value of every plan within the budget that holds the
    must-includes (and, with a creator limit, no more creators than it)."""
    must = list(limits.must)
    capacity = limits.budget - float(cost[must].sum())
    extra = None if limits.max_creators is None else limits.max_creators - len(must)
    bound = np.inf
    miss = cov.miss_of(must)
    prefixes = [len(must)] + list(range(len(must) + 1, len(order) + 1))
    added = len(must)
    for end in prefixes:
        while added < end:
            cov.add_into(miss, order[added])
            added += 1
        gains = cov.gains(miss)
        gains[order[:end]] = 0.0
        value = cov.value_of(miss)
        bound = min(bound, value + fractional_knapsack(gains, cost, capacity))
        if extra is not None:
            bound = min(bound, value + _largest_sum(gains, extra))
    return float(bound)


def additive_bound(item_value: np.ndarray, cost: np.ndarray, limits: Limits) -> float:
    """An upper bound on the value of every plan within the budget that holds the
    must-includes (and, with a creator limit, no more creators than it) when a set's value is
    at most the sum of its creators' ``item_value``: whatever their overlap."""
    must = list(limits.must)
    fixed = float(item_value[must].sum())
    others = item_value.astype(float)
    others[must] = 0.0
    bound = fixed + fractional_knapsack(others, cost, limits.budget - float(cost[must].sum()))
    if limits.max_creators is not None:
        bound = min(bound, fixed + _largest_sum(others, limits.max_creators - len(must)))
    return float(bound)


def reach_curve(cov: ReachFunction, cost: np.ndarray, platform: np.ndarray, limits: Limits,
                up_to: float) -> list[tuple[float, float, np.ndarray, int]]:
    """The cost-benefit greedy's prefixes up to budget ``up_to``: (cost, value, members per
    segment, the row added) after each creator, the must-includes first."""
    wide = Limits(up_to, 0, limits.max_creators, limits.platform_max, {}, limits.must)
    state = _State.empty(cov, cost, platform, wide)
    for row in limits.must:
        state.add(row)
    _lazy_greedy(state, unit_cost=False)
    out = []
    miss, spent = cov.empty_miss(), 0.0
    for row in state.order:
        cov.add_into(miss, row)
        spent += float(cost[row])
        out.append((spent, cov.value_of(miss), cov.members(miss), row))
    return out
