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


@dataclass(frozen=True)
class GuardedClaim:
    low_value: float     # the plan's value at the low ends
    upper_bound: float   # the best plan's value at the high ends
    at_least: float      # low_value / upper_bound, at most the model's claim


def guarded_claim(cov: ReachFunction, cost: np.ndarray, limits: Limits, order: list[int],
                  reach_low: np.ndarray, reach_high: np.ndarray, model_claim: float,
                  reach_error: tuple[float, float], overlap_error: tuple[float, float]
                  ) -> GuardedClaim:
    """The claim allowing for the model's errors; ``reach_low``, ``reach_high``: (candidates,
    segments) ends of each candidate's segment-reach range."""
    low_cov = cov.with_reach(reach_low * reach_error[0])
    low_value = low_cov.value_of(low_cov.miss_of(order)) * overlap_error[0]
    high = reach_high * reach_error[1]
    bound = min(certificate(cov.with_reach(high), cost, limits, order) * overlap_error[1],
                additive_bound(high @ cov.value, cost, limits))
    bound = max(bound, low_value)
    claim = low_value / bound if bound > 0 else model_claim
    return GuardedClaim(low_value, bound, min(claim, model_claim))
