"""Hidden conversion propensities and simulated campaigns against them.

For a world and a segment each creator gets a true propensity: conversions per true segment
member reached by a post,

    log p_c = log BASE_RATE + SHARE_EFFECT * log(true share_c / median share)
              + ENGAGEMENT_EFFECT * log(engagement_c / platform base) + u_c,

with ``u_c ~ Normal(0, CREATOR_SD)``: a creator effect no feature shows (trust, the fit of
the content with the product). A post reaches ``impressions ~ avg_views x LogNormal`` real
people, of whom ``impressions x true share`` are segment members; it converts
``Poisson(p_c x members x Gamma(POST_SHAPE) factor)`` of them (the creative and the day
vary), with clicks at least the conversions and revenue at a noisy order value. The price of a
post is the quoted ``price_usd``; creators without one are not bookable here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np

from .segments import SimSegment
from .vocab import PLATFORMS
from .world import World

BASE_RATE = 0.0005
SHARE_EFFECT = 0.6
ENGAGEMENT_EFFECT = 0.4
CREATOR_SD = 0.7
IMPRESSIONS_SD = 0.4
POST_SHAPE = 8.0
CLICK_RATE = 0.012
ORDER_VALUE = 45.0
_ENGAGEMENT_BASE = {"instagram": 0.030, "tiktok": 0.060, "youtube": 0.035, "twitch": 0.050,
                    "x": 0.012}


@dataclass(frozen=True)
class ConversionTruth:
    """A segment's hidden conversion truth for every creator of a world."""

    segment_id: str
    propensity: np.ndarray        # conversions per true segment member reached
    members_per_post: np.ndarray  # expected true segment members reached by a post
    price: np.ndarray             # USD a post; NaN when not bookable

    @property
    def conversions_per_post(self) -> np.ndarray:
        return np.asarray(self.propensity * self.members_per_post)

    def conversions_per_dollar(self, rows: np.ndarray) -> float:
        """Expected true conversions per dollar of booking one post from each of ``rows``."""
        rows = np.asarray(rows, dtype=np.int64)
        spend = float(self.price[rows].sum())
        return float(self.conversions_per_post[rows].sum()) / spend if spend > 0 else 0.0


def conversion_truth(world: World, segment: SimSegment, seed: int) -> ConversionTruth:
    """The hidden propensities of ``segment`` in ``world``; ``seed`` draws the creator
    effects (one brand's product)."""
    rng = np.random.default_rng([world.seed, seed, 2024])
    cr = world.creators
    share = world.true_share(segment)
    positive = share[share > 0]
    median = float(np.median(positive)) if len(positive) else 1.0
    base = np.array([_ENGAGEMENT_BASE[PLATFORMS[p]] for p in cr.platform])
    log_p = (np.log(BASE_RATE) + SHARE_EFFECT * np.log(np.maximum(share, 1e-6) / median)
             + ENGAGEMENT_EFFECT * np.log(cr.engagement_rate / base)
             + rng.normal(0.0, CREATOR_SD, len(cr)))
    return ConversionTruth(segment_id=segment.id, propensity=np.minimum(np.exp(log_p), 0.2),
                           members_per_post=cr.avg_views * share,
                           price=np.asarray(cr.price_usd, dtype=float))


def run_campaign(world: World, truth: ConversionTruth, rows: np.ndarray,
                 rng: np.random.Generator, day: date, campaign: str = "sim-campaign"
                 ) -> list[dict[str, Any]]:
    """One post from each creator of ``rows`` on ``day``: result rows as a brand exports
    them (campaign, creator, segment, date, spend, impressions, clicks, conversions,
    revenue)."""
    cr = world.creators
    out = []
    share = truth.members_per_post / np.maximum(cr.avg_views, 1)
    for row in np.asarray(rows, dtype=np.int64):
        impressions = int(cr.avg_views[row] * rng.lognormal(-IMPRESSIONS_SD ** 2 / 2,
                                                            IMPRESSIONS_SD))
        members = impressions * share[row]
        mean = truth.propensity[row] * members * rng.gamma(POST_SHAPE, 1.0 / POST_SHAPE)
        conversions = int(rng.poisson(mean))
        clicks = conversions + int(rng.poisson(impressions * CLICK_RATE))
        revenue = float(rng.gamma(4.0, ORDER_VALUE / 4.0, conversions).sum())
        out.append({"campaign": campaign, "creator": cr.ids[row], "segment": truth.segment_id,
                    "date": day.isoformat(), "spend": float(truth.price[row]),
                    "impressions": impressions, "clicks": clicks, "conversions": conversions,
                    "revenue": round(revenue, 2)})
    return out


def campaign_days(start: date, rounds: int, every_days: int = 14) -> list[date]:
    return [start + timedelta(days=every_days * i) for i in range(rounds)]
