"""Prices per post for creators that report none: a log-linear model fit on those that do.

``log(price) = b0 + b1 log(followers) + b2 log(engagement) + platform + follower tier``,
ordinary least squares (numpy). The range is the estimate times the 10th and 90th
percentiles of the fit's residuals (in log space), so about 80% of reported prices fall
inside the range of their own estimate.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from matcher.matching.catalogue import PLATFORMS, TIER_NAMES, Catalogue, follower_tier

#: Fewest reported prices the model is fit on; with fewer, no estimate is made.
MIN_PRICED = 30
RANGE_QUANTILES = (0.10, 0.90)


def design(followers: np.ndarray, engagement: np.ndarray, platform: np.ndarray) -> np.ndarray:
    """The model's columns: intercept, log followers, log engagement, platform and tier
    indicators (the first platform and first tier are the baseline)."""
    followers = np.maximum(np.asarray(followers, dtype=float), 1.0)
    engagement = np.asarray(engagement, dtype=float)
    engagement = np.where(np.isfinite(engagement) & (engagement > 0), engagement, 0.02)
    platform = np.asarray(platform, dtype=int)
    tier = follower_tier(followers)
    columns = [np.ones(len(followers)), np.log(followers), np.log(np.clip(engagement, 1e-4, 1))]
    columns += [(platform == p).astype(float) for p in range(1, len(PLATFORMS))]
    columns += [(tier == t).astype(float) for t in range(1, len(TIER_NAMES))]
    return np.stack(columns, axis=1)


@dataclass(frozen=True)
class PriceModel:
    coef: np.ndarray
    residual_low: float     # log-space residual quantiles: the range's multipliers
    residual_high: float
    fitted_on: int

    def estimate(self, followers: np.ndarray, engagement: np.ndarray, platform: np.ndarray
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Estimated price, and its low and high, per creator."""
        log_price = design(followers, engagement, platform) @ self.coef
        return (np.exp(log_price), np.exp(log_price + self.residual_low),
                np.exp(log_price + self.residual_high))

    def describe(self) -> str:
        return (f"log-price on log-followers, log-engagement, platform and follower tier, "
                f"least squares on {self.fitted_on:,} creators with a reported price; "
                f"range x{np.exp(self.residual_low):.2f} to x{np.exp(self.residual_high):.2f} "
                "(10th-90th percentile of the fit's residuals)")


def fit_prices(followers: np.ndarray, engagement: np.ndarray, platform: np.ndarray,
               price: np.ndarray) -> PriceModel | None:
    """Fit on the rows whose price is reported and positive; None when fewer than
    ``MIN_PRICED``."""
    price = np.asarray(price, dtype=float)
    known = np.isfinite(price) & (price > 0)
    if known.sum() < MIN_PRICED:
        return None
    x = design(np.asarray(followers)[known], np.asarray(engagement)[known],
               np.asarray(platform)[known])
    y = np.log(price[known])
    coef, *_ = np.linalg.lstsq(x, y, rcond=None)
    residuals = y - x @ coef
    low, high = np.quantile(residuals, RANGE_QUANTILES)
    return PriceModel(coef, float(low), float(high), int(known.sum()))


def catalogue_price_model(catalogue: Catalogue) -> PriceModel | None:
    return fit_prices(catalogue.followers, catalogue.engagement, catalogue.platform,
                      catalogue.price)
