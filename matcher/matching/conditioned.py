"""A missing block's factor share conditioned on everything known of the creator at once.

For a segment and a factor, a ridge regression of the factor share of the reference creators
reporting the block (up to ``REFERENCE_SAMPLE``, evenly spaced) on a creator's known fields:
its text embedding as stored (bio and categories), its top audience country, its platform and
its follower tier (one-hot each), with an intercept. The penalty is ``RIDGE_TEXT`` on the text
columns and ``RIDGE_GROUP`` on the one-hot columns: a country held by few reference creators
is shrunk toward the estimate of content, platform and tier alone, so a thin reference set
degrades to what the rest of the creator says. The estimate's range adds the 10th and 90th
percentiles of the reference creators' leave-one-out residuals.

What depends on the catalogue alone (the reference rows, their features, the factorised
normal equations and the leverages) is made once per catalogue and factor block
(``design``); a segment solves one linear system per factor (``fit``), and a row's estimate is
one inner product and three lookups (``estimate``).
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

import numpy as np
import scipy.linalg

from matcher.matching.catalogue import PLATFORMS, TIER_NAMES, Catalogue
from matcher.matching.neighbours import REFERENCE_MIN, as_stored, evenly_spaced

REFERENCE_SAMPLE = 5000    # reported creators a regression is learned from
RIDGE_TEXT = 10.0          # penalty on the text-embedding coefficients
RIDGE_GROUP = 10.0         # penalty on each country, platform and tier coefficient
#: Factors whose missing block takes the regression's estimate (a named dominant value of the
#: block still comes first).
CONDITIONED_FACTORS: tuple[str, ...] = ("country", "language", "interest")


@dataclass(frozen=True)
class Design:
    """What a catalogue's regressions for one block share: the reference rows, their
    features, the Cholesky factor of the penalised normal equations and the leverages."""

    rows: np.ndarray
    features: np.ndarray      # (rows, columns) float32: every value is exact in it
    factor: tuple[np.ndarray, bool]
    leverage: np.ndarray      # diagonal of the hat matrix


@dataclass(frozen=True)
class Fit:
    """A segment's regression for one factor: coefficients and residual quantiles."""

    text: np.ndarray          # (dim,) float64
    intercept: float
    country: np.ndarray       # (countries,) float64
    platform: np.ndarray      # (platforms,)
    tier: np.ndarray          # (tiers,)
    low: float                # 10th percentile of the leave-one-out residuals
    high: float               # 90th
    rows: int                 # reference creators it was learned from


_DESIGNS: weakref.WeakKeyDictionary[Catalogue, dict[str, Design | None]] = (
    weakref.WeakKeyDictionary())


def features(catalogue: Catalogue, text_emb: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """[1, text embedding as stored, top-country, platform and tier one-hot] of ``rows``."""
    n, dim = len(rows), text_emb.shape[1]
    countries = len(catalogue.country_vocab)
    out = np.zeros((n, 1 + dim + countries + len(PLATFORMS) + len(TIER_NAMES)))
    out[:, 0] = 1.0
    out[:, 1:1 + dim] = as_stored(text_emb[rows])
    top = catalogue.top_audience_country[rows].astype(np.int64)
    known = top >= 0
    out[np.flatnonzero(known), 1 + dim + top[known]] = 1.0
    start = 1 + dim + countries
    out[np.arange(n), start + catalogue.platform[rows].astype(np.int64)] = 1.0
    out[np.arange(n), start + len(PLATFORMS) + catalogue.tier[rows].astype(np.int64)] = 1.0
    return out


def design(catalogue: Catalogue, text_emb: np.ndarray, block: str) -> Design | None:
    """The catalogue's design for ``block`` (made once per catalogue); None with fewer than
    ``REFERENCE_MIN`` creators reporting it."""
    per_block = _DESIGNS.setdefault(catalogue, {})
    if block not in per_block:
        per_block[block] = _design(catalogue, text_emb, block)
    return per_block[block]


def _design(catalogue: Catalogue, text_emb: np.ndarray, block: str) -> Design | None:
    reported = np.flatnonzero(catalogue.block_present(block))
    rows = evenly_spaced(reported, REFERENCE_SAMPLE)
    if len(rows) < REFERENCE_MIN:
        return None
    x = features(catalogue, text_emb, rows)
    dim = text_emb.shape[1]
    penalty = np.full(x.shape[1], RIDGE_GROUP)
    penalty[0] = 0.0
    penalty[1:1 + dim] = RIDGE_TEXT
    gram = x.T @ x + np.diag(penalty)
    factor = scipy.linalg.cho_factor(gram, lower=True)
    whitened = scipy.linalg.solve_triangular(factor[0], x.T, lower=True)
    leverage = np.einsum("ij,ij->j", whitened, whitened)
    return Design(rows, x.astype(np.float32), factor, leverage)


def fit(catalogue: Catalogue, design: Design, shares: np.ndarray) -> Fit:
    """The regression of the reference creators' factor ``shares`` (in ``design.rows``
    order) on their features."""
    x = design.features.astype(np.float64)
    beta = scipy.linalg.cho_solve(design.factor, x.T @ shares)
    residual = (shares - x @ beta) / np.maximum(1.0 - design.leverage, 1e-6)
    dim = x.shape[1] - 1 - len(catalogue.country_vocab) - len(PLATFORMS) - len(
        TIER_NAMES)
    countries = 1 + dim + len(catalogue.country_vocab)
    return Fit(text=beta[1:1 + dim], intercept=float(beta[0]),
               country=beta[1 + dim:countries],
               platform=beta[countries:countries + len(PLATFORMS)],
               tier=beta[countries + len(PLATFORMS):],
               low=float(np.quantile(residual, 0.1)), high=float(np.quantile(residual, 0.9)),
               rows=len(design.rows))


def estimate(catalogue: Catalogue, text_emb: np.ndarray, rows: np.ndarray, fitted: Fit
             ) -> np.ndarray:
    """(mean, low, high) per row of ``rows``, each in 0..1; each row's figures its own (a
    row's inner product is summed on its own, in float64)."""
    text = as_stored(text_emb[rows]).astype(np.float64)
    mean = np.add.reduce(text * fitted.text, axis=1) + fitted.intercept
    top = catalogue.top_audience_country[rows].astype(np.int64)
    mean = mean + np.where(top >= 0, fitted.country[np.maximum(top, 0)], 0.0)
    mean = mean + fitted.platform[catalogue.platform[rows].astype(np.int64)]
    mean = mean + fitted.tier[catalogue.tier[rows].astype(np.int64)]
    return np.column_stack([np.clip(mean, 0.0, 1.0), np.clip(mean + fitted.low, 0.0, 1.0),
                            np.clip(mean + fitted.high, 0.0, 1.0)])
