"""Pilots: which creators to test next, and which tested ones to scale.

The policy is Thompson sampling over the posterior, among the ``PILOT_AMONG`` x ``n`` best
candidates by posterior mean conversions per dollar: draw each one's conversion rate once
from its posterior, then book the best draws in conversions per dollar, greedily, up to ``n``
creators and the budget. A creator with no results has a wide posterior, so it is
sometimes drawn high and tested; one with results is booked again as often as its evidence
says it is the best, unless ``pilot_retests`` says otherwise: with ``scale`` a pilot books
again only the tested creators whose verdict is *scale* and draws the other slots among
creators without results; with ``none`` it draws only among creators without results, and
the verdicts say which tested ones to scale. With ``pilot_explore`` greedy the slots are
filled by the best posterior means per dollar instead of the best draws. Only creators with a
price can be booked.

With ``pilot_explore`` knowledge_gradient the slots go to the creators whose one post is
expected to most improve the shortlist booked after the pilots (Frazier, Powell & Dayanik
2008), per dollar of the test. That shortlist is taken as the ``k`` best posterior means per
dollar among the priced creators, ``k`` the number the best-mean plan books within ``n`` and
the budget. For creator *i* with posterior mean value per dollar ``m_i``:

* the rate's variance ``s2_i`` is the posterior's, mixed over the parameter draws (so it
  holds the feature effects' uncertainty), and one post reaching ``e_i`` members
  (``members_per_post``) measures the rate as conversions / ``e_i`` with the noise variance
  ``N_i = E[rate] / e_i + E[rate^2] / kappa`` (the Poisson count and the post-to-post Gamma
  factor of the point fit's ``kappa``);
* by a normal approximation, the post moves the posterior mean rate by a normal amount of sd
  ``s2_i / sqrt(s2_i + N_i)``, i.e. ``t_i`` = that x ``e_i`` x value per conversion / price
  in value per dollar;
* ``KG_i = t_i f(-|m_i - c_i| / t_i)``, ``f(z) = z Phi(z) + phi(z)``, where ``c_i`` is the
  ``k``-th best mean of the other creators: the ``k + 1``-th best overall for a creator
  inside the ``k`` best, the ``k``-th for one outside. It is the expected rise of the sum of
  the ``k`` best means, the shortlist's value per dollar, when only ``m_i`` moves.

knowledge_gradient_shared also counts what the post teaches about the other creators through
the feature effects and the creator spread they share: between two creators the rates
covary across the parameter draws (given a draw they are independent), ``C_ji`` = the
covariance of their draw means, so the post moves creator *j*'s mean by ``C_ji / sqrt(s2_i +
N_i)`` per unit of a standard normal ``Z``, and ``KG_i`` is the expected rise of the sum of
the ``k`` best means under that joint move (``KG_QUADRATURE`` Gauss-Hermite nodes in
``Z``). Before any result the model has no parameter draws, so both variants are the same.

Either books greedily by ``KG_i`` / price (ties by posterior mean), within ``n`` and the
budget, among the creators ``pilot_retests`` allows (the shortlist ``c_i`` is read from
keeps every priced creator); ``PILOT_AMONG`` applies to Thompson sampling only.

After results, a tested creator is recommended to *scale* when the posterior probability
that its conversions per dollar beat the best untested creator's predicted figure is at
least ``SCALE_PROBABILITY``, to *stop* when it is at most ``STOP_PROBABILITY``, else to
*test again*.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.polynomial.hermite_e import hermegauss
from scipy.stats import norm

from matcher.config import Settings
from matcher.contracts.profiles import Segment
from matcher.errors import InvalidInput
from matcher.feedback.learning import Learned, learn, outside_records, view_inputs
from matcher.service import Matcher

SCALE_PROBABILITY = 0.8
STOP_PROBABILITY = 0.2
DRAWS = 400
PILOT_AMONG = 3
KG_QUADRATURE = 32     # Gauss-Hermite nodes of knowledge_gradient_shared's expectation
RETESTS = Settings.model_fields["pilot_retests"].default
EXPLORE = Settings.model_fields["pilot_explore"].default
EXPLORE_POLICY = {
    "thompson": "thompson sampling: one draw of each candidate's conversion rate from its "
                "posterior, then the best draws in conversions per dollar, greedily, within "
                "n and the budget",
    "greedy": "the best posterior mean conversions per dollar, greedily, within n and the "
              "budget",
    "knowledge_gradient": "knowledge gradient: the creators whose one post is expected to "
                          "most raise the value per dollar of the shortlist after the pilot "
                          "(its k best posterior means), per dollar of the test, greedily, "
                          "within n and the budget",
    "knowledge_gradient_shared": "knowledge gradient with shared effects: as "
                                 "knowledge_gradient, counting also what a post teaches about "
                                 "the other creators through the feature effects they share",
}
RETEST_POLICY = {
    "any": "",
    "scale": "; creators with results are booked again only when their verdict is scale "
             "(first), the draw fills the other slots among creators without results",
    "none": "; the draw is among creators without results only",
}


def book(per_dollar: np.ndarray, price: np.ndarray, n: int, budget: float | None
         ) -> list[int]:
    """Greedy: the best ``per_dollar`` first, skipping a creator over the remaining budget,
    until ``n`` are booked. Creators without a price or a figure are never booked."""
    order = np.argsort(-np.nan_to_num(per_dollar, nan=-np.inf), kind="stable")
    chosen: list[int] = []
    left = np.inf if budget is None else budget
    for i in order:
        if len(chosen) >= n:
            break
        cost = price[i]
        if not (cost > 0) or np.isnan(per_dollar[i]) or cost > left:
            continue
        chosen.append(int(i))
        left -= cost
    return chosen


def choose_pilot(learned: Learned, n: int, budget: float | None,
                 rng: np.random.Generator, among: int = PILOT_AMONG,
                 retests: str = RETESTS, explore: str = EXPLORE,
                 judged_out: list[Verdict] | None = None) -> list[int]:
    """Candidates (indices into ``learned.records``) for the next pilot. ``explore``
    (``pilot_explore``): thompson draws among the ``among`` x ``n`` best by posterior mean
    conversions per dollar; greedy books the best posterior means per dollar;
    knowledge_gradient(_shared) books the best knowledge gradients per dollar (module
    docstring). ``retests`` (``pilot_retests``): any creator may be booked; scale: the
    tested creators whose verdict is scale are booked first (best posterior mean per dollar
    first), and the other slots go to creators without results; none: only creators without
    results are booked. ``judged_out``, when given, receives the verdicts a scale pilot
    booked by."""
    rate, _ = learned.posterior.sample(rng)
    mean = learned.expected_value_per_dollar
    allowed = np.ones(len(rate), dtype=bool)
    scaled: list[int] = []
    left = budget
    if retests != "any":
        tested = np.array([ev.posts > 0 for ev in learned.evidence], dtype=bool)
        if retests == "scale":
            scale = np.zeros(len(rate), dtype=bool)
            judged = verdicts(learned, rng)
            if judged_out is not None:
                judged_out.extend(judged)
            scale[[v.index for v in judged if v.action == "scale"]] = True
            scaled = book(np.where(scale, mean, np.nan), learned.price, n, budget)
            if budget is not None:
                left = budget - float(learned.price[scaled].sum())
        allowed = ~tested
    if explore.startswith("knowledge_gradient"):
        gradient = knowledge_gradient(learned, n, budget,
                                      shared=explore == "knowledge_gradient_shared")
        with np.errstate(divide="ignore", invalid="ignore"):
            per_dollar = gradient / learned.price
        ranked = np.where(allowed & (learned.price > 0), per_dollar, np.nan)
        order = np.lexsort((-np.nan_to_num(mean, nan=-np.inf),
                            -np.nan_to_num(ranked, nan=-np.inf)))
        position = np.empty(len(order))
        position[order] = -np.arange(len(order), dtype=float)
        return scaled + book(np.where(np.isnan(ranked), np.nan, position), learned.price,
                             n - len(scaled), left)
    mean = np.where(allowed, mean, np.nan)
    if explore == "greedy":
        return scaled + book(mean, learned.price, n - len(scaled), left)
    keep = np.zeros(len(rate), dtype=bool)
    keep[np.argsort(-np.nan_to_num(mean, nan=-np.inf), kind="stable")[:among * n]] = True
    if retests != "any":  # fewer untested creators than the draw's share: never a tested one
        keep &= ~np.isnan(mean)
    with np.errstate(divide="ignore", invalid="ignore"):
        per_dollar = np.where((learned.price > 0) & keep,
                              rate * learned.members_per_post / learned.price, np.nan)
    return scaled + book(per_dollar, learned.price, n - len(scaled), left)


def knowledge_gradient(learned: Learned, n: int, budget: float | None,
                       shared: bool = False) -> np.ndarray:
    """Each creator's knowledge gradient in value per dollar: the expected rise, from one
    more post of it, of the sum of the ``k`` best posterior means per dollar among the
    priced creators, ``k`` the number ``exploit`` books (module docstring). 0 for a creator
    without a price or members a post."""
    price, members = learned.price, learned.members_per_post
    priced = (price > 0) & (members > 0)
    mean = np.where(priced, learned.expected_value_per_dollar, np.nan)
    k = len(exploit(learned, n, budget))
    out = np.zeros(len(mean))
    if k == 0 or priced.sum() <= k:
        return out
    first, second = learned.posterior.draw_moments()
    rate_mean, rate_square = first.mean(axis=0), second.mean(axis=0)
    variance = np.maximum(rate_square - rate_mean ** 2, 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        noise = rate_mean / members + rate_square / learned.model.kappa
        per_unit = np.where(priced, 1.0 / np.sqrt(variance + noise), 0.0)
        to_value = np.where(priced, members * learned.value_per_conversion / price, 0.0)
    if shared:
        centred = first - rate_mean
        covariance = centred.T @ centred / len(first)
        np.fill_diagonal(covariance, variance)
        moves = covariance * per_unit[None, :] * to_value[:, None]   # column i: a post of i
        return _shared_gradient(mean, moves, priced, k)
    spread = variance * per_unit * to_value
    best = np.sort(mean[priced])[::-1]
    inside = mean >= best[k - 1]
    competitor = np.where(inside, best[k], best[k - 1])
    with np.errstate(divide="ignore", invalid="ignore"):
        z = -np.abs(mean - competitor) / spread
        gain = spread * (z * norm.cdf(z) + norm.pdf(z))
    return np.where(priced & (spread > 0), gain, 0.0)


def _shared_gradient(mean: np.ndarray, moves: np.ndarray, priced: np.ndarray, k: int
                     ) -> np.ndarray:
    """E[sum of the k best of mean + moves[:, i] Z] - sum of the k best of mean, for each
    priced i, by Gauss-Hermite quadrature over a standard normal Z."""
    nodes, weights = hermegauss(KG_QUADRATURE)
    weights = weights / weights.sum()
    values = mean[priced]
    count = len(values)
    base = float(np.sort(values)[count - k:].sum())
    out = np.zeros(len(mean))
    for i in np.flatnonzero(priced):
        moved = values[None, :] + nodes[:, None] * moves[priced, i][None, :]
        top = np.partition(moved, count - k, axis=1)[:, count - k:].sum(axis=1)
        out[i] = max(float(weights @ top) - base, 0.0)
    return out


def exploit(learned: Learned, n: int, budget: float | None) -> list[int]:
    """Candidates with the best posterior mean conversions per dollar."""
    return book(learned.expected_value_per_dollar, learned.price, n, budget)


@dataclass(frozen=True)
class Verdict:
    index: int
    action: str          # scale, test again, stop
    probability: float   # P(conversions per dollar above the best untested prediction)


def verdicts(learned: Learned, rng: np.random.Generator) -> list[Verdict]:
    """A verdict for every tested creator with a price, best chance first."""
    tested = np.array([ev.posts > 0 for ev in learned.evidence]) & (learned.price > 0)
    untested = ~np.array([ev.posts > 0 for ev in learned.evidence]) & (learned.price > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        predicted = learned.predicted_conversions / learned.price
    bar = float(np.nanmax(predicted[untested])) if untested.any() else 0.0
    if not tested.any():
        return []
    wins = np.zeros(len(learned.records))
    for _ in range(DRAWS):
        rate, _ = learned.posterior.sample(rng)
        with np.errstate(divide="ignore", invalid="ignore"):
            wins += np.nan_to_num(rate * learned.members_per_post / learned.price) > bar
    probability = wins / DRAWS
    out = []
    for i in np.flatnonzero(tested):
        p = float(probability[i])
        action = ("scale" if p >= SCALE_PROBABILITY else "stop" if p <= STOP_PROBABILITY
                  else "test again")
        out.append(Verdict(int(i), action, round(p, 3)))
    return sorted(out, key=lambda v: -v.probability)


def pilot_plan(learned: Learned, n: int, budget: float | None, seed: int = 0,
               retests: str = RETESTS, explore: str = EXPLORE) -> dict[str, Any]:
    """The pilot proposal and the verdicts on tested creators, as a response body."""
    rng = np.random.default_rng(seed)
    judged: list[Verdict] = []
    chosen = choose_pilot(learned, n, budget, rng, retests=retests, explore=explore,
                          judged_out=judged)
    records = learned.records
    expected = learned.expected_conversions
    low = learned.posterior.low * learned.members_per_post
    high = learned.posterior.high * learned.members_per_post
    pilot = [{"id": records[i]["id"], "handle": records[i].get("handle"),
              "price_usd": float(learned.price[i]), "tested": learned.evidence[i].posts > 0,
              "expected_conversions": round(float(expected[i]), 2),
              "conversions_interval": [round(float(low[i]), 2), round(float(high[i]), 2)]}
             for i in chosen]
    return {
        "policy": EXPLORE_POLICY[explore] + RETEST_POLICY[retests],
        "n": n, "budget": budget,
        "spend": round(float(sum(learned.price[i] for i in chosen)), 2),
        # creators whose results the model learned from, in the pool or outside it, as a
        # refined shortlist's "learned from N creators with results" counts them
        "creators_with_results": learned.learned_from,
        "pilot": pilot,
        "verdicts": [{"id": records[v.index]["id"], "action": v.action,
                      "probability_better_than_untested": v.probability}
                     for v in (judged if retests == "scale" else verdicts(learned, rng))],
    }


def propose_pilot(matcher: Matcher, segment: Segment | dict[str, Any] | str, n: int,
                  budget: float | None, pool: int, seed: int = 0) -> dict[str, Any]:
    """A pilot of ``n`` creators within ``budget`` from the service's top ``pool`` by
    estimated reach, and verdicts on the creators the segment's results already test."""
    if not 1 <= n <= pool:
        raise InvalidInput(f"n must be between 1 and the pool of {pool}, got {n}", field="n")
    if budget is not None and not budget > 0:
        raise InvalidInput(f"budget must be > 0 USD, got {budget}", field="budget")
    if seed < 0:
        raise InvalidInput(f"seed must be a whole number >= 0, got {seed}", field="seed")
    seg = matcher.resolve_segment(segment)
    candidates = matcher.shortlist(segment, k=min(pool, matcher.settings.max_k),
                                   rank_by="reach")
    results = [] if matcher.store is None else matcher.store.results(segment=seg.id)
    others = outside_records(matcher, seg, candidates.results, results)
    learned = learn(candidates.results, results, seed=seed, others=others,
                    **view_inputs(matcher, [*candidates.results, *others]))
    return {"segment": {"id": seg.id, "name": seg.name},
            **pilot_plan(learned, n, budget, seed, matcher.settings.pilot_retests,
                         matcher.settings.pilot_explore)}
