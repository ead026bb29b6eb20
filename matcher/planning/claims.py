"""What a plan may claim against the best plan, under the model and allowing for its errors.

``certificate`` bounds every plan under the model, so ``value / bound`` ("at least X of the
best") holds exactly as far as the model's reaches and overlap are right. The claim allowing
for their errors compares a lower end of the plan's value with an upper end of the best
plan's:

* the plan's value with each of its creators' segment reach at the low end of its range
  (times ``reach_error[0]``) and the overlap at its high end (the unique reach times
  ``overlap_error[0]``);
* the best plan's: the smaller of the certificate over every candidate's reach at the high end
  of its range (times ``reach_error[1]``) with the overlap at its low end (times
  ``overlap_error[1]``), and the best knapsack of those high reaches added up, which holds
  whatever the overlap.

The claim is never above the model's own.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from matcher.planning.coverage import ReachFunction
from matcher.planning.optimise import Limits, additive_bound, certificate

#: How far a creator's true segment reach may be from its range: the low end times the
#: first, the high end times the second; calibrated on the simulator's seed 202
#: (benchmarks/plan_certificate.py --grid).
REACH_BAND = (1.0, 1.1)
#: The unique reach of a set under the model's overlap: the truth's low and high factor
#: (calibrated with ``REACH_BAND``).
OVERLAP_BAND = (0.85, 1.093)


@dataclass(frozen=True)
class GuardedClaim:
    low_value: float     # the plan's value at the low ends
    upper_bound: float   # the best plan's value at the high ends
    at_least: float      # low_value / upper_bound, at most the model's claim


def plan_low_value(cov: ReachFunction, order: list[int], reach_low: np.ndarray) -> float:
    """The plan's value under the model with each creator's reach at ``reach_low``."""
    low_cov = cov.with_reach(reach_low)
    return low_cov.value_of(low_cov.miss_of(order))


def best_high_bounds(cov: ReachFunction, cost: np.ndarray, limits: Limits, order: list[int],
                     reach_high: np.ndarray) -> tuple[float, float]:
    """Two upper bounds on the best plan's value with every candidate's reach at
    ``reach_high``: the certificate under the model's overlap, and the best knapsack of the
    reaches added up (no overlap at all)."""
    return (certificate(cov.with_reach(reach_high), cost, limits, order),
            additive_bound(reach_high @ cov.value, cost, limits))


def combine(model_claim: float, low_value: float, high_certificate: float, high_additive: float,
            overlap_error: tuple[float, float]) -> GuardedClaim:
    """The guarded claim from its parts (``overlap_error``: the unique reach's low and high
    factors)."""
    low = low_value * overlap_error[0]
    bound = max(min(high_certificate * overlap_error[1], high_additive), low)
    claim = low / bound if bound > 0 else model_claim
    return GuardedClaim(low, bound, min(claim, model_claim))


def guarded_claim(cov: ReachFunction, cost: np.ndarray, limits: Limits, order: list[int],
                  reach_low: np.ndarray, reach_high: np.ndarray, model_claim: float,
                  reach_error: tuple[float, float], overlap_error: tuple[float, float]
                  ) -> GuardedClaim:
    """The claim allowing for the model's errors; ``reach_low``, ``reach_high``: (candidates,
    segments) ends of each candidate's segment-reach range, widened by ``reach_error``."""
    low_value = plan_low_value(cov, order, reach_low * reach_error[0])
    certified, added = best_high_bounds(cov, cost, limits, order, reach_high * reach_error[1])
    return combine(model_claim, low_value, certified, added, overlap_error)
