"""Clustering customers: a latent class model for every candidate number of segments, the
number chosen by BIC, each segment's stability measured on bootstrap resamples.

Each fit starts from scikit-learn's ``KMeans`` (k-means++ seeding, ``RESTARTS`` restarts) on
the customers' feature vectors, then expectation-maximisation of the latent class model
(``latent.py``) refines it. The number of segments is the k from 2 to the maximum with the
lowest Bayesian information criterion. A segment's stability is the mean, over ``RESAMPLES``
bootstrap refits, of the Jaccard similarity of its members with the most similar segment of
the refit (Hennig's clusterwise stability; below ``STABLE`` it is reported as unstable).
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from sklearn.cluster import KMeans
from sklearn.exceptions import ConvergenceWarning

from matcher.discovery import latent
from matcher.discovery.latent import Coded, LatentClasses

RESTARTS = 3
RESAMPLES = 4
#: Clusterwise stability below this (mean Jaccard over resamples) is reported as unstable.
STABLE = 0.6
ASSIGN_CHUNK = 100_000


@dataclass
class Clustering:
    model: LatentClasses
    k: int
    bic: dict[int, float]
    stability: np.ndarray  # per segment


def _fit(points: np.ndarray, data: Coded, k: int, seed: int) -> tuple[LatentClasses, float]:
    """The most likely of ``RESTARTS`` EM runs, each from its own k-means start."""
    best: tuple[LatentClasses, float] | None = None
    for restart in range(RESTARTS):
        with warnings.catch_warnings():  # fewer distinct customers than k: EM copes
            warnings.simplefilter("ignore", ConvergenceWarning)
            start = KMeans(n_clusters=k, n_init=1,
                           random_state=seed + restart).fit_predict(points)
        found = latent.fit(data, start, k)
        if best is None or found[1] > best[1]:
            best = found
    assert best is not None
    return best


def _stability(points: np.ndarray, data: Coded, labels: np.ndarray, k: int, seed: int
               ) -> np.ndarray:
    rng = np.random.default_rng(seed)
    scores = np.zeros(k)
    members = [labels == c for c in range(k)]
    for _ in range(RESAMPLES):
        resample = rng.integers(0, len(points), len(points))
        refit, _ = _fit(points[resample], data.take(resample), k, int(rng.integers(1 << 31)))
        again = refit.predict(data)
        for c in range(k):
            best = 0.0
            for d in np.unique(again[members[c]]):
                other = again == d
                union = int(np.count_nonzero(members[c] | other))
                shared = int(np.count_nonzero(members[c] & other))
                best = max(best, shared / max(union, 1))
            scores[c] += best
    return scores / RESAMPLES


def cluster(points: np.ndarray, data: Coded, max_k: int, seed: int = 0, k: int | None = None
            ) -> Clustering:
    """Segments of the customers (``points`` their vectors for k-means, ``data`` their
    fields for the latent class model), k chosen by BIC from 2 to ``max_k`` (or ``k``)."""
    max_k = max(2, min(max_k, len(points) - 1))
    candidates = [k] if k is not None else list(range(2, max_k + 1))
    scores: dict[int, float] = {}
    models: dict[int, LatentClasses] = {}
    for count in candidates:
        model, likelihood = _fit(points, data, count, seed)
        models[count] = model
        scores[count] = latent.bic(model, likelihood, len(points))
    best = min(scores, key=lambda c: (scores[c], c))
    model = models[best]
    labels = model.predict(data)
    return Clustering(model, best, scores, _stability(points, data, labels, best, seed))


def assign(model: LatentClasses, coded: Callable[[np.ndarray], Coded], size: int
           ) -> np.ndarray:
    """The most likely segment of every customer, ``ASSIGN_CHUNK`` customers at a time."""
    out = np.empty(size, dtype=np.int32)
    for start in range(0, size, ASSIGN_CHUNK):
        rows = np.arange(start, min(size, start + ASSIGN_CHUNK))
        out[rows] = model.predict(coded(rows))
    return out
